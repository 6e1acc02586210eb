"""Wire tolls, round 4: campaign and month totals beside an event's own toll, rival estimates
that a source "put the toll at", the part of a group "of whom" died, and "hacked to death N"."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.casualties import sentence_mentions
from vigil.extract.cues import without_aggregates
from vigil.extract.figures import extract_claims, fatalities
from vigil.extract.numbers import tokenize
from vigil.extract.scene import looks_back
from vigil.taxonomy import ClaimKind


def _toll(*sentences: str) -> int:
    return fatalities(extract_claims(list(sentences)))


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            [
                "Rebels killed 2 farmers near Goma on Friday, the third such raid in a wave of killings "
                "that have left 60 dead this month, a local leader said."
            ],
            2,
        ),
        (
            [
                "A drone strike killed four fighters on Tuesday, the movement said, bringing to 250 "
                "the number of its men killed since January."
            ],
            4,
        ),
        (
            [
                "Police shot dead one protester in Mombasa on Friday.",
                "Across the country, at least 40 people have been killed in the protests so far.",
            ],
            1,
        ),
        (["Gangs have killed dozens of people in the province this year."], 0),
    ],
)
def test_a_toll_kept_over_a_span_is_no_events_own(sentences: list[str], expected: int) -> None:
    assert _toll(*sentences) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen killed 5 people in Kano earlier this month.",
        "Seven soldiers have been killed, the army said on Sunday.",
        "The toll rose to 12 on Monday, bringing the number of dead to 12.",
    ],
)
def test_an_events_own_toll_is_kept(sentence: str) -> None:
    assert without_aggregates(sentence) == sentence


def test_a_month_other_than_the_events_looks_back() -> None:
    event_day, published = date(2025, 6, 10), date(2025, 6, 11)
    assert looks_back("In May, 30 people were killed in a similar raid.", event_day, published)
    assert looks_back("Last month, militants killed 15 soldiers nearby.", event_day, published)
    assert not looks_back("Earlier this month, 3 more bodies were found.", event_day, published)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            [
                "At least 25 people were killed in the clash, a rights group said; the police put the toll at 9."
            ],
            9,
        ),
        (
            [
                "Villagers said 40 people were killed in the raid on Tuesday.",
                "The army put the death toll at 11.",
            ],
            11,
        ),
        (["Officials put the toll at 14 after the bombing on Monday."], 14),
    ],
)
def test_a_rival_estimate_keeps_the_lowest_figure(sentences: list[str], expected: int) -> None:
    assert _toll(*sentences) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A blast wounded six policemen on Friday, three of whom later died in hospital.", 3),
        ("An ambush killed nine soldiers, two of whom were officers.", 9),
        ("Troops killed seven militants, four of whom died in the air strike.", 7),
        ("Bandits abducted 10 travellers, two of them were later found dead.", 2),
    ],
)
def test_the_part_of_whom_died(sentence: str, expected: int) -> None:
    assert _toll(sentence) == expected


def test_hacked_to_death_with_a_number_after_it() -> None:
    mentions = sentence_mentions(tokenize("Machete-wielding men hacked to death 4 farmers on Sunday."))
    assert [(m.kind, m.figure) for m in mentions] == [(ClaimKind.KILLED, 4)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials said on Friday that a farmer was killed in the clash.", 1),
        ("The ministry reported that a teacher was shot dead outside the school.", 1),
        ("Villagers buried a chief that was killed in a raid years ago.", 0),
    ],
)
def test_said_that_opens_a_report_not_a_relative_clause(sentence: str, expected: int) -> None:
    assert _toll(sentence) == expected


def test_the_killers_counted_after_to_death_are_no_toll() -> None:
    assert _toll("The shopkeeper was shot to death by four masked men at his door.") == 1


def test_a_victim_named_with_his_group_and_another_person_are_two() -> None:
    from vigil.extract.figures import extract_claims, fatalities

    text = (
        "A drone strike hit a car near Tyre, killing a commander of the militant Hezbollah group and "
        "another person, a security official said."
    )
    assert fatalities(extract_claims([text], doc=None)) == 2
