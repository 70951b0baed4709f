"""The document's events: every sentence's, then joined, placed and frozen with their figures."""

from __future__ import annotations

from collections import defaultdict

from bilan.extract.context import Context
from bilan.extract.events.days import document_date
from bilan.extract.events.incidents import Events, join_backdrops
from bilan.extract.events.roles import as_before, freeze, remote_attacker_of, street_crowd_arrested
from bilan.extract.events.sentences import add_sentence_events
from bilan.extract.events.sites import town_told_next
from bilan.extract.events.street import mass_arrests, repression_told_as_attack, riot_told_as_clash
from bilan.extract.events.tolls import (
    acted_total,
    add_operation,
    event_of,
    fight_of_fellows,
    linked_statement,
)
from bilan.extract.triggers import event_lexicon
from bilan.model import CasualtyStatement, Event


def extract_events(ctx: Context, casualties: tuple[CasualtyStatement, ...]
                   ) -> tuple[tuple[Event, ...], tuple[CasualtyStatement, ...]]:
    """The document's events, and its casualty statements linked to them."""
    default_date = document_date(ctx)
    by_sentence: dict[int, list[CasualtyStatement]] = defaultdict(list)
    for stmt in casualties:
        by_sentence[ctx.sentence_index(stmt.evidence[0].start)].append(stmt)
    events = Events(ctx.document.published, event_lexicon(ctx.lang))
    links: dict[str, int] = {}
    for index in range(len(ctx.sentences)):
        stmts = by_sentence.get(index, [])
        add_sentence_events(ctx, index, stmts, events, default_date)
        for stmt in stmts:
            if acted_total(ctx, stmt):
                add_operation(ctx, index, stmt, events, default_date)
            if stmt.scope == "incident":
                # "Parmi les victimes figurent quinze adolescents": the event of the whole
                whole = links.get(stmt.subset_of) if stmt.subset_of is not None else None
                if whole is None:
                    whole = fight_of_fellows(ctx, stmt, stmts, links)
                n = whole if whole is not None else event_of(ctx, stmt, index, events, default_date, stmts)
                if n is not None:
                    links[stmt.id] = n
    for draft in events.drafts:
        mass_arrests(ctx, draft, by_sentence)
    links = join_backdrops(ctx, events, links)
    town_told_next(ctx, events.drafts)
    frozen, linked = _frozen(ctx, events, casualties, links)
    told_twice = repression_told_as_attack(ctx, frozen) | riot_told_as_clash(frozen)
    if told_twice:
        for attack, repression in told_twice.items():
            events.join(repression, events.drafts[attack])
        kept = [n for n in range(len(events.drafts)) if n not in told_twice]
        renumbered = {old: new for new, old in enumerate(kept)}
        links = {sid: renumbered[told_twice.get(n, n)] for sid, n in links.items()}
        events.drafts = [events.drafts[n] for n in kept]
        frozen, linked = _frozen(ctx, events, casualties, links)
    return tuple(frozen), linked


def _frozen(ctx: Context, events: Events, casualties: tuple[CasualtyStatement, ...],
            links: dict[str, int]) -> tuple[list[Event], tuple[CasualtyStatement, ...]]:
    """The drafts as events, and the statements linked to them."""
    linked = tuple(linked_statement(ctx, s, links[s.id], events.drafts[links[s.id]]) if s.id in links else s
                   for s in casualties)
    frozen: list[Event] = []
    remote = remote_attacker_of(events.drafts)
    for n, draft in enumerate(events.drafts):
        event = freeze(ctx, n, draft, linked, remote)
        frozen.append(as_before(ctx.lang, event, frozen) if draft.repeats else event)
    return street_crowd_arrested(ctx, frozen, linked), linked
