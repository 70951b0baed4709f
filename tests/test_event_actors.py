"""Who initiates and who is targeted: ACLED actor classes of events."""
from datetime import date

from bilan.extract.actors import document_groups, find_actors
from bilan.extract.casualties import extract_casualties
from bilan.extract.events import extract_events
from bilan.model import Event
from conftest import make_context


def events(text: str, published: date = date(2021, 6, 5)) -> tuple[Event, ...]:
    ctx = make_context(text, published)
    return extract_events(ctx, extract_casualties(ctx))[0]


def classes(event: Event) -> tuple[int | None, int | None]:
    return (event.actor1.inter if event.actor1 else None, event.actor2.inter if event.actor2 else None)


def test_a_strike_on_a_groups_positions_targets_that_group_whoever_died() -> None:
    (strike,) = events("L'aviation tchadienne a bombardé jeudi des positions de l'organisation "
                       "Boko Haram près de Bol, tuant une trentaine de personnes.")
    assert classes(strike) == (1, 2)
    (shelling,) = events("Des hélicoptères de l'armée birmane ont bombardé vendredi des positions "
                         "rebelles près de Loikaw. Deux civils ont été tués.")
    assert classes(shelling) == (1, 2)


def test_the_people_hurt_in_a_riot_are_not_its_target() -> None:
    riots = [e for e in events("Samedi, à Kolda, des émeutiers ont lancé des pierres sur les gendarmes ; "
                               "trois jeunes ont été tués.") if e.event_type == "Riots"]
    assert riots and classes(riots[0]) == (5, 1)


def test_rioters_who_burn_a_partys_offices_fight_no_one() -> None:
    riots = [e for e in events("Samedi, à Kolda, des émeutiers ont incendié le siège du parti au pouvoir "
                               "et pillé des commerces.") if e.event_type == "Riots"]
    assert riots and classes(riots[0]) == (5, None)


def test_rioters_who_storm_or_burn_a_police_post_fight_the_police() -> None:
    riots = [e for e in events("Samedi, à Kolda, des émeutiers ont incendié un poste de police et "
                               "pillé des commerces.") if e.event_type == "Riots"]
    assert riots and classes(riots[0]) == (5, 1)
    riots = [e for e in events("Mardi soir, à Tahoua, au Niger, des jeunes en colère ont tenté de prendre "
                               "d'assaut le commissariat central.") if e.event_type == "Riots"]
    assert riots and classes(riots[0]) == (5, 1)


def test_a_mob_that_burns_a_police_station_fights_the_police() -> None:
    text = ("Violences à Kulgam. Mardi, après la mort d'un jeune manifestant, la foule a incendié le "
            "commissariat de Kulgam, selon la police. Mercredi, une foule en colère a lynché un commerçant "
            "accusé de vol à Anantnag.")
    mobs = [e for e in events(text, date(2016, 7, 14)) if e.sub_event_type == "Mob violence"]
    assert [classes(e) for e in mobs] == [(5, 1), (5, 7)]


