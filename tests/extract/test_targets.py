"""Whom an attack targets: armed forces only (a battle) or unarmed people (violence against civilians)."""

from __future__ import annotations

from typing import Any

import pytest

from vigil.extract.roles import targets_armed_only


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
