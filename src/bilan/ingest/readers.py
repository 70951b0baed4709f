"""Turn files and streams into ``Document`` records.

Readers never stop at a bad record: they yield an ``InputProblem`` naming the file, the line and
what to fix, and go on with the next record.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from bilan.errors import InputProblem
from bilan.model import Document

JSONL_SUFFIXES = (".jsonl", ".ndjson")
STDIN = "-"

Loaded = Document | InputProblem


def parse_published(value: Any) -> date:
    """An ISO date or datetime ("2016-12-10", "2016-12-10T08:30:00Z") as a date."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"'published' must be an ISO date such as 2016-12-10, got {value!r}")
    text = value.strip()
    try:
        return date.fromisoformat(text[:10]) if len(text) == 10 else \
            datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(
            f"'published' must be an ISO date such as 2016-12-10, got {value!r}") from None


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key!r} must be a string, got {type(value).__name__}")
    return value or None


def document_from_record(record: Any, where: str, *, published: date | None = None,
                         language: str | None = None) -> Document:
    """Validate one input record (FORMAT.md) and build its ``Document``.

    ``published`` and ``language`` are defaults for records that lack them.
    Raises ``ValueError`` with a message that says what to fix.
    """
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    doc_id = record.get("doc_id")
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise ValueError("missing 'doc_id' (a non-empty string)")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("missing 'text' (a string)")
    if not text.strip():
        raise ValueError("empty 'text': nothing to read")
    if record.get("published") is None:
        if published is None:
            raise ValueError("missing 'published' (the ISO date relative dates are resolved "
                             "against); add it or pass --published")
        day = published
    else:
        day = parse_published(record["published"])
    return Document(
        doc_id=doc_id,
        text=text,
        published=day,
        language=_optional_str(record, "language") or language,
        title=_optional_str(record, "title"),
        url=_optional_str(record, "url"),
        source=_optional_str(record, "source"),
        origin=where,
    )


def read_jsonl(lines: Iterable[str | InputProblem], name: str, *, published: date | None = None,
               language: str | None = None) -> Iterator[Loaded]:
    """Documents from JSON Lines, lazily; a ``.json`` file may also hold one object or a list.

    ``lines`` may carry problems found while reading them (a line that is not UTF-8).
    """
    for number, line in enumerate(lines, 1):
        if isinstance(line, InputProblem):
            yield line
            continue
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputProblem(where, f"bad JSON ({e.msg} at column {e.colno}); "
                                      "each line must be one JSON object")
            continue
        yield from _documents(data, where, published=published, language=language)


def _documents(data: Any, where: str, *, published: date | None,
               language: str | None) -> Iterator[Loaded]:
    """Documents from parsed JSON: one record or a list of them."""
    for record in data if isinstance(data, list) else [data]:
        doc_id = record.get("doc_id") if isinstance(record, dict) else None
        try:
            yield document_from_record(record, where, published=published, language=language)
        except ValueError as e:
            yield InputProblem(where, str(e), doc_id if isinstance(doc_id, str) else None)


def _looks_like_json(text: str) -> bool:
    return text.lstrip()[:1] in ("{", "[")


def read_text(text: str, name: str, doc_id: str, *, published: date | None,
              language: str | None) -> Iterator[Loaded]:
    """One plain-text article; ``published`` must come from the command line."""
    if published is None:
        yield InputProblem(name, "a plain-text article needs its publication date: "
                                 "pass --published YYYY-MM-DD", doc_id)
        return
    record = {"doc_id": doc_id, "text": text}
    try:
        yield document_from_record(record, name, published=published, language=language)
    except ValueError as e:
        yield InputProblem(name, str(e), doc_id)


def _decoded_lines(path: Path) -> Iterator[str | InputProblem]:
    """The file's lines, read lazily; a line that is not UTF-8 becomes a problem, not a stop."""
    with path.open("rb") as f:
        for number, raw in enumerate(f, 1):
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError as e:
                yield InputProblem(f"{path}:{number}", f"not UTF-8 (byte {e.start}); "
                                                       "convert the file to UTF-8")


def read_path(path: Path, *, published: date | None = None,
              language: str | None = None) -> Iterator[Loaded]:
    """Documents from one file: JSON Lines by suffix, else one plain-text article."""
    name = str(path)
    if path.suffix.lower() in JSONL_SUFFIXES and path.is_file():
        try:
            yield from read_jsonl(_decoded_lines(path), name, published=published,
                                  language=language)
        except OSError as e:
            yield InputProblem(name, f"cannot read: {e.strerror}")
        return
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        yield InputProblem(name, "no such file; check the path")
        return
    except IsADirectoryError:
        yield InputProblem(name, "is a directory; pass the files in it (e.g. DIR/*.jsonl)")
        return
    except UnicodeDecodeError as e:
        yield InputProblem(name, f"not UTF-8 text (byte {e.start}); convert it to UTF-8")
        return
    except OSError as e:
        yield InputProblem(name, f"cannot read: {e.strerror}")
        return
    if path.suffix.lower() == ".json":
        yield from _read_json(raw, name, published=published, language=language)
    else:
        yield from read_text(raw, name, path.stem, published=published, language=language)


def _read_json(raw: str, name: str, *, published: date | None,
               language: str | None) -> Iterator[Loaded]:
    """A ``.json`` file: one document or a list of them, laid out freely; else JSON Lines."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        yield from read_jsonl(raw.splitlines(), name, published=published, language=language)
        return
    yield from _documents(data, name, published=published, language=language)


def read_stream(stream: TextIO, name: str = "<stdin>", *, published: date | None = None,
                language: str | None = None) -> Iterator[Loaded]:
    """Standard input: JSON Lines when it starts with ``{``, else one plain-text article."""
    raw = stream.read()
    if _looks_like_json(raw):
        yield from read_jsonl(raw.splitlines(), name, published=published, language=language)
    else:
        yield from read_text(raw, name, "stdin", published=published, language=language)


def read_documents(paths: Iterable[str], *, published: date | None = None,
                   language: str | None = None, stdin: TextIO | None = None) -> Iterator[Loaded]:
    """Documents from every path in turn (``-`` is standard input), with duplicates reported."""
    seen: dict[str, str] = {}
    for raw_path in paths:
        if raw_path == STDIN:
            loaded = read_stream(stdin or sys.stdin, published=published, language=language)
        else:
            loaded = read_path(Path(raw_path), published=published, language=language)
        for item in loaded:
            if isinstance(item, Document):
                first = seen.setdefault(item.doc_id, item.origin or "")
                if first != item.origin:
                    yield InputProblem(item.origin or "", f"duplicate doc_id, first read at "
                                       f"{first}; skipped", item.doc_id)
                    continue
            yield item
