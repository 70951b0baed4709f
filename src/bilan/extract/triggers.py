"""Event triggers: the words that say a sentence reports an event, and what cancels them.

Reads the rules of ``lang/<code>/events.yaml``: each rule's triggers give an ACLED type and
sub-type; words around a trigger cancel it when it names a period ("depuis le début de
l'offensive"), an intent ("pour s'emparer de"), a halt ("la suspension des frappes"), equipment
("disposaient de drones") or something else than the rule means ("ont repris les combats").
Overlapping matches are resolved longest first. ``about_conflict`` is the gate that keeps
accidents, disasters, sport and business out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

from bilan.extract.context import Context
from bilan.extract.lexicon import elidable, phrase_pattern, word_key
from bilan.lang import load_lexicon
from bilan.model import EventType, Modality, Span

MODALITY_ORDER: tuple[Modality, ...] = ("denied", "demanded", "planned", "announced")
CUE_CHARS = 40  # how far before a trigger the words that qualify it may stand
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


@dataclass(frozen=True)
class Rule:
    event_type: EventType
    sub_event_type: str
    pattern: re.Pattern[str]
    modalities: frozenset[str]
    capture: bool
    by_victims: bool
    if_killed: str | None
    generic: bool
    rank: int  # order in events.yaml: earlier rules are more specific
    not_before: re.Pattern[str] | None  # words right after a trigger that cancel it
    not_after: re.Pattern[str] | None  # words shortly before a trigger that cancel it
    not_right_after: re.Pattern[str] | None  # words right before it ("fusils d'assaut": a weapon)
    announced_is_planned: bool  # talks announced for today or later are planned
    reports_occurred: bool  # False: only announced, planned, demanded or denied, it is an event
    yields_to: frozenset[str]  # sub-types that, told in the same sentence, say what was done instead
    not_quoted: bool = False  # a trigger in quotes is someone's label (« émeutiers »), not a report
    not_with: re.Pattern[str] | None = None  # words anywhere in its sentence that cancel it
    only_with: re.Pattern[str] | None = None  # words its sentence must hold for it to count
    # a subject opening its clause that cancels it ("le véhicule a été arrêté": stopped, not arrested)
    not_subject: re.Pattern[str] | None = None


@dataclass(frozen=True)
class EventLexicon:
    conflict_cues: re.Pattern[str]
    non_conflict_cues: re.Pattern[str]
    disaster_cues: re.Pattern[str]
    min_conflict_cues: int
    force_cues: frozenset[str]  # conflict cues that name the armed forces, who also help after disasters
    accident_cues: re.Pattern[str] | None  # "accident", "d'origine accidentelle"
    accident_weight: int  # how many non-conflict cues an accident cue counts for
    rules: tuple[Rule, ...]
    modality: tuple[tuple[Modality, re.Pattern[str]], ...]
    links: dict[str, frozenset[str]]
    # outcome → victims → the kinds such a figure joins only when no other event of its sentence fits
    links_avoided: dict[str, dict[str, frozenset[str]]]
    default_by_outcome: dict[str, tuple[EventType, str]]
    default_by_victims: dict[str, tuple[EventType, str]]
    no_default_event: frozenset[str]
    hand_kills: re.Pattern[str]  # "abattus par balles": dead told of no strike, whatever came before
    acted_totals: dict[str, re.Pattern[str]]  # outcome → verbs after which a total is an operation
    refines: dict[str, frozenset[str]]
    refines_unplaced: dict[str, frozenset[str]]  # the same, only of a mention that named no place
    capture_by_state: str
    without_fighting: re.Pattern[str]  # "entrées sans combattre": ground changes hands peacefully
    peaceful_transfer: tuple[EventType, str]
    period_opener: re.Pattern[str]
    campaign: re.Pattern[str]
    campaign_after: re.Pattern[str]
    place_then_day: re.Pattern[str]
    absorbed_by: dict[str, frozenset[str]]
    absorbed_after: dict[str, frozenset[str]]  # the same, only by a kind told first and not referred back to
    anaphora: re.Pattern[str]
    refers_back: re.Pattern[str]  # "il s'agit du premier attentat"
    judging_lemmas: frozenset[str]  # "condamner": a verb whose quoted object names an act told
    own_losses: re.Pattern[str]  # "a reconnu la perte de": a party counting its own dead
    quote_open: tuple[str, ...]  # marks that open and close a quotation ("«", "»")
    quote_close: tuple[str, ...]
    repeat: re.Pattern[str]
    retaliation: re.Pattern[str]  # "en représailles": the other side's act
    relative: re.Pattern[str]
    sequence: re.Pattern[str]  # "avant d'être repoussés", "puis": one act after another
    side_by_side: re.Pattern[str]  # "tandis que": another act at the same time
    same_day: re.Pattern[str]
    recount: re.Pattern[str]  # "évoque pour sa part": another source's count of the incident told
    in_force: re.Pattern[str]  # "entré en vigueur": a day when an agreement took effect
    onset: re.Pattern[str]  # "avaient éclaté": right before a day, the first day of what is told
    protester_nouns: frozenset[str]  # "manifestants": the people of a protest, not the act
    fellows_after: re.Pattern[str]  # " autres": right after a count, more of the group counted before
    that_day: re.Pattern[str]  # "ce soir-là": the day the sentence before named
    negation: re.Pattern[str]
    one_per_town: frozenset[str]
    new_complement: re.Pattern[str]  # "d'un poste": right after a trigger, a target not told before
    damage_of_violence: frozenset[str]
    generic_anaphora: re.Pattern[str]
    intent: re.Pattern[str]
    not_violence: re.Pattern[str]
    backing: re.Pattern[str]
    continuing: re.Pattern[str]  # "les combats ne faiblissent pas": fighting that goes on
    equipment: re.Pattern[str]
    civilian_targets: re.Pattern[str]
    military_targets: re.Pattern[str]
    civilian_objects_in: frozenset[str]  # event types whose civilian target makes civilians actor2
    reference_link: re.Pattern[str]
    author_link: re.Pattern[str]  # "une attaque des FSR": the words that link an act to its author
    escalations: dict[str, tuple[tuple[EventType, str], re.Pattern[str]]]
    crowd: re.Pattern[str]  # "la foule": a trigger firing on it is repression only of a protest
    protest_told: re.Pattern[str]  # words that tell a protest somewhere in the story
    crowd_attacked: tuple[EventType, str] | None  # the kind of firing on a crowd with no protest
    earlier: re.Pattern[str]  # "au lendemain", "deux jours après": see events.yaml
    taker_follows: re.Pattern[str]  # "tombée aux mains": a capture whose taker comes next
    earlier_days: dict[str, int]  # marker or unit → days
    crowd_arrest: tuple[EventType, str] | None  # what arrests of a crowd at a protest are
    crowd_nouns: frozenset[str]
    crowd_gathering: re.Pattern[str]  # "qui tentaient de se rassembler": the crowd arrested was a protest
    unreal_endings: tuple[str, ...]  # verb endings of the conditional and future
    vague_fire: re.Pattern[str]  # "la frappe", "des missiles": remote fire, from the air or the ground
    striking_forces: re.Pattern[str]  # "l'aviation": a force that strikes, not an act told before
    new_subject: re.Pattern[str]  # "Une", "Plusieurs centaines d'": right before a trigger, a new one
    new_act: re.Pattern[str]  # " ont aussitôt": right after it, the verb of what it did

    def cues_of(self, modality: Modality) -> re.Pattern[str] | None:
        """The cues of one modality ("réclame" for demanded), if the language has any."""
        return next((pattern for name, pattern in self.modality if name == modality), None)


def _kind(pair: list[str]) -> tuple[EventType, str]:
    return cast(EventType, pair[0]), str(pair[1])


def _intent(data: dict[str, list[str]]) -> re.Pattern[str]:
    """"pour", "afin de", or "ont tenté (mardi) de", ending the text before a trigger."""
    markers, verbs = elidable(data.get("intent_markers", [])), elidable(data.get("intent_verbs", []))
    links = elidable(data.get("intent_links", []))
    return re.compile(rf"(?<!\w)(?:{markers}|(?:{verbs})(?:\s+\w+){{0,2}}\s+(?:{links}))"
                      rf"\s*(?:s['’]|se\s+)?$", re.IGNORECASE)


def _ending(words: list[str], then: str = "") -> re.Pattern[str]:
    """Any of ``words`` ending the text searched (``then`` may follow them)."""
    return re.compile(rf"(?<!\w)(?:{phrase_pattern(words).pattern}){then}\s*$", re.IGNORECASE)


def _definite(data: dict[str, Any]) -> re.Pattern[str]:
    """A definite article ending the text searched, a count may follow it ("l'", "les deux")."""
    counts = phrase_pattern(data.get("anaphora_counts", ["\uffff"])).pattern
    return re.compile(rf"(?<!\w)(?:{elidable(data.get('generic_anaphora', []))})(?:\s*(?:{counts}))?\s*$",
                      re.IGNORECASE)


def _campaign(data: dict[str, Any]) -> re.Pattern[str]:
    """"depuis trois mois une", "depuis juillet de violents": right before a trigger."""
    opener = phrase_pattern(data.get("campaign_openers", [])).pattern
    length = phrase_pattern(data.get("campaign_lengths", [])).pattern
    return re.compile(rf"{opener}\s+(?:[\w'’-]+\s+){{0,2}}(?:{length}|\d{{4}})(?:\s+[\w'’-]+){{0,3}}\s*$",
                      re.IGNORECASE)


def _campaign_after(data: dict[str, Any]) -> re.Pattern[str]:
    """" opposent depuis l'été dernier", " se poursuivent depuis des mois": right after a trigger,
    in its clause (at most two words before the opener)."""
    opener = phrase_pattern(data.get("campaign_openers", [])).pattern
    length = phrase_pattern(data.get("campaign_lengths", [])).pattern
    return re.compile(rf"\s+(?:[\w'’-]+\s+){{0,2}}{opener}\s+(?:[\w'’-]+\s+){{0,2}}(?:\w['’])?"
                      rf"(?:{length}|\d{{4}})", re.IGNORECASE)


def _earlier(data: dict[str, Any]) -> re.Pattern[str]:
    """"au lendemain", or a count of a unit then "après" ("deux jours après")."""
    markers = phrase_pattern(data.get("earlier_markers", {})).pattern
    units = phrase_pattern(data.get("earlier_units", {})).pattern
    after = phrase_pattern(data.get("earlier_after", [])).pattern
    before = phrase_pattern(data.get("earlier_before", [])).pattern
    adverb = phrase_pattern(data.get("earlier_adverbs", [])).pattern
    return re.compile(rf"(?<!\w)(?:(?P<count>[\w-]+)\s+(?P<unit>{units})\s+(?:(?:{adverb})\s+)?"
                      rf"(?:{after}|(?P<opens>{before}))"
                      rf"|(?P<marker>{markers}))(?!\w)", re.IGNORECASE)


def _subject(data: dict[str, Any], nouns: list[str]) -> re.Pattern[str]:
    """A clause that opens with a determiner and one of ``nouns`` and has no other verb before the
    trigger ("Le véhicule de la compagnie " before "a été arrêté"): that noun is its subject."""
    determiners = elidable(data.get("subject_determiners", []))
    other_verb = phrase_pattern(data.get("clause_verbs", ["\uffff"])).pattern
    return re.compile(rf"^\s*(?:{determiners})\s*(?:{phrase_pattern(nouns).pattern})"
                      rf"(?:(?!{other_verb})[^,;:])*$", re.IGNORECASE)


def _new_subject(data: dict[str, Any]) -> re.Pattern[str]:
    """An indefinite determiner ("une", "une autre", "des"), or one and a round count ("plusieurs
    centaines d'", "une vingtaine d'"), ending the text searched."""
    determiners = phrase_pattern(data.get("determiners", ["\uffff"])).pattern
    counts = phrase_pattern(data.get("counts", ["\uffff"])).pattern
    return re.compile(rf"{determiners}(?:\s+{counts}\s+(?:{elidable(data.get('count_links', []))}))?\s*$",
                      re.IGNORECASE)


def _new_act(data: dict[str, Any]) -> re.Pattern[str]:
    """An auxiliary at most a few words after a trigger ("Une explosion a par ailleurs endommagé",
    "des hommes armés des deux formations ont aussitôt riposté"): the trigger is its subject."""
    auxiliaries = phrase_pattern(data.get("auxiliaries", ["\uffff"])).pattern
    return re.compile(rf"(?:\s+[\w'’-]+){{0,{int(data.get('words_between', 0))}}}\s+{auxiliaries}\s+\w",
                      re.IGNORECASE)


@cache
def event_lexicon(lang: str) -> EventLexicon:
    data = load_lexicon(lang, "events")
    period_then = rf"\s*(?:(?<!\w)(?:{elidable(data.get('period_determiners', []))})\s*)?(?:\w+\s+)?"
    rules = tuple(
        Rule(event_type=cast(EventType, r["event_type"]), sub_event_type=str(r["sub_event_type"]),
             pattern=phrase_pattern(r["triggers"]), modalities=frozenset(r.get("modalities", [])),
             capture=bool(r.get("capture")), by_victims=bool(r.get("by_victims")),
             if_killed=r.get("if_killed"), generic=bool(r.get("generic")), rank=n,
             not_before=re.compile(rf"\W*(?:\w+\W+)?(?:{phrase_pattern(r['not_before']).pattern})",
                                   re.IGNORECASE) if r.get("not_before") else None,
             not_after=phrase_pattern(r["not_after"]) if r.get("not_after") else None,
             not_right_after=re.compile(rf"(?<![\w-])(?:{elidable(r['not_right_after'])})\s*$",
                                        re.IGNORECASE) if r.get("not_right_after") else None,
             announced_is_planned=bool(r.get("announced_is_planned")),
             reports_occurred=bool(r.get("occurred", True)),
             yields_to=frozenset(r.get("yields_to", [])),
             not_quoted=bool(r.get("not_quoted")),
             not_with=phrase_pattern(r["not_with"]) if r.get("not_with") else None,
             only_with=phrase_pattern(r["only_with"]) if r.get("only_with") else None,
             not_subject=_subject(data, r["not_subjects"]) if r.get("not_subjects") else None)
        for n, r in enumerate(data["rules"]))
    modality = tuple((name, phrase_pattern(data["modality"][name]))
                     for name in MODALITY_ORDER if name in data["modality"])
    return EventLexicon(
        conflict_cues=phrase_pattern(data["conflict_cues"]),
        non_conflict_cues=phrase_pattern(data["non_conflict_cues"]),
        disaster_cues=phrase_pattern(data.get("disaster_cues", [])),
        min_conflict_cues=int(data["min_conflict_cues"]),
        force_cues=frozenset(word_key(cue) for cue in data.get("force_cues", [])),
        rules=rules, modality=modality,
        accident_cues=phrase_pattern(data["accident_cues"]) if data.get("accident_cues") else None,
        accident_weight=int(data.get("accident_weight", 0)),
        links={str(k): frozenset(v) for k, v in data["links"].items()},
        links_avoided={str(k): {str(victims): frozenset(kinds) for victims, kinds in v.items()}
                       for k, v in data.get("links_avoided", {}).items()},
        default_by_outcome={str(k): _kind(v) for k, v in data["default_by_outcome"].items()},
        default_by_victims={str(k): _kind(v) for k, v in data["default_by_victims"].items()},
        no_default_event=frozenset(data.get("no_default_event", [])),
        hand_kills=phrase_pattern(data.get("hand_kills", [])),
        acted_totals={str(k): phrase_pattern(v) for k, v in data.get("acted_totals", {}).items()},
        refines={str(k): frozenset(v) for k, v in data.get("refines", {}).items()},
        refines_unplaced={str(k): frozenset(v) for k, v in data.get("refines_unplaced", {}).items()},
        capture_by_state=str(data["capture_by_state"]),
        without_fighting=phrase_pattern(data.get("without_fighting", [])),
        peaceful_transfer=_kind(data["peaceful_transfer"]),
        period_opener=_ending(data.get("period_openers", ["\uffff"]), period_then),
        campaign=_campaign(data),
        campaign_after=_campaign_after(data),
        absorbed_by={str(k): frozenset(v) for k, v in data.get("absorbed_by", {}).items()},
        absorbed_after={str(k): frozenset(v) for k, v in data.get("absorbed_after", {}).items()},
        place_then_day=re.compile(r"(?:[^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*)?\s*,\s*"
                                  rf"(?:(?:{elidable(data.get('day_articles', []))})\s*)?)?"),
        anaphora=_ending(data.get("anaphora", ["\uffff"]), r"(?:\s+\w+)?"),
        repeat=_ending(data.get("repeat_markers", ["\uffff"]), r"(?:\s+\w+)?"),
        retaliation=phrase_pattern(data.get("retaliation_markers", ["\uffff"])),
        relative=phrase_pattern(data.get("relative_pronouns", [])),
        sequence=phrase_pattern(data.get("sequence_markers", ["\uffff"])),
        side_by_side=phrase_pattern(data.get("side_by_side_markers", ["\uffff"])),
        same_day=phrase_pattern(data.get("same_day_markers", [])),
        recount=phrase_pattern(data.get("recount_markers", [])),
        in_force=phrase_pattern(data.get("in_force", [])),
        onset=phrase_pattern(data.get("onset", [])),
        protester_nouns=frozenset(str(w).lower() for w in data.get("protester_nouns", [])),
        fellows_after=re.compile(rf"\s*(?:{elidable(data.get('fellows', {}).get('after_count', []))})",
                                 re.IGNORECASE),
        that_day=phrase_pattern(data.get("that_day_markers", [])),
        negation=_ending(data.get("negations", ["\uffff"])),
        one_per_town=frozenset(data.get("one_per_town", [])),
        new_complement=re.compile(rf"\s*(?:{elidable(data.get('reference_links', []))})\s*"
                                  rf"(?:{elidable(data.get('indefinite_articles', []))})", re.IGNORECASE),
        damage_of_violence=frozenset(data.get("damage_of_violence", [])),
        generic_anaphora=_definite(data),
        intent=_intent(data),
        not_violence=phrase_pattern(data.get("not_violence", [])),
        backing=phrase_pattern(data.get("backing", [])),
        continuing=phrase_pattern(data.get("continuing", [])),
        equipment=phrase_pattern(data.get("equipment", [])),
        refers_back=phrase_pattern(data.get("refers_back", [])),
        judging_lemmas=frozenset(str(w) for w in data.get("judging_lemmas", [])),
        own_losses=phrase_pattern(data.get("own_losses", [])),
        quote_open=tuple(str(q) for q in data.get("quotes", {}).get("open", [])),
        quote_close=tuple(str(q) for q in data.get("quotes", {}).get("close", [])),
        civilian_targets=phrase_pattern(data.get("civilian_targets", [])),
        civilian_objects_in=frozenset(data.get("civilian_objects_in", [])),
        military_targets=phrase_pattern(data.get("military_targets", [])),
        reference_link=re.compile(rf"\s*(?:{elidable(data.get('reference_links', []))})\s*",
                                  re.IGNORECASE),
        author_link=re.compile(rf"\s*(?:{elidable(data.get('author_links', []))})\s*", re.IGNORECASE),
        crowd=phrase_pattern(data.get("crowd_fire", {}).get("crowd", ["\uffff"])),
        protest_told=phrase_pattern(data.get("crowd_fire", {}).get("protest_words", ["\uffff"])),
        crowd_attacked=_kind(data["crowd_fire"]["otherwise"]) if "crowd_fire" in data else None,
        vague_fire=phrase_pattern(data.get("vague_fire", [])),
        striking_forces=phrase_pattern(data.get("striking_forces", [])),
        new_subject=_new_subject(data.get("new_act", {})),
        new_act=_new_act(data.get("new_act", {})),
        escalations={str(k): (_kind(v["to"]), phrase_pattern(v["cues"]))
                     for k, v in data.get("escalations", {}).items()},
        earlier=_earlier(data),
        taker_follows=_ending(data.get("taker_follows", ["\uffff"])),
        crowd_arrest=_kind(data["crowd_arrests"]["kind"]) if "crowd_arrests" in data else None,
        crowd_nouns=frozenset(data.get("crowd_arrests", {}).get("nouns", [])),
        crowd_gathering=phrase_pattern(data.get("crowd_arrests", {}).get("gathering", ["\uffff"])),
        unreal_endings=tuple(str(e) for e in data.get("unreal_verb_endings", [])),
        earlier_days={" ".join(str(k).lower().split()): int(v) for k, v in
                      {**data.get("earlier_markers", {}), **data.get("earlier_units", {})}.items()})


def _distinct(pattern: re.Pattern[str], text: str) -> set[str]:
    return {word_key(m.group(0)) for m in pattern.finditer(text)}


def about_disaster(ctx: Context, index: int) -> bool:
    """Whether sentence ``index`` tells of a disaster and of no violence ("un séisme … a fait au
    moins deux morts", in a story about an attack): its dead are no casualties of conflict."""
    lex = event_lexicon(ctx.lang)
    return ctx.search_sentence(lex.disaster_cues, index) is not None \
        and ctx.search_sentence(lex.conflict_cues, index) is None


DISASTER_FIGURE_CHARS = 80  # "le séisme du 28 mars, dont le bilan dépasse" before a figure


def of_a_disaster(ctx: Context, index: int, start: int) -> bool:
    """Whether the figure at ``start`` counts a disaster's dead: a disaster is named shortly before
    it in sentence ``index``, with no conflict cue between ("a décrété une trêve pour faciliter les
    secours après le séisme du 28 mars, dont le bilan dépasse 3 000 morts")."""
    lex = event_lexicon(ctx.lang)
    window_start = max(ctx.sentences[index].start_char, start - DISASTER_FIGURE_CHARS)
    cues = list(lex.disaster_cues.finditer(ctx.text, window_start, start))
    return bool(cues) and lex.conflict_cues.search(ctx.text, cues[-1].end(), start) is None


def about_conflict(ctx: Context) -> bool:
    """Whether the article reports armed conflict or political violence at all (see events.yaml)."""
    lex = event_lexicon(ctx.lang)
    cues = _distinct(lex.conflict_cues, ctx.text)
    if not cues - lex.force_cues:
        return False  # soldiers sent to dig through rubble: no act of conflict is named
    conflict = len(cues)
    other = len(_distinct(lex.non_conflict_cues, ctx.text))
    if lex.accident_cues is not None and lex.accident_cues.search(ctx.text):
        other += lex.accident_weight
    if ctx.sentences and about_disaster(ctx, ctx.sentence_index(ctx.dateline_end)):
        other += lex.accident_weight
    return conflict >= lex.min_conflict_cues and conflict > other


@dataclass(frozen=True)
class Trigger:
    rule: Rule
    span: Span


UNREAL_LOOKBACK = 4  # tokens before a trigger where the verb that governs it is sought


def _governed_by_unreal_verb(ctx: Context, start: int, sentence_start: int,
                             lex: EventLexicon) -> bool:
    """Whether the verb right before a trigger is conditional or future ("limiteraient leurs
    attaques", "mèneront des frappes")."""
    first = ctx.token_from(start)
    for token in reversed(ctx.doc[max(0, first - UNREAL_LOOKBACK):first]):
        if token.idx < sentence_start or token.is_punct:
            return False
        if token.pos_ in ("VERB", "AUX"):
            tense = token.morph.get("Tense", [])
            # the tagger reads some conditionals as presents ("limiteraient"); an imperfect it
            # recognises ("livraient", "tiraient") only ends like one
            return "Cnd" in token.morph.get("Mood", []) or "Fut" in tense or \
                ("Imp" not in tense and token.lower_.endswith(lex.unreal_endings))
    return False


SPEECH_WORDS = 6  # a quotation this long is someone's speech, not a word in quotes (« terroristes »)


def _quoted_speech(ctx: Context, start: int, sentence_start: int) -> bool:
    """Whether ``start`` lies inside a quotation of at least SPEECH_WORDS words: what someone
    said ("« Chaque drone prouve que la Russie veut la guerre »"), not what the article reports."""
    lex = event_lexicon(ctx.lang)
    opened = max((ctx.text.rfind(q, sentence_start, start) for q in lex.quote_open), default=-1)
    if opened < 0 or max((ctx.text.rfind(q, opened, start) for q in lex.quote_close), default=-1) >= 0:
        return False
    closes = [i for i in (ctx.text.find(q, start) for q in lex.quote_close) if i >= 0]
    quoted = ctx.text[opened + 1:min(closes)] if closes else ctx.text[opened + 1:]
    return len(quoted.split()) >= SPEECH_WORDS


def _quoted_label(ctx: Context, start: int, sentence_start: int) -> bool:
    """Whether the trigger opens a short quotation and is a noun: a word someone calls people or
    acts (the authorities' « émeutiers », « casseurs ») or the name of a march or an operation (la
    « prise de Lima »), which the article quotes without reporting it. A quoted verb is the
    speaker's word for an act that was done (avoir « libéré » la ville)."""
    lex = event_lexicon(ctx.lang)
    before = ctx.text[sentence_start:start].rstrip()
    word = ctx.word_at(start)
    return before.endswith(lex.quote_open) and not _quoted_speech(ctx, start, sentence_start) \
        and (word is None or word.pos_ in ("NOUN", "PROPN"))


CLAUSE_MARKS = ",;:"  # marks that end the clause before a trigger


def _clause_before(ctx: Context, start: int, sentence_start: int) -> str:
    """The words of the trigger's clause before it: from the sentence start or the last mark."""
    opens = max([sentence_start] + [ctx.text.rfind(mark, sentence_start, start) + 1 for mark in CLAUSE_MARKS])
    return ctx.text[opens:start]


def _cancelled(ctx: Context, rule: Rule, start: int, end: int, sentence_start: int) -> bool:
    """"ont repris les combats", "les pourparlers doivent reprendre": not what the rule means;
    "depuis le début de l'offensive" a period, "pour s'emparer" an intent, "la suspension des
    frappes" a halt, "disposaient de drones" equipment: no incident."""
    if rule.not_before is not None and rule.not_before.match(ctx.text, end):
        return True
    if rule.not_with is not None and ctx.search_sentence(rule.not_with, ctx.sentence_index(start)):
        return True  # "ont ouvert le feu sur les fidèles et lancé des grenades": a shooting
    if rule.only_with is not None and not ctx.search_sentence(rule.only_with, ctx.sentence_index(start)):
        return True  # "des hélicoptères se sont lancés à leur poursuite": no fire, no strike
    if rule.not_subject is not None and rule.not_subject.search(_clause_before(ctx, start, sentence_start)):
        return True  # "Le véhicule avait été arrêté au poste de contrôle": stopped, nobody arrested
    before = ctx.text[max(sentence_start, start - CUE_CHARS):start]  # never the sentence before's
    if ctx.text[start].isupper() and not ctx.text[start + 1:end].isupper() \
            and before.rstrip()[-1:].isalnum():
        return True  # capitalised inside a sentence: a name ("un sommet à Grenade"), not the word
    if rule.not_right_after is not None and rule.not_right_after.search(before):
        return True  # "un commando armé de fusils d'assaut"
    lex = event_lexicon(ctx.lang)
    if lex.period_opener.search(before) or lex.intent.search(before) or lex.campaign.search(before) \
            or lex.campaign_after.match(ctx.text, end):  # "les combats opposent depuis l'été dernier"
        return True
    if rule.event_type in VIOLENT and (lex.not_violence.search(before) or
                                       lex.backing.search(_clause_before(ctx, start, sentence_start)) or
                                       lex.equipment.search(ctx.text, sentence_start, start)):
        return True
    if lex.negation.search(before):  # "aucune arrestation n'a été annoncée", "sans affrontements"
        return True
    if rule.not_quoted and _quoted_label(ctx, start, sentence_start):
        return True  # "l'arrestation de 739 « émeutiers »": the police's word for the protesters
    if rule.event_type in VIOLENT and _quoted_speech(ctx, start, sentence_start):
        return True  # « Chaque missile, chaque drone prouve que la Russie ne veut que la guerre »
    if rule.event_type in VIOLENT and _governed_by_unreal_verb(ctx, start, sentence_start, lex):
        return True  # "ils limiteraient désormais leurs attaques": what would be, not what was
    return rule.not_after is not None and rule.not_after.search(before) is not None


def sentence_triggers(ctx: Context, index: int) -> list[Trigger]:
    """Trigger matches in a sentence, overlaps resolved longest first, earlier rules on ties;
    found once per sentence (the event and casualty stages both ask)."""
    return list(ctx.memo(("triggers", index), lambda: _sentence_triggers(ctx, index)))


def names_violence_by_noun(ctx: Context, index: int, number: str) -> bool:
    """Whether the sentence names an act of violence by a noun of grammatical ``number``: "Sing"
    tells of one act ("dans une embuscade"), "Plur" of several ("des bombardements")."""
    for trigger in sentence_triggers(ctx, index):
        word = ctx.word_at(trigger.span.start)
        if trigger.rule.event_type in VIOLENT and word is not None and word.pos_ == "NOUN" \
                and number in word.morph.get("Number", []):
            return True
    return False


def _sentence_triggers(ctx: Context, index: int) -> list[Trigger]:
    lex = event_lexicon(ctx.lang)
    sent = ctx.sentences[index]
    found = [Trigger(rule, Span(m.start(), m.end()))
             for rule in lex.rules
             for m in rule.pattern.finditer(ctx.text, sent.start_char, sent.end_char)
             if not _cancelled(ctx, rule, m.start(), m.end(), sent.start_char)]
    found.sort(key=lambda t: (-(t.span.end - t.span.start), t.rule.rank, t.span.start))
    kept: list[Trigger] = []
    for trigger in found:
        if all(trigger.span.end <= k.span.start or trigger.span.start >= k.span.end for k in kept):
            kept.append(trigger)
    return sorted(kept, key=lambda t: t.span.start)
