"""The event's date and ACLED time precision, read from the text and the publication date.

Explicit dates ("On 5 May 2020", "June 16", "Feb.28", "(24/5)") are read by our own patterns;
relative ones ("on Sunday", "yesterday", "overnight", "last week", "earlier this month") are
resolved against the publication date, never against today, so the same article always codes
the same way. A date written without its year takes the year nearest the publication date.
ACLED's conventions are followed for hedged dates: "between 3 and 5 March" is the first day at
week precision, a week named by its first day is coded on its midpoint, a month named alone on
its 15th at month precision. dateparser is a fallback for odd spellings only, because it is
slow. A day is never invented: no date in the text gives the dateline's day, else the
publication date, at month precision (the codebook has no rule for it, and a report's own day
is the likeliest), and with neither, None.
"""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from vigil.extract.nlp import sentence_spans
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
MONTH_REACH = timedelta(days=45)  # a bare month ("in July") reaches back about one month
# "yesterday" is an exact day once the publication date is known; ACLED would code it 1.
YESTERDAY_PRECISION = TIME_PRECISION_DAY

# an hour past midnight: "01:40", "3.15"
_SMALL_HOURS = r"(?:about\s+|around\s+|approximately\s+)?(?<!\d)0?[0-4][:.][0-5]\d"
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
_GAP = r"(?:(?<=\.)\s*|\s+)"  # "Feb. 28", "Feb.28", "Feb 28"
_RELATIVE = frozenset({"yesterday", "today", "weekday", "days_ago", "last_week", "this_month", "day_before"})

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    (
        "range_dmy",
        re.compile(
            rf"\b(?P<day>[0-3]?\d){_ORD}\s*(?:-|–|to|and)\s*[0-3]?\d{_ORD}\s+{_MONTH},?\s+{_YEAR}\b", re.I
        ),
    ),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("mdy", re.compile(rf"\b{_MONTH}{_GAP}{_DAY},?\s+{_YEAR}\b", re.I)),
    ("slash_y", re.compile(r"\b(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>(?:19|20)\d\d)\b")),
    (
        "range_dm",
        re.compile(rf"\b(?P<day>[0-3]?\d){_ORD}\s*(?:-|–|to|and)\s*[0-3]?\d{_ORD}\s+{_MONTH}\b", re.I),
    ),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?![\w-])(?!\s*,?\s*(?:19|20)\d\d)", re.I)),
    ("md", re.compile(rf"\b{_MONTH}{_GAP}{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)(?![:.]\d)", re.I)),
    ("slash", re.compile(r"(?:\bon\s+|\()(?P<day>[0-3]?\d)/(?P<month>[01]?\d)\b(?!/)", re.I)),
    (  # a feast with a fixed day told as when: "on New Year's Eve", "during Christmas Day"; not the
        # "May Day Stadium" or the "Christmas Day Church", nor "May Day protest leaders were arrested"
        "holiday",
        re.compile(
            r"\b(?:on|during|over|at)\s+(?:the\s+)?(?P<holiday>[Nn]ew [Yy]ear['’]?s (?:[Ee]ve|[Dd]ay)|"
            r"Christmas (?:[Ee]ve|[Dd]ay)|Boxing [Dd]ay|May Day|(?:International )?Women['’]?s Day|"
            r"Valentine['’]?s Day|Halloween)\b(?!\s+[A-Z])"
        ),
    ),
    (  # "on the 26th", "the night of the 26th": the month is the publication's
        "day_of_month",
        re.compile(
            r"\b(?:on|(?:night|morning|evening|afternoon)\s+of)\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
            r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|near|when|while|as|and|after|before|of\s+this\s+month)\b)",
            re.I,
        ),
    ),
    (
        "month_year",
        re.compile(rf"\b(?:in\s+|during\s+|early\s+|late\s+|mid-?\s*)?{_MONTH}\s+{_YEAR}\b", re.I),
    ),
    (  # a month named without a year and hedged: "in July", "in mid-October", "late June"
        "month",
        re.compile(
            rf"\b(?:(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?|early\s+|late\s+|mid-?\s*){_MONTH}\b(?!\s*\d)",
            re.I,
        ),
    ),
    (  # "the previous day", "the day before": the day before the statement that tells it
        "day_before",
        re.compile(
            r"\b(?:the previous (?:day|night|evening)|a day earlier|the (?:day|night) before"
            r"(?!\s+(?:the|a|an|his|her|its|their|last|yesterday|election|polls)\b))\b",
            re.I,
        ),
    ),
    (  # a bare "overnight" in a report is last night; "overnight Friday", "overnight 3 to 4 May" are not
        "yesterday",
        re.compile(
            r"\b(?:yesterday|last night(?!,?\s+at\s+"
            + _SMALL_HOURS
            + r")|overnight(?!\s+(?:on\s+|from\s+|into\s+|between\s+|of\s+)?(?:the\s+)?"
            r"(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday)))\b",
            re.I,
        ),
    ),
    (
        "today",
        re.compile(
            r"\b(?:today|this morning|tonight|this afternoon|this evening|earlier today|"
            # "last night, at approximately 01:40": past midnight, the day of the report
            r"last night,?\s+at\s+" + _SMALL_HOURS + r")\b",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:on|last|late|early|since|overnight|from)?\s*(?P<weekday>monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday)\b(?:\s*\((?P<dom>[0-3]?\d)(?:st|nd|rd|th)?\))?",
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
            r"\b(?:last week|earlier this week|this week|past week|(?:over|during|at|on) the weekend|"
            r"(?:last|this) weekend)\b",
            re.I,
        ),
    ),
    (
        "this_month",
        re.compile(r"\b(?:earlier this month|this month|last month|past month|earlier in the month)\b", re.I),
    ),
)
# The month and day of the feasts "holiday" names (apostrophes dropped), fixed wherever they are kept.
_HOLIDAYS = {
    "new years eve": (12, 31),
    "new years day": (1, 1),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "may day": (5, 1),
    "womens day": (3, 8),
    "international womens day": (3, 8),
    "valentines day": (2, 14),
    "halloween": (10, 31),
}
_FEAST_REACH = timedelta(days=45)  # a feast further back than this is another event's
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NOUN_NEXT = re.compile(r"\s+[a-z]")
_REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|stated|added|published|reported|statement)\s+(?:\w+\s+){0,2}$|"
    # "claimed responsibility on Friday for ...", "accused the army on Thursday of ...": the saying's day
    r"\b(?:claimed (?:responsibility|credit)\s+|accused\s+(?:\w+\s+){0,3}?|denied\s+(?:\w+\s+){0,2}?)$|"
    # "the death toll rose to 28 on Friday": the day of the count, not of the event
    r"\b(?:rose|risen|climbed|increased|reached|raised (?:the (?:death )?toll|it)) to (?:at least |more than )?[\w,]+\s+$|"
    # "said in a statement read on state television on Saturday that ..."
    r"\bstatement (?:read|broadcast|aired|posted|issued|released) (?:\w+\s+){0,4}$",
    re.I,
)
_DATELINE = re.compile(  # "KYIV, May 3 (AP) -", "BOGOTÁ, May 20 (Reuters) -"
    rf"^\s*(?:[A-Z][\w .'-]{{1,40}}(?:,\s*[A-Z][\w .'-]{{1,30}})?,?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
    r"\s*(?:\([^)]{1,30}\))?\s*[-–—]",
    re.I,
)
# "RAIPUR, Feb 10 (PTI)", "IMPHAL, Jan 19:": no dash, but a place in capitals (not "On May 3 (Saturday),")
_DATELINE_CAPS = re.compile(
    rf"^\s*(?-i:[A-Z][A-ZÀ-Ý .'-]{{1,40}}),\s+{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\s*(?:\([^)]{{1,30}}\)|:)",
    re.I,
)
# "Imphal, Jan 24:", the Indian press's: a town in title case, then a colon
_DATELINE_TOWN = re.compile(
    rf"^\s*(?!(?i:on|in|by|at|from|since|until|as of)\b)(?-i:[A-Z][a-zà-ÿ'-]+(?: [A-Z][a-zà-ÿ'-]+)?),\s+"
    rf"{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\s*:",
    re.I,
)
# "Maputo, 9 November 2024 –", "Bangui, 22 September (Radio Ndeke Luka) -": day first
_DATELINE_DMY = re.compile(
    rf"^\s*[A-Z][A-Za-z .'-]{{1,40}},\s+{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?\s*(?:\([^)]{{1,30}}\))?\s*[-–—]",
    re.I,
)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_of(value: str) -> int:
    return int(value) if value.isdigit() else _MONTHS[value.lower().rstrip(".")]


