"""Who the harm fell on and who fought, where their standing rather than the verb decides the type.

The lines the codebook draws by the sides: a man killed who is named as one of the armed trade
(a gang member, a drug trafficker) fell in a fight between armed groups (Armed clash); criminal
suspects killed by the state's men with no fight told, and people they detain and then beat, are
the victims of an attack; unarmed people fighting the police or each other are mobs, armed men
fighting are no mob, and armed men at no protest are no demonstrators; fighting between unnamed
communities is a battle between communal militias. The wording is read here, the decision made
in :func:`vigil.extract.sides.recode`. Counts are over every ACLED note in the shared data
(Benin, Burkina Faso, world).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from vigil.extract.harmwords import DEMONSTRATION_RE, FORCES
from vigil.taxonomy import ActorType

if TYPE_CHECKING:
    from vigil.extract.actors import ActorMention

# Words that tell of a fight; where one is said, the sides are left to the other checks.
_FIGHT_RE = re.compile(
    r"\b(?:exchang\w*|shoot-?outs?|gun ?battles?|gun ?fights?|fire ?fights?|clash\w*|returned fire|"
    r"fired (?:at|on|upon|back)|opened fire on|encounters?|resist\w*|fought|attack\w*|ambush\w*)\b",
    re.IGNORECASE,
)

# "The victim had charges against him for drug trafficking", "the victim was armed", "the victim
# was a member of the X gang": across ACLED notes, Armed clash 10 times, Attack 2 (both a "drug
# user" or an informer, which are left out).
_ARMED_TRADE_VICTIM_RE = re.compile(
    # the victim is the subject: not "victims said the attackers were armed"
    r"\bvictims?\b(?:(?!\b(?:said|says|say|told|tell|reported|recalled|described|added|claimed|stated)\b)"
    r"[^.;]){0,60}?(?:drug[- ]traffick\w*|gang members?|"
    r"members? of (?:a |an |the )?(?:[\w-]+ ){0,2}(?:gang|cartel|criminal (?:group|organi[sz]ation))|"
    r"(?:was|were) (?:heavily )?armed\b)"
    # "an alleged gang member was shot and killed": Armed clash (1 of 1)
    r"|\b(?:suspected|alleged|presumed|known) (?:gang (?:members?|leaders?)|drug traffickers?)"
    r"[^.;]{0,30}? (?:was|were) (?:shot|killed|murdered|gunned down|found dead)\b",
    re.IGNORECASE,
)
_NOT_ARMED_RE = re.compile(
    r"\bdrug (?:users?|addicts?)\b|\binformation about\b|\binformers?\b", re.IGNORECASE
)

# Violence between communities: ACLED codes it as a battle between communal or ethnic militias
# (across ACLED notes: Armed clash 103, Mob violence 6, Attack 5), whoever was harmed. A bare
# "farmers and herders clashed" is left to the model: it is a mob about a third of the time.
_COMMUNITIES = (
    r"(?:farmers|agriculturalists|herders|herdsmen|pastoralists|cattle breeders|communities|ethnic groups|"
    r"clans|tribes)"
)
COMMUNAL_BETWEEN = (
    r"\binter-? ?communal (?:violence|clash\w*|conflict\w*|fighting|dispute\w*|confrontation\w*)|"
    r"\b(?:conflict|clash\w*|violence|fighting|confrontation\w*|fought) (?:(?:erupted|broke out) )?"
    # not across a clause: "violence with machetes against farmers" names no second community
    r"(?:with|between) (?:(?!(?:against|who|which|that)\b)[\w-]+ ){0,6}" + _COMMUNITIES + r"\b"
)
# Fighting between communities in words that name no second side: "inter-clan clashes", "tribal
# fighting", "communal violence broke out", "revenge killings between rival clans". Across ACLED
# notes that :mod:`vigil.extract.sides` did not already read as communal: Armed clash 18, Attack 4.
COMMUNAL_FIGHT = (
    r"\binter-?(?:ethnic|clan|tribal) (?:violence|clash\w*|fighting|conflict\w*)|\b(?:tribal|clan) (?:clash\w*|fighting)|"
    r"\bcommunal (?:violence|clash\w*|fighting) (?:broke out|erupted)|\b(?:attacks?|killings?) (?:\w+ )?between "
    r"(?:(?!(?:against|who|which|that)\b)[\w-]+ ){0,6}(?:clans|sub-?clans|communities|ethnic groups|tribes|sections|villages)\b"
)
_COMMUNAL_FIGHT_RE = re.compile(COMMUNAL_FIGHT, re.IGNORECASE)
_COMMUNAL_RE = re.compile(COMMUNAL_BETWEEN + "|" + COMMUNAL_FIGHT, re.IGNORECASE)
# Background, not the event: "the state has long seen inter-ethnic violence", "a city scarred by
# past ethnic violence". The words are looked for earlier in the sentence of the match.
_BACKGROUND_RE = re.compile(
    r"\b(?:long(?!-)|years|decades|past|history|historic\w*|scarred|plagued|wracked|riven|marred|prone|"
    r"recurr\w*|previous|legacy)\b",
    re.IGNORECASE,
)
# The sentence of the match tells harm or a fight now, not only a state of affairs.
_TOLD_HARM_RE = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|injur\w*|wound\w*|clash\w*|fought|fighting|erupted|broke out|"
    r"attack\w*|burn\w*|torch\w*|casualt\w*|left|leaving|claimed)\b",
    re.IGNORECASE,
)


def _told(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` matches in a sentence that tells the harm, not as background to it."""
    for m in pattern.finditer(text):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start())) + 1
        end = min(i for i in (text.find(". ", m.end()), text.find("; ", m.end()), len(text)) if i >= 0)
        if _BACKGROUND_RE.search(text[start : m.start()]):
            continue
        if _TOLD_HARM_RE.search(text[start:end]):
            return True
    return False


