"""Reports become incidents: blocking, matching, merging, tolls.

Resolution is a pure function of the set of reports: candidate pairs are scored,
sorted by score and then by report keys, and merged greedily unless that would
put two reports of one article together (an article's reports are distinct
events by construction). Same set in, same incidents out, whatever the order in
which articles arrived.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from vigil.columns import acled_event
from vigil.domain import Actor, Location, Report
from vigil.resolve.tolls import Toll, toll
from vigil.store import IncidentRow, StoredReport
from vigil.taxonomy import ActorType

DATE_WINDOW_DAYS = 2
NEAR_KM = 50.0
MERGE_THRESHOLD = 0.6


@dataclass(frozen=True, kw_only=True, slots=True)
class Match:
    """Why two reports were judged to tell one event."""

    a: str
    b: str
    score: float
    reasons: tuple[str, ...]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(h)))


def _actor_names(report: Report) -> set[str]:
    actors = [report.actor1, report.actor2, *report.assoc_actor1, *report.assoc_actor2]
    return {a.name for a in actors if a is not None and a.type is not ActorType.CIVILIANS}


def score_pair(x: StoredReport, y: StoredReport) -> Match | None:
    """Score two reports from different articles; None when they cannot be one event."""
    a, b = x.report, y.report
    if x.article_id == y.article_id or a.event_type != b.event_type:
        return None
    reasons: list[str] = [f"same event type ({a.event_type})"]
    score = 0.3
    if a.event_date and b.event_date:
        gap = abs((a.event_date - b.event_date).days)
        if gap > DATE_WINDOW_DAYS + max(a.time_precision, b.time_precision) * 0:
            return None
        score += 0.2 if gap == 0 else 0.1
        reasons.append(f"{gap} day(s) apart")
    la, lb = a.location, b.location
    if la and lb:
        if la.country != lb.country:
            return None
        if None not in (la.latitude, la.longitude, lb.latitude, lb.longitude):
            km = haversine_km(la.latitude or 0, la.longitude or 0, lb.latitude or 0, lb.longitude or 0)
            if km > NEAR_KM and min(la.geo_precision, lb.geo_precision) == 1:
                return None
            if km <= NEAR_KM:
                score += 0.3 if km < 5 else 0.2
                reasons.append(f"{km:.0f} km apart")
    shared = _actor_names(a) & _actor_names(b)
    if shared:
        score += 0.2
        reasons.append("shared actors: " + ", ".join(sorted(shared)))
    if a.sub_event_type == b.sub_event_type:
        score += 0.1
        reasons.append(f"same sub-type ({a.sub_event_type.value})")
    if a.fatalities and b.fatalities and a.fatalities == b.fatalities:
        score += 0.1
        reasons.append(f"same toll ({a.fatalities})")
    if score < MERGE_THRESHOLD:
        return None
    return Match(a=x.key, b=y.key, score=round(score, 3), reasons=tuple(reasons))


def candidate_pairs(reports: Sequence[StoredReport]) -> Iterable[tuple[StoredReport, StoredReport]]:
    """Blocking: only reports of one event type and country, within the date window, are compared."""
    blocks: dict[tuple[str, str | None], list[StoredReport]] = defaultdict(list)
    for r in reports:
        country = r.report.location.country if r.report.location else None
        blocks[(r.report.event_type, country)].append(r)
    for members in blocks.values():
        members.sort(key=lambda r: ((r.report.event_date or date.min).toordinal(), r.key))
        for i, x in enumerate(members):
            for y in members[i + 1 :]:
                if (
                    x.report.event_date
                    and y.report.event_date
                    and (y.report.event_date - x.report.event_date).days > DATE_WINDOW_DAYS
                ):
                    break
                yield x, y


def cluster(reports: Sequence[StoredReport]) -> tuple[list[list[StoredReport]], list[Match]]:
    """Group reports into incidents; returns the groups and the matches that joined them."""
    matches = [m for x, y in candidate_pairs(reports) if (m := score_pair(x, y)) is not None]
    matches.sort(key=lambda m: (-m.score, m.a, m.b))
    parent = {r.key: r.key for r in reports}
    articles = {r.key: {r.article_id} for r in reports}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    used: list[Match] = []
    for m in matches:
        ra, rb = find(m.a), find(m.b)
        if ra == rb or articles[ra] & articles[rb]:
            continue
        root, child = sorted((ra, rb))
        parent[child] = root
        articles[root] |= articles.pop(child)
        used.append(m)
    groups: dict[str, list[StoredReport]] = defaultdict(list)
    for r in reports:
        groups[find(r.key)].append(r)
    ordered = [sorted(g, key=lambda r: r.key) for _, g in sorted(groups.items())]
    return ordered, used


def resolve(reports: Sequence[StoredReport]) -> list[IncidentRow]:
    """Resolve a block of reports into incident rows ready for the store."""
    groups, matches = cluster(reports)
    by_member: dict[str, list[Match]] = defaultdict(list)
    for m in matches:
        by_member[m.a].append(m)
    key_of_report = {}
    for g in groups:
        for r in g:
            key_of_report[r.key] = g[0].key
    by_article_ordinal = {(r.article_id, r.ordinal): r.key for g in groups for r in g}
    rows = []
    for g in groups:
        merged, t = merge(g)
        explanation = [
            f"{m.a[:12]}…:{m.a.rsplit(':', 1)[1]} + {m.b[:12]}…:{m.b.rsplit(':', 1)[1]}: "
            + "; ".join(m.reasons)
            + f" (score {m.score})"
            for r in g
            for m in by_member.get(r.key, [])
        ]
        follows: set[tuple[str, str]] = set()
        for r in g:
            if r.follows_ordinal is None:
                continue
            target = by_article_ordinal.get((r.article_id, r.follows_ordinal))
            if target is not None and key_of_report[target] != g[0].key:
                follows.add((key_of_report[target], r.follows_evidence))
        rows.append(
            IncidentRow(
                key=g[0].key,
                fields=incident_fields(merged, t, explanation),
                report_keys=tuple(r.key for r in g),
                follows=tuple(sorted(follows)),
            )
        )
    return rows


def merge(group: Sequence[StoredReport]) -> tuple[Report, Toll]:
    """One coding for a group of reports: the majority sub-type, the most precise place and date."""
    votes = Counter(r.report.sub_event_type for r in group)
    top = max(votes.values())
    winners = [r for r in group if votes[r.report.sub_event_type] == top]
    lead = max(winners, key=lambda r: (r.report.confidence, _informative(r.report), r.key))
    located = [r.report.location for r in group if r.report.location is not None]
    location = min(located, key=_precision_key) if located else None
    dated = [r.report for r in group if r.report.event_date is not None]
    best_dated = min(dated, key=lambda rep: (rep.time_precision, rep.event_date)) if dated else None
    base = lead.report
    assoc1 = _union(r.report.assoc_actor1 for r in group)
    assoc2 = _union(r.report.assoc_actor2 for r in group)
    merged = Report(
        sub_event_type=base.sub_event_type,
        actor1=base.actor1,
        actor2=base.actor2,
        assoc_actor1=tuple(a for a in assoc1 if base.actor1 is None or a.name != base.actor1.name),
        assoc_actor2=tuple(a for a in assoc2 if base.actor2 is None or a.name != base.actor2.name),
        event_date=best_dated.event_date if best_dated else None,
        time_precision=best_dated.time_precision if best_dated else 3,
        location=location,
        fatalities=base.fatalities,
        claims=tuple(c for r in group for c in r.report.claims),
        sentences=tuple(s for r in group for s in r.report.sentences),
        women_children=any(r.report.women_children for r in group),
        confidence=base.confidence,
    )
    t = toll([(r.published, r.report) for r in group])
    return merged, t


def _informative(report: Report) -> int:
    return sum(x is not None for x in (report.actor1, report.actor2, report.location, report.event_date))


def _precision_key(loc: Location) -> tuple[int, int, str]:
    return (loc.geo_precision, 0 if loc.latitude is not None else 1, loc.name)


def _union(groups: Iterable[Sequence[Actor]]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for actors in groups:
        for a in actors:
            seen.setdefault(a.name, a)
    return [seen[k] for k in sorted(seen)]


def incident_fields(report: Report, t: Toll, explanation: Sequence[str]) -> dict[str, Any]:
    """The incident's stored columns: ACLED's, plus the toll range and why it was merged."""
    return {
        **acled_event(report),
        "fatalities": t.best,
        "low": t.low,
        "best": t.best,
        "high": t.high,
        "women_children": int(report.women_children),
        "explanation": "\n".join(explanation),
    }
