"""Actors: who acts and who is targeted, with ACLED's actor classes (``inter``).

Mentions come from ``lang/<code>/actors.yaml``. In an event's sentence the initiator is the first
armed or acting party that is not the victims' side; the target is the victims' side (from the
event's casualty figures: civilians 7, soldiers 1, militants 2), else the next party of another
class. State forces outside their own country ("armée israélienne" at Gaza, "frappe russe" in
Ukraine) are external forces (8). With no initiator named, the event type may give a default
("Unidentified Armed Group" for an attack on civilians).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache

import pycountry

from bilan.extract.attribution import attribution_lexicon
from bilan.extract.lexicon import (
    alternation,
    demonyms,
    elidable,
    normalise_apostrophes,
    phrase_pattern,
    plural,
    word_key,
)
from bilan.lang import load_lexicon
from bilan.model import Actor, Span

STATE, REBELS, UNIDENTIFIED, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = 1, 2, 3, 5, 6, 7, 8
NON_STATE_ARMED = frozenset({2, 3, 4})  # rebels, armed and communal militias
AGENT_WINDOW = 12  # characters before a mention where "par les" makes it an agent
OWN_AGENT_CHARS = 80  # an agent this close after its trigger is the trigger's ("lancé par les shebab")
NATIONALITY_WINDOW = 25  # characters after a mention where "israélienne" qualifies it
CLAUSE_PUNCTUATION = re.compile(r"[,;:.()«»]")
NOUN_PHRASE_CHARS = 45  # how far a trigger's noun phrase may run ("de missiles balistiques russes")


# Where ACLED's actor names ("Military Forces of Russia", "Government of the United States")
# differ from the ISO short names pycountry gives ("Russian Federation", "United States").
ACLED_COUNTRY_NAMES = {
    "BO": "Bolivia", "CD": "the Democratic Republic of Congo", "CF": "the Central African Republic",
    "CI": "Ivory Coast", "CZ": "Czech Republic", "GB": "the United Kingdom", "KP": "North Korea",
    "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "PS": "Palestine", "RU": "Russia",
    "TR": "Turkey", "TZ": "Tanzania", "US": "the United States", "VE": "Venezuela", "VN": "Vietnam",
    "XK": "Kosovo",
}


@cache
def country_name(code: str | None) -> str:
    """The English name ACLED uses in actor names: "Mali", "Syria", "the Democratic Republic of
    Congo" (ISO code in, "?" when unknown)."""
    if code in ACLED_COUNTRY_NAMES:
        return ACLED_COUNTRY_NAMES[code]
    country = pycountry.countries.get(alpha_2=code) if code else None
    if country is None:
        return code or "?"
    name = str(getattr(country, "common_name", None) or country.name)
    head, _, tail = name.partition(", ")  # "Congo, The Democratic Republic of the"
    return f"{tail[0].upper()}{tail[1:]} {head}".replace("The ", "", 1) if tail else name


UNKNOWN_COUNTRY = re.compile(r"\s*(?:of|\()\s*\{country\}\)?")  # " of {country}", " ({country})"


def _named(name: str, country: str | None) -> str:
    """An actor name with its ``{country}`` filled in ("Military Forces of {country}"), or left
    out when no country is known ("Military Forces", not "Military Forces of ?")."""
    if not country:
        return UNKNOWN_COUNTRY.sub("", name).replace("{country}", "").strip()
    return name.replace("{country}", country_name(country))


@dataclass(frozen=True)
class ActorKind:
    name: str
    inter: int
    country: str | None = None  # the state whose forces these are
    parties_to: frozenset[str] = frozenset()  # the only event types it takes part in, if limited
    unknown: bool = False  # told as unidentified ("non identifiés"): no claim or accusation names them


@dataclass(frozen=True)
class ActorMention:
    kind: ActorKind
    span: Span
    country: str | None  # from a nationality word next to the mention
    agent: bool = False  # the agent of a passive verb ("tués par le Hezbollah")
    subject: bool = False  # the subject of a verb of action ("des hommes armés ont tiré")
    speaker: bool = False  # the subject of a verb of saying ("a annoncé l'armée"): only reports
    counted: bool = False  # counted by a figure ("quatre soldats tués"): the victims' side
    targeted: bool = False  # after "contre" ("l'assaut contre la base de l'ONU"): who was hit
    hit: bool = False  # "a été tué par une frappe": hit by the trigger after it, never its author
    aimed_at: bool = False  # owns what was hit ("des postes de l'armée ont été attaqués")
    owner: bool = False  # owns the property named before it ("ont incendié un poste de police")
    aside: bool = False  # the agent of another verb in a clause of its own ("la mairie, contrôlée par")
    attacker: bool = False  # named as attackers ("assaillants"): initiators even when counted dead
    held: bool = False  # qualifies a place the party holds ("une localité rebelle"): no act of theirs
    ally: bool = False  # supported by the act ("en soutien aux troupes afghanes"): neither side of it

    @property
    def home(self) -> str | None:
        """The country whose forces these are: the nationality written beside them, else the
        named actor's own."""
        return self.country or self.kind.country

    def inter_in(self, event_country: str | None) -> int:
        foreign = self.home is not None and event_country is not None and self.home != event_country
        return EXTERNAL if self.kind.inter == STATE and foreign else self.kind.inter

    def takes_part_in(self, event_type: str) -> bool:
        """Whether this mention can be a party to an event of ``event_type``: a kind limited to
        some types ("le président", "l'ONU" to developments) acts in others only as a subject."""
        return not self.kind.parties_to or event_type in self.kind.parties_to or self.subject

    def actor(self, event_country: str | None) -> Actor:
        return Actor(name=_named(self.kind.name, self.home or event_country),
                     inter=self.inter_in(event_country), evidence=(self.span,))


