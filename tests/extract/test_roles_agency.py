"""Who acts: the mention scoring rules (vigil.extract.agency) and the sides they lead to.

Sentences written for these tests, in the styles of ACLED notes and wire copy.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from tests.extract.sides_check import read_roles

from vigil.extract.actors import ActorRegistry
from vigil.extract.roles import Roles, score_mentions
from vigil.taxonomy import ActorType, SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

WHEN = date(2020, 5, 4)


def roles(registry: ActorRegistry, nlp: Language, text: str, sub: SubEventType, country: str | None) -> Roles:
    return read_roles(registry, nlp, text, sub, country, WHEN)


def agency(registry: ActorRegistry, nlp: Language, text: str, country: str | None = "Mali") -> dict[str, int]:
    mentions = registry.find(text, country=country, when=WHEN)
    return {
        text[s.mention.start : s.mention.end]: s.agency for s in score_mentions(text, mentions, nlp(text))
    }


def test_a_hedge_before_the_group_does_not_make_it_the_object(registry: ActorRegistry, nlp: Language) -> None:
    # spaCy reads "presumed" as a verb taking the group as its object
    text = "Around 3 May 2021 (as reported), presumed ISGS militants killed a herder and took his cattle near Tin."
    assert agency(registry, nlp, text, "Burkina Faso")["ISGS militants"] > 0
    r = roles(registry, nlp, text, SubEventType.ATTACK, "Burkina Faso")
    assert r.actor1 is not None and r.actor1.name.startswith("Islamic State")


def test_who_found_the_body_did_not_kill(registry: ActorRegistry, nlp: Language) -> None:
    text = "The body of a trader with gunshot wounds was found by police officers near the market."
    assert agency(registry, nlp, text, "Kenya")["police officers"] < 0
    r = roles(registry, nlp, text, SubEventType.ATTACK, "Kenya")
    assert r.actor1 is not None and r.actor1.name == "Unidentified Armed Group (Kenya)"


def test_the_defender_is_not_the_attacker(registry: ActorRegistry, nlp: Language) -> None:
    text = "Suspected militants attempted to attack a school, and gendarmes repelled the attack."
    scores = agency(registry, nlp, text, "Burkina Faso")
    assert scores["Suspected militants"] > scores["gendarmes"] > 0


def test_a_claim_of_the_attack_names_the_attacker(registry: ActorRegistry, nlp: Language) -> None:
    text = "JNIM claimed the attack on an army post near the border."
    assert agency(registry, nlp, text)["JNIM"] == 2


def test_without_a_country_the_side_keeps_its_inter_code(registry: ActorRegistry, nlp: Language) -> None:
    text = "Soldiers executed four men in the village."
    r = roles(registry, nlp, text, SubEventType.ATTACK, None)
    assert r.actor1 is not None and r.actor1.name == "Military Forces"
    assert r.actor1.type is ActorType.STATE_FORCES and r.actor1.country is None
    assert r.actor2 is not None and r.actor2.type is ActorType.CIVILIANS


def test_a_curfew_is_the_government(registry: ActorRegistry, nlp: Language) -> None:
    text = "The governor imposed a nightly curfew in the province after the attacks."
    r = roles(registry, nlp, text, SubEventType.CHANGE_TO_GROUP, "Burkina Faso")
    assert r.actor1 is not None and r.actor1.name == "Government of Burkina Faso (2015-)"
    assert r.actor1.type is ActorType.STATE_FORCES
    # the army moving its troops is still the army
    text = "Soldiers set up a new base near the border."
    r = roles(registry, nlp, text, SubEventType.CHANGE_TO_GROUP, "Burkina Faso")
    assert r.actor1 is not None and r.actor1.name.startswith("Military Forces of Burkina Faso")


def test_the_home_army_comes_first_when_two_armies_exchange_fire(
    registry: ActorRegistry, nlp: Language
) -> None:
    text = "Military forces of India and Pakistan traded fire along the Line of Control on Sunday."
    r = roles(registry, nlp, text, SubEventType.ARMED_CLASH, "Pakistan")
    assert r.actor1 is not None and r.actor1.name == "Military Forces of Pakistan (2018-)"
    assert r.actor1.type is ActorType.STATE_FORCES
    assert r.actor2 is not None and r.actor2.type is ActorType.EXTERNAL_FORCES


def test_the_author_of_an_attack_noun_is_the_attacker(registry: ActorRegistry, nlp: Language) -> None:
    a = agency(registry, nlp, "Malian troops repelled an attack by JNIM militants near Boni.")
    assert a["JNIM militants"] > a["Malian troops"] > 0


def test_who_only_reports_the_violence_is_not_a_side(registry: ActorRegistry, nlp: Language) -> None:
    text = "Gunmen shot dead four traders at a cattle market near Gao on Monday, police and witnesses said."
    assert agency(registry, nlp, text)["police"] < 0
    r = roles(registry, nlp, text, SubEventType.ATTACK, "Mali")
    assert r.actor2 is not None and r.actor2.name == "Civilians (Mali)"
    assert all(a is None or "Police" not in a.name for a in (r.actor1, r.actor2))


def test_who_says_it_carried_out_the_attack_is_the_attacker(registry: ActorRegistry, nlp: Language) -> None:
    # the parse hangs "it had carried out" on the noun before it, not on "said"
    text = (
        "JNIM said in a message shared by an account close to the group that it had carried out "
        "the ambush on the convoy."
    )
    assert agency(registry, nlp, text)["JNIM"] == 2


def test_a_speaker_in_the_event_keeps_an_open_role(registry: ActorRegistry, nlp: Language) -> None:
    text = "Soldiers said they were ambushed by militants on the road to Gao."
    assert agency(registry, nlp, text)["Soldiers"] == 0


def test_a_speaker_who_tells_its_own_fight_stays_a_side(registry: ActorRegistry, nlp: Language) -> None:
    text = "JNIM reported that its fighters clashed with soldiers near Gao, losing three men."
    assert agency(registry, nlp, text)["JNIM"] >= 0


def test_who_claims_to_have_killed_is_the_attacker(registry: ActorRegistry, nlp: Language) -> None:
    text = "Around 3 May 2020 (as reported), JNIM claimed to have killed four soldiers near Gao."
    assert agency(registry, nlp, text)["JNIM"] == 2


def test_who_tells_reporters_about_the_dead_is_a_witness(registry: ActorRegistry, nlp: Language) -> None:
    text = "A police officer told reporters that most of the dead were traders, among them two elders."
    assert agency(registry, nlp, text, "Somalia")["police officer"] < 0


def test_mutinous_forces_are_the_rioters_not_their_opponents(registry: ActorRegistry, nlp: Language) -> None:
    text = (
        "Mutinying soldiers fired into the air and looted shops in a garrison town, demanding unpaid bonuses."
    )
    r = roles(registry, nlp, text, SubEventType.VIOLENT_DEMONSTRATION, "Mali")
    assert r.actor1 is not None and r.actor1.type is ActorType.RIOTERS
    assert r.actor2 is None
    # without a mutiny, soldiers facing a violent crowd are its opponents
    r = roles(
        registry,
        nlp,
        "Rioters stoned soldiers guarding the market.",
        SubEventType.VIOLENT_DEMONSTRATION,
        "Mali",
    )
    assert r.actor2 is not None and r.actor2.type is ActorType.STATE_FORCES


def test_a_pronoun_before_the_speaker_is_not_the_speaker(registry: ActorRegistry, nlp: Language) -> None:
    # "it" is the missile: the navy that reports the miss is a witness, not a side
    text = "Rebels fired a rocket at a cargo ship on Monday, but it missed, the Indian navy said."
    scores = agency(registry, nlp, text, country="India")
    assert scores["Indian navy"] < 0
    # after the speaker, "it" is the speaker: "the army said it killed 20"
    scores = agency(registry, nlp, "The Indian army said it killed 20 rebels in the hills.", country="India")
    assert scores["Indian army"] > 0
