"""Twenty-ninth round: four more blind sets (Turkey, Iran, Iraq and the Caucasus; Nigeria, Cameroon and
coastal West Africa; Myanmar, Thailand, the Philippines and Pakistan; an ordinary day's world wire).
A commander and two others, a football player and his cousin, a pistol beside the dead, a guard shot
before a bombing, a habit's and a week's dead, another city's dead; a crowd's attack on shops, blasts
in a crowd of marchers, a mob's killing, batons without shots, a bomb never used, a lockdown imposed,
a "gunfight" disputed, a drug haul, named drills; a district named before its province, a town named
after its region, a hospital the wounded were taken to, a seafront named after a city.

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
        # a singular victim with a long name, and others with him
        (
            [
                "A missile hit a jeep on Friday, killing a senior leader of the Iran-aligned militia and three other men."
            ],
            4,
        ),
        # a person our words do not know, joined to one they do
        (
            [
                "A 17-year-old cricket player and his uncle were killed when a shell hit their house on Sunday."
            ],
            2,
        ),
        (["A taxi driver and a student were shot dead at the checkpoint on Monday."], 2),
        # a weapon found beside the dead is no one
        (["Soldiers found the bodies of three men along with a shotgun and a pistol."], 3),
        # another group, also killed, adds to the first
        (
            [
                "Three policemen were stabbed to death by the crowd on Tuesday, the ministry said.",
                "Two young men were also killed in clashes with the police, relatives said.",
            ],
            5,
        ),
        # another city's dead are not this event's
        (
            [
                "About 20 people were killed in the capital on Friday as police fired on rioters, officials said.",
                "Eleven more people died in clashes in the northern city of Garoua.",
            ],
            20,
        ),
        # one person of a group the toll did not name, told alone, is a part of the toll
        (
            [
                "A bomber blew himself up in a packed mosque on Friday, killing at least 40 people, police said.",
                "The attacker shot dead a guard at the door before he went in, an officer said.",
            ],
            40,
        ),
    ],
)
def test_tolls_with_long_names_unknown_nouns_habits_and_parts(sentences: list[str], dead: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == dead


@pytest.mark.parametrize(
    ("text", "published", "dead"),
    [
        (
            "Border guards shot dead three smugglers near the frontier on Monday, a rights group said. Dozens "
            "of porters are killed each year along the mountain border.",
            (2021, 4, 7),
            3,
        ),
        (
            "Protesters stormed and set fire to the town hall in the southern city on Thursday night; no one was "
            "hurt, police said. At least nine people have been killed this week in the unrest.",
            (2019, 10, 4),
            0,
        ),
    ],
)
def test_a_habits_and_a_weeks_dead_are_no_toll_of_the_day(
    coder: Any, text: str, published: tuple[int, int, int], dead: int
) -> None:
    assert _principal(coder, text, *published).fatalities == dead


@pytest.mark.parametrize(
    ("text", "published", "sub"),
    [
        # a crowd that wrecked shops is a riot, whatever the police did after
        (
            "IZMIR - Crowds smashed the windows of shops and set cars alight in a district of the city late on "
            "Saturday after rumours spread that a foreign worker had assaulted a girl. Police detained 40 "
            "people, the governor said.",
            (2023, 5, 7),
            "Mob violence",
        ),
        # blasts in a crowd of marchers, told with its bombers, are the bombing
        (
            "ISTANBUL (AP) - Two explosions ripped through a crowd of union marchers outside a stadium on "
            "Sunday morning, killing at least 30 people and wounding 120, officials said. Witnesses said the "
            "marchers were chanting and waving flags moments before the first blast. The interior minister "
            "said two suicide bombers had carried out the attack. No one has said it was behind it.",
            (2016, 4, 4),
            "Suicide bomb",
        ),
        # a mob's killing of a man it accused is the mob's
        (
            "LAHORE - A shop owner was beaten to death and his body set on fire by a mob in a market on "
            "Thursday after he was accused of insulting religion, police said. Hundreds of men shouted "
            "slogans as the body burned.",
            (2022, 3, 11),
            "Mob violence",
        ),
        # tear gas and batons, and no one shot or hurt: the police intervened
        (
            "JAKARTA - Police fired tear gas and beat some students with rattan sticks to break up a rally "
            "outside parliament on Monday and detained 15 of them, organisers said.",
            (2021, 9, 28),
            "Protest with intervention",
        ),
        # a bomb found on the men arrested, and no blast: the arrests
        (
            "QUETTA - Police said on Sunday they had arrested three suspected militants in a raid on Saturday. "
            "A suicide jacket and two grenades were found on them; they had planned to strike a market, "
            "officials said.",
            (2019, 6, 16),
            "Arrests",
        ),
        # an armed group's lockdown is its new activity
        (
            "BUEA - Armed separatists have imposed a one-week lockdown on the South West region, threatening "
            "anyone who opens a shop, in a message shared on Monday.",
            (2021, 9, 14),
            "Change to group/activity",
        ),
        # a killing the family disputes as a "gunfight" is the force's attack
        (
            "Members of an elite police unit shot dead a village chief on Sunday, his family said, disputing "
            "the unit's account that he was killed in a 'gunfight'.",
            (2019, 7, 9),
            "Attack",
        ),
        # a town retaken from fighters who had overrun its base
        (
            "The army said on Tuesday it had retaken the town of Damasak from insurgents who overran a "
            "military base there on Saturday, and killed 12 of them.",
            (2021, 4, 20),
            "Government regains territory",
        ),
        # rebels captured in a battle are no ground taken
        (
            "The army said it had killed 80 rebels and lost six soldiers in fighting near the border on "
            "Sunday. Forty rebels had been captured, a spokesman said.",
            (2021, 4, 20),
            "Armed clash",
        ),
        # a named militant group that attacked a village, whoever burned houses after, attacked civilians
        (
            "Islamic State militants attacked a village in Kirkuk province on Monday evening, killing seven "
            "residents, police said. Angry residents later set fire to several houses nearby.",
            (2021, 11, 2),
            "Attack",
        ),
    ],
)
def test_riots_bombings_mobs_arrests_lockdowns_and_ground(
    coder: Any, text: str, published: tuple[int, int, int], sub: str
) -> None:
    assert _principal(coder, text, *published).sub_event_type.value == sub


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Customs officers seized 800 kilograms of cocaine hidden in a container of bananas at the port "
            "on Monday and arrested two dock workers.",
            "ordinary crime",
        ),
        (
            "MANILA - Navy ships fired missiles at an old tanker off the coast on Tuesday, the highlight of "
            "this year's Kamandag exercises.",
            "military exercise",
        ),
    ],
)
def test_drug_hauls_and_named_drills_are_routine_news(text: str, kind: str) -> None:
    from vigil.extract.nonevents import routine_news

    assert routine_news(text) == kind


@pytest.mark.parametrize(
    ("text", "published", "where"),
    [
        # a district named before its province, and a hospital the wounded were taken to
        (
            "A roadside bomb hit a military truck in the Lice district of Diyarbakir province on Saturday, "
            "killing three soldiers, security sources said. The wounded were flown to hospital in Diyarbakir.",
            (2017, 5, 21),
            "Lice",
        ),
        # a town named after its region, as firmly
        (
            "Gunmen attacked a village in Iraq's Diyala province on Tuesday, killing six people, officials "
            "said. The attackers struck the hamlet near the town of Muqdadiya after dark, a police officer said.",
            (2021, 10, 27),
            "Al-Muqdadiya",
        ),
        # a seafront named after a city in that city
        (
            "Thousands rallied on Saturday on Colombo's Galle Face seafront, demanding that the president resign.",
            (2022, 4, 10),
            "Colombo",
        ),
    ],
)
def test_districts_later_towns_hospitals_and_seafronts(
    coder: Any, text: str, published: tuple[int, int, int], where: str
) -> None:
    report = _principal(coder, text, *published)
    assert report.location is not None
    assert report.location.name == where


def test_a_regime_before_the_mined_one_is_dated_its_own_way(coder: Any) -> None:
    text = (
        "NARATHIWAT, Thailand - Two insurgents were killed in a gunfight with paramilitary rangers in a rubber "
        "plantation on Monday, police said."
    )
    report = _principal(coder, text, 2017, 6, 13)
    names = [a.name for a in (report.actor1, report.actor2) if a is not None]
    assert any(name.startswith("Military Forces of Thailand (2014-)") for name in names)


# Round two of the session: the Sahel as French-language wires tell it; Latin America; the Middle East
# and North Africa; other kinds of text from less-covered countries.


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        # a killing told through what made it possible
        (
            [
                "Our units' swift reaction made it possible to neutralise about twenty assailants, the army said."
            ],
            20,
        ),
        # a long name in brackets and an apposition between the figure and its verb
        (
            [
                "Nine members of the Civilian Joint Task Force (CJTF), the vigilantes who fight beside the army, "
                "were killed on Friday."
            ],
            9,
        ),
        # a toll that leaves out its bombers
        (
            [
                "Two suicide bombers blew themselves up at a market on Sunday, killing at least twelve people, "
                "officials said.",
                "The toll does not include the two bombers.",
            ],
            14,
        ),
        # victims described by what they were accused of
        (["Three men accused of stealing cattle were beaten and burned alive by villagers on Monday."], 3),
        # a killing told as an accusation is kept, alleged
        (["Relatives accused police officers of executing four young men behind the market on Sunday."], 4),
        # the dead received at a hospital, beside the wounded
        (["The hospital received the bodies of 17 people, most of them women, and 30 wounded."], 17),
        # a bomber who drove the car is among the dead
        (
            [
                "A car packed with explosives was driven into the barracks and detonated on Thursday, killing "
                "nine recruits as well as the driver, officials said."
            ],
            10,
        ),
        # another event told on the same day is not this one's
        (
            [
                "Gunmen abducted 40 pupils from a school in the town late on Monday, officials said.",
                "Earlier on Monday, a bomb at a bus station in the capital killed 30 people.",
            ],
            0,
        ),
    ],
)
def test_tolls_neutralised_bracketed_left_out_accused_and_received(sentences: list[str], dead: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == dead


@pytest.mark.parametrize(
    ("text", "published", "sub"),
    [
        # a march the police fired on, whose marchers threw nothing
        (
            "Police fired live rounds and tear gas at demonstrators marching on parliament on Thursday, killing "
            "two people, a doctors' union said. Witnesses said the marchers had not thrown stones.",
            (2019, 1, 18),
            "Excessive force against protesters",
        ),
        # a raid with detentions and no one hurt: the arrests
        (
            "Troops raided a village before dawn on Tuesday and detained five men, a prisoners' group said. "
            "The army said the men were wanted for questioning. No injuries were reported.",
            (2023, 3, 15),
            "Arrests",
        ),
        # an attack on unarmed people, and landmines only in the background
        (
            "Gunmen opened fire on a group of shepherds in the desert on Friday, killing ten, a monitor said. "
            "Dozens of shepherds have been killed in the area since the spring, many of them by landmines.",
            (2023, 2, 18),
            "Attack",
        ),
        # warplanes that destroyed a building
        (
            "Warplanes destroyed a building next to the embassy on Monday. At least nine people were killed, "
            "officials said.",
            (2024, 4, 2),
            "Air/drone strike",
        ),
        # a bomb defused, and other days' blasts only as background
        (
            "Bomb disposal officers deactivated an explosive device left under a bridge in the port city on "
            "Wednesday, police said. Since Monday, attackers have set off blasts at three police posts, killing "
            "four officers.",
            (2022, 11, 3),
            "Disrupted weapons use",
        ),
        # a base overrun and the town with it
        (
            "Insurgents overran a military base in the lakeside town on Wednesday, forcing soldiers to withdraw, "
            'sources said. "They took the base and the town," a militia leader said.',
            (2018, 12, 28),
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_marches_raids_backgrounds_warplanes_and_bases(
    coder: Any, text: str, published: tuple[int, int, int], sub: str
) -> None:
    assert _principal(coder, text, *published).sub_event_type.value == sub


@pytest.mark.parametrize(
    "text",
    [
        "At least forty people were killed on Saturday by an explosion at an artisanal gold-mining site in the "
        "south-west, local officials said. The blast was caused by dynamite stored near the processing area.",
        "The toll from Tuesday's huge explosion at the port has risen to 120, the ministry said. Officials "
        "blamed the blast on tonnes of ammonium nitrate stored in a warehouse.",
    ],
)
def test_mining_and_storage_blasts_are_accidents(text: str) -> None:
    from vigil.extract.cues import accident_only

    assert accident_only(text)


def test_a_killing_described_as_a_criminal_dispute_is_no_event() -> None:
    from vigil.extract.nonevents import routine_news

    text = "A man was shot dead in the town on Tuesday night, police said, in what they described as a criminal dispute."
    assert routine_news(text) == "domestic killing"
