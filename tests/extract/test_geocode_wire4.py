"""Wire copy, round four: namesakes read past their qualifiers. A qualifier in any form ("X sector
area (Y district, Z)", "X in Y district of Z", "X fort (Y, Z)") holds a name to its area; a word
of a longer name the gazetteer lacks ("San Andres de ...", "Ceel ... village") does not fall back to
a shorter namesake elsewhere, unless it is a city or a seat the rest is a landmark or a quarter of
("Multan Cricket Stadium", "Jos Angwan Rukuba ward"); of two namesakes in the area named, the one
its district is named after or that sits in the district named is meant. All sentences here are
made up for the tests."""

from __future__ import annotations

import pytest

from vigil.domain import haversine_km
from vigil.extract.gazetteer import KIND_ADMIN2, KIND_TOWN, Place
from vigil.extract.geocode import Geocoder
from vigil.extract.geoscore import admin_fit, fits_qualifiers
from vigil.extract.geowords import IN_GAP, QUALIFIER_GAP
from vigil.taxonomy import GEO_PRECISION_NEAR, GEO_PRECISION_REGION, GEO_PRECISION_TOWN


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # qualifiers after two words of a place's kind, or after "district of"
        # (Keran has a namesake across the Line of Control, and one in France)
        (
            "Soldiers swapped fire across the Line of Control at Keran sector area (Kupwara district, Jammu).",
            34.65,
            73.95,
        ),
        ("Indian and Pakistani soldiers swapped fire near Keran in Kupwara district of Jammu.", 34.65, 73.95),
        # a landmark's qualifiers are its place's
        ("Gunmen fired mortars at Nisab fort (Nisab, Shabwah) overnight.", 14.51, 46.49),
        # of namesakes, the one Shikarpur district is named after
        ("Shopkeepers rallied in Shikarpur town (Shikarpur district, Sindh) on Friday.", 27.96, 68.64),
        # the seat of El Arenal municipality
        ("Unknown attackers shot two men in El Arenal, Jalisco, late on Friday.", 20.78, -103.69),
    ],
)
def test_a_qualified_namesake_is_the_one_in_the_area_named(
    geocoder: Geocoder, text: str, lat: float, lon: float
) -> None:
    loc = geocoder.locate(text)
    assert loc is not None and loc.latitude is not None and loc.longitude is not None
    assert haversine_km(loc.latitude, loc.longitude, lat, lon) < 25, loc


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # "Ceel" alone is an alias of Eyl, 600 km away; the unknown village is near Wanlaweyn
        ("Fighters overran Ceel Bardaale village (Wanlaweyn, Lower Shabelle) before dawn.", 2.62, 44.89),
        # "San Andres" is a town in Ica; "San Andres de Tupicocha" is not it
        (
            "Armed men murdered a herder around San Andres de Tupicocha, Lima region, on Monday.",
            -12.04,
            -77.03,
        ),
        # an unknown hyphenated village whose head is a town in another state
        ("A constable shot at villagers in Bundu-Tola village in Gaya district (Bihar).", 24.8, 85.0),
    ],
)
def test_a_word_of_an_unknown_name_is_not_its_namesake(
    geocoder: Geocoder, text: str, lat: float, lon: float
) -> None:
    loc = geocoder.locate(text)
    assert loc is not None and loc.latitude is not None and loc.longitude is not None
    assert haversine_km(loc.latitude, loc.longitude, lat, lon) < 25, loc
    assert loc.geo_precision > GEO_PRECISION_TOWN


def test_an_unknown_rest_before_an_area_leaves_the_area(geocoder: Geocoder) -> None:
    # "San Pedro" is a city elsewhere (not in Puebla); the unknown village's area is Puebla
    loc = geocoder.locate("A crowd beat two alleged robbers in San Pedro Tlaltenango, Puebla, on Sunday.")
    assert loc is not None and loc.admin1 == "Puebla" and loc.geo_precision > GEO_PRECISION_TOWN


def test_a_name_after_an_unknown_one_is_its_area(geocoder: Geocoder) -> None:
    # after an unknown town, Sakarya is the province, not a namesake hamlet
    loc = geocoder.locate("Arsonists torched a depot in Tepeoren, Sakarya, on Monday.")
    assert loc is not None and loc.admin1 == "Sakarya"


def test_a_village_outside_the_district_named_is_not_taken(geocoder: Geocoder) -> None:
    # the gazetteer's Tudun Wada lies in Kano; the text says Jos South LGA
    loc = geocoder.locate(
        "Gunmen kidnapped four herders in Tudun Wada district (Jos South LGA, Plateau) on Tuesday."
    )
    assert loc is not None and loc.name == "Jos South" and loc.geo_precision == GEO_PRECISION_NEAR


def test_a_known_multiword_name_still_resolves(geocoder: Geocoder) -> None:
    # the whole name is known: no fragment, the town itself at precision 1
    loc = geocoder.locate("Youths fought police at San Juan de Arama, Meta, on Thursday.")
    assert loc is not None and loc.latitude is not None and loc.longitude is not None
    assert loc.geo_precision == GEO_PRECISION_TOWN
    assert haversine_km(loc.latitude, loc.longitude, 3.37, -73.87) < 25


