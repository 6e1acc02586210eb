"""Features of the event classifier: normalised text for n-grams, codebook cue groups, and
the codebook override rules.

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

from vigil.taxonomy import SubEventType

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
        r"defus|shot down|intercept|seized (?:a )?(?:cache|weapons|arms|ammunition|explosives|"
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
        r"riot|stones?|pelted|set (?:fire|ablaze|alight)|torched|vandali[sz]|barricad|burn(?:ed|t|ing) "
        r"tyres|tires|rampage|clashed with (?:police|security)|petrol bombs?|molotov",
    ),
    (
        "mob",
        r"\bmob\b|mobs|lynch|vigilante|angry (?:residents|villagers|crowd|youths)|mob justice|"
        r"beaten to death by|residents (?:beat|attacked|killed)",
    ),
    (
        "looting",
        r"loot|ransack|plunder|pillag|burn(?:ed|t) (?:down )?(?:houses|homes|shops|huts|villages?)|"
        r"destroyed (?:property|houses|homes|crops)|stole (?:cattle|livestock)|razed|demolish",
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
        r"(?:dispersed|broke up|intervened|arrested|detained|prevented|stopped|cordoned|"
        r"fired (?:tear gas|warning shots|rubber|in the air)|charged)|dispersed by|"
        r"(?:were|was) (?:forcibly |violently )?dispersed|arrested (?:\w+ ){0,3}(?:protesters|"
        r"demonstrators|activists|participants|students|marchers)|(?:protesters|demonstrators|"
        r"activists|participants|marchers) (?:\w+ ){0,2}(?:were |was )?(?:arrested|detained)",
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
        r"threw (?:stones|rocks|bottles|petrol bombs|objects|projectiles)|stone[- ]pelting|pelted|"
        r"burn(?:ed|t|ing) (?:tyres|tires)|vandali[sz]|smashed|attacked (?:the )?(?:police|officers|"
        r"a police station|vehicles)|set (?:fire to|ablaze|alight)|torched|clashed with|looted|"
        r"damag(?:ed|ing) (?:\w+ )?(?:vehicles|cars|property|shops|buildings)",
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
        r"capsiz|derail|gas leak|boiler|factory fire|short circuit|stampede|heatwave|outbreak|epidemic",
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
        lower = text.lower()
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


# ---------------------------------------------------------------------------------------------
# Rules: codebook certainties that override the model. Each was kept only where it helped on
# held-out countries and held-out wire examples (see bench/classify.py --rules). They live
# beside the cues, being regexes over the raw text too; EventClassifier applies them.


@dataclass(frozen=True, slots=True)
class Rule:
    """Recode to ``target`` when ``pattern`` matches (and ``unless`` does not).

    With ``only_from`` the rule is a codebook *precedence* rather than a certainty: it fires
    only when the model's first choice is one of those sub-types, and leaves relevance alone.
    """

    name: str
    target: SubEventType
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    only_from: tuple[SubEventType, ...] = ()


def build_rules() -> tuple[Rule, ...]:
    """The override rules, compiled on request."""

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.IGNORECASE)

    foiled = rx(
        r"foiled|thwarted|defus|intercept|arrested (?:a |an |the )?(?:would-be|suspected)|"
        r"before (?:he|she|they) could|failed to detonate|was shot before"
    )
    killed = rx(
        r"\b(?:kill(?:ed|ing)|execut(?:ed|ing)|shot dead|murder(?:ed)?|beheaded|slaughtered|found dead|"
        r"bod(?:y|ies) (?:of|was|were)|assassinat|hacked to death|beaten to death|gunned down|lifeless)"
    )
    not_people = rx(
        r"\bkill(?:ed|ing) (?:[\w'-]+ ){0,3}(?:livestock|cattle|cows?|sheep|goats?|animals?|oxen|camels?)|"
        r"no (?:one|casualties|fatalities)|(?:were|was) not killed|threatened to kill"
    )
    hurt = rx(
        r"\b(?:wound(?:ed|ing)|injur(?:ed|ing)|tortur(?:ed|ing)|stabb(?:ed|ing)|(?:seriously|badly) hurt|"
        r"(?:severely|badly) beaten|beat(?:en)? (?:\w+ )?(?:severely|badly)|hacked|maimed|mutilated)\b"
    )
    beaten = rx(
        r"\b(?:assault(?:ed|ing)?|beat(?:en|ing)?|whipp(?:ed|ing)|flogg(?:ed|ing)|"
        r"brutali[sz]ed)\b"
    )
    unhurt = rx(
        r"no (?:one|body) was (?:hurt|injured|harmed)|no (?:\w+ )?(?:(?:and/)?or |and )?injur|"
        r"without (?:injur|harm)|(?:were|was) not (?:hurt|injured)|"
        r"(?:livestock|cattle|cows?|animals?|goats?|sheep|camels?) (?:\w+ ){0,2}(?:wounded|injured|beaten)"
    )
    goods = rx(
        r"\b(?:seized|stole|took|carried off|made off with|removed) (?:\w+ ){0,3}(?:vehicles?|trucks?|vans?|"
        r"cars?|carts?|motorbikes?|motorcycles?|livestock|cattle|goods|phones?|money|cash|food|animals|"
        r"heads? of|goats|sheep|camels|oxen|cows|belongings|property|aid)\b"
    )
    ground = rx(
        r"overr[au]n|took (?:over|control)|seized control|taken control|raised (?:its|their) flag|"
        r"(?:captured|seized|occupied|took) (?:the |a )?(?:\w+ )?(?:town|village|city|district|base|camp|"
        r"post|positions?|area|territory|locality|commune|hill|airport|port)"
    )
    rioting = rx(
        r"threw (?:stones|rocks|bottles|petrol bombs|molotov)|stone[- ]pelting|pelted|torched|vandali[sz]|"
        r"set (?:fire to|ablaze|alight|on fire)|ransacked|smashed|burn(?:ed|t) (?:down )?(?:the |a |an |several |"
        r"two |three )?(?:\w+ )?(?:offices?|buildings?|vehicles?|cars?|stations?|houses?|shops?|tyres|tires)"
    )
    about_rioting = rx(
        r"(?:against|over|condemn\w*|denounc\w*|protest\w*) (?:the )?(?:\w+ ){0,2}(?:burning|torching|"
        r"vandali[sz]\w*|ransacking|arson|smashing)"
    )
    protest = rx(
        r"\b(?:protest(?:ed|ing|ers)?|demonstrat(?:ed|ion|ions|ors)|rall(?:y|ied|ies)|marched|sit-in|"
        r"demanding (?:the|his|her|their) (?:release|freedom))\b"
    )
    return (
        Rule(
            "suicide",
            SubEventType.SUICIDE_BOMB,
            rx(
                r"suicide[- ](?:bomber|bombers|bombing|car bomb|truck bomb|vest|attacker)|"
                r"blew (?:himself|herself|themselves) up|explosives?[- ]laden vest|self[- ]detonat"
            ),
            foiled,
        ),
        Rule(
            "chemical",
            SubEventType.CHEMICAL_WEAPON,
            rx(
                r"(?:chlorine|sarin|mustard gas|nerve agent|chemical weapons?|toxic gas|poison gas)"
                r"[^.]{0,80}(?:attack|dropped|fired|used|launched|released|shell|strike|bomb|canister)|"
                r"(?:attack|dropped|fired|used|launched|released|shells?|strike|bombs?|canisters?)"
                r"[^.]{0,60}(?:chlorine|sarin|mustard gas|nerve agent|chemical|toxic gas|poison gas)"
            ),
            rx(r"\bdestroy|stockpile|\bopcw\b[^.]*report|dismantl|disposal"),
        ),
        # the codebook: an abduction or a looting in which people are killed is an Attack
        Rule(
            "killed_precedes",
            SubEventType.ATTACK,
            killed,
            not_people,
            (SubEventType.ABDUCTION, SubEventType.LOOTING),
        ),
        # the codebook's Attack is killing, wounding *or beating* civilians: an abduction in which
        # people are badly hurt, and a looting in which they are hurt or beaten, is an Attack
        Rule(
            "hurt_precedes",
            SubEventType.ATTACK,
            hurt,
            unhurt,
            (SubEventType.ABDUCTION, SubEventType.LOOTING),
        ),
        Rule("beaten_precedes_looting", SubEventType.ATTACK, beaten, unhurt, (SubEventType.LOOTING,)),
        # seizing vehicles, cattle or goods takes no ground: a looting, not a territory change
        Rule(
            "goods_not_ground",
            SubEventType.LOOTING,
            goods,
            ground,
            (SubEventType.NON_STATE_OVERTAKES_TERRITORY, SubEventType.GOVERNMENT_REGAINS_TERRITORY),
        ),
        # demonstrators who stone, burn or smash are a Violent demonstration, whatever the police did
        Rule(
            "rioting_not_peaceful",
            SubEventType.VIOLENT_DEMONSTRATION,
            rioting,
            about_rioting,
            (SubEventType.PEACEFUL_PROTEST, SubEventType.PROTEST_WITH_INTERVENTION),
        ),
        # a protest *about* an arrest is a protest; an arrest *of* protesters is an intervention
        Rule(
            "protest_not_arrest",
            SubEventType.PEACEFUL_PROTEST,
            protest,
            rx(
                r"(?:arrest|detain)\w* (?:\w+ ){0,3}(?:protesters|demonstrators|marchers|participants)|"
                r"(?:protesters|demonstrators|marchers|participants) (?:\w+ ){0,3}(?:arrested|detained)"
            ),
            (SubEventType.ARRESTS,),
        ),
    )
