"""Rival counts of one toll: a party's boast, a doubted claim, a clause that tells it lower.

The codebook keeps the most conservative credible figure. A side's claim to have killed many
("the rebels said they had killed 30 soldiers") gives way to a firm figure for the same people,
and so does a figure the other clause of its own sentence tells lower ("the ministry said six
attackers died, but the prosecutor reported four bodies"). Kept as claims, not counted twice:
:func:`vigil.extract.figures.fatalities` drops what :func:`without_rival_allegations` returns
without.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vigil.domain import Claim
from vigil.extract.casualties import sentence_mentions
from vigil.extract.numbers import tokenize
from vigil.extract.tollwords import HEAVY_LOSSES
from vigil.taxonomy import ClaimKind, Counted, SourceKind, Stance

CLAIMED_KILLING = re.compile(
    r"\bclaim\w* (?:to have )?killed|"
    r"\b(?:claim\w*|said) (?:in a statement )?(?:that )?"
    r"(?:it|they|the (?:rebels|militants|insurgents|jihadists|group)|(?:its|their|his) (?:\w+ )?(?:men|fighters|troops|"
    r"forces|units|combatants)) (?:had |have )?"
    r"(?:[\w ]{1,60}? and (?:had )?)?(?:killed|neutrali[sz]ed)",
    re.IGNORECASE,
)
DOUBTED = re.compile(
    r"\b(?:could not|cannot|can't|couldn't) (?:be )?(?:independently )?(?:verified|confirmed|checked|verify|confirm)|"
    r"\b(?:did not|has not|have not|had not|didn't) (?:yet )?(?:confirm|verify)\b|"
    r"\bunverified\b|\bclaims? (?:that )?(?:the )?(?:[\w-]+ ){0,2}(?:rejected|denied|dismissed|disputed)\b|"
    r"\brejected (?:it )?as (?:propaganda|false|lies|fabricat\w+)|"
    r"\b(?:rejected|denied|dismissed|disputed) (?:that|the|this|the group's|the rebels') claim\b",
    re.IGNORECASE,
)
RISEN = re.compile(r"\b(?:rose|risen|rising|climbed|increased|now stands?)\b", re.IGNORECASE)


def without_rival_allegations(claims: Sequence[Claim]) -> list[Claim]:
    """Drop a party's figure ("the militants claimed to have killed 30 soldiers", "the group
    said it killed 12 soldiers") where another source's sentence asserts deaths of the same
    group ("5 soldiers were killed, the army said"): the codebook keeps the most conservative
    credible figure, and a boast is a rival figure, kept as a claim, not deaths to add. A lone
    allegation still counts."""

    def boast(c: Claim) -> bool:
        # an armed group's own count, or a claim to have killed; not a toll that rose since
        # ("had risen to 20, residents said, accusing soldiers ...") nor any other allegation.
        # "19 died, a medic said, while the RSF claimed to have killed 100": only the clause's figure
        clause = _boasted_figures(c.sentence)
        if clause is not None:
            return c.figure in clause
        party = c.source_kind is SourceKind.ARMED_GROUP or bool(CLAIMED_KILLING.search(c.sentence))
        return party and not RISEN.search(c.sentence)

    # "ISWAP said it had killed 11 soldiers, a claim the military rejected": a figure its own
    # report doubts gives way to any firm one (the codebook's most conservative credible figure)
    def doubted(c: Claim) -> bool:
        return bool(DOUBTED.search(c.sentence)) and any(s != c.sentence for s in undoubted)

    undoubted = {
        c.sentence
        for c in claims
        if c.kind is ClaimKind.KILLED
        and c.figure is not None
        and c.stance is not Stance.DENIED
        and not DOUBTED.search(c.sentence)
    }

    firm = [
        c
        for c in claims
        if c.kind is ClaimKind.KILLED
        and c.figure is not None
        and c.stance in (Stance.ASSERTED, Stance.CONFIRMED, Stance.ALLEGED)
        and not boast(c)
    ]

    def outweighed(c: Claim) -> bool:
        # a firm figure for the same group, or for everyone ("19 fighters from both sides"), in
        # another sentence or beside the boast's own clause
        return any(
            (f.counted is c.counted or f.counted is Counted.TOTAL or _ALL_SIDES.search(f.sentence))
            and (f.sentence != c.sentence or _boasted_figures(c.sentence) is not None)
            and (f.stance is not Stance.ALLEGED or f.sentence == c.sentence)
            for f in firm
        )

    def rival(c: Claim) -> bool:
        return (
            c.kind is ClaimKind.KILLED
            and c.stance is not Stance.DENIED
            and ((boast(c) and outweighed(c)) or doubted(c) or _outbid(c))
        )

    return [c for c in claims if not rival(c)]


# "..., while the M23 said it had killed dozens of militiamen", "the KIA claimed to have killed 20,
# while a junta spokesman said four soldiers died": a party's rival count and a source's toll told
# as two clauses of one sentence
_TWO_TELLINGS = re.compile(
    r"(?:[,;]\s+(?:while|whereas|but|though|although)|;)\s+(?=[^.;]{0,60}?\b(?:said|says|claimed|claims|put|reported|"
    r"spoke(?:n)? of|counted|gave|told|believed|estimated)\b)",
    re.I,
)
_ALL_SIDES = re.compile(r"\b(?:(?:on|from) (?:both|all|either) sides?|on each side)\b", re.IGNORECASE)


def _tellings(sentence: str) -> tuple[list[str], list[list[tuple[int, Counted]]]] | None:
    """The two clauses of a sentence that tells the deaths twice ("X said ..., while Y
    reported ..."), with each clause's figures; None for a sentence told once."""
    parts = _TWO_TELLINGS.split(sentence, maxsplit=1)
    if len(parts) != 2:
        return None
    figures = [
        [
            (m.figure, m.counted)
            for m in sentence_mentions(tokenize(part))
            # ("while the army said it had inflicted heavy losses": no count to rival one)
            if m.kind is ClaimKind.KILLED
            and m.figure is not None
            and not m.subset
            and not (m.vague and HEAVY_LOSSES.search(part))
        ]
        for part in parts
    ]
    return parts, figures


def _boasted_figures(sentence: str) -> frozenset[int] | None:
    """The figures of the one clause of ``sentence`` in which a party claims its kills, where
    the sentence tells the deaths twice; else None."""
    told = _tellings(sentence)
    if told is None:
        return None
    parts, figures = told
    boasts = [bool(CLAIMED_KILLING.search(part)) for part in parts]
    if boasts.count(True) != 1:
        return None
    return frozenset(figure for figure, _ in figures[boasts.index(True)])


def _outbid(c: Claim) -> bool:
    """A figure that the other clause of its sentence tells lower for the same people ("the
    ministry said six attackers died, but the prosecutor reported four bodies"): the codebook
    keeps the most conservative of rival counts."""
    told = _tellings(c.sentence)
    if told is None or c.figure is None:
        return False
    _, figures = told
    for mine, other in (figures, figures[::-1]):
        if (c.figure, c.counted) in mine and not any(f == c.figure for f, _ in other):
            return any(f < c.figure and (g is c.counted or Counted.TOTAL in (g, c.counted)) for f, g in other)
    return False