def test_a_landmark_in_a_town_keeps_the_town(geocoder: Geocoder) -> None:
    # "Central Mosque" is no part of a village's name: the town is where
    loc = geocoder.locate("A blast went off near the Zaria Central Market area on Friday, police said.")
    assert loc is not None and loc.name == "Zaria"


def test_qualifier_gaps() -> None:
    assert QUALIFIER_GAP.match(" sector area (")
    assert QUALIFIER_GAP.match(" local government area, ")
    assert QUALIFIER_GAP.match(" fort (")
    assert not QUALIFIER_GAP.match(" said on Monday (")
    assert IN_GAP.match(" district of ")
    assert IN_GAP.match(" local government area of the ")
    assert not IN_GAP.match(" area of ")  # "the Y area of X city" names a part of a town


def _place(name: str, admin1: str, admin2: str, kind: str = KIND_TOWN) -> Place:
    return Place(name=name, country="Nowhere", country_code="XX", kind=kind, admin1=admin1, admin2=admin2)


def test_fits_qualifiers_holds_a_town_to_the_district_named() -> None:
    district = (frozenset({"east"}), frozenset({KIND_ADMIN2}))
    region = (frozenset({"hill"}), frozenset({"admin1"}))
    assert fits_qualifiers([district, region], _place("Ford", "Hill", "East"))
    assert not fits_qualifiers([district, region], _place("Ford", "Hill", "West"))
    assert fits_qualifiers([district, region], _place("Ford", "Hill", ""))  # district unknown
    assert not fits_qualifiers([district, region], _place("Ford", "Lake", ""))
    # a town heading an area of its own name may be recorded a level below the district named
    assert fits_qualifiers([district, region], _place("West", "Hill", "West"))


def test_admin_fit_counts_areas_recorded_not_the_own_name() -> None:
    areas = [frozenset({"ford"}), frozenset({"hill"})]
    assert admin_fit(areas, _place("Ford Town", "Hill", "Ford")) == 2
    assert admin_fit(areas, _place("Ford", "Hill", "West")) == 1
    assert admin_fit(areas, _place("Ford", "Hill", "Ford", KIND_ADMIN2)) == 1


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # the rest is ordinary English words: a landmark in Multan, not a village's name
        ("Police baton-charged lawyers outside the Multan Cricket Stadium, Punjab, on Tuesday.", 30.2, 71.48),
        # a city of the area named heads an unknown rest: a landmark in the city
        ("Doctors marched at the Karachi Expo Centre, Sindh, on Tuesday.", 24.86, 67.01),
        ("Students rallied at Ibadan Polytechnic, Oyo, on Tuesday.", 7.38, 3.91),
        ("A grenade exploded at the Mogadishu Jazeera Hotel, Banaadir, on Tuesday.", 2.04, 45.34),
    ],
)
def test_a_city_before_a_landmark_is_the_place(geocoder: Geocoder, text: str, lat: float, lon: float) -> None:
    loc = geocoder.locate(text)
    assert loc is not None and loc.latitude is not None and loc.longitude is not None
    assert haversine_km(loc.latitude, loc.longitude, lat, lon) < 25, loc
    assert loc.geo_precision < GEO_PRECISION_REGION


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a known quarter's name after a city's: the quarter of the city, coded to the city
        ("Gunmen murdered a trader in Zaria Tudun Wada quarter on Tuesday.", "Zaria"),
        ("Gunmen murdered a trader in Jos Angwan Rukuba ward on Tuesday.", "Jos"),
        ("Armed men stabbed two youths in Kaduna Kawo ward on Tuesday.", "Kaduna"),
        ("Rebels hacked four farmers to death in Goma Mugunga village, North Kivu, on Tuesday.", "Goma"),
    ],
)
def test_a_city_before_a_known_quarter_is_the_place(geocoder: Geocoder, text: str, name: str) -> None:
    loc = geocoder.locate(text)
    assert loc is not None and loc.name == name, loc
    assert loc.geo_precision < GEO_PRECISION_REGION


def test_a_saints_name_city_elsewhere_still_heads_a_fragment(geocoder: Geocoder) -> None:
    # San Pedro is a city, but none lies in Puebla: the unknown village is Puebla's, not a San Pedro
    loc = geocoder.locate("A crowd beat two alleged robbers in San Pedro Tlaltenango, Puebla, on Sunday.")
    assert loc is not None and loc.admin1 == "Puebla"


def test_a_district_seat_named_with_its_district_is_the_seat(geocoder: Geocoder) -> None:
    # the gazetteer spells the seat of Kupwara district "Kopawor"; its "Kupwara" lies 55 km south, in
    # Baramulla district: the district named holds the town to the seat
    loc = geocoder.locate("Militants shot at soldiers guarding Kupwara town, Kupwara district, on Tuesday.")
    assert loc is not None and loc.latitude is not None and loc.longitude is not None
    assert haversine_km(loc.latitude, loc.longitude, 34.53, 74.25) < 10, loc
