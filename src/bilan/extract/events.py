"""Events: ACLED-typed incidents and developments, with date, place, actors, modality, sources.

Triggers from ``lang/<code>/events.yaml`` mark a sentence as reporting an event; the sentence's
dates, places, actors and attribution fill it in. Mentions of one incident in several sentences
(same type, day and place) become one event. Casualty statements of an incident are linked to
the event of their sentence (or of the sentence just before); figures with no event make one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache
from typing import cast

from bilan.extract.actors import find_actors, pick_actors
from bilan.extract.attribution import sentence_source
from bilan.extract.context import Context
from bilan.extract.dates import find_dates
from bilan.extract.lexicon import phrase_pattern
from bilan.extract.places import place_mentions, sentence_location
from bilan.lang import load_lexicon
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
)

MODALITY_ORDER: tuple[Modality, ...] = ("denied", "demanded", "planned", "announced")
NON_VIOLENT = ("Strategic developments", "Protests")
LINK_BACK_SENTENCES = 1  # an incident figure may follow the sentence that reports its event


@dataclass(frozen=True)
class Rule:
    event_type: EventType
    sub_event_type: str
    pattern: re.Pattern[str]
    modalities: frozenset[str]
    capture: bool
    by_victims: bool


@dataclass(frozen=True)
class EventLexicon:
    conflict_cues: re.Pattern[str]
    non_conflict_cues: re.Pattern[str]
    min_conflict_cues: int
    rules: tuple[Rule, ...]
    modality: tuple[tuple[Modality, re.Pattern[str]], ...]
    default_by_victims: dict[str, tuple[EventType, str]]
    capture_by_state: str


@cache
def event_lexicon(lang: str) -> EventLexicon:
    data = load_lexicon(lang, "events")
    rules = tuple(
        Rule(event_type=cast(EventType, r["event_type"]), sub_event_type=str(r["sub_event_type"]),
             pattern=phrase_pattern(r["triggers"]), modalities=frozenset(r.get("modalities", [])),
             capture=bool(r.get("capture")), by_victims=bool(r.get("by_victims")))
        for r in data["rules"])
    modality = tuple((name, phrase_pattern(data["modality"][name]))
                     for name in MODALITY_ORDER if name in data["modality"])
    defaults = {str(k): (cast(EventType, v[0]), str(v[1]))
                for k, v in data["default_by_victims"].items()}
    return EventLexicon(phrase_pattern(data["conflict_cues"]), phrase_pattern(data["non_conflict_cues"]),
                        int(data["min_conflict_cues"]), rules, modality, defaults,
                        str(data["capture_by_state"]))


def _distinct(pattern: re.Pattern[str], text: str) -> int:
    return len({m.group(0).lower() for m in pattern.finditer(text)})


def about_conflict(ctx: Context) -> bool:
    """Whether the article reports armed conflict or political violence at all (see events.yaml)."""
    lex = event_lexicon(ctx.lang)
    conflict = _distinct(lex.conflict_cues, ctx.text)
    return conflict >= lex.min_conflict_cues and conflict > _distinct(lex.non_conflict_cues, ctx.text)


@dataclass(frozen=True)
class Trigger:
    rule: Rule
    span: Span


def sentence_triggers(ctx: Context, index: int) -> list[Trigger]:
    """Trigger matches in a sentence, overlaps resolved longest first, earlier rules on ties."""
    lex = event_lexicon(ctx.lang)
    sent = ctx.sentences[index]
    found = [Trigger(rule, Span(m.start(), m.end()))
             for rule in lex.rules
             for m in rule.pattern.finditer(ctx.text, sent.start_char, sent.end_char)]
    order = {rule: i for i, rule in enumerate(lex.rules)}
    found.sort(key=lambda t: (-(t.span.end - t.span.start), order[t.rule], t.span.start))
    kept: list[Trigger] = []
    for trigger in found:
        if all(trigger.span.end <= k.span.start or trigger.span.start >= k.span.end for k in kept):
            kept.append(trigger)
    return sorted(kept, key=lambda t: t.span.start)


def _modality(ctx: Context, index: int, rule: Rule, when: DateRange) -> Modality:
    sent = ctx.sentences[index]
    for name, pattern in event_lexicon(ctx.lang).modality:
        if name in rule.modalities and pattern.search(ctx.text, sent.start_char, sent.end_char):
            return name
    if "planned" in rule.modalities and when.start > ctx.document.published:
        return "planned"
    return "occurred"


@dataclass
class Draft:
    """An event being assembled; frozen into an ``Event`` at the end."""

    event_type: EventType
    sub_event_type: str
    modality: Modality
    date: DateRange
    location: Location | None
    sentences: list[int]
    actors: tuple[Actor | None, Actor | None]
    sources: list[Source]


def _sentence_date(ctx: Context, index: int, default: DateRange) -> DateRange:
    sent = ctx.sentences[index]
    for mention in find_dates(sent.text, ctx.document.published, ctx.lang, sent.start_char):
        if not mention.month_only:
            return mention.as_range()
    return default


def _document_date(ctx: Context) -> DateRange:
    """The first day the article names on or before publication, else the publication day."""
    published = ctx.document.published
    for mention in find_dates(ctx.text, published, ctx.lang):
        if not mention.month_only and mention.day <= published and \
                (published - mention.day).days <= 7:
            return mention.as_range()
    return DateRange(published, published)


def _location(ctx: Context, index: int, near: int) -> Location | None:
    """The sentence's place, else the nearest place in the sentences before, else the first."""
    for i in range(index, -1, -1):
        found = sentence_location(ctx, i, near=near if i == index else None)
        if found is not None:
            return found
    mentions = place_mentions(ctx)
    return mentions[0].location() if mentions else None


