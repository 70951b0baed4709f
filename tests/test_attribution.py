import pytest

from bilan.extract.attribution import sentence_source, source_near
from conftest import make_context


def source_of(text: str, index: int = 0) -> str | None:
    source = sentence_source(make_context(text), index)
    return None if source is None else source.name


def test_preposition_and_entity_canonical_name() -> None:
    assert source_of("Selon l'Observatoire syrien des droits de l'homme, 12 civils sont morts.") \
        == "OSDH"


def test_incise_puts_the_source_after_the_verb() -> None:
    assert source_of("Douze soldats ont été tués, a indiqué dimanche à l'AFP l'armée malienne.") \
        == "armée malienne"


def test_subject_before_the_verb_with_fillers() -> None:
    assert source_of("Le ministère de la Santé a de son côté fait état de 40 morts.") == \
        "ministère de la Santé"


def test_report_noun_is_not_the_source() -> None:
    assert source_of("Selon le dernier bilan du ministère de l'Intérieur, 8 policiers sont morts.") \
        == "ministère de l'Intérieur"


def test_acronym_in_brackets_before_the_verb() -> None:
    assert source_of("La Mission des Nations unies en Afghanistan (Manua) a recensé 1 000 morts.") \
        == "Manua"


def test_same_source_refers_back() -> None:
    ctx = make_context("Selon l'ONU, 30 civils ont été tués. Selon la même source, 12 ont été "
                       "blessés.")
    source = sentence_source(ctx, 1)
    assert source is not None and source.name == "ONU"


def test_nearest_cue_wins_when_a_sentence_has_two() -> None:
    text = ("L'armée parle de 10 morts, tandis que selon des élus locaux 30 personnes ont été tuées.")
    ctx = make_context(text)
    near_first = source_near(ctx, 0, text.index("10"))
    near_second = source_near(ctx, 0, text.index("30"))
    assert near_first is not None and near_second is not None
    assert near_second.name == "élus locaux"


def test_no_source_in_a_plain_sentence() -> None:
    assert source_of("Trois civils ont été tués mardi.") is None


def test_any_form_of_a_reporting_verb() -> None:
    assert source_of("Des sources locales évoquaient dimanche un bilan de 160 morts.") == \
        "sources locales"


def test_inverted_pronoun_refers_back() -> None:
    ctx = make_context("Le ministre de la Santé, Firass Abiad, a fait état de douze morts. "
                       "Près de 2 800 personnes ont été blessées, a-t-il ajouté.")
    first, second = sentence_source(ctx, 0), sentence_source(ctx, 1)
    assert first is not None and first.name == "Firass Abiad"
    assert second is not None and second.name == "Firass Abiad"


def test_a_phrase_that_names_no_one_is_not_a_source() -> None:
    assert source_of("La LSK affirme par ailleurs que des dizaines de militants ont été enlevés.") \
        == "LSK"
    assert source_of("Le bilan a fait état de douze morts.") is None


def test_a_report_without_author_is_the_source_named_before() -> None:
    text = ("L'état-major de l'armée malienne a annoncé lundi la mort de 17 soldats. "
            "Quatre civils ont aussi été tués, selon un premier communiqué.")
    assert source_of(text, 1) == "état-major de l'armée malienne"
    assert source_of("Plus de 1 400 morts, selon les chiffres officiels.") == "chiffres officiels"


def test_a_leading_dash_is_not_part_of_the_source() -> None:
    assert source_of("- Le gouvernement de transition a confirmé la mort de 42 soldats.") == \
        "gouvernement de transition"


def test_a_participial_apposition_between_subject_and_verb_is_skipped() -> None:
    assert source_of("Le Gouvernement d'unité nationale (NUG), formé par des élus déchus, "
                     "a estimé le bilan à une centaine de morts.") == "NUG"


def test_fillers_inside_a_reporting_phrase() -> None:
    assert source_of("L'armée fait pour sa part état de 58 blessés.") == "armée"


def test_a_plural_pronoun_refers_back_to_a_plural_source() -> None:
    text = ("Le gouvernement a fait état de 134 morts. Des élus locaux ont affirmé que ce bilan "
            "était sous-estimé. Selon eux, plus de 160 personnes ont péri.")
    assert source_of(text, 2) == "élus locaux"


def test_the_same_document_refers_back() -> None:
    text = ("Selon un rapport de la Monusco, 131 civils ont été tués. Huit personnes ont été "
            "blessées, d'après le même document.")
    assert source_of(text, 1) == "Monusco"


def test_a_source_before_a_figure_stops_at_a_new_clause() -> None:
    text = ("D'après les observateurs, la chute de la ville semble inéluctable, et la guerre a fait "
            "depuis 2011 plus de 300 000 morts.")
    ctx = make_context(text)
    assert source_near(ctx, 0, text.index("300 000")) is None
    text = "Selon l'OSDH, 20 civils ont été tués et 30 blessés."
    assert source_near(make_context(text), 0, text.index("30 blessés")) is not None


