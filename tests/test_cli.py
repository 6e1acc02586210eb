"""The CLI through its real entry point, on temporary SQLite files."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

VIGIL = Path(sys.executable).with_name("vigil")
README = Path(__file__).resolve().parents[1] / "README.md"

CONVOY = """Soldiers and foreign mercenaries opened fire on a convoy of civilians near Menaka in Mali on \
Sunday, killing 17 people, among them women and children, residents said.
The attack came in revenge for clashes with the Azawad Liberation Front, which said five soldiers \
were killed and nine of its own fighters died in the fighting on Saturday.
A military source denied that the army had killed any civilians.
Original Source: www.example-news.org
"""


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(cwd or Path.cwd())}
    env.pop("VIGIL_DB", None)
    return subprocess.run(
        [str(VIGIL), *args],
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=300,
    )


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    (root / "convoy.txt").write_text(CONVOY)
    db = root / "v.db"
    first = run("ingest", str(root / "convoy.txt"), "--db", str(db))
    return root, db, first


def test_ingest_stores_the_attack(ingested):
    _, db, first = ingested
    assert first.returncode == 0, first.stderr
    out = run("incidents", "--db", str(db), "--format", "json")
    rows = json.loads(out.stdout)
    attack = [r for r in rows if r["event_type"] == "Violence against civilians"]
    assert attack, rows
    assert attack[0]["fatalities"] == 17
    assert attack[0]["articles"] == ["convoy.txt"]
    assert {"id", "low", "best", "high", "claims", "articles", "follows"} <= set(attack[0])


def test_reingesting_changes_nothing(ingested):
    root, db, _ = ingested
    before = run("stats", "--db", str(db)).stdout
    again = run("ingest", str(root / "convoy.txt"), "--db", str(db))
    assert again.returncode == 0
    assert "duplicate 1" in again.stderr
    assert run("stats", "--db", str(db)).stdout == before


def test_show_prints_claims_and_sources(ingested):
    _, db, _ = ingested
    rows = json.loads(run("incidents", "--db", str(db), "--format", "json").stdout)
    shown = run("show", str(rows[0]["id"]), "--db", str(db))
    assert shown.returncode == 0
    assert "Claims:" in shown.stdout and "Sources:" in shown.stdout and "example-news.org" in shown.stdout


def test_filters_and_formats(ingested):
    _, db, _ = ingested
    none = run("incidents", "--db", str(db), "--country", "Peru", "--format", "jsonl")
    assert none.returncode == 0 and none.stdout == ""
    csv_out = run("incidents", "--db", str(db), "--format", "csv").stdout
    assert csv_out.splitlines()[0].startswith("id,")
    assert "event_date" in run("incidents", "--db", str(db)).stdout


def test_bad_inputs_are_quarantined_and_the_batch_goes_on(tmp_path):
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02garbage\x00" * 50)
    (bad / "latin.txt").write_bytes(b"Soldiers killed 3 people in Gao" + b"\xff\xfe\xfa")
    (bad / "rows.jsonl").write_text(
        '{"id": "ok", "text": "Protesters marched in Bamako on Monday."}\n{broken\n'
    )
    (bad / "empty.html").write_text("<html><body><script>x()</script></body></html>")
    with open(bad / "huge.txt", "wb") as f:
        f.truncate(50 * 1024 * 1024)
    db = tmp_path / "q.db"
    result = run("ingest", str(bad), str(tmp_path / "missing.txt"), "--db", str(db))
    assert result.returncode == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("quarantined:")]
    assert len(lines) == 7, result.stderr
    for name in (
        "empty.txt",
        "binary.txt",
        "latin.txt",
        "rows.jsonl",
        "empty.html",
        "huge.txt",
        "missing.txt",
    ):
        assert any(name in ln for ln in lines), name
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 7
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_code_writes_one_line_per_row_in_order(tmp_path):
    src = tmp_path / "rows.csv"
    src.write_text(
        "ref,body,date\n"
        'B2,"Police fired tear gas to disperse students protesting in Dhaka on Sunday.",2024-03-04\n'
        'A1,"The central bank kept interest rates unchanged on Thursday.",2024-03-04\n'
        'C3,"",2024-03-04\n'
    )
    out = run("code", str(src), "--id-column", "ref", "--text-column", "body", "--published-column", "date")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["B2", "A1", "C3"]
    assert rows[0]["event"]["event_type"] == "Protests"
    assert rows[1]["event"] is None
    assert rows[2]["event"] is None and "error" in rows[2]


def test_usage_errors_exit_2(tmp_path):
    assert run("incidents", "--format", "yaml").returncode == 2
    assert run("show", "1", "--db", str(tmp_path / "none.db")).returncode == 2


def test_every_command_is_documented_in_the_readme():
    helptext = run("--help").stdout
    commands = re.findall(r"^  (\w+)\s", helptext.split("Commands:")[1], re.M)
    readme = README.read_text()
    assert commands
    missing = [c for c in commands if f"vigil {c}" not in readme and f"`{c}`" not in readme]
    assert not missing
