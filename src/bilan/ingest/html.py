"""Saved web pages: the article's text, title and date with trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import lxml.html  # type: ignore[import-untyped]
import trafilatura

from bilan.errors import InputProblem
from bilan.ingest.readers import Loaded, parse_published
from bilan.model import Document

MIN_WORDS = 15  # less text than this is a menu or an error page, not an article


def page_title(html: str) -> str | None:
    """The page's og:title, else its first ``<h1>``, else its ``<title>``."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for xpath in ('//meta[@property="og:title"]/@content', "//h1", "//title"):
        for found in tree.xpath(xpath):
            value = found if isinstance(found, str) else found.text_content()
            value = " ".join(str(value).split())
            if value:
                return value
    return None


def document_from_html(html: str, where: str, doc_id: str, *, published: date | None,
                       language: str | None = None) -> Document:
    """The article in a web page. Raises ``ValueError`` when the page holds no article."""
    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                         include_tables=False)
    text = getattr(result, "text", None) if result is not None else None
    words = len(str(text or "").split())
    if words < MIN_WORDS:
        raise ValueError(f"no article found in this HTML page ({words} words of text outside "
                         "menus and boilerplate)")
    day = getattr(result, "date", None)
    page_day = None
    if day:
        try:
            page_day = parse_published(str(day))
        except ValueError:
            page_day = None
    day_used = page_day or published
    if day_used is None:
        raise ValueError("the page gives no publication date; pass --published YYYY-MM-DD")
    return Document(doc_id=doc_id, text=str(text), published=day_used,
                    language=language,
                    title=page_title(html) or getattr(result, "title", None),
                    url=getattr(result, "url", None), source=getattr(result, "sitename", None),
                    origin=where)


def read_html(path: Path, raw: str, *, published: date | None,
              language: str | None = None) -> Iterator[Loaded]:
    name = str(path)
    try:
        yield document_from_html(raw, name, path.stem, published=published, language=language)
    except ValueError as e:
        yield InputProblem(name, str(e), path.stem)
