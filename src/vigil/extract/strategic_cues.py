"""Words that tell a strategic development where a model may not read one: an armed group's
change, weapons seized or defused, a base set up, property wrecked by an armed side, a deal signed,
a mass grave found.

Split from :mod:`vigil.extract.cues`, which re-exports what the rest of the package asks for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vigil.extract.harmwords import CROWD_BROKEN_UP, FIGURE_ARRESTED, VOICES_ARRESTED
from vigil.extract.nlp import split_sentences
from vigil.taxonomy import SubEventType

YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a crowd's act: a protest, a march, a riot or a clash
PROTESTING = re.compile(
    r"\b(?:protest\w*|demonstrat\w+|march\w*|rall(?:y|ied|ies)|sit-ins?|riot\w*|clash\w*)\b", re.I
)


# A non-state armed side, by its common nouns and the few movements every wire names by name.
_ARMED_GROUP = (
    r"(?:militants?|rebels?|insurgents?|insurgency|jihadists?|militias?|armed (?:groups?|movements?|factions?)|maoists?|"
    r"(?:armed )?separatists?|"
    r"(?<!fire )fighters|guerrillas?|paramilitar\w+|cartels?|emirs?|operations? rooms?|"
    r"self-defen[cs]e (?:groups?|forces?|militias?)|gang (?:federations?|coalitions?|alliances?|leaders?)|"
    r"islamic state|al[- ]qaeda|(?:al[- ])?shabaab|houthis?|taliban|"
    r"hezbollah|hamas|boko haram|jnim|iswap|isgs|farc|eln|liberation (?:army|front|movement))"
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
    # (not "a man described as the group's finance chief": who he is, not a change)
    r"(?<!described )(?<!identified )(?<!known )(?<!seen )(?:as|to be) (?:its|their|the group's) (?:new )?(?:[\w-]+ ){0,2}"
    r"(?:leader|emir|commander|chief|head|"
    r"secretary[- ]general|chairman)\b|"
    r"new (?:[\w-]+ ){0,2}(?:leader|emir|commander|chief|wali)\b|merg(?:ed|ing|er)\b|renamed|changed (?:its|their) name|"
    r"split (?:from|off|into)|broke away|switched sides|pledged (?:allegiance|loyalty)|swore allegiance|"
    r"announced (?:its|their) (?:own )?(?:dissolution|disbandment)|dissolved itself|"
    r"suspend\w* (?:its |all |their )?(?:military |armed )?(?:and security )?(?:operations|attacks)|"
    r"laid down (?:their |its |\d+ |[\d,]+ )?(?:arms|weapons|guns)|"
    # "the ELN declared an indefinite armed strike across Choco": a lockdown the group imposes
    r"(?:declared|announced|called|imposed) (?:an? )?(?:[\w-]+ ){0,2}(?:armed strike|blockade|siege|lockdown|curfew)|"
    # "burned their weapons at a ceremony": a group disarming
    r"(?:burned|burnt|destroyed|handed over|surrendered) (?:their|its) (?:own )?(?:weapons|arms|rifles|guns)|"
    r"end(?:ed|ing|s)? (?:its|their) (?:affiliation|alliance|neutrality|allegiance)|"
    # "said it was leaving the Central General Staff and would act on its own": a split told as a walk-out
    r"(?:leaving|left|quit|quitting|withdr(?:ew|awing) from) (?:the )?(?:[\w'-]+ ){0,3}(?:general staff|alliance|"
    r"coalition|umbrella|federation|command)\b|(?:would|will) (?:now )?(?:act|operate) (?:on (?:its|their) own|independently)|"
    r"expelled (?:its|their) (?:[\w-]+ ){0,2}(?:leader|commander|chief|members?)|"
    r"(?:joined|defected to) (?:the )?(?:ranks of )?(?:[\w'-]+ ){0,3}" + _ARMED_GROUP + r"|"
    r"join(?:ed|ing)? forces in (?:an? |one |a single )(?:[\w-]+ ){0,2}(?:coalition|alliance|front)\b|"
    r"launched (?:an? |their |its )(?:new )?(?:legal )?political party\b|"
    r"(?:announced|declared|proclaimed) (?:on \w+day )?the (?:formation|creation|founding|launch|birth) of "
    r"(?:an? |their own )?(?:new )?(?:[\w-]+ ){0,3}(?:group|militia|force|front|movement|coalition|alliance|army)\b|"
    r"(?:formed|created|founded|established|launched) (?:an? |their own )?(?:new )?(?:[\w-]+ ){0,2}"
    r"(?:militia|armed group|self-defen[cs]e (?:group|militia|force)|battalion|brigade|coalition))",
    re.I,
)
# the group itself, not "Hezbollah's rival" (another party)
ARMED_SIDE_RE = re.compile(
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
        for m in YEAR.finditer(sentence)
    )


# only planned, proposed, or denied: no change has happened yet
UNREALISED = re.compile(
    r"\b(?:will|would|could|(?-i:may)|might|plans?|planned|planning|propos\w+|(?<!pro-)talks?|negotiat\w+|rumou?r\w*|"
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
        change and ARMED_SIDE_RE.search(sentence) and not UNREALISED.search(sentence, 0, change.end())
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
# members of a group arrested first, their arms found on them after ("arrested nine cadres ... and
# recovered three socket bombs", "with the arrest of four operatives, and recovered two grenades"):
# the arrest is the news, the arms a detail of it
_ARRESTED_WITH_ARMS = re.compile(
    r"\b(?:arrested|apprehended|nabbed|held|detained|(?:with|after) the arrests? of)\b[^.;]{0,100}?"
    r"\b(?:cadres?|operatives?|members?|militants?|insurgents?|rebels?|activists?|suspects?|men)\b[^.;]{0,160}?"
    r"(?:(?:\band\b|,)\s+(?:also\s+|later\s+)?|\badding (?:that )?(?:it|they|troops|police|officers) (?:had )?)"
    r"(?:recovered|seized|confiscated)\b",
    re.I,
)


def arrested_with_arms(sentence: str) -> bool:
    """Whether ``sentence`` tells a group's members arrested and their arms found on them."""
    return _ARRESTED_WITH_ARMS.search(sentence) is not None


