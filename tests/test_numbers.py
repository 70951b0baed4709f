import pytest

from bilan.extract.numbers import find_quantities


def only(text: str) -> tuple[int, int | None, str, str]:
    found = find_quantities(text, "fr")
    assert len(found) == 1, found
    q = found[0]
    return q.value, q.high, q.qualifier, q.span.text_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 morts", (12, None, "exact", "12")),
        ("1 692 morts", (1692, None, "exact", "1 692")),
        ("1\u00a0692 morts", (1692, None, "exact", "1\u00a0692")),
        ("300 000 morts", (300000, None, "exact", "300 000")),
        ("1,5 million de déplacés", (1500000, None, "exact", "1,5 million")),
        ("trois cents civils", (300, None, "exact", "trois cents")),
        ("deux cent cinquante civils", (250, None, "exact", "deux cent cinquante")),
        ("quatre-vingt-dix civils", (90, None, "exact", "quatre-vingt-dix")),
        ("soixante-dix civils", (70, None, "exact", "soixante-dix")),
        ("vingt et un soldats", (21, None, "exact", "vingt et un")),
        ("deux mille trois cents réfugiés", (2300, None, "exact", "deux mille trois cents")),
        ("une trentaine de soldats", (30, None, "about", "une trentaine")),
        ("des dizaines de civils", (20, None, "about", "des dizaines")),
        ("des dizaines de milliers de civils", (20000, None, "about", "des dizaines de milliers")),
        ("l'exode de dizaines de milliers de civils", (20000, None, "about", "de dizaines de milliers")),
        ("près de 410 civils", (410, None, "about", "près de 410")),
        ("au moins 105 civils", (105, None, "at_least", "au moins 105")),
        ("Au moins 105 civils", (105, None, "at_least", "Au moins 105")),
        ("plus de 300 000 morts", (300000, None, "more_than", "plus de 300 000")),
        ("plus d'une centaine de morts", (100, None, "more_than", "plus d'une centaine")),
        ("plus d’une centaine de morts", (100, None, "more_than", "plus d’une centaine")),
        ("jusqu'à 40 morts", (40, None, "at_most", "jusqu'à 40")),
        ("entre 30 et 32 morts", (30, 32, "range", "entre 30 et 32")),
        ("30 à 32 morts", (30, 32, "range", "30 à 32")),
        ("environ 50 blessés", (50, None, "about", "environ 50")),
    ],
)
def test_figures_as_written(text: str, expected: tuple[int, int | None, str, str]) -> None:
    assert only(text) == expected


@pytest.mark.parametrize("text", ["plusieurs centaines de personnes", "quelques dizaines de morts"])
def test_vague_amounts_are_not_figures(text: str) -> None:
    assert find_quantities(text, "fr") == []


def test_et_joins_only_units() -> None:
    text = "entre deux cent cinquante mille et trois cent mille personnes"
    (q,) = find_quantities(text, "fr")
    assert (q.value, q.high, q.qualifier) == (250000, 300000, "range")


def test_a_descending_pair_is_not_a_range() -> None:
    values = [q.value for q in find_quantities("32 à 30 personnes", "fr")]
    assert values == [32, 30]


def test_several_figures_keep_their_own_offsets() -> None:
    text = "410 civils dont 45 enfants, et 12 soldats"
    found = find_quantities(text, "fr")
    assert [q.span.text_of(text) for q in found] == ["410", "45", "12"]


def test_words_inside_other_words_are_not_numbers() -> None:
    assert find_quantities("Le président a dit sept fois cent choses.", "fr")[0].value == 7
    assert find_quantities("Un centenaire, une cinquantenaire", "fr")[0].value == 1


def test_a_figure_before_a_dash_and_a_vague_amount_is_no_range() -> None:
    found = find_quantities("Pristina, 30 mai 2023 - Plusieurs centaines de Serbes se sont rassemblés.", "fr")
    assert all(q.high is None for q in found)
