"""Read-side queries over incidents: lists with filters, one incident in full, counts.

Analysts' corrections (table ``corrections``, written by :mod:`vigil.store.web`) are
applied here, at read time, so the CLI, the API, the page and the exports all see
the corrected record while the resolver's own output stays untouched underneath.
A correction names a report key (the incident's stable ``key``), so it follows
the incident through re-ingest and re-resolution.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from vigil.errors import NotFound
from vigil.taxonomy import EventType, SubEventType

# Fields an analyst may correct, by the kind of fix the workbench offers.
CORRECTABLE: dict[str, str] = {
    "sub_event_type": "type",
    "actor1": "actor",
    "actor2": "actor",
    "assoc_actor_1": "actor",
    "assoc_actor_2": "actor",
    "fatalities": "toll",
    "low": "toll",
    "best": "toll",
    "high": "toll",
    "country": "place",
    "admin1": "place",
    "admin2": "place",
    "location": "place",
    "latitude": "place",
    "longitude": "place",
}


@dataclass(frozen=True, kw_only=True, slots=True)
class IncidentFilter:
    """What to select. ``bbox`` is (west, south, east, north) in degrees; ``q`` is full text."""

    country: str | None = None
    actor: str | None = None
    event_type: str | None = None  # event type or sub-event type
    sub_event_type: str | None = None
    since: date | None = None
    until: date | None = None
    min_fatalities: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    q: str | None = None
    limit: int | None = None
    offset: int = 0


def fts_query(text: str) -> str:
    """User text as a safe FTS5 query: every word quoted, all required (no FTS syntax leaks).

    Control characters become spaces: FTS5 reads a NUL inside a quoted word as the end of
    the query ("unterminated string"), and none of them can be in a word anyway.
    """
    text = "".join(" " if ch < " " or "\x7f" <= ch < "\xa0" else ch for ch in text)
    words = [w.replace('"', '""') for w in text.split() if w.strip('"')]
    return " ".join(f'"{w}"' for w in words)


def _type_column(name: str) -> str | None:
    folded = name.casefold()
    if any(t.value.casefold() == folded for t in EventType):
        return "event_type"
    if any(t.value.casefold() == folded for t in SubEventType):
        return "sub_event_type"
    return None


def filter_sql(flt: IncidentFilter, alias: str = "i") -> tuple[list[str], list[Any]]:
    """WHERE clauses and parameters for a filter over the incidents table."""
    a = alias
    where: list[str] = []
    params: list[Any] = []
    if flt.country:
        where.append(f"{a}.country = ? COLLATE NOCASE")
        params.append(flt.country)
    if flt.event_type:
        # one column when the name says which (so an index serves it), both when it is unknown
        column = _type_column(flt.event_type)
        if column:
            where.append(f"{a}.{column} = ? COLLATE NOCASE")
            params.append(flt.event_type)
        else:
            where.append(f"({a}.event_type = ? COLLATE NOCASE OR {a}.sub_event_type = ? COLLATE NOCASE)")
            params += [flt.event_type, flt.event_type]
    if flt.sub_event_type:
        where.append(f"{a}.sub_event_type = ? COLLATE NOCASE")
        params.append(flt.sub_event_type)
    if flt.since:
        where.append(f"{a}.event_date >= ?")
        params.append(flt.since.isoformat())
    if flt.until:
        where.append(f"{a}.event_date <= ?")
        params.append(flt.until.isoformat())
    if flt.min_fatalities is not None:
        where.append(f"{a}.fatalities >= ?")
        params.append(flt.min_fatalities)
    if flt.actor:
        where.append(
            f"({a}.actor1 LIKE ? OR {a}.actor2 LIKE ? OR {a}.assoc_actor_1 LIKE ? OR {a}.assoc_actor_2 LIKE ?)"
        )
        params += [f"%{flt.actor}%"] * 4
    if flt.bbox:
        west, south, east, north = flt.bbox
        where.append(f"{a}.latitude BETWEEN ? AND ?")
        params += [south, north]
        if west <= east:
            where.append(f"{a}.longitude BETWEEN ? AND ?")
            params += [west, east]
        else:  # a box across the antimeridian
            where.append(f"({a}.longitude >= ? OR {a}.longitude <= ?)")
            params += [west, east]
    if flt.q and fts_query(flt.q):
        where.append(_fts_clause(a))
        params += [fts_query(flt.q)] * 2
    return where, params


def _fts_clause(a: str) -> str:
    return (
        f"({a}.id IN (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ?)"
        f" OR {a}.id IN (SELECT r.incident_id FROM reports r WHERE r.article_id IN"
        " (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)))"
    )


def matches(row: dict[str, Any], flt: IncidentFilter) -> bool:
    """The filter in Python, for corrected rows (everything but ``q``, which SQL checks)."""

    def same(x: Any, y: str) -> bool:
        return isinstance(x, str) and x.casefold() == y.casefold()

    if flt.country and not same(row.get("country"), flt.country):
        return False
    if flt.event_type and not (
        same(row.get("event_type"), flt.event_type) or same(row.get("sub_event_type"), flt.event_type)
    ):
        return False
    if flt.sub_event_type and not same(row.get("sub_event_type"), flt.sub_event_type):
        return False
    day = row.get("event_date")
    if flt.since and (day is None or day < flt.since.isoformat()):
        return False
    if flt.until and (day is None or day > flt.until.isoformat()):
        return False
    if flt.min_fatalities is not None and int(row.get("fatalities") or 0) < flt.min_fatalities:
        return False
    if flt.actor:
        needle = flt.actor.casefold()
        names = (row.get(k) for k in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"))
        if not any(isinstance(n, str) and needle in n.casefold() for n in names):
            return False
    if flt.bbox:
        west, south, east, north = flt.bbox
        lat, lon = row.get("latitude"), row.get("longitude")
        if lat is None or lon is None or not south <= lat <= north:
            return False
        inside = west <= lon <= east if west <= east else (lon >= west or lon <= east)
        if not inside:
            return False
    return True


def apply_corrections(row: dict[str, Any], corrections: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The row with its corrections applied in order (a later fix of a field wins)."""
    out = dict(row)
    for c in corrections:
        field, value = c["field"], json.loads(c["value"]) if c["value"] is not None else None
        out[field] = value
        if field == "sub_event_type" and value in SubEventType._value2member_map_:
            sub = SubEventType(str(value))
            out["event_type"] = sub.event_type.value
            out["disorder_type"] = sub.event_type.disorder_type.value
        if field == "fatalities":
            out["best"] = value
    out["corrected"] = sorted({c["field"] for c in corrections})
    return out


