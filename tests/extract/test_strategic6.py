"""Strategic developments the model misses, and accidents or old footage that are no event."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract import cues
from vigil.extract.nonevents import old_footage
from vigil.extract.relevance import is_relevant
from vigil.taxonomy import SubEventType

TODAY = date(2025, 6, 10)


@pytest.mark.parametrize(
    "text",
    [
        "The rebel movement said on Friday it had chosen a new commander after its founder died.",
        "Two militias in the east merged into a single coalition, their spokesmen said.",
        "Forty soldiers defected to the Taliban in a northern district, officials said.",
        "Villagers formed a new self-defence militia after repeated raids on their cattle.",
        "The militia faction ended its alliance with the ruling council on Tuesday.",
    ],
)
def test_an_armed_groups_own_change_is_told(text: str) -> None:
    assert cues.strategic_kind(text) is SubEventType.CHANGE_TO_GROUP


@pytest.mark.parametrize(
    "text",
    [
        "The president appointed a new army chief on Monday.",  # a state's appointment
        "The two rebel groups plan to merge next year, a mediator said.",  # only planned
        "Rebel leaders denied that they had named a new commander.",  # denied
        "The company named a new chief executive on Wednesday.",
    ],
)
def test_no_armed_group_change(text: str) -> None:
    assert cues.strategic_kind(text) is not SubEventType.CHANGE_TO_GROUP


def test_weapons_seized_or_defused() -> None:
    seized = "Border guards confiscated 30 rifles and a box of grenades at the crossing."
    assert cues.strategic_kind(seized) is SubEventType.DISRUPTED_WEAPONS_USE
    assert cues.strategic_kind("Police seized two tonnes of cannabis in a lorry.") is None
    assert cues.strategic_kind("Troops will search the forest for weapons next week.") is None


@pytest.mark.parametrize(
    "text",
    [
        "An ammonia leak at a fertiliser plant sent 25 workers to hospital on Sunday, officials said.",
        "Four miners died when a gold mine collapsed in the north of the country.",
        "A blast at a petrol station killed two attendants after a tanker caught fire.",
        "A ferry capsized on the river, drowning nine passengers.",
    ],
)
def test_accidents_are_no_event(text: str) -> None:
    assert cues.accident_only(text)
    assert not is_relevant(text, 0.9, published=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "Residents blocked the highway and burned tyres after a road accident killed a child.",
        "Gunmen set fire to a fuel depot, causing a blast at the plant.",
        "Two soldiers died in accidental explosions at an ammunition depot.",
        "Youths stoned a truck driver after an accident in the market town.",
    ],
)
def test_someone_acting_keeps_an_accident_a_candidate(text: str) -> None:
    assert not cues.accident_only(text)


def test_old_footage_is_no_new_event() -> None:
    text = "Footage recorded in 2021 of soldiers beating two detainees went viral on Monday."
    assert old_footage(text, TODAY)
    assert not is_relevant(text, 0.9, published=TODAY)


def test_footage_of_the_day_is_kept() -> None:
    assert not old_footage("A video filmed on 8 June 2025 shows troops firing on a crowd.", TODAY)
    assert not old_footage("Militants killed 12 people in 2021 and again on Monday.", TODAY)
    # last December's footage told in January may be the event itself
    assert not old_footage("A clip filmed in 2024 shows police beating a man.", date(2025, 1, 3))


def test_a_strategic_development_is_worth_parsing_whatever_the_model_reads() -> None:
    text = "The jihadist group announced a new emir for its western branch on Saturday."
    assert is_relevant(text, 0.1, published=TODAY)
    assert not is_relevant("The ministry announced a new curriculum for schools.", 0.1, published=TODAY)


def test_a_bomb_made_safe_is_disrupted_weapons_use() -> None:
    text = "On 3 May 2024, police detonated a bomb left outside a church in the port town."
    assert cues.strategic_kind(text) is SubEventType.DISRUPTED_WEAPONS_USE  # "May" is no maybe
    assert cues.strategic_kind("Insurgents detonated a bomb under a bus at dawn.") is None


def test_property_wrecked_by_a_political_hand() -> None:
    assert cues.strategic_kind(
        "Unknown assailants torched a polling station overnight; no one was hurt."
    ) is (SubEventType.LOOTING)
    assert (
        cues.strategic_kind("Settlers cut down forty fruit trees on a family's land.") is SubEventType.LOOTING
    )


@pytest.mark.parametrize(
    "text",
    [
        "Burglars ransacked a pharmacy and took cash.",  # ordinary crime
        "Rebels torched a village and killed two herders.",  # a death: an attack, not looting
        "Protesters will burn the flag at the rally, organisers said.",  # only announced
    ],
)
def test_no_looting_lift(text: str) -> None:
    assert cues.strategic_kind(text) is not SubEventType.LOOTING


def test_a_month_is_no_march() -> None:
    assert cues.accident_only("On 2 March 2024, a gas cylinder exploded at a restaurant, killing four.")
