import io
import json
from datetime import date
from pathlib import Path

import pytest

from bilan.errors import InputProblem
from bilan.ingest import document_from_record, read_documents
from bilan.model import Document


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def record(doc_id: str, text: str = "Deux soldats ont été tués hier.", **extra: str) -> str:
    return json.dumps({"doc_id": doc_id, "text": text, "published": "2020-05-02", **extra})


def test_jsonl_bad_line_is_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [record("a"), "{not json", record("b")])
    items = list(read_documents([str(path)]))
    assert [type(i) for i in items] == [Document, InputProblem, Document]
    problem = items[1]
    assert isinstance(problem, InputProblem)
    assert problem.where == f"{path}:2"
    assert "bad JSON" in problem.message


@pytest.mark.parametrize(
    ("rec", "message"),
    [
        ({"text": "x", "published": "2020-01-01"}, "missing 'doc_id'"),
        ({"doc_id": "a", "published": "2020-01-01"}, "missing 'text'"),
        ({"doc_id": "a", "text": "   ", "published": "2020-01-01"}, "empty 'text'"),
        ({"doc_id": "a", "text": "x"}, "missing 'published'"),
        ({"doc_id": "a", "text": "x", "published": "10/12/2016"}, "ISO date"),
        ({"doc_id": "a", "text": "x", "published": "2020-01-01", "language": 3}, "'language'"),
        (["a", "b"], "expected a JSON object"),
    ],
)
def test_invalid_records_say_what_to_fix(rec: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        document_from_record(rec, "f:1")


def test_published_accepts_datetimes_and_defaults() -> None:
    doc = document_from_record({"doc_id": "a", "text": "x", "published": "2016-12-10T08:00:00Z"},
                               "f:1")
    assert doc.published == date(2016, 12, 10)
    doc = document_from_record({"doc_id": "a", "text": "x"}, "f:1", published=date(2020, 1, 1),
                               language="fr")
    assert (doc.published, doc.language, doc.origin) == (date(2020, 1, 1), "fr", "f:1")


def test_text_file_needs_published(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Deux soldats ont été tués.", encoding="utf-8")
    (problem,) = read_documents([str(path)])
    assert isinstance(problem, InputProblem) and "--published" in problem.message
    (doc,) = read_documents([str(path)], published=date(2020, 1, 1))
    assert isinstance(doc, Document) and doc.doc_id == "article"


def test_missing_file_and_directory_are_problems(tmp_path: Path) -> None:
    items = list(read_documents([str(tmp_path / "nope.jsonl"), str(tmp_path)]))
    assert all(isinstance(i, InputProblem) for i in items)
    assert "no such file" in str(items[0]) and "directory" in str(items[1])


def test_duplicate_doc_ids_are_skipped_with_a_message(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [record("a"), record("a")])
    items = list(read_documents([str(path)]))
    assert isinstance(items[0], Document)
    assert isinstance(items[1], InputProblem) and "duplicate doc_id" in items[1].message


def test_stdin_json_or_text() -> None:
    (doc,) = read_documents(["-"], stdin=io.StringIO(record("s") + "\n"))
    assert isinstance(doc, Document) and doc.doc_id == "s"
    (doc,) = read_documents(["-"], stdin=io.StringIO("Un texte."), published=date(2020, 1, 1))
    assert isinstance(doc, Document) and doc.text == "Un texte."


def test_json_file_may_hold_a_list(tmp_path: Path) -> None:
    path = tmp_path / "docs.json"
    path.write_text(json.dumps([json.loads(record("a")), json.loads(record("b"))]), "utf-8")
    assert [d.doc_id for d in read_documents([str(path)]) if isinstance(d, Document)] == ["a", "b"]


def test_non_utf8_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Décès".encode("latin-1"))
    (problem,) = read_documents([str(path)], published=date(2020, 1, 1))
    assert isinstance(problem, InputProblem) and "UTF-8" in problem.message


def test_jsonl_is_streamed_and_a_non_utf8_line_loses_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(record("a").encode() + b"\n" + b'{"doc_id": "x", "text": "D\xe9c\xe8s"}\n'
                     + record("b").encode() + b"\n")
    items = read_documents([str(path)])
    assert not isinstance(items, list)  # a generator: nothing is read before it is asked for
    got = list(items)
    assert [type(i) for i in got] == [Document, InputProblem, Document]
    assert isinstance(got[1], InputProblem) and got[1].where == f"{path}:2"
    assert "UTF-8" in got[1].message


def test_pretty_printed_json_file(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(json.loads(record("p")), indent=2), encoding="utf-8")
    (doc,) = read_documents([str(path)])
    assert isinstance(doc, Document) and doc.doc_id == "p"
