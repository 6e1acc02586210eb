"""Tolls kept over a span, a country or a war, not one event's own.

"militants have killed 3,000 this year", "232 civilians were killed across Ukraine in June",
"a war that has killed thousands": a campaign's, a month's or a country's total is no event's
figure (ACLED codes each event's deaths), and a text made only of such tolls is a statistic.
"""

from __future__ import annotations

import re

MONTH_NAMES = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
# A toll kept over a span, not one event's: "have been killed in the unrest this month",
# "has killed dozens in the county this year", "bringing to 300 the number killed since October".
_AGGREGATE_VERB = re.compile(
    r"\b(?:have|has|had)\s+(?:now\s+|since\s+|so far\s+|already\s+)?(?:been\s+)?"
    r"(?:killed|left|died|claimed|cost|taken(?!\s+(?:back|control|over))|murdered|slain|assassinated)\b|\bthe number of\b|\bin (?:a|the) (?:series|wave|spate) of\b|"
    r"\b(?:attacks|killings|violence|fighting|conflict|war)\b[^,;.]{0,40}\bkilled\b",
    re.IGNORECASE,
)
_AGGREGATE_SPAN = re.compile(
    r"\b(?:this|last|past) (?:year|month)|\bso far\b|\bto date\b|\bsince (?:the (?:start|beginning|outbreak)|"
    r"(?:early |late |mid-?)?" + MONTH_NAMES + r"|(?:19|20)\d\d|last (?:year|month))\b|"
    r"\bsince (?:[^,;.]|\.(?= \d)){0,40}?\b(?:invasion|war|conflict|coup|takeover|launched|began|started|erupted|invaded|"
    r"fighting|clashes|offensive|"
    r"truce|ceasefire|took effect)\b|"
    r"\bin the first (?:\w+ )?(?:months?|half|quarter|weeks?)\b",
    re.IGNORECASE,
)


_SPAN_FIRST = re.compile(r"\W*(?:since|so far|this year|over the past|in the past)\b", re.I)
# "at least six people were killed across the country on Tuesday": the country's toll, not the event's
_NATIONWIDE = re.compile(
    r"\b(?:killed|died|dead|deaths)\b[^,;]{0,40}\b(?:across|throughout|around) the (?:country|state|province|region)\b|\bnationwide\b[^,;]{0,40}\b(?:killed|died|dead|deaths)\b|"
    r"\b(?:killed|died|dead|deaths)\b[^,;]{0,40}\bnationwide\b|"
    # "232 civilians were killed across Ukraine in June, the highest monthly toll"
    r"\b(?:killed|died|dead|deaths)\b(?:[^,;]|(?<=\d),(?=\d)){0,40}\b(?:across|throughout) (?-i:[A-Z])[\w'-]+|"
    r"\b(?:were|have been|had been) (?:killed|murdered)\b(?:[^,;]|(?<=\d),(?=\d)){0,60}\bin (?:(?:19|20)\d\d\b|"
    # "were killed in Burkina Faso in the first half of the year"
    r"the first (?:\w+ )?(?:months?|half|quarter|weeks?) of\b|the (?:past|last) (?:\w+ )?(?:months|years|weeks)\b|"
    # "219 civilians were killed and 1,018 injured in July": a month's count
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d))|"
    r"\b(?:were|have been|had been) (?:killed|murdered)\b(?:[^,;]|(?<=\d),(?=\d)){0,40}\b(?:last|this) year\b|"
    # "That fighting has left at least 80 people dead", "recorded 5,794 murders": a campaign's or a
    # quarter's count, whatever span it names
    r"\b(?:the|that|this|which) (?:fighting|violence|conflict|war|insurgency|unrest|campaign|crisis)\s+(?:has|have) "
    r"(?:now |so far |already )?(?:killed|left|claimed|cost)\b|"
    r"\b(?:recorded|registered|documented)\s+(?:[\d,]+|\w+)\s+(?:murders|killings|homicides|deaths)\b|"
    r"\b(?:monthly|weekly|yearly|annual) (?:death |casualty )?(?:tolls?|figures?)\b|"
    # "3,000 bodies have been collected since the fighting there last week": the battle's whole count
    r"\b(?:bodies|corpses)\b[^,;]{0,40}\b(?:collected|recovered|buried)\b[^,;]{0,60}\bsince (?:the )?"
    r"(?:fighting|war|clashes|offensive|start|beginning)\b",
    re.I,
)
# "to end a war that has killed thousands", "the insurgency, which has left 40,000 dead": a
# war's toll told in a relative clause, whatever span it names (the clause runs to its end)
_WAR_TOLL = re.compile(
    r"\b(?P<war>war|conflict|insurgency|uprising|rebellion)"
    # "The conflict in the North West, now in its ninth year, has killed more than 6,000"
    r"(?:\s*,?\s+(?:that|which)|(?:[^.;]{1,80}?,\s+now in its \w+ year,)?)\s+(?:has|have|had)\s+(?:now\s+|so far\s+|already\s+)?"
    r"(?:killed|left|claimed|cost)\b(?:[^,;.]|(?<=\d)[,.](?=\d))*",
    re.IGNORECASE,
)


def without_aggregates(sentence: str) -> str:
    """The sentence minus each clause that keeps a toll over a span ("a series of massacres that
    have left 43 dead this year", "bringing to 300 the number of its members killed since
    October") or a war's ("a war that has killed thousands"): a campaign's or a month's total
    is no event's own (ACLED codes each event's deaths). A clause runs between commas or
    semicolons; both cues must sit in the same clause, so "5 were killed earlier this month"
    keeps its toll."""
    # "3,000" is one number, not two clauses
    parts = re.split(r"(?<=[,;])(?!\d)", _WAR_TOLL.sub(r"\g<war>", sentence))
    # "Since January, forces have killed 150": a span told first covers the sentence's clauses
    spanned = bool(_SPAN_FIRST.match(sentence))
    kept = [
        p
        for p in parts
        if not (
            (_AGGREGATE_VERB.search(p) and (spanned or _AGGREGATE_SPAN.search(p))) or _NATIONWIDE.search(p)
        )
    ]
    if len(kept) == len(parts) and "".join(parts) == sentence:
        return sentence
    out = "".join(kept).rstrip(",; ")
    return out + "." if sentence.rstrip().endswith(".") and not out.endswith(".") else out