@dataclass(frozen=True)
class ActorLexicon:
    pattern: re.Pattern[str]
    kinds: dict[str, ActorKind]  # lowercase mention -> kind
    victim_classes: dict[str, int]
    default_initiators: dict[str, ActorKind]
    default_targets: dict[str, ActorKind]
    armed_only: frozenset[str]
    class_in_event: dict[str, dict[int, int]]
    nationalities: dict[str, str]
    nationality: re.Pattern[str]
    class_names: dict[int, str]  # inter -> the name used when the class is synthesised
    victim_class_in_event: dict[str, int]
    initiator_classes: dict[str, frozenset[int]]
    abroad_in: frozenset[str]
    agent: re.Pattern[str]
    place_marker: re.Pattern[str]  # ends the text before a mention that is a place ("à Moscou")
    nationality_prefixes: dict[str, str]
    phrase_break: re.Pattern[str]
    joint: re.Pattern[str]
    speakers_act_in: frozenset[str]
    members_arrested_in: frozenset[str]  # sub-types whose target is the group its people are tied to
    arrested_tie: re.Pattern[str]  # "soupçonnées de liens avec": the group after it is theirs
    unilateral_in: frozenset[str]  # sub-types that a word may tell as one side's alone
    unilateral: re.Pattern[str]  # "unilatéral": a truce one side declares, with no other party
    speakers_report_in: frozenset[str]  # sub-types of those where who only speaks still only reports
    belligerents_in: frozenset[str]
    coreferent_forces: frozenset[str]
    no_target_in: frozenset[str]
    forces_target_in: frozenset[str]  # sub-types whose target is always the state's forces
    coordinated: re.Pattern[str]  # "et l'artillerie": a second noun the nationality after it also qualifies
    two_sided: frozenset[tuple[str, str]]  # (type, sub-type) of events that always have a second party
    forces_strike_enemy_in: frozenset[str]  # sub-types whose unnamed target is the forces' enemy
    target_nouns: re.Pattern[str]  # "un poste", "la base": what a nationality after them qualifies is hit
    targeting: re.Pattern[str]  # "contre la base de": the party after it was hit
    aimed_at: re.Pattern[str]  # "des positions du": the party after it owns what was hit
    aimed_at_wins_in: frozenset[str]  # event types whose target is what they were aimed at
    owned: re.Pattern[str]  # "un poste de": the party after it owns a property
    held_place: re.Pattern[str]  # "une localité ": the party's word after it qualifies a place
    holder: re.Pattern[str]  # "tenus par les ": the party after it holds the place hit
    entrenched: re.Pattern[str]  # "où sont retranchés": who holds the place hides there to fight
    supporting: re.Pattern[str]  # "en soutien aux ": the party after it is helped by the act
    aircraft: re.Pattern[str]  # a trigger that names warplanes ("l'aviation", "un raid aérien")
    aircraft_owners: frozenset[int]  # the classes of actor that fly them
    aircraft_strikes: frozenset[str]  # sub-types that are a warplane's unless a drone is named
    unmanned: re.Pattern[str]  # "drone": what armed groups strike with
    mutual: re.Pattern[str]  # a trigger that names no side as the attacker ("des affrontements")
    mutual_assault: re.Pattern[str]  # "pris d'assaut", "les assaillants": one side started the fight
    repelled: re.Pattern[str]  # "avoir repoussé une attaque": who repels it is the attack's target
    assaulted_posts: re.Pattern[str]  # "des bases militaires": a post of the forces an assault hit
    owners_no_party_in: frozenset[str]  # event types where owning what was hit makes no party
    unarmed_targets_in: frozenset[str]  # event types whose target is always unarmed
    hit: re.Pattern[str]  # "a été tué … par une": the party before it was hit by what follows
    attributed: re.Pattern[str]  # "attribuée à ": the country after it carried out the trigger
    government: ActorKind | None  # what a country named as a party to a development stands for
    told_before: re.Pattern[str]  # "les ", "ces " right before a mention: a party told of before
    affiliated: re.Pattern[str]  # "soupçonnés d'appartenir à": the group after it is theirs
    affiliated_told_before: re.Pattern[str]  # "au même groupe" after such a tie: the group told of
    fought_forces: dict[str, ActorKind]  # sub-type -> the forces its fighting is against
    post_fought: dict[str, ActorKind]  # sub-type -> the forces whose post it may storm or burn
    own_dead_in: frozenset[str]  # event types where dead militants are the armed attackers' own
    fighting_back: re.Pattern[str]  # "ont riposté": a side fights back, so there is another
    forces_posts: re.Pattern[str]  # "un commissariat": a post of the forces a crowd may storm or burn
    attackers_counted: frozenset[str]  # words whose dead, counted, still initiate ("assaillants")
    answering: re.Pattern[str]  # "a riposté", "les ont repoussés": the forces answered the crowd
    communal_link: re.Pattern[str]  # "entre", "ont opposé": what follows names both sides
    communal_sides: tuple[tuple[re.Pattern[str], ActorKind], ...]  # "tribus": both sides' kind
    member_links: frozenset[str]  # "deux miliciens des YBS": what joins counted members to their party
    own_side_targets_in: frozenset[str]  # sub-types whose target may be of its initiator's class
    in_power: dict[str, tuple[date, ActorKind]]  # actor name -> since when it is a state's forces
    street_arrests_in: frozenset[str]  # sub-types whose unnamed crowd arrested is the street's
    street_arrested: frozenset[str]  # the victims such a crowd is counted as ("personnes")
    street_events: frozenset[str]  # event types whose initiator is the street's crowd


