"""Events: ACLED-typed incidents and developments, with date, place, actors, modality, sources.

Triggers (``bilan.extract.triggers``) mark a sentence as reporting an event; the sentence's
dates, places, actors and attribution fill it in. Mentions of one incident in several sentences
(same kind, place and day, or a later mention naming no day of its own) become one event.
Casualty statements of an incident are linked to the latest event before them that such a
figure can belong to (a death toll to violence, an arrest count to arrests); a figure with no
such event, or with its own day or town, makes one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Token

from bilan.extract.actors import (
    AGENT_WINDOW,
    CIVILIANS,
    CLAUSE_PUNCTUATION,
    EXTERNAL,
    FIGHTING_CHARS,
    NON_STATE_ARMED,
    PROTESTERS,
    STATE,
    UNIDENTIFIED,
    ActorMention,
    actor_lexicon,
    answers,
    communal_sides,
    default_initiator,
    default_target_civilians,
    find_actors,
    first_of_pair,
    fought_forces,
    joint_parties,
    object_taking_lemmas,
    resolve_actors,
    saying_lemmas,
    state_forces,
    trigger_country,
    undergoing_lemmas,
)
from bilan.extract.attribution import is_report_day, reporter_spans, sentence_source, told_by_spans
from bilan.extract.blame import blamed, blamed_in, settling_party
from bilan.extract.casualties import casualty_lexicon
from bilan.extract.context import Context, past_participle
from bilan.extract.dates import (
    DateMention,
    closes_span,
    date_lexicon,
    find_dates,
    month_end,
    named_years,
    names_onset,
    opens_span,
)
from bilan.extract.lexicon import normalise_apostrophes
from bilan.extract.numbers import find_quantities, number_lexicon, words_value
from bilan.extract.places import (
    CLAUSE_BREAK,
    TOWN_KINDS,
    approximate,
    country_location,
    headline_country,
    is_capital,
    main_country,
    other_provinces,
    place_before,
    place_lexicon,
    place_mentions,
    same_place,
    sentence_location,
    whole_country,
)
from bilan.extract.triggers import (
    CUE_CHARS,
    VIOLENT,
    EventLexicon,
    Rule,
    Trigger,
    event_lexicon,
    names_violence_by_noun,
    sentence_triggers,
)
from bilan.model import (
    Actor,
    CasualtyStatement,
    DateRange,
    Event,
    EventType,
    Location,
    Modality,
    Source,
    Span,
    Victims,
)
from bilan.resolve.geocode import distance_km, geocode

RECENT_DAYS = 7  # a document's default day is one it names at most this long before publication
PAST_AUX_TOKENS = 4  # tokens before a participle where its auxiliary is sought ("a été violemment")
CONTEXT_DAYS = 30  # days further from publication are background, used only when nothing is nearer
EARLIER_CHARS = 120  # how far before a trigger "au lendemain", "deux jours après" may stand
ANNOUNCE_CHARS = 90  # how far before a trigger a cue of its own clause may announce it
COUNT_CHARS = 30  # how far before "arrestations" a count of them may stand
HEAD_CHARS = 12  # a trigger this close after such a marker ("d'une frappe") is the phrase's head
MASS_ARRESTS = 500  # arrests this many are a country's (or a region's), not one town's
NEAR_TOWN_KM = 50  # a place told as near a town ("au sud de Cheikh Zouweid") lies this close to it
# Fire from afar: when its sentences name no one it is the foreign army the article names, if
# any; when it supports a ground assault told in the same clause it makes no event of its own
REMOTE_FIRE = ("Shelling/artillery/missile attack", "Air/drone strike")
ASSAULTS = ("Armed clash",)
FORCES = (STATE, EXTERNAL)  # state forces, at home or abroad
CLAUSE_CHARS = 100  # violent triggers this close describe one act ("le kamikaze ... ambulance piégée")
# Parties to these are named in text order ("L'armée et les FSR ont accepté une trêve"); the
# actors of violence are sought around its trigger.
IN_TEXT_ORDER = ("Strategic developments",)
# ... except these, whose doer is the trigger's subject and whose agent may be the other side
# ("l'armée de l'air affirme avoir abattu 21 missiles tirés par la Russie")
AROUND_TRIGGER = ("Disrupted weapons use",)
# One incident of these types is often told in several words ("manifestation" then "tiré sur la
# foule"); kinds of explosions are told apart, they are often separate strikes.
PROTESTS: EventType = "Protests"
RIOTS: EventType = "Riots"
MERGEABLE_TYPES = (PROTESTS, RIOTS, "Violence against civilians", "Battles")
# A battle and an attack on civilians of one day and place are two incidents ("des jihadistes ont
# pris d'assaut le camp … Trente-cinq civils ont été tués à Arbinda"), even told generically.
APART_TYPES = {"Battles", "Violence against civilians"}
CIVILIAN_VICTIMS = ("civilians", "children", "women")  # named as such: not "des personnes"
CLASH: tuple[EventType, str] = ("Battles", "Armed clash")
REMOTE: EventType = "Explosions/Remote violence"
STREET_CLASH: tuple[EventType, str] = (RIOTS, "Violent demonstration")
STREET_TYPES = (PROTESTS, RIOTS)
LOOTING: tuple[EventType, str] = ("Strategic developments", "Looting/property destruction")
ARMED_GROUPS = {2, UNIDENTIFIED, 4, EXTERNAL}  # rebels, armed and communal militias, foreign forces
ARRESTS: tuple[EventType, str] = ("Strategic developments", "Arrests")
ABDUCTION: tuple[EventType, str] = ("Violence against civilians", "Abduction/forced disappearance")
ATTACK: tuple[EventType, str] = ("Violence against civilians", "Attack")
FIRED_ON_PROTEST = "Excessive force against protesters"  # a protest's deadly repression
POLICED = "Protest with intervention"  # a protest the police broke up, with nobody killed


@dataclass
class Draft:
    """An event being assembled; frozen into an ``Event`` at the end."""

    event_type: EventType
    sub_event_type: str
    modality: Modality
    date: DateRange
    own_date: bool  # the day was written in the event's sentence
    location: Location | None
    sentences: list[int]
    mentions: list[ActorMention]
    attacker_country: str | None
    sources: list[Source] = field(default_factory=list)
    if_killed: str | None = None
    generic: bool = False
    at: int = 0  # where its first trigger stands: actors are sought around it
    joint: tuple[str, str] | None = None  # "discussions russo-américaines": its two parties
    repeats: bool = False  # "un autre missile": another act of the kind told before
    reprisal: bool = False  # "En représailles, l'artillerie a pilonné…": an act of its own
    civilians: bool = False  # its victims are named civilians ("trente-cinq civils"), not "people"
    own_place: bool = False  # the place was written in the event's sentence, not carried from before
    in_force_day: bool = False  # its day is when an agreement took effect, not when it was made
    onset_day: bool = False  # its day is when it broke out ("les combats avaient éclaté lundi")
    said_day: bool = False  # its day is only when it was told ("n'avait pas été revendiquée mercredi")
    assault: bool = False  # a generic attack on a military target ("l'attaque de deux postes de contrôle")
    vague_fire: bool = False  # told by a word of either kind of remote fire ("la frappe", "des missiles")
    backdrop: bool = False  # told only as what came before ("au lendemain de violents combats")

    def kind(self) -> tuple[EventType, str]:
        return self.event_type, self.sub_event_type


def _sentence_dates(ctx: Context, index: int, future: bool = False) -> list[tuple[DateMention, bool]]:
    """Dates named in a sentence (months too) after the dateline's filing day, each with whether
    it starts a span ("depuis jeudi")."""
    def find() -> list[tuple[DateMention, bool]]:
        sent = ctx.sentences[index]
        return [(m, opens_span(ctx.text[sent.start_char:m.span.start], ctx.lang))
                for m in find_dates(sent.text, ctx.document.published, ctx.lang, sent.start_char,
                                    future=future)
                if m.span.start >= ctx.dateline_end
                and not (m.day > ctx.document.published  # "une trêve jusqu'au 22 avril": its end to come
                         and closes_span(ctx.text[sent.start_char:m.span.start], ctx.lang))]
    return ctx.memo(("sentence dates", index, future), find)


def _named_dates(ctx: Context, index: int, future: bool = False) -> list[DateMention]:
    """Dates named in a sentence (months too), except the start of a span ("depuis jeudi") and
    the dateline's filing day."""
    def find() -> list[DateMention]:
        found = [m for m, opens in _sentence_dates(ctx, index, future) if not opens]
        return [_from_story_day(ctx, index, m, found) for m in found]
    return ctx.memo(("named dates", index, future), find)


def _from_story_day(ctx: Context, index: int, mention: DateMention,
                    found: list[DateMention]) -> DateMention:
    """"La veille", "le lendemain": counted from the day named last before it, in its sentence
    or the ones before ("Huit personnes ont été tuées mardi. La veille, un autre drone…"), where
    a day something was only said does not count."""
    if mention.story_offset is None:
        return mention

    reported = is_report_day(ctx, mention.span)

    def days(mentions: list[DateMention]) -> list[DateMention]:
        # "…, a indiqué mercredi le maire. La veille, un autre drone": a sentence before tells
        # the story's day, not the day it was said ("a annoncé samedi … la veille" counts from
        # it, and so does "La veille, les autorités faisaient état de…")
        return [m for m in mentions if not m.month_only
                and (reported or not is_report_day(ctx, m.span))]

    earlier = [m for m in found if m.span.end <= mention.span.start and not m.month_only]
    for i in range(index - 1, -1, -1):
        if earlier:
            break
        earlier = days(_named_dates(ctx, i))
    if not earlier:
        return mention
    story_day = earlier[-1].last_day or earlier[-1].day
    return replace(mention, day=story_day + timedelta(days=mention.story_offset))


def _since_day(ctx: Context, index: int) -> DateMention | None:
    """The day a sentence says its violence started ("Depuis samedi, l'artillerie turque
    pilonne…"), when that day is recent: the first day of what goes on."""
    starts = [m for m, opens in _sentence_dates(ctx, index) if opens and not m.month_only
              and 0 <= (ctx.document.published - m.day).days <= RECENT_DAYS]
    return starts[0] if starts else None


def _event_days(ctx: Context, index: int, future: bool = False) -> list[DateMention]:
    """Days named in a sentence (``_named_dates`` without the months named alone)."""
    return [m for m in _named_dates(ctx, index, future) if not m.month_only]


def _days_past_onset(ctx: Context, index: int) -> list[DateMention]:
    """``_event_days`` without a running count's start ("depuis le début, le 30 avril, de
    l'offensive")."""
    start = ctx.sentences[index].start_char
    return [m for m in _event_days(ctx, index)
            if not names_onset(ctx.text[start:m.span.start], ctx.lang)]


def _happening_days(ctx: Context, index: int) -> list[DateMention]:
    """Days a sentence says something happened on, not when it was said or found ("retrouvés
    dimanche sur le lieu de l'accrochage")."""
    return [m for m in _event_days(ctx, index) if not is_report_day(ctx, m.span)]


def _sentence_date(ctx: Context, index: int, near: int,
                   future: bool = False, near_end: int | None = None) -> DateMention | None:
    """The day nearest ``near`` in the sentence (or the words from ``near`` to ``near_end``: "des
    jeunes ont incendié jeudi" is Thursday's, not the Monday named just before "des jeunes"),
    preferring days close to publication and days things happened to days they were said ("a
    confirmé mercredi ... l'attaque de dimanche")."""
    days = _event_days(ctx, index, future)
    happened = [m for m in days if not is_report_day(ctx, m.span)] or days
    recent = [m for m in happened if abs((m.day - ctx.document.published).days) <= CONTEXT_DAYS]
    pool = recent or happened
    end = near if near_end is None else near_end

    def distance(m: DateMention) -> int:
        return near - m.span.start if m.span.start < near else max(0, m.span.start - end)
    return min(pool, key=distance) if pool else None


def _document_date(ctx: Context) -> DateRange:
    """The first day the article says something happened on shortly before publication, else the
    first day it says something was said, else the publication day. The publication day itself
    is the story's day when the article counts back from it ("Des drones ont frappé mardi …
    La veille, …"), not the day before."""
    published = ctx.document.published
    said: DateRange | None = None  # "annoncé lundi soir": a day words were said, if none other
    today: int | None = None  # the sentence that told something happening on the publication day
    for index in range(len(ctx.sentences)):
        since = _since_day(ctx, index)  # "suspendu ses frappes depuis jeudi soir": a day too
        for mention in sorted(_event_days(ctx, index) + ([since] if since else []),
                              key=lambda m: m.span.start):
            if mention.story_offset is not None and today is not None and \
                    "\n" in ctx.text[ctx.sentences[today].end_char:ctx.sentences[index].start_char]:
                return DateRange(published, published)
            if today is None and mention.day == published and not is_report_day(ctx, mention.span):
                today = index
            if 0 < (published - mention.day).days <= RECENT_DAYS:
                if not is_report_day(ctx, mention.span):
                    return mention.as_range()
                said = said or mention.as_range()
    return said or DateRange(published, published)


def _carried_date(ctx: Context, index: int) -> DateRange | None:
    """For a sentence naming no day, the last day the sentences before it in its paragraph say
    something happened on ("… ont été tués mercredi. Cinq d'entre eux ont péri dans une
    frappe…")."""
    for before in range(index - 1, -1, -1):
        if "\n" in ctx.text[ctx.sentences[before].end_char - 1:ctx.sentences[before + 1].start_char]:
            return None  # another paragraph
        days = [m for m in _happening_days(ctx, before)
                if abs((ctx.document.published - m.day).days) <= RECENT_DAYS]
        if days:
            return max(days, key=lambda m: m.span.start).as_range()
    return None


def _modality(ctx: Context, index: int, rule: Rule | None, when: DateRange, at: Span,
              own_date: bool) -> Modality:
    """The modality whose cue stands nearest the trigger in its sentence ("a annoncé des
    discussions, alors que l'ONU réclame une trêve": the talks are announced); talks announced
    for today or later are planned."""
    if rule is None:
        return "occurred"
    sent = ctx.sentences[index]
    cues = [(min(abs(m.start() - at.end), abs(at.start - m.end())), rank, name)
            for rank, (name, pattern) in enumerate(event_lexicon(ctx.lang).modality)
            if name in rule.modalities
            for m in pattern.finditer(ctx.text, sent.start_char, sent.end_char)]
    ahead = when.start > ctx.document.published or (own_date and when.start == ctx.document.published)
    if cues:
        name = min(cues)[2]
        return "planned" if name == "announced" and rule.announced_is_planned and ahead else name
    if "planned" in rule.modalities and when.start > ctx.document.published:
        return "planned"
    return "occurred"


def _capturer(text: str, lang: str, mentions: list[ActorMention], at: Span) -> ActorMention | None:
    """Who took a place: the agent right after the trigger ("reprise par l'armée"), else the
    party nearest before it, its subject ("un revers pour les paramilitaires : l'armée a annoncé
    avoir repris le quartier"), else the first party named."""
    armed = [m for m in mentions if m.kind.inter != CIVILIANS and not m.targeted]
    follows = event_lexicon(lang).taker_follows.search(text, at.start, at.end) is not None
    agent = next((m for m in armed if (m.agent or follows) and _right_after(text, at, m.span)), None)
    before = [m for m in armed if m.span.start < at.start]
    if agent is not None or not before:
        return agent or next(iter(armed), None)
    n = len(before) - 1
    while n > 0 and _coordinated(text, lang, before[n - 1].span, before[n].span):
        n -= 1  # "L'armée somalienne et des milices alliées sont entrées": the first named
    return before[n]


NEAR_WORDS = 4  # two spans this few words apart in one clause belong together


def _close_in_clause(text: str, first: Span, second: Span) -> bool:
    """Whether ``second`` follows ``first`` in its clause within NEAR_WORDS words."""
    between = text[first.end:second.start]
    return first.end <= second.start and not CLAUSE_BREAK.search(between) \
        and len(between.split()) <= NEAR_WORDS


def _coordinated(text: str, lang: str, first: Span, second: Span) -> bool:
    """Whether two mentions are joined as one subject ("l'armée somalienne et des milices")."""
    return _close_in_clause(text, first, second) \
        and actor_lexicon(lang).coordinated.search(text, first.end, second.start) is not None


def _right_after(text: str, at: Span, span: Span) -> bool:
    """Whether ``span`` follows ``at`` in its clause within a few words ("reprise mardi par
    l'armée"; not "d'El Dher, une localité tenue par les shebab")."""
    return _close_in_clause(text, at, span)


def _resolve_type(ctx: Context, rule: Rule, lex: EventLexicon, mentions: list[ActorMention],
                  victims: str | None, at: Span) -> tuple[EventType, str]:
    if rule.capture:
        if ctx.search_sentence(lex.without_fighting, ctx.sentence_index(at.start)):
            return lex.peaceful_transfer  # "se sont retirés de la ville sans livrer bataille"
        capturer = _capturer(ctx.text, ctx.lang, mentions, at)
        if capturer is not None and capturer.kind.inter in (STATE, EXTERNAL):
            return rule.event_type, lex.capture_by_state
    # a generic attack is typed by its victims as their figures would type it (events.yaml's
    # default_by_victims): on civilians or people, violence against civilians
    by_victims = lex.default_by_victims.get(victims) if rule.by_victims and victims else None
    if by_victims is not None and by_victims[0] == "Violence against civilians":
        return by_victims
    return rule.event_type, rule.sub_event_type


def _sentence_actors(ctx: Context, index: int) -> list[ActorMention]:
    """The actors a sentence mentions, except who only reports ("selon la police")."""
    def find() -> list[ActorMention]:
        sent = ctx.sentences[index]
        reporters = reporter_spans(ctx, index)
        # not the object of a verb that takes one ("…, a accusé les rebelles")
        taking = object_taking_lemmas(ctx.lang)
        tellers = [span for at, span in told_by_spans(ctx, index)
                   if not any(t.lemma_ in taking for t in ctx.doc.char_span(
                       at, span.start, alignment_mode="expand") or ())]
        found = [_with_role(ctx, _with_nationality(ctx, _in_power(ctx, m)))
                 for m in find_actors(ctx.text, sent.start_char, sent.end_char, ctx.lang)
                 if not any(s.start <= m.span.start < s.end for s in reporters)
                 and not (m.kind.inter == STATE and _is_adjective(ctx, m.span))
                 and not _written_as_place(ctx, m.span)]
        # "…, a annoncé dimanche la police", "…, a indiqué un officier de police": who tells it
        return [replace(m, speaker=True) if not (m.agent or m.subject)
                and any(s.start <= m.span.start < s.end for s in tellers) else m for m in found]
    return ctx.memo(("actors", index), find)


