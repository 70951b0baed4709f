#!/usr/bin/env python3
"""Build the gold sets from their YAML sources (see eval/gold/GUIDELINES.md).

For each language folder ``eval/gold/<lang>/src/*.yaml`` this resolves every evidence anchor phrase
to character offsets, checks the annotation against the shared taxonomy, and writes
``<split>.input.jsonl`` (articles) and ``<split>.gold.jsonl`` (annotations) beside ``src/``.

    python eval/build_gold.py            # rebuild
    python eval/build_gold.py --check    # exit 1 when a built file is stale or a source is invalid
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

import yaml

GOLD_ROOT = Path(__file__).resolve().parent / "gold"
SPLITS = ("dev", "test")
INPUT_KEYS = ("doc_id", "text", "published", "language", "title", "source", "url")
EVENT_KEYS = ("id", "event_type", "sub_event_type", "modality", "date", "location", "actor1",
              "actor2", "fatalities", "sources", "evidence")
CASUALTY_KEYS = ("id", "outcome", "value", "high", "qualifier", "victims", "subset_of", "scope",
                 "period", "location", "source", "event", "evidence")


class GoldError(Exception):
    """A source file that cannot be built; the message names the file and the item."""


def find_taxonomy() -> dict[str, Any]:
    """The shared taxonomy, from $BILAN_SHARED or ../shared beside the repository."""
    shared = Path(os.environ.get("BILAN_SHARED", GOLD_ROOT.parent.parent.parent / "shared"))
    path = shared / "eval" / "taxonomy.json"
    if not path.is_file():
        raise GoldError(f"{path}: taxonomy not found; set BILAN_SHARED to the shared/ folder")
    taxonomy: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return taxonomy


def resolve_anchor(text: str, anchor: Any, where: str) -> dict[str, int]:
    """Offsets of one anchor: a phrase, {text, nth}, or already {start, end}."""
    if isinstance(anchor, dict) and "start" in anchor:
        start, end = int(anchor["start"]), int(anchor["end"])
        if not 0 <= start < end <= len(text):
            raise GoldError(f"{where}: offsets {start}-{end} outside the text")
        return {"start": start, "end": end}
    phrase, nth = (anchor, None) if isinstance(anchor, str) else (anchor.get("text"), anchor.get("nth"))
    if not isinstance(phrase, str) or not phrase:
        raise GoldError(f"{where}: an anchor must be a phrase or {{text, nth}}, got {anchor!r}")
    starts = []
    pos = text.find(phrase)
    while pos != -1:
        starts.append(pos)
        pos = text.find(phrase, pos + 1)
    if not starts:
        raise GoldError(f"{where}: anchor not found in the text: {phrase!r}")
    if nth is None and len(starts) > 1:
        raise GoldError(f"{where}: anchor occurs {len(starts)} times, add nth: {phrase!r}")
    index = (nth or 1) - 1
    if not 0 <= index < len(starts):
        raise GoldError(f"{where}: anchor has {len(starts)} occurrence(s), nth={nth}: {phrase!r}")
    return {"start": starts[index], "end": starts[index] + len(phrase)}


def check_choice(value: Any, allowed: Any, field: str, where: str) -> None:
    if value not in allowed:
        raise GoldError(f"{where}: {field} {value!r} is not one of {sorted(allowed)}")


def check_location(loc: Any, where: str) -> None:
    if loc is None:
        return
    for key in ("name", "country", "lat", "lon", "precision"):
        if key not in loc:
            raise GoldError(f"{where}: location lacks {key!r}")
    check_choice(loc["precision"], (1, 2, 3), "location.precision", where)


def check_span(period: Any, where: str) -> None:
    if not isinstance(period, dict) or not {"start", "end"} <= period.keys():
        raise GoldError(f"{where}: expected {{start, end}}, got {period!r}")
    if str(period["start"]) > str(period["end"]):
        raise GoldError(f"{where}: start {period['start']} is after end {period['end']}")


def build_event(event: dict[str, Any], text: str, taxonomy: dict[str, Any], where: str) -> dict[str, Any]:
    where = f"{where}, event {event.get('id')!r}"
    missing = [k for k in EVENT_KEYS if k not in event]
    if missing:
        raise GoldError(f"{where}: missing {missing}")
    types = taxonomy["event_types"]
    check_choice(event["event_type"], types, "event_type", where)
    check_choice(event["sub_event_type"], types[event["event_type"]], "sub_event_type", where)
    check_choice(event["modality"], taxonomy["modality"], "modality", where)
    check_span(event["date"], f"{where}: date")
    check_location(event["location"], where)
    for actor in ("actor1", "actor2"):
        if event[actor] is not None:
            check_choice(str(event[actor].get("inter")), taxonomy["inter"], f"{actor}.inter", where)
    if not isinstance(event["fatalities"], int) or event["fatalities"] < 0:
        raise GoldError(f"{where}: fatalities must be a non-negative integer")
    built = dict(event)
    built["evidence"] = [resolve_anchor(text, a, where) for a in event["evidence"]]
    return built


def build_casualty(stmt: dict[str, Any], text: str, taxonomy: dict[str, Any], where: str) -> dict[str, Any]:
    where = f"{where}, casualty {stmt.get('id')!r}"
    missing = [k for k in CASUALTY_KEYS if k not in stmt]
    if missing:
        raise GoldError(f"{where}: missing {missing}")
    for field in ("outcome", "qualifier", "victims", "scope"):
        check_choice(stmt[field], taxonomy[field], field, where)
    if type(stmt["value"]) is not int:
        raise GoldError(f"{where}: value must be an integer")
    if (stmt["qualifier"] == "range") != (stmt["high"] is not None):
        raise GoldError(f"{where}: high is set exactly when qualifier is range")
    if stmt["scope"] == "cumulative":
        check_span(stmt["period"], f"{where}: period")
    check_location(stmt["location"], where)
    built = dict(stmt)
    built["evidence"] = [resolve_anchor(text, a, where) for a in stmt["evidence"]]
    return built


def check_links(doc: dict[str, Any], where: str) -> None:
    """Ids are unique; subset_of and event point at items of the document."""
    event_ids = [e["id"] for e in doc["events"]]
    stmt_ids = [c["id"] for c in doc["casualties"]]
    for ids, kind in ((event_ids, "event"), (stmt_ids, "casualty")):
        if len(ids) != len(set(ids)):
            raise GoldError(f"{where}: duplicate {kind} ids in {ids}")
    for stmt in doc["casualties"]:
        if stmt["subset_of"] is not None and stmt["subset_of"] not in stmt_ids:
            raise GoldError(f"{where}: casualty {stmt['id']!r}: subset_of {stmt['subset_of']!r} unknown")
        if stmt["event"] is not None and stmt["event"] not in event_ids:
            raise GoldError(f"{where}: casualty {stmt['id']!r}: event {stmt['event']!r} unknown")


def build_document(path: Path, lang: str,
                   taxonomy: dict[str, Any]) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """(split, input record, gold record) for one source file."""
    where = str(path)
    try:
        src = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise GoldError(f"{where}: not valid YAML: {e}") from None
    for key in ("doc_id", "split", "published", "text", "events", "casualties"):
        if key not in src:
            raise GoldError(f"{where}: missing {key!r}")
    if src["doc_id"] != path.stem:
        raise GoldError(f"{where}: doc_id {src['doc_id']!r} differs from the file name")
    check_choice(src["split"], SPLITS, "split", where)
    text = str(src["text"]).strip()
    if not text:
        raise GoldError(f"{where}: empty text")
    published = str(src["published"])
    record = {"doc_id": src["doc_id"], "text": text, "published": published, "language": lang}
    record.update({k: src[k] for k in INPUT_KEYS if k in src and k not in record})
    gold = {
        "doc_id": src["doc_id"],
        "language": lang,
        "published": published,
        "events": [build_event(e, text, taxonomy, where) for e in src["events"] or []],
        "casualties": [build_casualty(c, text, taxonomy, where) for c in src["casualties"] or []],
    }
    check_links(gold, where)
    return src["split"], record, gold


def jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def build_language(lang_dir: Path, taxonomy: dict[str, Any]) -> dict[Path, str]:
    """Map each output file of one language to its expected content."""
    files: dict[Path, str] = {}
    by_split: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {s: ([], []) for s in SPLITS}
    for path in sorted((lang_dir / "src").glob("*.yaml")):
        split, record, gold = build_document(path, lang_dir.name, taxonomy)
        by_split[split][0].append(record)
        by_split[split][1].append(gold)
    for split, (records, golds) in by_split.items():
        files[lang_dir / f"{split}.input.jsonl"] = jsonl(records)
        files[lang_dir / f"{split}.gold.jsonl"] = jsonl(golds)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when a built file is stale")
    args = parser.parse_args(argv)
    try:
        taxonomy = find_taxonomy()
        expected: dict[Path, str] = {}
        for lang_dir in sorted(p for p in GOLD_ROOT.iterdir() if (p / "src").is_dir()):
            expected.update(build_language(lang_dir, taxonomy))
    except GoldError as e:
        print(f"build_gold: error: {e}", file=sys.stderr)
        return 2
    stale = [p for p, content in expected.items()
             if not p.is_file() or p.read_text(encoding="utf-8") != content]
    if args.check:
        for p in stale:
            print(f"build_gold: stale: {p} (run `make gold`)", file=sys.stderr)
        return 1 if stale else 0
    for p in stale:
        p.write_text(expected[p], encoding="utf-8")
        print(f"wrote {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
