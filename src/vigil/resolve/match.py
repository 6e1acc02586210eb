"""Whether two reports tell one event: features, candidate blocking, an explainable score.

Each report is reduced once to what matching needs (:class:`Profile`): its day, place,
actors, toll, outlet and its words, proper names, figures and character 4-grams. Pairs
are only formed inside a block (one country, reports sorted by day, within the date
window), never all pairs. A pair's score is a log-odds that they tell one event: a
prior that falls with how crowded their days are (on a day with forty reports in the
country, "same day" means little; on a quiet day it means a lot), plus named pieces of
evidence (:func:`features`), weighted by a small logistic model
(:mod:`vigil.resolve.weights`), so the reasons a merge happened can be stored beside the
incident and printed by ``vigil show``.

Headlines are short and some are bare names, so text evidence is read three ways: a
TF-IDF cosine over proper names (place and group names are what two tellings of one
event share), one over character 4-grams (spelling variants: "Deir Ezzor", "Der-Ezor"),
and shared figures; the shared content words name the wording in the reasons. Every IDF
is taken from the block's own reports (one country), which keeps resolution a pure
function of that country's reports: the same reports give the same incidents however
they arrived.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from vigil.domain import Location, haversine_km
from vigil.resolve.weights import WEIGHTS
from vigil.store import StoredReport
from vigil.taxonomy import ActorType, DisorderType, SubEventType

DATE_WINDOW_DAYS = 2  # how far apart two tellings of one event may be dated
NEAR_KM = 50.0
SAME_PLACE_KM = 5.0
REGION = 3  # geo_precision of a region or a whole country: its coordinates place nothing
MERGE_THRESHOLD = -1.0  # log-odds a pair needs to be kept as a candidate match (p > 0.27)

_STOPWORDS_TEXT = """
a about after against all also among an and another are around as at be been before being
between both but by continue continued continues during each for from had has have in
including into is it its least more most new of on one other others over same since some
than that the their them there these they this those through to today under until up was
were which while who with within yesterday
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)
NAME = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*")  # a capitalised word: a place, a group, a person
FIGURE = re.compile(r"\d+")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
DATE_TEXT = re.compile(  # dates and years are when a report was written, not what it counts
    r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}"
    r"|\b(?:199\d|20[0-3]\d)\b",
    re.IGNORECASE,
)
GENERIC_ACTOR = re.compile(r"^Unidentified", re.IGNORECASE)
ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az)-")
POSSESSIVE = re.compile(r"(?:’s|'s)$")
GRAM = 4
HAMZA = re.compile(r"[‘’ʿʾ']")


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
    names: frozenset[str]
    grams: frozenset[str]
    figures: frozenset[str]
    actors: frozenset[str]
    crowd: int = 1  # reports of the block dated within a day of this one, itself included

    @property
    def key(self) -> str:
        return self.stored.key


@dataclass(frozen=True, kw_only=True, slots=True)
class Idf:
    """Inverse document frequencies over one block's reports: words, names, 4-grams."""

    words: Mapping[str, float]
    names: Mapping[str, float]
    grams: Mapping[str, float]
    norms: Mapping[str, tuple[float, float]]  # each report's name and 4-gram vector lengths


def _fold(w: str) -> str:
    w = ARTICLE.sub("", w).strip("’'-")
    return POSSESSIVE.sub("", w)


def words(text: str) -> frozenset[str]:
    """Content words, lower-cased, with Arabic article prefixes folded ("al-Raqqah" -> "raqqah").

    >>> sorted(words("Clashes continue in al-Raqqah countryside"))
    ['clashes', 'countryside', 'raqqah']
    """
    out = set()
    for w in WORD.findall(text.lower()):
        w = _fold(w)
        if len(w) > 2 and w not in STOPWORDS:
            out.add(w)
    return frozenset(out)


def names(text: str) -> frozenset[str]:
    """Capitalised content words, folded like :func:`words`: the names a headline carries.

    >>> sorted(names("Drones strike Al-Khalil and shells hit Tessalit"))
    ['drones', 'khalil', 'tessalit']
    """
    return words(" ".join(NAME.findall(text)))


def grams(text: str) -> frozenset[str]:
    """Character 4-grams of the lower-cased, space-normalised text."""
    t = " " + " ".join(text.lower().split()) + " "
    return frozenset(t[i : i + GRAM] for i in range(len(t) - GRAM + 1))


def figures(text: str) -> frozenset[str]:
    """The numbers a report tells (a toll, a count of shells), leaving out dates and years.

    >>> sorted(figures("Syria Daily Report 06/02/2016: 12 killed on May 4th 2016"))
    ['12']
    """
    return frozenset(FIGURE.findall(DATE_TEXT.sub(" ", text)))


