"""Sides in wire copy: claims of responsibility, foreign forces, peacekeepers, accused police, armed
men who are no mob, and vague press names scoped to the countries they name one group in.

Sentences written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from tests.extract.sides_check import NOBODY, read_roles, sides_test

from vigil.extract.actors import ActorRegistry
from vigil.extract.communal import armed_men_not_a_crowd
from vigil.extract.roles import Roles, score_mentions
from vigil.extract.sides import armed_victims, recode, unarmed_victims
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

WHEN = date(2024, 3, 4)


def roles(registry: ActorRegistry, nlp: Language, text: str, sub: SubEventType, country: str) -> Roles:
    return read_roles(registry, nlp, text, sub, country, WHEN)


SIDES = [
    pytest.param("Gunmen killed 12 villagers in the north on Sunday. No group has claimed responsibility, but Boko "
                 "Haram has previously claimed responsibility for similar attacks.", SubEventType.ATTACK, "Nigeria",
                 "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", id="a claim of other acts is background"),
    pytest.param("Gunmen killed 12 worshippers in a church on Sunday. In 2019, Boko Haram claimed the attack on a "
                 "church in the same city.", SubEventType.ATTACK, "Nigeria", "Unidentified Armed Group (Nigeria)",
                 "Civilians (Nigeria)", id="a claim of another year is background"),
    pytest.param("Soldiers, who have been fighting Fano militiamen in the region, killed 20 civilians in a village "
                 "on Sunday.", SubEventType.ATTACK, "Ethiopia", "Military Forces of Ethiopia…", "Civilians (Ethiopia)",
                 id="a fight named in an aside makes no clash"),
    pytest.param("A Russian glide bomb hit a bakery in the city on Monday, killing two women.",
                 SubEventType.AIR_DRONE_STRIKE, "Ukraine", "Military Forces of Russia (2000-) Air Force",
                 "Civilians (Ukraine)", id="a bomb from the air named by its demonym is that air force's"),
    pytest.param("Gunmen stormed a wedding hall in the capital on Friday, killing 40 guests, and Islamic State "
                 "claimed responsibility.", SubEventType.ATTACK, "Russia", "Islamic State", "Civilians (Russia)",
                 id="the group that claims the act is its actor1, the gunmen its men"),
    pytest.param("A car bomb killed six people at a market on Sunday in an attack claimed by al Shabaab.",
                 SubEventType.REMOTE_EXPLOSIVE, "Somalia", "Al Shabaab", "Civilians (Somalia)",
                 id="claimed by a group"),
    pytest.param("Gunmen shot dead a provincial governor on Monday, and al Shabaab later claimed the killing.",
                 SubEventType.ATTACK, "Somalia", "Al Shabaab", "Civilians (Somalia)",
                 id="a later claim of the killing"),
    pytest.param("A suicide bomber killed nine people at a rally on Friday; the Pakistani Taliban denied "
                 "involvement.", SubEventType.SUICIDE_BOMB, "Pakistan", "Unidentified Armed Group (Pakistan)",
                 "Civilians (Pakistan)", id="a group that denies involvement is no side"),
    pytest.param("Two U.S. service members were wounded in a rocket attack on a base in Iraq, the Pentagon said, "
                 "blaming Iran-backed militias.", SubEventType.SHELLING, "Iraq", "Unidentified Armed Group (Iraq)",
                 "Military Forces of the United States…", id="foreign service members hit, the blamed attack"),
    pytest.param("A drone attack on an outpost in Syria wounded four American soldiers, officials said, blaming "
                 "Iran-backed militias.", SubEventType.AIR_DRONE_STRIKE, "Syria", "Unidentified Armed Group (Syria)",
                 "Military Forces of the United States…", id="a weapon does not make the host army the attacker"),
    pytest.param("Houthi fighters fired three missiles at a cargo ship in the Gulf of Aden on Tuesday.",
                 SubEventType.SHELLING, "Yemen", None, NOBODY, id="the missiles fired are no side"),
    pytest.param("Kenyan police said they had found the bodies of four men in a forest; rights activists "
                 "accused officers of killing them.", SubEventType.ATTACK, "Kenya", "Police Forces of Kenya…",
                 "Civilians (Kenya)", id="officers accused of the killings are actor1, the finders no witness"),
    pytest.param("A Nepalese peacekeeper was killed when rebels attacked a U.N. base in Ituri province.",
                 SubEventType.ARMED_CLASH, "Democratic Republic of Congo", None, "MONUSCO: …",
                 id="peacekeepers are the country's UN mission"),
    pytest.param("Gunmen fired on U.N. peacekeepers guarding a camp for displaced people in Malakal.",
                 SubEventType.ARMED_CLASH, "South Sudan", None, "UNMISS: …", id="peacekeepers in South Sudan"),
    pytest.param("Al Shabaab fighters attacked an African Union Mission in Somalia base in Hiraan region.",
                 SubEventType.ARMED_CLASH, "Somalia", "Al Shabaab", "ATMIS: …",
                 id="the African Union mission after April 2022 is ATMIS"),
    pytest.param("Dissidents of the former FARC ambushed a police patrol in Narino on Tuesday.",
                 SubEventType.ARMED_CLASH, "Colombia", "FARC Dissident: …", "Police Forces of Colombia…",
                 id="dissidents of the former FARC are ACLED's FARC dissidents"),
    pytest.param("Jihadists ambushed an army convoy in the Tahoua region on Monday, killing 12 soldiers.",
                 SubEventType.ARMED_CLASH, "Niger", "Unidentified Armed Group (Niger)", "Military Forces of Niger…",
                 id="vague jihadists in Niger name no one group"),
    pytest.param("Jihadists ambushed an army convoy in Borno state on Monday, killing 12 soldiers.",
                 SubEventType.ARMED_CLASH, "Nigeria", "Boko Haram…", "Military Forces of Nigeria…",
                 id="vague jihadists in Nigeria's northeast still do"),
]  # fmt: skip


test_wire_sides = sides_test(SIDES, WHEN)


def test_a_claimant_has_no_ally_among_the_dead(registry: ActorRegistry, nlp: Language) -> None:
    text = "Gunmen killed 12 people at a bus station, and the Islamic State claimed responsibility."
    mentions = registry.find(text, country="Somalia", when=WHEN)
    scored = {text[s.mention.start : s.mention.end]: s for s in score_mentions(text, mentions, nlp(text))}
    assert scored["Islamic State"].agency >= 2 and scored["Islamic State"].ally_of == -1
    assert scored["Gunmen"].mention.actor.name.startswith("Islamic State")


@pytest.mark.parametrize(
    ("text", "sub", "expected"),
    [
        ("Gunmen set fire to an electoral office in Imo state on Sunday, burning voting materials.",
         SubEventType.MOB_VIOLENCE, SubEventType.LOOTING),
        ("Gunmen set fire to a market in Imo state on Sunday, killing two traders.",
         SubEventType.MOB_VIOLENCE, SubEventType.ATTACK),
        ("An angry crowd set fire to a police station in Imo state on Sunday after a man died in custody.",
         SubEventType.MOB_VIOLENCE, SubEventType.MOB_VIOLENCE),
        ("Police said they recovered the bodies of three men dumped near a dam, and residents accused "
         "officers of the killings.", SubEventType.ARMED_CLASH, SubEventType.ATTACK),
    ],
)  # fmt: skip
def test_recode_armed_men_and_the_dead_found(
    registry: ActorRegistry, nlp: Language, text: str, sub: SubEventType, expected: SubEventType
) -> None:
    mentions = registry.find(text, country="Nigeria", when=WHEN)
    assert recode(sub, text, mentions, nlp(text)) is expected


def test_a_community_that_assaults_may_be_a_mob(registry: ActorRegistry, nlp: Language) -> None:
    text = "Members of the Fulani community assaulted a man accused of stealing sheep."
    mentions = registry.find(text, country="Benin", when=WHEN)
    assert not armed_men_not_a_crowd(text, mentions, nlp(text))


@pytest.mark.parametrize(
    "text",
    [
        "Unknown gunmen shot dead a district commissioner on the highway.",
        "Gunmen attacked a relief convoy, killing two staff.",
        "Militants killed a judge outside the court.",
    ],
)
def test_office_holders_and_staff_are_unarmed_victims(text: str) -> None:
    assert unarmed_victims(text)


def test_the_dead_found_are_harmed_only_when_unarmed() -> None:
    assert unarmed_victims("Police recovered the bodies of five men from a river.")
    # a fighter's body found tells of no fight
    assert not armed_victims("The body of a militia fighter was found near the road.")