_ARREST = re.compile(r"\b(?:arrest(?:ed|s)?|apprehended|nabbed|detained|rounded up)\b", re.I)
_WENT_OFF = re.compile(
    r"\b(?:blasts?|explo(?:ded|sions?)|detonat(?:ed|ion)|went off|blew (?:\w+ )?up|bombings?|bombed|"
    r"killed|killing|wounded|injured)\b",
    re.I,
)


_FOUGHT_OR_HURT = re.compile(
    r"\b(?:clash\w*|fight\w*|fought|gunfight|firefight|exchang\w+|shot|shoot\w*|fired|gunfire|killed|killing|dead|"
    r"died|wounded|injured|hurt|attack\w*|ambush\w*|stones?|explo\w+|blasts?)\b",
    re.I,
)


def arrests_only(text: str) -> bool:
    """Whether the lede tells people detained in a raid and nothing fought or hurt anywhere ("troops
    raided the town and detained seven men; no injuries were reported"): the arrests."""
    lede = next(iter(split_sentences(text)), text)
    return _ARREST.search(lede) is not None and _FOUGHT_OR_HURT.search(text) is None


def bomb_never_used(text: str) -> bool:
    """Whether a text read as a bombing tells suspects arrested in its lede and no blast nor harm
    anywhere ("arrested four suspected members ... a suicide vest was seized from them"): the
    arrest, its bomb a plan."""
    lede = next(iter(split_sentences(text)), text)
    return _ARREST.search(lede) is not None and _WENT_OFF.search(text) is None


