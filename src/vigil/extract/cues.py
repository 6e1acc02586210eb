"""Word lists that decide which sentences tell an event, written from the codebook.

They are deliberately small and explicit: the learned classifier types events;
these lists only say where an event is being told, where the text is looking
back at history instead, and where it says one event answered another.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from vigil.extract.denials import disputes_report
from vigil.extract.harmwords import CROWD_BROKEN_UP, FIGURE_ARRESTED, VOICES_ARRESTED
from vigil.extract.nlp import sentence_spans, split_sentences
from vigil.extract.tallies import without_aggregates
from vigil.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.tokens import Span

# Verbs and nouns that tell that something happened: violence, protest, or a strategic move.
EVENT = re.compile(
    r"\b(kill\w*|shot|shoot\w*|fir(?:ed|ing) (?:on|at|upon)|open(?:ed)? fire|gunned|execut\w+|massacr\w+|"
    r"attack\w*|ambush\w*|raid\w*|clash\w*|fight\w*|fought|battl\w+|assault\w*|gunfights?|firefights?|"
    # South Asian press: "a jawan was martyred", "two terrorists neutralised in an encounter"
    r"martyr\w*|neutrali[sz]\w*|encounters?|slain|stabb\w*|hack(?:ed)? to death|behead\w*|lynch\w*|"
    r"bomb\w*|explo\w+|blast\w*|shell\w*|strik\w+|struck|air ?strike\w*|drone\w*|missile\w*|rocket\w*|"
    r"mortar\w*|artillery|IED|landmine\w*|grenade\w*|suicide|chlorine|toxic gas|poison gas|nerve agents?|"
    r"dropp(?:ed|ing) (?:\w+ ){0,3}(?:bombs?|barrels?|explosives|grenades|munitions)|"
    r"dead|death\w*|die[ds]?|lost|casualt\w+|wound\w*|injur\w+|"
    r"abduct\w*|kidnap\w*|hostage\w*|disappear\w*|rap(?:e|ed|ing)|sexual\w*|invad(?:ed|ing)|whisk\w* (?:\w+ )?away|"
    r"carried (?:off|away)|took (?:\w+ ){0,2}away|"
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
    r"\b(previously|in the past|past (?:losses|years|decade)|for (?:over |more than )?(?:a|two|three|\d+) "
    r"(?:decade|year)s?|over the past|years? ago|decades?|history|historically|"
    r"since (?:(?:early|late|mid-?) ?)?(?:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December) )?(?:19|20)\d\d|(?:has|have) been (?:at war|fighting|battling)|"
    r"in (?:19|20)\d\d|has been (?:classified|designated|accused)|designat\w+ (?:as )?a terrorist|"
    r"documented|in summary|highlight\w*|overall|continues? to|has faced|have faced|"
    # a governor's roundup of the day: "In total, 2 people were killed and 14 injured in the region"
    r"in total,?[^.;]{0,80}\bin the (?:region|province|oblast)\b|"
    r"is currently led|led by a military junta|sought assistance|frequently|routinely|regularly|"
    r"(?:hundreds|thousands|scores|dozens) of (?:deaths|killings|attacks|people killed)|"
    # a toll of a year or a war, not of the day: "last year, 60 died", "thousands have been killed"
    r"(?<!since )(?:last year|earlier this year)|(?:has|have) (?:since )?killed (?:tens of |hundreds of )?thousands|"
    r"thousands of (?:\w+ )?(?:have|had) (?:since )?(?:been killed|died)|"
    # the setting: "the region has seen weeks of fighting", "has been gripped by violence"
    r"(?:has|have) (?:also )?seen (?:\w+ ){0,2}(?:days|weeks|months|years) of|"
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
    r"follow(?:ed|ing)(?: recent)? (?:clashes|fighting|attacks?|confrontations|battles?)|"
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
    r"|\b(?:death toll|toll|number of (?:dead|deaths))\b[^.;]{0,30}\b(?:rose|rises|risen|climbed|climbs|increased|reached)\b",
    re.IGNORECASE,
)

# The speaker owns the act: the sentence belongs to the event even beside background.
CLAIMS_ACT = re.compile(
    r"\b(?:claimed|claims|admitted) (?:full )?(?:responsibility|the (?:attack|bombing|blast|killings?|ambush|raid))\b"
    # "said in a statement carried by its radio that it carried out the attack"
    r"|\b(?:said|claimed) (?:in an? (?:statement|video|communiqu\w+|post)[^.;]{0,60}? |on (?:social media|its "
    r"(?:[\w-]+ ){0,2}(?:channels?|accounts?|website|radio)) )?(?:that )?(?:it|they|(?:its|their) "
    r"(?:fighters?|members?|men|martyrdom seekers?|suicide bombers?|commandos?|units?|mujahideen)) "
    r"(?:(?:was|were|had been) behind|(?:had )?(?:carried out|staged|launched|conducted|mounted|targeted|attacked|bombed|"
    r"planted|detonated))\b"
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
    r"\b(?:(?:a|an|one|two|three|four|five|six|several|a few|\d+) )?(?:days?|weeks?|months?|years?) "
    r"(?:after|since)\b",
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
_WHEN_THEN = re.compile(r",\s+(?:when|in which|during which)\b", re.I)
_CLAUSE_END = re.compile(r"[,;.]")


def without_background(sentence: str) -> str:
    """The sentence minus the clauses that tell another, earlier event, for counting its toll.

    "rockets fired in response to a strike that killed a commander" and "killed 2 soldiers,
    a week after an ambush that killed 14" count the deaths of this event only (ACLED's rule:
    each event its own fatalities). A clause runs to the next comma, semicolon or full stop.
    """
    out = without_aggregates(sentence)
    for cue in (RETALIATION, EARLIER_EVENT, GRIEVANCE, CUSTODY_DEATH, _WHERE_EARLIER):
        m = cue.search(out)
        while m:
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
_PROTESTING = re.compile(
    r"\b(?:protest\w*|demonstrat\w+|march\w*|rall(?:y|ied|ies)|sit-ins?|riot\w*|clash\w*)\b", re.I
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
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
    if not COURT_CASE.search(lede) or _PROTESTING.search(text) or _LEDE_VIOLENCE.search(lede):
        return False
    return any(int(y) < year for y in _YEAR.findall(text))


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
    r"(?:explosion|blast|fire) (?:(?:ripped|tore|swept) through (?:an? |the )?(?:[\w'’-]+ ){0,3})?(?:at|in|on) "
    r"(?:an? |the )?(?:[\w'’-]+ ){0,3}(?:factory|plant|refinery|"
    r"(?:gas|petrol|filling|fuel) station|warehouse|depot|pipeline|mine|tanker|silo))\b",
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
    rest = _ACCIDENT.sub(" ", _ANIMAL_HARM.sub("", text))
    return bool(told) and not (_ACTOR_OR_WEAPON.search(rest) or _ARMED_SIDE_RE.search(rest))


_ACCIDENT_WORD = re.compile(r"\baccident\w*", re.I)
# where a lede's main clause ends: a semicolon, a "but", an "after"/"when" clause
_SUBCLAUSE = re.compile(r";|,? \b(?:but|after|when|while|as|although|though)\b", re.I)


# A non-state armed side, by its common nouns and the few movements every wire names by name.
_ARMED_GROUP = (
    r"(?:militants?|rebels?|insurgents?|insurgency|jihadists?|militias?|armed (?:groups?|movements?|factions?)|maoists?|"
    r"(?<!fire )fighters|guerrillas?|paramilitar\w+|cartels?|emirs?|operations? rooms?|"
    r"islamic state|al[- ]qaeda|(?:al[- ])?shabaab|houthis?|taliban|"
    r"hezbollah|hamas|boko haram|jnim|iswap|isgs|liberation (?:army|front|movement))"
)
# the same, with the nouns that also name a party's wing, a fire brigade or a street gang: enough
# for who wrecked property, too loose for who changed itself
_ARMED_SIDE = (
    r"(?:" + _ARMED_GROUP + r"|factions?|gangs?|battalions?|brigades?|(?:the|its|their) (?:group|movement))"
)
# A change to an armed group itself (the codebook's Change to group/activity, ACLED's "Change to
# armed group"): a new leader, a merger, a new name, a split, a unit changing sides, a group formed.
_GROUP_CHANGE = re.compile(
    r"\b(?:(?:named|appointed|chose|elected|installed|designated|proclaimed|announced) (?:an? |its |their )?"
    r"(?:new )?(?:[\w-]+ ){0,2}(?:leader|emir|commander|chief|head|wali|spokesman)\b|"
    r"(?:as|to be) (?:its|their|the group's) (?:new )?(?:[\w-]+ ){0,2}(?:leader|emir|commander|chief|head|"
    r"secretary[- ]general|chairman)\b|"
    r"new (?:[\w-]+ ){0,2}(?:leader|emir|commander|chief|wali)\b|merg(?:ed|ing|er)\b|renamed|changed (?:its|their) name|"
    r"split (?:from|off|into)|broke away|switched sides|pledged (?:allegiance|loyalty)|swore allegiance|"
    r"announced (?:its|their) (?:own )?(?:dissolution|disbandment)|dissolved itself|"
    r"suspend\w* (?:its |all |their )?(?:military |armed )?(?:and security )?(?:operations|attacks)|"
    r"laid down (?:their |its |\d+ |[\d,]+ )?(?:arms|weapons|guns)|"
    # "the ELN declared an indefinite armed strike across Choco": a lockdown the group imposes
    r"(?:declared|announced|called|imposed) (?:an? )?(?:[\w-]+ ){0,2}(?:armed strike|blockade|siege)|"
    # "burned their weapons at a ceremony": a group disarming
    r"(?:burned|burnt|destroyed|handed over|surrendered) (?:their|its) (?:own )?(?:weapons|arms|rifles|guns)|"
    r"end(?:ed|ing|s)? (?:its|their) (?:affiliation|alliance|neutrality|allegiance)|"
    r"expelled (?:its|their) (?:[\w-]+ ){0,2}(?:leader|commander|chief|members?)|"
    r"(?:joined|defected to) (?:the )?(?:ranks of )?(?:[\w'-]+ ){0,3}" + _ARMED_GROUP + r"|"
    r"(?:formed|created|founded|established|launched) (?:an? |their own )?(?:new )?(?:[\w-]+ ){0,2}"
    r"(?:militia|armed group|self-defen[cs]e (?:group|militia|force)|battalion|brigade|coalition))",
    re.I,
)
# the group itself, not "Hezbollah's rival" (another party)
_ARMED_SIDE_RE = re.compile(
    r"\b"
    + _ARMED_GROUP
    + r"\b(?!'s? (?:[\w-]+ )?(?:rivals?|all(?:y|ies)|opponents?|enem(?:y|ies)|critics?)\b)",
    re.I,
)
# background, not today's change: "since 2021", "which split in 2016" (a year told without its
# month; a note's own date, "On 3 May 2024", names the month)
# "since 2016", not "have since built" (since the act told)
_SINCE = re.compile(r"(?<!have )(?<!has )(?<!had )\bsince\b(?!\s+then\b)", re.I)
_MONTH_BEFORE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? (?:\d{1,2},? )?$", re.I
)


def looks_back(sentence: str) -> bool:
    """The sentence recalls the past: "since ...", or a year told without its month."""
    if _SINCE.search(sentence):
        return True
    return any(
        not _MONTH_BEFORE.search(sentence[max(0, m.start() - 14) : m.start()])
        for m in _YEAR.finditer(sentence)
    )


# only planned, proposed, or denied: no change has happened yet
UNREALISED = re.compile(
    r"\b(?:will|would|could|(?-i:may)|might|plans?|planned|planning|propos\w+|talks?|negotiat\w+|rumou?r\w*|"
    r"den(?:y|ied|ies)|considering|expected|possible)\b",
    re.I,
)


def group_change(sentence: str) -> bool:
    """The sentence tells that a non-state armed group changed itself: named a leader, merged,
    renamed, split, gained defectors, or was formed. A state's appointments are no such event
    (no armed side named), and a change only planned or denied is none yet."""
    change = _GROUP_CHANGE.search(sentence)
    # "announced its dissolution and said its fighters would disarm": the plan is what follows
    return bool(
        change and _ARMED_SIDE_RE.search(sentence) and not UNREALISED.search(sentence, 0, change.end())
    )


# Weapons taken out of use (the codebook's Disrupted weapons use: "a bomb defused, weapons seized").
_WEAPONS_SEIZED = re.compile(
    r"\b(?:seiz\w+|confiscat\w+|recover\w*|intercept\w*|impound\w*|uncover\w*|discover\w*|found|"
    r"defus\w+|dismantl\w+|deactivat\w+)\b[^.;]{0,60}?(?<!toy )(?<!fake )(?<!replica )(?<!imitation )"
    r"\b(?:weapons?|rifles|guns|firearms|pistols|arms and ammunition|"
    r"grenades?|ammunition|cartridges|explosives?|detonators?|rockets?|mortars?|launchers?|ieds?|"
    r"bombs?|munitions|landmines?|arms caches?|weapons caches?)\b|"
    # a bomb made safe by blowing it up: a controlled detonation by those who found it
    r"\bcontrolled (?:explosion|detonation)s?\b|\b(?:police|bomb squad|sappers|deminers|bomb disposal \w+|"
    r"security forces) (?:[\w-]+ ){0,2}(?:detonated|blew up|destroyed) (?:an? |the )?(?:[\w-]+ ){0,2}"
    r"(?:bombs?|devices?|ieds?|explosives?|landmines?|shells?)\b|\bmade (?:the |a )?(?:[\w-]+ )?(?:devices?|bombs?|"
    r"explosives) safe\b|\b(?:stopped|halted) an? (?:[\w-]+ ){0,2}(?:vehicle|car|minibus|truck|lorry|van|bus) "
    r"(?:packed|laden|loaded|rigged|filled) with explosives\b",
    re.I,
)
# found, discovered, recovered: a seizure only in the hands of a security force (divers find a
# wreck's cannons, rescuers find a child in her mother's arms, shares recover)
_FINDING = re.compile(r"\b(?:found|discover\w*|recover\w*|uncover\w*)\b", re.I)
_SECURITY = (
    r"\b(?:police(?:men)?|officers|soldiers|troops|army|military|forces|gendarm\w+|customs|security|"
    r"operatives|personnel|agents|guards|sappers|deminers|bomb squad|navy|vigilantes?|militiam[ae]n)\b"
)
_SECURITY_RE = re.compile(_SECURITY, re.I)
_BY_SECURITY = re.compile(r"\bby (?:[\w-]+ ){0,3}?" + _SECURITY, re.I)


def _by_security(sentence: str, verb: int) -> bool:
    """A security force did the finding: named before the verb, or after it as "by troops"."""
    return bool(_SECURITY_RE.search(sentence[:verb]) or _BY_SECURITY.search(sentence[verb:]))


# a court's or a lab's finding, not a seizure: "found guilty of selling guns", "traces of explosives"
_NOT_SEIZED = re.compile(r"\b(?:found guilty|guilty|traces? of|accused of|charged with|convicted)\b", re.I)


# Property looted or wrecked by a side with a political or armed face (the codebook's Looting/
# property destruction); thieves and burglars are ordinary crime, and a death makes it an attack.
_PROPERTY_WRECKED = re.compile(
    r"\b(?:loot(?:ed|ing)|pillag(?:ed|ing)|plunder(?:ed|ing)|ransack(?:ed|ing)|vandali[sz](?:ed|ing)|"
    r"torch(?:ed|ing)|set fire to|set (?:[\w-]+ ){0,3}(?:ablaze|alight|on fire)|burn(?:ed|t)|destroy(?:ed|ing)|demolish(?:ed|ing)|raz(?:ed|ing)|"
    r"(?:tore|pulled) down|bulldoz(?:ed|ing)|"
    r"cut down|uproot(?:ed|ing)|sabotag(?:ed|ing))\b",
    re.I,
)
# A deal the sides signed: "signed a peace agreement", "agreed to a ceasefire"
DEAL_SIGNED = re.compile(
    r"\b(?:signed|signs?|reached|struck|sealed|seals?|concluded|agreed (?:to|on))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:peace|ceasefire|cease-fire|truce|reconciliation|non-aggression|power-sharing|border)\s+"
    r"(?:agreement|deal|accord|pact|declaration)\b|\b(?:signed|agreed (?:to|on))\s+(?:an?\s+)?(?:ceasefire|truce)\b|"
    # "signed a treaty on their common state border", "a peace ceremony ..., formally ending months of fighting"
    r"\bsigned\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?treaty\s+(?:[\w-]+\s+){0,4}?(?:on|over|settling|ending|to end|"
    r"fixing|demarcating|delimiting|defining)\b[^.]{0,40}?"
    r"\b(?:border|frontier|boundary|dispute|war|conflict|fighting|peace)\b|"
    r"\bpeace (?:ceremony|deal|pact|accord)\b[^.]{0,120}?\bformally end(?:ing|ed|s)\b|"
    # "the SDF and the government agreed on Tuesday that its fighters would leave two districts"
    r"\bagreed (?:on \w+day )?that (?:[\w'-]+ ){1,6}(?:would|will) (?:withdraw|leave|pull out|hand over|swap|"
    r"exchange|release|cease|stop|lay down)\b|"
    # "signed an agreement under which the group's 200 fighters will hand over their weapons"
    r"\bsigned\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|pact)\b[^.]{0,80}?"
    r"\b(?:fighters|combatants|militiamen|rebels)\b[^.]{0,80}?\b(?:hand\w* over|lay\w* down|disarm\w*|"
    r"demobili[sz]\w*|cantonment|location zones?|withdraw\w*|surrender\w*)\b|"
    # "concluded with the signing of a renegotiated Suspension of Operations agreement"
    r"\bsigning of (?:an? |the )?(?:[\w-]+ ){0,3}?(?:peace|ceasefire|cease-fire|truce|reconciliation|"
    r"non-aggression|disarmament|suspension of operations)\b[^.]{0,30}?\b(?:agreement|deal|accord|pact)\b",
    re.I,
)
_BASE_SET_UP = re.compile(
    r"\b(?:(?:set(?:s|ting)? up|establish(?:ed|es|ing)?|buil[dt]|opened)\s+|"
    r"turn(?:ed|ing|s)? (?:it|them|the [\w-]+) into\s+)(?:a\s+|an\s+|its\s+|their\s+)?"
    r"(?:new\s+)?(?:[\w-]+\s+)?(?:base|camp|headquarters|stronghold|outpost|post)s?\b",
    re.I,
)
# "Israeli troops", "US forces": a force named by its nation, which sets up posts abroad (our ACLED
# notes of a base established: a foreign force 4 of 7, the home state's none)
_NAMED_TROOPS = re.compile(r"\b(?-i:[A-Z][a-z]+) (?:troops|forces|soldiers)\b", re.I)
_POLITICAL_HAND = re.compile(
    r"\b(?:" + _ARMED_SIDE + r"|unidentified (?:individuals|men|actors|assailants|persons|people|"
    r"perpetrators|arsonists)|unknown (?:individuals|men|assailants|persons|people|perpetrators|arsonists)|"
    r"settlers|soldiers|troops|forces|army|police(?:men)?|gendarmes|rioters|protesters|demonstrators|youths|"
    r"arsonists|gunm[ae]n|assailants|mobs?|"
    r"armed (?:men|individuals|people))\b",
    re.I,
)
_HARM = re.compile(
    r"\b(?:kill\w*|dead|died|death|wound\w*|injur\w*|shot|beat(?:en)?|abduct\w*|kidnap\w*)\b", re.I
)
_NOT_HARM = re.compile(r"\bno (?:one|body|casualt\w+|injur\w+|deaths?)\b[^.;]{0,30}", re.I)


def strategic_kind(sentence: str) -> SubEventType | None:
    """The strategic development a sentence's own words tell where a model may not read one: an
    armed group's change (:func:`group_change`) or weapons seized or defused; else None."""
    deal = DEAL_SIGNED.search(sentence)
    if deal and not UNREALISED.search(sentence, 0, deal.start()) and not looks_back(sentence[: deal.end()]):
        # "the presidents signed a treaty on their common border, settling a dispute that
        # triggered clashes in 2021": the year is the dispute's
        return SubEventType.AGREEMENT
    if looks_back(sentence):  # "which split in 2016", "camps destroyed since 2021": background
        return None
    if group_change(sentence):
        return SubEventType.CHANGE_TO_GROUP
    if (VOICES_ARRESTED.search(sentence) or FIGURE_ARRESTED.search(sentence)) and not (
        UNREALISED.search(sentence) or CROWD_BROKEN_UP.search(sentence) or _HARM.search(sentence)
    ):
        return SubEventType.ARRESTS  # "police detained the editor-in-chief of an independent outlet"
    seized = _WEAPONS_SEIZED.search(sentence)
    if (
        seized
        and not (UNREALISED.search(sentence, 0, seized.start()) or _NOT_SEIZED.search(sentence))
        and (not _FINDING.match(seized.group()) or _by_security(sentence, seized.start()))
    ):
        return SubEventType.DISRUPTED_WEAPONS_USE
    unharmed = _NOT_HARM.sub(" ", sentence)  # "no one was injured" tells no harm
    if (
        _BASE_SET_UP.search(sentence)
        and (_ARMED_SIDE_RE.search(sentence) or _NAMED_TROOPS.search(sentence))
        and not _HARM.search(unharmed)
    ):
        # "Al-Shabaab has set up a new base near Jilib"
        return None if UNREALISED.search(sentence) else SubEventType.HEADQUARTERS_ESTABLISHED
    if _PROPERTY_WRECKED.search(sentence) and _POLITICAL_HAND.search(sentence) and not _HARM.search(unharmed):
        return None if UNREALISED.search(sentence) else SubEventType.LOOTING
    return None


@lru_cache(maxsize=256)
def _strategic_kinds(text: str) -> tuple[SubEventType | None, ...]:
    """Each sentence's strategic kind, read once per text (relevance and typing both ask)."""
    return tuple(strategic_kind(s) for s in split_sentences(text))


def tells_strategic(text: str) -> SubEventType | None:
    """The first strategic development some sentence of ``text`` tells (see :func:`strategic_kind`)."""
    return next((k for k in _strategic_kinds(text) if k is not None), None)


def lede_strategic(text: str) -> SubEventType | None:
    """The strategic development the lede tells: the news itself, not an aside further down."""
    return next(iter(_strategic_kinds(text)), None)