@cache
def actor_lexicon(lang: str) -> ActorLexicon:
    data = load_lexicon(lang, "actors")
    kinds: dict[str, ActorKind] = {}
    class_names: dict[int, str] = {}
    for entry in data["actors"]:
        kind = ActorKind(str(entry["name"]), int(entry["inter"]),
                         parties_to=frozenset(entry.get("parties_to", [])))
        class_names.setdefault(kind.inter, kind.name)
        for word in entry["words"]:
            kinds.setdefault(normalise_apostrophes(str(word).lower()), kind)
    for entry in data.get("named_actors", []):  # a named actor wins over its generic class
        kind = ActorKind(str(entry["name"]), int(entry["inter"]), entry.get("country"),
                         parties_to=frozenset(entry.get("parties_to", [])),
                         unknown=bool(entry.get("unknown", False)))
        for word in entry["words"]:
            kinds[normalise_apostrophes(str(word).lower())] = kind
    nationalities = {form: country for word, country in demonyms(lang).items()
                     for form in (word, plural(word))}
    prefixes = {str(k).lower(): str(v) for k, v in data.get("nationality_prefixes", {}).items()}
    def kinds_of(key: str) -> dict[str, ActorKind]:
        return {str(k): ActorKind(str(v["name"]), int(v["inter"]))
                for k, v in data.get(key, {}).items()}

    holders = data.get("holders", {})
    held_by = phrase_pattern([*holders.get("words", []), *holders.get("entrenched", [])])
    return ActorLexicon(
        pattern=phrase_pattern(kinds), kinds=kinds,
        victim_classes={str(k): int(v) for k, v in data.get("victim_classes", {}).items()},
        default_initiators=kinds_of("default_initiators"),
        default_targets=kinds_of("default_targets"),
        armed_only=frozenset(data.get("armed_only", [])), nationalities=nationalities,
        class_in_event={str(k): {int(a): int(b) for a, b in v.items()}
                        for k, v in data.get("class_in_event", {}).items()},
        nationality=phrase_pattern(nationalities), class_names=class_names,
        victim_class_in_event={str(k): int(v) for k, v in data.get("victim_class_in_event", {}).items()},
        initiator_classes={str(k): frozenset(int(c) for c in v)
                           for k, v in data.get("initiator_classes", {}).items()},
        abroad_in=frozenset(data.get("abroad_in", [])),
        agent=re.compile(rf"{phrase_pattern(data.get('agent_markers', [])).pattern}\s+"
                         rf"(?:(?:les|le|la|des|du|un|une|l['’])\s*)?$", re.IGNORECASE),
        place_marker=re.compile(rf"{phrase_pattern(data.get('place_markers', [])).pattern}\s*$",
                                re.IGNORECASE),
        nationality_prefixes=prefixes,
        phrase_break=re.compile(rf"[,;:.()«»]|{phrase_pattern(data.get('phrase_breaks', [])).pattern}",
                                re.IGNORECASE),
        speakers_act_in=frozenset(data.get("speakers_act_in", [])),
        members_arrested_in=frozenset(data.get("members_arrested", {}).get("in", [])),
        arrested_tie=phrase_pattern([*data.get("affiliated", []),
                                     *data.get("members_arrested", {}).get("ties", [])]),
        unilateral_in=frozenset(data.get("unilateral", {}).get("in", [])),
        unilateral=phrase_pattern(data.get("unilateral", {}).get("words", [])),
        speakers_report_in=frozenset(data.get("speakers_report_in", [])),
        belligerents_in=frozenset(data.get("belligerents_in", [])),
        coreferent_forces=frozenset(str(w).lower() for w in data.get("coreferent_forces", [])),
        no_target_in=frozenset(data.get("no_target_in", [])),
        forces_target_in=frozenset(data.get("forces_target_in", [])),
        two_sided=frozenset((str(t), str(sub))
                            for t, subs in data.get("two_sided", {}).items() for sub in subs),
        forces_strike_enemy_in=frozenset(data.get("forces_strike_enemy_in", [])),
        target_nouns=phrase_pattern(data.get("target_nouns", [])),
        hit=phrase_pattern(data.get("hit_verbs", [])),
        government=ActorKind(str(data["state_as_party"]["name"]), int(data["state_as_party"]["inter"]))
        if "state_as_party" in data else None,
        attributed=re.compile(rf"{phrase_pattern(data.get('attributed_to', [])).pattern}\s*",
                              re.IGNORECASE),
        aimed_at=re.compile(rf"{phrase_pattern(data.get('target_nouns', [])).pattern}\s+"
                            rf"(?:(?:{elidable(data.get('target_links', []))})\s*(?:[^\W\d_]+\s+)?)?$",
                            re.IGNORECASE),
        aimed_at_wins_in=frozenset(data.get("aimed_at_wins_in", [])),
        # "la résidence du commandant du corps d'armée": the owner may follow a chain of nouns
        owned=re.compile(rf"{phrase_pattern(data.get('property_nouns', [])).pattern}(?:\s+[^\W\d_]+)?"
                         rf"(?:\s+(?:{elidable(data.get('target_links', []))})\s*[^\W\d_]+){{0,2}}\s+"
                         rf"(?:{elidable(data.get('target_links', []))})\s*$", re.IGNORECASE),
        supporting=re.compile(rf"{phrase_pattern(data.get('supporting', [])).pattern}\s*$", re.IGNORECASE),
        held_place=re.compile(rf"{phrase_pattern(data.get('held_places', [])).pattern}\s+$", re.IGNORECASE),
        entrenched=phrase_pattern(holders.get("entrenched", [])),
        holder=re.compile(rf"{held_by.pattern}\s+(?:(?:{elidable(holders.get('links', []))})\s*)?$",
                          re.IGNORECASE),
        owners_no_party_in=frozenset(data.get("owners_no_party_in", [])),
        unarmed_targets_in=frozenset(data.get("unarmed_targets_in", [])),
        aircraft=phrase_pattern(data.get("aircraft", {}).get("words", [])),
        told_before=re.compile(rf"{phrase_pattern(data.get('told_before', [])).pattern}\s+$",
                               re.IGNORECASE),
        affiliated=phrase_pattern(data.get("affiliated", [])),
        affiliated_told_before=phrase_pattern(data.get("affiliated_told_before", [])),
        aircraft_owners=frozenset(int(c) for c in data.get("aircraft", {}).get("owners", [])),
        aircraft_strikes=frozenset(data.get("aircraft", {}).get("strikes", [])),
        unmanned=phrase_pattern(data.get("aircraft", {}).get("unmanned", [])),
        mutual=phrase_pattern(data.get("mutual_fighting", [])),
        mutual_assault=phrase_pattern(data.get("mutual_assault", [])),
        repelled=phrase_pattern(data.get("repelled", [])),
        assaulted_posts=phrase_pattern(data.get("assaulted_posts", [])),
        fought_forces={str(k): ActorKind(str(v["name"]), int(v["inter"]))
                       for k, v in data.get("fought_forces", {}).get("targets", {}).items()},
        post_fought={str(k): ActorKind(str(v["name"]), int(v["inter"]))
                     for k, v in data.get("fought_forces", {}).get("post_targets", {}).items()},
        own_dead_in=frozenset(data.get("own_dead_in", [])),
        attackers_counted=frozenset(normalise_apostrophes(str(w).lower())
                                    for w in data.get("attackers_counted", [])),
        fighting_back=phrase_pattern(data.get("fought_forces", {}).get("fighting_back", [])),
        forces_posts=phrase_pattern(data.get("fought_forces", {}).get("posts", [])),
        answering=phrase_pattern(data.get("fought_forces", {}).get("answering", [])),
        communal_link=phrase_pattern(data.get("communal_fighting", {}).get("links", [])),
        member_links=frozenset(normalise_apostrophes(str(w).lower()) for w in data.get("member_links", [])),
        own_side_targets_in=frozenset(data.get("own_side_targets_in", [])),
        in_power={str(k): (date.fromisoformat(str(v["since"])),
                           ActorKind(str(v["name"]), int(v["inter"]), str(v["country"])))
                  for k, v in data.get("in_power", {}).items()},
        street_arrests_in=frozenset(data.get("street_arrests", {}).get("in", [])),
        street_arrested=frozenset(data.get("street_arrests", {}).get("victims", [])),
        street_events=frozenset(data.get("street_arrests", {}).get("street", [])),
        communal_sides=tuple((phrase_pattern(side["words"]), ActorKind(str(side["name"]), int(side["inter"])))
                             for side in data.get("communal_fighting", {}).get("sides", [])),
        targeting=re.compile(rf"{phrase_pattern(data.get('targeting', [])).pattern}"
                             r"\s+(?:[\w'’-]+\s+){0,4}(?:[\w]+['’])?$", re.IGNORECASE),
        coordinated=re.compile(rf"\s+(?:{alternation(data.get('coordinators', []))})\s+"
                               rf"(?:(?:{elidable(data.get('articles', []))})\s*)?[^\W\d_]+", re.IGNORECASE),
        joint=re.compile(rf"(?<!\w)(?P<prefix>{'|'.join(map(re.escape, prefixes)) or '(?!)'})-"
                         rf"(?P<second>{'|'.join(map(re.escape, nationalities)) or '(?!)'})(?!\w)",
                         re.IGNORECASE))


