from datetime import date

import pytest

from bilan.extract.casualties import extract_casualties
from bilan.extract.triggers import about_conflict
from conftest import make_context


def statements(text: str, published: date = date(2020, 3, 14)):  # type: ignore[no-untyped-def]
    return extract_casualties(make_context(text, published))


def test_figure_noun_and_outcome() -> None:
    (s,) = statements("Au moins douze soldats ont été tués jeudi dans une embuscade.")
    assert (s.outcome, s.quantity.value, s.quantity.qualifier, s.victims, s.scope) == (
        "killed",
        12,
        "at_least",
        "soldiers",
        "incident",
    )


def test_outcome_verb_before_the_figure() -> None:
    (s,) = statements("Les assaillants ont ouvert le feu, tuant une trentaine de villageois.")
    assert (s.outcome, s.quantity.value, s.victims) == ("killed", 30, "civilians")


def test_outcome_noun_after_the_figure() -> None:
    found = statements("L'explosion a fait 7 morts et 23 blessés, selon la police.")
    assert [(s.outcome, s.quantity.value, s.victims) for s in found] == [
        ("killed", 7, "people"),
        ("injured", 23, "people"),
    ]
    assert all(s.source is not None and s.source.name == "police" for s in found)


def test_subset_takes_parent_outcome_and_points_at_it() -> None:
    parent, child = statements("Quelque 80 civils, dont 11 femmes, ont été enlevés mardi.")
    assert (parent.outcome, child.outcome) == ("abducted", "abducted")
    assert child.subset_of == parent.id and child.victims == "women"
    assert child.quantity.qualifier == "exact"


def test_running_total_is_cumulative_with_its_period() -> None:
    (s,) = statements("Depuis le 15 janvier, plus de 1 200 personnes ont été déplacées, d'après l'ONU.")
    assert (s.outcome, s.quantity.value, s.scope, s.quantity.qualifier) == (
        "displaced",
        1200,
        "cumulative",
        "more_than",
    )
    assert s.period is not None and s.period.start == date(2020, 1, 15)
    assert s.source is not None and s.source.name == "ONU"


def test_a_figure_over_a_written_span_of_days_is_a_running_total_over_that_span() -> None:
    (total,) = statements("La commission a recensé 55 morts entre le 31 octobre et le 10 novembre dans "
                          "le pays.", date(2020, 11, 11))
    assert total.scope == "cumulative" and total.period is not None
    assert (total.period.start, total.period.end) == (date(2020, 10, 31), date(2020, 11, 10))
    (incident,) = statements("Six personnes ont été tuées lundi et mardi à M'Batto lors d'affrontements "
                             "entre jeunes de communautés rivales.", date(2020, 11, 11))
    assert incident.scope == "incident"

def test_figures_that_count_no_people_are_ignored() -> None:
    assert statements("Le 12 mars, 85% des quartiers étaient tenus par l'armée, à 30 km.") == ()


def test_source_of_previous_sentence_carries_to_a_continuation() -> None:
    _, second = statements("Selon l'OSDH, 40 combattants ont été tués. Au moins 9 civils l'ont été aussi.")
    assert second.outcome == "killed"
    assert second.source is not None and second.source.name == "OSDH"


def test_evidence_is_the_sentence_and_the_figure_has_offsets() -> None:
    text = "Le marché a été bombardé. Trois enfants ont été blessés."
    (s,) = statements(text)
    assert s.evidence[0].text_of(text) == "Trois enfants ont été blessés."
    assert s.quantity.span.text_of(text) == "Trois"


def test_sibling_subsets_share_their_parent() -> None:
    parent, women, children = statements(
        "Les rebelles ont tué au moins 131 civils, dont 17 femmes et 12 enfants."
    )
    assert women.subset_of == parent.id and children.subset_of == parent.id


def test_a_subset_with_its_own_outcome_is_not_a_sibling() -> None:
    found = statements(
        "Soixante-quinze personnes ont été blessées, parmi lesquelles 14 enfants, "
        "et entre 30 et 40 habitants restaient portés disparus."
    )
    missing = found[-1]
    assert (missing.outcome, missing.quantity.value, missing.quantity.high) == ("missing", 30, 40)
    assert missing.subset_of is None


def test_large_displacement_without_marker_is_cumulative() -> None:
    (s,) = statements("Plus de 400 000 personnes ont été chassées de chez elles, selon le HCR.")
    assert (s.outcome, s.scope) == ("displaced", "cumulative")


def test_large_displacement_is_cumulative_though_an_offensive_dated_by_its_month_caused_it() -> None:
    (s,) = statements("L'offensive lancée en décembre par le régime a provoqué l'exode de près de "
                      "950 000 personnes, selon l'ONU.")
    assert (s.outcome, s.scope) == ("displaced", "cumulative")


def test_a_total_marker_after_an_apposition_on_the_figure_makes_a_running_total() -> None:
    found = statements("Selon la télévision d'État, 41 personnes, parmi lesquelles des membres des "
                       "forces de l'ordre, ont été tuées depuis le début des troubles.")
    assert [(s.quantity.value, s.scope) for s in found] == [(41, "cumulative")]
    (s,) = statements("Plus de 250 personnes ont été tuées et quelque 60 000 ont dû quitter leur "
                      "foyer depuis le début des violences.")[:1]
    assert s.scope == "cumulative"  # the marker starts within reach of the figure


def test_words_naming_the_source_are_no_apposition_that_reaches_a_later_total() -> None:
    found = statements("Ce seul assaut a fait au moins 35 morts, selon le comité de médecins, qui "
                       "recense en outre plus de 500 blessés depuis lundi.")
    assert [(s.quantity.value, s.scope) for s in found] == [(35, "incident"), (500, "cumulative")]


def test_others_take_the_victims_before() -> None:
    _, second = statements("Trente-cinq civils ont été tués et 37 autres blessés lundi.")
    assert (second.outcome, second.victims) == ("injured", "civilians")


def test_vague_amounts_give_no_statement() -> None:
    assert statements("Les violences ont fait plusieurs centaines de morts depuis 2015.") == ()


def test_partitive_figure_is_a_subset() -> None:
    total, part = statements(
        "Au moins 22 personnes ont été tuées mardi. Dix-neuf des victimes ont péri à Nairobi."
    )
    assert part.subset_of == total.id and part.outcome == "killed"


def test_several_word_victim_names() -> None:
    total, police = statements(
        "Une cinquantaine de personnes ont été tuées jeudi. Une dizaine de "
        "membres des forces de l'ordre figurent parmi les victimes."
    )
    assert (police.quantity.value, police.victims, police.subset_of) == (10, "police", total.id)


def test_articles_count_only_people_with_their_own_outcome() -> None:
    found = statements(
        "Un casque bleu a été tué et un autre blessé dans les combats. "
        "Un des véhicules a explosé, dont une aile a brûlé. "
        "Un membre du conseil évoquait 17 morts."
    )
    assert [(s.outcome, s.quantity.value, s.victims) for s in found] == [
        ("killed", 1, "soldiers"),
        ("injured", 1, "soldiers"),
        ("killed", 17, "people"),
    ]


