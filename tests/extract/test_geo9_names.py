"""Place names, round nine: a town's other spelling names the area it seats too ("-eh" for "-ah"),
and the head of an unknown compound ("X-Y", where only X is known, and abroad) names its country
less firmly than a batch's desk. All sentences are made up for the tests."""

from __future__ import annotations

from vigil.extract.gazetteer import KIND_ADMIN1, KIND_TOWN, Gazetteer
from vigil.extract.geocode import Geocoder
from vigil.taxonomy import GEO_PRECISION_REGION


def test_a_seats_other_spelling_finds_its_area_too(gazetteer: Gazetteer) -> None:
    for name in ("Hasakeh", "Al-Hasakeh"):
        kinds = {p.kind for p in gazetteer.lookup(name, country="SY")}
        assert {KIND_ADMIN1, KIND_TOWN} <= kinds, name


def test_the_countryside_of_an_eh_spelling_is_the_governorate(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Shelling hit two farms in the Hasakeh countryside on Monday.")
    assert loc is not None
    assert loc.country == "Syria"
    assert loc.geo_precision == GEO_PRECISION_REGION


def test_a_compound_head_abroad_yields_to_the_desk(geocoder: Geocoder) -> None:
    text = "Armed men killed three herders in Pobe-Mengao on Sunday."
    assert geocoder.country_of(text, votes={"Burkina Faso": 0.75}) == "Burkina Faso"
    assert geocoder.country_of(text) == "Benin"  # alone, the head still names a country


def test_a_compound_head_at_home_still_places_the_event(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Armed men killed three herders in Sotik-Borabu on Sunday.")
    assert loc is not None
    assert (loc.country, loc.mention) == ("Kenya", "Sotik")
