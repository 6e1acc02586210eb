"""Scoring a place mention (:func:`vigil.extract.geoscore.mention_score`): where the lede ends."""

from __future__ import annotations

from vigil.extract.gazetteer import KIND_TOWN, Place
from vigil.extract.geomentions import Mention
from vigil.extract.geoscore import mention_score

_TOWN = Place(name="Dori", country="Burkina Faso", country_code="BF", kind=KIND_TOWN, population=40_000)


def _score(text: str) -> float:
    start = text.index("Dori")
    mention = Mention("Dori", start, start + 4, ("attacked", "a", "post", "in"), "on", False, False, False)
    return mention_score(mention, _TOWN, 0, text, None)


def test_a_later_sentence_scores_below_the_lede() -> None:
    assert (
        _score("Police spoke. Gunmen attacked a post in Dori on Monday.")
        == _score("Gunmen attacked a post in Dori on Monday.") - 1.0
    )


def test_an_abbreviation_does_not_end_the_lede() -> None:
    lede = "Gunmen attacked a post in Dori on Monday."
    assert _score("Lt. Col. S. Ba said gunmen attacked a post in Dori on Monday.") == _score(lede)
    assert _score('Police said "3 fled." Gunmen attacked a post in Dori on Monday.') == _score(lede) - 1.0
