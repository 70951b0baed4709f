"""Every kind of input ``bilan ingest`` takes, by path: files, folders (recursively), stdin.

A file's kind comes from its suffix, else from its first bytes: JSON Lines (``.jsonl``,
``.ndjson``, ``.json``), HTML pages (``.html``, ``.htm``), RSS/Atom feeds (``.xml``, ``.rss``,
``.atom``), anything else plain text. Empty and binary files are reported, not read.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from bilan.errors import InputProblem
from bilan.ingest.feeds import read_feed
from bilan.ingest.html import read_html
from bilan.ingest.readers import JSONL_SUFFIXES, STDIN, Loaded, read_path, read_stream

log = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
TEXT_SUFFIXES = (".txt", ".text", "")
KNOWN_SUFFIXES = (*JSONL_SUFFIXES, ".json", *HTML_SUFFIXES, *FEED_SUFFIXES, *TEXT_SUFFIXES)
SNIFF = 4096


def _kind(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in (*JSONL_SUFFIXES, ".json"):
        return "json"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES:
        return "feed"
    start = head.lstrip()[:200].lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if start.startswith(b"<?xml") or start.startswith((b"<rss", b"<feed")):
        return "feed"
    return "text"


def _file_day(path: Path) -> date | None:
    try:
        return date.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None


def read_file(path: Path, *, published: date | None = None,
              language: str | None = None) -> Iterator[Loaded]:
    """Documents from one file of any kind bilan reads."""
    name = str(path)
    try:
        with path.open("rb") as f:
            head = f.read(SNIFF)
    except FileNotFoundError:
        yield InputProblem(name, "no such file; check the path")
        return
    except OSError as e:
        yield InputProblem(name, f"cannot read: {e.strerror}")
        return
    if not head.strip():
        yield InputProblem(name, "empty file: nothing to read")
        return
    if b"\x00" in head:
        yield InputProblem(name, "binary file: not text, JSON Lines, HTML or a feed")
        return
    kind = _kind(path, head)
    if kind == "json":
        yield from read_path(path, published=published, language=language)
        return
    # text, pages and feeds without a date of their own are dated by the file's modification day
    day = published or _file_day(path)
    if kind == "feed":
        yield from read_feed(path, path.read_bytes(), published=day, language=language)
        return
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        yield InputProblem(name, f"not UTF-8 text (byte {e.start}); convert it to UTF-8")
        return
    if kind == "html":
        yield from read_html(path, raw, published=day, language=language)
    else:
        yield from read_path(path, published=day, language=language)


def files_in(folder: Path) -> Iterator[Path]:
    """The readable files under ``folder``, recursively, in name order; hidden ones skipped."""
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.suffix.lower() in KNOWN_SUFFIXES:
            yield path
        else:
            log.info("%s: skipped (not a kind of file bilan reads)", path)


def read_inputs(paths: Iterable[str], *, published: date | None = None,
                language: str | None = None, stdin: TextIO | None = None) -> Iterator[Loaded]:
    """Documents from files, folders and ``-`` (standard input), in order."""
    for raw_path in paths:
        if raw_path == STDIN:
            yield from read_stream(stdin or sys.stdin, published=published, language=language)
            continue
        path = Path(raw_path)
        if path.is_dir():
            for file in files_in(path):
                yield from read_file(file, published=published, language=language)
        else:
            yield from read_file(path, published=published, language=language)
