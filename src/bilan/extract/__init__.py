"""Extraction stages: figures, dates, places, actors, attribution, casualties, events.

Each stage is a function of a ``Context`` (the document and its spaCy ``Doc``) returning model
records; the pipeline (``bilan.pipeline``) runs them in order.
"""

from bilan.extract.context import Context

__all__ = ["Context"]
