"""The statement-location measure in eval/ pairs statements and judges places as the scorer does."""

import importlib.util
import json
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent / "eval" / "statement_locations.py"
spec = importlib.util.spec_from_file_location("statement_locations", EVAL)
assert spec is not None and spec.loader is not None
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)


def _write(path: Path, casualties: list[dict[str, object]]) -> Path:
    path.write_text(json.dumps({"doc_id": "d", "casualties": casualties}) + "\n", encoding="utf-8")
    return path


def test_names_aliases_and_distance(tmp_path: Path) -> None:
    gold_place = {"name": "Alep-Est", "lat": 36.205, "lon": 37.17, "aliases": ["East Aleppo"]}
    gold = [{"outcome": "killed", "value": 10, "evidence": [{"start": 0}], "location": gold_place},
            {"outcome": "killed", "value": 20, "evidence": [{"start": 50}], "location": gold_place},
            {"outcome": "injured", "value": 5, "evidence": [{"start": 90}], "location": gold_place}]
    pred = [{"outcome": "killed", "value": 10, "evidence": [{"start": 2}],
             "location": {"name": "East Aleppo", "lat": None, "lon": None}},
            {"outcome": "killed", "value": 20, "evidence": [{"start": 52}],
             "location": {"name": "Alep", "lat": 36.2, "lon": 37.16}},
            {"outcome": "injured", "value": 5, "evidence": [{"start": 91}],
             "location": {"name": "Damas", "lat": 33.51, "lon": 36.29}}]
    assert module.score(_write(tmp_path / "g.jsonl", gold), _write(tmp_path / "p.jsonl", pred)) == (2, 3)
