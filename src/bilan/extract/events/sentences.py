"""The events one sentence reports: which of its triggers tell an act of their own, and which
only tell again, judge, announce or put before an act told."""

from __future__ import annotations

from dataclasses import replace

from bilan.extract.actors import UNIDENTIFIED, ActorMention, default_initiator
from bilan.extract.context import Context
from bilan.extract.events.days import (
    dated_earlier,
    days_past_onset,
    event_days,
    happening_days,
    names_a_past_incident,
    on_the_same_day,
    only_past_days,
    sentence_dates,
    told_as_earlier,
    told_that_day,
)
from bilan.extract.events.draft import (
    ARRESTS,
    ASSAULTS,
    ATTACK,
    CIVILIAN_VICTIMS,
    CLASH,
    CLAUSE_CHARS,
    CLAUSE_END,
    PROTESTS,
    REMOTE_FIRE,
    RIOTS,
    STREET_TYPES,
)
from bilan.extract.events.drafting import make_draft, resolve_type
from bilan.extract.events.incidents import Events
from bilan.extract.events.parties import (
    right_after,
    sentence_actors,
    target_of,
    targets_forces,
    victims_of,
)
from bilan.extract.events.sites import other_towns
from bilan.extract.events.street import (
    as_protest_repression,
    crowd_fired_on,
    crowd_of_another_act,
    escalated,
    names_protesters,
    part_of_violence,
    riot_of_counted_protesters,
    street_clash,
)
from bilan.extract.events.tolls import in_running_total, mostly_forces
from bilan.extract.places import CLAUSE_BREAK, sentence_location
from bilan.extract.triggers import CUE_CHARS, VIOLENT, Trigger, event_lexicon, sentence_triggers
from bilan.model import CasualtyStatement, DateRange, EventType

PAST_AUX_TOKENS = 4  # tokens before a participle where its auxiliary is sought ("a été violemment")
ANNOUNCE_CHARS = 90  # how far before a trigger a cue of its own clause may announce it
STREET_CLASH: tuple[EventType, str] = (RIOTS, "Violent demonstration")
LOOTING: tuple[EventType, str] = ("Strategic developments", "Looting/property destruction")
ABDUCTION: tuple[EventType, str] = ("Violence against civilians", "Abduction/forced disappearance")


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
    earlier = told_as_earlier(ctx, index, trigger)
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
    anchors = [m.span.start for m in event_days(ctx, index)] + \
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


