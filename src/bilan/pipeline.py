"""document → nlp → extract stages → ``Extraction``.

``extract_document`` reads one article; ``extract_documents`` reads a stream of documents and
input problems in batches (spaCy's ``nlp.pipe``), turning any failure on one document into an
``InputProblem`` so the batch goes on. Results come out in input order.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice

from spacy.tokens import Doc

from bilan.errors import BilanError, InputProblem, LanguageError
from bilan.extract.casualties import extract_casualties
from bilan.extract.context import Context
from bilan.extract.events import extract_events
from bilan.extract.places import approximate
from bilan.extract.triggers import about_conflict
from bilan.lang import available_languages
from bilan.model import Document, Extraction
from bilan.nlp import detect_language, load_nlp, model_package

log = logging.getLogger(__name__)

BATCH_SIZE = 64


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


def extract_parsed(document: Document, lang: str, doc: Doc, model: str | None = None) -> Extraction:
    """Run the extract stages on an article spaCy has already read."""
    ctx = Context(document=document, doc=doc, lang=lang)
    package = model_package(lang, model)
    if not about_conflict(ctx):
        log.debug("%s: not about armed conflict; nothing extracted", document.doc_id)
        return Extraction(document=document, language=lang, model=package)
    events, casualties = extract_events(ctx, extract_casualties(ctx))
    # villages the gazetteer lacks go on the map where the text situates them
    events = tuple(replace(e, location=approximate(ctx, e.location)) for e in events)
    casualties = tuple(replace(c, location=approximate(ctx, c.location)) for c in casualties)
    return Extraction(document=document, language=lang, events=events, casualties=casualties,
                      model=package)


def extract_document(document: Document, *, model: str | None = None) -> Extraction:
    """Read one article: casualty statements first, then the events they belong to."""
    lang = document_language(document)
    return extract_parsed(document, lang, load_nlp(lang, model)(document.text), model)


def _problem(document: Document, error: Exception) -> InputProblem:
    where = document.origin or document.doc_id
    if isinstance(error, BilanError):
        return InputProblem(where, str(error), document.doc_id)
    log.debug("internal error on %s", document.doc_id, exc_info=error)
    return InputProblem(where, f"internal error ({type(error).__name__}: {error}); this is a bug "
                               "in bilan, please report it with this document", document.doc_id)


def _extract_batch(batch: list[Document | InputProblem],
                   model: str | None) -> Iterator[Extraction | InputProblem]:
    results: dict[int, Extraction | InputProblem] = {}
    by_lang: dict[str, list[tuple[int, Document]]] = {}
    for n, item in enumerate(batch):
        if isinstance(item, InputProblem):
            results[n] = item
            continue
        try:
            by_lang.setdefault(document_language(item), []).append((n, item))
        except BilanError as e:
            results[n] = _problem(item, e)
    for lang, members in by_lang.items():
        try:
            nlp = load_nlp(lang, model)
        except BilanError as e:
            results.update((n, _problem(d, e)) for n, d in members)
            continue
        too_long = [(n, d) for n, d in members if len(d.text) > nlp.max_length]
        for n, document in too_long:
            results[n] = _problem(document, BilanError(
                f"text too long ({len(document.text)} characters, at most {nlp.max_length}); "
                "split the article"))
        members = [(n, d) for n, d in members if len(d.text) <= nlp.max_length]
        for (n, document), doc in zip(members, nlp.pipe(d.text for _, d in members),
                                      strict=True):
            try:
                results[n] = extract_parsed(document, lang, doc, model)
            except Exception as e:  # one bad document must not stop the batch
                results[n] = _problem(document, e)
    yield from (results[n] for n in range(len(batch)))


def extract_documents(items: Iterable[Document | InputProblem], *, model: str | None = None,
                      batch_size: int = BATCH_SIZE) -> Iterator[Extraction | InputProblem]:
    """Extract every document, ``batch_size`` at a time; problems pass through in order."""
    stream = iter(items)
    done = 0
    while batch := list(islice(stream, batch_size)):
        yield from _extract_batch(batch, model)
        done += len(batch)
        log.info("%d documents read", done)