@cache
def saying_lemmas(lang: str) -> frozenset[str]:
    """Verbs whose subject only speaks of an event (reports, accuses, denies) or finds its dead
    ("les forces de sécurité ont retrouvé les corps de 16 ouvriers tués par…") and is no party."""
    data = load_lexicon(lang, "actors")
    attribution = attribution_lexicon(lang)
    said = attribution.verb_lemmas | attribution.found_lemmas | frozenset(data.get("saying_lemmas", []))
    return said - frozenset(data.get("acting_lemmas", []))


@cache
def undergoing_lemmas(lang: str) -> frozenset[str]:
    """Verbs whose subject undergoes the act their object names ("ont essuyé des tirs")."""
    return frozenset(load_lexicon(lang, "actors").get("undergoing_lemmas", []))


@cache
def object_taking_lemmas(lang: str) -> frozenset[str]:
    """Verbs of saying after which a party is the object ("a accusé les rebelles")."""
    return frozenset(load_lexicon(lang, "actors").get("object_taking_lemmas", []))


def default_initiator(lang: str, event_type: str, sub_event_type: str) -> Actor | None:
    """Who an event of this kind is put down to when no one is named ("Unidentified Armed
    Group" for an attack)."""
    lex = actor_lexicon(lang)
    kind = lex.default_initiators.get(sub_event_type) or lex.default_initiators.get(event_type)
    return Actor(name=kind.name, inter=kind.inter) if kind else None


def _other_party(text: str, second: re.Match[str], lex: ActorLexicon) -> bool:
    """Whether the noun coordinated after a mention ("et combattants palestiniens") starts a
    party of its own that is no state's forces: a nationality after it is that party's."""
    noun = second.end() - len(second.group(0).split()[-1])
    found = lex.pattern.match(text, noun)
    kind = lex.kinds.get(word_key(found.group(0))) if found is not None else None
    return kind is not None and kind.inter != STATE


def _country_after(text: str, end: int, limit: int, lex: ActorLexicon) -> str | None:
    """The nationality shortly after ``end``, or after a noun coordinated there ("l'aviation
    et l'artillerie israéliennes")."""
    second = lex.coordinated.match(text, end, limit)
    if second is not None and _other_party(text, second, lex):
        return None  # "soldats et combattants palestiniens": the nationality is the fighters'
    if second is not None and text[second.end():second.end() + 1].isspace():
        match = lex.nationality.match(text, second.end() + 1, limit)
        if match is not None:
            return lex.nationalities.get(match.group(0).lower())
    match = lex.nationality.search(text, end, min(limit, end + NATIONALITY_WINDOW))
    return lex.nationalities.get(match.group(0).lower()) if match else None


GROUP_CONTEXT_CHARS = 70  # how far before a group's name the word telling its kind may stand
APPOSITION_CHARS = 90  # how far an apposition after a group's acronym ("…), une rébellion toubou") runs
UPPER = "A-ZÀ-ÖØ-Þ"
NAME_WORD = rf"(?:(?:al|el|ad|ar|as|ach|ech)-)?[{UPPER}][\w'’-]*"  # "Ansar", "Beït", "al-Maqdis"
ACRONYM = rf"[{UPPER}][\w/-]{{1,11}}"
BRACKETED = re.compile(r"\s*\(")  # between a name and its acronym
ARTICLE_ONLY = re.compile(r"\W*\w{0,3}\W*")  # ", l'" between an apposition's head and a name


@dataclass(frozen=True)
class GroupLexicon:
    """How an article introduces its own armed groups (``defined_groups`` of actors.yaml)."""
    introduced: re.Pattern[str]  # "Front … (ACR)": a head word, the rest of the name, its acronym
    heads: re.Pattern[str]  # the head words alone, to start the name at the last one
    named: re.Pattern[str]  # "le groupe jihadiste Ansar Beït al-Maqdis (ABM)"
    apposition: re.Pattern[str]  # ", une rébellion": an apposition's first words
    breaks: re.Pattern[str]  # "les jihadistes ont attaqué la Force…": a kind word before them is another's
    classes: tuple[tuple[int, re.Pattern[str], re.Pattern[str]], ...]  # inter, kind words, name words


@cache
def group_lexicon(lang: str) -> GroupLexicon | None:
    data = load_lexicon(lang, "actors").get("defined_groups")
    if not data:
        return None
    heads = alternation(data.get("heads", []))
    name = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}"
    return GroupLexicon(
        introduced=re.compile(rf"(?<![\w-])(?P<name>(?:{heads})(?![\w-])[^,;:.()«»\n]{{1,100}}?)"
                              rf"\s*\((?P<acronym>{ACRONYM})\)"),
        heads=re.compile(rf"(?<![\w-])(?:{heads})(?![\w-])"),
        named=re.compile(rf"(?<![\w-])(?:{alternation(data.get('group_nouns', []))})\s+"
                         rf"(?P<kind>(?:[^\W\d_{UPPER}][\w-]{{3,}}\s+){{1,3}}?)(?P<name>{name})"
                         rf"(?:\s*\((?P<acronym>{ACRONYM})\))?"),
        apposition=re.compile(rf"\s*,\s*(?:{elidable(data.get('apposition_starts', []))})", re.IGNORECASE),
        breaks=phrase_pattern(data.get("context_breaks", [])),
        classes=tuple((int(c["inter"]), phrase_pattern(c.get("context", [])),
                       phrase_pattern(c.get("name", []))) for c in data.get("classes", [])))


@dataclass(frozen=True)
class DocumentGroups:
    """The armed groups an article introduces, by their names and acronyms."""
    names: dict[str, ActorKind]  # lower-case name -> kind
    acronyms: dict[str, ActorKind]  # acronym as written -> kind
    name_pattern: re.Pattern[str]
    acronym_pattern: re.Pattern[str]  # as written: "AA" is no "aa"

    def mentions(self, text: str, start: int, end: int) -> list[tuple[Span, ActorKind, bool]]:
        """The groups' names and acronyms in ``text[start:end]``, each marked whether it is an
        acronym in brackets right after its name ("Front … (FDR)"), the same mention again."""
        names = [(Span(m.start(), m.end()), self.names[word_key(m.group(0))])
                 for m in self.name_pattern.finditer(text, start, end)]
        found = [(span, kind, False) for span, kind in names]
        found += [(Span(m.start(), m.end()), self.acronyms[m.group(0)],
                   any(BRACKETED.fullmatch(text, s.end, m.start()) for s, _ in names))
                  for m in self.acronym_pattern.finditer(text, start, end)
                  if not any(s.start <= m.start() < s.end for s, _ in names)]
        return found


