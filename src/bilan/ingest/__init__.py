"""Reading articles: text files, JSON Lines dumps and standard input."""

from bilan.ingest.readers import document_from_record, read_documents

__all__ = ["document_from_record", "read_documents"]
