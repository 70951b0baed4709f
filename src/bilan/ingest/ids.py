"""Document identity: a content id from the normalised text, and MinHash for near-duplicates.

The id of a stored document is ``sha256(normalised text + "\\n" + normalised URL)``, cut to 16
hex digits: the same article read twice (from any file, under any ``doc_id``) gets the same id.
Near-duplicates (the same wire story in two outlets, with a different headline or a sentence
more) are found with MinHash over word 5-shingles: an estimated Jaccard similarity of
``NEAR_DUPLICATE`` or more links the two documents.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE = 5
PERMUTATIONS = 64
BANDS = 16  # LSH: 16 bands of 4 rows; pairs above ~0.5 similarity share a band most of the time
ROWS = PERMUTATIONS // BANDS
NEAR_DUPLICATE = 0.6
_PRIME = (1 << 61) - 1
_MASK = (1 << 64) - 1


def normalise(text: str) -> str:
    """Lower case, no accents, words only, single spaces: what two copies of a story share."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(WORD.findall(folded))


def content_id(text: str, url: str | None = None) -> str:
    """The stored id of an article: a hash of its normalised text and URL."""
    key = normalise(text) + "\n" + (url or "").strip().lower().rstrip("/")
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _hash64(value: str) -> int:
    return int.from_bytes(hashlib.blake2b(value.encode("utf-8"), digest_size=8).digest(), "big")


def _permutations() -> list[tuple[int, int]]:
    out = []
    for n in range(PERMUTATIONS):
        seed = _hash64(f"bilan-minhash-{n}")
        out.append((seed % (_PRIME - 1) + 1, (seed >> 7) % _PRIME))
    return out


_PERMS = _permutations()


def shingles(text: str) -> set[int]:
    words = normalise(text).split()
    if len(words) < SHINGLE:
        return {_hash64(" ".join(words))} if words else set()
    return {_hash64(" ".join(words[i:i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}


def minhash(text: str) -> list[int]:
    """The MinHash signature of ``text`` (``PERMUTATIONS`` values below 2**61)."""
    grams = shingles(text)
    if not grams:
        return [_PRIME] * PERMUTATIONS
    return [min((a * g + b) % _PRIME for g in grams) for a, b in _PERMS]


def bands(signature: Sequence[int]) -> list[int]:
    """One hash per LSH band; documents sharing a band are candidate near-duplicates."""
    return [_hash64(f"{n}:" + ",".join(map(str, signature[n * ROWS:(n + 1) * ROWS]))) & (_MASK >> 1)
            for n in range(BANDS)]


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the two documents' shingle sets."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)
