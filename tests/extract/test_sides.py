"""Whom an attack targets: armed forces only (a battle) or unarmed people (violence against civilians)."""

from __future__ import annotations

from typing import Any

import pytest

from vigil.extract.sides import targets_armed_only


@pytest.mark.parametrize(
    ("text", "armed_only"),
    [
        ("Unidentified gunmen attacked the gendarmerie post in Toeni overnight.", True),
        ("Militants ambushed an army patrol near the border, wounding two soldiers.", True),
        ("Gunmen attacked villagers in the market and killed three farmers.", False),
        ("Soldiers executed two members of the Fulani community near the river.", False),
        ("Militants killed a teacher in front of his school.", False),
    ],
)
def test_an_attack_on_armed_forces_alone_is_told_apart(
    text: str, armed_only: bool, registry: Any, nlp: Any
) -> None:
    mentions = registry.find(text, country="Burkina Faso")
    assert targets_armed_only(text, mentions, nlp(text)) is armed_only


@pytest.mark.parametrize(
    ("text", "country", "organised"),
    [
        ("Members of the CJNG clashed with National Guard officers near the village.", "Mexico", True),
        ("A clash between the TCP (Pure Third Command) and CV (Red Command) took place.", "Brazil", True),
        ("Locals pelted stones and clashed with police in the market area.", "India", False),
        ("Residents attacked members of the Fulani community after a theft.", "Benin", False),
    ],
)
def test_organised_armed_sides_are_told_from_a_crowd(
    text: str, country: str, organised: bool, registry: Any, nlp: Any
) -> None:
    from vigil.extract.sides import organised_sides

    assert organised_sides(text, registry.find(text, country=country), nlp(text)) is organised
