"""Whom an attack targets: armed forces only (a battle) or unarmed people (violence against civilians)."""

from __future__ import annotations

from typing import Any

import pytest

from vigil.extract.sides import recode, targets_armed_only
from vigil.taxonomy import SubEventType


@pytest.mark.parametrize(
    ("text", "armed_only"),
    [
        ("Unidentified gunmen attacked the gendarmerie post in Toeni overnight.", True),
        ("Militants ambushed an army patrol near the border, wounding two soldiers.", True),
        ("Gunmen attacked villagers in the market and killed three farmers.", False),
        ("By the river, soldiers summarily executed three members of the Fulani community.", False),
        ("Militants killed a teacher in front of his school.", False),
    ],
)
def test_an_attack_on_armed_forces_alone_is_told_apart(
    text: str, armed_only: bool, registry: Any, nlp: Any
) -> None:
    mentions = registry.find(text, country="Burkina Faso")
    assert targets_armed_only(text, mentions, nlp(text)) is armed_only


@pytest.mark.parametrize(
    ("text", "country", "organised"),
    [
        (
            "CJNG members fought a gun battle with National Guard officers outside the village.",
            "Mexico",
            True,
        ),
        ("The TCP (Pure Third Command) and the CV (Red Command) fought for a hillside slum.", "Brazil", True),
        ("Locals hurled stones and scuffled with police in the market area.", "India", False),
        ("After a theft, residents beat up members of the Fulani community.", "Benin", False),
    ],
)
def test_organised_armed_sides_are_told_from_a_crowd(
    text: str, country: str, organised: bool, registry: Any, nlp: Any
) -> None:
    from vigil.extract.sides import organised_sides

    assert organised_sides(text, registry.find(text, country=country), nlp(text)) is organised


@pytest.mark.parametrize(
    ("text", "armed_only"),
    [
        ("Gunmen opened fire on forest guards at their post and seized two motorbikes.", True),
        ("A park ranger was found murdered near the reserve.", True),
        ("Militants shot dead an off-duty policeman outside his home.", False),
        ("Gunmen killed a retired soldier and his wife in the village.", False),
        ("Cartel gunmen shot an off-duty police officer who was out shopping with her family.", False),
        ("Militants killed a member of a security agency (assumed off-duty soldier) at home.", False),
        ("Gang members shot and killed a former military officer in the town.", False),
        ("The body of a man with his hands tied was found by military police officers.", False),
    ],
)
def test_guards_on_duty_are_armed_and_off_duty_ones_civilians(
    text: str, armed_only: bool, registry: Any, nlp: Any
) -> None:
    assert targets_armed_only(text, registry.find(text, country="Niger"), nlp(text)) is armed_only


@pytest.mark.parametrize(
    ("text", "mob"),
    [
        ("A number of villagers beat a suspected thief to death in the market.", True),
        ("Angry residents attacked and wounded a man accused of witchcraft.", True),
        ("Armed men attacked a farmer on the road and wounded him.", False),
        ("Villagers equipped with firearms attacked a hamlet and killed two people.", False),
        ("Herders attacked and wounded a farmer whose field they crossed.", False),
    ],
)
def test_harm_done_by_ordinary_people_is_a_mob(text: str, mob: bool, registry: Any, nlp: Any) -> None:
    from vigil.extract.sides import unorganised_agents

    assert unorganised_agents(text, registry.find(text, country="Ghana"), nlp(text)) is mob


