"""The country a text is about when it names no country: admin chains, borders, lists, buildings."""

from __future__ import annotations

import pytest

from vigil.extract.actors import ActorRegistry
from vigil.extract.geocode import Geocoder
from vigil.extract.scene import AREA_VOTE, HOME_VOTES, home_votes
from vigil.taxonomy import ActorType


def test_an_admin_chain_holds_its_names_to_its_country(geocoder: Geocoder) -> None:
    # Botou is a big Chinese city and Pori a Finnish one; Tapoa is a Burkinabe province only
    text = "Gunmen burned a school in the village of Pori (Botou, Tapoa) on Sunday."
    assert geocoder.country_of(text) == "Burkina Faso"
    loc = geocoder.locate(text)
    assert loc is not None and loc.country == "Burkina Faso"


def test_a_bracketed_admin_area_outweighs_a_groups_home(geocoder: Geocoder) -> None:
    text = "Insurgents looted shops in Kourgui village, Mora subdivision (Mayo-Sava, Extreme-Nord) at night."
    assert geocoder.country_of(text, votes={"Nigeria": 2.0}) == "Cameroon"


def test_a_country_before_border_is_beside_the_event(geocoder: Geocoder) -> None:
    text = (
        "Gunmen attacked a checkpoint outside Diapaga, Tapoa Province, a short drive from the Niger border."
    )
    assert geocoder.country_of(text) == "Burkina Faso"


def test_a_list_of_towns_is_not_a_chain_of_qualifiers(geocoder: Geocoder) -> None:
    # Dakar is also a Senegalese region: as the next item of a list it does not place Cotonou there
    assert geocoder.country_of("Traders protested in Cotonou, Dakar and Bamako.") == "Benin"


def test_the_area_of_a_place_names_where(geocoder: Geocoder) -> None:
    assert geocoder.country_of("Soldiers came under fire in the area of Tin-Akoff.") == "Burkina Faso"


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered outside the Seray and the bank on Monday.",
        "Forces deployed in the East, North Central and Centre-Sud on Monday.",
    ],
)
def test_buildings_and_directions_name_no_country(geocoder: Geocoder, text: str) -> None:
    assert geocoder.country_of(text) not in ("Iran", "Sri Lanka", "Canada")


def test_a_name_before_a_noun_is_still_a_place(geocoder: Geocoder) -> None:
    # "the Djibo market" is a place's market; "the Djibo" alone would be a building's name
    assert geocoder.country_of("Gunmen robbed traders at the Djibo market on Monday.") == "Burkina Faso"
    assert geocoder.country_of("Gunmen robbed traders outside the Djibo.") is None


# ------------------------------------------------------------ where armed groups fight


def _group_votes(registry: ActorRegistry, geocoder: Geocoder, text: str) -> dict[str, float]:
    """The votes the coder's ``scene`` stage gives ``text`` from the armed groups it names."""
    return home_votes(registry, geocoder, text)


def test_every_country_of_an_area_is_one_the_geocoder_knows(
    registry: ActorRegistry, geocoder: Geocoder
) -> None:
    areas = [c for e in registry if e.area for c in e.area]
    assert areas, "the registry records no operating area"
    assert [c for c in areas if geocoder.gazetteer.country_code(c) is None] == []


def test_a_groups_area_picks_the_namesake_inside_it(registry: ActorRegistry, geocoder: Geocoder) -> None:
    # Bermo is a town in Niger and one in India: JNIM fights in the Sahel, not in India
    text = "JNIM militants attacked the town of Bermo on Monday."
    assert geocoder.country_of(text) == "India"
    votes = _group_votes(registry, geocoder, text)
    assert votes["Niger"] == AREA_VOTE and "India" not in votes
    assert geocoder.country_of(text, votes=votes) == "Niger"
    loc = geocoder.locate(text, votes=votes)
    assert loc is not None and (loc.country, loc.name) == ("Niger", "Bermo")


