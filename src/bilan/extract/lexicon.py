"""Helpers shared by the extract stages to turn lexicon lists into matchers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from bilan.lang import load_lexicon

GAP = r"(?:[\w'’-]+\s+){0,3}"  # what "…" in a phrase stands for: up to three words


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """Match any of ``phrases`` as whole words, case-insensitively, spaces matching any run.

    Longest phrases first, so "trouvé la mort" wins over "mort". Apostrophes match both ' and ’.
    A "…" between words stands for up to three words ("pris … le contrôle": "pris mercredi
    soir le contrôle").
    """
    alternatives = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        parts = [GAP if part == "…" else _escaped(part) + r"\s+" for part in phrase.split()]
        body = "".join(parts).removesuffix(r"\s+")
        # an elided word ("reprise d'") runs straight into the next one: no word end after it
        alternatives.append(body if phrase[-1:] in "'’" else body + r"(?![\w-])")
    if not alternatives:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})", re.IGNORECASE)


def word_map(groups: dict[str, list[str]]) -> dict[str, str]:
    """{category: [words]} inverted to {word: category}; the first category listed wins."""
    mapping: dict[str, str] = {}
    for category, words in groups.items():
        for word in words:
            mapping.setdefault(str(word).lower(), category)
    return mapping


def normalise_apostrophes(text: str) -> str:
    return text.replace("’", "'")


def word_key(text: str) -> str:
    """Words as the lexicons key them: lower case, single spaces, straight apostrophes."""
    return normalise_apostrophes(" ".join(text.lower().split()))


def _escaped(word: str) -> str:
    """``word`` as a regex, its apostrophes matching both ' and ’."""
    return re.sub("['’]", "['’]", re.escape(word))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (punctuation too: ",", ";"), longest first, with no word
    boundaries; apostrophes match both ' and ’."""
    return "|".join(_escaped(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


def whole_words(words: Iterable[str]) -> str:
    """``alternation`` where a word starting or ending with a letter stands alone there ("mais"
    is not inside "maison"); punctuation and elisions ("qu'") need no boundary."""
    def bounded(word: str) -> str:
        return ((r"(?<!\w)" if word[:1].isalnum() else "") + _escaped(word)
                + (r"(?!\w)" if word[-1:].isalnum() else ""))
    return "|".join(bounded(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


def elidable(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, where an elided form ("l'", "d'") needs no
    space after it and other words end at a word boundary; apostrophes match both ' and ’."""
    return "|".join(_escaped(w) + ("" if w.endswith(("'", "’")) else r"\b")
                    for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


@cache
def demonyms(lang: str) -> dict[str, str]:
    """The language's country adjectives and demonyms (demonyms.yaml), lower-cased, to the ISO
    code of their country; the first country listed wins."""
    found: dict[str, str] = {}
    for country, words in (load_lexicon(lang, "demonyms") or {}).items():
        for word in words:
            found.setdefault(str(word).lower(), str(country))
    return found


def plural(word: str) -> str:
    """The written plural of a demonym ("afghans", "burundais")."""
    return word if word.endswith(("s", "x")) else word + "s"