def _context_start(text: str, start: int) -> int:
    """Where the words before a group's name that may tell its kind begin: its clause, or the
    clause before when only an article stands between ("Un groupe séparatiste, l'Armée…")."""
    floor = max(0, start - GROUP_CONTEXT_CHARS)
    cuts = [m.end() for m in CLAUSE_PUNCTUATION.finditer(text, floor, start)]
    if not cuts:
        return floor
    if text[cuts[-1] - 1] == "," and ARTICLE_ONLY.fullmatch(text, cuts[-1], start):
        return cuts[-2] if len(cuts) > 1 else floor
    return cuts[-1]


def _apposition_end(text: str, end: int, groups: GroupLexicon) -> int:
    """The end of an apposition right after a group's acronym ("(FDR), une rébellion toubou,"),
    else ``end`` itself."""
    comma = groups.apposition.match(text, end)
    if comma is None:
        return end
    stop = CLAUSE_PUNCTUATION.search(text, comma.end(), comma.end() + APPOSITION_CHARS)
    return stop.start() if stop else min(len(text), comma.end() + APPOSITION_CHARS)


def _group_class(text: str, name: str, start: int, end: int, groups: GroupLexicon) -> int | None:
    """The class of a group named at ``text[start:end]`` (its acronym included): the kind word
    nearest the name, before it or in its apposition, else a word of the name itself."""
    before, after = _context_start(text, start), _apposition_end(text, end, groups)
    nearest: tuple[int, int] | None = None
    for inter, context, _ in groups.classes:
        for m in context.finditer(text, before, start):
            if groups.breaks.search(text, m.end(), start):
                continue  # "les jihadistes ont attaqué la Force conjointe (FC-G5S)": not its kind
            if nearest is None or start - m.end() < nearest[0]:
                nearest = (start - m.end(), inter)
        found = context.search(text, end, after)
        if found is not None and (nearest is None or found.start() - end < nearest[0]):
            nearest = (found.start() - end, inter)
    if nearest is not None:
        return nearest[1]
    return next((inter for inter, _, words in groups.classes if words.search(name)), None)


def _known(text: str, start: int, end: int, acronym: str | None, inter: int, lex: ActorLexicon) -> bool:
    """Whether the lists know the group named at ``text[start:end]`` already: it is theirs
    ("RED-Tabara"), its name starts with a name of theirs ("Front de libération du peuple du
    Tigré", "Union africaine en Somalie"), it holds an organisation of the world ("Nations unies"),
    or its acronym is theirs for a group of its class or for no armed group ("FARC", "ONU"; not the
    Central African "UPC" for "l'Union des patriotes congolais (UPC)", miliciens of a political
    militia)."""
    known = lex.kinds.get(acronym.lower()) if acronym else None
    found = lex.pattern.match(text, start)
    # a class word alone ("l'Armée unie du Baloutchistan", "la Coalition des patriotes") is no name
    named = found is not None and (found.end() >= end or " " in found.group(0).strip())
    # an organisation of the world ("l'Organisation des Nations unies (ONU)") is never an armed group
    world = any(lex.kinds.get(word_key(m.group(0)), ActorKind("", 0)).inter == EXTERNAL
                for m in lex.pattern.finditer(text, start + 1, end))
    theirs = known is not None and (known.inter == inter or known.inter not in NON_STATE_ARMED)
    return named or world or theirs


@cache
def _members_of(lang: str) -> re.Pattern[str]:
    """What stands between a class word and the group its people belong to ("miliciens maï-maï de
    la Coalition…"): up to two words, then the member links."""
    links = elidable(actor_lexicon(lang).member_links)
    return re.compile(rf"(?:\s+[^\W\d_{UPPER}][\w'’-]*){{0,2}}\s+(?:(?:{links})\s*){{1,2}}")


@lru_cache(maxsize=8)
def document_groups(text: str, lang: str) -> DocumentGroups | None:
    """The armed groups ``text`` introduces by name, with the class the words around them give."""
    groups, lex = group_lexicon(lang), actor_lexicon(lang)
    if groups is None:
        return None
    names: dict[str, ActorKind] = {}
    acronyms: dict[str, ActorKind] = {}

    def define(name_start: int, name_end: int, acronym: str | None, inter: int | None) -> None:
        name = " ".join(text[name_start:name_end].split())
        if inter is None or len(name) < 4 or _known(text, name_start, name_end, acronym, inter, lex):
            return
        kind = ActorKind(f"{acronym}: {name}" if acronym else name, inter)
        names.setdefault(word_key(name), kind)
        if acronym:
            acronyms.setdefault(acronym, kind)

    for m in groups.introduced.finditer(text):
        # "l'Armée d'Arakan et l'Armée de l'alliance démocratique nationale du Myanmar (MNDAA)"
        head = [h.start() for h in groups.heads.finditer(text, m.start("name"), m.end("name"))][-1]
        if " " not in text[head:m.end("name")].strip():
            continue
        define(head, m.end("name"), m.group("acronym"),
               _group_class(text, text[head:m.end("name")], head, m.end(), groups))
    for m in groups.named.finditer(text):
        kind_words = m.group("kind")
        inter = next((inter for inter, context, _ in groups.classes if context.search(kind_words)), None)
        define(m.start("name"), m.end("name"), m.group("acronym"), inter)
    if not names:
        return None
    return DocumentGroups(names, acronyms, phrase_pattern(names),
                          re.compile(rf"(?<![\w-])(?:{alternation(acronyms)})(?![\w-])"))


def find_actors(text: str, start: int, end: int, lang: str) -> list[ActorMention]:
    """Actor mentions in ``text[start:end]``, in text order: the lists' words, and the armed
    groups the article introduces itself (``document_groups``), which win where they overlap."""
    lex = actor_lexicon(lang)
    groups = document_groups(text, lang)
    own = groups.mentions(text, start, end) if groups else []
    mentions = [ActorMention(kind, span, None, lex.agent.search(
        text, max(start, span.start - AGENT_WINDOW), span.start) is not None)
        for span, kind, again in own if not again]
    members = _members_of(lang)
    for m in lex.pattern.finditer(text, start, end):
        if any(s.start < m.end() and m.start() < s.end for s, _, _ in own):
            continue
        if any(members.fullmatch(text, m.end(), s.start) for s, _, _ in own if s.start >= m.end()):
            continue  # "les miliciens maï-maï de la Coalition des patriotes (Pareco)": the group's men
        word = word_key(m.group(0))
        kind = lex.kinds.get(word)
        national = lex.nationality.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
        if kind is not None and kind.inter == EXTERNAL and kind.parties_to and national is not None \
                and lex.government is not None:
            # "le Conseil de sécurité russe": a state's own body, not the world's
            kind = replace(lex.government, country=lex.nationalities.get(national.group(0).lower()),
                           parties_to=kind.parties_to)
        if kind is not None:
            # "l'armée malienne et les paramilitaires russes": a named force keeps its own country
            country = _country_after(text, m.end(), end, lex) \
                if kind.inter == STATE and kind.country is None else None
            agent = lex.agent.search(text, max(start, m.start() - AGENT_WINDOW), m.start()) is not None
            mentions.append(ActorMention(kind, Span(m.start(), m.end()), country, agent,
                                         attacker=word in lex.attackers_counted))
    return sorted(mentions, key=lambda m: m.span.start) if own else mentions


