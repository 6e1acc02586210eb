"""Whether two reports tell one event: features, candidate blocking, an explainable score.

Each report is reduced once to what matching needs (:class:`Profile`): its day, place,
actors, toll, outlet and the content words of its sentences. Pairs are only formed
inside a block (one country, reports sorted by day, within the date window), never
all pairs. A pair's score is a log-odds that they tell one event: a prior that falls
with how crowded their days are (on a day with forty reports in the country, "same day"
means little; on a quiet day it means a lot), plus small, named pieces of evidence, so
the reasons a merge happened can be stored beside the incident and printed by
``vigil show``.

Text similarity is a TF-IDF cosine over content words, the IDF taken from the block's
own reports (one country), which keeps resolution a pure function of that country's
reports: the same reports give the same incidents however they arrived.

The weights were set on UCDP's Syria reports of 2016-2017 (``bench/dedup.py``) and
checked on 2018-2019; they are round numbers on purpose.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from vigil.domain import Location
from vigil.store import StoredReport
from vigil.taxonomy import ActorType, DisorderType, SubEventType

DATE_WINDOW_DAYS = 2  # how far apart two tellings of one event may be dated
NEAR_KM = 50.0
MIN_SHARED_WORDS = 2  # text evidence needs at least this many content words in common


# Log-odds that two reports tell one event: a prior, less the crowding of their days, plus
# evidence. Fitted by logistic regression on UCDP's Syria reports of 2016-2017 at several
# densities (bench/dedup.py), then rounded; checked on 2018-2019.
PRIOR = -3.0
W_CROWD = -1.0  # times log(reports in the country dated within a day): busy days need more evidence
W_SAME_DAY = 1.9
W_NEXT_DAY = 1.0
W_SAME_PUBLISHED = 1.4  # published the same day (or the next): the news cycle of one event
W_NEXT_PUBLISHED = 1.0
W_SAME_PLACE = 1.7  # within 5 km
W_NEAR = 0.9  # within NEAR_KM
W_OTHER_ADMIN1 = -1.1
W_SAME_SUBTYPE = 0.3
W_OTHER_TYPE = -0.5  # different event types (twice that across disorder types)
W_TOLL = 0.4
W_TEXT = 1.6  # times the TF-IDF cosine of the two reports' words
W_SAME_OUTLET = -0.6  # an outlet seldom tells one event twice; it tells many events a day
MERGE_THRESHOLD = -1.0  # log-odds above which two reports are merged (p > 0.27)

_STOPWORDS_TEXT = """
a about after against all also among an and another are around as at be been before being
between both but by continue continued continues during each for from had has have in
including into is it its least more most new of on one other others over same since some
than that the their them there these they this those through to today under until up was
were which while who with within yesterday
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)
GENERIC_ACTOR = re.compile(r"^Unidentified", re.IGNORECASE)


@dataclass(frozen=True, kw_only=True, slots=True)
class Match:
    """Why two reports were judged to tell one event."""

    a: str
    b: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, kw_only=True, slots=True)
class Profile:
    """What matching reads from one stored report, computed once per resolution."""

    stored: StoredReport
    day: date | None
    words: frozenset[str]
    actors: frozenset[str]
    crowd: int = 1  # reports of the block dated within a day of this one, itself included

    @property
    def key(self) -> str:
        return self.stored.key


def words(text: str) -> frozenset[str]:
    """Content words, lower-cased, with Arabic article prefixes folded ("al-Raqqah" -> "raqqah").

    >>> sorted(words("Clashes continue in al-Raqqah countryside"))
    ['clashes', 'countryside', 'raqqah']
    """
    out = set()
    for w in WORD.findall(text.lower()):
        w = re.sub(r"^(?:al|el|ad|ar|as|ash|at|az)-", "", w).strip("’'-")
        w = re.sub(r"(?:’s|'s)$", "", w)
        if len(w) > 2 and w not in STOPWORDS:
            out.add(w)
    return frozenset(out)


def profile(r: StoredReport) -> Profile:
    rep = r.report
    actors = [rep.actor1, rep.actor2, *rep.assoc_actor1, *rep.assoc_actor2]
    return Profile(
        stored=r,
        day=rep.event_date or r.published,
        words=words(" ".join(rep.sentences)),
        actors=frozenset(
            a.name
            for a in actors
            if a is not None and a.type is not ActorType.CIVILIANS and not GENERIC_ACTOR.match(a.name)
        ),
    )


def profiles(reports: Sequence[StoredReport]) -> list[Profile]:
    """Profiles of one block's reports, each with how crowded its days are."""
    out = [profile(r) for r in reports]
    days = sorted(p.day.toordinal() for p in out if p.day is not None)
    return [
        replace(p, crowd=bisect_right(days, p.day.toordinal() + 1) - bisect_left(days, p.day.toordinal() - 1))
        if p.day is not None
        else p
        for p in out
    ]


def idf(profiles: Sequence[Profile]) -> dict[str, float]:
    """Inverse document frequency of each word over one block's reports."""
    df: Counter[str] = Counter(w for p in profiles for w in p.words)
    n = len(profiles)
    return {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}


