"""Wire copy, round three: conflict places cities500 lacks, regions over several admin areas,
a country's name read as its namesake admin area, clause-ending cues, sources and armed bodies
named by a place, and names that are no evidence of a country (ethnonyms, alias-only words of a
person's name, structures named after places abroad)."""

from __future__ import annotations

import pytest

from vigil.domain import haversine_km
from vigil.extract.gazetteer import Gazetteer, arabic_variants
from vigil.extract.geocode import Geocoder
from vigil.taxonomy import GEO_PRECISION_TOWN

# -- the supplement --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "lat", "lon"),
    [
        (
            "Rebels took the frontier town of Bunagana after a night of fighting.",
            "Democratic Republic of Congo",
            -1.28,
            29.60,
        ),
        ("Shells fell on shelters in the Zamzam camp on Tuesday.", "Sudan", 13.50, 25.30),
        ("A fire swept through shelters in the Kutupalong camp overnight.", "Bangladesh", 21.21, 92.16),
        ("Insurgents said they had captured Paletwa after weeks of fighting.", "Myanmar", 21.30, 92.85),
        ("A drone strike hit a house in Aitaroun, south Lebanon, on Monday.", "Lebanon", 33.12, 35.47),
        ("Militants attacked an army base in Bulo Burde on Sunday.", "Somalia", 3.85, 45.57),
        ("Police dispersed a march in El Alto, La Paz, on Friday.", "Bolivia", -16.50, -68.16),
    ],
)
def test_supplement_places_are_found(
    geocoder: Geocoder, text: str, country: str, lat: float, lon: float
) -> None:
    loc = geocoder.locate(text)
    assert loc is not None and loc.country == country
    assert haversine_km(lat, lon, loc.latitude, loc.longitude) < 25


def test_a_region_over_several_admin_areas_stands_at_its_seat(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Troops and clan fighters clashed in Galmudug on Wednesday.")
    assert loc is not None and loc.country == "Somalia" and loc.geo_precision > GEO_PRECISION_TOWN
    assert loc.admin1 == "Galgadud"  # the seat's region, not the list of members
    gojjam = geocoder.locate("Militiamen ambushed a convoy in East Gojjam on Sunday.")
    assert gojjam is not None and gojjam.country == "Ethiopia"


def test_a_region_named_by_its_english_exonym_is_the_region(geocoder: Geocoder) -> None:
    # "Timbuktu" alone is the town; "the Timbuktu region" is the admin area GeoNames calls Tombouctou
    region = geocoder.locate("Gunmen killed three herders in the Timbuktu region on Tuesday.")
    assert region is not None and region.admin1 == "Tombouctou" and region.geo_precision > GEO_PRECISION_TOWN
    town = geocoder.locate("Gunmen killed three herders in Timbuktu on Tuesday.")
    assert town is not None and town.name == "Timbuktu" and town.geo_precision == GEO_PRECISION_TOWN
    darfur = geocoder.locate("Militiamen burned a village in Darfur on Tuesday.")
    assert darfur is not None and darfur.country == "Sudan" and darfur.geo_precision > GEO_PRECISION_TOWN


def test_a_town_lies_in_the_region_that_spans_its_admin_area(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Police arrested nine men in Bosaso, in Puntland, on Monday.")
    assert loc is not None and loc.name == "Bosaso" and loc.geo_precision == GEO_PRECISION_TOWN
    # a village, not a city: only the region's members (Bari, North Darfur) say it lies there
    village = geocoder.locate("Gunmen attacked a checkpoint in Iskushuban (Puntland) on Monday.")
    assert village is not None and (village.name, village.admin1) == ("Iskushuban", "Bari")
    kutum = geocoder.locate("Militiamen burned Kutum (Darfur) on Tuesday.")
    assert kutum is not None and (kutum.name, kutum.admin1) == ("Kutum", "North Darfur")


def test_a_place_that_names_an_armed_body_is_not_where(geocoder: Geocoder) -> None:
    loc = geocoder.locate(
        "On 3 June, Puntland Dervish forces raided a militant hideout near Dhalo village (Iskushuban, Bari)."
    )
    assert loc is not None and loc.name == "Iskushuban"


# -- a country's name is the country ---------------------------------------------------------


def test_the_country_named_in_prose_is_no_admin_qualifier(geocoder: Geocoder) -> None:
    # Guatemala and Colombia are also the names of a department and of a municipality there
    loc = geocoder.locate("A crowd beat a man accused of theft in the town of Sololá in western Guatemala.")
    assert loc is not None and loc.name == "Sololá" and loc.geo_precision == GEO_PRECISION_TOWN
    tame = geocoder.locate("Rebels fired on a patrol in the town of Tame, in Colombia's Arauca department.")
    assert tame is not None and tame.name == "Tame"


def test_a_common_word_said_to_be_a_town_is_the_town(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Gunmen shot two guards in the town of Tame on Friday.", country_hint="Colombia")
    assert loc is not None and loc.name == "Tame"


# -- cues, sources, landmarks ----------------------------------------------------------------


def test_a_cue_that_ends_its_clause_does_not_locate_the_next_name(geocoder: Geocoder) -> None:
    text = (
        "Tanks moved up to the Rafah crossing with Egypt, and shelling killed four people nearby, "
        "Gaza medics said."
    )
    loc = geocoder.locate(text)
    assert loc is not None and loc.country == "Palestine" and "Rafa" in loc.name


def test_a_camp_near_a_town_is_where_not_the_town(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Refugees rallied in the Kutupalong camp near Cox's Bazar on Monday.")
    assert loc is not None and "Kutupalong" in loc.name


def test_a_kind_noun_before_a_comma_is_no_clause_end(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Herders and farmers fought in Adakplame village, Ketou commune, on Sunday.")
    assert loc is not None and loc.country == "Benin"


# -- names that say no country ---------------------------------------------------------------


def test_an_ethnonym_is_no_place(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Shopkeepers in Arab towns protested against the curfew, in Kafr Qasim.")
    assert loc is not None and loc.country == "Israel"


def test_an_alias_inside_a_persons_name_votes_for_no_country(geocoder: Geocoder) -> None:
    # "Hamid" is an alternate name of a Turkish city; here it is a word of a man's name
    assert geocoder.country_of("Veterans rallied at the Abd el Hamid el Karimi square on Sunday.") is None


def test_a_structure_named_after_a_town_says_little_of_the_country(geocoder: Geocoder) -> None:
    assert geocoder.country_of("Drivers blocked the Palma bridge for two hours on Friday.") is None


def test_an_inner_article_el_is_also_tried_as_al(gazetteer: Gazetteer) -> None:
    assert "deir al zour" in arabic_variants("deir el zour")
    assert any(p.country_code == "SY" for p in gazetteer.lookup("Deir el-Zour"))


def test_an_area_named_like_a_people_is_the_area(geocoder: Geocoder) -> None:
    # Ethiopia's Somali region: "Somali" followed by its kind is a place there, not Somalia
    assert geocoder.country_of("Police shot a trader in Qabridahar (Somali region) on Friday.") == "Ethiopia"
    assert geocoder.country_of("Somali traders protested in the market on Friday.") == "Somalia"


def test_a_peoples_property_says_where_more_than_the_agents_demonym(geocoder: Geocoder) -> None:
    text = "Israeli forces demolished a Palestinian-owned workshop in an unnamed hamlet on Monday."
    assert geocoder.country_of(text) == "Palestine"
