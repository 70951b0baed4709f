from datetime import date

import pytest

from bilan.extract.places import (
    country_location,
    main_country,
    place_before,
    place_mentions,
    sentence_location,
    total_location,
)
from bilan.resolve.geocode import distance_km, gazetteer, geocode, name_key
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


def test_a_town_a_feminine_noun_came_from_is_not_where_it_acted() -> None:
    ctx = make_context("Les forces gouvernementales, appuyées par des brigades venues de Misrata, ont repris "
                       "jeudi le port de Syrte aux jihadistes.")
    found = sentence_location(ctx, 0)
    assert found is not None and found.name == "Syrte"


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


def only(ctx, name: str):  # type: ignore[no-untyped-def]
    found = [m for m in place_mentions(ctx) if m.span.text_of(ctx.text) == name]
    assert found, f"{name} not found among {[m.span.text_of(ctx.text) for m in place_mentions(ctx)]}"
    return found[0]


def test_founding_example_places() -> None:
    ctx = make_context("Des frappes ont visé Alep-Est, tandis qu'Alep-Ouest restait calme. Les "
                       "pourparlers sur la Syrie reprendront à Genève; à Alep, les civils attendent.")
    expect = {"Alep-Est": ("SY", 36.20, 37.18), "Alep-Ouest": ("SY", 36.21, 37.12),
              "Syrie": ("SY", 34.8, 39.0), "Genève": ("CH", 46.20, 6.14), "Alep": ("SY", 36.20, 37.13)}
    for name, (country, lat, lon) in expect.items():
        loc = only(ctx, name).location()
        assert loc.country == country and abs(loc.lat - lat) < 0.1 and abs(loc.lon - lon) < 0.1, name
    assert only(ctx, "Syrie").location().precision == 3
    assert only(ctx, "Alep-Est").location().precision == 1


def test_homonyms_follow_the_article_country() -> None:
    lebanon = make_context("Au Liban, des affrontements ont opposé des hommes armés à Tripoli.")
    libya = make_context("Des milices se sont affrontées à Tripoli, la capitale libyenne.")
    assert only(lebanon, "Tripoli").place.country == "LB"
    assert only(libya, "Tripoli").place.country == "LY"  # from the adjective alone
    senegal = make_context("Des heurts ont opposé manifestants et policiers à Saint-Louis, au Sénégal.")
    assert only(senegal, "Saint-Louis").place.country == "SN"


def test_a_named_province_settles_a_homonym_inside_a_country() -> None:
    ctx = make_context("Des obus sont tombés sur Lyman, dans la région d'Odessa, en Ukraine.")
    lyman = only(ctx, "Lyman").place
    assert lyman.admin1 == "Odessa" and lyman.lat < 46.5  # not Lyman in the Donetsk region
    ctx = make_context("Les forces russes ont pris Lyman, dans la région de Donetsk, en Ukraine.")
    assert only(ctx, "Lyman").place.admin1 == "Donetsk"


def test_precision_from_the_words_before_the_name() -> None:
    ctx = make_context("Un hélicoptère s'est écrasé à 35 km à l'ouest d'Alep. Les bombardements "
                       "continuent dans la province d'Idleb. Les talibans ont pris le district de "
                       "Sangin. Les combats se déroulent aux portes de Goma. Le régime pilonne la "
                       "Ghouta orientale. Des soldats ont été tués à Kidal.")
    assert only(ctx, "Alep").location().precision == 2
    idleb = only(ctx, "Idleb").location()
    assert idleb.precision == 3 and abs(idleb.lat - 35.93) < 0.05  # placed at the town of Idleb
    assert only(ctx, "Sangin").location().precision == 2
    assert only(ctx, "Goma").location().precision == 2
    assert only(ctx, "Ghouta orientale").location().precision == 2
    assert only(ctx, "Kidal").location().precision == 1


def test_towns_spacy_misses_are_found() -> None:
    ctx = make_context("Des soldats nigériens ont été tués à Ouallam.")  # spaCy says: a person
    assert only(ctx, "Ouallam").place.country == "NE"
    ctx = make_context("Une attaque a visé un convoi près de Fada N'Gourma, dans l'est du Burkina.")
    assert only(ctx, "Fada N'Gourma").place.country == "BF"  # two entities for spaCy
    ctx = make_context("Des drones ont visé l'aéroport d'Erbil, au Kurdistan irakien.")
    assert only(ctx, "Erbil").place.country == "IQ"


def test_a_gang_named_after_its_home_town_does_not_place_the_event_there() -> None:
    ctx = make_context("Des membres du Comando Vermelho, le puissant gang de Rio de Janeiro, ont attaqué "
                       "la prison de Manaus.")
    names = [m.span.text_of(ctx.text) for m in place_mentions(ctx)]
    assert "Manaus" in names and "Rio de Janeiro" not in names


def test_persons_demonyms_and_far_villages_are_no_places() -> None:
    ctx = make_context("Bachar al-Assad a reçu les Américains à Damas. Le général, réputé proche de "
                       "Hama Amadou, a été arrêté à Niamey.")
    names = [m.span.text_of(ctx.text) for m in place_mentions(ctx)]
    assert "Damas" in names and "Niamey" in names
    assert not {"Bachar al-Assad", "Américains", "Hama", "Hama Amadou"} & set(names)
    ctx = make_context("La faction dirigée par Alexander Díaz Mendoza, alias « Calarcá », a revendiqué "
                       "l'embuscade en Colombie.")
    assert [m.place.name for m in place_mentions(ctx)] == ["Colombie"]
    ctx = make_context("L'assaut a été attribué à l'État islamique au Grand Sahara, au Mali.")
    assert {m.place.country for m in place_mentions(ctx)} <= {"ML"}


def test_hospital_town_is_not_where_it_happened() -> None:
    ctx = make_context("Une quarantaine de blessés ont été admis au centre médical de Sebba, au "
                       "Burkina Faso.")
    assert only(ctx, "Sebba").elsewhere
    found = sentence_location(ctx, 0)
    assert found is not None and found.name == "Burkina Faso"


def test_location_carries_admin1() -> None:
    ctx = make_context("Des combats ont éclaté à Kobané.")
    loc = only(ctx, "Kobané").location()
    assert loc.admin1 == "Alep" and loc.country == "SY"


def test_a_geonames_village_on_another_continent_is_dropped() -> None:
    # "Golani" and "Santé" are also the alternate names of villages in Romania and Germany
    ctx = make_context("Un drone a frappé une base de la brigade Golani, près de Binyamina, en Israël, "
                       "selon le ministère libanais de la Santé.")
    assert {m.place.country for m in place_mentions(ctx)} <= {"IL", "LB"}


def test_curated_names_that_go_on_in_lower_case() -> None:
    ctx = make_context("Des tirs ont visé la barrière séparant la bande de Gaza d'Israël.")
    assert [(m.span.text_of(ctx.text), m.place.name) for m in place_mentions(ctx)] == [
        ("bande de Gaza", "Bande de Gaza"), ("Israël", "Israël")]
    ctx = make_context("Un hélicoptère s'est écrasé à 35 km à l'ouest d'Alep.")
    assert only(ctx, "Alep").place.name == "Alep"  # not the city part "l'ouest d'Alep"
    ctx = make_context("Lundi, l'Alliance Fleuve Congo a annoncé un cessez-le-feu.")
    assert place_mentions(ctx) == ()


def test_a_sentence_place_is_where_it_happened_not_an_actor_or_an_origin() -> None:
    ctx = make_context("La Russie a lancé contre l'Ukraine son attaque aérienne la plus massive.")
    found = sentence_location(ctx, 0)
    assert found is not None and found.name == "Ukraine"
    ctx = make_context("Des roquettes tirées depuis le Liban ont frappé le nord d'Israël.")
    found = sentence_location(ctx, 0)
    assert found is not None and found.name == "nord d'Israël" and found.country == "IL"


def test_a_sentence_without_a_place_takes_the_one_before() -> None:
    from bilan.extract.places import place_before

    ctx = make_context("Des combats ont éclaté jeudi à Kidal, au Mali. Dix soldats ont été tués.")
    found = place_before(ctx, 1)
    assert found is not None and found.name == "Kidal"


def test_neighbourhoods_resolve_to_their_city() -> None:
    ctx = make_context("Le quartier kurde de Cheikh Maqsoud, à Alep, a été bombardé.")
    place = only(ctx, "Cheikh Maqsoud").place
    assert (place.country, place.admin1, place.kind) == ("SY", "Alep", "city")
    assert abs(place.lat - 36.2) < 0.1 and abs(place.lon - 37.15) < 0.1


def test_a_town_and_its_neighbourhood_are_one_place_for_an_event() -> None:
    from bilan.extract.places import same_place
    from bilan.model import Location

    damas = Location("Damas", "SY", 33.5138, 36.2765, 1)
    assert same_place(damas, Location("Bab Touma", "SY", 33.5130, 36.3170, 1))  # 4 km
    assert not same_place(damas, Location("Douma", "SY", 33.5722, 36.4025, 1))  # 13 km
    assert same_place(damas, Location("damas", None, None, None, 1))


def test_a_geonames_place_keeps_the_article_spelling() -> None:
    ctx = make_context("Des frappes ont touché Kafr Batna, dans la Ghouta orientale, en Syrie.")
    mention = only(ctx, "Kafr Batna")
    assert not mention.place.curated and mention.place.name != "Kafr Batna"  # GeoNames: Kafr Baţnā
    assert mention.location().name == "Kafr Batna"


def test_a_village_the_gazetteer_lacks_is_kept_by_name() -> None:
    from bilan.extract.places import sentence_location
    from conftest import make_context
    ctx = make_context("Les paramilitaires ont tué mercredi 104 habitants du village de Wad al-Nourah, "
                       "dans l'État d'Al-Jazira, au Soudan.")
    found = sentence_location(ctx, 0)
    assert found is not None and found.name == "Wad al-Nourah"
    assert (found.precision, found.lat, found.country) == (1, None, "SD")


