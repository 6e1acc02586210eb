"""Wire copy, round two: organisation names that spell places abroad, admin areas in the English
the press uses ("Middle Shabelle", "North Kivu", "Cameroon's Northwest region"), capitals named
by their title, and background sentences that name another country."""

from __future__ import annotations

import pytest

from vigil.extract.gazetteer import Gazetteer, squeeze
from vigil.extract.geocode import Geocoder
from vigil.extract.georgs import OrganisationNames
from vigil.taxonomy import GEO_PRECISION_NEAR, GEO_PRECISION_REGION, GEO_PRECISION_TOWN


def _locate(geocoder: Geocoder, text: str) -> tuple[str, str, str, int]:
    loc = geocoder.locate(text)
    assert loc is not None
    return loc.name, loc.admin1, loc.country, loc.geo_precision


# -- organisations ---------------------------------------------------------------------------


def test_organisation_names_are_found_with_their_home_countries() -> None:
    names = OrganisationNames.from_records(
        [
            {"name": "Rapid Support Forces", "kind": "group", "country": "Sudan", "aliases": ["RSF"]},
            {"name": "Fulani", "kind": "ethnic", "country": None},
            {"name": "JNIM", "kind": "group", "country": None, "area": ["Mali", "Niger"]},
        ]
    )
    found = names.find("The Rapid Support Forces and JNIM fighters clashed with Fulani herders.")
    assert [(f.countries) for f in found] == [frozenset({"Sudan"}), frozenset({"Mali", "Niger"})]
    assert names.find("rapid support") == []  # only whole names


@pytest.mark.parametrize(
    "text",
    [
        "The Rapid Support Forces said on Monday it had formed a civilian administration.",
        "Hamas said its fighters had repelled an incursion.",
    ],
)
def test_a_group_name_is_no_place_abroad(geocoder: Geocoder, text: str) -> None:
    # "Rapid" is an alternate name of Rapid City (US), "Hamas" a Latin name of Hamm (Germany)
    loc = geocoder.locate(text)
    assert loc is None or loc.country not in ("United States", "Germany")


def test_the_lede_place_beats_a_group_named_like_a_town(geocoder: Geocoder) -> None:
    text = (
        "An Israeli strike on a school in central Gaza killed at least 30 people on Tuesday. "
        "Hamas denied that its fighters were there. The war began after Hamas's attack on "
        "southern Israel."
    )
    loc = geocoder.locate(text, votes={"Palestine": 2.0, "Israel": 0.75})  # Hamas: home, area
    assert loc is not None and (loc.name, loc.country) == ("Gaza", "Palestine")


def test_a_group_name_that_is_a_place_at_home_still_is_one(geocoder: Geocoder) -> None:
    # the Kachin Independence Army is at home in Myanmar, where Kachin is a state
    _, admin1, country, _ = _locate(geocoder, "Kachin Independence Army fighters overran an army post.")
    assert (admin1, country) == ("Kachin", "Myanmar")


def test_a_group_named_after_a_region_abroad_does_not_place_the_event(geocoder: Geocoder) -> None:
    # the PKK fights in Turkey; "Kurdistan" alone would be Iraq's region
    _, _, country, _ = _locate(geocoder, "Kurdistan Workers Party militants attacked a Turkish base.")
    assert country == "Turkey"


def test_a_people_is_not_masked_as_an_organisation(geocoder: Geocoder) -> None:
    _, admin1, country, _ = _locate(
        geocoder, "Government troops fought Fano militiamen in Amhara region on Sunday."
    )
    assert (admin1, country) == ("Amara", "Ethiopia")


# -- English names of admin areas ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "admin1", "country"),
    [
        ("Al Shabaab seized a town in Middle Shabelle region on Monday.", "Shabeele Dhexe", "Somalia"),
        ("Troops clashed with militants in Lower Shabelle on Monday.", "Shabeele Hoose", "Somalia"),
        ("Troops clashed with militants in Hiraan region on Monday.", "Hiiran", "Somalia"),
        ("Separatists killed two soldiers in Cameroon's Northwest region.", "North-West", "Cameroon"),
        ("Gangs attacked a town in Haiti's Northwest department on Monday.", "Nord-Ouest", "Haiti"),
        (
            "Rebels attacked a village in Upper Uele province on Monday.",
            "Haut-Uélé",
            "Democratic Republic of Congo",
        ),
        ("A drone struck a base in Iraq's Kurdistan region on Monday.", "Iqlīm Kūrdistān", "Iraq"),
    ],
)
def test_english_names_of_admin_areas(geocoder: Geocoder, text: str, admin1: str, country: str) -> None:
    _, got_admin1, got_country, precision = _locate(geocoder, text)
    assert (got_admin1, got_country, precision) == (admin1, country, GEO_PRECISION_REGION)