# Property looted or wrecked by a side with a political or armed face (the codebook's Looting/
# property destruction); thieves and burglars are ordinary crime, and a death makes it an attack.
_PROPERTY_WRECKED = re.compile(
    r"\b(?:loot(?:ed|ing)|pillag(?:ed|ing)|plunder(?:ed|ing)|ransack(?:ed|ing)|vandali[sz](?:ed|ing)|"
    r"torch(?:ed|ing)|set fire to|set (?:[\w-]+ ){0,3}(?:ablaze|alight|on fire)|burn(?:ed|t)|destroy(?:ed|ing)|demolish(?:ed|ing)|raz(?:ed|ing)|"
    r"(?:tore|pulled) down|bulldoz(?:ed|ing)|"
    r"cut down|uproot(?:ed|ing)|sabotag(?:ed|ing)|smash(?:ed|ing)|daub(?:ed|ing)|defac(?:ed|ing)|spray-paint(?:ed|ing))\b",
    re.I,
)
# A deal the sides signed: "signed a peace agreement", "agreed to a ceasefire"
DEAL_SIGNED = re.compile(
    r"\b(?:signed|signs?|reached|struck|sealed|seals?|concluded|agreed (?:to|on))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:peace|ceasefire|cease-fire|truce|reconciliation|non-aggression|power-sharing|political|border)\s+"
    r"(?:agreement|deal|accord|pact|declaration)\b|\b(?:signed|agreed(?: to| on)?)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:ceasefire|truce)\b|"
    # "the government and local fighters reached a Russian-brokered deal on Wednesday"
    r"\b(?:reached|struck|sealed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord)\b|"
    # "under the deal signed with the group", "as part of an army-brokered agreement between the government and"
    r"\bunder the (?:deal|agreement|accord) signed\b|\bas part of an? (?:[\w-]+ ){0,2}(?:agreement|deal) between\b|"
    # "the government and the TPLF agreed on Wednesday to a permanent cessation of hostilities"
    r"\b(?:agreed|signed)\b[^.;]{0,30}?\bcessation of hostilities\b|"
    # "the two gang coalitions had agreed to end their war for control of the capital"
    r"\bagreed to (?:end|stop|halt|cease) (?:their|the|a) (?:[\w-]+ ){0,2}?(?:war|fighting|hostilities|feud|rivalry)\b|"
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
    r"turn(?:ed|ing|s)? (?:it|them|(?:the|a|an) (?:[\w'-]+ ){0,10}?[\w-]+) into\s+)(?:a\s+|an\s+|its\s+|their\s+)?"
    r"(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:base|camp|headquarters|stronghold|outpost|post)s?\b|"
    # "the first Kenyan officers moved into their base beside the airport", "began operating from a new base"
    r"\b(?:(?:moved|settled) into|operating from) (?:an?|the|their|its) (?:new )?(?:[\w-]+ )?(?:base|camp|headquarters)\b",
    re.I,
)
# "the army inaugurated a new forward operating base": a base opened with ceremony, by any force
_BASE_INAUGURATED = re.compile(
    r"\binaugurat(?:ed|es|ing)\s+(?:a\s+|an\s+|its\s+|their\s+)?(?:new\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:base|camp|barracks|outpost)s?\b",
    re.I,
)
# "Israeli troops", "US forces": a force named by its nation, which sets up posts abroad (our ACLED
# notes of a base established: a foreign force 4 of 7, the home state's none)
_NAMED_TROOPS = re.compile(
    r"\b(?-i:[A-Z][a-z]+) (?:[\w-]+ )?(?:troops|forces|soldiers|guards|officers|personnel|instructors|police)\b|"
    r"\bpeacekeep(?:ers|ing)\b",
    re.I,
)
_POLITICAL_HAND = re.compile(
    r"\b(?:" + _ARMED_SIDE + r"|unidentified (?:individuals|men|actors|assailants|persons|people|"
    r"perpetrators|arsonists|attackers|vandals)|unknown (?:individuals|men|assailants|persons|people|perpetrators|arsonists|"
    r"attackers|vandals)|"
    r"settlers|soldiers|troops|forces|army|police(?:men)?|gendarmes|rioters|protesters|demonstrators|youths|"
    r"arsonists|gunm[ae]n|assailants|mobs?|"
    r"armed (?:men|individuals|people))\b",
    re.I,
)
_HARM = re.compile(
    r"\b(?:kill\w*|dead|died|death|wound\w*|injur\w*|shot|beat(?:en)?|abduct\w*|kidnap\w*)\b", re.I
)
_NOT_HARM = re.compile(r"\bno (?:one|body|casualt\w+|injur\w+|deaths?)\b[^.;]{0,30}", re.I)


# "discovered a mass grave", "a mass grave was found": ACLED codes the finding as Other, with no
# fatalities (the dead are coded to their own events when verified; our notes: Other 5, Attack 2)
_MASS_GRAVE = re.compile(
    r"\b(?:discover\w*|found|uncover\w*|unearth\w*|exhum\w*|locat\w*)\b[^.;]{0,60}?\bmass (?:graves?|burial sites?)\b|"
    r"\bmass graves?\b[^.;]{0,60}?\b(?:was|were|has been|have been|had been) (?:discovered|found|uncovered|unearthed)\b",
    re.I,
)


def mass_grave(text: str) -> bool:
    """The text tells a mass grave found (its dead are no fatalities of the finding)."""
    return _MASS_GRAVE.search(text) is not None


# what a detainee is charged with ("on charges linked to violence at a party rally"): no crowd broken up
_CHARGE = re.compile(
    r"\b(?:on charges?|charged with|accused (?:[\w-]+ ){0,3}?of|in connection with|(?:a|one|two|the) days? after)\b"
    r"[^.;]*",
    re.I,
)


