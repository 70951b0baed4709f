"""``ingest``: read documents, extract them and store them, a batch at a time.

- A document's id is its content id (``bilan.ingest.ids.content_id``): one already stored, or
  seen earlier in the same run, is skipped, whatever its ``doc_id``.
- Its language is its own field, else detected; one bilan cannot read is stored with the status
  ``unsupported language: xx`` (and nothing extracted), not dropped.
- A near-duplicate of a stored document (MinHash, ``bilan.ingest.ids``) is stored and linked to
  the most similar earlier one in ``near_duplicates``.
- Each batch (documents, records, rejects) is one transaction: a run killed mid-way and run again
  ends with every document stored once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice

from bilan.errors import InputProblem
from bilan.ingest.ids import NEAR_DUPLICATE, bands, content_id, minhash, similarity
from bilan.lang import available_languages
from bilan.model import Document, Extraction
from bilan.nlp.detect import identify_language
from bilan.pipeline import extract_documents
from bilan.store.db import Store, StoredDocument

log = logging.getLogger(__name__)

BATCH_SIZE = 64
EXTRACTED = "extracted"


@dataclass
class IngestReport:
    """What a run did; ``rejected`` lists every input that could not be stored."""

    stored: int = 0
    skipped: int = 0
    near_duplicates: int = 0
    unsupported: int = 0
    rejected: list[InputProblem] = field(default_factory=list)

    @property
    def read(self) -> int:
        return self.stored + self.skipped + len(self.rejected)


def _prepare(document: Document, cid: str) -> tuple[StoredDocument, bool]:
    """The document with its signature and language; True when bilan can read it."""
    signature = minhash(document.text)
    lang = document.language or identify_language(document.text)
    readable = lang in available_languages()
    status = EXTRACTED if readable else f"unsupported language: {lang or 'unknown'}"
    if readable:
        document = replace(document, language=lang)
    return StoredDocument(doc_id=cid, document=document, status=status, signature=signature,
                          bands=bands(signature), language=lang), readable


def _link(item: StoredDocument, stored: dict[str, tuple[set[int], list[int]]],
          batch: list[StoredDocument]) -> StoredDocument:
    """Link ``item`` to its most similar earlier document, if one is a near-duplicate.

    ``stored`` holds the stored candidates of the whole batch (``Store.candidates``).
    """
    best: tuple[str, float] | None = None
    mine = set(item.bands)
    earlier = [(doc_id, signature) for doc_id, (shared, signature) in stored.items()
               if mine & shared]
    earlier += [(o.doc_id, o.signature) for o in batch if mine.intersection(o.bands)]
    for other_id, signature in earlier:
        score = similarity(item.signature, signature)
        if score >= NEAR_DUPLICATE and (best is None or score > best[1]):
            best = (other_id, score)
    return replace(item, near_duplicate_of=best) if best else item


def _link_all(store: Store, items: Iterable[StoredDocument]) -> list[StoredDocument]:
    todo = list(items)
    stored = store.candidates(band for item in todo for band in item.bands)
    linked: list[StoredDocument] = []
    for item in todo:
        linked.append(_link(item, stored, linked))
    return linked


def _batches(items: Iterable[Document | InputProblem],
             size: int) -> Iterator[list[Document | InputProblem]]:
    stream = iter(items)
    while batch := list(islice(stream, size)):
        yield batch


def ingest(store: Store, items: Iterable[Document | InputProblem], *, model: str | None = None,
           batch_size: int = BATCH_SIZE, on_problem: Callable[[InputProblem], None] | None = None,
           on_progress: Callable[[int], None] | None = None) -> IngestReport:
    """Store ``items`` (from ``bilan.ingest.folders.read_inputs``) with their extractions.

    ``on_problem`` hears of each rejected input as it happens; ``on_progress`` of the number of
    inputs handled after each batch.
    """
    report = IngestReport()
    seen: set[str] = set()
    for batch in _batches(items, max(1, batch_size)):
        problems: list[InputProblem] = []
        ready: dict[str, StoredDocument] = {}
        to_read: dict[str, StoredDocument] = {}
        ids = {id(d): content_id(d.text, d.url) for d in batch if isinstance(d, Document)}
        known = store.known_ids(ids.values())
        for item in batch:
            if isinstance(item, InputProblem):
                problems.append(item)
                continue
            cid = ids[id(item)]
            if cid in known or cid in seen:
                report.skipped += 1
                continue
            seen.add(cid)
            prepared, readable = _prepare(item, cid)
            ready[cid] = prepared
            if readable:
                to_read[cid] = prepared
            else:
                report.unsupported += 1
        docs = [p.document for p in to_read.values()]
        prepared_list = list(to_read.values())
        for prepared, result in zip(prepared_list, extract_documents(docs, model=model,
                                                                     batch_size=len(docs) or 1),
                                    strict=True):
            if isinstance(result, InputProblem):
                problems.append(result)
                seen.discard(prepared.doc_id)
                del ready[prepared.doc_id]
            else:
                ready[prepared.doc_id] = replace(prepared, extraction=result)
        linked = _link_all(store, ready.values())
        report.near_duplicates += sum(p.near_duplicate_of is not None for p in linked)
        store.write_batch(linked, problems)
        report.stored += len(linked)
        report.rejected.extend(problems)
        log.info("committed a batch of %d documents (%d stored in this run)", len(linked),
                 report.stored)
        for problem in problems:
            if on_problem:
                on_problem(problem)
        if on_progress:
            on_progress(len(batch))
    return report


def add_extractions(store: Store, extractions: Iterable[Extraction]) -> IngestReport:
    """Store extractions made elsewhere (by ``extract_documents``, or written by hand), in one
    transaction; documents already stored are skipped, near-duplicates linked."""
    report = IngestReport()
    batch: list[StoredDocument] = []
    items = list(extractions)
    known = store.known_ids(content_id(x.document.text, x.document.url) for x in items)
    for extraction in items:
        document = extraction.document
        cid = content_id(document.text, document.url)
        if cid in known:
            report.skipped += 1
            continue
        known.add(cid)
        signature = minhash(document.text)
        batch.append(StoredDocument(doc_id=cid, document=document, status=EXTRACTED,
                                    signature=signature, bands=bands(signature),
                                    language=extraction.language, extraction=extraction))
    linked = _link_all(store, batch)
    report.near_duplicates = sum(p.near_duplicate_of is not None for p in linked)
    store.write_batch(linked, [])
    report.stored = len(linked)
    return report
