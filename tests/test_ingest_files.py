"""``bilan ingest`` on every kind of input, good and bad: HTML pages, feeds, folders, ids."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

from bilan.cli.main import cli
from bilan.ingest.folders import read_inputs
from bilan.ingest.ids import content_id, minhash, similarity
from bilan.model import Document
from bilan.nlp.detect import identify_language
from bilan.store import open_store

DATA = Path(__file__).resolve().parent / "data"
GAO = ("Au moins 14 soldats ont été tués samedi dans une embuscade près de Gao, "
       "a indiqué l'armée malienne.")


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def record(doc_id: str, text: str = GAO, **extra: str) -> str:
    return json.dumps({"doc_id": doc_id, "text": text, "published": "2019-11-04", **extra},
                      ensure_ascii=False)


def test_bad_inputs_are_reported_kept_as_rejects_and_the_rest_is_stored(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join([
        record("good-1"), "{oops", json.dumps({"doc_id": "no-text", "published": "2019-11-04"}),
        record("good-2", "Deux casques bleus ont été blessés jeudi par une mine près de Kidal, "
                         "selon la Minusma."),
    ]) + "\n", encoding="utf-8")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    no_article = DATA / "no-article.html"
    db = tmp_path / "db"
    inputs = [str(p) for p in (broken, empty, binary, no_article, DATA / "article.html",
                               DATA / "feed.xml")]
    result = run("ingest", *inputs, "--db", str(db))
    assert result.exit_code == 1, result.output
    err = result.stderr
    assert f"bilan: error: {broken}:2: bad JSON" in err
    assert f"bilan: error: {broken}:3 (doc_id 'no-text'): missing 'text'" in err
    assert f"bilan: error: {empty}: empty file: nothing to read" in err
    assert f"bilan: error: {binary}: binary file" in err
    assert f"bilan: error: {no_article} (doc_id 'no-article'): no article found in this HTML page" \
        in err
    assert f"{DATA / 'feed.xml'}:entry 2" in err and "feed entry has no text" in err
    assert "4 document(s) stored" in err and "6 input(s) rejected" in err
    assert "Traceback" not in err
    with open_store(db, read_only=True) as store:
        stored = store.con.execute(
            "SELECT external_id, title, published, outlet FROM documents ORDER BY seq").fetchall()
        rejects = store.con.execute("SELECT origin FROM rejects ORDER BY origin").fetchall()
        counts = store.counts()
    assert [s[0] for s in stored] == ["good-1", "good-2", "article",
                                      "https://example.org/2020/02/idlib"]
    # the page has no og:title: its heading, not its <title>, is the title; its date is its own
    assert stored[2][1:3] == ("Embuscade meurtrière près de Gao", date(2019, 11, 19))
    assert stored[3][1:] == ("Frappes sur Idlib", date(2020, 2, 4), "Le Courrier du Levant")
    assert sorted(r[0] for r in rejects) == sorted(
        [f"{broken}:2", f"{broken}:3", str(empty), str(binary), str(no_article),
         f"{DATA / 'feed.xml'}:entry 2"])
    # again: nothing new stored, nothing duplicated, the rejects are reported again
    again = run("ingest", *inputs, "--db", str(db), "--quiet")
    assert again.exit_code == 1 and "4 document(s) stored" not in again.stderr
    with open_store(db, read_only=True) as store:
        assert store.counts() == counts


def test_folders_are_read_recursively(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    (folder / "sahel" / "mali").mkdir(parents=True)
    (folder / ".cache").mkdir()
    shutil.copy(DATA / "article.html", folder / "sahel" / "gao.html")
    (folder / "sahel" / "mali" / "kidal.txt").write_text(GAO, encoding="utf-8")
    (folder / ".cache" / "x.txt").write_text("caché", encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    items = list(read_inputs([str(folder)], published=date(2019, 11, 4)))
    assert all(isinstance(i, Document) for i in items)
    assert [(i.doc_id, i.published) for i in items if isinstance(i, Document)] == \
        [("gao", date(2019, 11, 19)), ("kidal", date(2019, 11, 4))]


def test_content_ids_and_near_duplicates() -> None:
    assert content_id("Deux  soldats TUÉS.") == content_id("deux soldats tues")
    assert content_id(GAO) != content_id(GAO, "https://example.org/a")
    wire = GAO + " Le convoi se rendait à Ménaka. Une enquête a été ouverte par le parquet de Bamako."
    copy = wire.replace("Une enquête", "Selon nos informations, une enquête")
    assert similarity(minhash(wire), minhash(copy)) >= 0.6
    other = "Des manifestants ont défilé dimanche à Alger pour réclamer le départ du gouvernement."
    assert similarity(minhash(wire), minhash(other)) < 0.2


def test_languages_bilan_cannot_read_are_named() -> None:
    assert identify_language("Les forces armées ont repris la ville hier, selon le ministère.") == "fr"
    assert identify_language("Die Armee hat die Stadt gestern zurückerobert, teilte das "
                             "Ministerium mit.") == "de"
    assert identify_language("12 345") is None


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "Zs", "P"]),
               min_size=1, max_size=200))
def test_content_ids_ignore_spacing_and_punctuation(text: str) -> None:
    assert content_id(text) == content_id("  " + text.replace(" ", " \n ") + " ! ")
    assert content_id(text) != content_id(text, "https://example.org/a")
    assert similarity(minhash(text), minhash(text + " ")) == 1.0
