"""Property tests: the number and date parsers never crash, whatever the text.

Real articles hold every kind of junk (tables, URLs, mixed scripts, broken encodings); the parsers
must return well-formed values or nothing, never raise.
"""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from bilan.extract.dates import find_dates
from bilan.extract.numbers import find_quantities

# Fragments that drive the parsers down their rarer paths, mixed with arbitrary text.
FRAGMENTS = [
    "au moins ", "plus de ", "près de ", "entre ", " et ", " à ", "une dizaine", "des dizaines de milliers",
    "1 692", "300 000", "1.700", "1,5 million", "quatre-vingt-dix", "vingt et un", "mille", "cent",
    "dont ", "hier", "avant-hier", "samedi soir", "le 15 novembre", "mi-février", "depuis mars 2011",
    "la semaine dernière", "dans la nuit de samedi à dimanche", "31 février", "le 0 mars", "9" * 30,
    "l'an dernier", "2016", "cette nuit", "\u00a0", "\u202f", "’", "-", "\n",
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=25).map("".join)
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_numbers_never_crash_and_stay_inside_the_text(text: str) -> None:
    for q in find_quantities(text, "fr"):
        assert 0 <= q.span.start < q.span.end <= len(text)
        assert q.value >= 0
        assert q.high is None or q.high >= q.value or q.qualifier == "range"


@settings(max_examples=400, deadline=None)
@given(texts, days)
def test_dates_never_crash_and_are_real_days(text: str, published: date) -> None:
    for found in find_dates(text, published, "fr"):
        assert 0 <= found.span.start < found.span.end <= len(text)
        period = found.as_range()
        assert period.start <= period.end
