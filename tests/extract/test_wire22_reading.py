"""Twenty-second round: four more blind sets, one of them local papers, press releases and
bulletins rather than wire copy. Their idiom ("martyred", "miscreants", "Imphal, Jan 24:"), a
side named once in a sentence before the act, a toll a rival source gives, and readings of
territory, crowds and attacks that the words rule out.

Sentences written for these tests, in the style of the texts they imitate.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import pytest
from tests.extract.sides_check import settled, sides_test

from vigil.extract import cues
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from vigil.extract.actors import ActorRegistry
    from vigil.extract.geocode import Geocoder

WHEN = date(2025, 3, 20)


@pytest.mark.parametrize(
    "sentence",
    [
        "Srinagar, Mar 12: An army havildar was martyred in an encounter with terrorists in Kupwara on Tuesday.",
        "Three terrorists were neutralised in the operation, officials said.",
        "Armed men invaded a church in the village on Sunday and whisked away nine worshippers.",
        "Monitors said an army aircraft dropped two barrels releasing chlorine on the district.",
    ],
)
def test_the_local_press_s_words_for_violence_tell_an_event(sentence: str, nlp: Any) -> None:
    assert cues.tells_event(nlp(sentence)[:])


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # one of another side named beside a figure adds to it
        (["A havildar was martyred while two terrorists were neutralised in the gunfight."], 3),
        (["Gunmen killed two herders and a soldier near the river."], 3),
        # ... but not one a total already holds
        (["Two people were killed, a policeman among them."], 2),
        # a second source's toll "of 15" is a rival estimate: the lowest stands
        (
            [
                "A local leader said 22 bodies had been found; the army spokesman for the area gave a toll "
                "of 15 and said troops were pursuing the attackers."
            ],
            15,
        ),
        # a rival source's telling adds up its own groups: eight, the lede's figure too
        (
            [
                "At least eight people died on Tuesday as police stormed the favela, state authorities said.",
                "The security secretariat said seven suspects were killed in exchanges of fire with officers "
                "and that a police sergeant was fatally shot.",
            ],
            8,
        ),
        # the press's other ways of telling a death and a pair
        (["The police reported that two men were fatally shot during a confrontation on Wednesday."], 2),
        (["A drone struck a pick-up truck outside the town, killing both men inside."], 2),
        # what a release vows is no death
        (["Operations will continue until the last terrorist is neutralised."], 0),
    ],
)
def test_a_local_paper_s_toll(sentences: list[str], expected: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the Indian press's dateline: a town in title case and a colon
        (
            "Imphal, Jan 24: Miscreants lobbed a grenade at a house in Moirang late on Tuesday night.",
            date(2024, 1, 25),
            23,
        ),
        # a radio's dateline, day first with no year
        (
            "Bangui, 22 September (Radio Ndeke Luka) - Troops attacked a rebel position near Bocaranga on Wednesday.",
            date(2023, 9, 22),
            20,
        ),
        # the statement's day is not the ambush's
        (
            "The ministry said in a statement read on state television on Saturday that 12 soldiers were "
            "killed when a patrol was ambushed on Thursday.",
            date(2024, 6, 29),
            27,
        ),
        # a sentence opening with a preposition is no dateline
        ("On Jan 24: gunmen attacked the village.", date(2024, 1, 25), 24),
    ],
)
def test_a_local_dateline_is_the_report_s_day(text: str, published: date, expected: int) -> None:
    from vigil.extract.dates import event_date

    found, precision = event_date(text, published=published)
    assert found is not None and found.day == expected and precision == 1


SIDES = [
    pytest.param(
        "Unidentified miscreants lobbed a grenade at the house of a trader in Moirang on Tuesday night.",
        SubEventType.GRENADE,
        "India",
        "Unidentified Armed Group (India)",
        None,
        id="miscreants-are-an-unnamed-armed-group",
    ),
    pytest.param(
        "Sudan's army and the paramilitary Rapid Support Forces fought in El Fasher on Monday, leaving 17 dead.",
        SubEventType.ARMED_CLASH,
        "Sudan",
        "Military Forces of Sudan…",
        "Rapid Support Forces",
        id="one-side-named-twice-side-by-side",
    ),
    pytest.param(
        "Gunmen from the Oromo Liberation Army stopped a minibus near Fiche and took away 14 passengers.",
        SubEventType.ABDUCTION,
        "Ethiopia",
        "OLF-Shane: Oromo Liberation Front-Shane",
        None,
        id="a-group-named-after-a-people-is-the-group",
    ),
    pytest.param(
        "Armed men identified by survivors as members of the Gran Grif gang raped at least nine women near "
        "Pont-Sonde on Saturday.",
        SubEventType.SEXUAL_VIOLENCE,
        "Haiti",
        "Gran Grif Gang",
        None,
        id="men-identified-as-members-of-a-gang",
    ),
    pytest.param(
        "Rebels accused Myanmar's junta of using drones to bomb a market in Sagaing region on Monday.",
        SubEventType.AIR_DRONE_STRIKE,
        "Myanmar",
        "Military Forces of Myanmar…",
        None,
        id="the-junta-is-the-military",
    ),
    pytest.param(
        "Six people were martyred when a suicide bomber blew himself up in the bazaar. No group claimed "
        "the attack, while the banned TTP distanced itself from it.",
        SubEventType.SUICIDE_BOMB,
        "Pakistan",
        "Unidentified Armed Group (Pakistan)",
        None,
        id="a-group-that-distances-itself-is-no-side",
    ),
    pytest.param(
        "A column of Israeli armoured vehicles entered the area west of Khan Arnabah on Saturday and began "
        "fortifying a new position. The troops raised earth berms and stayed at the site overnight.",
        SubEventType.HEADQUARTERS_ESTABLISHED,
        "Syria",
        "Military Forces of Israel…",
        None,
        id="the-troops-are-the-foreign-force-named-before",
    ),
    pytest.param(
        "At about 08:30 the Russian army attacked a car with a drone in Kherson, the Regional Military "
        "Administration said. The driver was killed.",
        SubEventType.AIR_DRONE_STRIKE,
        "Ukraine",
        "Military Forces of Russia…",
        None,
        id="a-military-administration-is-no-force",
    ),
]

test_whom_a_local_paper_names_as_the_sides = sides_test(SIDES, WHEN)


def test_a_name_in_british_spelling_is_the_same_side(registry: ActorRegistry) -> None:
    us = registry.find("The Kamtapur Liberation Organization said it set off the blast.", country="India")
    uk = registry.find("The Kamtapur Liberation Organisation said it set off the blast.", country="India")
    assert (
        [m.actor.name for m in uk] == [m.actor.name for m in us] == ["KLO: Kamtapur Liberation Organization"]
    )


@pytest.mark.parametrize(
    ("sub", "text", "ranked", "expected"),
    [
        # a jail retaken from its inmates is no ground changing hands
        (
            SubEventType.GOVERNMENT_REGAINS_TERRITORY,
            "Eleven inmates were killed when rival gangs fought inside the jail; soldiers needed hours to "
            "bring the prison back under control.",
            (SubEventType.ARMED_CLASH,),
            SubEventType.ARMED_CLASH,
        ),
        # a town entered without a shot
        (
            SubEventType.OTHER,
            "Gang members rode into the town of Saut-d'Eau on Monday without a shot being fired.",
            (),
            SubEventType.NON_VIOLENT_TRANSFER,
        ),
        # a bomber killed by his own blast
        (
            SubEventType.REMOTE_EXPLOSIVE,
            "A man who detonated a bomb in his car outside a clinic on Saturday was killed in the blast.",
            (),
            SubEventType.SUICIDE_BOMB,
        ),
        # a teacher seized, no one harmed, no fight
        (
            SubEventType.ARMED_CLASH,
            "Gunmen seized a school teacher from his home late on Tuesday and forced him onto a motorboat.",
            (),
            SubEventType.ABDUCTION,
        ),
        # captives freed are no ground handed over
        (
            SubEventType.NON_VIOLENT_TRANSFER,
            "The rebels on Sunday freed two soldiers they had held for three months, handing them over to "
            "church leaders in a remote village.",
            (),
            SubEventType.OTHER,
        ),
        # a base handed over, whatever weapons its name recalls
        (
            SubEventType.AIR_DRONE_STRIKE,
            "The army on Monday took full possession of the air base that had housed a foreign drone contingent.",
            (),
            SubEventType.NON_VIOLENT_TRANSFER,
        ),
        # a deal whose fighters will hand over their weapons is the deal
        (
            SubEventType.CHANGE_TO_GROUP,
            "The government and the armed group signed an agreement on Friday under which its 200 fighters "
            "will move into a location zone and hand over their weapons.",
            (),
            SubEventType.AGREEMENT,
        ),
    ],
)
def test_readings_the_words_rule_out(
    sub: SubEventType, text: str, ranked: tuple[SubEventType, ...], expected: SubEventType
) -> None:
    assert settled(sub, text, ranked) is expected


@pytest.mark.parametrize(
    ("sub", "text", "expected"),
    [
        # armed men firing from afar at a police station, residents hiding: no riot
        (
            SubEventType.VIOLENT_DEMONSTRATION,
            "Residents spent the night in hiding as FARC dissidents fired improvised gas-cylinder bombs at "
            "the police station.",
            SubEventType.SHELLING,
        ),
        # no crowd and no protest named: not a protest
        (
            SubEventType.PROTEST_WITH_INTERVENTION,
            "Police stopped a minibus packed with explosives at a checkpoint and arrested its driver. The "
            "vehicle had been sent to strike a government compound.",
            SubEventType.DISRUPTED_WEAPONS_USE,
        ),
    ],
)
def test_a_crowd_reading_with_no_crowd(sub: SubEventType, text: str, expected: SubEventType) -> None:
    from vigil.extract.classify import Prediction
    from vigil.extract.crowdtype import crowd_or_not

    ranked = ((SubEventType.DISRUPTED_WEAPONS_USE, 0.3),)
    read = crowd_or_not(Prediction(sub_event_type=sub, probability=0.5, relevance=0.9, ranked=ranked), text)
    assert read is not None and read.sub_event_type is expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "ANALYSIS - Two years after clashes first broke out, the state remains split into ethnic zones "
            "and more than 260 people have been killed.",
            "analysis",
        ),
        (
            "DAKAR (AP) - Senegal on Sunday marked 80 years since colonial troops killed soldiers who had "
            "demanded their wages at a camp outside Dakar in December 1944.",
            "commemoration",
        ),
        (
            "Hundreds of relatives gathered at mosques on Friday to pray for the 85 men who died after "
            "security forces broke up a demonstration in October 2004.",
            "commemoration",
        ),
        # a rights group's head arrested is no ordinary crime, whatever the charge
        (
            "Police arrested the head of a human rights group at her home late on Sunday, accusing her of "
            "embezzlement.",
            None,
        ),
        ("Police arrested a cashier accused of embezzlement at the bank.", "ordinary crime"),
    ],
)
def test_pieces_a_careless_coder_would_take_for_an_event(text: str, kind: str | None) -> None:
    from vigil.extract.nonevents import routine_news

    assert routine_news(text) == kind


def test_a_mine_filled_with_methane_is_an_accident() -> None:
    text = (
        "Twelve miners were killed on Thursday after methane that had built up in a shaft ignited and "
        "brought the roof down, a mines official said."
    )
    assert cues.accident_only(text)
    assert not cues.accident_only("Militants blew up the entrance of the mine, killing twelve miners.")


def test_a_governor_s_roundup_of_the_day_is_no_event_s_toll() -> None:
    from vigil.extract.scene import looks_back

    day = date(2025, 5, 20)
    assert looks_back("In total, 2 people were killed and 14 injured in the region.", day, day)
    assert not looks_back("In total, 12 people were killed in the attack.", day, day)


def test_a_name_on_a_flag_is_no_place(geocoder: Geocoder) -> None:
    loc = geocoder.locate(
        "OTTAWA - Several hundred people rallied on Parliament Hill on Saturday, waving Maple Leaf flags."
    )
    assert loc is None or loc.name != "Maple Leaf"


def test_the_sides_named_a_sentence_before_a_later_event(coder: Any) -> None:
    from vigil.domain import Article

    text = (
        "PRESS RELEASE - Ministry of Interior\n\n"
        "Weapons seized in the mountains\n\n"
        "Teams of the provincial Gendarmerie Command on Tuesday located a cave used as a depot by members "
        "of the PKK in the rural area of Cukurca district. During the search of the cave, two rocket "
        "launchers, six rifles and 40 kg of explosives were seized. The explosives were destroyed on site "
        "by controlled detonation. The public is respectfully informed."
    )
    report = coder.code(Article(text=text, published=date(2024, 5, 16))).principal_report
    assert report is not None and report.sub_event_type is SubEventType.DISRUPTED_WEAPONS_USE
    assert report.actor1 is not None and report.actor1.name.startswith("Military Forces of Turkey")


def test_a_force_named_only_as_absent_is_no_side(coder: Any) -> None:
    from vigil.domain import Article

    text = (
        "GUSAU, Nigeria - Gunmen on motorcycles abducted 23 villagers from Kware in Zamfara state on "
        "Sunday night, residents said.\n\n"
        "The kidnappers also burned two granaries before leaving. Villagers said soldiers arrived only "
        "the next morning.\n\n"
        "Bandits have carried out hundreds of mass abductions in the northwest in recent years."
    )
    report = coder.code(Article(text=text, published=date(2025, 3, 17))).principal_report
    assert report is not None and report.actor1 is not None
    assert report.actor1.name.startswith("Unidentified Armed Group")