_ASIDE_CLAUSE = re.compile(r",[^,;]*\b(?:who|which|that)\b[^,;]*,")
_TALKS_OPENED = re.compile(r"\b(?:opened|began|started|resumed|held) (?:\w+ )?(?:peace )?talks\b", re.I)


def strategic_kind(sentence: str) -> SubEventType | None:
    """The strategic development a sentence's own words tell where a model may not read one: an
    armed group's change (:func:`group_change`) or weapons seized or defused; else None."""
    deal = DEAL_SIGNED.search(sentence)
    # (not what an aside or the talks opened beside it say: "the faction, which rejected the 2016 peace
    # deal, formally opened talks on Sunday and agreed to a ceasefire")
    before = _TALKS_OPENED.sub(" ", _ASIDE_CLAUSE.sub(" ", sentence[: deal.start()])) if deal else ""
    if deal and not UNREALISED.search(before) and not looks_back(before + deal.group()):
        # "the presidents signed a treaty on their common border, settling a dispute that
        # triggered clashes in 2021": the year is the dispute's
        return SubEventType.AGREEMENT
    if _MASS_GRAVE.search(sentence) and not PROTESTING.search(sentence):
        return SubEventType.OTHER
    if looks_back(sentence):  # "which split in 2016", "camps destroyed since 2021": background
        return None
    if group_change(sentence):
        return SubEventType.CHANGE_TO_GROUP
    if (VOICES_ARRESTED.search(sentence) or FIGURE_ARRESTED.search(sentence)) and not (
        UNREALISED.search(_CHARGE.sub(" ", sentence))
        or CROWD_BROKEN_UP.search(_CHARGE.sub(" ", sentence))
        or _HARM.search(_CHARGE.sub(" ", sentence))
    ):
        return SubEventType.ARRESTS  # "police detained the editor-in-chief of an independent outlet"
    seized = _WEAPONS_SEIZED.search(sentence)
    if (
        seized
        and not (UNREALISED.search(sentence, 0, seized.start()) or _NOT_SEIZED.search(sentence))
        and (not _FINDING.match(seized.group()) or _by_security(sentence, seized.start()))
        and not _ARRESTED_WITH_ARMS.search(sentence)
    ):
        return SubEventType.DISRUPTED_WEAPONS_USE
    unharmed = _NOT_HARM.sub(" ", sentence)  # "no one was injured" tells no harm
    if (
        (_BASE_SET_UP.search(sentence) and (ARMED_SIDE_RE.search(sentence) or _NAMED_TROOPS.search(sentence)))
        or _BASE_INAUGURATED.search(sentence)
    ) and not _HARM.search(unharmed):
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


# people taken, not a place: forces that took armed men arrested them; armed men who took anyone abducted them
_CAPTURED_PEOPLE = re.compile(
    r"\b(?:captured|seized|caught|took)\s+(?!by\b)(?:\w+\s+){0,5}?(?:militants?|fighters?|members|insurgents?|"
    r"rebels?|jihadists?|suspects?|soldiers?|troops|commanders?|terrorists?|bandits?|gunmen|prisoners?|"
    r"policemen|officers?|servicemen|hostages?)\b",
    re.I,
)
_CAPTURED_PLACE = re.compile(
    r"\b(?:captured|seized|took|taken|overran|control of|retaken|retook|recaptured)\s+(?:\w+\s+){0,3}?(?:town|village|"
    r"city|base|camp|post|district|area|territory|airport|port|barracks|hill|checkpoint|positions?|outpost|settlement)s?\b",
    re.I,
)
_FORCES_BEFORE = re.compile(
    r"\b(?:forces|troops|soldiers|army|military|police|policemen|gendarmes|security|marines|commandos)\b",
    re.I,
)
_FORCES_TAKEN = re.compile(r"\b(?:soldiers?|troops|policemen|officers?|servicemen)\b", re.I)


# a post overrun, not a town taken ("JNIM fighters overran an army detachment in Djibo")
POST_OVERRUN = re.compile(
    r"\b(?:overr[au]n|stormed|seized|captured|took over)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}"
    r"(?:detachment|post|outpost|base|position|camp|checkpoint|barracks|garrison)s?\b",
    re.I,
)
# a town won at the end of a campaign ("the army, backed by drone strikes, had been advancing on
# Kidal since October"): taken by force, though the rebels "withdrew for strategic reasons"
FOUGHT_TOWARDS = re.compile(
    r"\b(?:advanc(?:ed|ing) (?:on|towards?)|(?:drone|air) ?strikes? (?:hit|struck|targeted)|offensive (?:on|against|to retake))\b",
    re.I,
)
HANDED = re.compile(r"\b(?:hand(?:ed|ing|s)? (?:\w+ ){0,4}over|handover|hand-over)\b", re.I)


