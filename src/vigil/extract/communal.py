"""Ordinary people who fight: ACLED's communal militias and the armed individuals it leaves unidentified.

Villagers, farmers or herders who attack or clash act as a community, which ACLED codes as a
communal (or, for herders, ethnic) militia named after the locality the text gives; one armed
person with no community behind them is an unidentified armed group. :mod:`vigil.extract.roles`
asks here when the side that acts is people rather than an armed actor.
"""

from __future__ import annotations

import re

from vigil.domain import Actor
from vigil.extract.actors import ActorRegistry
from vigil.extract.agency import CLASH_RE, Scored
from vigil.taxonomy import ActorType

# "villagers from Garou": the place a group of ordinary people comes from (a capitalised name)
_FROM_PLACE_RE = re.compile(
    r"\s+from\s+(?:the\s+(?:village|town|locality)\s+of\s+)?([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})\b"
)

# Ordinary people who fight as a community (a communal militia in ACLED's terms), not as individuals.
_COMMUNITY_RE = re.compile(
    r"\b(?:villagers|residents|inhabitants|locals|farmers|herders|herdsmen|pastoralists|hunters|youths|"
    r"community|communities|fishermen|miners|traders|families|people from|nomads)\b",
    re.IGNORECASE,
)
# One member of such a community ("a farmer"), or a gloss naming one ("(believed to be farmers)").
_MEMBER_RE = re.compile(
    r"\b(?:villager|resident|inhabitant|farmer|herder|herdsman|pastoralist|hunter|fisherman|miner|nomad|"
    r"shepherd)\b",
    re.IGNORECASE,
)
_GLOSS_RE = re.compile(r"[^()]{0,30}\(([^)]*)\)")  # "individuals (believed to be farmers)"
_PASTORAL_RE = re.compile(r"\b(?:herders?|herdsm[ae]n|herdmen|pastoralists?|nomads?|cattle keepers?)\b", re.I)


def civil_agent(
    scored: list[Scored], country: str | None, registry: ActorRegistry, text: str = "", *, min_agency: int = 2
) -> Actor | None:
    """Armed villagers or farmers who attack are a communal militia in ACLED's terms, named after
    their locality when the text gives it ("people from Garou" -> ``Garou Communal Militia``)."""
    agents = [
        s
        for s in scored
        if s.mention.actor.type is ActorType.CIVILIANS
        and (
            s.agency >= min_agency
            if min_agency > 0
            else s.agency >= 2 or (s.agency >= 0 and _clash_party(text, s))
        )
    ]
    if not agents:
        return None
    first = agents[0].mention
    home = _FROM_PLACE_RE.match(text, first.end) if text else None
    label = home.group(1) if home else "Unidentified"
    # herders who attack are coded by their (unnamed) ethnic identity, villagers by their locality
    kind = "Ethnic" if _PASTORAL_RE.search(first.actor.mention) and not home else "Communal"
    suffix = f" ({country})" if country else ""
    return Actor(name=f"{label} {kind} Militia{suffix}", type=ActorType.IDENTITY_MILITIA,
                 country=country, mention=first.actor.mention)  # fmt: skip


def fighting_civilians(
    scored: list[Scored],
    country: str | None,
    registry: ActorRegistry,
    text: str,
    *,
    min_agency: int = 2,
    members: bool = False,
) -> Actor | None:
    """Ordinary people who fight in a battle: a community ("villagers", "farmers") is a communal
    militia; one armed person ("a man shot at the police") an unidentified armed group."""
    communal = civil_agent(scored, country, registry, text, min_agency=min_agency)
    if communal is None or _COMMUNITY_RE.search(communal.mention):
        return communal
    if members and (
        not communal.name.startswith("Unidentified Communal") or _member_of_community(text, communal)
    ):
        # "a farmer", "people from Garou", "individuals (believed to be farmers)" act for a community
        return communal
    name = registry.unidentified(country).name if country else "Unidentified Armed Group"
    return Actor(name=name, type=ActorType.POLITICAL_MILITIA, country=country, mention=communal.mention)


def _member_of_community(text: str, communal: Actor) -> bool:
    """Whether the people named are a community's members ("a farmer", or glossed so:
    "individuals (believed to be farmers)"), not anonymous individuals."""
    words = communal.mention or ""
    at = text.find(words) if words else -1
    gloss = _GLOSS_RE.match(text[at + len(words) :]) if at >= 0 else None
    said = words + (f" {gloss.group(1)}" if gloss else "")
    return bool(_MEMBER_RE.search(said) or (gloss and _COMMUNITY_RE.search(gloss.group(1))))


def _clash_party(text: str, s: Scored) -> bool:
    """A civilian noun listed as one end of a clash ("clashes between farmers and herders")."""
    window = text[max(0, s.mention.start - 40) : s.mention.end + 40]
    return bool(CLASH_RE.search(window)) and bool(re.search(r"\bbetween\b|\band\b|\bwith\b", window))


__all__ = ["civil_agent", "fighting_civilians"]
