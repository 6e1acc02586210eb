"""Parts of towns, town qualifiers, "X in <admin area>" and Arabic spellings."""

from __future__ import annotations

import pytest

from vigil.extract.gazetteer import arabic_variants
from vigil.extract.geocode import Geocoder


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "On 12 June 2021, in Aracaju, Sergipe, police wounded a suspect during a raid in Bugio neighborhood.",
            "Aracaju",
        ),
        (
            "About 150 street vendors protested in Vatva area of Ahmedabad city on Monday.",
            "Ahmedabad",
        ),
    ],
)
def test_a_neighbourhood_is_coded_to_its_town(geocoder: Geocoder, text: str, city: str) -> None:
    loc = geocoder.locate(text)
    assert loc is not None and loc.name == city


def test_a_far_namesake_qualified_by_a_town_gives_way_to_the_town(geocoder: Geocoder) -> None:
    loc = geocoder.locate(
        "Church members staged a protest at the cathedral in Ermita, Manila after the closure."
    )
    assert loc is not None and (loc.name, loc.country) == ("Manila", "Philippines")


def test_a_list_of_towns_is_not_a_part_and_its_town(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Students marched in Ouahigouya, Kaya and Koudougou on Monday.")
    assert loc is not None and loc.name == "Ouahigouya"


def test_arabic_variants_respell_the_article_and_the_ending() -> None:
    assert "al marj" in arabic_variants("el marj")
    assert {"ar raqqah", "raqqa"} <= set(arabic_variants("ar raqqa"))
    assert "al hasakah" in arabic_variants("al hasakeh")
    assert arabic_variants("kaya") == []  # no article: left alone unless asked
    assert "al mansurah" in arabic_variants("mansura", add_article=True)


def test_arabic_admin_spelling_is_found_and_places_the_town_in_it(geocoder: Geocoder) -> None:
    assert geocoder.gazetteer.has("Ar-Raqqa")
    loc = geocoder.locate("On 29 April 2020, a civilian was shot dead by gunmen in Mansura in Ar-Raqqa.")
    assert loc is not None and loc.country == "Syria" and loc.name != "Ar Raqqah"


def test_x_in_an_admin_area_keeps_x(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Turkish artillery struck farms outside Tell Abiad in Ar-Raqqa.")
    assert loc is not None and loc.admin1 == "Raqqa" and loc.name != "Ar Raqqah"


def test_karimama_commune_seat_is_known(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Armed men were seen in the hamlet of Birni Lafia (Karimama, Alibori) after dark.")
    assert loc is not None and (loc.name, loc.country) == ("Karimama", "Benin")


def test_a_lowercase_article_inside_a_name_starts_no_place(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Rival units exchanged fire in Madinat ash Shaab (Al Buraiqeh, Aden) on Tuesday.")
    assert loc is not None and loc.country == "Yemen"


def test_a_country_named_before_in_is_not_placed_in_the_area(geocoder: Geocoder) -> None:
    # "Radio France in X (X, Y)": the country is no place inside X, so X stays the event's place
    loc = geocoder.locate(
        "Soldiers detained a reporter of Radio France in Materi (Materi, Atacora) on Monday."
    )
    assert loc is not None and (loc.name, loc.country, loc.geo_precision) == ("Matéri", "Benin", 1)


def test_a_district_in_another_district_does_not_qualify_it(geocoder: Geocoder) -> None:
    loc = geocoder.locate(
        "Troops pushed back fighters moving out of Sama in Al Mawasit front in the south of Taizz governorate."
    )
    assert loc is not None and (loc.name, loc.geo_precision) == ("Al Mawasit", 2)


def test_a_road_in_an_area_is_placed_at_its_town(geocoder: Geocoder) -> None:
    loc = geocoder.locate("A fighter was wounded by gunfire on the Mansura - al Tabqa road in Ar-Raqqa.")
    assert loc is not None and loc.name == "Al-Tabqa" and loc.admin1 == "Raqqa"
