from bilan.nlp import load_nlp


def test_pipeline_is_loaded_once_with_senter_and_without_parser() -> None:
    nlp = load_nlp("fr")
    assert nlp is load_nlp("fr")
    assert "senter" in nlp.pipe_names and "parser" not in nlp.pipe_names
    assert nlp.pipe_names[-1] == "bilan_entities"


def test_entity_ruler_fixes_names_from_our_data() -> None:
    doc = load_nlp("fr")("Selon l'OSDH, Bachar al-Assad refuse toute trêve à Alep.")
    labels = {e.text: (e.label_, e.ent_id_) for e in doc.ents}
    assert labels["OSDH"] == ("ORG", "OSDH")
    assert labels["Bachar al-Assad"][0] == "PER"


def test_sentences_are_split() -> None:
    doc = load_nlp("fr")("Deux soldats ont été tués hier. Trois civils ont été blessés.")
    assert len(list(doc.sents)) == 2


def test_an_abbreviated_month_in_a_dateline_ends_no_sentence() -> None:
    doc = load_nlp("fr")("Juba, 12 juil. 2016 – Un calme précaire régnait mardi à Juba. Il a plu.")
    assert next(s.text for s in doc.sents).startswith("Juba, 12 juil. 2016 – Un calme")


def test_an_abbreviated_month_written_as_one_token_ends_no_sentence() -> None:
    doc = load_nlp("fr")("Mexico, 6 nov. 2019 – Trois femmes ont été tuées lundi. Il a plu.")
    assert next(s.text for s in doc.sents).startswith("Mexico, 6 nov. 2019 – Trois femmes")


def test_no_sentence_ends_on_a_bare_word() -> None:
    doc = load_nlp("fr")("À Kryvyï Rih, dans le centre du pays, dix personnes ont été tuées lundi.")
    assert len(list(doc.sents)) == 1
