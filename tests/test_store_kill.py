"""Killing ``bilan ingest`` mid-way (SIGKILL, a real process) and running it again loses
nothing and duplicates nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bilan.store import open_store

TOWNS = ("Gao", "Kidal", "Ménaka", "Tombouctou", "Mopti", "Ségou", "Douentza", "Ansongo")
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
VICTIMS = ("soldats", "civils", "gendarmes", "policiers")


def articles(count: int) -> list[str]:
    lines = []
    for n in range(count):
        town, day, victims = TOWNS[n % 8], DAYS[n % 7], VICTIMS[n % 4]
        text = (f"Au moins {n + 3} {victims} ont été tués {day} dans une attaque près de {town}, "
                f"a indiqué l'armée. Dépêche numéro {n}.")
        lines.append(json.dumps({"doc_id": f"d{n:04d}", "text": text, "published": "2021-06-12",
                                 "language": "fr"}, ensure_ascii=False))
    return lines


def test_sigkill_mid_ingest_then_rerun_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    total = 200
    source = tmp_path / "many.jsonl"
    source.write_text("\n".join(articles(total)) + "\n", encoding="utf-8")
    db = tmp_path / "kill.duckdb"
    bilan = str(Path(sys.executable).with_name("bilan"))
    command = [bilan, "-v", "ingest", str(source), "--db", str(db), "--batch-size", "10",
               "--model", "sm"]  # the small pipeline loads fastest
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    assert proc.stderr is not None
    commits = 0
    try:
        for line in proc.stderr:
            commits += "committed a batch" in line
            if commits >= 3:
                break
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -9, "the ingest ended before it could be killed"
    with open_store(db, read_only=True) as store:
        committed = store.counts()["documents"]
    assert 30 <= committed < total
    assert committed % 10 == 0  # whole batches only
    done = subprocess.run(command[:1] + command[2:], capture_output=True, text=True, check=False,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"{total - committed} document(s) stored" in done.stderr
    assert f"{committed} already stored" in done.stderr
    with open_store(db, read_only=True) as store:
        per_id = dict(store.con.execute(
            "SELECT external_id, count(*) FROM documents GROUP BY external_id").fetchall())
        events = store.con.execute(
            "SELECT count(*), count(DISTINCT (doc_id, event_id)) FROM events").fetchall()
        casualties = store.con.execute(
            "SELECT count(DISTINCT doc_id) FROM casualties").fetchall()
    assert per_id == {f"d{n:04d}": 1 for n in range(total)}
    assert events[0][0] == events[0][1] and events[0][0] >= total
    assert casualties == [(total,)]