def test_warplanes_are_flown_by_state_or_foreign_forces() -> None:
    found = events("Mardi, des avions de combat ont bombardé un marché de Loikaw, en Birmanie, tuant "
                   "douze civils, selon des témoins. Les rebelles contrôlent la ville depuis janvier.")
    strike = next(e for e in found if e.sub_event_type == "Air/drone strike")
    assert classes(strike) == (1, 7)
    found = events("Les soldats français sont arrivés lundi au Mali. Mardi, des hélicoptères de combat "
                   "ont frappé les colonnes jihadistes près de Konna.")
    strike = next(e for e in found if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of France"


def test_fighting_no_side_started_puts_the_state_forces_first() -> None:
    found = events("Trois soldats ont été tués mardi lors d'affrontements avec des dissidents des FARC "
                   "près de Tumaco, en Colombie.")
    clash = next(e for e in found if e.sub_event_type == "Armed clash")
    assert classes(clash) == (1, 2)
    found = events("Des rebelles ont attaqué mardi un camp de l'armée près de Tumaco, en Colombie, "
                   "avant d'être repoussés au terme de violents combats ; trois soldats ont été tués.")
    clash = next(e for e in found if e.sub_event_type == "Armed clash")
    assert classes(clash) == (2, 1)


def test_a_bombing_of_a_police_station_targets_the_forces_whoever_died() -> None:
    found = events("Jeudi, à Maroua, au Cameroun, une bombe a explosé contre le commissariat central, "
                   "tuant douze personnes.")
    bombing = next(e for e in found if e.event_type == "Explosions/Remote violence")
    assert bombing.actor2 is not None and bombing.actor2.inter == 1


def test_soldiers_killed_abroad_are_their_own_states_forces() -> None:
    found = events("Deux soldats israéliens ont été tués mardi à Khan Younès, dans la bande de Gaza, "
                   "lors d'affrontements avec des combattants du Hamas.")
    clash = next(e for e in found if e.sub_event_type == "Armed clash")
    assert clash.actor1 is not None and clash.actor1.name == "Military Forces of Israel"
    assert classes(clash) == (8, 2)


def test_peacekeepers_killed_are_the_external_force_not_the_host_army() -> None:
    found = events("Des jihadistes ont attaqué lundi le camp de la Minusma à Aguelhok, dans le nord "
                   "du Mali, tuant trois Casques bleus tchadiens.")
    attack = next(e for e in found if e.event_type == "Battles")
    assert attack.actor2 is not None and (attack.actor2.name, attack.actor2.inter) == ("United Nations", 8)


def test_forces_whose_posts_were_attacked_did_not_attack() -> None:
    found = events("Mardi, plusieurs postes de l'armée malienne ont été attaqués simultanément près "
                   "de Douentza. Le JNIM a revendiqué ces attaques mercredi.")
    attack = next(e for e in found if e.event_type == "Battles")
    assert classes(attack) == (2, 1)


def test_violence_against_civilians_targets_civilians_whoever_else_is_named() -> None:
    found = events("Samedi, à Tamboul, au Soudan, des miliciens ont exécuté un chef rebelle devant "
                   "la mosquée.")
    attack = next(e for e in found if e.event_type == "Violence against civilians")
    assert attack.actor2 is not None and attack.actor2.inter == 7


def test_armed_youths_and_herders_of_a_community_are_an_identity_militia() -> None:
    found = events("Samedi, des jeunes armés venus du comté voisin ont attaqué le village de Pibor, "
                   "au Soudan du Sud, tuant trente civils.")
    attack = next(e for e in found if e.event_type == "Violence against civilians")
    assert classes(attack) == (4, 7)


def test_who_finds_the_dead_is_no_party_to_their_killing() -> None:
    (attack,) = events("Les soldats ont retrouvé mercredi les corps de seize ouvriers tués par des "
                       "rebelles près de Nduga.", date(2018, 12, 5))
    assert attack.actor1 is not None and attack.actor1.inter == 2


def test_soldiers_killed_in_fighting_against_a_group_put_the_forces_first() -> None:
    found = events("Dix soldats ont été tués mardi lors de combats contre des jihadistes près de "
                   "Ménaka, au Mali.")
    clash = next(e for e in found if e.sub_event_type == "Armed clash")
    assert classes(clash) == (1, 2)


def test_a_government_that_reports_an_attack_did_not_carry_it_out() -> None:
    found = events("Le bilan de l'attaque contre une église de Gao, au Mali, s'élève à quarante morts, "
                   "a annoncé jeudi le gouvernement.")
    attack = next(e for e in found if e.event_type == "Violence against civilians")
    assert classes(attack) == (3, 7)


def test_the_agent_right_after_a_participle_trigger_is_its_author() -> None:
    found = events("L'armée a annoncé samedi avoir libéré une partie des écolières enlevées jeudi par "
                   "des bandits armés près de Kaura Namoda, au Nigeria.")
    abduction = next(e for e in found if e.sub_event_type == "Abduction/forced disappearance")
    assert classes(abduction) == (3, 7)


def test_looting_and_mob_violence_hit_civilians_unless_a_party_is_named() -> None:
    found = events("Samedi, des insurgés ont pillé le marché de Mocimboa da Praia, au Mozambique.")
    looting = next(e for e in found if e.sub_event_type == "Looting/property destruction")
    assert classes(looting) == (2, 7)
    found = events("Mardi, une foule en colère a saccagé des boutiques à Bunia, en RDC.")
    mob = next(e for e in found if e.sub_event_type == "Mob violence")
    assert classes(mob) == (5, 7)


def test_a_mob_is_always_its_rioters() -> None:
    text = ("Violences à Dacca. Mercredi, des centaines de partisans du gouvernement ont attaqué à coups "
            "de bâtons et de briques un rassemblement d'étudiants à Dacca, selon la police. Lundi, un "
            "policier a été lynché par la foule à Khulna. Le ministre de l'Intérieur a dénoncé ces "
            "violences.")
    mobs = [e for e in events(text, date(2024, 7, 20)) if e.sub_event_type == "Mob violence"]
    assert mobs and all(classes(e)[0] == 5 for e in mobs)


def test_the_authorities_are_the_government() -> None:
    found = events("Dans la nuit de jeudi à vendredi, les autorités ont fait sauter les maisons de deux "
                   "suspects près de Tral, en Inde.")
    looting = next(e for e in found if e.sub_event_type == "Looting/property destruction")
    assert classes(looting) == (1, 7)


def test_an_agent_is_not_the_subject_of_the_verb_after_it() -> None:
    found = events("Samedi, une frappe de drone attribuée aux paramilitaires par les autorités "
                   "locales a dévasté l'hôpital d'El-Facher, au Soudan, tuant 70 patients.")
    strike = next(e for e in found if e.sub_event_type == "Air/drone strike")
    assert classes(strike) == (2, 7)


def test_authorities_that_deny_deaths_are_not_blamed_for_a_strike() -> None:
    found = events("Jeudi, une frappe de drone a tué quatre personnes près de Koya, en Irak. "
                   "Les autorités démentent tout mort.")
    strike = next(e for e in found if e.sub_event_type == "Air/drone strike")
    assert classes(strike) == (3, 7)


def test_warplanes_named_as_the_subject_are_the_attackers() -> None:
    found = events("Mardi à l'aube, une douzaine de Mirage 2000 indiens ont largué leurs bombes sur le "
                   "camp d'entraînement du groupe Jaish-e-Mohammed près de Balakot, au Pakistan.")
    strike = next(e for e in found if e.sub_event_type == "Air/drone strike")
    assert classes(strike) == (8, 2)
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of India"


def test_attackers_told_of_before_are_the_group_the_article_names() -> None:
    found = events("Les jihadistes de l'État islamique multiplient les exactions autour de Ménaka, au "
                   "Mali, selon des élus. Mardi, les assaillants ont tué douze bergers à Tamalat.")
    attack = next(e for e in found if e.event_type == "Violence against civilians")
    assert classes(attack) == (2, 7)


def test_a_blast_at_a_military_site_hits_the_forces() -> None:
    found = events("Samedi, un camion piégé a explosé à un poste de contrôle de Beledweyne, en Somalie, "
                   "tuant dix-huit personnes.")
    blast = next(e for e in found if e.event_type == "Explosions/Remote violence")
    assert blast.actor2 is not None and blast.actor2.inter == 1


def test_the_un_interim_force_is_the_united_nations() -> None:
    found = events("Mardi, une roquette est tombée sur le quartier général de la Finul à Naqoura, au "
                   "Liban, sans faire de blessés.")
    rocket = next(e for e in found if e.event_type == "Explosions/Remote violence")
    assert rocket.actor2 is not None and rocket.actor2.inter == 8


def test_weapons_shot_down_are_the_nationalitys_and_the_air_defence_the_countrys() -> None:
    found = events("Mardi, la défense antiaérienne a détruit une dizaine de drones ukrainiens au-dessus "
                   "de la région de Belgorod, en Russie.")
    interception = next(e for e in found if e.sub_event_type == "Disrupted weapons use")
    assert interception.actor1 is not None and interception.actor2 is not None
    assert (interception.actor1.name, interception.actor1.inter) == ("Military Forces of Russia", 1)
    assert (interception.actor2.name, interception.actor2.inter) == ("Military Forces of Ukraine", 8)


def test_soldiers_and_police_among_the_dead_are_together_the_forces() -> None:
    found = events("Lundi, au moins onze personnes, dont quatre soldats, quatre civils et deux policiers, "
                   "ont été tuées dans l'explosion d'une bombe à Marawi, aux Philippines.")
    blast = next(e for e in found if e.event_type == "Explosions/Remote violence")
    assert blast.actor2 is not None and blast.actor2.inter == 1


def test_a_party_that_is_the_subject_of_a_passive_verb_did_not_act() -> None:
    found = events("Le frère du chef de l'armée a été enlevé samedi à Goma, en RDC, lors d'une attaque "
                   "attribuée aux rebelles du M23.")
    abduction = next(e for e in found if e.event_type == "Violence against civilians")
    assert abduction.actor1 is not None and abduction.actor1.inter != 1


def test_rioters_told_as_fighting_fight_the_police() -> None:
    found = events("Samedi, des milliers de manifestants en colère ont saccagé le siège du gouverneur à "
                   "Kisumu, au Kenya. Des affrontements ont aussi été signalés à Eldoret.")
    riots = [e for e in found if e.sub_event_type == "Violent demonstration"]
    assert riots and riots[-1].actor2 is not None and riots[-1].actor2.inter == 1


def test_the_agent_of_another_participle_set_off_by_a_comma_is_no_party() -> None:
    (shelling,) = events("Vendredi, des tirs d'artillerie ont tué quatre civils à Donetsk, en Ukraine, selon "
                         "la mairie, contrôlée par les séparatistes.")
    assert shelling.actor1 is not None and shelling.actor1.inter != 2


def test_weapons_shot_down_with_no_nationality_are_the_defences_enemys() -> None:
    found = events("Les rebelles houthis ont de nouveau visé Jazan, en Arabie saoudite, selon la coalition. "
                   "Mardi, plusieurs drones ont été abattus par la défense antiaérienne au-dessus de Jazan.")
    interception = next(e for e in found if e.sub_event_type == "Disrupted weapons use")
    assert interception.actor2 is not None and interception.actor2.inter == 2


def test_the_shooters_own_nationality_does_not_hide_the_weapons() -> None:
    found = events("Jeudi, l'armée américaine a abattu un drone armé turc près de Hassaké, en Syrie.")
    interception = next(e for e in found if e.sub_event_type == "Disrupted weapons use")
    assert interception.actor2 is not None and interception.actor2.name == "Military Forces of Turkey"


def test_attackers_counted_dead_are_their_own_the_forces_their_target() -> None:
    found = events("Mardi, des hommes armés ont pris d'assaut une caserne à Bria, en Centrafrique ; douze "
                   "assaillants ont été tués.")
    attack = next(e for e in found if e.event_type == "Battles")
    assert attack.actor2 is not None and attack.actor2.inter == 1


def test_a_capital_that_only_announces_past_an_adverbial_phrase_takes_no_part() -> None:
    (clash,) = events("Moscou a par ailleurs annoncé que deux de ses soldats avaient été tués jeudi "
                      "lorsque leur convoi a essuyé des tirs de militaires géorgiens.")
    assert clash.actor1 is not None and clash.actor1.name == "Military Forces of Georgia"


def test_fighting_between_communities_has_a_communal_militia_on_each_side() -> None:
    found = events("Samedi, des affrontements entre éleveurs et agriculteurs ont fait douze morts près de "
                   "Bambari, en Centrafrique, où des casques bleus de la Minusca sont déployés.")
    clash = next(e for e in found if e.event_type == "Battles")
    assert classes(clash) == (4, 4)
    found = events("Mardi, de violents combats ont opposé des membres de deux tribus rivales près de "
                   "Gedaref, au Soudan, selon l'armée.")
    clash = next(e for e in found if e.event_type == "Battles")
    assert classes(clash) == (4, 4)


def test_fighting_between_the_forces_and_a_community_keeps_the_forces() -> None:
    found = events("Samedi, des affrontements entre l'armée et des éleveurs peuls ont fait douze morts "
                   "près de Mopti, au Mali.")
    clash = next(e for e in found if e.event_type == "Battles")
    assert clash.actor1 is not None and clash.actor1.inter == 1


def test_a_riot_the_police_answered_in_the_next_sentence_targets_the_police() -> None:
    found = events("Samedi, à Tirana, des centaines de protestataires ont brisé les vitres du ministère et "
                   "mis le feu à des voitures. La police a riposté avec des gaz lacrymogènes.")
    riot = next(e for e in found if e.sub_event_type == "Violent demonstration")
    assert riot.actor2 is not None and riot.actor2.inter == 1


def test_a_riot_the_police_answered_after_a_semicolon_targets_the_police() -> None:
    found = events("Samedi, à Tirana, des centaines de jeunes ont tenté de prendre d'assaut le siège du "
                   "gouvernement en lançant des pierres ; les policiers les ont repoussés.")
    riot = next(e for e in found if e.sub_event_type == "Violent demonstration")
    assert riot.actor2 is not None and riot.actor2.inter == 1


def test_peace_missions_and_allied_forces_are_named_external_forces() -> None:
    found = events("Mardi soir, des obus de mortier ont été tirés sur le quartier général de la Minuss à "
                   "Malakal, au Soudan du Sud.")
    shelling = next(e for e in found if e.event_type == "Explosions/Remote violence")
    assert shelling.actor2 is not None
    assert (shelling.actor2.name, shelling.actor2.inter) == ("United Nations", 8)
    found = events("Samedi, des hommes armés ont attaqué une patrouille de la KFOR près de Zvecan, "
                   "au Kosovo.")
    attack = next(e for e in found if e.event_type == "Battles")
    assert attack.actor2 is not None and attack.actor2.inter == 8
    assert attack.actor2.name.startswith("KFOR")


def test_a_coalition_of_armed_groups_is_theirs_not_the_foreign_coalition() -> None:
    found = events("Samedi, le gouvernement tchadien et une coalition de groupes rebelles ont signé un "
                   "accord de paix à N'Djamena.")
    deal = next(e for e in found if e.sub_event_type == "Agreement")
    assert classes(deal) == (1, 2)
    found = events("Mardi, une coalition de gangs a attaqué le commissariat de Mirebalais, en Haïti.")
    attack = next(e for e in found if e.event_type == "Battles")
    assert attack.actor1 is not None and attack.actor1.inter == 3


def test_a_security_council_with_a_nationality_is_that_states_own() -> None:
    text = ("Le secrétaire du Conseil de sécurité russe a signé l'accord, que le Conseil de sécurité "
            "de l'ONU a salué.")
    found = [(text[m.span.start:m.span.end], m.kind.inter, m.home)
             for m in find_actors(text, 0, len(text), "fr")]
    assert ("Conseil de sécurité", 1, "RU") in found
    assert ("Conseil de sécurité", 8, None) in found


def test_who_only_counts_arrests_did_not_make_them() -> None:
    found = events("La Minusca a recensé mardi une cinquantaine d'interpellations à Bangui, en "
                   "Centrafrique.")
    arrests = next(e for e in found if e.sub_event_type == "Arrests")
    assert arrests.actor1 is not None and arrests.actor1.inter == 1
    found = events("La police a annoncé mardi l'arrestation de trois suspects à Bangui, en Centrafrique.")
    arrests = next(e for e in found if e.sub_event_type == "Arrests")
    assert arrests.actor1 is not None and arrests.actor1.inter == 1


def test_assailants_counted_dead_are_still_the_attackers() -> None:
    found = events("Jeudi soir, douze assaillants et deux gendarmes ont été tués lors d'une attaque contre "
                   "une caserne de Kidal, au Mali, selon les forces de sécurité.")
    attack = next(e for e in found if e.event_type == "Battles")
    assert classes(attack) == (3, 1)


def test_a_named_force_keeps_its_country_before_another_nationality() -> None:
    found = events("Samedi, les forces rwandaises et mozambicaines ont repris le contrôle de Palma, "
                   "dans le nord du Mozambique, tenue par les insurgés jihadistes.")
    retaking = next(e for e in found if e.event_type == "Battles")
    assert retaking.actor1 is not None and retaking.actor1.name == "Military Forces of Rwanda"
    assert retaking.actor1.inter == 8


def test_a_mediators_nationality_after_a_truce_makes_no_party_to_it() -> None:
    found = events("Samedi, l'Arménie et l'Azerbaïdjan ont accepté un cessez-le-feu « total et immédiat » "
                   "obtenu par la médiation américaine, selon Erevan.")
    assert found and all(e.actor1 is not None and e.actor1.name != "Military Forces of the United States"
                         for e in found)


def test_rioters_who_burn_the_home_of_a_police_chief_fight_no_one() -> None:
    riots = [e for e in events("Samedi, à Kolda, des émeutiers ont incendié la résidence du commandant "
                               "de la police régionale.") if e.event_type == "Riots"]
    assert riots and classes(riots[0]) == (5, None)


def test_a_policeman_who_tells_of_a_riot_is_not_its_target() -> None:
    riots = [e for e in events("Samedi, à Kolda, des manifestants ont pris d'assaut la mairie et y ont mis "
                               "le feu, a indiqué un policier.") if e.event_type == "Riots"]
    assert riots and riots[0].actor2 is None


def test_the_party_an_incident_is_pinned_on_outweighs_the_articles_first_suspect() -> None:
    found = events("Le gouverneur accuse les rebelles d'avoir posé des mines sur la route du nord. "
                   "Mardi, des obus sont tombés sur le marché de Kadugli, tuant six civils, selon le "
                   "maire, qui accuse l'armée.", date(2022, 3, 10))
    shelling = next(e for e in found if e.sub_event_type == "Shelling/artillery/missile attack")
    assert shelling.actor1 is not None and shelling.actor1.inter == 1


def test_a_foreign_aircraft_told_as_an_appareil_strikes_as_a_foreign_force() -> None:
    found = events("Mardi, un appareil américain a bombardé un dépôt près de Kandahar, en Afghanistan, "
                   "tuant trois civils.", date(2019, 4, 3))
    strike = next(e for e in found if e.event_type == "Explosions/Remote violence")
    assert strike.actor1 is not None and strike.actor1.inter == 8


def test_a_party_the_article_blames_did_not_strike_its_own_positions() -> None:
    found = events("Dimanche, un attentat a visé un marché d'Ankara ; il a été revendiqué par le PKK. "
                   "Jeudi, des positions du PKK ont été frappées près de Qamichli, en Syrie.",
                   date(2023, 10, 6))
    strike = next(e for e in found if e.sub_event_type in ("Air/drone strike",
                                                           "Shelling/artillery/missile attack"))
    assert strike.actor1 is None or "PKK" not in strike.actor1.name
    assert strike.actor2 is not None and "PKK" in strike.actor2.name


def test_a_party_named_as_what_a_town_is_does_not_strike_it() -> None:
    found = events("Mardi, à Talbisseh, une localité rebelle du nord de Homs, des obus ont tué dix-sept "
                   "civils, selon l'OSDH.", date(2015, 10, 3))
    shelling = next(e for e in found if e.fatalities == 17)
    assert shelling.actor1 is not None and shelling.actor1.inter == 3


def test_heavily_armed_men_are_an_unidentified_armed_group() -> None:
    found = events("Dans la nuit de samedi à dimanche, des hommes lourdement armés ont pris d'assaut la "
                   "prison de Jacmel, en Haïti, après des heures d'échanges de tirs avec les gardiens.",
                   date(2024, 3, 4))
    assault = next(e for e in found if e.event_type == "Battles")
    assert assault.actor1 is not None and assault.actor1.inter == 3


def test_armed_men_told_as_unidentified_are_not_pinned_on_a_group() -> None:
    found = events("Jeudi, des hommes armés non identifiés ont enlevé six personnes près de Djugu. Les "
                   "autorités accusent la milice CODECO, qui a revendiqué une attaque contre un camp "
                   "voisin.", date(2021, 11, 26))
    abduction = next(e for e in found if e.sub_event_type == "Abduction/forced disappearance")
    assert abduction.actor1 is not None and abduction.actor1.inter == 3


def test_a_government_signing_abroad_is_judged_against_the_headlines_country() -> None:
    text = ("Banjul, 3 mars 2004 – Le gouvernement sénégalais et les rebelles du MFDC ont signé "
            "mardi à Banjul un accord de paix, au terme de pourparlers tenus à Banjul puis à "
            "Serekunda sous l'égide de la Gambie.")
    ctx = make_context(text, date(2004, 3, 3), title="Sénégal : le gouvernement et le MFDC signent la paix")
    found = extract_events(ctx, extract_casualties(ctx))[0]
    agreement = next(e for e in found if e.sub_event_type == "Agreement")
    assert agreement.actor1 is not None and agreement.actor1.name == "Government of Senegal"
    assert agreement.actor1.inter == 1


def test_a_protest_broken_up_is_fought_with_the_forces_whoever_was_hurt() -> None:
    found = events("Mardi, à Pune, les forces de l'ordre ont tiré des gaz lacrymogènes pour disperser "
                   "plusieurs centaines de jeunes qui tentaient de marcher vers la mairie ; trois "
                   "personnes ont été blessées.")
    protest = next(e for e in found if e.sub_event_type == "Protest with intervention")
    assert classes(protest) == (6, 1)


def test_a_strike_by_forces_naming_no_target_hits_the_armed_group_they_fight() -> None:
    found = events("Les rebelles houthis ont revendiqué lundi un tir de missile contre Israël. Samedi à "
                   "l'aube, des avions de combat américains ont bombardé les environs de Sanaa, au Yémen.")
    strike = next(e for e in found if e.sub_event_type == "Air/drone strike")
    assert classes(strike) == (8, 2)
    # another state's unnamed target is a site, not its forces
    found = events("Mardi, un drone ukrainien a frappé une raffinerie de Kstovo, en Russie. L'armée russe "
                   "a bombardé Kharkiv.")
    strike = next(e for e in found if e.sub_event_type == "Air/drone strike")
    assert classes(strike) == (8, None)


def test_a_un_mission_named_as_such_only_tells_of_the_violence() -> None:
    (attack,) = events("Trois civils ont été tués mardi à Bangassou lors d'une attaque, a indiqué la "
                       "Mission de l'ONU en Centrafrique (Minusca).")
    assert classes(attack) == (3, 7)


def test_attackers_told_of_before_are_the_named_group_when_fought_too() -> None:
    for text in ("Des rebelles des ADF ont tué samedi douze civils à Rwangoma, près de Beni. Des "
                 "affrontements ont opposé dimanche l'armée aux assaillants dans la forêt voisine.",
                 "Des rebelles des ADF ont tué samedi douze civils à Rwangoma, près de Beni. Dimanche, "
                 "les militaires ont affronté les assaillants dans la forêt voisine."):
        clash = next(e for e in events(text) if e.sub_event_type == "Armed clash")
        assert classes(clash) == (1, 2)


def test_fighting_told_after_an_assault_in_its_sentence_is_the_assailants() -> None:
    (clash,) = events("Les rebelles de l'Armée d'Arakan multiplient les attaques dans l'ouest du pays. "
                      "Mardi, des dizaines d'hommes ont pris d'assaut un poste de police près de Maungdaw, "
                      "où six policiers ont péri dans les combats.")
    assert classes(clash) == (2, 1)
    (fought,) = events("Mardi, l'armée a mené des combats contre les rebelles près de Maungdaw, tuant six "
                       "insurgés.")
    assert classes(fought) == (1, 2)


def test_an_attack_a_side_says_it_repelled_was_its_enemys() -> None:
    found = events("Les jihadistes du JNIM multiplient les attaques dans le nord du Mali. Lundi, l'armée "
                   "malienne a affirmé avoir repoussé une attaque contre son camp de Bourem.")
    clash = next(e for e in found if e.sub_event_type == "Armed clash")
    assert classes(clash) == (2, 1)


def test_a_crowd_struck_by_a_bomb_or_gunmen_is_civilians() -> None:
    for text in ("Mardi, un kamikaze s'est fait exploser au milieu de la foule rassemblée pour des "
                 "funérailles à Khewa, en Afghanistan, tuant au moins 24 personnes.",
                 "Jeudi, des hommes armés ont ouvert le feu sur la foule d'un marché de Bama, au Nigeria, "
                 "tuant douze personnes."):
        (event,) = events(text)
        assert event.actor2 is not None and (event.actor2.name, event.actor2.inter) == ("Civilians", 7)


def test_a_place_the_forces_retake_is_lost_by_the_armed_group_they_fight() -> None:
    found = events("Les milices Fano contrôlent depuis une semaine plusieurs villes de l'Amhara, en "
                   "Éthiopie. Mercredi, l'armée a affirmé avoir repris Lalibela.")
    retaken = next(e for e in found if e.sub_event_type == "Government regains territory")
    assert classes(retaken) == (1, 4)


def test_a_claimed_attack_does_not_name_the_author_of_a_mine_in_another_province() -> None:
    text = ("Bamako, 19 janv. 2017 – Un kamikaze a tué quarante soldats mercredi dans un camp militaire "
            "de Gao. L'attaque a été revendiquée par le groupe État islamique. Par ailleurs, un soldat "
            "a été tué mercredi par l'explosion d'une mine près de Goundam, dans la région de "
            "Tombouctou.")
    found = events(text, date(2017, 1, 19))
    mine = next(e for e in found if e.sub_event_type == "Remote explosive/landmine/IED")
    assert mine.actor1 is not None and mine.actor1.inter == 3
    bombing = next(e for e in found if e.sub_event_type == "Suicide bomb")
    assert bombing.actor1 is not None and bombing.actor1.name == "Islamic State"


def test_a_bombing_of_a_military_checkpoint_targets_the_forces() -> None:
    found = events("Vendredi, un kamikaze a lancé une voiture chargée d'explosifs contre un barrage "
                   "militaire près d'El-Arich, en Égypte.", date(2014, 10, 25))
    bombing = next(e for e in found if e.event_type == "Explosions/Remote violence")
    assert bombing.actor2 is not None and bombing.actor2.inter == 1


def test_looters_and_wreckers_arrested_after_a_riot_are_rioters() -> None:
    found = events("Vendredi, une quarantaine de pillards ont été interpellés à Douala, au Cameroun.",
                   date(2008, 3, 1))
    arrests = next(e for e in found if e.sub_event_type == "Arrests")
    assert arrests.actor2 is not None and arrests.actor2.inter == 5


def test_a_group_the_article_introduces_with_its_acronym_is_a_party() -> None:
    (bombing,) = events("Une voiture piégée a explosé jeudi à l'entrée du camp militaire d'Agadez, tuant "
                        "vingt soldats. Le Mouvement pour l'unicité et le jihad en Afrique de l'Ouest "
                        "(Mujao) a revendiqué l'attaque.")
    assert bombing.actor1 is not None and bombing.actor1.name.startswith("Mujao:")
    assert classes(bombing) == (2, 1)
    (bombing,) = events("Un groupe séparatiste baloutche, l'Armée unie du Baloutchistan (UBA), a revendiqué "
                        "l'explosion d'une bombe qui a tué cinq soldats mardi à Quetta.")
    assert classes(bombing) == (2, 1)


def test_an_articles_own_meaning_of_an_acronym_wins_over_the_lists() -> None:
    (taken,) = events("Les miliciens de l'Union des patriotes congolais (UPC) ont pris lundi le contrôle "
                      "de Bunia, après des combats qui ont fait douze morts.")
    assert taken.actor1 is not None and taken.actor1.name.startswith("UPC: Union des patriotes")
    assert classes(taken) == (3, 1)


def test_fighters_of_a_group_a_figure_counts_are_its_victims_not_its_attackers() -> None:
    (strike,) = events("Un drone a frappé mardi une voiture près de Tyr, tuant deux combattants "
                       "du Hezbollah.")
    assert classes(strike) == (None, 2)
    (strike,) = events("Vendredi, des missiles ont visé des dépôts d'armes près d'Alep, tuant six "
                       "combattants du Hezbollah.")
    assert classes(strike) == (None, 2)


def test_a_groups_class_comes_from_the_words_around_its_name() -> None:
    text = ("Le Front démocratique du renouveau (FDR), une rébellion toubou, n'a pas signé. Des soldats "
            "de l'Armée populaire de libération du Soudan (SPLA) patrouillaient. Le Comité laïc de "
            "coordination (CLC) a appelé à marcher. Le groupe jihadiste Ansar Beït al-Maqdis a frappé.")
    groups = document_groups(text, "fr")
    assert groups is not None
    assert {kind.name: kind.inter for kind in groups.acronyms.values()} == {
        "FDR: Front démocratique du renouveau": 2, "SPLA: Armée populaire de libération du Soudan": 1}
    assert groups.names["ansar beït al-maqdis"].inter == 2


def test_an_organisation_of_the_world_or_the_side_attacked_is_no_armed_group_of_the_article() -> None:
    text = ("Les jihadistes ont tué vingt civils mardi selon l'Organisation des Nations unies (ONU). "
            "Des rebelles ont attaqué un convoi du Comité international de la Croix-Rouge (CICR).")
    assert document_groups(text, "fr") is None
    text = "Mardi, des jihadistes ont attaqué une patrouille de la Force conjointe du G5 Sahel (FC-G5S)."
    assert document_groups(text, "fr") is None


def test_fighting_that_names_its_two_sides_as_a_pair_puts_the_first_named_first() -> None:
    for text, expected in (
            ("Samedi, à Linamon, des combats ont opposé pendant plusieurs heures les rebelles aux "
             "soldats, faisant trois morts.", (2, 1)),
            ("Samedi, à Linamon, des combats ont opposé pendant plusieurs heures les soldats aux "
             "rebelles, faisant trois morts.", (1, 2)),
            ("Samedi, à Damas, rebelles et soldats s'affrontaient dans plusieurs quartiers du sud.", (2, 1)),
            ("Samedi, à Damas, soldats et rebelles s'affrontaient dans plusieurs quartiers du sud.", (1, 2))):
        clash = next(e for e in events(text) if e.sub_event_type == "Armed clash")
        assert classes(clash) == expected, text


def test_the_agent_of_an_assault_leads_it_even_when_its_own_men_are_counted() -> None:
    (clash,) = events("Samedi, à Mogadiscio, un soldat a péri lors de l'assaut donné par les forces de "
                      "sécurité contre des shebab retranchés dans un hôtel.")
    assert classes(clash) == (1, 2)


def test_the_side_that_fights_back_is_the_target_of_the_clash() -> None:
    clash = next(e for e in events("Samedi, près de Poonch, des soldats pakistanais ont ouvert le feu sur "
                                   "plusieurs secteurs de la Ligne de contrôle, et l'armée indienne a "
                                   "riposté, selon un porte-parole.") if e.sub_event_type == "Armed clash")
    assert classes(clash) == (8, 1)


def test_an_offensive_of_a_nationality_is_that_state_s_whoever_repels_it() -> None:
    (clash,) = events("Dimanche, près de Hadrout, au Haut-Karabakh, les séparatistes affirmaient repousser "
                      "une offensive azerbaïdjanaise.")
    assert classes(clash) == (1, 2)


def test_state_forces_of_no_known_country_are_named_without_one() -> None:
    found = events("Dans le quartier de Bourri, un jeune manifestant a été abattu mardi par les forces "
                   "de sécurité.")
    names = [e.actor1.name for e in found if e.actor1 is not None]
    assert names and all("?" not in name and not name.endswith(" of") for name in names)


def test_a_strike_told_with_no_drone_is_flown_by_forces_not_the_blamed_group() -> None:
    found = events("Beyrouth, 5 juin 2021 – Une salve de roquettes tirée depuis le Liban s'est abattue "
                   "vendredi sur Safed, que l'armée israélienne attribue au Hezbollah. La riposte a été "
                   "immédiate : une frappe aérienne a visé un immeuble de Nabatieh. Plus au sud, dans le "
                   "village de Souaneh, une femme et ses deux enfants ont été tués par une autre frappe.")
    strike = next(e for e in found if e.sub_event_type == "Air/drone strike"
                  and e.location is not None and e.location.name == "Souaneh")
    assert strike.actor1 is not None and strike.actor1.inter in (1, 8)
    found = events("Des drones ont frappé mardi le port de Port-Soudan, que l'armée attribue aux "
                   "paramilitaires des Forces de soutien rapide.")
    strike = next(e for e in found if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 is not None and strike.actor1.inter == 2


def test_a_nationality_after_a_coordinated_armed_group_is_not_the_soldiers() -> None:
    found = events("Ramallah, 5 juin 2021 – Cette attaque était survenue au lendemain d'un raid de "
                   "l'armée israélienne dans le camp de réfugiés de Jénine, où soldats et combattants "
                   "palestiniens se sont affrontés lundi pendant une dizaine d'heures. Cinq "
                   "Palestiniens y ont été tués, selon le ministère de la Santé.")
    clash = next(e for e in found if e.sub_event_type == "Armed clash")
    assert clash.actor1 is not None and clash.actor1.name == "Military Forces of Israel"
    assert classes(clash) == (8, 2)


def test_the_wazalendo_are_a_political_militia_not_a_communal_one() -> None:
    found = events("Goma, 5 juin 2021 – De violents combats ont opposé lundi les rebelles du M23 à des "
                   "miliciens wazalendo autour de Nyabiondo, dans le Nord-Kivu.")
    clash = next(e for e in found if e.sub_event_type == "Armed clash")
    assert clash.actor2 is not None and clash.actor2.name == "Wazalendo Militia"
    assert classes(clash) == (2, 3)


def test_peacekeepers_hit_abroad_are_the_target_not_the_host_army() -> None:
    found = events("Bangui, 5 juin 2021 – Jeudi, des combattants de l'UPC ont ouvert le feu sur la base "
                   "des Casques bleus près de Bambari ; un Casque bleu a été blessé.")
    clash = next(e for e in found if e.event_type == "Battles")
    assert clash.actor2 is not None and clash.actor2.name == "United Nations"
    assert classes(clash) == (2, 8)


def test_who_tells_of_an_attack_after_its_verb_is_no_party_to_it() -> None:
    found = events("Lahore, 5 juin 2021 – Vendredi, des inconnus ont ouvert le feu sur un autobus près "
                   "de Multan, tuant quatre passagers, a indiqué un officier de police.")
    attack = next(e for e in found if e.event_type == "Violence against civilians")
    assert classes(attack) == (3, 7)
    found = events("Jos, 5 juin 2021 – Au moins trente villageois ont été tués jeudi lors d'attaques "
                   "contre deux villages du district de Bokkos, a annoncé vendredi la police, qui "
                   "soupçonne des éleveurs peuls armés.")
    attack = next(e for e in found if e.event_type == "Violence against civilians")
    assert attack.actor1 is not None and attack.actor1.inter != 1


def test_fighting_between_rival_groups_is_between_armed_groups() -> None:
    found = events("Karachi, 5 juin 2021 – Dans la nuit, des échanges de tirs entre groupes rivaux ont "
                   "fait cinq morts dans le quartier de Lyari, selon la police.")
    clash = next(e for e in found if e.sub_event_type == "Armed clash")
    assert classes(clash) == (3, 3)


def test_militants_killed_while_their_group_attacks_are_its_own_dead() -> None:
    found = events("Bamako, 5 juin 2021 – Jeudi, les jihadistes du JNIM ont attaqué le camp militaire "
                   "de Léré. L'état-major affirme avoir neutralisé douze terroristes.")
    clash = next(e for e in found if e.event_type == "Battles")
    assert classes(clash) == (2, 1)


def test_policemen_arrested_are_the_forces_own_members() -> None:
    (arrest,) = events("Quinze policiers ont été arrêtés jeudi à Taxco, a annoncé le parquet.")
    assert classes(arrest) == (1, 1)
    (arrest,) = [e for e in events("La police a annoncé jeudi avoir interpellé quinze manifestants "
                                   "à Taxco.") if e.sub_event_type == "Arrests"]
    assert classes(arrest) == (1, 6)


def test_the_forces_a_strike_supports_are_not_its_target() -> None:
    found = events("Kaboul, 5 juin 2021 – Les forces américaines ont mené jeudi plusieurs frappes "
                   "aériennes près de Ghazni en soutien aux troupes afghanes.")
    strike = next(e for e in found if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 is not None and strike.actor1.inter == 8
    assert strike.actor2 is None or strike.actor2.inter != 1


def test_a_town_taken_by_mutinous_soldiers_is_overtaken_by_rebels() -> None:
    found = events("Mercredi, la ville de Bor est tombée aux mains de soldats mutins ralliés à "
                   "l'ancien vice-président.")
    capture = [e for e in found if e.event_type == "Battles"]
    assert [e.sub_event_type for e in capture] == ["Non-state actor overtakes territory"]
    assert classes(capture[0])[0] == 2


def test_a_strike_on_posts_a_group_holds_or_a_place_it_is_entrenched_in_targets_that_group() -> None:
    (strike,) = events("Jeudi, des avions de la coalition ont bombardé des positions tenues par les "
                       "jihadistes près de Raqqa, en Syrie, tuant cinq civils.")
    assert classes(strike) == (8, 2)
    (shelling,) = events("L'artillerie de l'armée a pilonné lundi le camp de Tal Abbas, au Liban, où sont "
                         "retranchés les islamistes. Neuf personnes ont été tuées.")
    assert classes(shelling) == (1, 2)


def test_a_group_that_holds_a_village_hit_did_not_strike_it() -> None:
    (strike,) = events("Mardi, l'armée a bombardé le village de Mae Sam, contrôlé par les rebelles, "
                       "tuant trois civils, en Birmanie.")
    assert classes(strike) == (1, 7)


def test_unidentified_attackers_tied_to_a_named_group_are_its_men() -> None:
    (attack,) = events("Mardi, des hommes armés soupçonnés d'appartenir au groupe islamiste Boko Haram "
                       "ont tué douze villageois à Gwoza.")
    assert attack.actor1 is not None and attack.actor1.name == "Boko Haram"
    assert classes(attack) == (2, 7)
    # a tie told in another clause, or to no named group, leaves them unidentified
    (attack,) = events("Mardi, des hommes armés se réclamant d'un islam radical ont tué douze "
                       "villageois à Gwoza.")
    assert classes(attack) == (3, 7)


def test_a_bomb_set_off_at_the_forces_vehicles_or_premises_targets_the_forces() -> None:
    (bombing,) = events("Vendredi, un kamikaze a fait exploser une voiture piégée devant les locaux de la "
                        "police à Khoudjand, tuant deux personnes.", date(2010, 9, 20))
    assert classes(bombing) == (2, 1)
    (blast,) = events("Mardi, une bombe a explosé au passage d'un camion militaire à Quetta, tuant six "
                      "personnes.", date(2013, 1, 12))
    assert classes(blast) == (3, 1)


def test_a_truce_told_as_unilateral_has_no_second_party() -> None:
    for text in ("L'armée malienne a quitté Tombouctou dimanche. Jeudi, le MNLA a annoncé un "
                 "cessez-le-feu unilatéral à Gao.",
                 "L'armée malienne a quitté Tombouctou dimanche. Jeudi, le MNLA a annoncé une trêve "
                 "unilatérale de 72 heures à Gao."):
        truce = next(e for e in events(text) if e.sub_event_type == "Agreement")
        assert classes(truce) == (2, None)


def test_people_arrested_tied_to_a_named_group_are_that_groups() -> None:
    (arrests,) = events("Samedi, la police turque a annoncé l'arrestation de 113 personnes soupçonnées "
                        "de liens avec le PKK lors d'opérations menées à Diyarbakir.")
    assert arrests.actor2 is not None and arrests.actor2.name == "PKK: Kurdistan Workers Party"
    (arrests,) = events("Dimanche, la police haïtienne a annoncé l'interpellation de six membres présumés "
                        "de 400 Mawozo à Croix-des-Bouquets.")
    assert classes(arrests) == (1, 3)


def test_an_assault_on_a_forces_post_naming_no_attacker_is_the_armed_groups() -> None:
    story = ("L'armée birmane a perdu du terrain cette semaine face aux rebelles, mais l'armée "
             "affirme tenir Paletwa. ")
    for told in ("Dimanche, leurs combattants ont attaqué simultanément des bases militaires à Paletwa.",
                 "Dimanche, une autre attaque a visé un poste de contrôle près de Paletwa."):
        (clash,) = events(story + told)
        assert clash.sub_event_type == "Armed clash" and classes(clash) == (2, 1)
    # fighting told by a word of mutual fighting keeps the forces first
    (clash,) = events(story + "Dimanche, des combats ont éclaté près d'un poste de contrôle à Paletwa.")
    assert classes(clash) == (1, 2)


def test_the_party_whose_posts_were_taken_is_not_the_attacker() -> None:
    found = events("Les combats avaient éclaté samedi après l'arrestation par l'armée, à un barrage à "
                   "l'entrée de Tessit, d'Ag Moussa, un commandant rebelle qui venait de prêter "
                   "allégeance à l'organisation Etat islamique (EI). Dans les heures qui ont suivi, des "
                   "centaines d'hommes armés du JNIM et de l'EI se sont emparés de plusieurs positions "
                   "de l'armée et du commissariat de la ville.", date(2014, 8, 7))
    (clash,) = [e for e in found if e.sub_event_type == "Armed clash"]
    assert classes(clash) == (2, 1)


def test_the_agent_of_a_participle_before_a_fight_is_not_its_author() -> None:
    # "repoussés … par l'armée": the army repelled; the fight the noun tells is the attackers'
    clashes = [e for e in events("Des combattants de Boko Haram ont massacré mercredi des habitants de "
                                 "Fotokol, au Cameroun, avant d'être repoussés au terme de plusieurs heures "
                                 "de combats par l'armée tchadienne.") if e.sub_event_type == "Armed clash"]
    assert clashes and clashes[0].actor1 is not None and clashes[0].actor1.name == "Boko Haram"
    assert classes(clashes[0]) == (2, 8)
    # the trigger's own participle keeps its agent: "l'assaut lancé vendredi par les shebab"
    (assault,) = [e for e in events("Au moins dix soldats ont été tués lors de l'assaut lancé vendredi "
                                    "par les shebab contre la base de Baledogle.")
                  if e.event_type == "Battles"]
    assert assault.actor1 is not None and assault.actor1.name == "Al Shabaab"


def test_an_unnamed_strike_is_by_the_foreign_army_the_articles_other_strikes_are_told_as() -> None:
    found = events("Des drones explosifs ont frappé lundi matin le centre de Kiev, tuant au moins quatre "
                   "personnes dans un immeuble d'habitation. Dans le nord-est du pays, trois personnes ont "
                   "été tuées lorsqu'un missile russe s'est abattu dans la matinée sur une installation "
                   "énergétique de Romny, dans la région de Soumy.", date(2022, 10, 17))
    drones = next(e for e in found if e.sub_event_type == "Air/drone strike")
    assert drones.actor1 is not None and drones.actor1.name == "Military Forces of Russia"
    assert classes(drones) == (8, 7)


def test_who_comes_under_fire_is_its_target() -> None:
    (shelling,) = events("Des policiers ont essuyé vendredi des tirs de mortier aux abords de "
                         "Hammam al-Alil, au sud de Mossoul.", date(2016, 11, 5))
    assert shelling.actor1 is None or shelling.actor1.inter != 1
    assert shelling.actor2 is not None and shelling.actor2.inter == 1
    (strikes,) = events("Les soldats ont subi jeudi des frappes de drones des rebelles près de Loikaw.")
    assert classes(strikes) == (2, 1)
def test_unidentified_men_fighting_the_forces_are_the_group_the_article_blames() -> None:
    text = ("Les forces tunisiennes ont tué mardi cinq jihadistes lors d'un nouvel accrochage près de "
            "Ben Guerdane, au lendemain d'une attaque contre ses casernes, a annoncé le ministère de la "
            "Défense.\n"
            "Lundi à l'aube, des dizaines d'hommes armés avaient pris d'assaut la caserne de l'armée et le "
            "poste de la garde nationale. Les combats ont duré plusieurs heures.\n"
            "Selon un bilan officiel, 36 assaillants et 12 membres des forces de sécurité ont été tués "
            "lundi. Sept assaillants ont été capturés vivants.\n"
            "Le bilan s'élève ainsi à au moins 41 jihadistes tués en deux jours de combats.\n"
            "« Ils cherchaient à établir un émirat », a affirmé le président. Les autorités l'attribuent au "
            "groupe Etat islamique, mais aucune revendication n'avait été publiée mardi soir.")
    assault = next(e for e in events(text, date(2016, 3, 8))
                   if e.sub_event_type == "Armed clash" and e.date.start == date(2016, 3, 7))
    assert assault.actor1 is not None and assault.actor1.name == "Islamic State"
    assert classes(assault) == (2, 1)
    # killers of civilians stay unidentified, whoever is suspected
    text = ("Lundi, des hommes armés ont tué onze villageois à Tillia. La zone est un bastion du groupe "
            "Etat islamique, que les autorités accusent des violences.")
    attack = next(e for e in events(text, date(2021, 3, 23)) if e.sub_event_type == "Attack")
    assert classes(attack) == (3, 7)


def test_armed_men_tied_to_the_same_group_are_the_group_told_of_before() -> None:
    text = ("Des islamistes présumés de Boko Haram ont massacré des centaines de personnes lundi à Gamboru "
            "Ngala, dans le nord-est du Nigeria.\nDans la nuit de dimanche à lundi, des hommes armés "
            "soupçonnés d'appartenir au même groupe ont enlevé huit adolescentes à Warabe, un village "
            "proche de Gwoza.")
    abduction = next(e for e in events(text, date(2014, 5, 7))
                     if e.sub_event_type == "Abduction/forced disappearance")
    assert abduction.actor1 is not None and abduction.actor1.name == "Boko Haram"
    assert classes(abduction) == (2, 7)


def test_a_crowd_arrested_in_a_story_of_riots_is_the_rioters() -> None:
    text = ("Émeutes à Dakar. Des centaines de jeunes ont incendié des voitures et pillé des magasins mardi "
            "à Dakar, selon la police.\nMercredi, une centaine de personnes ont été interpellées, a indiqué "
            "la police.\nTrois journalistes ont été arrêtés vendredi à Dakar.")
    arrests = [e for e in events(text, date(2019, 5, 10)) if e.sub_event_type == "Arrests"]
    assert [classes(e) for e in arrests] == [(1, 5), (1, 7)]  # journalists are no crowd


def test_jihadists_of_an_attack_no_one_claimed_are_unidentified() -> None:
    text = ("Vingt-trois militaires ont été tués mercredi dans une embuscade tendue par des jihadistes près "
            "de Téra, dans l'ouest du Niger, a annoncé le ministère de la Défense. L'armée affirme avoir "
            "neutralisé une trentaine d'assaillants. L'attaque n'avait pas été revendiquée jeudi.")
    (ambush,) = [e for e in events(text, date(2024, 3, 22)) if e.event_type == "Battles"]
    assert classes(ambush) == (3, 1)
    # pinned on someone right after, they stay the group the authorities name
    pinned = text.replace("revendiquée jeudi.", "revendiquée jeudi, mais les autorités l'attribuent "
                          "aux jihadistes.")
    (ambush,) = [e for e in events(pinned, date(2024, 3, 22)) if e.event_type == "Battles"]
    assert classes(ambush) == (2, 1)