_FUTURE_REACH = timedelta(days=60)  # a coming date ("the vote on 23 March") is at most this far ahead


def _nearest_year(month: int, day: int, published: date) -> date | None:
    """The year that puts a day and month nearest the publication date, the past winning a tie.

    "On 30 December" in a January report is last year's; "on 23 March" in a report of 22 March
    is this year's (a date still to come, so skipped), never the year before; a day more than
    two months ahead is last year's.
    """
    options = [_safe_date(published.year + k, month, day) for k in (-1, 0, 1)]
    # news looks back: a day months ahead ("Hamas's October 7 attack" in May) is last year's
    found = [d for d in options if d is not None and d <= published + _FUTURE_REACH]
    return min(found, key=lambda d: (abs((d - published).days), d > published)) if found else None


def _without_year(month: int, day: int, published: date | None) -> date | None:
    """A day and month take the year nearest the publication date; with none, no date."""
    return None if published is None else _nearest_year(month, day, published)


def _month_without_year(month: int, published: date) -> date | None:
    """A month named alone ("in July") is coded on its 15th, never after the publication date.

    A report names the month of a recent event; a bare month further back ("a pact signed in
    March" in a July report) is background, not the event's date.
    """
    found = _nearest_year(month, MONTH_MIDPOINT, published)
    if found is None or found < published - MONTH_REACH:
        return None
    if (found.year, found.month) == (published.year, published.month):
        return min(found, published)
    return found


