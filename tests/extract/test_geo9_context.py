"""Countries named only as context, round nine: a border, an origin, a destination, an embassy,
people or firms of a nationality, a named force under its demonym. Such a name weighs less than a
place where the event happened and less than a batch's desk country, yet still names the country
when nothing else does. All sentences are made up for the tests."""

from __future__ import annotations

import pytest

from vigil.extract.geocode import Geocoder
from vigil.extract.geocountry import CONTEXT_VOTE, name_votes, named_aside


def _aside(geocoder: Geocoder, text: str, name: str, *, demonym: bool) -> bool:
    start = text.index(name)
    mention = geocoder._mention(text, start, start + len(name), False)
    return named_aside(text, mention, demonym=demonym)


@pytest.mark.parametrize(
    ("text", "name", "demonym"),
    [
        ("Bandits from Chad looted the cattle market on Friday.", "Chad", False),
        ("Herders who fled from neighbouring Guinea were attacked at dawn.", "Guinea", False),
        ("The families fled towards Uganda after the shelling.", "Uganda", False),
        ("The convoy crossed into Zambia before the ambush.", "Zambia", False),
        ("A patrol was ambushed near the Liberia border.", "Liberia", False),
        ("A patrol was ambushed near the border with Togo.", "Togo", False),
        ("Students marched to the Algeria embassy to protest.", "Algeria", False),
        ("Students marched to the Egyptian embassy to protest.", "Egyptian", True),
        ("Gunmen seized three Turkish nationals at the quarry.", "Turkish", True),
        ("Rebels burned the trucks of a Canadian mining company.", "Canadian", True),
        ("Italian Leonardo contractors were evacuated by helicopter.", "Italian", True),
        ("German Minusma troops came under fire near the airport.", "German", True),
        ("Bandits stopped a lorry en route to Sudan and robbed the driver.", "Sudan", False),
        ("Gunmen shot dead an Irish priest outside the parish at dusk.", "Irish", True),
    ],
)
def test_a_country_named_as_context_is_aside(geocoder: Geocoder, text: str, name: str, demonym: bool) -> None:
    assert _aside(geocoder, text, name, demonym=demonym)


@pytest.mark.parametrize(
    ("text", "name", "demonym"),
    [
        ("Bandits looted the cattle market in Chad on Friday.", "Chad", False),
        ("Protesters marched to parliament in Uganda on Tuesday.", "Uganda", False),
        ("Ghanaian soldiers repelled an attack at dawn.", "Ghanaian", True),
        ("Turkish police detained 12 protesters.", "Turkish", True),
        ("The attack on Zambia was condemned.", "Zambia", False),
    ],
)
def test_a_country_named_as_where_is_not_aside(
    geocoder: Geocoder, text: str, name: str, demonym: bool
) -> None:
    assert not _aside(geocoder, text, name, demonym=demonym)


def test_context_weighs_less_than_a_demonym_and_the_desk(geocoder: Geocoder) -> None:
    text = "Armed men from Mali attacked a herders' camp at dawn."
    votes, _ = name_votes(geocoder, text, geocoder._mentions(text, None), [])
    assert votes == {"ML": CONTEXT_VOTE}
    assert 0.3 <= CONTEXT_VOTE < 0.75  # the least for a country, and below the desk's vote


def test_context_alone_still_names_the_country(geocoder: Geocoder) -> None:
    assert geocoder.country_of("Gunmen who came from Niger killed two herders at dawn.") == "Niger"
    assert geocoder.country_of("Two Czech nationals were abducted on the road at night.") == "Czech Republic"


def test_a_desk_country_outweighs_a_neighbour_named_as_context(geocoder: Geocoder) -> None:
    desk = {"Burkina Faso": 0.75}
    for text in (
        "Jihadists from Mali attacked a gendarmerie post at dawn, killing four.",
        "Unidentified gunmen killed two Czech nationals on the road at night.",
        "Militants ambushed a convoy near the Niger border, killing six soldiers.",
        "Gunmen set fire to the trucks of a Canadian mining company on Monday.",
    ):
        assert geocoder.country_of(text, votes=desk) == "Burkina Faso", text


def test_a_place_named_as_where_outweighs_a_neighbour_named_as_context(geocoder: Geocoder) -> None:
    assert geocoder.country_of("Rebels who fled to Uganda had attacked a market in Bunia.") == (
        "Democratic Republic of Congo"
    )
    assert geocoder.country_of("Sudanese refugees were attacked near Adre in eastern Chad.") == "Chad"
