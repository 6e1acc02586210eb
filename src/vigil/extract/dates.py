"""The event's date and ACLED time precision, read from the text and the publication date.

Explicit dates ("On 5 May 2020", "June 16") are read by our own patterns; relative ones
("on Sunday", "yesterday", "last week", "earlier this month") are resolved against the
publication date, never against today, so the same article always codes the same way.
dateparser is a fallback for odd spellings only, because it is slow. A day is never invented:
no date in the text gives the publication date at month precision, and with neither, None.
"""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from vigil.taxonomy import TIME_PRECISION_DAY, TIME_PRECISION_MONTH, TIME_PRECISION_WEEK

if TYPE_CHECKING:
    from spacy.tokens import Doc

LOGGER = logging.getLogger(__name__)


def _words(text: str) -> frozenset[str]:
    """A lexicon written as one space-separated string."""
    return frozenset(text.split())


def _ordered(text: str) -> tuple[str, ...]:
    """Words in their written order, where the position is the value."""
    return tuple(text.split())


MONTH_MIDPOINT = 15  # ACLED codes a month-precision event on the 15th
# "yesterday" is an exact day once the publication date is known; ACLED would code it 1.
YESTERDAY_PRECISION = TIME_PRECISION_DAY

_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        )
    )
    for name in names
}
_WEEKDAYS = {d: i for i, d in enumerate(_ordered("monday tuesday wednesday thursday friday saturday sunday"))}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_ORD = r"(?:st|nd|rd|th)?"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    (
        "range_dmy",
        re.compile(
            rf"\b(?P<day>[0-3]?\d){_ORD}\s*(?:-|–|to|and)\s*[0-3]?\d{_ORD}\s+{_MONTH},?\s+{_YEAR}\b", re.I
        ),
    ),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)),
    ("slash_y", re.compile(r"\b(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>(?:19|20)\d\d)\b")),
    (
        "range_dm",
        re.compile(rf"\b(?P<day>[0-3]?\d){_ORD}\s*(?:-|–|to|and)\s*[0-3]?\d{_ORD}\s+{_MONTH}\b", re.I),
    ),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?![\w-])(?!\s*,?\s*(?:19|20)\d\d)", re.I)),
    ("md", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)(?![:.]\d)", re.I)),
    ("slash", re.compile(r"\bon\s+(?P<day>[0-3]?\d)/(?P<month>[01]?\d)\b(?!/)", re.I)),
    (
        "month_year",
        re.compile(rf"\b(?:in\s+|during\s+|early\s+|late\s+|mid-?\s*)?{_MONTH}\s+{_YEAR}\b", re.I),
    ),
    ("yesterday", re.compile(r"\b(?:yesterday|last night)\b", re.I)),
    (
        "today",
        re.compile(r"\b(?:today|this morning|tonight|this afternoon|this evening|earlier today)\b", re.I),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:on|last|late|early|since|overnight|from)?\s*(?P<weekday>monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday)\b",
            re.I,
        ),
    ),
    (
        "days_ago",
        re.compile(r"\b(?P<n>\d|one|two|three|four|five|six|seven)\s+days?\s+(?:ago|earlier)\b", re.I),
    ),
    (
        "last_week",
        re.compile(
            r"\b(?:last week|earlier this week|this week|past week|over the weekend|last weekend|"
            r"at the weekend)\b",
            re.I,
        ),
    ),
    (
        "this_month",
        re.compile(r"\b(?:earlier this month|this month|last month|past month|earlier in the month)\b", re.I),
    ),
)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|stated|added|published|statement)\s+(?:\w+\s+){0,2}$", re.I
)
_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Za-z .'-]{{1,40}},?\s+{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
    r"\s*(?:\([^)]{1,30}\))?\s*[-–—]",
    re.I,
)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_of(value: str) -> int:
    return int(value) if value.isdigit() else _MONTHS[value.lower().rstrip(".")]


def _without_year(month: int, day: int, published: date | None) -> date | None:
    """A day and month take the publication year, or the year before when that is in the future."""
    if published is None:
        return None
    found = _safe_date(published.year, month, day)
    if found is not None and found > published:
        found = _safe_date(published.year - 1, month, day)
    return found


def _week_midpoint(day: date) -> date:
    """ACLED codes a week-precision event at the week's midpoint (Thursday of a Monday week)."""
    return day - timedelta(days=day.weekday()) + timedelta(days=3)