def profile(r: StoredReport) -> Profile:
    rep = r.report
    actors = [rep.actor1, rep.actor2, *rep.assoc_actor1, *rep.assoc_actor2]
    text = " ".join(rep.sentences)
    return Profile(
        stored=r,
        day=rep.event_date or r.published,
        words=words(text),
        names=names(text),
        grams=grams(text),
        figures=figures(text),
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


def _idf(sets: Sequence[frozenset[str]]) -> dict[str, float]:
    df: Counter[str] = Counter(w for s in sets for w in s)
    n = len(sets)
    return {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}


def idf(profiles: Sequence[Profile]) -> Idf:
    """Inverse document frequencies of words, names and 4-grams over one block's reports."""
    names, grams = _idf([p.names for p in profiles]), _idf([p.grams for p in profiles])
    return Idf(
        words=_idf([p.words for p in profiles]),
        names=names,
        grams=grams,
        norms={p.key: (_norm(p.names, names), _norm(p.grams, grams)) for p in profiles},
    )


def _norm(items: frozenset[str], weights: Mapping[str, float]) -> float:
    return math.sqrt(sum(weights.get(w, 1.0) ** 2 for w in items))


def cosine(
    a: frozenset[str],
    b: frozenset[str],
    weights: Mapping[str, float],
    norms: tuple[float, float] | None = None,
) -> float:
    """TF-IDF cosine of two sets (the lengths of both vectors may be given, precomputed)."""
    shared = a & b
    if not shared:
        return 0.0
    num = sum(weights.get(w, 1.0) ** 2 for w in shared)
    na, nb = norms or (_norm(a, weights), _norm(b, weights))
    return num / (na * nb) if na and nb else 0.0


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


Features = dict[str, float]


def features(px: Profile, py: Profile, idfs: Idf) -> tuple[Features, list[str]] | None:
    """The pair's evidence, by weight name, and a reason for each piece; None when impossible.

    Impossible: one article's reports, a protest and an attack, other countries, days
    further apart than the window, or places certainly apart (two towns over 50 km apart,
    neither headline naming the other's). Everything else is evidence, a report placed no
    finer than its country included (``unplaced``, a cost: it cannot tell local events apart).
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
    f: Features = {"bias": 1.0, "crowd": math.log(crowd)}
    reasons: list[str] = []
    if SubEventType.OTHER in (a.sub_event_type, b.sub_event_type):
        f["untyped"] = 1.0  # "Other" says little about the type
    elif ta is tb:
        f["same_type"] = 1.0
        reasons.append(f"same event type ({ta.value})")
        if a.sub_event_type == b.sub_event_type:
            f["same_subtype"] = 1.0
            reasons.append(f"same sub-type ({a.sub_event_type.value})")
    else:  # UCDP-style events span ACLED types (a clash with shelling)
        f["other_type" if ta.disorder_type is tb.disorder_type else "other_disorder"] = 1.0
        reasons.append(f"{ta.value} and {tb.value}")
    if px.day and py.day:
        gap = abs((px.day - py.day).days)
        if gap > DATE_WINDOW_DAYS:
            return None
        if gap <= 1:
            f["same_day" if gap == 0 else "next_day"] = 1.0
            f["crowded_day"] = math.log(crowd)  # on a busy day, "dated alike" tells less
        reasons.append(f"dated {gap} day(s) apart ({crowd} reports in the country within a day)")
    if x.published and y.published:
        pgap = abs((x.published - y.published).days)
        if pgap <= 1:
            f["same_published" if pgap == 0 else "next_published"] = 1.0
            reasons.append(f"published {pgap} day(s) apart")
    named = _names_place(px, b.location) or _names_place(py, a.location)
    place = _place(a.location, b.location, reasons, named)
    if place is None:
        return None
    if place:
        f[place] = 1.0
    if _unplaced(a.location) or _unplaced(b.location):
        f["unplaced"] = 1.0  # a country-level report must not glue distinct local events
        reasons.append("one is placed no finer than its country")
    if x.outlet and x.outlet == y.outlet:
        f["same_outlet"] = 1.0
        reasons.append(f"both from {x.outlet}")
    shared = px.actors & py.actors
    if shared:
        f["actors"] = 1.0
        reasons.append("shared actors: " + ", ".join(sorted(shared)))
    if a.fatalities and a.fatalities == b.fatalities:
        f["same_toll"] = 1.0
        reasons.append(f"same toll ({a.fatalities})")
    elif a.fatalities and b.fatalities:
        f["both_tolls"] = 1.0
        reasons.append(f"both tell deaths ({a.fatalities} and {b.fatalities})")
    _text(px, py, idfs, f, reasons)
    return f, reasons


def _text(px: Profile, py: Profile, idfs: Idf, f: Features, reasons: list[str]) -> None:
    """Text evidence: the 4-gram and name cosines, and shared figures.

    The 4-gram cosine stands for the wording (it sees "Deir Ezzor" in "Der-Ezor", and a
    word cosine beside it added nothing on the tune split); the shared content words
    only name it in the reasons.
    """
    nx, ny = idfs.norms.get(px.key), idfs.norms.get(py.key)
    gsim = cosine(px.grams, py.grams, idfs.grams, (nx[1], ny[1]) if nx and ny else None)
    if gsim > 0:
        f["grams"] = gsim
        common = sorted(px.words & py.words, key=lambda w: (-idfs.words.get(w, 1.0), w))[:4]
        shown = f": {', '.join(common)}" if common else ""
        reasons.append(f"alike in wording ({gsim:.2f}{shown})")
    nsim = cosine(px.names, py.names, idfs.names, (nx[0], ny[0]) if nx and ny else None)
    if nsim > 0:
        f["names"] = nsim
        common = sorted(px.names & py.names, key=lambda w: (-idfs.names.get(w, 1.0), w))[:4]
        reasons.append(f"same names ({nsim:.2f}: {', '.join(common)})")
    figures = px.figures & py.figures
    if figures:
        f["numbers"] = 1.0
        reasons.append("same figures (" + ", ".join(sorted(figures, key=int)[:3]) + ")")


def log_odds(f: Features, weights: Mapping[str, float] = WEIGHTS) -> float:
    """The pair's log-odds of telling one event: the weighted sum of its evidence."""
    return sum(weights.get(k, 0.0) * v for k, v in f.items())


def score_pair(px: Profile, py: Profile, idfs: Idf, threshold: float = MERGE_THRESHOLD) -> Match | None:
    """Score two reports of different articles; None when they cannot, or likely do not, tell one event.

    The score is a log-odds (:func:`log_odds` of :func:`features`), and every piece of
    evidence that counted is named in the reasons.
    """
    found = features(px, py, idfs)
    if found is None:
        return None
    f, reasons = found
    score = log_odds(f)
    if score < threshold:
        return None
    return Match(a=px.key, b=py.key, score=round(score, 3), reasons=tuple(reasons))


def _unplaced(loc: Location | None) -> bool:
    """No place finer than the country: nothing to tell one local event from another by."""
    return loc is None or (loc.geo_precision >= REGION and not loc.admin1)


def _names_place(p: Profile, loc: Location | None) -> bool:
    """Whether a report's words name the place the other report was coded at.

    A headline often names several places ("shelling on A and clashes in B") and the
    coder places its report at one; the other telling may be placed at another of them.
    The place is read by its stored name, accents dropped (a stored report keeps no mention).
    """
    if loc is None:
        return False
    named = _place_words(loc.name)
    return bool(named) and named <= p.words


@functools.lru_cache(maxsize=4096)
def _place_words(name: str) -> frozenset[str]:
    """A gazetteer name's words as a headline spells them: no accents, ayn or hamza ("Dar‘ā": dara)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return words(HAMZA.sub("", plain))


def _place(
    la: Location | None, lb: Location | None, reasons: list[str], cross_named: bool = False
) -> str | None:
    """The place evidence's weight name ("" for none); None when certainly different places.

    Two precise places far apart are certainly different, unless either report's words
    name the other's place (``cross_named``): then they are only "far".
    """
    if la is None or lb is None:
        return ""
    if la.country != lb.country:
        return None
    if (
        max(la.geo_precision, lb.geo_precision) < REGION  # a region's point is its centroid or capital
        and la.latitude is not None
        and la.longitude is not None
        and lb.latitude is not None
        and lb.longitude is not None
    ):
        km = haversine_km(la.latitude, la.longitude, lb.latitude, lb.longitude)
        if km > NEAR_KM and max(la.geo_precision, lb.geo_precision) == 1:
            if not cross_named:
                return None
            reasons.append(f"{km:.0f} km apart, but one names the other's place")
            return "far"
        if km <= NEAR_KM:
            reasons.append(f"{km:.0f} km apart")
            return "same_place" if km < SAME_PLACE_KM else "near"
    if la.admin1 and lb.admin1:
        if la.admin1 == lb.admin1:
            reasons.append(f"both in {la.admin1}")
            return "same_admin1"
        return "other_admin1"
    return ""
