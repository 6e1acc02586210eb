"""The SQLite store: every SQL statement vigil runs lives in this package.

Writes go through :meth:`Store.atomic` (``BEGIN IMMEDIATE`` ... ``COMMIT``), one
transaction per article, so a killed process leaves each article either fully
stored with its reports and claims, or absent. WAL mode lets readers run while
one writer writes.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from vigil.domain import Actor, Article, Claim, Location, Report
from vigil.errors import MigrationError, StoreError
from vigil.store import history
from vigil.store.history import HistoryMixin
from vigil.store.integrity import retry_locked
from vigil.store.migrations import migrations
from vigil.store.read import ReadMixin
from vigil.taxonomy import ActorType, ClaimKind, Counted, SourceKind, Stance, SubEventType

LOGGER = logging.getLogger(__name__)

ROLES = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, kw_only=True, slots=True)
class StoredReport:
    """A report as read back for resolution, with where it came from."""

    id: int
    key: str
    article_id: int
    article_ref: str  # the caller's id, else the sha256 prefix
    outlet: str | None
    published: date | None
    ordinal: int
    principal: bool
    report: Report
    follows_ordinal: int | None = None
    follows_evidence: str = ""


class Store(ReadMixin, HistoryMixin):
    """A vigil database file. Open with :meth:`open`; use as a context manager.

    >>> with Store.open(":memory:") as store:  # doctest: +SKIP
    ...     store.stats()["articles"]
    0
    """

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, timeout: float = 30.0) -> Store:
        path = str(path)
        try:
            if readonly:
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout)
            else:
                conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database: {exc}", source=path) from exc
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        store = cls(conn, path)
        if not readonly:
            if path != ":memory:":  # not covered by busy_timeout when two processes create one file
                retry_locked(lambda: conn.execute("PRAGMA journal_mode = WAL"), source=path)
            conn.execute("PRAGMA synchronous = NORMAL")
            store.migrate()
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions and schema ------------------------------------------------

    @contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; rolled back whole on any error. Nested calls join the open one."""
        if self.conn.in_transaction:  # a batch transaction (ingest commits many articles at once)
            yield self.conn
            return
        for attempt in range(8):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:  # locked past busy_timeout: back off
                if "locked" not in str(exc) or attempt == 7:
                    raise StoreError(f"database busy: {exc}", source=self.path) from exc
                time.sleep(0.05 * 2**attempt)
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def migrate(self) -> list[str]:
        """Apply the migrations this file lacks; returns their names."""
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        done = {row[0] for row in self.conn.execute("SELECT name FROM migrations")}
        applied = []
        for name, sql in migrations():
            if name in done:
                continue
            try:
                with self.atomic() as conn:
                    # another process may have applied it while this one waited for the lock
                    if conn.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
                        continue
                    for statement in _statements(sql):
                        conn.execute(statement)
                    conn.execute("INSERT INTO migrations VALUES (?, ?)", (name, _now()))
            except sqlite3.Error as exc:
                raise MigrationError(f"migration {name} failed: {exc}", source=self.path) from exc
            applied.append(name)
        return applied

    def integrity_check(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])

    # -- articles, reports, claims ----------------------------------------------

    def has_article(self, sha256: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE sha256 = ?", (sha256,)).fetchone()
        return row is not None

    def add_article(
        self,
        article: Article,
        reports: Sequence[Report],
        *,
        principal: int | None = 0,
        follows: dict[int, tuple[int, str]] | None = None,
    ) -> int | None:
        """Store an article with its reports in one transaction.

        Returns the article's row id, or None if the same text was already stored
        (ingest is idempotent by content hash). ``follows`` maps a report's ordinal to
        the ordinal of the report it follows and the evidence sentence.
        """
        follows = follows or {}
        with self.atomic() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO articles (sha256, external_id, title, outlet, url, published,"
                " origin, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.sha256,
                    article.external_id,
                    article.title,
                    article.outlet,
                    article.url,
                    article.published.isoformat() if article.published else None,
                    article.origin,
                    article.text,
                    _now(),
                ),
            )
            if cur.rowcount == 0:
                return None
            article_id = int(cur.lastrowid or 0)
            for ordinal, report in enumerate(reports):
                link = follows.get(ordinal)
                self._insert_report(
                    conn,
                    article_id,
                    f"{article.sha256}:{ordinal}",
                    ordinal,
                    report,
                    principal=ordinal == principal,
                    follows=link,
                )
            return article_id

    def _insert_report(
        self,
        conn: sqlite3.Connection,
        article_id: int,
        key: str,
        ordinal: int,
        report: Report,
        *,
        principal: bool,
        follows: tuple[int, str] | None,
    ) -> None:
        loc = report.location
        cur = conn.execute(
            "INSERT INTO reports (key, article_id, ordinal, principal, sub_event_type, event_type,"
            " event_date, time_precision, country, admin1, admin2, location, latitude, longitude,"
            " geo_precision, fatalities, women_children, confidence, follows_ordinal,"
            " follows_evidence, sentences)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key,
                article_id,
                ordinal,
                int(principal),
                report.sub_event_type.value,
                report.event_type,
                report.event_date.isoformat() if report.event_date else None,
                report.time_precision,
                loc.country if loc else None,
                loc.admin1 if loc else None,
                loc.admin2 if loc else None,
                loc.name if loc else None,
                loc.latitude if loc else None,
                loc.longitude if loc else None,
                loc.geo_precision if loc else None,
                report.fatalities,
                int(report.women_children),
                report.confidence,
                follows[0] if follows else None,
                follows[1] if follows else None,
                json.dumps(list(report.sentences)),
            ),
        )
        report_id = int(cur.lastrowid or 0)
        roles: list[tuple[str, Sequence[Actor]]] = [
            ("actor1", [report.actor1] if report.actor1 else []),
            ("actor2", [report.actor2] if report.actor2 else []),
            ("assoc_actor_1", report.assoc_actor1),
            ("assoc_actor_2", report.assoc_actor2),
        ]
        for role, actors in roles:
            for position, actor in enumerate(actors):
                actor_id = self._actor_id(conn, actor)
                conn.execute(
                    "INSERT OR IGNORE INTO report_actors (report_id, actor_id, role, position, mention)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (report_id, actor_id, role, position, actor.mention),
                )
        conn.executemany(
            "INSERT INTO claims (report_id, kind, figure, counted, source, source_kind, stance,"
            " sentence, vague) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    report_id,
                    c.kind.value,
                    c.figure,
                    c.counted.value,
                    c.source,
                    c.source_kind.value,
                    c.stance.value,
                    c.sentence,
                    int(c.vague),
                )
                for c in report.claims
            ],
        )

    def _actor_id(self, conn: sqlite3.Connection, actor: Actor) -> int:
        conn.execute(
            "INSERT OR IGNORE INTO actors (name, inter, country) VALUES (?, ?, ?)",
            (actor.name, int(actor.type), actor.country),
        )
        row = conn.execute("SELECT id FROM actors WHERE name = ?", (actor.name,)).fetchone()
        return int(row[0])

    def quarantine(
        self, *, origin: str, code: str, reason: str, sha256: str | None, external_id: str | None = None
    ) -> None:
        """Record a rejected input once; the same input rejected again counts another sighting."""
        now = _now()
        with self.atomic() as conn:
            updated = conn.execute(
                "UPDATE quarantine SET seen = seen + 1, last_seen_at = ?, reason = ?"
                " WHERE origin = ? AND code = ? AND sha256 IS ? AND external_id IS ?",
                (now, reason, origin, code, sha256, external_id),
            ).rowcount
            if not updated:
                conn.execute(
                    "INSERT INTO quarantine (origin, code, reason, sha256, external_id, created_at, last_seen_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (origin, code, reason, sha256, external_id, now, now),
                )

    # -- reading reports for resolution ------------------------------------------

    def reports(self, *, countries: Sequence[str | None] | None = None) -> list[StoredReport]:
        """Reports with actors and claims; all of them, or those in the given countries."""
        sql = (
            "SELECT r.*, a.external_id, a.sha256, a.outlet, a.published FROM reports r"
            " JOIN articles a ON a.id = r.article_id"
        )
        params: list[Any] = []
        if countries is not None:
            named = [c for c in countries if c is not None]
            parts = []
            if named:
                parts.append(f"r.country IN ({','.join('?' * len(named))})")
                params.extend(named)
            if any(c is None for c in countries):
                parts.append("r.country IS NULL")
            if not parts:
                return []
            sql += " WHERE " + " OR ".join(parts)
        sql += " ORDER BY r.key"
        rows = self.conn.execute(sql, params).fetchall()
        if not rows:
            return []
        ids = [int(r["id"]) for r in rows]
        actors = self._actors_by_report(ids)
        claims = self._claims_by_report(ids)
        return [_stored_report(r, actors.get(int(r["id"]), {}), claims.get(int(r["id"]), [])) for r in rows]

    def _actors_by_report(self, ids: Sequence[int]) -> dict[int, dict[str, list[Actor]]]:
        out: dict[int, dict[str, list[Actor]]] = {}
        for chunk in _chunks(ids):
            rows = self.conn.execute(
                "SELECT ra.report_id, ra.role, ra.mention, a.name, a.inter, a.country"
                " FROM report_actors ra JOIN actors a ON a.id = ra.actor_id"
                f" WHERE ra.report_id IN ({','.join('?' * len(chunk))}) ORDER BY ra.position",
                chunk,
            ).fetchall()
            for r in rows:
                actor = Actor(
                    name=r["name"], type=ActorType(r["inter"]), country=r["country"], mention=r["mention"]
                )
                out.setdefault(int(r["report_id"]), {}).setdefault(r["role"], []).append(actor)
        return out

    def _claims_by_report(self, ids: Sequence[int]) -> dict[int, list[Claim]]:
        out: dict[int, list[Claim]] = {}
        for chunk in _chunks(ids):
            rows = self.conn.execute(
                f"SELECT * FROM claims WHERE report_id IN ({','.join('?' * len(chunk))}) ORDER BY id",
                chunk,
            ).fetchall()
            for r in rows:
                out.setdefault(int(r["report_id"]), []).append(_claim(r))
        return out

    # -- incidents ---------------------------------------------------------------

    def replace_incidents(self, countries: Sequence[str | None], incidents: Sequence[IncidentRow]) -> None:
        """Swap the incidents of a block of countries for a freshly resolved set, in one transaction.

        Incidents keep their id when their key (their first report's key) survives, or when
        they grew out of one stored incident whose key did not (its id and history follow
        the new key), so links and bookmarks stay valid across re-resolution. Each change to
        a kept incident is appended to its history (:mod:`vigil.store.history`).
        """
        with self.atomic() as conn:
            keys = [i.key for i in incidents]
            old = self._incident_ids_in(conn, countries)
            before = self._incident_rows(conn, old)
            members: dict[str, int] = {}  # report key -> incident id before this resolution
            for chunk in _chunks(old):
                marks = ",".join("?" * len(chunk))
                for row in conn.execute(
                    f"SELECT key, incident_id FROM reports WHERE incident_id IN ({marks})", chunk
                ):
                    members[row[0]] = int(row[1])
            kept: dict[str, int] = {}
            for chunk in _chunks(keys):
                marks = ",".join("?" * len(chunk))
                for row in conn.execute(f"SELECT id, key FROM incidents WHERE key IN ({marks})", chunk):
                    kept[row["key"]] = int(row["id"])
            kept |= _successors(incidents, kept, members, before)
            stale = sorted(set(old) - set(kept.values()))
            for chunk in _chunks(stale):
                marks = ",".join("?" * len(chunk))
                conn.execute(f"UPDATE reports SET incident_id = NULL WHERE incident_id IN ({marks})", chunk)
                conn.execute(f"DELETE FROM incidents WHERE id IN ({marks})", chunk)
            cited = history.newest_reports(conn, [k for inc in incidents for k in inc.report_keys])
            id_by_key: dict[str, int] = {}
            now = _now()
            for inc in incidents:
                values = inc.columns()
                if inc.key in kept:
                    iid = kept[inc.key]
                    prior = before.get(iid)
                    if prior is not None and prior["key"] != inc.key:
                        history.rekey(conn, prior["key"], inc.key)
                    sets = ", ".join(f"{k} = ?" for k in values)
                    conn.execute(
                        f"UPDATE incidents SET key = ?, {sets} WHERE id = ?", [inc.key, *values.values(), iid]
                    )
                    id_by_key[inc.key] = iid
                    diff = history.changes(prior, values) if prior is not None else []
                    if diff:
                        joined = [cited[k] for k in inc.report_keys if members.get(k) != iid and k in cited]
                        newest = max(joined, key=lambda r: (r["published"] or "", r["key"]), default=None)
                        history.record(conn, inc.key, diff, when=now, report=newest)
                else:
                    cols = ", ".join(values)
                    cur = conn.execute(
                        f"INSERT INTO incidents (key, {cols}) VALUES (?, {','.join('?' * len(values))})",
                        [inc.key, *values.values()],
                    )
                    id_by_key[inc.key] = int(cur.lastrowid or 0)
                conn.executemany(
                    "UPDATE reports SET incident_id = ? WHERE key = ?",
                    [(id_by_key[inc.key], k) for k in inc.report_keys],
                )
            ids = list(id_by_key.values())
            for chunk in _chunks(ids):
                conn.execute(
                    f"DELETE FROM incident_links WHERE incident_id IN ({','.join('?' * len(chunk))})", chunk
                )
            for inc in incidents:
                for follows_key, evidence in inc.follows:
                    target = id_by_key.get(follows_key)
                    if target is None:
                        row = conn.execute(
                            "SELECT id FROM incidents WHERE key = ?", (follows_key,)
                        ).fetchone()
                        target = int(row[0]) if row else None
                    if target is not None and target != id_by_key[inc.key]:
                        conn.execute(
                            "INSERT OR REPLACE INTO incident_links VALUES (?, ?, ?)",
                            (id_by_key[inc.key], target, evidence),
                        )

    def _incident_rows(self, conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        out: dict[int, dict[str, Any]] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for row in conn.execute(f"SELECT * FROM incidents WHERE id IN ({marks})", chunk):
                out[int(row["id"])] = dict(row)
        return out

    def _incident_ids_in(self, conn: sqlite3.Connection, countries: Sequence[str | None]) -> list[int]:
        named = [c for c in countries if c is not None]
        ids: list[int] = []
        if named:
            ids += [
                int(r[0])
                for r in conn.execute(
                    f"SELECT id FROM incidents WHERE country IN ({','.join('?' * len(named))})", named
                )
            ]
        if any(c is None for c in countries):
            ids += [int(r[0]) for r in conn.execute("SELECT id FROM incidents WHERE country IS NULL")]
        return ids


def _successors(
    incidents: Sequence[IncidentRow],
    kept: dict[str, int],
    members: dict[str, int],
    before: dict[int, dict[str, Any]],
) -> dict[str, int]:
    """New keys that continue a stored incident whose own key is gone (most shared reports wins)."""
    claimed = set(kept.values())
    free = {iid for iid, row in before.items() if iid not in claimed}
    offers: list[tuple[int, str, int]] = []
    for inc in incidents:
        if inc.key in kept:
            continue
        overlap = Counter(members[k] for k in inc.report_keys if members.get(k) in free)
        offers += [(-n, inc.key, iid) for iid, n in overlap.items()]
    out: dict[str, int] = {}
    for _, key, iid in sorted(offers):
        if key not in out and iid in free:
            out[key] = iid
            free.discard(iid)
    return out


@dataclass(frozen=True, kw_only=True, slots=True)
class IncidentRow:
    """A resolved incident ready to store: its ACLED columns and its members."""

    key: str
    fields: dict[str, Any]
    report_keys: tuple[str, ...]
    follows: tuple[tuple[str, str], ...] = ()  # (incident key it follows, evidence)

    def columns(self) -> dict[str, Any]:
        return {**self.fields, "updated_at": _now()}


def _stored_report(row: sqlite3.Row, actors: dict[str, list[Actor]], claims: list[Claim]) -> StoredReport:
    loc = None
    if row["country"]:
        loc = Location(
            name=row["location"] or row["country"],
            country=row["country"],
            admin1=row["admin1"] or "",
            admin2=row["admin2"] or "",
            latitude=row["latitude"],
            longitude=row["longitude"],
            geo_precision=row["geo_precision"] or 3,
        )
    a1 = actors.get("actor1", [])
    a2 = actors.get("actor2", [])
    report = Report(
        sub_event_type=SubEventType(row["sub_event_type"]),
        actor1=a1[0] if a1 else None,
        actor2=a2[0] if a2 else None,
        assoc_actor1=tuple(actors.get("assoc_actor_1", [])),
        assoc_actor2=tuple(actors.get("assoc_actor_2", [])),
        event_date=date.fromisoformat(row["event_date"]) if row["event_date"] else None,
        time_precision=row["time_precision"] or 3,
        location=loc,
        fatalities=int(row["fatalities"]),
        claims=tuple(claims),
        sentences=tuple(json.loads(row["sentences"])),
        women_children=bool(row["women_children"]),
        confidence=float(row["confidence"]),
    )
    return StoredReport(
        id=int(row["id"]),
        key=row["key"],
        article_id=int(row["article_id"]),
        article_ref=row["external_id"] or row["sha256"][:12],
        outlet=row["outlet"],
        published=date.fromisoformat(row["published"]) if row["published"] else None,
        ordinal=int(row["ordinal"]),
        principal=bool(row["principal"]),
        report=report,
        follows_ordinal=row["follows_ordinal"],
        follows_evidence=row["follows_evidence"] or "",
    )


def _claim(row: sqlite3.Row) -> Claim:
    return Claim(
        kind=ClaimKind(row["kind"]),
        figure=row["figure"],
        counted=Counted(row["counted"]),
        source=row["source"],
        source_kind=SourceKind(row["source_kind"]),
        stance=Stance(row["stance"]),
        sentence=row["sentence"],
        vague=bool(row["vague"]),
    )


def _chunks(ids: Sequence[Any], size: int = 500) -> Iterator[list[Any]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _statements(sql: str) -> list[str]:
    """Split a migration into statements; a trigger's ``BEGIN ... END`` body stays whole."""
    out: list[str] = []
    pending = ""
    for piece in sql.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n\t;"):
                out.append(pending.strip())
            pending = ""
    if pending.strip(" \n\t;"):
        out.append(pending.strip())
    return out
