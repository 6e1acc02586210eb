"""Shapes the strategic-development and non-event cues must not misread: business, rescues,
finds of old things, background history, and real attacks beside an accident or a dated place."""

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
        # a company's merger and its new boss: "the group" is a business group
        "Two insurers in Accra merged on Friday and the group named a new managing director.",
        # a fire brigade, a party's factions, street gangs: no armed group changing itself
        "The city's fire brigade appointed a new chief after the old one stepped down.",
        "Two factions of the governing party elected a new leader at a congress in Harare.",
        "The police commissioner said the gangs had split into small cells after the arrests.",
        # an armed group named only as another party's rival
        "Hamas's political rival, the Fatah movement, named a new spokesman on Sunday.",
        # background: a split or a campaign of earlier years
        "The governor toured Maiduguri; Boko Haram, which split into two wings in 2016, remains active.",
        "The general said troops had destroyed dozens of rebel camps in the north since 2020.",
    ],
)
def test_no_strategic_development(text: str) -> None:
    assert cues.tells_strategic(text) is None
    assert not is_relevant(text, 0.1, published=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers pulled a baby alive from the rubble, cradled in her father's arms.",  # arms: limbs
        "Fishermen discovered old muskets and cannon balls in a sunken galleon.",  # no security force
        "The arms maker's shares recovered after it won an order for pistols.",  # a market recovering
        "Customs officers seized a shipment of toy guns at the port.",  # toys, not weapons
    ],
)
def test_no_weapons_disrupted(text: str) -> None:
    assert cues.strategic_kind(text) is not SubEventType.DISRUPTED_WEAPONS_USE


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers recovered three rifles and a grenade from a hideout in the forest.",
        "Police discovered a cache of explosives in a farmhouse on Sunday.",
        "Gendarmes seized arms and ammunition from a truck at a checkpoint.",
    ],
)
def test_weapons_seized_by_a_security_force(text: str) -> None:
    assert cues.strategic_kind(text) is SubEventType.DISRUPTED_WEAPONS_USE


def test_a_group_change_told_with_its_date_is_kept() -> None:
    text = "On 4 March 2025, the rebels appointed a new commander for the southern front."
    assert cues.strategic_kind(text) is SubEventType.CHANGE_TO_GROUP


@pytest.mark.parametrize(
    "text",
    [
        # an armed group's act, whatever else it derailed
        "Al-Shabaab beheaded a trader near Kismayo on Monday, derailing a truce with local elders.",
        "Militiamen executed a chief in the village, a killing police first called an accident.",
        "Boko Haram killed nine herders at dawn; a survivor escaped after a car accident delayed him.",
    ],
)
def test_an_act_beside_an_accident_stays_a_candidate(text: str) -> None:
    assert not cues.accident_only(text)


def test_an_accident_the_lede_tells_is_still_none() -> None:
    assert cues.accident_only("A bus accident on the coastal highway killed eleven passengers.")
    assert cues.accident_only("A goods train derailed and a tanker leak of chlorine forced evacuations.")


@pytest.mark.parametrize(
    "text",
    [
        # the year belongs to the place shown, not to the footage
        "A video shows militiamen shooting villagers in Kanyaruchinya, a town seized by rebels in 2023.",
        "Images from Tuesday show jets bombing the port of Hodeidah, a city taken by the Houthis in 2014.",
    ],
)
def test_footage_of_a_new_event_is_kept(text: str) -> None:
    assert not old_footage(text, TODAY)
