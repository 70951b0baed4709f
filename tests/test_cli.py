"""End to end: the ``bilan`` command, in process (CliRunner) and once as a real program."""

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from bilan.cli.main import cli

ARTICLE = ("Au moins 14 soldats ont été tués samedi dans une embuscade près de Gao, "
           "a indiqué l'armée malienne.")


def run(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=stdin)


def write_jsonl(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def good(doc_id: str) -> str:
    return json.dumps({"doc_id": doc_id, "text": ARTICLE, "published": "2019-11-04"},
                      ensure_ascii=False)


def test_extract_text_file(tmp_path: Path) -> None:
    path = tmp_path / "gao.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run("extract", str(path), "--published", "2019-11-04")
    assert result.exit_code == 0, result.output
    (doc,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert doc["doc_id"] == "gao" and doc["published"] == "2019-11-04"
    (stmt,) = doc["casualties"]
    assert (stmt["outcome"], stmt["value"], stmt["victims"]) == ("killed", 14, "soldiers")
    span = stmt["evidence"][0]
    assert ARTICLE[span["start"]:span["end"]].startswith("Au moins 14 soldats")


def test_bad_lines_are_reported_others_written_and_exit_1(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", good("a"), "{oops",
                       json.dumps({"doc_id": "c", "text": "", "published": "2019-11-04"}),
                       json.dumps({"doc_id": "d", "text": "Hallo", "published": "2019-11-04",
                                   "language": "de"}),
                       good("e"))
    out = tmp_path / "out.jsonl"
    result = run("extract", str(path), "-o", str(out))
    assert result.exit_code == 1
    assert [json.loads(line)["doc_id"] for line in out.read_text().splitlines()] == ["a", "e"]
    assert f"{path}:2: bad JSON" in result.stderr
    assert f"{path}:3 (doc_id 'c'): empty 'text'" in result.stderr
    assert "unknown language 'de'" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_exit_1_and_unknown_lang_exit_2(tmp_path: Path) -> None:
    result = run("extract", str(tmp_path / "missing.txt"), "--published", "2020-01-01")
    assert result.exit_code == 1 and "no such file" in result.stderr
    result = run("extract", "-", "--lang", "xx", stdin="texte")
    assert result.exit_code == 2 and "unknown language 'xx'" in result.stderr


def test_bad_published_option_is_a_usage_error() -> None:
    result = run("extract", "-", "--published", "hier", stdin="texte")
    assert result.exit_code == 2 and "ISO date" in result.stderr


def test_stdin_and_pretty_view() -> None:
    result = run("extract", "--pretty", "--published", "2019-11-04", stdin=ARTICLE)
    assert result.exit_code == 0, result.output
    assert "killed 14 soldiers" in result.stdout
    assert "« Au moins 14 soldats ont été tués" in result.stdout


def test_installed_command_runs_as_a_program(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", good("a"))
    bilan = Path(sys.executable).with_name("bilan")
    done = subprocess.run([str(bilan), "extract", str(path)], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["doc_id"] == "a"


def test_non_conflict_article_gives_nothing() -> None:
    text = ("Un incendie a ravagé un immeuble hier à Lyon : quatre personnes ont été tuées et "
            "douze blessées, selon les pompiers. Une enquête a été ouverte sur l'origine du feu.")
    result = run("extract", "--published", "2021-02-02", stdin=text)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["events"] == [] and doc["casualties"] == []


def test_a_bug_on_one_document_does_not_stop_the_batch(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import bilan.pipeline

    real = bilan.pipeline.extract_events

    def failing_on_b(ctx, casualties):  # type: ignore[no-untyped-def]
        if ctx.document.doc_id == "b":
            raise RuntimeError("boom")
        return real(ctx, casualties)

    monkeypatch.setattr(bilan.pipeline, "extract_events", failing_on_b)
    path = write_jsonl(tmp_path / "in.jsonl", good("a"), good("b"), good("c"))
    result = run("extract", str(path))
    assert result.exit_code == 1
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["a", "c"]
    assert "(doc_id 'b'): internal error (RuntimeError: boom)" in result.stderr


def test_an_overlong_text_is_reported_not_fatal(tmp_path: Path) -> None:
    from bilan.nlp import load_nlp

    limit = load_nlp("fr").max_length
    huge = json.dumps({"doc_id": "huge", "text": "a" * (limit + 1), "published": "2019-11-04",
                       "language": "fr"})
    path = write_jsonl(tmp_path / "in.jsonl", huge, good("ok"))
    result = run("extract", str(path))
    assert result.exit_code == 1
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["ok"]
    assert "text too long" in result.stderr
