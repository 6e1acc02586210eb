"""Twenty-fourth round: four more blind sets (East Africa and the Horn; Asia; the Americas and the
Middle East; rare sub-types in other kinds of text). Non-events that read like war news: a dam's
burst, a count of the displaced, a robbery's victim, a rebel threat, a war-crimes tribunal's
charges, hoax bomb threats, a month's casualty count.

Sentences written for these tests, in the style of the texts they imitate.
"""

from __future__ import annotations

from typing import Any

import pytest

from vigil.domain import Actor
from vigil.extract.actor_glosses import ActorMention
from vigil.extract.nonevents import routine_news
from vigil.taxonomy import ActorType


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "KISUMU - At least 12 people died when a dam gave way above a farming village before dawn on Friday, "
            "the county commissioner said.",
            "natural hazard",
        ),
        (
            "The number of people displaced inside Myanmar has passed 3 million, the UN said on Monday. Fighting "
            "in Rakhine has forced thousands more to flee in recent weeks.",
            "displacement figures",
        ),
        (
            "LAHORE: A shopkeeper was shot dead on Sunday evening when he resisted a robbery attempt at his store, "
            "police said.",
            "robbery killing",
        ),
        (
            "A nurse was stabbed to death by muggers near the bus station on Friday, police said.",
            "robbery killing",
        ),
        (
            "The rebel army has warned that it will shoot down any plane carrying troops into the highlands, "
            "its spokesman said on Monday.",
            "threat",
        ),
        (
            "A war-crimes tribunal on Tuesday indicted six former officers over the killing of 40 villagers in "
            "2004.",
            "court ruling",
        ),
        (
            "Dozens of schools were evacuated on Thursday after emailed bomb threats, the ministry said. Police "
            "found no explosives.",
            "hoax",
        ),
        (
            "At least 140 civilians were killed and 600 injured across the country in August, the UN monitoring "
            "mission said, the highest monthly casualty figure this year.",
            "casualty statistics",
        ),
    ],
)
def test_news_that_reads_like_war_but_is_none(text: str, kind: str) -> None:
    assert routine_news(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        # a ban the group enforces, with its threat for defiance: its new activity
        "Al Shabaab has barred trucks from entering the town and threatened to punish drivers who defy the "
        "order, elders said.",
        # a threat beside an attack told in the same lede
        "Gunmen attacked a checkpoint on Monday and warned they would strike again, police said.",
        # a toll on a day, told after a displacement count
        "The number of displaced has passed 2 million, the agency said. On Tuesday, drones struck a camp near "
        "the city, killing nine.",
        # a killing told on a date, not a month's count
        "Seven soldiers were killed in July 14 fighting near the border, the army said.",
    ],
)
def test_acts_told_beside_those_words_stay_events(text: str) -> None:
    assert routine_news(text) is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Weekly roundup, 3-9 March. Rebels took the town of Kalo on 5 March.",
            "Rebels took the town of Kalo on 5 March.\n\nWeekly roundup, 3-9 March.",
        ),
        (
            "NIGER: Tahoua - Flash Update No. 3 (2 May 2024). On 29 April, gunmen attacked a market.",
            "On 29 April, gunmen attacked a market.\n\nNIGER: Tahoua - Flash Update No. 3 (2 May 2024).",
        ),
        # a sentence that names a newscast is the lede itself
        ("State news reported that rebels took the town. Officials said so.", None),
    ],
)
def test_a_bulletin_label_told_as_a_sentence_is_no_lede(text: str, body: str | None) -> None:
    from vigil.extract.layout import body_text

    assert body_text(text) == (body or text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "About thirty women were abducted on Thursday by armed men outside the town. Residents said the "
            "kidnappers were JNIM fighters.",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        (
            "Gunmen shot dead four traders on the road to the market on Monday. Survivors identified the "
            "attackers as members of the Islamic State.",
            "Islamic State",
        ),
        (
            "A bus driver was shot dead at a terminal on Wednesday, police said. Investigators suspect members "
            "of the MS-13 gang, which had demanded payments.",
            "MS-13: Mara Salvatrucha",
        ),
    ],
)
def test_a_culprit_named_by_witnesses_is_the_unnamed_side(text: str, group: str) -> None:
    from vigil.extract.owners import named_culprit

    unnamed = Actor(name="Unidentified Armed Group (Mali)", type=ActorType.REBEL_GROUP)
    start = text.index(group.split(":")[0])
    named = Actor(name=group, type=ActorType.REBEL_GROUP)
    mention = ActorMention(actor=named, start=start, end=start + len(group.split(":")[0]))
    found = named_culprit(text, unnamed, [mention])
    assert found is not None and found.name == group


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        # a group's size told after a passive toll is no more dead
        (["Five people were killed on Saturday when a band of about 40 armed men ambushed a bus."], 5),
        # nor are families who fled
        (["Three people were killed and more than 200 families fled their homes when clans fought."], 3),
        # cattle rustlers and herders are people
        (["Four cattle rustlers and a gendarme were killed on Saturday near the town."], 5),
        (["Gunmen killed five cattle herders near the river."], 5),
        # a toll across the state is no event's own
        (
            [
                "A polling agent was beaten to death on Saturday.",
                "At least 15 people were killed across the state.",
            ],
            1,
        ),
        # the killing that set the fighting off is its cause, no rival count
        (
            [
                "Clashes between armed groups killed at least five people on Sunday, medics said.",
                "The fighting erupted after a member of one group was killed at a checkpoint, local media said.",
            ],
            5,
        ),
        # a toll of another month is no rival count either
        (
            [
                "A suicide bomber killed at least seven people at a police canteen on Sunday, police said.",
                "In March, the group's gunmen stormed a hotel in a siege that left at least three people dead.",
            ],
            7,
        ),
    ],
)
def test_figures_that_are_not_this_events_dead(sentences: list[str], dead: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == dead


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Last night, at approximately 01:40, an unknown person threw a grenade at the police station.", 14),
        ("Last night, at about 22:30, gunmen shot dead a police officer.", 13),
        ("Gunmen shot dead a police officer last night, police said.", 13),
    ],
)
def test_last_night_past_midnight_is_the_day_of_the_report(text: str, day: int) -> None:
    from datetime import date

    from vigil.extract.dates import event_date

    assert event_date(text, published=date(2023, 11, 14))[0] == date(2023, 11, day)


def test_dead_of_another_month_told_later_are_not_added() -> None:
    from vigil.extract.figures import extract_claims, fatalities

    sentences = [
        "Militants attacked an army checkpoint on Sunday, killing five soldiers, security sources said.",
        "Four of the attackers were killed in the ensuing gunfight.",
        "In May, the militants killed eleven soldiers at a pumping station.",
    ]
    assert fatalities(extract_claims(sentences)) == 9


def test_a_tallys_places_do_not_outrank_the_filing_town(coder: Any) -> None:
    from datetime import date

    from vigil.domain import Article

    text = (
        "CHATTOGRAM: Two people were killed as protesters clashed with police in the port city's Muradpur "
        "area on Tuesday afternoon. At least six people were killed across the country in Tuesday's "
        "violence, including in Dhaka and Rangpur, according to police."
    )
    report = coder.code(Article(text=text, published=date(2024, 7, 17))).principal_report
    assert report is not None and report.location is not None
    assert report.location.name == "Chattogram"
