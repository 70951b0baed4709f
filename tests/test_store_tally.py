"""``tally`` on a hand-written store: figures computed by hand, subsets and running totals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bilan.model import (
    CasualtyStatement,
    DateRange,
    Document,
    Event,
    Extraction,
    Location,
    Quantity,
    Source,
    Span,
)
from bilan.store import Store, add_extractions, open_store
from bilan.store.queries import TallyRow, period_of, tally

ALEP = Location("Alep", "SY", 36.2, 37.13, 1)
IDLIB = Location("Idlib", "SY", 35.93, 36.63, 1)

TEXT_A = ("Les bombardements du régime sur les quartiers est d'Alep ont tué vendredi 410 civils, "
          "dont 45 enfants, selon l'Observatoire syrien des droits de l'homme, qui compte aussi "
          "douze soldats tués dans les combats de rue. Depuis mars 2011, la guerre a fait plus "
          "de 310 000 morts d'après la même organisation, basée au Royaume-Uni et qui dispose "
          "d'un vaste réseau de sources sur le terrain.")
# the same wire story, one figure updated: a near-duplicate of A
TEXT_D = TEXT_A.replace("410 civils", "415 civils")
TEXT_B = ("Quelque 400 civils sont morts vendredi sous les obus à Alep, affirment les Casques "
          "blancs. Le conflit a tué 312 000 personnes depuis 2011, selon l'OSDH.")
TEXT_C = ("Trente à trente-deux civils ont péri le 20 décembre dans un raid sur Alep, selon "
          "l'ONU.")
TEXT_E = "Cinq civils ont été blessés vendredi à Idlib par un tir de roquette."


def event(day: date, place: Location) -> Event:
    return Event(id="e1", event_type="Explosions/Remote violence",
                 sub_event_type="Shelling/artillery/missile attack", modality="occurred",
                 date=DateRange(day, day), evidence=(Span(0, 20),), location=place,
                 sources=(Source("OSDH", (Span(0, 4),)),))


def stmt(sid: str, value: int, victims: str, *, high: int | None = None, subset_of: str | None = None,
         scope: str = "incident", source: str = "OSDH", period: DateRange | None = None,
         outcome: str = "killed", place: Location | None = None) -> CasualtyStatement:
    qualifier = "range" if high is not None else "exact"
    return CasualtyStatement(
        id=sid, outcome=outcome, quantity=Quantity(value, qualifier, Span(1, 3), high),  # type: ignore[arg-type]
        victims=victims, scope=scope, evidence=(Span(0, 30),), subset_of=subset_of,  # type: ignore[arg-type]
        period=period, location=place, source=Source(source, (Span(5, 9),)),
        event="e1" if scope == "incident" else None)


def doc(doc_id: str, text: str, published: date, events: tuple[Event, ...],
        casualties: tuple[CasualtyStatement, ...], outlet: str) -> Extraction:
    return Extraction(Document(doc_id, text, published, "fr", source=outlet), "fr", events,
                      casualties, model="hand")


FRIDAY = date(2016, 12, 9)
SINCE_2011 = date(2011, 3, 15)
FIXTURE = [
    doc("a", TEXT_A, date(2016, 12, 10), (event(FRIDAY, ALEP),), (
        stmt("c1", 410, "civilians"),
        stmt("c2", 45, "children", subset_of="c1"),
        stmt("c3", 12, "soldiers"),
        stmt("c4", 310000, "people", scope="cumulative", place=ALEP,
             period=DateRange(SINCE_2011, date(2016, 12, 10)))), "Le Monde"),
    doc("b", TEXT_B, date(2016, 12, 11), (event(FRIDAY, ALEP),), (
        stmt("c1", 400, "civilians", source="Casques blancs"),
        stmt("c2", 312000, "people", scope="cumulative", place=ALEP,
             period=DateRange(SINCE_2011, date(2016, 12, 11))),), "RFI"),
    doc("c", TEXT_C, date(2016, 12, 21), (event(date(2016, 12, 20), ALEP),), (
        stmt("c1", 30, "civilians", high=32, source="ONU"),), "France 24"),
    doc("d", TEXT_D, date(2016, 12, 10), (event(FRIDAY, ALEP),), (
        stmt("c1", 415, "civilians"),
        stmt("c2", 45, "children", subset_of="c1"),
        stmt("c3", 12, "soldiers"),
        stmt("c4", 310000, "people", scope="cumulative", place=ALEP,
             period=DateRange(SINCE_2011, date(2016, 12, 10)))), "Le Figaro"),
    doc("e", TEXT_E, date(2016, 12, 10), (event(FRIDAY, IDLIB),), (
        stmt("c1", 5, "civilians", outcome="injured", source="Défense civile"),), "AFP"),
]


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "t.duckdb")
    add_extractions(s, FIXTURE)
    return s


def row(rows: list[TallyRow], place: str, scope: str, outcome: str, victims: str) -> TallyRow:
    (found,) = [r for r in rows if (r.place, r.scope, r.outcome, r.victims)
                == (place, scope, outcome, victims)]
    return found


def test_the_wire_copy_is_linked_as_a_near_duplicate(store: Store) -> None:
    links = store.con.execute(
        "SELECT a.external_id, b.external_id FROM near_duplicates n "
        "JOIN documents a ON a.doc_id = n.doc_id JOIN documents b ON b.doc_id = n.duplicate_of"
    ).fetchall()
    assert links == [("d", "a")]


def test_monthly_tally_matches_hand_figures(store: Store) -> None:
    rows = tally(store, by="month")
    assert {r.period for r in rows} == {"2016-12"}
    # civilians killed: Friday's strike reported as 410 (a), 400 (b), 415 (d): one incident,
    # 400–415, never summed; the 20th: 30–32. 400+30 .. 415+32
    civilians = row(rows, "Alep", "incident", "killed", "civilians")
    assert (civilians.low, civilians.high, civilians.incidents, civilians.reports) == \
        (430, 447, 2, 4)
    assert civilians.sources == ("Casques blancs", "ONU", "OSDH")
    # the children are their own category, reported by a and d: 45, once
    children = row(rows, "Alep", "incident", "killed", "children")
    assert (children.low, children.high, children.incidents) == (45, 45, 1)
    soldiers = row(rows, "Alep", "incident", "killed", "soldiers")
    assert (soldiers.low, soldiers.high) == (12, 12)
    # all victims: a = 410 + 12 (the 45 children are part of the 410), b = 400, d = 415 + 12;
    # Friday 400..427, plus the 20th 30..32
    total = row(rows, "Alep", "incident", "killed", "all")
    assert (total.low, total.high, total.incidents) == (430, 459, 2)
    # running totals stay apart: the range of the totals reported, never added to incidents
    running = row(rows, "Alep", "cumulative", "killed", "people")
    assert (running.low, running.high, running.reports) == (310000, 312000, 3)
    assert all(r.high < 1000 for r in rows if r.scope == "incident")
    injured = row(rows, "Idlib", "incident", "injured", "civilians")
    assert (injured.low, injured.high, injured.country) == (5, 5, "SY")


def test_daily_tally_and_filters(store: Store) -> None:
    rows = tally(store, by="day", place="alep", outcome="killed")
    friday = [r for r in rows if r.period == "2016-12-09" and r.victims == "civilians"]
    assert [(r.low, r.high, r.figure) for r in friday] == [(400, 415, "400–415")]
    assert {r.place for r in rows} == {"Alep"}
    late = tally(store, by="day", since=date(2016, 12, 15), outcome="killed")
    assert [(r.period, r.victims, r.figure) for r in late if r.scope == "incident"] == \
        [("2016-12-20", "civilians", "30–32"), ("2016-12-20", "all", "30–32")]
    assert tally(store, country="ML") == []


def test_periods() -> None:
    assert period_of(date(2016, 12, 9), "week") == "2016-W49"
    assert period_of(date(2016, 12, 9), "month") == "2016-12"
    assert period_of(date(2016, 12, 9), "day") == "2016-12-09"


def test_storing_the_same_extractions_again_changes_nothing(store: Store) -> None:
    before = store.counts()
    report = add_extractions(store, FIXTURE)
    assert (report.stored, report.skipped) == (0, 5)
    assert store.counts() == before


def test_tally_command_formats(store: Store) -> None:
    import csv
    import io
    import json

    from click.testing import CliRunner

    from bilan.cli.main import cli

    db = str(store.path)
    store.close()
    out = CliRunner().invoke(cli, ["tally", "--db", db, "--place", "Alep", "--format", "json"])
    assert out.exit_code == 0, out.output
    records = json.loads(out.stdout)
    assert {"place": "Alep", "country": "SY", "period": "2016-12", "scope": "incident",
            "outcome": "killed", "victims": "all", "low": 430, "high": 459, "incidents": 2,
            "reports": 4, "sources": ["Casques blancs", "ONU", "OSDH"]} in records
    rows = list(csv.DictReader(io.StringIO(
        CliRunner().invoke(cli, ["tally", "--db", db, "--format", "csv"]).stdout)))
    assert {(r["place"], r["victims"], r["low"], r["high"]) for r in rows} >= \
        {("Alep", "civilians", "430", "447"), ("Idlib", "civilians", "5", "5")}
    by_day = CliRunner().invoke(cli, ["tally", "--db", db, "--by", "day"]).stdout
    assert "2016-12-09  incident    killed   civilians  400–415" in by_day
    by_month = CliRunner().invoke(cli, ["tally", "--db", db]).stdout
    assert "2016-12  cumulative  killed   people     310000–312000" in by_month