def add_sentence_events(ctx: Context, index: int, stmts: list[CasualtyStatement],
                         events: Events, default_date: DateRange) -> None:
    """The events the triggers of one sentence report."""
    lex = event_lexicon(ctx.lang)
    first = next((c for c in stmts if c.subset_of is None), None)
    first_victims = victims_of(ctx, mostly_forces(first, stmts)) if first is not None else None
    mentions = sentence_actors(ctx, index)
    seen: set[tuple[EventType, str]] = set()
    found = _one_violent_trigger(ctx, index, sentence_triggers(ctx, index), stmts)
    # "des hommes armés ont incendié une trentaine de cases": the burning
    triggers = [t for t in found if not _yields(ctx, t, found, stmts)]
    violent = any(t.rule.event_type in VIOLENT for t in triggers)
    # "846 personnes ont été tuées et 395 enlevées au cours des trois premiers mois": a tally
    # "Depuis le début de la guerre, le 13 juin, les frappes ont fait 610 morts": the running
    # count's start is no day of an act
    tally = bool(stmts) and all(s.scope == "cumulative" for s in stmts) and not days_past_onset(ctx, index)
    kinds: list[tuple[Trigger, tuple[EventType, str], str | None]] = []
    # "la marche s'était achevée par des heurts, des voitures ayant été incendiées": a protest
    # turned riot, whose clashes are the riot's
    rioting = any(escalated(ctx, index, (t.rule.event_type, t.rule.sub_event_type))[0] == RIOTS
                  for t in triggers
                  if t.rule.event_type == PROTESTS)
    for trigger in triggers:
        if tally and trigger.rule.event_type in (*VIOLENT, *STREET_TYPES):
            continue
        incident = any(c.scope == "incident" for c in stmts)
        # a running total's words in a sentence whose figure is an incident's are another
        # clause's ("tués samedi par des hommes armés …, non loin du campement des manifestants
        # qui réclament depuis quatre mois …")
        if trigger.rule.generic and ((in_running_total(ctx, index) and not incident) or not (
                event_days(ctx, index) or incident or told_that_day(ctx, index)
                or _told_as_new_act(ctx, index) or _done_in_past_tense(ctx, trigger))):
            continue  # "théâtre d'attaques régulières", "depuis 2015, les attaques": context
        if violent and "announced" in trigger.rule.modalities and \
                not _announced_here(ctx, index, trigger):
            continue  # "… au mépris du cessez-le-feu qu'ils avaient annoncé": context of the attack
        if _called_for(ctx, trigger):
            continue  # "a exigé des frappes aériennes de l'Otan": a call, not a strike
        if _goes_on_unplaced(ctx, index, trigger):
            continue  # "Sur le terrain, les combats n'ont guère faibli": no incident of its own
        if names_a_past_incident(ctx, trigger) or only_past_days(ctx, index):
            # "portent à 113 le nombre de manifestants tués depuis le coup d'État de 2021", "en
            # février 2019, l'aviation avait bombardé": an old incident, told as context
            continue
        # "ont attaqué des villages": a generic attack's target (an ambush "près du village" is not)
        victims = (target_of(ctx, index, trigger.span.end) or first_victims) \
            if trigger.rule.by_victims and trigger.rule.generic else first_victims
        kind = escalated(ctx, index, resolve_type(ctx, trigger.rule, lex, mentions, victims, trigger.span))
        kind = crowd_fired_on(ctx, trigger, kind)
        if kind in (CLASH, LOOTING) and street_clash(mentions, events, rioting):
            # "des affrontements ont été signalés à Bandung", "à la nuit tombée, des groupes ont
            # pillé des supermarchés" in a protest story: the riot's
            kind = STREET_CLASH
        # "des autocars … ont été arrêtés par des hommes armés" (rebels who hold a town do arrest)
        if kind == ARRESTS and any(m.agent and m.kind.inter == UNIDENTIFIED
                                   and right_after(ctx.text, trigger.span, m.span) for m in mentions):
            kind = ABDUCTION
        if kind[0] == RIOTS and _by_unnamed_gunmen(ctx, trigger, mentions):
            kind = ATTACK
        kinds.append((trigger, kind, victims))
    # what each act is told after ("au lendemain d'une frappe"), if anything; types and sub-types
    # told here as acts of the sentence, not as what came before ("se sont rassemblés mardi, dans
    # le calme, au lendemain de violents heurts": no clash absorbs the rally)
    earliers = [told_as_earlier(ctx, index, trigger) for trigger, _, _ in kinds]
    types_here = {name for (_, kind, _), earlier in zip(kinds, earliers, strict=True) for name in kind
                  if earlier is None or not earlier.within}
    for (trigger, kind, hit), earlier in zip(kinds, earliers, strict=True):
        if types_here & lex.absorbed_by.get(kind[1], frozenset()):
            continue  # "des protestataires ont incendié un poste et pillé des commerces": one riot
        if crowd_of_another_act(ctx, trigger, kinds):
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
            told = definite and not happening_days(ctx, index)
            # "Les protestataires réclament…", naming no act: the crowd of the unrest told, a
            # protest or a riot ("les protestataires ont riposté à coups de pavés" tells one)
            crowd = told and len(kinds) == 1 and names_protesters(ctx, trigger)
            draft = make_draft(ctx, index, kind, trigger.rule, trigger.span, default_date)
            if draft.modality == "occurred" and not trigger.rule.reports_occurred:
                continue  # "L'ONU a proposé sa médiation": a development told, not an event
            draft.civilians = hit in CIVILIAN_VICTIMS
            draft.assault = trigger.rule.generic and kind == CLASH \
                and targets_forces(ctx, index, trigger.span.end)
            draft = as_protest_repression(ctx, draft, stmts, trigger.span, events)
            draft.repeats = lex.repeat.search(before) is not None
            if lex.retaliation.search(ctx.text, ctx.sentences[index].start_char, trigger.span.start):
                # the other side's act: not where the act told before took place, unless it says so
                draft.reprisal = True
                draft.location = draft.location if draft.own_place else None
            if earlier is not None:
                dated_earlier(ctx, index, draft, trigger, earlier, default_date, events.drafts)
                # "Quelques heures plus tôt, une bombe avait explosé…": another act than the last
                draft.repeats = draft.repeats or not earlier.within
                draft.backdrop = earlier.within and draft.own_date
            draft = on_the_same_day(ctx, index, draft, events)
            if part_of_violence(draft, events, lex):
                continue  # "les greniers pillés avant d'être incendiés" in a massacre: the massacre's
            riot = riot_of_counted_protesters(draft, trigger, stmts, events)
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
            for other in other_towns(ctx, index, draft, lex, until):  # "ainsi que Gondar"
                events.add(replace(draft, location=other, sentences=[index],
                                   mentions=list(draft.mentions), sources=list(draft.sources)))


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
    days = [m.span for m, _ in sentence_dates(ctx, index)]
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