def test_a_participle_qualifying_a_noun_reports_nothing() -> None:
    text = ("Le ministère de la Santé contrôlé par les Houthis a fait état de 50 morts. Les services "
            "de secours du gouvernement d'union nationale (GNA), reconnu par l'ONU, avaient auparavant "
            "fait état de 40 morts.")
    assert source_of(text, 0) == "ministère de la Santé"
    assert source_of(text, 1) == "GNA"


def test_a_bare_collective_noun_refers_back_to_the_source_before() -> None:
    text = ("Le Comité de résistance de Wad Madani a indiqué que 104 habitants avaient été tués. "
            "Des centaines d'autres ont fui, a ajouté le collectif.")
    assert source_of(text, 1) == source_of(text, 0)


def test_de_source_names_the_source_when_nothing_else_does() -> None:
    assert source_of("Au moins 20 civils ont péri, de source médicale.") == "source médicale"
    text = ("Les autorités ont fait état de 21 morts et de 110 blessés, un bilan invérifiable de "
            "source indépendante.")
    assert source_of(text) == "autorités"


def test_a_speaker_wins_over_who_received_the_wounded() -> None:
    text = "Le directeur de MSF a parlé à la presse. L'hôpital a reçu 180 blessés, a-t-il ajouté."
    assert source_of(text, 1) == source_of(text, 0)
    assert source_of("L'hôpital al-Joumhouri a reçu 48 blessés.") == "hôpital al-Joumhouri"


def test_a_quotation_and_its_speaker_are_one_sentence() -> None:
    ctx = make_context("« Nous avons compté 31 corps », a déclaré un élu local. « C'est un massacre. »")
    assert [s.text for s in ctx.sentences] == [
        "« Nous avons compté 31 corps », a déclaré un élu local.", "« C'est un massacre. »"]
    assert source_near(ctx, 0) is not None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Douze soldats ont été tués, indique un communiqué de l'état-major.", "état-major"),
        ("Pour l'ONU, au moins 300 civils ont été tués.", "ONU"),
        ("Au moins 12 personnes ont été tuées, selon un nouveau bilan fourni par les autorités locales.",
         "autorités locales"),
        ("Douze morts, d'après un décompte établi par l'AFP à partir de sources médicales.", "AFP"),
    ],
)
def test_more_ways_to_name_a_source(text: str, source: str) -> None:
    assert source_of(text) == source


def test_pour_opens_no_source_without_a_name() -> None:
    assert source_of("Pour la deuxième fois en un mois, 12 soldats ont été tués.") is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("L'ONU parle de 300 morts dans la région.", "ONU"),
        ("À en croire les secouristes, 40 personnes ont péri.", "secouristes"),
        ("Aux dires des habitants, 40 personnes ont péri.", "habitants"),
        ("« Nous avons compté 40 morts », a affirmé un notable du village.", "notable du village"),
    ],
)
def test_reported_speech_in_other_words(text: str, source: str) -> None:
    assert source_of(text) == source


def test_a_verb_whose_object_follows_names_its_subject_before_it() -> None:
    # "de cinq rebelles" is what the minister told, not who told it
    assert source_of("Le gouverneur de la région, Ali Mansour, a fait état de cinq rebelles tués.") \
        == "Ali Mansour"
    assert source_of("Douze soldats ont été tués, a fait savoir l'armée.") == "armée"


def test_a_selon_closing_the_figures_clause_beats_a_speakers_verb() -> None:
    """Who claims an attack is not who counts its dead; a "selon" after another clause, or one
    referring back to the speaker, does not take the figure."""
    text = ("Un groupe armé a revendiqué mardi l'attentat qui a tué 28 personnes samedi à Omagh, selon "
            "le dernier bilan de la police.")
    found = source_near(make_context(text), 0, text.index("28"))
    assert found is not None and found.name == "police"
    text = ("Selon l'armée, 120 otages sont encore retenus dans le territoire, où la guerre a fait 300 "
            "morts, selon le ministère de la Santé.")
    found = source_near(make_context(text), 0, text.index("120"))
    assert found is not None and found.name == "armée"


@pytest.mark.parametrize(("text", "source"), [
    ("Au moins 25 soldats ont été tués, selon un bilan provisoire communiqué mardi soir par le "
     "gouvernement.", "gouvernement"),
    ("La violence a fait des milliers de morts, selon les décomptes de la presse locale.", "presse locale"),
])
def test_a_report_told_with_a_day_before_its_author_and_the_press(text: str, source: str) -> None:
    found = source_near(make_context(text), 0, 0)
    assert found is not None and found.name == source
