"""Helpers that weigh the places a text names: whether one lies in a named admin area, which
namesake a shared name means, and the Location a chosen place makes.

Split from :mod:`vigil.extract.geocode` to keep it to the choice itself.
"""

from __future__ import annotations

from vigil.domain import Location
from vigil.extract.gazetteer import KIND_ADMIN1, KIND_ADMIN2, Place, fold
from vigil.extract.geowords import TOWN_AFTER, TOWNS_OF


def in_areas(areas: list[tuple[frozenset[str], frozenset[str]]], place: Place) -> bool:
    return any(admin_match(spellings, kinds, place) for spellings, kinds in areas)


def place_of(before: tuple[str, ...]) -> bool:
    """ "the village of X", "between the cities of X": X is where; "from the cities of X" is not."""
    return before[-2] in TOWN_AFTER or (before[-2] in TOWNS_OF and "from" not in before)


def admin_match(
    spellings: frozenset[str], kinds: frozenset[str], place: Place, *, strict: bool = False
) -> bool:
    """Whether ``place`` can lie in the admin area (of ``kinds``) that goes by ``spellings``.

    Loose, because admin spellings vary across sources ("Zaporizhzhya", "Zaporizhzhia"),
    and a town whose district is unknown is given the benefit of the doubt (unless ``strict``).
    """
    if fold(place.name) in spellings:  # "Jaffna (Jaffna, Northern)"
        return True
    for admin in (place.admin1, place.admin2):
        key = fold(admin)
        if key and any(key == q or key[:5] == q[:5] for q in spellings):
            return True
    return not strict and kinds == frozenset({KIND_ADMIN2}) and not place.admin2


ADMIN_KINDS = frozenset({KIND_ADMIN1, KIND_ADMIN2})
_DOMINANT_CITY = 500_000


def dominant(places: list[Place]) -> list[Place]:
    """The places of the one country whose biggest namesake dwarfs every other (or none)."""
    top = max(places, key=lambda p: p.population)
    rest = max((p.population for p in places if p.country_code != top.country_code), default=0)
    if top.population < _DOMINANT_CITY or top.population < 10 * rest:
        return []
    return [p for p in places if p.country_code == top.country_code]


def location(place: Place, precision: int, mention: str) -> Location:
    return Location(
        name=place.name,
        country=place.country,
        admin1=place.admin1,
        admin2=place.admin2,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=precision,
        mention=mention,
    )
