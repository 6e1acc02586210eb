"""Twenty-sixth round: four more blind sets (Europe, Russia and Ukraine; Africa outside the Sahel;
the Americas and Asia; other kinds of text). Two tellings of a toll in one sentence, a superseded
toll, a number inside a gang's name, an aside between a count and its verb, a grenade thrower
called "an unknown person", a shootout recalled as background, a river named after a city.

Sentences written for these tests, in the style of the texts they imitate.
"""

from __future__ import annotations

from typing import Any

import pytest


def _principal(coder: Any, text: str, year: int, month: int, day: int) -> Any:
    """The principal report ``vigil code`` gives ``text`` published on that day."""
    from datetime import date

    from vigil.domain import Article

    report = coder.code(Article(text=text, published=date(year, month, day))).principal_report
    assert report is not None
    return report


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        # a party's boast told beside a source's toll in the same sentence gives way to it
        (
            [
                "At least 12 fighters from both sides died, a doctor said, while the rebels claimed to have killed 80 soldiers."
            ],
            12,
        ),
        (
            [
                "At least four fighters were killed, according to a militia commander, while the M23 said it had killed dozens of militiamen."
            ],
            4,
        ),
        (
            [
                "The rebels claimed their fighters had killed 30 soldiers, while an army spokesman said three soldiers and two rebels died."
            ],
            5,
        ),
        # two tellings of one group's dead: the lower stands
        (
            [
                "The ministry said seven gunmen died, but the prosecutor reported recovering the bodies of five gunmen."
            ],
            5,
        ),
        # two tellings of different groups add up
        (
            [
                "Six soldiers were killed, an official said, while the ministry said 14 insurgents died in the fighting."
            ],
            20,
        ),
        # an earlier toll revised is no more dead
        (
            ["At least 9 inmates were killed, the prisons agency said, revising down an earlier toll of 12."],
            9,
        ),
        # a number in a gang's name is no count
        (
            [
                "Three members of the 400 Mawozo gang and a police officer were killed in the raid, police said."
            ],
            4,
        ),
        # a wounded victim who died later adds to the toll, an aside between the count and the verb
        (
            [
                "Gunmen shot dead a councillor on Monday.",
                "They also wounded two people; one of them, a driver, died later in hospital.",
            ],
            2,
        ),
        (
            [
                "A grenade wounded two soldiers and four shoppers.",
                "One of the shoppers, a 50-year-old tailor, died in hospital overnight.",
            ],
            1,
        ),
    ],
)
def test_two_tellings_and_asides(sentences: list[str], dead: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == dead


def test_a_code_name_is_one_token() -> None:
    from vigil.extract.numbers import tokenize

    assert "23" not in tokenize("the M23 said it had killed 12 soldiers")


def test_a_grenade_thrower_unnamed_and_a_shootout_recalled(coder: Any) -> None:
    text = (
        "An unknown person threw a hand grenade into the yard of the police station in Zubin Potok late on "
        "Saturday, police said. Nobody was hurt; tensions in the north have been high since the September "
        "shootout in Banjska."
    )
    report = _principal(coder, text, 2023, 11, 19)
    assert report.sub_event_type.value == "Grenade"
    assert report.actor1 is not None and report.actor1.name.startswith("Unidentified Armed Group")


def test_a_river_is_not_the_city_named_after_it(coder: Any) -> None:
    text = (
        "NIKOPOL, Ukraine - Two women were killed when Russian artillery shelled residential streets of Nikopol "
        "on Monday, the regional governor said. The town lies across the Dnipro river from the occupied plant."
    )
    report = _principal(coder, text, 2023, 8, 15)
    assert report.location is not None and report.location.name == "Nikopol"


def test_the_town_centre_outranks_a_killing_recalled_elsewhere(coder: Any) -> None:
    text = (
        "MONTARGIS, France - Youths threw petrol bombs at police and torched shops in the centre of Montargis late "
        "on Friday, the fourth night of unrest since a police officer shot dead a teenager in Nanterre on Tuesday."
    )
    report = _principal(coder, text, 2023, 7, 1)
    assert report.location is not None and report.location.name == "Montargis"


def test_a_war_named_as_cause_is_not_the_country(coder: Any) -> None:
    text = (
        "Residents of Endirey, a village in Dagestan's Khasavyurt district, blocked a federal highway on Sunday to "
        "protest against the call-up of local men for the war in Ukraine. Police fired shots into the air."
    )
    report = _principal(coder, text, 2022, 9, 26)
    assert report.location is not None and report.location.country == "Russia"


def test_a_name_with_its_article_glued_on(gazetteer: Any) -> None:
    assert [p.country for p in gazetteer.lookup("Elwak")][:1] == ["Kenya"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Voting in Tuesday's general election passed off peacefully across the north-east despite fears of "
            "attacks, the regional commissioner said.",
            "calm vote",
        ),
        (
            "Voters in Sokode cast their ballots calmly on Sunday, in an area where protests in 2017 left several "
            "people dead.",
            "calm vote",
        ),
        (
            "TEHRAN - A Guards commander warned that armed Kurdish groups in northern Iraq would face a 'crushing "
            "response' if they were not disarmed.",
            "threat",
        ),
        (
            "Two men were shot dead at a bar early on Sunday after an argument over a football match, police said.",
            "brawl",
        ),
        (
            "Hundreds of villagers attended the funeral on Sunday of a ranger who was killed last week by a bomb.",
            "commemoration",
        ),
        (
            "The air force warned residents to take air raid alerts seriously, saying the enemy could be preparing "
            "a massive missile strike, and authorities banned public celebrations.",
            "security warning",
        ),
        # a quarrel that gunmen of a cartel settle is their violence
        ("Cartel gunmen shot dead two men at a bar after an argument over a debt, police said.", None),
    ],
)
def test_calm_votes_threats_quarrels_and_funerals(text: str, kind: str | None) -> None:
    from vigil.extract.nonevents import routine_news

    assert routine_news(text) == kind


