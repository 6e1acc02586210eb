"""Sides round 6: the target's standing decides between Attack, Armed clash and Mob violence.

A man named as one of the armed trade fell in a fight between armed groups; criminal suspects
the state's men kill with no fight told are the victims of an attack, and so are people they
detain and then beat; fighting between unnamed communities is a battle between communal
militias. Sentences written for these tests, in the style of ACLED notes and of wire copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.extract.sides_check import read_roles, sides_test
from tests.extract.test_roles_wire import WHEN

from vigil.extract import targets
from vigil.extract.actors import ActorRegistry
from vigil.extract.sides import recode
from vigil.taxonomy import ActorType, SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

A, M, C = SubEventType.ATTACK, SubEventType.MOB_VIOLENCE, SubEventType.ARMED_CLASH


@pytest.mark.parametrize(
    ("text", "country", "sub", "expected"),
    [
        pytest.param(
            "On 12 March 2021, a man was shot dead by three armed men in Fortaleza. The victim had a "
            "record for drug trafficking.",
            "Brazil",
            A,
            C,
            id="a trafficker killed is a battle between gangs",
        ),
        pytest.param(
            "A known gang leader was gunned down outside a bar in Tegucigalpa late on Friday.",
            "Honduras",
            A,
            C,
            id="a gang leader gunned down",
        ),
        pytest.param(
            "On 2 June 2021, a man was shot dead in Belem. The victim was a drug user.",
            "Brazil",
            A,
            A,
            id="a drug user is no armed man",
        ),
        pytest.param(
            "On 9 July 2021, soldiers shot dead two suspected kidnappers near Isiolo.",
            "Kenya",
            C,
            A,
            id="the army killing suspects, no fight told",
        ),
        pytest.param(
            "Two alleged car thieves were gunned down by police in Eldoret on Sunday, relatives said.",
            "Kenya",
            M,
            A,
            id="suspects killed by police are no mob's victims",
        ),
        pytest.param(
            "On 9 July 2021, police shot dead two suspected robbers after a shoot-out in Nakuru.",
            "Kenya",
            C,
            C,
            id="a shoot-out keeps the battle",
        ),
        pytest.param(
            "On 4 April 2021, soldiers killed five suspected militants near Diapaga.",
            "Burkina Faso",
            C,
            C,
            id="suspected militants are no criminal suspects",
        ),
        pytest.param(
            "On 3 June 2021, gendarmes detained and badly beat a herder at a checkpoint near Gaya.",
            "Niger",
            M,
            A,
            id="the state's men hold and beat a man",
        ),
        pytest.param(
            "Police raided a bar in Mombasa and assaulted several customers for breaking the curfew.",
            "Kenya",
            M,
            A,
            id="a raid and an assault",
        ),
        pytest.param(
            "Villagers caught a suspected thief and beat him badly in Parakou on Monday.",
            "Benin",
            M,
            M,
            id="villagers holding a thief stay a mob",
        ),
        pytest.param(
            "At least seven people died in inter-clan fighting over a grazing area in Galgaduud on Tuesday.",
            "Somalia",
            M,
            C,
            id="inter-clan fighting is a battle",
        ),
        pytest.param(
            "On 5 May 2021, tribal clashes over a water point left three dead in Marsabit.",
            "Kenya",
            A,
            C,
            id="tribal clashes",
        ),
        pytest.param(
            "Gunmen attacked a village and killed four people in Zamfara state on Monday.",
            "Nigeria",
            A,
            A,
            id="an attack on a village stays one",
        ),
    ],
)
def test_target_standing_moves_the_type(
    registry: ActorRegistry, nlp: Language, text: str, country: str, sub: SubEventType, expected: SubEventType
) -> None:
    assert recode(sub, text, registry.find(text, country=country), nlp(text)) is expected


def test_armed_trade_victim() -> None:
    assert targets.armed_trade_victim("A man was shot in Natal. The victim was armed.")
    assert targets.armed_trade_victim("The victims were members of a local gang, police said.")
    assert not targets.armed_trade_victim(
        "A woman was shot. The victim had passed information about gang activity."
    )
    assert not targets.armed_trade_victim("A trader was shot dead in the market.")


def test_forces_killed_suspects_needs_no_fight() -> None:
    assert targets.forces_killed_suspects("A drug suspect was killed during a police operation in Cebu.")
    assert not targets.forces_killed_suspects("A drug suspect was killed after he fired at police in Cebu.")
    assert not targets.forces_killed_suspects("Gunmen killed a suspected thief in Kisumu.")


def test_forces_held_and_hurt() -> None:
    assert targets.forces_held_and_hurt("Soldiers arrested and tortured a student in Goma.")
    assert not targets.forces_held_and_hurt("Youths arrested by soldiers attacked a trader.")
    assert not targets.forces_held_and_hurt("Residents caught and beat a thief.")


def test_communal_fight() -> None:
    assert targets.communal_fight("Revenge killings between two sub-clans left six dead.")
    assert targets.communal_fight("Communal violence erupted in the village after a murder.")
    assert not targets.communal_fight("Communal leaders met in the village to discuss the murder.")


SIDES = [
    pytest.param(
        "On 5 May 2021, inter-clan clashes over a borehole left four people dead near Wajir.",
        C, "Kenya", "Unidentified Clan Militia (Kenya)", "Unidentified Clan Militia (Kenya)",
        id="unnamed communities fight each other",
    ),
    pytest.param(
        "A man was shot dead by two gunmen in Manaus on Sunday. The victim had charges for drug trafficking.",
        # drug trafficking marks gang work where ACLED codes gangs: both sides are unnamed gangs
        C, "Brazil", "Unidentified Gang…", "Unidentified Gang…",
        id="a gang's man is no civilian",
    ),
    pytest.param(
        "On 8 June 2021, police shot dead a suspected robber during an operation in Porto-Novo.",
        A, "Benin", "Police Forces of Benin…", "Civilians (Benin)",
        id="a suspect the police kill is a civilian",
    ),
]  # fmt: skip
test_sides = sides_test(SIDES, WHEN)


def test_gang_victim_is_armed(registry: ActorRegistry, nlp: Language) -> None:
    text = "Two armed men shot a man dead in Recife. The victim was a member of a drug gang."
    roles = read_roles(registry, nlp, text, C, "Brazil", WHEN)
    assert roles.actor2 is not None and roles.actor2.type is not ActorType.CIVILIANS


def test_a_body_found_is_the_harmed(registry: ActorRegistry, nlp: Language) -> None:
    """ "The body of a policeman was found": the policeman is the victim, neither the attacker
    nor a sign of a fight (an Attack by an unidentified group)."""
    text = "The body of a policeman was found with stab wounds near Maradi on Tuesday."
    roles = read_roles(registry, nlp, text, A, "Niger", WHEN)
    assert roles.actor1 is not None and roles.actor1.type is not ActorType.STATE_FORCES
    assert recode(A, text, registry.find(text, country="Niger"), nlp(text)) is A


@pytest.mark.parametrize(
    "text",
    [
        "On 2 April 2021, ethnic violence left two dead and a dozen injured near Kaya.",
        "Clashes between two factions of a chief's family left three dead in the village on Sunday.",
    ],
)
def test_a_battle_of_communities_has_communal_sides(
    registry: ActorRegistry, nlp: Language, text: str
) -> None:
    roles = read_roles(registry, nlp, text, C, "Burkina Faso", WHEN)
    for actor in (roles.actor1, roles.actor2):
        assert actor is not None and actor.type is ActorType.IDENTITY_MILITIA, actor


def test_communal_wording_alone_keeps_the_type(registry: ActorRegistry, nlp: Language) -> None:
    """ "ethnic violence" gives the sides of a battle but moves no attack: ACLED codes it an
    Attack as often as not."""
    text = "Gunmen killed four Fulani men near Djibo amid rising ethnic violence."
    assert recode(A, text, registry.find(text, country="Burkina Faso"), nlp(text)) is A


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On 3 March 2021, market vendors clashed with municipal police over an eviction in Lilongwe. "
            "Six were injured.",
            M, id="vendors fighting the police are a mob",
        ),
        pytest.param(
            "Clashes broke out between villagers and soldiers at a checkpoint near Dori on Friday.",
            M, id="villagers and soldiers",
        ),
        pytest.param(
            "Villagers armed with hunting rifles clashed with soldiers near Dori on Friday.",
            C, id="armed villagers stay a battle",
        ),
    ],
)  # fmt: skip
def test_people_fighting_forces_are_a_mob(
    registry: ActorRegistry, nlp: Language, text: str, expected: SubEventType
) -> None:
    assert recode(C, text, registry.find(text, country="Malawi"), nlp(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Students of two secondary schools clashed with sticks and stones in Ziguinchor on Monday; eight were hurt.",
            M, id="students clashing are mobs",
        ),
        pytest.param(
            "On 6 June 2021, supporters of two candidates clashed in Bouake, leaving one dead.",
            M, id="supporters clashing",
        ),
        pytest.param(
            "Youths from two neighbourhoods clashed with machetes after a football match; herders joined in.",
            C, id="a community's men keep the battle",
        ),
        pytest.param(
            "Armed youths clashed with militants in Zamfara on Sunday.",
            C, id="armed youths stay a battle",
        ),
    ],
)  # fmt: skip
def test_people_clashing_are_mobs(
    registry: ActorRegistry, nlp: Language, text: str, expected: SubEventType
) -> None:
    assert recode(C, text, registry.find(text, country="Senegal"), nlp(text)) is expected


def test_an_unnamed_gangs_victim(registry: ActorRegistry, nlp: Language) -> None:
    text = "On 4 June 2021, a man was shot dead in Salvador. The victim was a known drug trafficker."
    roles = read_roles(registry, nlp, text, C, "Brazil", WHEN)
    assert roles.actor2 is not None and roles.actor2.type is not ActorType.CIVILIANS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Suspected militants stopped two lorries near Arbinda and fired shots at their tyres.",
            A, id="militants firing are no demonstrators",
        ),
        pytest.param(
            "Gunmen set fire to a customs office in Kantchari overnight.",
            SubEventType.LOOTING, id="gunmen burning an office destroy property",
        ),
        pytest.param(
            "Protesters burned tyres in Ouahigouya to denounce attacks by militants.",
            SubEventType.VIOLENT_DEMONSTRATION, id="a protest against militants stays one",
        ),
    ],
)  # fmt: skip
def test_armed_men_are_no_demonstration(
    registry: ActorRegistry, nlp: Language, text: str, expected: SubEventType
) -> None:
    sub = SubEventType.VIOLENT_DEMONSTRATION
    assert recode(sub, text, registry.find(text, country="Burkina Faso"), nlp(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Vigilantes and kidnappers fought in a forest near Lokoja on Tuesday; four vigilantes died.",
            C, id="vigilantes against kidnappers is a battle",
        ),
        pytest.param(
            "Youths fought with party activists at a polling station in Kano, injuring six.",
            M, id="party youths stay a mob",
        ),
    ],
)  # fmt: skip
def test_armed_men_fighting_are_no_mob(
    registry: ActorRegistry, nlp: Language, text: str, expected: SubEventType
) -> None:
    assert recode(M, text, registry.find(text, country="Nigeria"), nlp(text)) is expected


def test_a_named_group_of_members_is_no_mob(registry: ActorRegistry, nlp: Language) -> None:
    text = "Members of Boko Haram clashed with members of ISWAP near Lake Chad on Monday."
    assert recode(C, text, registry.find(text, country="Nigeria"), nlp(text)) is C


@pytest.mark.parametrize(
    ("text", "country", "actor1"),
    [
        (
            "Two bodies bound hand and foot were left beside a highway outside Culiacan with a threatening note.",
            "Mexico",
            "Unidentified Gang (Mexico)",
        ),
        # the same marks where ACLED codes no gang violence: an unnamed armed group
        (
            "Two bodies bound hand and foot were left beside a highway outside Mombasa with a threatening note.",
            "Kenya",
            "Unidentified Armed Group (Kenya)",
        ),
        # no gang marks: an unnamed armed group even in a gang country
        (
            "Unknown assailants shot a councillor dead outside his home in Oaxaca.",
            "Mexico",
            "Unidentified Armed Group (Mexico)",
        ),
    ],
)
def test_an_unnamed_perpetrator_with_gang_marks(
    registry: ActorRegistry, nlp: Language, text: str, country: str, actor1: str
) -> None:
    roles = read_roles(registry, nlp, text, A, country, WHEN)
    assert roles.actor1 is not None and roles.actor1.name == actor1