@pytest.mark.parametrize(
    ("sub", "text", "expected"),
    [
        # both sides fired: a battle, whatever the wording suggested
        (
            SubEventType.ATTACK,
            "Bandits attacked a police patrol and exchanged fire with the officers for an hour.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.SHELLING,
            "Government troops responded to rebel shelling on the northern front, killing several fighters.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.MOB_VIOLENCE,
            "A shoot-out broke out between two armed groups in the neighbourhood.",
            SubEventType.ARMED_CLASH,
        ),
        # a crowd, not an armed group
        (
            SubEventType.ATTACK,
            "A number of villagers beat a suspected thief to death in the market.",
            SubEventType.MOB_VIOLENCE,
        ),
        # a "clash" in which only unarmed people are harmed is an attack
        (
            SubEventType.ARMED_CLASH,
            "Militants assassinated a village councillor on the road to the market.",
            SubEventType.ATTACK,
        ),
        # a fight stays a fight; an attack on people stays an attack
        (
            SubEventType.ARMED_CLASH,
            "Militants clashed with soldiers near the border and killed two civilians.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.ATTACK,
            "Gunmen stormed a village and killed five civilians.",
            SubEventType.ATTACK,
        ),
        # a shoot-out between unnamed sides, or fire answered with fire, is a battle
        (
            SubEventType.OTHER,
            "It was reported that a shoot-out took place in the neighbourhood.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.GRENADE,
            "Militants threw a hand grenade at an army position; the soldiers opened gunfire in response.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.SHELLING,
            "Government forces responded to pro-rebel shelling near the front line.",
            SubEventType.ARMED_CLASH,
        ),
        # guns turned on police on duty are no mob; police firing to disperse a crowd leave it one
        (
            SubEventType.MOB_VIOLENCE,
            "Two armed men on a motorcycle opened fire on police officers at a checkpoint.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.MOB_VIOLENCE,
            "Residents attacked policemen who were arresting a farmer; officers fired warning shots.",
            SubEventType.MOB_VIOLENCE,
        ),
        # an off-duty soldier shot by militants is a civilian: the "clash" is an attack
        (
            SubEventType.ARMED_CLASH,
            "Militants shot and killed a soldier who was off duty, sitting in front of his house.",
            SubEventType.ATTACK,
        ),
        (SubEventType.PEACEFUL_PROTEST, "Traders marched to the town hall.", SubEventType.PEACEFUL_PROTEST),
        # headline passives with no "was/were": the one attacked is the harmed side
        (
            SubEventType.ATTACK,
            "Police station in Kaya attacked overnight, 2 policemen wounded",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.ATTACK,
            "Army patrol ambushed near the border, 4 soldiers killed.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.ARMED_CLASH,
            "Market traders attacked by gunmen near Kaya, 3 civilians killed.",
            SubEventType.ATTACK,
        ),
        # violence between communities is a battle between their militias, whoever was harmed
        (
            SubEventType.ATTACK,
            "Two herders were killed amid intercommunal violence in the district.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.MOB_VIOLENCE,
            "Three people died in a conflict between farmers and herders over a field.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.ARMED_CLASH,
            "One farmer was killed during inter-communal clashes over grazing land.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.MOB_VIOLENCE,
            "A group of farmers clashed with cattle breeders over damaged crops, leaving one dead.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.ATTACK,
            "Gunmen fought with soldiers who were guarding farmers; two farmers were killed.",
            SubEventType.ATTACK,
        ),
        # the armed target named first is the aim; civilians harmed after it were caught in it
        (
            SubEventType.ATTACK,
            "Insurgents raided a military post outside the town and wounded three residents.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.ATTACK,
            "Gunmen killed two farmers and then fired on a police patrol that came to help.",
            SubEventType.ATTACK,
        ),
        (
            SubEventType.ATTACK,
            "Militants abducted and killed four people described as militiamen of a self-defence group.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.ATTACK,
            "The raid by the army left 5 insurgents dead in the forest.",
            SubEventType.ARMED_CLASH,
        ),
        # ordinary people assaulting someone are a mob; the state's men beating people are not
        (
            SubEventType.ATTACK,
            "Two neighbours assaulted a shopkeeper over an unpaid debt.",
            SubEventType.MOB_VIOLENCE,
        ),
        (
            SubEventType.ATTACK,
            "Police officers assaulted a shopkeeper over an unpaid bribe.",
            SubEventType.ATTACK,
        ),
        (
            SubEventType.MOB_VIOLENCE,
            "Soldiers beat three motorcyclists who had broken the curfew.",
            SubEventType.ATTACK,
        ),
        (
            SubEventType.MOB_VIOLENCE,
            "A group of youths attacked a herders' camp and burned the huts.",
            SubEventType.ATTACK,
        ),
        # guns in a fight with armed men: no crowd's doing
        (
            SubEventType.MOB_VIOLENCE,
            "Three armed men on a motorbike clashed with soldiers at the bridge; one man died.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.MOB_VIOLENCE,
            "Youths clashed with police, who fired tear gas and live rounds to disperse them.",
            SubEventType.MOB_VIOLENCE,
        ),
        (
            SubEventType.MOB_VIOLENCE,
            "Two police officers were assaulted by angry traders at the market.",
            SubEventType.MOB_VIOLENCE,
        ),
        # mob justice told by the police stays a mob's; a mob at one house is no raid
        (
            SubEventType.MOB_VIOLENCE,
            "Police said residents beat a suspected thief to death near the market.",
            SubEventType.MOB_VIOLENCE,
        ),
        (
            SubEventType.MOB_VIOLENCE,
            "An angry mob attacked the village chief's house after the arrest.",
            SubEventType.MOB_VIOLENCE,
        ),
        # an old assault told in court is no mob violence of the day
        (
            SubEventType.ATTACK,
            "A man was sentenced for having assaulted a woman in 2019.",
            SubEventType.ATTACK,
        ),
        # the dead counted after a fight with a named group fell in the battle
        (
            SubEventType.ATTACK,
            "Troops fought IPOB gunmen near Orlu overnight; residents said many people died.",
            SubEventType.ARMED_CLASH,
        ),
        (
            SubEventType.ATTACK,
            "IPOB gunmen killed four traders near Orlu overnight; residents said many people died.",
            SubEventType.ATTACK,
        ),
        # who tells of the attack on soldiers was not its target
        (
            SubEventType.ATTACK,
            "IPOB gunmen attacked federal forces near Orlu on Tuesday, residents said.",
            SubEventType.ARMED_CLASH,
        ),
        # a bare "X and Y clashed" is a mob about a third of the time: left to the model
        (
            SubEventType.MOB_VIOLENCE,
            "A number of farmers and herders clashed in the village; two were wounded.",
            SubEventType.MOB_VIOLENCE,
        ),
    ],
)
def test_recode_applies_the_codebook_lines_by_actor(
    sub: SubEventType, text: str, expected: SubEventType, registry: Any, nlp: Any
) -> None:
    assert recode(sub, text, registry.find(text, country="Nigeria"), nlp(text)) is expected


