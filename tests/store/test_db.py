from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.factories import article, killed, report

from vigil.errors import NotFound
from vigil.store import Store
from vigil.store.migrations import migrations
from vigil.taxonomy import Counted, Stance


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "t.db") as s:
        yield s


def test_migrations_are_recorded_and_run_once(tmp_path):
    path = tmp_path / "m.db"
    with Store.open(path) as s:
        assert [r[0] for r in s.conn.execute("SELECT name FROM migrations")] == [m[0] for m in migrations()]
        assert s.migrate() == []
    with Store.open(path) as s:
        assert s.migrate() == []


def test_pragmas_wal_and_foreign_keys(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_add_article_is_idempotent_by_content_hash(store):
    a = article("Gunmen killed 3 people.", ident="x1")
    assert store.add_article(a, [report(fatalities=3)]) is not None
    assert store.add_article(a, [report(fatalities=3)]) is None
    stats = store.stats()
    assert (stats["articles"], stats["reports"]) == (1, 1)


def test_a_failed_write_leaves_nothing_behind(store):
    a = article("Soldiers clashed with rebels.")
    with pytest.raises(RuntimeError), store.atomic() as conn:
        conn.execute("INSERT INTO quarantine (origin, code, reason, created_at) VALUES ('x','E1','r','t')")
        raise RuntimeError("killed mid-way")
    assert store.stats()["quarantine"] == 0
    store.add_article(a, [report()])
    assert store.integrity_check() == "ok"


def test_reports_round_trip_with_actors_and_claims(store):
    claims = (killed(6, source="FLA", counted=Counted.SOLDIERS), killed(None, stance=Stance.DENIED))
    original = report(fatalities=6, claims=claims)
    store.add_article(article("text one", published=date(2024, 3, 4)), [original])
    (back,) = store.reports()
    assert back.report.actor1 == original.actor1
    assert back.report.actor2 == original.actor2
    assert back.report.claims == original.claims
    assert back.report.location == original.location
    assert back.published == date(2024, 3, 4)


def test_quarantine_is_kept(store):
    store.quarantine(origin="bad.bin", code="E103", reason="binary content", sha256=None)
    assert store.quarantined()[0]["reason"] == "binary content"


def test_missing_incident_is_not_found(store):
    with pytest.raises(NotFound):
        store.incident(42)


def test_readonly_connection_refuses_writes(tmp_path):
    path = tmp_path / "ro.db"
    Store.open(path).close()
    with Store.open(path, readonly=True) as ro, pytest.raises(sqlite3.OperationalError):
        ro.conn.execute("INSERT INTO actors (name, inter) VALUES ('x', 1)")


@settings(max_examples=30, deadline=None)
@given(texts=st.lists(st.text(min_size=1, max_size=40).filter(str.strip), min_size=1, max_size=8))
def test_ingesting_any_texts_twice_stores_each_once(texts):
    with Store.open(":memory:") as s:
        for _ in range(2):
            for t in texts:
                s.add_article(article(t), [])
        assert s.stats()["articles"] == len({t.strip() for t in texts})


def test_the_same_rejected_input_is_quarantined_once(store):
    for _ in range(3):
        store.quarantine(
            origin="in/bad.json", code="E101", reason="empty text", sha256="abc", external_id=None
        )
    store.quarantine(origin="in/bad.json", code="E101", reason="empty text", sha256="def", external_id=None)
    rows = store.quarantined()
    assert [(r["sha256"], r["seen"]) for r in rows] == [("abc", 3), ("def", 1)]
    assert rows[0]["last_seen_at"] >= rows[0]["created_at"]


def test_quarantine_duplicates_from_before_are_folded(tmp_path):
    path = tmp_path / "old.db"
    with Store.open(path) as s:  # a store as 0006 left it, with a batch rejected twice
        s.conn.executescript(
            "DROP INDEX quarantine_origin; ALTER TABLE quarantine DROP COLUMN seen;"
            " ALTER TABLE quarantine DROP COLUMN last_seen_at;"
            " DELETE FROM migrations WHERE name = '0007_quarantine_once';"
        )
        for day in ("2026-01-01", "2026-01-02"):
            s.conn.execute(
                "INSERT INTO quarantine (origin, code, reason, sha256, created_at) VALUES ('f', 'E1', 'bad', 'x', ?)",
                (day,),
            )
        s.conn.commit()
    with Store.open(path) as s:
        rows = s.quarantined()
    assert [(r["seen"], r["created_at"], r["last_seen_at"]) for r in rows] == [
        (2, "2026-01-01", "2026-01-02")
    ]