# In a battle the text already tells, wording that makes its unnamed sides two communities
# ("ethnic violence", "clashes between two factions of a family"): across ACLED's Armed clash
# notes with any of these words, both sides are identity militias 142 times of 172.
_COMMUNITIES_FIGHT_RE = re.compile(
    COMMUNAL_BETWEEN + "|" + COMMUNAL_FIGHT + r"|\bethnic (?:clash\w*|fighting|violence)|"
    r"\bbetween two (?:rival )?(?:camps|factions|families|clans|villages|communities)\b",
    re.IGNORECASE,
)

# Between the state's men and what they did: no one else's deed they tell ("police said a mob
# killed two suspected thieves", "police said residents caught a thief and beat him").
_FORCES_GAP = (
    r"(?: (?!(?:said|says|say|told|tell|reported|report|added|stated|confirmed|according|mobs?|crowds?|"
    r"residents|villagers|locals|people|youths?|traders|vendors|angry|irate)\b)[\w'-]+)"
)

# Criminal suspects (not militants: "suspected militants" killed by the army are a battle).
_SUSPECTS = (
    r"(?:drug suspects?|(?:suspect(?:ed)?|alleged|presumed) (?:drug \w+|robbers?|thie\w+|criminals?|"
    r"car thie\w+|kidnappers?|murderers?|killers?|smugglers?|poachers?))"
)
_KILLED = r"(?:shot dead|killed|shot and killed|gunned down)"
_FORCES_KILL_SUSPECTS_RE = re.compile(
    r"\b" + FORCES + _FORCES_GAP + r"{0,3}? " + _KILLED + r" (?:[\w-]+ ){0,2}?" + _SUSPECTS + r"\b"
    r"|\b"
    + _SUSPECTS
    + r"\b[^.;]{0,60}? (?:was|were) "
    + _KILLED
    + r" (?:by (?:the )?(?:\w+ )?"
    + FORCES
    + r"|(?:during|in) (?:a |an )?(?:police|military|security|army) (?:raid|operation))",
    re.IGNORECASE,
)