def test_figure_after_the_count_it_gives() -> None:
    (s,) = statements("Selon la police, le nombre de morts est passé à 31 dans la soirée.")
    assert (s.outcome, s.quantity.value, s.victims) == ("killed", 31, "people")
    assert s.source is not None and s.source.name == "police"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'attaque a fait au moins 12 morts et 20 blessés, selon un bilan officiel.",
            [("killed", 12), ("injured", 20)],
        ),
        (
            "Douze personnes, dont trois enfants, ont péri dans l'incendie provoqué par une frappe.",
            [("killed", 12), ("killed", 3)],
        ),
        (
            "Trois soldats ont trouvé la mort et cinq autres ont été blessés lors de l'embuscade.",
            [("killed", 3), ("injured", 5)],
        ),
        ("Au total, 45 personnes ont été tuées depuis lundi.", [("killed", 45)]),
        ("Un millier de personnes ont fui leurs villages.", [("displaced", 1000)]),
        ("Les combats ont fait une dizaine de victimes civiles.", [("killed", 10)]),
        ("Le raid a coûté la vie à 14 personnes.", [("killed", 14)]),
        ("Bilan : 8 morts.", [("killed", 8)]),
        ("Quelque 2 000 familles ont été déplacées.", [("displaced", 2000)]),
        ("Un journaliste a été tué dimanche.", [("killed", 1)]),
        ("Les forces de l'ordre ont interpellé 37 personnes.", [("arrested", 37)]),
        ("La police a placé en détention près de 400 étudiants.", [("arrested", 400)]),
        ("Les assaillants ont enlevé une quarantaine de fidèles.", [("abducted", 40)]),
        ("On dénombre 150 disparus.", [("missing", 150)]),
        (
            "Les affrontements ont fait 6 morts côté militaire et 14 parmi les assaillants.",
            [("killed", 6), ("killed", 14)],
        ),
        ("Sept policiers ont succombé à leurs blessures.", [("killed", 7)]),
        ("L'explosion a blessé 23 personnes.", [("injured", 23)]),
        ("Plus de 3 000 habitants sont pris au piège dans la ville assiégée.", [("besieged", 3000)]),
    ],
)
def test_common_phrasings(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(s.outcome, s.quantity.value) for s in statements(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une centaine d'assaillants ont attaqué le village, tuant 30 civils.", [("killed", 30)]),
        ("Quelque 200 combattants ont lancé l'assaut, faisant 12 morts.", [("killed", 12)]),
        ("Le camp accueille 30 000 personnes.", []),
        ("Trois mille manifestants ont défilé dans le calme.", []),
        ("12 soldats et 3 civils ont été tués.", [("killed", 12), ("killed", 3)]),
        (
            "Les 600 habitants du village ont été évacués après l'attaque qui a fait 4 morts.",
            [("displaced", 600), ("killed", 4)],
        ),
        ("Près de 500 policiers ont été déployés pour sécuriser le scrutin.", []),
        ("L'armée affirme avoir neutralisé 25 terroristes.", [("killed", 25)]),
    ],
)
def test_outcomes_belong_to_the_right_figure(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(s.outcome, s.quantity.value) for s in statements(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon un décompte de l'AFP, 42 soldats ont été tués depuis janvier.",
            ("killed", 42, "soldiers", "cumulative", "AFP"),
        ),
        (
            "Douze militaires ont péri, a annoncé l'état-major dans un communiqué.",
            ("killed", 12, "soldiers", "incident", "état-major"),
        ),
        (
            "« Nous avons perdu huit hommes », a déclaré le maire de la commune.",
            ("killed", 8, "people", "incident", "maire de la commune"),
        ),
        (
            "Quatre humanitaires ont été enlevés lundi, a-t-on appris auprès de l'ONG.",
            ("abducted", 4, "aid_workers", "incident", "ONG"),
        ),
        (
            "D'après des témoins, 15 manifestants ont été blessés par balles.",
            ("injured", 15, "people", "incident", "témoins"),
        ),
        (
            "Trois casques bleus ont été blessés, a indiqué la Minusma.",
            ("injured", 3, "soldiers", "incident", "Minusma"),
        ),
    ],
)
def test_victims_scope_and_source(text: str, expected: tuple[str, int, str, str, str]) -> None:
    (s,) = statements(text)
    assert (s.outcome, s.quantity.value, s.victims, s.scope, s.source and s.source.name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Au moins 20 personnes ont été tuées. Parmi les morts figurent trois enfants et deux femmes.",
            [("killed", 20, "people", None), ("killed", 3, "children", "c1"), ("killed", 2, "women", "c1")],
        ),
        (
            "Le bilan s'élève à 25 morts, dont 6 policiers.",
            [("killed", 25, "people", None), ("killed", 6, "police", "c1")],
        ),
        (
            "Trois militaires ont été tués et quatre autres portés disparus.",
            [("killed", 3, "soldiers", None), ("missing", 4, "soldiers", None)],
        ),
    ],
)
def test_subsets_and_shared_people(text: str, expected: list[tuple[str, int, str, str | None]]) -> None:
    assert [(s.outcome, s.quantity.value, s.victims, s.subset_of) for s in statements(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Les violences ont fait 2 morts et 15 blessés depuis le début de la semaine.",
        "Depuis le début de l'année, 1 200 personnes ont été enlevées dans le nord-ouest du pays.",
        "Cette attaque porte à 60 le nombre de soldats tués depuis janvier.",
        "Entre janvier et mai, 488 personnes ont été tuées dans la région de Mopti.",
        "Plus de 400 chiites ont été tués en 2012 au Pakistan, selon l'ONG.",
    ],
)
def test_running_totals(text: str) -> None:
    found = statements(text)
    assert found and all(s.scope == "cumulative" for s in found)


@pytest.mark.parametrize(
    ("text", "outcome", "victims"),
    [
        ("Treize hommes soupçonnés d'appartenir à un gang ont été lynchés lundi.", "killed", "people"),
        ("Au moins 44 migrants ont été tués dans un raid aérien.", "killed", "civilians"),
        ("« Nous avons enterré 143 personnes », a dit un chef de la communauté.", "killed", "people"),
        ("Les assaillants ont emmené des dizaines d'habitants dans la forêt.", "abducted", "civilians"),
        ("L'armée a mis à l'abri quelque 23 000 habitants dans des camps.", "displaced", "civilians"),
        ("Trois indigènes wayuu ont été tués par des hommes armés.", "killed", "people"),
        ("L'armée affirme avoir tué « plus de 100 » combattants.", "killed", "combatants"),
        ("Au moins dix peshmergas ont été tués dans l'attaque.", "killed", "soldiers"),
        ("Quatre tireurs ont été abattus par la police.", "killed", "militants"),
        ("Une roquette s'est abattue sur la base, tuant une soldate.", "killed", "soldiers"),
        ("Dix-sept missionnaires ont été enlevés samedi.", "abducted", "people"),
        ("Parmi les morts figure une mère de famille.", "killed", "women"),
        ("Le groupe affirme avoir tué « trois chrétiens ».", "killed", "people"),
        ("Des centaines de Masalits ont été massacrés.", "killed", "people"),
        ("Quatre dozos ont été tués dans les échanges de tirs.", "killed", "militants"),
        ("Deux rangers ont été blessés par une bombe.", "injured", "soldiers"),
    ],
)
def test_more_ways_to_say_what_happened(text: str, outcome: str, victims: str) -> None:
    (s,) = statements(text)
    assert (s.outcome, s.victims) == (outcome, victims)


