from datetime import date

import pytest

from bilan.extract.dates import find_dates, month_end

SATURDAY = date(2016, 12, 10)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("hier", date(2016, 12, 9)),
        ("avant-hier", date(2016, 12, 8)),
        ("aujourd'hui", SATURDAY),
        ("aujourd’hui", SATURDAY),
        ("jeudi soir", date(2016, 12, 8)),
        ("samedi", SATURDAY),  # a story of Saturday saying "samedi" means that day
        ("samedi dernier", date(2016, 12, 3)),
        ("vendredi", date(2016, 12, 9)),  # a weekday alone is in the past
        ("ce samedi", SATURDAY),
        ("mardi prochain", date(2016, 12, 13)),
        ("dans la nuit de vendredi à samedi", date(2016, 12, 9)),
        ("le 15 novembre", date(2016, 11, 15)),
        ("le 1er janvier 2020", date(2020, 1, 1)),
        ("le 20 décembre", date(2016, 12, 20)),  # soon after publication: same year
        ("le 28 décembre 2015", date(2015, 12, 28)),
    ],
)
def test_relative_and_absolute_dates(text: str, day: date) -> None:
    found = find_dates(text, SATURDAY, "fr")
    assert [m.day for m in found] == [day]


def test_month_and_year_is_marked_month_only() -> None:
    (mention,) = find_dates("depuis mars 2011", SATURDAY, "fr")
    assert (mention.day, mention.month_only) == (date(2011, 3, 1), True)


def test_offsets_are_shifted() -> None:
    text = "Il a été tué hier."
    (mention,) = find_dates(text[5:], SATURDAY, "fr", offset=5)
    assert mention.span.text_of(text) == "hier"


def test_year_rolls_back_in_january() -> None:
    (mention,) = find_dates("le 28 décembre", date(2017, 1, 3), "fr")
    assert mention.day == date(2016, 12, 28)


def test_impossible_date_is_skipped() -> None:
    assert find_dates("le 31 février 2020", SATURDAY, "fr") == []


def test_dateline_abbreviations() -> None:
    (mention,) = find_dates("Kaboul, 28 janv. 2018 –", SATURDAY, "fr")
    assert mention.day == date(2018, 1, 28)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("mi-février", date(2016, 2, 15), date(2016, 2, 15)),
        ("mi février", date(2016, 2, 15), date(2016, 2, 15)),
        ("début mars 2011", date(2011, 3, 1), date(2011, 3, 10)),
        ("fin janvier", date(2017, 1, 21), date(2017, 1, 31)),  # soon after publication: ahead
        ("fin février 2016", date(2016, 2, 21), date(2016, 2, 29)),  # a leap year's end
        ("la semaine dernière", date(2016, 11, 28), date(2016, 12, 4)),
        ("en début de semaine", date(2016, 12, 5), date(2016, 12, 6)),
        ("le mois dernier", date(2016, 11, 1), date(2016, 11, 30)),
    ],
)
def test_spans_of_days(text: str, first: date, last: date) -> None:
    (found,) = find_dates(text, SATURDAY, "fr")
    period = found.as_range()
    assert (period.start, period.end) == (first, last)


def test_a_weekday_before_a_full_date_is_part_of_it() -> None:
    (found,) = find_dates("le dimanche 27 mars, jour de marché", date(2022, 4, 5), "fr")
    assert found.day == date(2022, 3, 27) and found.span.start == 3


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("du 23 au 31 mars", date(2016, 3, 23), date(2016, 3, 31)),
        ("les 29 et 30 novembre", date(2016, 11, 29), date(2016, 11, 30)),
        ("entre le 3 et le 5 mai 2020", date(2020, 5, 3), date(2020, 5, 5)),
        ("entre mardi et jeudi", date(2016, 12, 6), date(2016, 12, 8)),
        ("de jeudi à samedi", date(2016, 12, 8), date(2016, 12, 10)),
        ("entre le 31 octobre et le 10 novembre", date(2016, 10, 31), date(2016, 11, 10)),
        ("du 28 décembre 2015 au 3 janvier 2016", date(2015, 12, 28), date(2016, 1, 3)),
        ("du 28 décembre au 3 janvier", date(2016, 12, 28), date(2017, 1, 3)),  # just ahead
    ],
)
def test_spans_written_as_two_days(text: str, first: date, last: date) -> None:
    (found,) = find_dates(text, SATURDAY, "fr")
    assert (found.as_range().start, found.as_range().end) == (first, last)


