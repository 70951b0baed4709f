"""The ``bilan`` command: a thin layer over the library's functions of the same names.

Library errors become one line on stderr and an exit code: 0 all went well, 1 some documents
could not be read (the others were), 2 nothing could be done (bad options, missing resources).
"""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

import click

from bilan import __version__
from bilan.cli.common import EXIT_SOME_FAILED, day_option, fail
from bilan.cli.gazetteer import gazetteer_group
from bilan.cli.store import COMMANDS as STORE_COMMANDS
from bilan.errors import BilanError, InputProblem
from bilan.evaluate import DEFAULT_GOLD, evaluate
from bilan.ingest import read_documents
from bilan.interchange import render_pretty, to_jsonl
from bilan.lang import available_languages
from bilan.pipeline import extract_documents


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bilan")
@click.option("-v", "--verbose", count=True, help="Log progress (-v) or details (-vv) to stderr.")
def cli(verbose: int) -> None:
    """bilan: conflict events and casualty figures from news articles, with their evidence."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="bilan: %(levelname)s: %(name)s: %(message)s")


@cli.command()
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("--published", callback=day_option, metavar="DATE",
              help="Publication day (YYYY-MM-DD) of a plain-text article, or of JSONL records "
                   "that lack one.")
@click.option("--lang", "language", metavar="CODE",
              help=f"Language of articles that do not say ({', '.join(available_languages())}); "
                   "detected when absent.")
@click.option("--model", metavar="NAME", help="spaCy model size (sm, md) or package name.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Write JSON Lines here instead of stdout.")
@click.option("--pretty", is_flag=True, help="A readable view with the evidence text.")
def extract(inputs: tuple[str, ...], published: date | None, language: str | None,
            model: str | None, output: Path | None, pretty: bool) -> None:
    """Extract events and casualty statements from articles.

    INPUT is a plain-text article (needs --published), a JSON Lines file of articles
    (FORMAT.md input records: doc_id, text, published...), or - for standard input
    (the default). Writes one JSON document per line.
    """
    if language is not None and language not in available_languages():
        fail(f"unknown language {language!r}: bilan reads {', '.join(available_languages())}")
    items = read_documents(inputs or ("-",), published=published, language=language)
    failed = 0
    stream: TextIO
    try:
        stream = output.open("w", encoding="utf-8") if output else sys.stdout
    except OSError as e:
        fail(f"{output}: cannot write: {e.strerror}")
    try:
        for result in extract_documents(items, model=model):
            if isinstance(result, InputProblem):
                failed += 1
                click.echo(f"bilan: error: {result}", err=True)
                continue
            stream.write((render_pretty(result) if pretty else to_jsonl(result)) + "\n")
            stream.flush()
    except BilanError as e:
        fail(str(e))
    finally:
        if output:
            stream.close()
    if failed:
        click.echo(f"bilan: {failed} document(s) could not be read; the others were written",
                   err=True)
        sys.exit(EXIT_SOME_FAILED)


@cli.command(name="eval")
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, path_type=Path),
              default=DEFAULT_GOLD, show_default=True, help="Gold folder (one sub-folder a language).")
@click.option("--lang", "languages", multiple=True, metavar="CODE",
              help="Languages to evaluate (default: every language with a gold set).")
@click.option("--split", "splits", multiple=True, type=click.Choice(["dev", "test"]),
              help="Splits to score (default: dev and test).")
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path),
              help="The shared/ folder holding eval/score.py (default: $BILAN_SHARED or ../shared).")
@click.option("--model", metavar="NAME", help="spaCy model size (sm, md) or package name.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("out/eval"), show_default=True, help="Where predictions are written.")
@click.option("--per-doc", is_flag=True, help="Also list each document's TP/FP/FN.")
def eval_command(gold_dir: Path, languages: tuple[str, ...], splits: tuple[str, ...],
                 shared: Path | None, model: str | None, out_dir: Path, per_doc: bool) -> None:
    """Extract the gold sets' articles and score them with the shared scorer."""
    try:
        for result in evaluate(gold_dir, languages=languages, splits=splits or ("dev", "test"),
                               shared=shared, model=model, out_dir=out_dir, per_doc=per_doc):
            click.echo(f"\n== {result.language} {result.split}: {result.documents} documents "
                       f"(predictions: {result.predictions})")
            click.echo(result.table)
    except BilanError as e:
        fail(str(e))


for _command in STORE_COMMANDS:
    cli.add_command(_command)
cli.add_command(gazetteer_group)


def main() -> None:
    cli(prog_name="bilan")


if __name__ == "__main__":
    main()
