"""What a sentence denies: one vocabulary of denial for every reading that needs one.

Three readings ask about denial, each with its own scope, so one base pattern (a verb of
denial and what it disputes) is narrowed or widened by name below:

- :func:`disputes_report`: the sentence disputes what the text reports ("The army denied it."),
  so it can be set aside when reading whether the text tells an event;
- :func:`denies`: the stance of a sentence's claims ("denied killing civilians", "no civilians
  were killed"), for :mod:`attribution`;
- :func:`denied_group`: which group a sentence says was not killed, read from its tokens, for
  :mod:`figures`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vigil.extract.mentions import counted_group
from vigil.extract.numbers import words
from vigil.taxonomy import Counted

_DENY = r"denied|denies|deny|denying"
# verbs that deny only with what they dispute: "rejected the claims", not "rejected the bill"
_DISPUTE = r"rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes"
# what a denial disputes: the report itself, its figures, or a part in the event; "that" only as
# what is disputed, not as a relative pronoun ("land disputes that have killed 40")
_DISPUTED = (
    r"(?:it|this|them|that(?!\s+(?:have|has|had|were|was|is|are|left|killed|erupted|broke)\b)|"
    r"the (?:[\w'’]+ )?(?:report|reports|claims?|accounts?|versions?|allegations?|accusations?|charges?|"
    r"figures?|toll)|responsibility|involvement|allegations?|accusations?|claims?|reports?)"
)
_GAP = r"(?:[\w'’]+\s+){0,3}?"
# the base pattern: a verb of denial and, within three words, what it disputes; "denied any"
# disputes whatever follows, "rejected any" only a part in the event ("any role", not "any ceasefire")
_DISPUTES_REPORT = (
    rf"\b(?:(?:{_DENY})\s+{_GAP}(?:{_DISPUTED}|any)\b|(?:{_DISPUTE})\s+{_GAP}"
    rf"(?:{_DISPUTED}|any (?:\w+ )?(?:involvement|role|responsibility|wrongdoing|links?|part|knowledge))\b)"
)
# the speaker says the deaths did not happen: "no civilians were killed", "did not kill"
_NO_DEATHS = (
    r"\bno (?:civilians?|one|people|soldiers|villagers|residents|lives) "
    r"(?:was|were|had been|have been|has been)? ?(?:killed|harmed|hurt|dead|died)\b"
    r"|\bnobody (?:was|had been|has been) killed\b|\bdid not kill\b|\bdidn't kill\b|\bnever killed\b"
)
_DISPUTES_REPORT_RE = re.compile(_DISPUTES_REPORT, re.IGNORECASE)
_DENIES_RE = re.compile(rf"\b(?:{_DENY})\b|{_DISPUTES_REPORT}|{_NO_DEATHS}", re.IGNORECASE)

_NEGATING = words("no nobody none not never neither")
_DEATH = words("killed dead died kill killing")
_KILLING = words("killed kill killing killings executed executing executions")


def disputes_report(sentence: str) -> bool:
    """Whether ``sentence`` disputes what the text reports: the base pattern, as narrow as it is
    because a sentence it finds is set aside when reading whether the text tells an event, and
    "denied entry" or "rejected the bill" dispute nothing reported.

    >>> disputes_report("The army rejected the claims."), disputes_report("MPs rejected the bill.")
    (True, False)
    """
    return bool(_DISPUTES_REPORT_RE.search(sentence))


def denies(sentence: str) -> bool:
    """Whether the speaker of ``sentence`` denies its claims: wider than :func:`disputes_report`,
    because any "denied" sets the stance ("denied killing civilians", "denied that troops
    fired") and so does saying no one was killed; the other verbs still need what they dispute
    ("dismissed the governor" denies nothing).

    >>> denies("The army denied killing civilians."), denies("No civilians were killed.")
    (True, True)
    """
    return bool(_DENIES_RE.search(sentence))


def denied_by(sentence: str) -> str:
    """Who denies, where a clause of its own says so after another's words ("Kahindo blamed the
    militia, but a spokesman for the group denied involvement"); "" when the sentence's speaker does."""
    found = _DENIER_RE.search(sentence)
    return found.group("who").strip() if found else ""


_DENIER_RE = re.compile(
    r"[,;]\s*(?:but|while|whereas|and)\s+(?P<who>(?:an?|the|its|his|their)\s+[\w'’ -]{2,60}?)\s+"
    r"(?:has\s+|have\s+|had\s+|quickly\s+|later\s+)?(?:denied|rejected|dismissed)\b",
    re.IGNORECASE,
)


def denied_group(tokens: Sequence[str]) -> Counted | None:
    """The group a sentence says was not killed ("no civilians were killed", "nobody was
    killed", "did not kill"): a negator within five tokens before a word of death.

    >>> denied_group("no civilians were killed".split())
    <Counted.CIVILIANS: 'civilians'>
    """
    for j, tok in enumerate(tokens):
        if tok not in _DEATH:
            continue
        window = tokens[max(0, j - 5) : j]
        if any(t in _NEGATING for t in window):
            return counted_group(window)
    return None


def denied_verb(tokens: Sequence[str]) -> Counted | None:
    """In a sentence whose speaker :func:`denies`, the group said not to have been killed
    ("denied that the army had killed any civilians")."""
    for j, tok in enumerate(tokens):
        if tok in _KILLING:
            return (
                counted_group(tokens[j : j + 4])
                if j + 1 < len(tokens)
                else counted_group(tokens[max(0, j - 4) : j])
            )
    return None
