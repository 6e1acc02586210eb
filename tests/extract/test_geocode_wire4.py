"""Wire copy, round four: namesakes read past their qualifiers. A qualifier in any form ("X sector
area (Y district, Z)", "X in Y district of Z", "X fort (Y, Z)") holds a name to its area; a word
of a longer name the gazetteer lacks ("San Luis de ...", "Ceel ... village") does not fall back to
a shorter namesake elsewhere; of two namesakes in the area named, the one its district is named
after ("Khairpur city (Khairpur, Sindh)") or that sits in the district named is meant."""

from __future__ import annotations

import pytest

from vigil.domain import haversine_km
from vigil.extract.gazetteer import KIND_ADMIN2, KIND_TOWN, Place
from vigil.extract.geocode import Geocoder
from vigil.extract.geoscore import admin_fit, fits_qualifiers
from vigil.extract.geowords import IN_GAP, QUALIFIER_GAP
from vigil.taxonomy import GEO_PRECISION_NEAR, GEO_PRECISION_TOWN


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # qualifiers after two words of a place's kind, or after "district of"
        (
            "Troops exchanged fire along the Line of Control at Shahpur sector area (Poonch district, J&K).",
            33.77,
            74.09,
        ),
        ("Pakistani and Indian troops traded fire near Shahpur in Poonch district of J&K.", 33.77, 74.09),
        # a landmark's qualifiers are its place's: not Saada, far north
        ("Fighters fired rockets at As Sadah fort (Merkhah As Sufla, Shabwah) overnight.", 14.43, 46.15),
        # of two namesakes in Sindh, the one Khairpur district is named after
        (
            "Traders protested outside the press club in Khairpur city (Khairpur, Sindh) on Friday.",
            27.53,
            68.76,
        ),
        # of two El Saltos in Jalisco, the seat of El Salto municipality
        ("Armed men shot dead two people in El Salto, Jalisco, late on Friday.", 20.52, -103.18),
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
        # "Ceel" alone is an alias of Eyl, 860 km away; the unknown village is near Afgooye
        ("Militants stormed Ceel Qoondhe village (Afgooye, Lower Shabelle) at dawn.", 2.14, 45.12),
        # "San Luis" is a district of Lima city; "San Luis de Pampas" is not it
        ("Gunmen killed a farmer in San Luis de Pampas, Lima region, on Monday.", -12.04, -77.03),
        # the head of an unknown hyphenated village is a town in another state
        (
            "A policeman opened fire at people in Alaudia-Saray village in Nalanda district (Bihar).",
            25.2,
            85.52,
        ),
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
    # "San Lucas" is a town elsewhere in Mexico; the unknown village's area is Puebla
    loc = geocoder.locate("A mob tried to lynch two thieves in San Lucas Tepetlacalco, Puebla, on Sunday.")
    assert loc is not None and loc.admin1 == "Puebla" and loc.geo_precision > GEO_PRECISION_TOWN


def test_a_name_after_an_unknown_one_is_its_area(geocoder: Geocoder) -> None:
    # a hamlet named Kocaeli lies in Balikesir; after an unknown town, Kocaeli is the province
    loc = geocoder.locate("Arsonists set a warehouse ablaze in Gebzekoyu, Kocaeli, on Monday.")
    assert loc is not None and loc.admin1 == "Kocaeli"


def test_a_village_the_district_contradicts_is_not_taken(geocoder: Geocoder) -> None:
    # Kwal of Kanke LGA is in Plateau too, but the text says Bassa LGA
    loc = geocoder.locate("Gunmen abducted three farmers in Kwal district (Bassa LGA, Plateau) on Tuesday.")
    assert loc is not None and loc.name == "Bassa" and loc.geo_precision == GEO_PRECISION_NEAR


def test_a_known_multiword_name_still_resolves(geocoder: Geocoder) -> None:
    # the whole name is known: no fragment, the town itself at precision 1
    loc = geocoder.locate("Students clashed with riot police in San Juan de Pasto, Narino, on Thursday.")
    assert loc is not None and loc.latitude is not None and loc.longitude is not None
    assert loc.geo_precision == GEO_PRECISION_TOWN
    assert haversine_km(loc.latitude, loc.longitude, 1.21, -77.28) < 25


def test_a_landmark_in_a_town_keeps_the_town(geocoder: Geocoder) -> None:
    # "Central Mosque" is no part of a village's name: the town is where
    loc = geocoder.locate(
        "A bomb exploded near the Kano Central Mosque area on Friday, Nigerian police said."
    )
    assert loc is not None and loc.name == "Kano"


def test_qualifier_gaps() -> None:
    assert QUALIFIER_GAP.match(" sector area (")
    assert QUALIFIER_GAP.match(" local government area, ")
    assert QUALIFIER_GAP.match(" fort (")
    assert not QUALIFIER_GAP.match(" said on Monday (")
    assert IN_GAP.match(" district of ")
    assert IN_GAP.match(" local government area of the ")
    assert not IN_GAP.match(" area of ")  # "Palanpur area of Surat city" is a part of a town


def _place(name: str, admin1: str, admin2: str, kind: str = KIND_TOWN) -> Place:
    return Place(name=name, country="Nowhere", country_code="XX", kind=kind, admin1=admin1, admin2=admin2)


def test_fits_qualifiers_holds_a_town_to_the_district_named() -> None:
    district = (frozenset({"bassa"}), frozenset({KIND_ADMIN2}))
    region = (frozenset({"plateau"}), frozenset({"admin1"}))
    assert fits_qualifiers([district, region], _place("Kwal", "Plateau", "Bassa"))
    assert not fits_qualifiers([district, region], _place("Kwal", "Plateau", "Kanke"))
    assert fits_qualifiers([district, region], _place("Kwal", "Plateau", ""))  # district unknown
    assert not fits_qualifiers([district, region], _place("Kwal", "Kaduna", ""))
    # a town heading an area of its own name may be recorded a level below the district named
    assert fits_qualifiers([district, region], _place("Kanke", "Plateau", "Kanke"))


def test_admin_fit_counts_areas_recorded_not_the_own_name() -> None:
    khairpur = [frozenset({"khairpur"}), frozenset({"sindh"})]
    assert admin_fit(khairpur, _place("Khairpur Mir's", "Sindh", "Khairpur")) == 2
    assert admin_fit(khairpur, _place("Khairpur", "Sindh", "Ghotki")) == 1
    assert admin_fit(khairpur, _place("Khairpur", "Sindh", "Khairpur", KIND_ADMIN2)) == 1
