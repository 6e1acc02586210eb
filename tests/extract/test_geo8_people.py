"""Place names, round eight: people's names that hold a town's name, a run split by a word known
only one letter off a name, a possessive on an area's kind ("X state's Y district"), and a
province the gazetteer lacked. All sentences are made up for the tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from vigil.extract.geocode import Geocoder
from vigil.extract.geomentions import qualifiers_of
from vigil.extract.geopeople import inside_person

if TYPE_CHECKING:
    from spacy.language import Language


def test_inside_person_needs_a_longer_name_and_no_bracket() -> None:
    text = "rallied for Marcel Zongo and for Ouro Saba (Djibo, Soum)"
    zongo = text.index("Zongo")
    saba = text.index("Saba")
    persons = [(text.index("Marcel"), zongo + 5), (text.index("Ouro"), saba + 4)]
    assert inside_person(text, zongo, zongo + 5, persons)
    assert not inside_person(text, text.index("Marcel"), zongo + 5, persons)  # the whole name
    assert not inside_person(text, saba, saba + 4, persons)  # a village named by its areas
    assert not inside_person(text, zongo, zongo + 5, [])


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds rallied in memory of the late editor Marcel Zongo on Sunday.",  # Zongo: a Congolese town
        "Supporters cheered Mayor Dominique Kabore at a rally on Sunday.",  # Dominique: Dominica in French
    ],
)
def test_a_persons_name_names_no_place(geocoder: Geocoder, nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert geocoder.country_of(text, doc=doc) is None
    assert geocoder.locate(text, doc=doc) is None


def test_a_persons_name_leaves_the_place_named(geocoder: Geocoder, nlp: Language) -> None:
    text = "Villagers in Koupela demanded the release of trader Adam Zongo on Friday."
    loc = geocoder.locate(text, doc=nlp(text))
    assert loc is not None
    assert (loc.country, loc.mention) == ("Burkina Faso", "Koupela")


def test_a_cued_village_inside_a_persons_name_stays(geocoder: Geocoder, nlp: Language) -> None:
    text = "Gunmen attacked Ouro Saba (Djibo, Soum) at dawn, killing three."
    loc = geocoder.locate(text, doc=nlp(text))
    assert loc is not None
    assert loc.country == "Burkina Faso"


def test_a_word_known_one_letter_off_leaves_its_neighbour_a_part_of_a_name(
    geocoder: Geocoder, nlp: Language
) -> None:
    # "Kiri" is an alternate name of a Japanese city; "Gountoure" is known to no gazetteer row
    text = "Armed men torched a school in Gountoure Kiri, in the department of Deou, on Tuesday."
    mentions = geocoder._mentions(text, nlp(text))
    assert all(m.partial for m in mentions if m.text in ("Gountoure", "Kiri"))
    loc = geocoder.locate(text, doc=nlp(text))
    assert loc is not None
    assert (loc.country, loc.name) == ("Burkina Faso", "Déou")


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        ("Bandits killed five farmers in Zamfara state's Maru district on Sunday.", "Maru", "Zamfara"),
        ("Gunmen shot two worshippers in Kaduna state's Kajuru area late on Friday.", "Kajuru", "Kaduna"),
    ],
)
def test_an_area_owned_by_a_state_is_where(geocoder: Geocoder, text: str, town: str, state: str) -> None:
    mentions = geocoder._mentions(text, None)
    ranks = {m.text: i for i, m in enumerate(mentions)}
    assert qualifiers_of(text, mentions, geocoder._may_lie_in)[ranks[town]] == [ranks[state]]
    loc = geocoder.locate(text)
    assert loc is not None
    assert (loc.country, loc.admin1, loc.mention) == ("Nigeria", state, town)


def test_a_province_the_cities_list_lacked(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Pupils in Poni province marched to the prefecture on Monday.")
    assert loc is not None
    assert (loc.country, loc.admin2) == ("Burkina Faso", "Poni")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels killed seven farmers in Beni overnight, a local official said.",  # a lone head word
        "Traders shut their shops in Beni on Tuesday after a string of killings.",
        "Militiamen killed seven civilians near Beni in eastern DRC on Friday.",  # an acronym of a country
    ],
)
def test_a_bare_name_is_the_town_not_a_namesake_region(geocoder: Geocoder, text: str) -> None:
    # Bolivia's Beni department outnumbers the Congolese town, but a bare name means a town
    loc = geocoder.locate(text)
    assert loc is not None
    assert (loc.country, loc.name) == ("Democratic Republic of Congo", "Beni")


def test_a_country_acronym_is_a_country_but_an_iso_code_is_not(geocoder: Geocoder) -> None:
    assert geocoder.gazetteer.is_acronym("DRC")
    assert not geocoder.gazetteer.is_acronym("IS")
    assert geocoder.country_of("Fighting resumed in the east of the DRC on Sunday.") == (
        "Democratic Republic of Congo"
    )
    assert geocoder.country_of("IS fighters attacked a convoy on Sunday.") is None


def test_a_place_that_opens_an_office_is_no_word_of_the_name() -> None:
    text = "Maradi Governor Issa Moussa said"
    persons = [(0, text.index(" said"))]
    assert not inside_person(text, 0, len("Maradi"), persons)
    assert inside_person("Maradi Issa Moussa said", 0, len("Maradi"), [(0, len("Maradi Issa Moussa"))])


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Tillaberi Governor Colonel Maina Boukar said bandits killed nine herders on Monday.", "Niger"),
        ("Clashes broke out in General Santos on Monday.", "Philippines"),
    ],
)
def test_an_office_after_a_place_starts_a_title(geocoder: Geocoder, text: str, country: str) -> None:
    found = geocoder.locate(text)
    assert found is not None and found.country == country