@pytest.mark.parametrize(
    ("text", "armed", "unarmed"),
    [
        # a bare participle with no object after it is a passive: its subject was harmed
        ("Gendarmerie post near the mine attacked overnight, 1 gendarme wounded", True, False),
        ("Military convoy ambushed near the town", True, False),
        ("Soldiers attacked by militants on the main road.", True, False),
        ("Villagers attacked by gunmen, 3 killed.", False, True),
        # an object after the verb makes it active: the subject did the harming
        ("Soldiers attacked the market in the town.", False, False),
        ("Villagers attacked a police station after the arrest.", True, False),
        ("Militants reportedly abducted, executed and mutilated a teacher.", False, True),
        ("Soldiers executed seven members of the Peul community near the well.", False, True),
        ("Gunmen killed two people described as self-defence militiamen.", True, False),
        ("The operation left three rebels dead near the hills.", True, False),
    ],
)
def test_headline_passives_name_the_harmed(text: str, armed: bool, unarmed: bool) -> None:
    from vigil.extract.sides import armed_victims, unarmed_victims

    assert (armed_victims(text), unarmed_victims(text)) == (armed, unarmed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militiamen attacked federal forces in the town on Tuesday, residents said.",
            SubEventType.ARMED_CLASH,
        ),
        ("Fighters ambushed a convoy of government forces near the river.", SubEventType.ARMED_CLASH),
        ("Government forces were ambushed near the river.", SubEventType.ARMED_CLASH),
        # the forces who shoot are not the harmed
        ("Ethiopian forces shot at a minibus near Gondar on Friday, killing four.", SubEventType.ATTACK),
        ("Junta forces attacked on Friday the village of Kani.", SubEventType.ATTACK),
    ],
)
def test_forces_harmed_alone_make_an_attack_a_battle(text: str, expected: SubEventType) -> None:
    assert recode(SubEventType.ATTACK, text, []) is expected
