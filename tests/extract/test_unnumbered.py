"""Deaths told without a figure (vigil.extract.unnumbered)."""

from __future__ import annotations

import pytest

from vigil.extract.numbers import tokenize
from vigil.extract.unnumbered import unnumbered
from vigil.taxonomy import ClaimKind, Counted


@pytest.mark.parametrize(
    ("sentence", "figure", "vague"),
    [
        ("A soldier was killed near the border.", 1, False),
        ("Gunmen shot dead a teacher in the market.", 1, False),
        ("The militants beat him to death.", 1, False),
        ("Soldiers were killed in the ambush.", 3, True),
        ("Gunmen killed villagers in the night.", 3, True),
    ],
)
def test_a_death_told_without_a_figure(sentence: str, figure: int, vague: bool) -> None:
    killed = [m for m in unnumbered(tokenize(sentence), set()) if m.kind is ClaimKind.KILLED]
    assert [(m.figure, m.vague) for m in killed] == [(figure, vague)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen tried to kill a teacher in the market.",  # an attempt
        "No soldier was killed in the ambush.",  # negated
        "The man who was killed last year was a teacher.",  # a relative clause recalls him
    ],
)
def test_no_death_where_none_is_told(sentence: str) -> None:
    assert not [m for m in unnumbered(tokenize(sentence), set()) if m.kind is ClaimKind.KILLED]


def test_the_victim_names_the_group() -> None:
    (m,) = unnumbered(tokenize("Gunmen killed a soldier on Monday."), set())
    assert m.counted is Counted.SOLDIERS
