"""Nineteenth round: a group's claim told after its bomb, bombs where a group and a state are
named, a crowd reading with only armed men in it, crowds punishing suspects, dated background in
routine news, deals and handovers, arrests of critics, and namesakes far from the groups named.

Sentences written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import pytest
from tests.extract.sides_check import assert_sides, read_roles, recoded, settled

from vigil.extract.actors import ActorRegistry
from vigil.extract.geocode import Geocoder
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

WHEN = date(2024, 11, 20)


def test_a_claim_told_after_the_bomb_is_the_bomb_s(coder: Any) -> None:
    from vigil.domain import Article

    text = (
        "A suicide bomber drove a car packed with explosives into an army checkpoint outside Baidoa on "
        "Monday, a district official said. Five soldiers and the bomber died, he said. Al Shabaab said in a "
        "statement broadcast by its radio station that it carried out the attack and that 15 soldiers had "
        "been killed. Officials said more troops would be sent to guard the road. The town lies on the main "
        "supply route to the west."
    )
    report = coder.code(Article(text=text, published=date(2024, 3, 5))).principal_report
    assert report is not None and report.sub_event_type is SubEventType.SUICIDE_BOMB
    assert report.actor1 is not None and report.actor1.name == "Al Shabaab"
    assert report.fatalities == 6  # the soldiers and the bomber, not the group's claim


def test_gunmen_from_a_named_group_are_the_group(registry: ActorRegistry, nlp: Language) -> None:
    text = "Gunmen from the banned Baloch Liberation Army stopped a bus near Mastung and took away six men."
    roles = read_roles(registry, nlp, text, SubEventType.ABDUCTION, "Pakistan", WHEN)
    assert_sides(roles, "BLA: Baloch Liberation Army", None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Six policemen and the attacker were killed in the raid.", 7),
        # a breakdown of the toll names no one more
        ("The blast killed five people, among them the mayor, two of his aides and the bomber.", 5),
        ("One gunman blew himself up and the other was shot dead by guards.", 2),
        ('"The bomb could have killed dozens," the police chief said.', 0),
        ("A man blew himself up at the gate of the barracks, killing himself and a guard.", 2),
        ("Health officials say dozens of people have been killed since the truce took effect.", 0),
        # the missing told after a toll are not dead
        ("A community leader put the death toll at 25 and said several people were still missing.", 25),
    ],
)
def test_who_counts_in_a_sentence_s_toll(sentence: str, expected: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims([sentence])) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "More than 900 civilians were killed in Mali in the first half of the year, most of them by armed "
            "groups, the UN mission said in a report on Monday.",
            "casualty statistics",
        ),
        (
            "Hundreds of mourners gathered in the village, in the north of the country, on Sunday for a "
            "memorial mass for the 30 people, many of them children, killed by soldiers there four years ago.",
            "commemoration",
        ),
        (
            "A court on Monday sentenced three men to life in prison for helping the gunmen who stormed a "
            "hotel in the capital in March 2019, killing 21 people.",
            "court ruling",
        ),
        (
            "Parliament on Friday elected the former finance minister as prime minister by 40 votes to 20. "
            "Police guarded the building, mindful of the riots that followed the 2019 vote, but the city stayed calm.",
            "election result",
        ),
        (
            "The death toll from Sunday's fuel tanker explosion near the capital has risen to 31, health "
            "officials said.",
            "road or rail crash",
        ),
        (
            "The latest round of discussions on the frozen conflict ended on Thursday without progress, the "
            "mediators said.",
            "talks without a deal",
        ),
        (
            "The army held its annual Independence Day parade in the capital on Tuesday, with tanks and jets "
            "passing the presidential stand.",
            "military exercise",
        ),
        (
            "At least 4,000 people were killed in gang violence in the country last year, the UN said on Monday.",
            "casualty statistics",
        ),
    ],
)
def test_routine_news_whose_past_is_dated(text: str, kind: str) -> None:
    from vigil.extract.nonevents import routine_news

    assert routine_news(text) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two presidents signed a treaty on their common border on Thursday, settling a dispute that "
            "led to deadly clashes in 2022.",
            SubEventType.AGREEMENT,
        ),
        (
            "French troops finished setting up a new forward post near the border on Monday.",
            SubEventType.HEADQUARTERS_ESTABLISHED,
        ),
        (
            "Police on Tuesday detained two journalists and an editor of an independent news site in the capital.",
            SubEventType.ARRESTS,
        ),
        # critics held while they marched: the march broken up, told by its own words
        ("Police detained 20 opposition activists as they marched on the election office.", None),
    ],
)
def test_strategic_moves_a_lede_tells(text: str, expected: SubEventType | None) -> None:
    from vigil.extract.cues import lede_strategic

    assert lede_strategic(text) is expected


def test_two_states_sign_as_their_governments(registry: ActorRegistry, nlp: Language) -> None:
    text = "The presidents of Kyrgyzstan and Tajikistan signed a treaty on their common border on Thursday."
    roles = read_roles(registry, nlp, text, SubEventType.AGREEMENT, "Kyrgyzstan", WHEN)
    assert_sides(roles, "Government of Kyrgyzstan…", "Government of Tajikistan…")


def test_a_drone_intercepted_with_no_harm_and_a_vow_is_disrupted() -> None:
    text = (
        "The air force intercepted a drone launched from Yemen as it neared Eilat on Thursday. There were "
        "no injuries or damage. The Houthis said they had targeted the port and vowed to keep up their attacks."
    )
    assert settled(SubEventType.AIR_DRONE_STRIKE, text) is SubEventType.DISRUPTED_WEAPONS_USE


def test_weapons_seized_for_attacks_to_come_are_disrupted() -> None:
    text = (
        "In an operation executed at dawn, police seized 10 rifles and 3 grenades belonging to a gang. "
        "The arsenal was going to be used in attacks on a rival group, the commander said."
    )
    assert settled(SubEventType.ARMED_CLASH, text) is SubEventType.DISRUPTED_WEAPONS_USE


def test_armed_men_and_no_crowd_is_no_crowd_s_event() -> None:
    text = "Gunmen stopped a bus on Tuesday and marched 12 passengers into the bush, a local official said."
    ranked = (SubEventType.VIOLENT_DEMONSTRATION, SubEventType.ABDUCTION)
    assert settled(SubEventType.VIOLENT_DEMONSTRATION, text, ranked) is SubEventType.ABDUCTION
    crowd = "Youths stopped a bus on Tuesday and marched its driver to the police station."
    assert settled(SubEventType.VIOLENT_DEMONSTRATION, crowd, ranked) is SubEventType.VIOLENT_DEMONSTRATION


def test_a_ground_handover_read_as_a_change_is_the_handover() -> None:
    text = "Army units entered the town on Sunday after the militia pulled back; no shots were fired during the handover."
    ranked = (SubEventType.CHANGE_TO_GROUP, SubEventType.NON_VIOLENT_TRANSFER)
    assert settled(SubEventType.CHANGE_TO_GROUP, text, ranked) is SubEventType.NON_VIOLENT_TRANSFER


def test_villagers_who_kill_suspected_thieves_are_a_mob(registry: ActorRegistry, nlp: Language) -> None:
    text = (
        "Villagers beat three suspected thieves to death near the market on Sunday, police said. Police "
        "reached the scene too late and have opened an investigation. Such killings are common in the "
        "region, where armed gangs raid herds."
    )
    assert recoded(registry, nlp, SubEventType.ATTACK, text, "Madagascar", WHEN) is SubEventType.MOB_VIOLENCE
    roles = read_roles(registry, nlp, text, SubEventType.MOB_VIOLENCE, "Madagascar", WHEN)
    assert_sides(roles, "Rioters (Madagascar)", "Civilians (Madagascar)")


def test_a_rally_that_dispersed_of_itself_had_no_intervention() -> None:
    from vigil.extract.protests import recode

    text = "Thousands rallied in the city on Friday. The gathering in Freedom Square dispersed peacefully at dusk."
    assert recode(SubEventType.PROTEST_WITH_INTERVENTION, text) is SubEventType.PEACEFUL_PROTEST


def test_daily_fire_across_a_border_is_the_setting() -> None:
    from vigil.extract.cues import HISTORY

    assert HISTORY.search(
        "The border area has seen daily exchanges of fire between the two armies since October."
    )


def test_a_namesake_far_from_the_groups_named_is_not_where(
    geocoder: Geocoder, registry: ActorRegistry
) -> None:
    from vigil.extract.scene import home_votes

    # "Pensa", a Burkinabe village GeoNames lacks, is what Penza is called in German
    text = "On 3 March, presumed JNIM militants attacked the gendarmerie post in Pensa; two gendarmes were wounded."
    loc = geocoder.locate(text, votes=home_votes(registry, geocoder, text))
    assert loc is None or loc.country != "Russia"


def test_the_bomber_s_own_death_is_part_of_the_toll_not_a_rival_count() -> None:
    from vigil.extract.figures import extract_claims, fatalities

    sentences = [
        "A man detonated explosives at a checkpoint on Monday, killing himself and a soldier, the army said.",
        '"He blew himself up when he was told to stop," a spokesman said.',
    ]
    assert fatalities(extract_claims(sentences)) == 2


def test_a_rally_the_police_left_alone_was_peaceful() -> None:
    from vigil.extract.protests import recode

    text = (
        "Thousands rallied in the capital on Saturday against the election result. Police did not intervene."
    )
    assert recode(SubEventType.PROTEST_WITH_INTERVENTION, text) is SubEventType.PEACEFUL_PROTEST


def test_an_armed_strike_is_the_group_s_change_of_activity() -> None:
    from vigil.extract.cues import lede_strategic

    text = "The National Liberation Army on Friday declared an armed strike across the department."
    assert lede_strategic(text) is SubEventType.CHANGE_TO_GROUP
    ranked = (SubEventType.PEACEFUL_PROTEST, SubEventType.CHANGE_TO_GROUP)
    assert settled(SubEventType.PEACEFUL_PROTEST, text, ranked) is SubEventType.CHANGE_TO_GROUP


def test_a_crowd_that_attacked_the_police_is_a_riot() -> None:
    text = (
        "Two police officers were killed on Tuesday when supporters of the opposition leader, who have been "
        "blocking roads for a week, attacked a police unit sent to clear the highway."
    )
    assert settled(SubEventType.ARMED_CLASH, text) is SubEventType.VIOLENT_DEMONSTRATION


@pytest.mark.parametrize(
    ("text", "sub", "country", "actor1", "actor2"),
    [
        (
            "France handed over its base in the north to the Chadian army on Thursday; French soldiers left "
            "the base the same day.",
            SubEventType.NON_VIOLENT_TRANSFER,
            "Chad",
            "Military Forces of Chad…",
            "Military Forces of France…",
        ),
        (
            "A woman blew herself up at a market in Konduga on Saturday. Officials blamed the Boko Haram "
            "faction known as JAS.",
            SubEventType.SUICIDE_BOMB,
            "Nigeria",
            "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
            None,
        ),
        (
            "Ten civilians were killed when Pakistani artillery shells hit the town on Wednesday, hours after "
            "India fired missiles across the border.",
            SubEventType.SHELLING,
            "India",
            "Military Forces of Pakistan…",
            None,
        ),
        (
            "Members of the ELN detonated an explosive device as an army patrol passed near Saravena on "
            "Tuesday; two soldiers lost their lives, the army said in a communique.",
            SubEventType.REMOTE_EXPLOSIVE,
            "Colombia",
            "ELN: National Liberation Army",
            None,
        ),
        (
            "Four soldiers died when a roadside bomb hit their truck near Jowhar. Al Shabaab said in a post on "
            "one of its websites that the blast had killed nine soldiers.",
            SubEventType.REMOTE_EXPLOSIVE,
            "Somalia",
            "Al Shabaab",
            None,
        ),
    ],
)
def test_who_took_over_who_was_blamed_and_who_fired_now(
    registry: ActorRegistry,
    nlp: Language,
    text: str,
    sub: SubEventType,
    country: str,
    actor1: str,
    actor2: str | None,
) -> None:
    assert_sides(read_roles(registry, nlp, text, sub, country, WHEN), actor1, actor2)


def test_the_press_told_of_an_attack_were_not_its_victims(registry: ActorRegistry, nlp: Language) -> None:
    text = (
        "Gunmen shot dead five mourners at a wake in a village on Sunday, a police spokesman told reporters."
    )
    roles = read_roles(registry, nlp, text, SubEventType.ATTACK, "Lesotho", WHEN)
    assert not any("Journalists" in a.name for a in roles.assoc_actor2)


def test_an_army_that_retook_a_city_regained_it_whatever_its_foe_vowed(coder: Any) -> None:
    from vigil.domain import Article

    text = (
        "The army said it had recaptured the city of Wad Madani from the Rapid Support Forces on Saturday, "
        "more than a year after the RSF overran it. Soldiers were seen celebrating in the centre. The RSF "
        "commander admitted a setback but vowed to keep fighting. Separately, a drone struck a market in "
        "Omdurman on Friday, wounding nine people. The war has displaced millions."
    )
    report = coder.code(Article(text=text, published=date(2025, 1, 12))).principal_report
    assert report is not None and report.sub_event_type is SubEventType.GOVERNMENT_REGAINS_TERRITORY
    assert report.actor1 is not None and report.actor1.name.startswith("Military Forces of Sudan")


def test_dead_who_fell_to_an_attack_make_an_event_though_the_model_doubts(coder: Any) -> None:
    from vigil.domain import Article

    text = (
        "Three police officers were killed on Wednesday when supporters of the former president, who have "
        "been blocking roads for two weeks, attacked a police unit trying to clear a highway, the government said."
    )
    report = coder.code(Article(text=text, published=date(2025, 6, 12))).principal_report
    assert report is not None and report.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION


def test_a_holiday_s_raids_told_weeks_later_are_background() -> None:
    from vigil.extract.scene import looks_back

    sentence = "On Christmas Eve, coordinated raids on nearby villages killed close to 200 people."
    assert looks_back(sentence, date(2024, 1, 23), date(2024, 1, 25))
    assert not looks_back(sentence, date(2023, 12, 24), date(2023, 12, 26))


def test_a_car_bomb_defused_before_a_planned_attack_is_disrupted() -> None:
    text = (
        "Police defused a car packed with explosives in the capital on Thursday, foiling what officials "
        'called a planned attack on a hotel. Two men were detained. "It could have killed dozens," a '
        "spokesman said, blaming Al Shabaab."
    )
    assert settled(SubEventType.ARMED_CLASH, text) is SubEventType.DISRUPTED_WEAPONS_USE


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["At least 11 villagers were hacked or shot to death near the town late on Thursday."], 11),
        # a vague telling is no count beside a source's toll
        (
            [
                "Gunmen killed villagers in the district on Saturday, police said.",
                "Police put the death toll at nine.",
            ],
            9,
        ),
        # the attack answered is not this one's toll
        (
            [
                "Separatists attacked a checkpoint on Monday, killing two soldiers; troops killed four of the attackers.",
                "A commander said the attack was revenge for a raid last week in which soldiers killed seven civilians.",
            ],
            6,
        ),
        # the place's past, told where the troops were sent
        (
            [
                "The army said it had deployed two battalions to the area, where clashes between farmers and "
                "herders killed about 30 people last week."
            ],
            0,
        ),
    ],
)
def test_tolls_a_report_tells_and_those_it_recalls(sentences: list[str], expected: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == expected


def test_a_wife_found_stabbed_is_a_domestic_killing() -> None:
    from vigil.extract.nonevents import routine_news

    text = "Police arrested a man on Thursday after his wife was found stabbed to death in their home."
    assert routine_news(text) == "domestic killing"


def test_a_day_said_beats_a_month_a_year_back() -> None:
    from vigil.extract.dates import event_date

    text = (
        "The army said on Saturday its troops had entered the city, more than a year after it was overrun "
        "by the paramilitary in December 2023."
    )
    assert event_date(text, published=date(2025, 1, 12)) == (date(2025, 1, 11), 1)


def test_a_mine_collapse_in_a_rebel_held_province_stays_no_event(coder: Any) -> None:
    from vigil.domain import Article

    # the model reads it as hardly an event; its lede alone must not make it one
    text = (
        "GOMA - At least 20 miners were killed on Tuesday when a gold pit collapsed after heavy overnight "
        "rain near a mining town in the east, a local official said. Rescuers were digging with shovels for "
        "others believed to be trapped. Parts of the province have been held by rebels since last year, but "
        "officials said the collapse was caused by the rain. Accidents are common in the region's informal mines."
    )
    assert coder.code(Article(text=text, published=date(2025, 3, 12))).principal_report is None


def test_a_rancher_taken_from_his_farm_whom_a_front_says_it_holds(coder: Any) -> None:
    from vigil.domain import Article

    text = (
        "A rancher was taken from his farm near Saravena on Monday by armed men in two vans, his family said. "
        "Police and soldiers launched a search along the border. In a statement, the ELN's Eastern War Front "
        "said it was holding the rancher over an unpaid war tax. The governor demanded his release."
    )
    report = coder.code(Article(text=text, published=date(2023, 12, 6))).principal_report
    assert report is not None and report.sub_event_type is SubEventType.ABDUCTION
    assert report.actor1 is not None and report.actor1.name == "ELN: National Liberation Army"


def test_a_woman_stabbed_by_her_husband_is_no_event() -> None:
    from vigil.extract.nonevents import routine_news

    text = "A woman was stabbed to death by her husband at their home late on Friday, police said."
    assert routine_news(text) == "domestic killing"


def test_a_relative_month_in_a_later_clause_is_the_setting_s() -> None:
    from vigil.extract.dates import event_date

    text = (
        "The ministry said on Friday its troops had taken control of four villages, after the other side's "
        "units pulled out under a border deal agreed last month."
    )
    assert event_date(text, published=date(2024, 5, 24)) == (date(2024, 5, 24), 1)
    own = "Gunmen killed five people last month in the village, police said on Monday."
    assert event_date(own, published=date(2024, 5, 8))[1] == 3


def test_a_town_captured_before_by_the_other_side_is_retaken(registry: ActorRegistry, nlp: Language) -> None:
    text = (
        "Russian forces have retaken the town of Sudzha, the largest settlement captured by Ukrainian troops "
        "during their incursion last August, the defence ministry said."
    )
    assert (
        settled(SubEventType.GOVERNMENT_REGAINS_TERRITORY, text) is SubEventType.GOVERNMENT_REGAINS_TERRITORY
    )
    roles = read_roles(registry, nlp, text, SubEventType.GOVERNMENT_REGAINS_TERRITORY, "Russia", WHEN)
    assert_sides(roles, "Military Forces of Russia…", "Military Forces of Ukraine…")


def test_a_group_that_says_it_targeted_them_claims_the_act() -> None:
    from vigil.extract.cues import CLAIMS_ACT

    assert CLAIMS_ACT.search(
        'Al Shabaab said in a statement on its radio station that it had targeted "apostate soldiers".'
    )
    assert not CLAIMS_ACT.search("The army said it had been targeted by mortar fire.")
