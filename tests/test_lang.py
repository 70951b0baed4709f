import pytest

from bilan.errors import LanguageError
from bilan.lang import available_languages, language_info, load_lexicon
from bilan.nlp import detect_language, model_package
from bilan.nlp.pipeline import entity_patterns

LEXICONS = ("numbers", "dates", "casualties", "attribution", "events", "actors", "places",
            "entities")


@pytest.mark.parametrize("lang", available_languages())
@pytest.mark.parametrize("name", LEXICONS)
def test_every_language_has_every_lexicon(lang: str, name: str) -> None:
    assert load_lexicon(lang, name)


def _repeated_entries(data: object, path: str = "") -> list[str]:
    """Every list of words that names one of them twice, as "path: word"."""
    if isinstance(data, dict):
        return [r for key, value in data.items() for r in _repeated_entries(value, f"{path}/{key}")]
    if isinstance(data, list):
        if all(isinstance(item, str) for item in data):
            return [f"{path}: {word}" for n, word in enumerate(data) if word in data[:n]]
        return [r for n, item in enumerate(data) for r in _repeated_entries(item, f"{path}/{n}")]
    return []


@pytest.mark.parametrize("lang", available_languages())
@pytest.mark.parametrize("name", LEXICONS)
def test_no_word_list_names_an_entry_twice(lang: str, name: str) -> None:
    assert _repeated_entries(load_lexicon(lang, name)) == []


def test_french_models_are_named_in_data() -> None:
    info = language_info("fr")
    assert model_package("fr") == info.models[info.default_model]
    assert model_package("fr", "md") == "fr_core_news_md"
    with pytest.raises(LanguageError, match="unknown model"):
        model_package("fr", "xl")


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(LanguageError, match="unknown language 'xx'"):
        load_lexicon("xx", "numbers")


def test_entity_patterns_carry_canonical_ids() -> None:
    patterns = entity_patterns("fr")
    osdh = [p for p in patterns if p["pattern"] == "Observatoire syrien des droits de l'homme"]
    assert osdh and osdh[0]["id"] == "OSDH" and osdh[0]["label"] == "ORG"


def test_detect_language() -> None:
    assert detect_language("Selon l'armée, les combats ont fait des morts dans la région.") == "fr"
    assert detect_language("1234 5678") is None
    assert detect_language("Zxq wvv plorkt") is None


def _lists(node: object) -> list[list[object]]:
    if isinstance(node, list):
        return [node] + [inner for item in node for inner in _lists(item)]
    if isinstance(node, dict):
        return [inner for value in node.values() for inner in _lists(value)]
    return []


@pytest.mark.parametrize("lang", available_languages())
@pytest.mark.parametrize("name", LEXICONS)
def test_lexicon_lists_hold_words_not_yaml_booleans(lang: str, name: str) -> None:
    """YAML reads a bare on, no or yes as a boolean: every listed word must stay a string
    (lists of day numbers hold numbers)."""
    for words in _lists(load_lexicon(lang, name)):
        assert all(isinstance(w, str | dict) for w in words) or \
            all(isinstance(w, int) and not isinstance(w, bool) for w in words), words


def test_elided_words_match_both_apostrophes_without_a_space() -> None:
    import re

    from bilan.extract.lexicon import elidable
    pattern = re.compile(rf"(?:{elidable(['l' + chr(39), 'la', 'de'])})\s*attaque", re.IGNORECASE)
    assert pattern.match("l'attaque") and pattern.match("L’attaque") and pattern.match("la attaque")
    assert not pattern.match("lattaque") and not pattern.match("deattaque")


def test_phrase_patterns_take_gaps_and_elided_endings() -> None:
    from bilan.extract.lexicon import phrase_pattern

    pattern = phrase_pattern(["pris … le contrôle", "reprise d'", "mort"])
    assert pattern.search("ont pris mercredi soir le contrôle de Walikale")
    assert not pattern.search("ont pris des armes, des vivres et des munitions puis le contrôle")
    assert pattern.search("la reprise d’El Dher")
    assert not pattern.search("mortier")
