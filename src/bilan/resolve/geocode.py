"""Offline geocoding: a name, and the countries the text is about, to one gazetteer place.

Names match case-, accent-, hyphen- and apostrophe-insensitively (``name_key``). Among the places
called so, the curated ones come first, then the caller's preferred countries, then population.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from functools import cache

from bilan.resolve.gazetteer import (
    KINDS,
    Gazetteer,
    Place,
    cache_dir,
    capital_names,
    distance_km,
    former_capitals,
    load,
    name_key,
)

__all__ = ["KINDS", "Place", "country_part", "distance_km", "gazetteer", "geocode", "name_key", "rank"]


@cache
def _gazetteer(where: str) -> Gazetteer:
    return load(cache_dir())


def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process (and per cache dir, for tests)."""
    return _gazetteer(os.environ.get("BILAN_CACHE", ""))


def rank(places: Iterable[Place], prefer: Iterable[str] = (), admin1: Iterable[str] = ()) -> list[Place]:
    """``places`` best first: in a named first-level division, in a preferred country (earlier
    ones first), curated, then the most populous."""
    order = {c: i for i, c in enumerate(dict.fromkeys(prefer))}
    regions = {name_key(a) for a in admin1}

    def score(p: Place) -> tuple[int, int, int, int]:
        return (0 if p.admin1 and name_key(p.admin1) in regions else 1, order.get(p.country, len(order)),
                0 if p.curated else 1, -p.population)

    return sorted(places, key=score)


def geocode(name: str, prefer: Iterable[str] = ()) -> Place | None:
    """The place called ``name``, preferring ones in the ``prefer`` countries (ISO codes)."""
    places = gazetteer().lookup(name)
    ranked = rank(places, prefer)
    return ranked[0] if ranked else None


@cache
def capital(country: str, on: date | None = None) -> Place | None:
    """The capital city of ``country`` (an ISO code), as the gazetteer knows it; ``on`` a day
    before the capital moved, the former one."""
    former = former_capitals().get(country)
    name = former[0] if former and on is not None and on < former[1] else capital_names().get(country)
    places = [p for p in gazetteer().lookup(name) if p.country == country and p.kind == "city"] \
        if name else []
    return rank(places)[0] if places else None


@cache
def country_place(country: str) -> Place | None:
    """The gazetteer's row for ``country`` (an ISO code): its name and point."""
    import pycountry

    found = pycountry.countries.get(alpha_2=country)
    names = [found.name, getattr(found, "common_name", found.name)] if found else []
    places = [p for name in names for p in gazetteer().lookup(name)
              if p.country == country and p.kind == "country"]
    return places[0] if places else None


PART_QUANTILE = 0.1  # a country's extent: its towns between these quantiles, both ways (outliers out)
PART_REACH = 0.35  # "le nord du pays" lies this share of that extent north of its middle
PART_MIN_POPULATION = 1000


def country_part(country: str, north: float, east: float) -> tuple[float, float] | None:
    """The point of a part of ``country`` ("le nord-est du Nigeria" is north 1, east 1; "le
    centre" 0, 0): the middle of the extent of its towns, moved towards that direction."""
    extent = _country_extent(country)
    if extent is None:
        return None
    (lat_low, lat_high), (lon_low, lon_high) = extent

    def towards(low: float, high: float, sign: float) -> float:
        return round((low + high) / 2 + sign * PART_REACH * (high - low), 4)

    return towards(lat_low, lat_high, north), towards(lon_low, lon_high, east)


@cache
def _country_extent(country: str) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """The latitudes and longitudes of ``country``'s towns between the PART_QUANTILE quantiles,
    read once per country (a pass over the whole gazetteer)."""
    g = gazetteer()
    city = KINDS.index("city")
    points = [(g.lat[n], g.lon[n]) for n, code in enumerate(g.countries)
              if code == country and g.kinds[n] == city and g.population[n] >= PART_MIN_POPULATION]
    if not points:
        return None
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    low, high = int(PART_QUANTILE * (len(points) - 1)), int((1 - PART_QUANTILE) * (len(points) - 1))
    return (lats[low], lats[high]), (lons[low], lons[high])
