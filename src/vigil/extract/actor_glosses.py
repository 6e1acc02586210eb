"""How a text's actor mentions refer to one another: a unit glossed with its coalition, a noun
owned by the side named after it ("a patrol by Russian forces"), the men of a named group or a
community ("gunmen from the Sinaloa cartel"), and "the troops" that a foreign force named before.

Read by :class:`vigil.extract.actor_match.ActorIndex` once it has matched every name; kept apart
to keep each module small.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vigil.domain import Actor
from vigil.extract.actor_nouns import KNOWN_AS_RE, VAGUE_PRESS_RE
from vigil.taxonomy import ActorType


@dataclass(frozen=True, kw_only=True, slots=True)
class ActorMention:
    """An actor found in a text, with the character span it was read from."""

    actor: Actor
    start: int
    end: int


_HEDGED_GLOSS_RE = re.compile(
    r"\s*\(\s*(?:(?:believed|thought|said|reported|suspected|presumed)\s+to\s+be\s+|presumably\s+|presumed\s+|"
    r"suspected\s+|likely\s+|probably\s+|possibly\s+|allegedly\s+|reportedly\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


_CONTINGENT_GAP_RE = re.compile(
    r"\s+(?:of|from|with|in|serving\s+(?:with|in)|deployed\s+(?:with|under)|under)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _mission(actor: Actor) -> bool:
    """A multinational mission (UN, AU, a security support mission), not a foreign army."""
    return (
        actor.type is ActorType.EXTERNAL_FORCES
        and not actor.name.startswith(("Military Forces", "Police Forces"))
        and ("Mission" in actor.name or actor.name.startswith(("UN", "MINU", "MONU", "AMISOM", "ATMIS")))
    )


def _is_named_group(actor: Actor) -> bool:
    return actor.type in (
        ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA
    ) and not actor.name.startswith("Unidentified")  # fmt: skip


def umbrella(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "Katiba Macina (JNIM) militants": a named unit glossed with its coalition is coded as the
    coalition, the name ACLED keeps for the side; so are forces "operating under" an operation."""
    out: list[ActorMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        under = (
            _UNDER_RE.fullmatch(text[prev.end : m.start])
            if prev is not None and _is_named_group(m.actor)
            else None
        )
        if under is not None and (under.group("verb") or m.actor.name.startswith("Operation ")):
            # "Turkish troops and allied factions, acting under one command, shelled": the forces of a
            # joint operation are coded as the operation
            k = len(out) - 1
            while k > 0 and _CHAIN_RE.fullmatch(text[out[k - 1].end : out[k].start]):
                k -= 1
            start = out[k].start
            del out[k:]
            out.append(ActorMention(actor=with_mention(m.actor, text[start : m.end]), start=start, end=m.end))
            continue
        if (
            prev is not None
            and _is_named_group(m.actor)
            and (
                (
                    prev.actor.name.startswith("Unidentified Armed Group")
                    and _HEDGED_GLOSS_RE.fullmatch(text[prev.end : m.start])
                )
                or (
                    prev.actor.name.startswith(("Unidentified Armed Group", "Unidentified Gang"))
                    and _LED_BY_RE.fullmatch(text[prev.end : m.start])
                )
            )
        ):
            # "unknown gunmen (presumably JNIM militants)": the gloss names the side; "insurgents
            # led by Hayat Tahrir al-Sham": the fighters a named group leads are coded as that group
            out[-1] = ActorMention(actor=with_mention(m.actor, text[prev.start : m.end]), start=prev.start,
                                   end=m.end)  # fmt: skip
            continue
        if (
            prev is not None
            and text[prev.end : m.start].strip() == "("
            and text[m.end :].lstrip().startswith(")")
            and _is_named_group(prev.actor)
            and _is_named_group(m.actor)
        ):
            out[-1] = ActorMention(actor=with_mention(m.actor, text[prev.start : m.end + 1]), start=prev.start,
                                   end=m.end)  # fmt: skip
            continue
        out.append(m)
    return out


_UNDER_RE = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s*,?\s*(?:(?P<verb>operating|acting|fighting)\s+)?under\s+(?:the\s+)?",
    re.IGNORECASE,
)
_LED_BY_RE = re.compile(
    r"\s*,?\s*(?:(?:which|who)\s+(?:are|were)\s+)?(?:led|headed|spearheaded|commanded)\s+by\s+(?:the\s+)?"
    r"(?:(?:Islamist|jihadist|militant|rebel|armed|insurgent)\s+)?(?:group\s+|movement\s+|alliance\s+)?",
    re.IGNORECASE,
)
_CHAIN_RE = re.compile(r"\s*(?:,|and|,\s*and)\s*")
_OWNER_GAP_RE = re.compile(r"\s+(?:by|of|from)\s+(?:the\s+|a\s+|an\s+)?(?:joint\s+)?", re.IGNORECASE)