def _day_of_month(day: int, published: date) -> date | None:
    """A day of the month alone ("on the 26th") is the latest such day not after publication."""
    found = _safe_date(published.year, published.month, day)
    if found is None or found > published:
        last = published.replace(day=1) - timedelta(days=1)
        found = _safe_date(last.year, last.month, day)
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
    if kind == "holiday":
        month, day = _HOLIDAYS[re.sub(r"['’]", "", " ".join(groups["holiday"].lower().split()))]
        found = _without_year(month, day, published)
        if found is None or (published is not None and published - found > _FEAST_REACH):
            return None  # "on Christmas Day" in a July report tells an older event
        return found, TIME_PRECISION_DAY
    if kind == "month_year":
        found = _safe_date(int(groups["year"]), _month_of(groups["month"]), MONTH_MIDPOINT)
        return (found, TIME_PRECISION_MONTH) if found else None
    if published is None:
        return None
    if kind == "month":
        if groups["month"][0].islower():  # "may" the verb, "march" the noun
            return None
        found = _month_without_year(_month_of(groups["month"]), published)
        return (found, TIME_PRECISION_MONTH) if found else None
    if kind == "day_of_month":
        found = _day_of_month(int(groups["day"]), published)
        return (found, TIME_PRECISION_DAY) if found else None
    if kind == "yesterday":
        return published - timedelta(days=1), YESTERDAY_PRECISION
    if kind == "day_before":
        return published - timedelta(days=1), TIME_PRECISION_DAY
    if kind == "today":
        return published, TIME_PRECISION_DAY
    if kind == "weekday":
        if groups.get("dom"):  # "on Wednesday (13)": the day of the month is the firmer reading
            found = _day_of_month(int(groups["dom"]), published + timedelta(days=1))
            return (found, TIME_PRECISION_DAY) if found else None
        if re.search(r"\b(?:next|coming)\s*$", match.string[: match.start("weekday")], re.I):
            return None  # "next Saturday", "this coming Friday": a plan, not the event's day
        if _SCHEDULED.match(match.string, match.end()):
            return None  # "to vote in Sunday's regional elections": a day set for something else
        back = (published.weekday() - _WEEKDAYS[groups["weekday"].lower()]) % 7
        if match.group(0).lower().startswith("last") and back == 0:
            back = 7
        return published - timedelta(days=back), TIME_PRECISION_DAY
    if kind == "days_ago":
        n = groups["n"].lower()
        return published - timedelta(days=_SMALL.get(n) or int(n)), TIME_PRECISION_DAY
    if kind == "last_week":
        text = match.group(0).lower()
        if "weekend" in text:  # before "last week", which "last weekend" contains
            back = (published.weekday() - 5) % 7 or 7 if published.weekday() < 5 else published.weekday() - 5
            return published - timedelta(days=back), TIME_PRECISION_WEEK
        if "last week" in text or "past week" in text:
            return _week_midpoint(published - timedelta(days=7)), TIME_PRECISION_WEEK
        return min(published, _week_midpoint(published)), TIME_PRECISION_WEEK
    if kind == "this_month":
        if "last month" in match.group(0).lower():
            first = published.replace(day=1) - timedelta(days=1)
            return first.replace(day=MONTH_MIDPOINT), TIME_PRECISION_MONTH
        return min(published, published.replace(day=MONTH_MIDPOINT)), TIME_PRECISION_MONTH
    return None


