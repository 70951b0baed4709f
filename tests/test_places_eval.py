"""eval/places.py, the place test set's scorer, runs on a few rows."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "eval" / "places.py"


def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("places_eval", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["places_eval"] = module
    spec.loader.exec_module(module)
    return module


def test_place_test_set_is_large_and_well_formed() -> None:
    rows = script().read_rows(SCRIPT.parent / "places" / "fr.tsv")
    assert len(rows) >= 150
    assert len({r.country for r in rows}) >= 20
    assert {r.precision for r in rows} == {1, 2, 3}


def test_script_scores_a_few_rows(capsys: pytest.CaptureFixture[str]) -> None:
    assert script().main(["--limit", "4", "-q"]) == 0
    out = capsys.readouterr().out
    assert re.fullmatch(r"places fr: 4 mentions; within 25 km [01]\.\d{3} \([0-4]/4\); precision right "
                        r"[01]\.\d{3} \([0-4]/4\)\n", out), out
    assert script().main(["--limit", "3", "-q"]) == 0
    assert "within 25 km 1.000 (3/3)" in capsys.readouterr().out  # Alep, Alep-Est, Alep-Ouest


def test_distance() -> None:
    km = script().distance_km(36.2021, 37.1343, 33.5138, 36.2765)  # Alep to Damas
    assert 300 < km < 320