def test_a_group_that_fights_in_several_countries_alone_names_none(
    registry: ActorRegistry, geocoder: Geocoder
) -> None:
    text = "JNIM militants attacked the gendarmerie on Monday."
    votes = _group_votes(registry, geocoder, text)
    assert {"Mali", "Burkina Faso", "Niger"} <= set(votes)
    assert geocoder.country_of(text, votes=votes) is None
    assert geocoder.locate(text, votes=votes) is None


def test_a_groups_home_outweighs_the_rest_of_its_area(registry: ActorRegistry, geocoder: Geocoder) -> None:
    text = "Al Shabaab fighters attacked a police post on Monday."
    votes = _group_votes(registry, geocoder, text)
    assert votes["Kenya"] < votes["Somalia"]
    assert geocoder.country_of(text, votes=votes) == "Somalia"


def test_a_named_place_outside_the_area_still_decides(registry: ActorRegistry, geocoder: Geocoder) -> None:
    text = "JNIM militants attacked a police post in Bawku on Monday."
    votes = _group_votes(registry, geocoder, text)
    assert "Ghana" not in votes
    assert geocoder.country_of(text, votes=votes) == "Ghana"
    # and a country named in the text outweighs the area of a group it names
    assert geocoder.country_of("JNIM militants attacked a post in Mali.", votes=votes) == "Mali"


def test_an_army_named_by_its_country_casts_no_home_vote(registry: ActorRegistry, geocoder: Geocoder) -> None:
    # the geocoder already counts "Rwanda"; a foreign army fights away from home
    text = "Rwandan troops killed 10 insurgents near Mocimboa da Praia on Wednesday, Rwanda's army said."
    assert "Rwanda" not in _group_votes(registry, geocoder, text)
    loc = geocoder.locate(text, votes=_group_votes(registry, geocoder, text))
    assert loc is not None and loc.country == "Mozambique"
    assert _group_votes(registry, geocoder, "FAMa soldiers repelled an attack on Monday.") == {
        "Mali": HOME_VOTES[ActorType.STATE_FORCES]
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a village the gazetteer lacks, whose small namesakes lie far from where the group fights
        ("JNIM militants killed the village chief in Alga on Sunday.", None),
        ("Boko Haram fighters raided the village of Nama and drove off cattle.", "Nigeria"),
    ],
)
def test_a_small_namesake_far_from_the_named_groups_yields(
    registry: ActorRegistry, geocoder: Geocoder, text: str, expected: str | None
) -> None:
    assert geocoder.country_of(text) not in (None, expected)  # alone, the namesake abroad wins
    assert geocoder.country_of(text, votes=_group_votes(registry, geocoder, text)) == expected


def test_a_far_country_the_text_names_keeps_its_namesake(registry: ActorRegistry, geocoder: Geocoder) -> None:
    text = "JNIM militants killed the village chief in Alga, Kyrgyzstan, on Sunday."
    assert geocoder.country_of(text, votes=_group_votes(registry, geocoder, text)) == "Kyrgyzstan"


def test_a_group_named_after_a_place_does_not_place_the_event(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Katiba Macina militants burned a school in Toulfe on Monday.", votes={})
    assert loc is None  # Toulfe is unknown, and the group's name says nothing of where


def test_a_namesake_in_a_neighbour_of_the_groups_area_stands(
    registry: ActorRegistry, geocoder: Geocoder
) -> None:
    # Kaiama lies in Nigeria, next to the Benin of JNIM's area: a war spills over a border
    text = "JNIM fighters killed seven villagers in Kaiama on Sunday."
    assert geocoder.country_of(text, votes=_group_votes(registry, geocoder, text)) == "Nigeria"


def test_colombias_catatumbo_region_outweighs_a_venezuelan_namesake(geocoder: Geocoder) -> None:
    loc = geocoder.locate("Colombian troops fought guerrillas in the Catatumbo region on Thursday.")
    assert loc is not None and (loc.country, loc.admin1) == ("Colombia", "Norte de Santander")
