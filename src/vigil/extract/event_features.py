"""Features of the event classifier: normalised text for n-grams and codebook cue groups (the
override rules live in :mod:`vigil.extract.event_rules` and are re-exported here).

Kept apart from the model (classify.py) because the coder featurises every text and every
sentence it classifies: this is the hot path, so each cue is one compiled regex over the
lower-cased text, built once per classifier (never at import).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from vigil.extract.event_rules import BARRICADES as _BARRICADES
from vigil.extract.event_rules import LOOT as _LOOT
from vigil.extract.event_rules import Rule, build_rules

FloatArray = npt.NDArray[np.float64]

# ---------------------------------------------------------------------------------------------
# Normalisation: strip what only ACLED notes carry and mask what names a place or a time.

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_ACLED_PREFIX = re.compile(r"^\s*(?:[A-Z][A-Za-z/]*(?:\s+[A-Za-z/-]+){0,4}):\s+")
_DATE_LEAD = re.compile(
    r"^\s*(?:on\s+or\s+about|on\s+or\s+around|on|around|between|as\s+reported\s+on|reported\s+on|"
    r"as\s+of|since|during|in|overnight\s+on)?\s*[^,.;]{0,40}?\b(?:\d{4}|" + _MONTHS + r")\b"
    r"[^,.;]{0,40}?,\s+",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z'. -]{2,}(?:,\s*[A-Za-z]{3,9}\.?\s*\d{0,2})?\s*(?:\([^)]{1,30}\))?\s*[-\u2013\u2014]+\s*"
)
_BRACKETS = re.compile(r"\[[^\]]*\]")
_FATALITY_NOTE = re.compile(r"\((?:fatalities|casualties|number)[^)]*\)", re.IGNORECASE)
_ADMIN_PAREN = re.compile(r"\((?:coded\s+(?:as|to)\s+)?[A-Z][^()]{0,80}\)")
_DATE_WORDS = re.compile(r"\b(?:" + _MONTHS + "|" + _WEEKDAYS + r")\b\.?", re.IGNORECASE)
_DIGITS = re.compile(r"\d+(?:[.,/:-]\d+)*")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z'\u00c0-\u017f]+(?:[- ][A-Z][a-z'\u00c0-\u017f]+)*")
_SPACES = re.compile(r"\s+")

# Capitalised words that say what happened, not where: kept when names are masked.
_KEEP_CAPS = frozenset(
    (
        "police", "army", "military", "navy", "government", "president", "minister", "ministry",
        "islamic", "state", "forces", "troops", "rebels", "militants", "militia", "soldiers", "court",
        "parliament", "opposition", "party", "students", "christian", "muslim", "hindu", "buddhist",
        "church", "mosque", "temple", "easter", "ramadan", "eid", "christmas", "border", "national",
        "general", "commander", "governor", "mayor", "chief",
    )
)  # fmt: skip


# "CAIRO, March 6", "on 3 March 2020", "since March": the month, not a protest's march
_MARCH_THE_MONTH = re.compile(
    r"\bMar(?:ch|\.)(?=\s*\d)|(?<=\d)(?:st|nd|rd|th)?\s+March\b|\b(?:[Ii]n|[Ss]ince|[Uu]ntil|early|late|mid|"
    r"[Ll]ast|[Nn]ext|of|[Ff]rom|through|by|this|[Dd]uring|end of|beginning of)[\s-]+March\b"
)


def _month(match: re.Match[str]) -> str:
    return re.sub(r"Mar(?:ch|\.)", "xmonth ", match.group(0))


def normalise(text: str) -> str:
    """Lower-case text with ACLED boilerplate removed and dates, numbers and names masked.

    >>> normalise("On 5 May 2020, fighters of the Taliban attacked a checkpoint in Kunduz (Kunduz).")
    'fighters of the xname attacked a checkpoint in xname .'
    """
    text = _DATELINE.sub("", text, count=1)
    text = _BRACKETS.sub(" ", text)
    text = _FATALITY_NOTE.sub(" ", text)
    text = _ACLED_PREFIX.sub("", text, count=1)
    text = _DATE_LEAD.sub("", text, count=1)
    text = _ADMIN_PAREN.sub(" ", text)

    def _mask(match: re.Match[str]) -> str:
        word = match.group(0)
        return word if word.lower() in _KEEP_CAPS else "xname"

    text = _DATE_WORDS.sub(" xdate ", text)
    text = _NAME.sub(_mask, text)
    text = _DIGITS.sub("0", text)
    text = text.replace(".", " . ").replace(",", " , ")
    return _SPACES.sub(" ", text).strip().lower()


# ---------------------------------------------------------------------------------------------
# Lexicon cues: pooled synonyms, one feature per group, read off the raw lower-cased text.

_ARMED = (
    r"(?:soldiers?|troops|police\w*|policem[ae]n|gendarm\w*|militia\w*|militiam[ae]n|vigilantes?|"
    r"volunteers?|self-defen[cs]e|fighters?|militants?|rebels?|insurgents?|jihadists?|combatants?|"
    r"army|patrol|convoy|base|camp|post|outpost|checkpoint|barracks|garrison|positions?|"
    r"security forces|guards?|rangers?|dozos?|vdp|koglweogo|mercenar(?:y|ies))"
)
_UNARMED = (
    r"(?:civilians?|villagers?|residents|farmers?|herders?|women|woman|children|child|teachers?|"
    r"chiefs?|council+ors?|traders?|passengers|worshippers|students|man|men|people|family|families|"
    r"inhabitants|displaced|pastoralists?|miners?|journalists?|priests?|imams?)"
)
_CUES: tuple[tuple[str, str], ...] = (
    (
        "chemical",
        r"chlorine|sarin|mustard gas|nerve (?:agent|gas)|chemical (?:weapon|attack|agent|munition|"
        r"bomb|shell)s?|toxic (?:gas|chemical)s?|poison(?:ous)? gas|phosphorus|vx agent",
    ),
    (
        "suicide",
        r"suicide[- ](?:bomb|bomber|bombers|bombing|attack|attacker|vest|car|truck)|"
        r"blew (?:himself|herself|themselves) up|self[- ]detonat|explosives?[- ]laden vest|"
        r"detonated (?:his|her|their) (?:vest|explosive)|explosive vest|suicide attack",
    ),
    ("grenade", r"grenades?|rpg|rocket[- ]propelled"),
    (
        "sexual",
        r"rap(?:e|ed|es|ing|ist)|gang[- ]rap|sexual(?:ly)? (?:assault|violence|abus|harass|exploit)|"
        r"molest|sexual slavery|defiled|defilement",
    ),
    (
        "air",
        r"air ?strikes?|airstrikes?|air raids?|drones?|warplanes?|fighter jets?|jets? (?:struck|bombed)|"
        r"aerial (?:bombardment|attack|strike)|helicopter gunships?|bombed from the air|uav|sorties?|"
        r"barrel bombs?|aircraft (?:struck|bombed|attacked)",
    ),
    (
        "shelling",
        r"shell(?:s|ed|ing)|artillery|mortars?|rockets?|missiles?|grad|howitzers?|mlrs|"
        r"bombard(?:ed|ment)|tank fire|heavy weapons|cluster munitions?",
    ),
    (
        "explosive",
        r"\bied\b|improvised explosive|landmines?|land mines?|roadside bomb|car bomb|"
        r"explosive device|bomb (?:exploded|went off|blast)|detonat|blast|explosion|planted (?:a )?bomb|"
        r"booby[- ]trap|anti-(?:tank|personnel) mine",
    ),
    (
        "abduct",
        r"abduct|kidnap|hostage|held captive|taken captive|forcibly disappeared|enforced disappearance|"
        r"seized (?:two|three|several|a|an) (?:men|women|people|villagers|civilians)",
    ),
    ("arrest", r"arrest|detain|detention|custody|apprehend|rounded up|taken in for questioning|remanded"),
    (
        "headquarters",
        r"(?:set up|sets up|setting up|established?|establishing|opened|built|installed|"
        r"erected|moved into|took over) (?:a |an |their |its |new |military |forward |temporary )*"
        r"(?:base|bases|camp|camps|headquarters|outpost|outposts|command post|garrison|barracks|"
        r"checkpoint|position|positions)",
    ),
    (
        "transfer",
        r"handed over|hand over|handover|withdr[ae]w|withdrawal|pulled out|pull out|retreated|"
        r"vacated|abandoned (?:their|its|the) (?:positions?|base|posts?)|without (?:a )?(?:fight|resistance|"
        r"fighting|clashes)|unopposed|no fighting|peacefully (?:took|entered)",
    ),
    (
        "disrupted",
        r"defus|shot down|interceptors?|intercept(?:ed|s|ing)? (?:\w+ ){0,2}(?:missiles?|rockets?|drones?|"
        r"projectiles?|shells?|arms|weapons|ammunition|explosives)|seized (?:a )?(?:cache|weapons|arms|ammunition|explosives|"
        r"rifles|guns)|weapons cache|arms cache|arms haul|dismantled|demin|cleared (?:of )?mines|"
        r"bomb disposal|foiled|thwarted|recovered (?:weapons|explosives|arms)|air defen[cs]e|disarm|"
        r"confiscat|controlled explosion|made safe|arms depot|(?:found|discovered|uncovered|unearthed) "
        r"(?:\w+ ){0,3}(?:landmines?|mines|bombs?|explosives?|ieds?|arms|weapons|caches?|rockets|grenades)",
    ),
    (
        "agreement",
        r"agreement|ceasefire|cease-fire|truce|peace deal|peace accord|signed|accord|"
        r"surrender(?:ed)?|prisoner (?:exchange|swap)|exchanged prisoners|memorandum of understanding|"
        r"reconciliation|laid down (?:their )?arms",
    ),
    (
        "change",
        r"deploy|recruit|merged|merger|split from|rebrand|curfew|state of emergency|banned|"
        r"proscribed|designated|joined forces|formed a new|new (?:armed )?group|reinforcements|"
        r"movement of (?:troops|forces)|mobiliz|mobilis|declared|launched a new|patrol",
    ),
    (
        "protest",
        r"protest|demonstrat(?!ed (?:by|that|how)|es (?:that|how)|ing (?:that|how))|"
        # a market rally is no protest
        r"(?<!shares )(?<!stocks )(?<!prices )(?<!market )(?<!index )(?<!relief )rall(?:y|ies|ied)|"
        r"march(?:ed|es)?\b|sit-in|picket|human chain|"
        r"hunger strike|strike|boycott|gathered|blocked|blockade|petition|placards?|slogans?|"
        r"procession|vigil|walkout|hartal|bandh",
    ),
    (
        "dispersal",
        r"tear ?gas|dispers|water cannon|rubber bullets?|batons?|lathi|baton[- ]charged|"
        r"pepper spray|stun grenade|crowd control|broke up the",
    ),
    (
        "riot",
        r"(?<!anti-)riot(?!s? (?:police|gear|squads?|control|units?|officers|shields?))|stones?|pelted|set (?:fire|ablaze|alight)|torched|vandali[sz]|barricad|burn(?:ed|t|ing) "
        r"tyres|tires|rampage|clashed with (?:police|security)|petrol bombs?|molotov",
    ),
    (
        "mob",
        r"\bmob\b|mobs|lynch|vigilante|angry (?:residents|villagers|crowd|youths)|mob justice|"
        r"beaten to death by|residents (?:beat|attacked|killed)",
    ),
    (
        "looting",
        _LOOT + r"|ransack|plunder|pillag|burn(?:ed|t) (?:down )?(?:houses|homes|shops|huts|villages?)|"
        r"destroyed (?:property|houses|homes|crops)|stole (?:cattle|livestock)|razed|demolish|"
        # goods taken (the codebook's looting), not ground or weapons
        r"(?:seized|stole|took|carried off|made off with|removed) (?:\w+ ){0,3}(?:goods|food|foodstuffs?|"
        r"supplies|valuables|belongings|phones?|money|cash|motorbikes?|motorcycles?|tricycles?|livestock|"
        r"cattle|merchandise)",
    ),
    (
        "kill",
        r"kill(?:s|ed|ing)?|attack|assault|shot|shoot|raid|injur|wound|fought|fights?\b|projectiles?|"
        r"targeted|storm(?:ed|s)|left for dead|shot dead|murdered|gunned down|massacre|hacked|stabbed|"
        r"beheaded|execut(?:ed|ing|ions?)|"
        r"opened fire|gunmen|assailants|attackers|shot and (?:killed|wounded)|bodies|tortur|beat(?:en)?",
    ),
    (
        "clash",
        r"clash|fighting|firefight|exchange of (?:gun)?fire|exchanged (?:gun)?fire|gun ?battle|ambush|"
        r"offensive|skirmish|heavy fighting|engaged|repelled|repulsed|assault on|shoot-?outs?|"
        r"gun ?fights?|returned fire|crossfire|fought back",
    ),
    # who did it and to whom, as the codebook separates Mob violence (a spontaneous crowd
    # punishing a suspect) from an Attack (an organised armed actor) and a Violent demonstration
    (
        "mob_justice",
        r"(?:suspected|alleged|presumed|accused|supposed) (?:\w+ )?(?:thie(?:f|ves)|robbers?|"
        r"criminals?|witch(?:es)?|wizards?|sorcerers?|kidnappers?|rapists?|murderers?|bandits?|"
        r"burglars?|rustlers?|motorbike thie(?:f|ves)|pickpockets?)|caught (?:\w+ )?(?:stealing|"
        r"red-handed|in the act)|jungle justice|instant justice|popular justice|street justice|"
        r"took the law into|burn(?:ed|t) (?:him|her|them|the \w+) (?:alive|to death)|burned alive|"
        r"lynch|beat(?:en)? (?:him|her|them|\w+ \w+)? ?to death|accused of (?:witchcraft|sorcery|theft|"
        r"stealing)",
    ),
    (
        "crowd",
        r"\bmobs?\b|crowds?|angry|irate|enraged|furious|youths|locals|residents|villagers|"
        r"group of (?:people|residents|villagers|youths|men|women|locals|farmers|herders)|"
        r"community members|inhabitants|neighbou?rs|passers-?by|(?:a|large) number of (?:people|"
        r"residents|villagers|youths|locals|farmers|individuals)|group of individuals",
    ),
    (
        "found_dead",
        r"bod(?:y|ies) (?:of|was|were|found|discovered|dumped|bearing|with)|found dead|"
        r"found (?:\w+ )?(?:dead|murdered|killed|lifeless|executed|tortured|shot)|corpses?|"
        r"remains of|signs of torture|dismembered|mutilated|decapitated|bullet-riddled|"
        r"wrapped in (?:a )?(?:plastic|blanket|bag)",
    ),
    (
        "peaceful",
        r"peaceful(?:ly)?|without (?:incident|violence)|no (?:incidents?|violence|clashes)|sit-?in|"
        r"pot-banging|cacerolazo|staged (?:a )?(?:march|rally|demonstration|protest|sit-in)|"
        r"held (?:a )?(?:march|rally|demonstration|protest|sit-in|vigil)|press conference|"
        r"memorandum|submitted|petition|placards|banners|chant(?:ed|ing)|slogans|demanding|"
        r"to demand|called for|calling for",
    ),
    (
        "intervention",
        r"(?:police|security forces|gendarmes?|soldiers|troops|authorities|officers) (?:\w+ ){0,2}"
        r"(?:dispersed|broke up|intervened|arrested|detained|prevented|stopped|cordoned|removed|evicted|"
        r"chased|pushed back|dragged|carried away|hauled|blocked (?:them|the (?:march|protesters|marchers|"
        r"demonstrators))|interrupted|kettled|"
        r"fired (?:tear gas|warning shots|rubber|in the air)|charged)|dispersed by|"
        r"(?:were|was) (?:forcibly |violently )?dispersed|forcibly (?:removed|evicted|cleared)|"
        r"dragged (?:\w+ ){0,2}away|arrested (?:\w+ ){0,3}(?:protesters|demonstrators|activists|participants|"
        r"students|marchers)|(?:protesters|demonstrators|activists|participants|marchers) (?:\w+ ){0,2}"
        r"(?:were |was )?(?:arrested|detained)|arrests were made|(?:several|some|many|dozens of|scores of|\d+) "
        r"(?:\w+ ){0,2}(?:were )?(?:arrested|detained)|(?:police|authorities) interfered",
    ),
    (
        "lethal_force",
        r"(?:killed|shot dead|shot and killed|gunned down|shot at) (?:\w+ ){0,3}(?:protesters|"
        r"demonstrators|marchers|protester|demonstrator)|(?:protesters?|demonstrators?|marchers) "
        r"(?:\w+ ){0,3}(?:were |was )?(?:killed|shot dead|shot and killed)|live (?:ammunition|"
        r"rounds|bullets|fire)|opened fire on (?:\w+ ){0,2}(?:protesters|demonstrators|crowd|"
        r"marchers)",
    ),
    (
        "violent_crowd",
        r"(?:threw|thrown|hurl(?:ed|ing)|throwing) (?:\w+ ){0,2}(?:stones|rocks|bottles|petrol bombs|objects|"
        r"projectiles|molotov)|stone[- ]pelting|pelted|stoned|"
        r"burn(?:ed|t|ing) (?:tyres|tires)|vandali[sz]|smashed|attacked (?:the )?(?:police|officers|"
        r"a police station|vehicles)|set (?:fire to|ablaze|alight)|torched|clashed with|"
        r"damag(?:ed|ing) (?:\w+ )?(?:vehicles|cars|property|shops|buildings)|" + _BARRICADES + "|" + _LOOT,
    ),
    (
        "territory",
        r"recaptur|retook|retaken|regain|liberat|captur|seized control|took control|taken control|"
        r"overran|overrun|overtook|fell to|seized the (?:town|village|city|district)|took over",
    ),
    # whose gain: the codebook splits territory changes by actor (the state regains, a
    # non-state group overtakes), which the verb alone does not say
    (
        "state_regains",
        r"(?:army|troops|soldiers|security forces|government forces|military|police|gendarmes|"
        r"pro-government forces|regime forces)\b[^.;]{0,60}?(?:recaptur|retook|retaken|regain|"
        r"reclaim|re-?establish|re-?took|liberat|recover|expelled|drove (?:\w+ )?out|pushed (?:\w+ )?out|"
        r"cleared|restored (?:state )?control|took back|back under)",
    ),
    (
        "nonstate_takes",
        r"(?:rebels|militants|insurgents|jihadists|fighters|militia\w*|gunmen|armed group|faction|"
        r"separatists|extremists)\b[^.;]{0,60}?(?:seized|captured|took (?:over|control)|overran|"
        r"occupied|stormed|raised (?:its|their) flag)",
    ),
    # who was hit: the codebook's line between Battles (both sides armed) and Violence against
    # civilians (the target cannot fight back); read off the words just after an active verb
    # (never across "by": "killed by the army" names the killer) or just before a passive one
    (
        "armed_target",
        r"(?:attack|kill|ambush|wound|shot|shoot|assassinat|target|raid|clash)\w*\s+"
        r"(?:(?!by\b)\w+\s+){0,4}?" + _ARMED + r"\b|" + _ARMED + r"\s+(?:were|was|had been|have been)\s+"
        r"(?:killed|attacked|ambushed|wounded|shot|targeted)",
    ),
    (
        "civilian_target",
        r"(?:attack|kill|wound|shot|shoot|assassinat|target|raid|execut|abduct|kidnap|beat)\w*\s+"
        r"(?:(?!by\b)\w+\s+){0,4}?" + _UNARMED + r"\b|" + _UNARMED + r"\s+(?:were|was|had been|have been)\s+"
        r"(?:killed|attacked|wounded|shot|targeted|executed|abducted|kidnapped|beaten)",
    ),
    (
        "armed_actor",
        r"troops|soldiers|army|military|forces|militants?|rebels?|insurgents?|militia|"
        r"jihadists?|gunmen|fighters|terrorists?|armed (?:group|men)|security forces|police|gendarmes?|"
        r"paramilitar|guerrillas?|separatists?|mercenar(?:y|ies)|private military",
    ),
    (
        "hazard",
        r"accident|crash(?:ed)?|collid|collision|earthquake|flood|landslide|cyclone|hurricane|"
        r"typhoon|storm|rainfall|heavy rain|drought|wildfire|fire broke out|blaze|lightning|drown|"
        r"capsiz|derail|gas leak|boiler|factory fire|short circuit|stampede|heatwave|outbreak|epidemic|"
        r"firefighters?|fire (?:service|brigade)|gas (?:cylinder|explosion|tank)|(?:house|building|market) fire|"
        r"(?:burning|collapsed) (?:house|building)|ran aground|sank|shipwreck|illness",
    ),
    # ordinary crime as police news tells it: investigated, personal, prosecuted (ACLED codes
    # organised, political or communal violence, not a murder over a debt)
    (
        "crime",
        r"detectives?|investigators|post-?mortem|autopsy|motive|personal (?:debt|dispute|grudge|feud)|"
        r"domestic (?:dispute|violence|quarrel)|(?:family|marital|love|land|boundary|business) dispute|"
        r"jealous|carjack|pickpocket|burglar|shoplift|serial killer|fraud|scam|embezzl|smuggl|"
        r"drug (?:dealers?|bust|raid|trafficking|haul)|on suspicion of|speeding|"
        r"traffic (?:offen[cs]e|police|stop)|manhunt|wanted (?:man|suspect)|ransom note",
    ),
    (
        "economy",
        r"stocks?|shares|market|gdp|inflation|revenue|profit|investors?|prices?|interest rates?|"
        r"exports?|imports?|budget|tariff|currency|bank|earnings|economy|economic growth|trade deficit",
    ),
    (
        "civic",
        r"summit|visit(?:ed|s)?|talks|met with|meeting|election|elected|vote|voters|ballot|"
        r"inaugurat|sworn in|appointed|conference|delegation|bilateral|diplomat|ambassador|minister said",
    ),
    (
        "justice",
        r"court|judge|sentenced|convicted|acquitted|trial|verdict|ruling|ruled|appeal|lawsuit|"
        r"tribunal|prosecutor|charged with|jailed|bail",
    ),
    (
        "sport_culture",
        r"match|tournament|league|championship|goal|scored|coach|olympic|cup|festival|"
        r"film|album|concert|award|obituary|died (?:aged|at the age)|passed away|funeral of",
    ),
    (
        "retrospective",
        r"previously|in the past|history of|documented|anniversary|commemorat|report "
        r"(?:published|released|found)|annual report|according to (?:a|the) (?:report|study|survey)|"
        r"statistics|analysts?|study|survey|over the past|since \d{4}|last year|decade|years ago|"
        r"remember(?:ed)?|recalled",
    ),
    (
        "negation",
        r"\bno (?:one|casualties|injuries|incident)|\bdenied\b|\bfalse\b|\brumou?rs?\b|"
        r"\bhoax\b|\bdrill\b|\bexercise\b|\bwould\b|\bcould\b|\bplans? to\b|\bthreaten",
    ),
)
CUE_NAMES: tuple[str, ...] = tuple(name for name, _ in _CUES)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled cue patterns: one regex per group, built on request (not at import).

    With ``pairs`` the matrix also holds one column per pair of cue groups that co-occur:
    the codebook's distinctions are often conjunctions a linear model cannot draw from
    single cues (an abduction *and* a killing is an Attack; a protest *and* stones is a
    Violent demonstration; a crowd *and* a suspected thief is Mob violence).
    """

    patterns: tuple[re.Pattern[str], ...]
    pairs: bool = False
    left: npt.NDArray[np.intp] = field(default_factory=lambda: np.zeros(0, np.intp), compare=False)
    right: npt.NDArray[np.intp] = field(default_factory=lambda: np.zeros(0, np.intp), compare=False)

    @classmethod
    def build(cls, *, pairs: bool = False) -> Lexicon:
        # the patterns are lower-case and match lower-cased text: twice as fast as IGNORECASE
        patterns = tuple(re.compile(r"\b(?:" + rx + ")") for _, rx in _CUES)
        left, right = np.triu_indices(len(patterns), k=1) if pairs else (np.zeros(0, np.intp),) * 2
        return cls(patterns, pairs, left, right)

    @property
    def width(self) -> int:
        """Number of columns :meth:`matrix` returns."""
        n = len(self.patterns)
        return n + 1 + (n * (n - 1) // 2 if self.pairs else 0)

    def hits(self, text: str) -> list[int]:
        """How often each cue group occurs in ``text`` (capped: presence matters, not volume)."""
        lower = _MARCH_THE_MONTH.sub(_month, text).lower()
        return [min(len(p.findall(lower)), 3) for p in self.patterns]

    def matrix(self, texts: Sequence[str]) -> FloatArray:
        """Cue counts (log-scaled) plus one column that fires when no event cue occurs at all.

        The last column lets the model say "nothing here looks like an event", which the
        n-grams alone cannot: out-of-domain news shares few n-grams with any class.
        """
        rows = np.array([self.hits(t) for t in texts], dtype=np.float64).reshape(len(texts), len(_CUES))
        event_cues = rows[:, : CUE_NAMES.index("armed_actor") + 1].sum(axis=1)
        blocks = [np.log1p(rows), (event_cues == 0).astype(np.float64)[:, None]]
        if self.pairs:
            present = rows > 0
            blocks.append((present[:, self.left] & present[:, self.right]).astype(np.float64))
        return np.hstack(blocks)


def featurise(texts: Sequence[str], *, word: Any, char: Any, lexicon: Lexicon, scale: float) -> Any:
    """Sparse design matrix: word n-grams, char n-grams if any (of normalised text), lexicon cues."""
    from scipy import sparse

    norm = [normalise(t) for t in texts]
    cues = sparse.csr_matrix(lexicon.matrix(texts) * scale)
    blocks = [word.transform(norm)] + ([char.transform(norm)] if char is not None else []) + [cues]
    return sparse.hstack(blocks, format="csr")


__all__ = ["CUE_NAMES", "FloatArray", "Lexicon", "Rule", "build_rules", "featurise", "normalise"]
