"""Wire copy: admin areas named with their kind ("the state of X", "X's Y district"), possessive
countries, bodies of water named like admin areas, datelines and attributions that say who
filed or spoke, not where the event was."""

from __future__ import annotations

from vigil.extract.geocode import Geocoder
from vigil.extract.geomentions import qualifiers_of
from vigil.taxonomy import GEO_PRECISION_NEAR, GEO_PRECISION_REGION


def _locate(geocoder: Geocoder, text: str) -> tuple[str, str, str, int]:
    loc = geocoder.locate(text)
    assert loc is not None
    return loc.name, loc.admin1, loc.country, loc.geo_precision


def test_the_state_of_x_is_the_admin_area_not_a_namesake_town(geocoder: Geocoder) -> None:
    # Guerrero is also a town and a municipality in other Mexican states
    _, admin1, country, precision = _locate(
        geocoder, "Gunmen killed a police commander in the Mexican state of Guerrero late on Friday."
    )
    assert (admin1, country, precision) == ("Guerrero", "Mexico", GEO_PRECISION_REGION)


def test_a_sea_is_not_the_admin_area_named_after_it(geocoder: Geocoder) -> None:
    # Sudan has a "Red Sea" state; a ship in the sea off Yemen is off Yemen
    _, admin1, country, _ = _locate(
        geocoder,
        "Drones struck a tanker in the Red Sea off the Yemeni port of Mokha, a maritime agency said.",
    )
    assert country == "Yemen"
    assert admin1 != "Red Sea"


def test_an_admin_area_named_after_a_sea_is_still_the_area(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Protesters blocked the port road in Sudan's Red Sea state on Monday.")
    assert loc is not None and (loc.admin1, loc.country) == ("Red Sea", "Sudan")


def test_an_unknown_village_in_a_possessive_countrys_state_falls_back_to_the_state(
    geocoder: Geocoder,
) -> None:
    # Mokwa is a town of Niger State: "in Zamfara state" rules it out, so the state stands in
    _, admin1, country, precision = _locate(
        geocoder, "Bandits raided Mokwa village in northwest Nigeria's Zamfara state on Monday, killing nine."
    )
    assert (admin1, country) == ("Zamfara", "Nigeria")
    assert precision in (GEO_PRECISION_NEAR, GEO_PRECISION_REGION)


def test_an_areas_possessive_chooses_its_district_over_a_namesake(geocoder: Geocoder) -> None:
    # Karnataka has a bigger Bijapur; the possessive says which
    _, admin1, country, precision = _locate(
        geocoder, "Security forces killed two rebels in Chhattisgarh's Bijapur district on Saturday."
    )
    assert (admin1, country) == ("Chhattīsgarh", "India")
    assert precision == GEO_PRECISION_NEAR


def test_possessive_qualifier_needs_the_inner_place_to_lie_in_the_area(geocoder: Geocoder) -> None:
    text = "Troops patrolled Chhattisgarh's Bijapur district."
    mentions = geocoder._mentions(text, None)
    quals = qualifiers_of(text, mentions, geocoder._may_lie_in)
    assert [mentions[q].text for q in quals[1]] == ["Chhattisgarh"]
    assert qualifiers_of(text, mentions, lambda inner, area: False) == {}


def test_a_possessive_country_is_not_a_namesake_town(geocoder: Geocoder) -> None:
    # Colombia is also a town in Huila: "Colombia's Cauca province" is the country's province
    _, admin1, country, precision = _locate(
        geocoder, "Rebels bombed a police post in Colombia's Cauca province on Sunday."
    )
    assert (admin1, country, precision) == ("Cauca", "Colombia", GEO_PRECISION_REGION)


def test_the_town_outweighs_the_country_that_speaks_after_it(geocoder: Geocoder) -> None:
    # the vote is what the coder gives the home country of the army the text names
    loc = geocoder.locate(
        "Mozambican troops and Rwandan units retook the town of Macomia from insurgents, "
        "Rwanda's defence ministry said.",
        votes={"Rwanda": 2.0},
    )
    assert loc is not None and (loc.name, loc.country) == ("Macomia", "Mozambique")


def test_a_hyphenated_name_after_a_comma_is_no_dateline(geocoder: Geocoder) -> None:
    # "..., north of the Haitian capital Port-au-Prince": the dash is part of a name
    name, _, country, _ = _locate(
        geocoder, "Gangs burned homes in Cabaret, north of the Haitian capital Port-au-Prince, on Friday."
    )
    assert (name, country) == ("Cabaret", "Haiti")


def test_a_dateline_still_names_where_the_story_was_filed(geocoder: Geocoder) -> None:
    name, _, country, _ = _locate(
        geocoder, "NAIROBI, May 3 (Reuters) - Police clashed with traders in Mombasa on Friday."
    )
    assert (name, country) == ("Mombasa", "Kenya")


def test_near_the_town_of_x_is_near_it(geocoder: Geocoder) -> None:
    assert _locate(geocoder, "Shells fell near the town of Kramatorsk on Tuesday.")[3] == GEO_PRECISION_NEAR
    assert _locate(geocoder, "Shells fell on the town of Kramatorsk on Tuesday.")[3] != GEO_PRECISION_NEAR


def test_a_distance_from_the_capital_is_near_it(geocoder: Geocoder) -> None:
    name, _, country, precision = _locate(
        geocoder, "Jets bombed a camp 30 km south of the capital Mogadishu on Friday."
    )
    assert (name, country, precision) == ("Mogadishu", "Somalia", GEO_PRECISION_NEAR)
    assert _locate(geocoder, "Traders protested in the capital Mogadishu on Friday.")[3] != GEO_PRECISION_NEAR


def test_a_short_name_two_countries_share_is_settled_by_the_places(geocoder: Geocoder) -> None:
    # Congo is also a Brazilian district: a country's name holds no unknown village abroad
    loc = geocoder.locate("Militiamen torched the village of Kitevya-Mbingi near Beni in eastern Congo.")
    assert loc is not None and (loc.name, loc.country) == ("Beni", "Democratic Republic of Congo")
    loc = geocoder.locate("Police fired tear gas at students in Brazzaville, Congo, on Monday.")
    assert loc is not None and loc.country == "Republic of Congo"


def test_countries_sharing_a_short_name(geocoder: Geocoder) -> None:
    assert sorted(geocoder.gazetteer.countries_sharing("Congo")) == ["CD", "CG"]
    assert geocoder.gazetteer.countries_sharing("Guinea") == []
    assert geocoder.gazetteer.countries_sharing("Sudan") == []


def test_a_named_district_of_a_province_is_the_district(geocoder: Geocoder) -> None:
    # "the Baqim district of Saada province": Baqim is the place, Saada the area it lies in
    name, admin1, country, _ = _locate(
        geocoder, "An air strike hit a market in the Baqim district of Saada province."
    )
    assert (name, admin1, country) == ("Baqim", "Saada", "Yemen")


def test_a_rural_area_of_a_town_beats_the_province_named_after_it(geocoder: Geocoder) -> None:
    name, admin1, _, _ = _locate(
        geocoder,
        "Rebels ambushed an army patrol in a rural area of Soacha, in the central province of Cundinamarca.",
    )
    assert (name, admin1) == ("Soacha", "Cundinamarca")
