"""The codebook rules: rare sub-types (territory changes, grievous force, grenades, explosions),
the lifting rules for plain protest and destruction wording, and mutinies."""

from __future__ import annotations

import pytest

from vigil.extract.classify import TrainConfig
from vigil.extract.event_rules import rule_named
from vigil.taxonomy import SubEventType

NEW_RULES = (
    "ground_without_fighting",
    "ground_retaken",
    "detonated_structure",
    "grievous_force",
    "grenade_dropped",
    "aerial_bomb",
    "grenade_launcher",
    "explosions_not_disrupted",
)


def _fires(name: str, text: str) -> bool:
    return rule_named(name).fires(text)


def test_the_rare_class_rules_are_shipped_as_precedences() -> None:
    assert set(NEW_RULES) <= set(TrainConfig().rules)
    for name in NEW_RULES:  # none of them lifts a non-event: they only choose between sub-types
        assert rule_named(name).only_from and not rule_named(name).when_none


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Troops recaptured the district capital on Monday after a week of fighting.", True),
        ("The town was liberated from the insurgents, the defence ministry said.", True),
        ("Government forces regained control of the border crossing.", True),
        ("The army vowed to recapture the town before the rains.", False),
        ("Rebels recaptured the hill they had lost a month earlier.", False),
        ("Rebels seized the town after the garrison fled.", False),  # a plain take is no retaking
    ],
)
def test_ground_taken_back_is_government_regains(text: str, fires: bool) -> None:
    assert rule_named("ground_retaken").target is SubEventType.GOVERNMENT_REGAINS_TERRITORY
    assert _fires("ground_retaken", text) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Insurgents entered the town unopposed after soldiers withdrew overnight.", True),
        ("The rebels took control of the crossing without a fight.", True),
        ("After the army pulled out, militants moved in and took over the market town.", True),
        ("Troops retook the town. No word on whether resistance occurred.", True),
        ("Troops retook the town after the insurgents withdrew under fire.", False),
        ("Rebels seized the town without resistance; two soldiers were killed nearby.", False),
        ("Rebels seized the town after heavy fighting.", False),
        ("Rebels seized the town after the soldiers fled.", False),  # fled under attack, maybe
    ],
)
def test_ground_changing_hands_without_fighting_is_a_transfer(text: str, fires: bool) -> None:
    assert _fires("ground_without_fighting", text) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Police intervened in the march, killing one protester.", True),
        ("Three protesters were shot and wounded by police in the capital.", True),
        ("Police shot at the crowd, seriously injuring two students.", True),
        ("Police fired tear gas and shots in the air to disperse the crowd.", False),
        ("Residents protested against the killing of a trader by police; officers dispersed them.", False),
        ("Police dispersed the rioters; two officers were injured.", False),
    ],
)
def test_lethal_or_grievous_force_on_protesters_is_excessive(text: str, fires: bool) -> None:
    assert rule_named("grievous_force").only_from == (SubEventType.PROTEST_WITH_INTERVENTION,)
    assert _fires("grievous_force", text) is fires


def test_a_grenade_is_thrown_by_hand() -> None:
    assert _fires("grenade_launcher", "Separatists fired grenade launchers at army positions near the town.")
    assert not _fires("grenade_launcher", "A man hurled a hand grenade at the police post.")
    assert not _fires("grenade_launcher", "Police seized a cache of rifles and a grenade launcher.")
    assert _fires("grenade_dropped", "Fighters dropped grenades from a drone on the trenches.")
    assert _fires("grenade_dropped", "A quadcopter dropped two grenades on the checkpoint.")
    assert not _fires("grenade_dropped", "A grenade was thrown into the crowded bar.")


