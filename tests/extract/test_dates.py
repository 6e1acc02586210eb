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
        # "between" two days: ACLED keeps the first day and codes week precision
        ("Overnight between 17 and 18 June 2021, militiamen raided a camp.", None, (date(2021, 6, 17), 2)),
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


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a year-less date takes the year nearest the publication, so one just ahead is future, not last year
        ("Police said a judge struck down the order on 23 March.", date(2017, 3, 21), (date(2017, 3, 21), 3)),
        ("Gunmen attacked a village on 28 December.", date(2025, 1, 2), (date(2024, 12, 28), 1)),
        ("Voters were urged to boycott the October 26 poll.", date(2017, 10, 9), (date(2017, 10, 9), 3)),
        # spellings of wire and field reports
        (
            "Fighters hit the outskirts in the early morning of Feb.27.",
            date(2017, 3, 1),
            (date(2017, 2, 27), 1),
        ),
        (
            "Gunfire rang out across the town on the night of the 26th.",
            date(2011, 3, 27),
            (date(2011, 3, 26), 1),
        ),
        ("Shots were heard on the 30th in the town.", date(2011, 4, 2), (date(2011, 3, 30), 1)),
        ("Shots were heard on the 30th in the town.", date(2011, 3, 2), (date(2011, 3, 2), 3)),  # no 30 Feb
        ("A man was killed by herders (24/5) near the river.", date(2008, 5, 26), (date(2008, 5, 24), 1)),
        (
            "The sit-in began on Wednesday (13) outside the hospital.",
            date(2016, 7, 17),
            (date(2016, 7, 13), 1),
        ),
        (
            "Pirates boarded a tanker yesterday (24 July) off the coast.",
            date(2011, 7, 27),
            (date(2011, 7, 24), 1),
        ),
        # months named alone are coded on the 15th at month precision, recent ones only
        ("Students were dispersed with tear gas in July.", date(2016, 7, 16), (date(2016, 7, 15), 3)),
        ("In mid-October, soldiers detained twelve men.", date(2018, 10, 18), (date(2018, 10, 15), 3)),
        ("Protesters marched in early June.", date(2024, 6, 4), (date(2024, 6, 4), 3)),
        ("Workers struck over a pact signed in March.", date(2017, 7, 3), (date(2017, 7, 3), 3)),
        ("Attackers may be from Mali, police said.", date(2016, 5, 19), (date(2016, 5, 19), 3)),
        # a day named anywhere is firmer than a month
        (
            "Violence continued from late May and included gunfire on 22/06/2007.",
            date(2007, 6, 23),
            (date(2007, 6, 22), 1),
        ),
        # weeks: a week named by its first day is coded on its midpoint
        ("On the week of July 9, soldiers burned granaries.", date(2018, 7, 13), (date(2018, 7, 12), 2)),
        (
            "During the week beginning 26 November, raiders stole goats.",
            date(2018, 11, 30),
            (date(2018, 11, 29), 2),
        ),
        (
            "Rioters threw rocks at shopfronts in the week of 15 May.",
            date(2019, 5, 17),
            (date(2019, 5, 15), 2),
        ),
        ("Between 4 and 5 March, rioters damaged shops.", date(2018, 3, 6), (date(2018, 3, 4), 2)),
        ("Six herders were killed during the weekend.", date(2008, 6, 8), (date(2008, 6, 7), 2)),
        # overnight in a report is last night, unless the night is named
        ("The gendarmerie post was attacked overnight by gunmen.", date(2017, 11, 8), (date(2017, 11, 7), 1)),
        ("Gunmen attacked the post overnight Friday.", date(2024, 6, 18), (date(2024, 6, 14), 1)),
        # "said Monday" is the statement's day, even without "on"
        (
            "Officials said Wednesday that clashes broke out on Monday night.",
            date(2011, 5, 19),
            (date(2011, 5, 16), 1),
        ),
    ],
)
def test_wire_readings(text: str, published: date, expected: tuple[date, int]) -> None:
    assert event_date(text, published=published) == expected


def test_relative_phrase_far_back_is_not_the_event_date() -> None:
    text = "Students staged a strike in memory of those who died in violence last year."
    assert event_date(text, published=date(2012, 2, 24)) == (date(2012, 2, 24), 3)


def test_a_day_months_ahead_of_the_report_is_last_year_s() -> None:
    assert event_date(
        "Since the October 7 attack, the border has been closed.", published=date(2024, 5, 14)
    ) == (
        date(2023, 10, 7),
        1,
    )


def test_a_later_sentence_s_old_month_yields_to_the_lede_s_day() -> None:
    text = "Gunmen shot a mayor dead, police said on Friday. Attacks have grown since a truce ended in June 2021."
    assert event_date(text, published=date(2024, 5, 11)) == (date(2024, 5, 10), 1)


def test_next_weekday_is_a_plan_not_the_events_day() -> None:
    # PUBLISHED is a Tuesday: "next Saturday" is no past Saturday; the past "on Sunday" is the day
    text = "Unions said they would march next Saturday; police broke up a sit-in on Sunday."
    assert event_date(text, published=PUBLISHED) == (date(2024, 6, 16), 1)
    assert event_date("Unions will strike next Friday.", published=PUBLISHED)[0] != date(2024, 6, 14)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a feast in the last days of the year, reported after New Year
        (
            "Gunmen fired on a crowd of revellers on New Year's Eve in the port.",
            date(2025, 1, 2),
            date(2024, 12, 31),
        ),
        ("Police fired tear gas at May Day marchers outside parliament.", date(2024, 5, 2), date(2024, 5, 1)),
        (
            "Hundreds marched on International Women’s Day against femicide.",
            date(2024, 3, 9),
            date(2024, 3, 8),
        ),
        ("A grenade was thrown into a church yard on Christmas Day.", date(2023, 12, 27), date(2023, 12, 25)),
    ],
)
def test_a_feast_with_a_fixed_day_is_that_day(text: str, published: date, expected: date) -> None:
    assert event_date(text, published=published) == (expected, 1)


def test_may_as_a_verb_is_no_may_day() -> None:
    assert event_date("The strike may day by day spread, unions said.", published=PUBLISHED)[0] != date(
        2024, 5, 1
    )


def test_an_abbreviation_does_not_end_the_lede() -> None:
    # "U.S." inside the lede: the lede's own day still outranks the later sentence's old month
    text = "U.S. drones struck convoys this month, officials said. A truce ended on 2 June 2021."
    assert event_date(text, published=date(2024, 5, 20)) == (date(2024, 5, 15), 3)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a feast in a name, or named without being told as when, is no date
        (
            "Gunmen attacked the Christmas Day Church in Jos, police said.",
            date(2024, 7, 20),
            date(2024, 7, 20),
        ),
        ("May Day protest leaders were arrested in Dhaka on Saturday.", date(2024, 5, 20), date(2024, 5, 18)),
        ("A grenade went off at the May Day Stadium on Tuesday.", date(2024, 5, 20), date(2024, 5, 14)),
        # a feast months back tells another event
        ("Police said the group had bombed a market on Christmas Day.", date(2024, 7, 20), date(2024, 7, 20)),
    ],
)
def test_a_feast_not_told_as_the_events_day_is_no_date(text: str, published: date, expected: date) -> None:
    assert event_date(text, published=published)[0] == expected
