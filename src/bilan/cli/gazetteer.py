"""``bilan gazetteer``: build the offline gazetteer cache, add a GeoNames dump to it, look names up."""

from __future__ import annotations

import time
from pathlib import Path

import click

from bilan.cli.common import fail
from bilan.errors import BilanError
from bilan.resolve import gazetteer as gz
from bilan.resolve.geocode import rank


@click.group(name="gazetteer")
def gazetteer_group() -> None:
    """The offline gazetteer (kept in $BILAN_CACHE, else ~/.cache/bilan)."""


@gazetteer_group.command(name="import")
@click.argument("dump", type=click.Path(dir_okay=False, path_type=Path))
def import_command(dump: Path) -> None:
    """Add a GeoNames dump (allCountries.txt or a country file such as SY.txt, unzipped) to the
    gazetteer: its populated places are indexed from the next run on."""
    try:
        count = gz.import_dump(dump)
    except BilanError as e:
        fail(str(e))
        return
    click.echo(f"imported {count} populated places from {dump} into {gz.cache_dir() / gz.IMPORTS}; "
               "the gazetteer is rebuilt with them on next use (or now: bilan gazetteer build)")


@gazetteer_group.command(name="build")
def build_command() -> None:
    """Build the gazetteer cache now (it is otherwise built on first use)."""
    try:
        gz.clear_cache()
        start = time.perf_counter()
        built = gz.load()
    except BilanError as e:
        fail(str(e))
        return
    click.echo(f"built the gazetteer: {len(built)} places, {len(built.index)} names, "
               f"{time.perf_counter() - start:.1f} s, in {gz.cache_dir()}")


@gazetteer_group.command(name="lookup")
@click.argument("name")
@click.option("--prefer", multiple=True, metavar="CC", help="Prefer places in this country (ISO code).")
@click.option("-n", "limit", default=5, show_default=True, help="How many places to list.")
def lookup_command(name: str, prefer: tuple[str, ...], limit: int) -> None:
    """List the places called NAME, best first."""
    try:
        places = rank(gz.load().lookup(name), [c.upper() for c in prefer])
    except BilanError as e:
        fail(str(e))
        return
    if not places:
        click.echo(f"no place called {name!r}")
        return
    for p in places[:limit]:
        click.echo(f"{p.name}\t{p.country}\t{p.admin1 or '-'}\t{p.lat:.4f}\t{p.lon:.4f}\t{p.kind}\t"
                   f"pop {p.population}\t{'curated' if p.curated else 'geonames'}")