# The state's men first holding someone, then harming him: "gendarmes arrested and severely
# wounded two men", "soldiers raided a house and assaulted a young man". ACLED notes: Attack 6,
# none a mob's (one protest, which the check leaves alone).
_HOLD = r"(?:arrested|detained|raided|stopped|caught|apprehended|intercepted|seized|abducted|picked up)"
_HURT = (
    r"(?:assaulted|beat|beaten|tortured|wounded|injured|thrashed|whipped|flogged|manhandled|"
    r"(?:baton|lathi)[- ]charged|caned|kicked|stabbed)"
)
_FORCES_HOLD_HURT_RE = re.compile(
    r"\b"
    + FORCES
    + _FORCES_GAP
    + r"{0,4}? "
    + _HOLD
    + r"(?: [\w'-]+){0,4}? and (?:\w+ly )?(?:then )?"
    + _HURT
    + r"\b",
    re.IGNORECASE,
)


def armed_trade_victim(text: str) -> bool:
    """Whether the one harmed is named as a gang member, a drug trafficker or armed.

    CODEBOOK: the target's type decides; a killing among gangs is a battle between armed groups.
    """
    return bool(_ARMED_TRADE_VICTIM_RE.search(text)) and not _NOT_ARMED_RE.search(text)


def forces_killed_suspects(text: str) -> bool:
    """Whether the state's men killed criminal suspects with no fight told.

    ACLED notes that say so with no fight word: Attack 11 times of 11 (a "drug suspect killed
    during a police raid", "policemen killed three suspected robbers").
    """
    return bool(_FORCES_KILL_SUSPECTS_RE.search(text)) and not _FIGHT_RE.search(text)


def forces_held_and_hurt(text: str) -> bool:
    """Whether the state's men detained or raided someone and then beat or wounded him."""
    return bool(_FORCES_HOLD_HURT_RE.search(text))


def communal_fight(text: str) -> bool:
    """Whether the text tells of fighting between communities without naming either side."""
    return _told(_COMMUNAL_FIGHT_RE, text)


def communal_violence(text: str) -> bool:
    """Whether the harm told is violence between communities, named or not (a battle between
    communal militias, whoever was harmed), and not the place's history of it."""
    return _told(_COMMUNAL_RE, text)


def communities_fight(text: str) -> bool:
    """Whether a battle's unnamed sides are communities (for the sides, not for the type)."""
    return _told(_COMMUNITIES_FIGHT_RE, text)


# Ordinary people fighting the state's men with no weapon, gang or protest named: "migrant workers
# clashed with police", "clashes erupted between villagers and security forces". ACLED notes so
# worded: Mob violence 11, Violent demonstration 1, never an Armed clash.
_PEOPLE = (
    r"(?:residents|villagers|youths?|young (?:men|people)|people|locals|civilians|palestinians|students|traders|"
    r"vendors|sellers|workers|crowds?|mobs?|inhabitants|miners|farmers|drivers|motorcyclists)"
)
_THE_FORCES = r"(?:(?:the )?(?:[\w-]+ )?(?:police|soldiers|troops|security forces|forces|gendarmes|army|military|officers))"
_PEOPLE_FOUGHT_FORCES_RE = re.compile(
    r"\b" + _PEOPLE + r" (?:[\w-]+ ){0,3}(?:clashed|fought) (?:with|against) " + _THE_FORCES + r"\b"
    r"|\bclash\w* (?:erupted |broke out |took place )?between (?:[\w-]+ ){0,2}"
    + _PEOPLE
    + r" and "
    + _THE_FORCES
    + r"\b",
    re.IGNORECASE,
)
_ARMS_OR_PROTEST_RE = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|(?<!\d )march\w*(?! \d)|rall\w+|strike|sit-in|guns?|gunm[ae]n|gunfire|fir(?:ed|ing)|shot|shoot\w*|"
    r"armed|militants?|rebels?|bandits?|militi\w+|gangs?|insurgents?|jihad\w*|terror\w*|rifles?|weapons?)\b",
    re.IGNORECASE,
)


def people_fought_forces(text: str) -> bool:
    """Whether ordinary people fought the state's men, unarmed and not at a protest.

    CODEBOOK: a battle needs two armed, organised sides; a crowd that fights the police is a mob.
    """
    return bool(_PEOPLE_FOUGHT_FORCES_RE.search(text)) and not _ARMS_OR_PROTEST_RE.search(text)


