"""News that is no event, by its lede: the kinds of story the codebook leaves out whose words
the classifier reads as violence or protest (an election "won" by a former "protest leader", a
robbery arrest, talks that ended "without a ceasefire", a court's sentence over last week's
riots, drills, an aid package or sanctions, an obituary, a volcano's evacuation, a bus plunged
into a ravine), and footage of an earlier year resurfacing.

Each kind is told by the lede (the first sentence): what the story is about. Any act of
political violence or a crowd's action anywhere in the text keeps it a candidate, so a riot
after an election or a clash during talks is still coded.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vigil.extract import cues
from vigil.extract.harmwords import FIGURE_ARRESTED, VOICES_ARRESTED
from vigil.extract.nlp import sentence_spans
from vigil.extract.routine_words import (
    CROWD_MET,
    DATED_PAST,
    GAIN_ONLY,
    GOVERNMENT_SPEAKER,
    ON_A_DAY,
    PART_OF_DRILL,
    REAL_DEVICE,
    RULERS,
    SETTING,
    THAT_HAS,
)
from vigil.extract.tallies import without_aggregates

if TYPE_CHECKING:
    from datetime import date

# An act the codebook codes, told anywhere: it keeps the text whatever its lede is about.
_ACT_DONE = (
    r"attack(?:ed|ing)|ambush\w*|bomb(?:ed|ing|ings)|shell(?:ed|ing)|clash(?:ed|es)|gunfire|stormed|"
    r"shot (?:dead|and killed)|opened fire|fired (?:on|at|into|shots|in the air)|gunm[ae]n|marched|rallied|tear ?gas|set fire|"
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
    r"taliban|hezbollah|hamas|boko haram|jnim|iswap|isgs|cartels?|bandits?|mobs?)\b",
    re.I,
)
# an armed side or a crowd named: a quarrel it joins is its violence
_SIDE_NAMED = re.compile(
    r"\b(?:militants?|rebels?|insurgents?|jihadists?|militias?|militiam[ae]n|terrorists?|islamic state|al[- ]qaeda|"
    r"(?:al[- ])?shabaab|houthis?|taliban|hezbollah|hamas|boko haram|cartels?|bandits?|mobs?|protesters|rioters|"
    r"soldiers|troops|supporters|clash\w*|police (?:opened fire|fired|shot))\b",
    re.I,
)
# an armed side's government named as a speaker ("a spokesman for the Taliban government said")
# a side that governs, as the state: "a Taliban government spokesman", "Taliban soldiers dug through the rubble"
# the act alone: talks are between armed sides, whose war the story recalls, and drills, arms and
# sanctions name weapons
_ACT_ONLY = re.compile(r"\b(?:" + _ACT_DONE + r")\b", re.I)
_CROWD_MARCHED = re.compile(
    r"\b(?:marched|march|rally|rallies|demand\w*|chant\w*|blocked|gathered|gathering|held|staged|sit-ins?|"
    r"demonstrat\w+|protest\w*|vigils?|candle\w*|abandoned|strike|drove|workers|students|activists|merchants|"
    r"traders|members|supporters|residents|youths|teachers|unions?)\b",
    re.I,
)
_CROWD_ACTS = re.compile(
    r"\b(?:marched|march|rally|rallies|demand\w*|chant\w*|blocked|staged|sit-ins?|demonstrat\w+|protest\w*|strike)\b",
    re.I,
)
_RECALLED = re.compile(
    # "A year ago today, a missile struck a cafe in this village": the day remembered, all of it
    r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) years? ago (?:today|this week|on this day)\b[^.;]*|"
    # "Ten years after Boko Haram abducted 276 schoolgirls from this town, parents ...": a retrospective
    r"^\W*(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\d+|a few|"
    r"several) (?:years?|decades?) (?:after|since|on from)\b(?:[^.;]*?(?=,\s+(?:[\w'-]+\s+){1,6}?(?:say|says|said|"
    r"still|remain|remains|continue|continues|recall|recalls|are|is|live|lives)\b)|[^,;.]*)|"
    r"\b(?:to (?:mark|commemorate|remember)|(?:the )?(?:\w+ )?anniversary of|years? since|commemorat\w+)[^,;]*"
    # "..., killing thousands of Yazidi men and abducting women": the recalled act's own toll
    r"(?:,\s*(?:killing|leaving|wounding|abducting|displacing|forcing)\b[^,;]*)*|"
    # "a memorial mass for the 21 civilians killed by soldiers in the village five years ago"
    r"\bfor (?:the )?[^.;]{0,60}?\b(?:killed|slain|massacred|victims|dead)\b[^.;]*?\b(?:years?|decades?) ago\b"
    r"(?:,?\s+(?:in which|when|where)\b[^.;]*)?|"
    # "tributes to the 40 personnel killed in the 2019 Pulwama bombing"
    r"\b(?:killed|slain|died|massacred) (?:in|during) the (?:19|20)\d\d\b[^,;.]*|"
    # "wreaths outside the hall where gunmen killed 130 people five years ago"
    r"\bwhere\b[^.;]{0,120}?\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years?|decades?) ago|"
    r"in (?:19|20)\d\d)\b|"
    # "to pray for the 85 men who died after troops broke up a demonstration on Oct 25, 2004"
    r"\bfor (?:the )?[^.;]{0,60}?\bwho (?:died|were killed)\b[^.;]*?\b(?:19|20)\d\d\b[^.;]*",
    re.I,
)
# people come together to pray or mourn, not to press a demand: no protest
_WORSHIP = re.compile(
    r"\b(?:gathered|gathering|met|assembled)\b(?:[^.;]{0,80}?)\bfor (?:an? |the )?(?:\w+ ){0,2}"
    r"(?:mass|masses|prayers?|service|ceremony|memorial|requiem|funeral)\b|"
    r"\b(?:gathered|gathering|assembled)\b[^.,;]{0,40}?\b(?:at|in) (?:the|a) (?:[\w-]+ ){0,2}(?:cemetery|graves?|memorial)\b|"
    r"\b(?:gathered|gathering|assembled)\b[^.;]{0,60}?\bto (?:pray|mourn)\b",
    re.I,
)
_NON_STATE = re.compile(
    r"\b(?:armed groups?|militias?|militants?|rebels?|insurgents?|jihadists?|gangs?|cartels?|colectivos)\b",
    re.I,
)
# What a report rules out or sets as the scene, not what happened: "there was no indication of an
# attack", "in a region where jihadist groups have stepped up raids"; a clause runs to its stop.
_NOT_TOLD = re.compile(
    r"\b(?:(?:no|little) (?:indication|sign|evidence|suggestion|hint)s? (?:of|that)|ruled out|"
    r"(?:was|is) not (?:being )?treated as|(?:was|is) not (?:an? )?(?:attack|act of)|dismissed (?:suggestions|reports) of|"
    r"in an? (?:[\w-]+ ){0,2}(?:region|country|area|province|state|district|zone|part of \w+) (?:where|that|which)|"
    r"where (?:[\w-]+ ){0,3}(?:have|has) (?:long )?(?:been|stepped up|waged|carried out|staged|killed))[^.;]*",
    re.I,
)
# an armed side's order that binds others now ("barred lorries from the city", "ordered residents to
# stay indoors"): ACLED codes the group's new activity, whatever it threatens for defiance
_ORDERED = re.compile(
    r"\b(?:barred|banned|blockad\w*|besieg\w*|ordered|imposed|shut|closed|forbade|prohibited)\b", re.I
)
_FIGHTERS = re.compile(r"\bfighters?\b", re.I)
_AUTHORITY_ORDER = re.compile(
    r"\b(?:authorities|officials|government|mayor|city hall|council|governor|prefect)\b[^.;,]{0,40}?"
    r"\b(?:banned|cancelled|closed|shut|imposed|ordered|prohibited)\b",
    re.I,
)
# a court tries violence, so its lede names some; a crowd or a fight at the court is an event
_AT_COURT = re.compile(
    r"\b(?:stormed|clashed|protest\w*|demonstrators|rioters|tear ?gas|opened fire|attacked|rallied|executed)\b",
    re.I,
)

# a desk's label for a piece that weighs a war ("ANALYSIS - Two years after ..."), whatever acts it recalls
_ANALYSIS = re.compile(r"^\W*(?:ANALYSIS|EXPLAINER|OPINION|COMMENTARY|EDITORIAL|FACTBOX|INSIGHT|Q&A)\b")

_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "election result",
        re.compile(
            r"\b(?:won|wins|winner of|declared (?:[\w'-]+ ){0,4}(?:the )?winner|conceded|concedes|re-elected|"
            r"sworn in|inaugurated)\b[^.]{0,160}?\b(?:elections?|runoffs?|run-offs?|votes?|polls?|ballots?|"
            r"presidency|referendum)\b|\b(?:elections?|runoffs?|referendum)\b[^.]{0,80}?\b(?:results?|turnout)\b|"
            # "voters backed the proposals on Sunday, official results showed, ... of his referendum"
            r"\b(?:results?|turnout)\b[^.]{0,120}?\b(?:elections?|runoffs?|referendum|plebiscite)\b|"
            r"\belected (?:[\w'-]+ ){1,6}as (?:the (?:new )?|its )?(?:prime minister|president|speaker|premier|mayor|governor)\b",
            re.I,
        ),
    ),
    (
        # "voting passed off peacefully despite fears of attacks", "voters cast their ballots calmly"
        "calm vote",
        re.compile(
            r"\b(?:vot(?:ing|ers?|e)|polls?|ballots?|elections?|referendum)\b[^.]{0,100}?\b(?:passed off|went off|"
            r"proceeded|took place|(?:was|were) held|cast (?:their )?ballots?|voted)\b[^.]{0,60}?\b(?:calmly|"
            r"peacefully|smoothly|in (?:a )?calm|without (?:major |any |serious )?(?:incidents?|violence|disruption))\b",
            re.I,
        ),
    ),
    (
        "talks without a deal",
        re.compile(
            r"\bwithout (?:reaching |agreeing (?:on )?|signing |securing |a breakthrough on )?(?:an? |any )?"
            r"(?:[\w-]+ ){0,3}(?:agreement|deal|accord|ceasefire|truce|breakthrough|treaty|progress)\b|"
            r"\b(?:talks|discussions|negotiations)\b[^.]{0,60}?\b(?:adjourned|suspended|collapsed|stalled|broke down|ended)\b|"
            r"\bfailed to (?:reach|agree on|clinch|seal) (?:an? )?(?:[\w-]+ ){0,2}(?:agreement|deal|accord|ceasefire|truce)\b|"
            # "opened a second round of peace talks in Mexico City on Monday"
            r"\b(?:opened|began|started|launched|resumed|kicked off) (?:an? |the )?(?:new |fresh |next |first |second |third |"
            r"fourth |fifth |another )?(?:round of )?(?:[\w-]+ )?(?:talks|negotiations|dialogue)\b|"
            # "officers from Lebanon, Israel, the US and France met for another session of the committee"
            r"\b(?:officials|officers|delegations?|delegates|ministers|envoys|representatives|negotiators|mediators)\b"
            r"[^.]{0,100}?\bmet\b[^.]{0,80}?\b(?:session|meeting|round|talks|committee|commission|mechanism)\b",
            re.I,
        ),
    ),
    (
        # "unions called a national strike for Nov. 21", "the party called off a march planned for
        # Saturday": a protest to come, or one that never met
        "protest called",
        re.compile(
            r"\bcall(?:ed|s)? (?:for )?an? (?:[\w-]+ ){0,2}?(?:strike|protest|march|rally|demonstration|shutdown)s? "
            r"(?:for|on) (?:[A-Z][a-z]{2,8}\.? \d{1,2}\b|(?:next )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
            r"Saturday|Sunday)\b)|"
            r"\b(?:called off|cancel+ed|postponed|abandoned) (?:an? |the |its |their )?(?:[\w-]+ ){0,3}?(?:strike|protest|"
            r"march|rally|demonstration|sit-in)s?\b|"
            # "said it would go ahead with a rally on Sunday", "would travel to the capital next week for a march"
            r"\b(?:would|will|plans? to|planned to) (?:go ahead with|hold|stage|travel to [^.;]{0,40}? for) (?:an? |the |its |"
            r"their )?(?:[\w\"“-]+ ){0,3}?(?:rally|march|protest|strike|demonstration|sit-in)\b"
        ),
    ),
    (
        # "bomb disposal experts defused a 1.4-tonne World War Two bomb": a relic of an old war, no side's act
        "wartime relic",
        re.compile(
            r"\b(?:world war (?:one|two|i|ii|1|2)|ww(?:i|ii|1|2)|second world war|first world war|wartime|"
            r"(?:19[0-4]\d)-era)\b[^.;]{0,40}?\b(?:bombs?|shells?|munitions?|mines?|ordnance|grenades?)\b",
            re.I,
        ),
    ),
    (
        "ordinary crime",
        re.compile(
            r"\b(?:arrest\w*|detain\w*|charged|held|seized|sentenced|jailed)\b[^.]{0,120}?\b(?:robb(?:ery|eries|ing|ed)|"
            r"holdups?|hold-ups?|thefts?|theft|burglar\w*|stealing|stole|shoplift\w*|fraud|embezzl\w*|"
            r"counterfeit\w*)\b|"
            # "detained nearly 700 workers in a raid on a compound suspected of housing an online scam operation"
            r"\b(?:arrest\w*|detain\w*|rescued)\b[^.]{0,160}?\b(?:scam|fraud|gambling|cyber-?crime)\b|"
            # a drug haul: "seized 1.2 tonnes of crystal methamphetamine hidden in a truck"
            r"\b(?:seiz\w+|confiscat\w+|intercept\w+|found)\b(?:[^.]|\.\d){0,60}?\b(?:tonnes?|tons?|kilos?|kilograms?|kg|pills|"
            r"tablets)\s+of\s+(?:[\w-]+\s+){0,2}(?:methamphetamine|meth|cocaine|heroin|cannabis|marijuana|hashish|"
            r"drugs|narcotics|yaba|opium|fentanyl|captagon)\b|"
            r"\b(?:robb(?:ery|eries|ing|ed)|holdups?|thefts?|burglar\w*)\b[^.]{0,80}?"
            r"\b(?:arrest\w*|detain\w*|charged|seized)\b",
            re.I,
        ),
    ),
    (
        # "a man has been charged with murder after a woman was found dead": a crime before a court
        "murder charge",
        re.compile(
            r"\b(?:has been|had been|was|were|have been) charged with (?:the )?(?:murder|manslaughter)\b",
            re.I,
        ),
    ),
    (
        # "the president promulgated the law that grants amnesty to ...": a law, whatever war it covers
        "legislation",
        re.compile(
            r"\b(?:promulgated|signed into law|enacted|vetoed|ratified)\b[^.]{0,60}?\b(?:laws?|bills?|decrees?|"
            r"legislation|amendments?|acts?)\b|\b(?:parliament|congress|senate|assembly|lawmakers)\b[^.]{0,40}?"
            r"\b(?:passed|approved|adopted|voted (?:for|through))\b[^.]{0,40}?\b(?:laws?|bills?|legislation|amendments?)\b",
            re.I,
        ),
    ),
    (
        # "a shop owner was shot dead during a robbery": gain, not politics (our ACLED notes so told: 2)
        "robbery killing",
        re.compile(
            r"\b(?:killed|shot(?: dead)?|stabbed(?: to death)?|murdered)\b[^.;]{0,60}?\b(?:during|in|resist(?:ed|ing)|"
            r"foil(?:ed|ing)) an? (?:armed |attempted |botched )?(?:robbery|hold-?up|burglary|carjacking|mugging|break-in)\b|"
            # "two guards were shot dead when armed robbers ambushed a cash-in-transit van"
            r"\b(?:killed|shot(?: dead)?|stabbed(?: to death)?|murdered)\b[^.;]{0,60}?\b(?:when|as|after|by)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:robbers|muggers|burglars|carjackers|street criminals)\b|\bcash-in-transit\b|"
            # "armed robbers shot dead a jewellery shop owner during a raid on his shop"
            r"\b(?:robbers|muggers|burglars|carjackers)\s+(?:[\w-]+\s+){0,2}?(?:killed|shot|stabbed|murdered|gunned)\b",
            re.I,
        ),
    ),
    (
        # "Sunday's city marathon drew 40,000 runners through the streets": a race, not a march
        "sporting event",
        re.compile(
            r"\b(?:marathon|half-marathon|fun run|road race|[A-Z]\w+ Run|cycling race|tournament|match|concert|"
            r"festival|carnival)\b[^.;]{0,60}?\b(?:drew|attracted|brought)\b[^.;]{0,40}?"
            r"\b(?:participants|runners|athletes|cyclists|spectators|fans|visitors|revellers)\b"
        ),
    ),
    (
        "domestic killing",
        re.compile(
            r"\b(?:suspected of|accused of|charged with|arrested (?:\w+ ){0,4}for|held (?:\w+ ){0,4}for|over) "
            r"(?:killing|murdering|stabbing|strangling|the (?:killing|murder|death) of) (?:his|her|their) "
            r"(?:(?:elder|older|younger|own|twin|step-?) )?(?:wife|husband|partner|girlfriend|boyfriend|son|daughter|child|children|mother|father|brother|sister|"
            r"uncle|aunt|cousin|neighbou?r|landlord|employer|friend)\b|"
            # a killing's own motive: "in what they described as a criminal dispute", "after a family dispute"
            r"\b(?:described|believed|said) (?:as |to be )?(?:a )?criminal (?:dispute|feud|matter)\b|"
            r"\b(?:after|over|following) a (?:family|domestic|personal|business) (?:dispute|row|quarrel)\b|"
            # "arrested a man after his wife was found stabbed to death in their home"
            r"\b(?:his|her) (?:wife|husband|partner|girlfriend|boyfriend) (?:was|had been) (?:found )?(?:stabbed|strangled|"
            r"beaten|hacked|bludgeoned|burned|shot) to death\b|"
            # "a woman was stabbed to death by her husband at their home"
            r"\b(?:stabbed|strangled|beaten|hacked|shot|killed|murdered|bludgeoned)(?: to death)? by (?:her|his) "
            r"(?:husband|wife|partner|boyfriend|girlfriend|ex-husband|ex-wife|ex-partner)\b|"
            r"^\W*(?:an? |the )?(?:[\w-]+ ){0,2}(?:man|woman|husband|wife|father|mother|son|daughter|farmer|trader|"
            r"herder|teacher|driver|labourer|laborer|shopkeeper|pensioner)\b(?! who)"
            r"[^.,;]{0,30}?\b(?:killed|murdered|stabbed|"
            r"hacked|strangled|shot(?: dead)?|beat|bludgeoned|burned) (?:his|her) (?:(?:elder|older|younger|own|twin) )?"
            r"(?:wife|husband|partner|girlfriend|boyfriend|son|daughter|children|mother|father|brother|sister|nephew|niece|"
            r"uncle|cousin|parents|in-laws)\b",
            re.I,
        ),
    ),
    (
        # "stabbed to death in a brawl outside a nightclub": a fight among revellers, no side's act
        "brawl",
        re.compile(
            r"\b(?:brawl|fight|altercation|scuffle|quarrel)\b (?:\w+ ){0,2}(?:outside|at|in|near) (?:an? |the )?"
            r"(?:[\w-]+ )?(?:nightclub|night club|bar|pub|club|disco|discotheque|restaurant|party|wedding|tavern|"
            r"karaoke|casino)\b|"
            # "shot dead at a bar ... after an argument over a football match": a quarrel's killing
            r"\b(?:after|following) an? (?:[\w-]+ )?(?:argument|quarrel|dispute|row|altercation) (?:over|about) "
            r"(?:an? |the )?(?:football|soccer|card|pool|billiards?|game|match|bill|drinks?|debt|girlfriend|woman|parking)\b",
            re.I,
        ),
    ),
    (
        # "schools were evacuated after emailed bomb threats; police found no explosives"
        "hoax",
        re.compile(
            r"\b(?:bomb|security) (?:threats?|scares?)\b|\bhoax\w*|\bfalse alarms?\b|"
            # "evacuated after an unattended bag was found" (it held clothes and a laptop)
            r"\b(?:unattended|suspicious|abandoned) (?:bag|package|parcel|suitcase|object)\b",
            re.I,
        ),
    ),
    (
        # "the rebels warned they would shoot down any aircraft": a threat, no act yet
        "threat",
        re.compile(
            r"\b(?:warned|threatened|threatening|vowed)\b[^.;]{0,50}?\b(?:will|would|to)\s+(?:[\w-]+\s+){0,2}?(?:shoot|attack|"
            r"kill|target|strike|bomb|treat|punish|retaliate|execute|hunt|"
            # "warned it would resume military operations if ...": a threat of war, not war
            r"resume\s+(?:[\w-]+\s+)?(?:operations|fighting|hostilities|attacks|war|offensives?))\w*\b|"
            # "warned that the groups would face a 'crushing response' if they were not disarmed"
            r"\b(?:warned|threatened)\b[^.;]{0,80}?\b(?:will|would)\s+face\s+(?:an?\s+)?(?:[\w'‘’-]+\s+){0,2}"
            r"(?:response|retaliation|consequences|reprisals?|punishment)\b|"
            # "letters demanding a levy per village, failing which they would be attacked"
            r"\b(?:failing which|or else|otherwise)\b[^.;]{0,40}?\b(?:would|will)\s+be\s+(?:attacked|killed|"
            r"targeted|punished|abducted|kidnapped)\b",
            re.I,
        ),
    ),
    (
        # "the embassy warned that terrorists may be planning attacks on malls": a warning, no act
        "security warning",
        re.compile(
            r"\b(?:warn\w*|alert\w*|advis\w*|caution\w*|informs?)\b[^.;]{0,60}?\b(?:elevated|increased|heightened|"
            r"high|growing|possible|potential|imminent|planned|(?:may|might|could) be (?:planning|preparing)|"
            r"(?:are|were|is|was) (?:planning|preparing))\b"
            r"[^.;]{0,30}?\b(?:terror(?:ist)? attacks?|attacks?|bombings?|violence|terrorism|kidnappings?|"
            r"(?:missile|drone|air) (?:strikes?|attacks?))\b|"
            # "put security forces in the capital on high alert after intelligence about a possible plot"
            r"\bon (?:high|maximum|red) alert\b[^.;]{0,80}?\b(?:possible|potential|planned|suspected)\b|"
            r"\b(?:is|was) an? (?:increased|elevated|heightened|high|growing) (?:risk|threat|likelihood) of "
            r"(?:terror(?:ist)? )?(?:attacks?|terrorism|violence|kidnappings?)\b",
            re.I,
        ),
    ),
    (
        # "the number of people displaced inside Sudan has passed 10 million, the IOM said"
        "displacement figures",
        re.compile(
            r"\b(?:displaced|displacement|refugees|fled|uprooted|forced from their homes)\b[^.]{0,100}?\b(?:passed|topped|surpassed|exceeded|"
            r"reached|crossed|hit|(?:rose|risen|climbed) to)\s+(?:more than |over |about |nearly |some |almost )?"
            r"[\d,.]+\s*(?:million|thousand|\d)",
            re.I,
        ),
    ),
    (
        # "civilian casualties hit a record for the first six months of any year, the UN said"
        "casualty statistics",
        re.compile(
            r"\b(?:civilian )?(?:casualt(?:y|ies)|deaths|killings)\b[^.]{0,40}?\b(?:hit|reached|rose|fell|climbed|"
            r"dropped)\b[^.]{0,40}?\b(?:record|highest|lowest)\b[^.]{0,60}?\b(?:months?|half|year|quarter|period)\b|"
            # "reported cases of sexual violence in eastern Congo rose sharply in 2023"
            r"\b(?:cases|incidents|casualt(?:y|ies)|deaths|killings)\b[^.]{0,80}?\b(?:rose|fell|climbed|dropped|doubled|"
            r"tripled|surged|increased|decreased)\b(?: sharply| steeply)? (?:in|during|over) (?:19|20)\d\d\b|"
            # "more than 3,400 civilians were killed in Afghanistan's conflict in 2019, the UN said"
            r"\bkilled in (?:\w+['’]s |the )?(?:[\w-]+ ){0,2}(?:conflict|war|violence|fighting) in (?:19|20)\d\d\b|"
            # "El Salvador recorded 154 homicides in 2023"
            r"\brecorded [\d,]+ (?:homicides|murders|killings|deaths)\b[^.;]{0,30}?\bin (?:19|20)\d\d\b|"
            # "in its annual report", "in the first half of 2019, the United Nations said"
            r"\b(?:in its|an?|the) (?:annual|mid-year|half-year|quarterly|yearly) report\b|"
            r"\bin the (?:first|second|last) (?:half|quarter|six months|three months) of (?:19|20)\d\d\b|"
            # "its troops had killed more than 500 rebels since launching joint operations in 2021"
            r"\bkilled (?:more than |over |at least |about |some )?[\d,]+ [^.]{0,100}?\bsince (?:launching|(?:the|its) "
            r"(?:start|launch|beginning))\b",
            re.I,
        ),
    ),
    (
        "crush or stampede",
        re.compile(
            r"\b(?:stampedes?|crush(?:ed)? (?:at|during|in) (?:an? |the )?(?:\w+ ){0,3}(?:handout|distribution|"
            r"stadium|concert|festival|pilgrimage|shrine|temple|church|mosque|market|crossing|gathering))\b",
            re.I,
        ),
    ),
    (
        "commemoration",
        re.compile(
            r"\b(?:to (?:mark|commemorate|remember)|commemorat\w+|anniversary of|laid (?:wreaths|flowers)|"
            r"memorial (?:service|ceremony|mass|prayers?)|minute'?s? (?:of )?silence|mark(?:ed|ing|s) (?:\w+ ){1,3}years? since|"
            r"to pray for (?:the )?(?:[\w-]+ ){0,5}(?:who|victims|dead)\b|"
            # "hundreds attended the funeral of a ranger killed last week": the mourning, not the blast
            r"\battended (?:the |a )?funerals?\b|\bfunerals? (?:was|were) held\b|\blaid to rest\b|"
            r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) years? ago (?:today|this week|on this day)|"
            r"^\W*(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\d+|"
            r"a few|several) (?:years?|decades?) (?:after|since|on from))\b",
            re.I,
        ),
    ),
    (
        "court ruling",
        re.compile(
            r"^[^.]{0,120}?\b(?:was|were|has been|have been) (?:jailed|sentenced|convicted|acquitted|found guilty)\b|"
            r"^[^.]{0,120}?\b(?:court|judge|jury|tribunal)\b[^.]{0,60}?\b(?:sentenced|convicted|acquitted|"
            r"jailed|ruled|upheld|overturned|charged|indicted|handed (?:down )?(?:life|death|(?:[\w-]+-)?year) (?:sentences?|terms?))\b",
            re.I,
        ),
    ),
    (
        "natural hazard",
        re.compile(
            r"\b(?:volcano\w*|volcanic eruption|earthquakes?|quakes?|aftershocks?|tremors?|floods?|flooding|flash floods|landslides?|"
            r"mudslides?|dams? (?:burst|collapsed|broke|gave way)|cyclone|hurricane|typhoon|tropical storm|tornado|drought|wildfires?|forest fires?|"
            r"heatwave|heat wave|avalanche|tsunami|torrential rains?|heavy rains?)\b",
            re.I,
        ),
    ),
    (
        "military exercise",
        re.compile(
            r"\b(?:began|begin|held|hold|holding|staged|stage|conducted|conducting|launched|kicked off|started|"
            r"took part in|joined|wrapped up|ended|completed|concluded|finished)\b[^.]{0,60}?\b(?:exercises?|drills?|manoeuvres|maneuvers|war games|"
            r"(?:military|army|(?:armed )?forces(?: day)?|independence day|victory day|national day|republic day) parade)\b|\b(?:joint|annual|naval|live-fire|military) (?:[\w-]+ )?(?:exercises?|drills|manoeuvres|maneuvers)\b|"
            r"\b(?!(?:The|These|Those|Its|Their|Our|During|After)\b)(?-i:[A-Z])[\w-]+ (?:exercises|drills|war games)\b",
            re.I,
        ),
    ),
    (
        "aid, arms deal or sanctions",
        re.compile(
            r"\b(?:military|security|weapons|arms) (?:aid|assistance|package)\b|\baid package\b|"
            r"\b(?:agreements?|contracts?|deals?) (?:[\w.,]+ ){0,7}to (?:buy|acquire|purchase|supply|sell)\b|"
            r"\b(?:took|taken|takes|taking) delivery of\b|"
            r"\bimposed (?:\w+ ){0,3}(?:sanctions|asset freezes|travel bans|embargo)\b|\b(?:new )?sanctions (?:on|against)\b|"
            # "the cabinet approved a record defence budget including funds for cruise missiles"
            r"\b(?:approved|passed|unveiled|adopted) (?:an? |the )?(?:[\w$().,-]+ ){0,8}?(?:defen[cs]e|military) "
            r"(?:budget|spending)\b",
            re.I,
        ),
    ),
    (
        "obituary",
        re.compile(
            r"\b(?:died|dies|has died|passed away)\b[^.]{0,50}?\b(?:aged \d+|at the age of \d+|at (?:age )?\d{2}\b)",
            re.I,
        ),
    ),
    (
        "road or rail crash",
        re.compile(
            r"\b(?:bus|buses|minibus|coach|truck|lorry|tanker|car|train|vehicle|boat|ferry|plane|aircraft|"
            r"helicopter)\b[^.]{0,60}?\b(?:veered|plunged|overturned|collided|crashed|derailed|skidded|"
            r"capsized|sank|fell (?:into|off)|went off the road|careered|somersaulted|lost control|slid off|skidded off|"
            r"rolled (?:down|over|off|into)|toppled|"
            r"(?<=tanker )explo(?:ded|sion)|(?<=tanker )caught fire|(?<=truck )caught fire)\b|\b(?:head-on )?collision between\b",
            re.I,
        ),
    ),
    (
        # "a fuel tank exploded as crowds gathered to collect petrol": an accident, whoever stored it
        "industrial accident",
        re.compile(
            r"\b(?:fuel|oil|gas|petrol|diesel|gasoline|propane)\s+(?:storage\s+)?(?:tanks?|tankers?|depots?|stations?|"
            r"pipelines?|cylinders?|plants?)\b[^.]{0,40}?\b(?:explo(?:ded|sion)|caught fire|blew up|burst into flames)\b|"
            r"\b(?:gas (?:leak|cylinder explosion)|boiler explosion|factory fire|mine (?:collapse|cave-in)|"
            r"(?:fireworks?|chemical) (?:factory|plant|warehouse) (?:explosion|blast|fire)|"
            # "a tailings dam owned by a mining company burst"
            r"(?:tailings )?dam (?:[\w-]+ ){0,5}?(?:burst|collapsed|failed|gave way))\b",
            re.I,
        ),
    ),
)


def routine_news(text: str) -> str | None:
    """The kind of non-event news the lede tells ("election result", "ordinary crime", ...), or
    None when it tells none of them or an act the codebook codes appears anywhere in ``text``."""
    spans = list(sentence_spans(text))
    lede = text[spans[0][0] : spans[0][1]] if spans else text
    if _ANALYSIS.match(lede):
        return "analysis"
    lede = _DATELINE.sub("", lede, count=1)
    kind, found = next(
        ((name, pattern.search(lede)) for name, pattern in _KINDS if pattern.search(lede)), (None, None)
    )
    if (
        kind is None
    ):  # (a deal that ends a war told by its toll is the deal: "agreed to a cessation of hostilities")
        stats = _statistics(lede, [text[a:b] for a, b in spans[1:]])
        return None if stats and cues.DEAL_SIGNED.search(lede) else stats
    if kind == "ordinary crime" and (VOICES_ARRESTED.search(lede) or FIGURE_ARRESTED.search(lede)):
        return None  # "police arrested the head of a rights group, accusing her of embezzlement"
    if kind == "court ruling":
        # a crowd or a fight at the court is an event; the crime tried ("the militants who stormed
        # the camp in February 2018") is not
        return None if _AT_COURT.search(DATED_PAST.sub(" ", lede)) else kind
    if kind == "commemoration":
        # a memorial recalls an act told before; what its people did now decides: officials laying
        # wreaths is no event, students or workers gathering to mark a day a protest (ACLED codes them)
        now = _RECALLED.sub(" ", _WORSHIP.sub(" ", lede))
        # (people who only gathered to pray, "residents and officials gathered to pray for the victims",
        # make no protest)
        crowd = _CROWD_ACTS.search(now) or (_CROWD_MARCHED.search(now) and not _WORSHIP.search(lede))
        return None if _ACT_ONLY.search(now) or _AT_COURT.search(now) or crowd else kind
    if kind in ("robbery killing", "ordinary crime") and GAIN_ONLY.search(text):
        return kind  # "investigators said the gang had no known links to organised crime factions"
    if kind == "robbery killing":  # bandits' or a gang's robberies are their violence (ACLED codes them)
        return None if _NON_STATE.search(text) or re.search(r"\bbandit", text, re.I) else kind
    if kind == "talks without a deal" and cues.DEAL_SIGNED.search(lede):
        return None  # "met at the mission's base and signed a ceasefire agreement": an agreement
    if kind in ("threat", "security warning") and found is not None:
        # "warned it would shoot down any aircraft": what the lede tells beside the threat decides;
        # a ban or a blockade it enforces is the group's new activity
        told = _FIGHTERS.sub(" ", lede.replace(found.group(), " "))  # "release its fighters": no act
        ordered = _ORDERED.search(_AUTHORITY_ORDER.sub(" ", told))  # a city's ban on festivities is no side's
        return None if cues.EVENT.search(told) or _ACT_ONLY.search(told) or ordered else kind
    if kind in ("displacement figures", "casualty statistics"):  # a count, unless an act on a day follows
        rest = [text[a:b] for a, b in spans[1:]]
        return None if any(cues.EVENT.search(s) and ON_A_DAY.search(s) for s in rest) else kind
    if kind == "calm vote":  # "in an area where protests in 2017 left several dead": the setting
        return None if _ACT_ONLY.search(_NOT_TOLD.sub(" ", DATED_PAST.sub(" ", lede))) else kind
    if kind == "protest called":  # unless a crowd met all the same
        return None if CROWD_MET.search(lede) else kind
    if kind == "hoax" and (
        VOICES_ARRESTED.search(lede) or FIGURE_ARRESTED.search(lede) or REAL_DEVICE.search(lede)
    ):
        return None  # "detained an opposition journalist after a flight was diverted over a bomb threat"
    if (
        kind == "legislation"
    ):  # "vetoed a bill that has triggered weeks of protests": the veto, not the protests
        return None if _ACT.search(THAT_HAS.sub(" ", lede)) else kind
    if kind in ("talks without a deal", "obituary", "crush or stampede", "hoax"):
        return None if _ACT_ONLY.search(lede) else kind
    if kind in ("military exercise", "aid, arms deal or sanctions"):
        # an armed group's drills are its change of activity (ACLED codes them); fire at a hulk
        # "as part of the annual exercises" is the drill itself
        drilled = kind == "military exercise" and PART_OF_DRILL.search(lede)
        main = SETTING.split(lede, maxsplit=1)[
            0
        ]  # "..., as Tokyo seeks to strike bases amid missile launches"
        return None if (_ACT_ONLY.search(main) and not drilled) or _NON_STATE.search(main) else kind
    if kind == "wartime relic":  # a bomb of an old war, unless a side of today's is named
        return None if _SIDE_NAMED.search(_NOT_TOLD.sub(" ", text)) else kind
    if kind in ("road or rail crash", "natural hazard", "industrial accident"):
        # a crash or a flood in a war zone: what the report rules out or sets as the scene keeps
        # nothing, nor does an armed side's government named as a speaker
        lede, told = (
            RULERS.sub(" ", GOVERNMENT_SPEAKER.sub(" ", lede)),
            RULERS.sub(" ", GOVERNMENT_SPEAKER.sub(" ", _NOT_TOLD.sub(" ", text))),
        )
        return None if _ACT.search(lede) or _ACT.search(told) else kind
    if kind == "brawl" and found is not None and re.match(r"(?:after|following)\b", found.group(), re.I):
        # "shot dead at a bar after an argument over a match": the quarrel's shots are the crime;
        # an armed side or a crowd named is not
        return None if _SIDE_NAMED.search(_NOT_TOLD.sub(" ", text)) else kind
    if kind == "domestic killing":  # "a farmer shot dead his brother": no side's act, unless one is named
        return None if _SIDE_NAMED.search(DATED_PAST.sub(" ", _NOT_TOLD.sub(" ", text))) else kind
    # "mindful of the riots that followed the 2006 election": a dated clause is background
    return None if _ACT.search(DATED_PAST.sub(" ", text)) else kind


def _statistics(lede: str, rest: list[str]) -> str | None:
    """ "232 civilians were killed across Ukraine in June, the UN said": a lede that is only a toll
    over a span or a country, with no act on a day told after it, is a statistics story."""
    rest_of_lede = without_aggregates(lede)  # "recorded 5,794 murders between July and September"
    if not cues.tally_only(lede) and (rest_of_lede == lede or cues.EVENT.search(rest_of_lede)):
        return None
    return None if any(cues.EVENT.search(s) and ON_A_DAY.search(s) for s in rest) else "casualty statistics"


# "QUITO, Jan 17 (Reuters) - ": the dateline, so a court ruling's lede starts at its subject
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z'. -]{2,}(?:,\s*[\w .]{2,30}?)?\s*(?:\([^)]{1,30}\))?\s*(?:[-\u2013\u2014]+|:)\s*"
)


# Footage of an earlier year resurfacing ("a video filmed in 2019 circulated"): the news is the
# video, not a new event; ACLED codes the event once, on its own day.
_FOOTAGE = re.compile(
    r"\b(?:videos?|footage|clips?|images|photos?|photographs|pictures|recordings?|filmed)\b", re.I
)
# the year must be the footage's own ("a video filmed in 2019", "Recorded in 2020, the clip"),
# not that of a place the footage shows ("Goma, a city taken by rebels in 2024")
_FILMED_IN = re.compile(
    r"(?:\b(?:videos?|footage|clips?|images|photos?|photographs|pictures|recordings?)\b(?: [\w'-]+){0,3}? "
    r"|^\W*)(?:filmed|recorded|taken|shot|dat(?:es|ed|ing)(?: back)?)\b[^.;,]{0,40}?\b((?:19|20)\d\d)\b",
    re.I,
)


def old_footage(text: str, published: date) -> bool:
    """The lede is about a video or photos made in an earlier year: a resurfaced record is no
    new event. Footage of the same year (or of last December, told in January) may be of the
    event itself, so it is kept."""
    lede = next((text[a:b] for a, b in sentence_spans(text)), text)
    if not _FOOTAGE.search(lede):
        return False
    oldest = published.year - (2 if published.month == 1 else 1)
    return any(int(m.group(1)) <= oldest for m in _FILMED_IN.finditer(lede))


__all__ = ["old_footage", "routine_news"]
