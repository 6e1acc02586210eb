"""The gazetteer build: admin names and seats repaired where the source data errs."""

from __future__ import annotations

import pytest
from tests.bench_scripts import load_bench_script

from vigil.extract.gazetteer import KIND_ADMIN1, Gazetteer, fold


@pytest.fixture(scope="module")
def build():  # type: ignore[no-untyped-def]
    return load_bench_script("build_gazetteer")


def test_a_nickname_that_names_a_town_elsewhere_is_not_the_area_name(build) -> None:  # type: ignore[no-untyped-def]
    aliases = ("California", "Golden State", "State of California")
    assert build.display_admin("California", aliases, lambda name: fold(name) == "golden") == "California"
    # an English name that is a spelling of the area's own name still wins
    assert build.display_admin("Luhanska", ("Luhansk Oblast",), lambda name: True) == "Luhansk"
    assert build.display_admin("Al Lādhiqīyah", ("Latakia Governorate",), lambda name: False) == "Latakia"


def test_a_town_linked_to_a_far_region_takes_its_neighbours_region(build) -> None:  # type: ignore[no-untyped-def]
    # region 1: a cluster in the north; region 2: a cluster in the south with one town linked to 1
    north = [(10.0 + i * 0.05, 2.0 + i * 0.05, 1000) for i in range(6)]
    south = [(6.0 + i * 0.05, 2.0 + i * 0.05, 1000) for i in range(6)]
    stray = (6.1, 2.02, 40000)
    coords = [*north, *south, stray]
    regions = [1] * 6 + [2] * 6 + [1]
    moved = build._misplaced(coords, regions, ["BJ"] * len(coords))
    assert set(moved) == {12} and regions[moved[12]] == 2
    # a border town, closer to the next region's towns but within reach of its own, stays
    near_south = [(9.0 + i * 0.05, 2.0 + i * 0.05, 1000) for i in range(6)]
    border = [*north, *near_south, (9.4, 2.1, 5000)]
    assert not build._misplaced(border, regions, ["BJ"] * len(border))


def test_packaged_admin_areas_sit_in_their_area() -> None:
    gaz = Gazetteer.load()
    collines = [p for p in gaz.lookup("Collines", country="Benin") if p.kind == KIND_ADMIN1]
    assert collines and collines[0].latitude > 7.3  # its seat, not Comé on the coast (6.4 N)
    california = [p for p in gaz.lookup("California", country="United States") if p.kind == KIND_ADMIN1]
    assert california and california[0].admin1 == "California"
    assert not [p for p in gaz.lookup("Golden", country="United States") if p.kind == KIND_ADMIN1]


def test_the_builder_writes_english_forms_of_admin_names(build) -> None:  # type: ignore[no-untyped-def]
    # "Shabeellaha Dhexe" is Middle Shabelle in the press, "Nord-Ouest" Northwest, "Haut-Uele" Upper Uele
    assert build.english_forms(["shabeellaha dhexe"]) == ["middle shabeellaha"]
    assert build.english_forms(["nord ouest"]) == ["north west", "northwest"]
    assert build.english_forms(["haut uele", "iqlim kurdistan"]) == ["upper uele", "kurdistan"]
    assert build.english_forms(["est", "kidal"]) == []  # a lone direction word stays as it is


def test_packaged_admin_areas_have_their_english_names() -> None:
    gazetteer = Gazetteer.load()
    for name, admin1 in (
        ("Middle Juba", "Jubbada Dhexe"),
        ("Upper Uele", "Haut-Uélé"),
        ("Northwest", "North-West"),
    ):
        assert any(p.kind == KIND_ADMIN1 and p.admin1 == admin1 for p in gazetteer.lookup(name))
