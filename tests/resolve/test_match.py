from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta

from tests.factories import FLA, GAO, KIDAL, MALI_ARMY, article, report

from vigil.resolve.incidents import MAX_SPAN_DAYS, cluster, resolve
from vigil.resolve.match import DATE_WINDOW_DAYS, candidate_pairs, features, idf, profile, score_pair, words
from vigil.store import Store
from vigil.taxonomy import SubEventType

CLASH_TEXT = "Fierce clashes between the army and rebels near Tessalit airport left several fighters dead."
ATTACK_TEXT = "The army and rebels clashed near Tessalit airport; several fighters died in the fierce attack."


def _stored(items):
    store = Store.open(":memory:")
    for text, published, reps in items:
        store.add_article(article(text, ident=text[:6], published=published), reps)
    return store.reports()


def _with_text(rep, text):
    from dataclasses import replace

    return replace(rep, sentences=(text,))


def test_words_fold_arabic_article_and_drop_stopwords():
    assert words("Clashes continue in al-Raqqah and the countryside of Deir Ezzor") == {
        "clashes",
        "raqqah",
        "countryside",
        "deir",
        "ezzor",
    }


def test_a_clash_and_an_attack_of_one_place_and_day_merge_but_name_the_types():
    """UCDP tells a clash with its shelling as one event: other types cost evidence, not a veto."""
    reps = _stored(
        [
            ("a", None, [_with_text(report(SubEventType.ARMED_CLASH, actor2=FLA), CLASH_TEXT)]),
            ("b", None, [_with_text(report(actor2=FLA), ATTACK_TEXT)]),
        ]
    )
    (row,) = resolve(reps)
    assert "Violence against civilians and Battles" in row.fields["explanation"]


def test_other_types_need_more_evidence_than_one_type():
    """Two days apart in one region: enough for one type, not across two types."""
    near = replace(KIDAL, name="near Kidal", latitude=18.6, longitude=1.5)  # ~30 km away
    one_type = _stored(
        [
            ("a", None, [_with_text(report(day=date(2024, 3, 1)), CLASH_TEXT)]),
            ("b", None, [_with_text(report(where=near), CLASH_TEXT)]),
        ]
    )
    two_types = _stored(
        [
            ("a", None, [_with_text(report(day=date(2024, 3, 1)), CLASH_TEXT)]),
            ("b", None, [_with_text(report(SubEventType.AIR_DRONE_STRIKE, where=near), CLASH_TEXT)]),
        ]
    )
    px, py = (profile(r) for r in one_type)
    qx, qy = (profile(r) for r in two_types)
    one = score_pair(px, py, idf([px, py]), threshold=-math.inf)
    two = score_pair(qx, qy, idf([qx, qy]), threshold=-math.inf)
    assert one is not None and two is not None and one.score > two.score


def test_headlines_share_names_and_figures():
    a, b = (
        profile(r)
        for r in _stored(
            [
                ("a", None, [_with_text(report(), "12 killed as drones strike Tessalit")]),
                ("b", None, [_with_text(report(), "Tessalit: 12 dead in a drone strike")]),
            ]
        )
    )
    assert "tessalit" in a.names & b.names and a.figures & b.figures == {"12"}
    m = score_pair(a, b, idf([a, b]), threshold=-math.inf)
    assert m is not None and any(r.startswith("same names") for r in m.reasons)
    assert any(r.startswith("same figures (12)") for r in m.reasons)


def test_explanation_names_articles_and_evidence():
    reps = _stored(
        [
            ("first article", date(2024, 3, 3), [_with_text(report(fatalities=5), CLASH_TEXT)]),
            ("second article", date(2024, 3, 4), [_with_text(report(fatalities=5), CLASH_TEXT)]),
        ]
    )
    (row,) = resolve(reps)
    why = row.fields["explanation"]
    assert "article first" in why and "article second" in why
    assert "same toll (5)" in why and "alike in wording" in why and "0 km apart" in why


