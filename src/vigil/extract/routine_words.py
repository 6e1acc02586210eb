"""Wordings :mod:`vigil.extract.nonevents` weighs once it has named a lede's kind of routine news:
what keeps it routine (a motive of gain, a ruling movement acting as the state) and what makes it an
event after all (a crowd that met anyway). Split from it to keep each module to one concern."""

from __future__ import annotations

import re

# a crime told as done for gain: "the motive was robbery", "no known links to armed groups"
GAIN_ONLY = re.compile(
    r"\bmotive (?:was|appeared to be|seemed to be) (?:robbery|theft|financial)|\bruled out (?:any )?(?:political|militant|"
    r"insurgent|terrorist|sectarian) (?:link|motive|angle|involvement)|"
    r"\bno (?:known )?(?:links?|ties) to (?:organi[sz]ed crime|armed|militant|criminal|drug)",
    re.I,
)

# a crowd that met anyway, though its protest was called off or banned
CROWD_MET = re.compile(
    r"\b(?:marched|gathered|rallied|protested|clashed|took to the streets|turned out|blocked|defied)\b", re.I
)

# "a bill that has triggered weeks of protests": what the subject did before, not now
THAT_HAS = re.compile(r"\b(?:that|which) (?:has|have|had) [^,.;]*", re.I)

# where a lede's main clause ends and its setting begins ("..., as Tokyo seeks ...")
SETTING = re.compile(r",? \b(?:as|amid|including|while)\b", re.I)

# a side that governs, as the state: "a Taliban government spokesman", "Taliban soldiers dug"
RULERS = re.compile(
    r"\b(?:taliban|houthis?|hamas)\b(?=[-\s]+(?:led\s+)?(?:government|administration|authorities|officials?|"
    r"soldiers|takeover|spokes\w+|rescuers|volunteers))",
    re.I,
)

# "a spokesman for the Taliban government": an administration speaking, no armed side
GOVERNMENT_SPEAKER = re.compile(
    r"\b(?:spokes\w+|officials?|ministry|minister|governor)\s+(?:for|of|from)\s+the\s+[\w-]+\s+"
    r"(?:government|administration|authorities)\b",
    re.I,
)

# A clause that dates itself to a year ("who stormed the camp in February 2018", "the riots that
# followed the 2006 election"): the story's past, unless it names a day of the week as well
DATED_PAST = re.compile(
    r"[^,.;]*\b(?:19|20)\d\d\b(?![^,.;]*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)[^,.;]*"
    # "... began with the 2022 economic crisis, when months of street protests forced ...": that year's
    r"(?:,\s+(?:when|in which|during which)\b[^.;]*)?",
    re.I,
)

# a day the story's own act happened on: "on Tuesday", "overnight", "late on Sunday"
ON_A_DAY = re.compile(
    r"\b(?:on|late on|early on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\b(?:overnight|yesterday|today|this morning|tonight)\b",
    re.I,
)

# "found and defused an explosive device hidden in a backpack": the bag held a real bomb
REAL_DEVICE = re.compile(r"\b(?<!no )(?:defus\w+|explosive devices?)\b", re.I)
# fire at a hulk or a target "as part of the annual exercises": the drill itself
PART_OF_DRILL = re.compile(
    r"\b(?:as part of|the highlight of|during|in) (?:the |an? |their |its |this year's )?(?:[\w-]+ ){0,3}"
    r"(?:exercises?|drills?|manoeuvres|maneuvers|war games)\b|\bat (?:a |the )?decommissioned\b|"
    r"\bat (?:a |an |the )?(?:floating|mock|practice|dummy|simulated) targets?\b",
    re.I,
)
