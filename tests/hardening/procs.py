"""Real `vigil` processes for the crash and concurrency tests, and what to compare after them.

The corpus is the bundled demo corpus (32 news articles, in the package) plus filler articles
that tell no event (stored without a parse, so a run has several commit batches) and a few
hostile files (quarantined while the batch goes on). Shared with `bench/robustness.py`.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from tests.hardening import hostile

VIGIL = Path(sys.executable).with_name("vigil")

_FILLER = (
    "The central bank kept its main rate unchanged on {day}, citing steady prices in {town}.",
    "A new bridge over the river near {town} opened to traffic on {day} after two years of works.",
    "Farmers around {town} reported a good millet harvest this season, the agriculture office said on {day}.",
    "The national football team beat its neighbours 2-1 in a friendly played in {town} on {day}.",
)


def demo_rows() -> list[dict[str, object]]:
    text = (files("vigil.demo") / "corpus.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def write_corpus(folder: Path, rng: random.Random, *, filler: int = 100, bad: int = 3) -> int:
    """One JSON Lines file per article, shuffled names; returns how many articles it holds."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = demo_rows()
    for i in range(filler):
        text = rng.choice(_FILLER).format(town=rng.choice(hostile.TOWNS), day=f"{i % 28 + 1} March 2024")
        rows.append({"id": f"filler-{i:03d}", "text": f"{text} Item {i}.", "published": "2024-03-04"})
    rng.shuffle(rows)
    for i, row in enumerate(rows):
        (folder / f"{i:04d}.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    for i, made in enumerate(hostile.generate(rng, bad)):
        (folder / f"bad{i:02d}-{made.name or 'noname'}").write_bytes(made.data)
    return len(rows)


def vigil_env(home: Path) -> dict[str, str]:
    """A bare environment with HOME and TMPDIR in the test's folder (PYTHONPATH kept, if set)."""
    home.mkdir(parents=True, exist_ok=True)
    env = {"HOME": str(home), "TMPDIR": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    for name in ("PYTHONPATH", "VIGIL_CACHE_DIR"):  # the cache: derived indexes, built once per run
        if os.environ.get(name):
            env[name] = os.environ[name]
    return env | {"LANG": "C.UTF-8"}


def ingest_argv(corpus: Path, db: Path) -> list[str]:
    return [str(VIGIL), "ingest", str(corpus), "--db", str(db), "--progress"]


@dataclass
class Running:
    """A `vigil ingest` process whose stderr is collected on a thread (so it never blocks on a pipe)."""

    proc: subprocess.Popen[bytes]
    started: float
    stderr: bytearray = field(default_factory=bytearray)
    reading_at: float | None = None  # when progress first showed an input read

    def wait_reading(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.proc.poll() is None:
            if self.reading_at is not None:
                return True
            time.sleep(0.02)
        return self.reading_at is not None

    def kill9(self) -> bool:
        """SIGKILL; True when the process was still running (a real kill, not a finished run)."""
        alive = self.proc.poll() is None
        if alive:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        return alive

    def text(self) -> str:
        return self.stderr.decode("utf-8", errors="replace")


def start(argv: list[str], env: dict[str, str]) -> Running:
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    running = Running(proc=proc, started=time.monotonic())
    progress = re.compile(rb"ingest: +[1-9]")

    def pump() -> None:
        assert proc.stderr is not None
        while chunk := proc.stderr.read1(4096):
            running.stderr += chunk
            if running.reading_at is None and progress.search(running.stderr[-200:]):
                running.reading_at = time.monotonic()

    threading.Thread(target=pump, daemon=True).start()
    return running


@dataclass(frozen=True)
class Snapshot:
    """What a store holds, by article: compare a killed-and-resumed store with a clean one."""

    integrity: str
    reports: dict[str, tuple[tuple[int, str, int, int], ...]]  # sha256 -> (ordinal, type, deaths, claims)
    external_ids: tuple[str, ...]  # the corpus's ids, sorted (a duplicate would show twice)
    incidents: int
    unresolved: int  # reports in no incident


def snapshot(db: Path) -> Snapshot:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        reports: dict[str, list[tuple[int, str, int, int]]] = {
            row[0]: [] for row in conn.execute("SELECT sha256 FROM articles")
        }
        for sha, ordinal, kind, deaths, claims in conn.execute(
            "SELECT a.sha256, r.ordinal, r.sub_event_type, r.fatalities,"
            " (SELECT count(*) FROM claims c WHERE c.report_id = r.id)"
            " FROM reports r JOIN articles a ON a.id = r.article_id ORDER BY a.sha256, r.ordinal"
        ):
            reports[sha].append((int(ordinal), str(kind), int(deaths), int(claims)))
        ids = sorted(
            str(r[0])
            for r in conn.execute("SELECT external_id FROM articles")
            if str(r[0]).startswith(("demo-", "filler-"))  # the corpus's own ids, each written once
        )
        return Snapshot(
            integrity=str(conn.execute("PRAGMA integrity_check").fetchone()[0]),
            reports={sha: tuple(rows) for sha, rows in reports.items()},
            external_ids=tuple(ids),
            incidents=int(conn.execute("SELECT count(*) FROM incidents").fetchone()[0]),
            unresolved=int(
                conn.execute("SELECT count(*) FROM reports WHERE incident_id IS NULL").fetchone()[0]
            ),
        )
    finally:
        conn.close()


def partial_problems(got: Snapshot, clean: Snapshot) -> list[str]:
    """Why a store killed mid-run is not a prefix of the clean run: half-stored or unknown articles."""
    problems = [] if got.integrity == "ok" else [f"integrity_check: {got.integrity}"]
    for sha, rows in got.reports.items():
        if sha not in clean.reports:
            problems.append(f"article {sha[:12]} is not in the clean run")
        elif rows != clean.reports[sha]:
            problems.append(
                f"article {sha[:12]} stored with {len(rows)} reports, clean run has {len(clean.reports[sha])}"
            )
    if len(set(got.external_ids)) != len(got.external_ids):
        problems.append("an article is stored twice")
    return problems


def final_problems(got: Snapshot, clean: Snapshot) -> list[str]:
    """Why a resumed store differs from the clean one."""
    problems = partial_problems(got, clean)
    missing = set(clean.reports) - set(got.reports)
    if missing:
        problems.append(f"{len(missing)} articles missing after the re-run")
    if got.incidents != clean.incidents:
        problems.append(f"{got.incidents} incidents, clean run has {clean.incidents}")
    if got.unresolved:
        problems.append(f"{got.unresolved} reports left in no incident")
    return problems


def kill_rounds(
    corpus: Path,
    db: Path,
    env: dict[str, str],
    rng: random.Random,
    rounds: int,
    work_s: float,
    clean: Snapshot,
    *,
    until_done: bool = False,
) -> tuple[int, list[str]]:
    """Start and SIGKILL `vigil ingest` up to `rounds` times; returns (real kills, problems seen after any kill).

    The kill comes a random time after the run starts reading, within the time the work
    still left should take, so most kills land while articles are being coded and written.
    With `until_done`, stop at the first run that finishes before its kill.
    """
    kills = 0
    problems: list[str] = []
    left = 1.0  # share of the clean run's articles not stored yet
    for number in range(rounds):
        running = start(ingest_argv(corpus, db), env)
        if rng.random() < 0.2:  # anywhere, start-up included
            time.sleep(rng.uniform(0, 4.0))
        elif running.wait_reading(timeout=300):  # once it reads and writes: where the risk is
            time.sleep(rng.uniform(0, work_s * max(0.2, left)))
        killed = running.kill9()
        kills += killed
        if db.exists():
            got = snapshot(db)
            problems += [f"round {number}: {p}" for p in partial_problems(got, clean)]
            left = 1 - len(got.reports) / max(1, len(clean.reports))
        if until_done and not killed:
            break
    return kills, problems
