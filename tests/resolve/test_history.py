from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.factories import article, killed, report

from vigil.domain import content_hash
from vigil.ingest.runner import resolve_countries
from vigil.resolve.incidents import resolve_store
from vigil.serve.text import incident_text
from vigil.store import Store
from vigil.store.history import changes

TEXT = "Gunmen killed villagers near Kidal market on Sunday."


def _add(store, ident, published, rep):
    store.add_article(article(f"{ident}: {TEXT}", ident=ident, published=published), [rep])
    resolve_countries(store, ["Mali"])


def _only(store):
    (row,) = store.incidents()
    return row


def test_a_rising_toll_is_recorded_with_the_report_that_raised_it():
    store = Store.open(":memory:")
    _add(
        store,
        "first",
        date(2024, 3, 3),
        replace(report(fatalities=20, claims=(killed(20),)), sentences=(TEXT,)),
    )
    before = _only(store)
    _add(
        store,
        "later",
        date(2024, 3, 4),
        replace(report(fatalities=24, claims=(killed(24),)), sentences=(TEXT,)),
    )
    after = _only(store)
    assert after["id"] == before["id"] and after["best"] == 24
    rows = store.history(after["key"])
    best = [h for h in rows if h["field"] == "best"]
    assert best == [
        {
            "field": "best",
            "old": "20",
            "new": "24",
            "changed_at": best[0]["changed_at"],
            "report_key": best[0]["report_key"],
            "article_ref": "later",
            "reported": "2024-03-04",
        }
    ]
    resolve_store(store)  # re-resolving what is already resolved changes nothing
    assert store.history(after["key"]) == rows
    shown = store.incident(after["id"]) | {"history": rows}
    assert "History:" in incident_text(shown) and "best: 20 → 24 from article later" in incident_text(shown)


def test_history_and_id_follow_the_incident_when_its_key_changes():
    store = Store.open(":memory:")
    texts = [f"{n}: {TEXT}" for n in range(40)]
    hi, lo = max(texts, key=content_hash), min(texts, key=content_hash)  # lo's key sorts first
    store.add_article(article(hi, ident="hi"), [replace(report(fatalities=3), sentences=(TEXT,))])
    resolve_countries(store, ["Mali"])
    first = _only(store)
    store.add_article(article(lo, ident="lo"), [replace(report(fatalities=9), sentences=(TEXT,))])
    resolve_countries(store, ["Mali"])
    grown = _only(store)
    assert grown["key"] != first["key"] and grown["id"] == first["id"]
    assert any(h["field"] == "best" for h in store.history(grown["key"]))


def test_changes_compares_tracked_fields_as_text():
    assert changes({"best": 5, "actor2": None}, {"best": 5, "actor2": ""}) == []
    assert changes({"location": "Kidal"}, {"location": "Gao"}) == [("location", "Kidal", "Gao")]
