"""Which side goes where, and whether there is a second side: two groups that fight each other,
a vehicle that met a bomb, bombs among people, property a force owns, and claims of a kill.

Sentences written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from tests.extract.sides_check import NOBODY, sides_test

from vigil.extract.actors import ActorRegistry
from vigil.extract.agency import score_mentions
from vigil.extract.listed_sides import clashes_next
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

WHEN = date(2024, 6, 10)

SIDES = [
    pytest.param("JNIM and Islamic State Sahel militants reportedly clashed near Menaka on Friday, leaving "
                 "dozens dead.", SubEventType.ARMED_CLASH, "Mali", "JNIM…", "Islamic State…",
                 id="two groups listed before a bare clash verb are opponents"),
    pytest.param("Malian soldiers and Wagner fighters clashed with JNIM militants near Boni on Monday.",
                 SubEventType.ARMED_CLASH, "Mali", "Military Forces of Mali…", "JNIM…",
                 id="two listed before a clash with a third side are one side"),
    pytest.param("Al Shabaab fighters fought among themselves near Jilib on Tuesday over the spoils of a raid.",
                 SubEventType.ARMED_CLASH, "Somalia", "Al Shabaab", "Al Shabaab",
                 id="a group that fights among itself is both sides"),
    pytest.param("An army truck struck a landmine laid by JNIM militants near Djenne on Sunday, wounding four "
                 "soldiers.", SubEventType.REMOTE_EXPLOSIVE, "Mali", "JNIM…", "Military Forces of Mali…",
                 id="the group that laid the mine is actor1, the truck that struck it actor2"),
    pytest.param("A police vehicle hit a roadside bomb in North Waziristan on Monday, wounding three officers.",
                 SubEventType.REMOTE_EXPLOSIVE, "Pakistan", "Unidentified Armed Group (Pakistan)",
                 "Police Forces of Pakistan…", id="a force whose vehicle hit a bomb did not plant it"),
    pytest.param("A homemade bomb went off near a bus station in the city on Friday, wounding six.",
                 SubEventType.REMOTE_EXPLOSIVE, "Nigeria", "Unidentified Armed Group (Nigeria)",
                 "Civilians (Nigeria)", id="a bomb with no armed target named fell among civilians"),
    pytest.param("Someone threw a grenade into a crowded bar late on Saturday, the mayor said.",
                 SubEventType.GRENADE, "Burundi", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)",
                 id="a grenade with no armed target named"),
    pytest.param("Artillery shells landed on the outskirts of the town overnight, officials said.",
                 SubEventType.SHELLING, "Ukraine", None, NOBODY,
                 id="shelling that names no target has no second side"),
    pytest.param("Unknown people burned ballot boxes at a polling centre in Kananga on Sunday.",
                 SubEventType.LOOTING, "Democratic Republic of Congo", "Unidentified Armed Group…",
                 "Civilians (Democratic Republic of Congo)", id="property destroyed by no one named is civilians'"),
    pytest.param("Al Shabaab militants torched a police station in Mandera county overnight.",
                 SubEventType.LOOTING, "Kenya", "Al Shabaab", "Police Forces of Kenya…",
                 id="a police station burned is the police's loss"),
    pytest.param("Angry youths set fire to a police station in the town after a motorcyclist died in custody.",
                 SubEventType.VIOLENT_DEMONSTRATION, "Nigeria", "Rioters (Nigeria)", NOBODY,
                 id="a burned police station is no police intervention"),
    pytest.param("Rioters hurled stones at police officers in the town, who fired tear gas to disperse them.",
                 SubEventType.VIOLENT_DEMONSTRATION, "Nigeria", "Rioters (Nigeria)", "Police Forces of Nigeria…",
                 id="police who face the crowd are its second side"),
    pytest.param("Suspected herders ambushed a patrol near the village, and ISWAP later claimed to have killed "
                 "eight soldiers there.", SubEventType.ARMED_CLASH, "Nigeria", "Islamic State (West Africa)",
                 "Military Forces of Nigeria…", id="a group that claims to have killed is actor1"),
    pytest.param("A Ukrainian army position near the front came under heavy mortar fire overnight, the "
                 "military said.", SubEventType.SHELLING, "Ukraine", "Unidentified Armed Group (Ukraine)",
                 "Military Forces of Ukraine…", id="a position that came under fire is hit, the speaker no attacker"),
    pytest.param("A Malawian peacekeeper died when his convoy came under fire near Beni on Friday, the UN "
                 "mission said.", SubEventType.ARMED_CLASH, "Democratic Republic of Congo",
                 "Unidentified Armed Group (Democratic Republic of Congo)", "MONUSCO: …",
                 id="a peacekeeper and his convoy both hit: the attacker is unnamed"),
    pytest.param("Four policemen were wounded in an ambush on the highway, police said.",
                 SubEventType.ARMED_CLASH, "Kenya", "Unidentified Armed Group (Kenya)", "Police Forces of Kenya…",
                 id="the force that reports its own losses is the target"),
]  # fmt: skip


test_roles8_sides = sides_test(SIDES, WHEN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A and B reportedly clashed in the hills", True),
        ("A and B (both armed) have clashed", True),
        ("A and B clashed with C near the river", False),
        ("A and B clashed with each other", True),
        ("A and B fighters crossed the river", False),
        ("A and B signed a truce", False),
    ],
)
def test_a_clash_verb_after_two_listed_sides(text: str, expected: bool) -> None:
    end = text.index("B") + 1
    if "(" in text:
        end = text.index(")") - 0
    assert clashes_next(text, end) is expected


def test_who_died_was_hit_unless_a_communal_side(registry: ActorRegistry, nlp: Language) -> None:
    soldier = "Two soldiers died when gunmen opened fire on their checkpoint."
    found = registry.find(soldier, country="Chad", when=WHEN)
    agency = {
        soldier[s.mention.start : s.mention.end]: s.agency
        for s in score_mentions(soldier, found, nlp(soldier))
    }
    assert agency["soldiers"] < 0
    feud = "Three Fulani herders died in fighting with farmers over grazing land."
    found = registry.find(feud, country="Nigeria", when=WHEN)
    fulani = [s for s in score_mentions(feud, found, nlp(feud)) if "Fulani" in s.mention.actor.name]
    assert fulani and all(s.agency >= 0 for s in fulani)
