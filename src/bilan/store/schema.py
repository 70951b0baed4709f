"""The store's schema as ordered migrations; ``docs/schema.md`` describes every table.

Each migration is a list of SQL statements. ``migrate`` applies, at open, the ones whose number
is above the highest in ``schema_version``, each in its own transaction.
"""

from __future__ import annotations

import logging

import duckdb

log = logging.getLogger(__name__)

MIGRATIONS: list[list[str]] = [
    # 1: documents, their extractions, evidence, near-duplicates and rejected records
    [
        "CREATE SEQUENCE documents_seq START 1",
        """CREATE TABLE documents (
            doc_id VARCHAR PRIMARY KEY,      -- content id: hash of normalised text and URL
            seq BIGINT NOT NULL DEFAULT nextval('documents_seq'),  -- ingest order
            external_id VARCHAR NOT NULL,    -- the record's own doc_id (file stem for text files)
            origin VARCHAR,                  -- file:line it was read from
            published DATE NOT NULL,
            language VARCHAR,
            status VARCHAR NOT NULL,         -- 'extracted' or 'unsupported language: xx'
            model VARCHAR,
            title VARCHAR,
            url VARCHAR,
            outlet VARCHAR,                  -- the record's 'source': the outlet
            text VARCHAR NOT NULL,
            minhash UBIGINT[] NOT NULL,
            ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp
        )""",
        """CREATE TABLE doc_bands (band UBIGINT NOT NULL, doc_id VARCHAR NOT NULL)""",
        """CREATE TABLE near_duplicates (
            doc_id VARCHAR NOT NULL,         -- the later document
            duplicate_of VARCHAR NOT NULL,   -- an earlier document with the same story
            similarity DOUBLE NOT NULL,
            PRIMARY KEY (doc_id, duplicate_of)
        )""",
        """CREATE TABLE events (
            doc_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
            position INTEGER NOT NULL,       -- order in the extraction
            event_type VARCHAR NOT NULL, sub_event_type VARCHAR NOT NULL, modality VARCHAR NOT NULL,
            date_start DATE NOT NULL, date_end DATE NOT NULL,
            location VARCHAR, country VARCHAR, latitude DOUBLE, longitude DOUBLE,
            geo_precision INTEGER,
            actor1 VARCHAR, inter1 INTEGER, actor2 VARCHAR, inter2 INTEGER,
            fatalities INTEGER NOT NULL,
            PRIMARY KEY (doc_id, event_id)
        )""",
        """CREATE TABLE casualties (
            doc_id VARCHAR NOT NULL, stmt_id VARCHAR NOT NULL,
            position INTEGER NOT NULL,       -- order in the extraction
            outcome VARCHAR NOT NULL, value BIGINT NOT NULL, high BIGINT, qualifier VARCHAR NOT NULL,
            victims VARCHAR NOT NULL, subset_of VARCHAR, scope VARCHAR NOT NULL,
            period_start DATE, period_end DATE,
            location VARCHAR, country VARCHAR, latitude DOUBLE, longitude DOUBLE,
            geo_precision INTEGER,
            source VARCHAR, event_id VARCHAR,
            PRIMARY KEY (doc_id, stmt_id)
        )""",
        """CREATE TABLE sources (
            doc_id VARCHAR NOT NULL, record_id VARCHAR NOT NULL,  -- event or statement id
            position INTEGER NOT NULL, name VARCHAR NOT NULL,
            PRIMARY KEY (doc_id, record_id, position)
        )""",
        """CREATE TABLE evidence (
            doc_id VARCHAR NOT NULL, record_id VARCHAR NOT NULL,
            field VARCHAR NOT NULL,          -- record, date, location, actor1, actor2, source,
                                             -- source.N (an event's Nth source), figure, period
            position INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
            PRIMARY KEY (doc_id, record_id, field, position)
        )""",
        """CREATE TABLE rejects (
            origin VARCHAR NOT NULL,         -- file or file:line
            reason VARCHAR NOT NULL,
            external_id VARCHAR,
            rejected_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
            PRIMARY KEY (origin, reason)
        )""",
    ],
    # 2: the first-level division (province, state) of places, from the geocoder
    [
        "ALTER TABLE events ADD COLUMN admin1 VARCHAR",
        "ALTER TABLE casualties ADD COLUMN admin1 VARCHAR",
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)


def latest_version() -> int:
    """The version ``migrate`` brings a database to."""
    return len(MIGRATIONS)


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute("""CREATE TABLE IF NOT EXISTS schema_version (
        version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)""")
    row = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Bring the database to ``SCHEMA_VERSION``; returns the version it was at."""
    start = current_version(con)
    for number, steps in enumerate(MIGRATIONS[start:], start + 1):
        con.execute("BEGIN TRANSACTION")
        try:
            for sql in steps:
                con.execute(sql)
            con.execute("INSERT INTO schema_version (version) VALUES (?)", [number])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        log.info("schema migrated to version %d", number)
    return start
