"""Short headlines that name a place in Arabic spellings, "countryside of X", and countries told
apart by who acts where (demonyms of forces, admin abbreviations, buildings that are no places)."""

from __future__ import annotations

import pytest

from vigil.extract.gazetteer import arabic_variants
from vigil.extract.geocode import Geocoder
from vigil.taxonomy import GEO_PRECISION_NEAR, GEO_PRECISION_REGION


def test_arabic_variants_split_fused_articles_and_respell_inner_ones() -> None:
    assert "deir ez zor" in arabic_variants("deir ezzor")
    assert "jisr ash shughur" in arabic_variants("jisr al shughur")
    assert "hajin" in arabic_variants("hajeen")
    assert "ayn isa" in arabic_variants("ain issa", held=True)
    assert "kisi" not in arabic_variants("kissi")
    assert arabic_variants("kaya") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Warplanes struck near al-Bab on Monday", "Al Bāb"),  # a lowercase article heads the name
        ("Two killed by a car bomb in Qamishli", "Al Qāmishlī"),  # GeoNames keeps the article
        ("Shells fell on Hajeen overnight", "Hajīn"),
    ],
)
def test_headline_places_in_arabic_spellings(geocoder: Geocoder, text: str, name: str) -> None:
    loc = geocoder.locate(text, country_hint="Syria")
    assert loc is not None and loc.name == name


def test_the_countryside_of_an_admin_area_is_the_area(geocoder: Geocoder) -> None:
    loc = geocoder.locate(
        "Airstrikes hit villages in the eastern countryside of Deir Ezzor", country_hint="Syria"
    )
    assert loc is not None
    assert (loc.admin1, loc.geo_precision) == ("Deir ez-Zor", GEO_PRECISION_REGION)


def test_rural_parts_of_an_admin_area_are_the_area(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Shepherds came upon a body in rural Deir-ez-Zor on Friday", country_hint="Syria")
    assert loc is not None and loc.geo_precision == GEO_PRECISION_REGION


def test_a_group_named_with_an_article_is_no_place(geocoder: Geocoder) -> None:
    # "al-Sham" ends a group's name; Idlib is where
    loc = geocoder.locate(
        "Clashes between Ahrar al-Sham and another faction in Idlib countryside", country_hint="Syria"
    )
    assert loc is not None and loc.admin1 == "Idlib"


def test_the_countryside_of_a_town_is_near_the_town(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Clashes erupted in al-Bab countryside", country_hint="Syria")
    assert loc is not None and (loc.name, loc.geo_precision) == ("Al Bāb", GEO_PRECISION_NEAR)


def test_a_country_named_for_its_troops_is_who_not_where(geocoder: Geocoder) -> None:
    # "Ethiopia troops" weighs as a demonym; the Somali victims, named first, tip the tie
    text = "Two Somali herders were killed when Ethiopia troops shelled their village."
    assert geocoder.country_of(text) == "Somalia"
    assert geocoder.country_of("Malian troops and their Russian allies came under fire.") == "Mali"


def test_a_demonym_joined_to_a_word_still_names_a_people(geocoder: Geocoder) -> None:
    text = "A Palestinian-owned house was demolished by Israeli forces in the village on Monday."
    assert geocoder.country_of(text) == "Palestine"
    # a state that leads or backs a force abroad is not where
    assert geocoder.country_of("Saudi-led jets struck a market on Friday.") is None


def test_an_admin_abbreviation_holds_a_district_to_its_country(geocoder: Geocoder) -> None:
    # Poonch is a district on both sides of the Line of Control; J&K is the Indian side
    text = "Troops of both countries exchanged fire in Poonch district, J&K, on Friday."
    assert geocoder.country_of(text) == "India"


def test_a_building_in_a_town_is_no_chain_of_places(geocoder: Geocoder) -> None:
    # "the Seray" is a building, not the Iranian village of that name, nor a place that picks
    # among a town's namesakes: Valencia is Venezuelan, Spanish and more, and stays unread
    assert geocoder.country_of("A crowd rallied in front of the Seray in Valencia on Friday.") is None
    assert geocoder.country_of("A crowd rallied in front of the Seray in Tripoli on Friday.") == "Libya"
