"""Event chains across articles: an incident that answers an earlier one.

Within one article the coder already links "the attack came in revenge for the
clashes" (``Report.follows`` / ``reports.follows_ordinal``). Across articles the
answered event is usually told elsewhere, so a link is made when all of these hold:

- a report of the later incident says it answered something ("in revenge for",
  "retaliation", "in response to": ``vigil.extract.cues.RETALIATION``);
- the earlier incident is in the same country, dated 0 to ``CHAIN_DAYS`` days before;
- the two share an actor (civilians and unidentified groups do not count);
- the places are near: within ``CHAIN_KM`` km, or in the same admin1 when either
  lacks coordinates;
- when the words after the cue speak of fighting, the earlier incident is a battle.

Among several candidates the nearest in time, then in space, then by key wins, so
the link is a pure function of the incidents. The evidence names the sentence and
the shared actors, distance and gap.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from vigil.domain import Location, haversine_km
from vigil.extract.cues import BATTLE_WORDS, RETALIATION
from vigil.resolve.match import profile
from vigil.store import StoredReport
from vigil.taxonomy import EventType

CHAIN_DAYS = 7
CHAIN_KM = 100.0


@dataclass(frozen=True, kw_only=True, slots=True)
class Summary:
    key: str
    day: date | None
    country: str | None
    location: Location | None
    actors: frozenset[str]
    event_type: EventType
    articles: frozenset[int]


def summarise(key: str, group: Sequence[StoredReport], location: Location | None) -> Summary:
    profiles = [profile(r) for r in group]
    days = [p.day for p in profiles if p.day is not None]
    return Summary(
        key=key,
        day=min(days) if days else None,
        country=location.country if location else None,
        location=location,
        actors=frozenset(a for p in profiles for a in p.actors),
        event_type=group[0].report.sub_event_type.event_type,
        articles=frozenset(r.article_id for r in group),
    )


def cross_article_follows(
    incidents: Sequence[tuple[Summary, Sequence[StoredReport]]],
) -> dict[str, tuple[str, str]]:
    """For each incident that says it answered another: (key of the earlier incident, evidence)."""
    out: dict[str, tuple[str, str]] = {}
    dated = sorted((s for s, _ in incidents if s.day is not None), key=lambda s: (s.day or date.min, s.key))
    ordinals = [(s.day or date.min).toordinal() for s in dated]
    for later, group in incidents:
        sentence = _retaliation_sentence(group)
        if sentence is None or later.day is None:
            continue
        m = RETALIATION.search(sentence)
        battle = bool(m and BATTLE_WORDS.search(sentence[m.start() :]))
        best: tuple[tuple[int, float, str], str] | None = None
        lo = bisect_left(ordinals, later.day.toordinal() - CHAIN_DAYS)
        hi = bisect_right(ordinals, later.day.toordinal())
        for earlier in dated[lo:hi]:
            found = _candidate(later, earlier, battle)
            if found is None:
                continue
            gap, km, why = found
            rank = (gap, km, earlier.key)
            if best is None or rank < best[0]:
                best = (rank, f"{sentence} ({why})")
        if best is not None:
            out[later.key] = (best[0][2], best[1])
    return out


def _retaliation_sentence(group: Sequence[StoredReport]) -> str | None:
    for r in sorted(group, key=lambda r: r.key):
        for s in r.report.sentences:
            if RETALIATION.search(s):
                return s
    return None


def _candidate(later: Summary, earlier: Summary, battle: bool) -> tuple[int, float, str] | None:
    if earlier.key == later.key or earlier.day is None or later.day is None:
        return None
    if earlier.articles & later.articles or earlier.country != later.country:
        return None
    gap = (later.day - earlier.day).days
    if not 0 <= gap <= CHAIN_DAYS:
        return None
    if battle and earlier.event_type is not EventType.BATTLES:
        return None
    shared = later.actors & earlier.actors
    if not shared:
        return None
    km = _distance(later.location, earlier.location)
    if km is None or km > CHAIN_KM:
        return None
    why = f"shared actors: {', '.join(sorted(shared))}; {km:.0f} km and {gap} day(s) apart"
    return gap, km, why


def _distance(a: Location | None, b: Location | None) -> float | None:
    """Kilometres between two places; 0 for the same admin1 without coordinates; None if unknown."""
    if a is None or b is None:
        return None
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        return haversine_km(a.latitude or 0.0, a.longitude or 0.0, b.latitude or 0.0, b.longitude or 0.0)
    if a.admin1 and a.admin1 == b.admin1:
        return 0.0
    return None
