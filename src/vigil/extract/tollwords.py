"""Wordings around a toll that change what its figures count: a breakdown told as an aside, a
count the text itself replaced, a guess, a death told as "burned alive". Read by
:mod:`vigil.extract.figures` (split from it to keep each module to one concern)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from vigil.domain import Claim
from vigil.extract.increments import TOLL_BRINGERS
from vigil.taxonomy import ClaimKind, Counted

_WHO = r"(?:[\w-]+|an?)\s+(?:men|women|man|woman|boys|girls|children|child|adults?|minors?|teenagers?)"
# "ten farm workers, nine men and a woman, were killed", "six people, four of them investigators from
# the state prosecutor's office, were killed": a breakdown of the figure before it, no more dead
BREAKDOWN_ASIDE = re.compile(
    rf",\s+(?:{_WHO}(?:(?:\s*,\s*|\s+and\s+){_WHO}){{1,3}}|(?:[\w-]+|all|most) of them\b[^,;.()]{{1,90}})"
    r"\s*,(?=\s+(?:were|had|have|died))"
)

# "Police had initially put the death toll at six", "The toll had earlier been put at 39", "earlier
# figures had put the toll at 26": a count the text's own later figure replaced
INITIAL_TOLL = re.compile(
    r"\b(?:initially|originally|at first|first|earlier|previously)\s+(?:been\s+)?(?:put|reported|gave|given|said|"
    r"counted|announced|set)\b|"
    r"\b(?:initial|earlier|first|preliminary|previous) (?:[\w-]+ )?(?:reports?|counts?|tolls?|figures?) (?:had )?"
    r"(?:said|put|gave|showed)\b",
    re.I,
)

# "a local official said more than 100 people may have died": a guess, no count
GUESSED = re.compile(r"\b(?:may|might|could) have (?:died|been killed|perished)\b", re.I)
# "the army said it had inflicted heavy losses on the attackers": a boast, no count
HEAVY_LOSSES = re.compile(r"\b(?:heavy|huge|severe|significant|considerable) (?:losses|casualties)\b", re.I)

# "investigators said the attacker ... was killed when it detonated": the bomber, one of the toll, no rival count
ATTACKER_DIED = re.compile(
    r"\bthe (?:suspected |alleged )?(?:attacker|bomber|assailant|gunman)\b[^.;]{0,100}?\b(?:was|were) killed\b",
    re.I,
)
CLAIMED = re.compile(r"\bclaim(?:ed|s|ing)\b", re.I)  # a party's claim, told as one

# a figure beside the toll, not a rival count of it: more dead ("two others", "also"), a toll
# updated ("later", "initially"), a part of it ("two of the bodies"), a side's own losses
ALSO = re.compile(
    r"\b(?:also|another|additional|further|separately|elsewhere|later|initially|subsequently|now|revised)\b|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:more|others?|of (?:the|them|those))\b|"
    r"\b(?:in|among) (?:its|their) (?:own )?(?:ranks|fighters|members|men)\b|"
    r"\b(?:toll|figure|dead) (?:includes?|included)\b|"  # "the toll includes the three bombers": a part of it
    r"\btoll (?:does not|doesn't|did not|didn't) include\b|"  # "... does not include the three bombers": on top
    r"\b(?:as many as|up to|may have|might have|could have)\b",  # an upper guess, no count
    re.I,
)

# "raised the death toll from Tuesday's fighting at the prison to 116, up from 30 reported initially": the
# toll and its figure told together, the superseded figure left out
RAISED_FROM = re.compile(
    r"\b(raised the (?:death )?toll) from [^.;]{1,80}? to (?=(?:at least |about )?\w)", re.I
)
UP_FROM = re.compile(
    r",?\s*\bup from (?:the |an? )?(?:earlier |initial |previous )?[\d,]+\b[^,.;]{0,100}(?=[,.;]|$)",
    re.I,
)

# "the death toll later rose to five", "a toll that climbed to 20", "bringing the toll to seven
# after two of the wounded died": an updated toll of this event (a period's toll is never read
# as a figure at all: increments.running_total)
RISEN_TO = re.compile(
    r"\b(?:(?:toll|number of (?:dead|deaths|people killed|those killed))\b[^.;]{0,40}?"
    r"\b(?:rose|risen|climbed|increased|jumped|reached)"
    rf"|(?:{'|'.join(sorted(TOLL_BRINGERS))})\s+the\s+(?:death\s+)?toll"
    r"|raised\s+the\s+(?:death\s+)?toll(?:\s+from\s+[^.;]{0,80}?)?)"
    r"\s+to\s+(?:at least\s+|about\s+)?(?P<n>\w[\w-]*)",
    re.IGNORECASE,
)

# "two men were beaten and burned alive by a mob": burned to death
BURNED_ALIVE = re.compile(r"\b(?:burned|burnt)(?P<who> (?:them|him|her))? alive\b", re.I)


def without_replaced(claims: Sequence[Claim]) -> list[Claim]:
    """Drop the death figures a text's own firm count replaces: one "initially" told, a guess ("may
    have died"), a boast of "heavy losses". Where no firm count is told, they stand."""

    def replaced(c: Claim) -> bool:
        told = c.sentence
        return c.kind is ClaimKind.KILLED and bool(
            INITIAL_TOLL.search(told) or GUESSED.search(told) or (c.vague and HEAVY_LOSSES.search(told))
        )

    if any(c.kind is ClaimKind.KILLED and c.figure and not c.vague and not replaced(c) for c in claims):
        return [c for c in claims if not replaced(c)]
    return list(claims)


