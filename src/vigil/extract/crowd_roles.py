"""The sides of protests and riots: ACLED's ``Protesters (X)`` and ``Rioters (X)`` as actor1, and
the force that intervened (or whom the mob hurt) as actor2."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from vigil.extract import targets
from vigil.extract.actors import ActorRegistry
from vigil.extract.agency import Scored
from vigil.extract.communal import faiths
from vigil.extract.harmwords import DISPERSAL_MEANS
from vigil.extract.listed_sides import CLASH_RE
from vigil.extract.rolewords import CLASHED_WITH_RE, FAITH_CROWD_RE, IDENTITIES, PROTEST_IDENTITIES
from vigil.extract.sidebase import Roles, fallback, identities, named_groups, state_mention, unique
from vigil.extract.struck import premises
from vigil.taxonomy import ActorType, SubEventType

_COUNTER_PROTEST_RE = re.compile(r"\bcounter-?\s?(?:protest|demonstrat|rall|march)", re.IGNORECASE)


def protest_roles(
    text: str,
    scored: list[Scored],
    sub: SubEventType,
    country: str | None,
    when: date | None,
    registry: ActorRegistry,
) -> Roles:
    actor1 = fallback(country, registry, "protesters")
    named = named_groups(scored)
    assoc1 = (*named, *identities(text, PROTEST_IDENTITIES, country, registry))
    actor2 = None
    if sub is SubEventType.PEACEFUL_PROTEST and _COUNTER_PROTEST_RE.search(text):
        # a counter-protest is the other side: protesters facing protesters
        actor2 = fallback(country, registry, "protesters")
    elif sub is not SubEventType.PEACEFUL_PROTEST:
        actor2 = state_mention(scored, crowd=True, registry=registry, when=when)
        if actor2 is None and country:
            actor2 = registry.state_forces(country, when, branch="Police")
    return Roles(actor1=actor1, actor2=actor2, assoc_actor1=unique(assoc1))


_MUTINY_RE = re.compile(r"\bmutin\w*", re.IGNORECASE)


def riot_roles(
    text: str,
    scored: list[Scored],
    sub: SubEventType,
    country: str | None,
    when: date | None,
    registry: ActorRegistry,
) -> Roles:
    actor1 = fallback(country, registry, "rioters")
    named = named_groups(scored)
    # mutinous soldiers or police are the rioters, not whom they face (ACLED: no second actor in 24 of
    # its 25 violent demonstrations that tell a mutiny)
    # a police station the crowd burned is no intervention: the force is a side where its people are
    # named (ACLED's violent demonstrations that name the police only by a building: no actor2 or
    # rioters in 25, the police in 10)
    facing = [s for s in scored if not premises(text, s.mention)]
    state = (
        None if _MUTINY_RE.search(text) else state_mention(facing, crowd=True, registry=registry, when=when)
    )
    if sub is SubEventType.VIOLENT_DEMONSTRATION:
        if state is None and any(
            s.mention.actor.type is ActorType.CIVILIANS and s.agency < 0 for s in scored
        ):
            # "demonstrators barricaded roads and assaulted a driver": the people they hurt
            return Roles(actor1=actor1, actor2=fallback(country, registry, "civilians"), assoc_actor1=named)
        return Roles(actor1=actor1, actor2=state, assoc_actor1=named)
    if state is not None and (
        targets.stones_met_with_fire(text)
        # "police fired shots in the air to disperse them" (not two crowds that fought each other:
        # the fight is the event, whoever broke it up)
        or (_DISPERSED_RE.search(text) and not CLASH_RE.search(text))
        or any(
            s.mention.actor.name == state.name
            and (s.agency < 0 or CLASHED_WITH_RE.search(text, 0, s.mention.start))
            for s in facing
        )
    ):
        # the force the mob fought, or the one that fired on its stones, is its other side
        return Roles(actor1=actor1, actor2=state, assoc_actor1=named)
    if CLASH_RE.search(text):
        return Roles(actor1=actor1, actor2=fallback(country, registry, "rioters"), assoc_actor1=named)
    return Roles(actor1=actor1, actor2=fallback(country, registry, "civilians"), assoc_actor1=named,
                 assoc_actor2=identities(text, IDENTITIES, country, registry))  # fmt: skip


_DISPERSED_RE = re.compile(r"\bdispers(?:e|ed|ing|al)\b|" + DISPERSAL_MEANS, re.IGNORECASE)
_FAITH_AND_RE = re.compile(r"\b(?:Hindu|Muslim|Christian|Buddhist|Sikh)s?\s+and\s+$")


def with_faiths(text: str, roles: Roles, country: str | None, registry: ActorRegistry) -> Roles:
    """The faith communities a crowd's violence names, as ACLED's associates: the crowd's own
    ("Hindu mobs") beside actor1, its victims' or rivals' beside actor2 ("Rioters (India)" with
    "Hindu Group (India)" against "Rioters (India)" with "Muslim Group (India)")."""
    named = faiths(text)
    if not named or country is None or roles.actor1 is None:
        return roles
    crowd = FAITH_CROWD_RE.search(text)
    if crowd and _FAITH_AND_RE.search(text, 0, crowd.start()):
        crowd = None  # "Hindu and Muslim groups": two crowds, not one faith's
    own = next((label for label in named if crowd and crowd.group(0).startswith(label.split()[0])), None)
    other_side = roles.actor2 is not None and roles.actor2.type in (ActorType.RIOTERS, ActorType.CIVILIANS)
    if own is None and other_side and roles.actor2 is not None and roles.actor2.type is ActorType.RIOTERS:
        own = named[0]  # two crowds: the first named is the first side
    if own is None and not other_side:
        own = named[0]  # the crowd facing the police is the faith's
    theirs = [label for label in named if label != own] if other_side else []
    return replace(
        roles,
        assoc_actor1=unique((*roles.assoc_actor1, *([registry.identity(own, country)] if own else []))),
        assoc_actor2=unique((*roles.assoc_actor2, *(registry.identity(label, country) for label in theirs))),
    )


__all__ = ["protest_roles", "riot_roles", "with_faiths"]
