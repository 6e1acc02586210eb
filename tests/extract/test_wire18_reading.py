"""Eighteenth round: whose forces a quoted ministry means, who fired from where, routine news in a
war zone, doubted figures, and places named for a deal or by a side's nationality.

Sentences written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from tests.extract.sides_check import assert_sides, read_roles, recoded, settled

from vigil.extract.actors import ActorRegistry
from vigil.extract.geocode import Geocoder
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

WHEN = date(2024, 11, 20)


def _names(registry: ActorRegistry, text: str, country: str, when: date = WHEN) -> list[str]:
    return [m.actor.name for m in registry.find(text, country=country, when=when)]


def test_its_troops_are_the_quoted_ministry_s(registry: ActorRegistry) -> None:
    text = "Russia's Defence Ministry said on Sunday its troops had taken the village of Novohrodivka."
    assert "Military Forces of Russia (2000-)" in _names(registry, text, "Ukraine")
    # no state speaks: the troops are the event country's
    plain = "The village was quiet on Sunday and its troops had left."
    assert "Military Forces of Russia (2000-)" not in _names(registry, plain, "Ukraine")


def test_a_state_s_saboteurs_and_missiles_are_its_forces(registry: ActorRegistry) -> None:
    assert "Military Forces of Ukraine (2019-)" in _names(
        registry, "Border guards repelled Ukrainian sabotage groups near the village.", "Russia"
    )
    assert "Military Forces of Iran (1989-)" in _names(
        registry, "An Iranian ballistic missile hit a block of flats near Haifa.", "Israel"
    )


def test_a_rebel_press_word_names_no_state_abroad(registry: ActorRegistry) -> None:
    # the Taliban hold Afghanistan's state now; "insurgents" in Syria are not its army
    names = _names(registry, "Insurgents led by Hayat Tahrir al-Sham entered the city.", "Syria")
    assert not any("Afghanistan" in n for n in names)


def test_a_foreign_army_that_takes_ground_is_the_taker(registry: ActorRegistry, nlp: Language) -> None:
    text = "The Russian defence ministry said its troops had taken full control of the village of Ocheretyne."
    roles = read_roles(registry, nlp, text, SubEventType.NON_STATE_OVERTAKES_TERRITORY, "Ukraine", WHEN)
    assert_sides(roles, "Military Forces of Russia (2000-)", None)


def test_an_army_that_pulled_out_took_no_ground(registry: ActorRegistry, nlp: Language) -> None:
    text = "Rebels took control of the town of Saraqib on Saturday as Syrian army units pulled out."
    sub = recoded(registry, nlp, SubEventType.NON_STATE_OVERTAKES_TERRITORY, text, "Syria", WHEN)
    assert sub is SubEventType.NON_STATE_OVERTAKES_TERRITORY


def test_a_town_taken_in_the_lede_is_ground_taken_when_the_model_half_says_so() -> None:
    text = "Rebels swept through the city on Saturday, taking control of its airport, residents said."
    ranked = (SubEventType.ARMED_CLASH, SubEventType.NON_STATE_OVERTAKES_TERRITORY)
    assert settled(SubEventType.ARMED_CLASH, text, ranked) is SubEventType.NON_STATE_OVERTAKES_TERRITORY
    # a post overrun is a fight, not ground
    post = "Jihadists overran an army position near the lake on Sunday, killing 40 soldiers."
    assert settled(SubEventType.ARMED_CLASH, post, ranked) is SubEventType.ARMED_CLASH


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A fuel tanker overturned and caught fire on the highway on Monday, killing 19 people. Police said "
            "there was no indication of an attack, in a region where jihadist groups have stepped up raids.",
            "road or rail crash",
        ),
        (
            "Hundreds of people gathered in the village on Friday for a mass marking five years since soldiers "
            "killed 21 villagers there.",
            "commemoration",
        ),
        (
            "A man stabbed his wife to death at their home on Saturday after a quarrel, police said.",
            "domestic killing",
        ),
        (
            "At least 180 civilians were killed and 900 injured across Ukraine in May, the highest monthly "
            "toll this year, UN monitors said.",
            "casualty statistics",
        ),
    ],
)
def test_routine_news_in_a_war_zone(text: str, kind: str) -> None:
    from vigil.extract.nonevents import routine_news

    assert routine_news(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        # a man who killed his wife, then killed by a mob: the mob is an event
        "A man who killed his wife was seized by a mob and beaten to death on Sunday.",
        # a statistics lede followed by a strike told on its day
        "At least 180 civilians were killed across Ukraine in May, UN monitors said. On Tuesday a missile "
        "struck a market in Kharkiv, killing four.",
    ],
)
def test_routine_news_with_an_act_of_its_own_is_kept(text: str) -> None:
    from vigil.extract.nonevents import routine_news

    assert routine_news(text) is None


def test_a_blast_at_an_explosives_plant_is_an_accident() -> None:
    from vigil.extract.cues import accident_only

    assert accident_only(
        "An explosion ripped through a workshop at an explosives plant on Sunday, killing ten workers."
    )
    assert not accident_only("A bomb exploded at the plant's gate on Sunday, killing ten workers.")


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a party's claim its report doubts gives way to the firm count
        (
            [
                "The army said its troops killed four of the attackers.",
                "The group said it had killed 11 soldiers, a claim the military rejected as propaganda.",
            ],
            4,
        ),
        (
            [
                "Two soldiers and five attackers were killed, an army spokesman said.",
                "The rebels said they had killed 20 soldiers, a figure that could not be verified.",
            ],
            7,
        ),
        # a count on the ground beside an official boast is a rival estimate: the lowest stands
        (
            [
                "The air force said its jets struck a camp, killing more than 30 fighters.",
                "Residents said they had counted 14 bodies.",
            ],
            14,
        ),
        (
            [
                "Fighting killed at least five combatants on Thursday, the army said.",
                "A local rights group put the death toll at nine.",
            ],
            5,
        ),
        # a bomber's own death where the sentence kills no one else
        (["One attacker blew himself up at the gate and the other was shot dead by police."], 2),
        (["A suicide bomber blew himself up at a rally, killing at least 30 people."], 30),
        (["A woman blew herself up at a market, killing five people as well as herself."], 6),
        # a year's toll of another kind of killing, and a day recalled by its toll
        (
            [
                "Gunmen shot dead a community leader on Sunday.",
                "A think tank says more than 160 social leaders have been murdered this year.",
            ],
            1,
        ),
        (
            [
                "Police fired tear gas at worshippers marking one year since 'Bloody Friday', when dozens "
                "were shot dead in the city."
            ],
            0,
        ),
        # another source's count of the same toll is a rival estimate: the lowest stands
        (
            [
                "Artillery shells hit a market in the city on Sunday, killing nine civilians, a medic said.",
                "A volunteer network that records abuses said 14 people had died.",
            ],
            9,
        ),
        (
            [
                "Gunmen killed 18 people in the village, an official said.",
                "Civil society leaders said 24 bodies had been recovered.",
            ],
            18,
        ),
        # more dead, a part of the toll, or a side's own losses are no rival count
        (
            [
                "Fighting between herders left five dead near the border, police said.",
                "Residents said two others were missing and feared dead.",
            ],
            5,  # not lowered to the others' two
        ),
        (
            [
                "Three brothers were burnt to death by a mob on Sunday.",
                "A ward representative said two of the bodies were burnt beyond recognition.",
            ],
            3,
        ),
    ],
)
def test_the_figure_a_report_stands_by(sentences: list[str], expected: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Union for Peace, one of the country's main armed groups, announced its dissolution on "
            "Thursday and said its fighters would join a disarmament programme.",
            SubEventType.CHANGE_TO_GROUP,
        ),
        (
            "More than 200 Maoist cadres laid down their weapons before police in Jagdalpur on Friday.",
            SubEventType.CHANGE_TO_GROUP,
        ),
        (
            "Army bulldozers tore down seven homes in a herding community on Wednesday; nobody was hurt.",
            SubEventType.LOOTING,
        ),
        # a group that only says it may disband has not changed
        ("The armed group said it would announce its dissolution next month.", None),
    ],
)
def test_strategic_moves_told_in_the_lede(text: str, expected: SubEventType | None) -> None:
    from vigil.extract.cues import lede_strategic

    assert lede_strategic(text) is expected


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a side named twice by its nationality is no more a place than one named once
        (
            "A Ukrainian brigade said it had beaten back an assault by Russian infantry south-east of "
            "Pokrovsk on Friday. Russian forces have been advancing on the town for months.",
            "Ukraine",
        ),
        # where a deal was signed is not where the bombs fell
        (
            "Thai jets bombed Cambodian positions in Oddar Meanchey province on Monday, despite the "
            "declaration the two countries signed in Kuala Lumpur in October.",
            "Cambodia",
        ),
    ],
)
def test_the_event_s_country_not_the_sides_nor_the_venue(geocoder: Geocoder, text: str, country: str) -> None:
    loc = geocoder.locate(text)
    assert loc is not None and loc.country == country, loc


def test_a_headline_or_label_line_is_not_the_lede() -> None:
    from vigil.extract.layout import body_text

    assert body_text("COMMUNIQUE OF THE GENERAL STAFF\n\nOn Saturday, rebels attacked a post.") == (
        "On Saturday, rebels attacked a post."
    )
    assert body_text("Cabo Delgado weekly update, 6-12 May\nOn 10 May fighters entered the town.") == (
        "On 10 May fighters entered the town."
    )
    # a first line that is a sentence stays
    text = "Gunmen killed three people on Sunday.\nPolice said they had fled."
    assert body_text(text) == text


def test_a_press_release_s_full_date_line_is_its_own_date() -> None:
    from vigil.extract.dates import event_date

    text = "Maputo, 9 November 2024 - Police fired live rounds at marchers in the city centre on Thursday."
    assert event_date(text, published=date(2024, 11, 9)) == (date(2024, 11, 7), 1)


@pytest.mark.parametrize(
    ("text", "country", "sub", "actor1"),
    [
        # who fired on those who came under fire leads
        (
            "An army patrol came under fire from an Islamic State cell hiding in orchards near Tarmiyah, "
            "and two soldiers were killed.",
            "Iraq",
            SubEventType.ARMED_CLASH,
            "Islamic State (Iraq)",
        ),
        # a group's branch that claims the act speaks for the group
        (
            "Gunmen killed 14 people at a gathering in Nili on Thursday. Islamic State's Khorasan branch "
            "claimed responsibility in a statement.",
            "Afghanistan",
            SubEventType.ATTACK,
            "Islamic State (Afghanistan)",
        ),
        # a group that says it holds the hostages took them
        (
            "Gunmen kidnapped two engineers near Tame on Monday. The National Liberation Army (ELN) later "
            "said in a statement that it was holding the two men.",
            "Colombia",
            SubEventType.ABDUCTION,
            "ELN: National Liberation Army",
        ),
    ],
)
def test_the_group_that_owns_the_act_is_its_author(
    registry: ActorRegistry, nlp: Language, text: str, country: str, sub: SubEventType, actor1: str
) -> None:
    roles = read_roles(registry, nlp, text, sub, country, WHEN)
    assert_sides(roles, actor1, None)


def test_a_state_that_speaks_for_its_troops(registry: ActorRegistry) -> None:
    text = "Ukraine said on Monday its troops had taken full control of the village."
    assert "Military Forces of Ukraine (2019-)" in _names(registry, text, "Russia")


def test_ground_won_in_a_fight_is_no_handover() -> None:
    fought = (
        "Troops said they had taken full control of the village. The other side said it had repelled "
        "attacks near it."
    )
    assert settled(SubEventType.NON_VIOLENT_TRANSFER, fought) is SubEventType.GOVERNMENT_REGAINS_TERRITORY
    handed = "Government forces entered the town without a fight after the militants pulled out."
    assert settled(SubEventType.NON_VIOLENT_TRANSFER, handed) is SubEventType.NON_VIOLENT_TRANSFER


@pytest.mark.parametrize(
    ("text", "country", "sub", "actor1", "actor2"),
    [
        # who held the ground before is not the taker
        (
            "Government forces recaptured the town from al-Shabaab on Sunday, five months after the militants "
            "overran it.",
            "Somalia",
            SubEventType.GOVERNMENT_REGAINS_TERRITORY,
            "Military Forces of Somalia…",
            "Al Shabaab",
        ),
        # armed men said to belong to a named group are its men
        (
            "A group of terrorists belonging to the so-called Islamic State West Africa Province (ISWAP) "
            "attacked an army position east of Bol on Saturday.",
            "Chad",
            SubEventType.ARMED_CLASH,
            "Islamic State (West Africa)",
            "Military Forces of Chad…",
        ),
    ],
)
def test_the_sides_of_ground_taken_and_of_a_named_group_s_men(
    registry: ActorRegistry,
    nlp: Language,
    text: str,
    country: str,
    sub: SubEventType,
    actor1: str,
    actor2: str,
) -> None:
    roles = read_roles(registry, nlp, text, sub, country, WHEN)
    assert_sides(roles, actor1, actor2)


def test_a_post_overrun_is_a_battle_and_a_camp_handed_over_amid_fighting_is_a_handover() -> None:
    post = "Fighters overran an army detachment in the town on Monday, killing dozens of soldiers."
    assert settled(SubEventType.NON_STATE_OVERTAKES_TERRITORY, post) is SubEventType.ARMED_CLASH
    camp = (
        "The mission handed over its camp to the army on Saturday, amid fighting between the army and rebels."
    )
    assert settled(SubEventType.NON_VIOLENT_TRANSFER, camp) is SubEventType.NON_VIOLENT_TRANSFER


def test_a_dateline_that_names_a_capital_files_from_its_country(geocoder: Geocoder) -> None:
    loc = geocoder.locate(
        "ATHENS - Riot police fired tear gas at youths who threw stones in the square on Friday."
    )
    assert loc is not None and loc.country == "Greece", loc


def test_madagascar_s_cattle_raiders_are_the_dahalo(registry: ActorRegistry) -> None:
    names = _names(
        registry, "Dahalo stole 147 zebu and killed two villagers in Ankazoabo district.", "Madagascar"
    )
    assert "Dahalo Militia" in names


def test_an_army_communique_s_figures_and_its_dead() -> None:
    from vigil.extract.figures import extract_claims, fatalities

    text = (
        "Provisional toll: on the enemy side, seventeen (17) terrorists neutralised; on our side, four (4) "
        "soldiers fell with honour and nine (9) were wounded."
    )
    assert fatalities(extract_claims([text])) == 21


def test_a_crowd_that_left_calmly_was_not_dispersed() -> None:
    from vigil.extract.protests import recode

    text = "About 200 journalists gathered outside the court, chanting slogans, before dispersing calmly."
    assert recode(SubEventType.PEACEFUL_PROTEST, text) is SubEventType.PEACEFUL_PROTEST


def test_a_year_s_toll_and_a_new_secretary_general() -> None:
    from vigil.extract.cues import lede_strategic
    from vigil.extract.nonevents import routine_news

    toll = "At least 173 community leaders were killed in Colombia in 2024, the ombudsman's office said on Wednesday."
    assert routine_news(toll) == "casualty statistics"
    assert (
        routine_news("Protesters marched in silence to the grave of a journalist who was killed in 1998.")
        is None
    )
    named = "Hezbollah named Naim Qassem as its new secretary-general on Tuesday."
    assert lede_strategic(named) is SubEventType.CHANGE_TO_GROUP


def test_a_state_force_s_assault_on_a_person_is_harm_not_a_curfew() -> None:
    text = "Gendarmes assaulted an ambulance driver in Hounde for not complying with the curfew."
    ranked = (SubEventType.CHANGE_TO_GROUP, SubEventType.ATTACK)
    assert settled(SubEventType.CHANGE_TO_GROUP, text, ranked) is SubEventType.ATTACK


def test_arrests_of_people_out_marching_are_their_march_broken_up() -> None:
    marched = (
        "Police arrested at least 45 people in the capital on Tuesday. Most were young people holding placards, "
        "who walked towards Parliament."
    )
    assert settled(SubEventType.ARRESTS, marched) is SubEventType.PROTEST_WITH_INTERVENTION
    planned = "Police arrested 23 activists on Tuesday ahead of a planned march to parliament."
    assert settled(SubEventType.ARRESTS, planned) is SubEventType.ARRESTS


def test_a_post_s_source_label_is_not_its_text() -> None:
    from vigil.extract.layout import body_text

    text = "Regional Military Administration (Telegram, 09:12): Yesterday the Russian army shelled the city."
    assert body_text(text) == "Yesterday the Russian army shelled the city."


def test_who_receives_ground_handed_back_takes_it(registry: ActorRegistry, nlp: Language) -> None:
    text = (
        "The Myanmar National Democratic Alliance Army (MNDAA) handed control of Lashio back to the military "
        "yesterday. Regime troops entered the city as the last MNDAA units withdrew."
    )
    roles = read_roles(registry, nlp, text, SubEventType.NON_VIOLENT_TRANSFER, "Myanmar", WHEN)
    assert_sides(roles, "Military Forces of Myanmar…", "MNDAA: Myanmar National Democratic Alliance Army")


def test_live_fire_by_police_on_a_march_is_excessive_force() -> None:
    from vigil.extract.protests import recode

    text = (
        "The group condemned the use of live ammunition by the police against citizens who were marching "
        "peacefully in the city centre on Thursday; three people were killed."
    )
    assert recode(SubEventType.ATTACK, text) is SubEventType.EXCESSIVE_FORCE
    gunmen = "Gunmen opened fire on a group of farmers in the village on Thursday, killing three."
    assert recode(SubEventType.ATTACK, gunmen) is SubEventType.ATTACK


def test_a_bulletin_s_opening_words_are_not_its_lede() -> None:
    from vigil.extract.layout import body_text

    assert body_text("News at four. Youths threw stones at shops.") == "Youths threw stones at shops."
    assert body_text("Updated figures show five dead.") == "Updated figures show five dead."


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The police recorded 5,794 murders between July and September, about 12% fewer than a year earlier, "
            "figures released on Friday showed.",
            "casualty statistics",
        ),
        (
            "The foreign ministers ended two days of talks on Friday without signing a peace treaty.",
            "talks without a deal",
        ),
        (
            "Tens of thousands of people gathered on Friday at the memorial cemetery to mark 30 years since "
            "forces killed about 8,000 men and boys.",
            "commemoration",
        ),
    ],
)
def test_more_routine_news(text: str, kind: str) -> None:
    from vigil.extract.nonevents import routine_news

    assert routine_news(text) == kind


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            [
                "Two soldiers were killed on Thursday when a bomb exploded under their vehicle.",
                "The conflict in the North West, now in its ninth year, has killed more than 6,000 people.",
            ],
            2,
        ),
        (
            [
                "A soldier was killed when drones struck a military base on Tuesday, the army said.",
                "That fighting has left at least 80 people dead, according to official figures.",
            ],
            1,
        ),
    ],
)
def test_a_war_s_running_toll_is_not_the_event_s(sentences: list[str], expected: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == expected


def test_an_armed_group_that_suspends_its_attacks_changes_its_activity() -> None:
    from vigil.extract.cues import lede_strategic

    text = "Iraqi armed group Kataib Hezbollah said on Tuesday it was suspending military operations against U.S. forces."
    assert lede_strategic(text) is SubEventType.CHANGE_TO_GROUP
