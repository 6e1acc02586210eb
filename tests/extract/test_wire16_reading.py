"""Sixteenth round: a vague press name after a named group is that group, a weapon is no side,
ground fought over is no ground taken, the Taliban's floggings, and a great city's name.

Sentences written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import pytest
from tests.extract.sides_check import NOBODY, assert_sides, read_roles, recoded, settled

from vigil.extract.actors import ActorRegistry
from vigil.extract.geocode import Geocoder
from vigil.extract.relevance import is_relevant
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

WHEN = date(2024, 4, 3)


# (text, the model's reading, country, actor1, actor2): the sides as ACLED names them
SIDES = [
    # a vague press name after a named group is that group ("insurgents" alone in Nigeria would
    # read as Boko Haram; here they are the ISWAP fighters)
    (
        "The Nigerian army said it repelled an attack by ISWAP fighters on its base in Monguno, killing 20 insurgents.",
        SubEventType.ARMED_CLASH,
        "Nigeria",
        "Islamic State (West Africa)",
        "Military Forces of Nigeria…",
    ),
    (
        "Insurgents attacked a military base in Monguno, killing five soldiers.",
        SubEventType.ARMED_CLASH,
        "Nigeria",
        "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
        "Military Forces of Nigeria…",
    ),
    # a foreign force's drones are no side of their own
    (
        "Russian forces launched 40 drones at Odesa overnight, damaging port infrastructure.",
        SubEventType.AIR_DRONE_STRIKE,
        "Ukraine",
        "Military Forces of Russia…",
        NOBODY,
    ),
    # unattributed militants in Pakistan are unidentified
    (
        "Militants attacked a police checkpoint in Bannu district, killing three policemen.",
        SubEventType.ARMED_CLASH,
        "Pakistan",
        "Unidentified Armed Group (Pakistan)",
        "Police Forces of Pakistan…",
    ),
    # a bomb that went off as a patrol passed was planted by someone else; the patrol is theirs
    (
        "Three police officers were wounded when a homemade bomb went off as their patrol passed in Imphal.",
        SubEventType.REMOTE_EXPLOSIVE,
        "India",
        "Unidentified Armed Group (India)",
        "Police Forces of India…",
    ),
    # rival gunmen are another group, not the cartel just named
    (
        "The Sinaloa cartel and rival gunmen fought a gun battle in Culiacan that left 12 dead.",
        SubEventType.ARMED_CLASH,
        "Mexico",
        "Sinaloa Cartel",
        "Unidentified Gang (Mexico)",
    ),
    # a police informer is a civilian
    (
        "Maoist rebels killed a village headman they accused of being a police informer in Bijapur district.",
        SubEventType.ATTACK,
        "India",
        "CPI (Maoist): Communist Party of India (Maoist)",
        "Civilians (India)",
    ),
    # the Taliban in power are Afghanistan's forces across the border too
    (
        "Afghan Taliban forces and Pakistani troops exchanged heavy fire near Torkham, killing two Pakistani soldiers.",
        SubEventType.ARMED_CLASH,
        "Pakistan",
        "Military Forces of Pakistan…",
        "Military Forces of Afghanistan (2021-)",
    ),
    # everyone armed was harmed: the side the attack was on is the target
    (
        "Three gendarmes and 12 assailants were killed in an attack on the gendarmerie brigade of Kompienga.",
        SubEventType.ARMED_CLASH,
        "Burkina Faso",
        "Unidentified Armed Group (Burkina Faso)",
        "Police Forces of Burkina Faso (2022-) Gendarmerie",
    ),
    (
        "Two soldiers and five militants were killed in an attack on a military post near Djibo.",
        SubEventType.ARMED_CLASH,
        "Burkina Faso",
        "Unidentified Armed Group (Burkina Faso)",
        "Military Forces of Burkina Faso (2022-)",
    ),
    # who put the toll at a figure told it, and did not kill
    (
        "Nearly 50 civilians were killed in the massacre, a UN official said, while the army put the toll at 12.",
        SubEventType.ATTACK,
        "Mali",
        "Unidentified Armed Group (Mali)",
        "Civilians (Mali)",
    ),
    # ordinary people who wreck are a communal militia: ACLED never codes civilians acting
    (
        "On 17 September 2021, a group of pastoralists destroyed a cotton field to install a camp near Nikki.",
        SubEventType.LOOTING,
        "Benin",
        "Unidentified Communal Militia (Benin)",
        None,
    ),
    (
        "Farmers ransacked and burned the huts of a herders' camp near Bassila after cattle ate their crops.",
        SubEventType.LOOTING,
        "Benin",
        "Unidentified Communal Militia (Benin)",
        None,
    ),
]


@pytest.mark.parametrize(("text", "sub", "country", "actor1", "actor2"), SIDES)
def test_the_sides(
    registry: ActorRegistry,
    nlp: Language,
    text: str,
    sub: SubEventType,
    country: str,
    actor1: str,
    actor2: str | None,
) -> None:
    roles = read_roles(registry, nlp, text, sub, country, WHEN)
    assert_sides(roles, actor1, actor2)


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        (
            "EACRF troops came under fire from M23 rebels near Kibumba.",
            "Democratic Republic of Congo",
            "EACRF: East African Community Regional Force (2022-2023)",
        ),
        (
            "Shining Path rebels ambushed an army patrol in the VRAEM, killing two soldiers.",
            "Peru",
            "Shining Path",
        ),
    ],
)
def test_groups_added_to_the_registry(registry: ActorRegistry, text: str, country: str, name: str) -> None:
    assert name in {m.actor.name for m in registry.find(text, country=country, when=date(2023, 5, 2))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Federal troops and militiamen fought for control of the town of Lalibela on Tuesday.",
            SubEventType.ARMED_CLASH,
        ),
        (
            "Rebels and the army battled over control of the airport for a second day.",
            SubEventType.ARMED_CLASH,
        ),
        # ground taken after the fight stays taken
        (
            "After fighting for control of the town, the militiamen seized it on Wednesday.",
            SubEventType.NON_STATE_OVERTAKES_TERRITORY,
        ),
    ],
)
def test_ground_fought_over_is_a_battle(text: str, expected: SubEventType) -> None:
    assert settled(SubEventType.NON_STATE_OVERTAKES_TERRITORY, text) is expected


def test_the_taliban_s_public_flogging_is_an_attack(registry: ActorRegistry, nlp: Language) -> None:
    text = "Taliban officials publicly flogged three men convicted of theft in a stadium in Ghazni province."
    assert recoded(registry, nlp, SubEventType.MOB_VIOLENCE, text, "Afghanistan", WHEN) is SubEventType.ATTACK


def test_a_crowd_that_beats_a_man_stays_a_mob(registry: ActorRegistry, nlp: Language) -> None:
    text = "A mob publicly beat a man accused of theft at the market in Ghazni."
    assert (
        recoded(registry, nlp, SubEventType.MOB_VIOLENCE, text, "Afghanistan", WHEN)
        is SubEventType.MOB_VIOLENCE
    )


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Clashes between rival militias in Tripoli killed at least 10 people on Tuesday.", "Libya"),
        ("Gunmen shot dead two men in Kingston overnight, police said.", "Jamaica"),
    ],
)
def test_a_great_city_s_name_alone_is_the_great_city(geocoder: Geocoder, text: str, country: str) -> None:
    loc = geocoder.locate(text)
    assert loc is not None and loc.country == country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Hamas rocket hit a house in Ashkelon on Tuesday, lightly injuring two people.",
            SubEventType.SHELLING,
        ),
        ("Mortar rounds landed near a school in the town, wounding four children.", SubEventType.SHELLING),
        # something flown stays an air strike
        ("A drone fired a missile at a car near the border, killing two men.", SubEventType.AIR_DRONE_STRIKE),
        ("Warplanes fired rockets at a village, killing five people.", SubEventType.AIR_DRONE_STRIKE),
    ],
)
def test_rockets_with_nothing_flown_are_shelling(text: str, expected: SubEventType) -> None:
    assert settled(SubEventType.AIR_DRONE_STRIKE, text) is expected


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("A teenage girl was raped and killed by unknown assailants in a village.", 1),
        ("A farmer was shot and killed near his field.", 1),
        ("Two girls were raped and killed.", 2),
        ("Gunmen raped and killed a girl in the village.", 1),
        # a part told before "among" leaves the whole
        ("Two journalists were among 11 people killed when strikes hit a house.", 11),
        ("A journalist was among the 11 people killed in the raid.", 11),
    ],
)
def test_the_dead_a_sentence_counts(sentence: str, killed: int) -> None:
    from vigil.extract.casualties import sentence_mentions
    from vigil.extract.numbers import tokenize

    figures = [m.figure for m in sentence_mentions(tokenize(sentence)) if m.kind.value == "killed"]
    assert figures == [killed]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eleven people were killed when Israeli strikes hit a house in Khan Younis.",
            SubEventType.AIR_DRONE_STRIKE,
        ),
        (
            "Strikes on a market in the town killed nine people, residents said.",
            SubEventType.AIR_DRONE_STRIKE,
        ),
        (
            "A U.S. strike killed a militant commander in a car near the border.",
            SubEventType.AIR_DRONE_STRIKE,
        ),
        # a ground strike names its weapon; a labour strike is no strike from the air
        ("An artillery strike on the village killed two men.", SubEventType.ATTACK),
        ("Dockers went on a general strike and beat a manager at the port.", SubEventType.ATTACK),
    ],
)
def test_a_state_s_bare_strikes_are_from_the_air(text: str, expected: SubEventType) -> None:
    assert settled(SubEventType.ATTACK, text) is expected


def test_a_killing_told_as_a_flight_s_cause_is_the_event() -> None:
    text = (
        "Some 300 herders fled to Mali after vigilantes killed seven of them near Djibo, an association said."
    )
    assert settled(SubEventType.ATTACK, text) is SubEventType.ATTACK
    assert settled(
        SubEventType.ATTACK, "Some 300 herders fled their homes near Djibo, an association said."
    ) is (SubEventType.OTHER)


@pytest.mark.parametrize(
    "text",
    [
        "Security agents abducted a prominent government critic from his home in Harare.",
        "Plainclothes officers detained an activist outside the court.",
    ],
)
def test_the_state_s_agents_are_its_forces(registry: ActorRegistry, text: str) -> None:
    found = [m.actor.name for m in registry.find(text, country="Zimbabwe", when=WHEN)]
    assert found and found[0].startswith("Police Forces of Zimbabwe")


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "Up to 30 people may have died in the attack on the market, according to residents.",
            "Up to 30 people were killed in the attack on the market, according to residents.",
        ),
        (
            "Two people died in clashes between herders and farmers.",
            "Two people were killed in clashes between herders and farmers.",
        ),
        ("He died in a road accident on Monday.", "He died in a road accident on Monday."),
    ],
)
def test_an_attack_s_dead_read_as_killed(text: str, plain: str) -> None:
    from vigil.extract.cues import plain_telling

    assert plain_telling(text) == plain


def test_who_tells_of_a_protest_is_no_identity_of_its_crowd(registry: ActorRegistry, nlp: Language) -> None:
    text = (
        "Soldiers fired live ammunition at protesters in Khartoum, killing three, a doctors' committee said."
    )
    roles = read_roles(registry, nlp, text, SubEventType.EXCESSIVE_FORCE, "Sudan", WHEN)
    assert roles.actor1 is not None and roles.actor1.name == "Protesters (Sudan)"
    assert not roles.assoc_actor1


_LONG_REPORT = (
    "NIAMEY, March 12 - Suspected jihadists killed at least 22 soldiers in an ambush on an army convoy in "
    "western Niger on Sunday, the defence ministry said on Monday.\n\n"
    "The convoy was attacked near a village in the Tillaberi region, close to the border with Mali, as it "
    "escorted trucks carrying food, the ministry said. The ministry said 15 attackers were killed.\n\n"
    "No group has claimed responsibility, but fighters linked to Islamic State operate in the area.\n\n"
    "Separately, on Saturday, police in Niamey arrested a journalist who had reported on the army's losses, "
    "his employer said."
)


def test_a_dateline_and_a_separate_event_s_town_are_not_where_the_ambush_was(coder: Any) -> None:
    from vigil.domain import Article

    reports = coder.code(Article(text=_LONG_REPORT, published=date(2024, 3, 12))).reports
    kinds = {r.sub_event_type: r for r in reports}
    ambush, arrest = kinds[SubEventType.ARMED_CLASH], kinds[SubEventType.ARRESTS]
    assert ambush.location is not None and ambush.location.name == "Tillabéri"
    assert ambush.fatalities == 37  # both sides' dead
    assert arrest.location is not None and arrest.location.name == "Niamey"
    # the group only said to be around was not the one arrested
    assert arrest.actor2 is not None and arrest.actor2.name == "Civilians (Niger)"


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        (
            "Rebels killed 17 villagers in eastern Congo, local officials said Thursday, as fighting between "
            "the army and M23 rebels displaced thousands more.",
            "Rebels killed 17 villagers in eastern Congo, local officials said Thursday.",
        ),
        # an "as" inside the report is the report's own
        (
            "Police fired tear gas as protesters threw stones, witnesses said.",
            "Police fired tear gas as protesters threw stones, witnesses said.",
        ),
    ],
)
def test_the_setting_hung_on_a_source_is_not_the_event(sentence: str, told: str) -> None:
    from vigil.extract.scene import without_context

    assert without_context(sentence) == told


def test_a_setting_clause_does_not_type_nor_side_the_event(coder: Any) -> None:
    from vigil.domain import Article

    text = (
        "Rebels killed at least 17 civilians in an overnight raid on a village in eastern Congo, local "
        "officials said Thursday, as fighting between the army and M23 rebels displaced thousands more."
    )
    report = coder.code(Article(text=text, published=date(2024, 2, 8))).principal_report
    assert report is not None and report.sub_event_type is SubEventType.ATTACK
    assert report.actor2 is not None and report.actor2.name.startswith("Civilians")


def test_who_denies_in_a_clause_of_its_own_is_the_denial_s_source() -> None:
    from vigil.extract.figures import extract_claims

    sentence = "Kahindo blamed the militia, but a spokesman for the group denied involvement in the killings."
    denials = [c for c in extract_claims([sentence]) if c.stance.value == "denied"]
    assert [c.source for c in denials] == ["a spokesman for the group"]


def test_an_event_told_elsewhere_is_its_own_though_of_the_same_kind(coder: Any) -> None:
    from vigil.domain import Article

    text = (
        "KYIV, Ukraine (AP) - A Russian missile strike on the southern city of Odesa killed at least eight "
        "people and wounded 27 on Friday, regional authorities said.\n\n"
        "The missile hit a residential area of the city, the governor said. Two children were among the wounded.\n\n"
        "Elsewhere, Russian shelling of the Kherson region killed a 64-year-old man, officials said.\n\n"
        "The war is in its third year."
    )
    reports = coder.code(Article(text=text, published=date(2024, 6, 9))).reports
    shelling = [r for r in reports if r.sub_event_type is SubEventType.SHELLING]
    assert sorted(r.fatalities for r in shelling) == [1, 8]
    assert {r.location.name for r in shelling if r.location} == {"Odesa", "Kherson"}


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        ("The UN Security Council condemned the attack and called for an investigation.", False),
        ("The French foreign ministry condemned the violence and urged restraint on all sides.", False),
        # a statement that tells the act, where and to whom, still tells an event
        ("The government condemned the attack in which gunmen killed 12 villagers in Mopti on Sunday.", True),
        ("The UN condemned the killing of three peacekeepers in an ambush near Kidal on Monday.", True),
        # a crowd's condemnation is a protest
        ("Protesters condemned the arrest of the opposition leader in a march through Dakar.", True),
    ],
)
def test_an_institution_s_statement_is_no_event(text: str, relevant: bool) -> None:
    assert is_relevant(text, 0.9) is relevant
