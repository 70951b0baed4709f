"""The gold sets are built from their sources and fit the shared format."""

import json
import subprocess
import sys
from pathlib import Path

from conftest import REPO

GOLD = REPO / "eval" / "gold"


def load(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_built_files_are_up_to_date(shared: Path) -> None:
    done = subprocess.run([sys.executable, str(REPO / "eval" / "build_gold.py"), "--check"],
                          capture_output=True, text=True, check=False,
                          env={"BILAN_SHARED": str(shared), "PATH": ""})
    assert done.returncode == 0, done.stderr


def test_french_gold_set_shape() -> None:
    dev, test = (load(GOLD / "fr" / f"{s}.gold.jsonl") for s in ("dev", "test"))
    docs = dev + test
    assert len(docs) >= 41
    assert 0.15 <= len(test) / len(docs) <= 0.35
    assert sum(not d["events"] and not d["casualties"] for d in docs) >= 8
    assert any(d["doc_id"] == "alep-2016-12" for d in dev)


def test_gold_inputs_and_annotations_pair_up() -> None:
    for split in ("dev", "test"):
        inputs = {d["doc_id"]: d for d in load(GOLD / "fr" / f"{split}.input.jsonl")}
        for gold in load(GOLD / "fr" / f"{split}.gold.jsonl"):
            text = inputs[gold["doc_id"]]["text"]
            for item in gold["events"] + gold["casualties"]:
                for span in item["evidence"]:
                    assert 0 <= span["start"] < span["end"] <= len(text)


def test_scorer_accepts_the_gold_against_itself(shared: Path) -> None:
    gold = GOLD / "fr" / "dev.gold.jsonl"
    done = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold),
                           "--pred", str(gold), "--json"], capture_output=True, text=True,
                          check=True)
    report = json.loads(done.stdout)
    assert report["casualties"]["f1"] == 1.0 and report["events"]["f1"] == 1.0