@pytest.mark.parametrize(("text", "name"), [
    ("Au moins douze otages ont péri jeudi dans l'assaut de l'armée contre les islamistes "
     "retranchés sur le site gazier de Tiguentourine, en Algérie.", "Tiguentourine"),
    ("Des hommes armés ont attaqué lundi le commissariat de Borobekra, dans l'Etat indien du "
     "Manipur.", "Borobekra"),
])
def test_a_site_the_gazetteer_lacks_is_kept_by_its_place_name(text: str, name: str) -> None:
    """A facility named by its place ("le site gazier de", "le commissariat de") is where it
    happened, like a village the gazetteer lacks."""
    ctx = make_context(text)
    found = sentence_location(ctx, 0)
    assert found is not None and (found.name, found.precision) == (name, 1)


def test_an_area_or_a_place_near_which_it_happened_is_kept_by_name_at_precision_2() -> None:
    from bilan.extract.places import sentence_location
    from conftest import make_context
    ctx = make_context("Les rebelles ont repris l'offensive autour de Nyabibwe dans la nuit de mardi, "
                       "au Sud-Kivu, en RDC.")
    found = sentence_location(ctx, 0)
    assert found is not None and (found.name, found.precision) == ("Nyabibwe", 2)


def test_the_capital_is_the_capital_of_the_articles_country() -> None:
    ctx = make_context("Des manifestations ont eu lieu à Moundou et à Sarh, au Tchad. Des centaines de "
                       "personnes ont été interpellées dans la capitale.")
    place = sentence_location(ctx, 1)
    assert place is not None and (place.name, place.country, place.precision) == ("N'Djamena", "TD", 1)


def test_the_capital_an_adjective_names_is_that_countrys() -> None:
    ctx = make_context("Des frappes ont visé Kobané et Qamichli, en Syrie. Deux policiers ont été blessés "
                       "dimanche dans un attentat au cœur de la capitale turque.")
    place = sentence_location(ctx, 1)
    assert place is not None and (place.name, place.country) == ("Ankara", "TR")


def test_the_capital_a_country_adjective_names_is_that_countrys() -> None:
    ctx = make_context("Les rebelles ont repris Walikale, au Nord-Kivu. Un accord a été signé samedi "
                       "dans la capitale qatarie entre les deux parties.")
    place = sentence_location(ctx, 1)
    assert place is not None and (place.name, place.country) == ("Doha", "QA")


def test_a_recent_toll_is_the_area_the_lead_frames_the_story_in() -> None:
    from bilan.extract.places import country_location
    ctx = make_context("Kiev, 10 mars 2023 – Les forces russes ont intensifié leurs frappes dans la région "
                       "ukrainienne de Soumy, près de la frontière. Selon le gouverneur, neuf civils ont été "
                       "tués depuis lundi. Un drone a frappé Konotop mercredi, et un obus est tombé sur "
                       "Chostka. La Russie dément viser des civils en Ukraine.")
    recent, older = country_location(ctx, recent=True), country_location(ctx)
    assert recent is not None and (recent.name, recent.precision) == ("Soumy", 3)
    assert older is not None and older.name == "Ukraine"  # a war's toll since years: the country


def test_this_town_said_with_a_far_town_for_reference_is_the_town_before() -> None:
    ctx = make_context("Les rebelles ont attaqué Kidal mardi. L'armée a mené des frappes dans cette ville "
                       "située à 300 km au nord de Gao.")
    place = sentence_location(ctx, 1)
    assert place is not None and place.name == "Kidal"


def test_a_wars_toll_in_the_town_named_right_after_it_is_that_towns() -> None:
    text = ("Des combats ont éclaté au Darfour. Plus de 900 personnes ont été tuées à Nyala depuis le "
            "début de la guerre, et près de 100 000 habitants du Darfour ont fui vers le Tchad voisin.")
    place = total_location(make_context(text), 1, text.index("900"))
    assert place is not None and place.name == "Nyala"


def test_le_mont_dore_of_a_new_caledonian_story_is_the_new_caledonian_commune() -> None:
    ctx = make_context("Des émeutes ont éclaté à Nouméa. Un gendarme a été tué sur la commune du "
                       "Mont-Dore, à l'est de Nouméa, a annoncé Paris.")
    place = sentence_location(ctx, 1)
    assert place is not None and (place.name, place.country) == ("Mont-Dore", "NC")

def test_a_toll_of_violence_told_in_a_town_is_that_towns() -> None:
    text = ("Le bilan des violences qui secouent depuis lundi Nyala, chef-lieu de l'État du Darfour-Sud, "
            "s'est alourdi à 40 morts, selon des médecins.")
    place = total_location(make_context(text), 0, text.index("40"))
    assert place is not None and place.name == "Nyala"
    text = ("Des frappes ont visé Alep mardi, en Syrie. La chute d'Alep serait un tournant dans la "
            "guerre, qui a fait plus de 300 000 morts depuis 2011.")
    place = total_location(make_context(text), 1, text.index("300"))
    assert place is not None and (place.name, place.precision) == ("Syrie", 3)


def test_a_wars_toll_is_placed_in_its_country_not_the_town_of_its_sentence() -> None:
    ctx = make_context("Des frappes ont visé Alep mardi, en Syrie. La chute d'Alep serait un tournant "
                       "dans la guerre, qui a fait plus de 300 000 morts depuis 2011.")
    place = total_location(ctx, 1)
    assert place is not None and (place.name, place.precision) == ("Syrie", 3)


def test_a_total_said_with_y_is_placed_where_the_sentence_before_is() -> None:
    ctx = make_context("Les attaques se multiplient dans la province du Khyber Pakhtunkhwa. Au moins "
                       "119 policiers y ont été tués l'an dernier.")
    place = total_location(ctx, 1)
    assert place is not None and place.country == "PK" and place.precision == 3


def test_a_place_the_model_tags_after_a_but_the_gazetteer_lacks_is_kept_by_name() -> None:
    ctx = make_context("L'aviation de la junte birmane a bombardé mardi un rassemblement à Pazigyi, "
                       "dans la région de Sagaing.")
    place = sentence_location(ctx, 0)
    assert place is not None and (place.name, place.precision) == ("Pazigyi", 1)


def test_where_people_fled_to_or_a_road_leads_is_not_where_it_happened() -> None:
    ctx = make_context("Des paramilitaires ont attaqué le village de Wad al-Nourah, au Soudan. Des "
                       "centaines d'habitants ont fui vers la ville voisine d'Al-Manaqil. Le train, "
                       "qui relie Quetta à Peshawar, a été stoppé.")
    mentions = {m.written: m.elsewhere for m in place_mentions(ctx)}
    assert mentions.get("Al-Manaqil") is True
    assert mentions.get("Quetta") is True and mentions.get("Peshawar") is True


def test_a_far_landmark_is_not_the_place_and_a_cartel_is_no_town() -> None:
    ctx = make_context("Les combats ont eu lieu dans la province du Kanem, à environ 300 km au nord de "
                       "N'Djamena. Les morts sont des membres du cartel de Sinaloa.")
    place = sentence_location(ctx, 0)
    assert place is not None and place.name == "Kanem"
    assert all(m.written != "Sinaloa" for m in place_mentions(ctx))


def test_a_lead_without_a_place_takes_the_storys_place_not_the_dateline() -> None:
    ctx = make_context("Mexico, 7 janv. 2023 – Vingt-neuf personnes ont été tuées jeudi lors d'une "
                       "opération militaire. Les affrontements ont eu lieu dans le bourg de Jesús "
                       "María, au nord de Culiacán.")
    place = place_before(ctx, 0)
    assert place is not None and place.name != "Mexico"


def test_a_running_total_across_the_country_is_the_countrys_even_unnamed() -> None:
    ctx = make_context("La junte a bombardé mardi un village de la région de Sagaing. Au moins 56 "
                       "personnes ont trouvé la mort à travers le pays depuis le coup d'État.")
    place = total_location(ctx, 1)
    assert place is not None and (place.country, place.precision) == ("MM", 3)


def test_who_says_so_is_not_where_it_happened() -> None:
    ctx = make_context("Les troupes rwandaises ont repris Mocímboa da Praia, au Mozambique. Selon Kigali, "
                       "plus de 30 insurgés ont été tués.")
    place = sentence_location(ctx, 1)
    assert place is None or place.name != "Kigali"


def test_a_name_in_apposition_to_a_settlement_noun_is_kept_by_name() -> None:
    ctx = make_context("Une frappe russe a pulvérisé jeudi un café de Hroza, un village d'environ 330 "
                       "habitants de la région de Kharkiv.")
    place = sentence_location(ctx, 0)
    assert place is not None and (place.name, place.precision) == ("Hroza", 1)


def test_a_buildings_name_is_no_town() -> None:
    ctx = make_context("Deux bombes ont explosé dimanche pendant la messe à la cathédrale "
                       "Notre-Dame-du-Mont-Carmel de Jolo, aux Philippines.")
    assert all(m.written != "Notre-Dame-du-Mont-Carmel" for m in place_mentions(ctx))


def test_a_region_inside_a_longer_place_entity_is_found() -> None:
    ctx = make_context("Les heurts qui secouent depuis lundi l'État de Manipur ont fait au moins "
                       "trente morts, selon la police.")
    place = sentence_location(ctx, 0)
    assert place is not None and (place.name, place.country, place.precision) == ("Manipur", "IN", 3)


def test_a_capital_that_speaks_is_its_government_not_the_place() -> None:
    ctx = make_context("Les shebab disent avoir tué 60 soldats près de Kismayo, ce que Nairobi a "
                       "démenti. Un chiffre que Kampala qualifie de mensonge.")
    spoken = {m.written: m.elsewhere for m in place_mentions(ctx)}
    assert spoken.get("Nairobi") is True and spoken.get("Kismayo") is False
    assert sentence_location(ctx, 1) is None


def test_an_actors_name_after_a_is_no_village() -> None:
    ctx = make_context("Les assaillants appartiendraient au JNIM, lié à Al-Qaïda.")
    place = sentence_location(ctx, 0)
    assert place is None or place.name != "Al-Qaïda"


def test_where_an_advance_heads_is_not_where_it_is() -> None:
    ctx = make_context("Les rebelles se battent dans la province du Kanem, au Tchad. Ils assurent "
                       "poursuivre leur progression vers la capitale.")
    place = sentence_location(ctx, 1)
    assert place is None or place.name != "N'Djamena"


def test_the_curated_tables_short_names_are_places() -> None:
    ctx = make_context("Des rebelles ont attaqué un camp de déplacés dans l'est de la RDC, près de Goma.")
    assert "République démocratique du Congo" in [m.place.name for m in place_mentions(ctx)]