def _in_power(ctx: Context, mention: ActorMention) -> ActorMention:
    """A movement that has since taken power ("les talibans" after August 2021) is its country's
    state forces in articles published from then on."""
    taken = actor_lexicon(ctx.lang).in_power.get(mention.kind.name)
    if taken is None or ctx.document.published < taken[0]:
        return mention
    return replace(mention, kind=taken[1])


def _written_as_place(ctx: Context, span: Span) -> bool:
    """"arrêté à Moscou": a capital or country after "à", "en", "aux" is where, not who."""
    places = ctx.memo("place starts", lambda: {m.span.start for m in place_mentions(ctx)})
    return span.start in places and actor_lexicon(ctx.lang).place_marker.search(
        ctx.text, max(0, span.start - CUE_CHARS), span.start) is not None


def _with_nationality(ctx: Context, mention: ActorMention) -> ActorMention:
    """Armed forces named without a nationality ("L'armée a déclaré…") are those of the nearest
    state forces named with one before them ("l'armée israélienne"), if any."""
    words = " ".join(ctx.text[mention.span.start:mention.span.end].lower().split())
    if mention.kind.inter != STATE or mention.home is not None \
            or words not in actor_lexicon(ctx.lang).coreferent_forces:
        return mention  # "le gouvernement", "la police": the country's own
    qualified = ctx.memo("qualified state forces", lambda: [
        m for m in find_actors(ctx.text, 0, len(ctx.text), ctx.lang)
        if m.kind.inter == STATE and m.home is not None])
    before = [m for m in qualified if m.span.start < mention.span.start]
    if not before:
        return mention
    # "les Forces armées maliennes … le ministère russe de la Défense … L'armée a affirmé": once
    # the story's own forces have been named, bare "l'armée" is theirs; "ses troupes" is its subject's
    home = headline_country(ctx) or main_country(ctx)
    if home is not None and not _possessed(ctx, mention.span) and any(m.home == home for m in before):
        return replace(mention, country=home)
    return replace(mention, country=before[-1].home)


def _possessed(ctx: Context, span: Span) -> bool:
    """Whether a possessive stands right before ``span`` ("ses troupes", "son armée")."""
    words = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or words.start == 0:
        return False
    first, before = words[0], ctx.doc[words.start - 1]
    return any("Yes" in t.morph.get("Poss", []) for t in (first, before))


def _with_role(ctx: Context, mention: ActorMention) -> ActorMention:
    """The mention marked as the subject of an action ("des hommes armés ont tiré") or as one
    who only speaks ("a annoncé l'armée", "l'armée a annoncé"); "l'armée a déclaré avoir tiré"
    reports its own act. Read from part-of-speech tags: the pipeline has no parser."""
    words = ctx.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if words is None:
        return mention
    lex = actor_lexicon(ctx.lang)
    window = max(0, mention.span.start - TARGET_CHARS)
    if lex.targeting.search(ctx.text, window, mention.span.start):
        mention = replace(mention, targeted=True)  # "l'assaut contre la base de l'ONU"
    if lex.aimed_at.search(ctx.text, window, mention.span.start):
        # "ont bombardé des positions du Hamas", "des postes de l'armée ont été attaqués"
        mention = replace(mention, targeted=True, aimed_at=True)
    holder = lex.holder.search(ctx.text, max(0, mention.span.start - HOLDER_CHARS), mention.span.start)
    if holder is not None:
        # "des positions tenues par les jihadistes", "le camp, où sont retranchés les islamistes":
        # the strike was aimed at who holds the post or hides in the place; "le village, contrôlé
        # par les rebelles": who holds a place hit did not strike it
        aimed = lex.entrenched.search(holder.group(0)) is not None or lex.target_nouns.search(
            ctx.text, max(0, holder.start() - HOLDER_CHARS), holder.start()) is not None
        mention = replace(mention, held=True, agent=False, targeted=aimed, aimed_at=aimed)
    if lex.supporting.search(ctx.text, window, mention.span.start):
        mention = replace(mention, ally=True)  # "en soutien aux troupes afghanes"
    if lex.held_place.search(ctx.text, window, mention.span.start):
        mention = replace(mention, held=True)  # "une localité rebelle"
    if lex.owned.search(ctx.text, window, mention.span.start):
        mention = replace(mention, owner=True)  # "ont incendié un poste de police"
    saying = saying_lemmas(ctx.lang)
    preceding = list(ctx.doc[max(0, words.start - 3):words.start])
    counted = next((t for t in reversed(preceding) if t.pos_ != "ADJ"), None)
    if (counted is not None and counted.pos_ == "NUM") or _members_counted(ctx, words.start):
        mention = replace(mention, counted=True)
    before = next((t for t in reversed(preceding) if t.pos_ != "DET"), None)
    if before is not None and before.pos_ == "VERB" and before.lemma_ in saying \
            and before.lemma_ not in object_taking_lemmas(ctx.lang):
        return replace(mention, speaker=True)  # "…, a annoncé le gouvernement"
    if mention.agent:  # "une frappe attribuée aux FSR par les autorités locales avait dévasté"
        return mention
    # past a name in apposition: "le président Volodymyr Zelensky a dénoncé"
    after = [t for t in ctx.doc[words.end:words.end + 6] if t.pos_ not in ("ADV", "PRON", "ADJ", "PROPN")]
    if not after or after[0].pos_ not in ("AUX", "VERB"):
        return mention
    if any("Rel" in t.morph.get("PronType", []) for t in preceding):
        return mention  # "…, où les soldats américains achèvent leur retrait": another clause
    # "Moscou a par ailleurs annoncé": an adverbial phrase may part the auxiliary from its verb
    verbs = [t for t in after[:3] if t.pos_ == "VERB"]
    verb = next((t for t in verbs if t.lemma_ in saying), verbs[0] if verbs else after[0])
    if verb.lemma_ in saying:
        own_act = _infinitive_follows(ctx, verb.i + 1)
        return replace(mention, subject=True) if own_act else replace(mention, speaker=True)
    return replace(mention, subject=True)


def _members_counted(ctx: Context, i: int) -> bool:
    """Whether the party named from token ``i`` on is that of members a figure counts ("tuant deux
    miliciens des YBS", "trois combattants du M23"): the victims' side, not the attackers."""
    tokens = list(reversed(ctx.doc[max(0, i - 6):i]))
    links = actor_lexicon(ctx.lang).member_links
    k = 0
    while k < len(tokens) and normalise_apostrophes(tokens[k].lower_) in links:
        k += 1
    if k == 0 or k >= len(tokens) or tokens[k].pos_ != "NOUN":
        return False
    k += 1
    while k < len(tokens) and tokens[k].pos_ == "ADJ":
        k += 1
    return k < len(tokens) and tokens[k].pos_ == "NUM"


def _infinitive_follows(ctx: Context, i: int) -> bool:
    """Whether an infinitive follows a verb of saying, past a day or a pronoun ("a annoncé
    vendredi avoir repris", "affirme s'être emparé"): the speaker tells its own act."""
    for token in ctx.doc[i:i + 3]:
        if "Inf" in token.morph.get("VerbForm", []):
            return True
        if token.pos_ not in ("NOUN", "PROPN", "ADV", "PRON"):
            return False
    return False


HOLDER_CHARS = 30  # how far before a party "tenues par les" may start, and a post before that
TARGET_CHARS = 40  # "contre la base de l'ONU": "contre" this close before a party makes it the target
CLAUSE_END = re.compile(r"[,;:«»()]|\s[–—]\s")


def _parties(ctx: Context, index: int, event_type: str, at: Span) -> list[ActorMention]:
    """The actors of an event: for developments, those named up to the end of the trigger's
    clause ("Malgré l'annonce d'une trêve par la Russie, les forces du régime ont bombardé…": the
    truce is Russia's alone); for violence, the whole sentence's."""
    mentions = _sentence_actors(ctx, index)
    if event_type in VIOLENT:
        mentions = [_in_the_act(ctx, m, at) for m in _side_by_side(ctx, mentions, at)]
    if event_type not in IN_TEXT_ORDER:
        return mentions
    sent = ctx.sentences[index]
    end = CLAUSE_END.search(ctx.text, at.end, sent.end_char)
    mentions = sorted(mentions + _states_named(ctx, index, mentions), key=lambda m: m.span.start)
    return [m for m in mentions if end is None or m.span.start < end.start()]


def _in_the_act(ctx: Context, mention: ActorMention, at: Span) -> ActorMention:
    """A mention with its part in the act at ``at`` read from the words around it: the agent of
    another verb, hit by the act, its passive subject, or its author named after a noun."""
    for role in (_agent_of_another, _agent_of_participle, _hit_by, _undergoes, _comes_under, _of_the_act):
        mention = role(ctx, mention, at)
    return mention


