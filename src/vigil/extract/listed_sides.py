"""Two sides listed together, then a clash: "JNIM and ISGS militants reportedly clashed" makes
them opponents, "A and B clashed with C" allies. Read for :mod:`vigil.extract.agency`.
"""

from __future__ import annotations

import re

# A fight's verbs, whoever fought: "clashed", "exchanged fire", "traded shots".
CLASH_RE = re.compile(
    r"\b(?:clash\w*|fight\w*|fought|battl(?:ed|ing|es)|confront\w*|skirmish\w*|exchang\w*|trad(?:ed|ing) (?:gun)?(?:fire|shots))\b",
    re.I,
)

# What may stand between two listed sides and the clash they fought: the noun the second names
# ("IS Sahel militants"), a closing bracket ("(believed to be JNIM and ISGS militants) reportedly
# clashed"), an auxiliary, a hedging or time adverb.
_BEFORE_CLASH_RE = re.compile(
    r"\s*(?:(?:[\w-]+\s+)?(?:militants|fighters|forces|members|troops|soldiers|gunmen|elements|militiam[ae]n|militias|clans|tribes|communities)\b)?"
    r"\s*\)?\s*,?\s*(?:(?:have|had|has|were|are|reportedly|allegedly|reported|later|again|also|then|"
    r"once|briefly|violently|heavily|fiercely|repeatedly|openly|directly|(?-i:[a-z]+ly))\s+){0,3}",
    re.IGNORECASE,
)
# A clash verb whose object is a third side: "A and B clashed with C" lists one side, allied
# ("clashed with each other", "fought with machetes" name no third side).
_THIRD_SIDE_RE = re.compile(
    r"\s+(?:with|against)\s+(?!(?:each other|one another|themselves)\b|(?:[\w-]+\s+){0,2}?(?:machetes?|guns?|"
    r"knives|knife|sticks?|batons?|stones?|rocks?|firearms?|weapons?|arrows?|bows?|clubs?|rifles?|spears?|"
    r"cutlass(?:es)?|axes|hoes?|objects|bullets|fists|bare hands)\b)",
    re.IGNORECASE,
)


def clashes_next(text: str, end: int) -> bool:
    """Whether a reciprocal clash verb follows the listed sides ("JNIM and ISGS militants reportedly
    clashed"): the two are opponents. Of the 105 ACLED battle notes that read "A and B
    clashed/fought" with no third side, 87 code two opposing sides and no associate (57 of them
    two named groups); 18 give actor1 an associate."""
    lead = _BEFORE_CLASH_RE.match(text, end)
    start = lead.end() if lead is not None else end
    verb = CLASH_RE.match(text, start)
    if verb is None or verb.group().lower().startswith("fighter"):
        return False  # "JNIM and ISGS fighters" names them, it does not say they fought
    return not _THIRD_SIDE_RE.match(text, verb.end())
