"""The registry names sides, the index finds them: both halves on a small registry built here."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract import actor_match, actors
from vigil.extract.actor_match import ActorIndex, tokenize
from vigil.extract.actors import ActorRegistry, Entry, Regime
from vigil.taxonomy import ActorType

WHEN = date(2023, 5, 1)


@pytest.fixture(scope="module")
def small() -> ActorRegistry:
    return ActorRegistry(
        [
            Entry(
                name="Military Forces of Ruritania",
                kind="state",
                inter=ActorType.STATE_FORCES,
                country="Ruritania",
                demonyms=("Ruritanian",),
                regimes=(Regime(start=date(2020, 1, 1), end=None, label="2020-"),),
            ),
            Entry(
                name="Red Hand Front",
                kind="group",
                inter=ActorType.REBEL_GROUP,
                country="Ruritania",
                aliases=("Red Hand Front", "RHF"),
            ),
        ]
    )


def names(registry: ActorRegistry, text: str, country: str | None = "Ruritania") -> list[str]:
    return [m.actor.name for m in registry.find(text, country=country, when=WHEN)]


def test_the_names_of_a_registry_are_found_in_text(small: ActorRegistry) -> None:
    assert names(small, "Ruritanian troops clashed with RHF fighters.") == [
        "Military Forces of Ruritania (2020-)",
        "Red Hand Front",
    ]


def test_short_acronyms_match_only_in_capitals(small: ActorRegistry) -> None:
    assert names(small, "The rhf said nothing.") == []


def test_generic_nouns_are_named_by_the_registry(small: ActorRegistry) -> None:
    assert names(small, "Gunmen attacked villagers.") == [
        "Unidentified Armed Group (Ruritania)",
        "Civilians (Ruritania)",
    ]
    assert small.generic("police", "Ruritania", WHEN, home="Ruritania").name == (
        "Police Forces of Ruritania (2020-)"
    )
    assert small.generic("military", "Ruritania", WHEN, home="Elbonia").type is ActorType.EXTERNAL_FORCES


def test_the_index_reads_the_registry_it_is_built_from(small: ActorRegistry) -> None:
    index = ActorIndex(small)
    text = "Ruritanian soldiers arrived."
    assert index.find(text, country=None, when=WHEN) == small.find(text, country=None, when=WHEN)
    assert list(small.states) == ["Ruritania"]


def test_the_split_keeps_the_old_names_importable() -> None:
    assert actors.ActorMention is actor_match.ActorMention
    assert actors.tokenize is tokenize
    assert tokenize("the army’s base") == [("the", 0, 3), ("army", 4, 8), ("'s", 8, 10), ("base", 11, 15)]


@pytest.fixture(scope="module")
def franchised() -> ActorRegistry:
    state = Entry(
        name="Military Forces of Ruritania",
        kind="state",
        inter=ActorType.STATE_FORCES,
        country="Ruritania",
        regimes=(Regime(start=date(2020, 1, 1), end=None, label="2020-"),),
    )
    branch = Entry(
        name="Islamic State (Ruritania)",
        kind="group",
        inter=ActorType.REBEL_GROUP,
        country="Ruritania",
        affiliate=("Islamic State", ("Ruritania",)),
    )
    rulers = Entry(
        name="Green Banner",
        kind="group",
        inter=ActorType.REBEL_GROUP,
        country="Ruritania",
        aliases=("Green Banner",),
        in_power=("Ruritania", date(2021, 8, 15)),
    )
    return ActorRegistry([state, branch, rulers])


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("ISIS-linked militants attacked a checkpoint.", "Ruritania", ["Islamic State (Ruritania)"]),
        (
            "Jihadists loyal to the Islamic State group raided a farm.",
            "Ruritania",
            ["Islamic State (Ruritania)"],
        ),
        ("Police arrested members of an IS cell.", "Ruritania", ["Islamic State (Ruritania)"]),
        # elsewhere the branch is not this one; a lower-case "is" is no name
        ("ISIS-linked militants attacked a checkpoint.", "Elbonia", ["Unidentified Armed Group (Elbonia)"]),
        ("There is fighters' gear on the road.", "Ruritania", []),
    ],
)
def test_fighters_named_by_allegiance_are_the_local_branch(
    franchised: ActorRegistry, text: str, country: str, expected: list[str]
) -> None:
    found = [m.actor.name for m in franchised.find(text, country=country, when=WHEN)]
    assert [n for n in found if not n.startswith(("Police", "Civilians"))] == expected


def test_a_group_in_power_is_the_state_from_that_day(franchised: ActorRegistry) -> None:
    text = "Green Banner fighters took the town."
    before = franchised.find(text, country="Ruritania", when=date(2020, 6, 1))
    after = franchised.find(text, country="Ruritania", when=WHEN)
    abroad = franchised.find(text, country="Elbonia", when=WHEN)
    assert [m.actor.name for m in before] == ["Green Banner"]
    assert [m.actor.name for m in after] == ["Military Forces of Ruritania (2020-)"]
    # and across its borders: the Taliban's fire on Pakistani posts is Afghanistan's forces'
    assert [m.actor.name for m in abroad] == ["Military Forces of Ruritania (2020-)"]
