"""Watch mode: files arriving during a run, a checkpoint that survives SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from vigil.ingest.runner import code_serial, ingest
from vigil.ingest.watch import Checkpoint, checkpoint_path, watch
from vigil.store import IncidentFilter, Store

CORPUS = Path(str(files("vigil.demo") / "corpus.jsonl"))
ROWS = [line for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
VIGIL = Path(sys.executable).with_name("vigil")


def drop(folder: Path, index: int) -> Path:
    """Write demo row ``index`` as its own file, renamed into place the way feeds are delivered."""
    tmp = folder / f"row{index:03d}.jsonl.part"
    tmp.write_text(ROWS[index] + "\n", encoding="utf-8")
    return tmp.rename(folder / f"row{index:03d}.jsonl")


def snapshot(db: Path) -> tuple[list[dict[str, Any]], int]:
    """Incidents by key: their row ids depend on the order files arrived in, their content must not."""
    with Store.open(db, readonly=True) as store:
        rows = store.incidents(IncidentFilter())
        key_of = {r["id"]: r["key"] for r in rows}
        out = [
            {
                **{k: v for k, v in r.items() if k not in ("id", "updated_at", "follows")},
                "follows": sorted((key_of.get(f["id"]), f["evidence"]) for f in r["follows"]),
            }
            for r in rows
        ]
        return sorted(out, key=lambda r: r["key"]), int(store.stats()["articles"])


def articles(db: Path) -> int:
    if not db.exists():
        return 0
    with Store.open(db, readonly=True) as store:
        return int(store.stats()["articles"])


@pytest.fixture(scope="module")
def reference(coder, tmp_path_factory) -> tuple[list[dict[str, Any]], int]:
    """The incidents one plain ingest of the whole demo corpus stores."""
    folder = tmp_path_factory.mktemp("ref")
    for i in range(len(ROWS)):
        drop(folder, i)
    db = folder.parent / "ref.db"
    with Store.open(db) as store:
        ingest([str(folder)], store=store, coder=coder)
    return snapshot(db)


def test_once_then_nothing_is_read_again(coder, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        drop(folder, i)
    (folder / ".hidden.jsonl").write_text(ROWS[5], encoding="utf-8")
    db = tmp_path / "w.db"
    with Store.open(db) as store:
        cp = Checkpoint(checkpoint_path(db))
        first = watch(folder, store=store, code=code_serial(coder), checkpoint=cp, once=True)
        again = watch(folder, store=store, code=code_serial(coder), checkpoint=Checkpoint(cp.path), once=True)
    assert (first.files, first.new) == (3, 3)
    assert (again.files, again.read) == (0, 0)
    assert "files 3" in first.line()


def test_files_arriving_during_a_run_are_all_ingested_once(coder, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    db = tmp_path / "w.db"
    stop = threading.Event()
    lines: list[str] = []

    def run() -> None:
        with Store.open(db) as store:
            watch(
                folder,
                store=store,
                code=code_serial(coder),
                checkpoint=Checkpoint(checkpoint_path(db)),
                interval=0.05,
                settle=0.1,
                on_progress=lambda p: lines.append(p.line()),
                should_stop=stop.is_set,
            )

    thread = threading.Thread(target=run)
    thread.start()
    try:
        for i in range(6):
            drop(folder, i)
            time.sleep(0.15)
        (folder / "row000.jsonl").touch()  # touched, not changed: read again, nothing new stored
        deadline = time.monotonic() + 120
        while articles(db) < 6 and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.5)
    finally:
        stop.set()
        thread.join(timeout=60)
    assert articles(db) == 6
    assert len(lines) > 1 and "new 6" in lines[-1]


def _vigil(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(VIGIL), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


@pytest.mark.slow
def test_sigkill_and_restart_neither_skip_nor_repeat(reference, tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "TMPDIR": str(tmp_path)}
    folder = tmp_path / "in"
    folder.mkdir()
    db = tmp_path / "w.db"
    log = checkpoint_path(db)
    for i in range(8):
        drop(folder, i)
    proc = _vigil("watch", str(folder), "--db", str(db), "--interval", "0.1", "--settle", "0.2", env=env)
    try:
        deadline = time.monotonic() + 180
        while '"path"' not in (log.read_text() if log.exists() else "") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert log.exists(), "the watcher never recorded a file"
        for i in range(8, len(ROWS)):  # more arrive while it runs; it is killed somewhere among them
            drop(folder, i)
            time.sleep(0.05)
        time.sleep(0.5)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
    recorded = Checkpoint(log).seen
    assert 8 <= len(recorded) <= len(ROWS)
    again = subprocess.run(
        [str(VIGIL), "watch", str(folder), "--db", str(db), "--once"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 0, again.stderr
    unread = len(ROWS) - len(recorded)
    if unread:  # only what was not recorded is read again
        assert f"files {unread} " in again.stderr
    assert len(Checkpoint(log).seen) == len(ROWS)
    assert snapshot(db) == reference


def test_a_cut_log_line_and_an_open_batch_mean_re_resolve(coder, tmp_path):
    db = tmp_path / "w.db"
    log = checkpoint_path(db)
    log.write_text(json.dumps({"begin": 1}) + '\n{"path": "/x", "si', encoding="utf-8")
    cp = Checkpoint(log)
    assert cp.interrupted and cp.seen == {}
    folder = tmp_path / "in"
    folder.mkdir()
    with Store.open(db) as store:
        watch(folder, store=store, code=code_serial(coder), checkpoint=cp, once=True)
    assert not Checkpoint(log).interrupted
