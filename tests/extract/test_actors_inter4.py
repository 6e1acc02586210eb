"""Actor types in wire copy, round 4: hired guards are external/other forces (inter 8), a herding
people's bandits and raiders are that people's ethnic militia (inter 4), rebel groups of theatres the
registry missed, and an ally named after "alongside the" is no opponent.

Sentences written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.extract.sides_check import sides_test
from tests.extract.test_roles_wire import WHEN

from vigil.extract.actors import ActorRegistry
from vigil.taxonomy import ActorType, SubEventType

if TYPE_CHECKING:
    pass


FOUND = [
    pytest.param(
        "Security guards at a gold mine fired on a crowd of diggers.",
        "Ghana",
        "Private Security Forces (Ghana)",
        ActorType.EXTERNAL_FORCES,
        id="hired guards are other forces",
    ),
    pytest.param(
        "A guard employed by a private security company was wounded in the robbery.",
        "Kenya",
        "Private Security Forces (Kenya)",
        ActorType.EXTERNAL_FORCES,
        id="a private security company",
    ),
    pytest.param(
        "Turkana bandits drove off hundreds of goats from a settlement near Lodwar.",
        "Kenya",
        "Turkana Ethnic Militia (Kenya)",
        ActorType.IDENTITY_MILITIA,
        id="a people's bandits are its ethnic militia",
    ),
    pytest.param(
        "Armed Pokot cattle rustlers crossed into the valley at dawn.",
        "Kenya",
        "Pokot Ethnic Militia (Kenya)",
        ActorType.IDENTITY_MILITIA,
        id="a people's rustlers are its ethnic militia",
    ),
    pytest.param(
        "The MFDC has been fighting for the independence of the region since 1982.",
        "Senegal",
        "MFDC: Movement of Democratic Forces of Casamance",
        ActorType.REBEL_GROUP,
        id="the Casamance rebels",
    ),
    pytest.param(
        "Fighters of the 3R group seized a checkpoint on the road to Cameroon.",
        "Central African Republic",
        "3R: Return, Reclamation, Rehabilitation",
        ActorType.REBEL_GROUP,
        id="a Central African rebel group",
    ),
    pytest.param(
        "Papuan separatist rebels burned down a school in the highlands.",
        "Indonesia",
        "TPNPB: West Papua National Liberation Army",
        ActorType.REBEL_GROUP,
        id="Papuan separatists are the TPNPB",
    ),
]


@pytest.mark.parametrize(("text", "country", "expected", "inter"), FOUND)
def test_actor_and_type_found(
    registry: ActorRegistry, text: str, country: str, expected: str, inter: ActorType
) -> None:
    found = {m.actor.name: m.actor.type for m in registry.find(text, country=country, when=WHEN)}
    assert found.get(expected) is inter, found


def test_bandits_alone_stay_unidentified(registry: ActorRegistry) -> None:
    text = "Bandits blocked the highway and robbed travellers."
    names = [m.actor.name for m in registry.find(text, country="Kenya", when=WHEN)]
    assert "Unidentified Armed Group (Kenya)" in names, names


def test_separatists_elsewhere_are_not_papuan(registry: ActorRegistry) -> None:
    text = "Papuan separatist rebels burned down a school in the highlands."
    names = [m.actor.name for m in registry.find(text, country="Senegal", when=WHEN)]
    assert not any(n.startswith("TPNPB") for n in names), names


SIDES = [
    pytest.param(
        "Ugandan troops fighting alongside the Congolese army clashed with ADF rebels near Beni.",
        SubEventType.ARMED_CLASH,
        "Democratic Republic of Congo",
        None,
        "ADF: Allied Democratic Forces",
        id="an ally after 'alongside the' is no opponent",
    ),
    pytest.param(
        "Private security guards shot dead two men trying to break into a warehouse in Mombasa.",
        SubEventType.ATTACK,
        "Kenya",
        "Private Security Forces (Kenya)",
        "Civilians (Kenya)",
        id="guards who shoot are the attacker",
    ),
]


test_sides = sides_test(SIDES, WHEN)


def test_police_sent_abroad_are_external(registry: ActorRegistry) -> None:
    text = "Australian police officers patrolled the market in Honiara."
    found = {m.actor.name: m.actor.type for m in registry.find(text, country="Solomon Islands", when=WHEN)}
    assert found.get("Police Forces of Australia (2022-)") is ActorType.EXTERNAL_FORCES, found