def trigger_country(text: str, trigger: Span, lang: str) -> str | None:
    """The country of "frappes israéliennes", "frappe russe", "la frappe de missiles balistiques
    russes": a nationality after the trigger, in its noun phrase ("une frappe contre des positions
    russes" names the target, not the attacker)."""
    lex = actor_lexicon(lang)
    found = _country_after(text, trigger.start, trigger.end + NATIONALITY_WINDOW, lex)
    if found is None:
        match = lex.nationality.search(text, trigger.end, trigger.end + NOUN_PHRASE_CHARS)
        if match is not None and not lex.phrase_break.search(text, trigger.end, match.start()) \
                and not lex.target_nouns.search(text, trigger.end, match.start()):
            # "l'attaque d'un poste de l'armée malienne": the nationality of what was hit
            found = lex.nationalities.get(match.group(0).lower())
    return found


JOINT_WINDOW = 60  # characters after a trigger where "russo-américaines" names its two parties


def joint_parties(text: str, trigger: Span, lang: str) -> tuple[str, str] | None:
    """The two countries of "des discussions russo-américaines": a nationality prefix, a hyphen
    and a nationality word shortly after the trigger."""
    lex = actor_lexicon(lang)
    found = lex.joint.search(text, trigger.end, trigger.end + JOINT_WINDOW)
    if found is None:
        return None
    first = lex.nationality_prefixes[found.group("prefix").lower()]
    second = lex.nationalities.get(found.group("second").lower())
    return (first, second) if second and second != first else None


def state_forces(country: str, event_country: str | None) -> Actor:
    """A state's forces, external (8) outside their country."""
    inter = EXTERNAL if event_country is not None and country != event_country else STATE
    return Actor(name=_named("Military Forces of {country}", country), inter=inter)


def default_target_civilians(lang: str, country: str | None) -> Actor:
    """The civilians of ``country``, as a target no figure counts ("a bombardé des quartiers")."""
    return _synthesised(actor_lexicon(lang), CIVILIANS, country)


def _synthesised(lex: ActorLexicon, inter: int, country: str | None) -> Actor:
    name = lex.class_names.get(inter, "Unidentified")
    return Actor(name=_named(name, country), inter=inter)


def _by_closeness(mentions: list[ActorMention], near: int | None) -> list[ActorMention]:
    """Mentions before ``near`` (nearest first: the subject of the trigger), then after it."""
    if near is None:
        return mentions
    before = sorted((m for m in mentions if m.span.start < near), key=lambda m: -m.span.start)
    return before + [m for m in mentions if m.span.start >= near]


