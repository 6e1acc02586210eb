"""One denial vocabulary, three scopes (:mod:`vigil.extract.denials`)."""

from __future__ import annotations

import pytest

from vigil.extract.denials import denied_group, denied_verb, denies, disputes_report
from vigil.extract.numbers import tokenize
from vigil.taxonomy import Counted


@pytest.mark.parametrize(
    ("sentence", "disputes", "denied"),
    [
        ("The regiment denied it.", True, True),
        ("Officials dismissed the reports as propaganda.", True, True),
        ("The ministry refuted these allegations.", True, True),
        ("The commander denied killing any herders.", True, True),  # "any" is what is disputed
        ("The colonel denied ordering the shelling.", False, True),  # any "denied" sets the stance
        ("Nobody was killed in the blaze, firefighters said.", False, True),
        ("The council rejected the budget.", False, False),
        ("The mayor dismissed the police chief.", False, False),
        ("Gunmen shot dead two traders.", False, False),
        # a noun "disputes" with a relative "that", and "rejected any" with no part in the event
        ("Land disputes that have killed 40 people flared again.", False, False),
        ("The rebels rejected any ceasefire and said they killed 20 soldiers.", False, False),
        ("The group rejected any role in the raid.", True, True),
        ("The army refuted the rebels' version of events.", True, True),
    ],
)
def test_the_scopes_of_a_denial(sentence: str, disputes: bool, denied: bool) -> None:
    assert disputes_report(sentence) is disputes
    assert denies(sentence) is denied


def test_whatever_disputes_the_report_also_sets_the_stance() -> None:
    for sentence in (
        "They rejected the claims.",
        "Rebels disputed the toll.",
        "The army denied involvement.",
    ):
        assert disputes_report(sentence) and denies(sentence)


def test_the_denied_group_is_read_from_the_tokens() -> None:
    assert denied_group(tokenize("No soldiers died in the raid.")) is Counted.SOLDIERS
    assert denied_group(tokenize("Nine herders died in the raid.")) is None
    assert denied_verb(tokenize("denied that militia had killed any civilians")) is Counted.CIVILIANS
    assert denied_verb(tokenize("denied the charges")) is None