# Ordinary people clashing among themselves, with no weapon, armed group, state force, community
# or protest named: "students of two schools clashed", "clashes between youths of two districts".
# ACLED notes so worded: Mob violence 264, Armed clash 21, Violent demonstration 4, Attack 2.
_CLASHING_PEOPLE = (
    r"(?:students|youths|youngsters|supporters|residents|villagers|traders|workers|activists|members)"
)
_PEOPLE_CLASHED_RE = re.compile(
    r"\b"
    + _CLASHING_PEOPLE
    + r"\b[^.;]{0,60}\bclash\w*|\bclash\w*\b[^.;]{0,40}\b"
    + _CLASHING_PEOPLE
    + r"\b",
    re.IGNORECASE,
)
_NOT_A_MOB_RE = re.compile(
    r"\b(?:police\w*|soldiers?|troops|forces|army|military|gendarm\w*|farmers|herd\w*|pastoralists?|communit\w*|"
    r"ethnic|clans?|tribes?|tribal|famil\w+|vigilantes?|dozos?|koglweogos?|hunters)\b",
    re.IGNORECASE,
)


def people_clashed(text: str) -> bool:
    """Whether ordinary people clashed among themselves, unarmed: a mob on each side.

    CODEBOOK: mob violence is rioters' violence, a battle needs armed, organised sides.
    """
    return bool(
        _PEOPLE_CLASHED_RE.search(text)
        and not _ARMS_OR_PROTEST_RE.search(text)
        and not _NOT_A_MOB_RE.search(text)
    )


# Armed men with no crowd, protest or stone-throwing in sight: across ACLED notes that name
# militants, gunmen, rebels or terrorists and none of these, Violent demonstration 0 times of 2,739.
_ARMED_MEN_RE = re.compile(
    r"\b(?:militants|jihadists|gunmen|insurgents|rebels|armed men|terrorists)\b", re.IGNORECASE
)
_CROWD_WORDS_RE = re.compile(
    r"protest|demonstrat|rall(?:y|ies)|strike|sit-in|(?<!\d )march(?! \d)|riot|mob\b|crowd|stone|pelt|youths|students|"
    r"supporters",
    re.IGNORECASE,
)


# The armed men do the harm themselves ("militants fired at the tyres"), not only stir a crowd
# that does ("residents blocked the road after militants killed two farmers").
_ARMED_MEN_ACT_RE = re.compile(
    # the subject, not the object of someone else's deed ("after militants ...", "stop rebels")
    r"(?<!\bafter )(?<!\bby )(?<!\bagainst )(?<!\bstop )"
    + _ARMED_MEN_RE.pattern
    + r"(?:(?!\b(?:who|after|before|when|as|because|following|accusing|but)\b)[^.;]){0,80}?\b"
    r"(?:fir(?:ed|ing)|kill(?:ed|ing)|wounded|abducted|kidnapped|opened fire|shot|shooting|set fire|set ablaze|"
    r"torched|burn(?:ed|t)|stormed|attacked|raided|looted|destroyed|vandali[sz]ed|blew up|detonated|planted|"
    r"threw|hurled|blocked|seized|ransacked)\b",
    re.IGNORECASE,
)
# A crowd's deeds and people, beyond the protest words: blocked roads, burning tyres, angry villagers.
_CROWD_DEEDS_RE = re.compile(
    r"\b(?:residents|villagers|locals|angry|irate|blocked|blockad\w*|barricad\w*|burn\w* (?:[\w-]+ )?(?:tyres|tires))\b",
    re.IGNORECASE,
)


def armed_men_no_crowd(text: str) -> bool:
    """Whether armed men do the violence and no crowd or protest is told: no demonstration's."""
    return bool(
        _ARMED_MEN_ACT_RE.search(text)
        and not _CROWD_WORDS_RE.search(text)
        and not _CROWD_DEEDS_RE.search(text)
    )


_FIRED_RE = re.compile(
    r"\bfir(?:ed|ing) (?:[\w-]+ ){0,2}?(?:at|on|upon|into)\b|\bgun ?shots?\b|\bgunfire\b", re.IGNORECASE
)


def fired(text: str) -> bool:
    """Whether shots were fired at someone or something ("fired shots at the tyres")."""
    return bool(_FIRED_RE.search(text))