def test_explosions_and_blown_up_buildings_are_no_disrupted_weapons() -> None:
    assert _fires("explosions_not_disrupted", "Monitors recorded 14 explosions near the frontline village.")
    assert not _fires("explosions_not_disrupted", "Residents heard blasts as sappers defused two mines.")
    assert _fires("detonated_structure", "Militants detonated a bridge on the road to the capital.")
    assert _fires("detonated_structure", "Insurgents blew up a telecommunications tower overnight.")
    assert not _fires("detonated_structure", "An army bomb squad detonated the device found under a bridge.")
    assert rule_named("detonated_structure").only_from == (SubEventType.DISRUPTED_WEAPONS_USE,)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Hundreds of residents took to the streets of Goma to protest against the killings.", True),
        ("Traders poured into the streets demanding the release of their leader.", True),
        ("A march was held in Lome to denounce the rise in fuel prices.", True),
        # a crowd in the streets is no protest without a grievance, nor a planned stoppage
        ("Thousands of fans took to the streets of Dakar after their team won the cup.", False),
        ("Residents of Kano went into the streets to watch the solar eclipse.", False),
        ("Students walked to the streets outside the ministry to collect their exam results.", False),
        ("Dockworkers announced a work stoppage for next week.", False),
        ("Residents said they will take to the streets against the tax if it passes.", False),
    ],
)
def test_taking_to_the_streets_is_a_protest_only_with_a_grievance(text: str, fires: bool) -> None:
    assert _fires("streets_protest", text) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Youths burned shops and houses in the market after the imam's arrest.", True),
        ("Unknown gunmen torched houses in the village overnight.", True),
        ("Herders destroyed crops in two fields near Kandi.", True),
        # official works, one's own goods, laws and weather destroy nothing in the codebook's sense
        ("The city council demolished several shops under a road-widening plan.", False),
        ("Farmers in Kaduna destroyed their own crops to make way for a new variety.", False),
        ("The minister said the new law would stop criminals who looted public property.", False),
        ("Election officials destroyed unused ballot papers, as the law requires.", False),
        ("Floods destroyed houses and crops in three villages, officials said.", False),
        # weather words are whole words: "Ukraine" holds no "rain", "stormed" no "storm"
        ("Soldiers burned houses in a village in eastern Ukraine, residents said.", True),
    ],
)
def test_destruction_needs_a_hostile_hand(text: str, fires: bool) -> None:
    assert _fires("property_destroyed", text) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Soldiers mutinied in the barracks of Kati on 3 March, firing into the air.", True),
        ("Mutinous soldiers seized the radio station and arrested the army chief.", True),
        ("Soldiers mutinied and fired shots into the air; a curfew was declared.", True),
        ("Former mutineers marched to demand their unpaid bonuses.", False),
        ("Two soldiers were arrested for the mutiny last year.", False),
    ],
)
def test_a_mutiny_is_a_violent_demonstration(text: str, fires: bool) -> None:
    assert _fires("mutiny", text) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("A glide bomb hit a supermarket in the city centre, killing two shoppers.", True),
        ("Helicopters dropped barrel bombs on two villages north of the town.", True),
        ("Jets bombed a fuel depot on the outskirts overnight.", True),
        ("A roadside bomb hit a patrol on the main road.", False),
        ("Police defused a bomb left outside the court.", False),
        ("A roadside bomb hit a convoy; army helicopters arrived after the bomb exploded.", False),
        ("The bombers planted the bomb overnight near the market.", False),
        ("Gunners fired guided munitions at positions across the river.", False),
    ],
)
def test_a_bomb_dropped_from_the_air_is_an_air_strike(text: str, fires: bool) -> None:
    assert _fires("aerial_bomb", text) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Protesters broke into the town hall and set part of it on fire; police shot two dead.", True),
        ("Demonstrators set several police vehicles ablaze outside the ministry.", True),
        ("Students threw stones at riot police and torched a bus.", True),
        ("Protesters marched against the burning of a mosque last week.", False),
        ("Thousands marched peacefully to the parliament to demand lower fuel prices.", False),
    ],
)
def test_protesters_who_burn_are_a_violent_demonstration(text: str, fires: bool) -> None:
    assert _fires("rioting_not_peaceful", text) is fires
