"""Concurrency: two `vigil ingest` processes, the API server and readers on one store at once.

No "database is locked" may reach a user (busy timeout, retry with backoff, one writer at a
time), and no write may be lost: every article of both batches is stored once, every report
belongs to an incident, and every correction the API accepted is in the store.
"""

from __future__ import annotations

import json
import random
import socket
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.factories import GAO, KIDAL, article, report
from tests.hardening import procs
from vigil.ingest import runner
from vigil.store import Store


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_half(folder: Path, rows: list[dict[str, object]], rng: random.Random, tag: str) -> None:
    """Articles as one file each, filler that is stored without a parse, and files to quarantine."""
    folder.mkdir(parents=True)
    for i, row in enumerate(rows):
        (folder / f"{i:03d}.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    for i in range(80):
        filler = {"id": f"{tag}-filler-{i}", "text": f"Markets in Bamako opened as usual, item {tag} {i}."}
        (folder / f"f{i:03d}.jsonl").write_text(json.dumps(filler) + "\n", encoding="utf-8")
    for i in range(20):
        (folder / f"bad{i:02d}.bin").write_bytes(b"\x00\x01binary" + rng.randbytes(32))


@pytest.mark.slow
def test_two_ingests_the_api_and_readers_at_once_lose_nothing(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("vigil.serve.app")
    from vigil.store.web import create_token

    rng = random.Random(7)
    rows = procs.demo_rows()
    db = tmp_path / "shared.db"
    seed = tmp_path / "seed"
    write_half(seed, rows[:4], rng, "seed")
    with Store.open(db) as store:  # a few incidents for the API to correct while the ingests run
        runner.ingest([str(seed)], store=store, coder=coder)
        _, secret = create_token(store, "tester")
        target = store.incidents()[0]["id"]
    write_half(tmp_path / "a", rows[:22], rng, "a")  # overlapping halves: both race to store 4..21
    write_half(tmp_path / "b", rows[10:], rng, "b")
    env = procs.vigil_env(tmp_path / "home")

    port = free_port()
    server = subprocess.Popen(
        [str(procs.VIGIL), "serve", "--db", str(db), "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    statuses: list[int] = []
    reader_errors: list[str] = []
    accepted = 0
    stop = threading.Event()

    def api_client() -> None:
        nonlocal accepted
        with httpx.Client(base_url=base, timeout=60) as client:
            while not stop.is_set():
                for path in ("/api/incidents?limit=5", "/api/stats"):
                    statuses.append(client.get(path).status_code)
                posted = client.post(
                    f"/api/incidents/{target}/corrections",
                    json={"field": "fatalities", "value": len(statuses), "reason": "recount"},
                    headers={"Authorization": f"Bearer {secret}"},
                )
                statuses.append(posted.status_code)
                accepted += posted.status_code == 201
                time.sleep(0.05)

    def reader() -> None:
        while not stop.is_set():
            try:
                with Store.open(db, readonly=True) as store:
                    store.stats()
                    store.incidents()
            except Exception as exc:  # any failure at all is what this test looks for
                reader_errors.append(f"{type(exc).__name__}: {exc}")
            time.sleep(0.02)

    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(f"{base}/api/stats", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline and server.poll() is None, "server did not start"
            time.sleep(0.2)
        threads = [threading.Thread(target=api_client), threading.Thread(target=reader)]
        for thread in threads:
            thread.start()
        ingests = [procs.start(procs.ingest_argv(tmp_path / half, db), env) for half in ("a", "b")]
        codes = [running.proc.wait(timeout=400) for running in ingests]
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
        server.terminate()
        server.wait(timeout=30)

    for running, code in zip(ingests, codes, strict=True):
        assert code == 1, running.text()[-2000:]  # 1: the binary files were quarantined, nothing else
        assert "locked" not in running.text().lower() and "Traceback" not in running.text()
    assert not reader_errors, reader_errors[:3]
    assert statuses and set(statuses) <= {200, 201}, sorted(set(statuses))
    with Store.open(db, readonly=True) as store:
        ids = [r[0] for r in store.conn.execute("SELECT external_id FROM articles")]
        assert sorted(i for i in ids if str(i).startswith("demo-")) == sorted(str(r["id"]) for r in rows)
        assert sum(str(i).startswith(("a-filler", "b-filler", "seed-filler")) for i in ids) == 240
        assert store.conn.execute("SELECT count(*) FROM reports WHERE incident_id IS NULL").fetchone()[0] == 0
        assert store.conn.execute("SELECT count(*) FROM corrections").fetchone()[0] == accepted > 0
        assert store.stats()["quarantine"] == 60
        assert store.integrity_check() == "ok"


def test_resolution_reads_and_replaces_under_one_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A resolver that read the reports before another ingest committed must not drop that ingest's reports.

    Without one lock around read-resolve-replace, this interleaving leaves the second
    article's report in no incident: A reads, B stores and resolves, A replaces.
    """
    path = tmp_path / "r.db"
    with Store.open(path) as store:
        store.add_article(article("first telling", ident="a1"), [report(where=KIDAL)])
    a_has_read = threading.Event()
    real = runner.resolve

    def slow_resolve(reports):  # type: ignore[no-untyped-def]
        if threading.current_thread().name == "A":
            a_has_read.set()
            time.sleep(1.5)  # B tries to write now
        return real(reports)

    monkeypatch.setattr(runner, "resolve", slow_resolve)

    def resolve_in_a() -> None:
        with Store.open(path) as store:
            runner.resolve_countries(store, ["Mali"])

    thread = threading.Thread(target=resolve_in_a, name="A")
    thread.start()
    assert a_has_read.wait(30)
    with Store.open(path) as store:
        store.add_article(article("second telling", ident="b1"), [report(where=GAO, day=None)])
        runner.resolve_countries(store, ["Mali"])
    thread.join()
    with Store.open(path, readonly=True) as store:
        assert store.conn.execute("SELECT count(*) FROM reports WHERE incident_id IS NULL").fetchone()[0] == 0


def test_many_processes_opening_a_new_store_at_once_all_succeed(tmp_path: Path) -> None:
    """Each applies the migrations it lacks under the write lock, so none trips over another's."""
    script = "\n".join(
        [
            "import sys, time",
            "from vigil.domain import Article",
            "from vigil.store import Store",
            "time.sleep(max(0.0, float(sys.argv[2]) - time.time()))  # all open at the same instant",
            "with Store.open(sys.argv[1]) as store:",
            "    store.add_article(Article(text=sys.argv[3]), [])",
        ]
    )
    python = str(procs.VIGIL.with_name("python"))
    for round_ in range(3):
        db = tmp_path / f"new{round_}.db"
        at = time.time() + 1.5
        runs = [
            subprocess.Popen([python, "-c", script, str(db), str(at), f"text {i}"], stderr=subprocess.PIPE)
            for i in range(4)
        ]
        errors = [p.communicate(timeout=60)[1].decode() for p in runs]
        assert [p.returncode for p in runs] == [0] * 4, errors
        with Store.open(db, readonly=True) as store:
            assert store.stats()["articles"] == 4
