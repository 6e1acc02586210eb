"""Strategic developments told in plain words (:mod:`vigil.extract.strategic_cues`).

Sentences written for these tests, in the style of the wire copy they imitate.
"""

from __future__ import annotations

import pytest

from vigil.extract.strategic_cues import mass_grave, strategic_kind
from vigil.taxonomy import SubEventType


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The army on Wednesday inaugurated a new forward operating base at the edge of the park.",
            SubEventType.HEADQUARTERS_ESTABLISHED,
        ),
        (
            "Unknown attackers smashed the windows of the party's office and daubed its walls with slogans.",
            SubEventType.LOOTING,
        ),
        (
            "A front of FARC dissidents said it was leaving the Central General Staff and would act on its own.",
            SubEventType.CHANGE_TO_GROUP,
        ),
    ],
)
def test_strategic_developments_in_plain_words(sentence: str, expected: SubEventType) -> None:
    assert strategic_kind(sentence) is expected


def test_a_mass_grave_found_is_other() -> None:
    assert (
        strategic_kind("Farmers discovered a mass grave on the edge of the town on Sunday.")
        is SubEventType.OTHER
    )
    assert mass_grave("A mass grave was found near the river.")
    # a crowd at the grave is a protest, whatever it is about
    assert strategic_kind("Families protested near the mass grave that was found in the valley.") is None
