"""Queries and writes behind the HTTP API: timeline, actors, articles, corrections, tokens, audit.

Functions take a :class:`~vigil.store.Store`. Readers work on read-only stores;
the writers (corrections, tokens) each run in one transaction that also appends
to ``audit_log``, so no write happens without its record.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from vigil.errors import AccessDenied, NotFound, UsageError
from vigil.store.read import CORRECTABLE, IncidentFilter, filter_sql, fts_query
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from vigil.store import Store

TOKEN_PREFIX = "vgl_"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def week_of(day: str) -> str:
    """The Monday (ISO date) of the week holding ``day``."""
    d = date.fromisoformat(day[:10])
    return (d - timedelta(days=d.weekday())).isoformat()


# -- aggregates -------------------------------------------------------------------


def timeline(store: Store, flt: IncidentFilter, *, by: str = "event_type") -> list[dict[str, Any]]:
    """Incidents and fatalities per week (Monday) per ``event_type`` or ``actor1``, oldest first."""
    if by not in ("event_type", "actor1"):
        raise UsageError(f"cannot group a timeline by {by!r}; use event_type or actor1")
    fixes = store.corrections_by_incident()
    where, params = filter_sql(flt)
    where.append("i.event_date IS NOT NULL")
    if fixes:
        where.append(f"i.id NOT IN ({','.join('?' * len(fixes))})")
        params += sorted(fixes)
    # julianday(date) - weekday: SQLite's %w is 0 on Sunday, ISO weeks start on Monday.
    week = "date(i.event_date, '-' || ((CAST(strftime('%w', i.event_date) AS INTEGER) + 6) % 7) || ' days')"
    sql = (
        f"SELECT {week} AS week, COALESCE(i.{by}, '') AS grp, count(*) AS n, sum(i.fatalities) AS f"
        f" FROM incidents i WHERE {' AND '.join(where)} GROUP BY week, grp"
    )
    cells: dict[tuple[str, str], list[int]] = {}
    for r in store.conn.execute(sql, params):
        cells[(r["week"], r["grp"])] = [int(r["n"]), int(r["f"] or 0)]
    if fixes:
        for row in store.corrected_rows(flt, fixes):
            if row.get("event_date"):
                cell = cells.setdefault((week_of(row["event_date"]), row.get(by) or ""), [0, 0])
                cell[0] += 1
                cell[1] += int(row["fatalities"] or 0)
    return [{"week": w, by: g, "incidents": n, "fatalities": f} for (w, g), (n, f) in sorted(cells.items())]


def actors(store: Store, *, q: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Actors with their ACLED inter code and how many incidents name them, most active first."""
    sql = (
        "SELECT a.id, a.name, a.inter, a.country, count(DISTINCT r.incident_id) AS incidents"
        " FROM actors a LEFT JOIN report_actors ra ON ra.actor_id = a.id"
        " LEFT JOIN reports r ON r.id = ra.report_id"
    )
    params: list[Any] = []
    if q:
        sql += " WHERE a.name LIKE ?"
        params.append(f"%{q}%")
    sql += " GROUP BY a.id ORDER BY incidents DESC, a.name LIMIT ?"
    params.append(limit)
    return [dict(r) for r in store.conn.execute(sql, params)]


_ARTICLE_COLUMNS = "a.id, a.external_id, a.sha256, a.title, a.outlet, a.url, a.published, a.ingested_at"


