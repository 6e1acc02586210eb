"""Twenty-third round: four more blind sets (the Middle East and North Africa; Europe, Russia and
Ukraine; the Sahel and Central Africa in translation; other kinds of text from less-covered
countries). Non-events that read like war news (a military truck's crash, a ceasefire committee's
meeting, an arms delivery, a family killing, an anniversary, a bar brawl, a court's sentence),
acts told in words the notes rarely use (rape by soldiers, a village retaken, a base inaugurated,
an office's windows smashed, a front walking out of its alliance), a claim told later, and place
names joined over "of" or set in a part of a province.

Sentences written for these tests, in the style of the texts they imitate.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import pytest

from vigil.extract import cues
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from vigil.extract.geocode import Geocoder


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "VAN, Turkey - Three soldiers died when their truck slid off a frozen road and rolled down a ravine "
            "on Monday, the governor said, ruling out any attack.",
            "road or rail crash",
        ),
        (
            "TYRE, Lebanon - Army officers from both countries and UN envoys met at the base on Friday for a new "
            "session of the truce monitoring committee.",
            "talks without a deal",
        ),
        (
            "RABAT - The army said on Monday it had taken delivery of the first four attack helicopters ordered "
            "last year.",
            "aid, arms deal or sanctions",
        ),
        (
            "SOFIA - Bulgaria signed a contract worth 400 million euros on Monday to buy armoured vehicles.",
            "aid, arms deal or sanctions",
        ),
        (
            "SOHAG, Egypt - A farmer shot dead his younger brother and a cousin in a row over land on Monday, "
            "police said.",
            "domestic killing",
        ),
        (
            "KANO - Police have arrested a trader suspected of killing his elder brother with a cutlass, a "
            "spokesman said.",
            "domestic killing",
        ),
        (
            "KHARKIV - Two years ago today, a missile struck the station where families waited for a train, "
            "killing 61 people.",
            "commemoration",
        ),
        (
            "A man was stabbed to death in a brawl outside a nightclub in Varna early on Sunday, police said.",
            "brawl",
        ),
        (
            "LAE, Papua New Guinea - A judge on Tuesday handed life sentences to six men over a raid in 2023 in "
            "which 14 villagers were killed.",
            "court ruling",
        ),
        # the act itself keeps a text: a brawl between rival party supporters is still violence
        ("Supporters of rival parties clashed in a brawl outside a bar in the capital.", None),
        # a meeting that ends in a signed truce is an agreement, not talks
        (
            "Army officers and rebel envoys met at the mission's base for a new round of talks and signed a "
            "ceasefire agreement.",
            None,
        ),
    ],
)
def test_news_that_reads_like_war_but_tells_no_event(text: str, kind: str | None) -> None:
    from vigil.extract.nonevents import routine_news

    assert routine_news(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors said on Friday that two soldiers raped a woman in her home in the occupied town on Monday.",
        "Government troops recaptured the village of Kadi on Saturday, driving out the insurgents, the ministry said.",
    ],
)
def test_a_lede_tells_rape_or_a_place_retaken(text: str) -> None:
    from vigil.extract.relevance import lede_act

    assert lede_act(text)
    # a court's or an earlier year's telling is not today's act
    assert not lede_act("A court jailed two soldiers who raped a woman in the town in 2019.")


def test_an_old_unrest_s_toll_is_background() -> None:
    assert cues.HISTORY.search("At least 46 people were killed by security forces during the unrest of 2021.")


def test_a_claim_after_a_relative_clause_names_the_attacker() -> None:
    from vigil.extract.owners import _CLAIM_AFTER_RE, _CLAIM_BEFORE_RE

    after = " jihadist group, which operates from the forests along the border with Burkina Faso, later claimed the operation."
    assert _CLAIM_AFTER_RE.match(after)
    assert _CLAIM_BEFORE_RE.search("the attackers burned granaries, one source said, attributing it to ")


def test_a_name_joined_over_of_is_one_place(geocoder: Geocoder) -> None:
    loc = geocoder.locate(
        "A grenade was thrown into a yard in Laventille on Sunday. The wounded were taken to the Port of "
        "Spain General Hospital."
    )
    assert loc is not None and loc.country == "Trinidad and Tobago"


def test_a_place_in_a_part_of_a_province(geocoder: Geocoder) -> None:
    loc = geocoder.locate(
        "Gunmen abducted two women near Tall Kalakh, in the west of Homs province, on Thursday. Rights "
        "monitors have documented many kidnappings in Homs this year."
    )
    assert loc is not None and loc.name == "Tallkalakh"


def test_a_group_that_claims_the_operation_is_the_attacker(coder: Any) -> None:
    from vigil.domain import Article

    text = (
        "NIAMEY - Armed men set fire to a school and a clinic in a village near Torodi on Tuesday and drove "
        "off cattle, residents said. No one was hurt. The JNIM jihadist group, which is active in the forests "
        "along the border, later claimed the operation on its channels."
    )
    report = coder.code(Article(text=text, published=date(2024, 2, 15))).principal_report
    assert report is not None and report.actor1 is not None
    assert report.actor1.name.startswith("JNIM")


def test_a_mass_grave_found_is_other_with_no_dead(coder: Any) -> None:
    from vigil.domain import Article

    text = (
        "MOSUL, Iraq - Shepherds discovered a mass grave near Tal Afar on Sunday that officials believe holds "
        "the remains of about 30 men killed by Islamic State militants in 2014. A forensic team is expected "
        "this week."
    )
    report = coder.code(Article(text=text, published=date(2024, 9, 23))).principal_report
    assert report is not None and report.sub_event_type is SubEventType.OTHER
    assert report.fatalities == 0
    # who killed them, not who found them, is actor1; the dead are civilians
    assert report.actor1 is not None and report.actor1.name.startswith("Islamic State")
    assert report.actor2 is not None and report.actor2.name.startswith("Civilians")
    assert cues.strategic_kind("Families protested near the mass grave that was found in the valley.") is None


def test_arrests_of_people_who_only_called_for_a_protest(coder: Any) -> None:
    from vigil.domain import Article

    text = (
        "Security forces arrested six people, among them a teacher and two lawyers, in dawn raids on their "
        "homes in Tanta on Thursday, a rights group said. The detainees had shared online calls for a "
        "demonstration against rising bread prices."
    )
    report = coder.code(Article(text=text, published=date(2024, 3, 9))).principal_report
    assert report is not None and report.sub_event_type is SubEventType.ARRESTS


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A mob beat to death and set on fire a man accused of theft at the market, police said.", 1),
        ("Villagers beat to death two suspected thieves.", 2),
        # the second verb's object is a thing, not a victim
        ("A crowd beat to death and burned the car.", 0),
    ],
)
def test_a_mob_s_killing_told_with_two_verbs(sentence: str, expected: int) -> None:
    from vigil.extract.figures import extract_claims, fatalities

    assert fatalities(extract_claims([sentence])) == expected


def test_a_campaign_s_toll_since_then_is_background() -> None:
    assert cues.HISTORY.search("The rebels say dozens of people have been killed since then.")


def test_protesters_against_the_government_who_threw_things_are_violent() -> None:
    from vigil.extract.protests import crowd_violence

    assert crowd_violence(
        "Students protesting against the government threw eggs, smoke bombs and bottles at police guarding "
        "the council building on Wednesday."
    )
    # what a march is against is still only named
    assert not crowd_violence("Hundreds marched against the looting of public funds on Wednesday.")
