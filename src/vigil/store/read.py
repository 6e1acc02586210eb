"""Read-side queries over incidents: lists with filters, one incident in full, counts.

Kept apart from the writers in ``db.py`` so the HTTP API can grow its queries
here; all SQL still lives in this package.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from vigil.errors import NotFound


@dataclass(frozen=True, kw_only=True, slots=True)
class IncidentFilter:
    country: str | None = None
    actor: str | None = None
    event_type: str | None = None
    since: date | None = None
    until: date | None = None
    min_fatalities: int | None = None
    limit: int | None = None


class ReadMixin:
    """Queries mixed into :class:`vigil.store.Store`; needs ``self.conn``."""

    conn: sqlite3.Connection

    def quarantined(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT * FROM quarantine ORDER BY id").fetchall()
        return [dict(r) for r in rows]

    def incidents(self, flt: IncidentFilter = IncidentFilter()) -> list[dict[str, Any]]:
        """Incidents as flat dicts (ACLED column names), newest first, with their article ids."""
        where: list[str] = []
        params: list[Any] = []
        if flt.country:
            where.append("i.country = ? COLLATE NOCASE")
            params.append(flt.country)
        if flt.event_type:
            where.append("(i.event_type = ? COLLATE NOCASE OR i.sub_event_type = ? COLLATE NOCASE)")
            params += [flt.event_type, flt.event_type]
        if flt.since:
            where.append("i.event_date >= ?")
            params.append(flt.since.isoformat())
        if flt.until:
            where.append("i.event_date <= ?")
            params.append(flt.until.isoformat())
        if flt.min_fatalities is not None:
            where.append("i.fatalities >= ?")
            params.append(flt.min_fatalities)
        if flt.actor:
            where.append(
                "(i.actor1 LIKE ? OR i.actor2 LIKE ? OR i.assoc_actor_1 LIKE ? OR i.assoc_actor_2 LIKE ?)"
            )
            params += [f"%{flt.actor}%"] * 4
        sql = "SELECT i.* FROM incidents i"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY i.event_date DESC, i.id"
        if flt.limit:
            sql += f" LIMIT {int(flt.limit)}"
        rows = [dict(r) for r in self.conn.execute(sql, params).fetchall()]
        self._attach(rows)
        return rows

    def incident(self, incident_id: int) -> dict[str, Any]:
        row = self.conn.execute("SELECT * FROM incidents WHERE id = ?", (incident_id,)).fetchone()
        if row is None:
            raise NotFound(f"no incident with id {incident_id}")
        out = dict(row)
        self._attach([out])
        reports = self.conn.execute(
            "SELECT r.id, r.ordinal, r.sub_event_type, r.event_date, r.location, r.fatalities,"
            " r.sentences, a.external_id, a.sha256, a.outlet, a.url, a.published, a.title"
            " FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.incident_id = ? ORDER BY r.key",
            (incident_id,),
        ).fetchall()
        out["reports"] = [
            {
                **{k: r[k] for k in r.keys() if k != "sentences"},  # noqa: SIM118 (a Row iterates values)
                "sentences": json.loads(r["sentences"]),
            }
            for r in reports
        ]
        out["followed_by"] = [
            int(r[0])
            for r in self.conn.execute(
                "SELECT incident_id FROM incident_links WHERE follows_id = ?", (incident_id,)
            )
        ]
        return out

    def _attach(self, rows: list[dict[str, Any]]) -> None:
        """Add articles, claims and follows to incident rows (three queries, not three per row)."""
        ids = [int(r["id"]) for r in rows]
        articles: dict[int, list[str]] = {}
        claims: dict[int, list[dict[str, Any]]] = {}
        follows: dict[int, list[dict[str, Any]]] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                "SELECT DISTINCT r.incident_id, COALESCE(a.external_id, substr(a.sha256, 1, 12)) AS ref"
                f" FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.incident_id IN ({marks})"
                " ORDER BY ref",
                chunk,
            ):
                articles.setdefault(int(r[0]), []).append(str(r[1]))
            for r in self.conn.execute(
                "SELECT r.incident_id, c.kind, c.figure, c.counted, c.source, c.source_kind, c.stance,"
                " c.sentence, c.vague, COALESCE(a.external_id, substr(a.sha256, 1, 12)) AS article,"
                " a.outlet FROM claims c JOIN reports r ON r.id = c.report_id"
                f" JOIN articles a ON a.id = r.article_id WHERE r.incident_id IN ({marks})"
                " ORDER BY r.key, c.id",
                chunk,
            ):
                d = dict(r)
                iid = int(d.pop("incident_id"))
                d["vague"] = bool(d["vague"])
                claims.setdefault(iid, []).append(d)
            for r in self.conn.execute(
                f"SELECT incident_id, follows_id, evidence FROM incident_links WHERE incident_id IN ({marks})",
                chunk,
            ):
                follows.setdefault(int(r[0]), []).append({"id": int(r[1]), "evidence": r[2]})
        for row in rows:
            iid = int(row["id"])
            row["articles"] = articles.get(iid, [])
            row["claims"] = claims.get(iid, [])
            row["follows"] = follows.get(iid, [])

    def stats(self) -> dict[str, Any]:
        counts = {
            table: int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("articles", "reports", "incidents", "claims", "actors", "quarantine")
        }
        by_type = {
            r[0]: {"incidents": int(r[1]), "fatalities": int(r[2] or 0)}
            for r in self.conn.execute(
                "SELECT event_type, count(*), sum(fatalities) FROM incidents GROUP BY event_type ORDER BY 2 DESC"
            )
        }
        by_country = {
            (r[0] or "unknown"): int(r[1])
            for r in self.conn.execute(
                "SELECT country, count(*) FROM incidents GROUP BY country ORDER BY 2 DESC LIMIT 20"
            )
        }
        return {**counts, "by_event_type": by_type, "by_country": by_country}


def _chunks(ids: Sequence[Any], size: int = 500) -> Iterator[list[Any]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])
