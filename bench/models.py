#!/usr/bin/env python3
"""Compare the French spaCy models on speed, as a ratio taken in one run (machines are noisy).

    .venv/bin/python bench/models.py [INPUT.jsonl] [--repeat N]

Extracts every article of INPUT (default: the French dev gold inputs) with each model, after one
warm-up pass, and prints documents per second and each model's time relative to the first.
Accuracy is compared with `bilan eval --model sm|md`, not here.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bilan.ingest import read_documents
from bilan.model import Document
from bilan.pipeline import extract_document

DEFAULT_INPUT = Path(__file__).resolve().parents[1] / "eval" / "gold" / "fr" / "dev.input.jsonl"


def timed_pass(documents: list[Document], model: str) -> float:
    start = time.perf_counter()
    for document in documents:
        extract_document(document, model=model)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--models", nargs="+", default=["sm", "md"])
    args = parser.parse_args()
    documents = [d for d in read_documents([str(args.input)]) if isinstance(d, Document)]
    for model in args.models:  # warm-up: load each pipeline once
        timed_pass(documents[:1], model)
    best = {m: min(timed_pass(documents, m) for _ in range(args.repeat)) for m in args.models}
    base = best[args.models[0]]
    print(f"{len(documents)} documents, best of {args.repeat} passes")
    for model, seconds in best.items():
        print(f"{model:>4}: {len(documents) / seconds:7.1f} docs/s   time ×{seconds / base:.2f}")


if __name__ == "__main__":
    main()
