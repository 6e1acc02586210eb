"""Misfires of the sides round 6 rules, as negative tests: the rules must leave these alone.

A named killer after "the bodies of"; the police only telling what a crowd did; victims telling
what the attackers carried; rioters angered by militants; a place's history of communal
violence; and the kind of an unnamed community's militia, taken from the word the text uses.
Sentences written for these tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.extract.sides_check import read_roles
from tests.extract.test_roles_wire import WHEN

from vigil.extract import targets
from vigil.extract.actors import ActorRegistry
from vigil.extract.communal import unnamed_militia
from vigil.extract.sides import recode
from vigil.extract.verbshapes import REMAINS_OF_RE
from vigil.taxonomy import ActorType, SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

A, M, C = SubEventType.ATTACK, SubEventType.MOB_VIOLENCE, SubEventType.ARMED_CLASH
V = SubEventType.VIOLENT_DEMONSTRATION


@pytest.mark.parametrize(
    ("before", "dead"),
    [
        ("Villagers recovered the bodies of nine victims of ", False),
        ("Mourners buried the corpses of herders killed by ", False),
        ("The remains of two men abducted by ", False),
        ("Troops recovered the bodies of three ", True),
        ("The body of a young ", True),
        # possessives and vague amounts stand before the dead too
        ("The navy brought home the bodies of its ", True),
        ("Farmers came upon the bodies of dozens of ", True),
    ],
)
def test_remains_of_stops_at_the_killer(before: str, dead: bool) -> None:
    """Only determiners, numbers and modifiers stand between "bodies of" and the dead."""
    assert bool(REMAINS_OF_RE.search(before)) is dead


def test_a_named_killer_after_bodies_of_stays_actor1(registry: ActorRegistry, nlp: Language) -> None:
    text = "Herders found the bodies of six victims of al-Shabaab near Baidoa on Friday after a raid."
    roles = read_roles(registry, nlp, text, A, "Somalia", WHEN)
    assert roles.actor1 is not None and not roles.actor1.name.startswith("Unidentified"), roles.actor1


def test_the_police_telling_is_not_the_police_acting() -> None:
    assert not targets.forces_killed_suspects("Police said a crowd killed two suspected robbers in Thika.")
    assert not targets.forces_killed_suspects("Officers said villagers killed a suspected cattle thief.")
    assert not targets.forces_held_and_hurt(
        "Police told reporters that youths caught a man and beat him in Gulu."
    )
    assert not targets.forces_held_and_hurt("The police say traders seized two boys and whipped them.")
    # the rules still read the state's men doing it
    assert targets.forces_killed_suspects("Police on patrol killed two suspected robbers in Thika.")
    assert targets.forces_held_and_hurt("Soldiers at a checkpoint stopped a driver and beat him.")


@pytest.mark.parametrize(
    "text",
    [
        "Police reported that a crowd beat two suspected thieves to death at a market in Eldoret on Monday.",
        "Officers said residents caught a suspected burglar and beat him to death in Jinja on Friday.",
    ],
)
def test_a_mob_the_police_tell_of_stays_a_mob(registry: ActorRegistry, nlp: Language, text: str) -> None:
    assert recode(M, text, registry.find(text, country="Uganda"), nlp(text)) is M


def test_victims_telling_of_arms_are_no_armed_victims() -> None:
    assert not targets.armed_trade_victim("Victims told reporters the raiders were armed with machetes.")
    assert not targets.armed_trade_victim("A victim said the robbers were heavily armed.")
    assert targets.armed_trade_victim("The victim was heavily armed when he was shot.")


def test_an_attack_told_by_its_victims_stays_one(registry: ActorRegistry, nlp: Language) -> None:
    text = (
        "Gunmen raided a farm near Wukari on Friday, killing three people. "
        "Survivors and victims said the raiders were armed with rifles."
    )
    assert recode(A, text, registry.find(text, country="Nigeria"), nlp(text)) is A


@pytest.mark.parametrize(
    "text",
    [
        "Angry villagers burned tyres on the main road in Gao on Tuesday after jihadists killed a trader, "
        "and gendarmes fired tear gas.",
        "Residents blocked the highway near Butembo and set a police station alight, saying the army "
        "had failed to stop rebels.",
    ],
)
def test_riots_over_armed_men_stay_riots(registry: ActorRegistry, nlp: Language, text: str) -> None:
    assert not targets.armed_men_no_crowd(text)
    assert recode(V, text, registry.find(text, country="Mali"), nlp(text)) is V


def test_background_communal_wording_moves_nothing(registry: ActorRegistry, nlp: Language) -> None:
    attack = (
        "Gunmen shot dead three traders at a market near Wukari on Friday. "
        "The area has for years seen clashes between farmers and herders."
    )
    mob = "A crowd lynched a suspected thief in Bauchi on Friday, in a region plagued by inter-ethnic violence and clan fighting."
    assert not targets.communal_violence(attack)
    assert not targets.communal_violence(mob)
    assert recode(A, attack, registry.find(attack, country="Nigeria"), nlp(attack)) is A
    assert recode(M, mob, registry.find(mob, country="Nigeria"), nlp(mob)) is M
    # the fight told now still counts
    assert targets.communal_violence("Clashes between farmers and herders left four dead near Wukari.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Inter-clan fighting left two dead near Beledweyne.", "Clan"),
        ("Tribal clashes over grazing killed three in Marib.", "Tribal"),
        ("Ethnic clashes left five dead near Gambela.", "Ethnic"),
        ("Clashes between two villages over a well left two dead.", "Communal"),
    ],
)
def test_the_unnamed_militias_kind_follows_the_word(text: str, kind: str) -> None:
    assert unnamed_militia(text, "Somalia").name == f"Unidentified {kind} Militia (Somalia)"


def test_a_tribal_battle_gets_tribal_sides(registry: ActorRegistry, nlp: Language) -> None:
    text = "Tribal fighting over a grazing area left six people dead near Marib on Friday."
    roles = read_roles(registry, nlp, text, C, "Yemen", WHEN)
    assert roles.actor1 is not None and roles.actor1.name == "Unidentified Tribal Militia (Yemen)"
    assert roles.actor2 == roles.actor1


def test_both_rules_name_a_gang_victims_killer_alike(registry: ActorRegistry, nlp: Language) -> None:
    """Where the victim was a gang's man, his side is the same unnamed perpetrator as actor1."""
    text = "Gunmen shot dead a man in Tijuana on Friday; the victim was a member of a local gang."
    roles = read_roles(registry, nlp, text, C, "Mexico", WHEN)
    assert roles.actor1 is not None and roles.actor2 is not None
    assert roles.actor2.name == roles.actor1.name
    assert roles.actor2.type is not ActorType.CIVILIANS


def test_suspects_killed_in_a_raid_need_no_police_said() -> None:
    """The raid itself tells who killed them, however long the naming of the dead."""
    text = (
        "A suspected car thief and his driver, a wanted member of a robbery ring, were killed during "
        "a police raid in Davao."
    )
    assert targets.forces_killed_suspects(text)


def test_armed_men_firing_after_a_parenthesis_are_no_demonstrators() -> None:
    text = "Suspected jihadists stopped two buses between Dori and Seytenga (Seno), firing at the tyres."
    assert targets.armed_men_no_crowd(text)
