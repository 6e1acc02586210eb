"""A demonstration with nothing violent told is a protest; one the text calls violent, or whose
crowd burns buildings or beats people, is a riot (CODEBOOK "Protests", "Riots")."""

from __future__ import annotations

import pytest

from vigil.extract import protests
from vigil.taxonomy import SubEventType as S


@pytest.mark.parametrize(
    "text",
    [
        "Nurses demonstrated outside the ministry in the capital on Tuesday to demand unpaid allowances.",
        "About two hundred taxi drivers staged a sit-in at the town hall over new licence fees.",
        "Retired teachers marched to parliament calling for a pension increase.",
    ],
)
def test_calm_demonstration_read_as_riot_becomes_a_protest(text: str) -> None:
    assert protests.no_violence_told(text)
    assert protests.recode(S.VIOLENT_DEMONSTRATION, text) is S.PEACEFUL_PROTEST


def test_calm_demonstration_dispersed_is_a_protest_with_intervention() -> None:
    text = "Market women demonstrated against a tax on stalls; police dispersed them with tear gas."
    assert protests.recode(S.VIOLENT_DEMONSTRATION, text) is S.PROTEST_WITH_INTERVENTION


@pytest.mark.parametrize(
    "text",
    [
        # a blockade: ACLED codes it either way, so the classifier's riot stands
        "Students demonstrated and blocked the highway to the airport for three hours.",
        "Villagers protested the arrest of a herder and threw stones at the gendarmerie.",
        "Workers on strike stormed the director's office demanding their wages.",
        "Traders protested on 3 March 2021 in the market square.",  # the month is no march; no riot word either
    ],
)
def test_disorder_keeps_the_riot(text: str) -> None:
    expected = S.PEACEFUL_PROTEST if "3 March" in text else S.VIOLENT_DEMONSTRATION
    assert protests.recode(S.VIOLENT_DEMONSTRATION, text) is expected


def test_month_march_alone_is_no_demonstration() -> None:
    assert not protests.no_violence_told("On 3 March 2021, a man was found in a field near the river.")


@pytest.mark.parametrize(
    "text",
    [
        "Gendarmes used tear gas to break up violent demonstrations by inmates at the central prison.",
        "Angry residents burnt a customs post to protest the seizure of a lorry of fuel.",
        "Two reporters covering the rally were beaten up by demonstrators near the stadium.",
    ],
)
def test_violent_protest_read_as_protest_becomes_a_riot(text: str) -> None:
    assert protests.recode(S.PROTEST_WITH_INTERVENTION, text) is S.VIOLENT_DEMONSTRATION


def test_violence_claimed_of_another_party_is_the_grievance() -> None:
    text = (
        "Ruling party youths rallied in the capital against the opposition, claiming that it had "
        "organised violent demonstrations last month."
    )
    assert not protests.crowd_violence(text)
    assert protests.recode(S.PEACEFUL_PROTEST, text) is S.PEACEFUL_PROTEST


def test_fighters_named_in_the_grievance_are_no_fight() -> None:
    text = "Displaced families demonstrated in the regional capital to demand more volunteer fighters for their area."
    assert protests.no_violence_told(text)
    assert not protests.no_violence_told("Students demonstrated and fighting broke out with the guards.")