_WEEK_NAMED = re.compile(r"\bweek\s+(?P<how>of|beginning|starting|commencing)\s+(?:the\s+)?$", re.I)


def _hedge(text: str, start: int, end: int, found: date, precision: int) -> tuple[date, int]:
    """ACLED's hedges around a date: "around", "as reported on", "between", "week of", "month of".

    A week named by its first day ("the week beginning 26 November", "the week of Monday 9 July")
    is coded on its midpoint at week precision, as the codebook asks; "between 4 and 5 March"
    keeps the first day, at week precision, as ACLED codes it.
    """
    before = text[max(0, start - 30) : start].lower()
    after = text[end : end + 25].lower()
    week = _WEEK_NAMED.search(before)
    if week is not None:
        starts = week.group("how") != "of" or found.weekday() in (0, 6)
        return (found + timedelta(days=3) if starts else found), max(precision, TIME_PRECISION_WEEK)
    if "month of" in after:
        return found, TIME_PRECISION_MONTH
    if (
        re.search(r"\b(?:around|about|reported on|as of|week of|circa|between)\s*$", before)
        or "week of" in after
    ):
        return found, max(precision, TIME_PRECISION_WEEK)
    if precision > TIME_PRECISION_DAY and re.search(r"\b(?:early|late|mid-?)\s*$", before):
        return found, TIME_PRECISION_MONTH  # "early June"; "early on Saturday" is still that day
    return found, precision