def _agent_of_another(ctx: Context, mention: ActorMention, at: Span) -> ActorMention:
    """An agent after the trigger is not its author when it is the agent of another participle in a
    clause set off after the trigger ("des tirs ont tué quatre civils, selon la mairie, contrôlée
    par les séparatistes": the separatists control the town hall)."""
    if not mention.agent or mention.span.start < at.end:
        return mention
    before = ctx.doc.char_span(at.end, mention.span.start, alignment_mode="contract")
    if before is None:
        return mention
    verb = next((t for t in reversed(before) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or "Part" not in verb.morph.get("VerbForm", []) or verb.i == 0 \
            or ctx.doc[verb.i - 1].text != ",":
        return mention
    return replace(mention, agent=False, aside=True)


def _agent_of_participle(ctx: Context, mention: ActorMention, at: Span) -> ActorMention:
    """An agent right after a noun trigger is not its author when the trigger stands in the
    complement of a past participle before it, whose agent it is ("avant d'être repoussés au terme
    de plusieurs heures de combats par l'armée": the army repelled, the fight is the attackers')."""
    if not mention.agent or mention.span.start < at.end or not _is_noun(ctx, at.start):
        return mention
    after = ctx.doc.char_span(at.end, mention.span.start, alignment_mode="contract")
    if after is None or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in after):
        return mention  # "l'assaut lancé vendredi par les shebab": the trigger's own participle
    trigger = ctx.word_at(at.start)
    sent = ctx.sentence_at(at.start)
    if trigger is None:
        return mention
    for word in reversed(ctx.doc[max(0, trigger.i - COMPLEMENT_WORDS):trigger.i]):
        if word.idx < sent.start_char or word.is_punct or word.pos_ == "AUX":
            return mention
        if word.pos_ == "VERB":
            if past_participle(word):
                return replace(mention, agent=False)
            return mention
    return mention


COMPLEMENT_WORDS = 8  # how many words may part a participle from the noun in its complement


def _undergoes(ctx: Context, mention: ActorMention, at: Span) -> ActorMention:
    """The mention marked as hit when it is the subject of the trigger as a passive verb ("l'épouse
    du ministre a été enlevée": it befell them; the verb's own participle of being must be there,
    as "est entrée" or "s'en sont pris" are no passives)."""
    if mention.span.end > at.start or mention.subject is False:
        return mention
    between = ctx.doc.char_span(mention.span.end, at.start, alignment_mode="expand")
    trigger = ctx.doc.char_span(at.start, at.end, alignment_mode="expand")
    if between is None or trigger is None or trigger[0].pos_ != "VERB" \
            or "Pass" not in trigger[0].morph.get("Voice", []):
        return mention
    auxiliaries = [t for t in between if t.pos_ == "AUX"]
    if not any("Part" in t.morph.get("VerbForm", []) for t in auxiliaries) \
            or any(t.pos_ in ("VERB", "NOUN", "PUNCT") for t in between):
        return mention
    return replace(mention, hit=True, subject=False)


def _comes_under(ctx: Context, mention: ActorMention, at: Span) -> ActorMention:
    """The mention marked as hit when the verb right before the trigger, in its clause, is one of
    undergoing (actors.yaml ``undergoing_lemmas``): "les policiers ont essuyé vendredi des tirs
    de mortier" were fired on."""
    if mention.span.end > at.start or mention.agent:
        return mention
    between = ctx.doc.char_span(mention.span.end, at.start, alignment_mode="contract")
    if between is None or any(t.pos_ == "PUNCT" for t in between):
        return mention
    verbs = [t for t in between if t.pos_ == "VERB"]
    if not verbs or verbs[-1].lemma_ not in undergoing_lemmas(ctx.lang) \
            or any(t.pos_ in ("VERB", "AUX", "PRON") for t in between[verbs[-1].i - between.start + 1:]):
        return mention
    return replace(mention, hit=True, subject=False)


def _of_the_act(ctx: Context, mention: ActorMention, at: Span) -> ActorMention:
    """The party named right after a noun trigger by "de" is its author ("une attaque des FSR
    contre Oum Soumeima", "l'offensive des talibans"), as an agent is."""
    if mention.span.start < at.end or mention.counted or mention.hit or not _is_noun(ctx, at.start) \
            or not event_lexicon(ctx.lang).author_link.fullmatch(ctx.text, at.end, mention.span.start):
        return mention
    return replace(mention, agent=True)


def _side_by_side(ctx: Context, mentions: list[ActorMention], at: Span) -> list[ActorMention]:
    """``mentions`` without those another act's clause holds ("Le Hezbollah a revendiqué des
    tirs …, tandis qu'une frappe israélienne a tué deux de ses combattants")."""
    lex = event_lexicon(ctx.lang)
    return [m for m in mentions
            if not lex.side_by_side.search(ctx.text, min(m.span.end, at.end), max(m.span.start, at.start))]


def _states_named(ctx: Context, index: int, mentions: list[ActorMention]) -> list[ActorMention]:
    """Countries and capitals a development's sentence names as parties, not as places ("le
    cessez-le-feu entre Israël et le Hamas", "Kiev s'est dit prêt"): their governments."""
    sent = ctx.sentences[index]
    kind = actor_lexicon(ctx.lang).government
    if kind is None:
        return []
    return [ActorMention(replace(kind, country=m.place.country), m.span, None)
            for m in place_mentions(ctx)
            if sent.start_char <= m.span.start < sent.end_char
            and (m.place.kind == "country" or is_capital(m.place))
            and not (m.locative or m.dateline or _written_as_place(ctx, m.span))
            and not any(a.span.start < m.span.end and m.span.start < a.span.end for a in mentions)]


HIT_CHARS = 80  # how far before a trigger "a été tué … par une" may make a party the one hit


def _hit_by(ctx: Context, mention: ActorMention, at: Span) -> ActorMention:
    """The mention marked as hit when the trigger is the agent of a verb of harm after it ("le
    numéro deux du Hamas a été tué mardi par une frappe de drone": Hamas was struck)."""
    if mention.span.end > at.start or at.start - mention.span.end > HIT_CHARS:
        return mention
    lex = actor_lexicon(ctx.lang)
    agent = lex.agent.search(ctx.text, max(mention.span.end, at.start - AGENT_WINDOW), at.start)
    if agent is None or ";" in ctx.text[mention.span.end:agent.start()]:
        return mention
    if lex.hit.search(ctx.text, mention.span.end, agent.start()) is None:
        return mention
    return replace(mention, hit=True)


ATTRIBUTED_CHARS = 60  # how far after a trigger "attribuée à Israël" may start


def _attributed_country(ctx: Context, at: Span) -> str | None:
    """The country a trigger is attributed to in its own phrase ("une frappe de drone attribuée
    à Israël", "des frappes imputées au Pakistan"), if any."""
    lex = actor_lexicon(ctx.lang)
    cue = lex.attributed.search(ctx.text, at.end, at.end + ATTRIBUTED_CHARS)
    if cue is None or lex.phrase_break.search(ctx.text, at.end, cue.start()):
        return None
    country = next((m for m in place_mentions(ctx) if m.place.kind == "country"
                    and m.span.start == cue.end()), None)
    return country.place.country if country else None


AIRCRAFT_BEFORE_CHARS = 60  # "quatre Rafale partis de France ont bombardé": warplanes as the subject


def _aircraft_before(ctx: Context, at: int) -> re.Match[str] | None:
    """The warplanes named in the trigger's clause before it, its subject ("deux chasseurs F-16
    ont largué des bombes"), if any."""
    start = max(0, at - AIRCRAFT_BEFORE_CHARS)
    found = list(actor_lexicon(ctx.lang).aircraft.finditer(ctx.text, start, at))
    if not found or CLAUSE_END.search(ctx.text, found[-1].end(), at):
        return None
    return found[-1]


def _unmanned_not_told(ctx: Context, draft: Draft, sub_event_type: str) -> bool:
    """Whether a strike of a sub-type flown by warplanes or drones ("Air/drone strike") names no
    drone in its sentences ("une autre frappe a tué une femme et ses deux enfants"): then it is a
    warplane's, flown by state forces, whatever the article pins on an armed group."""
    lex = actor_lexicon(ctx.lang)
    if sub_event_type not in lex.aircraft_strikes:
        return False
    return not any(lex.unmanned.search(ctx.text, ctx.sentences[i].start_char, ctx.sentences[i].end_char)
                   for i in set(draft.sentences))


def _aircraft_country(ctx: Context, at: Span) -> str | None:
    """The country of the warplanes that are the trigger's subject ("une douzaine de Mirage 2000
    indiens avaient largué leurs bombes")."""
    plane = _aircraft_before(ctx, at.start)
    if plane is None:
        return None
    return trigger_country(ctx.text, Span(plane.start(), plane.end()), ctx.lang)


def _is_adjective(ctx: Context, span: Span) -> bool:
    """"des discussions militaires": a word for state forces used as an adjective names no one
    (unlike "des combattants jihadistes")."""
    words = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    return words is not None and len(words) == 1 and words[0].pos_ == "ADJ"


def _speaks_of_future(ctx: Context, index: int, rule: Rule | None) -> bool:
    """Whether the sentence plans what its trigger names ("les pourparlers doivent reprendre
    mardi"): its weekdays are then ahead of publication."""
    if rule is None or "planned" not in rule.modalities:
        return False
    planned = event_lexicon(ctx.lang).cues_of("planned")
    return planned is not None and ctx.search_sentence(planned, index) is not None


def _draft(ctx: Context, index: int, kind: tuple[EventType, str], rule: Rule | None, at: Span,
           default_date: DateRange) -> Draft:
    own = _sentence_date(ctx, index, at.start, future=_speaks_of_future(ctx, index, rule), near_end=at.end)
    if (own is None and kind[0] in VIOLENT) or (own is not None and is_report_day(ctx, own.span)):
        # "Depuis samedi, l'artillerie pilonne", "450 personnes ont été arrêtées depuis samedi, a
        # déclaré mardi le gouverneur": what goes on is dated from its first day, not the day told
        own = _since_day(ctx, index) or own
    when = own.as_range() if own else _after_night(ctx, index, _carried_date(ctx, index) or default_date)
    modality = _modality(ctx, index, rule, when, at, own is not None)
    # "La CPC, qui avait annoncé mercredi une trêve": a development is made the day it is announced
    announced = _announcement_day(ctx, index, at) \
        if modality == "announced" and kind[0] in IN_TEXT_ORDER else None
    if announced is not None:
        own, when = announced, announced.as_range()
    source = sentence_source(ctx, index)
    place = sentence_location(ctx, index, near=at.start)  # else the place told before it
    return Draft(kind[0], kind[1], modality, when,
                 own is not None,
                 place or place_before(ctx, index, town=True), [index],
                 _parties(ctx, index, kind[0], at),
                 (trigger_country(ctx.text, at, ctx.lang) or _attributed_country(ctx, at)
                  or _aircraft_country(ctx, at)) if rule else None,
                 [source] if source else [],
                 # "if killed" belongs to the rule's own type, not to one its cues escalated it to
                 rule.if_killed if rule and kind[0] == rule.event_type else None,
                 generic=rule.generic if rule else True,  # a toll names no kind of act
                 at=at.start,
                 joint=joint_parties(ctx.text, at, ctx.lang) if kind[0] in IN_TEXT_ORDER else None,
                 own_place=place is not None,
                 in_force_day=own is not None and _in_force_day(ctx, index, own),
                 onset_day=own is not None and _onset_day(ctx, index, own, at),
                 said_day=own is not None and is_report_day(ctx, own.span),
                 vague_fire=rule is not None and kind[1] in REMOTE_FIRE
                 and event_lexicon(ctx.lang).vague_fire.fullmatch(ctx.text, at.start, at.end) is not None)


def _after_night(ctx: Context, index: int, when: DateRange) -> DateRange:
    """For a sentence naming no day, told "dans la matinée" after a night the article told ("dans
    la nuit de mardi à mercredi"), whose first day it was given: the morning after, the next day."""
    if ctx.search_sentence(date_lexicon(ctx.lang).after_night, index) is None:
        return when
    nights = [m for before in range(index) for m in _event_days(ctx, before) if m.night]
    if not nights or nights[-1].day != when.start or when.end != when.start:
        return when
    day = when.start + timedelta(days=1)
    return DateRange(day, day, when.evidence)


def _announcement_day(ctx: Context, index: int, at: Span) -> DateMention | None:
    """The day an announced development was told on, nearest its trigger ("un cessez-le-feu avait
    été annoncé jeudi soir …, mais des tirs ont repris vendredi"), not the day it takes effect ("à
    compter de mardi"): its own day, though other acts prefer the days things happened on."""
    said = [m for m in _event_days(ctx, index)
            if is_report_day(ctx, m.span) and not _in_force_day(ctx, index, m)]
    return min(said, key=lambda m: abs(m.span.start - at.start)) if said else None


IN_FORCE_CHARS = 25  # how far before a day "entré en vigueur" may stand to make it the day it took effect


def _in_force_day(ctx: Context, index: int, day: DateMention) -> bool:
    """Whether a day is the one an agreement took effect ("est entré en vigueur dimanche à 6
    heures"): the day it was made, told elsewhere ("la trêve a été annoncée samedi"), is its date."""
    start = max(ctx.sentences[index].start_char, day.span.start - IN_FORCE_CHARS)
    return event_lexicon(ctx.lang).in_force.search(ctx.text, start, day.span.start) is not None


def _onset_day(ctx: Context, index: int, day: DateMention, at: Span) -> bool:
    """Whether a day is the one the incident a trigger at ``at`` names broke out on ("Les combats
    avaient éclaté dans la nuit de lundi à mardi", "La prise d'otages avait commencé mercredi"):
    its first day, before the days it went on that other mentions name. The trigger is the
    subject, in the clause of the day ("Les violences avaient éclaté dimanche, deux jours après
    l'enlèvement": not the kidnapping's)."""
    if at.end > day.span.start or CLAUSE_END.search(ctx.text, at.end, day.span.start):
        return False
    start = max(ctx.sentences[index].start_char, at.end, day.span.start - IN_FORCE_CHARS)
    return event_lexicon(ctx.lang).onset.search(ctx.text, start, day.span.start) is not None


def _refines(a: Draft, b: Draft, lex: EventLexicon) -> bool:
    """Whether ``a``'s kind is a more precise telling of ``b``'s (a suicide bombing of an IED)."""
    return a.event_type == b.event_type and b.sub_event_type in lex.refines.get(a.sub_event_type, ())


def _refines_unplaced(a: Draft, b: Draft, lex: EventLexicon) -> bool:
    """Whether ``a``, told with a place of its own, names more precisely ``b``, told with none (the
    capture of a town the offensive told before took)."""
    return a.event_type == b.event_type and a.own_place and not b.own_place \
        and b.sub_event_type in lex.refines_unplaced.get(a.sub_event_type, ())


def _same_incident(a: Draft, b: Draft, lex: EventLexicon) -> bool:
    """Same kind (or a generic mention of violence, or one type of event that reports rarely
    split: a protest, a riot, an attack on civilians, a battle) and modality, same place if both
    have one, same day unless one names none. Air strikes and shelling of one day stay apart."""
    here = a.location is None or b.location is None or same_place(a.location, b.location) or (
        a.location.country == b.location.country and (
            max(a.location.precision, b.location.precision) == 3  # "au Soudan" and "à Khartoum"
            # a village the gazetteer lacks may be the town named, not another named village
            # nor one of another province ("le district de Khewa, dans la province de Nangarhar")
            or ((a.location.lat is None or b.location.lat is None)
                and max(a.location.precision, b.location.precision) > 1
                and not other_provinces(a.location, b.location))))
    same_day = a.date.start == b.date.start or not (a.own_date and b.own_date) \
        or _told_after(a, b) or _told_after(b, a)
    generic = (a.generic or b.generic) and a.event_type in VIOLENT and b.event_type in VIOLENT \
        and not ({a.event_type, b.event_type} == APART_TYPES and (a.civilians or b.civilians))
    same_type = a.event_type == b.event_type and a.event_type in MERGEABLE_TYPES
    alike = a.kind() == b.kind() or generic or same_type or _refines(a, b, lex) or _refines(b, a, lex) \
        or _one_fire(a, b) or _policed_riot(a, b)
    return alike and a.modality == b.modality and here and same_day


SAID_AFTER_DAYS = 7  # how long after an act the day it was acknowledged or claimed may come


def _told_after(a: Draft, b: Draft) -> bool:
    """Whether ``a``, dated only by the day it was told ("a reconnu mardi une frappe", "L'attaque a
    été revendiquée mercredi"), may be ``b``, an act of its type told at the same named place on a
    day it happened shortly before: the act acknowledged, not one of the day it was told (civilians
    killed, said on Wednesday, are no ambush of Tuesday's)."""
    return a.said_day and b.own_date and not b.said_day and a.event_type == b.event_type \
        and 0 < (a.date.start - b.date.start).days <= SAID_AFTER_DAYS \
        and a.location is not None and b.location is not None and same_place(a.location, b.location)


def _one_fire(existing: Draft, draft: Draft) -> bool:
    """Whether ``draft``, remote fire told by a word of either kind ("deux vagues de bombardements",
    "des missiles ont pulvérisé ce bâtiment"), may tell again the air strike or shelling told before."""
    return draft.vague_fire and {existing.sub_event_type, draft.sub_event_type} == set(REMOTE_FIRE)


def _policed_riot(existing: Draft, draft: Draft) -> bool:
    """Whether ``draft`` is only the police's intervention in the riot ``existing`` ("La police a
    dispersé les émeutiers à coups de gaz lacrymogène", "lançant des pierres ; les policiers ont
    répliqué par des tirs de gaz lacrymogène"): one riot, not a protest too."""
    return existing.event_type == RIOTS and draft.kind() == (PROTESTS, POLICED)


def _other_countries(a: Location | None, b: Location | None) -> bool:
    """Whether two towns lie in countries known to differ ("En Irak voisin, onze soldats ont été
    tués dans l'attaque d'un poste … au nord de Bagdad" tells no more of the attack on a Syrian
    prison). A country alone is too often the other party's to tell."""
    return a is not None and b is not None and max(a.precision, b.precision) < 3 \
        and bool(a.country and b.country) and a.country != b.country


def _within(town: Location, area: Location) -> bool:
    """Whether ``town`` may lie in the rougher ``area`` it would make more precise: a place near a
    town ("au sud de Cheikh Zouweid") is not narrowed to a town far from it ("au Caire")."""
    if area.precision == 3 or town.lat is None or town.lon is None or area.lat is None or area.lon is None:
        return True
    return distance_km(town.lat, town.lon, area.lat, area.lon) <= NEAR_TOWN_KM


def _fatalities(ctx: Context, statements: list[CasualtyStatement]) -> int:
    """ACLED's conservative count: per victim group the lowest figure, summed over groups; the
    soldiers of each side are groups of their own ("vingt militaires tués dans les rangs
    arméniens", "la perte de 31 soldats azerbaïdjanais" make 51).

    A toll of unspecified "people" competes with the groups' sum (one source counts "134
    villageois", another "160 personnes"): the lower of the two is kept.
    """
    tolls = [(s, _side(ctx, s)) for s in statements
             if s.outcome == "killed" and s.subset_of is None and s.scope == "incident"]
    by_side = len({side for _, side in tolls if side is not None}) > 1  # one side named: no split
    lowest: dict[tuple[str, str | None], int] = {}
    for s, side in tolls:
        group = (s.victims, side if by_side else None)
        lowest[group] = min(lowest.get(group, s.quantity.value), s.quantity.value)
    people = lowest.pop(("people", None), None)
    groups = sum(lowest.values())
    if people is None:
        return groups
    if groups == 1 < people:  # "28 morts" and "une femme" told apart: one of them, not a recount
        groups = 0
    return min(groups, people) if groups else people


SIDE_CHARS = 50  # a nationality this soon after a figure, in its clause, says whose dead they are


def _side(ctx: Context, stmt: CasualtyStatement) -> str | None:
    """The country a figure's dead belong to, by the nationality written right after it
    ("63 militaires russes", "20 militaires tués dans les rangs arméniens")."""
    end = stmt.quantity.span.end
    stop = CLAUSE_BREAK.search(ctx.text, end, end + SIDE_CHARS)
    window = ctx.text[end:stop.start() if stop else end + SIDE_CHARS]
    lex = place_lexicon(ctx.lang)
    found = lex.demonyms.search(window)
    if found:
        return lex.demonym_country[found.group(1).lower()]
    # "Bakou a reconnu la perte de 31 soldats": a government counting its own losses
    before = ctx.text[max(0, stmt.quantity.span.start - SIDE_CHARS):stmt.quantity.span.start]
    if stmt.source is None or not event_lexicon(ctx.lang).own_losses.search(before):
        return None
    place = geocode(stmt.source.name)
    return place.country if place is not None and (place.kind == "country" or is_capital(place)) else None


class _Events:
    """The drafts of one document, merged as they are added."""

    def __init__(self, published: date, lex: EventLexicon) -> None:
        self.drafts: list[Draft] = []
        self.published = published
        self.lex = lex

    def _is_background(self, when: DateRange) -> bool:
        """A day long before publication: context ("le coup d'État du 25 octobre 2021")."""
        return abs((self.published - when.start).days) > CONTEXT_DAYS

    def add(self, draft: Draft, anaphoric: bool = False, same_type_only: bool = False,
            same_country: bool = False, any_street: bool = False) -> int:
        """Add ``draft`` as a new event or as one more mention of an event already drafted; an
        ``anaphoric`` mention ("ces combats") joins the latest event of its type (or of any kind of
        violence unless ``same_type_only``; with ``any_street``, else the latest protest or riot)."""
        # "un autre missile", "en représailles": another act
        n = None if draft.repeats or draft.reprisal else _closest(
            draft, [n for n, existing in enumerate(self.drafts) if _same_incident(existing, draft, self.lex)],
            self.drafts)
        if n is None and anaphoric and not draft.reprisal:
            n = self._latest_alike(draft, same_type_only, same_country)
            if n is None and any_street:  # "les manifestants" of a riot told before
                n = self._latest([n for n, d in enumerate(self.drafts) if d.event_type in STREET_TYPES])
            if n is None and draft.event_type == ATTACK[0]:
                # "Le président a qualifié la tuerie d'injustifiable" after police fired on
                # protesters: with no act of its own type (or kind of violence) told, the deadly
                # violence told before
                n = self._latest_deadly(draft, same_country)
        if n is None:
            self.drafts.append(draft)
            return len(self.drafts) - 1
        self._merge(self.drafts[n], draft)
        return n

    def join(self, n: int, draft: Draft) -> None:
        """Add ``draft`` as one more mention of the ``n``-th event, whatever its kind."""
        self._merge(self.drafts[n], draft)

    def _latest_alike(self, draft: Draft, same_type_only: bool, same_country: bool) -> int | None:
        violent = draft.event_type in VIOLENT and not same_type_only
        return self._latest([n for n, d in enumerate(self.drafts)
                             if (d.event_type == draft.event_type or (violent and d.event_type in VIOLENT))
                             and not (same_type_only and _another_days_act(d, draft))
                             and not (same_country and draft.event_type in VIOLENT
                                      and _other_countries(d.location, draft.location))])

    def _latest_deadly(self, draft: Draft, same_country: bool) -> int | None:
        return self._latest([n for n, d in enumerate(self.drafts)
                             if (d.event_type in VIOLENT or d.sub_event_type == FIRED_ON_PROTEST)
                             and not (same_country and _other_countries(d.location, draft.location))])

    def _latest(self, candidates: list[int]) -> int | None:
        """Of the events ``candidates`` index, the one told last."""
        return max(candidates, key=lambda n: (max(self.drafts[n].sentences), n), default=None)

    def _merge(self, existing: Draft, draft: Draft) -> None:
        if (existing.generic and not draft.generic and not _assault_kept(existing, draft)) \
                or _refines(draft, existing, self.lex) or _refines_unplaced(draft, existing, self.lex) \
                or _told_after(existing, draft):  # the act told as it happened, not as acknowledged
            existing.event_type, existing.sub_event_type = draft.event_type, draft.sub_event_type
            existing.generic, existing.if_killed = False, draft.if_killed
        if draft.location is not None and (existing.location is None or (
                existing.location.precision > draft.location.precision
                and (draft.own_place or not existing.own_place or existing.location.precision == 3)
                and _within(draft.location, existing.location))
                or (draft.own_place and not existing.own_place)):
            # "au Soudan" then "à Khartoum": the town; a place carried from the sentence before
            # gives way to one the incident's own words name
            existing.location = draft.location
            existing.own_place = existing.own_place or draft.own_place
        existing.backdrop = existing.backdrop and draft.backdrop
        existing.sentences.extend(draft.sentences)
        existing.mentions.extend(draft.mentions)
        existing.attacker_country = existing.attacker_country or draft.attacker_country
        if draft.own_date and not draft.said_day and (not existing.own_date or existing.said_day or (
                self._is_background(existing.date) and not self._is_background(draft.date))):
            existing.date, existing.own_date = draft.date, True
            existing.in_force_day, existing.said_day = draft.in_force_day, False
        elif draft.onset_day and draft.own_date and draft.date.start < existing.date.start and \
                not self._is_background(draft.date):
            # "se poursuivaient mardi …; les combats avaient éclaté samedi": it started on Saturday
            existing.date = DateRange(draft.date.start, max(existing.date.end, draft.date.end),
                                      draft.date.evidence)
            existing.own_date = True
        elif existing.in_force_day and draft.own_date and not draft.in_force_day and \
                draft.date.start < existing.date.start:
            # "entré en vigueur dimanche … annoncée samedi": made on Saturday
            existing.date, existing.in_force_day = draft.date, False
        names = {s.name for s in existing.sources}
        existing.sources.extend(s for s in draft.sources if s.name not in names)


def _another_days_act(existing: Draft, draft: Draft) -> bool:
    """Whether ``draft``, of another kind than ``existing`` and told with a day of its own that is
    not ``existing``'s, is an act of its own ("Les affrontements, qui ont éclaté le 7 mai, …" after
    "ont repris lundi le contrôle de Bunia"), not one more mention of it."""
    return existing.own_date and draft.own_date and existing.date.start != draft.date.start \
        and existing.kind() != draft.kind()


def _assault_kept(existing: Draft, draft: Draft) -> bool:
    """Whether an attack on armed men told generically ("l'attaque de deux postes de contrôle")
    stays a battle when a weapon of remote violence is told in it ("fait sauter une bombe")."""
    return existing.assault and existing.kind() == CLASH and draft.event_type == REMOTE


def _closest(draft: Draft, candidates: list[int], drafts: list[Draft]) -> int | None:
    """Of the events ``draft`` may be one more mention of, the first of its own kind at its own
    place, else the first of its kind, else the first ("l'attentat a fait un mort", told after a
    bombing in the capital, is that bombing, not the battle told before it in the province)."""
    def rank(n: int) -> tuple[bool, bool]:
        existing = drafts[n]
        here = existing.location is not None and draft.location is not None \
            and same_place(existing.location, draft.location)
        return existing.kind() != draft.kind(), not here

    return min(candidates, key=lambda n: (*rank(n), n), default=None)


def _link_target(lex: EventLexicon, drafts: list[Draft], stmt: CasualtyStatement,
                 before_sentence: int) -> int | None:
    """The latest event at or before ``before_sentence`` that a figure like ``stmt`` can join;
    of two told in one sentence, one of a kind such figures fit (events.yaml ``links_avoided``:
    "cinq soldats tués par des hommes armés, non loin du campement des manifestants" are the
    gunmen's dead, not the protest's), then the one whose victims are as civilian as the
    figure's ("ont massacré des habitants avant d'être repoussés par l'armée": the civilians are
    the attack's)."""
    allowed = lex.links.get(stmt.outcome, frozenset())
    avoided = lex.links_avoided.get(stmt.outcome, {}).get(stmt.victims, frozenset())
    civilians = stmt.victims in CIVILIAN_VICTIMS
    candidates = [n for n, d in enumerate(drafts)
                  if min(d.sentences) <= before_sentence and d.modality == "occurred"
                  and (d.event_type in allowed or d.sub_event_type in allowed)]
    return max(candidates, key=lambda n: (max(i for i in drafts[n].sentences
                                              if i <= before_sentence),
                                          not ({drafts[n].event_type, drafts[n].sub_event_type} & avoided),
                                          _hits_civilians(drafts[n]) == civilians, n),
               default=None)


def _hits_civilians(draft: Draft) -> bool:
    return draft.civilians or draft.event_type == "Violence against civilians"


def _conflicts(ctx: Context, draft: Draft, index: int, near: int) -> bool:
    """Whether the figure's sentence names another day or town than the event's."""
    if index in draft.sentences:
        return False
    own = _sentence_date(ctx, index, near)
    if own is not None and draft.own_date and own.day != draft.date.start \
            and not is_report_day(ctx, own.span):
        return True
    place = sentence_location(ctx, index, near=near)
    return place is not None and place.precision == 1 and place.lat is not None \
        and draft.location is not None and draft.location.precision == 1 \
        and not same_place(place, draft.location)  # a village the gazetteer lacks may be nearby


def _one_violent_trigger(ctx: Context, index: int, triggers: list[Trigger],
                         stmts: list[CasualtyStatement]) -> list[Trigger]:
    """One sentence reports one violent incident: of its violent triggers keep the one nearest
    the sentence's day or figure, or, among triggers of its type in one clause, the most specific
    (the earliest rule); other triggers are all kept. Acts told one after the other ("ont massacré
    des habitants avant d'être repoussés au terme de combats") are one incident each when they
    are of different types."""
    violent = [t for t in triggers if t.rule.event_type in VIOLENT]
    if len(violent) < 2:
        return triggers
    restated = [t for t in violent if _restates(ctx, t, violent)]
    violent = [t for t in violent if t not in restated]
    triggers = [t for t in triggers if t not in restated]
    # "Des hommes armés ont pris d'assaut dimanche le Parlement, deux jours après une offensive
    # lancée à Benghazi": the act told after "au lendemain de", "deux jours après" is another day's,
    # not the sentence's incident when an act of its type is told outside the phrase
    before = [t for t in violent if _within_earlier(ctx, index, t)]
    told = {t.rule.event_type for t in violent if t not in before}
    if before and all(t.rule.event_type in told for t in before):
        return _one_violent_trigger(ctx, index, [t for t in triggers if t not in before], stmts)
    best = [_best_violent(ctx, index, violent, stmts)]
    for act in _acts_in_sequence(ctx, violent):
        if len(act) < len(violent):
            other = _best_violent(ctx, index, act, stmts)
            if all(other.rule.event_type != b.rule.event_type for b in best):
                best.append(other)
    return [t for t in triggers if t.rule.event_type not in VIOLENT or t in best]


def _within_earlier(ctx: Context, index: int, trigger: Trigger) -> bool:
    """Whether a trigger stands in a phrase inside its sentence that puts it before the
    sentence's day ("au lendemain d'une frappe", "deux jours après une offensive")."""
    earlier = _told_as_earlier(ctx, index, trigger)
    return earlier is not None and earlier.within


def _restates(ctx: Context, trigger: Trigger, violent: list[Trigger]) -> bool:
    """Whether a trigger only restates the act a trigger right before it names, through a
    relative pronoun ("l'attentat qui a visé dimanche le cœur de la capitale")."""
    lex = event_lexicon(ctx.lang)
    return any(other.span.end <= trigger.span.start
               and lex.relative.fullmatch(ctx.text[other.span.end:trigger.span.start].strip()) is not None
               for other in violent if other is not trigger)


def _acts_in_sequence(ctx: Context, violent: list[Trigger]) -> list[list[Trigger]]:
    """``violent`` (in text order) cut where a word of sequence or of simultaneity stands
    between two triggers; fire that prepares an assault is not cut from it ("ont pilonné la
    position au mortier, avant de donner l'assaut": one battle)."""
    lex = event_lexicon(ctx.lang)
    acts: list[list[Trigger]] = []
    for trigger in sorted(violent, key=lambda t: t.span.start):
        last = acts[-1][-1] if acts else None
        if last is not None and not lex.side_by_side.search(ctx.text, last.span.end,
                                                            trigger.span.start) and (
                not lex.sequence.search(ctx.text, last.span.end, trigger.span.start)
                or (last.rule.sub_event_type in REMOTE_FIRE
                    and trigger.rule.sub_event_type in ASSAULTS)):
            acts[-1].append(trigger)
        else:
            acts.append([trigger])
    return acts


def _best_violent(ctx: Context, index: int, violent: list[Trigger],
                  stmts: list[CasualtyStatement]) -> Trigger:
    """The trigger of ``violent`` that tells the sentence's incident."""
    anchors = [m.span.start for m in _event_days(ctx, index)] + \
        [s.quantity.span.start for s in stmts]

    def distance(t: Trigger) -> int:
        """From the sentence's day or figure; without either, from its start (the main clause
        comes first: "exécutées lors de représailles consécutives à des combats")."""
        return min((abs(t.span.start - a) for a in anchors), default=t.span.start)

    nearest = min(violent, key=lambda t: (t.rule.generic, distance(t), t.rule.rank))
    close = [t for t in violent if abs(t.span.start - nearest.span.start) <= CLAUSE_CHARS]
    # "ont pilonné le camp au mortier avant de donner l'assaut": shelling in a ground assault is
    # a battle
    lex = event_lexicon(ctx.lang)
    assault = [t for t in close if t.rule.sub_event_type in ASSAULTS and not t.rule.generic
               and not lex.relative.search(ctx.text, min(t.span.end, nearest.span.end),
                                           max(t.span.start, nearest.span.start))]
    if nearest.rule.sub_event_type in REMOTE_FIRE and assault:
        nearest = assault[0]
    same_clause = [t for t in close if t.rule.event_type == nearest.rule.event_type]
    return min(same_clause, key=lambda t: (t.rule.generic, t.rule.rank))


def _yields(ctx: Context, trigger: Trigger, triggers: list[Trigger],
            stmts: list[CasualtyStatement]) -> bool:
    """Whether a trigger that only names who acted ("des hommes armés") gives way to the act the
    sentence tells, when nobody was killed in it; not when a definite article makes them the
    attackers told before ("les assaillants ont incendié des abris": the attack's damage)."""
    lex = event_lexicon(ctx.lang)
    before = _cue_window(ctx, trigger.span.start)
    return bool(trigger.rule.yields_to) and not any(s.outcome == "killed" for s in stmts) and \
        any(t.rule.sub_event_type in trigger.rule.yields_to for t in triggers) and \
        not lex.generic_anaphora.search(before)


JUDGED_GAP = 4  # words (articles, quotes, a day) a judging verb may stand before the act it names
CALL_CHARS = 20  # how far before an act the verb demanding it may end ("a exigé des frappes")


def _called_for(ctx: Context, trigger: Trigger) -> bool:
    """Whether an act that can only happen (a strike, a battle) is what someone calls for."""
    if "demanded" in trigger.rule.modalities:
        return False
    demanded = event_lexicon(ctx.lang).cues_of("demanded")
    # the cue may start further back when a day stands inside it ("a appelé mercredi à une grève")
    start = max(0, trigger.span.start - CALL_CHARS - CUE_CHARS)
    calls = [m for m in demanded.finditer(ctx.text, start, trigger.span.start)
             if trigger.span.start - m.end() <= CALL_CHARS] if demanded else []
    return bool(calls) and not CLAUSE_BREAK.search(ctx.text, calls[-1].end(), trigger.span.start)


def _announced_here(ctx: Context, index: int, trigger: Trigger) -> bool:
    """A modality cue just before a trigger ("l'annonce d'un arrêt des bombardements"), or
    after it in its own clause ("un cessez-le-feu de 72 heures est entré en vigueur"; not "du
    cessez-le-feu qu'ils avaient annoncé", another clause's)."""
    lex = event_lexicon(ctx.lang)
    sentence_start = ctx.sentences[index].start_char
    start = max(sentence_start, trigger.span.start - CUE_CHARS)
    # "devaient rencontrer ce jeudi": a cue that ends in the trigger's words
    if any(pattern.search(ctx.text, start, trigger.span.end) for _, pattern in lex.modality):
        return True
    # "a annoncé dans la nuit de mercredi à jeudi une « trêve »": farther, in the same clause
    wide = max(sentence_start, trigger.span.start - ANNOUNCE_CHARS)
    if any(not CLAUSE_BREAK.search(ctx.text, cue.end(), trigger.span.start)
           for _, pattern in lex.modality for cue in pattern.finditer(ctx.text, wide, start)):
        return True
    end = min(len(ctx.text), trigger.span.end + CUE_CHARS)
    stop = CLAUSE_END.search(ctx.text, trigger.span.end, end)
    own_clause = ctx.text[trigger.span.end:stop.start() if stop else end]
    return lex.relative.search(own_clause) is None and \
        any(pattern.search(own_clause) for _, pattern in lex.modality)


def _add_sentence_events(ctx: Context, index: int, stmts: list[CasualtyStatement],
                         events: _Events, default_date: DateRange) -> None:
    """The events the triggers of one sentence report."""
    lex = event_lexicon(ctx.lang)
    first = next((c for c in stmts if c.subset_of is None), None)
    first_victims = _victims_of(ctx, _mostly_forces(first, stmts)) if first is not None else None
    mentions = _sentence_actors(ctx, index)
    seen: set[tuple[EventType, str]] = set()
    found = _one_violent_trigger(ctx, index, sentence_triggers(ctx, index), stmts)
    # "des hommes armés ont incendié une trentaine de cases": the burning
    triggers = [t for t in found if not _yields(ctx, t, found, stmts)]
    violent = any(t.rule.event_type in VIOLENT for t in triggers)
    # "846 personnes ont été tuées et 395 enlevées au cours des trois premiers mois": a tally
    # "Depuis le début de la guerre, le 13 juin, les frappes ont fait 610 morts": the running
    # count's start is no day of an act
    tally = bool(stmts) and all(s.scope == "cumulative" for s in stmts) and not _days_past_onset(ctx, index)
    kinds: list[tuple[Trigger, tuple[EventType, str], str | None]] = []
    # "la marche s'était achevée par des heurts, des voitures ayant été incendiées": a protest
    # turned riot, whose clashes are the riot's
    rioting = any(_escalated(ctx, index, (t.rule.event_type, t.rule.sub_event_type))[0] == RIOTS
                  for t in triggers
                  if t.rule.event_type == PROTESTS)
    for trigger in triggers:
        if tally and trigger.rule.event_type in (*VIOLENT, *STREET_TYPES):
            continue
        incident = any(c.scope == "incident" for c in stmts)
        # a running total's words in a sentence whose figure is an incident's are another
        # clause's ("tués samedi par des hommes armés …, non loin du campement des manifestants
        # qui réclament depuis quatre mois …")
        if trigger.rule.generic and ((_in_running_total(ctx, index) and not incident) or not (
                _event_days(ctx, index) or incident or _told_that_day(ctx, index)
                or _told_as_new_act(ctx, index) or _done_in_past_tense(ctx, trigger))):
            continue  # "théâtre d'attaques régulières", "depuis 2015, les attaques": context
        if violent and "announced" in trigger.rule.modalities and \
                not _announced_here(ctx, index, trigger):
            continue  # "… au mépris du cessez-le-feu qu'ils avaient annoncé": context of the attack
        if _called_for(ctx, trigger):
            continue  # "a exigé des frappes aériennes de l'Otan": a call, not a strike
        if _goes_on_unplaced(ctx, index, trigger):
            continue  # "Sur le terrain, les combats n'ont guère faibli": no incident of its own
        if _names_a_past_incident(ctx, trigger) or _only_past_days(ctx, index):
            # "portent à 113 le nombre de manifestants tués depuis le coup d'État de 2021", "en
            # février 2019, l'aviation avait bombardé": an old incident, told as context
            continue
        # "ont attaqué des villages": a generic attack's target (an ambush "près du village" is not)
        victims = (_target_of(ctx, index, trigger.span.end) or first_victims) \
            if trigger.rule.by_victims and trigger.rule.generic else first_victims
        kind = _escalated(ctx, index, _resolve_type(ctx, trigger.rule, lex, mentions, victims, trigger.span))
        kind = _crowd_fired_on(ctx, trigger, kind)
        if kind in (CLASH, LOOTING) and _street_clash(mentions, events, rioting):
            # "des affrontements ont été signalés à Bandung", "à la nuit tombée, des groupes ont
            # pillé des supermarchés" in a protest story: the riot's
            kind = STREET_CLASH
        # "des autocars … ont été arrêtés par des hommes armés" (rebels who hold a town do arrest)
        if kind == ARRESTS and any(m.agent and m.kind.inter == UNIDENTIFIED
                                   and _right_after(ctx.text, trigger.span, m.span) for m in mentions):
            kind = ABDUCTION
        if kind[0] == RIOTS and _by_unnamed_gunmen(ctx, trigger, mentions):
            kind = ATTACK
        kinds.append((trigger, kind, victims))
    # what each act is told after ("au lendemain d'une frappe"), if anything; types and sub-types
    # told here as acts of the sentence, not as what came before ("se sont rassemblés mardi, dans
    # le calme, au lendemain de violents heurts": no clash absorbs the rally)
    earliers = [_told_as_earlier(ctx, index, trigger) for trigger, _, _ in kinds]
    types_here = {name for (_, kind, _), earlier in zip(kinds, earliers, strict=True) for name in kind
                  if earlier is None or not earlier.within}
    for (trigger, kind, hit), earlier in zip(kinds, earliers, strict=True):
        if types_here & lex.absorbed_by.get(kind[1], frozenset()):
            continue  # "des protestataires ont incendié un poste et pillé des commerces": one riot
        if _crowd_of_another_act(ctx, trigger, kinds):
            continue  # "des dizaines de manifestants ont été enlevés": the abduction's victims
        if _told_within(ctx, trigger, kinds, lex.absorbed_after.get(kind[1], frozenset())):
            continue  # "L'accord a été conclu à l'issue d'une réunion": the agreement's talks
        if kind not in seen:
            seen.add(kind)
            before = _cue_window(ctx, trigger.span.start)
            definite = lex.generic_anaphora.search(before) is not None \
                and not _pronoun_before(ctx, trigger.span.start) \
                and not _strikes_anew(ctx, index, trigger)
            # "il s'agit du premier attentat-suicide à Damas": a comment on the incident told before
            judged = _judged(ctx, index, trigger)
            back = _refers_back(ctx, trigger.span.start) or judged
            demonstrative = lex.anaphora.search(before) is not None  # "ces combats"
            loose = demonstrative or back or (
                definite and (trigger.rule.generic or trigger.rule.by_victims))  # "l'embuscade"
            opens = definite and _opens_sentence(ctx, index, trigger)  # "L'offensive a été…"
            # "tué dans les affrontements" with no day of its own: the clashes told before
            told = definite and not _happening_days(ctx, index)
            # "Les protestataires réclament…", naming no act: the crowd of the unrest told, a
            # protest or a riot ("les protestataires ont riposté à coups de pavés" tells one)
            crowd = told and len(kinds) == 1 and _names_protesters(ctx, trigger)
            draft = _draft(ctx, index, kind, trigger.rule, trigger.span, default_date)
            if draft.modality == "occurred" and not trigger.rule.reports_occurred:
                continue  # "L'ONU a proposé sa médiation": a development told, not an event
            draft.civilians = hit in CIVILIAN_VICTIMS
            draft.assault = trigger.rule.generic and kind == CLASH \
                and _targets_forces(ctx, index, trigger.span.end)
            draft = _as_protest_repression(ctx, draft, stmts, trigger.span, events)
            draft.repeats = lex.repeat.search(before) is not None
            if lex.retaliation.search(ctx.text, ctx.sentences[index].start_char, trigger.span.start):
                # the other side's act: not where the act told before took place, unless it says so
                draft.reprisal = True
                draft.location = draft.location if draft.own_place else None
            if earlier is not None:
                _dated_earlier(ctx, index, draft, trigger, earlier, default_date, events.drafts)
                # "Quelques heures plus tôt, une bombe avait explosé…": another act than the last
                draft.repeats = draft.repeats or not earlier.within
                draft.backdrop = earlier.within and draft.own_date
            draft = _on_the_same_day(ctx, index, draft, events)
            if _part_of_violence(draft, events, lex):
                continue  # "les greniers pillés avant d'être incendiés" in a massacre: the massacre's
            riot = _riot_of_counted_protesters(draft, trigger, stmts, events)
            if riot is not None:
                events.join(riot, draft)  # "Six manifestants ont été blessés" after the stone-throwing
                continue
            # "Mardi, huit soldats tués lors de l'attaque d'un poste à La Uribe": an article a
            # new target's complement calls for, in a sentence naming the act's own day and
            # town, refers to no act told before
            named = draft.own_date and draft.own_place and not (demonstrative or back) \
                and lex.new_complement.match(ctx.text, trigger.span.end) is not None
            events.add(draft,
                       anaphoric=((loose or opens or told) and not named)
                       or (earlier is not None and earlier.within),
                       same_type_only=not loose,
                       # "l'attaque d'un poste" joins an attack of its own country; "cette
                       # frappe" any, and so does an act judged where the speaker is ("Holbrooke,
                       # qui devait le rencontrer à Paris, a qualifié l'attaque d'« outrageante »")
                       same_country=not (demonstrative or judged), any_street=crowd)
            # a later trigger of the same kind tells more of this event ("ont lancé des cocktails
            # Molotov…, incendié des barricades… à Wong Tai Sin, à Sham Shui Po"): its towns are this one's
            until = _own_clauses_end(ctx, index, trigger, [t for t, other, _ in kinds if other != kind])
            for other in _other_towns(ctx, index, draft, lex, until):  # "ainsi que Gondar"
                events.add(replace(draft, location=other, sentences=[index],
                                   mentions=list(draft.mentions), sources=list(draft.sources)))


def _crowd_of_another_act(ctx: Context, trigger: Trigger,
                          kinds: list[tuple[Trigger, tuple[EventType, str], str | None]]) -> bool:
    """Whether ``trigger`` only names the people of a protest ("manifestants", events.yaml
    ``protester_nouns``) that undergo an act of another kind its sentence tells by other words:
    they are that act's victims ("des dizaines de manifestants ont été enlevés", "le gouvernement
    en a accusé les manifestants", "pour disperser plusieurs centaines de manifestants"), not a
    protest of their own. Protesters who act ("des manifestants ont pris d'assaut l'ambassade")
    tell their protest; so do protesters arrested, whose arrest is the protest's repression."""
    if not _names_protesters(ctx, trigger):
        return False
    word = ctx.word_at(trigger.span.start)
    if word is None or not _undergoes_act(word):
        return False
    return any(other is not trigger and kind[1] != trigger.rule.sub_event_type and kind != ARRESTS
               and not _names_protesters(ctx, other) for other, kind, _ in kinds)


def _names_protesters(ctx: Context, trigger: Trigger) -> bool:
    """Whether ``trigger`` is a word for the people of a protest ("manifestants"), not its act."""
    return ctx.text[trigger.span.start:trigger.span.end].lower() in event_lexicon(ctx.lang).protester_nouns


NOUN_PHRASE_POS = ("DET", "NUM", "ADJ", "ADV")  # words of a phrase before its noun ("plusieurs")
OF_WORDS = ("de", "d'", "d’")  # "des centaines de manifestants": a count of them


def _undergoes_act(noun: Token) -> bool:
    """Whether the people ``noun`` names undergo what their sentence tells: the object of a verb
    right before their phrase ("ont dispersé plusieurs centaines de manifestants"), or the subject
    of a passive verb ("des dizaines de manifestants ont été enlevés")."""
    doc, sent = noun.doc, noun.sent
    i = noun.i - 1
    while i >= sent.start and (doc[i].pos_ in NOUN_PHRASE_POS or doc[i].lower_ in OF_WORDS
                               or (doc[i].pos_ == "NOUN" and doc[i + 1].lower_ in OF_WORDS)):
        i -= 1  # back over "plusieurs centaines de"
    if i >= sent.start and doc[i].pos_ == "VERB":
        return True
    for word in doc[noun.i + 1:sent.end]:
        if word.pos_ in ("AUX", "VERB"):  # the first verb after them: theirs, passive or not
            group = []
            for verb in doc[word.i:sent.end]:
                if verb.pos_ not in ("AUX", "VERB", "ADV"):
                    break
                group.append(verb)
            return any(v.lower_ == "été" or "Pass" in v.morph.get("Voice", []) for v in group)
        if word.pos_ not in (*NOUN_PHRASE_POS, "ADP", "NOUN", "PROPN", "CCONJ", "PRON"):
            return False  # a comma or a clause's end before any verb
    return False


@dataclass(frozen=True)
class _Earlier:
    """A phrase that puts a trigger before its sentence's day ("au lendemain d'une frappe")."""

    marker_end: int
    end: int  # the end of the phrase's clause
    days: int | None  # how many days before the sentence's day, when it says
    # True for a phrase inside the sentence ("au lendemain d'une frappe"), which refers to an
    # incident; False for one opening it ("Une semaine plus tôt, …"), which tells one
    within: bool = True


def _told_as_earlier(ctx: Context, index: int, trigger: Trigger) -> _Earlier | None:
    """The phrase "au lendemain de", "deux jours après" that ``trigger`` stands in, if any."""
    lex = event_lexicon(ctx.lang)
    sent = ctx.sentences[index]
    opening = lex.earlier.match(ctx.text, max(sent.start_char, ctx.dateline_end)
                                + _leading_space(ctx, index), trigger.span.start)
    if opening is not None and opening.group("opens"):  # "Une semaine plus tôt, …"
        return _Earlier(opening.end(), sent.end_char, _earlier_days(ctx, opening), within=False)
    start = max(sent.start_char, trigger.span.start - EARLIER_CHARS)
    markers = [m for m in lex.earlier.finditer(ctx.text, start, trigger.span.start)
               if not CLAUSE_END.search(ctx.text, m.end(), trigger.span.start)
               and not m.group("opens")]
    if not markers:
        return None
    marker = markers[-1]
    stop = CLAUSE_END.search(ctx.text, trigger.span.end, sent.end_char)
    return _Earlier(marker.end(), stop.start() if stop else sent.end_char, _earlier_days(ctx, marker))


def _leading_space(ctx: Context, index: int) -> int:
    start = max(ctx.sentences[index].start_char, ctx.dateline_end)
    text = ctx.text[start:ctx.sentences[index].end_char]
    return len(text) - len(text.lstrip())


def _earlier_days(ctx: Context, marker: re.Match[str]) -> int | None:
    """How many days before "au lendemain", "deux jours après", "une semaine plus tôt" say."""
    lex = event_lexicon(ctx.lang)
    if marker.group("marker"):
        return lex.earlier_days[" ".join(marker.group("marker").lower().split())]
    count = marker.group("count")
    units = int(count) if count.isdigit() else words_value(count, number_lexicon(ctx.lang))
    return units * lex.earlier_days[marker.group("unit").lower()] if units else None


def _dated_earlier(ctx: Context, index: int, draft: Draft, trigger: Trigger, earlier: _Earlier,
                   default_date: DateRange, told: list[Draft]) -> None:
    """An incident told "au lendemain de", "deux jours après" or "une semaine plus tôt": the day
    named in its phrase, or for the phrase's head the sentence's day (else the day of the event
    told just before) minus the marker's days; else no day of its own."""
    days = _event_days(ctx, index)
    inside = [m for m in days if earlier.marker_end <= m.span.start < earlier.end]
    outside = [m for m in days if m not in inside]
    head = not earlier.within or _heads_phrase(ctx, earlier.marker_end, trigger.span.start)
    if inside:
        own = min(inside, key=lambda m: abs(m.span.start - trigger.span.start))
        draft.date, draft.own_date = own.as_range(), True
    elif earlier.days is not None and head and (outside or told):
        base = min(outside, key=lambda m: abs(m.span.start - trigger.span.start)).as_range() \
            if outside else told[-1].date
        day = base.start - timedelta(days=earlier.days)
        draft.date, draft.own_date = DateRange(day, day, base.evidence), True
    else:
        draft.date, draft.own_date = default_date, False


# between an earlier marker and a trigger, words that leave the trigger the phrase's head
HEAD_POS = ("ADP", "DET", "ADJ", "NUM")


def _heads_phrase(ctx: Context, marker_end: int, trigger_start: int) -> bool:
    """Whether a trigger is the head of the phrase an earlier marker opens: close after it ("au
    lendemain d'une frappe"), or with only determiners, adjectives, numbers and a count of days
    between ("au lendemain de violents combats", "au lendemain de deux jours d'affrontements"),
    not a noun of its own ("au lendemain de l'annonce d'une offensive")."""
    if trigger_start - marker_end <= HEAD_CHARS:
        return True
    between = ctx.doc.char_span(marker_end, trigger_start, alignment_mode="contract")
    units = event_lexicon(ctx.lang).earlier_days
    return between is not None and all(t.pos_ in HEAD_POS or t.lower_ in units or t.is_space
                                       for t in between)


def _told_within(ctx: Context, trigger: Trigger,
                 kinds: list[tuple[Trigger, tuple[EventType, str], str | None]],
                 absorbing: frozenset[str]) -> bool:
    """Whether a kind in ``absorbing`` was told before ``trigger`` in its sentence as an act of its
    own, not one referred back to ("l'application de l'accord"): the trigger tells part of it."""
    return any(other.span.start < trigger.span.start and (kind[0] in absorbing or kind[1] in absorbing)
               and not _refers_back(ctx, other.span.start) for other, kind, _ in kinds)


def _refers_back(ctx: Context, at: int) -> bool:
    """Whether the words right before ``at`` refer a trigger back to an act told ("il s'agit du",
    "l'application de l'accord", "toute accusation d'exécutions")."""
    return event_lexicon(ctx.lang).refers_back.search(_cue_window(ctx, at)) is not None


def _judged(ctx: Context, index: int, trigger: Trigger) -> bool:
    """Whether a trigger is the object of a verb of judging (events.yaml ``judging_lemmas``) and
    is called by a quoted word ("a condamné samedi une « attaque odieuse »", "a condamné des
    attaques « inacceptables »", "a qualifié l'attaque d'« outrageante »"): a comment on the act
    told, not an act of its own. Only articles, prepositions, quotes and the sentence's days stand
    between the verb and the trigger."""
    lex = event_lexicon(ctx.lang)
    days = [m.span for m, _ in _sentence_dates(ctx, index)]
    first = ctx.token_from(trigger.span.start)
    quoted = ctx.text[trigger.span.end:trigger.span.end + CUE_CHARS].lstrip() \
        .lstrip("d'’ ").startswith(lex.quote_open)
    sent_start = ctx.sentences[index].start
    for i in range(first - 1, max(sent_start, first - 1 - JUDGED_GAP) - 1, -1):
        token = ctx.doc[i]
        if token.pos_ == "VERB":
            return token.lemma_ in lex.judging_lemmas and quoted
        if token.text in lex.quote_open:
            quoted = True
        elif token.pos_ not in ("DET", "ADP") and \
                not any(d.start <= token.idx < d.end for d in days):
            return False
    return False


def _cue_window(ctx: Context, at: int) -> str:
    """The words right before ``at`` where the cues that qualify a trigger stand."""
    return ctx.text[max(0, at - CUE_CHARS):at]


def _own_clauses_end(ctx: Context, index: int, trigger: Trigger, triggers: list[Trigger]) -> int:
    """Where the clauses a trigger governs end: at the clause of the sentence's next trigger ("…,
    tandis qu'à Medellín la police a dispersé…": Medellín is that trigger's), else the sentence's
    end."""
    end = ctx.sentences[index].end_char
    following = [t.span.start for t in triggers if t.span.start > trigger.span.start]
    if not following:
        return end
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(ctx.text, trigger.span.end, min(following))]
    return breaks[-1] if breaks else min(following)


