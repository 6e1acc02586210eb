"""The ACLED taxonomy and actor types, in one place.

Every string here is the exact spelling ACLED uses, because exports and the
``vigil code`` contract must carry them verbatim.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class DisorderType(StrEnum):
    POLITICAL_VIOLENCE = "Political violence"
    DEMONSTRATIONS = "Demonstrations"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


class EventType(StrEnum):
    BATTLES = "Battles"
    REMOTE_VIOLENCE = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"

    @property
    def disorder_type(self) -> DisorderType:
        if self in (EventType.PROTESTS, EventType.RIOTS):
            return DisorderType.DEMONSTRATIONS
        if self is EventType.STRATEGIC_DEVELOPMENTS:
            return DisorderType.STRATEGIC_DEVELOPMENTS
        return DisorderType.POLITICAL_VIOLENCE


class SubEventType(StrEnum):
    ARMED_CLASH = "Armed clash"
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    CHEMICAL_WEAPON = "Chemical weapon"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SUICIDE_BOMB = "Suicide bomb"
    SHELLING = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
    GRENADE = "Grenade"
    SEXUAL_VIOLENCE = "Sexual violence"
    ATTACK = "Attack"
    ABDUCTION = "Abduction/forced disappearance"
    PEACEFUL_PROTEST = "Peaceful protest"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    EXCESSIVE_FORCE = "Excessive force against protesters"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_ESTABLISHED = "Headquarters or base established"
    LOOTING = "Looting/property destruction"
    NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
    OTHER = "Other"

    @property
    def event_type(self) -> EventType:
        return _PARENT[self]


_PARENT: dict[SubEventType, EventType] = {
    **{
        s: EventType.BATTLES
        for s in (
            SubEventType.ARMED_CLASH,
            SubEventType.GOVERNMENT_REGAINS_TERRITORY,
            SubEventType.NON_STATE_OVERTAKES_TERRITORY,
        )
    },
    **{
        s: EventType.REMOTE_VIOLENCE
        for s in (
            SubEventType.CHEMICAL_WEAPON,
            SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SUICIDE_BOMB,
            SubEventType.SHELLING,
            SubEventType.REMOTE_EXPLOSIVE,
            SubEventType.GRENADE,
        )
    },
    **{
        s: EventType.VIOLENCE_AGAINST_CIVILIANS
        for s in (SubEventType.SEXUAL_VIOLENCE, SubEventType.ATTACK, SubEventType.ABDUCTION)
    },
    **{
        s: EventType.PROTESTS
        for s in (
            SubEventType.PEACEFUL_PROTEST,
            SubEventType.PROTEST_WITH_INTERVENTION,
            SubEventType.EXCESSIVE_FORCE,
        )
    },
    **{s: EventType.RIOTS for s in (SubEventType.VIOLENT_DEMONSTRATION, SubEventType.MOB_VIOLENCE)},
    **{
        s: EventType.STRATEGIC_DEVELOPMENTS
        for s in (
            SubEventType.AGREEMENT,
            SubEventType.ARRESTS,
            SubEventType.CHANGE_TO_GROUP,
            SubEventType.DISRUPTED_WEAPONS_USE,
            SubEventType.HEADQUARTERS_ESTABLISHED,
            SubEventType.LOOTING,
            SubEventType.NON_VIOLENT_TRANSFER,
            SubEventType.OTHER,
        )
    },
}

# The non-violent developments and protests: ACLED codes no deaths with them (over our 29k
# notes, none of the 946 such developments has any, nor any of 9,920 peaceful protests and
# protests with intervention: a protest with its own dead is excessive force or a riot); a death
# a text tells beside one ("a new leader, after the last was killed", "marched after a teacher
# was shot dead") is another event's, kept only as a claim.
NO_FATALITIES = frozenset(
    {
        SubEventType.PEACEFUL_PROTEST,
        SubEventType.PROTEST_WITH_INTERVENTION,
        SubEventType.AGREEMENT,
        SubEventType.ARRESTS,
        SubEventType.CHANGE_TO_GROUP,
        SubEventType.HEADQUARTERS_ESTABLISHED,
        SubEventType.LOOTING,
        SubEventType.NON_VIOLENT_TRANSFER,
    }
)


class ActorType(IntEnum):
    """ACLED ``inter`` codes."""

    STATE_FORCES = 1
    REBEL_GROUP = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_FORCES = 8

    @classmethod
    def parse(cls, value: str | int | None) -> ActorType | None:
        """Read an inter code as the data spells it: ``"1"``, ``1`` or ``"State forces"``."""
        if value is None or value == "" or value == 0 or value == "0":
            return None
        if isinstance(value, int) or str(value).isdigit():
            return cls(int(value))
        label = str(value).strip().lower()
        for member in cls:
            if member.label.lower() == label or member.label.lower().rstrip("s") == label.rstrip("s"):
                return member
        return None

    @property
    def label(self) -> str:
        return _ACTOR_LABELS[self]


_ACTOR_LABELS = {
    ActorType.STATE_FORCES: "State forces",
    ActorType.REBEL_GROUP: "Rebel group",
    ActorType.POLITICAL_MILITIA: "Political militia",
    ActorType.IDENTITY_MILITIA: "Identity militia",
    ActorType.RIOTERS: "Rioters",
    ActorType.PROTESTERS: "Protesters",
    ActorType.CIVILIANS: "Civilians",
    ActorType.EXTERNAL_FORCES: "External/Other forces",
}


def interaction(inter1: ActorType | None, inter2: ActorType | None) -> int | None:
    """ACLED interaction code: both inter codes, smaller first; ``10 * code`` when one-sided."""
    if inter1 is None:
        return None
    if inter2 is None:
        return 10 * int(inter1)
    low, high = sorted((int(inter1), int(inter2)))
    return 10 * low + high


class Stance(StrEnum):
    """How a source stands behind a claim."""

    ASSERTED = "asserted"
    ALLEGED = "alleged"
    DENIED = "denied"
    CONFIRMED = "confirmed"


class ClaimKind(StrEnum):
    """What a claim is about."""

    KILLED = "killed"
    INJURED = "injured"
    ABDUCTED = "abducted"
    ARRESTED = "arrested"
    RESPONSIBILITY = "responsibility"


class Counted(StrEnum):
    """Whom a casualty figure counts."""

    TOTAL = "total"
    CIVILIANS = "civilians"
    SOLDIERS = "soldiers"
    FIGHTERS = "fighters"


class SourceKind(StrEnum):
    """Who asserts a claim."""

    OUTLET = "outlet"
    ARMY = "army"
    MILITARY_SOURCE = "military source"
    GOVERNMENT = "government"
    ARMED_GROUP = "armed group"
    EYEWITNESS = "eyewitness"
    RELATIVE = "relative"
    RIGHTS_GROUP = "rights group"
    LOCAL_SOURCE = "local source"
    OFFICIAL = "official"


TIME_PRECISION_DAY = 1
TIME_PRECISION_WEEK = 2
TIME_PRECISION_MONTH = 3

GEO_PRECISION_TOWN = 1
GEO_PRECISION_NEAR = 2
GEO_PRECISION_REGION = 3


def civilian_targeting(sub: SubEventType, inter2: ActorType | None) -> str:
    """ACLED's ``civilian_targeting`` column: set when civilians are the target."""
    if sub.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS:
        return "Civilian targeting"
    if inter2 is ActorType.CIVILIANS and sub.event_type is EventType.REMOTE_VIOLENCE:
        return "Civilian targeting"
    return ""
