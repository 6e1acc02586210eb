"""Deaths that come after the event: a toll told before them, and a toll they bring up."""

from __future__ import annotations

import pytest

from vigil.extract.figures import extract_claims, fatalities
from vigil.extract.increments import died_later


def _deaths(*sentences: str) -> int:
    return fatalities(extract_claims(list(sentences)))


def test_a_toll_told_before_later_deaths_does_not_hold_them() -> None:
    assert (
        _deaths(
            "Raiders set fire to a bus depot in the north of the city on Friday.",
            "The toll stood at four dead on Saturday.",
            "Three of the injured later died in hospital, a doctor said.",
        )
        == 7
    )


def test_a_toll_told_after_later_deaths_holds_them() -> None:
    assert (
        _deaths(
            "Four people died when raiders set fire to a bus depot.",
            "Three of the injured later died.",
            "The death toll now stands at seven.",
        )
        == 7
    )


def test_a_toll_brought_up_by_those_who_died_later_is_this_events() -> None:
    assert (
        _deaths(
            "Six police officers died in the bombing of their convoy on Sunday, bringing the toll to nine "
            "after three wounded officers died later."
        )
        == 9
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Two officers were killed on Sunday, bringing the toll to 40.",  # earlier events' dead too
        "Two officers were killed on Sunday, bringing the toll this year to 40 after one died in hospital.",
    ],
)
def test_a_running_total_over_other_events_is_no_figure(sentence: str) -> None:
    assert _deaths(sentence) == 2


@pytest.mark.parametrize(
    ("sentence", "later"),
    [
        ("three wounded soldiers died later", True),
        ("two of them died in hospital on tuesday", True),
        ("one man died of his wounds", True),
        ("a woman succumbed to her injuries", True),
        ("the minister succumbed to pressure", False),
        ("five soldiers died in the ambush", False),
    ],
)
def test_died_later(sentence: str, later: bool) -> None:
    assert died_later(sentence.split()) is later


def test_a_risen_toll_told_first_holds_the_later_deaths() -> None:
    assert (
        _deaths(
            "Raiders killed five people at a cattle market on Monday.",
            "On Wednesday the death toll rose to seven.",
            "Two of the wounded died in hospital on Tuesday night.",
        )
        == 7
    )


def test_a_toll_that_stands_now_holds_the_later_deaths() -> None:
    assert (
        _deaths(
            "The death toll now stands at seven after Monday's raid on a cattle market.",
            "Two of the wounded died in hospital.",
        )
        == 7
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Both sides signed a ceasefire in Addis Ababa on Friday to end a war that has killed thousands.",
        "The rebels agreed to talks on ending the insurgency, which has left more than 30,000 dead.",
    ],
)
def test_a_wars_toll_in_a_relative_clause_is_no_events_figure(sentence: str) -> None:
    assert _deaths(sentence) == 0


def test_an_events_own_toll_beside_a_wars_is_kept() -> None:
    assert _deaths("Raiders killed six farmers in a conflict that has claimed 2,000 lives, police said.") == 6


@pytest.mark.parametrize(
    "sentence",
    [
        "Members of the MS-13 gang shot dead a bus driver in the capital on Monday.",
        "An Su-25 jet crashed after it was hit, killing the pilot.",
    ],
)
def test_a_number_in_a_name_is_no_count(sentence: str) -> None:
    assert _deaths(sentence) == 1


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("Police in Tamale arrested a man blamed for the deaths of 12 miners.", 0),
        ("Two officers were charged over the deaths of four detainees.", 0),
        ("The clashes resulted in the deaths of four detainees.", 4),
    ],
)
def test_deaths_blamed_on_someone_are_an_earlier_events(sentence: str, dead: int) -> None:
    assert _deaths(sentence) == dead
