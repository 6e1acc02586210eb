"""Actors and sides in wire copy, round 3: gangs and insurgents of theatres probed least, clan and
tribal fighters, national contingents of missions, allies sharing a noun, the one who launched an
attack that another repelled, and armed sides that fight their own kind.

Sentences written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.extract.sides_check import sides_test
from tests.extract.test_roles_wire import WHEN

from vigil.extract.actors import ActorRegistry
from vigil.extract.roles import score_mentions
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.language import Language


FOUND = [
    pytest.param(
        "Gunmen of the Gran Grif gang torched homes in Liancourt.",
        "Haiti",
        "Gran Grif Gang",
        id="a Haitian gang",
    ),
    pytest.param(
        "Police blamed Los Lobos for the killing of a prosecutor in Guayaquil.",
        "Ecuador",
        "Los Lobos Gang",
        id="an Ecuadorian prison gang",
    ),
    pytest.param(
        "Lashkar-e-Jhangvi said it planted the bomb.",
        "Pakistan",
        "LeJ: Lashkar-e-Jhangvi",
        id="a Pakistani sectarian group",
    ),
    pytest.param(
        "Red-Tabara fighters crossed the border from South Kivu.",
        "Burundi",
        "RED-Tabara: Resistance for the Rule of Law-Tabara",
        id="a Burundian rebel group",
    ),
    pytest.param(
        "Mai-Mai militiamen set up roadblocks near Uvira.",
        "Democratic Republic of Congo",
        "Mayi Mayi Militia",
        id="the Mai-Mai spelling of the Mayi Mayi",
    ),
    pytest.param(
        "Puntland security forces arrested four men in Bosaso.",
        "Somalia",
        "Military Forces of Somalia (2022-) Puntland Dervish Force",
        id="a federal member state's forces are a unit of the army",
    ),
    pytest.param(
        "A bomb hidden in a motorcycle wounded three rangers on patrol in Yala.",
        "Thailand",
        "Military Forces of Thailand (2023-) Thai Rangers",
        id="the deep south's rangers are the army's",
    ),
    pytest.param(
        "Insurgents set fire to a school in Pattani province.",
        "Thailand",
        "Malay Muslim Separatists (Thailand)",
        id="insurgents of Thailand's deep south",
    ),
    pytest.param(
        "Rival clan militias exchanged fire over a water point near Beledweyne.",
        "Somalia",
        "Unidentified Clan Militia (Somalia)",
        id="clan militias are ACLED's clan militias",
    ),
    pytest.param(
        "Misseriya tribesmen drove off the herd.",
        "Sudan",
        "Misseriya Ethnic Militia (Sudan)",
        id="tribesmen of a named people are its militia",
    ),
    pytest.param(
        "Choneros hitmen shot a prison guard in Machala.",
        "Ecuador",
        "Los Choneros Gang",
        id="the short name of an Ecuadorian gang",
    ),
]


@pytest.mark.parametrize(("text", "country", "expected"), FOUND)
def test_named_actor_found(registry: ActorRegistry, text: str, country: str, expected: str) -> None:
    names = [m.actor.name for m in registry.find(text, country=country, when=WHEN)]
    assert expected in names, names


def test_gang_members_of_a_named_coalition_are_the_coalition(registry: ActorRegistry) -> None:
    text = "Gang members of the Viv Ansanm coalition looted a hospital in the capital."
    names = [m.actor.name for m in registry.find(text, country="Haiti", when=WHEN)]
    assert names[0] == "Viv Ansanm" and "Unidentified Gang (Haiti)" not in names


def test_a_contingent_fights_as_its_mission(registry: ActorRegistry) -> None:
    text = "Jamaican soldiers serving with the multinational security mission came under fire."
    names = [m.actor.name for m in registry.find(text, country="Haiti", when=WHEN)]
    assert names == ["MSS: Multinational Security Support Mission in Haiti"]


def test_an_abbreviated_demonym_shares_the_noun(registry: ActorRegistry) -> None:
    text = "U.S. and French forces struck a jihadist camp."
    names = [m.actor.name for m in registry.find(text, country="Syria", when=WHEN)]
    assert names[0].startswith("Military Forces of the United States")
    assert names[1].startswith("Military Forces of France")


SIDES = [
    pytest.param(
        "Police said they had repelled a Clan del Golfo attack on a station in Antioquia, killing two "
        "gunmen.",
        SubEventType.ARMED_CLASH,
        "Colombia",
        "Gulf Clan",
        "Police Forces of Colombia…",
        id="the name on a repelled attack launched it",
    ),
    pytest.param(
        "Two clan militias fought over a disputed well on Saturday, killing nine people.",
        SubEventType.ARMED_CLASH,
        "Somalia",
        "Unidentified Clan Militia (Somalia)",
        "Unidentified Clan Militia (Somalia)",
        id="two militias of one kind fight each other",
    ),
    pytest.param(
        "Rival factions of the CJNG clashed in a town in Jalisco, leaving six dead.",
        SubEventType.ARMED_CLASH,
        "Mexico",
        "CJNG: Jalisco New Generation Cartel",
        "CJNG: Jalisco New Generation Cartel",
        id="a group's factions fight the group",
    ),
    pytest.param(
        "U.S. and British warplanes bombed a radar site on the coast on Tuesday.",
        SubEventType.AIR_DRONE_STRIKE,
        "Yemen",
        "Military Forces of the United States…",
        None,
        id="the first of two allies sharing a noun leads",
    ),
]


test_sides = sides_test(SIDES, WHEN)


def test_the_attackers_driven_off_are_the_attackers(registry: ActorRegistry, nlp: Language) -> None:
    text = (
        "Mayi Mayi militiamen and police traded fire at a checkpoint near Butembo on Monday. Officers "
        "drove off the assailants."
    )
    scored = score_mentions(
        text, registry.find(text, country="Democratic Republic of Congo", when=WHEN), doc=nlp(text)
    )
    agency = {s.mention.actor.mention: s.agency for s in scored}
    assert agency["assailants"] > agency["Officers"], agency
