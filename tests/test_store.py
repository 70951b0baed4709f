"""The store end to end: ``bilan ingest``, ``events``, ``tally``, ``show`` and ``export``."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner, Result

from bilan.cli.main import cli
from bilan.model import CasualtyStatement, Document, Extraction, Quantity, Source, Span
from bilan.store import StoreError, add_extractions, open_store
from bilan.store.queries import ACLED_COLUMNS
from bilan.store.schema import SCHEMA_VERSION

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "examples" / "corpus.jsonl"
GOLD = REPO / "eval" / "gold" / "fr"


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env)


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "corpus.duckdb"
    result = run("ingest", str(CORPUS), "--db", str(db))
    assert result.exit_code == 0, result.output
    return db


def test_ingesting_the_corpus_twice_gives_the_same_row_counts(corpus_db: Path) -> None:
    with open_store(corpus_db) as store:
        before = store.counts()
    assert before["documents"] == 5 and before["events"] > 0 and before["casualties"] > 0
    result = run("ingest", str(CORPUS), "--db", str(corpus_db))
    assert result.exit_code == 0, result.output
    assert "0 document(s) stored" in result.stderr and "5 already stored" in result.stderr
    with open_store(corpus_db) as store:
        assert store.counts() == before


def test_the_same_text_under_another_doc_id_is_not_stored_again(corpus_db: Path,
                                                                tmp_path: Path) -> None:
    first = json.loads(CORPUS.read_text(encoding="utf-8").splitlines()[2])
    first["doc_id"] = "a-copy"
    path = tmp_path / "copy.jsonl"
    path.write_text(json.dumps(first, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run("ingest", str(path), "--db", str(corpus_db), "--quiet")
    assert result.exit_code == 0 and result.stderr == ""
    with open_store(corpus_db, read_only=True) as store:
        assert store.counts()["documents"] == 5


def score(gold: Path, pred: Path, shared: Path) -> dict[str, object]:
    done = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold),
                           "--pred", str(pred), "--json"], capture_output=True, text=True,
                          check=True)
    figures: dict[str, object] = json.loads(done.stdout)
    return figures


def test_export_jsonl_round_trips_through_the_scorer(tmp_path: Path, shared: Path) -> None:
    lines = (GOLD / "dev.input.jsonl").read_text(encoding="utf-8").splitlines()[:15]
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc_ids = {json.loads(line)["doc_id"] for line in lines}
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(line + "\n" for line in
                            (GOLD / "dev.gold.jsonl").read_text(encoding="utf-8").splitlines()
                            if json.loads(line)["doc_id"] in doc_ids), encoding="utf-8")
    extracted, exported, db = tmp_path / "extract.jsonl", tmp_path / "export.jsonl", tmp_path / "db"
    assert run("extract", str(inputs), "-o", str(extracted)).exit_code == 0
    assert run("ingest", str(inputs), "--db", str(db), "--batch-size", "4").exit_code == 0
    result = run("export", "--db", str(db), "--format", "jsonl", "-o", str(exported))
    assert result.exit_code == 0, result.output
    assert exported.read_text(encoding="utf-8") == extracted.read_text(encoding="utf-8")
    figures = score(gold, exported, shared)
    assert figures == score(gold, extracted, shared)
    assert json.dumps(figures).count("f1") > 0


def test_events_filters_and_formats(corpus_db: Path) -> None:
    db = ("--db", str(corpus_db))
    every = json.loads(run("events", *db, "--format", "json").stdout)
    assert len(every) > 5 and {e["country"] for e in every} >= {"SY", "ML", "UA"}
    syria = json.loads(run("events", *db, "--country", "sy", "--format", "json").stdout)
    assert syria and all(e["country"] == "SY" for e in syria)
    gao = json.loads(run("events", *db, "--place", "tabankort", "--format", "json").stdout)
    assert [(e["event_type"], e["sub_event_type"], e["fatalities"]) for e in gao] == \
        [("Battles", "Armed clash", 41)]
    assert json.loads(run("events", *db, "--type", "armed clash", "--format", "json").stdout) == gao
    assert json.loads(run("events", *db, "--actor", "rebels", "--source", "armée",
                          "--format", "json").stdout) == gao
    window = json.loads(run("events", *db, "--since", "2019-01-01", "--until", "2019-12-31",
                            "--format", "json").stdout)
    assert {e["external_id"] for e in window} == {"demo-gao-2019-11", "demo-hodeida-2018-12"}
    # Hodeida's article (December 2018) falls in 2019 only by the talks it says are planned
    assert {e["modality"] for e in window if e["external_id"] == "demo-hodeida-2018-12"} == \
        {"planned"}
    assert json.loads(run("events", *db, "--place", "'; DROP TABLE events; --",
                          "--format", "json").stdout) == []
    rows = list(csv.DictReader(io.StringIO(run("events", *db, "--format", "csv").stdout)))
    assert len(rows) == len(every) and rows[0]["date_start"][:2] == "20"
    table = run("events", *db, "--country", "ML").stdout
    assert "Battles / Armed clash" in table and "1 event(s)" in table


def test_tally_command(corpus_db: Path) -> None:
    result = run("tally", "--db", str(corpus_db), "--place", "tabankort", "--format", "json")
    assert result.exit_code == 0, result.output
    killed = {(r["victims"], r["low"]) for r in json.loads(result.stdout)
              if r["outcome"] == "killed" and r["scope"] == "incident"}
    assert killed == {("soldiers", 24), ("militants", 17), ("all", 41)}
    assert "incident" in run("tally", "--db", str(corpus_db), "--by", "week").stdout


def test_show_highlights_evidence_and_keeps_markup_as_text(tmp_path: Path) -> None:
    text = "[bold]Douze[/bold] civils ont été tués mardi à Gao, selon la Minusma."
    figure = Span(text.index("Douze"), text.index("Douze") + 5)
    stmt = CasualtyStatement(id="c1", outcome="killed", quantity=Quantity(12, "exact", figure),
                             victims="civilians", scope="incident", evidence=(Span(0, len(text)),),
                             source=Source("Minusma", (Span(text.index("Minusma"), len(text) - 1),)))
    document = Document("markup", text, date(2020, 3, 3), "fr", title="Titre [i]x[/i]")
    db = tmp_path / "db"
    with open_store(db) as store:
        add_extractions(store, [Extraction(document, "fr", (), (stmt,), "hand")])
    result = run("show", "markup", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert text in result.stdout and "Titre [i]x[/i]" in result.stdout
    assert "killed 12 civilians (exact, incident)" in result.stdout and "per Minusma" in result.stdout
    missing = run("show", "nope", "--db", str(db))
    assert missing.exit_code == 2 and "no document 'nope'" in missing.stderr


def test_show_a_corpus_article(corpus_db: Path) -> None:
    result = run("show", "demo-gao-2019-11", "--db", str(corpus_db))
    assert result.exit_code == 0, result.output
    assert "Vingt-quatre soldats" in result.stdout and "killed 24 soldiers" in result.stdout


def test_exports(corpus_db: Path, tmp_path: Path) -> None:
    db = ("--db", str(corpus_db))
    result = run("export", *db, "--format", "acled-csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == ACLED_COLUMNS
    gao = next(r for r in rows if r["bilan_doc_id"] == "demo-gao-2019-11")
    assert (gao["event_date"], gao["year"], gao["country"], gao["event_type"], gao["interaction"],
            gao["fatalities"], gao["disorder_type"]) == \
        ("2019-11-18", "2019", "Mali", "Battles", "12", "41", "Political violence")
    assert gao["event_id_cnty"].startswith("MLI-") and "Vingt-quatre soldats" in gao["notes"]
    geo = tmp_path / "events.geojson"
    assert run("export", *db, "--format", "geojson", "-o", str(geo)).exit_code == 0
    features = json.loads(geo.read_text(encoding="utf-8"))["features"]
    assert features and all(len(f["geometry"]["coordinates"]) == 2 for f in features)
    parquet = tmp_path / "events.parquet"
    assert run("export", *db, "--format", "parquet", "-o", str(parquet)).exit_code == 0
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{parquet}')").fetchall() == \
        [(len(rows),)]
    occurred = list(csv.DictReader(io.StringIO(run("export", *db, "--format", "acled-csv",
                                                   "--modality", "occurred", "--country", "ML",
                                                   "--since", "2019-01-01").stdout)))
    assert [r["bilan_event_id"] for r in occurred] == [gao["bilan_event_id"]]
    no_file = run("export", *db, "--format", "parquet")
    assert no_file.exit_code == 2 and "-o FILE" in no_file.stderr


def test_unsupported_language_is_stored_with_its_status(tmp_path: Path) -> None:
    german = {"doc_id": "de1", "published": "2022-03-01",
              "text": "Bei einem Raketenangriff auf die Stadt sind nach Angaben der Behörden "
                      "mindestens zehn Menschen getötet worden, teilte der Gouverneur mit."}
    path = tmp_path / "de.jsonl"
    path.write_text(json.dumps(german) + "\n", encoding="utf-8")
    db = tmp_path / "db"
    result = run("ingest", str(path), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "1 in unsupported languages" in result.stderr
    with open_store(db, read_only=True) as store:
        assert store.con.execute("SELECT external_id, status, language FROM documents").fetchall() \
            == [("de1", "unsupported language: de", "de")]


def test_schema_is_versioned_and_db_path_comes_from_the_environment(tmp_path: Path) -> None:
    db = tmp_path / "env.duckdb"
    result = run("events", env={"BILAN_DB": str(db)})
    assert result.exit_code == 2 and "no such database" in result.stderr
    with open_store(db) as store:
        assert store.con.execute("SELECT version FROM schema_version").fetchall() == \
            [(v,) for v in range(1, SCHEMA_VERSION + 1)]
    result = run("events", env={"BILAN_DB": str(db)})
    assert result.exit_code == 0 and "0 event(s)" in result.stdout
    with open_store(db) as store:  # opening again applies nothing
        assert len(store.con.execute("SELECT * FROM schema_version").fetchall()) == SCHEMA_VERSION
        store.con.execute("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION + 1])
    with pytest.raises(StoreError, match="newer than this bilan"):
        open_store(db)
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(StoreError, match="not a bilan database"):
        open_store(other, read_only=True)


def test_migrations_are_applied_in_order_at_open(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from bilan.store import schema

    db = tmp_path / "old.duckdb"
    with open_store(db) as store:
        store.con.execute("INSERT INTO rejects (origin, reason) VALUES ('a.jsonl:1', 'bad JSON')")
    step = ["ALTER TABLE rejects ADD COLUMN note VARCHAR DEFAULT 'kept'"]
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, step])
    with open_store(db) as store:
        assert [v for (v,) in store.con.execute(
            "SELECT version FROM schema_version ORDER BY version").fetchall()] == \
            list(range(1, SCHEMA_VERSION + 2))
        assert store.con.execute("SELECT origin, note FROM rejects").fetchall() == \
            [("a.jsonl:1", "kept")]


def test_a_version_1_database_is_migrated_to_hold_admin1(tmp_path: Path) -> None:
    from bilan.store.schema import MIGRATIONS, latest_version

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)")
    for step in MIGRATIONS[0]:
        con.execute(step)
    con.execute("INSERT INTO schema_version (version) VALUES (1)")
    con.close()
    with open_store(path) as store:
        columns = {r[0] for r in store.con.execute("DESCRIBE events").fetchall()}
        version = store.con.execute("SELECT max(version) FROM schema_version").fetchone()
    assert "admin1" in columns and version == (latest_version(),)
