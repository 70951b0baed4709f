"""Questions asked of the store: ``events`` (filtered), ``tally`` and ``export``.

Every query takes its values as parameters, never spliced into SQL.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

import pycountry

from bilan.interchange import to_jsonl
from bilan.store.db import Store, StoreError

EVENT_COLUMNS = (
    "doc_id", "external_id", "event_id", "date_start", "date_end", "event_type", "sub_event_type",
    "modality", "location", "country", "latitude", "longitude", "geo_precision", "actor1", "inter1",
    "actor2", "inter2", "fatalities", "sources", "outlet", "title", "admin1",
)


@dataclass(frozen=True)
class EventFilter:
    """Filters of ``bilan events``; ``None`` means any."""

    country: str | None = None      # ISO 3166-1 alpha-2, e.g. SY
    since: date | None = None       # events ending on or after this day
    until: date | None = None       # events starting on or before this day
    event_type: str | None = None   # ACLED event type or sub-event type, any case
    place: str | None = None        # part of the place name
    actor: str | None = None        # part of either actor's name
    source: str | None = None       # part of an attributed source's or the outlet's name
    modality: str | None = None     # occurred, announced, planned, demanded, denied


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.country:
        clauses.append("upper(e.country) = upper(?)")
        params.append(f.country)
    if f.since:
        clauses.append("e.date_end >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("e.date_start <= ?")
        params.append(f.until)
    if f.event_type:
        clauses.append("(lower(e.event_type) = lower(?) OR lower(e.sub_event_type) = lower(?))")
        params += [f.event_type, f.event_type]
    if f.place:
        clauses.append("strip_accents(e.location) ILIKE '%' || strip_accents(?) || '%'")
        params.append(f.place)
    if f.actor:
        clauses.append("(e.actor1 ILIKE '%' || ? || '%' OR e.actor2 ILIKE '%' || ? || '%')")
        params += [f.actor, f.actor]
    if f.source:
        clauses.append("(d.outlet ILIKE '%' || ? || '%' OR EXISTS (SELECT 1 FROM sources s "
                       "WHERE s.doc_id = e.doc_id AND s.record_id = e.event_id "
                       "AND s.name ILIKE '%' || ? || '%'))")
        params += [f.source, f.source]
    if f.modality:
        clauses.append("e.modality = lower(?)")
        params.append(f.modality)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


EVENTS_SQL = """
SELECT e.doc_id, d.external_id, e.event_id, e.date_start, e.date_end, e.event_type,
       e.sub_event_type, e.modality, e.location, e.country, e.latitude, e.longitude,
       e.geo_precision, e.actor1, e.inter1, e.actor2, e.inter2, e.fatalities,
       coalesce((SELECT list(s.name ORDER BY s.position) FROM sources s
                 WHERE s.doc_id = e.doc_id AND s.record_id = e.event_id), []) AS sources,
       d.outlet, d.title, e.admin1
FROM events e JOIN documents d USING (doc_id)"""


def events(store: Store, where: EventFilter | None = None) -> list[dict[str, Any]]:
    """The stored events that pass ``where``, by date then ingest order."""
    sql, params = _where(where or EventFilter())
    rows = store.con.execute(EVENTS_SQL + sql + " ORDER BY e.date_start, d.seq, e.event_id",
                             params).fetchall()
    return [dict(zip(EVENT_COLUMNS, row, strict=True)) for row in rows]


# -- tally ------------------------------------------------------------------------------------
Period = Literal["day", "week", "month"]
ALL_VICTIMS = "all"


def period_of(day: date, by: Period) -> str:
    if by == "day":
        return day.isoformat()
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{day.year}-{day.month:02d}"


@dataclass(frozen=True)
class TallyRow:
    """People harmed at one place in one period, of one category, as a range over reports."""

    place: str
    country: str | None
    period: str
    scope: str           # incident (summed over incidents) or cumulative (running totals)
    outcome: str
    victims: str         # a victim category, or "all" (top-level figures only)
    low: int
    high: int
    incidents: int
    reports: int         # documents
    sources: tuple[str, ...]

    @property
    def figure(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


TALLY_SQL = """
SELECT c.doc_id, c.stmt_id, c.outcome, c.value, coalesce(c.high, c.value), c.victims,
       c.subset_of, c.scope, c.period_end, coalesce(c.location, e.location),
       coalesce(c.country, e.country), c.source, e.date_start, d.published, d.outlet,
       d.external_id