def test_a_bare_figure_before_a_source_is_that_sources_count_of_the_figure_before() -> None:
    found = statements("Au moins 30 personnes ont été tuées mardi à Dacca selon la police, et 45 selon "
                       "le BNP.")
    assert [(s.outcome, s.quantity.value, s.victims, s.source.name if s.source else None)
            for s in found] == [("killed", 30, "people", "police"), ("killed", 45, "people", "BNP")]
    # a bare figure with no source after it counts nothing
    found = statements("Au moins 30 personnes ont été tuées mardi à Dacca selon la police, et 45 "
                       "maisons incendiées.")
    assert [s.quantity.value for s in found if s.outcome == "killed"] == [30]


@pytest.mark.parametrize("noun", ["ravisseurs", "séparatistes", "maoïstes", "mutins", "putschistes"])
def test_armed_men_named_by_their_cause_are_militants(noun: str) -> None:
    (s,) = statements(f"Dix-huit {noun} ont été tués lors de l'assaut mardi, selon l'armée.")
    assert (s.outcome, s.quantity.value, s.victims) == ("killed", 18, "militants")


@pytest.mark.parametrize("text", [
    "Le conflit a chassé de chez elles plus de 500 000 personnes, selon l'ONU.",
    "La guerre a déraciné plus de 13 millions de personnes, selon les Nations unies.",
    "Les combats ont poussé des milliers d'habitants à la fuite, selon l'ONU.",
    "Plus de 2 000 personnes ont afflué à Ménaka depuis le début de la semaine.",
])
def test_people_a_war_drove_out_are_displaced(text: str) -> None:
    assert [s.outcome for s in statements(text)] == ["displaced"]


@pytest.mark.parametrize(("text", "outcome"), [
    ("Selon l'INDH, 2 138 personnes ont été détenues depuis le début des manifestations.", "arrested"),
    ("Le parquet a fait arrêter 22 policiers d'Iguala.", "arrested"),
    ("Deux infirmières sont portées disparues après l'attaque.", "missing"),
    ("Des dizaines de villageois manquaient à l'appel jeudi.", "missing"),
])
def test_people_held_or_not_found_are_arrested_or_missing(text: str, outcome: str) -> None:
    assert [s.outcome for s in statements(text)] == [outcome]


def test_a_cyberattack_story_is_not_about_conflict() -> None:
    text = ("Une cyberattaque par rançongiciel a paralysé l'hôpital. Les pirates informatiques "
            "réclament une rançon. Une dizaine de patients ont été transférés, et l'attaque n'a fait "
            "aucun mort, selon la direction. Le système informatique reste bloqué depuis un "
            "bombardement de courriels.")
    assert not about_conflict(make_context(text))


def test_an_earthquake_story_is_not_about_conflict() -> None:
    text = ("Un tremblement de terre de magnitude 6,3 a frappé samedi l'ouest du pays. Les secousses "
            "et plusieurs répliques ont détruit des villages entiers ; au moins 1 000 personnes ont "
            "été tuées, selon les autorités, qui ont demandé l'aide de l'ONU et de l'armée.")
    assert not about_conflict(make_context(text))


def test_a_mine_blast_story_is_not_about_conflict() -> None:
    # a union that "a violemment attaqué l'entreprise" and a "guerre ouverte" with the government
    # do not make a firedamp blast a conflict
    text = ("Les secouristes progressaient mardi dans les galeries de la mine de charbon, où 65 "
            "mineurs sont prisonniers depuis une explosion survenue dimanche. Le coup de grisou "
            "s'est produit à 150 mètres sous terre. Le syndicat a violemment attaqué l'entreprise, "
            "en pleine guerre ouverte avec le gouvernement.")
    assert not about_conflict(make_context(text))


def test_a_hunt_for_man_eating_animals_is_not_about_conflict() -> None:
    # an "offensive" with drones and marksmen against "attaques" that killed children is a hunt
    text = ("Les autorités du Maharashtra ont lancé une offensive contre un léopard mangeur "
            "d'hommes : drones, pièges et tireurs d'élite quadrillent la forêt. Ses attaques ont "
            "fait trois morts, dont deux enfants, depuis janvier. Une femme a été mordue jeudi près "
            "de sa tanière présumée, selon les gardes forestiers. « C'est une guerre », dit un "
            "villageois.")
    assert not about_conflict(make_context(text))
    hunt = ("Les autorités ont lancé une offensive contre un groupe armé : drones, pièges et tireurs "
            "d'élite quadrillent la forêt. Ses attaques ont fait trois morts, dont deux enfants. "
            "« C'est une guerre », dit un villageois.")
    assert about_conflict(make_context(hunt))


def test_an_army_depot_blast_called_an_accident_is_not_about_conflict() -> None:
    text = ("Des explosions en chaîne dans un dépôt de munitions de l'armée ont tué au moins 200 "
            "personnes dimanche à Ikeja. Des obus ont été projetés sur les quartiers voisins. "
            "L'armée a assuré qu'il s'agissait d'un accident et non d'une attaque.")
    assert not about_conflict(make_context(text))
    assert about_conflict(make_context(text.replace("d'un accident et non ", "")))


def test_a_flood_story_recalling_a_war_in_its_background_is_not_about_conflict() -> None:
    lead = ("Goma, 4 mars 2024 - Des pluies diluviennes ont emporté lundi des centaines de maisons "
            "dans trois villages au bord du lac. ")
    rest = ("Les autorités provinciales comptent 90 morts. Beaucoup de sinistrés avaient déjà fui "
            "les combats entre l'armée et les rebelles dans les collines voisines.")
    assert not about_conflict(make_context(lead + rest))
    assert about_conflict(make_context("Goma, 4 mars 2024 - " + rest))


@pytest.mark.parametrize("text", [
    ("Une grenade a été lancée mardi sur un poste de police à Jalalabad ; l'échange de tirs qui a "
     "suivi a fait trois morts."),
    "Des tirs d'artillerie et de mortier ont visé lundi le marché de Donetsk, faisant sept morts.",
    ("Un accrochage a opposé mercredi deux patrouilles près de Kidal, puis un kamikaze s'est fait "
     "exploser au poste voisin."),
])
def test_a_one_sentence_brief_told_by_its_weapon_is_about_conflict(text: str) -> None:
    assert about_conflict(make_context(text))


def test_a_prison_massacre_is_about_conflict() -> None:
    text = ("Une mutinerie a fait 31 morts dans la prison de Boa Vista, où des gardiens ont été "
            "retenus en otage pendant une nuit, avant que la police ne reprenne le contrôle.")
    assert about_conflict(make_context(text))