def _strikes_anew(ctx: Context, index: int, trigger: Trigger) -> bool:
    """Whether a force that strikes, named with a definite article ("L'aviation du GNA a par
    ailleurs frappé mardi", "Au même moment, l'aviation nordiste a bombardé Aden"), tells a strike
    of its own: its sentence names the day, or the one told before. Without either it may tell the
    strike told before again ("affirmant que l'aviation avait visé des positions de l'AA")."""
    lex = event_lexicon(ctx.lang)
    return lex.striking_forces.fullmatch(ctx.text, trigger.span.start, trigger.span.end) is not None \
        and (bool(event_days(ctx, index)) or told_that_day(ctx, index))


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


def _pronoun_before(ctx: Context, char: int) -> bool:
    """Whether the word right before ``char`` is a pronoun ("les attaquer"), not an article."""
    word = ctx.word_at(char)
    return word is not None and word.i > 0 and ctx.doc[word.i - 1].pos_ == "PRON"


def _opens_sentence(ctx: Context, index: int, trigger: Trigger) -> bool:
    """Whether at most one word (its article) stands before the trigger in its sentence."""
    words = ctx.text[ctx.sentences[index].start_char:trigger.span.start].strip(" \t\n–—-").split()
    return len(words) <= 1


def _by_unnamed_gunmen(ctx: Context, trigger: Trigger, mentions: list[ActorMention]) -> bool:
    """Whether the men an attack is put down to when no one is named act right before the trigger
    ("des inconnus ont lancé des cocktails Molotov sur le car"): armed men, not rioters."""
    unnamed = default_initiator(ctx.lang, *ATTACK)
    return unnamed is not None and any(
        m.kind.name == unnamed.name and right_after(ctx.text, m.span, trigger.span) for m in mentions)


def _goes_on_unplaced(ctx: Context, index: int, trigger: Trigger) -> bool:
    """Whether the trigger's clause says only that violence goes on, naming no day or place of
    its own ("les combats ne faiblissent pas"; not "les combats se poursuivaient mardi autour de
    Soudja")."""
    end = min(ctx.sentences[index].end_char, trigger.span.end + CUE_CHARS)
    return event_lexicon(ctx.lang).continuing.search(ctx.text, trigger.span.end, end) is not None \
        and not happening_days(ctx, index) and sentence_location(ctx, index) is None
