"""Deaths a later sentence adds to a toll told before it, rather than a rival figure for it.

Across sentences :func:`vigil.extract.figures.fatalities` keeps a group's highest figure, since
a recap or an update retells the same dead. Wire copy also tells deaths that come on top:
"two of the wounded later died", "another body was found", "three more succumbed", or an
ordinal that names the new total ("a sixth victim died in hospital"). These are read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vigil.extract.numbers import words

_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)"
_DEATH = (
    r"(?:died|succumbed|passed away|(?:was|were)\s+(?:also\s+)?(?:killed|found(?:\s+dead)?|recovered)|dead)"
)
_VICTIM = (
    r"(?:bod(?:y|ies)|corpses?|victims?|persons?|people|civilians?|soldiers?|policemen|police officers?|"
    r"officers?|fighters?|villagers?|residents?|passengers?|children|men|women)"
)
# "Two of the wounded later died", "another body was found", "three more succumbed", "a further
# two soldiers died": deaths beyond those a sentence before counted.
_ADDED = re.compile(
    r"\b(?:(?:of|among)\s+(?:the|those)\s+(?:wounded|injured)\b[^.;]{0,30}?\b(?:died|succumbed|passed away)"
    rf"|(?:another|a further)\s+(?:{_NUMBER}\s+)?{_VICTIM}\b[^.;]{{0,25}}?\b{_DEATH}"
    rf"|{_NUMBER}\s+(?:more|other|further)\s+(?:{_VICTIM}\s+)?(?:later\s+)?{_DEATH})\b",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"\b(?:toll|total)\b", re.IGNORECASE)
_ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
# "a sixth victim died in hospital", "a fifth body was found": the ordinal is the toll now
_ORDINAL = re.compile(
    rf"\b(?:a|an)\s+(?P<n>{'|'.join(_ORDINALS)})\s+(?:{_VICTIM}\s+|person\s+)?(?:later\s+)?{_DEATH}\b",
    re.IGNORECASE,
)


def added_deaths(sentence: str, figure: int, before: int) -> bool:
    """Whether the deaths (``figure``) this sentence tells come on top of a toll (``before``)
    told before it; a figure above that toll in a sentence naming a toll is the new total."""
    return bool(_ADDED.search(sentence)) and not (_TOTAL.search(sentence) and figure > before)


def ordinal_death(sentence: str) -> int:
    """The toll an ordinal death names ("a fifth died" -> 5), else 0."""
    m = _ORDINAL.search(sentence)
    return _ORDINALS[m.group("n").lower()] if m else 0


# "Another body was found", "a further body was recovered": one more dead, told by the body
_BODY_FOUND = re.compile(
    r"\b(?:another|a further|one more)\s+body\s+(?:was|has been|had been)\s+(?:found|recovered|discovered|pulled)",
    re.IGNORECASE,
)


def body_found(text: str) -> bool:
    """Whether a sentence tells of one more body found."""
    return bool(_BODY_FOUND.search(text))


# the verbs of a toll that changed: "the toll rose to 9", "the number killed climbed to 17"
RISEN = words("rose risen rises climbed climbs reached reaches increased jumped stood stands")


def period_toll(tokens: Sequence[str]) -> bool:
    """ "the toll from such attacks this year rose to 150", "the death toll since January": a toll
    over a period or a campaign, never one event's deaths."""
    if "toll" not in tokens:
        return False
    scope = []
    for tok in tokens[tokens.index("toll") + 1 :]:
        if tok in RISEN or tok in ("to", "at", "is", "was", "has", "had", ",", ";", "."):
            break  # the toll's own words end at its verb: "rose to 12, the most this year" is no scope
        scope.append(tok)
    return bool(_CUMULATIVE.search(" ".join(scope)))


_CUMULATIVE = re.compile(
    r"\b(?:since|such|(?:this|last|the past) (?:year|month|week)|"
    r"(?:of|from|in) the (?:war|conflict|insurgency|campaign|uprising)\b)"
)