def test_a_place_closing_an_organisations_name_is_not_where_it_happened() -> None:
    ctx = make_context("Un obus a tué deux Casques bleus près d'une base, a indiqué la Mission des "
                       "Nations unies au Soudan du Sud (Minuss). Kano (Nigeria) est calme.")
    flags = {m.written: m.elsewhere for m in place_mentions(ctx)}
    assert flags.get("Soudan du Sud") is True and flags.get("Nigeria") is False


def test_where_a_freed_hostage_arrived_is_not_where_it_happened() -> None:
    ctx = make_context("Les otages ont été retenus dans les montagnes de Bolan, au Pakistan. Un passager a "
                       "témoigné à son arrivée à la gare de Quetta.")
    assert all(m.elsewhere for m in place_mentions(ctx) if m.written == "Quetta")


def test_places_listed_after_where_people_fled_share_that_role() -> None:
    ctx = make_context("Depuis l'offensive, 40 000 personnes ont fui vers le Tchad, le Cameroun et la RDC, "
                       "selon le HCR.")
    assert all(m.elsewhere for m in place_mentions(ctx))


def test_a_town_listed_after_a_town_the_wounded_were_taken_to_is_one_too() -> None:
    ctx = make_context("Des hommes armés ont attaqué Tacueyó mardi. Six blessés ont été évacués vers "
                       "Santander de Quilichao et Cali, selon l'ACIN.")
    assert sentence_location(ctx, 1) is None
    ctx = make_context("Des heurts ont éclaté à Popayán et à Cali, faisant six blessés.")
    assert not any(m.elsewhere for m in place_mentions(ctx))


def test_a_side_named_by_its_adjective_is_that_countrys() -> None:
    ctx = make_context("Des frappes ont tué douze personnes à Gaza. Du côté israélien, trois soldats ont "
                       "été tués.")
    place = sentence_location(ctx, 1)
    assert place is not None and (place.country, place.precision) == ("IL", 3)


def test_the_area_after_a_figure_beats_an_area_named_before_it() -> None:
    text = ("Depuis que la milice a ouvert un front contre l'Irak en mars, les violences ont fait "
            "plus de 300 morts en Syrie, selon une ONG.")
    ctx = make_context(text)
    near = text.index("300")
    found = sentence_location(ctx, 0, near=near), total_location(ctx, 0, near)
    assert [p.country if p else None for p in found] == ["SY", "SY"]


def test_a_capital_that_has_not_confirmed_and_where_a_centre_is_based_are_not_the_place() -> None:
    ctx = make_context("Islamabad n'a pas officiellement confirmé les frappes. Selon un centre de "
                       "recherche basé à Lahore, 1 500 personnes ont été tuées cette année.")
    assert all(m.elsewhere for m in place_mentions(ctx) if m.written in ("Islamabad", "Lahore"))


def test_a_regional_capital_is_not_the_countrys() -> None:
    ctx = make_context("Une kamikaze s'est fait exploser à Gwoza, au Nigeria. Les blessés ont été "
                       "soignés dans la capitale régionale.")
    place = sentence_location(ctx, 1)
    assert place is None or place.name != "Abuja"


def test_a_group_named_after_a_region_is_no_place() -> None:
    ctx = make_context("Les autorités imputent la tuerie aux combattants de la katiba Macina, près de "
                       "Bankass.")
    assert all(m.written != "Macina" for m in place_mentions(ctx))


def test_y_refers_to_the_place_just_named_even_abroad() -> None:
    ctx = make_context("Un drone russe a tué neuf civils à Bilopillia. Les délégations russe et "
                       "ukrainienne se sont retrouvées vendredi à Istanbul. Elles s'y sont entendues "
                       "sur un échange de prisonniers.")
    place = place_before(ctx, 2)
    assert place is not None and place.country == "TR"


def test_a_total_said_in_the_province_covers_the_region_named_before() -> None:
    ctx = make_context("Des insurgés ont attaqué Macomia, dans la province de Cabo Delgado. Le conflit "
                       "a fait plus de 6 000 morts dans la province depuis 2017.")
    place = total_location(ctx, 1)
    assert place is not None and place.name == "Cabo Delgado"


def test_a_total_said_in_the_country_covers_the_country() -> None:
    ctx = make_context("Des hommes armés ont enlevé 280 élèves à Kuriga, au Nigeria. Plus de 1 400 "
                       "élèves ont été enlevés dans le pays depuis 2014.")
    place = total_location(ctx, 1)
    assert place is not None and (place.country, place.precision) == ("NG", 3)


def test_a_short_acronym_is_no_town() -> None:
    ctx = make_context("Cinq maoïstes et un policier de la DRG ont été tués samedi près de Bijapur, en "
                       "Inde.")
    assert all(m.written != "DRG" for m in place_mentions(ctx))


def test_a_lead_without_a_place_takes_a_village_the_story_names_later() -> None:
    ctx = make_context("Manille, 27 janv. 2015 – Quarante-quatre policiers ont été tués dimanche dans le "
                       "sud du pays. Les commandos s'étaient infiltrés avant l'aube dans le village de "
                       "Tukanalipao. Le président a parlé à Manille.")
    place = place_before(ctx, 0)
    assert place is not None and place.name == "Tukanalipao"


def test_where_a_march_went_is_not_where_it_happened() -> None:
    ctx = make_context("À Bogota, des milliers de personnes ont défilé lundi jusqu'à la place Bolívar.")
    assert all(m.elsewhere for m in place_mentions(ctx) if m.written == "Bolívar")


def test_a_capital_accused_and_the_country_of_where_the_wounded_went_are_not_the_place() -> None:
    ctx = make_context("Trois assaillants ont été tués près de Banjska, a déclaré le Premier ministre, "
                       "qui accuse Belgrade d'avoir armé le groupe. Les blessés ont été évacués vers "
                       "un hôpital de Tucson, aux États-Unis.")
    flags = {m.written: m.elsewhere for m in place_mentions(ctx)}
    assert flags.get("Belgrade") is True and flags.get("États-Unis") is True


def test_a_landmark_in_apposition_and_a_capital_that_acts_are_not_where_it_happened() -> None:
    from bilan.extract.places import sentence_location
    from conftest import make_context

    ctx = make_context("Dans le district de Narsingdi, au nord-est de Dacca, des manifestants ont pris "
                       "d'assaut vendredi une prison.")
    place = sentence_location(ctx, 0, near=ctx.text.index("pris"))
    assert place is not None and place.name == "Narsingdi"
    ctx = make_context("Les troupes envoyées par Damas se sont heurtées lundi aux combattants druzes.")
    place = sentence_location(ctx, 0, near=ctx.text.index("heurtées"))
    assert place is None or place.name != "Damas"


def test_a_capital_that_reports_a_toll_is_not_where_it_happened() -> None:
    ctx = make_context("Les combats ont repris au Haut-Karabakh. Erevan a fait état de vingt militaires "
                       "tués. Bakou, qui revendique la prise de plusieurs hauteurs, a reconnu la perte "
                       "de 31 soldats.")
    assert sentence_location(ctx, 1) is None
    assert sentence_location(ctx, 2) is None


def test_a_town_a_source_speaks_from_is_not_where_the_figures_are() -> None:
    ctx = make_context("Un kamikaze a attaqué un barrage à Karm al-Qawadis. Trente et un soldats ont "
                       "péri, selon des sources médicales et de sécurité à El-Arich.")
    assert sentence_location(ctx, 1) is None
    ctx = make_context("Trois soldats ont été tués à El-Arich, selon des sources médicales.")
    place = sentence_location(ctx, 0)
    assert place is not None and place.name == "El-Arich"


def test_a_feature_named_after_its_noun_is_kept_by_noun_and_name() -> None:
    ctx = make_context("Deux gardes ont été tués mardi dans le parc national Akagera Nord, dans l'est "
                       "du Rwanda.")
    place = sentence_location(ctx, 0)
    assert place is not None and place.name == "parc national Akagera Nord"
    ctx = make_context("Des frappes ont visé samedi des grottes dans les monts Gorbani, dans le nord "
                       "de la Somalie.")
    place = sentence_location(ctx, 0)
    assert place is not None and place.name == "monts Gorbani"
    ctx = make_context("Trois pêcheurs ont été tués sur les rives du lac Tchad.")
    place = sentence_location(ctx, 0)
    assert place is None or place.name != "lac Tchad"


def test_the_region_of_a_town_people_came_from_is_where_they_came_from_too() -> None:
    ctx = make_context("Les rebelles, venus de leur fief de Kidal, dans le nord du pays, ont attaqué "
                       "lundi un camp de l'armée malienne à Gao.")
    parts = [m for m in place_mentions(ctx) if m.part]
    assert parts and all(m.origin for m in parts)


def test_a_dateline_in_a_country_the_story_never_names_again_is_no_place_of_it() -> None:
    ctx = make_context("Dakar, 3 mars 2020 – Quatre soldats ont été tués lundi à Kidal, selon un "
                       "responsable local.")
    assert main_country(ctx) == "ML"


def test_the_seat_of_a_government_is_not_where_it_happened() -> None:
    ctx = make_context("Les affrontements ont éclaté dans la province de Kandahar. Ce sont les plus "
                       "violents depuis le retour des talibans au pouvoir à Kaboul.")
    place = sentence_location(ctx, 1)
    assert place is None or place.name != "Kaboul"


def test_a_part_of_a_country_is_a_region_named_after_it() -> None:
    ctx = make_context("Des bandits ont tué 58 villageois dans le nord-ouest du Nigeria. Ces violences "
                       "ont fait plus de 8 000 morts dans le nord-ouest du pays.")
    for index in (0, 1):
        place = sentence_location(ctx, index)
        assert place is not None and (place.name, place.country, place.precision) == (
            "nord-ouest du Nigeria", "NG", 3)
        assert place.lat is not None and place.lon is not None and place.lat > 9.1 and place.lon < 8.7


def test_the_country_of_a_part_written_du_pays() -> None:
    ctx = make_context("Au Liban, des frappes ont visé le sud du pays. Côté israélien, les habitants du "
                       "nord du pays ont fui. Aux Philippines, les rebelles tiennent le sud de l'archipel. "
                       "En Somalie, les combats ont gagné l'est du pays.")
    names = [place.name for i in range(4) if (place := sentence_location(ctx, i)) is not None]
    assert names == ["sud du Liban", "nord d'Israël", "sud des Philippines", "est de la Somalie"]


