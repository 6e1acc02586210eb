"""Incident revision history: when a later report changes an incident, the change is kept.

``Store.replace_incidents`` compares each re-resolved incident with what was stored
under the same key (or the incident it grew out of) and appends one row per changed
field: the old and new value, when vigil learned it, and the report that brought it
(the newest report that joined the incident). Rows are keyed by incident key, so they
outlive the incident ids that re-resolution may reassign.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

TRACKED = (
    "event_date",
    "sub_event_type",
    "actor1",
    "actor2",
    "assoc_actor_1",
    "assoc_actor_2",
    "country",
    "admin1",
    "location",
    "low",
    "best",
    "high",
)


def changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[tuple[str, str | None, str | None]]:
    """(field, old, new) for each tracked field whose value differs, as text.

    >>> changes({"best": 20, "location": "Kidal"}, {"best": 24, "location": "Kidal"})
    [('best', '20', '24')]
    """
    out = []
    for name in TRACKED:
        a, b = _text(old.get(name)), _text(new.get(name))
        if a != b:
            out.append((name, a, b))
    return out


def _text(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def record(
    conn: sqlite3.Connection,
    key: str,
    diff: Sequence[tuple[str, str | None, str | None]],
    *,
    when: str,
    report: Mapping[str, Any] | None,
) -> None:
    """Append the changes of one incident, citing the report that brought them (if any)."""
    conn.executemany(
        "INSERT INTO incident_history (incident_key, field, old, new, changed_at, report_key, article_ref,"
        " reported) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                key,
                name,
                a,
                b,
                when,
                report["key"] if report else None,
                report["ref"] if report else None,
                report["published"] if report else None,
            )
            for name, a, b in diff
        ],
    )


def rekey(conn: sqlite3.Connection, old_key: str, new_key: str) -> None:
    """An incident now known under another key keeps its past."""
    conn.execute("UPDATE incident_history SET incident_key = ? WHERE incident_key = ?", (new_key, old_key))


def newest_reports(conn: sqlite3.Connection, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Each report's key, article reference and published date, for citing it in the history."""
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        rows = conn.execute(
            "SELECT r.key, COALESCE(a.external_id, substr(a.sha256, 1, 12)) AS ref, a.published"
            " FROM reports r JOIN articles a ON a.id = r.article_id"
            f" WHERE r.key IN ({','.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
        for r in rows:
            out[r[0]] = {"key": r[0], "ref": r[1], "published": r[2]}
    return out


class HistoryMixin:
    """History reads mixed into :class:`vigil.store.Store`; needs ``self.conn``."""

    conn: sqlite3.Connection

    def history(self, incident_key: str) -> list[dict[str, Any]]:
        """The incident's recorded changes, oldest first (empty on a store without the table)."""
        try:
            rows = self.conn.execute(
                "SELECT field, old, new, changed_at, report_key, article_ref, reported"
                " FROM incident_history WHERE incident_key = ? ORDER BY id",
                (incident_key,),
            ).fetchall()
        except sqlite3.OperationalError:  # a read-only store older than migration 0002
            return []
        return [dict(r) for r in rows]
