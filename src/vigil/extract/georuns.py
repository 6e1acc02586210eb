"""Runs of capitalised words, the candidates for place and country names ("Bobo-Dioulasso",
"Leon de los Aldama", "Democratic Republic of the Congo").

Split from :mod:`vigil.extract.geomentions`: the country vote (:mod:`vigil.extract.geocountry`)
reads the same runs, joined over "of the", without the gazetteer's place matching.
"""

from __future__ import annotations

import re

from vigil.extract.gazetteer import ARTICLE_HEAD
from vigil.extract.geowords import ALONE_AFTER, PARTICLES

# A word, allowing inner hyphens/apostrophes ("Bobo-Dioulasso", "N'Djamena") and an ampersand
# between capitals ("J&K", an abbreviation of an admin area).
_WORD = re.compile(r"[^\W\d_](?:[\w'’\-]|&(?=[A-Z]))*")
POSSESSIVE = re.compile(r"['’]s$")

COUNTRY_JOINERS = PARTICLES | {"of", "the"}
# "Port of Spain", "Isle of Man": heads that make one place name over "of", whatever it joins
_OF_HEADS = frozenset({"port", "isle", "bay", "cape"})


def capitalised_runs(text: str, joiners: frozenset[str] = PARTICLES) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words (with name particles between them) as (start, end, lowercased).

    Country names join over "of (the)" too ("Democratic Republic of the Congo"): pass
    ``COUNTRY_JOINERS``. Place names do not, or "University of Maiduguri" would hide the town.
    """
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for match in _WORD.finditer(text):
        word = match.group()
        lower = word.lower()
        gap = text[current[-1][1] : match.start()] if current else "-"  # "Gustavo A. Madero": an initial
        initial = gap == ". " and len(current) > 1 and current[-1][1] - current[-1][0] == 1
        joined = not gap.strip() or initial
        if word[0].isupper() or ARTICLE_HEAD.match(word):
            if not joined:
                _close(text, runs, current, joiners)
                current = []
            current.append((match.start(), match.end(), lower))
        elif (lower in joiners and joined and _particle_fits(current, joiners)) or (
            lower == "of" and joined and len(current) == 1 and current[0][2] in _OF_HEADS
        ):
            current.append((match.start(), match.end(), lower))
        else:
            _close(text, runs, current, joiners)
            current = []
    _close(text, runs, current, joiners)
    return runs


def article_heads(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the lowercase word ``words[i]`` is an article that heads a name: "al-Bab" and
    "Syria's al-Bab", but not "al-Sham" in "Ahrar al-Sham", which is part of one name."""
    start, end, _ = words[i]
    if not ARTICLE_HEAD.match(text[start:end]):
        return False
    return i == 0 or bool(POSSESSIVE.search(text[words[i - 1][0] : words[i - 1][1]]))


def name_words(text: str, words: list[tuple[int, int, str]]) -> int:
    return sum(w[2] not in PARTICLES or not text[w[0]].islower() for w in words)


def _particle_fits(run: list[tuple[int, int, str]], joiners: frozenset[str] = PARTICLES) -> bool:
    """Whether a particle may extend ``run``: after a word, or after one particle that follows a
    word ("Leon de los Aldama", "Buena Vista de la Salud"), never a third in a row."""
    if run[-1][2] not in joiners:
        return True
    return len(run) > 1 and run[-2][2] not in joiners


def _close(
    text: str,
    runs: list[list[tuple[int, int, str]]],
    run: list[tuple[int, int, str]],
    joiners: frozenset[str] = PARTICLES,
) -> None:
    """Adds ``run`` to ``runs`` without its trailing lowercase particles ("Ras Al Ain" keeps "Ain",
    and a capitalised head standing alone may be a town: "in Beni", "in Sur")."""
    while run and run[-1][2] in joiners and text[run[-1][0]].islower():
        run = run[:-1]
    if len(run) == 1 and run[0][2] in joiners and not ALONE_AFTER.match(text, run[0][1]):
        run = []  # "Bir at Tutah": a head before a transliterated article is no name alone
    if run:
        runs.append(run)
