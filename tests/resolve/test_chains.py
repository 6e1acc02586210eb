from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.factories import CIVILIANS_MALI, FLA, GAO, MALI_ARMY, WAGNER, article, report

from vigil.resolve.incidents import resolve
from vigil.store import Store
from vigil.taxonomy import SubEventType

CLASH = replace(
    report(SubEventType.ARMED_CLASH, actor1=FLA, actor2=MALI_ARMY, day=date(2024, 3, 1)),
    sentences=("Rebels of the Azawad Liberation Front clashed with the army near Kidal.",),
)
REVENGE = replace(
    report(actor1=MALI_ARMY, actor2=CIVILIANS_MALI, day=date(2024, 3, 3)),
    assoc_actor2=(FLA,),
    sentences=("Soldiers killed villagers near Kidal in retaliation for the clashes with the rebels.",),
)


def _rows(*reports):
    store = Store.open(":memory:")
    for n, rep in enumerate(reports):
        store.add_article(article(f"article {n}", ident=f"a{n}"), [rep])
    return resolve(store.reports())


def test_a_retaliation_follows_the_earlier_nearby_clash_of_the_same_actors():
    rows = _rows(CLASH, REVENGE)
    clash = next(r for r in rows if r.fields["event_type"] == "Battles")
    attack = next(r for r in rows if r.fields["event_type"] == "Violence against civilians")
    ((target, evidence),) = attack.follows
    assert target == clash.key
    assert "retaliation" in evidence and "Azawad Liberation Front" in evidence and "2 day(s)" in evidence
    assert clash.follows == ()


def test_no_link_without_shared_actors_nearby_or_within_days():
    strangers = replace(REVENGE, actor1=WAGNER, assoc_actor2=())
    far = replace(REVENGE, location=GAO)
    late = replace(REVENGE, event_date=date(2024, 3, 20))
    for later in (strangers, far, late):
        assert all(r.follows == () for r in _rows(CLASH, later))
