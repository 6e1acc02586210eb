"""The pieces every side-choosing rule shares: the two sides of an event, ACLED's generic sides
(civilians, protesters, rioters, an unidentified armed group) and the first state force named.

Split from :mod:`vigil.extract.roles` so that the crowd rules (:mod:`vigil.extract.crowd_roles`)
can use them without a cycle.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from vigil.domain import Actor
from vigil.extract import targets
from vigil.extract.actors import ActorMention, ActorRegistry
from vigil.extract.agency import Scored
from vigil.extract.communal import militia
from vigil.extract.listed_sides import CLASH_RE
from vigil.extract.owners import named_culprit
from vigil.extract.rolewords import FACTIONS_RE, KIND_CLASHED_RE, RIVALS_RE, SELF_CLASH_RE
from vigil.taxonomy import ActorType


@dataclass(frozen=True, kw_only=True, slots=True)
class Roles:
    """The two sides of one event as ACLED codes them."""

    actor1: Actor | None
    actor2: Actor | None = None
    assoc_actor1: tuple[Actor, ...] = ()
    assoc_actor2: tuple[Actor, ...] = ()


def unique(actors: object) -> tuple[Actor, ...]:
    seen: dict[str, Actor] = {}
    for a in actors:  # type: ignore[attr-defined]
        seen.setdefault(a.name, a)
    return tuple(seen.values())


def identities(text: str, table: tuple[tuple[str, re.Pattern[str]], ...], country: str | None,
                registry: ActorRegistry) -> tuple[Actor, ...]:  # fmt: skip
    if country is None:
        return ()
    told = _SOURCE_RE.sub(" ", text)  # ", a doctors' committee said": who tells it is no victim's identity
    return tuple(registry.identity(label, country) for label, pattern in table if pattern.search(told))


_SOURCE_RE = re.compile(
    r",\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,5}(?:said|says|reported|reports|told\s+\w+|stated)\b|"
    r"\baccording\s+to\b[^.;]*",
    re.IGNORECASE,
)


GENERIC_SIDES = {
    "unidentified": ("Unidentified Armed Group", ActorType.POLITICAL_MILITIA),
    "civilians": ("Civilians", ActorType.CIVILIANS),
    "protesters": ("Protesters", ActorType.PROTESTERS),
    "rioters": ("Rioters", ActorType.RIOTERS),
}


def fallback(country: str | None, registry: ActorRegistry, kind: str) -> Actor | None:
    """The generic side of ``kind`` in ``country``; with no country read, the side unnamed by
    place ("Protesters"): who acted is still known, and its inter code with it."""
    if country is None:
        name, type_ = GENERIC_SIDES[kind]
        return Actor(name=name, type=type_, country=None)
    return {
        "unidentified": registry.unidentified,
        "civilians": registry.civilians,
        "protesters": registry.protesters,
        "rioters": registry.rioters,
    }[kind](country)


def named_groups(scored: list[Scored]) -> tuple[Actor, ...]:
    """The named parties and militias a crowd marches or riots with. Not rebels nor unnamed armed
    men: in a protest they are the grievance ("to protest against repeated ADF attacks"; ACLED's
    15,118 protests and riots have a rebel group or an unidentified one as associate 15 times)."""
    return unique(
        s.mention.actor
        for s in scored
        if s.mention.actor.type is ActorType.POLITICAL_MILITIA
        and not s.mention.actor.name.startswith("Unidentified")
        and s.agency >= 0  # "villagers beat two suspected cattle thieves to death": the crowd's victims
    )


SECURITY_RE = re.compile(r"\b(?:security|law enforcement|forces of order)\b", re.IGNORECASE)


def state_mention(
    scored: list[Scored],
    *,
    crowd: bool = False,
    registry: ActorRegistry | None = None,
    when: date | None = None,
) -> Actor | None:
    """The first state force named. Facing a crowd (``crowd``), vague "security forces" are the
    police: ACLED codes the force that polices protests and riots as ``Police Forces of X``."""
    for s in scored:
        actor = s.mention.actor
        if actor.type in (ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES) and actor.name.startswith(
            ("Military Forces", "Police Forces")
        ):
            if (
                crowd
                and registry is not None
                and actor.country
                and actor.name.startswith("Military Forces")
                and SECURITY_RE.search(actor.mention)
                and actor.name == registry.state_forces(actor.country, when).name
            ):
                police = registry.state_forces(actor.country, when, branch="Police")
                return Actor(name=police.name, type=actor.type, country=actor.country, mention=actor.mention)
            return actor
    return None


# "the Boko Haram faction known as JAS": the second name says which of the first it is
_KNOWN_AS_RE = re.compile(
    r"\s+(?:(?:faction|wing|branch|splinter group|offshoot|cell)\s+)?,?\s*(?:(?:locally|also|widely)\s+)?"
    r"(?:known as|called|dubbed)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def known_as(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """``mentions`` with a name followed by the faction it is "known as" read as that faction."""
    out = list(mentions)
    for i, (a, b) in enumerate(pairwise(mentions)):
        if a.actor.name != b.actor.name and _KNOWN_AS_RE.fullmatch(text, a.end, b.start):
            out[i] = replace(a, actor=b.actor)
    return out


# A government named as a party: "the Colombian government", "Thailand's government", "the
# presidents of Kyrgyzstan and Tajikistan".
_GOVERNMENT_PARTY_RE = re.compile(
    r"\b(?:[Tt]he (?:[A-Z][\w-]+ )?(?:government|[Pp]residency)|[A-Z][\w-]+['’]s government|government of(?: [A-Z][\w-]+)+|"
    r"(?:presidents|prime ministers|leaders|governments) of [A-Z][\w-]+ and [A-Z][\w-]+)\b"
)
_STATES_SIGN_RE = re.compile(r"\b([A-Z][\w-]+)(?:,| and) ([A-Z][\w-]+) (?:seal|sign|agree|reach|strike)\w*\b")
_REBELS_RE = re.compile(r"\b(?:rebels|insurgents|militants|separatists|guerrillas?)\b", re.I)


def signatories(
    text: str, armed: list[Scored], country: str, when: date | None, registry: ActorRegistry
) -> Roles | None:
    """The sides of a deal a government signed: "the Colombian government and the ELN signed a
    ceasefire" (in Havana) is the state's government, the one its name or demonym says, with the
    armed group it signed with, or with the other state's government; None when no government is
    named as a party."""
    pair = _STATES_SIGN_RE.search(text)
    if pair is not None and all(pair.group(g) in registry.states for g in (1, 2)):
        # "Tajikistan, Kyrgyzstan seal border deal": two states named as the parties
        return Roles(
            actor1=registry.government(pair.group(1), when), actor2=registry.government(pair.group(2), when)
        )
    named = _GOVERNMENT_PARTY_RE.search(text)
    if named is None:
        return None
    words = re.findall(r"[\w-]+", named.group())
    homes = sorted(
        (c for c, e in registry.states.items() if set(words) & {c, *e.demonyms}),
        key=lambda c: min(words.index(w) for w in {c, *registry.states[c].demonyms} if w in words),
    )
    home = homes[0] if homes else country
    state = (ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES)
    party = next((s.mention.actor for s in armed if s.mention.actor.type not in state), None)
    if party is None and _REBELS_RE.search(text):
        party = registry.unidentified(home)  # "Malay Muslim rebels"
    if party is None and len(homes) > 1:
        party = registry.government(homes[1], when)
    return Roles(actor1=registry.government(home, when), actor2=party)


def unnamed_opponent(
    text: str, scored: list[Scored], actor1: Actor, country: str, when: date | None, registry: ActorRegistry
) -> Actor:
    """The other side of a battle the text does not name as an armed actor.

    The state's forces face an unidentified group; a non-state group that hits ordinary people
    (civilians, "youths") has them as its victims (``Civilians (X)``); rivals of one kind ("rival
    gangs", "clan clashes") fight their own kind; otherwise a non-state group faces the state.
    """
    if SELF_CLASH_RE.search(text) and not actor1.name.startswith("Unidentified"):
        return actor1  # "ISGS fighters clashed among themselves": the group fought itself (ACLED: 2 of 2)
    if actor1.type in (ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES) and actor1.country:
        enemy = registry.enemy(actor1.country, when)  # "Russian forces recaptured Sudzha": from Ukraine's
        if enemy is not None:
            return registry.state_forces(enemy, when, home=country)
    if actor1.type is ActorType.STATE_FORCES:
        return registry.unidentified(country)
    if actor1.name.startswith("Unidentified") and (
        (RIVALS_RE.search(text) and CLASH_RE.search(text)) or KIND_CLASHED_RE.search(text)
    ):
        # "rival armed groups clashed, killing seven people": the dead fell in the fight
        return actor1
    if FACTIONS_RE.search(text) and CLASH_RE.search(text):
        return actor1
    if targets.armed_trade_victim(text):
        # "the victim had charges for drug trafficking": one armed group killed another's man
        return registry.perpetrator(country, text)  # as _unnamed: a gang where gang marks are
    if actor1.type is ActorType.IDENTITY_MILITIA and targets.communal_fight(text):
        return actor1  # "revenge killings between rival clans": the dead are no bystanders
    if any(s.mention.actor.type in (ActorType.CIVILIANS, ActorType.RIOTERS) and s.agency < 0 for s in scored):
        return registry.civilians(country)
    if actor1.type is ActorType.IDENTITY_MILITIA:
        # identity militias mostly fight one another (ACLED: 4-4 far above 4-1)
        if actor1.name.startswith("Unidentified"):
            return actor1
        return militia("Unidentified", "Communal", country)
    if RIVALS_RE.search(text) and actor1.name.startswith("Unidentified"):
        return actor1
    return registry.state_forces(country, when)


__all__ = [
    "GENERIC_SIDES",
    "Roles",
    "fallback",
    "identities",
    "known_as",
    "named_groups",
    "named_sides",
    "signatories",
    "state_mention",
    "unique",
    "unnamed_opponent",
]


def named_sides(text: str, roles: Roles, scored: Sequence[Scored]) -> Roles:
    """``roles`` with each side read generically given the name the text gives it elsewhere."""
    named = [s.mention for s in scored]
    if roles.actor1 is not None and (group := named_culprit(text, roles.actor1, named)):
        # "Jihadists ambushed a bus ...; an official blamed JNIM": the unnamed perpetrator is the group
        other = None if roles.actor2 and roles.actor2.name == group.name else roles.actor2
        roles = replace(roles, actor1=group, actor2=other)
    if roles.actor2 is not None and (group := named_culprit(text, roles.actor2, named, claimed=False)):
        roles = replace(roles, actor2=group)  # "the assailants, whom the army described as JNIM fighters"
    return roles
