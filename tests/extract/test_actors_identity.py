"""Sides named by affiliation rather than by name: joint operations, partisans, clan and community militias."""

from __future__ import annotations

from datetime import date

from vigil.extract.actors import ActorRegistry
from vigil.taxonomy import ActorType

WHEN = date(2020, 5, 4)


def found(registry: ActorRegistry, text: str, country: str | None) -> list[tuple[str, ActorType]]:
    return [(m.actor.name, m.actor.type) for m in registry.find(text, country=country, when=WHEN)]


def test_forces_operating_under_an_operation_are_the_operation(registry: ActorRegistry) -> None:
    text = "Turkish troops and allied factions, operating under OPS, shelled a farm east of the river."
    assert found(registry, text, "Syria") == [("Operation Peace Spring", ActorType.REBEL_GROUP)]


def test_under_alone_does_not_merge_into_an_ordinary_group(registry: ActorRegistry) -> None:
    names = [n for n, _ in found(registry, "Soldiers patrolled villages under JNIM control.", "Mali")]
    assert names[0].startswith("Military Forces of Mali")
    assert "JNIM: Group for Support of Islam and Muslims" in names


def test_partisans_of_a_group_are_the_group(registry: ActorRegistry) -> None:
    text = "Overnight, pro-Houthi reinforcements arrived in the district."
    assert found(registry, text, "Yemen")[0][0] == (
        "Military Forces of Yemen (2016-) Supreme Political Council"
    )


def test_partisans_of_a_state_are_not_its_army(registry: ActorRegistry) -> None:
    names = [n for n, _ in found(registry, "pro-Turkey factions entered the town.", "Syria")]
    assert not any(n.startswith("Military Forces of Turkey") for n in names)


def test_militia_from_a_community_is_an_identity_militia(registry: ActorRegistry) -> None:
    text = "Militias from Obodo and Ezza clashed over farmland."
    assert found(registry, text, "Nigeria") == [
        ("Unidentified Communal Militia (Nigeria)", ActorType.IDENTITY_MILITIA)
    ]


def test_militia_from_a_clan_is_a_clan_militia(registry: ActorRegistry) -> None:
    text = "Militiamen from the Reer Nuur sub-clan shot a herder."
    assert found(registry, text, "Somalia")[0] == (
        "Unidentified Clan Militia (Somalia)",
        ActorType.IDENTITY_MILITIA,
    )


def test_tribesmen_are_a_tribal_militia(registry: ActorRegistry) -> None:
    assert found(registry, "Armed tribesmen blocked the road.", "Yemen")[0] == (
        "Unidentified Tribal Militia (Yemen)",
        ActorType.IDENTITY_MILITIA,
    )
    assert found(registry, "Tribesmen blocked the road.", None)[0] == (
        "Unidentified Tribal Militia",
        ActorType.IDENTITY_MILITIA,
    )


def test_plain_militiamen_stay_an_armed_group(registry: ActorRegistry) -> None:
    assert found(registry, "Militiamen attacked a checkpoint.", "Somalia")[0] == (
        "Unidentified Armed Group (Somalia)",
        ActorType.POLITICAL_MILITIA,
    )


def test_unattributed_islamist_militants_take_acled_s_country_name(registry: ActorRegistry) -> None:
    text = "Islamic militants attacked a fishing village overnight."
    assert found(registry, text, "Mozambique")[0][0] == "Islamist Militia (Mozambique)"
    # only where ACLED has such a name: elsewhere they stay an unidentified armed group
    assert found(registry, text, "Niger")[0][0] == "Unidentified Armed Group (Niger)"
