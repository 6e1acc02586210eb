"""Role rules (who is actor1, how unnamed sides are named), on sentences written for these tests."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from vigil.extract.actors import ActorRegistry
from vigil.extract.roles import Roles, assign_roles
from vigil.taxonomy import ActorType, SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

WHEN = date(2023, 3, 14)


def roles(
    registry: ActorRegistry,
    nlp: Language | None,
    text: str,
    sub: SubEventType,
    country: str | None,
    when: date | None = WHEN,
) -> Roles:
    mentions = registry.find(text, country=country, when=when)
    doc = nlp(text) if nlp is not None else None
    return assign_roles(text, mentions, sub, country=country, when=when, registry=registry, doc=doc)


@pytest.mark.parametrize("parsed", [True, False])
def test_unarmed_people_who_attack_are_rioters(registry: ActorRegistry, nlp: Language, parsed: bool) -> None:
    text = "Angry villagers beat a suspected thief to death near Kandi."
    r = roles(registry, nlp if parsed else None, text, SubEventType.ATTACK, "Benin")
    assert r.actor1 is not None and r.actor1.name == "Rioters (Benin)"
    assert r.actor1.type is ActorType.RIOTERS
    assert r.actor2 is not None and r.actor2.name == "Civilians (Benin)"


def test_ordinary_people_who_attack_civilians_are_a_communal_militia(
    registry: ActorRegistry, nlp: Language
) -> None:
    # violence against civilians is an organised actor's: farmers who raid a camp are a militia
    text = "Farmers attacked a herders' camp near Kandi and wounded three people."
    r = roles(registry, nlp, text, SubEventType.ATTACK, "Benin")
    assert r.actor1 is not None and r.actor1.name == "Unidentified Communal Militia (Benin)"
    assert r.actor1.type is ActorType.IDENTITY_MILITIA
    assert r.actor2 is not None and r.actor2.name == "Civilians (Benin)"


def test_a_communal_militia_is_named_after_its_locality(registry: ActorRegistry, nlp: Language) -> None:
    text = "People from Garou attacked two herders near the river."
    r = roles(registry, nlp, text, SubEventType.ATTACK, "Benin")
    assert r.actor1 is not None and r.actor1.name == "Garou Communal Militia (Benin)"


def test_two_armies_listed_before_exchanging_fire_are_opponents(
    registry: ActorRegistry, nlp: Language
) -> None:
    text = "Military forces of India and Pakistan exchanged fire across the Line of Control."
    r = roles(registry, nlp, text, SubEventType.ARMED_CLASH, "India", when=date(2020, 5, 4))
    assert r.actor1 is not None and r.actor1.name == "Military Forces of India (2014-)"
    assert r.actor2 is not None and r.actor2.name == "Military Forces of Pakistan (2018-)"
    assert r.actor2.type is ActorType.EXTERNAL_FORCES
    assert r.assoc_actor1 == ()


def test_armed_villagers_in_a_clash_stay_a_communal_militia(registry: ActorRegistry, nlp: Language) -> None:
    text = "Armed villagers clashed with gunmen near Kandi."
    r = roles(registry, nlp, text, SubEventType.ARMED_CLASH, "Benin")
    assert r.actor1 is not None and r.actor1.type is ActorType.IDENTITY_MILITIA


def test_a_demonym_gives_the_country_when_no_place_was_read(registry: ActorRegistry, nlp: Language) -> None:
    text = "Nigerien soldiers killed two civilians accused of helping the militants."
    r = roles(registry, nlp, text, SubEventType.ATTACK, None)
    assert r.actor1 is not None and r.actor1.name == "Military Forces of Niger (2021-)"
    assert r.actor1.type is ActorType.STATE_FORCES
    assert r.actor2 is not None and r.actor2.name == "Civilians (Niger)"


def test_no_country_and_no_clue_leaves_generic_sides_unplaced(registry: ActorRegistry) -> None:
    r = roles(registry, None, "Teachers marched to demand unpaid wages.", SubEventType.PEACEFUL_PROTEST, None)
    assert r.actor1 is not None and r.actor1.name == "Protesters" and r.actor1.country is None
    assert r.actor1.type is ActorType.PROTESTERS  # inter 6 is known even where the country is not


def test_the_noun_a_side_modifies_makes_it_the_attacker(registry: ActorRegistry, nlp: Language) -> None:
    text = "Saudi-led coalition air raids were reported on Houthi positions in Marib."
    r = roles(registry, nlp, text, SubEventType.AIR_DRONE_STRIKE, "Yemen")
    assert r.actor1 is not None and r.actor1.name == "Operation Restoring Hope"
    assert r.actor1.type is ActorType.EXTERNAL_FORCES


def test_a_unit_glossed_with_its_coalition_is_the_coalition(registry: ActorRegistry) -> None:
    text = "Suspected Katiba Macina (JNIM) militants attacked the gendarmerie post in Toeni."
    found = [m.actor.name for m in registry.find(text, country="Burkina Faso", when=date(2021, 4, 2))]
    assert found[0] == "JNIM: Group for Support of Islam and Muslims"
    assert "Katiba Macina" not in found


def test_named_state_units_carry_their_suffix(registry: ActorRegistry) -> None:
    text = "The Military Police raided the community and a suspect was shot dead."
    found = [m.actor.name for m in registry.find(text, country="Brazil", when=date(2020, 5, 8))]
    assert found[0] == "Military Forces of Brazil (2019-) Military Police"
    # the unit belongs to its own country only
    elsewhere = [m.actor.name for m in registry.find(text, country="Kenya", when=date(2020, 5, 8))]
    assert "Military Forces of Brazil (2019-) Military Police" not in elsewhere


def test_the_islamic_state_is_named_by_its_local_branch(registry: ActorRegistry) -> None:
    text = "Islamic State militants attacked a checkpoint near Rafah."
    found = [m.actor.name for m in registry.find(text, country="Egypt", when=date(2020, 5, 3))]
    assert found[0] == "Islamic State (Egypt)"
    iraq = [m.actor.name for m in registry.find(text, country="Iraq", when=date(2020, 5, 3))]
    assert iraq[0] == "Islamic State (Iraq)"
