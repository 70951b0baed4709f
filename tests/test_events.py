from datetime import date

from bilan.extract.casualties import extract_casualties
from bilan.extract.events import extract_events
from conftest import make_context


def events(text: str, published: date = date(2020, 3, 14)):  # type: ignore[no-untyped-def]
    ctx = make_context(text, published)
    return extract_events(ctx, extract_casualties(ctx))


def test_air_strike_with_date_place_and_fatalities() -> None:
    found, stmts = events("Une frappe aérienne a tué au moins 9 civils jeudi à Idleb, "
                          "selon l'OSDH.")
    (e,) = found
    assert (e.event_type, e.sub_event_type, e.modality) == \
        ("Explosions/Remote violence", "Air/drone strike", "occurred")
    assert e.date.start == date(2020, 3, 12)
    assert e.fatalities == 9 and [s.name for s in e.sources] == ["OSDH"]
    assert stmts[0].event == e.id


def test_fatalities_take_the_lower_figure_of_two_sources() -> None:
    found, _ = events("Des jihadistes ont attaqué un camp militaire mardi. Au moins 10 soldats "
                      "ont été tués, selon l'armée. Des élus locaux font état de 25 soldats tués.")
    attack = [e for e in found if e.event_type == "Battles"]
    assert attack and attack[0].fatalities == 10


def test_announced_truce_and_denied_strike() -> None:
    found, _ = events("Le gouvernement a annoncé une trêve de trois jours. "
                      "L'armée a démenti tout bombardement sur la ville.")
    kinds = {(e.sub_event_type, e.modality) for e in found}
    assert ("Agreement", "announced") in kinds
    assert ("Shelling/artillery/missile attack", "denied") in kinds


def test_capture_by_state_forces_is_regained_territory() -> None:
    found, _ = events("L'armée a repris le contrôle de la ville samedi.")
    assert found[0].sub_event_type == "Government regains territory"
    found, _ = events("Les rebelles se sont emparés de la ville samedi.")
    assert found[0].sub_event_type == "Non-state actor overtakes territory"


def test_figures_without_trigger_make_an_event_by_victims() -> None:
    found, stmts = events("Douze villageois ont été tués hier soir.")
    (e,) = found
    assert (e.event_type, e.sub_event_type, e.fatalities) == \
        ("Violence against civilians", "Attack", 12)
    assert stmts[0].event == e.id


def test_no_event_in_a_sports_report() -> None:
    found, stmts = events("L'équipe a battu ses adversaires 3 à 1 devant 40 000 spectateurs.")
    assert found == () and stmts == ()
