"""Place names, round seven: spellings the gazetteer does not list (transliterations, dropped
articles and doubled letters, one letter off), looked up as a last resort; and a name with an
initial in it. All sentences are made up for the tests."""

from __future__ import annotations

import pytest

from vigil.extract.gazetteer import Gazetteer, Place
from vigil.extract.geocode import Geocoder
from vigil.extract.geomentions import capitalised_runs
from vigil.extract.geovariants import one_edit, pick, skeleton
from vigil.extract.nlp import split_sentences


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("joubb janine", "joubb jannine"),
        ("qandahar", "kandahar"),
        ("ra s al ayn", "ras al ain"),
        ("beled weine", "beledweyne"),
        ("falloujah", "al fallujah"),
        ("ghazny", "ghazni"),
        ("djibouti", "jibuti"),
    ],
)
def test_spellings_of_one_name_share_a_skeleton(written: str, listed: str) -> None:
    assert skeleton(written) == skeleton(listed)


@pytest.mark.parametrize(("a", "b"), [("kandahar", "kunduz"), ("gaza", "giza"), ("maro", "marwa")])
def test_other_names_keep_their_own_skeletons(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


def test_one_edit() -> None:
    assert one_edit("taltamer", "taltamr")
    assert one_edit("kamishli", "kuamishli")
    assert one_edit("abcdefg", "abcxefg")
    assert not one_edit("taltamer", "tltamr")
    assert not one_edit("abcdefg", "abcdgfe")


def _place(name: str, code: str, lat: float, pop: int) -> Place:
    return Place(
        name=name, country="", country_code=code, kind="town", latitude=lat, longitude=0.0, population=pop
    )


def test_a_variant_means_one_place_or_the_clearly_largest() -> None:
    big, small, far = (
        _place("A", "XX", 10.0, 50_000),
        _place("B", "XX", 12.0, 40_000),
        _place("C", "XX", 14.0, 100),
    )
    assert pick([big, far], in_country=True) == [big]
    assert pick([big, small], in_country=True) == []  # two towns of a size: ambiguous
    # the seat and its area, a few km apart, are one place
    seat = _place("A area", "XX", 10.05, 0)
    assert pick([big, seat], in_country=True) == [big, seat]
    # with no country to hold to, a village's spelling says nothing
    assert pick([far], in_country=False) == []
    assert pick([big], in_country=False) == [big]


def test_the_gazetteer_finds_a_variant_only_when_exact_spellings_fail(gazetteer: Gazetteer) -> None:
    assert [p.name for p in gazetteer.lookup("Qandahar", country="Afghanistan")][:1] == ["Kandahār"]
    assert gazetteer.lookup("Tal Tamer", country="Syria")[0].name == "Tall Tamr"  # one letter off
    # a listed spelling is never second-guessed
    assert gazetteer.lookup("Gao", country="Mali")[0].name == "Gao"
    # a short name one letter from a town is no variant of it
    assert gazetteer.lookup("Gaox", country="Mali") == []
    # with no country, a village's look-alike abroad is not proposed
    assert gazetteer.lookup("Kissiy") == []


def test_a_variant_spelling_locates_the_event(geocoder: Geocoder) -> None:
    text = "Fighter jets bombed a market in Tal Tamer in northeastern Syria on Monday, killing four people."
    loc = geocoder.locate(text)
    assert loc is not None and loc.name == "Tall Tamr"
    text = "Police said a bomb went off outside a school in Quamishli, Syria, on Friday, wounding two."
    loc = geocoder.locate(text)
    assert loc is not None and loc.name == "Al Qāmishlī"


def test_a_person_named_beside_the_place_does_not_move_it(geocoder: Geocoder) -> None:
    text = "Gunmen shot dead a shopkeeper in Baidoa on Sunday, police officer Abdulahi Mohamud said."
    loc = geocoder.locate(text)
    assert loc is not None and loc.name == "Baidoa"


def test_a_name_with_an_initial_is_one_run() -> None:
    text = "Clashes in Gustavo A. Madero spread. Troops of the U.S. Army. The rest left."
    runs = [" ".join(text[a:b] for a, b, _ in run) for run in capitalised_runs(text)]
    assert "Gustavo A Madero" in runs
    assert "Army" in runs and "The" in runs  # a sentence's end after an abbreviation still splits
    assert split_sentences(text)[-1] == "The rest left."
