"""Whom a violent event sets against whom: the checks that move an event between ACLED types.

The classifier reads wording; these read the sides the registry found and their roles in
the parse (:func:`vigil.extract.roles.score_mentions`), and who the text says was harmed,
where the codebook draws the line: a battle needs two armed, organised sides (the target's
type decides Attack against Armed clash), violence against civilians needs unarmed victims
and an organised perpetrator, and mob violence is the work of ordinary people or a crowd.
:func:`recode` applies them all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from vigil.extract import protests, targets
from vigil.extract.actors import ActorMention
from vigil.extract.communal import armed_men_not_a_crowd, communal_reprisal, religious_clash
from vigil.extract.harmwords import CROWD, DISPERSAL_MEANS, FORCES
from vigil.extract.labels import size_tagged
from vigil.extract.roles import ARMED, Scored, score_mentions
from vigil.extract.rolewords import ARMED_WORDS, UNARMED_WORDS
from vigil.extract.speakers import WITNESS
from vigil.extract.taker import ground_taker
from vigil.extract.verbshapes import REMAINS_OF_RE
from vigil.taxonomy import ActorType, EventType, SubEventType

if TYPE_CHECKING:
    from spacy.tokens import Doc

_UNARMED_RE = re.compile(r"\b" + UNARMED_WORDS + r"\b", re.IGNORECASE)

# Who is harmed, read off the words after an active verb (never across "by": "killed by the
# army" names the killer) or just before a passive one.
_HARM = (
    r"\b(?:attack|assault|kill|ambush|wound|injur|shot|shoot|assassinat|target|raid|execut|murder|behead|"
    r"stab|hack|beat|lynch|abduct|kidnap|storm|overr[au]n|(?:fired|opened fire) (?:on|at|upon|against))\w*"
)
# A list of harm verbs ("abducted, executed, and booby-trapped a VDP") shares its object.
_AFTER_HARM = r"(?:,\s*(?:and\s+)?[\w-]+ed\b)*\s+(?:(?!by\b)[\w()'-]+\s+){0,4}?"
_PARTICIPLE = (
    r"\b(?:killed|wounded|injured|attacked|ambushed|shot|executed|murdered|targeted|abducted|kidnapped|"
    r"beaten|assassinated|found dead)"
)
# Headlines and terse notes drop the auxiliary ("Gendarmerie post attacked overnight, 1 gendarme
# wounded", "convoy ambushed near Djibo"): a bare participle is passive only where no object
# follows it, so it must be followed by an agent ("by"), a place or time, or the clause's end
# (not a list of verbs: "militants abducted, executed and booby-trapped a VDP" is active).
# Across ACLED notes, the armed harmed it adds go with Armed clash 42 times (Attack 3), the
# unarmed ones with Attack 62 times (Armed clash 14).
_HEADLINE_PASSIVE = (
    r"(?:\s+(?!(?:who|which|that|and|or|but|they|he|she)\b)[\w()'-]+){0,3}?,?\s+"
    + _PARTICIPLE
    + r"(?=\s+(?:by|near|in|at(?! least| most)|overnight|outside|while|during|when|after|as|on|yesterday|"
    r"today|last)\b|\s*(?:,(?!\s*(?:and\s+)?[\w-]+ed\b)|[;:.]|$))"
)
_PASSIVE = (
    r"(?:(?:\s+[\w()'-]+){0,3}?\s+(?:was|were|had been|have been|has been|got)\s+(?:\w+\s+)?"
    + _PARTICIPLE
    + "|"
    + _HEADLINE_PASSIVE
    + ")"
)


def _victim_pattern(nouns: str, *, found_dead: bool = False) -> re.Pattern[str]:
    return re.compile(
        _HARM
        + _AFTER_HARM
        + "("
        + nouns
        + r")\b|\b("
        + nouns
        + ")"
        + _PASSIVE
        # "the operation left 3 IS militants dead"
        + r"|\b(?:left|leaving) (?:[\w-]+ ){0,4}?("
        + nouns
        + r") (?:dead|injured|wounded)\b"
        # "recovered the bodies of five men": the dead found are the harmed (unarmed only: a
        # fighter's body found is no sign of a fight, ACLED codes it an attack)
        + (
            r"|\b(?:bod(?:y|ies)|corpses?|remains) of (?:[\w-]+ ){0,3}?(" + nouns + r")\b"
            if found_dead
            else ""
        )
        # "killed two men described as Dozo militiamen"
        + "|"
        + _HARM
        + r"\s+(?:[\w-]+\s+){0,3}?(?:described|identified|presented) as (?:[\w-]+ ){0,2}?("
        + nouns
        + r")\b",
        re.IGNORECASE,
    )


# "attacked federal forces", "forces were ambushed": forces harmed after the harm verb, or in a
# passive with its auxiliary; a bare "forces shot at a car" is the forces shooting. ACLED notes
# where forces are the only ones harmed: Armed clash 44 times, Attack 2.
_FORCES_HARMED = (
    _HARM
    + _AFTER_HARM
    + r"(forces)\b|\b(forces)(?:\s+[\w()'-]+){0,3}?\s+(?:was|were|had been|have been|has been|got)\s+"
    + r"(?:\w+\s+)?"
    + _PARTICIPLE
)
_ARMED_VICTIM_RE = re.compile(_victim_pattern(ARMED_WORDS).pattern + "|" + _FORCES_HARMED, re.IGNORECASE)
_UNARMED_VICTIM_RE = _victim_pattern(UNARMED_WORDS, found_dead=True)
# An armed man off duty, retired or unarmed is a civilian in ACLED's coding: said before the
# noun ("a former officer") or just after it ("a soldier who was off duty", "(assumed off-duty)").
_OFF_DUTY_RE = re.compile(
    r"\b(?:off[- ]duty|former|retired|ex-|unarmed|civilian|demobili[sz]ed)\b[\w\s-]{0,25}$", re.IGNORECASE
)
_OFF_DUTY_AFTER_RE = re.compile(
    r"^[\w'-]+(?: [\w'-]+){0,2}?,? \(?(?:who (?:was|were) |while |when (?:he|she|they) (?:was|were) |"
    r"assumed |an? )?(?:off[- ]duty|retired|on leave|out of uniform|not on duty)\b",
    re.IGNORECASE,
)
# Anywhere in a text, an off-duty man is the one harmed far more often than the one harming.
_OFF_DUTY_ANY_RE = re.compile(r"\boff[- ]duty\b", re.IGNORECASE)
# "found by police officers", "arrested by soldiers": the agent of a passive, never the harmed.
_BY_AGENT_RE = re.compile(r"\bby (?:[\w-]+ ){0,2}$", re.IGNORECASE)

# The sub-types an exchange of fire turns into a battle.
_EXCHANGED = (
    SubEventType.ATTACK,
    SubEventType.MOB_VIOLENCE,
    SubEventType.SHELLING,
    SubEventType.GRENADE,
    SubEventType.VIOLENT_DEMONSTRATION,
    SubEventType.OTHER,  # "a shoot-out took place in X": a battle between unnamed sides
)
# Read as a riot when stones meet shots (:func:`vigil.extract.targets.stones_met_with_fire`).
_STONED_FROM = (
    SubEventType.ATTACK,
    SubEventType.ARMED_CLASH,
    SubEventType.EXCESSIVE_FORCE,
    SubEventType.MOB_VIOLENCE,
    SubEventType.VIOLENT_DEMONSTRATION,
)
_RIOTS = (SubEventType.MOB_VIOLENCE, SubEventType.VIOLENT_DEMONSTRATION)
# Words that tell of two sides fighting, however one-sided the harm.
_BATTLE_RE = re.compile(
    r"\b(?:clash\w*|fight\w*|fought|battl\w+|combat\w*|confront\w*|skirmish\w*|engag\w+|repel\w*|"
    r"repuls\w*|rout\w*|counter-?attack\w*|offensive|crossfire)\b",
    re.IGNORECASE,
)

# Violence between communities is a battle between communal militias, whoever was harmed
# (the wording and its counts: :func:`vigil.extract.targets.communal_violence`).
# The sub-types communal violence turns into a battle.
_COMMUNAL_FROM = (SubEventType.ATTACK, SubEventType.MOB_VIOLENCE)

# A raid on a settlement (not on one house in it: "attacked the village chief's house").
_RAID = (
    r"\battack\w* (?:[\w'-]+ ){0,3}(?:camps?|hamlets?|villages?|settlements?)\b"
    r"(?!['’]s\b|\s+(?:chief|head|headman|elders?|leaders?|house|home|market|mosque|church|school)\b)"
)

# An organised armed perpetrator, in words the registry need not know: armed men, weapons a
# crowd does not carry, a raid on a settlement.
_ORGANISED_RE = re.compile(
    r"\b(?:armed|gunm[ae]n|militi\w*|militants?|rebels?|insurgents?|jihadists?|bandits?|terrorists?|"
    r"fighters?|gangs?|cartels?|assailants|kidnappers|shot|shoot\w*|opened fire|fired|guns?|firearms?|"
    r"pistols?|rifles?|execut\w+|drive-by|equipped with)\b|" + _RAID,
    re.IGNORECASE,
)
# Firearms turned on people: no crowd's weapon (police firing to disperse one is told apart).
_FIREARMS_RE = re.compile(
    r"\b(?:armed (?:men|man|individuals|assailants)|gunm[ae]n|(?:were|was) shot|shot (?:at|dead)|opened fire|"
    r"fired (?:at|on|upon)|firearms?|pistols?|rifles?|gunfire|gunshots?)\b",
    re.IGNORECASE,
)
_GUNFIGHT_RE = re.compile(
    r"\b(?:clash\w*|exchang\w*|trad(?:ed|ing) (?:gun)?(?:fire|shots)|gun ?battle|shoot-?out|fought|fight\w*)\b",
    re.IGNORECASE,
)
_ARMED_WORD_RE = re.compile(r"\b" + ARMED_WORDS + r"\b", re.IGNORECASE)
_DISPERSAL_RE = re.compile(DISPERSAL_MEANS + r"|in the air|dispers", re.IGNORECASE)
# Herders who attack are mostly coded as an ethnic or communal militia, not as a mob.
_HERDERS_RE = re.compile(r"\b(?:herd\w*|pastoralists?|cattle (?:breeders|owners)|nomads?)\b", re.IGNORECASE)

_ASSAULT_RE = re.compile(r"\bassault(?:ed|ing)\b", re.IGNORECASE)
_COURT_RE = re.compile(r"\b(?:sentenced|convicted|acquitted|court|trial|charged with)\b", re.IGNORECASE)
# An assailant that is no mob: the state's men, armed self-defence groups, a party's people.
_STATE_OR_PARTY_RE = re.compile(
    r"\b(?:police\w*|soldiers?|army|military|gendarm\w*|forces|troops|officers?|guards?|vdp|koglweogos?|"
    r"dozos?|ruling party|activists|supporters|league|cadres?|members of)\b",
    re.IGNORECASE,
)

# The state's men beating or torturing people: their violence is never a mob's. Across ACLED
# notes: Attack 50 times, Mob violence 4 (the rest protests, which this leaves alone). Not
# "policemen were assaulted by youths": there the forces are the harmed, and not "police said
# residents beat a thief": only adverbs may stand between the forces and the beating.
_FORCES = (
    rf"(?:{FORCES}|Taliban(?: officials| fighters| members| authorities)?)"  # the Taliban's floggings too
)
_BEAT = (
    r"(?:assaulted|beat|beaten|tortured|whipped|flogged|thrashed|manhandled|(?:baton|lathi)[- ]charged|caned)"
)
_FORCES_BEAT_RE = re.compile(
    # not the forces as the beaten crowd's source ("seized suspects from police and beat them")
    r"(?<!\bfrom )(?<!\bby )(?<!\bwith )(?<!\bagainst )\b"
    + _FORCES
    + r" (?:(?:had|have|has|allegedly|reportedly|brutally|severely|badly|publicly|then|also|and)\s+){0,2}"
    + _BEAT
    + r"\b(?!\s+by\b)|\b"
    + _BEAT
    + r" by (?:\w+ ){0,2}"
    + _FORCES
    + r"\b",
    re.IGNORECASE,
)
# A raid on a camp or a village is an organised attack, not a mob's (Attack 74, Mob violence 2
# across ACLED notes even where no weapon is named).
_RAID_RE = re.compile(_RAID, re.IGNORECASE)

_CROWD_OR_EMPTY_RE = re.compile(CROWD + r"|\b(?:unmanned|abandoned|deserted|empty)\b", re.IGNORECASE)
# A fight told beside a bomb: the device opened (or was part of) a battle.
_GUNFIGHT_AFTER_RE = re.compile(
    r"\b(?:gunfire|gun ?fights?|exchang\w* (?:of )?fire|clash\w*|fought|firefights?|opened fire|followed by|"
    r"assailants? (?:was|were) (?:shot|killed))\b",
    re.IGNORECASE,
)
_NON_STATE_ARMED = (ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA)


# "killed two men described as Dozo militiamen": the men are the armed men.
# (not "civilians described as Dozo supporters": those stay civilians)
_DESCRIBED_AS_RE = re.compile(
    r"^(?:people|persons|men|individuals) (?:described|identified|presented) as\b", re.IGNORECASE
)


def _victim_starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """Where the harmed nouns ``pattern`` finds begin (whichever of its groups matched)."""
    starts = (
        next((m.start(g) for g in range(1, pattern.groups + 1) if m.group(g)), m.start())
        for m in pattern.finditer(text)
    )
    return [
        a
        for a in starts
        if not _DESCRIBED_AS_RE.search(text[a : a + 40])
        and not targets.RESCUED_RE.search(text[max(0, a - 50) : a])
    ]


def _off_duty(text: str, start: int) -> bool:
    before = _OFF_DUTY_RE.search(text[max(0, start - 30) : start])
    return bool(before or _OFF_DUTY_AFTER_RE.search(text[start : start + 60]))


def armed_victims(text: str) -> bool:
    """Whether the text names armed people on duty (or their posts) as the ones harmed."""
    return any(not _off_duty(text, a) for a in _victim_starts(_ARMED_VICTIM_RE, text))


def unarmed_victims(text: str) -> bool:
    """Whether the text names unarmed people (an off-duty soldier is one) as the ones harmed."""
    return (
        bool(_victim_starts(_UNARMED_VICTIM_RE, text))
        or bool(_OFF_DUTY_ANY_RE.search(text))
        or any(_off_duty(text, a) for a in _victim_starts(_ARMED_VICTIM_RE, text))
    )


def _armed_patient(text: str, s: Scored) -> bool:
    """An armed side acted upon; a community or a "Fulani man" is people, not a militia.

    Not one off duty or retired, nor the agent of a passive ("the body was found by police").
    """
    if s.agency >= 0 or s.agency == WITNESS or s.mention.actor.type not in ARMED:
        return False  # who found the dead was not harmed
    if (
        _off_duty(text, s.mention.start)
        or _BY_AGENT_RE.search(text[max(0, s.mention.start - 12) : s.mention.start])
        # a fighter's body found tells of no fight: ACLED codes it an attack
        or REMAINS_OF_RE.search(text[max(0, s.mention.start - 40) : s.mention.start])
    ):
        return False
    if s.mention.actor.type is not ActorType.IDENTITY_MILITIA:
        return True
    community = _of_a_community(text, s.mention.start, s.mention.end)
    return not community and not _UNARMED_RE.search(text[s.mention.start : s.mention.end])


def targets_armed_only(text: str, mentions: Sequence[ActorMention], doc: Doc | None = None) -> bool:
    """Whether the only ones harmed are armed (soldiers, police, guards, a named armed group).

    CODEBOOK: an armed group attacking state forces or another armed group is a battle (an
    Armed clash) even when one side is taken by surprise; violence against civilians needs
    unarmed victims.
    """
    if unarmed_victims(text):
        return False
    scored = score_mentions(text, mentions, doc)
    if any(
        s.mention.actor.type is ActorType.CIVILIANS
        and s.agency < 0
        and s.agency != WITNESS  # "..., residents said": who tells it was not harmed
        and not _DESCRIBED_AS_RE.search(text[s.mention.start : s.mention.start + 40])
        and not targets.RESCUED_RE.search(text[max(0, s.mention.start - 50) : s.mention.start])
        for s in scored
    ):
        return False
    return armed_victims(text) or any(_armed_patient(text, s) for s in scored)


def armed_first(text: str) -> bool:
    """Whether armed people on duty are the first harmed, with unarmed people harmed after.

    The target named first is the attack's aim; the civilians named after it were caught in
    it ("attacked a VDP camp ... and killed two people"). Across ACLED notes that name both,
    the armed first go with Armed clash 92 times, Attack 16.
    """
    if _OFF_DUTY_ANY_RE.search(text):
        return False
    unarmed = _victim_starts(_UNARMED_VICTIM_RE, text)
    if not unarmed:
        return False
    armed = [a for a in _victim_starts(_ARMED_VICTIM_RE, text) if not _off_duty(text, a)]
    return bool(armed) and min(armed) < min(unarmed)


def unarmed_targets_only(text: str, mentions: Sequence[ActorMention], doc: Doc | None = None) -> bool:
    """Whether only unarmed people are harmed, and nothing tells of a fight.

    CODEBOOK: the target's type decides; an armed actor harming people who cannot respond in
    kind is violence against civilians, not a battle.
    """
    if not unarmed_victims(text) or armed_victims(text):
        return False
    if _BATTLE_RE.search(text) or targets.EXCHANGE_RE.search(text) or targets.communal_violence(text):
        return False
    return not any(_armed_patient(text, s) for s in score_mentions(text, mentions, doc))


def undefended_raid(text: str, mentions: Sequence[ActorMention], doc: Doc | None = None) -> bool:
    """Whether armed men raid a village or camp and nobody armed is harmed or fights back.

    CODEBOOK: the target decides; a raid on a settlement with no defender told harms civilians
    (the wording and its counts: :func:`vigil.extract.targets.raid_undefended`).
    """
    if not targets.raid_undefended(text) or armed_victims(text):
        return False
    if _BATTLE_RE.search(text) or targets.EXCHANGE_RE.search(text) or targets.communal_violence(text):
        return False
    return not any(_armed_patient(text, s) for s in score_mentions(text, mentions, doc))


def organised_sides(text: str, mentions: Sequence[ActorMention], doc: Doc | None = None) -> bool:
    """Whether organised armed sides fight: two non-state groups, or a named one and the state.

    CODEBOOK: mob violence is done by rioters, an unorganised crowd; when named gangs, militias
    or rebels fight each other or the state's forces, it is a battle. A community ("the Fulani
    community") and a group that is only acted upon do not count as a side.
    """
    scored = score_mentions(text, mentions, doc)
    groups = {
        s.mention.actor.name
        for s in scored
        if s.mention.actor.type in _NON_STATE_ARMED
        and s.agency >= 0
        and not _of_a_community(text, s.mention.start, s.mention.end)
    }
    named = {g for g in groups if not g.startswith("Unidentified")}
    state = any(s.mention.actor.type is ActorType.STATE_FORCES for s in scored)
    return len(groups) >= 2 or (state and bool(named))


_FOUGHT_RE = re.compile(
    r"\b(?:clashed|clashing|fought|fighting|battled|battling|skirmished|engaged)\s+(?:with\s+|against\s+)?"
    r"(?:[\w'-]+\s+){0,4}$",
    re.IGNORECASE,
)


def _of_a_community(text: str, start: int, end: int) -> bool:
    """ "members of the Fulani community": a community's men, not an organised armed group."""
    return "communit" in text[start : end + 15].lower()


