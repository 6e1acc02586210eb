"""What the role tests share: one way to read a sentence's sides, and one way to compare them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

import pytest

from vigil.domain import Actor
from vigil.extract.actors import ActorRegistry
from vigil.extract.roles import Roles, assign_roles
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

# An expected side: a full name, a name ending in "…" (a prefix: the period suffix varies), NOBODY
# (no such side) or None (not checked).
NOBODY = "-"


def read_roles(
    registry: ActorRegistry,
    nlp: Language | None,
    text: str,
    sub: SubEventType,
    country: str | None,
    when: date | None,
) -> Roles:
    """The sides of a sentence as the coder reads them, with or without a parse."""
    mentions = registry.find(text, country=country, when=when)
    doc = nlp(text) if nlp is not None else None
    return assign_roles(text, mentions, sub, country=country, when=when, registry=registry, doc=doc)


def recoded(
    registry: ActorRegistry, nlp: Language, sub: SubEventType, text: str, country: str, when: date
) -> SubEventType:
    """A model's reading ``sub`` of ``text`` once its sides are known (:func:`vigil.extract.sides.recode`)."""
    from vigil.extract.sides import recode

    return recode(sub, text, registry.find(text, country=country, when=when), nlp(text))


def is_actor(actor: Actor | None, expected: str | None) -> bool:
    if expected is None:
        return True
    if expected == NOBODY:
        return actor is None
    if actor is None:
        return False
    return actor.name.startswith(expected[:-1]) if expected.endswith("…") else actor.name == expected


def assert_sides(r: Roles, actor1: str | None, actor2: str | None) -> None:
    assert is_actor(r.actor1, actor1), r.actor1
    assert is_actor(r.actor2, actor2), r.actor2


def sides_test(cases: list[Any], when: date) -> Callable[..., None]:
    """A test over ``cases`` (text, sub-type, country, actor1, actor2 as ``pytest.param``s):
    each sentence's sides read on ``when`` must be the expected ones. Assign it to a ``test_``
    name in the module that holds the cases."""

    @pytest.mark.parametrize(("text", "sub", "country", "actor1", "actor2"), cases)
    def test(
        registry: ActorRegistry,
        nlp: Language,
        text: str,
        sub: SubEventType,
        country: str | None,
        actor1: str | None,
        actor2: str | None,
    ) -> None:
        assert_sides(read_roles(registry, nlp, text, sub, country, when), actor1, actor2)

    return test


def settled(sub: SubEventType, text: str, ranked: tuple[SubEventType, ...] = ()) -> SubEventType | None:
    """A model's reading ``sub`` of ``text`` (with ``ranked`` as its next likeliest readings)
    reconsidered (:func:`vigil.extract.strategic.settle`)."""
    from vigil.extract.classify import Prediction
    from vigil.extract.strategic import settle

    pred = Prediction(
        sub_event_type=sub, probability=0.5, relevance=0.9, ranked=tuple((s, 0.4) for s in ranked)
    )
    return settle(pred, text).sub_event_type
