"""The one rule-based sentence splitter (:func:`vigil.extract.nlp.sentence_spans`)."""

from __future__ import annotations

import pytest

from vigil.extract.nlp import sentence_spans, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. drones struck a camp. Four died.", ["U.S. drones struck a camp.", "Four died."]),
        ("Gen. Diarra toured the base. He left.", ["Gen. Diarra toured the base.", "He left."]),
        ("Lt. Col. Ouedraogo led the unit.", ["Lt. Col. Ouedraogo led the unit."]),
        ("Gunmen hit Checkpoint No. 2 at dawn.", ["Gunmen hit Checkpoint No. 2 at dawn."]),
        ("Witness K. Sawadogo fled.", ["Witness K. Sawadogo fled."]),
        ("The blast was felt 2.5 km away. Shops shut.", ["The blast was felt 2.5 km away.", "Shops shut."]),
        ('"We buried 7," he said. "More are missing."', ['"We buried 7," he said.', '"More are missing."']),
        (
            "He said they \u201cfled.\u201d Then rain came.",
            ["He said they \u201cfled.\u201d", "Then rain came."],
        ),
        ("Who fired? Nobody knows! Police came.", ["Who fired?", "Nobody knows!", "Police came."]),
        (
            "Troops came on Sept. 4 and left. No. Not again.",
            ["Troops came on Sept. 4 and left.", "No.", "Not again."],
        ),
        (
            "Herders came with rifles, cattle, etc. and left.",
            ["Herders came with rifles, cattle, etc. and left."],
        ),
        ("Looters fled. 3 were caught.", ["Looters fled.", "3 were caught."]),
        # a time of day ends a sentence before a capital, unless the day follows it
        ("It blew up at 9 p.m. Police came.", ["It blew up at 9 p.m.", "Police came."]),
        ("It blew up at 9 p.m. Monday in Gao.", ["It blew up at 9 p.m. Monday in Gao."]),
        ("It began at 4 a.m. and ended.", ["It began at 4 a.m. and ended."]),
        ("  Headline without stop\nThe lede. ", ["Headline without stop\nThe lede."]),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_spans_point_into_the_text() -> None:
    text = ' Col. Sy said "2 died." A. Ba agreed.  '
    spans = list(sentence_spans(text))
    assert [text[a:b] for a, b in spans] == ['Col. Sy said "2 died."', "A. Ba agreed."]
    assert spans[0][0] == 1 and spans[-1][1] == len(text.rstrip())


def test_spans_are_lazy() -> None:
    spans = sentence_spans("One. Two. Three.")
    assert next(spans) == (0, 4)
