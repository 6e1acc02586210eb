"""Review 16: a toll retold after later deaths, a toll named by the time of its own event, a
"succumbed" that is no death, and people of another clause read as victims."""

from __future__ import annotations

import pytest

from vigil.extract.casualties import sentence_mentions
from vigil.extract.figures import extract_claims, fatalities
from vigil.extract.increments import added_deaths, is_increment, period_toll, succumbed_death
from vigil.extract.numbers import tokenize
from vigil.taxonomy import ClaimKind


def _toll(*sentences: str) -> int:
    return fatalities(extract_claims(list(sentences)))


def _killed(sentence: str) -> int:
    return sum(m.figure or 0 for m in sentence_mentions(tokenize(sentence)) if m.kind is ClaimKind.KILLED)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # the lede already counts those who died later: the later sentence retells them
        (
            [
                "Bandits raided a cattle market, killing six herders, including one who later died in hospital.",
                "One of the injured later died in hospital, a nurse said.",
            ],
            6,
        ),
        # a toll as high as the running best, told after an increment, is the total
        (
            [
                "An explosion killed three workers at the quarry on Friday.",
                "Two of the injured later died, the company said.",
                "The death toll now stands at three, police said.",
            ],
            3,
        ),
        # a body found "bringing the toll to" the figure told before adds nothing
        (
            [
                "Four fishermen were killed when their boat was shelled.",
                "Another body was recovered on Sunday, bringing the toll to four.",
            ],
            4,
        ),
        # a true increment still adds
        (["Four fishermen were killed.", "Two of the injured later died, the company said."], 6),
    ],
)
def test_a_toll_told_before_is_not_counted_again(sentences: list[str], expected: int) -> None:
    assert _toll(*sentences) == expected


def test_a_toll_sentence_as_high_as_the_best_is_no_addition() -> None:
    sentence = "Another body was found, bringing the toll to five."
    assert not added_deaths(sentence, 5, 5)
    assert added_deaths("Another body was found on Monday.", 1, 5)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            [
                "Gunmen raided a mosque on Friday.",
                "The death toll from this week's raid rose to 22, officials said.",
            ],
            22,
        ),
        (["Gunmen raided a mosque.", "The death toll from last week's raid rose to 18, the mayor said."], 18),
        (["A bomb hit a bus on Monday.", "The toll from Monday's blast has risen to 11."], 11),
        (["A bomb hit a bus on Monday.", "The death toll since the blast has risen to 11."], 11),
        # an increment beside a period's toll keeps its own deaths
        (
            [
                "Bandits killed a trader on Friday.",
                "The toll from bandit raids in the state this year rose to 300 after another 3 traders were killed.",
            ],
            3,
        ),
    ],
)
def test_a_toll_named_by_its_own_event_is_no_period_toll(sentences: list[str], expected: int) -> None:
    assert _toll(*sentences) == expected


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("the toll from this week 's raid", False),
        ("the toll since Sunday", False),
        ("the toll since the ambush", False),
        ("the toll since March", True),
        ("the toll this year", True),
        ("the toll from such raids", True),
        ("the toll of the war", True),
        # the year dates a superlative, not the toll
        ("the toll from the bloodiest raid on the port since 2016", False),
    ],
)
def test_period_scope(words: str, period: bool) -> None:
    tokens = tokenize(words.replace(" 's", "'s"))
    assert period_toll(tokens) is period


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Three aides succumbed to pressure and quit the cabinet.", 0),
        ("Two officials later succumbed to demands and reopened the border.", 0),
        ("Two more succumbed to their gunshot wounds on Monday.", 2),
        ("Three villagers succumbed in hospital.", 3),
        ("Four others succumbed.", 4),
    ],
)
def test_succumbed_is_a_death_only_of_wounds(sentence: str, expected: int) -> None:
    assert _killed(sentence) == expected


def test_succumbed_reader() -> None:
    assert not succumbed_death(tokenize("he succumbed to temptation"), 1)
    assert succumbed_death(tokenize("he succumbed to severe burns"), 1)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the singular person is the object of another verb, not one of the dead
        ("Rebels kidnapped the mayor and three drivers were killed.", 3),
        ("Troops detained the emir and four militants were killed.", 4),
        ("Officers shot the robber and two shoppers were killed.", 2),
        # the object of the killing itself is still one of the dead
        ("Gunmen killed the imam and two worshippers.", 3),
        ("A teacher and two pupils were killed.", 3),
    ],
)
def test_a_singular_object_of_another_verb_is_not_dead(sentence: str, expected: int) -> None:
    assert _killed(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Raiders killed a herder and a boy was injured near the well.", 1),
        ("Attackers shot dead a driver and his son fled into the bush.", 1),
        ("Attackers shot dead a driver and his son near the well.", 2),
    ],
)
def test_a_conjunct_of_another_clause_is_not_dead(sentence: str, expected: int) -> None:
    assert _killed(sentence) == expected


def test_increment_words_live_in_one_place() -> None:
    tokens = tokenize("another 6 bodies were found , bringing the toll to 21")
    assert is_increment(tokens, 0, 2)
    assert not is_increment(tokenize("six more bodies were found"), 0, 1)
