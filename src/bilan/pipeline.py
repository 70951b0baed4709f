"""document → nlp → extract stages → ``Extraction``.

``extract_document`` reads one article; ``extract_documents`` reads a stream of documents and
input problems, turning any failure on one document into an ``InputProblem`` so the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from bilan.errors import BilanError, InputProblem, LanguageError
from bilan.extract.casualties import extract_casualties
from bilan.extract.context import Context
from bilan.extract.events import about_conflict, extract_events
from bilan.lang import available_languages
from bilan.model import Document, Extraction
from bilan.nlp import detect_language, load_nlp, model_package

log = logging.getLogger(__name__)


def document_language(document: Document) -> str:
    """The language to read ``document`` in: its own field, else detected from the text."""
    lang = document.language or detect_language(document.text)
    if lang is None:
        raise LanguageError("could not tell the article's language; set 'language' in the "
                            f"record or pass --lang ({', '.join(available_languages())})")
    if lang not in available_languages():
        raise LanguageError(f"unknown language {lang!r}: bilan reads "
                            f"{', '.join(available_languages())}")
    return lang


def extract_document(document: Document, *, model: str | None = None) -> Extraction:
    """Read one article: casualty statements first, then the events they belong to."""
    lang = document_language(document)
    nlp = load_nlp(lang, model)
    ctx = Context(document=document, doc=nlp(document.text), lang=lang)
    if not about_conflict(ctx):
        log.debug("%s: not about armed conflict; nothing extracted", document.doc_id)
        return Extraction(document=document, language=lang, model=model_package(lang, model))
    events, casualties = extract_events(ctx, extract_casualties(ctx))
    return Extraction(document=document, language=lang, events=events, casualties=casualties,
                      model=model_package(lang, model))


def extract_documents(items: Iterable[Document | InputProblem], *,
                      model: str | None = None) -> Iterator[Extraction | InputProblem]:
    """Extract every document; problems pass through, failures become problems."""
    for item in items:
        if isinstance(item, InputProblem):
            yield item
            continue
        try:
            yield extract_document(item, model=model)
        except BilanError as e:
            yield InputProblem(item.origin or item.doc_id, str(e), item.doc_id)