def test_ce_with_a_weekday_said_of_the_future_is_that_day_or_later_this_week() -> None:
    (today,) = find_dates("ce samedi", SATURDAY, "fr", future=True)
    (bare,) = find_dates("samedi", SATURDAY, "fr", future=True)
    assert today.day == SATURDAY and bare.day == date(2016, 12, 17)


def test_a_day_a_source_was_reached_is_not_the_day_it_happened() -> None:
    from bilan.extract.attribution import is_report_day
    from conftest import make_context

    ctx = make_context("89 soldats ont péri jeudi, selon des sources sécuritaires jointes dimanche.")
    found = find_dates(ctx.text, SATURDAY, "fr")
    reached = [m for m in found if is_report_day(ctx, m.span)]
    assert [m.day.weekday() for m in reached] == [6]


@pytest.mark.parametrize(
    ("text", "first"),
    [("doivent se retrouver en mars", date(2017, 3, 1)),
     ("le sommet aura lieu courant décembre", date(2016, 12, 1)),
     ("au mois de janvier", date(2017, 1, 1))],
)
def test_a_month_named_alone_in_a_text_about_the_future_is_the_next_such_month(
        text: str, first: date) -> None:
    (found,) = find_dates(text, SATURDAY, "fr", future=True)
    assert (found.day, found.last_day) == (first, month_end(first))


def test_a_month_named_alone_in_a_past_narrative_dates_a_month_not_a_day() -> None:
    (march,) = find_dates("les combats qui ont éclaté en mars", SATURDAY, "fr")
    assert (march.day, march.month_only) == (date(2016, 3, 1), True)
    (year,) = find_dates("depuis la révolte de mars 2011", SATURDAY, "fr", future=True)
    assert year.month_only


@pytest.mark.parametrize(
    ("text", "day_index"),
    [("La veille, les autorités locales avaient fait état de 43 morts.", 0),
     ("Cinq corps ont été récupérés jeudi ; les dix-sept autres ont été retrouvés dimanche.", 1),
     ("Un policier était toujours porté disparu lundi.", 0),
     ("Quarante-trois étudiants restaient introuvables mardi.", 0),
     # a burial day, with the object between the verb and the day
     ("Les rebelles ont frappé samedi. « Nous avons enterré 62 villageois lundi matin », dit-il.", 1),
     # a long subject that names a source before the verb of saying
     ("Les rebelles ont frappé mardi. Jeudi soir, le groupe État islamique a revendiqué l'opération.", 1),
     # a toll still given that day, before a later death
     ("Dimanche, l'armée faisait encore état de treize morts.", 0),
     # a day inside the phrase naming who gave the toll
     ("L'explosion de jeudi a fait 14 morts, selon un bilan communiqué vendredi soir par la police.", 1)],
)
def test_days_a_toll_was_given_victims_found_or_a_state_still_held_are_report_days(
        text: str, day_index: int) -> None:
    from bilan.extract.attribution import is_report_day
    from conftest import make_context

    ctx = make_context(text)
    found = find_dates(ctx.text, SATURDAY, "fr")
    assert [is_report_day(ctx, m.span) for m in found] == [n == day_index for n in range(len(found))]


def test_a_long_subject_naming_no_source_leaves_the_day_an_event_day() -> None:
    from bilan.extract.attribution import is_report_day
    from conftest import make_context

    ctx = make_context("Vendredi après-midi, François Hollande a annoncé l'envoi de troupes.")
    (friday,) = find_dates(ctx.text, SATURDAY, "fr")
    assert not is_report_day(ctx, friday.span)


def test_a_month_named_alone_in_a_past_narrative_is_the_last_such_month() -> None:
    (june,) = find_dates("En juin dernier, l'EI avait pris Mossoul.", date(2015, 5, 18), "fr")
    assert (june.day, june.month_only) == (date(2014, 6, 1), True)
    (november,) = find_dates("Les rebelles se sont emparés en novembre de la ville.", date(2024, 1, 8), "fr")
    assert (november.day, november.month_only) == (date(2023, 11, 1), True)
    # a month just ahead of publication may be one to come: no date in a past narrative
    assert find_dates("La conférence se tiendra en mars.", date(2023, 2, 20), "fr") == []


def test_days_counted_back_with_il_y_a() -> None:
    (weeks,) = find_dates("Il y a deux semaines, l'armée a donné l'assaut.", date(2024, 3, 1), "fr")
    assert (weeks.day, weeks.month_only) == (date(2024, 2, 16), False)
    (months,) = find_dates("Il y a trois mois, la ville était tombée.", date(2024, 3, 1), "fr")
    assert months.month_only