def owned_nouns(text: str, mentions: list[ActorMention], generic_starts: set[int]) -> list[ActorMention]:
    """ "a patrol by Russian forces", "artillery fire by an unknown party": a generic unit or weapon
    noun whose owner is named right after it is that owner, not the event country's army."""
    out: list[ActorMention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        owned = nxt is not None and _OWNER_GAP_RE.fullmatch(text[m.end : nxt.start])
        if (
            m.start in generic_starts
            and m.actor.type in (ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES)
            and owned
        ):
            continue
        if (
            nxt is not None
            and m.actor.type in (ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES)
            and _mission(nxt.actor)
            and _CONTINGENT_GAP_RE.fullmatch(text[m.end : nxt.start])
        ):
            # "Kenyan police officers of the multinational mission", "Nepalese troops serving with
            # MONUSCO": a national contingent fights as the mission it serves in
            mentions[i + 1] = ActorMention(
                actor=with_mention(nxt.actor, text[m.start : nxt.end]), start=m.start, end=nxt.end
            )
            continue
        if nxt is not None and _named_men(text, m, nxt, generic=m.start in generic_starts, owned=bool(owned)):
            # "gunmen from the Sinaloa cartel", "gang members of the Viv Ansanm coalition": the
            # group's men, read as the group at the noun
            mentions[i + 1] = ActorMention(
                actor=with_mention(nxt.actor, text[m.start : nxt.end]), start=m.start, end=nxt.end
            )
            continue
        if nxt is not None and m.start in generic_starts and _of_community(text, m, nxt):
            # "armed youths from the Nuer community", "gunmen from the Pokot community": armed men
            # a report ties to a community are its identity militia (inter 4), not a nameless group
            mentions[i + 1] = ActorMention(
                actor=with_mention(nxt.actor, text[m.start : nxt.end]), start=m.start, end=nxt.end
            )
            continue
        out.append(m)
    return out


_COMMUNITY_GAP_RE = re.compile(r"\s+(?:from|of|belonging to)\s+(?:the\s+|a\s+)?", re.IGNORECASE)
_ARMED_BEFORE_RE = re.compile(r"\barmed\s+$", re.IGNORECASE)


def _named_men(text: str, m: ActorMention, nxt: ActorMention, *, generic: bool, owned: bool) -> bool:
    """``m`` is the men of the named group ``nxt`` right after it: "gunmen from the Sinaloa cartel",
    "militants from the Baloch Liberation Army", "militiamen known as Imbonerakure"."""
    if not _is_named_group(nxt.actor):
        return False
    gap = text[m.end : nxt.start]
    if generic and KNOWN_AS_RE.fullmatch(gap):
        return True
    unnamed = generic and m.actor.name.startswith(("Unidentified Armed Group", "Unidentified Gang"))
    vague = bool(VAGUE_PRESS_RE.fullmatch(m.actor.mention or ""))  # "militants" read as a local group
    # "a group of Fulani men" stays unnamed
    of = nxt.actor.type is not ActorType.IDENTITY_MILITIA and gap.lower().split()[:1] in (["of"], ["from"])
    return owned and (unnamed or vague) and of


def _of_community(text: str, m: ActorMention, nxt: ActorMention) -> bool:
    """``m`` is armed men of the community ``nxt`` names: an unnamed armed noun, or youths or
    herders said to be armed, right before "from the <X> community"."""
    if nxt.actor.type is not ActorType.IDENTITY_MILITIA or not _COMMUNITY_GAP_RE.fullmatch(
        text[m.end : nxt.start]
    ):
        return False
    if (nxt.actor.mention or "").lower().split()[-1:] not in (["community"], ["communities"]):
        return False
    if m.actor.name.startswith(("Unidentified Armed Group", "Unidentified Gang")):
        return True
    armed = _ARMED_BEFORE_RE.search(text, max(0, m.start - 12), m.start) is not None
    return armed and m.actor.type in (ActorType.RIOTERS, ActorType.CIVILIANS)


def with_mention(actor: Actor, words: str) -> Actor:
    return Actor(name=actor.name, type=actor.type, country=actor.country, mention=words)


_FORCES = (ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES)
_THE_BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Tt]hose|[Tt]hese)\s+$")


def foreign_troops(
    text: str, mentions: list[ActorMention], generic_starts: set[int], country: str | None
) -> list[ActorMention]:
    """ "A column of Israeli armoured vehicles entered Quneitra ... The troops levelled land": "the
    troops" of a text that named only a foreign state's forces before them are those forces, not
    the home army the bare noun is templated as."""
    out: list[ActorMention] = []
    foreign: ActorMention | None = None
    for m in mentions:
        actor = m.actor
        home = actor.country == country and actor.type is ActorType.STATE_FORCES
        if (
            m.start in generic_starts
            and home
            and foreign is not None
            and _THE_BEFORE_RE.search(text, 0, m.start)
        ):
            out.append(
                ActorMention(
                    actor=with_mention(foreign.actor, text[m.start : m.end]), start=m.start, end=m.end
                )
            )
            continue
        if home and m.start not in generic_starts:
            foreign = None  # the home forces named too: the noun may be theirs
        elif m.start not in generic_starts and actor.type in _FORCES and actor.country not in (None, country):
            foreign = m if foreign is None or foreign.actor.name == actor.name else None
        out.append(m)
    return out