def _other_towns(ctx: Context, index: int, draft: Draft, lex: EventLexicon,
                 until: int) -> list[Location]:
    """The other towns a sentence lists after a capture, riot or protest it tells ("ont repris
    Shire, ainsi qu'Alamata et Korem"; "À Lahore, … ; à Rawalpindi, d'autres…"), or in the
    phrase that opens it ("À Istanbul et à Ankara, la police a dispersé…"): ACLED's event is one
    place on one day, so each is an event of its own."""
    if draft.sub_event_type not in lex.one_per_town or draft.location is None:
        return []
    earlier = lex.earlier.search(ctx.text, draft.at, until)
    if earlier is not None:  # "…, deux jours après avoir occupé Mocímboa da Praia": another day's
        until = earlier.start()
    sent = ctx.sentences[index]
    opening = ctx.text.find(",", sent.start_char, draft.at)  # the phrase before the first comma
    listed = [m for m in place_mentions(ctx) if sent.start_char <= m.span.start < opening]
    towns: list[Location] = []
    for m in place_mentions(ctx):
        before = len(listed) > 1 and m in listed
        if not (draft.at < m.span.start < until or before) or m.place.kind != "city" or m.level is not None \
                or m.place.country != draft.location.country \
                or m.elsewhere or m.origin or m.far or m.dateline:
            continue
        place = m.location()
        if not same_place(place, draft.location) and not any(same_place(place, t) for t in towns):
            towns.append(place)
    return towns


