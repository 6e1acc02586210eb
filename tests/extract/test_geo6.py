"""Place and country, round six: an area's alias that is a town's name abroad, an area named
with its kind word, and a group's area left unbroken by the name of a village nobody lists.
All sentences are made up for the tests."""

from __future__ import annotations

import pytest
from tests.bench_scripts import load_bench_script

from vigil.extract.gazetteer import KIND_ADMIN1, KIND_TOWN, Gazetteer
from vigil.extract.geocode import Geocoder
from vigil.extract.geocountry import kind_named


@pytest.fixture(scope="module")
def build():  # type: ignore[no-untyped-def]
    return load_bench_script("build_gazetteer")


def test_an_area_alias_naming_a_far_town_abroad_is_found(build) -> None:  # type: ignore[no-untyped-def]
    towns = {"kati": [("ML", 12.74, -8.07, 130_000)], "jerusalem": [("IL", 31.78, 35.22, 900_000)]}
    uganda_central = [(0.32, 32.58), (0.44, 33.18)]
    assert build.town_abroad("kati", "UG", uganda_central, towns) == 130_000
    # a town of that name in the same country, or beside the area, is no town abroad
    assert build.town_abroad("kati", "ML", uganda_central, towns) == 0
    assert build.town_abroad("jerusalem", "PS", [(31.78, 35.23)], towns) == 0
    assert build.town_abroad("nowhere", "UG", uganda_central, towns) == 0


def test_an_area_keeps_its_own_name_spelled_otherwise(build) -> None:  # type: ignore[no-untyped-def]
    # 'dushi' is a spelling of the Afghan district Doshi, whatever towns abroad bear it
    assert build.spelling_of("dushi", "doshi")
    assert not build.spelling_of("kati", "central")
    assert not build.spelling_of("alexandria", "city of alexandria")


def test_the_packaged_gazetteer_keeps_a_districts_other_spelling(gazetteer: Gazetteer) -> None:
    assert any(p.country_code == "AF" and p.kind != KIND_TOWN for p in gazetteer.lookup("Dushi"))


def test_the_packaged_gazetteer_keeps_the_areas_that_share_a_town_name(
    gazetteer: Gazetteer, geocoder: Geocoder
) -> None:
    # Uganda's Central region is no longer called Kati; Quds keeps Jerusalem, Ghana its North East
    assert all(p.country_code != "UG" for p in gazetteer.lookup("Kati"))
    loc = geocoder.locate("Gunmen stormed a checkpoint in Kati on Tuesday.")
    assert loc is None or loc.country != "Uganda"
    assert any(p.country_code == "PS" for p in gazetteer.lookup("Jerusalem"))
    assert any(p.country_code == "GH" and p.kind == KIND_ADMIN1 for p in gazetteer.lookup("North East"))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Mutinous soldiers seized the army camp at Kati, near Bamako, on Wednesday night.", "Mali"),
        ("Police fired tear gas at traders in Kampala, Central region.", "Uganda"),
        ("Settlers and residents scuffled in Silwan, East Jerusalem, on Sunday.", "Palestine"),
    ],
)
def test_town_and_area_namesakes_code_to_the_place_meant(geocoder: Geocoder, text: str, country: str) -> None:
    loc = geocoder.locate(text)
    assert loc is not None and loc.country == country


def test_an_area_named_with_its_kind_word_is_that_area(gazetteer: Gazetteer, geocoder: Geocoder) -> None:
    places = gazetteer.lookup("Bolivar")
    areas = kind_named(gazetteer, "Bolivar", "state", places)
    assert {p.country_code for p in areas} == {"VE"} and all(p.kind != KIND_TOWN for p in areas)
    loc = geocoder.locate("Miners blocked the road at Quebrada Zurima, Bolivar state, on Monday.")
    assert loc is not None and loc.country == "Venezuela"
    # places with no area among them are left as they are
    towns = [p for p in places if p.kind == KIND_TOWN]
    assert kind_named(gazetteer, "Bolivar", "state", towns) == towns


def test_a_group_area_tie_stays_unbroken_by_an_unknown_village(geocoder: Geocoder) -> None:
    # the shape of a village's name is too weak a sign of its country to pick among a group's area
    votes = {"Burkina Faso": 0.75, "Mali": 0.75, "Niger": 0.75}
    assert (
        geocoder.locate("Suspected militants raided the village of Ouedtenga, stealing cattle.", votes=votes)
        is None
    )