def test_a_two_sentence_bombing_brief_is_about_conflict() -> None:
    text = ("Une bombe a explosé lundi dans un marché de Maiduguri, tuant cinq personnes, selon la "
            "police. L'attentat n'a pas été revendiqué.")
    assert about_conflict(make_context(text))
    text = ("Le consulat a été attaqué mardi soir par des hommes armés ; quatre diplomates ont péri "
            "dans l'incendie du bâtiment.")
    assert about_conflict(make_context(text))


def test_a_protest_story_told_by_its_scuffles_and_arrests_is_about_conflict() -> None:
    text = ("Des dizaines de milliers de manifestants ont envahi samedi le centre de Belgrade. Selon "
            "la police, 22 personnes ont été interpellées ; dans la soirée, des échauffourées ont "
            "éclaté près du parc Pionirski.")
    assert about_conflict(make_context(text))


def test_mais_aussi_after_a_majority_makes_a_subset() -> None:
    parent, child = statements("Au moins 600 personnes ont été tuées, en majorité des combattants "
                               "mais aussi plus de 130 civils.")
    assert (parent.quantity.value, child.quantity.value, child.subset_of) == (600, 130, parent.id)


def test_one_act_dated_by_its_year_is_no_running_total() -> None:
    (attack,) = statements("Un attentat avait fait 17 morts en 2017 à Kaboul.")
    assert attack.scope == "incident"


def test_y_compris_makes_a_subset() -> None:
    parent, child = statements("Douze civils, y compris sept enfants, ont été tués.")
    assert (parent.quantity.value, child.quantity.value, child.subset_of) == (12, 7, parent.id)


def test_a_running_total_covers_the_region_of_the_conflict() -> None:
    text = ("Des combats ont éclaté mardi à Shire, dans le nord du Tigré. L'armée a repris Alamata, "
            "dans le sud du Tigré. Depuis novembre 2020, la guerre a fait des dizaines de milliers "
            "de morts.")
    stmts = statements(text, date(2022, 10, 20))
    total = next(s for s in stmts if s.scope == "cumulative")
    assert total.location is not None and total.location.name == "Tigré"


def test_a_war_toll_over_years_covers_the_country_not_the_town_of_a_province_named_twice() -> None:
    # "la province de Deraa" and then the town of Deraa: the incident's area, not the war's
    text = ("Beyrouth, 3 juin 2019 – Un raid aérien a frappé lundi un marché de Nawa, dans la province "
            "de Deraa, dans le sud de la Syrie. Les blessés ont été soignés dans un hôpital de Deraa. "
            "La guerre a fait plus de 370 000 morts depuis mars 2011, selon l'OSDH.")
    stmts = statements(text, date(2019, 6, 3))
    total = next(s for s in stmts if s.quantity.value == 370000)
    assert total.location is not None and total.location.name == "Syrie"


def test_every_figure_of_a_dont_list_is_a_subset() -> None:
    parent, women, babies = statements("Pas moins de 70 personnes, dont dix femmes et trois nourrissons, "
                                       "ont été tuées jeudi.")
    assert (women.subset_of, babies.subset_of) == (parent.id, parent.id)
    assert babies.victims == "children"


def test_a_rival_count_of_a_running_total_is_a_running_total() -> None:
    stmts = statements("Depuis le 28 avril, au moins 19 personnes ont péri dans les violences, selon le "
                    "Défenseur du peuple. L'ONG Temblores avance de son côté le chiffre de 31 morts.",
                    date(2021, 5, 4))
    by_value = {s.quantity.value: s for s in stmts}
    assert by_value[19].scope == "cumulative" and by_value[31].scope == "cumulative"


@pytest.mark.parametrize("rival", [
    "Le ministère de la Santé avance un bilan plus lourd, de 384 morts et plus de 1 400 blessés.",
    "Un bilan que le gouvernement conteste : le ministre a évoqué 184 morts.",
])
def test_a_count_set_against_a_running_total_is_a_running_total(rival: str) -> None:
    stmts = statements("Au moins 375 personnes ont été tuées au Liban depuis le début de l'offensive, "
                       "le 12 juillet, a annoncé lundi le Haut comité de secours. " + rival,
                       date(2006, 7, 24))
    assert [s.scope for s in stmts if s.outcome == "killed"] == ["cumulative", "cumulative"]


def test_a_side_owning_up_to_its_dead_after_a_running_total_counts_the_same_period() -> None:
    found = statements("Selon le gouvernement, 175 personnes ont été tuées depuis le début des "
                       "hostilités, le 7 août. Moscou a reconnu la mort de 74 militaires russes.",
                       date(2008, 8, 13))
    assert [(s.quantity.value, s.scope) for s in found] == [(175, "cumulative"), (74, "cumulative")]


def test_weeks_or_months_named_as_a_length_and_the_same_period_make_running_totals() -> None:
    found = statements("Selon le ministère de la Santé, les affrontements ont fait au moins 97 morts "
                       "dans la capitale en deux semaines. L'opposition évoque plus de 150 morts sur "
                       "la même période.", date(2014, 7, 28))
    assert [(s.quantity.value, s.scope) for s in found] == [(97, "cumulative"), (150, "cumulative")]


def test_a_toll_of_several_acts_sums_them_but_one_act_on_men_behind_several_stays_one() -> None:
    found = statements("Dix-neuf personnes ont été tuées jeudi dans deux attaques distinctes, l'une "
                       "contre un hélicoptère de la police, l'autre contre une base de l'armée de l'air "
                       "à Cali.", date(2025, 8, 22))
    assert [(s.quantity.value, s.scope) for s in found] == [(19, "cumulative")]
    found = statements("Mercredi, une frappe de drone a visé une voiture près de Jénine, tuant trois "
                       "hommes responsables, selon l'armée, de plusieurs attaques par balles.",
                       date(2023, 6, 22))
    assert [(s.quantity.value, s.scope) for s in found] == [(3, "incident")]


def test_a_running_total_of_a_few_days_is_the_storys_place_a_long_one_the_conflicts() -> None:
    stmts = statements("L'aviation du régime a pilonné mardi la Ghouta orientale, en Syrie. Depuis "
                       "lundi, la campagne de bombardements a coûté la vie à plus de 250 civils. "
                       "Depuis 2011, plus de 340 000 personnes ont été tuées en Syrie.",
                       date(2018, 2, 21))
    by_value = {s.quantity.value: s for s in stmts}
    assert by_value[250].location is not None and by_value[250].location.name == "Ghouta orientale"
    assert by_value[340000].location is not None and by_value[340000].location.name == "Syrie"


def test_the_worst_since_compares_and_counts_no_running_total() -> None:
    (s,) = statements("Les violences ont fait sept morts à Beyrouth, les pires depuis des années dans "
                      "la capitale.")
    assert (s.quantity.value, s.scope) == (7, "incident")


def test_losses_quoted_nouns_and_a_contrasted_clause() -> None:
    found = statements("Bakou a reconnu la perte de 71 soldats. Selon l'armée, 79 « ennemis » ont été "
                       "tués. Quatre policiers ont perdu la vie, tandis que neuf soldats ont été blessés.")
    assert [(s.outcome, s.quantity.value, s.victims) for s in found] == [
        ("killed", 71, "soldiers"), ("killed", 79, "militants"), ("killed", 4, "police"),
        ("injured", 9, "soldiers")]


