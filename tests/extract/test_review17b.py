"""Second review of this round's rules: misfires on ordinary news, in made-up sentences."""

from __future__ import annotations

import pytest

from vigil.extract import cues, targets
from vigil.extract.figures import extract_claims, fatalities
from vigil.extract.geocode import Geocoder
from vigil.extract.strategic import arrests_before_protest


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("Raiders attacked a lorry park in Katsina on Friday - 11 drivers were killed, police said.", 11),
        ("The siege of a hotel ended on Friday with the deaths of 9 guests and 3 attackers.", 12),
        ("Rival gangs clashed in the port on Friday night, in fighting that has left 8 dead.", 8),
    ],
)
def test_this_events_toll_is_kept(sentence: str, dead: int) -> None:
    assert fatalities(extract_claims([sentence])) == dead


@pytest.mark.parametrize(
    "text",
    [
        "Police in Ankara detained 120 people during a banned march on Saturday.",
        "Police held 30 people in Baku to prevent a rally, but hundreds of protesters gathered anyway.",
    ],
)
def test_arrests_at_a_protest_that_met_are_the_protests(text: str) -> None:
    assert not arrests_before_protest(text)


def test_arrests_before_a_planned_rally_are_arrests() -> None:
    assert arrests_before_protest(
        "Police in Lusaka arrested 14 activists on Friday ahead of a planned rally."
    )


def test_a_strikes_target_country_is_where_it_happened(geocoder: Geocoder) -> None:
    found = geocoder.locate(
        "Militants in Gaza fired rockets towards Israel on Friday, wounding three people."
    )
    assert found is not None and found.country == "Israel"


def test_one_stone_thrower_shot_is_no_riot() -> None:
    assert not targets.stones_met_with_fire(
        "Troops shot dead a teenager who had thrown stones at their jeep."
    )
    assert targets.stones_met_with_fire("Police fired at youths who threw stones at their jeep.")


def test_a_named_militias_punishment_is_no_mob() -> None:
    assert not targets.vigilantes_punished_suspect(
        "Koglweogo members flogged and killed two suspected thieves."
    )


def test_a_storm_that_sank_boats_is_not_reworded_as_a_strike() -> None:
    assert "struck" not in cues.plain_telling("Storms sank three fishing boats off the coast on Friday.")