def test_a_named_region_is_narrower_than_a_part_of_its_country() -> None:
    ctx = make_context("Une communauté établie dans le nord du Mexique a été attaquée lundi, "
                       "dans l'État de Sonora.")
    place = sentence_location(ctx, 0, near=0)
    assert place is not None and place.name == "Sonora"


def test_a_name_the_words_after_it_situate_is_a_settlement() -> None:
    ctx = make_context("Huit militaires ont été tués lors de l'attaque d'un poste à Kpinkankandi, "
                       "dans la préfecture de Kpendjal, au Togo. Le ministre a annoncé la reprise "
                       "d'El Dher, une autre localité tenue par les shebab, en Somalie.")
    assert [getattr(sentence_location(ctx, i), "name", None) for i in (0, 1)] == ["Kpinkankandi", "El Dher"]


def test_a_name_that_opens_with_an_arabic_article_is_a_settlement() -> None:
    ctx = make_context("Mardi, un drone a frappé un poste de l'armée à al-Qoubeiyat, dans le district "
                       "du Akkar, au Liban. Plus tard, des tirs ont visé le village de Tell el-Hawa.")
    found = [sentence_location(ctx, i) for i in (0, 1)]
    assert [getattr(place, "name", None) for place in found] == ["al-Qoubeiyat", "Tell el-Hawa"]
    assert found[0] is not None and (found[0].precision, found[0].country) == (1, "LB")


def test_an_unknown_district_is_in_the_country_of_the_region_that_situates_it() -> None:
    ctx = make_context("Islamabad, 26 déc. 2024 – Des frappes aériennes pakistanaises ont visé le district "
                       "de Barmal, dans la province afghane de Paktika. Islamabad accuse le TTP, et le "
                       "Pakistan dément toute victime civile au Pakistan.")
    place = sentence_location(ctx, 1)
    assert place is not None and (place.name, place.country) == ("Barmal", "AF")


def test_a_capital_subject_of_an_active_verb_is_its_government_of_a_passive_one_the_place() -> None:
    ctx = make_context("Dans la région de Koursk, Moscou a revendiqué mardi la reprise de douze localités. "
                       "Kiev a été frappée lundi par des missiles.")
    flags = {m.written: m.elsewhere for m in place_mentions(ctx)}
    assert flags.get("Moscou") is True and flags.get("Kiev") is False


def test_an_unknown_region_is_a_place_a_known_one_in_a_source_is_not() -> None:
    ctx = make_context("Quatre rebelles ont été tués lors d'un raid aérien mené mardi dans la région "
                       "d'Avashin, en Irak. Soixante personnes ont été blessées, selon le gouverneur de "
                       "la région de Dnipropetrovsk.")
    place = sentence_location(ctx, 0)
    assert place is not None and place.name == "Avashin"
    place = sentence_location(ctx, 1)
    assert place is None or place.name != "Dnipropetrovsk"


def test_a_hospital_attacked_is_where_it_happened_one_that_treats_is_not() -> None:
    ctx = make_context("Des hommes armés ont fait irruption mardi dans l'hôpital du quartier de "
                       "Dasht-e-Barchi. Les blessés ont été soignés à l'hôpital de Jalalabad.")
    flags = {m.written: m.elsewhere for m in place_mentions(ctx)}
    assert flags.get("Dasht-e-Barchi") is False and flags.get("Jalalabad") is True


@pytest.mark.parametrize(
    ("text", "no_town", "act", "town"),
    [
        # a square named after someone
        ("À Lima, près de la place San Martín, des manifestants ont lancé des pierres.", "San Martín",
         "lancé", "Lima"),
        # a river
        ("À Zaporijjia, sur la rive gauche du Dniepr, un missile a touché un immeuble.", "Dniepr",
         "missile", "Zaporijjia"),
        # a sea
        ("Les forces ukrainiennes ont repris le centre de Marioupol, port des bords de la mer d'Azov.",
         "Azov", "repris", "Marioupol"),
        # a street named after a town
        ("Un kamikaze a fait exploser sa charge dans un autobus de la rue de Jaffa, à Jérusalem.",
         "Jaffa", "kamikaze", "Jérusalem"),
    ],
)
def test_a_square_or_a_river_named_like_a_town_is_no_town(text: str, no_town: str, act: str,
                                                          town: str) -> None:
    ctx = make_context(text)
    assert no_town not in {m.written for m in place_mentions(ctx)}
    place = sentence_location(ctx, 0, near=ctx.text.index(act))
    assert place is not None and place.name == town


def test_a_foreign_capital_no_word_places_is_its_government() -> None:
    ctx = make_context("À Kharkiv et à Odessa, des drones ont frappé lundi. L'Ukraine a accepté la "
                       "proposition de Washington d'un cessez-le-feu. Les délégations se retrouveront à "
                       "Washington, loin de l'Ukraine.")
    flags = [(m.written, m.elsewhere) for m in place_mentions(ctx) if m.written == "Washington"]
    assert flags == [("Washington", True), ("Washington", False)]


def test_a_town_taken_for_a_person_is_a_place_when_the_words_after_it_situate_it() -> None:
    ctx = make_context("Mardi, une attaque chimique présumée a frappé Khan Cheikhoun, une petite ville de "
                       "la province d'Idleb, dans le nord-ouest de la Syrie.")
    place = sentence_location(ctx, 0)
    assert place is not None and place.name == "Khan Cheikhoun"


def test_an_article_that_starts_a_town_s_name_is_part_of_it() -> None:
    ctx = make_context("Deux militaires vénézuéliens ont été tués dimanche près de La Victoria, dans l'État "
                       "d'Apure, au Venezuela. Vingt personnes ont péri près du rond-point du Koweït.")
    place = sentence_location(ctx, 0)
    assert place is not None and (place.name, place.country) == ("La Victoria", "VE")
    assert "Koweït" not in {m.written for m in place_mentions(ctx)}


def test_cette_ville_is_the_town_named_last_and_an_allied_group_is_no_place() -> None:
    ctx = make_context("Des milliers d'habitants fuyaient Marawi, dans le sud des Philippines. Les "
                       "affrontements ont éclaté dans un quartier de cette ville à majorité musulmane. "
                       "Des hommes armés du groupe Maute, allié à Abou Sayyaf, ont riposté.")
    place = sentence_location(ctx, 1)
    assert place is not None and place.name == "Marawi"
    place = sentence_location(ctx, 2)
    assert place is None or place.name != "Abou Sayyaf"


def test_a_village_situated_by_the_district_after_it_is_the_place() -> None:
    ctx = make_context("Au moins 46 personnes ont été tuées lors de l'attaque d'un site de déplacés à Lala, "
                       "dans le territoire de Djugu, en Ituri.")
    place = sentence_location(ctx, 0)
    assert place is not None and (place.name, place.country) == ("Lala", "CD")


def test_a_town_situated_after_an_adjective_and_named_by_the_dateline_is_a_place() -> None:
    """The model may take a dateline's unknown town for a person; a dateline names a town, and
    "paisible ville du centre" situates it as "ville du centre" does."""
    ctx = make_context("Ouman, 29 avril 2023 – Un missile a frappé vendredi un immeuble à Ouman, "
                       "paisible ville du centre de l'Ukraine. Le bilan s'établit à 23 morts.")
    assert [getattr(sentence_location(ctx, 0), "name", None), getattr(place_before(ctx, 1), "name", None)] \
        == ["Ouman", "Ouman"]


def test_a_town_named_as_a_distant_landmark_in_words_is_far() -> None:
    ctx = make_context("Le groupe État islamique s'est emparé dimanche de Ramadi, chef-lieu de la province "
                       "d'Anbar, à une centaine de kilomètres à l'ouest de Bagdad.")
    flags = {ctx.text[m.span.start:m.span.end]: m.far for m in place_mentions(ctx)}
    assert flags.get("Bagdad") is True and flags.get("Ramadi") is False


def test_an_unknown_town_situated_first_is_the_place_before_towns_named_after_it() -> None:
    ctx = make_context("Des insurgés ont pris mercredi le contrôle de Quissanga, chef-lieu de district "
                       "sur la côte, deux jours après avoir occupé la ville de Mocímboa da Praia.")
    place = sentence_location(ctx, 0)
    assert place is not None and (place.name, place.country) == ("Quissanga", "MZ")


def test_a_name_the_model_tags_a_place_as_often_as_a_person_is_a_place() -> None:
    ctx = make_context("Quatre-vingts personnes ont été tuées dans les frappes américaines qui ont visé "
                       "jeudi soir le terminal pétrolier de Ras Issa, sur la mer Rouge, a annoncé samedi "
                       "le ministère. Selon la chaîne Al-Massira, Ras Issa a été touché par deux vagues "
                       "de frappes.")
    place = sentence_location(ctx, 0)
    assert place is not None and place.name == "Ras Issa"


def _approximately_placed(text: str, index: int):  # type: ignore[no-untyped-def]
    from bilan.extract.places import approximate
    ctx = make_context(text)
    return approximate(ctx, sentence_location(ctx, index))


@pytest.mark.parametrize(("text", "index", "name", "precision", "town", "country"), [
    # a village situated by the town named right after it
    ("Des hommes armés ont tué trois civils dans le village de Kalembo, à une dizaine de kilomètres "
     "au nord de Goma, en RDC.", 0, "Kalembo", 2, "Goma", "CD"),
    # a neighbourhood, at the story's town
    ("De violents affrontements ont éclaté mardi à Bangui. Le lendemain, des tirs ont touché le "
     "quartier de Kokoro-Deux, selon des habitants.", 1, "Kokoro-Deux", 1, "Bangui", "CF"),
])
def test_a_place_the_gazetteer_lacks_goes_on_the_map_at_the_town_that_situates_it(
        text: str, index: int, name: str, precision: int, town: str, country: str) -> None:
    found = _approximately_placed(text, index)
    anchor = geocode(town, [country])
    assert found is not None and anchor is not None and found.lat is not None and found.lon is not None
    assert (found.name, found.precision) == (name, precision)
    assert distance_km(found.lat, found.lon, anchor.lat, anchor.lon) < 1


def test_a_village_situated_by_its_province_is_placed_at_precision_3() -> None:
    found = _approximately_placed("Une frappe aérienne a touché le village de Kafr Tarib, dans la "
                                  "province d'Idleb, tuant cinq personnes.", 0)
    assert found is not None and found.lat is not None
    assert (found.name, found.precision, found.country) == ("Kafr Tarib", 3, "SY")


