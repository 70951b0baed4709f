from bilan.extract.places import main_country, place_mentions, sentence_location
from bilan.resolve.geocode import gazetteer, geocode, name_key
from conftest import make_context


def test_gazetteer_rows_are_sound() -> None:
    places = list(gazetteer().places())
    assert len(places) > 200_000
    assert all(-90 <= p.lat <= 90 and -180 <= p.lon <= 180 for p in places)
    assert all(len(p.country) == 2 and p.country.isupper() for p in places)


def test_names_match_without_accents_case_or_hyphens() -> None:
    assert name_key("Alep-Est") == name_key("alep est")
    place = geocode("Hodeida")
    assert place is not None and place.country == "YE"


def test_preferred_country_settles_homonyms() -> None:
    place = geocode("Tripoli", prefer=["LB"])
    assert place is not None and place.country == "LB"


def test_place_in_a_sentence_with_precision() -> None:
    ctx = make_context("Des jihadistes ont attaqué un poste près de Gao. Des combats ont eu lieu "
                       "à Tombouctou.")
    near = sentence_location(ctx, 0)
    assert near is not None and (near.name, near.country, near.precision) == ("Gao", "ML", 2)
    town = sentence_location(ctx, 1)
    assert town is not None and (town.name, town.precision) == ("Tombouctou", 1)
    assert main_country(ctx) == "ML"
    assert [m.span.text_of(ctx.text) for m in place_mentions(ctx)] == ["Gao", "Tombouctou"]


def test_dateline_is_not_where_it_happened() -> None:
    ctx = make_context("Rangoun, 12 avril 2023 – L'aviation a bombardé mardi un village de la "
                       "région de Sagaing.")
    assert [m.dateline for m in place_mentions(ctx)][:1] == [True]
    found = sentence_location(ctx, 0)
    assert found is None or found.name != "Rangoun"
