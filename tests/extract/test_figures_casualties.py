"""Reading one sentence's casualty mentions (:mod:`vigil.extract.casualties`), apart from claims."""

from __future__ import annotations

import pytest

from vigil.extract.casualties import numbered, sentence_mentions
from vigil.extract.figures import extract_claims
from vigil.extract.mentions import Mention
from vigil.extract.numbers import LARGE_UNNUMBERED, LIMITED_UNNUMBERED, tokenize
from vigil.taxonomy import ClaimKind, Counted, Stance


def read(sentence: str) -> list[tuple[ClaimKind, int | None, Counted, bool]]:
    return [(m.kind, m.figure, m.counted, m.vague) for m in sentence_mentions(tokenize(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Three soldiers were killed.", [(ClaimKind.KILLED, 3, Counted.SOLDIERS, False)]),
        ("Gunmen killed 2 villagers.", [(ClaimKind.KILLED, 2, Counted.CIVILIANS, False)]),
        ("A policeman was killed.", [(ClaimKind.KILLED, 1, Counted.SOLDIERS, False)]),
        ("Civilians were killed.", [(ClaimKind.KILLED, LIMITED_UNNUMBERED, Counted.CIVILIANS, True)]),
        (
            "The fighting caused heavy casualties.",
            [(ClaimKind.KILLED, LARGE_UNNUMBERED, Counted.TOTAL, True)],
        ),
        ("Five traders were abducted.", [(ClaimKind.ABDUCTED, 5, Counted.CIVILIANS, False)]),
        ("Nobody was hurt.", []),
    ],
)
def test_sentence_mentions(sentence: str, expected: list[tuple[ClaimKind, int, Counted, bool]]) -> None:
    assert read(sentence) == expected


def test_a_figure_in_the_sentence_silences_the_unnumbered_reading() -> None:
    # "a soldier was killed" alone is 1; beside a stated toll it is part of it, not another death
    assert read("A soldier was killed on Monday, and 4 people died in the crossfire.") == [
        (ClaimKind.KILLED, 4, Counted.TOTAL, False)
    ]


def test_a_breakdown_is_marked_as_a_subset() -> None:
    stated, _ = numbered(tokenize("Seven people were killed, including 2 soldiers killed in the ambush."))
    assert [(m.figure, m.subset) for m in stated] == [(7, False), (2, True)]
    assert all(isinstance(m, Mention) for m in stated)


def test_a_denied_killing_stays_an_allegation_with_its_speakers_source() -> None:
    claims = extract_claims(["The army denied killing 5 civilians."])
    assert [(c.kind, c.figure, c.stance) for c in claims] == [(ClaimKind.KILLED, 5, Stance.ALLEGED)]
    assert claims[0].source != ""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a running total over earlier events is no death of this one beside its own toll
        ("Shelling killed 6 people overnight, bringing the toll from a month of fighting to 80.", [6]),
        ("The fighting brought the death toll to 40.", [40]),
        # a toll told as "the number of people killed"
        ("The number of people killed in Sunday's raid has climbed to 17, officials said.", [17]),
        ("The number of displaced people rose to 4000.", []),
        # a breakdown set off by commas keeps the predicate after it
        ("Twelve villagers, among them three children, died when the shell hit.", [12]),
        ("Nine people, including a chief, were killed.", [9]),
    ],
)
def test_running_totals_toll_phrases_and_breakdowns(sentence: str, expected: list[int]) -> None:
    assert [c.figure for c in extract_claims([sentence]) if c.kind is ClaimKind.KILLED] == expected