def test_a_compass_word_alone_is_no_area(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Separatists killed two soldiers in Cameroon, moving Northwest after the raid.")
    assert loc is not None and loc.admin1 != "North-West"


def test_squeezed_spellings_match_only_admin_areas(gazetteer: Gazetteer) -> None:
    assert squeeze("hiiraan") == squeeze("hiraan") == "hiran"
    assert squeeze("tinn") == "tinn"  # held consonants are no long vowels
    assert not gazetteer.lookup("Adu")  # too short to squeeze into the Maldives' Addu
    # the press drops long vowels, it does not add them: "Taate" is no Tate County
    assert not any(p.country_code == "US" for p in gazetteer.lookup("Taate"))
    assert all(p.kind != "town" for p in gazetteer.lookup("Middle Shabelle"))


# -- capitals --------------------------------------------------------------------------------


def test_a_direction_from_the_capital_by_its_title_is_near_it(geocoder: Geocoder) -> None:
    name, _, country, precision = _locate(
        geocoder, "A car bomb exploded 30 km north of the Somali capital Mogadishu on Monday."
    )
    assert (name, country, precision) == ("Mogadishu", "Somalia", GEO_PRECISION_NEAR)


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        (
            "A car bomb exploded in the Somali capital on Monday, killing five.",
            "Mogadishu",
            GEO_PRECISION_TOWN,
        ),
        ("Protesters marched in Kenya's capital on Tuesday.", "Nairobi", GEO_PRECISION_TOWN),
        ("Shells landed north of the capital on Monday, the Malian army said.", "Bamako", GEO_PRECISION_NEAR),
    ],
)
def test_a_capital_named_by_its_title(geocoder: Geocoder, text: str, name: str, precision: int) -> None:
    got, _, _, got_precision = _locate(geocoder, text)
    assert (got, got_precision) == (name, precision)


def test_a_state_capital_is_not_the_country_capital(geocoder: Geocoder) -> None:
    name, _, country, _ = _locate(
        geocoder, "Gunmen attacked a bank in the state capital, Nigerian police said."
    )
    assert country == "Nigeria" and name != "Abuja"


def test_a_name_joined_by_and_is_one_area(geocoder: Geocoder) -> None:
    _, admin1, country, precision = _locate(
        geocoder, "Militants attacked a border post in Iran's Sistan and Baluchestan province on Monday."
    )
    assert (admin1, country, precision) == ("Sīstān va Balūchestān", "Iran", GEO_PRECISION_REGION)


def test_two_towns_joined_by_and_stay_two(geocoder: Geocoder) -> None:
    name, _, country, _ = _locate(geocoder, "Jihadists attacked army posts in Gao and Timbuktu on Monday.")
    assert (name, country) == ("Gao", "Mali")


def test_a_town_placed_from_the_capital_is_the_event(geocoder: Geocoder) -> None:
    # the capital only says where the town lies
    name, _, country, precision = _locate(
        geocoder, "Militants stormed a hotel in Afgooye, west of the Somali capital Mogadishu, on Friday."
    )
    assert (name, country, precision) == ("Afgooye", "Somalia", GEO_PRECISION_TOWN)


def test_a_town_spelled_like_a_group_is_a_town_after_a_cue_of_place(geocoder: Geocoder) -> None:
    # "Fano" is also the Fano Militia; "Ana" (Iraq) an alias of an army only in capitals ("ANA")
    assert _locate(geocoder, "Gunmen killed three people in Fano, a town in the Marche region.")[:3] == (
        "Fano",
        "Marche",
        "Italy",
    )
    assert (
        _locate(geocoder, "Militants attacked an army checkpoint in Ana on Sunday, Iraqi officials said.")[2]
        == "Iraq"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed three people in Somalia on Monday; the Somali capital has been calm.",
        "Gunmen killed three traders in Somalia on Monday, a spokesman for Somalia's capital market regulator said.",
    ],
)
def test_a_capital_not_named_as_where_is_no_place(geocoder: Geocoder, text: str) -> None:
    assert _locate(geocoder, text)[3] == GEO_PRECISION_REGION
