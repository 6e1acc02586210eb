"""Review of settle(): a war's toll and a suspect's blame are background; flight beside a battle is the battle."""

from __future__ import annotations

from vigil.extract.strategic import displacement_only, harms_people


def test_a_wars_toll_and_a_suspects_blame_are_background() -> None:
    assert not harms_people(
        "Both sides signed a truce in Doha on Monday to end a war that has killed thousands."
    )
    assert not harms_people("Police in Kumasi arrested a man blamed for the deaths of 12 miners.")
    assert harms_people("Gunmen killed 12 miners near Kumasi on Monday.")


def test_flight_beside_a_battle_is_no_displacement_only() -> None:
    assert not displacement_only("Thousands fled Kibati as rebels and troops battled for the town on Monday.")
    assert displacement_only(
        "Thousands of families fled Kibati on Monday and camped at a school, aid groups said."
    )
