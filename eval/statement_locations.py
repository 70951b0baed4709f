"""Location accuracy of casualty statements, which the shared scorer does not score.

Pairs each required gold statement with the predicted statement of the same outcome and value
whose evidence starts nearest, and counts its location right when its name is the gold name or an
alias, or it lies within 25 km of the gold point (as the scorer does for events).

    python eval/statement_locations.py eval/gold/fr/dev.gold.jsonl out/eval/fr/dev.pred.jsonl
"""

from __future__ import annotations

import argparse
import json
import math
import re
import unicodedata
from pathlib import Path
from typing import Any

WITHIN_KM = 25.0


def _key(name: str | None) -> str:
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p = math.pi / 180
    h = (math.sin((b[0] - a[0]) * p / 2) ** 2
         + math.cos(a[0] * p) * math.cos(b[0] * p) * math.sin((b[1] - a[1]) * p / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def location_right(pred: dict[str, Any] | None, gold: dict[str, Any] | None) -> bool:
    if gold is None:
        return pred is None
    if pred is None:
        return False
    if _key(pred["name"]) in {_key(gold["name"]), *(_key(a) for a in gold.get("aliases", []))}:
        return True
    if pred.get("lat") is None or gold.get("lat") is None:
        return False
    return _km((pred["lat"], pred["lon"]), (gold["lat"], gold["lon"])) <= WITHIN_KM


def _load(path: Path) -> dict[str, dict[str, Any]]:
    records = (json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip())
    return {r["doc_id"]: r for r in records}


def score(gold_path: Path, pred_path: Path) -> tuple[int, int]:
    """(right, paired) over the required gold statements that have a predicted counterpart."""
    gold, pred = _load(gold_path), _load(pred_path)
    right = paired = 0
    for doc_id, doc in gold.items():
        left = list(pred.get(doc_id, {}).get("casualties", []))
        for stmt in doc.get("casualties", []):
            if stmt.get("optional"):
                continue
            same = [p for p in left if (p["outcome"], p["value"]) == (stmt["outcome"], stmt["value"])]
            if not same:
                continue
            start = stmt["evidence"][0]["start"]
            match = min(same, key=lambda p: abs(p["evidence"][0]["start"] - start))
            left.remove(match)
            paired += 1
            right += location_right(match.get("location"), stmt.get("location"))
    return right, paired


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("pred", type=Path)
    args = parser.parse_args()
    right, paired = score(args.gold, args.pred)
    share = right / paired if paired else 0.0
    print(f"statement location {share:.3f} ({right}/{paired})")


if __name__ == "__main__":
    main()
