from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from bilan.extract.context import Context
from bilan.model import Document
from bilan.nlp import load_nlp

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BILAN_SHARED", REPO.parent / "shared"))


def make_context(text: str, published: date = date(2016, 12, 10), lang: str = "fr",
                 title: str | None = None) -> Context:
    """A document read by the real French pipeline (loaded once per test process)."""
    document = Document(doc_id="t", text=text, published=published, language=lang, title=title)
    return Context(document=document, doc=load_nlp(lang)(text), lang=lang)


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.fail(f"the shared folder is missing at {SHARED}; set BILAN_SHARED")
    return SHARED
