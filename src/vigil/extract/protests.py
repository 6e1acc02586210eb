"""Where a protest ends and a riot begins: the protest and riot sub-types once the text is read.

The classifier reads wording as a whole; these read who did what to whom, where the codebook
draws the lines (CODEBOOK "Protests", "Riots"): a peaceful protest has neither violence by the
demonstrators nor intervention; a protest with intervention is one the authorities disperse or
repress (tear gas, arrests) without the demonstrators' violence; lethal or grievous force on
protesters who are not violent is excessive force; a demonstration whose crowd is violent is a
violent demonstration (rioters, inter 5); mob violence is a crowd's violence with no
demonstration. Counts in the comments are over the protest and riot notes of the ACLED files in
``shared/data/acled`` (15,118 notes, about 105 countries). :func:`recode` applies the rules.
"""

from __future__ import annotations

import re

from vigil.taxonomy import SubEventType

# The authorities' men, as notes and wire copy name them.
_FORCES = (
    r"(?:police(?:m[ae]n)?|riot police|anti-riot police|gendarmes?|gendarmerie|security (?:forces|agents|personnel)|"
    r"soldiers|troops|army|military|authorities|(?:police )?officers|guards|law enforcement(?: officers)?)"
)
# The crowd of a demonstration, and the people in it.
_CROWD = (
    r"(?:protesters?|demonstrators?|marchers|participants|rioters?|crowds?|students|pupils|youths?|residents|"
    r"villagers|workers|traders|vendors|teachers|activists|supporters|farmers|drivers|women|people|mourners|"
    r"strikers|they|organi[sz]ers|members)"
)

# -------------------------------------------------------------------- intervention

# "police fired tear gas", "security forces dispersed the march", "gendarmes arrested 12": across
# protest notes, Protest with intervention 292 times, Peaceful protest 10 (riots: 390, their
# crowd's violence decides those).
_FORCES_ACT = (
    r"\b"
    + _FORCES
    + r"\s+(?:[\w-]+\s+){0,3}?(?:arrested|detained|dispersed|broke up|rounded up|tear-?gassed|"
    r"baton-?charged|charged at|cracked down|evicted|fired (?:tear|rubber|warning|(?:shots )?(?:in|into) the air)|"
    r"used (?:tear|water|batons|force|pepper)|lobbed|turned (?:\w+ )?away|prevented|blocked (?:the |a )?"
    r"(?:march|protest|demonstration|rally|procession))"
)
# The means of dispersal, named: Protest with intervention 202, Peaceful protest 4.
_MEANS = r"\b(?:tear ?-?gas|teargas|water ?cannons?|rubber bullets|pepper spray|batons?)\b"
# "the march was dispersed", "dispersed by police": Protest with intervention 20, Peaceful 5.
_DISPERSED = r"\b(?:(?:was|were) (?:forcibly |violently |quickly )?(?:dispersed|broken up)|dispersed by)\b"
# "dozens of protesters were arrested": the crowd arrested, in the passive. A relative clause
# ("demanding the release of activists who were detained") or a pluperfect ("had been arrested")
# tells of earlier arrests, the protest's grievance: of the Peaceful protest notes with a passive
# arrest, 17 of 19 are such.
_ARRESTED = (
    r"\b(?:" + _CROWD + r"|\d+|dozens|scores|hundreds|several|some|many|"
    r"of them)\s+(?:(?!who\b|that\b|which\b)[\w-]+\s+){0,2}?(?:were|was|got)\s+(?:\w+\s+)?(?:arrested|detained|taken into custody|"
    r"rounded up)\b"
)
_INTERVENTION_RE = re.compile("|".join((_FORCES_ACT, _MEANS, _DISPERSED, _ARRESTED)), re.IGNORECASE)
# "no arrests were made", "police did not intervene"
_NO_INTERVENTION_RE = re.compile(
    r"\b(?:no (?:arrests?|intervention|violence or arrests)|without (?:any )?(?:arrests?|intervention)|"
    r"did not intervene|no (?:\w+ )?(?:were|was) arrested)\b"
    # the protest's grievance: "protested against arbitrary arrests"
    r"|\b(?:against|over|denounc\w*|condemn\w*) (?:[\w'-]+ ){0,5}?arrests?\b",
    re.IGNORECASE,
)


def intervention(text: str) -> bool:
    """Whether the authorities disperse, repress or arrest the demonstrators. Of the protest
    notes with no violence by the crowd (:func:`crowd_violence`) where it holds, Protest with
    intervention 412, Peaceful protest 23."""
    return bool(_INTERVENTION_RE.search(text)) and not _NO_INTERVENTION_RE.search(text)