# people taken in a fight, told in either voice ("150 rebels had been captured", "captured 40
# fighters"): no ground changed hands in those words
_CAPTIVES = re.compile(
    r"\b(?:captured|seized)\s+(?:more than |at least |about |some )?(?:\d[\d,]*|dozens|scores|hundreds|several|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty)\w*)\s+(?:\w+\s+)?"
    r"(?:militants?|fighters?|insurgents?|rebels?|jihadists?|soldiers?|troops|gunmen|prisoners?)\b|"
    r"\b(?:militants|fighters|insurgents|rebels|jihadists|soldiers|troops|gunmen)\s+(?:had been |have been |were )"
    r"(?:captured|taken prisoner|taken captive)\b",
    re.I,
)


def without_captives(text: str) -> str:
    """``text`` without its people captured, so that what is left tells any ground taken."""
    return _CAPTIVES.sub(" ", text)


def people_captured(text: str) -> SubEventType | None:
    """What capturing people is, where the lede's "captured" takes people and no place: Arrests
    when forces took armed men, Abduction when armed men took soldiers or others."""
    lede = next(iter(split_sentences(text)), text)
    taken = _CAPTURED_PEOPLE.search(lede)
    if taken is None or _CAPTURED_PLACE.search(lede):
        return None
    if _FORCES_BEFORE.search(lede, 0, taken.start()) and not _FORCES_TAKEN.search(taken.group(0)):
        return SubEventType.ARRESTS
    return SubEventType.ABDUCTION


# a sentence set before the event: "... declared a state of emergency last week after heavy clashes"
_PAST_SENTENCE = re.compile(
    r"\b(?:last|earlier this) (?:week|month|year)\b|\bin (?:(?:early|late|mid-?) ?)?(?:19|20)\d\d\b|"
    r"\b(?:has|have) (?:\w+ )?(?:seized|taken|captured|controlled)\b[^.;]{0,60}\bsince\b|"
    r"\b(?:has|have) been killed\b[^.;]{0,60}\bsince\b",  # "dozens have been killed there since the season began"
    re.I,
)


def without_past(text: str) -> str:
    """The text without its sentences after the lede that set themselves in the past."""
    sentences = split_sentences(text)
    return " ".join(s for i, s in enumerate(sentences) if i == 0 or not _PAST_SENTENCE.search(s))


# "a drone strike hit a car in Kabul ... the military said it had targeted a suspected suicide bomber":
# the bomber is the strike's target, not the weapon
_BOMBER_STRUCK = re.compile(
    r"\b(?:drone|air) ?strikes?\b[^.]{0,120}\b(?:hit|struck|killed|destroyed)\b[\s\S]{0,300}?"
    r"\b(?:targeted|targeting|aimed at|struck|hit)\s+(?:an?\s+|the\s+)?(?:(?:suspected|would-be|potential|planned)\s+"
    r"(?:[\w-]+\s+){0,3}?|(?:vehicle|car|truck) (?:carrying|with|packed with) (?:[\w-]+\s+){0,3}?)"
    r"suicide (?:bombers?|attackers?|car bombs?)",
    re.I,
)


def bomber_struck(text: str) -> bool:
    """Whether ``text`` tells an air or drone strike on a suspected suicide bomber."""
    return _BOMBER_STRUCK.search(text) is not None


# "a man who detonated a bomb in his car outside the clinic was killed in the blast": a suicide bombing
SELF_BLAST = re.compile(
    r"\b(?:blew (?:himself|herself|themselves) up|(?:man|woman|attacker|assailant|bomber|suspect|driver|person)"
    r" who (?:detonated|set off|triggered|exploded)\b[^.]{0,100}?\b(?:was|were) killed\b|"
    # "the attacker carried the device onto the carriage and was killed when it detonated"
    r"\b(?:attacker|bomber|assailant)\b[^.]{0,100}?\b(?:was|were) killed when (?:it|the (?:device|bomb|explosives?)) "
    r"(?:detonated|exploded|went off)\b|"
    # "a woman set off an explosive device next to a police vehicle. She died in the blast."
    r"\b(?:man|woman|attacker|assailant|bomber) (?:set off|detonated|triggered) an? (?:[\w-]+ ){0,2}(?:explosive device|"
    r"bomb|explosives?|suicide vest|explosive belt)\b[^.]{0,80}\.\s+(?:She|He) (?:died|was killed) in the (?:blast|explosion)\b|"
    # "a car packed with explosives was driven into the academy and detonated, killing 20 cadets as well as the driver"
    r"\bdriven into\b[^.]{0,120}?\bdetonated\b[^.]{0,80}?\b(?:as well as|and|along with) the driver\b)",
    re.I,
)