def cosine(a: frozenset[str], b: frozenset[str], weights: dict[str, float]) -> float:
    shared = a & b
    if len(shared) < MIN_SHARED_WORDS:
        return 0.0
    num = sum(weights.get(w, 1.0) ** 2 for w in shared)
    na = math.sqrt(sum(weights.get(w, 1.0) ** 2 for w in a))
    nb = math.sqrt(sum(weights.get(w, 1.0) ** 2 for w in b))
    return num / (na * nb) if na and nb else 0.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(h)))


def candidate_pairs(profiles: Sequence[Profile]) -> Iterator[tuple[Profile, Profile]]:
    """Blocking: reports of one country, sorted by day, compared only within the date window.

    Reports with no day are compared with every other undated report of the country only.
    """
    ordered = sorted(profiles, key=lambda p: ((p.day or date.min).toordinal(), p.key))
    for i, x in enumerate(ordered):
        for y in ordered[i + 1 :]:
            if (x.day is None) != (y.day is None):
                break
            if x.day and y.day and (y.day - x.day).days > DATE_WINDOW_DAYS:
                break
            yield x, y


def score_pair(px: Profile, py: Profile, weights: dict[str, float]) -> Match | None:
    """Score two reports of different articles; None when they cannot, or likely do not, tell one event.

    The score is a log-odds: ``PRIOR + W_CROWD * log(crowd)`` plus each piece of evidence,
    and every piece that counted is named in the reasons.
    """
    x, y = px.stored, py.stored
    a, b = x.report, y.report
    if x.article_id == y.article_id:
        return None
    ta, tb = a.sub_event_type.event_type, b.sub_event_type.event_type
    demonstration = DisorderType.DEMONSTRATIONS
    if (ta.disorder_type is demonstration) != (tb.disorder_type is demonstration):
        return None  # a protest and an attack are never one event
    crowd = max(px.crowd, py.crowd)
    score = PRIOR + W_CROWD * math.log(crowd)
    reasons: list[str] = []
    if ta is tb:
        reasons.append(f"same event type ({ta.value})")
    elif SubEventType.OTHER in (a.sub_event_type, b.sub_event_type):
        pass  # "Other" says nothing about the type: no evidence either way
    else:  # UCDP-style events span ACLED types (a clash with shelling); it costs evidence
        score += W_OTHER_TYPE if ta.disorder_type is tb.disorder_type else 2 * W_OTHER_TYPE
        reasons.append(f"{ta.value} and {tb.value}")
    if a.sub_event_type == b.sub_event_type and a.sub_event_type is not SubEventType.OTHER:
        score += W_SAME_SUBTYPE
        reasons.append(f"same sub-type ({a.sub_event_type.value})")
    if px.day and py.day:
        gap = abs((px.day - py.day).days)
        if gap > DATE_WINDOW_DAYS:
            return None
        score += W_SAME_DAY if gap == 0 else W_NEXT_DAY if gap == 1 else 0.0
        reasons.append(f"dated {gap} day(s) apart ({crowd} reports in the country within a day)")
    if x.published and y.published:
        pgap = abs((x.published - y.published).days)
        if pgap <= 1:
            score += W_SAME_PUBLISHED if pgap == 0 else W_NEXT_PUBLISHED
            reasons.append(f"published {pgap} day(s) apart")
    place = _place(a.location, b.location, reasons)
    if place == -math.inf:
        return None
    score += place
    if x.outlet and x.outlet == y.outlet:
        score += W_SAME_OUTLET
        reasons.append(f"both from {x.outlet}")
    shared = px.actors & py.actors
    if shared:
        reasons.append("shared actors: " + ", ".join(sorted(shared)))
    if a.fatalities and a.fatalities == b.fatalities:
        score += W_TOLL
        reasons.append(f"same toll ({a.fatalities})")
    sim = cosine(px.words, py.words, weights)
    if sim > 0:
        score += W_TEXT * sim
        common = sorted(px.words & py.words, key=lambda w: (-weights.get(w, 1.0), w))[:4]
        reasons.append(f"alike in wording ({sim:.2f}: {', '.join(common)})")
    if score < MERGE_THRESHOLD:
        return None
    return Match(a=x.key, b=y.key, score=round(score, 3), reasons=tuple(reasons))


def _place(la: Location | None, lb: Location | None, reasons: list[str]) -> float:
    """Evidence from the two places; -inf when they are certainly different places."""
    if la is None or lb is None:
        return 0.0
    if la.country != lb.country:
        return -math.inf
    if (
        la.latitude is not None
        and la.longitude is not None
        and lb.latitude is not None
        and lb.longitude is not None
    ):
        km = haversine_km(la.latitude, la.longitude, lb.latitude, lb.longitude)
        if km > NEAR_KM and max(la.geo_precision, lb.geo_precision) == 1:
            return -math.inf
        if km <= NEAR_KM:
            reasons.append(f"{km:.0f} km apart")
            return W_SAME_PLACE if km < 5 else W_NEAR
    if la.admin1 and lb.admin1:
        if la.admin1 == lb.admin1:
            reasons.append(f"both in {la.admin1}")
            return 0.0
        return W_OTHER_ADMIN1
    return 0.0