FROM casualties c JOIN documents d USING (doc_id)
LEFT JOIN events e ON e.doc_id = c.doc_id AND e.event_id = c.event_id"""


@dataclass
class _Figure:
    low: int
    high: int

    def widen(self, low: int, high: int) -> None:
        self.low, self.high = min(self.low, low), max(self.high, high)


def tally(store: Store, *, by: Period = "month", country: str | None = None,
          place: str | None = None, outcome: str | None = None, since: date | None = None,
          until: date | None = None) -> list[TallyRow]:
    """Casualties by place, period and victim category (policy in docs/schema.md).

    An incident is (place, day, outcome): the day is the event's first day, else the
    statement's publication day. The reports of one incident (its documents, near-duplicates
    included) are never added up: each category's figure is the range (lowest low, highest
    high) over the reports. A statement that is a subset of another counts in its own category
    only, never in the ``all`` row. Incident rows sum their incidents over the period;
    cumulative rows (running totals, dated by the end of the period they cover) are the range
    of totals reported in the period and are never added to incidents.
    """
    clauses, params = [], []
    if country:
        clauses.append("upper(coalesce(c.country, e.country)) = upper(?)")
        params.append(country)
    if place:
        clauses.append("strip_accents(coalesce(c.location, e.location)) "
                       "ILIKE '%' || strip_accents(?) || '%'")
        params.append(place)
    if outcome:
        clauses.append("c.outcome = lower(?)")
        params.append(outcome)
    sql = TALLY_SQL + ((" WHERE " + " AND ".join(clauses)) if clauses else "")
    # (scope, place, country, day, outcome) -> doc -> category -> figure; doc -> top-level sum
    per_doc: dict[tuple[Any, ...], dict[str, dict[str, _Figure]]] = {}
    top: dict[tuple[Any, ...], dict[str, dict[str, _Figure]]] = {}
    sources: dict[tuple[Any, ...], set[str]] = {}
    for (doc_id, _sid, out, low, high, victims, subset_of, scope, period_end, loc, ctry, src,
         event_day, published, outlet, external_id) in store.con.execute(sql, params).fetchall():
        day = (period_end or published) if scope == "cumulative" else (event_day or published)
        if (since and day < since) or (until and day > until):
            continue
        key = (scope, loc or "?", ctry, day, out)
        figures = per_doc.setdefault(key, {}).setdefault(doc_id, {})
        if victims in figures:
            figures[victims].widen(low, high)
        else:
            figures[victims] = _Figure(low, high)
        if subset_of is None:
            tops = top.setdefault(key, {}).setdefault(doc_id, {})
            if victims in tops:
                tops[victims].widen(low, high)
            else:
                tops[victims] = _Figure(low, high)
        sources.setdefault(key, set()).add(src or outlet or external_id)
    # incident figures: per category, the range over reports
    buckets: dict[tuple[Any, ...], dict[str, Any]] = {}
    for key, docs in per_doc.items():
        scope, loc, ctry, day, out = key
        categories: dict[str, _Figure] = {}
        for figures in docs.values():
            for victims, f in figures.items():
                if victims in categories:
                    categories[victims].widen(f.low, f.high)
                else:
                    categories[victims] = _Figure(f.low, f.high)
        totals = [(sum(f.low for f in t.values()), sum(f.high for f in t.values()))
                  for t in top.get(key, {}).values()]
        if totals:
            categories[ALL_VICTIMS] = _Figure(min(t[0] for t in totals), max(t[1] for t in totals))
        for victims, f in categories.items():
            bucket = (scope, loc, ctry, period_of(day, by), out, victims)
            b = buckets.setdefault(bucket, {"figures": [], "docs": set(), "sources": set()})
            b["figures"].append(f)
            b["docs"].update(docs)
            b["sources"].update(sources[key])
    rows = []
    for (scope, loc, ctry, period, out, victims), b in buckets.items():
        found: list[_Figure] = b["figures"]
        if scope == "incident":
            low, high = sum(f.low for f in found), sum(f.high for f in found)
        else:
            low, high = min(f.low for f in found), max(f.high for f in found)
        rows.append(TallyRow(place=loc, country=ctry, period=period, scope=scope, outcome=out,
                             victims=victims, low=low, high=high, incidents=len(found),
                             reports=len(b["docs"]), sources=tuple(sorted(b["sources"]))))
    order = {"incident": 0, "cumulative": 1}
    rows.sort(key=lambda r: (r.country or "", r.place, r.period, order.get(r.scope, 2), r.outcome,
                             r.victims == ALL_VICTIMS, r.victims))
    return rows


# -- export -----------------------------------------------------------------------------------
ExportFormat = Literal["acled-csv", "geojson", "parquet", "jsonl"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("acled-csv", "geojson", "parquet", "jsonl")
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type",
    "actor1", "inter1", "actor2", "inter2", "interaction", "civilian_targeting", "country", "iso",
    "admin1", "location",
    "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    "bilan_doc_id", "bilan_event_id", "bilan_modality", "bilan_date_end", "bilan_sources",
)
DISORDER = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Protests": "Demonstrations",
    "Riots": "Demonstrations", "Strategic developments": "Strategic developments",
}


def _country(code: str | None) -> tuple[str, str]:
    """(name, ISO numeric) of an alpha-2 code."""
    found = pycountry.countries.get(alpha_2=code) if code else None
    if found is None:
        return (code or "", "")
    return (str(getattr(found, "common_name", None) or found.name), str(found.numeric))


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


CIVILIANS = 7  # ACLED's actor class of civilians


def _time_precision(start: date, end: date) -> int:
    """ACLED's time_precision: 1 the day is known, 2 the week, 3 only the month or more."""
    days = (end - start).days
    return 1 if days == 0 else 2 if days <= 7 else 3


