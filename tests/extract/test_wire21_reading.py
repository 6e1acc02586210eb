"""Twenty-first round: wire items from four more blind sets. Two known names side by side that
make one unknown one, bare soldiers in an occupied territory, named clans that fight, and ground
retaken told in words the event cues lacked.

Sentences written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from tests.extract.sides_check import sides_test

from vigil.extract import cues
from vigil.extract.geocode import Geocoder
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from vigil.extract.actors import ActorRegistry

WHEN = date(2025, 3, 20)


def test_two_known_names_side_by_side_are_one_unknown_name(geocoder: Geocoder) -> None:
    # "Bar Elias" (Lebanon) is no "Bar" and no "Elías" (Colombia): a run of two names written
    # without a comma or "and" between them is one place the gazetteer lacks
    loc = geocoder.locate("Rioters blocked the road at the Bar Elias junction with burning tyres.")
    assert loc is None or loc.country != "Colombia"


def test_bare_soldiers_in_the_west_bank_are_israel_s(registry: ActorRegistry) -> None:
    text = "Bulldozers escorted by soldiers demolished six homes south of Yatta on Tuesday."
    found = registry.find(text, country="Palestine", when=WHEN)
    assert [m.actor.name for m in found if "Forces" in m.actor.name] == ["Military Forces of Israel (2022-)"]
    # the territory's own forces keep their demonym
    own = registry.find("Palestinian security forces arrested two men in Jenin.", country="Palestine")
    assert any("of Palestine" in m.actor.name for m in own)


def test_ground_retaken_is_told_as_an_event() -> None:
    assert cues.EVENT.search("Ukrainian forces have fully retaken the village, the ministry said.")
    assert cues.EVENT.search("The army regained control of the town on Sunday.")
    assert not cues.EVENT.search("The Azawad Liberation Front met mediators in Algiers.")


SIDES = [
    pytest.param(
        "At least nine men were killed on Sunday in a tribal fight between the Ambulin and Sikin clans "
        "near Wabag, police said.",
        SubEventType.ARMED_CLASH,
        "Papua New Guinea",
        "Ambulin Clan Militia (Papua New Guinea)",
        "Sikin Clan Militia (Papua New Guinea)",
        id="two-named-clans",
    ),
    pytest.param(
        "The Matan and Geledle clans once again clashed in Wajir on Friday.",
        SubEventType.ARMED_CLASH,
        "Kenya",
        "Matan Clan Militia (Kenya)",
        "Geledle Clan Militia (Kenya)",
        id="clans-once-again-clashed",
    ),
]

test_who_a_wire_item_sets_against_whom = sides_test(SIDES, WHEN)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # the men were detained first; "executed" is what the figure's verb tells
        (["Soldiers executed at least 14 men they had detained at a weekly fair on Tuesday."], 14),
        # a rival toll "put at closer to" a figure is an estimate, not deaths to add
        (
            [
                "A health official said at least 12 people were killed, four of them civilians caught in "
                "the crossfire; residents put the toll at closer to 20."
            ],
            12,
        ),
        # a part described between commas, then the whole's predicate
        (["Two people, one of them a fighter, died in the following hours, the group said."], 2),
        (["Ten travellers were seized, two of them died in captivity."], 2),
        # an age beside a victim is no count
        (["Artillery hit the district, killing a woman of 64 and a man, the governor said."], 2),
        (["Artillery hit the district, killing a woman, 64, and a man, the governor said."], 2),
        (["A man stabbed three people at the bus station, killing a man in his 70s, police said."], 1),
        # the bomber alone in the lede is no toll for the officer's figure to rival; the group's
        # "dozens" is an estimate, and the lowest credible figure stands
        (
            [
                "A suicide bomber blew himself up at an army checkpoint on Wednesday.",
                "An army officer said six people, the attacker among them, were killed; the group put "
                'the toll at "dozens of soldiers".',
            ],
            6,
        ),
    ],
)
def test_a_wire_toll_is_counted_once(sentences: list[str], expected: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims(sentences)) == expected


def test_capitals_and_countries_that_speak_are_governments_not_places(geocoder: Geocoder) -> None:
    text = (
        "Russian troops dropped grenades loaded with an irritant gas on Ukrainian positions near Lyman on "
        "Tuesday, the army said. Kyiv accuses Moscow of using such agents hundreds of times; Russia denies it."
    )
    loc = geocoder.locate(text)
    assert loc is not None and loc.country == "Ukraine"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The naval forces of the Revolutionary Guards launched a three-day exercise in the Strait of Hormuz "
            "on Thursday, state television reported, showing a cruise missile being fired at a floating target.",
            "military exercise",
        ),
        (
            "At least 2,400 civilians were killed by armed groups in Ituri and North Kivu provinces in 2024, "
            "according to figures compiled by the UN mission.",
            "casualty statistics",
        ),
        (
            "A supermarket owner was shot dead during a robbery in Chaguanas on Saturday night; police said two "
            "masked men fled with the takings.",
            "robbery killing",
        ),
        # bandits' robberies are their violence
        ("Bandits shot dead two traders during a robbery on the Gusau road on Sunday.", None),
        # ground taken back is no statistic, though a clause counts back a month
        (
            "The military announced that it had taken back the mining town that fell to rebels last month.",
            None,
        ),
    ],
)
def test_routine_news_a_careless_coder_would_take_for_an_event(text: str, kind: str | None) -> None:
    from vigil.extract.nonevents import routine_news

    assert routine_news(text) == kind


def test_a_post_set_up_is_the_news_whatever_war_its_setting_names() -> None:
    from vigil.extract.classify import Prediction
    from vigil.extract.strategic import settle

    text = (
        "Turkish troops on Monday set up a new military post on a hilltop near Amedi, local officials said. "
        "Ankara says its forces in northern Iraq are fighting PKK militants."
    )
    pred = Prediction(sub_event_type=SubEventType.ARMED_CLASH, probability=0.6, relevance=0.9, ranked=())
    assert settle(pred, text).sub_event_type is SubEventType.HEADQUARTERS_ESTABLISHED
