"""The interchange format (``shared/eval/FORMAT.md`` v1): records to JSON, and a readable view.

Besides the fields the scorer reads, each value's evidence offsets are kept (``*_evidence``),
so that every field can be traced to the words it came from.
"""

from __future__ import annotations

import json
from typing import Any

from bilan.model import (
    Actor,
    CasualtyStatement,
    DateRange,
    Event,
    Extraction,
    Location,
    Source,
    Span,
)

FORMAT_VERSION = 1


def spans(evidence: tuple[Span, ...]) -> list[dict[str, int]]:
    return [{"start": s.start, "end": s.end} for s in evidence]


def date_range(value: DateRange | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"start": value.start.isoformat(), "end": value.end.isoformat(),
            "evidence": spans(value.evidence)}


def location(value: Location | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"name": value.name, "country": value.country, "lat": value.lat, "lon": value.lon,
            "precision": value.precision, "admin1": value.admin1, "evidence": spans(value.evidence)}


def actor(value: Actor | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"name": value.name, "inter": value.inter, "evidence": spans(value.evidence)}


def source_name(value: Source | None) -> str | None:
    return None if value is None else value.name


def event_to_dict(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "modality": event.modality,
        "date": date_range(event.date),
        "location": location(event.location),
        "actor1": actor(event.actor1),
        "actor2": actor(event.actor2),
        "fatalities": event.fatalities,
        "sources": [s.name for s in event.sources],
        "sources_evidence": [spans(s.evidence) for s in event.sources],
        "evidence": spans(event.evidence),
    }


def casualty_to_dict(stmt: CasualtyStatement) -> dict[str, Any]:
    quantity = stmt.quantity
    return {
        "id": stmt.id,
        "outcome": stmt.outcome,
        "value": quantity.value,
        "high": quantity.high,
        "qualifier": quantity.qualifier,
        "victims": stmt.victims,
        "subset_of": stmt.subset_of,
        "scope": stmt.scope,
        "period": date_range(stmt.period),
        "location": location(stmt.location),
        "source": source_name(stmt.source),
        "source_evidence": spans(stmt.source.evidence) if stmt.source else [],
        "event": stmt.event,
        "figure": spans((quantity.span,)),
        "evidence": spans(stmt.evidence),
    }


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    document = extraction.document
    return {
        "doc_id": document.doc_id,
        "language": extraction.language,
        "published": document.published.isoformat(),
        "format": FORMAT_VERSION,
        "model": extraction.model,
        "events": [event_to_dict(e) for e in extraction.events],
        "casualties": [casualty_to_dict(c) for c in extraction.casualties],
    }


def to_jsonl(extraction: Extraction) -> str:
    return json.dumps(extraction_to_dict(extraction), ensure_ascii=False)


def _quote(text: str, evidence: tuple[Span, ...], width: int = 160) -> str:
    pieces = [" ".join(s.text_of(text).split()) for s in evidence]
    joined = " … ".join(pieces)
    return joined if len(joined) <= width else joined[: width - 1] + "…"


def _place(value: Location | None) -> str:
    return "?" if value is None else f"{value.name} ({value.country or '?'}, precision {value.precision})"


def render_pretty(extraction: Extraction) -> str:
    """A human-readable view: each event and statement with the text that supports it."""
    document = extraction.document
    text = document.text
    lines = [f"── {document.doc_id}  ({extraction.language}, published {document.published}, "
             f"{len(extraction.events)} events, {len(extraction.casualties)} casualty statements)"]
    for e in extraction.events:
        actors = " → ".join(f"{a.name} [{a.inter}]" for a in (e.actor1, e.actor2) if a) or "?"
        sources = ", ".join(s.name for s in e.sources) or "unattributed"
        lines += [f"  {e.id}  {e.event_type} / {e.sub_event_type}  [{e.modality}]",
                  f"      when {e.date.start}..{e.date.end}   where {_place(e.location)}",
                  f"      who {actors}   fatalities {e.fatalities}   per {sources}",
                  f"      « {_quote(text, e.evidence)} »"]
    for c in extraction.casualties:
        q = c.quantity
        figure = f"{q.value}" + (f"–{q.high}" if q.high is not None else "")
        extra = [f"subset of {c.subset_of}"] if c.subset_of else []
        extra += [f"event {c.event}"] if c.event else []
        if c.period:
            extra.append(f"period {c.period.start}..{c.period.end}")
        lines += [f"  {c.id}  {c.outcome} {figure} {c.victims} ({q.qualifier}, {c.scope})"
                  f"  per {c.source.name if c.source else 'unattributed'}"
                  + (f"  [{'; '.join(extra)}]" if extra else ""),
                  f"      where {_place(c.location)}",
                  f"      « {_quote(text, c.evidence)} »"]
    return "\n".join(lines)
