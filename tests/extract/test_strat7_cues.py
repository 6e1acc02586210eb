"""The armed-group cues read a coalition of factions ("operations room") as an armed side."""

from __future__ import annotations

from vigil.extract import cues
from vigil.taxonomy import SubEventType


def test_a_faction_leaving_an_operations_room_is_a_group_change() -> None:
    text = "On Sunday a small jihadist faction ended its affiliation with the northern operations room."
    assert cues.strategic_kind(text) is SubEventType.CHANGE_TO_GROUP


def test_a_firms_affiliation_is_no_group_change() -> None:
    text = "On Sunday the bank ended its affiliation with the regional payment network."
    assert cues.strategic_kind(text) is not SubEventType.CHANGE_TO_GROUP