def test_the_attackers_counted_in_the_clause_of_when_are_no_dead() -> None:
    for text, dead in (("Au moins 30 civils ont été tués lundi lorsque des centaines de rebelles ont "
                        "attaqué deux villages.", 30),
                       ("Douze villageois ont été tués mardi quand une cinquantaine d'hommes armés ont "
                        "fait irruption dans le marché.", 12)):
        found = statements(text)
        assert [(s.outcome, s.quantity.value) for s in found] == [("killed", dead)], text


def test_a_figure_whose_verb_comes_after_a_long_description_of_its_people() -> None:
    found = statements("Trois femmes et six enfants d'une communauté mormone établie depuis des "
                       "décennies dans le nord du Mexique, tous binationaux américano-mexicains, ont été "
                       "tués lundi dans une embuscade.")
    assert [(s.outcome, s.quantity.value, s.victims, s.scope) for s in found] == [
        ("killed", 3, "women", "incident"), ("killed", 6, "children", "incident")]


def test_young_people_are_people() -> None:
    (s,) = statements("Trois jeunes Kanak ont été tués par balle mardi, selon le haut-commissaire.")
    assert (s.outcome, s.quantity.value, s.victims) == ("killed", 3, "people")


def test_a_contrast_word_inside_another_word_cuts_no_clause() -> None:
    (s,) = statements("Le bombardement a tué dans leur maison de Kharkiv deux enfants, selon la police.")
    assert (s.outcome, s.quantity.value, s.victims) == ("killed", 2, "children")


def test_a_figure_that_names_who_speaks_is_no_casualty() -> None:
    found = statements("Seize personnes ont été tuées samedi. « Ils sont repartis par la montagne », a "
                       "raconté un habitant joint par téléphone, qui dit avoir perdu des proches.")
    assert [(s.quantity.value, s.victims) for s in found] == [(16, "people")]


def test_a_figure_whose_noun_is_elided_counts_the_people_of_the_figure_before() -> None:
    found = statements("Un kamikaze s'est fait exploser lors de funérailles, tuant au moins 24 personnes "
                       "et en blessant 68. Sept militaires ont perdu la vie et vingt ont été blessés.")
    assert [(s.outcome, s.quantity.value, s.victims) for s in found] == [
        ("killed", 24, "people"), ("injured", 68, "people"), ("killed", 7, "soldiers"),
        ("injured", 20, "soldiers")]


def test_beheaded_and_fatally_hit_are_killed() -> None:
    found = statements("Plus de cinquante personnes ont été décapitées. Une passante a été mortellement "
                       "touchée par une balle perdue.")
    assert [(s.outcome, s.quantity.value) for s in found][:1] == [("killed", 50)]


def test_a_recent_total_of_a_story_told_in_several_towns_covers_the_country() -> None:
    text = ("La police a dispersé lundi soir les manifestants à Tbilissi. À Batoumi, un millier de "
            "personnes ont défilé mardi. Selon le ministère, 224 manifestants ont été arrêtés depuis "
            "jeudi. La Géorgie est en crise.")
    total = next(s for s in statements(text, date(2024, 12, 3)) if s.scope == "cumulative")
    assert total.location is not None and total.location.country == "GE"
    assert total.location.name not in ("Tbilissi", "Batoumi")
    text = ("Des combats ont éclaté vendredi dans le quartier de Gudele, à Juba. Dimanche, ils ont "
            "gagné le quartier de Jebel, à Juba. Au total, au moins 272 personnes ont été tuées entre "
            "vendredi et dimanche.")
    total = next(s for s in statements(text, date(2016, 7, 11)) if s.scope == "cumulative")
    assert total.location is not None and total.location.name in ("Juba", "Gudele", "Jebel")


def test_a_province_named_twice_is_the_area_of_a_long_total() -> None:
    text = ("L'armée turque a lancé samedi une offensive dans la région syrienne d'Afrin. Des "
            "obus sont tombés sur Afrin lundi. Depuis le début de l'offensive, 24 civils ont été "
            "tués, selon l'OSDH.")
    total = next(s for s in statements(text, date(2018, 1, 23)) if s.scope == "cumulative")
    assert total.location is not None and (total.location.name, total.location.precision) == ("Afrine", 3)


def test_one_person_counted_by_un_or_une() -> None:
    for text, victims in (("Une infirmière a été tuée lundi lors d'une attaque.", "people"),
                          ("Un Palestinien de 27 ans a été tué par balle mardi.", "people"),
                          ("Un jeune homme a été tué, selon des habitants.", "people"),
                          ("Un manifestant a été tué lundi soir à Minsk.", "people"),
                          ("Une commerçante a été tuée par une balle perdue.", "civilians")):
        assert [(s.outcome, s.quantity.value, s.victims) for s in statements(text)] == [
            ("killed", 1, victims)], text


def test_an_officer_counted_by_un_in_a_dont_list() -> None:
    parent, officer = statements("L'attaque a tué dix soldats, dont un lieutenant-colonel.")
    assert (officer.quantity.value, officer.victims, officer.subset_of) == (1, "soldiers", parent.id)


def test_a_town_named_for_a_part_of_a_running_total_is_not_the_total_s_place() -> None:
    text = ("Au Kazakhstan, les troubles ont gagné Almaty et Aktobe. Le ministère a annoncé que 164 "
            "personnes, dont 103 à Almaty, avaient été tuées depuis le début des troubles.")
    total = next(s for s in statements(text, date(2022, 1, 10)) if s.quantity.value == 164)
    assert total.location is not None and total.location.name != "Almaty"


def test_a_town_after_a_closed_apposition_of_a_part_is_the_total_s_place() -> None:
    text = ("Lomé, 14 mai 2019 – Au moins six personnes, dont trois policiers, ont été tuées depuis "
            "dimanche soir à Kara, dans le nord du Togo, où la grogne dure. Mardi, la contestation a "
            "gagné Sokodé.")
    total = next(s for s in statements(text, date(2019, 5, 14)) if s.quantity.value == 6)
    assert total.location is not None and total.location.name == "Kara"


def test_a_figure_for_the_whole_country_is_a_total_of_the_country() -> None:
    found = statements("Des manifestants ont été dispersés mardi à Caracas. Plus de 500 personnes ont "
                       "été interpellées à travers le pays, selon l'ONG Foro Penal.", date(2017, 4, 21))
    total = next(s for s in found if s.quantity.value == 500)
    assert total.scope == "cumulative"
    assert total.location is not None and (total.location.name, total.location.precision) == \
        ("Venezuela", 3)


def test_a_figure_told_across_the_whole_country_is_a_total_of_the_country() -> None:
    found = statements("Une frappe a détruit lundi un immeuble de Marioupol. L'ONU a pour sa part recensé "
                       "à travers tout le pays 636 civils tués.", date(2022, 3, 14))
    total = next(s for s in found if s.quantity.value == 636)
    assert total.scope == "cumulative"
    assert total.location is not None and (total.location.name, total.location.precision) == \
        ("Ukraine", 3)


