"""Event dates and ACLED time precision from wire-style text."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.dates import event_date

PUBLISHED = date(2024, 6, 18)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("On 5 May 2020, gunmen attacked a village.", None, (date(2020, 5, 5), 1)),
        ("Gunmen attacked a village on May 5, 2020.", None, (date(2020, 5, 5), 1)),
        ("Gunmen attacked a village on Sunday, police said on Monday.", PUBLISHED, (date(2024, 6, 16), 1)),
        ("Gunmen attacked a village on Tuesday.", PUBLISHED, (date(2024, 6, 18), 1)),
        ("Gunmen attacked a village yesterday.", PUBLISHED, (date(2024, 6, 17), 1)),
        ("Two days ago, gunmen attacked a village.", PUBLISHED, (date(2024, 6, 16), 1)),
        ("Gunmen attacked a village last week.", PUBLISHED, (date(2024, 6, 13), 2)),
        ("Several villages were attacked earlier this month.", PUBLISHED, (date(2024, 6, 15), 3)),
        ("On June 16, gunmen attacked a village.", PUBLISHED, (date(2024, 6, 16), 1)),
        ("On December 30, gunmen attacked a village.", PUBLISHED, (date(2023, 12, 30), 1)),
        (
            "As reported on November 14, gunmen attacked a village.",
            date(2023, 11, 20),
            (date(2023, 11, 14), 2),
        ),
        ("Gunmen attacked a village in March 2021.", None, (date(2021, 3, 15), 3)),
        ("Overnight between 24 and 25 March 2020, militiamen raided a camp.", None, (date(2020, 3, 24), 1)),
        ("BAMAKO, June 17 (Reuters) - Gunmen killed 5 people on Sunday.", PUBLISHED, (date(2024, 6, 16), 1)),
    ],
)
def test_event_date(text: str, published: date | None, expected: tuple[date | None, int]) -> None:
    assert event_date(text, published=published) == expected


def test_no_date_uses_published_at_month_precision() -> None:
    assert event_date("Gunmen attacked a convoy heading north.", published=PUBLISHED) == (PUBLISHED, 3)


def test_no_date_and_no_published_is_unknown() -> None:
    assert event_date("Gunmen attacked a convoy heading north.", published=None) == (None, 3)


def test_relative_date_without_published_is_not_invented() -> None:
    assert event_date("Gunmen attacked a convoy on Sunday.", published=None) == (None, 3)


def test_future_dates_are_skipped() -> None:
    text = "Gunmen attacked a polling station on Sunday ahead of the vote on 30 June 2024."
    assert event_date(text, published=PUBLISHED) == (date(2024, 6, 16), 1)


def test_early_on_a_weekday_is_still_that_day() -> None:
    from datetime import date

    from vigil.extract.dates import event_date

    assert event_date("Drones hit Odesa early on Saturday.", published=date(2024, 4, 27)) == (
        date(2024, 4, 27),
        1,
    )
    assert event_date("Clashes erupted in early June 2023.", published=None)[1] == 3
