"""Who a sentence names, and their part in the act its trigger tells: author, target, or neither."""

from __future__ import annotations

import re
from dataclasses import replace

from bilan.extract.actors import (
    AGENT_WINDOW,
    CIVILIANS,
    STATE,
    ActorMention,
    actor_lexicon,
    find_actors,
    object_taking_lemmas,
    saying_lemmas,
    trigger_country,
    undergoing_lemmas,
)
from bilan.extract.attribution import reporter_spans, told_by_spans
from bilan.extract.context import Context, past_participle
from bilan.extract.events.draft import CLAUSE_CHARS, CLAUSE_END, IN_TEXT_ORDER
from bilan.extract.lexicon import normalise_apostrophes
from bilan.extract.places import CLAUSE_BREAK, headline_country, is_capital, main_country, place_mentions
from bilan.extract.triggers import CUE_CHARS, VIOLENT, event_lexicon
from bilan.model import CasualtyStatement, Span, Victims


def capturer_of(text: str, lang: str, mentions: list[ActorMention], at: Span) -> ActorMention | None:
    """Who took a place: the agent right after the trigger ("reprise par l'armée"), else the
    party nearest before it, its subject ("un revers pour les paramilitaires : l'armée a annoncé
    avoir repris le quartier"), else the first party named."""
    armed = [m for m in mentions if m.kind.inter != CIVILIANS and not m.targeted]
    follows = event_lexicon(lang).taker_follows.search(text, at.start, at.end) is not None
    agent = next((m for m in armed if (m.agent or follows) and right_after(text, at, m.span)), None)
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


def right_after(text: str, at: Span, span: Span) -> bool:
    """Whether ``span`` follows ``at`` in its clause within a few words ("reprise mardi par
    l'armée"; not "d'El Dher, une localité tenue par les shebab")."""
    return _close_in_clause(text, at, span)


def sentence_actors(ctx: Context, index: int) -> list[ActorMention]:
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


def parties_of(ctx: Context, index: int, event_type: str, at: Span) -> list[ActorMention]:
    """The actors of an event: for developments, those named up to the end of the trigger's
    clause ("Malgré l'annonce d'une trêve par la Russie, les forces du régime ont bombardé…": the
    truce is Russia's alone); for violence, the whole sentence's."""
    mentions = sentence_actors(ctx, index)
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
    if not mention.agent or mention.span.start < at.end or not is_noun(ctx, at.start):
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
    if mention.span.start < at.end or mention.counted or mention.hit or not is_noun(ctx, at.start) \
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


def attributed_country(ctx: Context, at: Span) -> str | None:
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


def aircraft_before(ctx: Context, at: int) -> re.Match[str] | None:
    """The warplanes named in the trigger's clause before it, its subject ("deux chasseurs F-16
    ont largué des bombes"), if any."""
    start = max(0, at - AIRCRAFT_BEFORE_CHARS)
    found = list(actor_lexicon(ctx.lang).aircraft.finditer(ctx.text, start, at))
    if not found or CLAUSE_END.search(ctx.text, found[-1].end(), at):
        return None
    return found[-1]


def aircraft_country(ctx: Context, at: Span) -> str | None:
    """The country of the warplanes that are the trigger's subject ("une douzaine de Mirage 2000
    indiens avaient largué leurs bombes")."""
    plane = aircraft_before(ctx, at.start)
    if plane is None:
        return None
    return trigger_country(ctx.text, Span(plane.start(), plane.end()), ctx.lang)


def _is_adjective(ctx: Context, span: Span) -> bool:
    """"des discussions militaires": a word for state forces used as an adjective names no one
    (unlike "des combattants jihadistes")."""
    words = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    return words is not None and len(words) == 1 and words[0].pos_ == "ADJ"


def victims_of(ctx: Context, stmt: CasualtyStatement) -> Victims:
    """A figure's victims, "people" told as civilians by what they are ("cinq indigènes", "neuf
    ressortissants chinois", "des fidèles"): civilians for the event, whatever the figure's class."""
    if stmt.victims != "people":
        return stmt.victims
    noun = ctx.token_from(stmt.quantity.span.end)
    if noun < len(ctx.doc) and event_lexicon(ctx.lang).civilian_targets.match(
            ctx.text, ctx.doc[noun].idx) is not None:
        return "civilians"
    return stmt.victims


def target_of(ctx: Context, index: int, after: int) -> Victims | None:
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


def targets_civilians(ctx: Context, index: int, after: int) -> bool:
    return target_of(ctx, index, after) == "civilians"


def targets_forces(ctx: Context, index: int, after: int) -> bool:
    """"des tirs de roquettes contre une caserne": a military target in the clause that goes on
    after character ``after``."""
    sent = ctx.sentences[index]
    limit = min(sent.end_char, after + CLAUSE_CHARS)
    end = CLAUSE_END.search(ctx.text, after, limit)
    return event_lexicon(ctx.lang).military_targets.search(
        ctx.text, after, end.start() if end else limit) is not None


def is_noun(ctx: Context, char: int) -> bool:
    """Whether the word at ``char`` is a noun ("l'assaut lancé par les shebab")."""
    word = ctx.word_at(char)
    return word is not None and word.pos_ == "NOUN"


def is_participle(ctx: Context, char: int) -> bool:
    """Whether the word at ``char`` is a past participle used as an adjective or a passive
    ("enlevées par des bandits armés", "ont été tués par"), not a compound past ("a bombardé les
    quartiers tenus par les rebelles"): the agent right after it is its author."""
    word = ctx.word_at(char)
    if word is None or word.pos_ not in ("VERB", "ADJ") or not past_participle(word):
        return False
    before = next((t for t in reversed(ctx.doc[max(0, word.i - 3):word.i])
                   if t.pos_ not in ("ADV", "PRON")), None)
    return before is None or not (before.pos_ == "AUX" and before.lemma_ == "avoir")
