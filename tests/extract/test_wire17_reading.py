"""Seventeenth round: a weapon downed whose launch is claimed, and who owns the weapon downed.

Sentences written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from tests.extract.sides_check import NOBODY, assert_sides, read_roles, settled

from vigil.extract.actors import ActorRegistry
from vigil.extract.geocode import Geocoder
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

WHEN = date(2024, 4, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the drone was launched from, and who claimed it, tell no strike
        (
            "The army said it intercepted a drone launched from Yemen over Eilat. The Houthis claimed the attack.",
            SubEventType.DISRUPTED_WEAPONS_USE,
        ),
        # a drone that hit something is that strike's
        (
            "The army said it intercepted one drone; a second hit a warehouse in Eilat.",
            SubEventType.SHELLING,
        ),
    ],
)
def test_a_drone_downed_whose_launch_is_claimed_is_disrupted(text: str, expected: SubEventType) -> None:
    assert settled(SubEventType.SHELLING, text) is expected


@pytest.mark.parametrize(
    ("text", "country", "actor1", "actor2"),
    [
        (
            "Ukraine's air force said it shot down 20 Russian drones over the Kyiv region overnight.",
            "Ukraine",
            "Military Forces of Ukraine (2019-) Air Force",
            "Military Forces of Russia (2000-) Air Force",
        ),
        (
            "Saudi air defences intercepted a Houthi drone fired toward Jazan on Tuesday, the coalition said.",
            "Saudi Arabia",
            "Military Forces of Saudi Arabia…",
            "Military Forces of Yemen (2016-) Supreme Political Council",
        ),
    ],
)
def test_the_interceptor_leads_and_the_weapon_s_owner_follows(
    registry: ActorRegistry, nlp: Language, text: str, country: str, actor1: str, actor2: str
) -> None:
    roles = read_roles(registry, nlp, text, SubEventType.DISRUPTED_WEAPONS_USE, country, WHEN)
    assert_sides(roles, actor1, actor2)


@pytest.mark.parametrize(
    "text",
    [
        "More than 9,000 civilians have been killed since the invasion began in 2022, the UN mission said.",
        "Attacks by armed groups killed more than 900 civilians in the first six months of the year, a report said.",
    ],
)
def test_a_war_s_toll_since_its_start_is_a_statistic(text: str) -> None:
    from vigil.extract.cues import tally_only

    assert tally_only(text)


def test_a_blast_at_a_named_depot_of_unknown_cause_is_an_accident() -> None:
    from vigil.extract.cues import accident_only

    text = "A fire and explosion at Kenya's largest fuel depot killed nine workers; the cause was not known."
    assert accident_only(text)
    assert not accident_only("A bomb blast at the fuel depot killed nine workers.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops killed five rebels in a bombing raid on their camp, the defence ministry said.",
            SubEventType.AIR_DRONE_STRIKE,
        ),
        (
            "Troops killed five rebels in a raid on their camp, the defence ministry said.",
            SubEventType.ARMED_CLASH,
        ),
    ],
)
def test_a_raid_told_as_bombing_is_flown(text: str, expected: SubEventType) -> None:
    assert settled(SubEventType.ARMED_CLASH, text) is expected


@pytest.mark.parametrize(
    ("text", "country", "actor1", "actor2"),
    [
        # the dead of both sides counted together are no alliance
        (
            "Two soldiers and three militants were killed in a gunfight in Kupwara district on Thursday.",
            "India",
            "Military Forces of India…",
            "Unidentified Armed Group (India)",
        ),
        # Kurdish militants in Turkey's press are the PKK
        (
            "Kurdish militants attacked an army outpost in Hakkari province, killing two soldiers.",
            "Turkey",
            "PKK: Kurdistan Workers Party",
            "Military Forces of Turkey…",
        ),
    ],
)
def test_the_sides_of_a_fight(
    registry: ActorRegistry, nlp: Language, text: str, country: str, actor1: str, actor2: str
) -> None:
    roles = read_roles(registry, nlp, text, SubEventType.ARMED_CLASH, country, WHEN)
    assert_sides(roles, actor1, actor2)
    assert not roles.assoc_actor1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the town a wire names in apposition, with its province after it
        (
            "BOGOTA, Nov 16 (Reuters) - Rebels attacked a police station in the municipality of Tame, "
            "in the eastern province of Arauca, on Wednesday.",
            "Tame",
        ),
        (
            "Gunmen seized control of Frontera Comalapa, a town in the southern state of Chiapas, on Sunday.",
            "Comalapa",
        ),
        # "the X area of Y state", under a dateline that names its country too
        (
            "KANO, Nigeria, Nov 8 (Reuters) - Bandits killed 14 people in the Faskari area of Katsina state on Monday.",
            "Faskari",
        ),
        # where the speakers sit is not where the town was taken
        (
            "Troops recaptured the eastern rail hub of Lyman on Saturday, officials in Kyiv said.",
            "Lyman",
        ),
    ],
)
def test_the_town_not_its_province_nor_the_speakers(geocoder: Geocoder, text: str, place: str) -> None:
    loc = geocoder.locate(text)
    assert loc is not None and place in loc.name


@pytest.mark.parametrize(
    ("text", "sub", "country", "actor1", "actor2"),
    [
        # a group named as what a victim is accused of serving is no side
        (
            "An angry crowd lynched a man accused of spying for ADF rebels in Beni on Saturday.",
            SubEventType.MOB_VIOLENCE,
            "Democratic Republic of Congo",
            "Rioters (Democratic Republic of Congo)",
            "Civilians (Democratic Republic of Congo)",
        ),
        # the army beat back an ambush that a group later claimed: the claimant began it
        (
            "The army said it beat back an ambush on a supply convoy near Niono, killing 20 attackers. "
            "The JNIM group later claimed the ambush.",
            SubEventType.ARMED_CLASH,
            "Mali",
            "JNIM: Group for Support of Islam and Muslims",
            "Military Forces of Mali…",
        ),
        # a claim told after the group's acronym in brackets
        (
            "A suicide bomber blew himself up near a ministry in Ankara and police shot dead a second attacker. "
            "The Kurdistan Workers Party (PKK) claimed responsibility.",
            SubEventType.SUICIDE_BOMB,
            "Turkey",
            "PKK: Kurdistan Workers Party",
            "Police Forces of Turkey…",
        ),
        # a private army's men told as "military contractors" are that army
        (
            "Russian military contractors moved into the base in Timbuktu that French troops handed over.",
            SubEventType.HEADQUARTERS_ESTABLISHED,
            "Mali",
            "Wagner Group",
            NOBODY,
        ),
    ],
)
def test_who_acted_not_who_was_named(
    registry: ActorRegistry,
    nlp: Language,
    text: str,
    sub: SubEventType,
    country: str,
    actor1: str,
    actor2: str,
) -> None:
    roles = read_roles(registry, nlp, text, sub, country, date(2022, 1, 7))
    assert_sides(roles, actor1, actor2)


@pytest.mark.parametrize(
    ("sentence", "event_day", "published"),
    [
        (
            "A bomb blast at a market in the city in June killed four people.",
            date(2022, 9, 12),
            date(2022, 9, 13),
        ),
        (
            "Separatists killed five people in the town in an attack last May.",
            date(2024, 5, 22),
            date(2024, 5, 23),
        ),
        (
            "Last week a mosque bombing in Peshawar killed more than 80 people.",
            date(2023, 2, 6),
            date(2023, 2, 7),
        ),
        (
            "The region has seen weeks of fighting between the army and militiamen.",
            date(2023, 8, 13),
            date(2023, 8, 15),
        ),
    ],
)
def test_an_earlier_month_s_toll_looks_back(sentence: str, event_day: date, published: date) -> None:
    from vigil.extract.scene import looks_back

    assert looks_back(sentence, event_day, published)


def test_the_same_month_s_toll_does_not_look_back() -> None:
    from vigil.extract.scene import looks_back

    assert not looks_back(
        "Five people were killed in the attack in May, police said.", date(2024, 5, 22), date(2024, 5, 23)
    )


@pytest.mark.parametrize(
    ("sentences", "killed"),
    [
        # a rival source's lower toll is the conservative figure
        (
            [
                "Rebels shot dead at least 18 villagers, a local leader said.",
                "The army gave a lower toll of 14.",
            ],
            14,
        ),
        # the speakers' count is no one's death
        (["A drone struck a car, killing two Hezbollah members, two security sources said."], 2),
        # a war's toll since its takeover is no event's own
        (
            [
                "Police fired on protesters, killing at least 15, medics said.",
                "The deaths bring to 39 the number of protesters killed since the Oct. 25 takeover.",
            ],
            15,
        ),
    ],
)
def test_the_event_s_own_dead(sentences: list[str], killed: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == killed


@pytest.mark.parametrize(
    ("text", "sub", "expected"),
    [
        # people taken and no one harmed is an abduction, whatever the model read
        (
            "Gunmen abducted at least 20 people from two villages on Sunday night. Nobody was killed in the raid.",
            SubEventType.ATTACK,
            SubEventType.ABDUCTION,
        ),
        (
            "Gunmen abducted 20 villagers and shot dead two who tried to flee.",
            SubEventType.ATTACK,
            SubEventType.ATTACK,
        ),
        # a base stormed and weapons recovered: no ground changed hands
        (
            "Militants stormed a military base, setting off a gun battle; troops recovered weapons left behind.",
            SubEventType.GOVERNMENT_REGAINS_TERRITORY,
            SubEventType.ARMED_CLASH,
        ),
        (
            "Troops retook the town from the militants on Tuesday.",
            SubEventType.GOVERNMENT_REGAINS_TERRITORY,
            SubEventType.GOVERNMENT_REGAINS_TERRITORY,
        ),
    ],
)
def test_what_was_done_decides(text: str, sub: SubEventType, expected: SubEventType) -> None:
    assert settled(sub, text) is expected


@pytest.mark.parametrize(
    ("text", "country", "read", "expected"),
    [
        (
            "The paramilitary Rapid Support Forces seized the army's divisional headquarters in Nyala on Thursday.",
            "Sudan",
            SubEventType.GOVERNMENT_REGAINS_TERRITORY,
            SubEventType.NON_STATE_OVERTAKES_TERRITORY,
        ),
        (
            "Government troops recaptured the town of Kamituga from the rebels on Sunday.",
            "Democratic Republic of Congo",
            SubEventType.NON_STATE_OVERTAKES_TERRITORY,
            SubEventType.GOVERNMENT_REGAINS_TERRITORY,
        ),
    ],
)
def test_who_took_the_ground_decides_whose_taking_it_is(
    registry: ActorRegistry,
    nlp: Language,
    text: str,
    country: str,
    read: SubEventType,
    expected: SubEventType,
) -> None:
    from vigil.extract.taker import ground_taker

    mentions = registry.find(text, country=country, when=date(2024, 5, 2))
    assert ground_taker(read, text, mentions, nlp(text)) is expected


def test_a_crowd_that_left_of_its_own_accord_met_no_intervention() -> None:
    from vigil.extract.protests import recode

    calm = "Hundreds rallied outside the utility's offices on Thursday; the crowd dispersed in the afternoon without incident."
    assert recode(SubEventType.PROTEST_WITH_INTERVENTION, calm) is SubEventType.PEACEFUL_PROTEST
    broken = "Hundreds rallied outside the utility's offices on Thursday until police dispersed them with tear gas."
    assert recode(SubEventType.PROTEST_WITH_INTERVENTION, broken) is SubEventType.PROTEST_WITH_INTERVENTION


def test_a_march_through_a_city_for_a_cause_elsewhere_is_in_the_city(geocoder: Geocoder) -> None:
    loc = geocoder.locate(
        "Thousands of people marched through central Madrid on Sunday in support of Palestinians in Gaza."
    )
    assert loc is not None and loc.name == "Madrid"


def test_a_dateline_without_a_town_gives_way_to_the_day_told() -> None:
    from vigil.extract.dates import event_date

    day, _ = event_date(
        "March 12 (Reuters) - Gunmen killed three people on Sunday.", published=date(2024, 3, 12)
    )
    assert day == date(2024, 3, 10)


@pytest.mark.parametrize(
    ("sentences", "killed"),
    [
        (["A gunbattle left four fighters dead on each side, according to a statement."], 8),
        (["A woman blew herself up at a tea stall, killing herself and at least 11 other people."], 12),
        (["Jihadists ambushed a bus on Sunday, shooting dead nine travellers and setting it ablaze."], 9),
        (
            [
                "Gunmen opened fire on customers, killing six people, the prosecutor said.",
                "Local media reported eight deaths.",
            ],
            6,
        ),
        (
            [
                "A student was shot dead when police opened fire on demonstrators on Tuesday.",
                "At least six people were killed across the country on Tuesday.",
            ],
            1,
        ),
        (
            [
                "Maoists blew up a van, killing eight policemen.",
                "Since January, security forces have killed more than 150 Maoists in the region.",
            ],
            8,
        ),
    ],
)
def test_each_side_the_bomber_and_the_nation(sentences: list[str], killed: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == killed


@pytest.mark.parametrize(
    ("text", "sub", "country", "actor1", "actor2"),
    [
        # an unnamed perpetrator is the group an official blames
        (
            "Jihadists ambushed a passenger bus near Bankass on Sunday, shooting dead nine travellers. "
            "A regional official blamed the Al-Qaeda-linked JNIM, which is active in the area.",
            SubEventType.ATTACK,
            "Mali",
            "JNIM: Group for Support of Islam and Muslims",
            "Civilians (Mali)",
        ),
        # or the group the armed men are believed to belong to
        (
            "About 20 armed men, believed to belong to the al Qaeda-linked JNIM, rode into a village and "
            "lectured residents for hours.",
            SubEventType.OTHER,
            "Benin",
            "JNIM: Group for Support of Islam and Muslims",
            "Civilians (Benin)",
        ),
    ],
)
def test_an_unnamed_perpetrator_is_the_group_blamed(
    registry: ActorRegistry,
    nlp: Language,
    text: str,
    sub: SubEventType,
    country: str,
    actor1: str,
    actor2: str,
) -> None:
    roles = read_roles(registry, nlp, text, sub, country, date(2023, 3, 12))
    assert_sides(roles, actor1, actor2)


@pytest.mark.parametrize(
    ("text", "read", "expected"),
    [
        # the lede's swap, though a later sentence recalls stalled talks and an earlier toll
        (
            "The rebels and government forces swapped 25 detainees on Sunday under a local deal. The bodies of "
            "four fighters killed earlier were also handed over. UN-led talks on a wider deal have stalled.",
            SubEventType.ATTACK,
            SubEventType.AGREEMENT,
        ),
        # students carried off, no one harmed: an abduction
        (
            "Gunmen on motorcycles stormed a boarding school late on Friday and carried off scores of students.",
            SubEventType.ATTACK,
            SubEventType.ABDUCTION,
        ),
    ],
)
def test_a_swap_and_a_carrying_off(text: str, read: SubEventType, expected: SubEventType) -> None:
    assert settled(read, text) is expected


@pytest.mark.parametrize(
    ("text", "sub", "country", "actor1", "actor2"),
    [
        # "suspected members of" a group are that group acting, not what someone is accused of
        (
            "Suspected members of the Jalisco New Generation Cartel (CJNG) used drones to drop explosives on "
            "homes near Tepalcatepec, injuring three people.",
            SubEventType.AIR_DRONE_STRIKE,
            "Mexico",
            "CJNG: Jalisco New Generation Cartel",
            "Civilians (Mexico)",
        ),
        # a group that said it had killed soldiers claims the bombing
        (
            "A suicide bomber blew himself up at a military checkpoint in Beledweyne, killing six soldiers. "
            "Al Shabaab, in a claim on its radio, said it had killed 20 soldiers.",
            SubEventType.SUICIDE_BOMB,
            "Somalia",
            "Al Shabaab",
            "Military Forces of Somalia…",
        ),
        # the assailants are the group the army described them as
        (
            "Soldiers were killed when their patrol was ambushed near Tera. Troops fought back and killed 30 "
            "assailants, whom the army described as fighters of the al Qaeda-linked JNIM.",
            SubEventType.ARMED_CLASH,
            "Niger",
            "Military Forces of Niger…",
            "JNIM: Group for Support of Islam and Muslims",
        ),
    ],
)
def test_the_group_told_by_its_members_claim_or_description(
    registry: ActorRegistry,
    nlp: Language,
    text: str,
    sub: SubEventType,
    country: str,
    actor1: str,
    actor2: str,
) -> None:
    roles = read_roles(registry, nlp, text, sub, country, date(2024, 3, 20))
    assert_sides(roles, actor1, actor2)


def test_what_the_blast_came_after_looks_back() -> None:
    from vigil.extract.scene import looks_back

    text = "The blast came a day after security forces killed a militant commander in a gunfight."
    assert looks_back(text, date(2024, 11, 3), date(2024, 11, 4))


def test_a_drone_s_deadly_hit_with_no_fight_on_the_ground_is_an_air_strike() -> None:
    hit = "A Turkish drone struck a vehicle north of Amadiya on Monday, killing three PKK members inside."
    assert settled(SubEventType.ARMED_CLASH, hit) is SubEventType.AIR_DRONE_STRIKE
    fought = "A drone struck a rebel position before troops and rebels clashed for hours near the town."
    assert settled(SubEventType.ARMED_CLASH, fought) is SubEventType.ARMED_CLASH


def test_dead_on_both_sides_are_one_toll() -> None:
    from vigil.extract.figures import extract_claims, fatalities

    told = [
        "M23 rebels clashed with militiamen near Masisi, and a local leader said dozens had been killed on both sides."
    ]
    assert fatalities(extract_claims(told)) == 12


def test_who_seized_the_town_a_year_before_did_not_retake_it(registry: ActorRegistry, nlp: Language) -> None:
    from vigil.extract.taker import ground_taker

    text = (
        "Mozambican and Rwandan troops recaptured the port town of Mocimboa da Praia from insurgents on Sunday, "
        "Rwanda's army said, a year after the militants seized it."
    )
    mentions = registry.find(text, country="Mozambique", when=date(2021, 8, 8))
    read = SubEventType.NON_STATE_OVERTAKES_TERRITORY
    assert ground_taker(read, text, mentions, nlp(text)) is SubEventType.GOVERNMENT_REGAINS_TERRITORY