def test_blocking_compares_only_reports_within_the_date_window():
    start = date(2024, 1, 1)
    reps = _stored([(f"art {i}", None, [report(day=start + timedelta(days=i))]) for i in range(30)])
    pairs = list(candidate_pairs([profile(r) for r in reps]))
    assert pairs and len(pairs) < 30 * 29 // 2
    assert all(abs((x.day - y.day).days) <= DATE_WINDOW_DAYS for x, y in pairs)


def test_an_incident_does_not_chain_across_more_than_the_span():
    start = date(2024, 1, 1)
    reps = _stored(
        [
            (f"day {i}", None, [_with_text(report(day=start + timedelta(days=i)), CLASH_TEXT)])
            for i in range(12)
        ]
    )
    groups, _ = cluster(reps)
    assert len(groups) > 1
    for g in groups:
        days = [r.report.event_date for r in g]
        assert (max(days) - min(days)).days <= MAX_SPAN_DAYS


def test_reports_of_other_countries_never_merge():
    from dataclasses import replace

    from tests.factories import KIDAL

    niger = replace(KIDAL, country="Niger")
    reps = _stored(
        [
            ("a", None, [_with_text(report(), CLASH_TEXT)]),
            ("b", None, [_with_text(report(where=niger, actor1=MALI_ARMY), CLASH_TEXT)]),
        ]
    )
    assert len(resolve(reps)) == 2


def test_reports_placed_only_at_the_country_are_no_place_evidence():
    """A country-level place carries the capital's point: two of them are not "0 km apart"."""
    mali = replace(KIDAL, name="Mali", admin1="", geo_precision=3)
    a, b = (
        profile(r)
        for r in _stored(
            [
                ("a", None, [_with_text(report(where=mali), "Fighting reported in the north")]),
                ("b", None, [_with_text(report(where=mali), "Shelling hits villages in the centre")]),
            ]
        )
    )
    found = features(a, b, idf([a, b]))
    assert found is not None
    f, reasons = found
    assert not {"same_place", "near", "same_admin1"} & set(f)
    assert not any("km apart" in r for r in reasons)
    assert f["unplaced"] == 1.0  # nothing tells one local event from another
    town = replace(mali, name="Kidal", admin1="Kidal", geo_precision=1)
    c, d = (profile(replace(r, report=replace(r.report, location=town))) for r in (a.stored, b.stored))
    placed = features(c, d, idf([c, d]))
    assert placed is not None and placed[0].get("same_place") == 1.0
    assert "unplaced" not in placed[0]


def test_far_places_are_a_veto_unless_a_headline_names_the_other_place():
    """A headline naming two places is coded at one: the other telling may be coded at the other."""
    kidal, gao = KIDAL, GAO  # ~350 km apart

    def pair(text_a: str, text_b: str):
        a, b = (
            profile(r)
            for r in _stored(
                [
                    ("a", None, [_with_text(report(where=kidal), text_a)]),
                    ("b", None, [_with_text(report(where=gao), text_b)]),
                ]
            )
        )
        return features(a, b, idf([a, b]))

    assert pair("Drones strike a market in Kidal", "Shelling hits Gao") is None
    found = pair("Drones strike Kidal and shells hit Gao", "Shelling hits Gao")
    assert found is not None
    f, reasons = found
    assert f.get("far") == 1.0 and not {"same_place", "near"} & set(f)
    assert any("names the other's place" in r for r in reasons)


def test_dates_in_headlines_are_not_shared_figures():
    """Two issues of a dated bulletin share the year and month, not a figure the reports tell."""
    a, b = (
        profile(r)
        for r in _stored(
            [
                ("a", None, [_with_text(report(), "Daily Report 06/02/2016: 12 killed on May 4th")]),
                ("b", None, [_with_text(report(), "Daily Report 07/02/2016: 3 killed on May 5th 2016")]),
            ]
        )
    )
    assert {a.figures, b.figures} == {frozenset({"12"}), frozenset({"3"})}
    found = features(a, b, idf([a, b]))
    assert found is not None and "numbers" not in found[0]