def _strikes_anew(ctx: Context, index: int, trigger: Trigger) -> bool:
    """Whether a force that strikes, named with a definite article ("L'aviation du GNA a par
    ailleurs frappé mardi", "Au même moment, l'aviation nordiste a bombardé Aden"), tells a strike
    of its own: its sentence names the day, or the one told before. Without either it may tell the
    strike told before again ("affirmant que l'aviation avait visé des positions de l'AA")."""
    lex = event_lexicon(ctx.lang)
    return lex.striking_forces.fullmatch(ctx.text, trigger.span.start, trigger.span.end) is not None \
        and (bool(_event_days(ctx, index)) or _told_that_day(ctx, index))


def _told_that_day(ctx: Context, index: int) -> bool:
    """Whether a sentence says its act happened on the day told before it ("Le même jour, une
    position de la Minusca a été attaquée", "Ce jour-là, leurs combattants ont attaqué…")."""
    lex = event_lexicon(ctx.lang)
    return ctx.search_sentence(lex.same_day, index) is not None \
        or ctx.search_sentence(lex.that_day, index) is not None


def _told_as_new_act(ctx: Context, index: int) -> bool:
    """Whether a generic trigger of the sentence is, with an indefinite determiner, the subject of
    a verb in a past tense ("Une explosion a par ailleurs endommagé un pont", "Plusieurs centaines
    d'assaillants ont pris d'assaut la localité à l'aube"): an act told as it happened, not the
    background a bare plural gives ("théâtre d'attaques régulières")."""
    lex = event_lexicon(ctx.lang)
    sentence = ctx.sentences[index]
    for trigger in sentence_triggers(ctx, index):
        if not trigger.rule.generic:
            continue
        start = max(sentence.start_char, trigger.span.start - CUE_CHARS)
        act = lex.new_act.match(ctx.text, trigger.span.end, sentence.end_char)
        if act is not None and lex.new_subject.search(ctx.text, start, trigger.span.start) is not None \
                and not lex.relative.search(act.group(0)) and not CLAUSE_END.search(act.group(0)):
            return True
    return False


def _done_in_past_tense(ctx: Context, trigger: Trigger) -> bool:
    """Whether a generic trigger is a verb in the compound past ("Des rebelles ont attaqué une base
    militaire à Gao", "le camp a été attaqué"): an act told as it happened, not the background a
    noun gives ("théâtre d'attaques régulières"), a pluperfect ("avaient attaqué") or a
    conditional ("auraient attaqué")."""
    verb = ctx.word_at(trigger.span.start)
    if verb is None or verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm", []):
        return False
    for token in reversed(ctx.doc[max(verb.sent.start, verb.i - PAST_AUX_TOKENS):verb.i]):
        if token.pos_ == "AUX" and "Fin" in token.morph.get("VerbForm", []):
            return "Pres" in token.morph.get("Tense", []) and "Ind" in token.morph.get("Mood", [])
        if token.pos_ not in ("ADV", "AUX"):  # "ont aussi attaqué", "a été attaqué"
            return False
    return False


def _on_the_same_day(ctx: Context, index: int, draft: Draft, events: _Events) -> Draft:
    """A draft whose sentence names no day but says "le même jour": the day the sentence right
    before names ("Vendredi, Paris a annoncé l'engagement de ses forces. Le jour même, des
    hélicoptères ont frappé…"), else the day of the event told before it. One that says "ce
    jour-là" names the day the sentences before it told ("…, lancées jeudi. Ce jour-là, quatre
    policiers avaient été tués lors d'attaques"): that day is its own, and an incident of another
    day is another incident."""
    lex = event_lexicon(ctx.lang)
    if draft.own_date:
        return draft
    if events.drafts and ctx.search_sentence(lex.same_day, index):
        before = _happening_days(ctx, index - 1) if index > 0 else []
        draft.date = before[-1].as_range() if before else events.drafts[-1].date
        draft.own_date = True
    elif ctx.search_sentence(lex.that_day, index):
        carried = _carried_date(ctx, index)
        draft.own_date = carried is not None and carried.start == draft.date.start
    return draft


def _pronoun_before(ctx: Context, char: int) -> bool:
    """Whether the word right before ``char`` is a pronoun ("les attaquer"), not an article."""
    word = ctx.word_at(char)
    return word is not None and word.i > 0 and ctx.doc[word.i - 1].pos_ == "PRON"


def _opens_sentence(ctx: Context, index: int, trigger: Trigger) -> bool:
    """Whether at most one word (its article) stands before the trigger in its sentence."""
    words = ctx.text[ctx.sentences[index].start_char:trigger.span.start].strip(" \t\n–—-").split()
    return len(words) <= 1


def _victims_of(ctx: Context, stmt: CasualtyStatement) -> Victims:
    """A figure's victims, "people" told as civilians by what they are ("cinq indigènes", "neuf
    ressortissants chinois", "des fidèles"): civilians for the event, whatever the figure's class."""
    if stmt.victims != "people":
        return stmt.victims
    noun = ctx.token_from(stmt.quantity.span.end)
    if noun < len(ctx.doc) and event_lexicon(ctx.lang).civilian_targets.match(
            ctx.text, ctx.doc[noun].idx) is not None:
        return "civilians"
    return stmt.victims


def _target_of(ctx: Context, index: int, after: int) -> Victims | None:
    """Who a generic attack hit, by the target the clause that goes on after character ``after``
    names: civilians ("des hommes armés ont attaqué une dizaine de villages"), else soldiers
    ("l'attaque qui a visé une école de gendarmerie et l'aéroport militaire"), else None."""
    sent = ctx.sentences[index]
    limit = min(sent.end_char, after + CLAUSE_CHARS)
    end = CLAUSE_END.search(ctx.text, after, limit)
    lex = event_lexicon(ctx.lang)
    stop = end.start() if end else limit
    military = [m.span() for m in lex.military_targets.finditer(ctx.text, after, stop)]
    civilian = [m for m in lex.civilian_targets.finditer(ctx.text, after, stop)
                if not any(a <= m.start() and m.end() <= b for a, b in military)]  # "école de gendarmerie"
    # "le quartier musulman et la base des Casques bleus": the civilians' attack, whose clash with
    # the peacekeepers other words tell
    return "civilians" if civilian else "soldiers" if military else None


def _targets_civilians(ctx: Context, index: int, after: int) -> bool:
    return _target_of(ctx, index, after) == "civilians"


