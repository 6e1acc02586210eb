"""Wire dates, round 4: "the previous day" counts back from the statement that tells it."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.dates import event_date
from vigil.taxonomy import TIME_PRECISION_DAY

PUBLISHED = date(2025, 5, 9)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said on Wednesday that a trader was shot dead in the market the previous day.",
            date(2025, 5, 6),
        ),
        ("The army said on Thursday that rebels had attacked a base the day before.", date(2025, 5, 7)),
        ("A man was lynched by a crowd the previous night, residents said.", date(2025, 5, 8)),
        ("Gunmen killed two guards a day earlier, officials told reporters.", date(2025, 5, 8)),
    ],
)
def test_the_previous_day_is_the_day_before_the_statement(text: str, expected: date) -> None:
    assert event_date(text, published=PUBLISHED) == (expected, TIME_PRECISION_DAY)


def test_the_day_before_an_occasion_is_no_date() -> None:
    found, _ = event_date(
        "Gunmen attacked a polling station the day before the election.", published=PUBLISHED
    )
    assert found != date(2025, 5, 8)


def test_a_weekday_still_wins_over_the_previous_day() -> None:
    text = "Rebels attacked a convoy on Tuesday. The previous day, they had shelled the town."
    assert event_date(text, published=PUBLISHED) == (date(2025, 5, 6), TIME_PRECISION_DAY)