def test_figures_set_beside_a_figure_that_they_add_up_to_are_its_parts() -> None:
    found = statements("Sept militaires – quatre soldats et trois gendarmes – ont perdu la vie mardi "
                       "lors de l'attaque jihadiste d'Arbinda.")
    assert [(s.id, s.quantity.value, s.subset_of) for s in found] == \
        [("c1", 7, None), ("c2", 4, "c1"), ("c3", 3, "c1")]
    found = statements("Onze personnes, dix policiers et un chauffeur civil, ont été tuées mercredi par "
                       "un engin explosif à Dantewada.")
    assert [(s.quantity.value, s.victims, s.subset_of) for s in found] == \
        [(11, "people", None), (10, "police", "c1"), (1, "civilians", "c1")]


def test_the_first_of_a_list_of_figures_has_the_outcome_of_the_verb_after_the_list() -> None:
    found = statements("Cinq soldats, deux civils et un policier ont été tués mardi à Gao lors d'une "
                       "attaque jihadiste.")
    assert [(s.outcome, s.quantity.value, s.subset_of) for s in found] == \
        [("killed", 5, None), ("killed", 2, None), ("killed", 1, None)]


def test_people_named_by_their_nationality_are_counted() -> None:
    found = statements("Plus de 170 Afghans et treize soldats américains ont été tués jeudi dans "
                       "l'attentat-suicide de l'aéroport de Kaboul. Plus de 20 000 Burundais ont fui "
                       "vers le Rwanda depuis début avril.")
    assert [(s.outcome, s.quantity.value, s.victims) for s in found] == \
        [("killed", 170, "civilians"), ("killed", 13, "soldiers"), ("displaced", 20000, "civilians")]


def test_mortally_wounded_is_killed() -> None:
    found = statements("Un officier de la police a été mortellement blessé samedi lors de l'opération "
                       "de l'armée à Nousseirat, dans la bande de Gaza.")
    assert [(s.outcome, s.quantity.value) for s in found] == [("killed", 1)]


def test_fighters_eliminated_are_killed() -> None:
    found = statements("L'armée affirme avoir « éliminé » neuf « terroristes », tous armés, lors de "
                       "l'opération menée mercredi dans le camp de Jénine.")
    assert [(s.outcome, s.quantity.value, s.victims) for s in found] == [("killed", 9, "militants")]


def test_a_breakdown_after_a_colon_a_verb_of_inclusion_or_a_comma_list_is_of_parts() -> None:
    found = statements("Les combats ont fait 516 morts depuis dimanche à Soueïda, selon l'OSDH. Ce bilan "
                       "comprend 154 civils druzes, 79 miliciens druzes, 265 militaires et 18 Bédouins.")
    assert [(s.quantity.value, s.subset_of) for s in found] == \
        [(516, None), (154, "c1"), (79, "c1"), (265, "c1"), (18, "c1")]
    found = statements("Les combats ont fait 221 morts : 150 jihadistes et 71 civils, selon l'OSDH.")
    assert [(s.quantity.value, s.subset_of) for s in found] == [(221, None), (150, "c1"), (71, "c1")]
    found = statements("Les affrontements ont fait 89 morts, dont 56 jihadistes, 28 combattants kurdes "
                       "et cinq civils.")
    assert [(s.quantity.value, s.subset_of) for s in found] == \
        [(89, None), (56, "c1"), (28, "c1"), (5, "c1")]


def test_a_figure_of_one_past_attack_dated_by_its_month_is_an_incident() -> None:
    (past,) = statements("Un attentat contre le Parlement avait fait 17 morts en juin 2017 à Téhéran.",
                         date(2018, 9, 23))
    assert past.scope == "incident"
    (total,) = statements("Plus de 300 civils ont été tués en mars 2021 dans la région, selon l'ONU.",
                          date(2021, 4, 10))
    assert total.scope == "cumulative"


def test_a_running_total_told_with_its_country_is_the_countrys_not_a_town_named_later() -> None:
    found = statements("Quinze personnes sont mortes au Chili depuis le début de la contestation, a "
                       "annoncé mardi le ministre, au cinquième jour d'un mouvement né à Santiago.",
                       date(2019, 10, 22))
    total = next(s for s in found if s.quantity.value == 15)
    assert total.scope == "cumulative"
    assert total.location is not None and total.location.name == "Chili"


def test_the_other_side_s_count_after_a_running_total_is_one_too_in_that_side_s_country() -> None:
    found = statements("Depuis le 8 octobre, au moins 600 personnes ont été tuées au Liban. Côté "
                       "israélien, 23 soldats ont péri, selon l'armée.")
    soldiers = next(s for s in found if s.quantity.value == 23)
    assert soldiers.scope == "cumulative"
    assert soldiers.location is not None and soldiers.location.country == "IL"


def test_a_figure_joined_to_a_running_total_counts_over_its_period() -> None:
    found = statements("Au moins 22 personnes ont été tuées et plus d'une centaine blessées à "
                       "Madagascar depuis le début, jeudi, de la fronde, selon l'ONU.", date(2025, 9, 29))
    assert [(s.outcome, s.scope) for s in found] == [("killed", "cumulative"), ("injured", "cumulative")]


def test_a_figure_of_one_day_stays_apart_from_a_total_joined_to_it() -> None:
    found = statements("Deux soldats ont été tués mardi lors d'une embuscade près de Gao et plus de trois "
                       "cents civils ont péri depuis janvier dans la région.", date(2025, 9, 29))
    assert [(s.quantity.value, s.scope) for s in found] == [(2, "incident"), (300, "cumulative")]


def test_a_toll_of_a_few_days_is_a_running_total_of_the_storys_place() -> None:
    (toll,) = statements("Au moins 140 personnes ont été tuées en quatre jours de combats à Sanaa, selon "
                         "le ministère de la Santé.", date(2014, 9, 22))
    assert toll.scope == "cumulative"
    assert toll.location is not None and toll.location.name == "Sanaa"


def test_a_subset_that_names_its_own_place_takes_it() -> None:
    total, part = statements("Au moins 80 civils ont été tués depuis lundi dans la province de Bamiyan, "
                             "dont 25 à Yakawlang, selon les autorités.")
    assert part.subset_of == total.id
    assert part.location is not None and part.location.name == "Yakawlang"
    region, town = statements("Des frappes ont tué six civils dans la région de Soumy, dont quatre à "
                              "Okhtyrka, a indiqué le gouverneur.")
    assert town.subset_of == region.id and town.location is not None and town.location.name == "Okhtyrka"
    assert region.location is not None and region.location.name != "Okhtyrka"


def test_a_war_told_in_this_commune_is_the_communes_toll() -> None:
    (stmt,) = statements("Les gangs se battent depuis lundi à Carrefour, en Haïti. La guerre qu'ils se "
                         "livrent dans cette commune a fait 40 morts depuis lundi, selon une ONG.",
                         published=date(2022, 7, 15))
    assert stmt.scope == "cumulative" and stmt.location is not None and stmt.location.name == "Carrefour"


def test_a_verb_right_before_the_figure_outweighs_a_participle_after_its_noun() -> None:
    # "réfugiés" says where the men were, not what happened to them
    (s,) = statements("Les soldats ont donné l'assaut mardi à la mosquée, tuant les 28 hommes réfugiés "
                      "à l'intérieur, a indiqué un officier.")
    assert (s.outcome, s.quantity.value) == ("killed", 28)


