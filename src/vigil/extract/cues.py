"""Word lists that decide which sentences tell an event, written from the codebook.

They are deliberately small and explicit: the learned classifier types events;
these lists only say where an event is being told, where the text is looking
back at history instead, and where it says one event answered another.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vigil.extract.denials import disputes_report
from vigil.extract.nlp import sentence_spans, split_sentences
from vigil.extract.strategic_cues import ARMED_SIDE_RE, PROTESTING, YEAR
from vigil.extract.strategic_cues import (
    DEAL_SIGNED as DEAL_SIGNED,
)
from vigil.extract.strategic_cues import (
    UNREALISED as UNREALISED,
)
from vigil.extract.strategic_cues import (
    lede_strategic as lede_strategic,
)
from vigil.extract.strategic_cues import (
    mass_grave as mass_grave,
)
from vigil.extract.strategic_cues import (
    strategic_kind as strategic_kind,
)
from vigil.extract.strategic_cues import (
    tells_strategic as tells_strategic,
)
from vigil.extract.tallies import without_aggregates

if TYPE_CHECKING:
    from spacy.tokens import Span

# Verbs and nouns that tell that something happened: violence, protest, or a strategic move.
EVENT = re.compile(
    r"\b(kill\w*|shot|shoot\w*|fir(?:ed|ing) (?:on|at|upon)|open(?:ed)? fire|gunned|execut\w+|massacr\w+|"
    r"attack\w*|ambush\w*|(?<!air )raid(?! (?:alerts?|sirens?|warnings?|shelters?))\w*|clash\w*|fight\w*|fought|battl\w+|assault\w*|gunfights?|firefights?|"
    # South Asian press: "a jawan was martyred", "two terrorists neutralised in an encounter"
    r"martyr\w*|neutrali[sz]\w*|encounters?|slain|stabb\w*|hack(?:ed)? to death|behead\w*|lynch\w*|"
    r"bomb\w*|explo\w+|blast\w*|shell\w*|strik\w+|struck|air ?strike\w*|drone\w*|missile\w*|rocket\w*|"
    r"mortar\w*|artillery|IED|landmine\w*|grenade\w*|suicide|chlorine|toxic gas|poison gas|nerve agents?|"
    r"dropp(?:ed|ing) (?:\w+ ){0,3}(?:bombs?|barrels?|explosives|grenades|munitions)|"
    r"dead|death\w*|die[ds]?|lost|casualt\w+|wound\w*|injur\w+|"
    r"abduct\w*|kidnap\w*|hostage\w*|disappear\w*|rap(?:e|ed|ing)|sexual\w*|invad(?:ed|ing)|whisk\w* (?:\w+ )?away|"
    r"carried (?:off|away)|took (?:\w+ ){0,2}away|taken by force|forcibly (?:taken|removed|disappeared)|"
    r"taken (?:away )?from (?:his|her|their) (?:homes?|farms?|house|houses|villages?|cars?|vehicles?)|"
    r"protest\w*|demonstrat\w+|rall(?:y|ied|ies)|march(?:ed|es)?|strike|sit-in|riot\w*|mob\w*|"
    r"loot\w*|torch\w*|burn\w*|arrest\w*|detain\w*|seiz\w+|captur\w+|overr?an|t(?:ook|aken|aking) (?:full |effective |total )?control|"
    r"retook|retak(?:en|ing|es?)|recaptur\w+|regain(?:ed|s)? control|(?:took|taken) back|liberated|"
    r"withdr[ae]w\w*|handed over|ceasefire|agreement|accord|defus\w+|"
    r"headquarters|base|surrender\w*|defect\w*|merg\w+)\b",
    re.IGNORECASE,
)

# The text is looking back: background, history, analysis, designation.
HISTORY = re.compile(
    r"\b(previously|in the past|background(?=:)|past (?:losses|years|decade)|for (?:over |more than )?(?:a|two|three|\d+) "
    r"(?:decade|year)s?|for (?:many |several |some )?(?:years|decades)|over the past|years? ago|decades?|"
    # "the worst prison massacre in the country's history" ranks this event, it looks back at no other
    r"(?<!'s )(?<!’s )(?<!\bits )(?<!recent )(?<!modern )history|historically|"
    # "the insurgency, which pits Malay Muslim separatists against the state": the war's sides, not today's
    r"\b(?:which|that) pits\b|\bpitting\b|"
    # "ethnic violence ... erupted on May 3 and has killed more than 150 people": a conflict's running toll
    r"(?:violence|conflict|insurgency|war|fighting|unrest|clashes|crisis|rebellion|uprising)\b[^.;]{0,80}\b"
    r"(?:has|have) (?:since )?(?:killed|left|claimed)\b|"
    r"since (?:(?:early|late|mid-?) ?)?(?:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December) )?(?:19|20)\d\d|(?:has|have) been (?:at war|fighting|battling)|"
    r"in (?:19|20)\d\d|has been (?:classified|designated|accused)|"
    # "dozens of people have been killed since then": a campaign's toll, not the day's
    r"(?:killed|died|dead|wounded) since (?:then|that (?:day|time)|the start|the beginning)|"
    # "killed by security forces during the pro-democracy unrest of 2021"
    r"(?:unrest|protests|uprising|crackdown|war|violence|riots|fighting|clashes|conflict|massacres?|crisis|coup) "
    r"of (?:(?:early|late|mid-?) ?)?(?:19|20)\d\d|designat\w+ (?:as )?a terrorist|"
    r"documented|in summary|highlight\w*|overall|continues? to|has faced|have faced|"
    # a governor's roundup of the day: "In total, 2 people were killed and 14 injured in the region"
    r"in total,?[^.;]{0,80}\bin the (?:region|province|oblast)\b|"
    r"is currently led|led by a military junta|sought assistance|frequently|routinely|regularly|"
    r"(?:hundreds|thousands|scores|dozens) of (?:deaths|killings|attacks|people killed)|"
    # a toll of a year or a war, not of the day: "last year, 60 died", "thousands have been killed"
    r"(?<!since )(?:last year|earlier this year)|"
    # a habit or a running count, not the day's: "dozens of porters are killed each year", "at least
    # 12 protesters have been killed this week in unrest"
    r"(?:are|is) (?:\w+ )?(?:killed|shot dead|shot|murdered)\b[^.;]{0,40}\b(?:each|every|a) (?:year|month|week)|"
    r"(?:have|has) been killed (?:so far )?this (?:week|month|year)\b|so far this (?:year|month)\b|"
    r"^\W*since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),[^.;]*?\b(?:have|has) (?:\w+ )?"
    r"(?:set off|carried out|killed|staged|launched|attacked|bombed)|"
    r"(?:recorded|registered) (?:more than |over |at least )?[\d,]+ (?:violent )?(?:deaths|homicides|murders|killings)\b|"
    # "three other Christians were killed in the city earlier this month": the string it belongs to
    r"\bother\b[^.;]{0,60}\b(?:earlier this (?:month|week)|last (?:month|week))|(?:has|have) (?:since )?killed (?:tens of |hundreds of )?thousands|"
    r"thousands of (?:\w+ )?(?:have|had) (?:since )?(?:been killed|died)|"
    # the setting: "the region has seen weeks of fighting", "has been gripped by violence"
    r"(?:has|have) (?:also )?seen (?:\w+ ){0,2}(?:days|weeks|months|years) of|"
    # "... the highest homicide rate, driven by fighting between the cartels": a place's standing
    r"(?:driven|fu?elled) by (?:\w+ ){0,2}(?:fighting|violence|clashes|turf wars?|rivalr\w+|feuds?) (?:between|among)|"
    r"(?:daily|near-daily|almost daily|nightly|regular|frequent) (?:exchanges of fire|clashes|cross-border fire)|(?:has|have) been (?:gripped|plagued|wracked|racked|rocked|convulsed|roiled|shaken) (?:since [^,;]{1,20} )?by)\b",
    re.IGNORECASE,
)

# One event answered another.
RETALIATION = re.compile(
    r"\b(in (?:revenge|retaliation|reprisal|response|return) (?:for|to|against)|"
    r"as (?:a )?(?:revenge|retaliation|reprisal)|to avenge|avenging|"
    r"(?:was|is|were) (?:an? )?(?:act of )?(?:revenge|retaliation|reprisal) for|"
    r"(?:revenge|retaliatory|reprisal) (?:attacks?|raids?|strikes?|killings?) (?:on|against|for|after)|"
    r"vengeful (?:response|attack)|"
    r"follow(?:ed|ing)(?: recent| an?| the)? (?:clashes|fighting|attacks?|ambush(?:es)?|raids?|confrontations|battles?)|"
    r"after (?:recent )?(?:clashes|fighting|confrontations|battles?))\b",
    re.IGNORECASE,
)

# The text says it is telling a second, separate event.
SEPARATE = re.compile(
    r"\b(separately|in a separate|separate (?:attacks|incidents|strikes)|another (?:attack|incident|strike|clash)|a second (?:attack|strike|blast)|"
    r"elsewhere|meanwhile|earlier (?:that|the same) (?:day|week)|the (?:day|night) before|a day earlier|"
    r"the previous (?:day|night)|later (?:that|the same) (?:day|night)|the following (?:day|night))\b",
    re.IGNORECASE,
)

# What kind of event a retaliation points back to.
BATTLE_WORDS = re.compile(r"\b(clash\w*|fight\w*|fought|battl\w+|confrontation\w*|combat)\b", re.IGNORECASE)

WOMEN_CHILDREN = re.compile(r"\b(women|children|child|girls?|boys?|infants?|babies|minors?)\b", re.IGNORECASE)


# A later telling of the same event's toll: "three of the wounded died overnight".
TOLL_UPDATE = re.compile(
    r"\b(?:of|among) (?:the|those) (?:wounded|injured)\b"
    r"|\b(?:died|succumbed)\b[^.;]{0,40}\b(?:wounds|injuries)\b"
    r"|\b(?:death toll|toll|number of (?:dead|deaths))\b[^.;]{0,30}\b(?:rose|rises|risen|climbed|climbs|increased|reached)\b"
    r"|\b(?:raised|raising|revised|updated) the (?:death )?toll\b",
    re.IGNORECASE,
)

# The speaker owns the act: the sentence belongs to the event even beside background.
CLAIMS_ACT = re.compile(
    r"\b(?:claimed|claims|admitted) (?:full )?(?:responsibility|the (?:attack|bombing|blast|killings?|ambush|raid|"
    r"operation|assault|abduction|kidnapping|arson))\b"
    # "said in a statement carried by its radio that it carried out the attack"
    r"|\b(?:said|claimed) (?:in an? (?:statement|video|communiqu\w+|post)[^.;]{0,60}? |on (?:social media|its "
    r"(?:[\w-]+ ){0,2}(?:channels?|accounts?|website|radio)) )?(?:that )?(?:it|they|(?:its|their) "
    r"(?:fighters?|members?|men|martyrdom seekers?|suicide bombers?|commandos?|units?|mujahideen)) "
    r"(?:(?:was|were|had been) behind|(?:had )?(?:carried out|staged|launched|conducted|mounted|targeted|attacked|bombed|"
    r"planted|detonated|fired (?:on|at|upon)|shelled))\b"
    # "the attack was carried out by the ELN guerrilla, the army said": an attribution of the act
    r"|\b(?:the|this|that) (?:[\w-]+ )?(?:attack|bombing|blast|explosion|ambush|raid|strike|assault|killings?|"
    r"massacre)s? (?:was|were|had been|has been) (?:carried out|perpetrated|committed|staged|launched|mounted) by\b",
    re.IGNORECASE,
)


PAST_TAGS = frozenset({"VBD", "VBN"})


def tells_event(sentence: Span) -> bool:
    """True when a sentence reports something that happened, rather than background or comment.

    It must name an event, say it in the past (a past-tense or participle verb:
    "opened fire", "were killed"), and carry no cue of history or analysis.
    """
    text = sentence.text
    if not EVENT.search(text) or HISTORY.search(text):
        return False
    return any(t.tag_ in PAST_TAGS for t in sentence)


# A clause that dates another event against this one ("a week after an ambush that killed 14").
EARLIER_EVENT = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|several|a few|\d+) )?(?:hours?|days?|weeks?|months?|years?) "
    r"(?:after|since)\b|\bthe (?:day|night|week) after\b",
    re.IGNORECASE,
)

# A clause naming the grievance or cause by its own toll: "protested over a building collapse that
# killed 14", "following the attack that killed two policemen". Over all 29,324 ACLED notes: 2
# notes, neither coding that toll (a protest, 0; a later killing, its own 1).
GRIEVANCE = re.compile(
    r"\b(?:over|after|against|following|about)\b(?: the| a| an| last \w+'s| recent)? (?:[\w-]+ ){0,3}?"
    r"(?:collapse|fire|crash|accident|floods?|explosion|blast|killings?|deaths?|murders?|shooting|attack|"
    r"ambush|raid|massacre|strike)s? (?:that|which) (?:had )?(?:killed|left|claimed)\b",
    re.IGNORECASE,
)

# A death in custody that moved people to act ("after a man died in police custody"): another,
# earlier event, whose toll is not this one's.
CUSTODY_DEATH = re.compile(
    r"\b(?:after|over|following)\s+(?:[\w'-]+\s+){0,4}?(?:died|was killed|was beaten to death|death)\s+"
    r"(?:while\s+)?in\s+(?:police\s+|military\s+|army\s+|prison\s+)?(?:custody|detention)\b",
    re.IGNORECASE,
)


def tally_only(text: str) -> bool:
    """Every word in ``text`` that tells an event sits in a toll kept over a span ("militants have
    killed 3,000 this year, a report said"): a statistic, no event of its own. Over all 29,324
    ACLED notes it holds for none; for 3 of the 655 packaged negatives."""
    if not EVENT.search(text):
        return False
    rest = [without_aggregates(s) for s in split_sentences(text)]
    return not any(EVENT.search(s) for s in rest)


# "deployed troops to Mangu, where clashes killed about 30 people last week": the place's past
_WHERE_EARLIER = re.compile(
    r"\bwhere\b(?=[^,;.]*?\b(?:last (?:week|month|year)|earlier this (?:week|month|year)|(?:\w+ )?(?:days|weeks|months) ago)\b)",
    re.I,
)
# ground taken in the clause before: "militants took control of the town"
_GROUND_WON = re.compile(
    r"\b(?:took|taken|taking|seized|seizing|captured|capturing|overran|overrunning|regained|retook|recaptured)\b"
    r"(?: (?:full |back )?control of)?",
    re.I,
)
# "Israeli strikes on Tuesday had killed ten more": a pluperfect toll of a named earlier day, told in
# the text's own voice (after "said" or "that" it may be the event's own toll, reported)
_DAY_BEFORE = re.compile(
    r"^(?:(?!\b(?:said|says|that|told)\b)[^;])*?\bon (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?: night| morning| evening| afternoon)? had (?:also )?(?:killed|left|claimed)\b",
    re.I,
)
# "after a worker was accused of shooting dead a local man": the grievance, an earlier killing
_ACCUSED_BEFORE = re.compile(
    r"\b(?:after|over|following)\b[^,;.]{0,40}?\b(?:was|were|had been) (?:accused|suspected) of\b", re.I
)
_WHEN_THEN = re.compile(r",\s+(?:when|in which|during which)\b", re.I)
_CLAUSE_END = re.compile(r"[,;.]")


# "Police blamed Al Shabaab, which has killed hundreds in the city", "the network behind the 2002 Bali
# bombings that killed 202 people": a group's or an earlier year's dead, told as who or what it is
_GROUP_PAST = re.compile(
    r",?\s*\b(?:which|who) (?:has|have|had) (?:\w+ )?killed\b[^,.;]*|"
    r"\bthe (?:19|20)\d\d [\w' -]{1,40}? (?:that|which) killed [^,.;]*",
    re.I,
)


def without_background(sentence: str) -> str:
    """The sentence minus the clauses that tell another, earlier event, for counting its toll.

    "rockets fired in response to a strike that killed a commander" and "killed 2 soldiers,
    a week after an ambush that killed 14" count the deaths of this event only (ACLED's rule:
    each event its own fatalities). A clause runs to the next comma, semicolon or full stop.
    """
    out = _GROUP_PAST.sub(" ", without_aggregates(sentence))
    for cue in (
        RETALIATION,
        EARLIER_EVENT,
        GRIEVANCE,
        CUSTODY_DEATH,
        _WHERE_EARLIER,
        _DAY_BEFORE,
        _ACCUSED_BEFORE,
    ):
        m = cue.search(out)
        while m:
            if (
                cue is RETALIATION
                and _GROUND_WON.search(out, 0, m.start())
                and m.group().lower().startswith(("after", "follow"))
            ):
                break  # "took control of the town after clashes that killed five": the fight that won it
            rest = out[m.end() :]
            stop = re.search(r"[,;.]", rest)
            opens = not out[: m.start()].strip()
            if cue is EARLIER_EVENT and opens and (stop is None or stop.group() == "."):
                break  # "Two days after rebels seized the town soldiers killed 15": the clause never ends
            if stop and (told := _WHEN_THEN.match(rest, stop.start())):
                # "a year since 'Bloody Friday', when dozens were shot dead": that day's clause goes too
                end = _CLAUSE_END.search(rest, told.end())
                out = out[: m.start()] + (rest[end.start() :] if end else "")
                m = cue.search(out, m.start() + 1) if end else None
                continue
            out = out[: m.start()] + (rest[stop.start() :] if stop else "")
            m = cue.search(out, m.start() + 1) if stop else None
    return out


def without_retaliation(sentence: str) -> str:
    """The sentence minus the clause that names the event it answered.

    "opened fire on a convoy as retaliation following clashes with rebels" is
    about the shooting; the clash is another event, told elsewhere.
    """
    m = RETALIATION.search(sentence)
    if not m:
        return sentence
    rest = sentence[m.end() :]
    stop = re.search(r"[,;.]", rest)
    cut = sentence[: m.start()] + (rest[stop.start() :] if stop else "")
    return cut if EVENT.search(cut) else sentence


def without_denials(text: str) -> str:
    """The text minus the later sentences that only deny it, for reading whether it tells an event.

    "Troops killed 4 in a raid, medics said. The army denied it." still reports the raid: a
    denial disputes an event, never unmakes one, but as a sentence of its own it reads as no
    event and drags a short text's reading down. The first sentence always stays.
    """
    sentences = split_sentences(text)
    kept = sentences[:1] + [s for s in sentences[1:] if not disputes_report(s)]
    return " ".join(kept) if len(kept) < len(sentences) else text


# Wire wording the notes the model learned from rarely use, and the note wording for it. A side's
# claim ("X said it had attacked ...") is the side's act told by the side: ACLED codes it as the
# act, so the frame goes. Counts over all 29,324 ACLED notes: "stormed the town/station ..." 43, all
# events (protests, riots, attacks); "sank a ship" 0; "said it/they had" 9, all events.
_CLAIM_FRAME = re.compile(
    r"\b(?:said|says|claimed|announced|reported)(?: on \w+day)?,? (?:that )?(?:(?:it|they) (?!would|will|was|were|is|are|could|may|might|plan|intend)(?:had |has |have )?|"
    r"(?:its|their) (?=[\w-]+ (?:[\w-]+ )?(?:drones?|forces|fighters|troops|units?|missiles?|jets)\b))",
    re.I,
)
# stormed a place a side holds or people live in (not "stormed the pitch" nor "stormed the shops")
_STORMED = re.compile(
    r"\bstorm(ed|ing)\b(?= (?:into |through )?(?:the|a|an|their|its|his|her|several|two|three)\b"
    r"(?: [\w'-]+){0,3}? (?:towns?|villages?|city|cities|settlements?|neighbou?rhoods?|districts?|police|"
    r"stations?|prisons?|jails?|bases?|camps?|barracks|offices?|parliament|compounds?|premises|residences?|"
    r"homes?|houses?|churches|church|mosques?|schools?|hospitals?|headquarters|courts?|palace|embassy|ships?|"
    r"vessels?|checkpoints?|posts?|positions?)\b)",
    re.I,
)
_WEATHER = re.compile(r"\b(?:storms?|waves|cyclones?|typhoons?|hurricanes?|gales?|winds|floods?)\b", re.I)
_SANK = re.compile(
    r"\b(?:sank|sunk|sinking)\b(?= (?:a|an|the|two|three|\d+|its|their)\b[^.;]{0,30}?"
    r"\b(?:ship|vessel|boat|tanker|frigate|warship|corvette|cutter|submarine)s?\b)",
    re.I,
)
# "..., killing two, and arrested four others": arrests told beside a killing drag a short
# text's reading towards the arrest and crime news of the negatives; the killing is the event
_ARRESTS_BESIDE = re.compile(r",? and (?:also )?(?:arrested|detained) [^.;]*", re.I)
# Property burned beside a killing ("burning houses and killing five"): the fire can read as an
# accident's; the killing is the event
_BURNING_BESIDE = re.compile(
    r"\b(?:burning|torching|looting|destroying)(?: down)? (?:\w+ ){0,3}?(?:houses|homes|huts|shops|"
    r"dwellings|property|buildings)(?:,| and) (?=killing\b)",
    re.I,
)


def plain_telling(text: str) -> str:
    """``text`` reworded the way an ACLED note tells the same act, for asking the model again
    whether it tells an event: a side's claim loses its "said it had" frame, "stormed the town"
    reads "attacked the town", "died when a shell hit" reads "were killed when", "flogged" reads "beat", "sank a ship"
    reads "struck a ship", and arrests and burnings told
    beside a killing go. Only for judging relevance and typing a text the model read as no event."""
    out = _CLAIM_FRAME.sub("", text)
    out = _STORMED.sub(lambda m: "attack" + m.group(1).lower(), out)
    out = _DIED_WHEN_STRUCK.sub("were killed ", out)  # "died when a shell hit": a strike's dead
    out = _FLOGGED.sub("beat", out)  # a public flogging is a beating the model rarely saw so told
    out = _TAKEN_FROM.sub("abducted ", out)  # "took them from their homes": an abduction
    if not _WEATHER.search(out):
        out = _SANK.sub("struck", out)  # not "storms sank three fishing boats"
    if _HARM_TOLD.search(out):
        out = _ARRESTS_BESIDE.sub("", out)
        out = _BURNING_BESIDE.sub("", out)
    return out


_FLOGGED = re.compile(r"\b(?:flogged|lashed|whipped|caned)\b", re.I)
_TAKEN_FROM = re.compile(
    r"\b(?:took|dragged|led|marched|carried|bundled|forced) (?=(?:him|her|them|the \w+|\w+ (?:men|women|people)) (?:away )?"
    r"(?:from|out of) (?:his|her|their|the) (?:homes?|houses?|beds?|farms?|shops?|cars?|vehicles?|compound)\b)",
    re.I,
)
_DIED_WHEN_STRUCK = re.compile(  # and "(may have) died in the attack": an attack's dead
    r"\b(?:(?:may|might|could) have )?died (?=(?:when|after) (?:an? |the )?(?:[\w-]+ )?(?:shells?|mortars?|rockets?|"
    r"missiles?|drones?|bombs?|grenades?|(?:land)?mines?|ieds?|explosives?|artillery)\b|in (?:an? |the )?(?:[\w-]+ ){0,2}"
    r"(?:attacks?|raids?|ambush|assault|bombing|explosion|shooting|massacre|clashes|fighting)\b)",
    re.I,
)
_HARM_TOLD = re.compile(
    r"\b(?:kill(?:ed|ing)|shot dead|shooting dead|wound(?:ed|ing)|injur(?:ed|ing))\b", re.I
)


# A court's news: a trial, verdict or sentence is no act of violence, whatever it is about.
COURT_CASE = re.compile(r"\b(?:trials?|verdicts?|sentenc(?:ed|es|ing)|convict(?:ed|ion|s)|acquit\w*)\b", re.I)
# Violence the lede itself tells ("gunmen stormed a prison and freed convicts"), not the old
# attack a relative clause recalls ("the 2015 attack, which killed 22")
_LEDE_VIOLENCE = re.compile(
    r"(?<!which )(?<!that )(?<!who )\b(?:killed|kills|attacked|attacks|stormed|shot|lynched|abducted|"
    r"kidnapped|ambushed|bombed|torched|burned|clashed|beheaded|stabbed|freed)\b",
    re.IGNORECASE,
)


def old_case(text: str, year: int) -> bool:
    """A short text about a court case over violence of an earlier year ("a court sentenced
    three men over the 2015 hotel attack"): news of justice, not an event; ACLED codes none
    such. The court must be the lede's news: a later sentence recalling a trial is background
    to the event the lede tells. A crowd or a clash at the court is an event, so a protest cue
    keeps the text."""
    lede = next((text[a:b] for a, b in sentence_spans(text)), "")
    if not COURT_CASE.search(lede) or PROTESTING.search(text) or _LEDE_VIOLENCE.search(lede):
        return False
    return any(int(y) < year for y in YEAR.findall(text))


# An accident: an industrial leak or blast, a collapse, a crash, a fire from a fault. No one acts
# on anyone, so it is no political violence (the codebook's events all have an actor).
_ACCIDENT = re.compile(
    r"\b(?:(?:gas|chemical|chlorine|ammonia|oil|fuel|toxic|radioactive|acid)s? (?:leak|spill)\w*|"
    r"(?:leak|spill)\w* (?:of|from) (?:an? |the )?(?:[\w-]+ ){0,2}(?:gas|chemicals?|chlorine|ammonia|"
    r"tanks?|pipelines?|pipes?|plant|factory|reactor)|"
    r"(?:mine|tunnel|building|bridge|roof|wall|dam|shaft|pit) collaps\w*|collaps\w+ (?:of|at) (?:an? |the )?"
    r"(?:[\w-]+ ){0,2}(?:mine|tunnel|building|bridge|shaft|pit)|(?:gas|cooking gas|lpg|oxygen) cylinders?|"
    r"boilers?|short[- ]circuit|electrical (?:fault|fire)|faulty (?:wiring|boiler|equipment|valve)|"
    r"(?:industrial|road|traffic|mining|workplace|boat|ferry|plane|train|car) (?:crash|disaster)s?|"
    r"capsiz\w*|methane|firedamp|cave-?ins?|caved in|brought (?:the|its) roof down|"
    # "its chief said the blast had been caused by gas that had built up in a sewerage line"
    r"(?:blast|explosion)\b[^.;]{0,30}?\bcaused by (?:a |the )?(?:build-?up of )?(?:gas|methane|leak\w*|chemicals|"
    r"negligence|improper\w*)|"
    r"(?:explosion|blast|fire) (?:(?:ripped|tore|swept) through (?:an? |the )?(?:[\w'’-]+ ){0,3})?(?:at|in|on) "
    r"(?:an? |the )?(?:[\w'’-]+ ){0,3}(?:factory|plant|refinery|"
    r"(?:gas|petrol|filling|fuel) station|warehouse|depot|pipeline|mine|tanker|silo|(?:[\w-]+ )?mining site|quarry))\b|"
    r"(?:blast|explosion)\b[^.;]{0,40}?\bcaused by (?:the )?dynamite\b|"
    r"\bblamed the (?:blast|explosion) on (?:[\w,]+ ){0,5}?(?:ammonium nitrate|fertili[sz]er|fireworks|chemicals)\b",
    re.I,
)
# Someone acting: an armed or political side, a weapon, a crowd, an arson. Any of them keeps the
# text an event candidate (a mob after a road accident, a bombed fuel depot).
_ACTOR_OR_WEAPON = re.compile(
    r"\b(?:gunm[ae]n|militants?|rebels?|insurgents?|jihadists?|militias?|terrorists?|attack\w*|armed|"
    r"bomb\w*|ieds?|explosives?|landmines?|mines? explo\w*|ordnance|grenades?|rockets?|missiles?|shell\w*|"
    r"drones?|air ?strikes?|protest\w*|demonstrat\w*|riot\w*|mobs?|lynch\w*|beat(?:s|en|ing)?|assault\w*|"
    r"ston(?:ed|ing)|vandal\w*|sabotag\w*|arson\w*|set (?:\w+ )?(?:ablaze|alight|on fire)|set fire|torch\w*|"
    r"burn(?:ed|t|ing)? (?:down )?(?:the |a |an )?(?:\w+ )?(?:houses?|vehicles?|cars?|buses|bus|trucks?|"
    r"offices?|station)|loot\w*|clash\w*|shot|shoot\w*|fired (?:at|on|into)|gunfire|stabb\w*|hack\w*|"
    r"abduct\w*|kidnap\w*|arrest\w*|detain\w*|deliberate\w*|suspected attack|blockad\w*|strikers?|"
    r"soldiers?|troops|military|tanks|fighting|ammunition|stones|barricad\w*|rall(?:y|ied|ies)|demand\w*|"
    r"sit-ins?|march(?:ed|es|ing)|(?-i:march)|block(?:ed|ing)|"
    # a violent act told outright: someone did it, whatever accident the text also tells
    r"execut\w+|murder\w*|behead\w*|massacr\w+)\b",
    re.I,
)


_BEASTS = (
    r"(?:lions?|elephants?|crocodiles?|hippos?|hippopotamus(?:es)?|leopards?|tigers?|bears?|snakes?|sharks?|"
    r"buffalo(?:es)?|hyenas?|wolf|wolves|wild animals?|stray dogs?|dogs?|bees)"
)
# An animal's attack is no one's act either. Over all 29,324 ACLED notes it matches 14, every one a
# protest against such attacks (the crowd keeps those notes), and 4 of the packaged negatives.
_ANIMAL_HARM = re.compile(
    r"\b(?:(?:killed|mauled|trampled|gored|attacked|bitten|eaten|dragged|stung)(?: to death)? by "
    r"(?:an? |the |a pack of |a herd of )?(?:[\w-]+ ){0,2}"
    + _BEASTS
    + r"|"
    + _BEASTS
    + r" (?:attacks?|mauled|trampled|gored))\b",
    re.I,
)


def accident_only(text: str) -> bool:
    """The text tells an accident and nothing that anyone did: a chlorine leak, a mine collapse, a
    gas-station blast, a lion's attack. A long article is judged by its lede; any armed side, weapon, crowd or
    arson anywhere in it keeps it, so a riot after a crash stays a candidate. A bare "accident"
    counts only in the lede's main clause: "police called it an accident, but ..." is a dispute."""
    spans = list(sentence_spans(text))
    lede = text[spans[0][0] : spans[0][1]] if len(spans) > 4 else text
    first = text[spans[0][0] : spans[0][1]] if spans else text
    main = _SUBCLAUSE.split(first, maxsplit=1)[0]
    told = _ACCIDENT.search(lede) or _ACCIDENT_WORD.search(main) or _ANIMAL_HARM.search(lede)
    # "a crocodile attack" is no one's attack, a blast "at an explosives plant" no one's bomb
    rest = _RULED_OUT.sub(" ", _ACCIDENT.sub(" ", _ANIMAL_HARM.sub("", text)))
    return bool(told) and not (_ACTOR_OR_WEAPON.search(rest) or ARMED_SIDE_RE.search(rest))


_ACCIDENT_WORD = re.compile(r"\baccident\w*", re.I)
# a bomb ruled out: "called in the bomb disposal squad ... no explosives were found"
_RULED_OUT = re.compile(
    r"\bno (?:explosives?|bombs?|traces? of explosives?) (?:were|was) found\b|\bbomb disposal (?:squad|unit|team|experts?)\b|"
    r"\bruled out (?:an? )?(?:riot|attack|arson|foul play|sabotage)(?: or (?:an? )?[\w-]+(?: [\w-]+)?)?",
    re.I,
)
# where a lede's main clause ends: a semicolon, a "but", an "after"/"when" clause
_SUBCLAUSE = re.compile(r";|,? \b(?:but|after|when|while|as|although|though)\b", re.I)