# A fight that names armed men and no crowd: "bandits and vigilantes fought in the forest". Across
# ACLED notes with an armed-group word, a fight word and no crowd, protest or party word: Armed
# clash 336, Attack 16, Mob violence 2.
_ARMED_GROUP_RE = re.compile(
    r"\b(?:bandits|militants|vigilantes?|militia\w*|gangs?|gang members|rebels|insurgents|jihadists|gunmen|"
    r"armed men|armed groups?|kidnappers|cattle rustlers)\b",
    re.IGNORECASE,
)
_FIGHT_WORD_RE = re.compile(
    r"\b(?:clash\w*|fought|fighting|fight|battl\w+|gun ?battles?|exchang\w+ (?:of )?fire)\b", re.I
)
_PARTY_RE = re.compile(r"\b(?:activists|party|parties)\b", re.IGNORECASE)


def armed_groups_fought(text: str) -> bool:
    """Whether the fight told is one of armed men, with no crowd, protest or party in it."""
    return bool(
        _ARMED_GROUP_RE.search(text)
        and _FIGHT_WORD_RE.search(text)
        and not _CROWD_WORDS_RE.search(text)
        and not _PARTY_RE.search(text)
    )


# A raid on a settlement ("attacked the village of X", "made an incursion into the town") with no
# one who defends it told: no soldier, policeman or militiaman, no fighter killed, nobody repelled.
# Across ACLED notes so worded that name no armed man harmed and no fight or exchange of fire
# (:func:`vigil.extract.sides.undefended_raid`): Attack 236, Looting/property destruction 28,
# Abduction 7, Armed clash 2.
_RAID_ON_SETTLEMENT = (
    r"\battack\w* (?:[\w'-]+ ){0,3}(?:camps?|hamlets?|villages?|settlements?)\b"
    r"(?!['’]s\b|\s+(?:chief|head|headman|elders?|leaders?|house|home|market|mosque|church|school)\b)"
    r"|\b(?:incursions?|raid\w*|stormed|swept through|entered) (?:[\w'-]+ ){0,3}(?:in(?:to)? )?(?:the )?"
    r"(?:villages?|hamlets?|town|localit(?:y|ies)|settlements?)\b"
)
_RAID_ON_SETTLEMENT_RE = re.compile(_RAID_ON_SETTLEMENT, re.IGNORECASE)
_DEFENCE_RE = re.compile(
    r"\b(?:soldiers?|troops|army|military|police\w*|gendarm\w*|security forces|forces|vdp|volunteer fighters?|"
    r"koglweogos?|dozos?|militiam[ae]n|vigilantes?|defen[dcs]\w*|neutrali[sz]\w*|thwart\w*|pushed (?:\w+ )?back|"
    r"t(?:ook|ake) up arms|retaliat\w*|killed (?:\w+ ){0,2}(?:attackers|assailants|militants|bandits|raiders|"
    r"of them))\b",
    re.IGNORECASE,
)


def raid_undefended(text: str) -> bool:
    """Whether a settlement is raided and nobody who could defend it is told of."""
    return bool(_RAID_ON_SETTLEMENT_RE.search(text)) and not _DEFENCE_RE.search(text)


# People throwing stones at someone, and shots fired: "troops fired live rounds at youths hurling
# rocks", "residents stoned the police, who fired back". Across ACLED notes (all three files) that
# :func:`stones_met_with_fire` accepts: Violent demonstration 30, Mob violence 14, Armed clash 1;
# with a demonstration word Violent demonstration 23, Mob violence 3; without one Mob violence 11,
# Violent demonstration 7, Armed clash 1.
# CODEBOOK: a crowd's violence is a riot, whatever the forces answer with.
_STONES_RE = re.compile(
    r"(?<!\bnot )(?<!\bnever )\b(?:pelt\w*|hurl\w*|throw\w*|threw|lob\w*)\b[^.;]{0,40}?\b(?:stones|rocks)\b|"
    r"\bstone-?throwing\b|\brock-?throwing\b|(?<!\bwas )(?<!\bwere )(?<!\bbeen )\bstoned\b(?!\s+by\b)",
    re.IGNORECASE,
)
_SHOTS_RE = re.compile(r"\b(?:shot|fired|opened fire|live (?:rounds|bullets|ammunition))\b", re.IGNORECASE)
_OTHER_ARMED_RE = re.compile(
    r"\b(?:gunm[ae]n|militants?|rebels?|insurgents?|jihadists?|bandits?|terrorists?|armed (?:group|men|man)|"
    r"militi\w+|gangs?|fighters|robbers?)\b",
    re.IGNORECASE,
)
# the stone-throwers a crowd: one person "who had thrown stones" shot by troops is their victim
_STONING_CROWD_RE = re.compile(
    r"\b(?:youths|protesters|demonstrators|crowds?|residents|rioters|mobs?|people|villagers|students|"
    r"supporters|fans|locals|boys|marchers|traders|group|workers|women|farmers|mourners|strikers)\b",
    re.IGNORECASE,
)