def test_a_neighbouring_village_goes_near_the_town_named_before() -> None:
    found = _approximately_placed("Des colons ont attaqué mardi la ville de Huwara, en Cisjordanie. "
                                  "Dans le village voisin de Zaatara, un homme a été tué par balle.", 1)
    assert found is not None and found.lat is not None
    assert (found.name, found.precision) == ("Zaatara", 2)


@pytest.mark.parametrize("text", [
    "Des affrontements entre gangs ont éclaté mardi à Karachi, au Pakistan. Mercredi, des hommes "
    "armés ont tué cinq personnes à Pirabad Mohalla, selon la police.",
    # a capital named for its university is still the story's town
    "Des étudiants ont été tués près de l'université de Kinshasa. Des magasins ont été pillés à "
    "Matete Kingabwa, selon des témoins.",
])
def test_a_name_the_gazetteer_lacks_in_a_story_told_in_a_big_city_goes_at_that_city(text: str) -> None:
    found = _approximately_placed(text, 1)
    assert found is not None and found.lat is not None and found.precision == 2
    town = geocode("Karachi" if "Karachi" in text else "Kinshasa")
    assert town is not None and found.lon is not None
    assert distance_km(found.lat, found.lon, town.lat, town.lon) < 1


@pytest.mark.parametrize("text", [
    # a small town: the village may be anywhere around
    "Des jihadistes ont attaqué mardi Djibo, au Burkina Faso. Mercredi, des hommes armés ont tué "
    "cinq personnes dans le village de Tongomayel Peulh, selon la police.",
    # the story has moved on to a province
    "Des affrontements ont éclaté mardi à Kinshasa. Dans la province du Nord-Kivu, des hommes armés "
    "ont tué cinq personnes à Matete Kingabwa, selon des témoins.",
    # measured from elsewhere
    "Des affrontements entre gangs ont éclaté mardi à Karachi, au Pakistan. Mercredi, des hommes "
    "armés ont tué cinq personnes à Pirabad Mohalla, à 40 km de là, selon la police.",
])
def test_a_name_the_gazetteer_lacks_stays_off_the_map_outside_a_big_city_story(text: str) -> None:
    found = _approximately_placed(text, 1)
    assert found is not None and found.lat is None


def test_a_village_the_words_after_do_not_situate_stays_off_the_map() -> None:
    found = _approximately_placed("Les assaillants ont attaqué le village de Kalembo, ont incendié "
                                  "des cases puis ont marché sur Goma.", 0)
    assert found is not None and found.name == "Kalembo"
    assert found.lat is None


def test_a_lower_case_word_with_an_accent_is_no_village() -> None:
    ctx = make_context("Ils accusaient des occupants du camp d'être impliqués dans la mort de quatre "
                       "personnes à Duékoué, en Côte d'Ivoire.")
    found = sentence_location(ctx, 0)
    assert found is not None and found.name == "Duékoué"


def test_a_sentence_naming_only_where_forces_came_from_takes_the_place_before() -> None:
    ctx = make_context("Les talibans ont pris lundi le contrôle de Kunduz, en Afghanistan. Mardi, l'armée "
                       "a lancé une contre-offensive, appuyée par des renforts venus de Kaboul.")
    assert sentence_location(ctx, 1) is None
    found = place_before(ctx, 1)
    assert found is not None and found.name == "Kunduz"


def test_the_party_an_attack_is_imputed_to_is_no_place() -> None:
    ctx = make_context("Un combattant a été tué dimanche par l'explosion d'une moto piégée à Naplouse. "
                       "Le groupe impute cet assassinat à Israël, qui n'a pas réagi.")
    assert sentence_location(ctx, 1) is None
    ctx = make_context("Des frappes attribuées au Pakistan ont visé jeudi soir la ville de Kaboul, en "
                       "Afghanistan.")
    found = sentence_location(ctx, 0)
    assert found is not None and found.name == "Kaboul"


def test_a_situated_unknown_town_may_open_the_sentence() -> None:
    ctx = make_context("À Javanroud, dans la province de Kermanshah, les forces de sécurité ont tiré "
                       "lundi sur la foule, tuant au moins sept personnes.")
    found = sentence_location(ctx, 0, near=90)
    assert found is not None and (found.name, found.precision) == ("Javanroud", 1)


def test_a_sentence_with_no_place_goes_on_in_the_place_before_it_on_either_side_of_a_front() -> None:
    ctx = make_context("Un immeuble s'est effondré dimanche à Belgorod après une frappe. Le bilan s'établit "
                       "à 12 morts. Plus tard, un drone a touché une maison de Belgorod. De l'autre côté de "
                       "la frontière, des combats opposent les deux armées à Vovtchansk. Des obus sont "
                       "tombés sur Koupiansk et sur Kharkiv, où deux civils ont péri.")
    assert main_country(ctx) == "UA"  # most of the story's places
    place = place_before(ctx, 1)
    assert place is not None and place.name == "Belgorod"


def test_a_landmark_after_a_town_near_which_it_happened_only_situates_it() -> None:
    text = "Des drones ont frappé lundi un camp près de Koya, à l'est d'Erbil, tuant trois personnes."
    ctx = make_context(text)
    found = sentence_location(ctx, 0, near=text.index("trois"))
    assert found is not None and found.name == "Koya" and found.precision == 2


def test_a_war_total_of_a_territory_apart_from_its_country_covers_that_territory() -> None:
    ctx = make_context("Une frappe a touché mercredi une école de Deir al-Balah, dans le centre de la "
                       "bande de Gaza. Plus de 30 000 personnes ont été tuées depuis le début de la guerre.")
    found = country_location(ctx)
    assert found is not None and found.name == "Bande de Gaza" and found.precision == 3


def test_a_war_total_of_a_region_with_its_own_insurgency_covers_that_region() -> None:
    ctx = make_context("Des insurgés ont incendié jeudi un village du district de Macomia, dans la province "
                       "de Cabo Delgado, dans le nord du Mozambique. Le conflit a fait plus de 5 000 morts "
                       "depuis 2017.")
    found = total_location(ctx, 1)
    assert found is not None and found.name == "Cabo Delgado" and found.precision == 3


def test_a_lead_without_a_place_is_the_datelines_not_a_town_told_much_later() -> None:
    ctx = make_context("Bamako, 12 mars 2020 – Des manifestants ont jeté des pierres vendredi sur la "
                       "façade de l'Assemblée nationale. La police a répliqué par des gaz lacrymogènes. "
                       "Des dizaines de personnes ont été interpellées. L'opposition appelle à de "
                       "nouveaux rassemblements. Des rassemblements pacifiques ont également eu lieu "
                       "lundi à Gao.")
    found = place_before(ctx, 1)
    assert found is not None and found.name == "Bamako"


def test_a_groups_stronghold_it_came_from_is_no_place_of_the_act() -> None:
    ctx = make_context("Dimanche, les rebelles, venus de leur bastion de Kidal, dans le nord du pays, "
                       "se sont emparés du camp militaire.")
    (kidal,) = [m for m in place_mentions(ctx) if m.place.name == "Kidal"]
    assert kidal.origin


def test_a_part_of_yemen_is_written_du_yemen() -> None:
    ctx = make_context("Les rebelles ont attaqué jeudi un poste de l'armée yéménite dans le nord du pays.")
    found = sentence_location(ctx, 0)
    assert found is not None and found.name == "nord du Yémen"


def test_a_list_of_origins_said_again_stays_origins_at_home() -> None:
    ctx = make_context("Au Nigeria, onze personnes ont été tuées à Jos, pour la plupart des commerçants "
                       "venus de Kano, de Kaduna ou de Sokoto.")
    origins = {m.written for m in place_mentions(ctx) if m.origin}
    assert origins == {"Kano", "Kaduna", "Sokoto"}
    location = sentence_location(ctx, 0)
    assert location is not None and location.name == "Jos"


def test_indonesian_islands_and_papuan_towns_are_known() -> None:
    for name, country in (("Java", "ID"), ("Sumatra", "ID"), ("Sulawesi", "ID"), ("Jayapura", "ID"),
                          ("Wamena", "ID")):
        place = geocode(name, prefer=["ID"])
        assert place is not None and place.country == country and place.curated


def test_where_people_went_is_not_where_it_happened() -> None:
    ctx = make_context("Deux autocars qui ramenaient vers Gao des commerçants ont été attaqués mardi. "
                       "Des dizaines d'habitants ont dû partir pour se réfugier à Tessalit.")
    assert sentence_location(ctx, 0) is None
    assert sentence_location(ctx, 1) is None


def test_camps_and_towns_of_recent_wars_are_known() -> None:
    for name, country in (("Makeen", "PK"), ("Zamzam", "SD"), ("Abou Chouk", "SD")):
        place = geocode(name)
        assert place is not None and place.country == country and place.curated
    faladie, bamako = geocode("Faladié", prefer=["ML"]), geocode("Bamako")
    assert faladie is not None and bamako is not None
    assert distance_km(faladie.lat, faladie.lon, bamako.lat, bamako.lon) < 15  # a district of Bamako


def test_villages_and_bases_of_frontlines_are_known() -> None:
    for name, country in (("Kafr Nabouda", "SY"), ("Foua", "SY"), ("Kafraya", "SY"), ("Alma al-Chaab", "LB"),
                          ("Shtula", "IL"), ("al-Anad", "YE"), ("Mondoro", "ML"), ("Monjane", "MZ"),
                          ("Kumarakapay", "VE"), ("Chauddagram", "BD"), ("Mudende", "RW"),
                          ("Baisaran", "IN")):
        place = geocode(name)
        assert place is not None and place.country == country and place.curated
    bamba, bourem = geocode("Bamba", prefer=["ML"]), geocode("Bourem", prefer=["ML"])
    assert bamba is not None and bourem is not None  # the Bamba of the Niger bend, not the south's
    assert distance_km(bamba.lat, bamba.lon, bourem.lat, bourem.lon) < 120
    ctx = make_context("Dans la nuit, des frappes ont visé Kafr Nabouda, dans le nord de la province de "
                       "Hama.")
    location = sentence_location(ctx, 0)
    assert location is not None and location.name == "Kafr Nabouda"