# a jail retaken from its inmates: no ground changed hands
WALLS_REGAINED = re.compile(
    r"\b(?:prison|jail|penitentiary|detention (?:centre|center)|facility|cell ?blocks?|pavilion)s?\b[^.;]{0,40}?"
    r"\b(?:back )?under control\b|\b(?:regain\w*|restor\w*|retook|retake|took back) (?:\w+ ){0,2}control "
    r"(?:of|over|in) (?:the )?(?:[\w-]+ ){0,2}(?:prison|jail|penitentiary|facility|cell ?blocks?|buildings?|"
    r"congress|parliament|palace|compound|complex|campus|court(?:house)?)\b",
    re.I,
)
# a grenade among the arms a side carried: "attacked with guns, grenades and machetes"
ARMS_LIST = re.compile(
    r"\b(?:guns|rifles|firearms|machetes|knives|pistols|explosives),? (?:and )?(?:hand )?grenades\b|"
    r"\bgrenades,? (?:and )?(?:guns|rifles|firearms|machetes|knives|pistols)\b",
    re.I,
)
# people handed back, no ground ("the NPA freed two soldiers it had held")
FREED_PEOPLE = re.compile(
    r"\b(?:freed|released|set free|handed over|returned)\s+(?:\w+\s+){0,3}?(?:soldiers?|hostages?|captives?|prisoners?|"
    r"detainees?|policem[ae]n|officers?|civilians?|abductees|bodies|remains)\b",
    re.I,
)


# a protest named only as banned, prevented or the charge ("ahead of", "on charges linked to"): none held
NOT_HELD = re.compile(
    r"\b(?:ban(?:ned|s)?|prevent\w*|disrupt\w*|part in|ahead of|participat\w+|response to|owing to|due to|"
    r"forms of|who (?:had )?(?:led|organi[sz]ed|staged|headed|spearheaded|called))\b(?: [\w,-]+){0,3} ?$|"
    r"\bcharges? (?:linked|related) to(?: [\w,-]+){0,5} ?$|"  # "on charges linked to violence at a party rally"
    r"\b(?:a|one|the) days? after(?: [\w,-]+){0,3} ?$",  # "arrested ..., a day after a mass rally"
    re.I,
)


# ground entered under a deal: "troops entered the city under a Russian-brokered deal with the SDF"
UNDER_DEAL = re.compile(
    r"\b(?:entered|moved into|deployed (?:to|in)|took (?:over|control of))\b[^.;]{0,140}?\bunder an? (?:[\w-]+ ){0,3}"
    r"(?:deal|agreement|accord)\b",
    re.I,
)


# ground taken in the lede's words: "took control of the town", "captured El Dher, a coastal town"
PLACE_TAKEN = re.compile(
    r"\b(?:t(?:ook|aking|aken) (?:full |effective )?control of|swept through|"
    r"(?:(?:seiz|captur|recaptur|overr[au]n)(?:ed|ing)?|retak(?:en|ing)|retook|took) (?:the |most of the )?"
    r"(?:[\w'-]+ ){0,3}(?:town|city|"
    r"village|district|capital|airport|border crossing|hub)|"
    # "captured El Dher, a coastal town that al Shabaab had controlled"
    r"(?:seiz|captur|recaptur|overr[au]n)(?:ed|ing)? (?-i:[A-Z][\w'-]+)(?: (?-i:[A-Z][\w'-]+))?, an? (?:[\w'-]+ ){0,2}"
    r"(?:town|city|village|district|port|hub))\b",
    re.I,
)


# a detention whose whereabouts are kept from the family: the codebook's forced disappearance
DISAPPEARED = re.compile(
    r"\b(?:whereabouts (?:\w+ ){0,3}(?:unknown|unclear|not known)|heard nothing|(?:has|have) not been (?:seen|heard from)|"
    r"no (?:news|word) of (?:him|her|them)|forcibly disappeared|enforced disappearance)\b",
    re.I,
)
