#!/usr/bin/env python3
"""Show where predictions and gold disagree, item by item (a developer's aid for the DEV split).

    python eval/diff.py GOLD.jsonl PRED.jsonl INPUT.jsonl [--section casualties|events]

Pairs items with the shared scorer's own matching (imported from ../shared/eval/score.py, not
copied) and prints missed gold items, false finds, and matched pairs whose attributes differ,
with the evidence sentence. Never run it on the test split: that split stays unseen.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

SHARED = Path(os.environ.get("BILAN_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load(path: str) -> dict[str, dict[str, Any]]:
    return {d["doc_id"]: d for d in map(json.loads, Path(path).read_text("utf-8").splitlines())}


def quote(text: str, item: dict[str, Any]) -> str:
    ev = item.get("evidence") or []
    return " ".join(text[ev[0]["start"]:ev[0]["end"]].split())[:180] if ev else "?"


def brief(item: dict[str, Any], section: str) -> str:
    if section == "casualties":
        src = item.get("source")
        return (f"{item['outcome']} {item['value']} {item['qualifier']} {item['victims']} "
                f"{item['scope']} src={src!r} sub={item.get('subset_of')}")
    loc = (item.get("location") or {}).get("name")
    a1, a2 = ((item.get(a) or {}).get("inter") for a in ("actor1", "actor2"))
    return (f"{item['event_type']}/{item['sub_event_type']} {item['modality']} "
            f"{item['date']['start']} @{loc} {a1}->{a2} f={item['fatalities']} "
            f"src={item.get('sources')}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold")
    parser.add_argument("pred")
    parser.add_argument("inputs")
    parser.add_argument("--section", default="casualties", choices=["casualties", "events"])
    args = parser.parse_args()
    if "test" in Path(args.gold).name:
        sys.exit("diff.py: the test split stays unseen; use the dev split")
    score = scorer()
    golds, preds, inputs = load(args.gold), load(args.pred), load(args.inputs)
    score_fn, checks, _ = score.SECTIONS[args.section]
    for doc_id, gold in golds.items():
        text = inputs[doc_id]["text"]
        g_items = gold.get(args.section) or []
        p_items = (preds.get(doc_id) or {}).get(args.section) or []
        match = score.greedy_match(g_items, p_items, score_fn)
        ids = {p_items[i]["id"]: g_items[j]["id"] for i, j in match.items()}
        lines = []
        for i, p in enumerate(p_items):
            if i not in match:
                lines.append(f"  FP  {brief(p, args.section)}\n      « {quote(text, p)} »")
                continue
            g = g_items[match[i]]
            wrong = [n for n, check in checks.items() if not check(p, g, ids)]
            if wrong and not g.get("optional"):
                lines.append(f"  ≠ {','.join(wrong)}\n      pred {brief(p, args.section)}\n"
                             f"      gold {brief(g, args.section)}\n      « {quote(text, g)} »")
        for j, g in enumerate(g_items):
            if j not in match.values() and not g.get("optional"):
                lines.append(f"  FN  {brief(g, args.section)}\n      « {quote(text, g)} »")
        if lines:
            print(f"== {doc_id}")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