_ASIDE_RE = re.compile(
    r"\b(?:accus\w*|suspect\w*)\b[^.;]{0,30}$|\b(?:who|which|that)\s+(?:has|have|had)\s+been\s*$", re.I
)


def fought_named_group(text: str, mentions: Sequence[ActorMention]) -> bool:
    """Whether an armed side fought a named non-state armed group ("the army fought Fano militiamen").

    CODEBOOK: a battle is a fight between armed, organised sides; the dead a report counts after
    it ("dozens of people were killed") fell in the battle and do not make it an attack on civilians.
    """
    for i, m in enumerate(mentions):
        actor = m.actor
        if actor.type not in _NON_STATE_ARMED or actor.name.startswith("Unidentified"):
            continue
        before = text[max(0, m.start - 60) : m.start]
        fight = _FOUGHT_RE.search(before)
        if _of_a_community(text, m.start, m.end) or fight is None:
            continue
        if _ASIDE_RE.search(before[: fight.start()]):
            continue  # "accusing them of fighting alongside X", "the army, which has been battling X"

        if any(o.actor.type in ARMED and o.actor.name != actor.name for o in mentions[:i]):
            return True
    return False


def unorganised_agents(text: str, mentions: Sequence[ActorMention], doc: Doc | None = None) -> bool:
    """Whether the harm is done by ordinary people or a crowd, with no organised armed actor.

    CODEBOOK: violence against civilians is the work of organised armed actors; villagers,
    farmers or youths who beat or kill someone are a mob (Mob violence). Herders are left
    out: across the data their attacks are coded to an ethnic or communal militia.
    """
    if _ORGANISED_RE.search(text):
        return False
    scored = score_mentions(text, mentions, doc)
    if any(s.mention.actor.type in ARMED and s.agency > 0 for s in scored):
        return False
    return any(
        (s.mention.actor.type is ActorType.RIOTERS and s.agency > 0)
        or (
            s.mention.actor.type is ActorType.CIVILIANS
            and s.agency >= 2
            and not _HERDERS_RE.search(text[max(0, s.mention.start - 20) : s.mention.end])
        )
        for s in scored
    )