def resolve_actors(mentions: list[ActorMention], lang: str, *, event_type: str,
                   sub_event_type: str = "", victims: str | None, country: str | None,
                   attacker_country: str | None = None, near: int | None = None,
                   blamed: ActorMention | None = None,
                   settled: ActorMention | None = None,
                   noun_trigger: bool = False,
                   aircraft: bool = False) -> tuple[Actor | None, Actor | None]:
    """(initiator, target) of an event, from its sentences' mentions and its victims;
    ``blamed`` initiates when the sentences name no initiator before the trigger nor as agent,
    ``settled`` (see ``blame.settling_party``) even over unidentified armed men."""
    lex = actor_lexicon(lang)
    recode = lex.class_in_event.get(event_type, {})

    def in_event(m: ActorMention) -> ActorMention:
        if m.kind.inter in recode:
            inter = recode[m.kind.inter]
            # a generic class takes the other's name too ("la foule" struck by a bomb: "Civilians")
            name = lex.class_names.get(inter, m.kind.name) \
                if m.kind.name == lex.class_names.get(m.kind.inter) else m.kind.name
            m = replace(m, kind=replace(m.kind, inter=inter, name=name))
        return m

    mentions = [in_event(m) for m in mentions]
    ordered = _by_closeness(mentions, near)
    victim_class = lex.victim_classes.get(victims) if victims else None
    if event_type in lex.unarmed_targets_in and victim_class not in (CIVILIANS, PROTESTERS):
        victim_class = CIVILIANS  # "les paramilitaires ont pillé le marché": violence against civilians
    if victim_class == CIVILIANS and (any(m.kind.inter == PROTESTERS for m in mentions)
                                      or sub_event_type in lex.victim_class_in_event):
        victim_class = lex.victim_class_in_event.get(sub_event_type, PROTESTERS)
    armed_only = event_type in lex.armed_only or sub_event_type in lex.armed_only
    if armed_only and victim_class in (CIVILIANS, PROTESTERS):
        victim_class = None
    if victim_class == REBELS and event_type in lex.own_dead_in and near is not None and any(
            m.subject and not m.counted and m.span.start < near and m.kind.inter in NON_STATE_ARMED
            for m in mentions):
        # "le JNIM a attaqué le camp … quatorze assaillants neutralisés": the armed group that acts
        # lost the militants counted; the side it fought is the state's forces
        victim_class = STATE
    speakers_act = event_type in lex.speakers_act_in and sub_event_type not in lex.speakers_report_in
    initiators = [m for m in ordered if m.inter_in(country) not in (CIVILIANS, victim_class)
                  and (speakers_act or not m.speaker or m.agent)
                  # "dix-huit assaillants ont été tués lors d'une attaque": counted, yet the attackers
                  and not (m.counted and not m.attacker)
                  and not m.hit and not m.aimed_at and not m.aside and not m.held and not m.ally
                  and not (m.targeted and near is not None and m.span.start > near)
                  # "le président a dénoncé": a government takes part in developments, and in
                  # violence only as the subject of the act ("le gouvernement a lancé l'assaut")
                  and m.takes_part_in(event_type)]
    if near is not None:  # "Des rebelles ont attaqué des positions tenues par l'armée": the subject
        subjects = [m for m in initiators if m.subject and m.span.start < near]
        # "l'aviation et l'artillerie israéliennes ont pilonné": the trigger names who acts
        subjects = [m for m in initiators if m.span.start == near] + subjects
        initiators = subjects + [m for m in initiators if m not in subjects]
    # with no initiator before the trigger, the agent of a passive after it initiates ("quatre
    # soldats tués par un drone du Hezbollah"); an agent before the trigger belongs to another
    # verb ("l'annonce d'une trêve par la Russie, les forces ont bombardé")
    if near is None or not any(m.span.start <= near for m in initiators):
        agents = [m for m in initiators if m.agent]
        initiators = agents + [m for m in initiators if m not in agents]
    allowed = lex.initiator_classes.get(sub_event_type) or (lex.aircraft_owners if aircraft else None)
    # "des positions du PKK ont été frappées": whom the act was aimed at did not commit it, whatever
    # else the article pins on them
    hit_parties = {m.kind.name for m in mentions if m.aimed_at or m.hit}
    # "des hommes armés se sont emparés de plusieurs positions de l'armée", in fighting the army
    # set off: the party whose post was hit is not the attacker wherever else the story names it
    # (same name and home: "des postes de l'armée pakistanaise … l'armée indienne" are two parties)
    posts_of = {(m.kind.name, m.home) for m in mentions if m.aimed_at}
    initiators = [m for m in initiators if (m.kind.name, m.home) not in posts_of]
    blamed = None if blamed is not None and blamed.kind.name in hit_parties else blamed
    settled = None if settled is not None and settled.kind.name in hit_parties else settled
    if allowed and blamed is not None and blamed.inter_in(country) not in allowed:
        blamed = None  # "une frappe aérienne … que l'armée attribue au Hezbollah": no air force
    if allowed and any(m.inter_in(country) in allowed for m in initiators):
        # "le régime, qui a repris les quartiers tenus par les rebelles": who takes is actor1
        initiators = [m for m in initiators if m.inter_in(country) in allowed]
    elif allowed:
        initiators = []  # "des jeunes ont brûlé des pneus, dispersés par des soldats": rioters
    if near is not None and noun_trigger:  # "l'assaut lancé vendredi par les shebab": its own agent
        own = [m for m in initiators if m.agent and 0 <= m.span.start - near <= OWN_AGENT_CHARS] \
            or [m for m in _own_agent_counted(ordered, near, victim_class, country)
                if not allowed or m.inter_in(country) in allowed]
        initiators = own + [m for m in initiators if m not in own]
    if settled is not None and initiators and initiators[0].inter_in(country) == UNIDENTIFIED \
            and not initiators[0].kind.unknown:
        initiators, blamed = [], settled  # "des hommes armés", named by a claim or by all accusers
    named_before = near is not None and any(m.span.start <= near for m in initiators)
    actor1: Actor | None
    # "l'aviation israélienne a frappé"; "les séparatistes affirmaient repousser une offensive
    # azerbaïdjanaise": a noun trigger's own nationality is its author, whoever is named before it,
    # unless it qualifies a group in its phrase ("une attaque des islamistes somaliens shebab")
    own_nationality = noun_trigger and near is not None and not any(
        0 <= m.span.start - near <= NOUN_PHRASE_CHARS and m.kind.inter != STATE for m in mentions)
    if attacker_country is not None and (not named_before or own_nationality):
        actor1 = state_forces(attacker_country, country)
    elif blamed is not None and not named_before and not any(m.agent or m.subject
                                                                for m in initiators):
        actor1 = in_event(blamed).actor(country)
    elif initiators:
        actor1 = initiators[0].actor(country)
    elif sub_event_type in lex.default_initiators or victim_class is not None:
        # a sub-type's default always; a type's only for an event that has victims
        actor1 = default_initiator(lang, event_type, sub_event_type)
    else:
        actor1 = None
    if victim_class == REBELS and actor1 is not None and actor1.inter in NON_STATE_ARMED \
            and event_type in lex.own_dead_in:
        # "dix-huit assaillants ont été tués lors d'une attaque contre la présidence": the dead are
        # the attackers', the side they fought is the state's forces
        victim_class = STATE
    actor2: Actor | None = None
    aimed = _aimed_at(mentions, lex, event_type, country, near, actor1)
    if aimed is not None:  # "ont bombardé des positions du Hamas", whoever the figures count
        actor2 = aimed.actor(country)
    elif victim_class is not None:
        # "deux soldats israéliens tués" at Gaza: soldiers, of a state acting abroad (8)
        # "une base des Casques bleus", "deux soldats ougandais de l'Amisom": soldiers abroad are
        # the soldiers' side too, when they are not the attackers
        sides = [m for m in mentions if not m.ally and (
            m.inter_in(country) == victim_class
            or (victim_class == STATE and m.inter_in(country) == EXTERNAL
                and m.kind.inter in (STATE, EXTERNAL) and not m.kind.parties_to
                and (actor1 is None or (m.inter_in(country) != actor1.inter
                                        and _named(m.kind.name, m.home or country) != actor1.name))))]
        target = next((m for m in sides if m.counted or m.aimed_at or m.targeted), None) or \
            next((m for m in sides if m.inter_in(country) == victim_class), None) or \
            next(iter(sides), None)
        actor2 = target.actor(country) if target else _synthesised(lex, victim_class, country)
    else:
        excluded = {actor1.inter} if actor1 else set()
        if armed_only:
            excluded.add(CIVILIANS)
        targets = mentions if near is None else \
            [m for m in mentions if m.span.start >= near] + [m for m in ordered if m.span.start < near]
        # "ont incendié un poste de police": rioters wreck property, they fight no owner, nor who
        # only tells of it ("…, a indiqué un policier")
        other = next((m for m in targets if m.inter_in(country) not in excluded and not m.ally
                      and not ((m.owner or m.speaker) and event_type in lex.owners_no_party_in)), None)
        if other is not None:
            actor2 = other.actor(country)
        elif sub_event_type in lex.default_targets:
            actor2 = _default_target(lex, sub_event_type, country)
    # "le parquet a fait arrêter 22 policiers": the forces may arrest their own members, named
    own_side = sub_event_type in lex.own_side_targets_in and actor1 is not None and actor2 is not None \
        and bool(actor2.evidence) and actor2.evidence != actor1.evidence and victim_class == actor2.inter
    if actor1 is not None and actor2 is not None and actor1.inter == actor2.inter and not own_side:
        # "des opposants … dispersés": protesters hurt in a protest the police broke up
        actor2 = _default_target(lex, sub_event_type, country)
    if actor2 is not None and ((actor1 is not None and actor1.inter == actor2.inter and not own_side)
                               or sub_event_type in lex.no_target_in):
        actor2 = None
    if sub_event_type in lex.forces_target_in:
        actor2 = _forces_targeted(lex, sub_event_type, country, actor2)
    return actor1, actor2


