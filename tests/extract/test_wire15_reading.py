"""Fifteenth round: the armed harmed after a list of verbs, states acting together, an
administration's measures, and people out in the street for a cause.

Sentences written for these tests, in the style of wire copy and of ACLED's notes.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from tests.extract.sides_check import read_roles, recoded

from vigil.extract.actors import ActorRegistry
from vigil.extract.geocode import Geocoder
from vigil.extract.relevance import is_relevant
from vigil.extract.sides import armed_victims, unarmed_victims
from vigil.extract.streets import street_protest
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

WHEN = date(2024, 4, 3)


@pytest.mark.parametrize(
    "text",
    [
        # the verbs of a list share their object: the volunteer is the harmed
        "Suspected militants abducted, executed, and booby-trapped a volunteer fighter (VDP) near Tangaye.",
        "Gunmen ambushed, disarmed and killed two gendarmes near Dori.",
    ],
)
def test_the_armed_are_the_harmed(text: str) -> None:
    assert armed_victims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Suspected militants abducted, tortured and killed a teacher near Tangaye.",
        "Gunmen stormed, looted and burned a market, killing three traders.",
    ],
)
def test_the_unarmed_harmed_stay_so(text: str) -> None:
    assert not armed_victims(text)
    assert unarmed_victims(text)


def test_two_states_that_act_together_are_both_sides(registry: ActorRegistry, nlp: Language) -> None:
    text = "Turkey and Russia conducted a joint patrol on the M4 highway in Idlib on Thursday."
    roles = read_roles(registry, nlp, text, SubEventType.CHANGE_TO_GROUP, "Syria", WHEN)
    assert roles.actor1 is not None and roles.actor1.name.startswith("Military Forces of Turkey")
    assert [a.name for a in roles.assoc_actor1] == ["Military Forces of Russia (2000-)"]


@pytest.mark.parametrize(
    "text",
    [
        "The Maden governorship halted all entries to and departures from the district for two weeks.",
        "The provincial authorities imposed a lockdown on three neighbourhoods after new cases.",
    ],
)
def test_an_administrations_measure_is_the_governments(
    registry: ActorRegistry, nlp: Language, text: str
) -> None:
    roles = read_roles(registry, nlp, text, SubEventType.CHANGE_TO_GROUP, "Turkey", WHEN)
    assert roles.actor1 is not None and roles.actor1.name.startswith("Government of Turkey")


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("3000 people went to the street to call for the release of a jailed former minister.", True),
        ("Pupils took to the streets of Hounde to express their solidarity with striking teachers.", True),
        ("Workers walked down to the street against the new tax on fuel.", True),
        ("Hundreds of migrant labourers came out on the roads of Rajkot demanding transport home.", True),
        ("Thousands of fans took to the streets to celebrate the national team's victory.", False),
        ("The minister went to the street market to buy fish. Traders protested later.", False),
    ],
)
def test_people_out_in_the_street_for_a_cause_protest(text: str, protest: bool) -> None:
    assert street_protest(text) is protest
    assert is_relevant(text, 0.1) is protest


def test_a_governorate_is_a_place_not_an_administration(registry: ActorRegistry, nlp: Language) -> None:
    text = "Houthi reinforcements of troops and vehicles were reported in various locations in Hajjah governorate."
    roles = read_roles(registry, nlp, text, SubEventType.CHANGE_TO_GROUP, "Yemen", WHEN)
    assert roles.actor1 is not None and not roles.actor1.name.startswith("Government of Yemen")


@pytest.mark.parametrize(
    ("read", "text", "sub"),
    [
        # an armed group's raid on a manned post is a battle, whatever it burned
        (
            SubEventType.LOOTING,
            "Suspected militants attacked the gendarmerie in Soudougui, seized a motorbike and tried to burn "
            "the building before they withdrew.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.LOOTING,
            "Militants attacked a ranger station near Sono; the station was burned and equipment seized.",
            SubEventType.ARMED_CLASH,
        ),
        # a post found empty is property destroyed; a crowd's burning is not a battle
        (
            SubEventType.LOOTING,
            "Militants attacked the police station in Tongomayel while it was unmanned and burned it.",
            SubEventType.LOOTING,
        ),
        (
            SubEventType.LOOTING,
            "Angry youths attacked a police post and burned two motorbikes.",
            SubEventType.LOOTING,
        ),
        # a bomb told inside a gunfight is the fight
        (
            SubEventType.REMOTE_EXPLOSIVE,
            "A patrol was hit by an IED ambush on the Djibo road; one soldier was killed and one assailant was shot.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.REMOTE_EXPLOSIVE,
            "A convoy escorted by gendarmes came under an IED and gunfire attack near Inata.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.REMOTE_EXPLOSIVE,
            "A roadside bomb killed four soldiers near Djibo on Monday.",
            SubEventType.REMOTE_EXPLOSIVE,
        ),
    ],
)
def test_a_fight_with_armed_men_is_a_battle(
    registry: ActorRegistry, nlp: Language, read: SubEventType, text: str, sub: SubEventType
) -> None:
    assert recoded(registry, nlp, read, text, "Burkina Faso", WHEN) is sub


def test_a_patrol_attacked_first_is_a_battle(registry: ActorRegistry, nlp: Language) -> None:
    text = (
        "Militants attacked and fired at a CRPF patrol party in Handwara, killing three CRPF personnel and "
        "a civilian; seven people were injured."
    )
    assert recoded(registry, nlp, SubEventType.ATTACK, text, "India", WHEN) is SubEventType.ARMED_CLASH


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Five people, aged 12 to 40, were killed when gunmen opened fire on a minibus near Kaduna.", 5),
        ("Gunmen killed a man aged 60 and his three sons on their farm near Jos.", 4),
        ("Two men aged 60 and 65 were killed in the raid.", 2),
        ("Three children, aged between 8 and 12, died when a shell hit their home.", 3),
    ],
)
def test_an_age_clause_is_no_count(text: str, dead: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims([text])) == dead


def test_died_when_a_shell_hit_reads_as_a_strike() -> None:
    from vigil.extract.cues import plain_telling

    told = plain_telling("Two people died when a shell landed on a market in Donetsk.")
    assert told == "Two people were killed when a shell landed on a market in Donetsk."
    assert plain_telling("Two people died when a bus hit a tree.") == "Two people died when a bus hit a tree."


def test_civilians_who_died_in_a_strike_are_its_target(registry: ActorRegistry, nlp: Language) -> None:
    text = "Three children died when a shell hit their home in Donetsk on Sunday."
    roles = read_roles(registry, nlp, text, SubEventType.SHELLING, "Ukraine", WHEN)
    assert roles.actor2 is not None and roles.actor2.name == "Civilians (Ukraine)"


def test_a_peoples_militants_are_its_armed_group(registry: ActorRegistry, nlp: Language) -> None:
    text = "Palestinian militants fired rockets at southern Israel on Friday, the Israeli army said."
    roles = read_roles(registry, nlp, text, SubEventType.SHELLING, "Israel", WHEN)
    assert roles.actor1 is not None and roles.actor1.name == "Unidentified Armed Group (Palestine)"


def test_the_malian_armys_russian_allies_are_wagner(registry: ActorRegistry, nlp: Language) -> None:
    text = (
        "The Malian army and its Russian allies killed 12 civilians in a village near Mopti, residents said."
    )
    roles = read_roles(registry, nlp, text, SubEventType.ATTACK, "Mali", WHEN)
    assert roles.actor1 is not None and roles.actor1.name.startswith("Military Forces of Mali")
    assert [a.name for a in roles.assoc_actor1] == ["Wagner Group"]
    elsewhere = "Russian troops shelled Kharkiv on Sunday, killing two civilians."
    roles = read_roles(registry, nlp, elsewhere, SubEventType.SHELLING, "Ukraine", WHEN)
    assert roles.actor1 is not None and roles.actor1.name.startswith("Military Forces of Russia")


@pytest.mark.parametrize(
    ("text", "country", "first", "second"),
    [
        (
            "The Colombian government and the ELN guerrilla group signed a ceasefire agreement in Havana.",
            "Cuba",
            "Government of Colombia",
            "ELN: National Liberation Army",
        ),
        (
            "Thailand's government and Malay Muslim rebels agreed on a ceasefire during Ramadan.",
            "Thailand",
            "Government of Thailand",
            "Unidentified Armed Group (Thailand)",
        ),
    ],
)
def test_a_government_signs_as_its_government(
    registry: ActorRegistry, nlp: Language, text: str, country: str, first: str, second: str
) -> None:
    roles = read_roles(registry, nlp, text, SubEventType.AGREEMENT, country, WHEN)
    assert roles.actor1 is not None and roles.actor1.name.startswith(first)
    assert roles.actor2 is not None and roles.actor2.name == second


def test_a_states_possessive_names_its_group_not_the_state(registry: ActorRegistry, nlp: Language) -> None:
    text = "Saudi air defences intercepted two ballistic missiles fired by Yemen's Houthis towards Jizan."
    names = [m.actor.name for m in registry.find(text, country="Saudi Arabia", when=WHEN)]
    assert "Military Forces of Yemen (2016-) Supreme Political Council" in names
    assert not any(n.startswith("Military Forces of Yemen (2012") for n in names)


def test_a_flogging_reads_as_a_beating() -> None:
    from vigil.extract.cues import plain_telling

    told = plain_telling("The Taliban publicly flogged 12 people in a stadium in Logar province.")
    assert told == "The Taliban publicly beat 12 people in a stadium in Logar province."


def test_a_size_tagged_crowd_stays_a_crowd(registry: ActorRegistry, nlp: Language) -> None:
    text = (
        "On 24 June 2023, locals armed with clubs and machetes fought with a vigilante group in a suburb "
        "of Ouagadougou. Five people were injured."
    )
    tagged = text + " [size=no report]"
    mob = SubEventType.MOB_VIOLENCE
    assert recoded(registry, nlp, mob, tagged, "Burkina Faso", WHEN) is mob
    assert recoded(registry, nlp, mob, text, "Burkina Faso", WHEN) is not mob


def test_last_weekend_is_no_week_ago() -> None:
    from vigil.extract.dates import event_date

    text = "At least 12 people were killed in Haiti's capital last weekend as gangs battled for Delmas."
    assert event_date(text, published=date(2024, 4, 3))[0] == date(2024, 3, 30)  # a Wednesday's last Saturday


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Militants attacked a checkpoint in Sinai at dawn on Tuesday, killing five Egyptian soldiers.",
            "Egypt",
        ),
        (
            "Turkish warplanes bombed PKK targets in the Qandil mountains of northern Iraq on Friday, "
            "the Turkish defence ministry said.",  # where it happened outvotes who said so
            "Iraq",
        ),
    ],
)
def test_the_place_named_is_the_country(geocoder: Geocoder, text: str, country: str) -> None:
    loc = geocoder.locate(text)
    assert loc is not None and loc.country == country