def a_part(claim: Claim, first: Sequence[Claim], claims: Sequence[Claim]) -> bool:
    """Whether a later figure is a part of the first sentence's toll of everyone: one person of a
    group the toll did not name, told alone and not as more ("the attacker shot dead a police guard
    at the gate" after 56 people killed in the blast; not "a civilian was also killed")."""
    totals = [c.figure or 0 for c in first if c.kind is ClaimKind.KILLED and c.counted is Counted.TOTAL]
    alone = sum(c.kind is ClaimKind.KILLED and c.sentence == claim.sentence for c in claims) == 1
    return (
        claim.kind is ClaimKind.KILLED
        and claim.sentence not in {c.sentence for c in first}
        and claim.figure == 1
        and alone
        and not ALSO.search(claim.sentence)  # "a civilian was also killed by a stray bullet": on top
        and claim.counted is not Counted.TOTAL
        and claim.counted not in {c.counted for c in first}
        and bool(totals)
        and max(totals) > 1
    )


# a killing done, told through what made it possible ("made it possible to neutralise fifteen assailants")
DONE_TO = re.compile(
    r"\b(?:made it possible to|managed to|succeeded in|were able to|was able to) neutrali[sz](?:e|ing)\b",
    re.I,
)
# a killing told as an accusation ("residents accused soldiers of executing six young men"): alleged
ACCUSED_OF = re.compile(
    r"\baccused (?P<who>(?:[\w'-]+ ){1,4}?)of (?:executing|killing|murdering|shooting dead|massacring)\b",
    re.I,
)


# a sentence set on another day than the event's: "In March, ...", "Last year, ...", "In 2019, ..."
ANOTHER_DAY = re.compile(
    r"\W*(?:in (?:early |late |mid-)?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|(?:19|20)\d\d)|last (?:month|year|week)|earlier (?:this|in the) (?:week|month|year)|"
    r"earlier (?:on|that) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day)|earlier in the day|"
    r"(?:a|one|two|three|four|five|six) (?:weeks?|months?|years?) ago)\b",
    re.I,
)


_SIMILAR = re.compile(
    r"\bsimilar (?:unrest|protests?|attacks?|raids?|clashes|violence|incidents?|riots?)\b|"
    r"\b(?:elsewhere|separately|in a separate)\b|\bspread to\b",
    re.I,
)
# "Fifteen more people died in clashes in the southern city of Moundou": another place's dead
_ELSEWHERE = re.compile(
    r"\b(?:more|also|other)\b[^.;]*\bin the (?:[a-z-]+ ){0,2}(?:city|town|province|region) of ((?-i:[A-Z])[\w'-]+)",
    re.I,
)


def another_event(sentence: str, lede: str | None) -> bool:
    """Whether a later sentence tells another event's dead: another day's ("Earlier on Monday, a
    blast at a bus station killed 71"), a similar one elsewhere, or one in another named town."""
    if ANOTHER_DAY.match(sentence) or _SIMILAR.search(sentence):
        return True
    return (m := _ELSEWHERE.search(sentence)) is not None and m.group(1) not in (lede or "")
