"""Reports become incidents: blocking, matching, merging, tolls.

Resolution is a pure function of the set of reports, country by country:
candidate pairs are scored (:mod:`vigil.resolve.match`) and groups merged by average
link, best first, ties broken by report keys, never putting two reports of one article
together (an article's reports are distinct events by construction).
Same set in, same incidents out, whatever the order or batches in which articles
arrived.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from vigil.columns import acled_event
from vigil.domain import Actor, Location, Report
from vigil.resolve.chains import cross_article_follows, summarise
from vigil.resolve.match import Match, candidate_pairs, idf, profiles, score_pair
from vigil.resolve.tolls import Toll, toll
from vigil.store import IncidentRow, Store, StoredReport

MAX_SPAN_DAYS = 3  # an incident's reports are dated within this span: no chaining across a week
LINK_THRESHOLD = -1.1  # mean log-odds two single reports need to merge (p > 0.25; both splits)
GROUP_BONUS = 1.0  # the bar falls by this times the log of the number of pairs the mean is over
LINK_FLOOR = -3.0  # ...but never below this: no merge on a mean this low, however large the groups


def link_bar(size_a: int, size_b: int) -> float:
    """The mean log-odds two groups of these sizes need to merge.

    A mean over many pairs is steadier evidence than one pair's score: a report that is
    fairly likely to tell the event of each of two reports that already agree is likelier
    to belong with them than a report merely as close to one of them. So the bar falls with
    the log of the number of pairs (a naive-Bayes sum would fall with the number itself;
    the log keeps chaining in check). On UCDP's Syria clusters (``bench/dedup.py --sample
    800``, mean of four seeds) it raised pairwise F1 from 0.33 to 0.36 on 2016-17 and from
    0.46 to 0.50 on 2018-19 over the flat bar of -1.3, B-cubed level or up; a flat bar low
    enough for that pairwise F1 costs 0.01 to 0.04 of B-cubed.
    """
    return max(LINK_FLOOR, LINK_THRESHOLD - GROUP_BONUS * math.log(size_a * size_b))


def blocks(reports: Sequence[StoredReport]) -> list[list[StoredReport]]:
    """Reports split by country (undated places form their own block), in key order."""
    out: dict[str, list[StoredReport]] = defaultdict(list)
    for r in reports:
        out[r.report.location.country if r.report.location else ""].append(r)
    return [sorted(out[k], key=lambda r: r.key) for k in sorted(out)]


def cluster(reports: Sequence[StoredReport]) -> tuple[list[list[StoredReport]], list[Match]]:
    """Group reports into incidents; returns the groups and the matches that joined them.

    Within each country, every candidate pair is scored (:mod:`vigil.resolve.match`) and
    groups are merged by average link: the two groups whose pairs have the highest mean
    log-odds are merged first, when that mean clears :func:`link_bar` (``LINK_THRESHOLD``
    for two single reports, lower for groups, never below ``LINK_FLOOR``). Unlike
    single link, one close pair cannot chain two busy days' reports into one incident: the
    whole group has to agree. Two groups never merge when a pair of their reports cannot
    tell one event (one article's reports, days or places apart) or when the incident would
    stretch over more than ``MAX_SPAN_DAYS``.
    """
    groups: list[list[StoredReport]] = []
    used: list[Match] = []
    for block in blocks(reports):
        g, m = _cluster_block(block)
        groups += g
        used += m
    groups.sort(key=lambda g: g[0].key)
    return groups, used


@dataclass(slots=True)
class _Link:
    """What two groups' scored pairs add up to, and the best of them (the merge's reason)."""

    total: float
    pairs: int
    best: Match

    def add(self, other: _Link) -> _Link:
        best = max(self.best, other.best, key=lambda m: (m.score, m.b, m.a))
        return _Link(self.total + other.total, self.pairs + other.pairs, best)


def _cluster_block(reports: Sequence[StoredReport]) -> tuple[list[list[StoredReport]], list[Match]]:
    block = profiles(reports)
    idfs = idf(block)
    size = {r.key: 1 for r in reports}
    members = {r.key: [r.key] for r in reports}
    days = {p.key: (p.day, p.day) for p in block}
    links: dict[str, dict[str, _Link]] = {r.key: {} for r in reports}
    for x, y in candidate_pairs(block):
        m = score_pair(x, y, idfs, threshold=-math.inf)
        if m is not None:
            a, b = sorted((m.a, m.b))
            links[a][b] = links[b][a] = _Link(m.score, 1, m)

    def mean(a: str, b: str) -> float:
        link = links[a][b]
        n = size[a] * size[b]
        return -math.inf if link.pairs < n else link.total / n  # every pair must be possible

    heap = [(-mean(a, b), a, b) for a in sorted(links) for b in sorted(links[a]) if a < b]
    heapq.heapify(heap)
    used: list[Match] = []
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in links[a] or -neg != mean(a, b):
            continue  # a stale entry: one of the groups has merged since
        if -neg < LINK_FLOOR:
            break
        if -neg < link_bar(size[a], size[b]):
            continue  # kept: a pair that merges later is scored again at its new sizes
        span = _span(days[a], days[b])
        if span[0] and span[1] and (span[1] - span[0]).days > MAX_SPAN_DAYS:
            continue
        link = links[a].pop(b)
        del links[b][a]
        used.append(
            replace(link.best, reasons=(*link.best.reasons, f"groups linked at {-neg:.2f} on average"))
        )
        members[a] += members.pop(b)
        size[a] += size.pop(b)
        days[a] = span
        for c, lc in links.pop(b).items():
            del links[c][b]
            merged = links[a][c].add(lc) if c in links[a] else lc
            links[a][c] = links[c][a] = merged
        for c in sorted(links[a]):
            lo, hi = sorted((a, c))
            heapq.heappush(heap, (-mean(lo, hi), lo, hi))
    by_key = {r.key: r for r in reports}
    groups = [sorted((by_key[k] for k in ks), key=lambda r: r.key) for _, ks in sorted(members.items())]
    return groups, used


Span = tuple[date | None, date | None]


def _span(a: Span, b: Span) -> Span:
    starts = [d for d in (a[0], b[0]) if d is not None]
    ends = [d for d in (a[1], b[1]) if d is not None]
    return (min(starts) if starts else None, max(ends) if ends else None)


def resolve(reports: Sequence[StoredReport]) -> list[IncidentRow]:
    """Resolve a block of reports into incident rows ready for the store."""
    groups, matches = cluster(reports)
    by_member: dict[str, list[Match]] = defaultdict(list)
    for m in matches:
        by_member[m.a].append(m)
    stored = {r.key: r for r in reports}
    key_of_report = {r.key: g[0].key for g in groups for r in g}
    by_article_ordinal = {(r.article_id, r.ordinal): r.key for g in groups for r in g}
    merged = [merge(g) for g in groups]
    follows: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for g in groups:
        for r in g:
            if r.follows_ordinal is None:
                continue
            target = by_article_ordinal.get((r.article_id, r.follows_ordinal))
            if target is not None and key_of_report[target] != g[0].key:
                follows[g[0].key].add((key_of_report[target], r.follows_evidence))
    summaries = [
        (summarise(g[0].key, g, rep.location), g) for g, (rep, _) in zip(groups, merged, strict=True)
    ]
    for key, link in cross_article_follows(summaries).items():
        if not follows[key]:  # the article's own link, when it has one, is the better evidence
            follows[key].add(link)
    rows = []
    for g, (rep, t) in zip(groups, merged, strict=True):
        explanation = [
            f"{_ref(stored[m.a])} + {_ref(stored[m.b])}: " + "; ".join(m.reasons) + f" (score {m.score})"
            for r in g
            for m in by_member.get(r.key, [])
        ]
        rows.append(
            IncidentRow(
                key=g[0].key,
                fields=incident_fields(rep, t, explanation),
                report_keys=tuple(r.key for r in g),
                follows=tuple(sorted(follows.get(g[0].key, ()))),
            )
        )
    return rows


def _ref(r: StoredReport) -> str:
    """How the explanation names a report: its article, and which event of it when several."""
    return f"article {r.article_ref}" + (f" #{r.ordinal + 1}" if r.ordinal else "")


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


def resolve_store(store: Store) -> tuple[int, int]:
    """Re-resolve every stored report (after matching changed, or to recover); (reports, incidents)."""
    reports = store.reports()
    countries = sorted({r.report.location.country if r.report.location else None for r in reports}, key=str)
    rows = resolve(reports)
    store.replace_incidents(countries, rows)
    return len(reports), len(rows)
