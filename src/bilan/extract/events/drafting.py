"""One trigger's draft event: its kind, modality, day and parties."""

from __future__ import annotations

from bilan.extract.actors import EXTERNAL, STATE, ActorMention, joint_parties, trigger_country
from bilan.extract.attribution import is_report_day, sentence_source
from bilan.extract.context import Context
from bilan.extract.events.days import (
    after_night,
    announcement_day,
    carried_date,
    is_in_force_day,
    is_onset_day,
    sentence_date,
    since_day,
)
from bilan.extract.events.draft import IN_TEXT_ORDER, REMOTE_FIRE, Draft
from bilan.extract.events.parties import aircraft_country, attributed_country, capturer_of, parties_of
from bilan.extract.places import place_before, sentence_location
from bilan.extract.triggers import VIOLENT, EventLexicon, Rule, event_lexicon
from bilan.model import DateRange, EventType, Modality, Span


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


def resolve_type(ctx: Context, rule: Rule, lex: EventLexicon, mentions: list[ActorMention],
                  victims: str | None, at: Span) -> tuple[EventType, str]:
    if rule.capture:
        if ctx.search_sentence(lex.without_fighting, ctx.sentence_index(at.start)):
            return lex.peaceful_transfer  # "se sont retirés de la ville sans livrer bataille"
        capturer = capturer_of(ctx.text, ctx.lang, mentions, at)
        if capturer is not None and capturer.kind.inter in (STATE, EXTERNAL):
            return rule.event_type, lex.capture_by_state
    # a generic attack is typed by its victims as their figures would type it (events.yaml's
    # default_by_victims): on civilians or people, violence against civilians
    by_victims = lex.default_by_victims.get(victims) if rule.by_victims and victims else None
    if by_victims is not None and by_victims[0] == "Violence against civilians":
        return by_victims
    return rule.event_type, rule.sub_event_type


def _speaks_of_future(ctx: Context, index: int, rule: Rule | None) -> bool:
    """Whether the sentence plans what its trigger names ("les pourparlers doivent reprendre
    mardi"): its weekdays are then ahead of publication."""
    if rule is None or "planned" not in rule.modalities:
        return False
    planned = event_lexicon(ctx.lang).cues_of("planned")
    return planned is not None and ctx.search_sentence(planned, index) is not None


def make_draft(ctx: Context, index: int, kind: tuple[EventType, str], rule: Rule | None, at: Span,
           default_date: DateRange) -> Draft:
    own = sentence_date(ctx, index, at.start, future=_speaks_of_future(ctx, index, rule), near_end=at.end)
    if (own is None and kind[0] in VIOLENT) or (own is not None and is_report_day(ctx, own.span)):
        # "Depuis samedi, l'artillerie pilonne", "450 personnes ont été arrêtées depuis samedi, a
        # déclaré mardi le gouverneur": what goes on is dated from its first day, not the day told
        own = since_day(ctx, index) or own
    when = own.as_range() if own else after_night(ctx, index, carried_date(ctx, index) or default_date)
    modality = _modality(ctx, index, rule, when, at, own is not None)
    # "La CPC, qui avait annoncé mercredi une trêve": a development is made the day it is announced
    announced = announcement_day(ctx, index, at) \
        if modality == "announced" and kind[0] in IN_TEXT_ORDER else None
    if announced is not None:
        own, when = announced, announced.as_range()
    source = sentence_source(ctx, index)
    place = sentence_location(ctx, index, near=at.start)  # else the place told before it
    return Draft(kind[0], kind[1], modality, when,
                 own is not None,
                 place or place_before(ctx, index, town=True), [index],
                 parties_of(ctx, index, kind[0], at),
                 (trigger_country(ctx.text, at, ctx.lang) or attributed_country(ctx, at)
                  or aircraft_country(ctx, at)) if rule else None,
                 [source] if source else [],
                 # "if killed" belongs to the rule's own type, not to one its cues escalated it to
                 rule.if_killed if rule and kind[0] == rule.event_type else None,
                 generic=rule.generic if rule else True,  # a toll names no kind of act
                 at=at.start,
                 joint=joint_parties(ctx.text, at, ctx.lang) if kind[0] in IN_TEXT_ORDER else None,
                 own_place=place is not None,
                 in_force_day=own is not None and is_in_force_day(ctx, index, own),
                 onset_day=own is not None and is_onset_day(ctx, index, own, at),
                 said_day=own is not None and is_report_day(ctx, own.span),
                 vague_fire=rule is not None and kind[1] in REMOTE_FIRE
                 and event_lexicon(ctx.lang).vague_fire.fullmatch(ctx.text, at.start, at.end) is not None)
