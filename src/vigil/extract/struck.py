"""What a bomb or a raid struck when the text names a thing, not a side: a vehicle that met a
device, a force's premises, bombs set among people.

:mod:`vigil.extract.roles` asks these questions when it chooses actor1 and actor2; the counts in
the docstrings are over all ACLED notes in the shared data.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vigil.extract.speakers import WITNESS
from vigil.taxonomy import ActorType, SubEventType

if TYPE_CHECKING:
    from vigil.domain import Actor
    from vigil.extract.actors import ActorMention
    from vigil.extract.agency import Scored

_STATE = (ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES)
_NON_STATE = (ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA)

# A vehicle or a patrol that met the device: "an army vehicle struck an IED", "soldiers stepped on
# a landmine". Whoever did so is the one it hit, not the one who laid it.
MET_DEVICE_RE = re.compile(
    r"\b(?:struck|strikes|hit|hits|ran over|runs over|drove over|drives over|stepped on|steps on|"
    r"triggered|set off|rolled over)\s+(?:an?|the|two|several|a number of)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:IEDs?|(?:land)?mines?|explosive(?: device)?s?|devices?|bombs?)\b"
    # "a homemade bomb went off as their patrol passed": the device met them where it lay
    # ("an explosive device planted on a rural road went off as ...")
    r"|\b(?:IEDs?|(?:land)?mines?|explosives?|devices?|bombs?)"
    r"(?:\s+(?:planted|placed|hidden|buried|laid|left)\b(?:(?!\bby\b)[^.;,]){0,40}?)?"  # not "planted by X"
    r"\s+(?:went off|exploded|detonated|blew up)\s+"
    r"(?:as|when|while|under|beneath)\b",
    re.IGNORECASE,
)

# Bombs set among people: with no armed side named as their target, ACLED's actor2 is civilians
# (notes with no armed noun: IEDs 93 civilians / 19 none, grenades 60 / 3, suicide bombs 8 / 0);
# shelling and air strikes with no target named mostly have none (649 none / 7 civilians).
BOMBS = frozenset({SubEventType.REMOTE_EXPLOSIVE, SubEventType.GRENADE, SubEventType.SUICIDE_BOMB})


def planters(text: str, armed: list[Scored]) -> list[Scored]:
    """The non-state groups named where a state force ran into a bomb: they laid it.

    ACLED's remote-explosive notes in which a vehicle or patrol "struck"/"hit"/"stepped on" a
    device: a named non-state group is actor1 in 62 of 73, a state force in 7."""
    if not MET_DEVICE_RE.search(text):
        return []
    return [s for s in armed if s.mention.actor.type in _NON_STATE and s.agency != WITNESS]


def bomb_owners(text: str, armed: list[Scored], lead: Scored) -> list[Scored]:
    """Whose bomb it was where a state force leads the reading: the groups that laid it where the
    force ran into it (:func:`planters`); else, unless the force acted on it ("the army's EOD team
    destroyed an IED planted by JNIM"), the groups named beside it not told as harmed (ACLED's
    remote explosives with a state and a non-state side: the non-state first in 185 of 216)."""
    if laid := planters(text, armed):
        return laid
    if lead.agency > 1:
        return []
    return [s for s in armed if s.mention.actor.type in _NON_STATE and s.agency >= 0]


def weapon_owners(rest: list[Scored], actor1: Actor) -> list[Scored]:
    """Whose weapons the state (``actor1``) disrupted: an armed group named, or a foreign state
    ("the Houthis said they had targeted Eilat")."""
    return [
        s
        for s in rest
        if s.mention.actor.type in (*_STATE, *_NON_STATE)
        and (s.mention.actor.type not in _STATE or s.mention.actor.country != actor1.country)
    ]


# A state force's own premises or vehicles ("burned the police station", "looted a gendarmerie
# post"): the mention names the property, not people present.
_BUILDINGS = (
    r"(?:stations?|posts?|offices?|headquarters|buildings?|premises|barracks|brigades?|checkpoints?|camps?|"
    r"bases?|booths?|commissariats?|residences?|quarters)"
)
_VEHICLES = r"(?:vehicles?|cars?|trucks?)"
_BUILDING_RE = re.compile(rf"^\s*{_BUILDINGS}\b|\b{_BUILDINGS}$", re.IGNORECASE)
_VEHICLE_RE = re.compile(rf"^\s*{_VEHICLES}\b|\b{_VEHICLES}$", re.IGNORECASE)


def premises(text: str, m: ActorMention, *, vehicles: bool = False) -> bool:
    """Whether the state mention ``m`` only names a building (or, with ``vehicles``, a vehicle) of
    that force: a police car stoned still carries police, a police station burned may be empty.

    Violent demonstrations whose note names the police only by a building: no actor2 or rioters
    in 25, the police in 6; property destruction naming a police, gendarmerie, customs or army
    building or vehicle: the force in 10, civilians in 5."""
    if m.actor.type not in _STATE:
        return False
    named, after = text[m.start : m.end], text[m.end : m.end + 20]
    patterns = (_BUILDING_RE, _VEHICLE_RE) if vehicles else (_BUILDING_RE,)
    return any(p.search(named) or p.match(after) for p in patterns)


SENT_BY_RE = re.compile(r"\b(?:launched|fired|sent|planted|laid|placed) by (?:the )?$", re.I)
# "a Houthi drone", "Russian missiles": the weapon's owner is named before it
_WEAPON_AFTER_RE = re.compile(
    r"(?:-made|-launched)?\s+(?:[\w-]+\s+)?(?:drones?|uavs?|missiles?|rockets?|projectiles?)\b", re.I
)


def sender(text: str, s: Scored) -> bool:
    """``s`` launched the weapons: "fired by the Houthis", "a Houthi drone"."""
    m = s.mention
    return bool(
        SENT_BY_RE.search(text, 0, m.start)
        or _WEAPON_AFTER_RE.match(text, m.end)
        or _WEAPON_AFTER_RE.search(text, m.start, m.end + 1)  # the mention is "Russian drones"
    )


def tally(a: Scored, b: Scored) -> bool:
    """ "Two soldiers and three militants were killed": the dead of both sides counted together,
    a state force's and an insurgent's (a pro-government militia's dead beside them are allies)."""
    if a.agency >= 0 or b.agency >= 0:
        return False
    kinds = {a.mention.actor.type, b.mention.actor.type}
    state = kinds & {ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES}
    return bool(state) and any(
        x.mention.actor.type is ActorType.REBEL_GROUP or x.mention.actor.name.startswith("Unidentified Armed")
        for x in (a, b)
    )


__all__ = ["BOMBS", "MET_DEVICE_RE", "SENT_BY_RE", "planters", "premises", "sender", "tally"]