def assault_by_people(text: str) -> bool:
    """Whether people with no organised armed group, state force or party behind them assault someone.

    CODEBOOK: mob violence is ordinary people's; ACLED codes even one person's assault so
    (notes where civilians alone do the harm: Mob violence 47, Attack 5 with a single
    assailant). A court report of an old assault is no event of the day. ACLED's "assaulted"
    with no armed, state, party or court word in the note: Mob violence 192 times, Attack 27,
    across Bangladesh, Benin, Sri Lanka, Kenya and Burkina Faso.
    """
    return bool(
        _ASSAULT_RE.search(text)
        and not _ORGANISED_RE.search(text)
        and not _STATE_OR_PARTY_RE.search(text)
        and not _COURT_RE.search(text)
    )


def shot_at_forces(text: str) -> bool:
    """Whether firearms were turned on soldiers or police on duty (not fired to disperse a crowd).

    A crowd does not carry guns: across ACLED, such events are Armed clashes (~250) far more
    often than Mob violence (7).
    """
    return bool(_FIREARMS_RE.search(text)) and not _DISPERSAL_RE.search(text) and armed_victims(text)


def gunfight_with_armed(text: str) -> bool:
    """Whether guns were used in a fight that names armed people (no crowd dispersal).

    "armed robbers traded shots with a police patrol": a crowd carries no guns. Across ACLED notes
    with firearms, a fight and armed people: Armed clash 145 times, Mob violence 7.
    """
    return bool(
        _FIREARMS_RE.search(text)
        and _GUNFIGHT_RE.search(text)
        and _ARMED_WORD_RE.search(text)
        and not _DISPERSAL_RE.search(text)
    )


