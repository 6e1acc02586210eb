"""Review of the calm and violent demonstration rules: what the crowd did, not what it protested."""

from __future__ import annotations

import pytest

from vigil.extract.protests import crowd_violence, no_violence_told


@pytest.mark.parametrize(
    "text",
    [
        "Farmers marched through Tamale on Friday to protest after bandits burned their homes last month.",
        "Market women marched in Accra on Friday calling for an end to the violent protests in the city.",
    ],
)
def test_violence_the_crowd_protests_is_not_its_own(text: str) -> None:
    assert not crowd_violence(text)


def test_a_crowd_that_burns_a_building_is_violent() -> None:
    assert crowd_violence("Angry residents burned the police post in the town on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "Students hurled eggs at the minister's car during a protest in Lagos on Friday.",
        "Demonstrators toppled a statue during the protest march in the capital.",
        "Protesters pelted the embassy with paint during a demonstration.",
    ],
)
def test_a_protest_with_things_thrown_or_toppled_is_not_calm(text: str) -> None:
    assert not no_violence_told(text)
