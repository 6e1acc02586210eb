"""Stones thrown and shots fired make a riot, not a battle or an attack; vigilantes' justice on a
suspect is mob violence (CODEBOOK "Riots": a crowd's violence, whatever the forces answer with);
the forces named before a "they" that fires on demonstrators are the shooters."""

from __future__ import annotations

import pytest

from vigil.extract import protests, sides, targets
from vigil.taxonomy import SubEventType as S


@pytest.mark.parametrize(
    ("text", "read", "want"),
    [
        # no demonstration told: a mob
        (
            "Gendarmes shot dead a young man as a group of boys pelted their truck with rocks near the market.",
            S.ATTACK,
            S.MOB_VIOLENCE,
        ),
        (
            "Villagers stoned a police post after a arrest; officers fired back and one villager died.",
            S.ARMED_CLASH,
            S.MOB_VIOLENCE,
        ),
        # a demonstration told: a violent demonstration
        (
            "Soldiers fired live bullets at stone-throwing marchers demanding water, wounding six.",
            S.EXCESSIVE_FORCE,
            S.VIOLENT_DEMONSTRATION,
        ),
        # read as a riot already: the forces' fire back is no battle
        (
            "Angry traders threw stones at the tax office and police fired back, killing one trader.",
            S.MOB_VIOLENCE,
            S.MOB_VIOLENCE,
        ),
    ],
)
def test_stones_and_shots_are_a_riot(text: str, read: S, want: S) -> None:
    assert targets.stones_met_with_fire(text)
    assert sides.recode(read, text, []) is want


@pytest.mark.parametrize(
    "text",
    [
        # armed men named: their fight stays a fight
        "Militants fired on soldiers who had been throwing stones at their positions, an officer said.",
        # stones but no shots
        "Youths threw stones at a bus carrying supporters of the governor.",
        # the victim stoned by others, in the passive
        "A woman was stoned by neighbours after a dispute; a relative shot one of them.",
    ],
)
def test_no_riot_without_a_stoning_crowd_meeting_fire(text: str) -> None:
    assert not targets.stones_met_with_fire(text)


def test_a_gunfight_without_stones_stays_a_battle() -> None:
    text = "Police and armed robbers exchanged fire on the highway, killing two robbers."
    assert sides.recode(S.ARMED_CLASH, text, []) is S.ARMED_CLASH


@pytest.mark.parametrize(
    "text",
    [
        "Members of a vigilante group beat an alleged goat thief to death in a hamlet north of the town.",
        "A self-defence committee tied up and flogged two suspected robbers, one of whom died.",
    ],
)
def test_vigilantes_punishing_a_suspect_are_a_mob(text: str) -> None:
    assert targets.vigilantes_punished_suspect(text)
    assert sides.recode(S.ATTACK, text, []) is S.MOB_VIOLENCE


@pytest.mark.parametrize(
    "text",
    [
        # vigilantes fighting armed men: left to the other checks
        "Vigilantes shot two suspected bandits who had attacked the village.",
        # no suspect: vigilantes harming people with no accusation
        "Vigilantes beat a trader who refused to pay a levy.",
    ],
)
def test_vigilantes_without_a_suspect_or_with_arms_are_left(text: str) -> None:
    assert not targets.vigilantes_punished_suspect(text)


def test_they_after_the_forces_fires_on_demonstrators() -> None:
    text = "Riot police killed four people on Monday when they opened fire on marchers in the capital."
    assert protests.force_on_protesters(text)
    assert protests.recode(S.ATTACK, text) is S.EXCESSIVE_FORCE


def test_they_with_no_forces_before_is_not_read_as_the_forces() -> None:
    text = "Police arrested two men. Later they opened fire on demonstrators at the square, witnesses said."
    assert not protests.force_on_protesters(text)


def test_forces_firing_on_a_march_is_excessive_force() -> None:
    text = "Four people were shot dead when gendarmes opened fire on a march by striking dockers."
    assert protests.force_on_protesters(text)
    assert protests.recode(S.ATTACK, text) is S.EXCESSIVE_FORCE


def test_others_firing_on_a_rally_stay_an_attack() -> None:
    text = "Two men died when a group of strangers opened fire at a party rally. Police are investigating."
    assert not protests.fired_on_protesters(text)
    assert protests.recode(S.ATTACK, text) is S.ATTACK
