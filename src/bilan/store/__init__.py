"""The embedded store: a DuckDB file of documents, events, casualty statements and evidence."""

from bilan.store.db import DEFAULT_DB, Store, StoreError, open_store
from bilan.store.ingest import IngestReport, add_extractions, ingest

__all__ = ["DEFAULT_DB", "IngestReport", "Store", "StoreError", "add_extractions", "ingest", "open_store"]
