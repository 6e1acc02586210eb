"""Which namesake a mention means: qualifiers that restrict it, long names with particles,
landmarks, places named as where something else happened, and spelling variants."""

from __future__ import annotations

import pytest

from vigil.extract.gazetteer import arabic_variants, fold
from vigil.extract.geocode import Geocoder


def _where(geocoder: Geocoder, text: str) -> tuple[str, str]:
    loc = geocoder.locate(text)
    assert loc is not None
    return fold(loc.name), fold(loc.admin1)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # two particles in a row, and five words with them: the whole name, not its head
        ("Police found two bodies in Leon de los Aldama, Guanajuato on Sunday.", "leon de los aldama"),
        (
            "Workers marched through Santa Cruz de la Sierra, Santa Cruz, on Monday.",
            "santa cruz de la sierra",
        ),
    ],
)
def test_a_name_with_particles_is_read_whole(geocoder: Geocoder, text: str, name: str) -> None:
    assert _where(geocoder, text)[0] == name


def test_a_place_outside_the_named_area_loses_to_the_qualified_one(geocoder: Geocoder) -> None:
    text = "In Leon de los Aldama, Guanajuato, police exchanged fire with gunmen between El Palmar and La Marina."
    assert _where(geocoder, text) == ("leon de los aldama", "guanajuato")


def test_colonia_heads_a_neighbourhood_name(geocoder: Geocoder) -> None:
    text = "In Culiacan, Sinaloa, gunmen shot a man dead in Colonia Portales on Friday."
    assert _where(geocoder, text)[1] == "sinaloa"


def test_a_repeated_name_keeps_its_qualifier(geocoder: Geocoder) -> None:
    # Castilla in Piura is missing from the gazetteer: the region stands in, not a namesake elsewhere
    text = "On Monday, in Castilla, Piura, cleaners protested outside the Castilla town hall."
    assert _where(geocoder, text)[1] == "piura"


def test_a_village_near_a_qualified_town_lies_in_its_region(geocoder: Geocoder) -> None:
    text = "Villagers were attacked in Khambhra village near Anjar town (Kachchh, Gujarat) on Friday."
    assert _where(geocoder, text)[1] == "gujarat"


def test_a_neighbourhood_of_a_qualified_town_lies_in_its_region(geocoder: Geocoder) -> None:
    text = "Arsonists set fire to a shop in Baglar neighborhood of Bagcilar, Istanbul overnight."
    assert _where(geocoder, text)[1] == "istanbul"


def test_a_city_in_an_area_is_the_city(geocoder: Geocoder) -> None:
    text = "A car bomb exploded in the main market of Afrin city in Aleppo on Sunday."
    assert _where(geocoder, text)[0] == "afrin"


def test_a_place_named_in_solidarity_is_not_the_event(geocoder: Geocoder) -> None:
    text = "Around 40 people rallied in Vitebsk in solidarity with the protesters in Brest."
    assert _where(geocoder, text)[0] == "vitebsk"


def test_a_city_outweighs_a_qualifier_that_contradicts_it(geocoder: Geocoder) -> None:
    # Nawabshah is in Sindh: the note's region is wrong, the city is not unknown
    text = "Journalists protested outside a press club in Nawabshah city (Nawabshah, Punjab) on Monday."
    assert _where(geocoder, text) == ("nawabshah", "sindh")


def test_the_first_of_the_cities_between_which_it_happened(geocoder: Geocoder) -> None:
    text = "On Friday, gunmen shot at police between the cities of Patos and Pombal, Paraiba."
    assert _where(geocoder, text)[0] == "patos"


def test_a_district_beats_the_city_it_lies_west_of(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Shells fell in Raghwan district north of Marib city (Marib) on Monday.")
    assert loc is not None and loc.mention == "Raghwan"


def test_the_spring_is_spelled_three_ways() -> None:
    assert "ras al ayn" in arabic_variants("ras al ain")
    assert "ras al ain" in arabic_variants("ras al ayn")


def test_ras_al_ain_is_found_by_its_other_spelling(geocoder: Geocoder) -> None:
    text = "A fighter lost a leg to a landmine near the town of Ras Al Ain (Al-Hasakeh)."
    assert _where(geocoder, text)[0] == "ras al ayn"


def test_a_region_qualifier_is_the_region_not_a_hamlet(geocoder: Geocoder) -> None:
    loc = geocoder.locate("In Caltzontzin, Michoacan, police officers shot at a stolen bus on Tuesday.")
    assert loc is not None and fold(loc.admin1).startswith("michoacan")


def test_a_city_qualifier_stays_the_city(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Shells fell on houses in Abu Salim (Tripoli) on Wednesday, killing one civilian.")
    assert loc is not None and loc.name == "Tripoli"


def test_the_cities_troops_came_from_are_not_where(geocoder: Geocoder) -> None:
    text = "Fresh troops arrived in Al Quraishyah district (Al Bayda), coming from the cities of Rada and Al Bayda."
    loc = geocoder.locate(text)
    assert loc is not None and loc.mention == "Al Quraishyah"


def test_part_of_an_unknown_name_is_no_city_against_its_qualifier(geocoder: Geocoder) -> None:
    loc = geocoder.locate(
        "Gendarmes were accused of killing detainees around Ouro Saba (Djibo, Soum) overnight."
    )
    assert loc is not None and loc.mention != "Saba"


@pytest.mark.parametrize(
    "text",
    [
        "Clashes erupted in the Democratic Republic of the Congo's east on Monday.",
        "Rebels attacked a village in eastern Democratic Republic of Congo, killing 12.",
    ],
)
def test_a_country_name_with_of_is_read_whole(geocoder: Geocoder, text: str) -> None:
    # "Republic of Congo" is a different country; "Congo" alone is its name too
    loc = geocoder.locate(text)
    assert loc is not None and loc.country == "Democratic Republic of Congo"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen killed 5 in Beni, Democratic Republic of Congo, on Monday.", "beni"),
        ("Protesters marched in Brazzaville, Republic of Congo.", "brazzaville"),
    ],
)
def test_a_name_head_standing_alone_is_a_town(geocoder: Geocoder, text: str, name: str) -> None:
    # "Beni" heads Arabic names ("Beni Walid") and is a city of its own in Congo
    assert _where(geocoder, text)[0] == name


def test_a_first_place_with_its_country_still_beats_one_named_in_response(geocoder: Geocoder) -> None:
    text = "Residents protested in Gao, Mali, on Monday in response to the killing of two traders in Menaka."
    assert _where(geocoder, text)[0] == "gao"