def _targets_forces(ctx: Context, index: int, after: int) -> bool:
    """"des tirs de roquettes contre une caserne": a military target in the clause that goes on
    after character ``after``."""
    sent = ctx.sentences[index]
    limit = min(sent.end_char, after + CLAUSE_CHARS)
    end = CLAUSE_END.search(ctx.text, after, limit)
    return event_lexicon(ctx.lang).military_targets.search(
        ctx.text, after, end.start() if end else limit) is not None


def _part_of_violence(draft: Draft, events: _Events, lex: EventLexicon) -> bool:
    """Whether ``draft`` is damage (looting, burning: events.yaml ``damage_of_violence``) on the
    day and at the place of an act of violence told before it, or told with no day of its own
    after one ("les greniers pillés avant d'être incendiés"), or of a riot: not an event."""
    violence = [d for d in events.drafts if d.event_type in (*VIOLENT, RIOTS)]
    return draft.sub_event_type in lex.damage_of_violence and bool(violence) and (
        not draft.own_date or any(
            d.date.start == draft.date.start and _may_share_place(d, draft) for d in violence))


def _may_share_place(a: Draft, b: Draft) -> bool:
    """Whether two drafts are at one place, or one of them has none to tell otherwise."""
    return a.location is None or b.location is None or same_place(a.location, b.location)


def _by_unnamed_gunmen(ctx: Context, trigger: Trigger, mentions: list[ActorMention]) -> bool:
    """Whether the men an attack is put down to when no one is named act right before the trigger
    ("des inconnus ont lancé des cocktails Molotov sur le car"): armed men, not rioters."""
    unnamed = default_initiator(ctx.lang, *ATTACK)
    return unnamed is not None and any(
        m.kind.name == unnamed.name and _right_after(ctx.text, m.span, trigger.span) for m in mentions)


def _riot_of_counted_protesters(draft: Draft, trigger: Trigger, stmts: list[CasualtyStatement],
                                events: _Events) -> int | None:
    """The riot of the day and place whose protesters a toll counts, when the protest word is only
    the toll's victims ("Six manifestants ont été blessés", told after youths threw stones):
    ACLED counts those hurt or killed in a riot as the riot's."""
    counted = any(span.start <= trigger.span.start and trigger.span.end <= span.end
                  for stmt in stmts for span in stmt.evidence)
    if draft.event_type != PROTESTS or not counted:
        return None
    riots = [n for n, d in enumerate(events.drafts)
             if d.event_type == RIOTS and (d.date.start == draft.date.start or not draft.own_date)
             and _may_share_place(d, draft)]
    return riots[-1] if riots else None


def _street_clash(mentions: list[ActorMention], events: _Events, rioting: bool) -> bool:
    """Whether a clash or looting is part of street unrest: protesters are named in it, its
    sentence tells a protest turned riot, or the story is of protests and riots; it names no
    armed group."""
    classes = {m.kind.inter for m in mentions}
    if classes & ARMED_GROUPS:
        return False
    return PROTESTERS in classes or rioting or (
        any(d.event_type in STREET_TYPES for d in events.drafts)
        and not any(d.event_type in VIOLENT for d in events.drafts))


def _goes_on_unplaced(ctx: Context, index: int, trigger: Trigger) -> bool:
    """Whether the trigger's clause says only that violence goes on, naming no day or place of
    its own ("les combats ne faiblissent pas"; not "les combats se poursuivaient mardi autour de
    Soudja")."""
    end = min(ctx.sentences[index].end_char, trigger.span.end + CUE_CHARS)
    return event_lexicon(ctx.lang).continuing.search(ctx.text, trigger.span.end, end) is not None \
        and not _happening_days(ctx, index) and sentence_location(ctx, index) is None


def _only_past_days(ctx: Context, index: int) -> bool:
    """Whether the sentence names days or months ("en février 2019"), all long before
    publication (background)."""
    ends = _named_ends(ctx, index)
    if not ends and index > 0 and ctx.search_sentence(event_lexicon(ctx.lang).that_day, index):
        ends = _named_ends(ctx, index - 1)  # "les émeutes du 1er juillet 2008. Ce soir-là, …"
    return bool(ends) and all((ctx.document.published - end).days > CONTEXT_DAYS for end in ends)


def _named_ends(ctx: Context, index: int) -> list[date]:
    """The last day of each day, month or year the sentence names, the start of a span too ("la
    plus meurtrière depuis avril 2023, lorsque dix policiers avaient péri dans une embuscade")."""
    sent = ctx.sentences[index]
    return [m.last_day or (month_end(m.day) if m.month_only else m.day)
            for m, _ in _sentence_dates(ctx, index)] + \
        [date(year, 12, 31) for year in named_years(ctx.text, sent.start_char, sent.end_char, ctx.lang)]


def _names_a_past_incident(ctx: Context, trigger: Trigger) -> bool:
    """"l'attaque du 7 octobre" or "l'attaque d'Inata, le 14 novembre" in a story of December:
    an earlier incident named by its day."""
    link = event_lexicon(ctx.lang).reference_link.match(ctx.text, trigger.span.end)
    if link is None:
        return False
    after = ctx.text[link.end():link.end() + CUE_CHARS]
    days = find_dates(after, ctx.document.published, ctx.lang)
    # the day right after the link, or after the incident's place ("l'attaque d'Inata, le 14")
    named = bool(days) and event_lexicon(ctx.lang).place_then_day.fullmatch(
        after[:days[0].span.start]) is not None
    return named and (ctx.document.published - days[0].day).days > RECENT_DAYS


def _mass_arrests(ctx: Context, draft: Draft, by_sentence: dict[int, list[CasualtyStatement]]) -> None:
    """Arrests by the hundreds told in a sentence that names no place ("Selon la présidence, 5 800
    personnes ont été interpellées") were made across the country (or the region the article
    tells of), not in the town told before."""
    if draft.sub_event_type != ARRESTS[1]:
        return
    if any(s.outcome == "arrested" and s.subset_of is None and s.quantity.value >= MASS_ARRESTS
           and sentence_location(ctx, index) is None
           for index in draft.sentences for s in by_sentence.get(index, [])):
        draft.location = country_location(ctx) or draft.location


def _crowd_arrested(ctx: Context, stmts: list[CasualtyStatement], at: Span) -> bool:
    """Whether the people arrested are a counted crowd ("436 personnes", "des dizaines
    d'arrestations"), not named persons."""
    lex = event_lexicon(ctx.lang)
    if ctx.text[at.start:at.end].lower() in lex.crowd_nouns and \
            find_quantities(ctx.text[max(0, at.start - COUNT_CHARS):at.start], ctx.lang):
        return True
    for stmt in stmts:
        following = ctx.token_from(stmt.quantity.span.end)
        if stmt.outcome == "arrested" and following < len(ctx.doc) and \
                ctx.doc[following].lower_ in lex.crowd_nouns:
            return True
    return False


def _as_protest_repression(ctx: Context, draft: Draft, stmts: list[CasualtyStatement], at: Span,
                           events: _Events) -> Draft:
    """An arrest of a counted crowd that joins a protest of its day is that protest's
    intervention ("436 personnes ont été interpellées en marge de la marche"), not an arrest; so
    is one of people the sentence says were gathering ("1 200 personnes qui tentaient de se
    rassembler"): the protest it broke up is told by its repression only."""
    lex = event_lexicon(ctx.lang)
    if draft.sub_event_type != ARRESTS[1] or lex.crowd_arrest is None:
        return draft
    repression = replace(draft, event_type=lex.crowd_arrest[0], sub_event_type=lex.crowd_arrest[1])
    if ctx.search_sentence(lex.crowd_gathering, ctx.sentence_index(at.start)) is not None:
        return repression
    if not _crowd_arrested(ctx, stmts, at):
        return draft
    joins = any(d.event_type == repression.event_type and _same_incident(d, repression, lex)
                for d in events.drafts)
    return repression if joins else draft


def _crowd_fired_on(ctx: Context, trigger: Trigger, kind: tuple[EventType, str]) -> tuple[EventType, str]:
    """Firing on a crowd in a story that tells of no protest ("les soldats ont ouvert le feu sur la
    foule massée autour des camions d'aide") is an attack on civilians, not repression."""
    lex = event_lexicon(ctx.lang)
    if lex.crowd_attacked is None or kind[0] != PROTESTS or trigger.rule.event_type != PROTESTS \
            or not lex.crowd.search(ctx.text, trigger.span.start, trigger.span.end) \
            or lex.protest_told.search(ctx.text):
        return kind
    return lex.crowd_attacked


def _escalated(ctx: Context, index: int, kind: tuple[EventType, str]) -> tuple[EventType, str]:
    """The kind a sentence's cues turn ``kind`` into ("des manifestants ont incendié": a riot)."""
    escalation = event_lexicon(ctx.lang).escalations.get(kind[1])
    if escalation and ctx.search_sentence(escalation[1], index):
        return escalation[0]
    return kind


def _event_of(ctx: Context, stmt: CasualtyStatement, index: int, events: _Events,
              default_date: DateRange, stmts: list[CasualtyStatement]) -> int | None:
    """The event an incident figure belongs to: the latest fitting one, else a new one."""
    lex = event_lexicon(ctx.lang)
    near = stmt.quantity.span.start
    if _only_past_days(ctx, index):
        return None  # "l'explosion du 4 août 2020 avait fait 200 morts": an old toll
    n = _link_target(lex, events.drafts, stmt, index)
    if n is not None and (not _conflicts(ctx, events.drafts[n], index, near) or _recounts(ctx, index)):
        return n
    if stmt.outcome in lex.no_default_event:
        return None
    kind = lex.default_by_outcome.get(stmt.outcome) or _toll_kind(lex, stmt, stmts)
    goes_on = n is not None and kind is not None and \
        events.drafts[n].event_type == "Explosions/Remote violence" \
        and ctx.search_sentence(lex.hand_kills, index) is None  # "abattus par balles": shot, not struck
    if goes_on and n is not None:
        # "À Pokrovsk, trois hommes ont péri sur le site d'une autre usine": the strikes go on
        kind = events.drafts[n].kind()
    # fighters killed fought a battle; people "tués par des tireurs" an attack of armed men
    street = events.drafts[n] if n is not None and kind is not None \
        and events.drafts[n].event_type in STREET_TYPES \
        and stmt.outcome in UNREST_TOLLS and stmt.victims not in ARMED_VICTIMS \
        and not any(m.agent and m.kind.inter == UNIDENTIFIED for m in _sentence_actors(ctx, index)) \
        else None
    if street is not None:
        # "Lundi soir, un policier avait été tué à Najafabad" in a story of riots told at another
        # town: the unrest goes on there, one event per town
        kind = street.kind()
    if kind is None:
        return None
    draft = _draft(ctx, index, kind, None, stmt.quantity.span, default_date)
    if street is not None:
        draft.if_killed = street.if_killed
    draft.generic = not goes_on  # a strike of the kind told before: no other kind refines it
    draft.civilians = _victims_of(ctx, stmt) in CIVILIAN_VICTIMS
    draft = _as_protest_repression(ctx, draft, [stmt], stmt.quantity.span, events)
    return events.add(_on_the_same_day(ctx, index, draft, events))


UNREST_TOLLS = ("killed", "injured")  # the dead and wounded of a protest or a riot
ARMED_VICTIMS = ("militants", "combatants")  # figures of fighters, not of soldiers or civilians
FORCE_VICTIMS = ("soldiers", "police")  # figures of the state's forces


def _toll_kind(lex: EventLexicon, stmt: CasualtyStatement,
               stmts: list[CasualtyStatement]) -> tuple[EventType, str] | None:
    """The kind of act a figure told with no act of its own gives, by its victims; "people" whose
    sentence also counts the forces among its dead of the same outcome ("121 personnes ont été
    tuées : 117 « suspects » et quatre policiers") died on both sides of a fight, not in one-sided
    violence against civilians."""
    kind = lex.default_by_victims.get(stmt.victims)
    if stmt.victims != "people":
        return kind
    forces = next((s for s in stmts if s.victims in FORCE_VICTIMS and s.outcome == stmt.outcome
                   and s.scope == stmt.scope), None)
    return lex.default_by_victims.get(forces.victims, kind) if forces is not None else kind


def _mostly_forces(stmt: CasualtyStatement, stmts: list[CasualtyStatement]) -> CasualtyStatement:
    """``stmt`` told as the forces' when at least half of its "people" are the forces it counts
    among them ("une trentaine de personnes, dont 16 militaires, ont été tuées": a fight with
    the forces; not "quinze personnes, dont deux policiers", gunmen killing people)."""
    part = next((s for s in stmts if s.subset_of == stmt.id and s.victims in FORCE_VICTIMS), None)
    if stmt.victims != "people" or part is None or 2 * part.quantity.value < stmt.quantity.value:
        return stmt
    return replace(stmt, victims=part.victims)


def _fellows_of_the_dead(ctx: Context, at: Span, stmts: list[CasualtyStatement]) -> CasualtyStatement | None:
    """The figure of fighters killed told before ``at`` in its sentence when the count at ``at``
    is of more of them ("… ont été tués et 45 autres capturés")."""
    if not event_lexicon(ctx.lang).fellows_after.match(ctx.text, at.end):
        return None
    killed = [s for s in stmts if s.outcome == "killed" and s.victims in ARMED_VICTIMS
              and s.quantity.span.end <= at.start]
    return killed[-1] if killed else None


def _fight_of_fellows(ctx: Context, stmt: CasualtyStatement, stmts: list[CasualtyStatement],
                      links: dict[str, int]) -> int | None:
    """For fighters taken in the fight whose dead were just counted ("79 « ennemis » ont été tués
    et 45 autres capturés"), the fight: they are its captives, not arrests of their own."""
    if stmt.outcome != "arrested":
        return None
    dead = _fellows_of_the_dead(ctx, stmt.quantity.span, stmts)
    return links.get(dead.id) if dead is not None else None


def _recounts(ctx: Context, index: int) -> bool:
    """Whether a sentence gives another source's count ("Une source sécuritaire à Mora évoque pour
    sa part une quinzaine de morts"): of the incident told, whatever day or town it names."""
    return ctx.search_sentence(event_lexicon(ctx.lang).recount, index) is not None


ACTED_CHARS = 25  # how far before a running total the verb that makes it an operation may stand


def _acted_total(ctx: Context, stmt: CasualtyStatement) -> bool:
    """Whether a running total is told in the active voice ("la police a arrêté 28 suspects
    depuis…"): the count of an operation, not only a count."""
    pattern = event_lexicon(ctx.lang).acted_totals.get(stmt.outcome)
    if stmt.scope != "cumulative" or stmt.subset_of is not None or pattern is None:
        return False
    start = stmt.quantity.span.start
    verbs = list(pattern.finditer(ctx.text, max(0, start - ACTED_CHARS), start))
    return bool(verbs) and not CLAUSE_BREAK.search(ctx.text, verbs[-1].end(), start)


def _add_operation(ctx: Context, index: int, stmt: CasualtyStatement, events: _Events,
                   default_date: DateRange) -> None:
    """The operation an acted running total counts, over the total's period."""
    kind = event_lexicon(ctx.lang).default_by_outcome.get(stmt.outcome)
    if kind is None:
        return
    draft = _draft(ctx, index, kind, None, stmt.quantity.span, default_date)
    if stmt.period is not None:
        draft.date, draft.own_date = stmt.period, True
    events.add(draft)


def extract_events(ctx: Context, casualties: tuple[CasualtyStatement, ...]
                   ) -> tuple[tuple[Event, ...], tuple[CasualtyStatement, ...]]:
    """The document's events, and its casualty statements linked to them."""
    default_date = _document_date(ctx)
    by_sentence: dict[int, list[CasualtyStatement]] = defaultdict(list)
    for stmt in casualties:
        by_sentence[ctx.sentence_index(stmt.evidence[0].start)].append(stmt)
    events = _Events(ctx.document.published, event_lexicon(ctx.lang))
    links: dict[str, int] = {}
    for index in range(len(ctx.sentences)):
        stmts = by_sentence.get(index, [])
        _add_sentence_events(ctx, index, stmts, events, default_date)
        for stmt in stmts:
            if _acted_total(ctx, stmt):
                _add_operation(ctx, index, stmt, events, default_date)
            if stmt.scope == "incident":
                # "Parmi les victimes figurent quinze adolescents": the event of the whole
                whole = links.get(stmt.subset_of) if stmt.subset_of is not None else None
                if whole is None:
                    whole = _fight_of_fellows(ctx, stmt, stmts, links)
                n = whole if whole is not None else _event_of(ctx, stmt, index, events, default_date, stmts)
                if n is not None:
                    links[stmt.id] = n
    for draft in events.drafts:
        _mass_arrests(ctx, draft, by_sentence)
    links = _join_backdrops(ctx, events, links)
    _town_told_next(ctx, events.drafts)
    frozen, linked = _frozen(ctx, events, casualties, links)
    told_twice = _repression_told_as_attack(ctx, frozen) | _riot_told_as_clash(frozen)
    if told_twice:
        for attack, repression in told_twice.items():
            events.join(repression, events.drafts[attack])
        kept = [n for n in range(len(events.drafts)) if n not in told_twice]
        renumbered = {old: new for new, old in enumerate(kept)}
        links = {sid: renumbered[told_twice.get(n, n)] for sid, n in links.items()}
        events.drafts = [events.drafts[n] for n in kept]
        frozen, linked = _frozen(ctx, events, casualties, links)
    return tuple(frozen), linked


TOWN_AHEAD = 2  # sentences after an act placed only in an area where its town is looked for


def _town_told_next(ctx: Context, drafts: list[Draft]) -> None:
    """An act of violence its own sentence places only in an area ("enlevés dans l'extrême nord du
    Cameroun") is at the town the next sentences name while they tell of it and of no act of their
    own ("leur véhicule a été intercepté près du village de Dabanga"): the first town of that
    country, not the capital or where the story was filed, nor a town its own sentence named."""
    starts = {d.sentences[0] for d in drafts}
    filed = {m.place.name for m in place_mentions(ctx) if m.dateline}
    for draft in drafts:
        area = draft.location
        if area is None or area.precision < 3 or not draft.own_place or draft.event_type not in VIOLENT:
            continue
        first = draft.sentences[0]
        for index in range(first + 1, min(len(ctx.sentences), first + 1 + TOWN_AHEAD)):
            if index in starts:
                break
            town = _town_of(ctx, index, area, filed)
            if town is not None:
                draft.location = town
                break


