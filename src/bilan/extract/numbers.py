"""Find figures in text, as written: digits, number words, approximations, bounds and ranges.

spaCy gives no CARDINAL entities for French, so figures come from here. The code is
language-neutral; what the words mean comes from ``lang/<code>/numbers.yaml``.

"près de 410" → 410 about; "une trentaine" → 30 about; "des dizaines de milliers" → 20000 about;
"entre 30 et 32" → 30..32 range; "1 692" → 1692; "deux cent cinquante" → 250; "1,5 million".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

from bilan.errors import ResourceError
from bilan.lang import load_lexicon
from bilan.model import Qualifier, Quantity, Span

QUALIFIER_NAMES: tuple[Qualifier, ...] = ("at_least", "more_than", "about", "at_most")


def _alternation(forms: list[str]) -> str:
    """A regex alternation of literal forms, longest first so "quatre-vingts" beats "quatre"."""
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


def _phrase(form: str) -> str:
    """A literal phrase whose spaces match any run of whitespace."""
    return r"\s+".join(re.escape(part) for part in form.split())


@dataclass(frozen=True)
class NumberLexicon:
    words: dict[str, int]
    multipliers: dict[str, int]
    joiners: frozenset[str]
    approximate: dict[str, int]
    scales: dict[str, int]
    qualifiers: dict[str, Qualifier]  # phrase (lowercase) -> qualifier
    decimal_mark: str
    core: re.Pattern[str]
    qualifier_before: re.Pattern[str]
    range_between: re.Pattern[str]


def _compile(data: dict[str, Any]) -> NumberLexicon:
    words = {str(k).lower(): int(v) for k, v in data["words"].items()}
    multipliers = {str(k).lower(): int(v) for k, v in data["multipliers"].items()}
    approximate = {str(k).lower(): int(v) for k, v in data["approximate"].items()}
    joiners = [str(j) for j in data.get("joiners", [])]
    joined_units = _alternation([str(u) for u in data.get("joined_units", [])]) or "(?!)"
    vague = _alternation([str(v) for v in data.get("vague_determiners", [])]) or "(?!)"
    scales = {str(k).lower(): int(v) for k, v in data.get("scales", {}).items()}
    determiners = [str(d) for d in data.get("determiners", [])]
    of_words = [str(w) for w in data.get("of_words", [])]
    seps = "".join(re.escape(s) for s in data["group_separators"])
    decimal = re.escape(str(data["decimal_mark"]))
    qualifiers: dict[str, Qualifier] = {}
    for name, phrases in data["qualifiers"].items():
        if name not in QUALIFIER_NAMES:
            raise ResourceError(f"numbers.yaml: unknown qualifier {name!r}")
        for phrase in phrases:
            qualifiers[str(phrase).lower()] = cast(Qualifier, name)

    word = _alternation(list(words) + list(multipliers))
    joiner = rf"(?:{_alternation(joiners)})(?=[\s-]+(?:{joined_units})(?![\w-]))" if joiners else "(?!)"
    digits = rf"\d{{1,3}}(?:[{seps}]\d{{3}})+(?!\d)|\d+"
    digits_core = rf"(?:{digits})(?:{decimal}\d+)?(?:\s+(?:{_alternation(list(multipliers))}))?"
    words_core = rf"(?:{word})(?:(?:[\s-]+(?:(?:{joiner})[\s-]+)?)(?:{word}))*"
    approx = _alternation(list(approximate))
    of = _alternation(of_words) if of_words else "(?!)"
    det = _alternation(determiners) if determiners else "(?!)"
    scale = _alternation(list(scales)) if scales else "(?!)"
    approx_core = rf"(?:(?:{det})\s+)?(?:{approx})(?:\s*(?:{of})\s*(?:{scale}))?"
    core = re.compile(
        rf"(?<![\w-])(?:(?P<vague>(?:{vague})\s+(?:{approx})(?:\s*(?:{of})\s*(?:{scale}))?)|(?P<approx>{approx_core})|(?P<digits>{digits_core})|(?P<words>{words_core}))(?![\w-])",
        re.IGNORECASE,
    )
    qual = "|".join(_phrase(q) for q in sorted(qualifiers, key=len, reverse=True))
    qualifier_before = re.compile(rf"(?<![\w-])(?P<q>{qual})\s*$", re.IGNORECASE)
    rjoin = _alternation([str(j) for j in data.get("range_joiners", [])]) or "(?!)"
    range_between = re.compile(rf"^\s*(?:{rjoin})\s*$", re.IGNORECASE)
    return NumberLexicon(words, multipliers, frozenset(j.lower() for j in joiners), approximate,
                         scales, qualifiers,
                         str(data["decimal_mark"]), core, qualifier_before, range_between)


@cache
def number_lexicon(lang: str) -> NumberLexicon:
    data = load_lexicon(lang, "numbers")
    try:
        return _compile(data)
    except (KeyError, TypeError, ValueError, AttributeError, re.error) as e:
        raise ResourceError(f"lang/{lang}/numbers.yaml: {e!r}") from None


@cache
def _range_openers(lang: str) -> re.Pattern[str]:
    data = load_lexicon(lang, "numbers")
    openers = _alternation([str(o) for o in data.get("range_openers", [])]) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{openers})\s*$", re.IGNORECASE)


def words_value(text: str, lex: NumberLexicon) -> int:
    """The value of number words: "deux cent cinquante" → 250, "quatre-vingt-dix" → 90."""
    total, current = 0, 0
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t not in lex.joiners]
    i = 0
    while i < len(tokens):
        pair = f"{tokens[i]}-{tokens[i + 1]}" if i + 1 < len(tokens) else ""
        if pair in lex.words:  # compounds kept whole in the data ("quatre-vingt")
            current += lex.words[pair]
            i += 2
            continue
        token = tokens[i]
        if token in lex.words:
            current += lex.words[token]
        elif token in lex.multipliers:
            factor = lex.multipliers[token]
            if factor < 1000:
                current = (current or 1) * factor
            else:
                total += (current or 1) * factor
                current = 0
        i += 1
    return total + current


def digits_value(text: str, lex: NumberLexicon) -> int:
    """The value of digits: "1 692" → 1692, "1,5 million" → 1500000."""
    parts = text.split()
    factor = 1
    if parts and parts[-1].lower() in lex.multipliers:
        factor = lex.multipliers[parts[-1].lower()]
        parts = parts[:-1]
    number = re.sub(r"[^\d" + re.escape(lex.decimal_mark) + "]", "", "".join(parts))
    if lex.decimal_mark in number:
        whole, _, frac = number.partition(lex.decimal_mark)
        return round(float(f"{whole}.{frac}") * factor)
    return int(number) * factor


def approx_value(text: str, lex: NumberLexicon) -> int:
    """"une trentaine" → 30, "des dizaines" → 20, "des dizaines de milliers" → 20000."""
    tokens = re.findall(r"\w+", text.lower())
    first = next(i for i, t in enumerate(tokens) if t in lex.approximate)
    value = lex.approximate[tokens[first]]
    for later in tokens[first + 1 :]:
        value *= lex.scales.get(later, 1)
    return value


def _core_value(match: re.Match[str], lex: NumberLexicon) -> tuple[int, bool]:
    """(value, approximate?) of one core match."""
    if match.group("approx"):
        return approx_value(match.group("approx"), lex), True
    if match.group("digits"):
        return digits_value(match.group("digits"), lex), False
    return words_value(match.group("words"), lex), False


def find_quantities(text: str, lang: str) -> list[Quantity]:
    """Every figure in ``text``, with its qualifier and the span from qualifier to last digit."""
    lex = number_lexicon(lang)
    openers = _range_openers(lang)
    cores = list(lex.core.finditer(text))
    quantities: list[Quantity] = []
    skip_next = False
    for i, match in enumerate(cores):
        if skip_next or match.group("vague"):
            skip_next = False
            continue
        value, approximate = _core_value(match, lex)
        start, end = match.start(), match.end()
        qualifier: Qualifier = "about" if approximate else "exact"
        high: int | None = None
        nxt = cores[i + 1] if i + 1 < len(cores) else None
        if nxt is not None and not nxt.group("vague") and lex.range_between.match(text[end:nxt.start()]):
            high_value, _ = _core_value(nxt, lex)
            if high_value > value:
                high, qualifier, end = high_value, "range", nxt.end()
                skip_next = True
                opener = openers.search(text[max(0, start - 12):start])
                if opener:
                    start -= len(text[max(0, start - 12):start]) - opener.start()
        if high is None:
            before = lex.qualifier_before.search(text[max(0, start - 40):start])
            if before:
                qualifier = lex.qualifiers[" ".join(before.group("q").lower().split())]
                start -= len(text[max(0, start - 40):start]) - before.start()
        quantities.append(Quantity(value=value, qualifier=qualifier, span=Span(start, end),
                                   high=high))
    return quantities