def test_a_part_of_a_country_where_a_group_is_based_is_not_where_it_struck() -> None:
    ctx = make_context("Le groupe rebelle, basé dans l'est de la République démocratique du Congo, a "
                       "revendiqué l'attaque.")
    parts = [m for m in place_mentions(ctx) if m.part]
    assert parts and all(m.elsewhere for m in parts)
    assert sentence_location(ctx, 0) is None


def test_the_country_of_an_embassy_is_not_where_it_happened() -> None:
    ctx = make_context("Des milliers de protestataires ont érigé des barricades non loin de l'ambassade de "
                       "France, a constaté un journaliste.")
    assert sentence_location(ctx, 0) is None


def test_a_war_named_after_its_country_covers_that_country() -> None:
    ctx = make_context("L'aviation a bombardé lundi la Ghouta orientale. La Ghouta orientale est assiégée "
                       "depuis 2013. Déclenché en 2011, le conflit syrien a fait plus de 340 000 morts.")
    total = total_location(ctx, 2)
    assert total is not None and total.name == "Syrie"
    ctx = make_context("Des missiles ont frappé Kharkiv. La région de Kharkiv est bombardée chaque jour. "
                       "Depuis l'invasion russe, 10 000 civils ont été tués.")
    total = total_location(ctx, 2)
    assert total is None or total.country == "UA"


def test_an_unknown_village_a_road_leads_to_is_not_where_it_happened() -> None:
    ctx = make_context("Au Soudan du Sud, trois chauffeurs ont été abattus mercredi sur la route qui relie "
                       "Rumbek à Wulubwok, à 40 km au sud de la ville.")
    location = sentence_location(ctx, 0)
    assert location is None or location.name != "Wulubwok"


def test_a_province_is_placed_at_its_official_point() -> None:
    # Khuzestan's point is Ahvaz, its seat, as the reference gazetteers give it
    province, seat = geocode("Khouzestan", prefer=["IR"]), geocode("Ahvaz", prefer=["IR"])
    assert province is not None and seat is not None
    assert distance_km(province.lat, province.lon, seat.lat, seat.lon) < 10


def test_a_town_beats_the_province_named_after_another_town() -> None:
    text = ("Dans la région de Kharkiv, un homme de 54 ans a été tué par un drone à Tchouhouïv, a "
            "indiqué le gouverneur.")
    ctx = make_context(text)
    found = sentence_location(ctx, 0), sentence_location(ctx, 0, near=text.index("tué"))
    assert [p.name if p else None for p in found] == ["Tchouhouïv", "Tchouhouïv"]


def test_where_a_source_speaks_from_or_an_envoy_serves_is_not_where_it_happened() -> None:
    ctx = make_context("Des frappes ont visé des positions rebelles près de Kandahar, a indiqué leur "
                       "porte-parole à Kaboul. Deux civils ont péri, selon une source médicale à "
                       "Misrata. L'Irak a rappelé son ambassadeur à Téhéran.")
    flags = {m.written: m.elsewhere for m in place_mentions(ctx)}
    assert {k: flags[k] for k in ("Kandahar", "Kaboul", "Misrata", "Téhéran")} == \
        {"Kandahar": False, "Kaboul": True, "Misrata": True, "Téhéran": True}


def test_where_a_group_comes_from_is_not_where_it_acted() -> None:
    text = ("Des miliciens originaires de Misrata ont ouvert le feu sur des manifestants dans le "
            "quartier de Gharghour, à Tripoli.")
    ctx = make_context(text)
    assert [m.written for m in place_mentions(ctx) if m.origin] == ["Misrata"]
    place = sentence_location(ctx, 0, near=text.index("ouvert"))
    assert place is not None and place.name != "Misrata"


def test_a_town_the_lead_leaves_unnamed_is_the_one_the_next_sentence_names() -> None:
    ctx = make_context("Des drones ont frappé mardi le port et l'aéroport de la principale ville de "
                       "l'est du Soudan, selon des témoins. À Port-Soudan, d'épaisses colonnes de fumée "
                       "s'élevaient dans la matinée.")
    place = sentence_location(ctx, 0)
    assert place is not None and (place.name, place.precision) == ("Port-Soudan", 1)
    ctx = make_context("Des drones ont frappé mardi des positions dans l'est du Soudan, selon des "
                       "témoins. À Port-Soudan, d'épaisses colonnes de fumée s'élevaient.")
    place = sentence_location(ctx, 0)
    assert place is not None and place.precision == 3


@pytest.mark.parametrize("lead", [
    "Douze civils ont été tués samedi dans deux villages de l'est du Soudan, selon des témoins.",
    "Des rebelles ont incendié samedi un camp de déplacés de l'est du Soudan, selon des témoins.",
])
def test_unnamed_towns_or_a_camp_of_the_lead_are_the_one_the_next_sentence_names(lead: str) -> None:
    ctx = make_context(lead + " Les assaillants sont entrés à Kassala avant l'aube.")
    place = sentence_location(ctx, 0)
    assert place is not None and (place.name, place.precision) == ("Kassala", 1)


def test_an_incident_told_after_a_countrys_toll_is_the_single_towns_of_the_story() -> None:
    ctx = make_context("Au moins douze personnes ont été tuées au Togo depuis jeudi. Les gendarmes ont "
                       "tiré des grenades lacrymogènes sur les manifestants. Lundi, de nouveaux "
                       "rassemblements ont eu lieu à Lomé.")
    found = place_before(ctx, 1), place_before(ctx, 1, town=True)
    assert [p.name if p else None for p in found] == ["Togo", "Lomé"]
    ctx = make_context("Au moins douze personnes ont été tuées au Togo depuis jeudi. Les gendarmes ont "
                       "tiré des grenades lacrymogènes. Des rassemblements ont eu lieu à Lomé et à "
                       "Sokodé.")
    found = place_before(ctx, 1, town=True)
    assert found is not None and found.name == "Togo"


def test_the_capital_of_a_story_told_before_it_moved_is_the_former_one() -> None:
    text = "Des heurts ont éclaté au Burundi. La police a dispersé lundi des manifestants dans la capitale."
    before, after = (sentence_location(make_context(text, published=day), 1)
                     for day in (date(2015, 4, 27), date(2023, 4, 27)))
    assert [p.name if p else None for p in (before, after)] == ["Bujumbura", "Gitega"]


def test_a_war_named_after_a_region_places_its_toll_there() -> None:
    text = "La guerre au Darfour, déclenchée en 2003, a fait quelque 300 000 morts, selon l'ONU."
    ctx = make_context(text)
    assert [m.written for m in place_mentions(ctx)] == ["Darfour"]
    found = total_location(ctx, 0, text.index("300"))
    assert found is not None and found.name == "Darfour"


def test_the_neighbour_a_border_area_is_told_by_is_not_where_it_happened() -> None:
    ctx = make_context("L'armée a mené des raids dans la région somalienne de Gedo, frontalière du "
                       "Kenya. Des roquettes se sont abattues sur la ville frontalière de Rafah.")
    flags = {m.written: m.elsewhere for m in place_mentions(ctx) if m.written in ("Kenya", "Rafah")}
    assert flags == {"Kenya": True, "Rafah": False}


def test_the_lake_province_of_chad_is_named_by_its_capitalised_word() -> None:
    ctx = make_context("L'armée tchadienne a repoussé lundi une attaque de Boko Haram dans la province "
                       "du Lac.")
    found = sentence_location(ctx, 0)
    assert found is not None and (found.country, found.precision) == ("TD", 3)


def test_a_town_someone_went_back_to_is_not_where_it_happened() -> None:
    ctx = make_context("Des soldats ont été tués lundi à Diffa. Le ministre, venu sur place, a regagné "
                       "Niamey mardi.")
    assert sentence_location(ctx, 1) is None


def test_a_country_someone_came_back_from_is_not_where_it_happened() -> None:
    ctx = make_context("Des manifestants ont bloqué jeudi l'aéroport, où le Premier ministre rentrait "
                       "d'un sommet en Argentine.")
    found = sentence_location(ctx, 0)
    assert found is None or found.country != "AR"


def test_an_aircraft_model_is_no_town() -> None:
    ctx = make_context("Dix-huit soldats américains ont été tués dimanche à Mogadiscio après que deux "
                       "hélicoptères Black Hawk eurent été abattus par des miliciens somaliens.")
    assert all(m.place.country != "US" for m in place_mentions(ctx))


def test_the_cul_de_sac_plain_of_haiti_is_a_place() -> None:
    ctx = make_context("Des gangs rivaux se disputent depuis avril la plaine du Cul-de-Sac, où douze "
                       "habitants ont été tués samedi.")
    found = sentence_location(ctx, 0)
    assert found is not None and (found.name, found.country, found.precision) == \
        ("Plaine du Cul-de-Sac", "HT", 2)


def test_a_recent_toll_is_the_part_of_the_country_the_lead_frames_the_story_in() -> None:
    from bilan.extract.places import country_location
    story = ("Des frappes ont visé jeudi des dépôts de carburant {} Selon les secours, six civils ont "
             "été tués depuis mardi. Un drone a frappé Konotop mercredi, et un obus est tombé sur "
             "Chostka. La Russie dément viser des civils en Ukraine.")
    ctx = make_context(story.format("dans le nord-est de l'Ukraine."))
    recent = country_location(ctx, recent=True)
    assert recent is not None and recent.name == "nord-est de l'Ukraine"
    # a part that only says where the town just named lies frames nothing
    ctx = make_context(story.format("à Okhtyrka, dans le nord-est de l'Ukraine."))
    recent = country_location(ctx, recent=True)
    assert recent is not None and recent.name == "Ukraine"


def test_a_name_the_model_takes_for_a_person_is_the_place_of_a_thing_at_it() -> None:
    ctx = make_context("Au Soudan du Sud, les violences continuent. Jeudi, plusieurs centaines de jeunes "
                       "armés ont pris d'assaut la base de l'ONU à Waat, dans le même État, tuant deux "
                       "soldats.")
    place = sentence_location(ctx, 1)
    assert place is not None and place.name == "Waat"
    # the surname of a person the article names in full is that person
    ctx = make_context("Au Soudan du Sud, les violences continuent. Le président Salva Kiir a rendu un "
                       "hommage à Kiir.")
    assert sentence_location(ctx, 1) is None


