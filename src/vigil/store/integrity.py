"""Evidence integrity: re-hash every stored text and check it against the hash it was stored under.

An article's ``sha256`` is :func:`vigil.domain.content_hash` of its text, computed when it
was read, and its reports are keyed ``<sha256>:<ordinal>`` in the same transaction. So a
text edited in place no longer matches its hash, and a hash rewritten to match an edited
text no longer matches its reports' keys: either way :func:`verify` names the article.
The ``digest`` folds every (id, sha256) pair into one value that a user can note down
and compare later, to see that no article was added, removed or rewritten in between.

>>> with Store.open("vigil.db", readonly=True) as store:  # doctest: +SKIP
...     verify(store).ok
True

It also holds :func:`retry_locked`, for the few statements SQLite's busy handler does not cover.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from vigil.domain import content_hash
from vigil.errors import StoreError

if TYPE_CHECKING:
    from vigil.store.db import Store

T = TypeVar("T")


@dataclass(frozen=True, kw_only=True, slots=True)
class Mismatch:
    """One article whose stored evidence does not hold together."""

    article_id: int
    external_id: str | None
    stored: str  # the sha256 in the row
    actual: str  # what its text hashes to now (or the hash its reports were keyed under)
    problem: str  # one line: what does not match


@dataclass(frozen=True, kw_only=True, slots=True)
class Verification:
    articles: int  # articles re-hashed
    mismatches: tuple[Mismatch, ...]
    integrity: str  # SQLite's PRAGMA integrity_check: "ok" or its first complaint
    digest: str  # SHA-256 over "id:sha256" lines in id order

    @property
    def ok(self) -> bool:
        return not self.mismatches and self.integrity == "ok"


def verify(store: Store, *, on_article: Callable[[int], None] | None = None) -> Verification:
    """Re-hash every stored text and cross-check report keys; read-only, streams the table."""
    mismatches: list[Mismatch] = []
    ledger = hashlib.sha256()
    count = 0
    for article_id, external_id, stored, text in _articles(store):
        count += 1
        ledger.update(f"{article_id}:{stored}\n".encode())
        actual = content_hash(text)
        if actual != stored:
            mismatches.append(
                Mismatch(
                    article_id=article_id,
                    external_id=external_id,
                    stored=stored,
                    actual=actual,
                    problem="text does not match its stored SHA-256 (edited after ingest)",
                )
            )
        if on_article:
            on_article(count)
    for article_id, external_id, stored, keyed in _foreign_report_keys(store):
        mismatches.append(
            Mismatch(
                article_id=article_id,
                external_id=external_id,
                stored=stored,
                actual=keyed,
                problem="SHA-256 differs from the one its reports were stored under (hash rewritten)",
            )
        )
    mismatches.sort(key=lambda m: (m.article_id, m.problem))
    return Verification(
        articles=count,
        mismatches=tuple(mismatches),
        integrity=str(store.conn.execute("PRAGMA integrity_check").fetchone()[0]),
        digest=ledger.hexdigest(),
    )


def _articles(store: Store) -> Iterator[tuple[int, str | None, str, str]]:
    """Every article, one row at a time (the cursor streams: a store can hold gigabytes of text)."""
    for row in store.conn.execute("SELECT id, external_id, sha256, text FROM articles ORDER BY id"):
        yield int(row[0]), row[1], str(row[2]), str(row[3])


def _foreign_report_keys(store: Store) -> Iterator[tuple[int, str | None, str, str]]:
    """Articles with a report keyed under another hash than the article's own."""
    for row in store.conn.execute(
        "SELECT a.id, a.external_id, a.sha256, min(substr(r.key, 1, instr(r.key, ':') - 1))"
        " FROM reports r JOIN articles a ON a.id = r.article_id"
        " WHERE substr(r.key, 1, instr(r.key, ':') - 1) <> a.sha256 GROUP BY a.id ORDER BY a.id"
    ):
        yield int(row[0]), row[1], str(row[2]), str(row[3])


def unresolved_countries(store: Store) -> list[str | None]:
    """Countries holding reports that belong to no incident: a run was stopped before resolving."""
    rows = store.conn.execute("SELECT DISTINCT country FROM reports WHERE incident_id IS NULL")
    return sorted((row[0] for row in rows), key=lambda c: c or "")


def retry_locked(action: Callable[[], T], *, source: str, attempts: int = 10, pause: float = 0.05) -> T:
    """Run ``action`` again, with exponential backoff, while SQLite says the database is locked.

    SQLite's busy timeout covers ordinary writes but not every statement: switching a new
    file to WAL while another process does the same fails at once with "database is locked".
    A user must never see that, so it is retried here and only reported after ~50 s.
    """
    for attempt in range(attempts):
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if attempt == attempts - 1:
                raise StoreError(f"database busy: {exc}", source=source) from exc
            time.sleep(pause * 2**attempt)
    raise AssertionError("unreachable")