def stones_met_with_fire(text: str) -> bool:
    """Whether people threw stones and shots were fired, with no armed group named: a riot."""
    return (
        bool(_STONES_RE.search(text))
        and bool(_SHOTS_RE.search(text))
        and bool(_STONING_CROWD_RE.search(text))
        and not _OTHER_ARMED_RE.search(text)
    )


def demonstration_told(text: str) -> bool:
    """Whether a demonstration is told: a stoning crowd at one is a violent demonstration, else a
    mob (see :func:`stones_met_with_fire`)."""
    return bool(DEMONSTRATION_RE.search(text))


# Vigilantes punishing a suspect: "vigilantes beat a suspected thief to death", "members of a
# self-defence group lynched two alleged robbers". Across ACLED notes with such a group and such a
# suspect and no firearm or armed group (:func:`vigilantes_punished_suspect`): Mob violence 36,
# Attack 2, Violent demonstration 1. Named militias are left out: every note naming the Koglweogo,
# the CJTF, the Dozo or a self-defence militia so is an Attack by that militia.
# A crowd so punishing one is a mob too ("villagers beat two suspected cattle thieves to death"):
# over our ACLED notes so told, Mob violence 124, anything else 6.
_VIGILANTES_RE = re.compile(
    r"\b(?:vigilantes?|vigilance (?:group|committee)s?|self-defen[cs]e (?:groups?|volunteers?|committees?)|"
    r"neighbou?rhood watch|villagers|residents|mobs?|crowds?|locals|youths|community members|inhabitants)\b",
    re.IGNORECASE,
)
# the setting, not the event: "..., where armed dahalo gangs regularly raid herds"
_WHERE_RE = re.compile(r"\bwhere\b[^.;]*", re.IGNORECASE)
_SUSPECT_RE = re.compile(
    r"\b(?:suspected|alleged|accused|presumed)\b[^.;]{0,30}?\b(?:thie\w+|robbers?|kidnappers?|criminals?|"
    r"stealing|theft|rustl\w+)|\bthie(?:f|ves)\b",
    re.IGNORECASE,
)
_ARMS_RE = re.compile(
    r"\b(?:gunm[ae]n|militants?|rebels?|insurgents?|jihadists?|bandits?|terrorists?|armed (?:group|men|robbers)|"
    r"gangs?|shoot\w*|shot|fired|gun\w*|exchang\w*)\b",
    re.IGNORECASE,
)


def vigilantes_punished_suspect(text: str) -> bool:
    """Whether vigilantes harmed a suspected thief or criminal, with no firearm or armed group.

    CODEBOOK: mob violence is violence by people with no organised armed group behind them;
    vigilantes dealing out punishment are coded as such, not as an organised attack."""
    return bool(
        _VIGILANTES_RE.search(text)
        and _SUSPECT_RE.search(text)
        and not _ARMS_RE.search(_WHERE_RE.sub(" ", text))
    )


# Hostages freed in the operation ("rescued 30 kidnapped people") are not whom it harmed.
RESCUED_RE = re.compile(r"\b(?:rescued|freed|liberated|evacuated)(?:\s+[\w-]+){0,3}\s+$", re.I)


def rescue_only(text: str) -> bool:
    """Whether every kidnapping the text tells is of people freed: the operation is the event."""
    taken = list(_TAKEN_RE.finditer(text))
    return bool(taken) and all(RESCUED_RE.search(text[max(0, m.start() - 50) : m.start()]) for m in taken)


