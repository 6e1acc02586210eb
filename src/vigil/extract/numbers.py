"""Reading amounts in text as ACLED counts them: number words, digits, ranges and vague amounts.

"at least 5" -> 5, "between 10 and 15" -> 10 (the lowest credible figure), "twenty-four" -> 24,
"dozens" -> 12; and telling a head count from a date, a year, an age, a time, money or a measure.
Split from :mod:`vigil.extract.figures`, which reads who was killed, injured or taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass


def words(text: str) -> frozenset[str]:
    """A lexicon written as one space-separated string."""
    return frozenset(text.split())


def ordered(text: str) -> tuple[str, ...]:
    """Words in their written order, where the position is the value."""
    return tuple(text.split())


LIMITED_UNNUMBERED = 3  # "civilians were killed": ACLED's figure for a limited, unnumbered loss
LARGE_UNNUMBERED = 10  # "heavy casualties", "an unspecified number killed"

_UNITS = {
    w: i
    for i, w in enumerate(
        ordered(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen nineteen"
        )
    )
}
_TENS = {
    w: 10 * (i + 2) for i, w in enumerate(ordered("twenty thirty forty fifty sixty seventy eighty ninety"))
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_NUMBER_WORDS = {**_UNITS, **_TENS, **_SCALES, "dozen": 12, "score": 20}
# Vague amounts: (lowest credible figure, vague). Multi-word keys are matched first.
_VAGUE: dict[tuple[str, ...], int] = {
    ("tens", "of"): 10,
    ("tens",): 10,
    ("dozens", "of"): 12,
    ("dozens",): 12,
    ("scores", "of"): 20,
    ("scores",): 20,
    ("hundreds", "of"): 100,
    ("hundreds",): 100,
    ("thousands", "of"): 1000,
    ("thousands",): 1000,
    ("several", "dozens", "of"): 12,
    ("several", "dozen"): 12,
    ("a", "few", "dozen"): 12,
    ("several", "hundred"): 100,
    ("a", "few", "hundred"): 100,
    ("several",): 3,
    ("a", "few"): 3,
    ("few",): 3,
    ("a", "handful", "of"): 3,
    ("a", "number", "of"): 3,
    ("some",): 3,
    ("many",): LARGE_UNNUMBERED,
    ("numerous",): LARGE_UNNUMBERED,
    ("an", "unspecified", "number", "of"): LARGE_UNNUMBERED,
    ("an", "unknown", "number", "of"): LARGE_UNNUMBERED,
    ("an", "undisclosed", "number", "of"): LARGE_UNNUMBERED,
    ("a", "large", "number", "of"): LARGE_UNNUMBERED,
    ("a", "significant", "number", "of"): LARGE_UNNUMBERED,
    ("unspecified",): LARGE_UNNUMBERED,
}
_EXACT_PHRASES: dict[tuple[str, ...], int] = {
    ("a", "dozen"): 12,
    ("a", "score", "of"): 20,
    ("a", "couple", "of"): 2,
}
_MODIFIERS: tuple[tuple[str, ...], ...] = tuple(
    tuple(m.split())
    for m in [
        "at least",
        "at most",
        "no fewer than",
        "no less than",
        "not less than",
        "more than",
        "less than",
        "fewer than",
        "as many as",
        "up to",
        "upwards of",
        "in excess of",
        "close to",
        "an estimated",
        "estimated",
        "about",
        "around",
        "approximately",
        "roughly",
        "nearly",
        "almost",
        "over",
        "some",
        "only",
        "another",
        "a further",
        "a total of",
        "all",
    ]
)
_MONTHS = words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
# A number followed by one of these is a measure, a time, money or an age, never a head count.
_HERD = words("cattle cow goat sheep camel livestock")
_NOT_COUNT_AFTER = words(
    "year years yr yrs month months week weeks day days hour hours minute minutes km kms kilometres "
    "kilometers kilometre kilometer miles mile metres meters m mm cm kg tonnes tons percent per % am pm "
    "h hrs o times th st nd rd dollars usd euros euro francs cfa fcfa naira rupees shillings taka "
    "pounds rials dinars billion vehicles vehicle cars houses homes buildings cattle cows goats sheep "
    "camels motorcycles motorbikes trucks tanks rounds shells rockets missiles drones mortars "
    "explosions locations villages districts positions weapons guns rifles acres hectares "
    "location place area time date reason motive direction"
)
_NOT_COUNT_BEFORE = words("no no. number nr route rn road highway $ € £ aged age of-the sector zone")


_TOKEN_RE = re.compile(
    r"\d+[A-Z][A-Za-z\d]*\b|(?:[A-Z]\.){2,}(?:-[A-Za-z]+)?|[A-Za-z]+\d[A-Za-z\d]*|\d[\d,.]*\d|\d|"
    r"[A-Za-z]+(?:['’][a-z]+)?|[^\sA-Za-z\d]"
)


@dataclass(frozen=True, slots=True)
class Num:
    """A number phrase in a token list: tokens [start, end), its lowest credible value."""

    start: int
    end: int
    value: int
    vague: bool


def tokenize(text: str) -> list[str]:
    """Lower-cased word, number and punctuation tokens ("twenty-four" -> twenty, -, four)."""
    return [t.lower().replace("’", "'") for t in _TOKEN_RE.findall(text)]


def digits(token: str) -> int | None:
    cleaned = token.replace(",", "")
    if re.fullmatch(r"\d+", cleaned):
        return int(cleaned)
    if re.fullmatch(r"\d+\.\d+", cleaned):
        return None  # a decimal is a measure, not a head count
    return None


def _words_value(words: Sequence[str]) -> int | None:
    """Value of a run of number words ("one hundred and twenty", "twenty four")."""
    total, current, seen = 0, 0, False
    for word in words:
        if word in ("and", "-"):
            continue
        if word in _UNITS or word in _TENS:
            current += _UNITS.get(word, 0) + _TENS.get(word, 0)
        elif word in ("dozen", "score"):
            current = max(current, 1) * _NUMBER_WORDS[word]
        elif word in _SCALES:
            scale = _SCALES[word]
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
        elif (value := digits(word)) is not None:
            current += value
        else:
            return None
        seen = True
    return total + current if seen else None


def _core_at(tokens: Sequence[str], i: int) -> tuple[int, int, bool] | None:
    """Read one number (no modifier, no range) at i: (end, value, vague)."""
    for table, vague in ((_EXACT_PHRASES, False), (_VAGUE, True)):
        for key in sorted(table, key=len, reverse=True):
            if tuple(tokens[i : i + len(key)]) == key:
                return i + len(key), table[key], vague
    j = i
    if j < len(tokens) and digits(tokens[j]) is not None:
        j += 1
        while j + 1 < len(tokens) and tokens[j] in _SCALES:
            j += 1
    else:
        while j < len(tokens):
            tok = tokens[j]
            if (
                tok in _UNITS
                or tok in _TENS
                or tok in _SCALES
                or tok in ("dozen",)
                or (
                    tok == "-"
                    and j > i
                    and j + 1 < len(tokens)
                    and tokens[j - 1] in _TENS
                    and tokens[j + 1] in _UNITS
                )
            ):
                j += 1
            elif tok == "and" and j > i and tokens[j - 1] in _SCALES and j + 1 < len(tokens):
                if tokens[j + 1] in _UNITS or tokens[j + 1] in _TENS:
                    j += 1
                else:
                    break
            else:
                break
    if j == i:
        return None
    value = _words_value(tokens[i:j])
    if value is None:
        return None
    if j < len(tokens) and tokens[j] in _SCALES and digits(tokens[i]) is not None:
        value *= _SCALES[tokens[j]]
        j += 1
    return j, value, False


def number_at(tokens: Sequence[str], i: int) -> Num | None:
    """A full number phrase at i: optional modifier, then a number or a range (lowest end kept)."""
    start, j = i, i
    for mod in sorted(_MODIFIERS, key=len, reverse=True):
        if tuple(tokens[j : j + len(mod)]) == mod and _core_at(tokens, j + len(mod)) is not None:
            j += len(mod)
            break
    between = j < len(tokens) and tokens[j] == "between"
    if between:
        j += 1
    core = _core_at(tokens, j)
    if core is None:
        return None
    end, value, vague = core
    joiners = ("-", "to", "or", "and") if between else ("-", "to", "or")
    if end + 1 < len(tokens) and tokens[end] in joiners:
        other = _core_at(tokens, end + 1)
        if other is not None and not other[2] and not vague and other[1] > value:
            end = other[0]
    return Num(start, end, value, vague)


def read_number(words: str) -> tuple[int, bool] | None:
    """Read an amount as the lowest credible figure, and whether it was vague.

    >>> read_number("twenty-four")
    (24, False)
    >>> read_number("dozens")
    (12, True)
    >>> read_number("between 10 and 15")
    (10, False)
    """
    tokens = tokenize(words)
    if not tokens:
        return None
    num = number_at(tokens, 0)
    if num is None or num.end != len(tokens):
        return None
    return num.value, num.vague


# Short words a dash may follow in running text, before a count: "... on Monday - 12 were killed"
_NOT_NAME = frozenset(
    {"said", "day", "days", "week", "night", "today", "and", "but", "then", "town", "area", "city", "dead"}
    | {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug"}
)


def is_count(tokens: Sequence[str], num: Num) -> bool:
    """False for dates, years, ages, times, money, measures and ordinals."""
    after = tokens[num.end] if num.end < len(tokens) else ""
    after2 = tokens[num.end + 1] if num.end + 1 < len(tokens) else ""
    before = tokens[num.start - 1] if num.start > 0 else ""
    before2 = tokens[num.start - 2] if num.start > 1 else ""
    head = tokens[num.start]
    if after in _HERD and after2.endswith(("ers", "men")):
        return True  # "five cattle herders", "four cattle rustlers": people, not a herd
    if after in _NOT_COUNT_AFTER or after in _MONTHS or before in _MONTHS:
        return False
    if after == "-" and after2.isalpha() and after2 not in _UNITS:
        return False  # "a 25-year-old", "a 10-day"
    if after in (":", "/", ".") and re.fullmatch(r"\d+", after2):
        return False  # 10:30, 05/04, 1.5
    if (
        before == "-"
        and before2.isalpha()
        and len(before2) <= 5
        and head.isdigit()
        and before2 not in _NOT_NAME | _MONTHS
    ):
        return False  # "MS-13", "Su-25", "Covid-19": a number in a name (not "on Monday - 12 died")
    if before in _NOT_COUNT_BEFORE or (before == "." and before2 == "no"):
        return False
    if before in ("/", ":", ".") and re.fullmatch(r"\d+", before2):
        return False
    if re.fullmatch(r"(1[89]|20)\d\d", head) and num.end - num.start == 1:
        return False  # a year
    if before == "the" and after in ("of", "'s") and head in _UNITS:
        return False
    if num.value == 0:
        return False
    if after == "of" and after2 in ("the", "these", "those", "its", "their"):
        object_ = tokens[num.end + 2] if num.end + 2 < len(tokens) else ""
        if object_ in _NOT_COUNT_AFTER:
            return False  # "one of the shells"
    return not (head in ("one",) and after in ("another", "day", "time", "side", "way"))
