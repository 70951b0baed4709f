"""What every extraction stage reads: the document, its language and its spaCy analysis."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from bilan.model import Document, Span

T = TypeVar("T")


def past_participle(word: Token) -> bool:
    """Whether the tagger reads ``word`` as a past participle ("repoussés", "déployée")."""
    return "Part" in word.morph.get("VerbForm", []) and "Past" in word.morph.get("Tense", [])


# A wire story's dateline: where and when it was filed, before a dash: "Rangoun, 12 avril 2023 – ",
# "KABOUL (AFP) - ".
DATELINE = re.compile(r"^\s*(?:[^\W\d][^,.\n(]{0,40}[,(][^\n]{0,40}?|[^\W\d_a-z][^\W\d_a-z' -]{1,30})"
                      r"\s[–—-]\s")


@dataclass(frozen=True, eq=False)
class Context:
    document: Document
    doc: Doc
    lang: str
    _memo: dict[Hashable, Any] = field(default_factory=dict, repr=False)

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, once per document: stages share what they work out about it."""
        if key not in self._memo:
            self._memo[key] = compute()
        value: T = self._memo[key]
        return value

    @property
    def text(self) -> str:
        return self.document.text

    @cached_property
    def sentences(self) -> tuple[SpacySpan, ...]:
        return tuple(self.doc.sents)

    @cached_property
    def dateline_end(self) -> int:
        """Where the dateline ends (0 without one): its place and day are the filing's, not news."""
        found = DATELINE.match(self.text)
        return found.end() if found else 0

    @cached_property
    def _token_starts(self) -> list[int]:
        return [token.idx for token in self.doc]

    def token_from(self, char: int) -> int:
        """Index of the first token starting at or after character offset ``char`` (the number of
        tokens when none does)."""
        return bisect_left(self._token_starts, char)

    def word_at(self, char: int) -> Token | None:
        """The word holding character offset ``char``, if any."""
        words = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return words[0] if words is not None else None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sent.start_char for sent in self.sentences]

    def sentence_index(self, char: int) -> int:
        """Index of the sentence holding character offset ``char`` (the last one when none does:
        a character between two sentences, or after the text)."""
        i = bisect_right(self._sentence_starts, char) - 1
        return i if i >= 0 and char < self.sentences[i].end_char else len(self.sentences) - 1

    def sentence_at(self, char: int) -> SpacySpan:
        """The sentence holding character offset ``char`` (see ``sentence_index``)."""
        return self.sentences[self.sentence_index(char)]

    def search_sentence(self, pattern: re.Pattern[str], index: int) -> re.Match[str] | None:
        """The first match of ``pattern`` in the sentence at ``index``."""
        sent = self.sentences[index]
        return pattern.search(self.text, sent.start_char, sent.end_char)

    def sentence_span(self, index: int) -> Span:
        """The sentence's characters as evidence: the first one's dateline ("Bangui, 20 mars 2023 –")
        is the filing's place and day, no words of the news."""
        sent = self.sentences[index]
        end = sent.start_char + len(sent.text.rstrip())
        return Span(min(max(sent.start_char, self.dateline_end), end), end)
