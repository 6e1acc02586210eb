"""Crash safety: `vigil ingest` killed with SIGKILL at random points, again and again.

After every kill the store must pass `PRAGMA integrity_check` and hold each article either
whole (the same reports and claims as a clean run of the same input) or not at all; a final
re-run must complete the batch with no duplicates and the clean run's incidents. The CI
version runs 8 rounds; `bench/robustness.py` runs 50 and more.
"""

from __future__ import annotations

import random
import subprocess
import time
from pathlib import Path

import pytest

from tests.hardening import procs
from vigil.ingest.runner import ingest
from vigil.store import Store

ROUNDS = 8


@pytest.mark.slow
def test_sigkill_at_random_points_leaves_whole_articles_and_a_rerun_completes(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(20261124)
    corpus = tmp_path / "corpus"
    procs.write_corpus(corpus, rng, filler=100, bad=3)
    env = procs.vigil_env(tmp_path / "home")

    started = time.monotonic()  # the clean reference: same code path, in this process (models loaded once)
    with Store.open(tmp_path / "clean.db") as store:
        ingest([str(corpus)], store=store, coder=coder)
    work_s = time.monotonic() - started
    clean = procs.snapshot(tmp_path / "clean.db")
    assert clean.integrity == "ok" and len(clean.reports) > 100 and clean.incidents > 10

    db = tmp_path / "killed.db"
    kills, problems = procs.kill_rounds(corpus, db, env, rng, ROUNDS, work_s, clean)
    assert not problems, problems
    assert kills >= ROUNDS // 2  # most rounds really were killed mid-run

    rerun = subprocess.run(
        procs.ingest_argv(corpus, db), capture_output=True, text=True, env=env, timeout=300
    )
    assert rerun.returncode == 1 and "Traceback" not in rerun.stderr, rerun.stderr[-2000:]  # 1: the bad files
    assert procs.final_problems(procs.snapshot(db), clean) == []