_TAKEN_RE = re.compile(r"\b(?:kidnap\w*|abduct\w*|hostages?|captives?)\b", re.I)


def militia_harmed_people(text: str, mentions: Sequence[ActorMention]) -> bool:
    """A named party militia or rebel group that beat or killed people ("Members of the Imbonerakure
    beat two opposition supporters", "Islamic State militants attacked a village, killing 11
    residents") is no mob: its violence on civilians is an attack (ACLED notes with a political
    militia as actor1 and civilians as actor2: Attack 1,404, Mob violence 0; a rebel group: Attack
    510, Mob violence 0)."""
    first = min(mentions, key=lambda m: m.start, default=None)
    return (
        first is not None
        and first.actor.type in (ActorType.POLITICAL_MILITIA, ActorType.REBEL_GROUP)
        and not first.actor.name.startswith(("Unidentified", "Rioters", "Protesters"))
        and _CROWD_WORDS.search(text, 0, first.start) is None
        and _CROWD_WORDS.search(text[first.end : first.end + 40]) is None
    )


_CROWD_WORDS = re.compile(r"\b(?:supporters|mobs?|crowds?|rioters|protesters|demonstrators|youths)\b", re.I)


# Both sides fired: the codebook's battle, whoever started it.
EXCHANGE_RE = re.compile(
    r"\b(?:(?:exchang|trad)\w* (?:of )?(?:gun)?(?:fire|shots)|exchange of (?:gun)?fire|shoot-?outs?|fire ?fights?|"
    r"gun ?battles?|gun ?fights?|returned fire|shot back|fired back|fought back|"
    # the other side answered with fire: "forces reacted with gunfire", "opened fire in response"
    r"(?:reacted|responded|retaliated) with (?:gun)?fire|(?:gun)?fire in (?:response|return)|"
    # remote fire traded by two sides (CODEBOOK: remote violence inside a battle is the battle)
    r"exchang\w* (?:of )?(?:artillery|shell\w*|mortar\w*|rockets?|missiles?|heavy weapons)|"
    r"(?:shelling|artillery|mortar|rocket) exchanges?|responded to (?:[\w-]+ ){0,3}(?:shelling|fire|attacks?))\b",
    re.IGNORECASE,
)
# "tensions have been high since the September shootout": another, earlier exchange
_RECALLED_FIRE_RE = re.compile(
    r"\b(?:since|before|after|like|than)\s+(?:the|a|an|last\s+\w+'s)\s+(?:[\w'-]+\s+){0,3}$", re.I
)


# a later sentence set on another day: "On Saturday, security forces killed a commander in a gunfight"
_OTHER_DAY_OPENS_RE = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:On (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Earlier|Last (?:week|month)|"
    r"The (?:day|night) before|A day earlier)\b[^.!?]*$"
)


def exchanged(text: str) -> bool:
    """Whether the text tells of fire exchanged in this event (not in one it recalls, nor in a later
    sentence set on another day)."""
    return any(
        not _RECALLED_FIRE_RE.search(text, 0, m.start())
        and not (_OTHER_DAY_OPENS_RE.search(text, 0, m.start()) and text.find(". ", 0, m.start()) >= 0)
        # "disputing the force's account that he died in a 'gunfight'": the word in quotes, doubted
        and text[m.start() - 1 : m.start()] not in ("'", '"', "‘", "“")
        and not _SO_CALLED_RE.search(text, max(0, m.start() - 12), m.start())
        for m in EXCHANGE_RE.finditer(text)
    )


_SO_CALLED_RE = re.compile(r"\b(?:so-called|alleged|staged|fake)\s+$", re.I)
_DOUBTED_FIGHT_RE = re.compile(
    r"(?:['\"‘“]|\b(?:so-called|alleged|staged|fake)\s+)(?:gun ?fight|shoot-?out|crossfire|encounter|exchange of fire)\b",
    re.I,
)


def staged_fight(text: str) -> bool:
    """Whether the text doubts the fight the forces told ("disputing the unit's account that he died
    in a 'gunfight'", "killed in a so-called encounter"): a killing, not a battle."""
    return _DOUBTED_FIGHT_RE.search(text) is not None