def _town_of(ctx: Context, index: int, area: Location, filed: set[str]) -> Location | None:
    """The first town of ``area``'s country sentence ``index`` names as where something was, none
    of the towns the story was ``filed`` from."""
    sent = ctx.sentences[index]
    for m in place_mentions(ctx):
        if not sent.start_char <= m.span.start < sent.end_char or m.place.kind not in TOWN_KINDS \
                or m.level == 3 or m.dateline or m.elsewhere or m.origin or m.far \
                or m.place.country != area.country or m.place.name in filed \
                or is_capital(m.place, ctx.document.published):
            continue
        town = m.location()
        if not other_provinces(town, area):
            return town
    return None


def _join_backdrops(ctx: Context, events: _Events, links: dict[str, int]) -> dict[str, int]:
    """An incident told only as what came before another ("L'attaque est survenue au lendemain de
    violents combats dans le nord de la capitale") is the one of its type and day the article
    tells in full, before or after ("Lundi, les insurgés ont lancé un assaut…"): one event."""
    joined: dict[int, int] = {}
    drafts = events.drafts
    for n, draft in enumerate(drafts):
        if not draft.backdrop:
            continue
        # the incidents told in full on its day (a backdrop, itself included, is none of them)
        same_day = [m for m, other in enumerate(drafts)
                    if not other.backdrop and other.date.start == draft.date.start]
        told = [m for m in same_day if drafts[m].modality == draft.modality
                and drafts[m].event_type == draft.event_type
                # a quarter the gazetteer lacks ("le quartier de Kossiliwa"): at the story's town
                and _near(approximate(ctx, drafts[m].location), approximate(ctx, draft.location))]
        same_kind = [m for m in same_day if drafts[m].kind() == draft.kind()]
        if len(told) != 1 and len(same_kind) >= 2 and _plural_act(ctx, draft):
            # "au lendemain de deux attentats-suicides", each told in full after: their summary
            told = [m for m in same_kind if drafts[m].modality == draft.modality][:1]
        if len(told) == 1:  # one such incident told: the one it refers to
            location = drafts[told[0]].location
            events.join(told[0], draft)
            drafts[told[0]].location = location or draft.location
            joined[n] = told[0]
    if not joined:
        return links
    kept = [n for n in range(len(events.drafts)) if n not in joined]
    renumbered = {old: new for new, old in enumerate(kept)}
    events.drafts = [events.drafts[n] for n in kept]
    return {sid: renumbered[joined.get(n, n)] for sid, n in links.items()}


def _plural_act(ctx: Context, draft: Draft) -> bool:
    """Whether the draft's first mention names several acts ("deux attentats-suicides")."""
    word = ctx.word_at(draft.at)
    return word is not None and "Plur" in word.morph.get("Number", [])


def _near(a: Location | None, b: Location | None) -> bool:
    """Whether two places may be one: the same, one unknown, a town in the rougher other, or
    two places of one town (a district of the capital and the capital)."""
    if a is None or b is None or same_place(a, b):
        return True
    if a.country != b.country:
        return False
    if a.precision != b.precision and max(a.precision, b.precision) == 3:
        return True  # "au Soudan" and "à Khartoum"
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_TOWN_KM


def _frozen(ctx: Context, events: _Events, casualties: tuple[CasualtyStatement, ...],
            links: dict[str, int]) -> tuple[list[Event], tuple[CasualtyStatement, ...]]:
    """The drafts as events, and the statements linked to them."""
    linked = tuple(_linked(ctx, s, links[s.id], events.drafts[links[s.id]]) if s.id in links else s
                   for s in casualties)
    frozen: list[Event] = []
    remote = _remote_attacker(events.drafts)
    for n, draft in enumerate(events.drafts):
        event = _freeze(ctx, n, draft, linked, remote)
        frozen.append(_as_before(ctx.lang, event, frozen) if draft.repeats else event)
    return frozen, linked


def _repression_told_as_attack(ctx: Context, events: list[Event]) -> dict[int, int]:
    """{attack: repression} for each attack of the state's forces on civilians told on the day and
    at the place where they fired on protesters ("au moins 114 personnes ont été tuées samedi par
    les forces de sécurité", then "Soldats et policiers ont tiré à balles réelles sur des
    manifestants"): the dead are the protesters of that repression, one event."""
    if not any(e.sub_event_type == FIRED_ON_PROTEST for e in events):
        return {}  # no repression: no place need be approximated for it
    # "le quartier de Ndosho, dans l'ouest de la ville": a quarter lies in the town of the attack
    placed = [replace(e, location=approximate(ctx, e.location)) for e in events]
    return _told_again(
        placed,
        part=lambda e: (e.event_type, e.sub_event_type) == ATTACK
        and e.actor1 is not None and e.actor1.inter == STATE,
        whole=lambda e: e.sub_event_type == FIRED_ON_PROTEST)


def _riot_told_as_clash(events: list[Event]) -> dict[int, int]:
    """{clash: riot} for each armed clash told on the day and at the place of a riot ("au lendemain
    des affrontements les plus violents qu'ait connus sa capitale", then "des milliers de
    protestataires ont érigé des barricades"): the clashes are the riot's, its dead the riot's."""
    return _told_again(events, part=lambda e: (e.event_type, e.sub_event_type) == CLASH,
                       whole=lambda e: e.event_type == RIOTS)


def _told_again(events: list[Event], part: Callable[[Event], bool],
                whole: Callable[[Event], bool]) -> dict[int, int]:
    """{part: whole} for each event ``part`` accepts that happened on the day and at the place of
    one ``whole`` accepts (both occurred): one incident told as two kinds."""
    found: dict[int, int] = {}
    for n, event in enumerate(events):
        if not part(event) or event.modality != "occurred":
            continue
        told = next((k for k, e in enumerate(events) if whole(e) and e.modality == "occurred"
                     and e.date.start == event.date.start and _same_area(e.location, event.location)),
                    None)
        if told is not None:
            found[n] = told
    return found


def _same_area(a: Location | None, b: Location | None) -> bool:
    """Whether two places may be one: the same town, or a town and the area it lies in."""
    if a is None or b is None:
        return a is b
    return same_place(a, b) or (a.country == b.country and max(a.precision, b.precision) == 3)


def _as_before(lang: str, event: Event, before: list[Event]) -> Event:
    """"Un autre missile s'est abattu sur Kharkiv": with no attacker of its own (none, or the
    default unidentified group), the attacker of the latest event of its type before it."""
    def unnamed(e: Event) -> bool:
        return e.actor1 is None or e.actor1 == default_initiator(lang, e.event_type, e.sub_event_type)

    if not unnamed(event):
        return event
    earlier = next((e for e in reversed(before)
                    if e.event_type == event.event_type and not unnamed(e)), None)
    return replace(event, actor1=earlier.actor1) if earlier else event


def _in_running_total(ctx: Context, index: int) -> bool:
    return ctx.search_sentence(casualty_lexicon(ctx.lang).cumulative, index) is not None


def _linked(ctx: Context, stmt: CasualtyStatement, n: int, draft: Draft) -> CasualtyStatement:
    """The statement as part of event ``n``; it takes the event's place unless its own sentence
    names a place at least as precise (a toll of the Kramatorsk strike given "dans la région de
    Donetsk" is Kramatorsk's), one in another country, or one in another province (a toll given
    "dans la région d'Odessa" of a strike placed in Kiev is Odessa's), or names the whole country
    the event's town is only told after ("Trois personnes ont été tuées mercredi au Venezuela",
    then the towns of the day's protests: the lead's toll covers the country), or told of many
    places of the country at once ("18 morts dans plusieurs villes du pays"); one told of several
    places at once ("dans trois villes") is the area its sentence names, else the country."""
    own, sentence = stmt.location, stmt.evidence[0]
    lex = place_lexicon(ctx.lang)
    if own is not None and whole_country(own) and lex.many_towns.search(
            ctx.text, sentence.start, sentence.end) is not None:
        return replace(stmt, event=f"e{n + 1}", location=own)
    figure = stmt.quantity.span.start
    spread = lex.spread.search(ctx.text, max(figure, sentence.start), sentence.end)
    if draft.location is not None and draft.location.precision < 3 and spread is not None \
            and not (own is not None and any(figure <= e.start < spread.start() for e in own.evidence)):
        # "17 personnes ont été tuées dans les deux régions anglophones", "62 personnes assassinées
        # sur l'ensemble du territoire", of an event placed in one town: victims of several places,
        # the area its sentence names, else the story's country; not when a place comes first
        # ("19 des victimes ont péri à Nairobi, …, qui recense … dans tout le pays")
        area = own if own is not None and own.precision == 3 else country_location(ctx, regions=False)
        return replace(stmt, event=f"e{n + 1}", location=area or own or draft.location)
    # "En Syrie, 23 combattants ont été tués dans la province de Deir ez-Zor", told of strikes
    # placed in Iraq: a place of its own in another country is another place, however rough
    named_here = own is not None and any(sentence.start <= e.start < sentence.end for e in own.evidence)
    keeps_own = own is not None and named_here \
        and (draft.location is None or own.precision <= draft.location.precision
             or own.country != draft.location.country or other_provinces(own, draft.location)
             or (whole_country(own) and bool(draft.location.evidence)
                 and all(e.start >= sentence.end for e in draft.location.evidence)))
    # "Lundi, à Machala, des prisonniers ont tenu tête aux soldats. Le bilan, de quatorze morts…",
    # linked to a riot placed at Esmeraldas: the town its story just told, far from the event's
    # town, is the toll's
    keeps_own = keeps_own or (own is not None and draft.location is not None
                              and own.precision == draft.location.precision == 1
                              and not _near(own, draft.location))
    # "Des bombardements russes ont tué trois civils dans la région de Kharkiv, dont deux à
    # Koupiansk", linked to the strike on Koupiansk: a toll of several acts told over the area its
    # own sentence names is that area's, not the town of one of them
    keeps_own = keeps_own or (own is not None and named_here and own.precision == 3
                              and draft.location is not None and draft.location.precision < 3
                              and names_violence_by_noun(ctx, ctx.sentence_index(sentence.start), "Plur"))
    return replace(stmt, event=f"e{n + 1}", location=own if keeps_own else draft.location or own)


def _is_noun(ctx: Context, char: int) -> bool:
    """Whether the word at ``char`` is a noun ("l'assaut lancé par les shebab")."""
    word = ctx.word_at(char)
    return word is not None and word.pos_ == "NOUN"


def _is_participle(ctx: Context, char: int) -> bool:
    """Whether the word at ``char`` is a past participle used as an adjective or a passive
    ("enlevées par des bandits armés", "ont été tués par"), not a compound past ("a bombardé les
    quartiers tenus par les rebelles"): the agent right after it is its author."""
    word = ctx.word_at(char)
    if word is None or word.pos_ not in ("VERB", "ADJ") or not past_participle(word):
        return False
    before = next((t for t in reversed(ctx.doc[max(0, word.i - 3):word.i])
                   if t.pos_ not in ("ADV", "PRON")), None)
    return before is None or not (before.pos_ == "AUX" and before.lemma_ == "avoir")


def _belligerents(ctx: Context, country: str | None) -> tuple[Actor | None, Actor | None]:
    """The article's two warring parties, for clashes and talks whose sentences name no one
    ("des combats ont éclaté", "les deux délégations"): its most often named armed party, then
    the most often named one of another class."""
    ranked = _armed_parties(ctx, country)
    if not ranked:
        return None, None
    return ranked[0], next((a for a in ranked if a.inter != ranked[0].inter), None)


def _opponent(ctx: Context, country: str | None, side: Actor, draft: Draft) -> Actor | None:
    """Who fought ``side`` when only it is named ("onze gendarmes tués lors de l'assaut de leur
    brigade"): the party the incident or the article is pinned on, else the article's most often
    named armed party of another class."""
    pinned = [m.actor(country) for m in (settling_party(ctx, draft.sentences, draft.location),
                                         blamed(ctx)) if m is not None]
    return next((a for a in pinned + _armed_parties(ctx, country) if a.inter != side.inter), None)


def _armed_parties(ctx: Context, country: str | None) -> list[Actor]:
    """The article's armed parties, most often named first."""
    parties = [m for i in range(len(ctx.sentences)) for m in _sentence_actors(ctx, i)
               if not (m.speaker or m.counted) and m.inter_in(country) not in (CIVILIANS, PROTESTERS)
               and not m.kind.parties_to]  # "le président", "l'ONU": no armed party
    counts = Counter(m.kind.name for m in parties)
    first: dict[str, ActorMention] = {}
    for m in parties:
        first.setdefault(m.kind.name, m)
    return [m.actor(country) for m in sorted(first.values(), key=lambda m: -counts[m.kind.name])]


def _foreign_weapons(ctx: Context, draft: Draft, country: str | None,
                     actor1: Actor | None) -> Actor | None:
    """Who fired what was shot down: the foreign state a nationality in the trigger's sentence
    names ("une dizaine de drones ukrainiens ont été détruits au-dessus de la région")."""
    lex = actor_lexicon(ctx.lang)
    sent = ctx.sentence_at(draft.at)
    for match in lex.nationality.finditer(ctx.text, sent.start_char, sent.end_char):
        found = lex.nationalities.get(match.group(0).lower())
        if found is not None and found != country:
            other = state_forces(found, country)
            if actor1 is None or other.name != actor1.name:  # "un F-16 américain a abattu un drone turc"
                return other
    return None


AFFILIATION_CHARS = 20  # how far after the attackers their tie may start ("armés venus à moto")
AFFILIATED_CHARS = 60  # how far after it the group may be named ("au groupe islamiste nigérian")


def _affiliated(ctx: Context, country: str | None, actor: Actor | None) -> Actor | None:
    """Unidentified attackers tied right after them to a named group ("des hommes armés
    soupçonnés d'appartenir au groupe islamiste Boko Haram") are that group's men; tied to one
    told of before ("au même groupe"), the armed group the article names most."""
    lex = actor_lexicon(ctx.lang)
    if actor is None or actor.name != lex.class_names.get(UNIDENTIFIED) or not actor.evidence:
        return actor
    end = actor.evidence[0].end
    tie = lex.affiliated.search(ctx.text, end, end + AFFILIATION_CHARS + AFFILIATED_CHARS)
    if tie is None or tie.start() - end > AFFILIATION_CHARS \
            or CLAUSE_PUNCTUATION.search(ctx.text, end, tie.start()):
        return actor
    group = _group_named_after(ctx, tie.end(), tie.end() + AFFILIATED_CHARS)
    if group is not None:
        return replace(group.actor(country), evidence=actor.evidence)
    rest = ctx.text[tie.end():tie.end() + AFFILIATED_CHARS]
    if lex.affiliated_told_before.match(ctx.text, tie.end() + len(rest) - len(rest.lstrip())):
        # "soupçonnés d'appartenir au même groupe": the armed group the article names most, by
        # its own name rather than a class's ("des islamistes présumés de Boko Haram")
        generic = set(lex.class_names.values())
        groups = [a for a in _armed_parties(ctx, country) if a.inter in NON_STATE_ARMED]
        told = next((a for a in groups if a.name not in generic), next(iter(groups), None))
        return replace(told, evidence=actor.evidence) if told else actor
    return actor


def _blamed_for_unknown(ctx: Context, draft: Draft, country: str | None,
                        actor: Actor | None, other: Actor | None) -> Actor | None:
    """Unidentified armed men fighting state forces ("des hommes armés ont pris d'assaut la caserne
    … Les autorités l'attribuent au groupe État islamique") are the armed group the article holds
    responsible (blame.blamed), as an insurgency's attack on the forces is coded to the insurgents
    it is pinned on; men the text calls unidentified ("non identifiés") stay so, and so do unnamed
    killers of civilians, which are coded unidentified whoever is suspected."""
    lex = actor_lexicon(ctx.lang)
    if actor is None or actor.name != lex.class_names.get(UNIDENTIFIED) or not actor.evidence \
            or other is None or other.inter not in FORCES \
            or any(m.kind.unknown for m in draft.mentions if m.span in actor.evidence):
        return actor
    party = blamed(ctx, draft.location)
    if party is None or party.kind.inter not in NON_STATE_ARMED:
        return actor
    return replace(party.actor(country), evidence=actor.evidence)


def _group_named_after(ctx: Context, start: int, end: int) -> ActorMention | None:
    """The first armed group named by its own name (not a class's) between ``start``, right after
    a word tying people to it ("soupçonnés d'appartenir", "liens avec"), and ``end``, in the same
    clause."""
    generic = set(actor_lexicon(ctx.lang).class_names.values())
    return next((m for m in find_actors(ctx.text, start, end, ctx.lang)
                 if m.kind.name not in generic and m.kind.inter in NON_STATE_ARMED
                 and not CLAUSE_PUNCTUATION.search(ctx.text, start, m.span.start)), None)


def _group_of_the_arrested(ctx: Context, draft: Draft, country: str | None,
                           actor: Actor | None) -> Actor | None:
    """People arrested whom no party names (the default civilians) but who are tied in the
    trigger's sentence to a named armed group ("113 personnes soupçonnées de liens avec le PKK",
    "six membres présumés de 400 Mawozo") are that group's."""
    if actor is not None and (actor.inter != CIVILIANS or actor.evidence):
        return actor
    sent = ctx.sentence_at(draft.at)
    for tie in actor_lexicon(ctx.lang).arrested_tie.finditer(ctx.text, sent.start_char, sent.end_char):
        group = _group_named_after(ctx, tie.end(), min(sent.end_char, tie.end() + AFFILIATED_CHARS))
        if group is not None:
            return group.actor(country)
    return actor


def _told_before(ctx: Context, country: str | None, actor: Actor | None) -> Actor | None:
    """Unidentified attackers named as ones told of before ("les assaillants", "ces hommes
    armés") are the armed group the article names most, if it names one."""
    lex = actor_lexicon(ctx.lang)
    if actor is None or actor.name != lex.class_names.get(UNIDENTIFIED) or not actor.evidence \
            or not lex.told_before.search(ctx.text, max(0, actor.evidence[0].start - AGENT_WINDOW),
                                          actor.evidence[0].start):
        return actor
    group = next((a for a in _armed_parties(ctx, country)
                  if a.inter in ARMED_GROUPS - {EXTERNAL} and a.name != actor.name), None)
    # named where they act: "les assaillants n'ont été repoussés" stays their act
    return replace(group, evidence=actor.evidence) if group else actor


