"""Rules for military communiques ("neutralised 15 terrorists") and missile strikes."""

from __future__ import annotations

import pytest

from vigil.extract.classify import TrainConfig
from vigil.extract.event_rules import rule_named
from vigil.taxonomy import SubEventType

RULES = ("fighters_killed_air", "fighters_killed", "missile_not_attack")


def _fires(name: str, text: str) -> bool:
    return rule_named(name).fires(text)


def test_the_rules_are_shipped_as_precedences() -> None:
    assert set(RULES) <= set(TrainConfig().rules)
    for name in RULES:
        assert rule_named(name).only_from and not rule_named(name).when_none
    assert SubEventType.ATTACK not in rule_named("fighters_killed").only_from


@pytest.mark.parametrize(
    "text",
    [
        "Troops neutralised 9 terrorists during a sweep and seized motorbikes, the general staff said.",
        "The ministry said 6 insurgents were killed and two rifles recovered near the river.",
        "Soldiers shot dead four armed bandits at a checkpoint, police said.",
    ],
)
def test_fighters_killed_on_the_ground_are_a_clash(text: str) -> None:
    assert _fires("fighters_killed", text)
    assert not _fires("fighters_killed_air", text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 8 militants were neutralised in air operations in the mountains.",
        "An airstrike killed 5 jihadists at a camp, the army said.",
    ],
)
def test_fighters_killed_from_the_air_are_a_strike(text: str) -> None:
    assert _fires("fighters_killed_air", text)
    assert not _fires("fighters_killed", text)


@pytest.mark.parametrize(
    "text",
    ["Troops seized 12 rifles and ammunition in a raid.", "The rebels said they killed nobody."],
)
def test_no_fighters_killed_no_rule(text: str) -> None:
    assert not _fires("fighters_killed", text)
    assert not _fires("fighters_killed_air", text)


def test_a_missile_attack_on_civilians_is_shelling() -> None:
    assert _fires("missile_not_attack", "A missile attack on a port city killed three dock workers.")
    assert _fires("missile_not_attack", "Rebels shelled a village, killing 2 farmers.")
    assert not _fires("missile_not_attack", "Gunmen fired rocket-propelled grenades at a bus.")
    assert not _fires("missile_not_attack", "A drone fired a missile at a car, killing its driver.")
    assert not _fires("missile_not_attack", "Gunmen killed 4 villagers in a night raid.")
    # the weapon named in passing did not strike
    assert not _fires("missile_not_attack", "Gunmen with rocket launchers killed 10 villagers.")
    assert not _fires(
        "missile_not_attack", "Gunmen killed 2 aid workers; the UN called for an end to rocket fire."
    )
    assert not _fires("missile_not_attack", "A former artillery officer was shot dead in his shop.")


def test_fighters_who_killed_are_not_fighters_killed() -> None:
    assert not _fires("fighters_killed", "The state mourned 20 soldiers killed by jihadists last week.")
