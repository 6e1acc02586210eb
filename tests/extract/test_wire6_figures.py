"""Wire tolls, round 6: deaths told after an adverb or a relative clause, bodies described by
their wounds, wounded who later died in a sentence of their own, and a rival estimate of "more
than" a figure."""

from __future__ import annotations

import pytest

from vigil.extract.casualties import sentence_mentions
from vigil.extract.figures import extract_claims, fatalities
from vigil.extract.numbers import tokenize
from vigil.taxonomy import ClaimKind


def _toll(*sentences: str) -> int:
    return fatalities(extract_claims(list(sentences)))


def _kinds(sentence: str) -> list[tuple[str, int | None]]:
    return [(m.kind.value, m.figure) for m in sentence_mentions(tokenize(sentence))]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            [
                "Troops shot dead two bandits in a forest near the river, the army said.",
                "A policeman was also killed.",
            ],
            3,
        ),
        (["A trader was later killed."], 1),
        (["Gunmen seized 12 passengers from a bus.", "One passenger who resisted was shot dead."], 1),
        (["Three herders who had crossed the border were killed."], 3),
        (["The corpses of 5 fishermen, some with bullet wounds, washed up on the shore, officials said."], 5),
        (["Rangers found the bodies of three hunters with machete wounds near the reserve."], 3),
        (
            [
                "Four guards died and nine were hurt when a mortar hit the depot, the ministry said.",
                "Three of the injured later died in hospital.",
            ],
            7,
        ),
        (
            [
                "Militiamen killed at least 18 villagers in the raid, a monitoring group said.",
                "Local leaders put the toll at more than 40.",
            ],
            18,
        ),
    ],
)
def test_wire6_tolls(sentences: list[str], expected: int) -> None:
    assert _toll(*sentences) == expected


def test_wounds_as_a_noun_are_no_injury_count() -> None:
    assert _kinds("Medics recovered the bodies of two drivers with gunshot wounds.") == [("killed", 2)]


def test_wounds_as_a_verb_still_count() -> None:
    assert (ClaimKind.INJURED.value, 6) in _kinds("A grenade blast wounds 6 shoppers in the market.")


def test_relative_clause_without_a_death_is_no_toll() -> None:
    assert _kinds("Five residents who saw the convoy said it drove north.") == []


def test_wounded_who_later_died_in_the_same_sentence_are_not_added_twice() -> None:
    assert (
        _toll("Six soldiers were killed, the army said.", "The toll rose to 8 after two of the wounded died.")
        == 8
    )


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Attackers shot dead a shopkeeper and his nephew outside the mosque."], 2),
        (["A drone strike killed a rebel commander, his driver and a guard."], 3),
        (["A nurse and a patient were killed when a shell hit the clinic."], 2),
        (["The shelling killed a grandmother and her three grandchildren."], 4),
        (["Raiders killed a herder and 4 villagers before dawn."], 5),
        (["Raiders burned the granary and 4 villagers died in the fire."], 4),
        (["Gunmen killed a watchman and wounded his son."], 1),
        (["Ten traders, most of them women, were killed when the ferry was attacked."], 10),
        (["Nine miners died in the attack; two more succumbed to their injuries on Friday."], 11),
        (
            [
                "Militants killed 6 guards at the mine, police said.",
                "Another body was found in the shaft on Monday.",
            ],
            7,
        ),
        (["Four pilgrims were killed in the stampede.", "A fifth died in hospital on Sunday."], 5),
        (["Four pilgrims were killed in the stampede.", "Two more died on Sunday, officials said."], 6),
        (
            [
                "Four pilgrims were killed in the stampede.",
                "Another 3 bodies were found on Sunday, bringing the toll to 7.",
            ],
            7,
        ),
        # two sentences, so the increment is read across them
        (["Five people were killed.", "One of the wounded died overnight, raising the toll to six."], 6),
        # the lede's figure already holds those who died later
        (
            [
                "Raiders stormed a ferry terminal on Friday, killing nine people, including three who later died.",
                "Three of the wounded later died, the coast guard said.",
            ],
            9,
        ),
        # a toll told after the increment, as high as the figure before it, stands
        (
            [
                "A roadside bomb killed four soldiers on Monday.",
                "One of the wounded later died, a medic said.",
                "The death toll stands at four, the army said.",
            ],
            4,
        ),
        # a body found "bringing the toll to" the same figure is no death on top of it
        (
            [
                "Six miners were killed when gunmen raided the camp.",
                "Another body was found on Friday, bringing the toll to six.",
            ],
            6,
        ),
    ],
)
def test_wire6_conjuncts_and_increments(sentences: list[str], expected: int) -> None:
    assert _toll(*sentences) == expected