def armed_post_attacked(text: str) -> bool:
    """Whether armed men harmed only forces or their manned post, whatever they burned there.

    Across ACLED notes so worded (armed men, forces or a post harmed, property burned or seized,
    no crowd nor unarmed victim): Armed clash 192, Looting 5, all 5 a post found "unmanned".
    """
    return (
        armed_victims(text)
        and not unarmed_victims(text)
        and bool(_ORGANISED_RE.search(text))
        and not _CROWD_OR_EMPTY_RE.search(text)
    )


def recode(
    sub: SubEventType, text: str, mentions: Sequence[ActorMention], doc: Doc | None = None
) -> SubEventType:
    """The sub-type once the sides are known, where the codebook decides by actor and target.

    An exchange of fire is a battle, and so is violence between communities; an attack on
    armed people only, or on armed people first, is a battle, one by a crowd or by people
    assaulting someone is mob violence; a "clash" in which only unarmed people are harmed, or a
    raid on a village that nobody defends, is an attack; organised armed sides fighting, or guns turned on forces on duty, are no mob, and
    neither are the state's men beating people, a raid on a camp or village, or a community's
    reprisal on another (an attack: :func:`~vigil.extract.communal.communal_reprisal`). Where the
    target's standing decides (a gang's man, a criminal suspect, a detainee, unarmed people
    fighting the police or each other, armed men at no protest): :mod:`vigil.extract.targets`.
    A crowd reading of a note with ACLED's crowd-size tag stays a crowd's.
    """
    sub = protests.recode(sub, text)  # the protest and riot lines first (vigil.extract.protests)
    sub = ground_taker(sub, text, mentions, doc)  # ground taken: who took it decides
    if size_tagged(text) and sub.event_type in (EventType.PROTESTS, EventType.RIOTS):
        return sub  # a note's crowd-size tag: the desk recorded a crowd, whoever it fought
    if sub in _STONED_FROM and targets.stones_met_with_fire(text):
        # stones thrown and shots fired: a crowd's violence, however the forces answered (a
        # riot read as such stays one: the forces' fire back is no battle)
        if sub in _RIOTS:
            return sub
        riot = targets.demonstration_told(text)
        return SubEventType.VIOLENT_DEMONSTRATION if riot else SubEventType.MOB_VIOLENCE
    if sub in _STONED_FROM[:2] and targets.vigilantes_punished_suspect(text):
        return SubEventType.MOB_VIOLENCE  # vigilantes' justice on a suspect is a mob's
    if sub in _EXCHANGED and targets.exchanged(text):
        return SubEventType.ARMED_CLASH
    if sub is SubEventType.REMOTE_EXPLOSIVE and _GUNFIGHT_AFTER_RE.search(text):
        # CODEBOOK: remote violence inside a battle is the battle ("an IED ambush ... one assailant
        # was shot"); across ACLED notes so worded, Armed clash 22, Remote explosive 2
        return SubEventType.ARMED_CLASH
    if sub in (SubEventType.ARMED_CLASH, *_COMMUNAL_FROM) and religious_clash(text, mentions):
        return SubEventType.MOB_VIOLENCE  # "clashes between Hindu and Muslim groups"
    if sub in _COMMUNAL_FROM and targets.communal_violence(text):
        return SubEventType.ARMED_CLASH
    if (
        sub is SubEventType.ABDUCTION
        and targets.rescue_only(text)
        and targets_armed_only(text, mentions, doc)
    ):
        return SubEventType.ARMED_CLASH  # "troops killed 12 bandits and rescued 30 kidnapped people"
    if sub is SubEventType.MOB_VIOLENCE and targets.militia_harmed_people(text, mentions):
        return SubEventType.ATTACK
    if sub is SubEventType.ATTACK:
        if targets.forces_killed_suspects(text):
            return sub  # a suspect the state's men kill is its victim, however he is named
        if (
            targets_armed_only(text, mentions, doc)
            or armed_first(text)
            or fought_named_group(text, mentions)
            or targets.armed_trade_victim(text)
        ):
            return SubEventType.ARMED_CLASH
        if (unorganised_agents(text, mentions, doc) or assault_by_people(text)) and not communal_reprisal(
            text
        ):
            return SubEventType.MOB_VIOLENCE
    if sub is SubEventType.ARMED_CLASH:
        if (
            unarmed_targets_only(text, mentions, doc)
            or targets.forces_killed_suspects(text)
            or undefended_raid(text, mentions, doc)
            or targets.staged_fight(text)
        ):
            return SubEventType.ATTACK
        # ordinary people fighting the police or each other, no armed group named among them
        unarmed = not any(m.actor.type in _NON_STATE_ARMED for m in mentions)
        if unarmed and (targets.people_fought_forces(text) or targets.people_clashed(text)):
            return SubEventType.MOB_VIOLENCE
    if sub is SubEventType.LOOTING and armed_post_attacked(text) and not _NO_ONE_HURT_RE.search(text):
        # "militants attacked the gendarmerie and burned vehicles" (not "burned the town hall; no
        # one was hurt, and the attackers left before soldiers arrived")
        return SubEventType.ARMED_CLASH
    if sub is SubEventType.VIOLENT_DEMONSTRATION and targets.armed_men_no_crowd(text):
        # "militants fired at the tyres of trucks": armed men are no demonstrators
        hurt = _HURT_RE.search(text) or targets.fired(text)
        return SubEventType.ATTACK if hurt else SubEventType.LOOTING
    if sub is SubEventType.MOB_VIOLENCE:
        if targets.forces_killed_suspects(text) or targets.forces_held_and_hurt(text):
            return SubEventType.ATTACK  # the state's men harming the people they hold or hunt
        if (
            organised_sides(text, mentions, doc)
            or shot_at_forces(text)
            or gunfight_with_armed(text)
            or targets.armed_groups_fought(text)
        ):
            return SubEventType.ARMED_CLASH
        if _FORCES_BEAT_RE.search(text) or _RAID_RE.search(text) or communal_reprisal(text):
            return SubEventType.ATTACK
        if armed_men_not_a_crowd(text, mentions, doc):
            # "gunmen set fire to a polling station": armed men are no mob; with no one hurt the
            # harm is to property
            return SubEventType.ATTACK if _HURT_RE.search(text) else SubEventType.LOOTING
    return sub


_NO_ONE_HURT_RE = re.compile(
    r"\b(?:no one|nobody|no-one)\s+was\s+(?:hurt|injured|harmed|killed|wounded)\b|"
    r"\bno (?:casualties|injuries|deaths) (?:were |was )?reported\b",
    re.IGNORECASE,
)
# People hurt, in any voice ("killing two", "were injured", "dead").
_HURT_RE = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|injur\w*|wound\w*|hurt|abduct\w*|kidnap\w*|shot|beat(?:en|ing)?|"
    r"assault\w*|rap(?:ed|ing)|lynch\w*|stabb\w*|hack\w*|murder\w*|casualt\w*)\b",
    re.IGNORECASE,
)