def _resolve(kind: str, match: re.Match[str], published: date | None) -> tuple[date, int] | None:
    groups = match.groupdict()
    if kind in ("iso", "dmy", "mdy", "range_dmy", "slash_y"):
        found = _safe_date(int(groups["year"]), _month_of(groups["month"]), int(groups["day"]))
        return (found, TIME_PRECISION_DAY) if found else None
    if kind in ("dm", "md", "range_dm", "slash"):
        found = _without_year(_month_of(groups["month"]), int(groups["day"]), published)
        return (found, TIME_PRECISION_DAY) if found else None
    if kind == "month_year":
        found = _safe_date(int(groups["year"]), _month_of(groups["month"]), MONTH_MIDPOINT)
        return (found, TIME_PRECISION_MONTH) if found else None
    if published is None:
        return None
    if kind == "yesterday":
        return published - timedelta(days=1), YESTERDAY_PRECISION
    if kind == "today":
        return published, TIME_PRECISION_DAY
    if kind == "weekday":
        back = (published.weekday() - _WEEKDAYS[groups["weekday"].lower()]) % 7
        if match.group(0).lower().startswith("last") and back == 0:
            back = 7
        return published - timedelta(days=back), TIME_PRECISION_DAY
    if kind == "days_ago":
        n = groups["n"].lower()
        return published - timedelta(days=_SMALL.get(n) or int(n)), TIME_PRECISION_DAY
    if kind == "last_week":
        text = match.group(0).lower()
        if "last week" in text or "past week" in text:
            return _week_midpoint(published - timedelta(days=7)), TIME_PRECISION_WEEK
        if "weekend" in text:
            back = (published.weekday() - 5) % 7 or 7 if published.weekday() < 5 else published.weekday() - 5
            return published - timedelta(days=back), TIME_PRECISION_WEEK
        return min(published, _week_midpoint(published)), TIME_PRECISION_WEEK
    if kind == "this_month":
        if "last month" in match.group(0).lower():
            first = published.replace(day=1) - timedelta(days=1)
            return first.replace(day=MONTH_MIDPOINT), TIME_PRECISION_MONTH
        return min(published, published.replace(day=MONTH_MIDPOINT)), TIME_PRECISION_MONTH
    return None


def _precision_hint(text: str, start: int, end: int, precision: int) -> int:
    """ACLED's own hedges around a date: "As reported on", "Around", "(week of)", "(month of)"."""
    before = text[max(0, start - 20) : start].lower()
    after = text[end : end + 25].lower()
    if "month of" in after:
        return TIME_PRECISION_MONTH
    if re.search(r"\b(?:around|about|reported on|as of|week of|circa)\s*$", before) or "week of" in after:
        return max(precision, TIME_PRECISION_WEEK)
    if precision > TIME_PRECISION_DAY and re.search(r"\b(?:early|late|mid-?)\s*$", before):
        return TIME_PRECISION_MONTH  # "early June"; "early on Saturday" is still that day
    return precision


def event_date(text: str, *, published: date | None, doc: Doc | None = None) -> tuple[date | None, int]:
    """The event date and ACLED time_precision (1 day, 2 week, 3 month).

    The first date the text gives for the event wins; dates of statements ("said on Monday")
    and dates after the publication date are skipped. ``doc`` is accepted for pipeline symmetry;
    patterns need only the text.

    >>> event_date("On 5 May 2020, gunmen attacked Kidal.", published=None)
    (datetime.date(2020, 5, 5), 1)
    >>> event_date("Gunmen attacked Kidal on Sunday.", published=date(2024, 6, 18))
    (datetime.date(2024, 6, 16), 1)
    >>> event_date("Gunmen attacked Kidal.", published=None)
    (None, 3)
    """
    dateline = _DATELINE.match(text)
    if dateline is not None:
        groups = dateline.groupdict()
        if published is None and groups.get("year") and groups.get("month") and groups.get("day"):
            published = _safe_date(int(groups["year"]), _month_of(groups["month"]), int(groups["day"]))
        text = text[dateline.end() :]
    candidates: list[tuple[bool, int, date, int]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(s <= match.start() < e or s < match.end() <= e for s, e in taken):
                continue
            resolved = _resolve(kind, match, published)
            if resolved is None:
                continue
            found, precision = resolved
            if published is not None and found > published + timedelta(days=1):
                continue
            taken.append((match.start(), match.end()))
            statement = bool(_REPORTING_BEFORE.search(text[max(0, match.start() - 40) : match.start()]))
            precision = _precision_hint(text, match.start(), match.end(), precision)
            candidates.append((statement, match.start(), found, precision))
    if candidates:
        _, _, found, precision = min(candidates)
        return found, precision
    fallback = _dateparser_fallback(text, published)
    if fallback is not None:
        return fallback
    if published is not None:
        return published, TIME_PRECISION_MONTH
    return None, TIME_PRECISION_MONTH


_FALLBACK_HINT = re.compile(r"\b(?:ago|last|earlier|previous|past)\b", re.I)


def _dateparser_fallback(text: str, published: date | None) -> tuple[date, int] | None:
    """Ask dateparser only when our patterns found nothing but the text hints at a relative date."""
    if published is None or not _FALLBACK_HINT.search(text):
        return None
    from datetime import datetime

    from dateparser.search import search_dates

    base = datetime(published.year, published.month, published.day, 12)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": []}
    try:
        found = search_dates(text[:600], languages=["en"], settings=settings)  # type: ignore[arg-type]
    except (ValueError, OverflowError) as exc:  # dateparser rejects some inputs outright
        LOGGER.debug("dateparser failed on %r: %s", text[:80], exc)
        return None
    for phrase, when in found or ():
        if not _FALLBACK_HINT.search(phrase) or when.date() > published:
            continue
        LOGGER.debug("dateparser read %r as %s", phrase, when.date())
        return when.date(), TIME_PRECISION_WEEK
    return None