def event_date(text: str, *, published: date | None, doc: Doc | None = None) -> tuple[date | None, int]:
    """The event date and ACLED time_precision (1 day, 2 week, 3 month).

    The first day or week the text gives for the event wins (a month named only when nothing
    firmer is); dates of statements ("said on Monday") rank last, and dates after the
    publication date are skipped. ``doc`` is accepted for pipeline symmetry;
    patterns need only the text.

    >>> event_date("On 5 May 2020, gunmen attacked Kidal.", published=None)
    (datetime.date(2020, 5, 5), 1)
    >>> event_date("Gunmen attacked Kidal on Sunday.", published=date(2024, 6, 18))
    (datetime.date(2024, 6, 16), 1)
    >>> event_date("Gunmen attacked Kidal.", published=None)
    (None, 3)
    """
    dateline = (
        _DATELINE.match(text)
        or _DATELINE_CAPS.match(text)
        or _DATELINE_TOWN.match(text)
        or _DATELINE_DMY.match(text)
    )
    filed: date | None = None  # the dateline's day: the report's own date when the text names none
    if dateline is not None:
        groups = dateline.groupdict()
        if published is None and groups.get("year") and groups.get("month") and groups.get("day"):
            published = _safe_date(int(groups["year"]), _month_of(groups["month"]), int(groups["day"]))
        if groups.get("year") and groups.get("month") and groups.get("day"):
            filed = _safe_date(int(groups["year"]), _month_of(groups["month"]), int(groups["day"]))
        elif published is not None and groups.get("month") and groups.get("day"):
            filed = _without_year(_month_of(groups["month"]), int(groups["day"]), published)
        text = text[dateline.end() :]
    candidates: list[tuple[bool, int, date, int, str, int]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
            if any(s <= start < e or s < match.end() <= e for s, e in taken):
                continue
            resolved = _resolve(kind, match, published)
            if resolved is None:
                continue
            found, precision = resolved
            if published is not None and found > published + timedelta(days=1):
                continue
            taken.append((start, match.end()))
            # (a date naming an event, "the victims of the August 4, 2020 port explosion", ranks as low)
            named = text[max(0, start - 4) : start].lower() == "the " and _NOUN_NEXT.match(text, match.end())
            statement = bool(_REPORTING_BEFORE.search(text[max(0, start - 60) : start]) or named)
            found, precision = _hedge(text, start, match.end(), found, precision)
            candidates.append((statement, start, found, precision, kind, match.end()))
    if (
        published is not None
    ):  # a later sentence's background ("... in November 2022") yields to the lede's day
        lede_end = next(sentence_spans(text), (0, len(text)))[1]
        recent = [c for c in candidates if c[2] >= published - _BACKGROUND_AGE]
        if any(c[1] < lede_end for c in recent):
            candidates = [c for c in candidates if c in recent or c[1] < lede_end]
        if (
            recent
        ):  # "said on Saturday its troops had entered the city, a year after it fell in December 2023"
            candidates = [c for c in candidates if c in recent or c[3] != TIME_PRECISION_MONTH]
    if any(c[3] == TIME_PRECISION_DAY for c in candidates):
        # "said on Friday its troops had taken four villages, after a deal agreed last month": a
        # relative month past the first clause is the setting's where the report names a day
        first_clause = next((m.start() for m in re.finditer(r"[,;.]", text)), len(text))
        candidates = [c for c in candidates if c[4] != "this_month" or c[1] < first_clause]
    if candidates:  # a day or a week named anywhere is firmer than a month
        first = min(candidates, key=lambda c: (c[0], c[3] == TIME_PRECISION_MONTH, c[1]))
        if first[3] == TIME_PRECISION_WEEK and first[4] == "last_week":
            # "fighting at the weekend ... attacked early on Sunday": the day told later is firmer
            first = next(
                (
                    c
                    for c in candidates
                    if not c[0] and c[3] == TIME_PRECISION_DAY and 0 <= (c[2] - first[2]).days <= 6
                ),
                first,
            )
        _, _, found, precision, kind, end = first
        told = [c for c in candidates if c[0] and c[3] == TIME_PRECISION_DAY]
        if kind == "day_before" and told:  # "police said on Thursday ... the previous day"
            return told[0][2] - timedelta(days=1), TIME_PRECISION_DAY
        if kind in _RELATIVE:  # "yesterday (24 July)": the date written out wins
            spelled = [
                c for c in candidates if c[4] not in _RELATIVE and re.fullmatch(r"\s*\(", text[end : c[1]])
            ]
            if spelled:
                _, _, found, precision, _, _ = spelled[0]
        return found, precision
    fallback = _dateparser_fallback(text, published)
    if fallback is not None:
        return fallback
    if filed is not None and published is not None and filed <= published + timedelta(days=1):
        return filed, TIME_PRECISION_MONTH
    if published is not None:
        return published, TIME_PRECISION_MONTH
    return None, TIME_PRECISION_MONTH


# "Sunday's elections", "Friday's summit": a weekday naming a scheduled thing, not the event
_SCHEDULED = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:elections?|vote|polls?|referendum|ballot|run-?off|summit|talks|meeting|"
    r"deadline|match|game|final|inauguration|swearing-in)\b",
    re.I,
)


# A date this long before publication is background when the text also names a recent one
_BACKGROUND_AGE = timedelta(days=60)
_FALLBACK_REACH = timedelta(days=31)  # a relative phrase reaching further back is background
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
        if not _FALLBACK_HINT.search(phrase) or not published - _FALLBACK_REACH <= when.date() <= published:
            continue  # "last year", "two months ago": background, not the event's day
        LOGGER.debug("dateparser read %r as %s", phrase, when.date())
        return when.date(), TIME_PRECISION_WEEK
    return None