def test_an_armed_groups_ceasefire_is_an_event(coder: Any) -> None:
    text = (
        "The guerrilla's Eastern War Front announced on Monday a unilateral ceasefire in Arauca department so that "
        "residents can vote freely in Sunday's regional elections."
    )
    report = _principal(coder, text, 2019, 10, 22)
    assert report.event_date.isoformat() == "2019-10-21"  # the statement's Monday, not the vote's Sunday


def test_marchers_who_dispersed_by_afternoon_met_no_police(coder: Any) -> None:
    text = (
        "ELDORET, Kenya - Hundreds of farmers marched peacefully through the town on Wednesday, demanding higher "
        "maize prices. The protesters handed a petition to the commissioner and dispersed by early afternoon, "
        "police said."
    )
    assert _principal(coder, text, 2023, 11, 16).sub_event_type.value == "Peaceful protest"


def test_arrests_with_arms_recovered_stay_arrests(coder: Any) -> None:
    text = (
        "Troops arrested 11 suspected members of the banned separatist group during a raid on a hideout near the "
        "town on Sunday, the army said in a statement, adding that it had recovered two pump-action guns."
    )
    assert _principal(coder, text, 2023, 9, 5).sub_event_type.value == "Arrests"


def test_who_walked_in_takes_the_ground_handed_over(coder: Any) -> None:
    text = (
        "Soldiers and police loyal to the junta pulled out of Namhsan overnight on Sunday without a shot being "
        "fired, residents said, and fighters of the Ta'ang National Liberation Army walked in on Monday morning."
    )
    report = _principal(coder, text, 2023, 12, 20)
    assert report.actor1 is not None and report.actor1.name.startswith("TNLA")


