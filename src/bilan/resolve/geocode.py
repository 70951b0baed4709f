"""Offline geocoding from the bundled gazetteer (``gazetteer.tsv``, see GAZETTEER.md).

Names match case-, accent-, hyphen- and apostrophe-insensitively on the name and its aliases.
When a name is shared by places in several countries, the caller's preferred countries win.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bilan.errors import ResourceError

GAZETTEER = Path(__file__).resolve().parent / "gazetteer.tsv"
KINDS = ("country", "region", "city")


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    lat: float
    lon: float
    kind: str
    admin1: str = ""

    @property
    def precision(self) -> int:
        """ACLED geo_precision when the place itself is named: a town 1, a region 3."""
        return 1 if self.kind == "city" else 3


def name_key(name: str) -> str:
    """The form names are compared in: no accents, no case, no hyphens or apostrophes."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


@cache
def gazetteer(path: Path = GAZETTEER) -> dict[str, tuple[Place, ...]]:
    """Name key → places, read once per process."""
    index: dict[str, list[Place]] = {}
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        for line, row in enumerate(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 2):
            try:
                place = Place(row["name"], row["country"], float(row["lat"]), float(row["lon"]),
                              row["kind"], row.get("admin1") or "")
            except (KeyError, TypeError, ValueError) as e:
                raise ResourceError(f"{path}:{line}: bad gazetteer row ({e!r})") from None
            if place.kind not in KINDS:
                raise ResourceError(f"{path}:{line}: kind {place.kind!r} not in {KINDS}")
            names = [place.name, *(row.get("aliases") or "").split("|")]
            for name in filter(None, (name_key(n) for n in names)):
                if place not in index.setdefault(name, []):
                    index[name].append(place)
    return {k: tuple(v) for k, v in index.items()}


def geocode(name: str, prefer: Iterable[str] = ()) -> Place | None:
    """The place called ``name``, preferring ones in the ``prefer`` countries (ISO codes)."""
    places = gazetteer().get(name_key(name), ())
    if not places:
        return None
    preferred = [p for p in places if p.country in set(prefer)]
    return (preferred or list(places))[0]
