"""Longer texts and other kinds of copy: background tolls named by month or year, rival
figures from a party to the fight, counts of attacks that are not counts of the dead, and
short texts whose second sentence only denies them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from vigil.domain import Claim
from vigil.extract.casualties import sentence_mentions
from vigil.extract.cues import without_denials
from vigil.extract.figures import extract_claims, fatalities
from vigil.extract.numbers import tokenize
from vigil.extract.relevance import is_relevant
from vigil.extract.scene import looks_back
from vigil.taxonomy import ClaimKind, Counted, Stance

PUBLISHED = date(2025, 3, 20)
EVENT_DAY = date(2025, 3, 17)


@pytest.mark.parametrize(
    "sentence",
    [
        "In March 2019, gunmen killed more than 40 herders at a market in the same district.",
        "Back in August 2022, an ambush on the same road killed 31 soldiers.",
        "Last year, at least 70 people were killed in riots over fuel prices.",
        "The conflict has killed tens of thousands of people since it began.",
        "Thousands of villagers have been killed, according to local monitors.",
    ],
)
def test_a_toll_of_another_month_or_year_is_background(sentence: str) -> None:
    assert looks_back(sentence, EVENT_DAY, PUBLISHED)


@pytest.mark.parametrize(
    "sentence",
    [
        "The toll rose to 9 on Wednesday, a hospital official said.",
        "Three of the wounded died later in hospital.",
        "In March, the attackers killed six people, police said.",  # this month: could be the event
        "Residents said 18 people were killed in the raid, the deadliest since last year.",
    ],
)
def test_the_events_own_later_sentences_are_not_background(sentence: str) -> None:
    assert not looks_back(sentence, EVENT_DAY, PUBLISHED)


def _killed(sentence: str) -> list[int | None]:
    return [m.figure for m in sentence_mentions(tokenize(sentence)) if m.kind is ClaimKind.KILLED]


def test_a_count_of_attacks_is_no_count_of_the_dead() -> None:
    assert _killed("The UN said 9 civilians were killed in four raids on farming villages.") == [9]
    assert _killed("Militiamen killed 7 people in two attacks on Saturday.") == [7]


def test_the_source_after_a_toll_adds_no_victim() -> None:
    sentence = "Jets bombed a school, killing 14 people, including pupils, according to teachers and a local aid group."
    assert _killed(sentence) == [14]


def _claim(figure: int, counted: Counted, stance: Stance, sentence: str) -> Claim:
    return Claim(kind=ClaimKind.KILLED, figure=figure, counted=counted, stance=stance, sentence=sentence)


def test_a_partys_boast_does_not_add_to_the_asserted_toll() -> None:
    army = "17 rebels and 4 soldiers were killed, the army said."
    boast = "The rebels claimed to have killed 25 soldiers."
    claims = [
        _claim(17, Counted.FIGHTERS, Stance.ASSERTED, army),
        _claim(4, Counted.SOLDIERS, Stance.ASSERTED, army),
        _claim(25, Counted.SOLDIERS, Stance.ALLEGED, boast),
    ]
    assert fatalities(claims) == 21


def test_a_toll_that_rose_is_no_rival_figure() -> None:
    sentences = [
        "Gunmen killed 8 villagers in a raid on Thursday, police said.",
        "By Friday the toll had risen to 20 villagers killed, residents said, accusing soldiers of failing to act.",
    ]
    assert fatalities(extract_claims(sentences)) == 20


def test_a_lone_allegation_still_counts() -> None:
    claims = [
        _claim(17, Counted.FIGHTERS, Stance.ASSERTED, "a"),
        _claim(6, Counted.CIVILIANS, Stance.ALLEGED, "b"),
    ]
    assert fatalities(claims) == 23


def test_rival_figures_read_from_sentences() -> None:
    sentences = [
        "The army said its troops repelled the raid and that 17 rebels and 4 soldiers were killed.",
        "The rebels, in a statement, claimed to have killed 25 soldiers.",
    ]
    assert fatalities(extract_claims(sentences)) == 21


def test_a_denial_sentence_is_left_out_of_the_reading() -> None:
    text = "Soldiers killed 3 herders near a well on Monday, villagers said. The army denied it."
    assert without_denials(text) == "Soldiers killed 3 herders near a well on Monday, villagers said."
    assert without_denials("The army denied that soldiers killed 3 herders.") == (
        "The army denied that soldiers killed 3 herders."
    )  # a lede is never dropped
    plain = "Soldiers killed 3 herders. Relatives buried them on Tuesday."
    assert without_denials(plain) == plain


class _LedeReader:
    """A stand-in classifier: a text reads as an event unless it carries a denial."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def relevance(self, texts: Sequence[str]) -> list[float]:
        self.asked.extend(texts)
        return [0.2 if "denied" in t or "rejected" in t else 0.9 for t in texts]


def test_a_short_text_ending_in_a_denial_still_reads_as_its_event() -> None:
    reader = _LedeReader()
    text = "Soldiers killed 3 herders near a well on Monday, villagers said. The army denied it."
    assert is_relevant(text, 0.2, reader)  # type: ignore[arg-type]
    assert reader.asked[0] == "Soldiers killed 3 herders near a well on Monday, villagers said."


def test_a_rejected_bill_is_no_denial_of_the_event() -> None:
    reader = _LedeReader()
    text = "Lawmakers debated a bill to punish attacks on police. The senate rejected the bill on Thursday."
    assert not is_relevant(text, 0.2, reader)  # type: ignore[arg-type]
    assert reader.asked == []


def test_a_short_text_without_a_denial_keeps_its_own_reading() -> None:
    reader = _LedeReader()
    assert not is_relevant("Ministers met to discuss the budget. Talks went on late.", 0.2, reader)  # type: ignore[arg-type]
    assert reader.asked == []


def test_an_armed_groups_own_count_is_a_rival_figure() -> None:
    sentences = [
        "A mine killed 2 soldiers near the border on Friday, the defence ministry said.",
        "The insurgents claimed the blast, saying they had killed 9 soldiers.",
    ]
    assert fatalities(extract_claims(sentences)) == 2


def test_a_courts_news_of_an_earlier_years_attack_is_no_event() -> None:
    text = (
        "Judges sentenced four men to life on Monday over the 2017 bombing of a bus station that killed 19."
    )
    assert not is_relevant(text, 0.9, published=date(2024, 5, 2))
    assert is_relevant(text, 0.9)  # without a publication date nothing tells the year is past
    same_year = "Gunmen killed 5 people near the court on Monday, before the verdict in a 2024 land case."
    assert is_relevant(same_year, 0.9, published=date(2024, 5, 2))
    protest = "Relatives protested outside the court on Monday after the verdict on the 2019 massacre."
    assert is_relevant(protest, 0.9, published=date(2024, 5, 2))
    stormed = "Gunmen stormed a jail on Monday and freed 40 men convicted over a 2019 raid, police said."
    assert is_relevant(stormed, 0.9, published=date(2024, 5, 2))  # the lede tells violence of its own
    aside = (
        "Gunmen killed 5 villagers near Kanam on Monday. In 2019 a court convicted 3 men over a raid there."
    )
    assert is_relevant(aside, 0.9, published=date(2024, 5, 2))  # the trial is background


def test_a_range_from_one_number_to_another_is_a_toll() -> None:
    assert fatalities(extract_claims(["The attackers killed from 10 to 15 civilians, residents said."])) == 10
