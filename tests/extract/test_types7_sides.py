"""A raid on a settlement that nobody defends is an attack on civilians, not a battle (CODEBOOK:
the target's type decides); one where defenders fight or fall stays a battle."""

from __future__ import annotations

import pytest

from vigil.extract import sides, targets
from vigil.taxonomy import SubEventType as S


@pytest.mark.parametrize(
    "text",
    [
        "Armed men on motorbikes raided the village of Kora overnight, looting granaries and torching huts.",
        "Suspected insurgents made an incursion into the town of Bela and set fire to the health centre.",
        "Gunmen attacked a herders' camp near the river before dawn and drove off some 200 cattle.",
    ],
)
def test_undefended_raid_read_as_a_clash_is_an_attack(text: str) -> None:
    assert targets.raid_undefended(text)
    assert sides.recode(S.ARMED_CLASH, text, []) is S.ATTACK


@pytest.mark.parametrize(
    "text",
    [
        # defenders told: the fight stands
        "Militants attacked the village of Tamo; soldiers posted there pushed them back after an hour.",
        "Gunmen raided the village of Sira and local vigilantes killed three of the attackers.",
        "Insurgents attacked a village and clashed with the local militia for two hours.",
        # the armed harmed: a battle
        "Rebels stormed into the town and killed four policemen at their post.",
    ],
)
def test_defended_raid_stays_a_battle(text: str) -> None:
    assert sides.recode(S.ARMED_CLASH, text, []) is S.ARMED_CLASH


def test_a_chiefs_house_is_no_settlement() -> None:
    assert not targets.raid_undefended("Gunmen attacked the village chief's house and took his car.")
