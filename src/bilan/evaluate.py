"""``bilan eval``: extract a gold set's articles and score them with the shared scorer.

The scorer (``shared/eval/score.py``) is called as a program, never copied, so bilan is measured
exactly as any other system would be.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bilan.errors import BilanError, InputProblem
from bilan.ingest import read_documents
from bilan.interchange import to_jsonl
from bilan.pipeline import extract_documents

log = logging.getLogger(__name__)

DEFAULT_GOLD = Path("eval/gold")
REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class SplitResult:
    language: str
    split: str
    documents: int
    predictions: Path
    table: str  # the scorer's own table
    scores: dict[str, Any]  # the scorer's --json report


def find_scorer(shared: Path | None = None) -> Path:
    """``score.py`` in ``shared``, $BILAN_SHARED, ./../shared or the repository's ../shared."""
    env = os.environ.get("BILAN_SHARED")
    candidates = [shared] if shared else [Path(env)] if env else \
        [Path.cwd().parent / "shared", REPO_ROOT.parent / "shared"]
    for folder in candidates:
        if folder is not None and (folder / "eval" / "score.py").is_file():
            return folder / "eval" / "score.py"
    raise BilanError(f"cannot find eval/score.py in {', '.join(map(str, candidates))}; "
                     "pass --shared PATH or set BILAN_SHARED to the shared/ folder")


def run_scorer(scorer: Path, gold: Path, pred: Path, *extra: str) -> str:
    """The scorer's standard output; its failures become a ``BilanError``."""
    cmd = [sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred), *extra]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BilanError(f"the scorer failed ({' '.join(cmd)}): {done.stderr.strip()}")
    return done.stdout


def predict(inputs: Path, predictions: Path, model: str | None = None) -> int:
    """Extract every article of ``inputs`` into ``predictions``; the number of documents."""
    predictions.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with predictions.open("w", encoding="utf-8") as out:
        for result in extract_documents(read_documents([str(inputs)]), model=model):
            if isinstance(result, InputProblem):
                raise BilanError(f"gold input cannot be read: {result}")
            out.write(to_jsonl(result) + "\n")
            count += 1
    return count


def gold_languages(gold_dir: Path) -> list[str]:
    if not gold_dir.is_dir():
        raise BilanError(f"{gold_dir}: no gold folder here; run from the repository root or "
                         "pass --gold")
    return sorted(p.name for p in gold_dir.iterdir() if any(p.glob("*.gold.jsonl")))


def evaluate(gold_dir: Path = DEFAULT_GOLD, *, languages: Sequence[str] = (),
             splits: Sequence[str] = ("dev", "test"), shared: Path | None = None,
             model: str | None = None, out_dir: Path = Path("out/eval"),
             per_doc: bool = False) -> Iterator[SplitResult]:
    """Score each language and split of the gold set in turn."""
    scorer = find_scorer(shared)
    for lang in languages or gold_languages(gold_dir):
        for split in splits:
            inputs = gold_dir / lang / f"{split}.input.jsonl"
            gold = gold_dir / lang / f"{split}.gold.jsonl"
            if not inputs.is_file() or not gold.is_file():
                raise BilanError(f"{gold}: no {split} split for {lang!r}; build it with `make gold`")
            predictions = out_dir / lang / f"{split}.pred.jsonl"
            count = predict(inputs, predictions, model)
            table = run_scorer(scorer, gold, predictions, *(["--per-doc"] if per_doc else []))
            scores = json.loads(run_scorer(scorer, gold, predictions, "--json"))
            log.info("%s %s: %d documents scored", lang, split, count)
            yield SplitResult(lang, split, count, predictions, table.rstrip(), scores)