def test_a_large_flight_after_a_town_is_taken_is_of_that_town_not_the_country() -> None:
    found = statements("Les jihadistes ont pris mardi la ville de Gao, dans le nord du Mali. Les "
                       "combattants contrôlent désormais Tombouctou. Plus de 30 000 habitants ont fui, "
                       "selon l'ONU.", date(2012, 4, 2))
    (fled,) = [s for s in found if s.quantity.value == 30000]
    assert fled.location is not None and fled.location.name == "Tombouctou"


@pytest.mark.parametrize(
    "text",
    [
        # "depuis" opens the place the rockets came from, not a period
        "Des roquettes tirées depuis le Liban ont tué deux agriculteurs dimanche près de Metoula.",
        # "depuis" measures a record against an older attack: its toll is that attack's own
        "C'est l'attentat le plus meurtrier dans le pays depuis celui de la gare de Quetta, qui avait "
        "tué 26 personnes en 2023.",
        "Il s'agit de la journée la plus sanglante pour les civils depuis des années : 41 personnes "
        "ont été tuées mardi, selon l'ONU.",
        "La ville n'avait pas connu pareil massacre depuis 1994, lorsque 70 villageois avaient péri.",
    ],
)
def test_since_a_place_or_since_a_record_counts_no_running_total(text: str) -> None:
    found = statements(text)
    assert found and all(s.scope == "incident" for s in found)


def test_a_record_said_after_a_running_total_does_not_undo_it() -> None:
    (s,) = statements("Au moins 300 civils ont été tués depuis le début de l'offensive, la plus "
                      "meurtrière depuis 2015, selon l'ONU.")
    assert s.scope == "cumulative"


def test_a_nationality_after_the_noun_keeps_two_figures_coordinated() -> None:
    found = statements("Trois policières kényanes et deux civils ont été tués mardi près de Mandera.")
    assert [(s.outcome, s.quantity.value) for s in found] == [("killed", 3), ("killed", 2)]


def test_a_total_of_the_town_unnamed_is_the_town_the_story_told_last() -> None:
    # "depuis le début de l'assaut sur la ville": the town, not the province the article names more
    found = statements("Les rebelles ont pris le contrôle de Goma, chef-lieu de la province du "
                       "Nord-Kivu. Le gouverneur du Nord-Kivu a appelé au calme. Depuis le début de "
                       "l'assaut sur la ville, près de 900 personnes ont été tuées, selon l'ONU.",
                       date(2025, 2, 20))
    total = next(s for s in found if s.quantity.value == 900)
    assert total.scope == "cumulative"
    assert total.location is not None and total.location.name == "Goma"


def test_a_total_that_only_sums_the_story_is_placed_where_the_story_is() -> None:
    """"Au total, 193 personnes ont été interpellées" with no period sums the story's incidents:
    their town, not the whole country."""
    found = statements("Lima, 20 janvier 2023 – De violents heurts ont opposé jeudi soir la police à "
                       "des milliers de manifestants dans le centre de Lima, au Pérou. Les policiers "
                       "ont tiré des gaz lacrymogènes. Au total, 193 personnes ont été interpellées, "
                       "selon la police.", date(2023, 1, 20))
    total = next(s for s in found if s.quantity.value == 193)
    assert total.location is not None and total.location.name == "Lima"


def test_mourners_are_not_the_dead_and_a_sources_aside_sets_no_total() -> None:
    found = statements("Vendredi, des milliers de personnes ont suivi les funérailles des victimes à Kaboul.")
    assert found == ()
    (s,) = statements("L'ONG, qui dispose de sources dans tout le pays, a recensé dimanche au moins 60 morts "
                      "à Halfaya.")
    assert (s.quantity.value, s.scope) == (60, "incident")
    (s,) = statements("Au moins 60 personnes ont été tuées dans tout le pays depuis lundi.")
    assert s.scope == "cumulative"


def test_the_death_of_others_is_not_the_figures_outcome() -> None:
    found = statements("Mardi, des milliers d'élèves ont défilé à Khartoum pour dénoncer la mort de lycéens.")
    assert found == ()


def test_a_figure_coordinated_after_a_clause_keeps_its_people() -> None:
    killed, injured = statements("Au moins 25 soldats ont été tués et quatre blessés lundi à Boulkessi.")
    assert (injured.outcome, injured.victims) == ("injured", "soldiers")
    assert killed.victims == "soldiers"


def test_among_the_dead_is_a_part_of_the_dead_not_of_the_last_figure() -> None:
    found = statements("Dimanche, un kamikaze s'est fait exploser dans un autobus à Jérusalem. Au moins 24 "
                       "personnes ont été tuées et une cinquantaine blessées, selon la police. Parmi les "
                       "morts figurent deux étudiants américains.")
    killed, _, part = found
    assert (part.outcome, part.subset_of) == ("killed", killed.id)


def test_people_murdered_are_killed() -> None:
    (s,) = statements("Selon l'ONIC, plus de cent indigènes ont été assassinés depuis janvier dans le Cauca.")
    assert (s.outcome, s.quantity.value, s.scope) == ("killed", 100, "cumulative")


def test_people_told_among_the_dead_in_the_past_are_a_subset_of_the_death_toll() -> None:
    found = statements("Au moins 40 personnes ont péri mardi et plus de 90 autres ont été blessées. "
                       "Un porte-parole a admis que six de ses casques bleus, togolais et béninois, "
                       "figuraient parmi les morts.")
    assert [(s.outcome, s.quantity.value, s.subset_of) for s in found] == \
        [("killed", 40, None), ("injured", 90, None), ("killed", 6, "c1")]
    found = statements("Le raid a fait 17 morts. Selon l'ONU, neuf femmes et trois enfants figuraient "
                       "parmi les victimes.")
    assert [(s.quantity.value, s.subset_of) for s in found] == [(17, None), (9, "c1"), (3, "c1")]


def test_figures_of_a_list_closed_beside_a_figure_are_its_parts_though_some_people_have_none() -> None:
    found = statements("Sept personnes, six gendarmes d'une brigade mobile et leur interprète, ont été "
                       "tuées jeudi dans une embuscade près de Kidal.")
    assert [(s.quantity.value, s.subset_of) for s in found] == [(7, None), (6, "c1")]
    found = statements("Sept personnes, un Français, un Canadien et cinq Nigériens, ont été tuées "
                       "dimanche dans l'attaque d'un hôtel de Niamey.")
    assert [(s.quantity.value, s.subset_of) for s in found] == [(7, None), (1, "c1"), (5, "c1")]
    # nothing closes a plain list of groups before its verb: each figure is its own
    found = statements("Six soldats, deux civils et un policier ont été tués lundi à Ménaka.")
    assert [(s.quantity.value, s.subset_of) for s in found] == [(6, None), (2, None), (1, None)]


