#!/usr/bin/env python3
"""Batched extraction (``extract_documents``, spaCy's ``nlp.pipe``) against one document at a
time (``extract_document``), as a ratio taken in one run (machines are noisy).

    .venv/bin/python bench/batching.py [INPUT.jsonl] [--repeat N] [--model sm|md]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from bilan.ingest import read_documents
from bilan.model import Document
from bilan.pipeline import extract_document, extract_documents

DEFAULT_INPUT = Path(__file__).resolve().parents[1] / "eval" / "gold" / "fr" / "dev.input.jsonl"


def best_of(repeat: int, run: Callable[[], None]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    documents = [d for d in read_documents([str(args.input)]) if isinstance(d, Document)]
    extract_document(documents[0], model=args.model)  # warm-up: load the pipeline once

    def one_by_one() -> None:
        for document in documents:
            extract_document(document, model=args.model)

    def batched() -> None:
        for _ in extract_documents(documents, model=args.model):
            pass

    single, batch = best_of(args.repeat, one_by_one), best_of(args.repeat, batched)
    print(f"{len(documents)} documents, best of {args.repeat} passes")
    print(f"one by one: {len(documents) / single:7.1f} docs/s")
    print(f"batched:    {len(documents) / batch:7.1f} docs/s   time ×{batch / single:.2f}")


if __name__ == "__main__":
    main()
