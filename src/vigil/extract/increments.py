"""Deaths a later sentence adds to a toll told before it, rather than a rival figure for it.

Across sentences :func:`vigil.extract.figures.fatalities` keeps a group's highest figure, since
a recap or an update retells the same dead. Wire copy also tells deaths that come on top:
"two of the wounded later died", "another body was found", "three more succumbed", or an
ordinal that names the new total ("a sixth victim died in hospital"). These are read here, and a
toll that runs over earlier events ("bringing the toll from a week of fighting to 55").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vigil.extract.harmwords import KILL_PASSIVE
from vigil.extract.numbers import words

_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|"
    r"(?:twen|thir|for|fif)ty|a few|several)"
)
# "succumbed to pressure" is no death; "succumbed to his gunshot wounds", "succumbed on Monday" are
_WOUNDS = r"(?:wounds?|injur(?:y|ies)|burns)"
_SUCCUMBED = rf"succumbed(?!\s+to\s+(?!(?:[\w-]+\s+){{0,3}}{_WOUNDS}\b))"
_DEATH = rf"(?:died|{_SUCCUMBED}|passed away|(?:was|were)\s+(?:also\s+)?(?:killed|found(?:\s+dead)?|recovered)|dead)"
_VICTIM = (
    r"(?:bod(?:y|ies)|corpses?|victims?|persons?|people|civilians?|soldiers?|policemen|police officers?|"
    r"officers?|fighters?|villagers?|residents?|passengers?|children|men|women)"
)
# "Two of the wounded later died", "another body was found", "three more succumbed", "a further
# two soldiers died": deaths beyond those a sentence before counted.
_ADDED = re.compile(
    rf"\b(?:(?:of|among)\s+(?:the|those)\s+(?:wounded|injured)\b[^.;]{{0,30}}?\b(?:died|{_SUCCUMBED}|passed away)"
    # "also wounded three people; one of them, a campaign aide, died later in hospital"
    rf"|(?:wounded|injured|wounding|injuring)\b[^.]{{0,60}}?[;,]\s*(?:and\s+)?{_NUMBER}\s+of\s+(?:them|those|whom)\b"
    rf"[^.;]{{0,40}}?\b(?:died|{_SUCCUMBED}|passed away)"
    rf"|(?:another|a further)\s+(?:{_NUMBER}\s+)?{_VICTIM}\b[^.;]{{0,25}}?\b{_DEATH}"
    rf"|{_NUMBER}\s+(?:more|other|further)\s+(?:{_VICTIM}\s+)?(?:later\s+)?{_DEATH}"
    # "Two young people were also killed in clashes with the security forces": another group, on top
    rf"|^\W*{_NUMBER}\s+(?:[\w-]+\s+)?{_VICTIM}\s+(?:were|was)\s+also\s+(?:killed|shot\s+dead)"
    # "the toll does not include the three bombers": they died on top of it
    r"|\btoll\s+(?:does\s+not|doesn't|did\s+not|didn't)\s+include\s+the\s+(?:\w+\s+)?(?:suicide\s+)?"
    r"(?:bombers?|attackers?|assailants?)"
    # "killing 17 people. The three bombers also died": the attackers' own deaths, on top
    rf"|\bthe\s+(?:{_NUMBER}\s+)?(?:suicide\s+)?(?:bombers?|attackers?|assailants?)\s+"
    r"(?:also\s+(?:died|perished|blew\s+themselves\s+up)|(?:were|was)\s+also\s+killed))\b",
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
    rf"\b(?:a|an)\s+(?P<n>{'|'.join(_ORDINALS)})\s+(?:{_VICTIM}\s+|person\s+)?(?:later\s+|has\s+|had\s+)?{_DEATH}\b",
    re.IGNORECASE,
)


def added_deaths(sentence: str, figure: int, before: int) -> bool:
    """Whether the deaths (``figure``) this sentence tells come on top of a toll (``before``)
    told before it; a figure as high as that toll in a sentence naming a toll is the new
    total ("another body was found, bringing the toll to five" after five dead: still five)."""
    return bool(_ADDED.search(sentence)) and not (_TOTAL.search(sentence) and figure >= before)


def names_toll(sentence: str) -> bool:
    """Whether a sentence names a toll or a total, so its figure is a running total, not deaths."""
    return bool(_TOTAL.search(sentence))


# "killing seven people, including two who later died of their wounds": the lede's figure already
# holds those who died later, so a later "two of the wounded died" retells them
_LATER_INCLUDED = re.compile(
    rf"\b(?:who|that)\s+(?:later|subsequently|afterwards)\s+(?:died|{_SUCCUMBED}|passed away)\b",
    re.IGNORECASE,
)


def later_deaths_included(sentence: str) -> bool:
    """Whether a sentence's figure already counts those who died later."""
    return bool(_LATER_INCLUDED.search(sentence))


