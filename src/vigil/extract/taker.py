"""Who took the ground: ground taken is the government's regained when the state's own forces took
it, and a non-state (or foreign) actor's overtaking when they did; an actor that took it before
or left it took none now.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vigil.extract import cues
from vigil.extract.nlp import sentence_spans
from vigil.taxonomy import ActorType, SubEventType

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

    from vigil.domain import Actor
    from vigil.extract.actor_glosses import ActorMention

_TERRITORY = (SubEventType.NON_STATE_OVERTAKES_TERRITORY, SubEventType.GOVERNMENT_REGAINS_TERRITORY)


def ground_taker(
    sub: SubEventType, text: str, mentions: Sequence[ActorMention], doc: Doc | None = None
) -> SubEventType:
    """Ground taken is the government's regained when the state's own forces took it, and a
    non-state (or foreign) actor's overtaking when they did: the taker decides, not the words."""
    if sub not in _TERRITORY:
        return sub
    from vigil.extract.agency import score_mentions
    from vigil.extract.scene import follow_up

    # the sequel's taker is not this event's ("troops had later retaken the base")
    sequel = [(a, b) for a, b in sentence_spans(text) if follow_up(text[a:b])]
    agents = [
        s
        for s in score_mentions(text, mentions, doc)
        if s.agency > 0
        and s.mention.actor.type in _ARMED_TYPES
        and not took_no_ground(text, s.mention)
        and not any(a <= s.mention.start < b for a, b in sequel)
    ]
    if not agents:
        return sub
    lead = max(agents, key=lambda s: (s.agency, -s.sentence, -s.mention.start))
    if any(
        a.mention.actor.type is ActorType.STATE_FORCES and a.agency >= min(lead.agency, 2) for a in agents
    ):
        # "Mozambican and Rwandan troops recaptured the town": the state and its allies retook it
        return SubEventType.GOVERNMENT_REGAINS_TERRITORY
    return SubEventType.NON_STATE_OVERTAKES_TERRITORY


def taken_by(sub: SubEventType, actor1: Actor | None, country: str | None) -> SubEventType:
    """The kind of ground taken, kept true to the side finally coded as its taker: a rebel group or
    a foreign army overtakes ground, the state's own forces regain it (a militia is left as read:
    ACLED counts the state's affiliates' gains as its own)."""
    if sub not in _TERRITORY or actor1 is None:
        return sub
    if actor1.type in (ActorType.REBEL_GROUP, ActorType.EXTERNAL_FORCES):
        return SubEventType.NON_STATE_OVERTAKES_TERRITORY
    if actor1.type is ActorType.STATE_FORCES and country is not None and actor1.country == country:
        return SubEventType.GOVERNMENT_REGAINS_TERRITORY
    return sub


def took_no_ground(text: str, m: ActorMention) -> bool:
    """``m`` took no ground now: it took it before ("..., a year after the militants seized it")
    or left it ("as Syrian army units pulled out")."""
    return bool(
        cues.EARLIER_EVENT.search(text, max(0, m.start - 40), m.start)
        or LEFT_AFTER.match(text, m.end)
        or _TAKEN_BY_BEFORE.search(
            text, max(0, m.start - 60), m.start
        )  # "the town, captured by Ukrainian troops"
        # "a coastal town that al Shabaab had controlled for more than a decade": its holder before
        or (_WHICH_BEFORE.search(text, max(0, m.start - 12), m.start) and _HELD_AFTER.match(text, m.end))
    )


_WHICH_BEFORE = re.compile(r"\b(?:that|which|where)\s+(?:the\s+)?$", re.I)
_HELD_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:had|has|have)\s+(?:\w+\s+)?(?:controlled|held|occupied|seized|captured|ruled)\b", re.I
)


_TAKEN_BY_BEFORE = re.compile(
    r"\b(?:settlement|town|village|city|area|territory|district|base)s?,? (?:\w+ ){0,2}(?:captured|seized|taken|overrun|held) "
    r"by (?:the )?$",
    re.I,
)


LEFT_AFTER = re.compile(
    # "Soldiers and police loyal to the junta pulled out": the words between name no other actor's act
    r"\W*(?:and\s+(?:[\w-]+\s+){1,5}?)?(?:(?!(?:who|which|that|after|as|when|then|before|while)\b)[\w-]+\s+){0,4}?"
    r"(?:(?:had|have|has)\s+|to\s+)?(?:pull(?:ed)? (?:out|back)|withdr[ae]w\w*|withdraw|retreat\w*|fled|"
    r"crossed (?:the border )?into|"
    r"abandon\w*|redeploy\w*|evacuat\w*|hand(?:ed|s|ing) (?:\w+ ){0,3}?(?:over|back)|handed control|"
    r"(?:left|leaving|leave|vacated) (?:the|their|its) (?:[\w-]+ )?(?:base|town|city|area|village|post|camp|positions?))\b",
    re.I,
)
_ARMED_TYPES = (
    ActorType.STATE_FORCES,
    ActorType.EXTERNAL_FORCES,
    ActorType.REBEL_GROUP,
    ActorType.POLITICAL_MILITIA,
    ActorType.IDENTITY_MILITIA,
)