# -------------------------------------------------------------------- the crowd's violence

# The crowd's own violence, as verbs (a "torch" carried or "looted funds" demanded back is
# none). Across protest and riot notes: Violent demonstration 1,189, Mob violence 1,166,
# Protest with intervention 22, Peaceful protest 15, Excessive force 5.
_VIOLENCE = (
    r"\b(?:(?:threw|throwing|thrown|hurled|hurling|pelted|pelting)\s+(?:[\w-]+\s+){0,3}?(?:stones|rocks|"
    r"bricks|bottles|petrol bombs|molotov|fireworks|projectiles|objects|missiles)|pelted|stoned|stone-?throwing|"
    r"(?:burn(?:ed|t|ing)?|torch(?:ed|ing)|set (?:fire to|ablaze|alight))\s+(?:[\w-]+\s+){0,3}?(?:tyres|tires)|"
    r"set (?:(?:[\w'-]+\s+){1,4}?(?:on fire|ablaze|alight)|fire to)|torched|torching|(?<!\bof )vandali[sz](?:ed|ing)|"
    r"ransack(?:ed|ing)|plunder(?:ed|ing)|"
    # a looting done, not "looted funds" demanded back or "looting" denounced
    r"(?<!\bthe )(?<!\btheir )(?<!\bof )looted\b(?!\s+(?:funds|money|wealth|assets|resources|valuables))|"
    r"looting (?:of )?(?:the |several |a )?(?:shops|stores|supermarkets|markets?|businesses|houses|homes|property|"
    r"offices)|"
    # a clash in this event (not "prior clashes" protested against, nor "who had clashed"):
    # clash nouns alone are as often the grievance in Peaceful protest notes (73 of the 91 hits before this rule)
    r"(?<!\bwho )(?<!\bthat )(?<!\bhad )clash(?:ed|ing)\b|clash(?:es)? (?:broke out|erupted|ensued)|"
    r"(?<!prior )(?<!previous )(?<!earlier )(?<!recent )(?<!any )\bclashes with|(?:in|during) (?:the )?clash(?:es)?|"
    r"petrol bombs?|molotov|broke into|break into|arson|smash(?:ed|ing)|(?:held|took|taken) (?:[\w-]+ ){0,3}?hostage|"
    r"forced (?:their way )?(?:into|open|through|past)|overwhelmed|(?:went|go|going) on (?:the |a )?rampage)"
)
_VIOLENCE_RE = re.compile(_VIOLENCE, re.IGNORECASE)
# The nearest agent before a violent verb: the forces' own ("police set fire to the camp") are
# the intervention, not the crowd's violence.
_AGENT_RE = re.compile(r"\b(?:(?P<forces>" + _FORCES + r")|" + _CROWD + r")\b", re.IGNORECASE)


def _forces_did(text: str, start: int) -> bool:
    clause = re.split(r"[.;]|, (?:and|but|while|as)\b|\band\b(?= (?:the )?" + _CROWD + ")", text[:start])[-1]
    agents = list(_AGENT_RE.finditer(clause))
    return bool(agents) and agents[-1].group("forces") is not None


def crowd_violence(text: str) -> bool:
    """Whether the demonstrators (not the forces) are violent: stones, fire, looting, clashes."""
    for m in _VIOLENCE_RE.finditer(text):
        verb = m.group(0).lower()
        # a clash is both sides': whoever the clause names first
        if verb.startswith("clash") or not _forces_did(text, m.start()):
            return True
    return False


# -------------------------------------------------------------------- force on protesters

_HARMED_CROWD = r"(?:protesters?|demonstrators?|marchers|mourners|strikers|students)"
# "police shot dead two protesters", "security forces opened fire on demonstrators, killing
# five", "two demonstrators were killed": lethal force on the demonstration.
_FORCE_ON_PROTESTERS_RE = re.compile(
    r"\b(?:kill(?:ed|ing)|shot(?: dead)?|shooting|gunned down|opened fire|fired live|live (?:rounds|ammunition|"
    r"bullets))\s+(?:[\w-]+\s+){0,4}?" + _HARMED_CROWD + r"\b"
    r"|\b" + _HARMED_CROWD + r"\s+(?:[\w-]+\s+){0,2}?(?:were|was)\s+(?:\w+\s+)?(?:killed|shot)\b",
    re.IGNORECASE,
)
# Forces killing during a demonstration ("soldiers shot dead two men during protests").
_DURING_PROTEST_RE = re.compile(
    r"\b(?:during|at|amid) (?:a |the |an )?(?:[\w-]+ ){0,2}?(?:protests?|demonstrations?|marches|march|rally|"
    r"rallies)\b",
    re.IGNORECASE,
)
_FORCES_RE = re.compile(r"\b" + _FORCES + r"\b", re.IGNORECASE)