def test_police_commandos_and_a_prisoner_swap(coder: Any) -> None:
    clash = _principal(
        coder,
        "Seven Maoist rebels were killed on Thursday in a gunfight with District Reserve Guard personnel in a "
        "forest west of Narayanpur in Chhattisgarh, police said.",
        2024,
        5,
        24,
    )
    assert clash.actor1 is not None and clash.actor1.name.startswith("Police Forces of India")
    swap = _principal(
        coder,
        "Ukraine and Russia swapped 195 prisoners of war each on Wednesday in a deal mediated abroad.",
        2024,
        1,
        31,
    )
    assert swap.actor1 is not None and swap.actor2 is not None
    assert {swap.actor1.name, swap.actor2.name} == {
        "Military Forces of Ukraine (2019-)",
        "Military Forces of Russia (2000-)",
    }


def test_ground_entered_without_a_shot_is_handed_over(coder: Any) -> None:
    text = (
        "Fano militiamen entered the town of Lalibela on Wednesday after federal troops pulled out overnight, "
        "residents said, adding that no shots were fired. A local official said the militia took over the town "
        "administration office. The government declared a state of emergency in the region last week."
    )
    report = _principal(coder, text, 2023, 8, 10)
    assert report.sub_event_type.value == "Non-violent transfer of territory"
    assert report.actor1 is not None and report.actor1.name == "Fano Militia"
    assert report.actor2 is not None and report.actor2.name.startswith("Military Forces of Ethiopia")


def test_the_other_side_of_a_border(coder: Any) -> None:
    text = (
        "BATKEN - The Kyrgyz border service said mortar rounds fired from the Tajik side landed next to one of its "
        "outposts close to Kok-Tash on Thursday. One border guard has light shrapnel wounds."
    )
    report = _principal(coder, text, 2023, 8, 10)
    assert report.actor1 is not None and report.actor1.name.startswith("Military Forces of Tajikistan")


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        # a communique's own martyrs are its dead
        (
            [
                "Seventeen (17) terrorists were neutralised.",
                "On our side, we deplore three (3) martyrs and nine (9) wounded.",
            ],
            20,
        ),
        # bombers who died with their victims
        (["Four traders were killed along with the two bombers, and eleven people were wounded."], 6),
        # a murder named by its victim's name
        (["The group condemns the murder of Pedro Alvarez, who was shot dead by gunmen on Sunday."], 1),
        # an aside about the one victim is no second victim, nor are his children
        (["Gunmen shot dead Juan Lopez, a teacher, on Sunday."], 1),
        (["Gunmen killed a farmer, a father of three, near the river."], 1),
        (["Gunmen killed a farmer, his wife, and their son on Sunday."], 3),
        # two passives joined: "was tortured ... and killed"
        (["A woman accused of sorcery was tortured with heated rods and killed by villagers."], 1),
        (["A man accused of theft was beaten and killed by a mob."], 1),
        # ground taken after clashes that killed people: the clashes' dead are the taking's
        (
            [
                "Militants took control of the town on Saturday after clashes with troops that killed three soldiers and two militants."
            ],
            5,
        ),
    ],
)
def test_martyrs_bombers_names_asides_and_joined_passives(sentences: list[str], dead: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == dead


def test_another_sources_toll_in_the_hundreds_is_a_rival_estimate() -> None:
    from vigil.extract.figures import extract_claims, fatalities

    sentences = [
        "Fighters killed at least 40 civilians in the town on Saturday, a group of lawyers said.",
        "Other monitors put the toll in the hundreds.",
    ]
    assert fatalities(extract_claims(sentences)) == 40


def test_unnamed_rebels_are_the_one_rebel_group_named_later(coder: Any) -> None:
    text = (
        "Two soldiers were killed in a gunfight on Monday after rebels opened fire on an army post near Sugapa in "
        "Papua, a military spokesman said. The TPNPB said it had lost no fighters."
    )
    report = _principal(coder, text, 2023, 4, 19)
    assert report.actor1 is not None and report.actor1.name.startswith("TPNPB")