def _main_victims(lang: str, statements: list[CasualtyStatement]) -> str | None:
    """Who the event's first figure counts; "people" most of whom one side's parts name ("Onze
    personnes, dix policiers et un chauffeur civil"; "quinze personnes, dont sept soldats, six
    civils et un policier": soldiers and police are both the forces) are that side's."""
    first = next((s for s in statements if s.subset_of is None), None)
    if first is None:
        return None
    parts = [s for s in statements if s.subset_of == first.id]
    if first.victims != "people" or not parts:
        return first.victims
    classes = actor_lexicon(lang).victim_classes
    sides: Counter[int | None] = Counter()
    for part in parts:
        sides[classes.get(part.victims)] += part.quantity.value
    side, count = sides.most_common(1)[0]
    if 2 * count > first.quantity.value:
        return max((s for s in parts if classes.get(s.victims) == side),
                   key=lambda s: s.quantity.value).victims
    return first.victims


def _acts(draft: Draft, actor: Actor) -> bool:
    """Whether ``actor`` is named in the event as the subject or the agent of a verb ("des
    rebelles ont attaqué", "repoussés par l'armée")."""
    return any(m.subject or m.agent for m in draft.mentions if m.span in actor.evidence)


def _state_forces(draft: Draft, actor: Actor) -> bool:
    """Whether ``actor`` is a state's forces, at home or abroad (not the UN, not an NGO)."""
    named = [m for m in draft.mentions if m.span in actor.evidence]
    if not named:  # synthesised, or named elsewhere in the article
        return actor.inter == STATE
    return any(m.kind.inter == STATE for m in named)


def _forces_first(ctx: Context, draft: Draft, actor1: Actor | None,
                  actor2: Actor | None) -> tuple[Actor | None, Actor | None]:
    """Fighting told by words that name no side as its attacker ("des affrontements ont opposé
    l'armée aux assaillants") puts the side it names first in a pair first ("ont opposé les mutins
    à la garde présidentielle"), else state forces, unless the other side acts in it."""
    if draft.sub_event_type in ASSAULTS and actor1 is not None and actor2 is not None \
            and actor1.evidence and actor2.evidence:
        first = first_of_pair(ctx.text, draft.at, (actor1.evidence[0], actor2.evidence[0]), ctx.lang)
        if first is not None:
            return (actor1, actor2) if first == actor1.evidence[0] else (actor2, actor1)
    if draft.sub_event_type in ASSAULTS and actor_lexicon(ctx.lang).mutual.match(ctx.text, draft.at) \
            and actor1 is not None and actor2 is not None and _state_forces(draft, actor2) \
            and actor1.inter not in FORCES and not _acts(draft, actor1) \
            and not (_assault_told(ctx, draft) and not _acts(draft, actor2)):
        return actor2, actor1
    return actor1, actor2


def _assault_told(ctx: Context, draft: Draft) -> bool:
    """Whether the trigger's sentence tells an assault before the fighting word ("ont pris d'assaut
    un poste, où neuf policiers ont péri dans les combats"): the fight was that assault's."""
    opening = ctx.sentence_at(draft.at).start_char
    return actor_lexicon(ctx.lang).mutual_assault.search(ctx.text, opening, draft.at) is not None


POST_OBJECT_CHARS = 40  # how far from an assault's word the post it hit may be named


def _post_assaulted(ctx: Context, draft: Draft) -> bool:
    """Whether the fighting at ``draft.at`` is an assault (no word of mutual fighting) told with a
    post of the forces as its object in its clause: after it ("ont attaqué simultanément des bases
    militaires", "une autre attaque a visé un poste") or as the subject of its participle ("une
    position de la Minusca a été attaquée")."""
    lex = actor_lexicon(ctx.lang)
    text, at = ctx.text, draft.at
    if lex.mutual.match(text, at):
        return False
    sent = ctx.sentence_at(at)
    trigger = ctx.word_at(at)
    end = min(sent.end_char, at + len(trigger.text if trigger is not None else "") + POST_OBJECT_CHARS)
    post = lex.assaulted_posts.search(text, at + 1, end)
    if post is not None and not CLAUSE_PUNCTUATION.search(text, at, post.start()):
        return True
    if trigger is None or "Pass" not in trigger.morph.get("Voice", []):
        return False  # "des postes de l'armée ont ouvert le feu": the post's men fired
    before = list(lex.assaulted_posts.finditer(text, max(sent.start_char, at - POST_OBJECT_CHARS), at))
    return bool(before) and not CLAUSE_PUNCTUATION.search(text, before[-1].end(), at)


def _post_holders_second(ctx: Context, draft: Draft, country: str | None, actor1: Actor | None,
                         actor2: Actor | None) -> tuple[Actor | None, Actor | None]:
    """An assault on a post of the forces that names no attacker: the forces are its target, the
    article's armed party fighting them (not another state's or the UN's forces) its initiator."""
    if actor1 is not None and actor2 is not None and actor1.inter in FORCES \
            and actor2.inter in NON_STATE_ARMED:
        return actor2, actor1  # both from the article's belligerents
    if actor2 is not None and actor2.inter in FORCES and (actor1 is None or actor1.inter in FORCES):
        pinned = [m.actor(country) for m in (settling_party(ctx, draft.sentences, draft.location),
                                             blamed(ctx)) if m is not None]
        enemy = next((a for a in pinned + _armed_parties(ctx, country) if a.inter in NON_STATE_ARMED), None)
        return (enemy, actor2) if enemy is not None else (actor1, actor2)
    return actor1, actor2


REPELLED_CHARS = 40  # how far before the attack's word the verb repelling it may start
DETERMINER_CHARS = 7  # what may stand between that verb and the attack's word (" une ", " l'")


def _repelled(ctx: Context, draft: Draft, actor1: Actor) -> bool:
    """Whether the attack at ``draft.at`` is told as repelled ("a affirmé avoir repoussé une
    attaque de …") by ``actor1``, named before it in its sentence: then it was the target."""
    opening = ctx.sentence_at(draft.at).start_char
    if not any(opening <= s.start < draft.at for s in actor1.evidence):
        return False
    verbs = list(actor_lexicon(ctx.lang).repelled.finditer(
        ctx.text, max(opening, draft.at - REPELLED_CHARS), draft.at))
    verb = verbs[-1] if verbs else None
    return verb is not None and 0 < draft.at - verb.end() <= DETERMINER_CHARS \
        and not CLAUSE_PUNCTUATION.search(ctx.text, verb.end(), draft.at)


def _answerer_second(ctx: Context, draft: Draft, actor1: Actor | None,
                     actor2: Actor | None) -> tuple[Actor | None, Actor | None]:
    """Fighting told as a side fighting back ("les combattants de la Séléka ont riposté", "l'armée
    indienne a riposté") was started by the other side: the one answering is the target."""
    fighting_back = actor_lexicon(ctx.lang).fighting_back
    if draft.sub_event_type not in ASSAULTS or actor1 is None or actor2 is None \
            or fighting_back.search(ctx.text, draft.at, draft.at + FIGHTING_CHARS) is None:
        return actor1, actor2
    # who answers is its subject: of the two, the one named nearest before it in its sentence
    opening = ctx.sentence_at(draft.at).start_char
    before = [(s.start, actor) for actor in (actor1, actor2) for s in actor.evidence
              if opening <= s.start < draft.at]
    answering = max(before, key=lambda pair: pair[0])[1] if before else None
    return (actor2, actor1) if answering is actor1 else (actor1, actor2)


OPENING_CHARS = 4  # how far into the next sentence its subject may start ("La police a riposté")


def _forces_answered(ctx: Context, draft: Draft) -> bool:
    """Whether state forces are told answering the act at ``draft.at``, after it in its sentence
    ("…, lançant des pierres ; les policiers ont répliqué") or as the next sentence's subject
    ("La police a riposté avec des gaz lacrymogènes")."""
    index = ctx.sentence_index(draft.at)
    after = [m for m in _sentence_actors(ctx, index) if m.span.start > draft.at]
    if index + 1 < len(ctx.sentences):
        opening = ctx.sentences[index + 1].start_char + OPENING_CHARS
        after += [m for m in _sentence_actors(ctx, index + 1) if m.span.start <= opening]
    return any(answers(ctx.text, m, ctx.lang) for m in after)


UNILATERAL_CHARS = 40  # how far after a truce's trigger "unilatéral" may stand ("une trêve unilatérale")
AIRCRAFT_CHARS = 25  # how far into a trigger's phrase a warplane may be named ("des avions")


def _remote_attacker(drafts: list[Draft]) -> str | None:
    """The one foreign country whose fire the article's strikes and shelling are told as ("un
    missile russe s'est abattu sur Romny"), if they name one and only one."""
    found = {d.attacker_country for d in drafts if d.sub_event_type in REMOTE_FIRE
             and d.attacker_country is not None
             and (d.location is None or d.location.country != d.attacker_country)}
    return found.pop() if len(found) == 1 else None


def _freeze(ctx: Context, n: int, draft: Draft, linked: tuple[CasualtyStatement, ...],
            remote_attacker: str | None = None) -> Event:
    event_id = f"e{n + 1}"
    statements = [s for s in linked if s.event == event_id]
    fatalities = _fatalities(ctx, statements)
    sub_event_type = draft.if_killed if draft.if_killed and fatalities else draft.sub_event_type
    victims = _main_victims(ctx.lang, statements)
    if victims in (None, "people") and draft.event_type in event_lexicon(ctx.lang).civilian_objects_in \
            and _targets_forces(ctx, ctx.sentence_index(draft.at), draft.at):
        victims = "soldiers"  # "deux explosions ont secoué le commissariat central": the forces were hit
    country = draft.location.country if draft.location else None
    if draft.event_type not in actor_lexicon(ctx.lang).abroad_in:
        # talks held in Pretoria on Ethiopia's war: who is foreign is judged against the war's
        # country, not the venue's (the one the title leads with, else the one most places are in)
        country = headline_country(ctx) or main_country(ctx) or \
            (country if draft.location and draft.location.precision < 3 else None)
    lex = actor_lexicon(ctx.lang)
    aircraft = draft.event_type in VIOLENT and \
        (lex.aircraft.search(ctx.text, draft.at, draft.at + AIRCRAFT_CHARS) is not None
         or _aircraft_before(ctx, draft.at) is not None)
    if aircraft and draft.vague_fire and sub_event_type == REMOTE_FIRE[0]:
        # "deux Mirage ont bombardé un dépôt": a word of fire that says neither air nor ground,
        # whose subject is warplanes, is an air strike
        sub_event_type = REMOTE_FIRE[1]
    # "a détruit une dizaine de drones ukrainiens": the nationality is the weapons', not the defence's
    intercepted = sub_event_type in AROUND_TRIGGER
    # the party the incident itself is pinned on outweighs the article's overall suspect
    settled = settling_party(ctx, draft.sentences, draft.location)
    actor1, actor2 = resolve_actors(draft.mentions, ctx.lang, event_type=draft.event_type,
                                    sub_event_type=sub_event_type, victims=victims,
                                    country=country,
                                    # "frappe russe" names who struck; "un cessez-le-feu obtenu
                                    # par la médiation américaine" names no party to the truce
                                    attacker_country=None if intercepted or draft.event_type not in VIOLENT
                                    else draft.attacker_country,
                                    near=None if draft.event_type in IN_TEXT_ORDER
                                    and sub_event_type not in AROUND_TRIGGER else draft.at,
                                    blamed=(settled or blamed(ctx, draft.location))
                                    if draft.event_type in blamed_in(ctx.lang)
                                    else None, settled=settled,
                                    noun_trigger=_is_noun(ctx, draft.at) or _is_participle(ctx, draft.at),
                                    aircraft=aircraft or _unmanned_not_told(ctx, draft, sub_event_type))
    if draft.joint is not None:  # "discussions russo-américaines" names both parties
        actor1, actor2 = (state_forces(c, country) for c in draft.joint)
    unnamed = (actor1 is None or not actor1.evidence) and not draft.attacker_country
    if aircraft and (unnamed or actor1 is None or actor1.inter not in lex.aircraft_owners):
        # "des avions militaires ont bombardé le village": the forces with warplanes the article
        # names most, else the country's own
        actor1 = next((a for a in _armed_parties(ctx, country) if a.inter in lex.aircraft_owners),
                      state_forces(country, country) if country else actor1)
    elif draft.sub_event_type in REMOTE_FIRE and unnamed:
        # "un autre missile s'est abattu sur Kharkiv": the foreign army the article names, else
        # the one whose fire its other strikes are told as ("des drones explosifs ont frappé Kiev
        # … un missile russe s'est abattu sur Romny")
        told = state_forces(remote_attacker, country) \
            if remote_attacker is not None and remote_attacker != country else actor1
        actor1 = next((a for a in _armed_parties(ctx, country) if a.inter == EXTERNAL), told)
    # "les militaires ont pris en chasse les assaillants": fought, they are still that group
    actor1, actor2 = _told_before(ctx, country, actor1), _told_before(ctx, country, actor2)
    # "des hommes armés soupçonnés d'appartenir à Boko Haram": that group's men
    actor1, actor2 = _affiliated(ctx, country, actor1), _affiliated(ctx, country, actor2)
    # "des hommes armés" attacking the forces, in an article attributing the attack to a group
    actor1, actor2 = (_blamed_for_unknown(ctx, draft, country, actor1, actor2),
                      _blamed_for_unknown(ctx, draft, country, actor2, actor1))
    if sub_event_type in lex.members_arrested_in:  # "113 personnes soupçonnées de liens avec le PKK"
        actor2 = _group_of_the_arrested(ctx, draft, country, actor2)
    if intercepted and actor2 is None:  # with no nationality, who fired is the defence's enemy
        actor2 = _foreign_weapons(ctx, draft, country, actor1) or \
            (_opponent(ctx, country, actor1, draft) if actor1 is not None else None)
    actor1, actor2 = _forces_first(ctx, draft, actor1, actor2)
    if actor1 is None and draft.event_type in actor_lexicon(ctx.lang).belligerents_in:
        # "dix-huit soldats tués lors de combats contre des hommes d'Abu Sayyaf": the side the
        # article pins on the soldiers' enemy, after the forces when no side started it
        actor1, actor2 = _forces_first(ctx, draft, *(
            _belligerents(ctx, country) if actor2 is None else
            (_opponent(ctx, country, actor2, draft), actor2)))
        if sub_event_type in ASSAULTS and _post_assaulted(ctx, draft):
            # "leurs combattants ont attaqué des bases militaires": the forces holding it were hit
            actor1, actor2 = _post_holders_second(ctx, draft, country, actor1, actor2)
    elif actor2 is None and actor1 is not None and actor1.inter != EXTERNAL and \
            (draft.event_type, sub_event_type) in actor_lexicon(ctx.lang).two_sided:
        # "les talibans ont annoncé un cessez-le-feu": with the other side of the war (a foreign
        # power announcing "un arrêt des bombardements" takes no side of it along)
        actor2 = _opponent(ctx, country, actor1, draft)
    elif actor2 is None and draft.event_type in event_lexicon(ctx.lang).civilian_objects_in and \
            _targets_civilians(ctx, ctx.sentence_index(draft.at), draft.at):
        # "l'aviation a riposté en bombardant plusieurs quartiers": a strike on civilians
        actor2 = default_target_civilians(ctx.lang, country)
    elif actor2 is None and actor1 is not None and actor1.inter in FORCES and \
            sub_event_type in actor_lexicon(ctx.lang).forces_strike_enemy_in:
        # "une centaine d'avions de combat israéliens ont bombardé des dizaines de cibles": the
        # forces' strike that names no target hit the armed group the article pins on their
        # enemy (another state's unnamed target is mostly a site: "une raffinerie")
        enemy = _opponent(ctx, country, actor1, draft)
        actor2 = enemy if enemy is not None and enemy.inter in NON_STATE_ARMED else None
    default = lex.default_targets.get(sub_event_type)
    if default is not None and default.inter in NON_STATE_ARMED and actor1 is not None \
            and actor2 is not None and not actor2.evidence and actor2.inter == default.inter:
        # "le commandement a affirmé avoir repris Lalibela": who lost it is the armed group the
        # article pins on the forces' enemy (a communal militia, a gang), else the default rebels
        enemy = _opponent(ctx, country, actor1, draft)
        actor2 = enemy if enemy is not None and enemy.inter in NON_STATE_ARMED else actor2
    actor1, actor2 = _answerer_second(ctx, draft, actor1, actor2)
    if sub_event_type in lex.unilateral_in and lex.unilateral.search(
            ctx.text, draft.at, draft.at + UNILATERAL_CHARS) is not None:
        actor2 = None  # "le MNLA avait annoncé un cessez-le-feu unilatéral": no other party to it
    if (draft.event_type, sub_event_type) == CLASH:  # "des affrontements entre tribus rivales"
        sent = ctx.sentence_at(draft.at)
        side = communal_sides(ctx.text, sent.start_char, sent.end_char, ctx.lang, country)
        actor1, actor2 = (side, side) if side is not None else (actor1, actor2)
    if actor2 is None and actor1 is not None:  # "des affrontements" in a riot: with the police
        actor2 = fought_forces(ctx.text, draft.at, ctx.lang, sub_event_type, country,
                               answered=_forces_answered(ctx, draft))
    if sub_event_type in ASSAULTS and actor1 is not None and _repelled(ctx, draft, actor1):
        # "l'armée a affirmé avoir repoussé une attaque de partisans": the army was attacked
        attacker = actor2 or _opponent(ctx, country, actor1, draft)
        actor1, actor2 = (attacker, actor1) if attacker is not None else (actor1, actor2)
    sources = list(draft.sources)
    for s in statements:
        if s.source is not None and s.source.name not in {x.name for x in sources}:
            sources.append(s.source)
    return Event(id=event_id, event_type=draft.event_type, sub_event_type=sub_event_type,
                 modality=draft.modality, date=draft.date,
                 evidence=tuple(ctx.sentence_span(i) for i in sorted(set(draft.sentences))),
                 location=draft.location, actor1=actor1, actor2=actor2, fatalities=fatalities,
                 sources=tuple(sources))
