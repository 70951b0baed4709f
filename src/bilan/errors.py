"""Errors that reach users. Each names what was wrong, where, and what to do."""

from __future__ import annotations

from dataclasses import dataclass


class BilanError(Exception):
    """Base class for errors the CLI reports as one clear message (no traceback)."""


class InputError(BilanError):
    """Input that cannot be read as documents: a missing file, a bad record."""


class LanguageError(BilanError):
    """A language bilan has no resources for, or a model that is not installed."""


class ResourceError(BilanError):
    """A broken language data file shipped with bilan or supplied by the user."""


@dataclass(frozen=True)
class InputProblem:
    """One record that could not be read; the rest of the batch goes on.

    ``where`` is ``file:line`` (or ``file``), ``doc_id`` when it could be read.
    """

    where: str
    message: str
    doc_id: str | None = None

    def __str__(self) -> str:
        doc = f" (doc_id {self.doc_id!r})" if self.doc_id else ""
        return f"{self.where}{doc}: {self.message}"