_WOUND_WORDS = frozenset({"wound", "wounds", "injury", "injuries", "burns"})


_LATER = words("later subsequently afterwards")
_HOSPITAL_DEATH = words("died succumbed")


def died_later(tokens: Sequence[str]) -> bool:
    """Whether a sentence tells of deaths that came after the event ("two wounded soldiers died
    later", "died in hospital", "succumbed to their wounds"): a toll it brings up counts them."""
    for j, tok in enumerate(tokens):
        if tok not in _HOSPITAL_DEATH:
            continue
        near = set(tokens[max(0, j - 2) : j + 4])
        if near & _LATER or "hospital" in near or (tok == "succumbed" and succumbed_death(tokens, j)):
            return True
        if tokens[j + 1 : j + 2] == ["of"] and _WOUND_WORDS & set(tokens[j + 2 : j + 5]):
            return True
    return False


def succumbed_death(tokens: Sequence[str], j: int) -> bool:
    """Whether "succumbed" at ``tokens[j]`` is a death: not when it yields "to" something other
    than wounds ("two ministers succumbed to pressure")."""
    if tokens[j + 1 : j + 2] != ["to"]:
        return True
    return bool(_WOUND_WORDS & set(tokens[j + 2 : j + 6]))


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
    # "the deadliest attack since 2017" dates the superlative, not the toll
    return bool(_CUMULATIVE.search(_SUPERLATIVE_SINCE.sub("", " ".join(scope))))


_SUPERLATIVE_SINCE = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest)\b.*?\bsince \S+")


# "this year", "since January", "of the war"; never "this week's bombing" (the toll of one
# event, named by its time) nor "since Monday", "since the attack" (this event's toll since)
_CUMULATIVE = re.compile(
    r"\b(?:since\b(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"the\s+(?:attack|blast|bombing|explosion|ambush|raid|assault|massacre|shooting|incident))\b)|such|"
    r"(?:this|last|the past) (?:year|month|week)\b(?!['’]s)|"
    r"(?:of|from|in) the (?:war|conflict|insurgency|campaign|uprising)\b)"
)

# The verbs that bring a toll to a figure: "..., bringing the toll to 21"
TOLL_BRINGERS = words("bringing taking raising pushing")

# Words that make a figure deaths on top of a toll: "another 6 bodies", "a further two", "five more".
INCREMENT_WORDS = frozenset({"another", "further", "additional", "more"})


def is_increment(tokens: Sequence[str], start: int, end: int) -> bool:
    """Whether the figure at ``tokens[start:end]`` adds to a toll the sentence names ("another 6
    bodies were found, bringing the toll to 21"), rather than being deaths of its own."""
    if "toll" not in tokens and "total" not in tokens:
        return False  # "seven were killed and six more bodies were found": deaths to add
    before = tokens[max(0, start - 1) : start + 1]  # "another 6" may be read as one amount
    after = tokens[end] if end < len(tokens) else ""
    return bool((INCREMENT_WORDS - {"more"}) & set(before)) or after in INCREMENT_WORDS - {"another"}


def number_of_dead(before: Sequence[str]) -> bool:
    """ "the number of people killed ...", "the number of dead": a toll told without the word."""
    if "number" not in before:
        return False
    return any(t in KILL_PASSIVE for t in before[before.index("number") :])


def running_total(tokens: Sequence[str], j: int) -> bool:
    """ "..., bringing the toll from a week of fighting to 55": a total over earlier events too,
    so a part of no figure to add; dropped where the sentence gives this event's own deaths
    (an increment, "six more died", makes the total this event's own)."""
    before = tokens[max(0, j - 12) : j]
    if period_toll(tokens[max(0, j - 12) : j + 12]):  # the toll's own words ("the toll this month")
        return True  # "the toll this year rose to 150 after another 4 were killed": still a period's
    if INCREMENT_WORDS & set(tokens) or died_later(tokens):
        # "another 6 bodies were found, bringing the toll to 21", "bringing the toll to seven
        # after two wounded soldiers died in hospital": this event's toll
        return False
    return bool(TOLL_BRINGERS & set(before))
