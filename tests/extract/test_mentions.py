"""The casualty mention record and the group it counts (vigil.extract.mentions)."""

from __future__ import annotations

import pytest

from vigil.extract.mentions import REPORTING, counted_group
from vigil.taxonomy import Counted


@pytest.mark.parametrize(
    ("words", "counted"),
    [
        (["soldiers"], Counted.SOLDIERS),
        (["rwandan", "peacekeepers"], Counted.SOLDIERS),
        (["suspected", "militants"], Counted.FIGHTERS),
        (["women", "and", "children"], Counted.CIVILIANS),
        (["people"], Counted.TOTAL),
    ],
)
def test_the_first_known_word_names_the_group(words: list[str], counted: Counted) -> None:
    assert counted_group(words) is counted


def test_reporting_verbs() -> None:
    assert {"said", "told", "reported"} <= REPORTING
    assert "killed" not in REPORTING
