"""The embedded store: a DuckDB file of documents, events, casualty statements and evidence.

``ingest`` fills it; ``events``, ``tally``, ``show`` and ``export`` read it (the ``bilan``
commands of the same names are thin layers over these).
"""

from bilan.store.db import DEFAULT_DB, Store, StoreError, open_store
from bilan.store.ingest import IngestReport, add_extractions, ingest
from bilan.store.queries import EventFilter, TallyRow, events, export, tally
from bilan.store.show import show

__all__ = ["DEFAULT_DB", "EventFilter", "IngestReport", "Store", "StoreError", "TallyRow",
           "add_extractions", "events", "export", "ingest", "open_store", "show", "tally"]