def _own_agent_counted(mentions: list[ActorMention], near: int, victim_class: int | None,
                       country: str | None) -> list[ActorMention]:
    """The agent of a noun trigger ("l'assaut donné par les forces de sécurité") of the side the
    figures count: it led the act it lost men in ("un soldat a péri lors de l'assaut donné par les
    forces de sécurité, qui ont abattu trois assaillants"). Armed sides only, never bystanders."""
    if victim_class in (None, CIVILIANS, PROTESTERS):
        return []
    return [m for m in mentions if m.agent and 0 <= m.span.start - near <= OWN_AGENT_CHARS
            and m.inter_in(country) == victim_class and not (m.counted or m.speaker or m.hit or m.aside)][:1]


def _forces_targeted(lex: ActorLexicon, sub_event_type: str, country: str | None,
                     actor2: Actor | None) -> Actor | None:
    """A protest the forces broke up is fought with them, even where people the sentence counts
    were hurt or another party is named ("des manifestants qui scandaient des slogans pro-PKK")."""
    if actor2 is None or actor2.inter not in (STATE, EXTERNAL):
        return _default_target(lex, sub_event_type, country)
    return actor2


def _aimed_at(mentions: list[ActorMention], lex: ActorLexicon, event_type: str,
              country: str | None, near: int | None, actor1: Actor | None) -> ActorMention | None:
    """The armed party a strike was aimed at, named after its trigger ("des positions du Hamas",
    "contre les rebelles"), where the event type makes that party its target."""
    if near is None or event_type not in lex.aimed_at_wins_in:
        return None
    return next((m for m in mentions if m.targeted and m.span.start > near
                 and m.inter_in(country) not in (CIVILIANS, PROTESTERS)
                 and (actor1 is None or m.inter_in(country) != actor1.inter)), None)


FIGHTING_CHARS = 25  # how far into a trigger's words "ont riposté" may stand
ANSWER_CHARS = 25  # how far after state forces "ont riposté", "les ont repoussés" may stand
POST_CHARS = 100  # how far after a crowd or its act the forces' post it hit may be named
CLAUSE_STOP = re.compile(r"[;:.]")  # ends the clause a crowd's act and the post it hit share (commas do not)


def answers(text: str, mention: ActorMention, lang: str) -> bool:
    """Whether ``mention`` names state forces told as answering a crowd ("la police a riposté
    avec des gaz lacrymogènes", "les forces de sécurité les ont repoussés")."""
    lex = actor_lexicon(lang)
    found = lex.answering.search(text, mention.span.end, mention.span.end + ANSWER_CHARS)
    return mention.kind.inter == STATE and found is not None \
        and CLAUSE_PUNCTUATION.search(text, mention.span.end, found.start()) is None


def fought_forces(text: str, at: int, lang: str, sub_event_type: str,
                  country: str | None, answered: bool = False) -> Actor | None:
    """The forces an event of ``sub_event_type`` told at ``at`` as fighting ("des affrontements",
    "ont riposté"), or as storming or burning one of their posts ("ont incendié un commissariat"),
    is fought against, if its kind has such forces ("Police Forces" for rioters)."""
    lex = actor_lexicon(lang)
    end = CLAUSE_STOP.search(text, at, at + POST_CHARS)
    post = lex.forces_posts.search(text, at, end.start() if end else at + POST_CHARS) is not None
    kind = lex.fought_forces.get(sub_event_type)
    if kind is not None and (answered or post or lex.mutual.match(text, at)
                             or lex.fighting_back.search(text, at, at + FIGHTING_CHARS)):
        return Actor(_named(kind.name, country), kind.inter)
    kind = lex.post_fought.get(sub_event_type)  # "la foule a incendié le commissariat"
    return Actor(_named(kind.name, country), kind.inter) if kind is not None and post else None


def _default_target(lex: ActorLexicon, sub_event_type: str, country: str | None) -> Actor | None:
    kind = lex.default_targets.get(sub_event_type)
    return Actor(_named(kind.name, country), kind.inter) if kind else None


SIDES_CHARS = 120  # how far after "des affrontements" the words naming its two sides may run
PAIR_GAP_CHARS = 40  # how far apart the two sides of a pair, and the pair and its trigger, may stand


def first_of_pair(text: str, at: int, sides: tuple[Span, Span], lang: str) -> Span | None:
    """The side named first where the fighting told at ``at`` names its two sides as a pair,
    after a link ("des combats ont opposé les rebelles aux soldats", "des échanges de tirs ont
    opposé les mutins à la garde présidentielle") or coordinated right before it ("soldats et
    rebelles s'affrontaient"): with no word of who started it, news names the initiator first.
    None when the trigger is no mutual fighting or does not name the two as a pair."""
    lex = actor_lexicon(lang)
    fight = lex.mutual.match(text, at)
    first, second = sorted(sides, key=lambda s: s.start)
    if fight is None or first.end > second.start or second.start - first.end > PAIR_GAP_CHARS \
            or CLAUSE_PUNCTUATION.search(text, first.end, second.start):
        return None
    if second.end <= at:  # "soldats et rebelles s'affrontaient"
        paired = lex.coordinated.search(text, first.end, second.end) is not None \
            and at - second.end <= PAIR_GAP_CHARS and not CLAUSE_PUNCTUATION.search(text, second.end, at)
    else:  # "des combats ont opposé les rebelles aux soldats"
        link = lex.communal_link.search(text, fight.end(), first.start)
        paired = first.start >= fight.end() and first.start - fight.end() <= SIDES_CHARS \
            and link is not None and not CLAUSE_PUNCTUATION.search(text, fight.end(), first.start)
    return first if paired else None




def communal_sides(text: str, start: int, end: int, lang: str, country: str | None) -> Actor | None:
    """Both sides of fighting told in ``text[start:end]`` as between communities or rival gangs
    ("des affrontements entre tribus rivales", "ont opposé des membres des tribus rizeigat et
    fallata"): communal militias (or armed groups) fighting each other, whatever forces the
    sentence names elsewhere; None unless the fighting is told so."""
    lex = actor_lexicon(lang)
    for fight in lex.mutual.finditer(text, start, end):
        stop = CLAUSE_PUNCTUATION.search(text, fight.end(), end)
        limit = min(stop.start() if stop else end, fight.end() + SIDES_CHARS)
        link = lex.communal_link.search(text, fight.end(), limit)
        found = [(m, kind) for pattern, kind in lex.communal_sides
                 if (m := pattern.search(text, fight.end(), limit)) is not None]
        if not found:
            continue
        side, kind = min(found, key=lambda pair: pair[0].start())
        if not ((link is not None and link.start() < side.start())
                or not text[fight.end():side.start()].strip()):  # "affrontements intercommunautaires"
            continue
        others = find_actors(text, fight.end(), limit, lang)
        if any(m.span.start < side.start() and m.span.end <= side.start() for m in others) \
                or any(m.kind.inter in (STATE, EXTERNAL) for m in others):
            continue  # "des affrontements entre l'armée et des éleveurs": the forces are a side
        return Actor(name=_named(kind.name, country), inter=kind.inter)
    return None