def _notes(store: Store, doc_id: str, event_id: str) -> str:
    rows = store.con.execute(
        "SELECT substring(d.text, v.span_start + 1, v.span_end - v.span_start) FROM evidence v "
        "JOIN documents d USING (doc_id) WHERE v.doc_id = ? AND v.record_id = ? "
        "AND v.field = 'record' ORDER BY v.position", [doc_id, event_id]).fetchall()
    return " … ".join(" ".join(str(r[0]).split()) for r in rows)


def acled_rows(store: Store, where: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    """Events as ACLED-shaped rows (ACLED's column names, plus ``bilan_*`` columns)."""
    for e in events(store, where):
        name, numeric = _country(e["country"])
        iso3 = pycountry.countries.get(alpha_2=e["country"]) if e["country"] else None
        prefix = str(iso3.alpha_3) if iso3 is not None else "XXX"
        yield {
            "event_id_cnty": f"{prefix}-{e['doc_id']}-{e['event_id']}",
            "event_date": e["date_start"].isoformat(), "year": e["date_start"].year,
            "time_precision": _time_precision(e["date_start"], e["date_end"]),
            "disorder_type": DISORDER.get(e["event_type"], ""),
            "event_type": e["event_type"], "sub_event_type": e["sub_event_type"],
            "actor1": e["actor1"] or "", "inter1": e["inter1"], "actor2": e["actor2"] or "",
            "inter2": e["inter2"], "interaction": _interaction(e["inter1"], e["inter2"]),
            "civilian_targeting": "Civilian targeting" if e["inter2"] == CIVILIANS else "",
            "country": name, "iso": numeric, "admin1": e["admin1"] or "", "location": e["location"] or "",
            "latitude": e["latitude"], "longitude": e["longitude"],
            "geo_precision": e["geo_precision"], "source": e["outlet"] or e["external_id"],
            "notes": _notes(store, e["doc_id"], e["event_id"]), "fatalities": e["fatalities"],
            "bilan_doc_id": e["external_id"], "bilan_event_id": e["event_id"],
            "bilan_modality": e["modality"], "bilan_date_end": e["date_end"].isoformat(),
            "bilan_sources": "; ".join(e["sources"]),
        }


def export_text(store: Store, fmt: ExportFormat, where: EventFilter | None = None) -> Iterator[str]:
    """The export as text, piece by piece (every format but parquet)."""
    if fmt == "jsonl":
        for extraction in store.extractions():
            yield to_jsonl(extraction) + "\n"
    elif fmt == "acled-csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=ACLED_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in acled_rows(store, where):
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
        yield buffer.getvalue()
    elif fmt == "geojson":
        features = [{"type": "Feature",
                     "geometry": {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]},
                     "properties": {k: v for k, v in r.items()
                                    if k not in ("latitude", "longitude")}}
                    for r in acled_rows(store, where)
                    if r["latitude"] is not None and r["longitude"] is not None]
        yield json.dumps({"type": "FeatureCollection", "features": features},
                         ensure_ascii=False, indent=1) + "\n"
    else:
        raise StoreError(f"{fmt} is written to a file: pass -o FILE")


def export(store: Store, fmt: ExportFormat, output: Path | None,
           where: EventFilter | None = None) -> Iterator[str]:
    """Write the export to ``output``; when it is None, yield the text instead (not parquet)."""
    if fmt == "parquet":
        if output is None:
            raise StoreError("parquet is a binary format: pass -o FILE.parquet")
        _write_parquet(store, list(acled_rows(store, where)), output)
        return
    if output is None:
        yield from export_text(store, fmt, where)
        return
    with output.open("w", encoding="utf-8") as f:
        for piece in export_text(store, fmt, where):
            f.write(piece)


PARQUET_TYPES = {
    "year": "INTEGER", "time_precision": "INTEGER", "inter1": "INTEGER", "inter2": "INTEGER",
    "interaction": "INTEGER",
    "latitude": "DOUBLE", "longitude": "DOUBLE", "geo_precision": "INTEGER",
    "fatalities": "INTEGER", "event_date": "DATE", "bilan_date_end": "DATE",
}


def _write_parquet(store: Store, rows: list[dict[str, Any]], output: Path) -> None:
    """The ACLED rows as a Parquet file, through a temporary table (DuckDB's own writer)."""
    con = store.con
    columns = ", ".join(f'"{c}" {PARQUET_TYPES.get(c, "VARCHAR")}' for c in ACLED_COLUMNS)
    con.execute(f"CREATE OR REPLACE TEMP TABLE export_events ({columns})")
    try:
        if rows:
            marks = ", ".join("?" * len(ACLED_COLUMNS))
            con.executemany(f"INSERT INTO export_events VALUES ({marks})",
                            [[r[c] for c in ACLED_COLUMNS] for r in rows])
        con.table("export_events").write_parquet(str(output))
    finally:
        con.execute("DROP TABLE IF EXISTS export_events")