def _sort(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The SQL order (event_date DESC, NULLs last, then id DESC) in Python; both sorts are stable."""
    rows = sorted(rows, key=lambda r: int(r["id"]), reverse=True)
    return sorted(rows, key=lambda r: r.get("event_date") or "", reverse=True)


class ReadMixin:
    """Queries mixed into :class:`vigil.store.Store`; needs ``self.conn``."""

    conn: sqlite3.Connection

    def quarantined(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT * FROM quarantine ORDER BY id").fetchall()
        return [dict(r) for r in rows]

    # -- corrections overlay -----------------------------------------------------

    def corrections_by_incident(self) -> dict[int, list[dict[str, Any]]]:
        """Corrections grouped by the incident that now holds the corrected report (small table)."""
        if not self._has_table("corrections"):
            return {}
        out: dict[int, list[dict[str, Any]]] = {}
        for r in self.conn.execute(
            "SELECT c.*, COALESCE(r.incident_id, i.id) AS incident_id FROM corrections c"
            " LEFT JOIN reports r ON r.key = c.incident_key"
            " LEFT JOIN incidents i ON i.key = c.incident_key ORDER BY c.id"
        ):
            if r["incident_id"] is not None:
                out.setdefault(int(r["incident_id"]), []).append(dict(r))
        return out

    def _has_table(self, name: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        return row is not None

    def corrected_rows(
        self, flt: IncidentFilter, fixes: dict[int, list[dict[str, Any]]]
    ) -> list[dict[str, Any]]:
        """Corrected incidents that match the filter once their corrections are applied."""
        ids = sorted(fixes)
        rows: list[dict[str, Any]] = []
        for chunk in _chunks(ids):
            sql = f"SELECT i.* FROM incidents i WHERE i.id IN ({','.join('?' * len(chunk))})"
            params: list[Any] = list(chunk)
            if flt.q and fts_query(flt.q):
                sql += " AND " + _fts_clause("i")
                params += [fts_query(flt.q)] * 2
            rows += [apply_corrections(dict(r), fixes[int(r["id"])]) for r in self.conn.execute(sql, params)]
        return [r for r in rows if matches(r, flt)]

    # -- lists -------------------------------------------------------------------

    def incidents(self, flt: IncidentFilter = IncidentFilter()) -> list[dict[str, Any]]:
        """Incidents as flat dicts (ACLED column names), newest first, with their article ids."""
        fixes = self.corrections_by_incident()
        where, params = filter_sql(flt)
        if fixes:
            where.append(f"i.id NOT IN ({','.join('?' * len(fixes))})")
            params += sorted(fixes)
        sql = "SELECT i.* FROM incidents i"
        if where:
            sql += " WHERE " + " AND ".join(where)
        # both keys descending: an index on (filter, event_date) then walks backwards in this
        # exact order (rowid ends every index) and stops at the page's end, with no sort
        sql += " ORDER BY i.event_date DESC, i.id DESC"
        if not fixes:
            if flt.limit:
                sql += f" LIMIT {int(flt.limit)} OFFSET {int(flt.offset)}"
            elif flt.offset:
                sql += f" LIMIT -1 OFFSET {int(flt.offset)}"
            rows = [dict(r) for r in self.conn.execute(sql, params)]
        else:  # merge the plain rows up to this page's end with the corrected ones
            if flt.limit:
                sql += f" LIMIT {int(flt.limit) + int(flt.offset)}"
            merged = _sort(
                [dict(r) for r in self.conn.execute(sql, params)] + self.corrected_rows(flt, fixes)
            )
            end = flt.offset + flt.limit if flt.limit else None
            rows = merged[flt.offset : end]
        self._attach(rows)
        return rows

    def count_incidents(self, flt: IncidentFilter = IncidentFilter()) -> int:
        fixes = self.corrections_by_incident()
        where, params = filter_sql(flt)
        if fixes:
            where.append(f"i.id NOT IN ({','.join('?' * len(fixes))})")
            params += sorted(fixes)
        sql = "SELECT count(*) FROM incidents i" + (" WHERE " + " AND ".join(where) if where else "")
        plain = int(self.conn.execute(sql, params).fetchone()[0])
        return plain + (len(self.corrected_rows(flt, fixes)) if fixes else 0)

    def incident(self, incident_id: int) -> dict[str, Any]:
        row = self.conn.execute("SELECT * FROM incidents WHERE id = ?", (incident_id,)).fetchone()
        if row is None:
            raise NotFound(f"no incident with id {incident_id}")
        fixes = self.corrections_by_incident().get(incident_id, [])
        out = apply_corrections(dict(row), fixes) if fixes else dict(row)
        out["history"] = [
            {
                "field": c["field"],
                "before": json.loads(c["previous"]) if c["previous"] is not None else None,
                "after": json.loads(c["value"]) if c["value"] is not None else None,
                "reason": c["reason"],
                "author": c["author"],
                "at": c["created_at"],
            }
            for c in fixes
        ]
        self._attach([out])
        reports = self.conn.execute(
            "SELECT r.id, r.key, r.ordinal, r.sub_event_type, r.event_date, r.location, r.fatalities,"
            " r.sentences, a.id AS article_id, a.external_id, a.sha256, a.outlet, a.url, a.published,"
            " a.title FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.incident_id = ?"
            " ORDER BY r.key",
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
        fixes = self.corrections_by_incident()
        skip = f" WHERE id NOT IN ({','.join('?' * len(fixes))})" if fixes else ""
        ids = sorted(fixes)
        by_type: dict[str, dict[str, int]] = {}
        by_country: dict[str, int] = {}
        for r in self.conn.execute(
            f"SELECT event_type, count(*), sum(fatalities) FROM incidents{skip} GROUP BY event_type", ids
        ):
            by_type[r[0]] = {"incidents": int(r[1]), "fatalities": int(r[2] or 0)}
        for r in self.conn.execute(f"SELECT country, count(*) FROM incidents{skip} GROUP BY country", ids):
            by_country[r[0] or "unknown"] = int(r[1])
        for row in self.corrected_rows(IncidentFilter(), fixes) if fixes else []:
            t = by_type.setdefault(row["event_type"], {"incidents": 0, "fatalities": 0})
            t["incidents"] += 1
            t["fatalities"] += int(row["fatalities"] or 0)
            by_country[row["country"] or "unknown"] = by_country.get(row["country"] or "unknown", 0) + 1
        ranked_types = dict(sorted(by_type.items(), key=lambda kv: -kv[1]["incidents"]))
        ranked_countries = dict(sorted(by_country.items(), key=lambda kv: -kv[1])[:20])
        return {**counts, "by_event_type": ranked_types, "by_country": ranked_countries}


def _chunks(ids: Sequence[Any], size: int = 500) -> Iterator[list[Any]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])
