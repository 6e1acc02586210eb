"""Search text from users becomes FTS5 queries that SQLite always accepts."""

from __future__ import annotations

import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from vigil.store.read import fts_query


def _fts() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    conn.execute("INSERT INTO t (x) VALUES ('Gunmen attacked Djibo on Sunday')")
    return conn


@given(st.text())
def test_any_text_is_a_valid_query(text: str) -> None:
    query = fts_query(text)
    if query:
        _fts().execute("SELECT rowid FROM t WHERE t MATCH ?", (query,)).fetchall()


def test_control_characters_do_not_end_the_query() -> None:
    assert fts_query('dj\x00ibo "x') == '"dj" "ibo" """x"'  # a quote stays, escaped
    assert _fts().execute(
        "SELECT rowid FROM t WHERE t MATCH ?", (fts_query("\x00djibo\x0b"),)
    ).fetchall() == [(1,)]
