"""Places: named locations in the text, geocoded with the offline gazetteer.

A place mention is a spaCy entity (labels from ``lang/<code>/places.yaml``) found in the gazetteer.
"près de Gao", "à 30 km de Gao" give precision 2. Homonyms resolve to the countries the article
mentions most.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from bilan.extract.context import Context
from bilan.extract.lexicon import phrase_pattern
from bilan.lang import load_lexicon
from bilan.model import Location, Span
from bilan.resolve.geocode import Place, gazetteer, geocode, name_key

NEAR_WINDOW = 30  # characters before a name where "près de" applies
DATELINE = re.compile(r"^\s*[^.\n]{0,60}?\s[–—-]\s")  # "Rangoun, 12 avril 2023 – "


@dataclass(frozen=True)
class PlaceMention:
    place: Place
    span: Span
    near: bool
    dateline: bool = False  # where the story was filed ("Rangoun, 12 avril –"), not where it happened

    def location(self) -> Location:
        precision = 2 if self.near and self.place.kind == "city" else self.place.precision
        return Location(name=self.place.name, country=self.place.country, lat=self.place.lat,
                        lon=self.place.lon, precision=precision, evidence=(self.span,))


@dataclass(frozen=True)
class PlaceLexicon:
    near: re.Pattern[str]
    labels: frozenset[str]
    not_places: frozenset[str]


@cache
def place_lexicon(lang: str) -> PlaceLexicon:
    data = load_lexicon(lang, "places")
    near = phrase_pattern(data["near"]).pattern
    return PlaceLexicon(near=re.compile(rf"(?:{near})\s*[\w'’-]*\s*$", re.IGNORECASE),
                        labels=frozenset(data["labels"]),
                        not_places=frozenset(data.get("not_places", [])))


def place_mentions(ctx: Context) -> tuple[PlaceMention, ...]:
    """Every entity of the document that the gazetteer knows, in text order."""
    return ctx.memo("place mentions", lambda: _find_places(ctx))


def _find_places(ctx: Context) -> tuple[PlaceMention, ...]:
    lex = place_lexicon(ctx.lang)
    known = gazetteer()
    ents = [e for e in ctx.doc.ents if e.label_ in lex.labels and e.text not in lex.not_places
            and name_key(e.text) in known]
    unambiguous = [known[name_key(e.text)][0] for e in ents if len(known[name_key(e.text)]) == 1]
    prefer = [c for c, _ in Counter(p.country for p in unambiguous).most_common()]
    mentions = []
    for ent in ents:
        place = geocode(ent.text, prefer=prefer[:1])
        if place is None:
            continue
        before = ctx.text[max(0, ent.start_char - NEAR_WINDOW):ent.start_char]
        dateline = not ctx.text[:ent.start_char].strip() and DATELINE.match(ctx.text) is not None
        mentions.append(PlaceMention(place, Span(ent.start_char, ent.end_char),
                                     near=bool(lex.near.search(before)), dateline=dateline))
    return tuple(mentions)


def main_country(ctx: Context) -> str | None:
    """The country the article's places are most often in."""
    counts = Counter(m.place.country for m in place_mentions(ctx))
    return counts.most_common(1)[0][0] if counts else None


def sentence_location(ctx: Context, index: int, near: int | None = None) -> Location | None:
    """The place of sentence ``index``: the first town after ``near``, else its first town,
    else its first region or country."""
    sent = ctx.sentences[index]
    inside = [m for m in place_mentions(ctx)
              if sent.start_char <= m.span.start < sent.end_char and not m.dateline]
    if not inside:
        return None
    towns = [m for m in inside if m.place.kind == "city"]
    after = [m for m in towns if near is not None and m.span.start >= near]
    best = (after or towns or inside)[0]
    return best.location()