# Armed men other than the state's: their fire at a rally is an attack or a battle.
_OTHER_ARMED_RE = re.compile(
    r"\b(?:gunm[ae]n|militants?|rebels?|insurgents?|jihadists?|militias?|militiam[ae]n|fighters|assailants|"
    r"attackers|bandits|gangs?|terrorists?|bomb\w*|explosi\w*|grenades?)\b",
    re.IGNORECASE,
)


def force_on_protesters(text: str) -> bool:
    """Whether the forces killed or shot at demonstrators: EF when the crowd was not violent."""
    if not _FORCES_RE.search(text) or _OTHER_ARMED_RE.search(text):
        return False
    return bool(_FORCE_ON_PROTESTERS_RE.search(text) or _DURING_PROTEST_RE.search(text))


# -------------------------------------------------------------------- riot or mob

# "rioters", "rioted", "went on the rampage", with no mob or lynching, no "unidentified rioters"
# (ACLED's phrase for unknown attackers, all Mob violence) and no rival crowds told: across riot
# notes, Violent demonstration 533, Mob violence 96.
_RIOTING_RE = re.compile(r"\b(?:rioters?|rioted|rioting|on (?:the |a )?rampage)\b", re.IGNORECASE)
_MOB_RE = re.compile(
    r"\b(?:mobs?|lynch\w*|mob justice|jungle justice|(?:unidentified|unknown|assumed to be) (?:[\w-]+ ){0,3}?rioters?|"
    # rival crowds fighting each other ("riots broke out between supporters of two candidates"):
    # Mob violence 115, Violent demonstration 17
    r"(?:between|among) (?:the )?(?:rival |two )?(?:supporters|members|groups|factions|communities|residents|"
    r"villagers|youths|students|fans|(?:\w+ )?(?:party )?(?:supporters|activists)))\b",
    re.IGNORECASE,
)

# The demonstration's own people doing it ("demonstrators burned a factory"): no note coded
# Looting/property destruction names protesters, demonstrators or rioters (0 of 471).
_DEMONSTRATORS_RE = re.compile(
    r"\b(?:protesters?|demonstrators?|rioters?|rioted|rioting)\b|\b(?:during|amid) (?:the )?"
    r"(?:protests?|demonstrations?|riots?)\b",
    re.IGNORECASE,
)

_PROTEST = frozenset(
    {SubEventType.PEACEFUL_PROTEST, SubEventType.PROTEST_WITH_INTERVENTION, SubEventType.EXCESSIVE_FORCE}
)


def recode(sub: SubEventType, text: str) -> SubEventType:
    """The protest or riot sub-type the text's actions call for (other sub-types pass through).

    A protest whose crowd is violent is a violent demonstration; lethal force on a protest is
    excessive force; one the forces disperse or arrest is a protest with intervention; rioters
    are a violent demonstration, not a mob; the state's men killing at a protest are excessive
    force, not an attack on civilians; property destroyed by demonstrators is a riot's.
    """
    if sub in _PROTEST:
        if crowd_violence(text):
            return SubEventType.VIOLENT_DEMONSTRATION
        if (
            sub is not SubEventType.EXCESSIVE_FORCE
            and force_on_protesters(text)
            and _FORCE_ON_PROTESTERS_RE.search(text)
        ):
            return SubEventType.EXCESSIVE_FORCE
        if sub is SubEventType.PEACEFUL_PROTEST and intervention(text):
            return SubEventType.PROTEST_WITH_INTERVENTION
        return sub
    if sub is SubEventType.MOB_VIOLENCE and _RIOTING_RE.search(text) and not _MOB_RE.search(text):
        return SubEventType.VIOLENT_DEMONSTRATION
    if (
        sub in (SubEventType.ATTACK, SubEventType.ARMED_CLASH)
        and force_on_protesters(text)
        and not crowd_violence(text)
    ):
        return SubEventType.EXCESSIVE_FORCE
    if sub is SubEventType.LOOTING and _DEMONSTRATORS_RE.search(text):
        return SubEventType.VIOLENT_DEMONSTRATION
    return sub


__all__ = ["crowd_violence", "force_on_protesters", "intervention", "recode"]