def test_the_same_town_is_the_storys_town_told_before() -> None:
    ctx = make_context("Des hommes armés ont enlevé samedi douze ouvriers à Croix-des-Bouquets, en Haïti. "
                       "Le même gang avait enlevé en mars dans la même commune sept religieux.")
    place = sentence_location(ctx, 1)
    assert place is not None and place.name == "Croix-des-Bouquets"
    # a capital of the other side named in between is no town of the story
    ctx = make_context("Un missile a frappé vendredi Kryvyï Rih, dans le centre de l'Ukraine, tuant six "
                       "civils. Le ministère de la Défense, à Moscou, affirme avoir visé des officiers. "
                       "Dans la nuit, des drones ont encore visé la même ville.")
    place = sentence_location(ctx, 2)
    assert place is not None and place.name == "Kryvyï Rih"


def test_an_organisation_named_with_its_article_is_no_hamlet_of_that_name() -> None:
    # GeoNames knows a "La Croix-Rouge" near Marseille; France is named, yet the Red Cross speaks
    ctx = make_context("Les combats ont repris à Bunia, en Ituri, malgré le déploiement d'une force "
                       "menée par la France. La Croix-Rouge locale affirme avoir inhumé 400 corps.")
    assert "La Croix-Rouge" not in [m.place.name for m in place_mentions(ctx)]


def test_this_town_is_the_town_told_not_the_one_its_distance_is_measured_from() -> None:
    ctx = make_context("Deux manifestants ont été tués jeudi à Atbara, à quelque 300 km au nord de "
                       "Khartoum. Dans cette ville ouvrière, des jeunes ont incendié le siège du parti.")
    place = sentence_location(ctx, 1)
    assert place is not None and place.name == "Atbara"


@pytest.mark.parametrize("text", [
    "Des combats ont éclaté jeudi à Aden. Jusqu'à 40 personnes ont été tuées depuis jeudi, a indiqué "
    "dimanche la coordinatrice humanitaire de l'ONU pour le Yémen, Lise Grande.",
    "Les jihadistes se sont emparés de Ramadi. « Quelque 500 personnes ont été tuées depuis vendredi », a "
    "déclaré lundi Mouhannad Haimour, porte-parole du gouverneur d'Anbar.",
])
def test_an_area_a_source_title_names_is_not_where_the_figures_are(text: str) -> None:
    """"la coordinatrice de l'ONU pour le Yémen": the source's remit, not the place of its figures."""
    ctx = make_context(text)
    found = sentence_location(ctx, 1)
    assert found is None or found.precision < 3


def test_an_area_told_as_a_place_or_a_province_after_a_source_stays_the_place() -> None:
    ctx = make_context("Selon l'OSDH, trois civils ont été tués en Syrie.")
    found = sentence_location(ctx, 0)
    assert found is not None and found.name == "Syrie"
    ctx = make_context("Trente-six jihadistes ont été tués, a indiqué le porte-parole du gouverneur de la "
                       "province de Nangarhar.")
    found = sentence_location(ctx, 0)
    assert found is not None and found.name == "Nangarhar"


def test_people_fled_from_a_place_attacked_are_elsewhere_where_they_took_refuge() -> None:
    """"des hameaux visés ont trouvé refuge à Ouahigouya": "visés" makes no target of where they
    went; only a building an attack names is its place ("l'attaque contre un hôpital de Kaboul")."""
    ctx = make_context("Des hommes armés ont tué mercredi 43 civils à Barga. Près de 2 000 habitants "
                       "des hameaux visés ont trouvé refuge à Ouahigouya.")
    assert only(ctx, "Ouahigouya").elsewhere
    ctx = make_context("Des hommes armés ont mené mardi une attaque contre la maternité d'un hôpital "
                       "de Kaboul.")
    assert not only(ctx, "Kaboul").elsewhere


def test_a_war_toll_of_violences_a_town_is_the_theatre_of_is_that_towns() -> None:
    text = ("Une frappe aérienne a touché dimanche Mourzouq, dans le sud de la Libye. Mourzouq est le "
            "théâtre depuis février de violences qui ont fait plus de 90 morts.")
    ctx = make_context(text)
    total = total_location(ctx, 1, near=text.index("90"))
    assert total is not None and total.name == "Mourzouq"


def test_a_running_total_of_those_who_fled_the_zone_is_the_town_told_last() -> None:
    ctx = make_context("Des gangs s'affrontent depuis une semaine à Cité Soleil, en Haïti. Selon l'OIM, plus "
                       "de 3 000 habitants ont fui la zone depuis le début des affrontements.")
    total = total_location(ctx, 1)
    assert total is not None and total.name == "Cité Soleil"


@pytest.mark.parametrize("text, town", [
    ("Un an après la bataille de Marawi, qui avait fait plus de 1 100 morts, l'armée reste "
     "déployée dans l'archipel de Sulu.", "Marawi"),
    ("La Russie n'avait pas connu pareil carnage depuis la prise d'otages de l'école de Beslan, en "
     "septembre 2004, où 334 otages avaient trouvé la mort.", "Beslan"),
])
def test_a_town_an_event_of_common_words_is_named_after_is_a_place(text: str, town: str) -> None:
    """spaCy tags "la bataille de Marawi" or "la prise d'otages de l'école de Beslan" as a name of
    its own: common words before the town, which is where the figures told of it are."""
    ctx = make_context(text)
    assert only(ctx, town).place.country in ("PH", "RU")
    figure = text.index("1 100" if town == "Marawi" else "334")
    found = sentence_location(ctx, 0, near=figure, figure=True)
    assert found is not None and found.name == town


def test_a_name_after_an_elided_article_is_no_town_of_the_gazetteer() -> None:
    """"À la demande de l'Alliance": a common noun written large (the Northern Alliance), not the
    American town of Alliance; a town keeps its name without an article."""
    ctx = make_context("À la demande de l'Alliance, des avions américains ont bombardé lundi la "
                       "forteresse de Qala-i-Jangi, près de Mazar-i-Charif, en Afghanistan.")
    assert "Alliance" not in [m.span.text_of(ctx.text) for m in place_mentions(ctx)]
    ctx = make_context("Des combats ont éclaté lundi à Alliance, dans l'Ohio.")
    assert only(ctx, "Alliance").place.country == "US"


def test_districts_and_regions_of_the_conflict_news_are_known() -> None:
    for name, country in (("Nord-Waziristan", "PK"), ("Bajaur", "PK"), ("Swat", "PK"),
                          ("Mir Ali", "PK"), ("Siounik", "AM"), ("Tavouch", "AM"), ("Yumbi", "CD"),
                          ("Lanao del Norte", "PH"), ("Qala-i-Jangi", "AF"), ("Oudalan", "BF")):
        place = geocode(name)
        assert place is not None and place.curated and place.country == country, name
    ctx = make_context("L'armée pakistanaise a lancé une offensive dans la vallée de Swat. Des "
                       "combats ont aussi eu lieu au Nord-Waziristan.")
    swat, waziristan = sentence_location(ctx, 0), sentence_location(ctx, 1)
    assert swat is not None and (swat.name, swat.country) == ("Swat", "PK")
    assert waziristan is not None and (waziristan.name, waziristan.country) == ("Nord-Waziristan", "PK")


def test_an_area_named_with_lower_case_words_before_a_name() -> None:
    ctx = make_context("Au moins 17 personnes ont été tuées dimanche dans les deux régions anglophones "
                       "du Cameroun. Une frappe a visé un immeuble de la banlieue sud de Beyrouth.")
    names = [m.place.name for m in place_mentions(ctx)]
    assert "Cameroun anglophone" in names and "Cameroun" not in names
    assert "Beyrouth" in names and "Dahiyeh" not in names  # a town's name reaches less far back


def test_the_country_an_organisation_is_based_in_is_not_where_its_figures_are() -> None:
    ctx = make_context("Des frappes ont visé samedi le port de Tartous. L'ONG, basée au Royaume-Uni, "
                       "recense 60 morts depuis jeudi.")
    found = sentence_location(ctx, 1)
    assert found is None or found.country != "GB"


def test_in_the_town_with_no_name_is_the_town_told_last() -> None:
    ctx = make_context("Des combats ont opposé lundi l'armée à des miliciens à Bambari. L'ONG, qui "
                       "dispose de sources en Centrafrique, accuse des soldats d'avoir exécuté "
                       "douze civils mardi dans la ville.")
    found = sentence_location(ctx, 1)
    assert found is not None and found.name == "Bambari"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Des jihadistes ont tué douze civils lundi dans la province du Soum.", "Soum", "BF"),
    ("Six gendarmes ont été tués dans une embuscade dans la province de la Kompienga.", "Kompienga", "BF"),
    ("Des séparatistes ont enlevé dix élèves dans le département du Boyo.", "Boyo", "CM"),
    ("Des insurgés ont attaqué dimanche le district de Muidumbe.", "Muidumbe", "MZ"),
    ("Des hommes armés ont tué huit civils jeudi à Kamanyola.", "Kamanyola", "CD"),
    ("Des drones ont frappé samedi la préfecture de Kpendjal.", "Kpendjal", "TG"),
    ("Des assaillants ont attaqué vendredi l'état-major à Koulouba, au cœur de Ouagadougou.", "Koulouba",
     "BF"),
    ("Des mutins ont pris d'assaut le palais de Koulouba, à Bamako.", "Koulouba", "ML"),
    ("Des rebelles ont pris mardi le poste-frontière de Chinshwehaw.", "Chinshwehaw", "MM"),
    ("Des hommes armés ont enlevé lundi trois infirmiers à Mayendit.", "Mayendit", "SS"),
    ("Un convoi a sauté sur une mine mercredi près de Boungou.", "Boungou", "BF"),
    ("Des ravisseurs ont intercepté un véhicule près du village de Dabanga.", "Dabanga", "CM"),
    ("Des obus sont tombés samedi sur Jabal-us-Saraj.", "Jabal-us-Saraj", "AF"),
    ("Les deux armées ont échangé des tirs mardi sur la Ligne de contrôle.", "Ligne de contrôle", "IN"),
    ("L'armée a pris dimanche le Camp Abubakar, selon un général.", "Camp Abubakar", "PH"),
])
def test_provinces_districts_and_towns_of_conflict_countries_are_known(text: str, name: str,
                                                                       country: str) -> None:
    found = sentence_location(make_context(text), 0)
    assert found is not None and (found.name, found.country) == (name, country)


