"""eval/compare.py tells which counts moved between two runs and whether anything was lost."""

import json
import os
import subprocess
import sys
from pathlib import Path

COMPARE = Path(__file__).resolve().parent.parent / "eval" / "compare.py"
STRIKE = {"id": "e1", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
          "modality": "occurred", "date": {"start": "2016-12-08", "end": "2016-12-08"},
          "location": {"name": "Alep", "country": "SY", "lat": 36.2, "lon": 37.13, "precision": 1},
          "actor1": {"name": "Military Forces of Syria", "inter": 1}, "actor2": None, "fatalities": 0,
          "sources": [], "evidence": [{"start": 0, "end": 20}]}


def _write(path: Path, events: list[dict[str, object]]) -> Path:
    doc = {"doc_id": "d", "language": "fr", "published": "2016-12-09", "events": events, "casualties": []}
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    return path


def _compare(shared: Path, gold: Path, base: Path, new: Path) -> dict[str, object]:
    env = {**os.environ, "BILAN_SHARED": str(shared)}
    done = subprocess.run([sys.executable, str(COMPARE), str(gold), str(base), str(new), "--json"],
                          capture_output=True, text=True, check=True, env=env)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_false_find_and_a_wrong_attribute_are_losses(shared: Path, tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.jsonl", [STRIKE])
    base = _write(tmp_path / "base.jsonl", [STRIKE])
    rebels = {**STRIKE, "actor1": {"name": "Rebels", "inter": 2}}
    extra = {**STRIKE, "id": "e2", "location": {"name": "Damas", "lat": 33.51, "lon": 36.29, "precision": 1},
             "evidence": [{"start": 400, "end": 420}]}
    worse = _compare(shared, gold, base, _write(tmp_path / "new.jsonl", [rebels, extra]))
    assert worse["verdict"] == "worse"
    assert worse["deltas"] == {"ev.fp": 1, "ev.actor1.inter": -1}
    assert _compare(shared, gold, base, base)["verdict"] == "same"
    better = _compare(shared, gold, _write(tmp_path / "empty.jsonl", []), base)
    assert better["verdict"] == "better" and better["deltas"]["ev.tp"] == 1