def test_the_other_victims_are_the_rest_of_the_death_toll_told_before() -> None:
    found = statements("L'explosion a fait 15 morts et 40 blessés mercredi. Le kamikaze a péri sur le "
                       "coup. Les quatorze autres victimes étaient des policiers en formation.")
    assert [(s.outcome, s.quantity.value, s.subset_of) for s in found] == \
        [("killed", 15, None), ("injured", 40, None), ("killed", 14, "c1")]


def test_another_thing_counts_no_one() -> None:
    found = statements("Dans la nuit, un autre drone s'est écrasé sur un entrepôt d'Odessa, tuant trois "
                       "personnes. Deux hommes ont péri sur le chantier d'une autre usine.")
    assert [(s.outcome, s.quantity.value) for s in found] == [("killed", 3), ("killed", 2)]
    found = statements("Quatre soldats ont été tués et trois autres soldats blessés mardi.")
    assert [(s.outcome, s.quantity.value, s.victims) for s in found] == \
        [("killed", 4, "soldiers"), ("injured", 3, "soldiers")]


def test_a_figure_with_its_noun_left_out_takes_the_outcome_told_right_after_it() -> None:
    found = statements("Deux policiers ont été tués, onze ont été faits prisonniers et six sont portés "
                       "disparus, selon le ministère.")
    assert [(s.outcome, s.quantity.value) for s in found] == \
        [("killed", 2), ("arrested", 11), ("missing", 6)]
    found = statements("Douze suspects ont été arrêtés, quatre ont été tués par la police.")
    assert [(s.outcome, s.quantity.value) for s in found] == [("arrested", 12), ("killed", 4)]


def test_an_outcome_word_across_a_comma_yields_to_the_verb_of_the_figure_s_clause() -> None:
    found = statements("Outre les morts, 57 personnes ont été blessées lors du bombardement de Soumy.")
    assert [(s.outcome, s.quantity.value) for s in found] == [("injured", 57)]


def test_pilots_and_paratroopers_are_soldiers() -> None:
    found = statements("Un pilote belge a été mortellement touché samedi lors d'un raid près de Gao. "
                       "Trois parachutistes ont péri dans l'embuscade.")
    assert [(s.outcome, s.quantity.value, s.victims) for s in found] == \
        [("killed", 1, "soldiers"), ("killed", 3, "soldiers")]


def test_a_list_set_beside_a_figure_leaves_it_the_verb_after_the_list() -> None:
    found = statements("Sept personnes, un Canadien, un Français et cinq Nigériens, ont été tuées "
                       "dimanche dans l'attaque d'un hôtel de Niamey.")
    assert [(s.outcome, s.quantity.value, s.subset_of) for s in found] == \
        [("killed", 7, None), ("killed", 1, "c1"), ("killed", 5, "c1")]
    found = statements("Quinze villageois, dont plusieurs femmes, et deux gendarmes ont été tués mardi.")
    assert [(s.outcome, s.quantity.value) for s in found] == [("killed", 15), ("killed", 2)]


def test_a_figure_added_after_the_clause_with_ainsi_que_shares_its_outcome() -> None:
    found = statements("Neuf soldats et deux civils ont été tués mardi lors de l'assaut contre la caserne, "
                       "ainsi que les quatre assaillants, selon l'armée.")
    assert [(s.outcome, s.quantity.value, s.victims) for s in found] == \
        [("killed", 9, "soldiers"), ("killed", 2, "civilians"), ("killed", 4, "militants")]


def test_a_figure_joined_after_the_clause_with_a_verb_of_its_own_keeps_its_own_fate() -> None:
    found = statements("Le bilan s'élevait mardi à une quinzaine de morts, selon le gouverneur, "
                       "et des dizaines de personnes ont été sorties vivantes des décombres.")
    assert [(s.outcome, s.quantity.value) for s in found] == [("killed", 15)]
    # a relative clause says who they were: they share the fate of the figure before
    found = statements("Six policiers ont été tués lors de l'embuscade, ainsi que deux civils qui "
                       "rentraient du marché.")
    assert [(s.outcome, s.quantity.value) for s in found] == [("killed", 6), ("killed", 2)]


def test_de_meme_que_joins_a_figure_to_the_one_before() -> None:
    found = statements("Selon les ravisseurs, 20 otages ont été tués par les tirs de l'armée, de même que "
                       "douze de leurs hommes.")
    assert [(s.outcome, s.quantity.value) for s in found] == [("killed", 20), ("killed", 12)]


def test_a_disaster_named_right_before_a_figure_has_no_conflict_dead() -> None:
    stmts = statements("Les rebelles ont annoncé lundi une trêve pour laisser passer les secours après le "
                       "tremblement de terre du 6 février, dont le bilan dépasse 5 000 morts. Des frappes "
                       "ont tué trois civils mardi près d'Idleb.")
    assert [s.quantity.value for s in stmts] == [3]


def test_a_total_over_a_few_days_long_past_is_the_storys_town() -> None:
    text = ("Les Nations unies ont publié mercredi un rapport sur les violences de Bambari, en "
            "Centrafrique. Entre le 3 et le 9 décembre 2021, des miliciens ont tué au moins 25 civils, "
            "selon le document.")
    total = next(s for s in statements(text, date(2022, 7, 6)) if s.quantity.value == 25)
    assert total.location is not None and total.location.name == "Bambari"


def test_a_participle_aside_before_the_figure_sets_no_total() -> None:
    """", déployée … depuis juillet 2021 …," tells how long the army has been there; the six
    killed on Saturday are one incident's."""
    (s,) = statements("Lundi, l'armée rwandaise, déployée dans la province depuis juillet 2021 aux côtés "
                      "des forces mozambicaines, a affirmé avoir tué six insurgés samedi lors d'une "
                      "opération de ratissage dans la forêt de Catupa.", date(2023, 9, 18))
    assert (s.quantity.value, s.outcome, s.scope) == (6, "killed", "incident")
    (s,) = statements("Au moins 60 personnes, selon l'ONG, ont été tuées dans tout le pays depuis lundi.")
    assert s.scope == "cumulative"


def test_a_figure_told_there_is_at_the_place_the_sentence_before_is_about() -> None:
    """"y" stands for the place the sentence before is about, the first it names, not a landmark or
    a town the figure's own sentence names after it."""
    text = ("Mardi, des affrontements ont éclaté à Tal Afar, à une soixantaine de kilomètres à l'ouest de "
            "Mossoul, où la milice a son siège. Au moins neuf personnes y ont été tuées, selon un "
            "responsable, qui affirme que des obus ont aussi frappé un camp à Sinjar.")
    (s,) = statements(text, date(2022, 9, 30))
    assert s.location is not None and s.location.name == "Tal Afar"


def test_a_figure_after_où_is_at_the_place_opening_the_chain() -> None:
    """", où" after a place and the descriptions set after it: the place that opens the chain,
    not the province or landmark the last description names."""
    text = ("La police a interpellé 300 personnes depuis le massacre de Tal Afar, une ville à une "
            "soixantaine de kilomètres de Mossoul, dans le district de Sinjar, où des hommes armés ont "
            "abattu vingt civils mardi.")
    (s,) = [s for s in statements(text) if s.quantity.value == 20]
    assert s.location is not None and s.location.name == "Tal Afar"
