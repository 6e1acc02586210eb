from __future__ import annotations

from datetime import date
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.factories import GAO, KIDAL, article, killed, report

from vigil.resolve.incidents import resolve
from vigil.resolve.tolls import party_totals, toll
from vigil.store import Store
from vigil.taxonomy import Counted, Stance, SubEventType


def _stored(items):
    """Store (text, published, reports) triples in the given order; return the stored reports."""
    store = Store.open(":memory:")
    for text, published, reps in items:
        store.add_article(article(text, published=published), reps)
    return store, store.reports()


def _groups(rows):
    return sorted(sorted(k.rsplit(":", 1)[0][:8] + k.rsplit(":", 1)[1] for k in r.report_keys) for r in rows)


def test_two_outlets_telling_one_attack_make_one_incident():
    _, reps = _stored(
        [
            ("Outlet A text", date(2024, 3, 4), [report(fatalities=5)]),
            ("Outlet B text", date(2024, 3, 5), [report(fatalities=7, day=date(2024, 3, 4))]),
        ]
    )
    (row,) = resolve(reps)
    assert len(row.report_keys) == 2
    assert row.fields["best"] == 7 and row.fields["low"] == 5
    assert "same event type" in row.fields["explanation"]


def test_two_events_in_one_article_stay_two():
    _, reps = _stored([("one article", None, [report(), report()])])
    assert len(resolve(reps)) == 2


def test_far_apart_places_or_dates_do_not_merge():
    _, reps = _stored(
        [
            ("a", None, [report(where=KIDAL)]),
            ("b", None, [report(where=GAO)]),
            ("c", None, [report(day=date(2024, 4, 20))]),
        ]
    )
    assert len(resolve(reps)) == 3


def test_different_disorder_types_do_not_merge():
    """An attack and an agreement at one place and day are two events (the codebook's floor)."""
    _, reps = _stored([("a", None, [report()]), ("b", None, [report(SubEventType.AGREEMENT)])])
    assert len(resolve(reps)) == 2


def test_follows_links_incidents_of_one_article():
    store = Store.open(":memory:")
    store.add_article(
        article("x"), [report(), report(SubEventType.ARMED_CLASH)], follows={0: (1, "in revenge")}
    )
    rows = resolve(store.reports())
    attack = next(r for r in rows if r.fields["event_type"] == "Violence against civilians")
    clash = next(r for r in rows if r.fields["event_type"] == "Battles")
    assert attack.follows == ((clash.key, "in revenge"),)


REPORTS = [
    ("a1", date(2024, 3, 3), [report(fatalities=5)]),
    ("a2", date(2024, 3, 4), [report(fatalities=7)]),
    ("a3", date(2024, 3, 4), [report(where=GAO)]),
    ("a4", date(2024, 3, 4), [report(SubEventType.ARMED_CLASH), report(fatalities=2)]),
    ("a5", date(2024, 3, 9), [report(day=date(2024, 3, 8))]),
]


@settings(max_examples=25, deadline=None)
@given(st.permutations(REPORTS))
def test_resolution_does_not_depend_on_arrival_order(order):
    _, baseline = _stored(REPORTS)
    _, shuffled = _stored(order)
    by_text = lambda rows: sorted(tuple(sorted(r.report_keys)) for r in rows)  # noqa: E731
    assert by_text(resolve(shuffled)) == by_text(resolve(baseline))


def test_party_totals_sum_groups_without_double_counting():
    claims = [
        killed(6, source="FLA", counted=Counted.SOLDIERS),
        killed(8, source="FLA", counted=Counted.FIGHTERS),
        killed(5, source="army"),
        killed(2, source="army", counted=Counted.SOLDIERS),
        killed(0, source="military source", stance=Stance.DENIED),
    ]
    assert party_totals(claims) == {"FLA": 14, "army": 5}


def test_toll_rises_and_denials_do_not_lower_it():
    first = report(fatalities=20, claims=(killed(20),))
    later = report(fatalities=24, claims=(killed(24), killed(0, stance=Stance.DENIED, source="army")))
    t = toll([(date(2024, 3, 4), first), (date(2024, 3, 5), later)])
    assert (t.low, t.best, t.high) == (20, 24, 24)


NIAMEY = GAO.__class__(
    name="Niamey", country="Niger", admin1="Niamey", latitude=13.51, longitude=2.11, geo_precision=1
)
ARTICLES = [
    *REPORTS,
    ("n1", date(2024, 3, 3), [report(where=NIAMEY, fatalities=3)]),
    ("n2", date(2024, 3, 4), [report(where=NIAMEY, fatalities=4), report(where=None)]),
    ("a6", date(2024, 3, 4), [report(fatalities=9, day=date(2024, 3, 5))]),
]


def _by_batches(items, cuts):
    """Store articles batch by batch, re-resolving the countries each batch touched (as ingest does)."""
    from vigil.ingest.runner import resolve_countries

    store = Store.open(":memory:")
    bounds = [0, *sorted(set(cuts)), len(items)]
    for lo, hi in pairwise(bounds):
        touched = set()
        for text, published, reps in items[lo:hi]:
            store.add_article(article(text, published=published), reps)
            touched |= {r.location.country if r.location else None for r in reps}
        if touched:
            resolve_countries(store, sorted(touched, key=str))
    return sorted(
        (
            tuple(sorted((r["sha256"][:8], r["ordinal"]) for r in store.incident(i["id"])["reports"])),
            i["best"],
            i["location"],
        )
        for i in store.incidents()
    )


@settings(max_examples=30, deadline=None)
@given(st.permutations(ARTICLES), st.lists(st.integers(min_value=1, max_value=len(ARTICLES) - 1), max_size=4))
def test_any_order_in_any_batches_gives_the_same_incidents(order, cuts):
    assert _by_batches(order, cuts) == _by_batches(ARTICLES, [])


def test_the_link_bar_falls_with_group_size_but_not_below_the_floor():
    from vigil.resolve import incidents

    assert incidents.link_bar(1, 1) == incidents.LINK_THRESHOLD
    bars = [incidents.link_bar(1, n) for n in range(1, 200)]
    assert all(b >= c for b, c in pairwise(bars))
    assert bars[1] < bars[0] and min(bars) == incidents.LINK_FLOOR


def test_a_report_joins_an_agreeing_group_on_a_mean_two_single_reports_would_not_merge_on(monkeypatch):
    from vigil.resolve import incidents
    from vigil.resolve.match import Match

    _, reps = _stored([(f"Outlet {c} text", date(2024, 3, 4), [report()]) for c in "ABCDE"])
    a, b, c, d, e = (r.key for r in reps)
    middling = (incidents.LINK_THRESHOLD + incidents.link_bar(1, 2)) / 2  # below one pair's bar
    scores = {frozenset((a, b)): 0.0, frozenset((a, c)): middling, frozenset((b, c)): middling}
    scores[frozenset((d, e))] = middling

    def score_pair(x, y, idfs, threshold):
        s = scores.get(frozenset((x.key, y.key)), -10.0)
        return Match(a=x.key, b=y.key, score=s, reasons=())

    monkeypatch.setattr(incidents, "score_pair", score_pair)
    groups, _ = incidents.cluster(reps)
    assert sorted(sorted(r.key for r in g) for g in groups) == sorted([sorted([a, b, c]), [d], [e]])
