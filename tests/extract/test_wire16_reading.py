"""Sixteenth round: a vague press name after a named group is that group, a weapon is no side,
ground fought over is no ground taken, the Taliban's floggings, and a great city's name.

Sentences written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from tests.extract.sides_check import assert_sides, read_roles, recoded

from vigil.extract.actors import ActorRegistry
from vigil.extract.classify import Prediction
from vigil.extract.geocode import Geocoder
from vigil.extract.strategic import settle
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

WHEN = date(2024, 4, 3)


@pytest.mark.parametrize(
    "text",
    [
        "The Nigerian army said it repelled an attack by ISWAP fighters on its base in Monguno, killing 20 insurgents.",
        "Nigerian troops repelled an attack by ISWAP fighters on a base near Monguno, killing 20 insurgents.",
    ],
)
def test_a_vague_name_after_a_named_group_is_that_group(
    registry: ActorRegistry, nlp: Language, text: str
) -> None:
    # "insurgents" alone in Nigeria would read as Boko Haram; here they are the ISWAP fighters
    roles = read_roles(registry, nlp, text, SubEventType.ARMED_CLASH, "Nigeria", WHEN)
    names = {roles.actor1.name if roles.actor1 else None, roles.actor2.name if roles.actor2 else None}
    assert "Islamic State (West Africa)" in names
    assert any(n and n.startswith("Military Forces of Nigeria") for n in names)


def test_a_vague_name_alone_keeps_its_usual_group(registry: ActorRegistry, nlp: Language) -> None:
    text = "Insurgents attacked a military base in Monguno, killing five soldiers."
    roles = read_roles(registry, nlp, text, SubEventType.ARMED_CLASH, "Nigeria", WHEN)
    assert_sides(
        roles, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Military Forces of Nigeria…"
    )


def test_a_foreign_force_s_drones_are_no_side_of_their_own(registry: ActorRegistry, nlp: Language) -> None:
    text = "Russian forces launched 40 drones at Odesa overnight, damaging port infrastructure."
    roles = read_roles(registry, nlp, text, SubEventType.AIR_DRONE_STRIKE, "Ukraine", WHEN)
    assert roles.actor1 is not None and roles.actor1.name.startswith("Military Forces of Russia")
    assert roles.actor2 is None


def test_unattributed_militants_in_pakistan_are_unidentified(registry: ActorRegistry, nlp: Language) -> None:
    text = "Militants attacked a police checkpoint in Bannu district, killing three policemen."
    roles = read_roles(registry, nlp, text, SubEventType.ARMED_CLASH, "Pakistan", WHEN)
    assert_sides(roles, "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan…")


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        (
            "EACRF troops came under fire from M23 rebels near Kibumba.",
            "Democratic Republic of Congo",
            "EACRF: East African Community Regional Force (2022-2023)",
        ),
        (
            "Shining Path rebels ambushed an army patrol in the VRAEM, killing two soldiers.",
            "Peru",
            "Shining Path",
        ),
    ],
)
def test_groups_added_to_the_registry(registry: ActorRegistry, text: str, country: str, name: str) -> None:
    assert name in {m.actor.name for m in registry.find(text, country=country, when=date(2023, 5, 2))}


def _settled(sub: SubEventType, text: str) -> SubEventType | None:
    return settle(
        Prediction(sub_event_type=sub, probability=0.5, relevance=0.9, ranked=()), text
    ).sub_event_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Federal troops and militiamen fought for control of the town of Lalibela on Tuesday.",
            SubEventType.ARMED_CLASH,
        ),
        (
            "Rebels and the army battled over control of the airport for a second day.",
            SubEventType.ARMED_CLASH,
        ),
        # ground taken after the fight stays taken
        (
            "After fighting for control of the town, the militiamen seized it on Wednesday.",
            SubEventType.NON_STATE_OVERTAKES_TERRITORY,
        ),
    ],
)
def test_ground_fought_over_is_a_battle(text: str, expected: SubEventType) -> None:
    assert _settled(SubEventType.NON_STATE_OVERTAKES_TERRITORY, text) is expected


def test_the_taliban_s_public_flogging_is_an_attack(registry: ActorRegistry, nlp: Language) -> None:
    text = "Taliban officials publicly flogged three men convicted of theft in a stadium in Ghazni province."
    assert recoded(registry, nlp, SubEventType.MOB_VIOLENCE, text, "Afghanistan", WHEN) is SubEventType.ATTACK


def test_a_crowd_that_beats_a_man_stays_a_mob(registry: ActorRegistry, nlp: Language) -> None:
    text = "A mob publicly beat a man accused of theft at the market in Ghazni."
    assert (
        recoded(registry, nlp, SubEventType.MOB_VIOLENCE, text, "Afghanistan", WHEN)
        is SubEventType.MOB_VIOLENCE
    )


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Clashes between rival militias in Tripoli killed at least 10 people on Tuesday.", "Libya"),
        ("Gunmen shot dead two men in Kingston overnight, police said.", "Jamaica"),
    ],
)
def test_a_great_city_s_name_alone_is_the_great_city(geocoder: Geocoder, text: str, country: str) -> None:
    loc = geocoder.locate(text)
    assert loc is not None and loc.country == country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Hamas rocket hit a house in Ashkelon on Tuesday, lightly injuring two people.",
            SubEventType.SHELLING,
        ),
        ("Mortar rounds landed near a school in the town, wounding four children.", SubEventType.SHELLING),
        # something flown stays an air strike
        ("A drone fired a missile at a car near the border, killing two men.", SubEventType.AIR_DRONE_STRIKE),
        ("Warplanes fired rockets at a village, killing five people.", SubEventType.AIR_DRONE_STRIKE),
    ],
)
def test_rockets_with_nothing_flown_are_shelling(text: str, expected: SubEventType) -> None:
    assert _settled(SubEventType.AIR_DRONE_STRIKE, text) is expected


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("A teenage girl was raped and killed by unknown assailants in a village.", 1),
        ("A farmer was shot and killed near his field.", 1),
        ("Two girls were raped and killed.", 2),
        ("Gunmen raped and killed a girl in the village.", 1),
    ],
)
def test_a_victim_told_before_a_pair_of_verbs_is_counted(sentence: str, killed: int) -> None:
    from vigil.extract.casualties import sentence_mentions
    from vigil.extract.numbers import tokenize

    figures = [m.figure for m in sentence_mentions(tokenize(sentence)) if m.kind.value == "killed"]
    assert figures == [killed]
