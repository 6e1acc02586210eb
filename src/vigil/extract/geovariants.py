"""Spelling variants of a place's name: the last resort when no spelling the gazetteer lists matches.

Why: wire copy transliterates Arabic, Persian, Pashto, Somali and Slavic names its own way
("Joubb Janine", "Qandahar", "Beledweyne"), and the press drops a name's articles, spaces and
doubled letters. :func:`skeleton` maps such spellings of one name to one key; a name that misses
every exact spelling is looked up by its key (or one letter off, for long names) and accepted only
when one place, or one clearly the largest, answers within the country the text is about, or one
large town answers in the whole world.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vigil.extract.gazetteer import Place

# "al-", "el ", "ad-Dali": an article (assimilated or not) before a word of three letters or more
_ARTICLES = re.compile(r"\b(?:al|el|ul|il|a[dnrstz]|e[dnrstz]|ash|esh|adh|ath)\s+(?=\w{3})")
# Transliteration pairs, each written one way: "Qandahar"/"Kandahar", "Muqdisho"/"Mogadishu"'s u,
# "Hodeidah"/"Hudaydah"'s dh, "Djibouti"/"Jibuti", "Beledweyne"/"Beled Weyne" (spaces go below)
_PAIRS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"dj"), "j"),
    (re.compile(r"dh"), "d"),
    (re.compile(r"kh"), "k"),
    (re.compile(r"q"), "k"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"oo"), "u"),
    (re.compile(r"ee"), "i"),
    (re.compile(r"ei|ay|ai"), "ey"),
    (re.compile(r"(?:iy|i)(?:a|ah|eh|e)\b"), "iya"),
    (re.compile(r"(?:ah|eh)\b"), "a"),
    (re.compile(r"y\b"), "i"),
)
_DOUBLE = re.compile(r"(\w)\1+")
VARIANT_MIN = 5  # letters of a folded name; shorter ones meet another name's skeleton too often
MIN_EDIT = 7  # a name this long (as a skeleton) may be one letter off; shorter ones meet others'


def skeleton(key: str) -> str:
    """One key for the spellings of a folded name (:func:`~vigil.extract.gazetteer.fold`): articles
    dropped, transliteration pairs written one way, spaces and doubled letters gone.

    >>> skeleton("joubb janine") == skeleton("joubb jannine")
    True
    >>> skeleton("qandahar") == skeleton("kandahar")
    True
    >>> skeleton("beledweyne") == skeleton("beled weyne")
    True
    >>> skeleton("ra s al ayn") == skeleton("ras al ain")
    True
    """
    key = _ARTICLES.sub("", key)
    for pattern, written in _PAIRS:
        key = pattern.sub(written, key)
    return _DOUBLE.sub(r"\1", key.replace(" ", ""))


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by at most one inserted, deleted or replaced letter."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


DOMINANT = 10  # one place this many times the next one's population is the one a name means
WORLD_FLOOR = 20_000  # a variant named with no country must be a town of this size, the only one
_NEAR = 0.2  # degrees: entries closer than this are one place for where an event is (~20 km)


def pick(places: list[Place], *, in_country: bool) -> list[Place]:
    """The place a variant spelling means: of ``places`` (all answering its key), the only one or
    the clearly largest; with no country to hold to (``in_country`` false), only a town or area of
    :data:`WORLD_FLOOR` people or more. Empty when the spelling is ambiguous.

    Entries a few km apart count as one place ("Kandahar" the province at its seat, and the city).
    """
    if not places:
        return []
    ranked = sorted(places, key=lambda p: -p.population)
    best = ranked[0]
    rivals = [p for p in ranked[1:] if not _same(best, p)]
    if rivals and best.population < DOMINANT * max(rivals[0].population, 1):
        return []
    if not in_country and best.population < WORLD_FLOOR:
        return []
    return [p for p in ranked if _same(best, p)]


def _same(a: Place, b: Place) -> bool:
    """One place under two entries (a town and the area it is the seat of): one country, a few km."""
    near = abs(a.latitude - b.latitude) < _NEAR and abs(a.longitude - b.longitude) < _NEAR
    return a.country_code == b.country_code and near
