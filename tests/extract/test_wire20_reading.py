"""Twentieth round: short wire items from four blind sets. A great city called by its alias, a
dateline the parser takes for a person, a town named inside the area told again later, rival
tolls in one sentence, a drill's live fire, a toll sentence after a bomb, a party militia's
beating, a unit named after a generic force, and ground handed over to the one who takes it.

Sentences written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import pytest
from tests.extract.sides_check import assert_sides, read_roles, recoded, sides_test

from vigil.extract.actors import ActorRegistry
from vigil.extract.geocode import Geocoder
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

WHEN = date(2025, 3, 20)


def test_a_great_city_called_by_its_alias_beats_a_small_namesake(geocoder: Geocoder) -> None:
    # GeoNames names Florida's town "St. Petersburg"; Russia's is "Saint Petersburg"
    loc = geocoder.locate("Police in St Petersburg detained dozens of people who gathered to lay flowers.")
    assert loc is not None and loc.country == "Russia"


def test_a_one_word_alias_of_a_great_city_is_no_reason_to_go_abroad(geocoder: Geocoder) -> None:
    # GeoNames lists "Colonia" among Cologne's names; in Mexico it is a neighbourhood's title
    loc = geocoder.locate("Two armed men shot a man in Colonia Pemex in Culiacan, Sinaloa, on Friday.")
    assert loc is not None and loc.country == "Mexico"


def test_a_dateline_the_parser_reads_as_a_person_still_places_the_story(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "BUENOS AIRES - Federal police used pepper spray on Wednesday to push pensioners off the street."
    loc = geocoder.locate(text, doc=nlp(text))
    assert loc is not None and loc.name == "Buenos Aires"


def test_a_common_noun_opening_a_sentence_is_no_foreign_unit(registry: ActorRegistry) -> None:
    # "Federal police" is no proper name: without a country it names no country's unit
    found = registry.find("Federal police used tear gas on Wednesday to push pensioners off the street.")
    assert all(m.actor.country is None for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen stormed farming communities in the Bokkos area of Plateau state on Sunday, killing 19. "
            "Hundreds have been killed in similar raids across central Plateau since 2023.",
            "Bokkos",
        ),
        (
            "Two soldiers died on Monday in fighting in Fortul municipality, in the eastern province of "
            "Arauca. The guerrillas have stepped up attacks in Arauca since August.",
            "Fortul",
        ),
        ("The army took back Lashio, the largest town in northern Shan state, on Tuesday.", "Lashio"),
    ],
)
def test_a_town_named_inside_an_area_is_where_not_the_area(
    geocoder: Geocoder, text: str, expected: str
) -> None:
    loc = geocoder.locate(text)
    assert loc is not None and loc.name == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Gunmen opened fire on villagers on Saturday.", "Two were killed, police said; residents said four had died."], 2),
        (["Gunmen opened fire on villagers on Saturday.", "Two soldiers were killed, police said; residents said three civilians also died."], 5),
    ],
)  # fmt: skip
def test_a_rival_toll_in_the_same_sentence_is_not_added(sentences: list[str], expected: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == expected


def test_live_fire_at_a_hulk_in_an_exercise_is_the_drill() -> None:
    from vigil.extract.nonevents import routine_news

    text = (
        "Philippine and US forces fired missiles at a decommissioned navy ship off Zambales on Wednesday, "
        "sinking it as part of the annual Balikatan exercises, the military said."
    )
    assert routine_news(text) == "military exercise"


def test_a_toll_that_names_no_act_is_the_event_told_before_it() -> None:
    from vigil.extract.segments import toll_only

    assert toll_only("Seven people died, the bomber among them, and 14 others were wounded, police said.")
    assert not toll_only("Two soldiers were killed when a roadside bomb hit their truck.")
    assert not toll_only("A military source denied that the army had killed civilians.")


def test_a_group_claiming_its_fighter_s_blast_claims_the_act() -> None:
    from vigil.extract.cues import CLAIMS_ACT

    assert CLAIMS_ACT.search(
        "Al Shabaab said in a statement on its radio that its fighter had carried out the blast."
    )


def test_people_taken_from_their_homes_were_abducted() -> None:
    from vigil.extract.cues import plain_telling

    told = plain_telling("A group of armed youths took them from their homes on Sunday night.")
    assert "abducted them from their homes" in told


def test_an_arrest_of_one_who_led_protests_before_is_no_protest() -> None:
    from vigil.extract.classify import Prediction
    from vigil.extract.strategic import settle

    text = (
        "Security services detained an archbishop who led mass protests against the government last year, "
        "investigators said. Dozens of his supporters gathered outside the cathedral."
    )
    ranked = ((SubEventType.ARRESTS, 0.5), (SubEventType.PEACEFUL_PROTEST, 0.45))
    pred = Prediction(sub_event_type=SubEventType.ARRESTS, probability=0.5, relevance=0.9, ranked=ranked)
    assert settle(pred, text).sub_event_type is SubEventType.ARRESTS


def test_a_de_facto_government_detaining_journalists_makes_arrests() -> None:
    from vigil.extract.cues import strategic_kind

    assert (
        strategic_kind("The Taliban detained two foreign journalists in Kabul on Wednesday.")
        is SubEventType.ARRESTS
    )


def test_a_crowd_whose_demands_are_told_is_a_demonstration() -> None:
    from vigil.extract.protests import recode

    text = (
        "Royalists clashed with police and set fire to houses in Kathmandu on Friday. The protesters were "
        "demanding the return of the monarchy."
    )
    assert recode(SubEventType.MOB_VIOLENCE, text) is SubEventType.VIOLENT_DEMONSTRATION


def test_a_party_militia_beating_opponents_is_an_attack(registry: ActorRegistry, nlp: Language) -> None:
    text = (
        "Members of the Imbonerakure beat two opposition supporters on a hill in Kirundo on Saturday night."
    )
    assert recoded(registry, nlp, SubEventType.MOB_VIOLENCE, text, "Burundi", WHEN) is SubEventType.ATTACK


SIDES = [
    (
        "Three people were killed in a gunfight between armed members of the United People's Democratic "
        "Front and the Parbatya Chattagram Jana Samhati Samiti near Rangamati on Saturday.",
        SubEventType.ARMED_CLASH,
        "Bangladesh",
        "UPDF: United People's Democratic Front",
        "PCJSS: Parbatya Chattagram Jana Samhati Samiti",
    ),
    (
        # forces that came to part the sides are no side
        "One man was killed in a gunfight between armed Meitei and Kuki groups near Torbung on Friday. Both "
        "sides fired for hours before security forces intervened.",
        SubEventType.ARMED_CLASH,
        "India",
        "Meitei Ethnic Militia (India)",
        "Kuki Ethnic Militia (India)",
    ),
    (
        "France's army handed over its base in Faya-Largeau to the Chadian armed forces on Thursday. The "
        "last French troops are due to leave the bases in Abeche by January.",
        SubEventType.NON_VIOLENT_TRANSFER,
        "Chad",
        "Military Forces of Chad…",
        "Military Forces of France…",
    ),
]
test_who_a_wire_item_sets_against_whom = sides_test(SIDES, WHEN)


def test_updf_is_uganda_s_army_outside_bangladesh(registry: ActorRegistry) -> None:
    found = registry.find(
        "UPDF soldiers clashed with ADF fighters near Beni.", country="Democratic Republic of Congo"
    )
    assert any(m.actor.name.startswith("Military Forces of Uganda") for m in found)


def test_a_lede_that_alone_tells_an_act_is_read_whatever_the_setting(coder: Any) -> None:
    from vigil.domain import Article

    text = (
        "A military jet bombed the main market in Kyauktaw town in Rakhine state on Tuesday, killing at "
        "least nine civilians, rescue workers said. The town has been held by the Arakan Army since "
        "February last year. A junta spokesman could not be reached."
    )
    report = coder.code(Article(text=text, published=date(2025, 3, 5))).principal_report
    assert report is not None and report.sub_event_type is SubEventType.AIR_DRONE_STRIKE
    assert report.fatalities == 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gang members stormed two neighbourhoods on Thursday, killing at least 12 residents, the mayor said.",
            True,
        ),
        ("A court jailed five men who stormed a church in 2019, killing 12 worshippers.", False),
    ],
)
def test_an_attack_told_with_its_dead_is_an_event(text: str, expected: bool) -> None:
    from vigil.extract.relevance import killed_in_attack

    assert killed_in_attack(text) is expected


def test_people_fleeing_fighting_are_displaced_not_a_battle(registry: ActorRegistry, nlp: Language) -> None:
    from vigil.extract.strategic import displacement_only

    text = (
        "Hundreds of families left their homes in rural communities of Chiapas on Wednesday, fleeing fighting "
        "between two cartels for control of smuggling routes. Many took shelter in a church."
    )
    assert displacement_only(text)
    assert_sides(
        read_roles(registry, nlp, text, SubEventType.OTHER, "Mexico", WHEN), "Civilians (Mexico)", "-"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An armed group has taken control of the village and preaches to the residents, locals said.",
            SubEventType.NON_VIOLENT_TRANSFER,
        ),
        ("Rebels seized control of the river town on Sunday.", SubEventType.NON_STATE_OVERTAKES_TERRITORY),
        (
            "A gang coalition took over the town on Monday after a gunfight with police.",
            SubEventType.NON_STATE_OVERTAKES_TERRITORY,
        ),
        (
            "Rebels took the town on Sunday after two days of fighting with the army.",
            SubEventType.NON_STATE_OVERTAKES_TERRITORY,
        ),
    ],
)
def test_ground_taken_with_no_fight_told_is_a_transfer(text: str, expected: SubEventType) -> None:
    from vigil.extract.classify import Prediction
    from vigil.extract.strategic import settle

    pred = Prediction(
        sub_event_type=SubEventType.NON_STATE_OVERTAKES_TERRITORY, probability=0.6, relevance=0.9, ranked=()
    )
    assert settle(pred, text).sub_event_type is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "JNIM announced a blockade of the town of Nioro on Monday, warning transporters.",
        "Around 30 fighters of the PKK burned their weapons at a ceremony near Dukan on Friday.",
    ],
)
def test_a_group_s_blockade_or_disarming_is_its_change(sentence: str) -> None:
    from vigil.extract.cues import strategic_kind

    assert strategic_kind(sentence) is SubEventType.CHANGE_TO_GROUP


def test_a_state_named_bare_is_the_state_not_a_town_called_so_too(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Hundreds of families fled their homes in Chiapas on Wednesday.")
    assert loc is not None and loc.name == "Chiapas" and loc.geo_precision == 3


def test_armed_men_from_a_people_s_hills_are_its_militia(registry: ActorRegistry) -> None:
    text = "Armed men from the Kuki-Zo hills opened fire on village volunteers near Moirang."
    found = registry.find(text, country="India", when=WHEN)
    assert found and found[0].actor.name == "Kuki Ethnic Militia (India)"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers and jihadists clashed near an army post on Wednesday. JNIM, which attacked the post, claimed on "
        "social media that it killed 15 troops.",
        "Six soldiers died when their truck hit a roadside bomb near Tera on Tuesday. Islamic State's Sahel "
        "Province later said it had planted the device.",
    ],
)
def test_a_group_that_claims_the_kill_or_the_bomb_is_actor1(registry: ActorRegistry, text: str) -> None:
    from vigil.extract.owners import claimant

    found = registry.find(text, country="Niger" if "Tera" in text else "Mali", when=WHEN)
    group = claimant(text, found)
    assert group is not None and group.name in (
        "JNIM: Group for Support of Islam and Muslims",
        "Islamic State (Sahel)",
    )


def test_a_strike_s_intended_target_is_not_its_victim(registry: ActorRegistry, nlp: Language) -> None:
    from vigil.extract.agency import score_mentions

    text = (
        "An air strike targeting bandits hit a village market in Zamfara on Saturday, killing 16 villagers."
    )
    scored = score_mentions(text, registry.find(text, country="Nigeria", when=WHEN), nlp(text))
    agency = {s.mention.actor.mention: s.agency for s in scored}
    assert agency["bandits"] > agency["villagers"]