def test_where_a_sources_informants_are_is_not_where_its_figures_are() -> None:
    ctx = make_context("Des barils d'explosifs ont frappé samedi Douma. L'ONG, qui dispose d'un vaste "
                       "réseau de sources en Syrie, a recensé au moins 30 morts.")
    assert all(m.elsewhere for m in place_mentions(ctx) if m.place.name == "Syrie")
    ctx = make_context("Des barils d'explosifs ont frappé samedi Douma. L'ONG, qui s'appuie sur un "
                       "réseau de militants dans tout le pays, a recensé au moins 30 morts depuis samedi.")
    found = total_location(ctx, 1)
    assert found is None or found.name != "Syrie"


def test_an_unnamed_town_of_a_story_filed_from_a_provincial_town_is_that_town() -> None:
    ctx = make_context("Maiduguri (Nigeria), 3 mars 2015 – Au moins 30 personnes ont été tuées samedi "
                       "dans un attentat au coeur de la plus grande ville du nord-est du Nigeria.")
    found = sentence_location(ctx, 1)
    assert found is not None and found.name == "Maiduguri"
    ctx = make_context("Abuja, 3 mars 2015 – Au moins 30 personnes ont été tuées samedi dans un "
                       "attentat au coeur de la plus grande ville du nord-est du Nigeria.")
    found = sentence_location(ctx, 1)
    assert found is None or found.name != "Abuja"


def test_the_capital_alone_is_the_capital() -> None:
    ctx = make_context("Rumbek, 20 déc. 2013 – Les violences qui secouent le Soudan du Sud depuis dimanche "
                       "ont fait au moins 300 morts dans la seule capitale, selon l'ONU.")
    found = sentence_location(ctx, 1)
    assert found is not None and (found.country, found.precision) == ("SS", 1)


def test_a_figure_told_in_many_places_of_the_country_is_the_countrys() -> None:
    ctx = make_context("Des heurts ont éclaté à Cusco. Au moins 40 personnes ont été tuées samedi dans "
                       "une trentaine de localités du pays, selon une ONG.")
    place = sentence_location(ctx, 1, figure=True)
    assert place is not None and (place.country, place.precision) == ("PE", 3)


def test_a_figure_after_tandis_que_is_of_the_town_its_own_clause_names() -> None:
    text = ("Quelque 3 000 habitants avaient quitté Alep lundi, tandis que 1 200 autres, surtout des "
            "femmes, étaient évacués de Homs.")
    ctx = make_context(text)
    location = sentence_location(ctx, 0, near=text.index("1 200"), figure=True)
    assert location is not None and location.name == "Homs"
    location = sentence_location(ctx, 0, near=text.index("3 000"), figure=True)
    assert location is not None and location.name == "Alep"


def test_the_far_north_of_a_country_written_in_two_words_is_a_part_of_it() -> None:
    ctx = make_context("Des hommes armés ont attaqué mardi une petite ville de l'extrême nord du Niger.")
    parts = [m for m in place_mentions(ctx) if m.part]
    assert parts and parts[0].place.country == "NE" and parts[0].place.kind == "region"


def test_where_a_vehicle_came_from_is_not_where_it_was_attacked() -> None:
    ctx = make_context("Le camion, qui venait de Gao, a été incendié près de Tessit. Les autocars venant "
                       "de Kidal ont été arrêtés.")
    origins = {m.written for m in place_mentions(ctx) if m.origin}
    assert origins == {"Gao", "Kidal"}


def test_incident_said_in_the_province_or_district_is_the_one_named_last() -> None:
    # "dans la province", "dans ce district" with no name after: the area named last, even in a
    # source's title; the sentence names no place of its own
    ctx = make_context("Lahore, 10 mai 2023 – Des violences ont éclaté à Karachi. La police du Pendjab "
                       "a annoncé mercredi avoir arrêté 945 personnes dans la province.")
    found = sentence_location(ctx, len(ctx.sentences) - 1)
    assert found is not None and found.name == "Pendjab"
    ctx = make_context("Dans la zone tribale de Bajaur, 25 insurgés ont été tués. Selon l'armée, plus de "
                       "1 000 combattants ont été tués dans ce district depuis août.")
    found = sentence_location(ctx, 1)
    assert found is not None and found.name == "Bajaur"
    ctx = make_context("Des combats ont eu lieu dans la province de Kandahar. Un porte-parole de l'armée "
                       "dans la région a affirmé que trois soldats avaient été tués.")
    assert sentence_location(ctx, 1) is None


def test_a_sea_or_a_strait_is_where_a_ship_was_hit_but_no_countrys_ground() -> None:
    ctx = make_context("Dubaï, 1er sept. 2025 – Les rebelles houthis ont attaqué Sanaa. Dimanche, ils "
                       "ont tiré un missile sur un pétrolier en mer Rouge. Le 6 mars, un missile avait "
                       "tué trois marins dans le golfe d'Aden. Un cargo a été saisi dans le détroit "
                       "d'Ormuz.", published=date(2025, 9, 1))
    seas = [sentence_location(ctx, i) for i in (2, 3, 4)]
    assert [(s.name, s.precision) if s else None for s in seas] == [
        ("mer Rouge", 3), ("golfe d'Aden", 3), ("détroit d'Ormuz", 3)]
    # a port on the sea stays the town; a sea's country casts no vote for the story's country
    port = make_context("Port-Soudan, 3 mai 2025 – Des drones ont frappé le port de Port-Soudan, sur "
                        "la mer Rouge. La mer Rouge, la mer Rouge et la mer Rouge sont calmes.",
                        published=date(2025, 5, 3))
    town = sentence_location(port, 0)
    assert town is not None and town.name == "Port-Soudan"
    assert main_country(port) == "SD"


def test_a_town_opening_a_sentence_before_a_source_that_reports_is_where_it_speaks() -> None:
    ctx = make_context("Des combats ont opposé jeudi les forces de sécurité à un commando dans le centre "
                       "de Grozny. À Moscou, le Comité national antiterroriste a annoncé que dix "
                       "policiers avaient été tués. À Kaboul, le porte-parole du gouvernement, Zabihullah "
                       "Mujahid, a de son côté fait état de 58 soldats tués.")
    assert sentence_location(ctx, 1) is None
    assert sentence_location(ctx, 2) is None
    assert place_before(ctx, 1) is not None and place_before(ctx, 1).name == "Grozny"  # type: ignore[union-attr]
    # the first verb after the comma tells what happened there
    ctx = make_context("À Gao, dix soldats ont été tués jeudi, a annoncé l'armée.")
    found = sentence_location(ctx, 0)
    assert found is not None and found.name == "Gao"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("À Tangmarg, des manifestants ont mis le feu à une école.", "Tangmarg", "IN"),
    ("Les shebab ont attaqué lundi la base aérienne de Baledogle, en Somalie.", "Baledogle", "SO"),
    ("Deux kamikazes se sont fait exploser samedi à Baga Sola, au Tchad.", "Baga Sola", "TD"),
    ("L'armée a bombardé le camp palestinien de Nahr el-Bared, au Liban.", "Nahr al-Bared", "LB"),
    ("Des heurts ont fait deux morts à Kobo, dans le nord de l'Éthiopie.", "Kobo", "ET"),
])
def test_villages_camps_and_bases_of_conflict_news_are_on_the_map(text: str, name: str, country: str) -> None:
    found = sentence_location(make_context(text), 0)
    assert found is not None and (found.name, found.country) == (name, country)
    assert found.lat is not None and found.precision == 1


def test_a_town_listed_with_its_link_said_again_after_a_hospital_town_is_one_too() -> None:
    ctx = make_context("Une mine a détruit un bus près de Madi mardi. Plus de 70 blessés ont été transportés "
                       "vers les hôpitaux de Bharatpur et de Katmandou, certains par hélicoptère.")
    assert sentence_location(ctx, 1) is None


def test_the_country_people_fled_into_is_not_where_they_were() -> None:
    ctx = make_context("Dans la région de Sédhiou, l'armée a lancé une offensive qui a poussé plus de 6 000 "
                       "personnes à se réfugier en Gambie.")
    assert all(m.elsewhere for m in place_mentions(ctx) if m.written == "Gambie")


def test_the_far_north_of_a_country_is_not_its_north() -> None:
    # Cameroon's Far North region is named like a direction of its North region
    ctx = make_context("Des jihadistes ont attaqué dimanche une commune insulaire de l'extrême nord du "
                       "Cameroun.")
    found = sentence_location(ctx, 0)
    assert found is not None and (found.name, found.precision) == ("Extrême-Nord", 3)


def test_the_capital_in_apposition_to_a_town_is_that_town_not_the_country_s_capital() -> None:
    ctx = make_context("Les violences ont éclaté sur la route reliant Kirkouk à Erbil, la capitale du "
                       "Kurdistan autonome, selon des témoins.")
    found = sentence_location(ctx, 0)
    assert found is None or found.name != "Bagdad"
    ctx = make_context("Des combats ont éclaté samedi dans le nord de l'Irak. Des tirs ont été entendus "
                       "dimanche dans la capitale.")
    found = sentence_location(ctx, 1)
    assert found is not None and found.name == "Bagdad"


def test_a_capital_that_holds_an_area_is_its_government_not_a_place() -> None:
    ctx = make_context("Les secouristes, qui opèrent dans les zones échappant au contrôle de Damas, ont "
                       "fait état de trente blessés.")
    found = sentence_location(ctx, 0)
    assert found is None or found.name != "Damas"
    ctx = make_context("Les rebelles ont pris jeudi le contrôle de Kidal, selon des élus.")
    found = sentence_location(ctx, 0)
    assert found is not None and found.name == "Kidal"


def test_a_french_transliteration_finds_the_town_geonames_spells_the_english_way() -> None:
    ctx = make_context("Des tirs d'artillerie ont tué trois civils mardi à Boudennovsk, dans le sud de la "
                       "Russie, selon les autorités russes.")
    found = sentence_location(ctx, 0)
    assert found is not None and (found.name, found.country) == ("Boudennovsk", "RU")
    assert found.lat is not None and found.precision == 1
    # only a town of the article's countries: a respelling may hit a village anywhere
    ctx = make_context("Au Mali, des jihadistes ont tué trois civils mardi à Doroud, selon des élus.")
    found = sentence_location(ctx, 0)
    assert found is None or found.country != "IR"
