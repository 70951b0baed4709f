"""``bilan ingest``, ``events``, ``tally``, ``show`` and ``export``: the store's commands.

Each is a thin layer over the library function of the same name in ``bilan.store``.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, get_args

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.text import Text

from bilan.cli.common import EXIT_SOME_FAILED, day_option, fail
from bilan.errors import BilanError, InputProblem
from bilan.ingest.folders import read_inputs
from bilan.lang import available_languages
from bilan.store import Store, open_store, queries
from bilan.store import ingest as ingest_documents
from bilan.store.db import DB_ENV, DEFAULT_DB
from bilan.store.queries import (
    EXPORT_FORMATS,
    EventFilter,
    ExportFormat,
    Period,
    TallyRow,
)
from bilan.store.show import show as show_document

db_option = click.option(
    "--db", "db", type=click.Path(dir_okay=False, path_type=Path), envvar=DB_ENV,
    default=DEFAULT_DB, show_default=True, show_envvar=True, help="The database file.")


@contextmanager
def _opened(db: Path, *, read_only: bool) -> Iterator[Store]:
    try:
        store = open_store(db, read_only=read_only)
    except BilanError as e:
        fail(str(e))
    try:
        yield store
    except BilanError as e:
        store.close()
        fail(str(e))
    store.close()


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--published", callback=day_option, metavar="DATE",
              help="Publication day for articles that do not give one (default for text, HTML "
                   "and feed files: the file's modification day).")
@click.option("--lang", "language", metavar="CODE",
              help="Language of articles that do not say; detected when absent.")
@click.option("--model", metavar="NAME", help="spaCy model size (sm, md) or package name.")
@click.option("--batch-size", default=64, show_default=True, type=click.IntRange(1),
              help="Documents a transaction.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary (rejects are "
                                                  "still reported).")
def ingest(paths: tuple[str, ...], db: Path, published: date | None, language: str | None,
           model: str | None, batch_size: int, quiet: bool) -> None:
    """Read, extract and store articles: text, JSONL, HTML pages, RSS/Atom feeds, folders.

    Documents already stored (same normalised text and URL) are skipped, so running it again
    on the same files, or after it was interrupted, stores only what is missing. Rejected
    inputs are reported on stderr and kept in the 'rejects' table; the exit code is then 1.
    """
    if language is not None and language not in available_languages():
        fail(f"unknown language {language!r}: bilan reads {', '.join(available_languages())}")
    console = Console(stderr=True)
    show_bar = not quiet and sys.stderr.isatty()
    items = read_inputs(paths, published=published, language=language)
    with _opened(db, read_only=False) as store:
        progress = Progress(SpinnerColumn(), TextColumn("ingesting"), BarColumn(),
                            TextColumn("{task.completed} inputs"), TimeElapsedColumn(),
                            console=console, disable=not show_bar, transient=True)

        def problem(p: InputProblem) -> None:
            line = f"bilan: error: {p}"
            if show_bar:
                console.print(Text(line))
            else:
                click.echo(line, err=True)

        with progress:
            task = progress.add_task("ingest", total=None)
            report = ingest_documents(store, items, model=model, batch_size=batch_size,
                                      on_problem=problem,
                                      on_progress=lambda n: progress.advance(task, n))
    if not quiet:
        click.echo(f"bilan: {db}: {report.stored} document(s) stored ({report.near_duplicates} "
                   f"near-duplicate(s) linked, {report.unsupported} in unsupported languages), "
                   f"{report.skipped} already stored, {len(report.rejected)} rejected", err=True)
    if report.rejected:
        click.echo(f"bilan: {len(report.rejected)} input(s) rejected (see the 'rejects' table); "
                   "the others were stored", err=True)
        sys.exit(EXIT_SOME_FAILED)


OUTPUT_FORMATS = ("table", "json", "csv")


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return value


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    cells = [[str(_plain(v)) if v is not None else "" for v in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)


def _emit(fmt: str, records: list[dict[str, Any]], table: Callable[[], str]) -> None:
    if fmt == "json":
        click.echo(json.dumps([{k: (v.isoformat() if isinstance(v, date) else v)
                                for k, v in r.items()} for r in records],
                              ensure_ascii=False, indent=1))
    elif fmt == "csv":
        buffer = io.StringIO()
        if records:
            writer = csv.DictWriter(buffer, fieldnames=list(records[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: _plain(v) for k, v in r.items()} for r in records)
        click.echo(buffer.getvalue(), nl=False)
    else:
        click.echo(table())


@click.command()
@db_option
@click.option("--country", metavar="CC", help="ISO 3166-1 alpha-2 code, e.g. SY.")
@click.option("--since", callback=day_option, metavar="DATE", help="Events ending on or after DATE.")
@click.option("--until", callback=day_option, metavar="DATE", help="Events starting on or before DATE.")
@click.option("--type", "event_type", metavar="TYPE", help="ACLED event or sub-event type.")
@click.option("--place", help="Part of the place name (accents ignored).")
@click.option("--actor", help="Part of either actor's name.")
@click.option("--source", help="Part of an attributed source's or the outlet's name.")
@click.option("--modality", type=click.Choice(["occurred", "announced", "planned", "demanded",
                                               "denied"]))
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table",
              show_default=True)
def events(db: Path, country: str | None, since: date | None, until: date | None,
           event_type: str | None, place: str | None, actor: str | None, source: str | None,
           modality: str | None, fmt: str) -> None:
    """List stored events, filtered."""
    where = EventFilter(country=country, since=since, until=until, event_type=event_type,
                        place=place, actor=actor, source=source, modality=modality)
    with _opened(db, read_only=True) as store:
        records = queries.events(store, where)

    def table() -> str:
        header = ("date", "type", "modality", "place", "actor1", "actor2", "fatal.", "sources",
                  "doc")
        return _table(header, [
            (r["date_start"], f"{r['event_type']} / {r['sub_event_type']}", r["modality"],
             f"{r['location'] or '?'} ({r['country'] or '?'})", r["actor1"], r["actor2"],
             r["fatalities"], r["sources"], r["external_id"]) for r in records]) + \
            f"\n{len(records)} event(s)"

    _emit(fmt, records, table)


def _tally_record(row: TallyRow) -> dict[str, Any]:
    return {"place": row.place, "country": row.country, "period": row.period, "scope": row.scope,
            "outcome": row.outcome, "victims": row.victims, "low": row.low, "high": row.high,
            "incidents": row.incidents, "reports": row.reports, "sources": list(row.sources)}


@click.command()
@db_option
@click.option("--by", type=click.Choice(get_args(Period)), default="month", show_default=True)
@click.option("--country", metavar="CC", help="ISO 3166-1 alpha-2 code, e.g. SY.")
@click.option("--place", help="Part of the place name (accents ignored).")
@click.option("--outcome", type=click.Choice(["killed", "injured", "missing", "displaced",
                                              "arrested", "abducted", "besieged"]))
@click.option("--since", callback=day_option, metavar="DATE")
@click.option("--until", callback=day_option, metavar="DATE")
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table",
              show_default=True)
def tally(db: Path, by: Period, country: str | None, place: str | None, outcome: str | None,
          since: date | None, until: date | None, fmt: str) -> None:
    """Casualties by place, period and victim category, as ranges over reports.

    Incident figures are summed over the period's incidents, one incident counted once however
    many articles report it; running totals (cumulative) are shown apart, never added. "all" is
    the sum of a report's top-level figures (a subset, e.g. the children among the civilians,
    is never added to its parent). See docs/schema.md.
    """
    with _opened(db, read_only=True) as store:
        rows = queries.tally(store, by=by, country=country, place=place, outcome=outcome,
                           since=since, until=until)
    records = [_tally_record(r) for r in rows]

    def table() -> str:
        header = ("place", "period", "scope", "outcome", "victims", "figure", "incidents",
                  "reports", "sources")
        return _table(header, [(f"{r.place} ({r.country or '?'})", r.period, r.scope, r.outcome,
                                r.victims, r.figure, r.incidents, r.reports, r.sources)
                               for r in rows])

    _emit(fmt, records, table)


@click.command()
@click.argument("doc_id")
@db_option
def show(doc_id: str, db: Path) -> None:
    """Show a stored article with its extracted fields and their evidence highlighted.

    DOC_ID is the content id (or a prefix of it) or the article's own doc_id.
    """
    with _opened(db, read_only=True) as store:
        rendered = show_document(store, doc_id)
    Console(highlight=False).print(rendered)


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="acled-csv (ACLED's columns), geojson (events with coordinates), parquet, "
                   "jsonl (the interchange format of 'bilan extract').")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of stdout (required for parquet).")
@click.option("--country", metavar="CC", help="Events in this country only (not for jsonl).")
@click.option("--since", callback=day_option, metavar="DATE", help="Events ending on or after DATE.")
@click.option("--until", callback=day_option, metavar="DATE", help="Events starting on or before DATE.")
@click.option("--modality", type=click.Choice(["occurred", "announced", "planned", "demanded",
                                               "denied"]),
              help="Events of this modality only (ACLED codes events that occurred).")
def export(db: Path, fmt: ExportFormat, output: Path | None, country: str | None,
           since: date | None, until: date | None, modality: str | None) -> None:
    """Export the stored events (acled-csv, geojson, parquet) or extractions (jsonl)."""
    where = EventFilter(country=country, since=since, until=until, modality=modality)
    if fmt == "jsonl" and where != EventFilter():
        fail("jsonl exports whole documents: the event filters do not apply")
    with _opened(db, read_only=True) as store:
        try:
            for piece in queries.export(store, fmt, output, where):
                click.echo(piece, nl=False)
        except OSError as e:
            fail(f"{output}: cannot write: {e.strerror}")


COMMANDS = (ingest, events, tally, show, export)