def _victims_in(casualties: list[CasualtyStatement]) -> str | None:
    return next((c.victims for c in casualties if c.subset_of is None), None)


def _resolve_type(rule: Rule, lex: EventLexicon, actor1_inter: int | None,
                  victims: str | None) -> tuple[EventType, str]:
    if rule.capture and actor1_inter == 1:
        return rule.event_type, lex.capture_by_state
    if rule.by_victims and victims in ("civilians", "children", "women", "aid_workers",
                                       "journalists"):
        return lex.default_by_victims[victims]
    return rule.event_type, rule.sub_event_type


def _draft(ctx: Context, index: int, event_type: EventType, sub_event_type: str, rule: Rule | None,
           at: int, default_date: DateRange) -> Draft:
    sent = ctx.sentences[index]
    when = _sentence_date(ctx, index, default_date)
    location = _location(ctx, index, at)
    first, second = pick_actors(find_actors(ctx.text, sent.start_char, sent.end_char, ctx.lang))
    country = location.country if location else None
    actors = (first.actor(country) if first else None, second.actor(country) if second else None)
    modality: Modality = _modality(ctx, index, rule, when) if rule else "occurred"
    source = sentence_source(ctx, index)
    return Draft(event_type, sub_event_type, modality, when, location, [index], actors,
                 [source] if source else [])


def _same_incident(a: Draft, b: Draft) -> bool:
    same_place = a.location is None or b.location is None or a.location.name == b.location.name
    return (a.event_type, a.sub_event_type, a.modality, a.date.start) == \
        (b.event_type, b.sub_event_type, b.modality, b.date.start) and same_place


def _fatalities(statements: list[CasualtyStatement]) -> int:
    """ACLED's conservative count: per victim group the lowest figure, summed over groups."""
    lowest: dict[str, int] = {}
    for s in statements:
        if s.outcome == "killed" and s.subset_of is None and s.scope == "incident":
            lowest[s.victims] = min(lowest.get(s.victims, s.quantity.value), s.quantity.value)
    return sum(lowest.values())


def extract_events(ctx: Context, casualties: tuple[CasualtyStatement, ...]
                   ) -> tuple[tuple[Event, ...], tuple[CasualtyStatement, ...]]:
    """The document's events, and its casualty statements linked to them."""
    lex = event_lexicon(ctx.lang)
    default_date = _document_date(ctx)
    by_sentence: dict[int, list[CasualtyStatement]] = defaultdict(list)
    for stmt in casualties:
        by_sentence[ctx.sentence_index(stmt.evidence[0].start)].append(stmt)

    drafts: list[Draft] = []
    draft_of_sentence: dict[int, int] = {}

    def add(draft: Draft) -> int:
        for n, existing in enumerate(drafts):
            if _same_incident(existing, draft):
                existing.sentences.extend(draft.sentences)
                existing.sources.extend(s for s in draft.sources
                                        if s.name not in {x.name for x in existing.sources})
                return n
        drafts.append(draft)
        return len(drafts) - 1

    for index in range(len(ctx.sentences)):
        stmts = by_sentence.get(index, [])
        victims = _victims_in(stmts)
        seen: set[tuple[str, str]] = set()
        for trigger in sentence_triggers(ctx, index):
            sent = ctx.sentences[index]
            first, _ = pick_actors(find_actors(ctx.text, sent.start_char, sent.end_char, ctx.lang))
            kind = _resolve_type(trigger.rule, lex, first.kind.inter if first else None, victims)
            if kind in seen:
                continue
            seen.add(kind)
            n = add(_draft(ctx, index, kind[0], kind[1], trigger.rule, trigger.span.start,
                           default_date))
            if kind[0] not in NON_VIOLENT or kind[1] == "Excessive force against protesters":
                draft_of_sentence.setdefault(index, n)

    links: dict[str, int] = {}
    for index in sorted(by_sentence):
        incident = [s for s in by_sentence[index] if s.scope == "incident"]
        if not incident:
            continue
        found = next((draft_of_sentence[i] for i in range(index, index - LINK_BACK_SENTENCES - 1, -1)
                      if i in draft_of_sentence), None)
        if found is not None:
            n = found
        else:
            default = lex.default_by_victims.get(_victims_in(incident) or "people")
            if default is None:
                continue
            n = add(_draft(ctx, index, default[0], default[1], None, incident[0].quantity.span.start,
                           default_date))
            draft_of_sentence[index] = n
        for stmt in incident:
            links[stmt.id] = n

    linked = tuple(replace(s, event=f"e{links[s.id] + 1}") if s.id in links else s
                   for s in casualties)
    events = []
    for n, draft in enumerate(drafts):
        statements = [s for s in linked if s.event == f"e{n + 1}"]
        evidence = tuple(ctx.sentence_span(i) for i in sorted(set(draft.sentences)))
        actor1, actor2 = draft.actors
        events.append(Event(
            id=f"e{n + 1}", event_type=draft.event_type, sub_event_type=draft.sub_event_type,
            modality=draft.modality, date=draft.date, evidence=evidence,
            location=draft.location, actor1=actor1, actor2=actor2,
            fatalities=_fatalities(statements), sources=tuple(draft.sources)))
    return tuple(events), linked

