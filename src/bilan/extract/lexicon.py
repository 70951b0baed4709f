"""Helpers shared by the extract stages to turn lexicon lists into matchers."""

from __future__ import annotations

import re
from collections.abc import Iterable


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """Match any of ``phrases`` as whole words, case-insensitively, spaces matching any run.

    Longest phrases first, so "trouvé la mort" wins over "mort". Apostrophes match both ' and ’.
    """
    alternatives = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        parts = [re.escape(part) for part in phrase.split()]
        body = re.sub("['’]", "['’]", r"\s+".join(parts))
        alternatives.append(body)
    if not alternatives:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])", re.IGNORECASE)


def word_map(groups: dict[str, list[str]]) -> dict[str, str]:
    """{category: [words]} inverted to {word: category}; the first category listed wins."""
    mapping: dict[str, str] = {}
    for category, words in groups.items():
        for word in words:
            mapping.setdefault(str(word).lower(), category)
    return mapping


def normalise_apostrophes(text: str) -> str:
    return text.replace("’", "'")


def elidable(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, where an elided form ("l'", "d'") needs no
    space after it and other words end at a word boundary; apostrophes match both ' and ’."""
    return "|".join(re.sub("['’]", "['’]", re.escape(w))
                    + ("" if w.endswith(("'", "’")) else r"\b")
                    for w in sorted(set(words), key=len, reverse=True)) or "(?!)"
