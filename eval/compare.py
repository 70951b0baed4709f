#!/usr/bin/env python3
"""Compare two prediction files of one gold split, count by count (a developer's aid).

    python eval/compare.py GOLD.jsonl BASE.pred.jsonl NEW.pred.jsonl [--json]

Scores both with the shared scorer (run as a program, as `bilan eval` does) and with
``eval/statement_locations.py``, then prints every count that moved: true and false finds,
right attributes, statement locations, events on non-conflict articles. The verdict line says
whether NEW loses anything BASE had (``worse``), gains without losing (``better``) or reads the
same (``same``); it is a summary of counts, not a judgement of the rule behind them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from statement_locations import score as statement_locations

SHARED = Path(os.environ.get("BILAN_SHARED", Path(__file__).resolve().parents[2] / "shared"))
SECTIONS = {"events": "ev", "casualties": "ca"}


def scorer_report(gold: Path, pred: Path) -> dict[str, Any]:
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(gold), "--pred", str(pred),
           "--json"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"compare.py: the scorer failed on {pred}: {done.stderr.strip()}")
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def _docs(path: Path) -> dict[str, dict[str, Any]]:
    return {d["doc_id"]: d for d in map(json.loads, path.read_text("utf-8").splitlines())}


def counts(gold: Path, pred: Path) -> dict[str, int]:
    """The counts that can move between two runs, flat: ``ev.tp``, ``ev.location``, ``ca.stloc``…"""
    report = scorer_report(gold, pred)
    flat: dict[str, int] = {}
    for section, short in SECTIONS.items():
        figures = report[section]
        for key in ("tp", "fp", "fn"):
            flat[f"{short}.{key}"] = figures[key]
        for name, attr in figures["attributes"].items():
            flat[f"{short}.{name}"] = attr["correct"]
    flat["ca.stloc"] = statement_locations(gold, pred)[0]
    golds, preds = _docs(gold), _docs(pred)
    flat["nc.events"] = sum(1 for doc_id, g in golds.items() if not g.get("events")
                            and not g.get("casualties") and preds.get(doc_id, {}).get("events"))
    return flat


def verdict(deltas: dict[str, int]) -> str:
    """``worse`` if anything BASE had is lost, ``better`` if something is gained, else ``same``."""
    lost = [k for k, v in deltas.items() if (v > 0) == k.endswith((".fp", ".fn", "nc.events")) and v]
    gained = [k for k, v in deltas.items() if v and k not in lost]
    return "worse" if lost else "better" if gained else "same"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("base", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--json", action="store_true", help="print the deltas as one JSON object")
    args = parser.parse_args()
    base, new = counts(args.gold, args.base), counts(args.gold, args.new)
    deltas = {k: new[k] - base[k] for k in base if new[k] != base[k]}
    if args.json:
        print(json.dumps({"verdict": verdict(deltas), "deltas": deltas, "new": new}))
        return
    for key, delta in deltas.items():
        print(f"{key:<22}{base[key]:>7} → {new[key]:<7}({delta:+d})")
    print(verdict(deltas))


if __name__ == "__main__":
    main()
