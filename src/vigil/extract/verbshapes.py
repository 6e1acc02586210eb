"""The shapes of a parsed verb that say how its subject fares: hit ("came under fire"), dead in its
own clause, a headline's bare participle ("Two soldiers killed in IED blast"), answering fire,
only seeing it, vowing, or acting before it ("hours after India fired"); and the dead named as
remains ("the body of a soldier").

Read by :mod:`vigil.extract.agency`; split from it to keep each module small.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

COME = frozenset(("came", "come", "comes", "coming"))
DIE = frozenset(("died", "dies", "die", "dying", "perished", "succumbed"))
UNDER_FIRE = frozenset({"fire", "attack", "attacks", "shelling", "bombardment", "gunfire", "assault"})
# Verbs whose subject (or agent) only witnessed or looked into an event: "the body was found by
# police", "police believe gangs were behind it" say nothing about who did it.
OBSERVE_RE = re.compile(
    r"^(?:f[io]und|discover|recover|retriev|investigat|believ|suspect|think|thought|identif|condemn|reject|denounc|"
    r"deplor|learn|witness|saw|see|notic|examin|inspect)"
)
# "the body of a soldier", "the corpses of two policemen": the dead are the harmed. ACLED notes
# that find a soldier's or fighter's body code an unidentified armed group as actor1 (2 of 2).
# Between "of" and the mention only determiners, possessives, numbers and modifiers ("the bodies
# of its soldiers", "of dozens of soldiers"): "the bodies of 12 victims
# of Boko Haram", "bodies of farmers killed by ISWAP" name the killer, not the dead.
REMAINS_OF_RE = re.compile(
    r"\b(?:bod(?:y|ies)|corpses?|remains) of "
    r"(?:(?!(?:of|by|killed|slain|murdered|shot|kidnapped|abducted|attacked|who|that|which|and|or)\b)"
    r"(?:\d+|its|his|her|their|this|these|those|various|numerous|several|"
    r"(?:dozens|scores|hundreds|thousands)(?: of)?|[\w-]*[^\Ws]) ){0,3}$",
    re.IGNORECASE,
)
# "..., hours after India fired missiles at Pakistan": the act this event answered
EARLIER_ACT_RE = re.compile(
    r"\b(?:hours?|days?|weeks?|months?|years?|shortly|soon) after\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|"
    r"\bin (?:retaliation|response|reprisal) (?:for|to)\b[^.;,]{0,40}$",
    re.IGNORECASE,
)
# "security forces later intervened", "troops were deployed to the area": who came to part the
# sides (or came after) and did no harm is no side of the fight
PEACEMAKER_RE = re.compile(
    r"\W*(?:[\w-]+\s+){0,2}?(?:later\s+)?(?:intervened|moved in(?! on\b)|were deployed|was deployed|were sent|was sent|"
    r"arrived|restored (?:order|calm))\b(?![^.;]{0,60}\b(?:kill\w*|shot|fired|attack\w*|arrest\w*|clash\w*|exchang\w*))",
    re.IGNORECASE,
)
# "an air strike targeting bandits hit a market": whom the strike was meant for, not who was hit
AIMED_AT_RE = re.compile(
    r"\b(?:targeting|aimed at|meant for|intended for|directed at)\s+(?:suspected\s+)?$", re.I
)
# "vowed to keep fighting": nothing done yet
VOW_RE = re.compile(r"^(?:vow|pledg|threaten|promis|swor|warn)")
_AT_SCENE_RE = re.compile(r"^(?:reach|arriv|rush|got|came)")
_INQUIRY = frozenset(("investigation", "investigations", "probe", "inquiry", "enquiry", "manhunt", "autopsy"))


def inquiry(verb: Token) -> bool:
    """ "opened an investigation", "launched a manhunt": a verb whose object is an inquiry."""
    return any(c.dep_ == "dobj" and c.lower_ in _INQUIRY for c in verb.children)


def only_saw(verb: Token, violent: re.Pattern[str]) -> bool:
    """The subject of ``verb`` only saw or looked into the event ("police believe gangs did it"),
    or came after it ("gendarmes reached the scene too late and opened an inquiry"): unless a
    ``violent`` verb joined to it says it acted too."""
    if OBSERVE_RE.match(verb.lower_):
        return not any(c.dep_ == "conj" for c in verb.children)
    return (
        bool(_AT_SCENE_RE.match(verb.lower_))
        and any(t.lower_ in ("scene", "spot", "site") for t in verb.subtree)
        and not any(violent.match(c.lower_) and not inquiry(c) for c in verb.children)
    )


def came_under(verb: Token) -> bool:
    """ "The convoy came under fire", "a base came under mortar attack": the subject is hit."""
    return verb.lower_ in COME and any(
        c.dep_ == "prep"
        and c.lower_ == "under"
        and any(o.lower_ in UNDER_FIRE for o in c.subtree)
        and not any(
            o.lower_ in ("lawmakers", "critics", "opposition", "parliament", "press") for o in verb.subtree
        )
        for c in verb.children
    )


def own_clause(tok: Token, verb: Token) -> bool:
    """The subject and its verb share a clause: no ";" between them and no act of the subject's
    own in between ("militants set upon a patrol; 12 soldiers died" misparsed as one clause)."""
    lo, hi = sorted((tok.i, verb.i))
    return not any(t.text == ";" for t in tok.doc[lo:hi]) and not any(
        c.dep_ in ("acl", "relcl") and c.tag_.startswith("VB") for c in tok.children
    )


def headline_passive(verb: Token) -> bool:
    """ "Two soldiers killed in IED blast": a headline's past participle with no auxiliary and no
    object, read by the parse as the subject's own act."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (
        verb.lower_ in HEADLINE_HARM
        and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children)
        # not the first of verbs sharing an object ("abducted, executed, and booby-trapped a fighter")
        and not any(c.dep_ == "conj" and c.tag_.startswith("VB") for c in verb.children)
        and (nxt is None or nxt.lower_ in HEADLINE_NEXT)
    )


HEADLINE_HARM = frozenset(("killed", "wounded", "injured", "martyred", "abducted", "kidnapped"))
HEADLINE_NEXT = frozenset((",", "in", "as", "when", "after", "during", "near", "on", "by"))


def own_subject(verb: Token) -> bool:
    """ "The man died and the woman was injured": a verb with its own subject (or passive) is another clause."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children)


def returns_fire(verb: Token) -> bool:
    """The verb answers an attack: "returned fire", "beat back an ambush", "fought off the raiders"."""
    if verb.lower_ in ("returned", "return", "returns"):
        return any(c.lower_ == "fire" for c in verb.children)
    return verb.lower_ in _ANSWER_VERBS and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off") for c in verb.children
    )


_ANSWER_VERBS = frozenset(
    {
        "beat",
        "beats",
        "beating",
        "fought",
        "fight",
        "fights",
        "fended",
        "fend",
        "warded",
        "shot",
        "fired",
        "hit",
    }
)


__all__ = ["DIE", "came_under", "headline_passive", "own_clause", "own_subject", "returns_fire"]