def articles(store: Store, *, q: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Stored articles (without their text), newest ingested first; ``q`` searches title, outlet and text."""
    sql = f"SELECT {_ARTICLE_COLUMNS} FROM articles a"
    params: list[Any] = []
    if q and fts_query(q):
        sql += " WHERE a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        params.append(fts_query(q))
    sql += " ORDER BY a.id DESC LIMIT ? OFFSET ?"
    params += [limit, offset]
    return [dict(r) for r in store.conn.execute(sql, params)]


def article(store: Store, article_id: int) -> dict[str, Any]:
    """One article with its text and the incidents its reports belong to."""
    row = store.conn.execute(
        f"SELECT {_ARTICLE_COLUMNS}, a.text FROM articles a WHERE a.id = ?", (article_id,)
    ).fetchone()
    if row is None:
        raise NotFound(f"no article with id {article_id}")
    out = dict(row)
    out["incidents"] = [
        int(r[0])
        for r in store.conn.execute(
            "SELECT DISTINCT incident_id FROM reports WHERE article_id = ? AND incident_id IS NOT NULL"
            " ORDER BY incident_id",
            (article_id,),
        )
    ]
    return out


# -- corrections --------------------------------------------------------------------


def check_value(field: str, value: Any) -> Any:
    """The value a correction may set, or :class:`UsageError` (validated here, at the boundary)."""
    if field not in CORRECTABLE:
        raise UsageError(f"{field!r} cannot be corrected; correctable: {', '.join(CORRECTABLE)}")
    kind = CORRECTABLE[field]
    if field == "sub_event_type":
        if value not in SubEventType._value2member_map_:
            raise UsageError(f"{value!r} is not an ACLED sub-event type")
        return value
    if kind == "toll":
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1_000_000:
            raise UsageError(f"{field} must be a whole number from 0 to 1000000")
        return value
    if field in ("latitude", "longitude"):
        bound = 90 if field == "latitude" else 180
        if isinstance(value, bool) or not isinstance(value, int | float) or not -bound <= value <= bound:
            raise UsageError(f"{field} must be a number from {-bound} to {bound}")
        return float(value)
    if value is None and field not in ("actor1", "country", "location"):
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > 300:
        raise UsageError(f"{field} must be a non-empty text of at most 300 characters")
    return value.strip()


def add_correction(
    store: Store, incident_id: int, *, field: str, value: Any, reason: str, author: str
) -> dict[str, Any]:
    """Record a correction of one field, with who and why, and its audit entry; returns the history entry."""
    value = check_value(field, value)
    if not reason.strip():
        raise UsageError("a correction needs a reason")
    current = store.incident(incident_id)
    before = current.get(field)
    entry = {
        "field": field,
        "before": before,
        "after": value,
        "reason": reason.strip(),
        "author": author,
        "at": _now(),
    }
    with store.atomic() as conn:
        conn.execute(
            "INSERT INTO corrections (incident_key, field, value, previous, reason, author, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                current["key"],
                field,
                json.dumps(value),
                json.dumps(before),
                entry["reason"],
                author,
                entry["at"],
            ),
        )
        _audit(conn, author, "correct", f"incident:{current['key']}:{field}", before, value, entry["at"])
    return entry


# -- tokens and audit ------------------------------------------------------------------


def _hash(secret: str) -> str:
    # Tokens are 256-bit random strings, so a plain SHA-256 (no salt, no stretching) is enough.
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_token(store: Store, name: str) -> tuple[int, str]:
    """A new write token: returns (id, secret). Only a hash of the secret is stored."""
    if not name.strip():
        raise UsageError("a token needs a name (who will use it)")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    at = _now()
    with store.atomic() as conn:
        cur = conn.execute(
            "INSERT INTO tokens (name, prefix, hash, created_at) VALUES (?, ?, ?, ?)",
            (name.strip(), secret[:10], _hash(secret), at),
        )
        _audit(conn, "cli", "token.create", f"token:{cur.lastrowid}", None, {"name": name.strip()}, at)
    return int(cur.lastrowid or 0), secret


def list_tokens(store: Store) -> list[dict[str, Any]]:
    rows = store.conn.execute("SELECT id, name, prefix, created_at, revoked_at FROM tokens ORDER BY id")
    return [dict(r) for r in rows]


def revoke_token(store: Store, token_id: int) -> None:
    row = store.conn.execute("SELECT revoked_at FROM tokens WHERE id = ?", (token_id,)).fetchone()
    if row is None:
        raise NotFound(f"no token with id {token_id}")
    if row[0] is not None:
        return
    at = _now()
    with store.atomic() as conn:
        conn.execute("UPDATE tokens SET revoked_at = ? WHERE id = ?", (at, token_id))
        _audit(conn, "cli", "token.revoke", f"token:{token_id}", None, {"revoked_at": at}, at)


def token_owner(store: Store, secret: str | None) -> str:
    """The name of the live token matching ``secret`` (constant-time compare), else :class:`AccessDenied`."""
    if not secret:
        raise AccessDenied("this request needs a token: Authorization: Bearer <token>")
    digest = _hash(secret)
    owner = None
    for row in store.conn.execute("SELECT name, hash FROM tokens WHERE revoked_at IS NULL"):
        if hmac.compare_digest(row["hash"], digest):  # every row compared: no early exit to time
            owner = f"{row['name']}"
    if owner is None:
        raise AccessDenied("unknown or revoked token")
    return owner


def audit_log(store: Store, *, limit: int = 100) -> list[dict[str, Any]]:
    rows = store.conn.execute("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", (limit,))
    out = []
    for r in rows:
        d = dict(r)
        for k in ("before", "after"):
            d[k] = json.loads(d[k]) if d[k] is not None else None
        out.append(d)
    return out


def _audit(conn: Any, actor: str, action: str, target: str, before: Any, after: Any, at: str) -> None:
    conn.execute(
        "INSERT INTO audit_log (at, actor, action, target, before, after) VALUES (?, ?, ?, ?, ?, ?)",
        (at, actor, action, target, json.dumps(before), json.dumps(after)),
    )


def with_sources(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add each incident's ``reports`` (article id, sha256, outlet, title, url, published) for exports."""
    ids = [int(r["id"]) for r in rows]
    found: dict[int, list[dict[str, Any]]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for r in store.conn.execute(
            "SELECT r.incident_id, a.id AS article_id, a.external_id, a.sha256, a.outlet, a.title, a.url,"
            f" a.published FROM reports r JOIN articles a ON a.id = r.article_id"
            f" WHERE r.incident_id IN ({','.join('?' * len(chunk))}) ORDER BY r.key",
            chunk,
        ):
            d = dict(r)
            found.setdefault(int(d.pop("incident_id")), []).append(d)
    for row in rows:
        row.setdefault("reports", found.get(int(row["id"]), []))
    return rows
