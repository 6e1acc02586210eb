"""News that is no event, by its lede: the kinds of story the codebook leaves out whose words
the classifier reads as violence or protest (an election "won" by a former "protest leader", a
robbery arrest, talks that ended "without a ceasefire", a court's sentence over last week's
riots, a volcano's evacuation, a bus plunged into a ravine).

Each kind is told by the lede (the first sentence): what the story is about. Any act of
political violence or a crowd's action anywhere in the text keeps it a candidate, so a riot
after an election or a clash during talks is still coded.
"""

from __future__ import annotations

import re

from vigil.extract.nlp import sentence_spans

# An act the codebook codes, told anywhere: it keeps the text whatever its lede is about.
_ACT_DONE = (
    r"attack(?:ed|ing)|ambush\w*|bomb(?:ed|ing|ings)|shell(?:ed|ing)|clash(?:ed|es)|gunfire|stormed|"
    r"shot (?:dead|and killed)|opened fire|fired (?:on|at|into)|marched|rallied|tear ?gas|set fire|"
    r"set (?:\w+ )?ablaze|torched|lynch\w*|abduct\w*|kidnap\w*|loot(?:ed|ing)|beheaded|massacre\w*|"
    r"killed by|shot down|riot\w*|fighting|fought|vandali[sz]\w*|assault\w*|beat(?:en|ing)? up|"
    r"protest(?!\s+(?:leader|movement|song)s?\b)\w*|demonstrat\w+|human chains?|took to the streets|"
    r"violen(?:ce|t)|(?:a|in a) march|barricades?|ston(?:ed|ing)|burn(?:ed|t|ing) tyres|executed|"
    r"blocked (?:the |a )?(?:\w+ )?(?:road|highway|street)s?"
)
# An act the codebook codes, or a side that commits one, told anywhere: it keeps the text
# whatever its lede is about.
_ACT = re.compile(
    r"\b(?:" + _ACT_DONE + r"|gunm[ae]n|militants?|rebels?|insurgents?|jihadists?|militias?|militiam[ae]n|"
    r"terrorists?|suicide|explosives?|grenades?|rockets?|missiles?|air ?strikes?|drones?|protesters|"
    r"demonstrators|rioters|car bombs?|bombs?|islamic state|al[- ]qaeda|(?:al[- ])?shabaab|houthis?|"
    r"taliban|hezbollah|hamas|boko haram|jnim|iswap|isgs|cartels?|bandits?)\b",
    re.I,
)
# the act alone: talks are between armed sides, whose war the story recalls
_ACT_ONLY = re.compile(r"\b(?:" + _ACT_DONE + r")\b", re.I)
# a court tries violence, so its lede names some; a crowd or a fight at the court is an event
_AT_COURT = re.compile(
    r"\b(?:stormed|clashed|protest\w*|demonstrators|rioters|tear ?gas|opened fire|attacked|rallied|executed)\b",
    re.I,
)

_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "election result",
        re.compile(
            r"\b(?:won|wins|winner of|declared (?:[\w'-]+ ){0,4}(?:the )?winner|conceded|concedes|re-elected|"
            r"sworn in|inaugurated)\b[^.]{0,160}?\b(?:elections?|runoffs?|run-offs?|votes?|polls?|ballots?|"
            r"presidency|referendum)\b|\b(?:elections?|runoffs?|referendum)\b[^.]{0,80}?\b(?:results?|turnout)\b",
            re.I,
        ),
    ),
    (
        "talks without a deal",
        re.compile(
            r"\bwithout (?:reaching |agreeing (?:on )?|signing |securing |a breakthrough on )?(?:an? |any )?"
            r"(?:[\w-]+ ){0,3}(?:agreement|deal|accord|ceasefire|truce|breakthrough)\b|"
            r"\btalks\b[^.]{0,60}?\b(?:adjourned|suspended|collapsed|stalled|broke down|ended)\b|"
            r"\bfailed to (?:reach|agree on|clinch|seal) (?:an? )?(?:[\w-]+ ){0,2}(?:agreement|deal|accord|ceasefire|truce)\b",
            re.I,
        ),
    ),
    (
        "ordinary crime",
        re.compile(
            r"\b(?:arrest\w*|detain\w*|charged|held|seized|sentenced|jailed)\b[^.]{0,120}?\b(?:robb(?:ery|eries|ing|ed)|"
            r"holdups?|hold-ups?|thefts?|theft|burglar\w*|stealing|stole|shoplift\w*|fraud|embezzl\w*|"
            r"counterfeit\w*)\b|"
            r"\b(?:robb(?:ery|eries|ing|ed)|holdups?|thefts?|burglar\w*)\b[^.]{0,80}?"
            r"\b(?:arrest\w*|detain\w*|charged|seized)\b",
            re.I,
        ),
    ),
    (
        "court ruling",
        re.compile(
            r"^[^.]{0,120}?\b(?:was|were|has been|have been) (?:jailed|sentenced|convicted|acquitted|found guilty)\b|"
            r"^[^.]{0,120}?\b(?:court|judge|jury|tribunal)\b[^.]{0,60}?\b(?:sentenced|convicted|acquitted|"
            r"jailed|ruled|upheld|overturned)\b",
            re.I,
        ),
    ),
    (
        "natural hazard",
        re.compile(
            r"\b(?:volcano\w*|volcanic eruption|earthquake|quake|tremors?|floods?|flooding|flash floods|landslides?|"
            r"mudslides?|cyclone|hurricane|typhoon|tropical storm|tornado|drought|wildfires?|forest fires?|"
            r"heatwave|heat wave|avalanche|tsunami|torrential rains?|heavy rains?)\b",
            re.I,
        ),
    ),
    (
        "road or rail crash",
        re.compile(
            r"\b(?:bus|buses|minibus|coach|truck|lorry|tanker|car|train|vehicle|boat|ferry|plane|aircraft|"
            r"helicopter)\b[^.]{0,60}?\b(?:veered|plunged|overturned|collided|crashed|derailed|skidded|"
            r"capsized|sank|fell (?:into|off)|went off the road|careered)\b|\b(?:head-on )?collision between\b",
            re.I,
        ),
    ),
)


def routine_news(text: str) -> str | None:
    """The kind of non-event news the lede tells ("election result", "ordinary crime", ...), or
    None when it tells none of them or an act the codebook codes appears anywhere in ``text``."""
    spans = list(sentence_spans(text))
    lede = text[spans[0][0] : spans[0][1]] if spans else text
    lede = _DATELINE.sub("", lede, count=1)
    kind = next((name for name, pattern in _KINDS if pattern.search(lede)), None)
    if kind is None:
        return None
    if kind == "court ruling":
        return None if _AT_COURT.search(lede) else kind
    if kind == "talks without a deal":
        return None if _ACT_ONLY.search(lede) else kind
    return None if _ACT.search(text) else kind


# "QUITO, Jan 17 (Reuters) - ": the dateline, so a court ruling's lede starts at its subject
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z'. -]{2,}(?:,\s*[\w .]{2,30}?)?\s*(?:\([^)]{1,30}\))?\s*[-\u2013\u2014]+\s*"
)

__all__ = ["routine_news"]
