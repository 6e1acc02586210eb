"""Wire dates, round 6: a dateline that names the country as well as the city ("PESHAWAR,
Pakistan, Oct 7 (Reuters) -") is the filing date: a day the text names wins over it, and it
stands in (with its own year, when it gives one) only when the text names none."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.dates import event_date
from vigil.taxonomy import TIME_PRECISION_DAY

PUBLISHED = date(2025, 6, 10)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GAROUA, Cameroon, June 10 (AFP) - Gunmen raided a market late on Sunday, officials said.",
            date(2025, 6, 8),
        ),
        (
            "HODEIDAH, Yemen, June 10 - Shelling hit a port on Saturday, killing two, medics said.",
            date(2025, 6, 7),
        ),
        ("MOSUL, June 10 (Reuters) - A bomb went off on Monday, police said.", date(2025, 6, 9)),
    ],
)
def test_dateline_with_country_is_not_the_event_day(text: str, expected: date) -> None:
    assert event_date(text, published=PUBLISHED) == (expected, TIME_PRECISION_DAY)


def test_dateline_without_a_dash_is_not_skipped() -> None:
    found = event_date("Troops entered Gao, Mali, June 9, 2025, after fierce fighting.", published=PUBLISHED)
    assert found == (date(2025, 6, 9), TIME_PRECISION_DAY)


@pytest.mark.parametrize(
    "text",
    [
        "KANO, Nigeria, June 9 (Reuters) - Gunmen killed three traders in a market, police said.",
        "KANO, June 9 (Reuters) - Gunmen killed three traders in a market, police said.",
    ],
)
def test_dateline_day_stands_in_when_the_text_names_none(text: str) -> None:
    assert event_date(text, published=PUBLISHED)[0] == date(2025, 6, 9)


def test_no_dateline_and_no_date_gives_the_publication_day() -> None:
    assert (
        event_date("Gunmen killed three traders in a market, police said.", published=PUBLISHED)[0]
        == PUBLISHED
    )


def test_a_dateline_year_is_kept() -> None:
    text = "ODESA, Ukraine, March 4, 2023 (AP) - A drone hit a grain silo in the port, wounding two guards."
    assert event_date(text, published=PUBLISHED)[0] == date(2023, 3, 4)
