"""Wire-style news the relevance path read wrong: a side's own claim and wire verbs the notes rarely
use ("stormed", "sank") are events; an animal's attack and a toll kept over a year are not; and
arrests made before a protest that never met are Arrests, not the protest."""

from __future__ import annotations

from typing import Any, cast

import pytest

from vigil.extract import cues, strategic
from vigil.extract.classify import Prediction
from vigil.extract.relevance import is_relevant
from vigil.taxonomy import SubEventType as S


class WordReader:
    """A stand-in classifier that reads an event only in the notes' own verbs."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def relevance(self, texts: list[str]) -> list[float]:
        self.asked += texts
        return [0.9 if any(w in t for w in (" attacked ", " struck ", " killed ")) else 0.1 for t in texts]


def _reader() -> Any:
    return cast(Any, WordReader())


@pytest.mark.parametrize(
    ("wire", "note"),
    [
        (
            "The rebel front said on Friday it had killed nine police officers at a roadblock.",
            "The rebel front killed nine police officers at a roadblock.",
        ),
        (
            "The insurgents said they had attacked a border post overnight.",
            "The insurgents attacked a border post overnight.",
        ),
        (
            "Pirates stormed a fishing village on the coast.",
            "Pirates attacked a fishing village on the coast.",
        ),
        (
            "The coastguard said its patrol drones sank two supply boats.",
            "The coastguard patrol drones struck two supply boats.",
        ),
        (
            "Border guards fired on a convoy of traffickers, wounding three, and detained five others.",
            "Border guards fired on a convoy of traffickers, wounding three.",
        ),
    ],
)
def test_a_wire_telling_is_reworded_as_a_note_tells_it(wire: str, note: str) -> None:
    assert cues.plain_telling(wire) == note


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it would open three new clinics next year.",
        "The storm sank near the coast.",
        "The team stormed to a 3-1 win at home.",
        "Bargain hunters stormed the shops on the first day of the sales.",
        "Police detained five men and seized stolen cattle.",  # no harm told: the arrests stay
    ],
)
def test_other_wording_is_left_as_it_is(text: str) -> None:
    assert cues.plain_telling(text) == text


def test_a_short_claim_is_asked_again_in_a_notes_words() -> None:
    asker = _reader()
    assert is_relevant("The militia said it had stormed a police station in the hills.", 0.2, asker)
    assert any("attacked a police station" in t for t in asker.asked)
    assert not is_relevant("The ministry said it had opened a new clinic in the hills.", 0.2, _reader())


@pytest.mark.parametrize(
    "text",
    [
        "A fisherman was killed by a crocodile on the banks of the river on Friday, villagers said.",
        "Two herders were trampled to death by elephants near the reserve, rangers said.",
        "A boy died in a shark attack off the beach on Sunday.",
    ],
)
def test_an_animals_attack_is_no_ones_act(text: str) -> None:
    assert cues.accident_only(text)


def test_a_protest_against_animal_attacks_stays_an_event() -> None:
    assert not cues.accident_only("Farmers protested in the district town against repeated elephant attacks.")


def test_a_toll_kept_over_a_year_is_a_statistic() -> None:
    text = "Bandits have killed more than 1,200 villagers in the region so far this year, a monitoring group said."
    assert cues.tally_only(text)
    assert not is_relevant(text, 0.9)
    assert not cues.tally_only(
        "Bandits killed 12 villagers in a raid on Monday; 1,200 have died so far this year."
    )


def test_a_number_with_a_thousands_comma_is_one_clause() -> None:
    sentence = "Floods and fighting have left 2,400 dead since January, officials said."
    assert cues.without_aggregates(sentence).strip() == "officials said."


def _pred(sub: S, *others: S) -> Prediction:
    ranked = tuple((t, 0.5 / (i + 1)) for i, t in enumerate((sub, *others)))
    return Prediction(sub_event_type=sub, probability=0.5, relevance=0.9, ranked=ranked)


@pytest.mark.parametrize(
    "text",
    [
        "Security agents arrested 15 students ahead of a planned march on the capital on Thursday.",
        "Police detained the union leaders to prevent a rally in the main square.",
    ],
)
def test_arrests_before_a_protest_that_never_met_are_arrests(text: str) -> None:
    assert strategic.settle(_pred(S.PROTEST_WITH_INTERVENTION), text).sub_event_type is S.ARRESTS


def test_arrests_at_a_protest_held_stay_the_protest() -> None:
    text = "Police arrested 15 students who marched on the capital on Thursday to demand lower fees."
    pred = strategic.settle(_pred(S.PROTEST_WITH_INTERVENTION), text)
    assert pred.sub_event_type is S.PROTEST_WITH_INTERVENTION


@pytest.mark.parametrize(
    "sentence",
    [
        "Nurses protested outside the ministry on Friday over a hospital fire that killed 9 patients in May.",
        "Villagers blocked the highway after a bus crash that left 6 dead, demanding speed bumps.",
    ],
)
def test_the_toll_of_a_grievance_is_not_the_protests(sentence: str) -> None:
    out = cues.without_background(sentence)
    assert "9" not in out and "6" not in out
    assert out.startswith(sentence.split(" over ")[0].split(" after ")[0])


def test_a_toll_told_of_the_event_itself_stays() -> None:
    sentence = "Gunmen killed 7 traders in a raid on a market that was crowded with shoppers."
    assert cues.without_background(sentence) == sentence
