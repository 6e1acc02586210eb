"""The seed article, read from ../shared (never copied into the repo), coded end to end."""

from __future__ import annotations

import pytest

from vigil.ingest.runner import ingest
from vigil.store import IncidentFilter, Store


@pytest.fixture(scope="module")
def seed_incidents(shared, coder, tmp_path_factory):
    db = tmp_path_factory.mktemp("seed") / "seed.db"
    with Store.open(db) as store:
        summary = ingest([str(shared / "seed" / "article.txt")], store=store, coder=coder)
        again = ingest([str(shared / "seed" / "article.txt")], store=store, coder=coder)
        return summary, again, store.incidents(IncidentFilter()), store.integrity_check()


def test_attack_on_the_convoy(seed_incidents):
    _, _, rows, _ = seed_incidents
    attacks = [r for r in rows if r["event_type"] == "Violence against civilians"]
    assert len(attacks) == 1
    attack = attacks[0]
    assert attack["sub_event_type"] == "Attack"
    assert attack["fatalities"] == 24
    actors = " ".join(str(attack[k]) for k in ("actor1", "assoc_actor_1"))
    assert "Wagner Group" in actors and "Military Forces of Mali" in actors
    assert attack["actor2"] == "Civilians (Mali)"
    assert attack["country"] == "Mali"
    assert attack["women_children"]
    assert any(c["stance"] == "denied" for c in attack["claims"])


def test_clash_with_the_front_and_the_link(seed_incidents):
    _, _, rows, _ = seed_incidents
    (clash,) = [r for r in rows if r["event_type"] == "Battles"]
    assert "Azawad Liberation Front" in (clash["actor1"], clash["actor2"])
    assert clash["fatalities"] == 14
    attack = next(r for r in rows if r["event_type"] == "Violence against civilians")
    assert [f["id"] for f in attack["follows"]] == [clash["id"]]


def test_exactly_two_incidents_and_idempotent(seed_incidents):
    _first, again, rows, integrity = seed_incidents
    assert len(rows) == 2
    assert again.new == 0 and again.duplicate == 1
    assert integrity == "ok"
