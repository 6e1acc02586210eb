"""The gazetteer's on-disk index: built once, rebuilt when its data changes, shared by processes."""

from __future__ import annotations

import pickle
import shutil
from importlib import resources
from pathlib import Path

import pytest

from vigil.extract.gazetteer import KIND_ADMIN1, Gazetteer, index_path


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the packaged gazetteer files that a test may change."""
    folder = tmp_path / "data"
    with resources.as_file(resources.files("vigil.extract") / "data") as packaged:
        folder.mkdir()
        for name in ("countries.tsv.gz", "places.tsv.gz", "admin.tsv.gz", "places_supplement.tsv"):
            shutil.copy(Path(packaged) / name, folder / name)
    return folder


def test_index_is_built_once_and_rebuilt_when_the_data_changes(data: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = index_path(data, cache)
    stamp = first.stat().st_mtime_ns
    assert index_path(data, cache) == first
    assert first.stat().st_mtime_ns == stamp  # reused, not rebuilt
    assert [p.name for p in cache.iterdir()] == [first.name]  # no temporary file left behind
    assert not Gazetteer.load(data, cache=cache).has("Zzyzxville")

    with (data / "places_supplement.tsv").open("a", encoding="utf-8") as fh:
        fh.write("Zzyzxville\tML\tKidal\t\t19.5\t1.2\t0\tP\t\n")
    after = Gazetteer.load(data, cache=cache)
    assert after.has("zzyzxville")
    assert after.lookup("Zzyzxville", country="Mali")[0].admin1 == "Kidal"
    assert len(list(cache.iterdir())) == 2


def test_a_supplement_row_that_repeats_an_entry_only_adds_its_spellings(data: Path, tmp_path: Path) -> None:
    before = Gazetteer.load(data, cache=tmp_path / "cache").lookup("Kidal", country="Mali")
    with (data / "places_supplement.tsv").open("a", encoding="utf-8") as fh:
        fh.write("Kidal\tML\tKidal\t\t18.44\t1.41\t48110\tA1\tKidhal Region\n")
    gaz = Gazetteer.load(data, cache=tmp_path / "cache")
    assert gaz.lookup("Kidal", country="Mali") == before  # no second Kidal region
    assert [p.kind for p in gaz.lookup("Kidhal Region", country="Mali")] == ["admin1"]


def test_gazetteer_survives_pickling() -> None:
    gaz = Gazetteer.load()
    copy = pickle.loads(pickle.dumps(gaz))
    assert copy.lookup("Kidal", country="Mali") == gaz.lookup("Kidal", country="Mali")
    assert copy.country("Malian") == "Mali"


def test_missing_files_are_a_clear_error(tmp_path: Path) -> None:
    from vigil.errors import ModelMissing

    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelMissing, match="gazetteer files missing"):
        Gazetteer.load(tmp_path / "empty", cache=tmp_path / "cache")


def test_countries_are_read_from_the_index() -> None:
    gaz = Gazetteer.load()
    assert gaz.country_code("Mali") == "ML"
    assert gaz.country_code("Burkinabe") == "BF"
    assert gaz.country_place("NE").country == "Niger"


def test_a_name_of_two_short_words_is_found_written_as_one() -> None:
    gaz = Gazetteer.load()
    assert [p.name for p in gaz.lookup("Petion-Ville", country="Haiti")][:1] == ["Pétionville"]
    assert gaz.has("N'Dele") and gaz.lookup("N'Dele")[0].country == "Central African Republic"


def test_a_region_over_several_areas_lists_them_as_members(data: Path, tmp_path: Path) -> None:
    gaz = Gazetteer.load()
    puntland = [p for p in gaz.lookup("Puntland", country="Somalia") if p.kind == KIND_ADMIN1]
    assert [(p.admin1, p.members) for p in puntland] == [
        ("Nugaal", ("Nugaal", "Bari", "Mudug", "Sool", "Sanaag"))
    ]
    darfur = next(p for p in gaz.lookup("Darfur", country="Sudan") if p.kind == KIND_ADMIN1)
    assert darfur.admin1 == "North Darfur" and "East Darfur" in darfur.members
    assert gaz.lookup("Kidal", country="Mali")[0].members == ()  # one area: no members
    # a hand-written region is split once, at the gazetteer: no caller sees the separator
    with (data / "places_supplement.tsv").open("a", encoding="utf-8") as fh:
        fh.write("Zzyzxland\tML\tKidal|Gao\t\t18.0\t1.0\t0\tA1\t\n")
    (zone,) = Gazetteer.load(data, cache=tmp_path / "cache").lookup("Zzyzxland", country="Mali")
    assert (zone.admin1, zone.members) == ("Kidal", ("Kidal", "Gao"))
