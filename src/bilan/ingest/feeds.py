"""RSS and Atom feed files (feedparser): each entry is one article."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import feedparser  # type: ignore[import-untyped]
import lxml.html  # type: ignore[import-untyped]

from bilan.errors import InputProblem
from bilan.ingest.readers import Loaded
from bilan.model import Document


def _plain(html: str) -> str:
    if "<" not in html:
        return html.strip()
    try:
        return str(lxml.html.fromstring(html).text_content()).strip()
    except (ValueError, lxml.etree.ParserError):
        return html.strip()


def _entry_day(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def read_feed(path: Path, raw: bytes, *, published: date | None,
              language: str | None = None) -> Iterator[Loaded]:
    """One document an entry; an entry without text or date is a problem, not a stop."""
    name = str(path)
    feed = feedparser.parse(raw)
    entries = list(feed.get("entries") or [])
    if not entries:
        reason = feed.get("bozo_exception")
        yield InputProblem(name, "not an RSS/Atom feed with entries"
                           + (f" ({reason})" if reason else ""))
        return
    outlet = (feed.get("feed") or {}).get("title")
    feed_lang = ((feed.get("feed") or {}).get("language") or "")[:2].lower() or None
    for number, entry in enumerate(entries, 1):
        where = f"{name}:entry {number}"
        doc_id = str(entry.get("id") or entry.get("link") or f"{path.stem}-{number}")
        contents = entry.get("content") or []
        body = contents[0].get("value", "") if contents else entry.get("summary", "")
        text = _plain(str(body or ""))
        if not text:
            yield InputProblem(where, "feed entry has no text (no content or summary)", doc_id)
            continue
        day = _entry_day(entry) or published
        if day is None:
            yield InputProblem(where, "feed entry has no date; pass --published YYYY-MM-DD",
                               doc_id)
            continue
        yield Document(doc_id=doc_id, text=text, published=day, language=language or feed_lang,
                       title=entry.get("title"), url=entry.get("link"),
                       source=str(outlet) if outlet else None, origin=where)
