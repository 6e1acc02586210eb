"""Actors in wire copy, round 7: a state's strike or raid named by its demonym, intelligence
services, armed men tied to a community, fighters a named group leads, foreigners named by their
nationality, and armed groups of the big theatres the registry lacked.

Sentences written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.sides_check import sides_test

from vigil.extract.actors import ActorRegistry
from vigil.taxonomy import ActorType, SubEventType

WHEN = date(2024, 9, 12)


def names(registry: ActorRegistry, text: str, country: str) -> list[str]:
    return [m.actor.name for m in registry.find(text, country=country, when=WHEN)]


FOUND = [
    pytest.param(
        "A Turkish strike hit a car near Kobani on Friday.",
        "Syria",
        "Military Forces of Turkey…",
        ActorType.EXTERNAL_FORCES,
        id="a foreign state's strike abroad",
    ),
    pytest.param(
        "Pakistan's raids on hideouts in Khyber left nine dead.",
        "Pakistan",
        "Military Forces of Pakistan…",
        ActorType.STATE_FORCES,
        id="a state's raid at home, possessive",
    ),
    pytest.param(
        "Officers of the national intelligence agency detained a blogger at dawn.",
        "Rwanda",
        "Police Forces of Rwanda…",
        ActorType.STATE_FORCES,
        id="an intelligence agency is a state force",
    ),
    pytest.param(
        "Armed youths from the Murle community stole cattle near Pibor.",
        "South Sudan",
        "Murle Ethnic Militia (South Sudan)",
        ActorType.IDENTITY_MILITIA,
        id="armed youths of a named community",
    ),
    pytest.param(
        "Gunmen from the Turkana community ambushed herders near Kapedo.",
        "Kenya",
        "Turkana Ethnic Militia (Kenya)",
        ActorType.IDENTITY_MILITIA,
        id="gunmen of a named community",
    ),
    pytest.param(
        "Rebels led by the Coalition of Patriots for Change overran a gendarmerie post.",
        "Central African Republic",
        "CPC: Coalition of Patriots for Change",
        ActorType.REBEL_GROUP,
        id="fighters led by a named group",
    ),
    pytest.param(
        "Militants, led by Hurras al-Din, shelled a village in Idlib.",
        "Syria",
        "Hurras al Din",
        ActorType.REBEL_GROUP,
        id="unnamed militants led by a named group",
    ),
    pytest.param(
        "Nepalese workers were wounded when a rocket hit a farm.",
        "Israel",
        "Civilians (Nepal)",
        ActorType.CIVILIANS,
        id="foreign workers are their own country's civilians",
    ),
    pytest.param(
        "A Turkish national was abducted from a construction site near Kano.",
        "Nigeria",
        "Civilians (Turkey)",
        ActorType.CIVILIANS,
        id="one foreign national",
    ),
    pytest.param(
        "Pyu Saw Htee members burned a monastery in Magway.",
        "Myanmar",
        "Pyu Saw Htee",
        ActorType.POLITICAL_MILITIA,
        id="a pro-junta militia",
    ),
    pytest.param(
        "Jaish al-Adl fighters stormed a border post in Saravan.",
        "Iran",
        "Jaish al Adl",
        ActorType.REBEL_GROUP,
        id="Baluch insurgents in Iran",
    ),
    pytest.param(
        "Revolutionary Guards killed four militants in a raid near Zahedan.",
        "Iran",
        "Military Forces of Iran…Islamic Revolutionary Guard Corps",
        ActorType.STATE_FORCES,
        id="Iran's guards are a unit of its army",
    ),
    pytest.param(
        "The United Wa State Army took over a town near the border.",
        "Myanmar",
        "UWSA: United Wa State Army",
        ActorType.REBEL_GROUP,
        id="a Shan state army",
    ),
]


@pytest.mark.parametrize(("text", "country", "expected", "inter"), FOUND)
def test_actor_found(
    registry: ActorRegistry, text: str, country: str, expected: str, inter: ActorType
) -> None:
    found = [m.actor for m in registry.find(text, country=country, when=WHEN)]
    head, _, tail = expected.partition("…")
    hits = [a for a in found if a.name.startswith(head) and a.name.endswith(tail)]
    assert hits, [a.name for a in found]
    assert hits[0].type is inter


@pytest.mark.parametrize(
    ("text", "country"),
    [
        pytest.param(
            "Youths from the Luo community marched to the county offices.",
            "Kenya",
            id="unarmed youths of a community are no militia",
        ),
        pytest.param(
            "Herders from the Nuer community lost 300 cattle to raiders.",
            "South Sudan",
            id="herders of a community are not its militia unless armed",
        ),
    ],
)
def test_no_armed_side_read(registry: ActorRegistry, text: str, country: str) -> None:
    first = registry.find(text, country=country, when=WHEN)[0]
    assert first.start == 0 and first.actor.type not in (
        ActorType.STATE_FORCES,
        ActorType.IDENTITY_MILITIA,
    ), first


@pytest.mark.parametrize(
    "text",
    [
        "Malian National Guard troops escorted the convoy.",
        "A Nigerian national police unit arrived.",
        "The Malian national team's bus was stoned.",
    ],
)
def test_a_national_force_is_no_foreign_national(registry: ActorRegistry, text: str) -> None:
    assert not any(n.startswith("Civilians") for n in names(registry, text, "Mali")), names(
        registry, text, "Mali"
    )


def test_a_strike_needs_the_demonym(registry: ActorRegistry) -> None:
    assert not any(n.startswith("Military") for n in names(registry, "The strike hit a depot.", "Syria"))


SIDES = [
    pytest.param(
        "An Egyptian strike destroyed a truck carrying weapons near the border on Sunday, killing three "
        "smugglers.",
        SubEventType.AIR_DRONE_STRIKE,
        "Libya",
        "Military Forces of Egypt…",
        None,
        id="a foreign state's strike is that state's",
    ),
    pytest.param(
        "Armed herders from the Misseriya community attacked a village on Monday, killing four farmers.",
        SubEventType.ATTACK,
        "Sudan",
        "Misseriya Ethnic Militia (Sudan)",
        "Civilians (Sudan)",
        id="armed herders of a community attack as its militia",
    ),
    pytest.param(
        "Fighters led by the Kachin Independence Army seized an army base on Tuesday.",
        SubEventType.NON_STATE_OVERTAKES_TERRITORY,
        "Myanmar",
        "KIA: Kachin Independence Army",
        "Military Forces of Myanmar…",
        id="fighters led by a named group take a base",
    ),
]

test_sides = sides_test(SIDES, WHEN)
