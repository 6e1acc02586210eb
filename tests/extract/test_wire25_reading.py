"""Twenty-fifth round: four more blind sets (West and Central Africa; South and Southeast Asia; the
Americas and the Middle East; other kinds of text from anywhere). A victim told only by name, a
pupil's school year, a device planted where a patrol met it, a place's standing told as background,
and a state's press naming its foe by role.

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
        # a victim told by name alone is one person
        (["Gunmen shot dead Juan Perez in the town on Saturday night, police said."], 1),
        (["Unidentified gunmen killed land defender Ana Ruiz as she left church on Sunday."], 1),
        # an age told after the name is no count
        (["Gunmen shot dead police officer John Otieno, 45, near the market on Monday."], 1),
        # a group named after the verb is no person's name
        (["An air strike killed two Islamic State fighters near the river on Monday."], 2),
        # a pupil's school year is no count
        (["A Form Four student was shot dead and three other people were wounded when police fired."], 1),
        (["Two Grade 7 pupils were killed when the wall collapsed on them during the raid."], 2),
    ],
)
def test_victims_told_by_name_or_school_year(sentences: list[str], dead: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == dead


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("A bomb planted on a dirt road went off as their patrol passed near the village.", True),
        ("An explosive device hidden in a culvert exploded as the convoy drove by.", True),
        # the planter named: no device met by chance
        ("A landmine planted by rebel forces exploded as the boys grazed goats.", False),
    ],
)
def test_a_device_planted_where_a_patrol_met_it(text: str, met: bool) -> None:
    from vigil.extract.struck import MET_DEVICE_RE

    assert (MET_DEVICE_RE.search(text) is not None) is met


@pytest.mark.parametrize(
    "text",
    [
        "The state has for years had the highest murder rate in the country.",
        "The region's killings are driven by fighting between two cartels over smuggling routes.",
    ],
)
def test_a_places_standing_is_background(text: str) -> None:
    from vigil.extract.cues import HISTORY

    assert HISTORY.search(text)


def test_a_party_shot_up_is_an_attack_whatever_the_state_is_known_for(coder: Any) -> None:
    text = (
        "Gunmen burst into a birthday party at a hall in the town of Apaseo early Sunday and opened fire, "
        "killing nine people, state prosecutors said. The state has for years had the most homicides in the "
        "country, driven by fighting between two cartels and local gangs."
    )
    report = _principal(coder, text, 2023, 12, 18)
    assert report.sub_event_type.value == "Attack"
    assert report.actor2 is not None and report.actor2.name.startswith("Civilians")


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # a Ukrainian bulletin's "occupiers" and "our defenders"
        (
            "On Tuesday, near Avdiivka, the occupiers used drones to drop grenades filled with CS gas on the "
            "positions of our defenders.",
            "Military Forces of Russia (2000-)",
            "Military Forces of Ukraine (2019-)",
        ),
        # "occupation forces" in the West Bank: the state that holds it
        (
            "Occupation forces shot dead a young man in Jenin on Monday, the health ministry said.",
            "Military Forces of Israel (2022-)",
            "Civilians (Palestine)",
        ),
    ],
)
def test_a_foe_named_by_role(coder: Any, text: str, actor1: str, actor2: str) -> None:
    report = _principal(coder, text, 2023, 7, 13)
    assert report.actor1 is not None and report.actor2 is not None
    assert (report.actor1.name, report.actor2.name) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Police arrested six cadres of the outlawed Communist Party of Nepal led by Netra Bikram Chand in "
            "Pokhara on Friday and recovered two socket bombs from them.",
            "CPN(M)-NBC: Communist Party of Nepal (Maoist)-Netra Bikram Chand",
        ),
        (
            "Police said they had busted a cell of the Babbar Khalsa International with the arrest of three "
            "operatives in Ludhiana, and recovered a grenade and two pistols.",
            "BKI: Babbar Khalsa International",
        ),
    ],
)
def test_members_arrested_with_their_arms_is_an_arrest(coder: Any, text: str, group: str) -> None:
    report = _principal(coder, text, 2022, 9, 14)
    assert report.actor2 is not None
    assert report.sub_event_type.value == "Arrests"
    assert report.actor2.name == group


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Fighters of the Karen National Union attacked an army outpost.",
            "KNU/KNLA: Karen National Union/Karen National Liberation Army",
        ),
        ("Troops raided a hideout of the Dawlah Islamiyah-Maute group.", "Dawlah Islamiyah"),
        (
            "The government signed a peace accord with the United National Liberation Front.",
            "UNLF: United National Liberation Front",
        ),
    ],
)
def test_groups_named_as_acled_names_them(text: str, group: str) -> None:
    from vigil.extract.actors import ActorRegistry

    names = {m.actor.name for m in ActorRegistry.load().find(text, country=None)}
    assert group in names


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A fuel tank exploded in a northern village early on Sunday, killing at least 20 people who had "
            "gathered to collect petrol amid shortages, the Red Cross said.",
            "industrial accident",
        ),
        (
            "Nine workers died on Tuesday after a gas cylinder explosion at a restaurant, firefighters said.",
            "industrial accident",
        ),
        # an armed side's act on the depot keeps the text
        ("Rebels shelled a fuel depot on Sunday and the tanks exploded, killing four guards.", None),
    ],
)
def test_an_accident_is_no_event(text: str, kind: str | None) -> None:
    from vigil.extract.nonevents import routine_news

    assert routine_news(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a retrospective: the lede dates its act years back
        (
            "Ten years after gunmen abducted 300 pupils from their school in this town, parents say they are "
            "still waiting for news of those still missing.",
            "commemoration",
        ),
        # a threat to resume war is no war
        (
            "The rebel front warned on Sunday that it would resume military operations if the government did "
            "not free its jailed fighters.",
            "threat",
        ),
        # an act told on a day a year after another keeps the text
        (
            "A year after the coup, soldiers opened fire on protesters in the capital on Friday, killing three.",
            None,
        ),
    ],
)
def test_a_retrospective_and_a_threat_are_no_events(text: str, kind: str | None) -> None:
    from vigil.extract.nonevents import routine_news

    assert routine_news(text) == kind


def test_a_base_handed_over_is_told_by_its_lede() -> None:
    from vigil.extract.relevance import lede_act

    assert lede_act("Foreign troops left their base at the airport on Tuesday, handing it over to the army.")
    assert lede_act("Government forces withdrew from the town of Kalma overnight, residents said.")
    assert not lede_act("The minister said the base would be handed to the army next year.")


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        # a peacekeeper is a side's dead, added to the rebels'
        (
            [
                "The prime minister said that 30 assailants had been killed in fighting around the capital.",
                "The UN mission said one of its peacekeepers had died.",
            ],
            31,
        ),
        # the bombers' own deaths, told after the toll, add to it
        (
            [
                "Two suicide bombers blew themselves up at a market on Sunday, killing 12 people, officials said.",
                "The two bombers also died.",
            ],
            14,
        ),
    ],
)
def test_deaths_told_on_top(sentences: list[str], dead: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == dead


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The embassy warned on Thursday that terrorists may be planning attacks on malls and hotels in the "
            "capital, and urged its citizens to stay vigilant.",
            "security warning",
        ),
        (
            "Two Western governments have warned of an elevated risk of terrorist attacks in the capital, saying "
            "schools and churches could be targeted.",
            "security warning",
        ),
        (
            "Army intelligence warned on Thursday of possible attacks by guerrillas ahead of Sunday's regional "
            "elections.",
            "security warning",
        ),
        (
            "A 30-year-old man has been charged with murder after a woman was found dead in a flat on Sunday, "
            "police said.",
            "murder charge",
        ),
        (
            "The president promulgated on Wednesday a law granting amnesty to soldiers prosecuted for crimes "
            "committed during the insurgency.",
            "legislation",
        ),
        (
            "Civilian casualties hit a record for the first six months of any year, with 1,600 people killed, "
            "the UN said on Monday.",
            "casualty statistics",
        ),
        (
            "The number of people forced from their homes by the war has topped 12 million, the agency said.",
            "displacement figures",
        ),
        (
            "Ministers laid wreaths on Friday outside the concert hall where gunmen killed 130 people five "
            "years ago.",
            "commemoration",
        ),
        (
            "Fifteen years after 58 people, 32 of them journalists, were massacred on a hilltop in this town, "
            "many of the victims' families say justice remains incomplete.",
            "commemoration",
        ),
        # a warning beside an act told keeps the text
        (
            "Police warned of possible attacks after gunmen shot dead two officers in the city on Friday.",
            None,
        ),
    ],
)
def test_warnings_charges_laws_and_counts_are_no_events(text: str, kind: str | None) -> None:
    from vigil.extract.nonevents import routine_news

    assert routine_news(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "A farmer died on Monday after stepping on an anti-personnel mine while walking to his plot.",
        "A freight train came off the rails on Monday after an explosive device went off under the track.",
    ],
)
def test_a_blast_told_by_the_lede_is_an_event(text: str) -> None:
    from vigil.extract.relevance import lede_act

    assert lede_act(text)


def test_ground_taken_follows_its_taker() -> None:
    from vigil.domain import Actor
    from vigil.extract.taker import taken_by
    from vigil.taxonomy import ActorType, SubEventType

    rebels = Actor(name="AA: Arakan Army", type=ActorType.REBEL_GROUP, country="Myanmar")
    army = Actor(name="Military Forces of Myanmar (2021-)", type=ActorType.STATE_FORCES, country="Myanmar")
    regained, overtaken = (
        SubEventType.GOVERNMENT_REGAINS_TERRITORY,
        SubEventType.NON_STATE_OVERTAKES_TERRITORY,
    )
    assert taken_by(regained, rebels, "Myanmar") is overtaken
    assert taken_by(overtaken, army, "Myanmar") is regained
    assert taken_by(SubEventType.ARMED_CLASH, rebels, "Myanmar") is SubEventType.ARMED_CLASH


def test_sabotage_suspects_detained_are_an_arrest() -> None:
    from vigil.extract.harmwords import FIGURE_ARRESTED

    assert FIGURE_ARRESTED.search(
        "The security service detained two teenagers on suspicion of sabotage of a railway line."
    )
    assert not FIGURE_ARRESTED.search("Police detained two men on suspicion of stealing cattle.")


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        # the shooting dying down is no death, nor a rival count
        (
            [
                "Captain Nur said four soldiers had been killed and the attackers left the bodies of nine of "
                "their fighters behind.",
                "Residents said the shooting had died down by mid-afternoon.",
            ],
            13,
        ),
        # bodies collected since the fighting are a campaign's count
        (
            [
                "The rebels declared a ceasefire on Tuesday, a week after seizing the city.",
                "The UN says nearly 3,000 bodies have been collected from the streets since the fighting there "
                "last week.",
            ],
            0,
        ),
    ],
)
def test_tolls_that_are_not_this_events(sentences: list[str], dead: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == dead


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # a state's shells and assaults are its forces' (named on the weapon)
        (
            "Two women were killed when Ukrainian shells hit their car in the border town of Shebekino on "
            "Thursday, the regional governor said.",
            "Military Forces of Ukraine (2019-)",
        ),
        (
            "Ukrainian troops beat back several Russian assaults on the town of Chasiv Yar on Monday, a military "
            "spokesman said.",
            "Military Forces of Russia (2000-)",
        ),
    ],
)
def test_a_states_fire_named_on_the_weapon(coder: Any, text: str, actor1: str) -> None:
    report = _principal(coder, text, 2023, 6, 2)
    assert report.actor1 is not None
    assert report.actor1.name == actor1


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "DATU PIANG, Maguindanao del Sur - Army artillery units pounded suspected hideouts of militants in the "
            "marshland near this town on Monday, military officials said.",
            "Datu Piang",
        ),
        (
            "PAGADIAN CITY - A radio commentator was shot dead by gunmen on a motorcycle while on his way home in "
            "Barangay San Pedro here on Tuesday evening, police said.",
            "Pagadian",
        ),
    ],
)
def test_here_and_this_town_are_the_dateline_town(coder: Any, text: str, town: str) -> None:
    report = _principal(coder, text, 2023, 8, 22)
    assert report.location is not None
    assert report.location.name == town


def test_people_detained_for_a_rebel_group_are_that_group(coder: Any) -> None:
    text = (
        "DIYARBAKIR, Turkey - Turkish police detained 20 people suspected of recruiting and providing logistical "
        "support for the outlawed Kurdistan Workers Party (PKK) in dawn raids across Diyarbakir on Wednesday."
    )
    report = _principal(coder, text, 2022, 3, 10)
    assert report.actor2 is not None
    assert report.actor2.name == "PKK: Kurdistan Workers Party"


def test_a_town_told_after_the_ledes_region_is_the_place(coder: Any) -> None:
    text = (
        "BANGKOK (AP) - Myanmar's military carried out an air strike on a gathering of villagers in the central "
        "Sagaing region on Tuesday morning, killing at least 50 people, a witness said. Residents of a village in "
        "Kanbalu township had assembled for the opening of an office when a fighter jet dropped bombs on the crowd."
    )
    report = _principal(coder, text, 2023, 4, 12)
    assert report.location is not None
    assert report.location.name == "Kanbalu"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the claim's day is no event's day when the act's own day is told
        (
            "The Islamic State group claimed responsibility on Friday for a twin suicide bombing at a market. "
            "Officials said the first bomber blew himself up on Thursday morning.",
            21,
        ),
        # nor the accusation's
        (
            "The paramilitaries accused the army on Thursday of dropping toxic gas on their positions on Wednesday.",
            20,
        ),
        # a weekend told first, its day told after
        (
            "At least 23 people were killed in fighting at the weekend. Rebels attacked positions early on Sunday.",
            17,
        ),
    ],
)
def test_the_acts_own_day(text: str, day: int) -> None:
    from datetime import date

    from vigil.extract.dates import event_date

    assert event_date(text, published=date(2021, 1, 22))[0] == date(2021, 1, day)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Tributes were paid on Friday to the 40 personnel killed in the 2019 suicide car bombing, as officers "
            "laid wreaths at the memorial on the sixth anniversary of the attack.",
            "commemoration",
        ),
        (
            "The president's alliance won a two-thirds majority in Thursday's parliamentary election, results "
            "showed on Friday. The landslide completes a shift that began with the 2022 economic crisis, when "
            "months of street protests forced the president to flee.",
            "election result",
        ),
    ],
)
def test_a_past_years_act_named_beside_routine_news(text: str, kind: str) -> None:
    from vigil.extract.nonevents import routine_news

    assert routine_news(text) == kind


@pytest.mark.parametrize(
    ("sentences", "dead"),
    [
        # a speaker after the toll ("residents and an official of a local group said") is no victim
        (
            [
                "A jet bombed a village on Tuesday, killing nine civilians, residents and an official of a local group said."
            ],
            9,
        ),
        # those who buried the dead add no death
        (
            [
                "Fifteen people were wounded, a villager who helped bury the dead told Reuters.",
                "Nine were killed.",
            ],
            9,
        ),
    ],
)
def test_speakers_and_mourners_are_no_dead(sentences: list[str], dead: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == dead


def test_boko_haram_spelt_as_acled_spells_it() -> None:
    """ACLED's files spell JAS "Jamatu ... Dawatai" in 27 of 28 rows; the faction Shekau led is JAS."""
    from vigil.extract.actors import ActorRegistry

    jas = "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
    registry = ActorRegistry.load()
    text = "The attack bore the hallmarks of the Boko Haram faction led by Abubakar Shekau."
    assert jas in {m.actor.name for m in registry.find(text, country="Nigeria")}


def test_a_notes_week_is_its_first_told_day() -> None:
    """ACLED's "Around 5 April 2021 (between 5 - 6 April)": the note's own date stands."""
    from datetime import date

    from vigil.extract.dates import event_date

    note = "Around 5 April 2021 (between 5 - 6 April), a number of people demonstrated overnight in the town."
    assert event_date(note, published=date(2021, 4, 8))[0] == date(2021, 4, 5)


def test_an_other_event_carries_no_dead_of_its_own(coder: Any) -> None:
    """People who fled after a killing elsewhere: Other, whose toll is its cause's (ACLED: 3 of 347)."""
    text = (
        "NIAMEY (Reuters) - More than 1,000 people arrived in the town of Ouallam on Tuesday after fleeing "
        "villages in the surrounding region, a local official said. They feared further raids after jihadist "
        "attacks on two villages at the weekend that killed about 100 people."
    )
    report = _principal(coder, text, 2021, 1, 6)
    assert (report.sub_event_type.value, report.fatalities) == ("Other", 0)
    assert any(c.figure == 100 for c in report.claims)  # the figure is kept as a claim
