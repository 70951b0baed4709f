"""Protests, riots and their repression: crowds, arrests of crowds, and violence in street unrest."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from bilan.extract.actors import PROTESTERS, STATE, ActorMention
from bilan.extract.context import Context
from bilan.extract.events.draft import (
    ARMED_GROUPS,
    ARRESTS,
    ATTACK,
    CLASH,
    FIRED_ON_PROTEST,
    PROTESTS,
    RIOTS,
    STREET_TYPES,
    Draft,
)
from bilan.extract.events.incidents import Events, same_incident
from bilan.extract.events.sites import may_share_place, same_area
from bilan.extract.numbers import find_quantities
from bilan.extract.places import approximate, country_location, sentence_location
from bilan.extract.triggers import VIOLENT, EventLexicon, Trigger, event_lexicon
from bilan.model import CasualtyStatement, Event, EventType, Span

COUNT_CHARS = 30  # how far before "arrestations" a count of them may stand
MASS_ARRESTS = 500  # arrests this many are a country's (or a region's), not one town's


def crowd_of_another_act(ctx: Context, trigger: Trigger,
                          kinds: list[tuple[Trigger, tuple[EventType, str], str | None]]) -> bool:
    """Whether ``trigger`` only names the people of a protest ("manifestants", events.yaml
    ``protester_nouns``) that undergo an act of another kind its sentence tells by other words:
    they are that act's victims ("des dizaines de manifestants ont été enlevés", "le gouvernement
    en a accusé les manifestants", "pour disperser plusieurs centaines de manifestants"), not a
    protest of their own. Protesters who act ("des manifestants ont pris d'assaut l'ambassade")
    tell their protest; so do protesters arrested, whose arrest is the protest's repression."""
    if not names_protesters(ctx, trigger):
        return False
    word = ctx.word_at(trigger.span.start)
    if word is None or not _undergoes_act(word):
        return False
    return any(other is not trigger and kind[1] != trigger.rule.sub_event_type and kind != ARRESTS
               and not names_protesters(ctx, other) for other, kind, _ in kinds)


def names_protesters(ctx: Context, trigger: Trigger) -> bool:
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


def part_of_violence(draft: Draft, events: Events, lex: EventLexicon) -> bool:
    """Whether ``draft`` is damage (looting, burning: events.yaml ``damage_of_violence``) on the
    day and at the place of an act of violence told before it, or told with no day of its own
    after one ("les greniers pillés avant d'être incendiés"), or of a riot: not an event."""
    violence = [d for d in events.drafts if d.event_type in (*VIOLENT, RIOTS)]
    return draft.sub_event_type in lex.damage_of_violence and bool(violence) and (
        not draft.own_date or any(
            d.date.start == draft.date.start and may_share_place(d, draft) for d in violence))


def riot_of_counted_protesters(draft: Draft, trigger: Trigger, stmts: list[CasualtyStatement],
                                events: Events) -> int | None:
    """The riot of the day and place whose protesters a toll counts, when the protest word is only
    the toll's victims ("Six manifestants ont été blessés", told after youths threw stones):
    ACLED counts those hurt or killed in a riot as the riot's."""
    counted = any(span.start <= trigger.span.start and trigger.span.end <= span.end
                  for stmt in stmts for span in stmt.evidence)
    if draft.event_type != PROTESTS or not counted:
        return None
    riots = [n for n, d in enumerate(events.drafts)
             if d.event_type == RIOTS and (d.date.start == draft.date.start or not draft.own_date)
             and may_share_place(d, draft)]
    return riots[-1] if riots else None


def street_clash(mentions: list[ActorMention], events: Events, rioting: bool) -> bool:
    """Whether a clash or looting is part of street unrest: protesters are named in it, its
    sentence tells a protest turned riot, or the story is of protests and riots; it names no
    armed group."""
    classes = {m.kind.inter for m in mentions}
    if classes & ARMED_GROUPS:
        return False
    return PROTESTERS in classes or rioting or (
        any(d.event_type in STREET_TYPES for d in events.drafts)
        and not any(d.event_type in VIOLENT for d in events.drafts))


def mass_arrests(ctx: Context, draft: Draft, by_sentence: dict[int, list[CasualtyStatement]]) -> None:
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


def as_protest_repression(ctx: Context, draft: Draft, stmts: list[CasualtyStatement], at: Span,
                           events: Events) -> Draft:
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
    joins = any(d.event_type == repression.event_type and same_incident(d, repression, lex)
                for d in events.drafts)
    return repression if joins else draft


def crowd_fired_on(ctx: Context, trigger: Trigger, kind: tuple[EventType, str]) -> tuple[EventType, str]:
    """Firing on a crowd in a story that tells of no protest ("les soldats ont ouvert le feu sur la
    foule massée autour des camions d'aide") is an attack on civilians, not repression."""
    lex = event_lexicon(ctx.lang)
    if lex.crowd_attacked is None or kind[0] != PROTESTS or trigger.rule.event_type != PROTESTS \
            or not lex.crowd.search(ctx.text, trigger.span.start, trigger.span.end) \
            or lex.protest_told.search(ctx.text):
        return kind
    return lex.crowd_attacked


def escalated(ctx: Context, index: int, kind: tuple[EventType, str]) -> tuple[EventType, str]:
    """The kind a sentence's cues turn ``kind`` into ("des manifestants ont incendié": a riot)."""
    escalation = event_lexicon(ctx.lang).escalations.get(kind[1])
    if escalation and ctx.search_sentence(escalation[1], index):
        return escalation[0]
    return kind


def repression_told_as_attack(ctx: Context, events: list[Event]) -> dict[int, int]:
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


def riot_told_as_clash(events: list[Event]) -> dict[int, int]:
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
                     and e.date.start == event.date.start and same_area(e.location, event.location)),
                    None)
        if told is not None:
            found[n] = told
    return found
