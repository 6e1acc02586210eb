"""What a demonym's phrase names when it is not the state's forces or a foreign civilian.

"Malian National Guard" is a force, "the French strike over pensions" a walkout, "a Tunisian
national who was an Islamic State commander" the group's man, "an off-duty policeman" a
civilian: the matcher (:mod:`vigil.extract.actor_match`) asks here before it names the side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vigil.domain import Actor
from vigil.extract.actor_nouns import OFF_DUTY_WORDS
from vigil.taxonomy import ActorType

# Words after "<demonym> national" that make it an adjective of a body, not a foreign national.
_NATIONAL_BODIES = frozenset(
    {
        "guard",
        "guards",
        "army",
        "police",
        "assembly",
        "team",
        "park",
        "forces",
        "security",
        "intelligence",
        "day",
    }
)


_ARMED_ROLE_RE = re.compile(
    r",?\s+(?:who|whom)\b[^.;]{0,60}?\b(?:commanders?|fighters?|militants?|members?|leaders?|jihadists?|"
    r"rebels?|insurgents?|recruits?|operatives?)\b",
    re.IGNORECASE,
)
_LABOUR_RE = re.compile(
    r"\b(?:pensions?|wages?|pay|salar(?:y|ies)|unions?|walkouts?|strikers|labou?r|general strike|on strike)\b",
    re.IGNORECASE,
)


def _national_of_a_body(tokens: Sequence[tuple[str, int, int]], lowered: Sequence[str], j: int) -> bool:
    """The match ended on "national" and it names a body ("National Guard", "national team"), not
    a person ("Malian national Amadou Diallo")."""
    if lowered[j - 1] != "national" or j >= len(tokens):
        return False
    return lowered[j] in _NATIONAL_BODIES or (tokens[j - 1][0][0].isupper() and tokens[j][0][:1].isupper())


def not_what_it_names(
    text: str, tokens: Sequence[tuple[str, int, int]], lowered: Sequence[str], j: int, actor: Actor
) -> bool:
    """The demonym match ending at token ``j`` names something else: a national body, a
    walkout ("strike" with labour words in the text), or a foreign national the text calls an
    armed group's member."""
    if _national_of_a_body(tokens, lowered, j):
        return True
    if lowered[j - 1] in ("strike", "strikes") and _LABOUR_RE.search(text):
        return True
    return actor.type is ActorType.CIVILIANS and bool(_ARMED_ROLE_RE.match(text, tokens[j - 1][2]))


_OFF_DUTY_AFTER_RE = re.compile(
    r"\s*,?\s*(?:who|that)\s+(?:was|were|is|are)\s+off[- ]duty\b|\s+(?:informers?|informants?|collaborators?)\b",
    re.IGNORECASE,
)


def off_duty(text: str, lowered: Sequence[str], i: int, end: int, actor: Actor) -> bool:
    """A state-force noun read at token ``i`` that names someone out of the force: off duty,
    former, retired ("an off-duty policeman", "a former army officer", "an officer who was off duty"),
    or one who only informs it ("a police informer")."""
    if actor.type not in (ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES):
        return False
    before = lowered[max(0, i - 2) : i]
    return any(w in OFF_DUTY_WORDS for w in before) or bool(_OFF_DUTY_AFTER_RE.match(text, end))
