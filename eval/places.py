#!/usr/bin/env python3
"""Score the place resolver on the place test set (``eval/places/<lang>.tsv``).

Each row is one sentence and the place mention to find in it, with the true coordinates and ACLED
precision. The sentence goes through the real pipeline (spaCy, then ``place_mentions``); the
mention counts as resolved when a found place covers the mention's words and lies within 25 km
of the truth, and its precision counts as right when it equals the row's.

    python eval/places.py                 # the French set, failures listed
    python eval/places.py --limit 5 -q    # the first five rows, figures only
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bilan.extract.context import Context
from bilan.extract.places import PlaceMention, place_mentions
from bilan.model import Document
from bilan.nlp import load_nlp
from bilan.resolve.geocode import distance_km

PLACES = Path(__file__).resolve().parent / "places"
WITHIN_KM = 25.0
COLUMNS = ("mention", "country", "lat", "lon", "precision", "sentence")


@dataclass(frozen=True)
class Row:
    mention: str
    country: str
    lat: float
    lon: float
    precision: int
    sentence: str


@dataclass(frozen=True)
class Outcome:
    row: Row
    found: PlaceMention | None
    km: float | None

    @property
    def within(self) -> bool:
        return self.km is not None and self.km <= WITHIN_KM

    @property
    def precision_right(self) -> bool:
        return self.found is not None and self.found.location().precision == self.row.precision


def read_rows(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise SystemExit(f"{path}: the header must be {' '.join(COLUMNS)}")
        rows = []
        for n, r in enumerate(reader, 2):
            try:
                rows.append(Row(r["mention"], r["country"], float(r["lat"]), float(r["lon"]),
                                int(r["precision"]), r["sentence"]))
            except (TypeError, ValueError) as e:
                raise SystemExit(f"{path}:{n}: bad row ({e}); fix the numbers in that line") from None
            if r["mention"] not in r["sentence"]:
                raise SystemExit(f"{path}:{n}: the mention {r['mention']!r} is not in its sentence")
    return rows


def resolve(row: Row, lang: str) -> Outcome:
    document = Document(doc_id="place", text=row.sentence, published=date(2024, 1, 1), language=lang)
    ctx = Context(document=document, doc=load_nlp(lang)(row.sentence), lang=lang)
    start = row.sentence.index(row.mention)
    end = start + len(row.mention)
    covering = [m for m in place_mentions(ctx) if m.span.start < end and start < m.span.end]
    if not covering:
        return Outcome(row, None, None)
    found = covering[0]
    loc = found.location()
    km = None if loc.lat is None or loc.lon is None else distance_km(row.lat, row.lon, loc.lat, loc.lon)
    return Outcome(row, found, km)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--file", type=Path, help="a test set (default eval/places/<lang>.tsv)")
    parser.add_argument("--limit", type=int, help="score only the first N rows")
    parser.add_argument("-q", "--quiet", action="store_true", help="figures only, no failures")
    args = parser.parse_args(argv)
    rows = read_rows(args.file or PLACES / f"{args.lang}.tsv")[: args.limit]
    outcomes = [resolve(row, args.lang) for row in rows]
    within = sum(o.within for o in outcomes)
    precise = sum(o.precision_right for o in outcomes)
    if not args.quiet:
        for o in outcomes:
            if o.within and o.precision_right:
                continue
            got = "nothing" if o.found is None else (
                f"{o.found.place.name} ({o.found.place.country}) p{o.found.location().precision}"
                f" at {o.km:.0f} km" if o.km is not None else o.found.place.name)
            print(f"  {o.row.mention} ({o.row.country}, p{o.row.precision}): {got}"
                  f"  « {o.row.sentence} »")
    n = len(outcomes) or 1
    print(f"places {args.lang}: {len(outcomes)} mentions; within {WITHIN_KM:.0f} km "
          f"{within / n:.3f} ({within}/{len(outcomes)}); precision right {precise / n:.3f} "
          f"({precise}/{len(outcomes)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
