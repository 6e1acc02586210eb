"""Communal and identity violence, round 5: two peoples sharing one head noun are two militias, a
crowd that attacks is a communal militia (rioters only riot), a community striking back is an
Attack, a gloss names unnamed gunmen's community, and two localities that fight are two militias.

Sentences written for these tests, in the style of ACLED notes and of wire copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.extract.sides_check import read_roles, sides_test
from tests.extract.test_roles_wire import WHEN

from vigil.extract.actors import ActorRegistry
from vigil.extract.communal import communal_reprisal, paired_identities
from vigil.extract.sides import recode
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

A, M, C = SubEventType.ATTACK, SubEventType.MOB_VIOLENCE, SubEventType.ARMED_CLASH

SIDES = [
    # "<A> and <B> militias": both peoples are sides, the first named first
    pytest.param(
        "Pokot and Turkana warriors clashed near a watering point, leaving four men dead.",
        C, "Kenya", "Pokot Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)",
        id="two peoples share the head noun",
    ),
    pytest.param(
        "Fighting broke out between Nuer and Dinka youths at a cattle camp on Friday.",
        C, "South Sudan", "Nuer Ethnic Militia (South Sudan)", "Dinka Ethnic Militia (South Sudan)",
        id="between A and B youths",
    ),
    # a crowd that carries out an attack is a communal militia, named after its locality
    pytest.param(
        "Youths from Kagoro stormed a herders' settlement at night and burned twenty huts.",
        A, "Nigeria", "Kagoro Communal Militia (Nigeria)", "Civilians (Nigeria)",
        id="attacking youths are a communal militia",
    ),
    pytest.param(
        "Angry youths attacked a hamlet of cattle keepers and set their granaries ablaze.",
        A, "Ghana", "Unidentified Communal Militia (Ghana)", "Civilians (Ghana)",
        id="no rioters in an attack",
    ),
    # a gloss gives unnamed gunmen their community
    pytest.param(
        "Gunmen believed to be Fulani herdsmen shot dead a village head on his farm.",
        A, "Nigeria", "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)",
        id="gunmen glossed as a people",
    ),
    pytest.param(
        "Unknown gunmen (possibly farmers) killed a cattle owner near the river.",
        A, "Chad", "Unidentified Communal Militia (Chad)", "Civilians (Chad)",
        id="gunmen glossed as farmers",
    ),
    pytest.param(
        "Gunmen killed two traders on the road to the market.",
        A, "Chad", "Unidentified Armed Group (Chad)", "Civilians (Chad)",
        id="no gloss, no community",
    ),
    # two localities, or two unnamed peoples, in one fight
    pytest.param(
        "Villagers of Kalangala and Bukasa fought with machetes over a fishing ground.",
        C, "Uganda", "Kalangala Communal Militia (Uganda)", "Bukasa Communal Militia (Uganda)",
        id="two localities fight",
    ),
    pytest.param(
        "Clashes between pastoralists and farmers near the river left three people dead.",
        C, "Chad", "Unidentified Ethnic Militia (Chad)", "Unidentified Communal Militia (Chad)",
        id="herders and farmers are two militias",
    ),
    pytest.param(
        "Two rival tribes fought with bows and rifles over a garden boundary.",
        C, "Papua New Guinea", "Unidentified Tribal Militia (Papua New Guinea)",
        "Unidentified Tribal Militia (Papua New Guinea)",
        id="rival tribes are tribal militias",
    ),
]  # fmt: skip

test_communal_sides = sides_test(SIDES, WHEN)


@pytest.mark.parametrize(
    ("text", "sub", "expected"),
    [
        pytest.param(
            "Villagers burned a Fulani camp in reprisal for the killing of a farmer the day before.",
            M,
            A,
            id="a community strikes back: attack",
        ),
        pytest.param(
            "Residents killed two herders in retaliation for the death of a boy.",
            A,
            A,
            id="retaliation stays an attack",
        ),
        pytest.param(
            "Villagers beat a suspected thief to death in retaliation for a string of burglaries.",
            A,
            M,
            id="punishing a thief is a mob's",
        ),
        pytest.param(
            "Residents stoned police officers in retaliation for the arrest of a trader.",
            M,
            M,
            id="striking back at the police is a mob's",
        ),
    ],
)
def test_reprisal_line_between_attack_and_mob(
    registry: ActorRegistry, nlp: Language, text: str, sub: SubEventType, expected: SubEventType
) -> None:
    assert recode(sub, text, registry.find(text, country="Benin"), nlp(text)) is expected


def test_communal_reprisal_needs_a_community_and_no_wrongdoer() -> None:
    assert communal_reprisal("Farmers attacked a camp in reprisal for a killing.")
    assert not communal_reprisal("Party activists attacked rivals in retaliation for a killing.")
    assert not communal_reprisal("Farmers attacked a camp after a dispute.")


def test_paired_identities_adds_only_the_name_before_the_head(registry: ActorRegistry) -> None:
    text = "Borana and Gabra militias clashed at a well."
    found = paired_identities(text, registry.find(text, country="Kenya"), registry, "Kenya")
    assert [m.actor.name for m in found] == ["Borana Ethnic Militia (Kenya)", "Gabra Ethnic Militia (Kenya)"]
    # a place before "and" is no people
    text = "In Marsabit and Moyale, Gabra militias raided two villages."
    names = [
        m.actor.name for m in paired_identities(text, registry.find(text, country="Kenya"), registry, "Kenya")
    ]
    assert names == ["Gabra Ethnic Militia (Kenya)"]


def test_attack_by_a_crowd_has_no_rioters(registry: ActorRegistry, nlp: Language) -> None:
    text = "A mob from Tanda attacked a Fulani hamlet and killed three people."
    roles = read_roles(registry, nlp, text, A, "Ivory Coast", WHEN)
    assert roles.actor1 is not None and roles.actor1.name == "Tanda Communal Militia (Ivory Coast)"
