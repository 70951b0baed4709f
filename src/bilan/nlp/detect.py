"""Guess an article's language from its function words (no model needed)."""

from __future__ import annotations

import re

from bilan.lang import available_languages, language_info

WORD = re.compile(r"\w+", re.UNICODE)
MIN_SHARE = 0.15  # below this share of stop words, the text is in none of our languages


def detect_language(text: str) -> str | None:
    """The code of the available language whose stop words cover most of ``text``, or None."""
    words = [w.lower() for w in WORD.findall(text[:5000])]
    if not words:
        return None
    best, best_share = None, 0.0
    for code in available_languages():
        stopwords = language_info(code).stopwords
        share = sum(w in stopwords for w in words) / len(words)
        if share > best_share:
            best, best_share = code, share
    return best if best_share >= MIN_SHARE else None


def identify_language(text: str) -> str | None:
    """Any language's ISO 639-1 code: ours by stop words, else py3langid's offline model.

    Used to label articles bilan cannot read ("unsupported language: de"), never to pick a
    pipeline for a language bilan has no resources for.
    """
    ours = detect_language(text)
    if ours is not None:
        return ours
    sample = text[:5000]
    if sum(c.isalpha() for c in sample) < 20:
        return None
    import py3langid  # type: ignore[import-untyped]  # imported late: loading its model takes time

    code, _score = py3langid.classify(sample)
    return str(code) if code else None
