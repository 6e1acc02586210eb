"""Second thoughts on a strategic-development reading, from what the text itself tells.

The classifier reads "arrested", "burned" or "seized" and may call a text an arrest or a
looting when people were killed in it; the codebook's strategic developments are the
non-violent moves, so harm done to people makes the violent (or protest) reading the event
and the arrest or the burning its side detail. A few strategic kinds have words of their own
that the model, trained on few of them, reads as the violence they disrupted.

Counts over all 29,324 ACLED notes in /work/shared/data/acled (benin, burkina_faso, world): how many
notes each cue matches, and their gold types.

- people harmed in the text's own event (:func:`harms_people`): 8,721 notes, 13 of them strategic
  developments (0.15%); before animals, a bomb in its makers' hands, illness and background
  clauses were set aside, 42.
- a bomb gone off as its own side planted, carried or built it (``PREMATURE``): 14, 11 Disrupted
  weapons use.
- a drone shot down or intercepted, with no strike, wreck damage, fight or jet told
  (:func:`drone_downed`): 32, 29 Disrupted weapons use.
- drones or missiles launched, beside an interception (``_LAUNCHED``): 17, 11 Shelling/missile
  attack, 4 Disrupted weapons use, 2 Armed clash.
- a lede that tells weapons seized or defused (cues.lede_strategic), no one harmed, no fight:
  84, 83 Disrupted weapons use; with harm told, 31 of 33 were Armed clash (kept the model's).
- a lede that tells an armed group's change, no one harmed, no fight: 7, all 7 Change to group.
- a lede that tells a protest (:func:`protest_lede`): 11,303, 11,227 Protests or Riots, 19
  strategic developments.
- a lede that tells people fleeing, nothing done to anyone (:func:`displacement_only`): 203,
  195 Other.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from vigil.extract import cues
from vigil.extract.crowdtype import crowd_or_not
from vigil.extract.event_rules import rule_named
from vigil.extract.nlp import split_sentences
from vigil.extract.strategic_cues import (
    ARMS_LIST,
    DISAPPEARED,
    FOUGHT_TOWARDS,
    FREED_PEOPLE,
    HANDED,
    NOT_HELD,
    PLACE_TAKEN,
    POST_OVERRUN,
    SELF_BLAST,
    UNDER_DEAL,
    WALLS_REGAINED,
    arrested_with_arms,
    arrests_only,
    bomb_never_used,
    bomber_struck,
    people_captured,
    without_captives,
    without_past,
)
from vigil.taxonomy import EventType, SubEventType

if TYPE_CHECKING:
    from vigil.extract.classify import Prediction

# people harmed, told in the text's own words
_HARM = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|shot dead|died|dies|dead|deaths|injur(?:ed|ing|ies)|wounded|wounding|tortur(?:ed|ing)|"
    r"beaten|executed|lynched|stabbed|hacked to death|burned alive|assaulted|whipped|flogged|beat up)\b",
    re.I,
)
_HARM_WORD = r"\b(?:killed|died|dead|injur\w*|wounded|hurt|harmed|casualt\w+|causalt\w+|fatalit\w+|deaths?)\b"
# "no one was hurt", "neither fatalities nor injuries", "without casualties": no harm told
_UNHARMED = re.compile(
    r"\b(?:no(?:body| one)?|without|neither|nor|not)\b[^.;,]{0,40}?"
    + _HARM_WORD
    + r"(?:,? (?:or|nor|and) "
    + _HARM_WORD
    + r")*|"
    + _HARM_WORD
    + r"(?:,? (?:or|and) "
    + _HARM_WORD
    + r")* (?:(?:are|is|were|was|remain) )?(?:not known|unknown|unclear)\b",
    re.I,
)
# an animal killed is property destroyed, not a person harmed ("shot dead livestock", "killed six oxen")
_ANIMALS = re.compile(
    r"\b(?:killed|shot(?: dead)?|slaughtered|poisoned|maimed)\b(?: and killed)?(?: [\w-]+){0,3}? "
    r"(?:sheep|oxen|ox|cattle|cows?|goats?|livestock|camels?|donkeys?|animals|bulls?|horses?|pigs?|poultry)\b",
    re.I,
)
# harm told of another, earlier event: "arrested over the killing of", "suspected of killing",
# "the unrest last year which killed one", "following clashes that left two dead"
_BACKGROUND = re.compile(
    r"\b(?:(?:suspected|accused|convicted|charged|guilty|wanted|sentenced|blamed) (?:of|for|over)|over|"
    r"in connection with|in relation to|linked to|related to|behind|responsible for|(?:in|during) which|following|"
    r"after(?! \w+ing\b)|(?:, (?:that|which)|who) (?:had )?|(?:that|which) (?:has|have|had)\b|"
    r"in (?:revenge|retaliation|response) (?:for|to))\b[^.;,]*",
    re.I,
)
# a death that is no violence: an illness, or a threat of one
_NOT_VIOLENCE = re.compile(
    r"\b(?:died|dead) (?:of|from) (?:covid|coronavirus|illness|disease|natural causes|a heart)\w*|"
    r"\bdeath threats?\b|\b(?:could|would|might) have (?:killed|wounded|injured)\b|"
    # "in an operation executed at dawn", "a warrant was executed": carried out, no one put to death
    r"\b(?:operations?|raids?|plans?|orders?|warrants?|searche?s?)\s+(?:(?:was|were|had been)\s+)?executed\b",
    re.I,
)
# a bomb that went off in the hands of those who were planting, carrying or building it
PREMATURE = re.compile(
    r"\b(?:detonat\w+|explo\w+|went off|blew up|go(?:es)? off) prematurely\b|\bprematurely (?:detonat|explod)\w*|"
    r"\baccidental (?:explosion|detonation)s?\b|\b(?:bombs?|ieds?|devices?|explosives?|mines?|grenades?|munitions|"
    r"ammunition)\b[^.;]{0,40}\baccidentally (?:went off|exploded|detonated)\b|"
    r"\b(?:while|when|as|in the (?:process|act) of) (?:they were |he was |she was )?(?:planting|assembling|carrying|making|building|laying|"
    r"handling|transporting)\b[^.;]{0,30}\b(?:bombs?|ieds?|explosives?|devices?|landmines?|mines?)\b|"
    r"\b(?:bombs?|ieds?|explosives?|devices?|landmines?|mines?|shells?)\b(?: [\w-]+){0,2} (?:they|he|she) "
    r"(?:were|was|had been) (?:planting|assembling|carrying|making|building|laying|handling|transporting)\b",
    re.I,
)
# drones brought down: the weapon's use disrupted
_DRONE_DOWNED = re.compile(
    r"\b(?:shot down|downed|intercepted|brought down|jammed)\b(?: [\w'-]+){0,5}? (?:drones?|uavs?|quadcopters?)\b|"
    r"\b(?:drones?|uavs?|quadcopters?)\b[^.;]{0,40}\b(?:(?:was|were) (?:shot|brought) down|(?:was|were) "
    r"(?:downed|intercepted|jammed))\b",
    re.I,
)
# what makes a downed drone part of something else: a fight around it, its strike or its wreck's damage,
# a manned aircraft downed beside it
_DRONE_EVENT = re.compile(
    r"\b(?:clash\w*|fight\w*|exchang\w+ (?:of )?fire|launched(?! by| from| toward| at| into)|attack\w*|strikes?|struck|hit|damag\w*|"
    r"debris|shrapnel|fragments|wreckage|jets?|aircraft|planes?|helicopters?|blaze|alight|fire broke out|caught fire)\b",
    re.I,
)

_CLAIMED = re.compile(
    r"\b(?:claimed|took responsibility for) (?:responsibility for )?(?:the|an?) (?:\w+ )?attack\b", re.I
)


def taken_unharmed(text: str) -> bool:
    """People abducted, and no one harmed nor force used on anyone."""
    told = _IN_THE_AIR.sub(" ", _UNHARMED.sub(" ", text))  # shots fired into the air hit no one
    return bool(_ABDUCTED.search(told)) and not harms_people(text) and not _FORCE_USED.search(told)


_INITIALS = re.compile(r"\b([A-Z])\.([A-Z])\.")
_TOOK_CAPTIVE = re.compile(r"\btook (?:[\w-]+ ){0,4}(?:captive|hostage)", re.I)  # not a release told
_IN_THE_AIR = re.compile(r"\b(?:shot|fired|shooting|firing)(?: \w+ly)? (?:shots )?into the air\b", re.I)


_ABDUCTED = re.compile(
    r"\b(?:abduct\w*|kidnap\w*|took (?:[\w-]+ ){0,4}(?:hostage|captive)|carried (?:off|away)|(?:took|led|whisked) away|snatched|"
    r"(?:drove|made) off with|whereabouts (?:\w+ ){0,3}(?:unknown|remain)|marched (?:\w+ ){0,5}into the (?:forest|bush)|"
    # "seized a public school teacher from his home", "forced her husband onto a motorboat"
    r"seized (?:an? |the |two |three |\d+ )(?:[\w-]+ ){0,3}(?:teachers?|m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|"
    r"farmers?|traders?|doctors?|nurses?|priests?|pastors?|workers?|engineers?|students?|pupils?|villagers?|"
    r"civilians?|tourists?|businessm[ae]n|journalists?|passengers?|officials?)\b|"
    r"forced (?:\w+ ){1,3}(?:onto|into) (?:an? |their )?(?:[\w-]+ )?(?:boat|motorboat|vehicle|truck|car|van|pickup))\b",
    re.I,
)
_FORCE_USED = re.compile(
    r"\b(?:assault\w*|whip\w*|beat\w*|tortur\w*|behead\w*|fired|opened fire|burn\w*|shot|attack\w*|raped?|"
    r"rapes|killed|executed|dead|bodies|body|murder\w*|attempt\w*)\b",
    re.I,
)


def harms_people(text: str) -> bool:
    """The text tells people killed or hurt in its own event: negations, animals, an earlier
    event's toll (or a later sentence set last week), illness and a bomb in its makers' hands set aside."""
    if PREMATURE.search(text):
        return False
    told = _ANIMALS.sub(" ", _UNHARMED.sub(" ", without_past(_INITIALS.sub(r"\1\2", text))))  # "U.S." as "US"
    told = _NOT_VIOLENCE.sub(" ", told)
    told = _BACKGROUND.sub(" ", told)
    return bool(_HARM.search(told))


def drone_downed(text: str) -> bool:
    """A drone shot down or intercepted, and nothing else told about it: Disrupted weapons use."""
    told = _CLAIMED.sub(" ", text)  # "the Houthis claimed the attack": the launch, not a strike told
    # "There were no injuries or damage", "vowed to keep up their attacks": nothing that happened
    told = _NOTHING_OR_VOWED.sub(" ", told)
    return bool(_DRONE_DOWNED.search(told)) and not _DRONE_EVENT.search(told) and not harms_people(text)


# what weapons were for, not what happened: "the arsenal was going to be used in attacks on a rival group"
_INTENDED = re.compile(
    r"\b(?:(?:was|were) (?:going|meant|intended|due) to be used|to be used|intended for|meant for|destined for|"
    r"foil(?:ed|ing)|thwart(?:ed|ing)|planned|planning)\b[^.;]*",
    re.I,
)
_NOTHING_OR_VOWED = re.compile(
    r"\b(?:no|without) (?:[\w-]+ ){0,3}(?:damage|injuries|casualties)\b(?: or (?:\w+ )?(?:damage|injuries|casualties))?|"
    r"\b(?:vow\w*|threaten\w*|pledg\w*)\b[^.;]*",
    re.I,
)


# drones or missiles sent at a target: the interceptions are that strike's side detail
_LAUNCHED = re.compile(
    r"\b(?:launched|fired|sent)\b(?: [\w-]+){0,4} (?:drones?|missiles?|rockets?|uavs?)\b|"
    r"\b(?:drones?|missiles?|rockets?|uavs?)\b(?: [\w-]+){0,2} (?:launched|fired)\b|"
    r"\b(?:drones?|missiles?|rockets?|uavs?|debris|fragments)\b[^.;]{0,40}\b(?:hit|hitting|struck|striking|damag(?:ed|ing))\b|"
    # "the blast at the depot was caused by a drone attack": a strike, not a disrupted weapon
    r"\b(?:caused|triggered) by (?:an? |the )?(?:\w+ )?(?:drone|air|missile|rocket) ?(?:attacks?|strikes?)\b",
    re.I,
)
# a fight told beside weapons seized: the seizure is the fight's spoils ("attacked the barracks and seized arms")
_TAKEN_GROUND = (SubEventType.GOVERNMENT_REGAINS_TERRITORY, SubEventType.NON_STATE_OVERTAKES_TERRITORY)
_BLOODSHED = re.compile(
    r"\b(?:clash\w*|fight\w*|gunfight\w*|firefight\w*|shoot-?outs?|gun ?battles?|fought|battl\w*|attack\w*|kill\w*|"
    r"shot|shoot\w*|gunfire|fire[ds]?|firing|"
    r"assault\w*|storm\w*|ambush\w*|combat|offensive|shell\w*|strikes?|bomb\w*|exchang\w*|wound\w*|injur\w*|"
    r"dead|died|casualt\w*|overr[au]n|repel\w*|retreat\w*|fled|flee\w*|recaptur\w*|retook|retak\w*|liberat\w*|"
    r"regain\w*|(?:days|weeks) of (?:military )?operations|"
    r"pushed|drove|driven|routed|expelled|clear(?:ed|ing)|seiz\w*|captur\w*)\b",
    re.I,
)
_NOT_FOUGHT = re.compile(
    r"\b(?:no |without (?:a |any )?)(?:fighting|fight|shots?|resistance|clashes)\b[^.;]*", re.I
)
_FIGHT = re.compile(
    r"\b(?:attack\w*|ambush\w*|clash\w*|abduct\w*|kidnap\w*|overr[au]n|fight(?:s|ing)?\b|fought|repel\w*|exchang\w+ (?:of )?fire|stormed|"
    r"gunfights?|firefights?|shoot-?outs?|gun ?battles?|battl(?:e|ed|es|ing)|"
    r"raid(?:ed)? (?:on )?(?:the|a|an) (?:\w+ )?(?:headquarters|barracks|base|camp|post|position)s?|"
    # ground taken: the weapons are its spoils ("seized the town and the arms left behind")
    r"(?:seiz\w+|took|tak(?:en|es|ing)|captur\w+) (?:full )?(?:control|(?:the |a )?(?:[\w-]+ )?(?:town|village|city|"
    r"base|camp|post|district|area|territory|airport|port|barracks|hill|checkpoint)s?)\b)",
    re.I,
)
# a crowd protesting in the lede, not a protest banned, prevented, awaited or recalled
_PROTEST = re.compile(
    r"\b(?:protest(?:ed|ing|s)?|demonstrat(?:ed|ing|ions?)|march(?:ed|es|ing)|rall(?:y|ied|ies)|sit-ins?|motorcades?|"
    r"to (?:demand|denounce|decry|condemn|reject|oppose)|demanding|denouncing|in protest)\b",
    re.I,
)
# the people arrested were out marching: their placards, their march, their chants
_MARCHERS = re.compile(
    r"\b(?:holding|carrying|waving) (?:\w+ ){0,2}(?:placards|banners|signs|flags)|\b(?:marchers|demonstrators|"
    r"protesters) (?:who|were|had)\b|\b(?:walked|marched) (?:towards|to|on) (?:the )?(?-i:[A-Z])",
    re.I,
)
# a few words before it say the protest is only banned, prevented, awaited, joined earlier or answered
_CROWD = frozenset({EventType.PROTESTS, EventType.RIOTS})
# a crowd that met after all: its people, or its dispersal
_MET = re.compile(
    r"\b(?:demonstrators|protesters|marchers|gathered|assembled|marched|dispers\w+|broke up|break up)\b", re.I
)
# arrests told in the lede, where every protest it names is still to come or was stopped:
# "police arrested 23 activists ahead of a planned rally" (the codebook's Arrests; no crowd met)
_ARRESTS = re.compile(r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|ing)|rounded up)\b", re.I)
_MARCH = re.compile(r"\bmarch\b(?! \d)", re.I)  # "a planned march" (not "on 3 March", the month)
_NOT_YET = re.compile(
    r"\b(?:ahead of|before|in the run-up to|planned|planning|prevent\w*|to (?:stop|block|foil|thwart)|"
    r"(?:to )?mobili[sz](?:e|ing) for|prepar(?:ed|ing) (?:for )?|call(?:ed|ing)? for)\b"
    r"(?: [\w,-]+){0,3} ?$",
    re.I,
)


def protest_lede(text: str) -> bool:
    """The lede tells a crowd's protest: a strategic reading of it is the protest's side detail."""
    lede = next(iter(split_sentences(text)), "")
    return any(not NOT_HELD.search(lede[max(0, m.start() - 40) : m.start()]) for m in _PROTEST.finditer(lede))


def arrests_before_protest(text: str) -> bool:
    """The lede tells arrests, and each protest it names is only planned or was stopped: the arrests
    are the event. Over all 29,324 ACLED notes: 2 notes, both Arrests."""
    lede = next(iter(split_sentences(text)), "")
    crowd = [*_PROTEST.finditer(lede), *_MARCH.finditer(lede)]
    if _MET.search(text):
        return False  # "... but hundreds of demonstrators gathered anyway": the crowd met
    return (
        bool(crowd)
        and bool(_ARRESTS.search(lede))
        and all(_NOT_YET.search(lede[max(0, m.start() - 40) : m.start()]) for m in crowd)
    )


# people leaving their homes, told as the news itself (ACLED's "Displacement", coded Other)
_DISPLACED = re.compile(
    r"\b(?:fled|flee(?:s|ing)?|displaced|displacement|left (?:the|their) (?:village|town|homes?|area)s?|"
    r"abandon(?:ed|ing) (?:the|their) (?:village|town|homes?|area|farm)s?|evacuat\w+)\b",
    re.I,
)
# anything a side did to anyone: then the flight is that event's side detail
_ACTED = re.compile(
    r"\b(?:attack\w*|ambush\w*|clash\w*|fight\w*|fought|fir(?:e|ed|ing)|shot|shoot\w*|gunfire|abduct\w*|"
    r"ransack\w*|pillag\w*|vandal\w*|gunm[ae]n|assailants|attackers|militants|jihadists|insurgents|bandits|"
    r"kidnap\w*|beat\w*|assault\w*|loot\w*|burn\w*|torch\w*|set fire|bomb\w*|explo\w+|shell\w*|strikes?|"
    r"protest\w*|demonstrat\w*|riot\w*|arrest\w*|detain\w*|seiz\w+|storm\w*|rap(?:e|ed)|raid\w*|destroy\w*|"
    r"block\w*|barricad\w*|chas(?:ed|ing)|expel\w*|evict\w*|forc(?:ed|ing)|threat\w*|slit|slaughter\w*|"
    r"battl\w*|rebels|troops|soldiers|fighters|advanc\w*|offensive|combat\w*|gunfight\w*|captur\w*)\b",
    re.I,
)


def displacement_only(text: str) -> bool:
    """The lede tells people fleeing or displaced, and the text tells nothing any side did to
    anyone: ACLED's displacement, which it codes Other. A killing told as the flight's cause
    ("fled after vigilantes killed seven of them") is the event (our notes so worded: Attack 1)."""
    lede = next(iter(split_sentences(text)), "")
    # "fleeing fighting between two cartels", "after a string of attacks": the flight's cause, no act
    text = _FLIGHT_CAUSE.sub(" ", text)
    told = _UNHARMED.sub(" ", text)
    return bool(_DISPLACED.search(lede)) and not _ACTED.search(text) and not _HARM.search(told)


_FLIGHT_CAUSE = re.compile(
    r"\b(?:fleeing|fearing|for fear of|escaping|to escape|because of|due to)\s+(?:renewed |the |an? )?"
    r"(?:fighting|clashes|violence|attacks|insecurity|combat)\b[^.;]{0,100}|"
    r"\b(?:after|following) a (?:string|series|spate|wave|surge) of [^.;]*",
    re.I,
)


# the readings a lede's own strategic words correct: a model that read the weapons as their use
_CORRECTABLE = frozenset(
    {
        EventType.BATTLES,
        EventType.REMOTE_VIOLENCE,
        EventType.VIOLENCE_AGAINST_CIVILIANS,
        EventType.STRATEGIC_DEVELOPMENTS,
    }
)


def _strategic(sub: SubEventType | None) -> bool:
    return sub is not None and sub.event_type is EventType.STRATEGIC_DEVELOPMENTS


def settle(pred: Prediction, text: str) -> Prediction:
    """``pred`` reconsidered against what ``text`` tells.

    Only a reading of armed violence or a strategic development is reconsidered (a crowd's
    event keeps its own reading). A bomb gone off as it was planted, or a drone downed, is
    Disrupted weapons use; flight with nothing done to anyone is Other; a lede's weapons seized
    or armed group's change, with no one harmed and no fight, is that strategic kind. A strategic
    reading of a protest lede takes the model's likeliest crowd type, and one of a text where
    people were harmed its likeliest other type (arrests or burnings in a deadly raid are the
    raid); a reading of weapons disrupted where they were launched or hit something, the
    strike's. A protest reading of arrests made before a protest that never met is Arrests.
    Anything else is left as the model read it.
    """
    sub, lede = pred.sub_event_type, next(iter(split_sentences(text)), "")
    if sub is not None and sub.event_type is EventType.PROTESTS and arrests_before_protest(text):
        return replace(pred, sub_event_type=SubEventType.ARRESTS)
    if sub is SubEventType.ARRESTS and DISAPPEARED.search(text):
        # "soldiers detained a teacher; her family has heard nothing from her since": a detention
        # whose whereabouts are kept from the family is the codebook's forced disappearance
        return replace(pred, sub_event_type=SubEventType.ABDUCTION)
    if (reread := crowd_or_not(pred, text)) is not None:
        retyped = reread.sub_event_type
        return settle(reread, text) if retyped is not None and retyped.event_type not in _CROWD else reread
    deal = cues.DEAL_SIGNED.search(lede) if sub is not None else None
    if deal and not cues.UNREALISED.search(lede, 0, deal.start()):
        # "community leaders signed a peace agreement in Bor, pledging to stop cattle raids": the
        # deal is the news, whatever violence it ends
        return replace(pred, sub_event_type=SubEventType.AGREEMENT)
    if sub is None or sub.event_type not in _CORRECTABLE:
        return pred
    if cues.lede_strategic(text) is SubEventType.OTHER:  # a mass grave found: the finding is the news
        return replace(pred, sub_event_type=SubEventType.OTHER)
    if sub.event_type is not EventType.VIOLENCE_AGAINST_CIVILIANS and (
        PREMATURE.search(text) or drone_downed(text)
    ):
        return replace(pred, sub_event_type=SubEventType.DISRUPTED_WEAPONS_USE)
    if rule_named("prisoner_swap").fires(lede):
        # "the sides swapped 25 detainees on Sunday": the lede's swap, though a later sentence
        # recalls stalled talks (which the rule reads, in the whole text, as a swap only planned)
        return replace(pred, sub_event_type=SubEventType.AGREEMENT)
    if sub is SubEventType.ATTACK and rule_named("aerial_bomb").fires(text):
        # "a glide bomb hit a block of flats": a bomb dropped from the air is an air strike, whoever
        # it hit (the classifier's rule corrects only bomb and shelling readings; over our ACLED
        # notes so worded: Air/drone strike 47, Attack 1)
        return replace(pred, sub_event_type=SubEventType.AIR_DRONE_STRIKE)
    if sub in _TERRITORY and (taken := people_captured(text)) is not None:
        # "troops captured 15 militants": people taken, not ground; by the state an arrest, by an
        # armed group a kidnapping
        return replace(pred, sub_event_type=taken)
    if sub is SubEventType.AIR_DRONE_STRIKE and _GROUND_FIRE.search(text) and not _FROM_THE_AIR.search(text):
        # "a Hamas rocket hit a house": rockets, missiles and shells with nothing flown are shelling
        # (our ACLED notes so worded: Shelling 2,502, Air/drone strike none)
        return replace(pred, sub_event_type=SubEventType.SHELLING)
    if sub in _GROUND_FIGHT and (
        _AERIAL_RAID.search(text) or (_FLOWN_HIT.search(lede) and not _GROUND_FIGHT_WORDS.search(lede))
    ):
        # "troops killed five rebels in a bombing raid": a raid told as bombing is flown
        return replace(pred, sub_event_type=SubEventType.AIR_DRONE_STRIKE)
    if sub is SubEventType.ATTACK and _BARE_STRIKE.search(text) and not _GROUND_FIRE.search(text):
        # "Israeli strikes hit a house": wire copy's bare "strikes" by a state are from the air
        # (ACLED's notes write "air strike"; a ground one names its artillery or missiles)
        return replace(pred, sub_event_type=SubEventType.AIR_DRONE_STRIKE)
    if (
        sub is SubEventType.ATTACK
        or (sub in (SubEventType.OTHER, SubEventType.CHANGE_TO_GROUP) and _TOOK_CAPTIVE.search(lede))
        or (sub is SubEventType.ARMED_CLASH and not _FIGHT.search(text))
    ) and taken_unharmed(text):
        # "gunmen abducted 20 villagers; nobody was killed": over our ACLED notes so told (no
        # harm nor force named), Abduction 322, Attack 6
        return replace(pred, sub_event_type=SubEventType.ABDUCTION)
    if (
        sub in (SubEventType.ARMED_CLASH, SubEventType.CHANGE_TO_GROUP, SubEventType.OTHER)
        and PLACE_TAKEN.search(lede)
        and (territory := next((t for t, _ in pred.ranked[:2] if t in _TERRITORY), None)) is not None
    ):
        # "insurgents swept through Aleppo, taking control of most of the city": the lede's ground
        # taken, where the model's next reading is the taking (who took it decides: sides.recode)
        return replace(pred, sub_event_type=territory)
    if sub in _TERRITORY and POST_OVERRUN.search(lede) and not PLACE_TAKEN.search(text):
        # "JNIM fighters overran an army detachment in Djibo": a post overrun, no town taken, is a
        # battle (our ACLED notes so worded: Armed clash 4, Attack 2, territory 1)
        return replace(pred, sub_event_type=SubEventType.ARMED_CLASH)
    if (
        sub is SubEventType.NON_VIOLENT_TRANSFER
        and FREED_PEOPLE.search(lede)
        and not _PLACE_NAMED.search(lede)
    ):
        # "the NPA freed two soldiers it had held, handing them over to church leaders": people
        # handed back, no ground (a release the codebook leaves to Other)
        return replace(pred, sub_event_type=SubEventType.OTHER)
    if (
        sub is SubEventType.NON_VIOLENT_TRANSFER
        and _FOUGHT_OVER.search(text)
        and not (HANDED.search(text) or UNDER_DEAL.search(lede))
    ):
        # "Ukraine said its troops took Robotyne; Russia said it repelled attacks near it": ground
        # won in a fight is no peaceful handover (who took it decides the kind: sides.recode)
        return replace(pred, sub_event_type=SubEventType.GOVERNMENT_REGAINS_TERRITORY)
    if sub in _TAKEN_GROUND and (
        not (_BLOODSHED.search(_NOT_FOUGHT.sub(" ", without_past(text))) or FOUGHT_TOWARDS.search(text))
        or UNDER_DEAL.search(lede)
    ):
        # "an armed group has taken control of the village and preaches there": no fight told is
        # no battle (ACLED notes of territory with no word of one: transfer 8, taken by force 3)
        return replace(pred, sub_event_type=SubEventType.NON_VIOLENT_TRANSFER)
    if sub in _TERRITORY and not _GROUND_CHANGED.search(without_captives(without_past(text))):
        # "militants stormed a base; troops recovered weapons left behind": no ground changed hands
        # in any words (over our ACLED notes coded as territory, 8 of 122 tell none)
        return replace(pred, sub_event_type=SubEventType.ARMED_CLASH)
    if sub in _TERRITORY and _CONTESTED.search(text) and not _TAKEN.search(text):
        # "troops and militiamen fought for control of the town": ground fought over, not taken
        return replace(pred, sub_event_type=SubEventType.ARMED_CLASH)
    if (
        sub.event_type in (EventType.BATTLES, EventType.REMOTE_VIOLENCE)
        and (HANDED.search(lede) or _POSSESSION.search(lede))
        and not harms_people(text)
        and not _BLOODSHED.search(_NOT_FOUGHT.sub(" ", lede))
    ):
        # "the army took full possession of Air Base 201, which had housed the US drone contingent":
        # a base handed over, whatever weapons its name recalls
        return replace(pred, sub_event_type=SubEventType.NON_VIOLENT_TRANSFER)
    if sub is SubEventType.GRENADE and ARMS_LIST.search(text):  # a grenade among the arms: the fight's
        return replace(
            pred, sub_event_type=next((t for t, _ in pred.ranked if t in _GROUND_FIGHT), SubEventType.ATTACK)
        )
    if sub is SubEventType.SUICIDE_BOMB and bomber_struck(text):
        return replace(pred, sub_event_type=SubEventType.AIR_DRONE_STRIKE)  # a strike on a would-be bomber
    if sub in (SubEventType.ATTACK, SubEventType.REMOTE_EXPLOSIVE) and SELF_BLAST.search(text):
        # "a man who detonated a bomb in his car outside the clinic was killed in the blast"
        return replace(pred, sub_event_type=SubEventType.SUICIDE_BOMB)
    if sub in _TERRITORY and WALLS_REGAINED.search(text) and not PLACE_TAKEN.search(text):
        # "soldiers needed hours to bring the prison back under control": a jail retaken from its
        # inmates is no ground changing hands (our ACLED notes of prisons brought under control: riots
        # 5, protest 1, attack 1, territory none); the fight inside is the event
        held = (*_TERRITORY, SubEventType.NON_VIOLENT_TRANSFER)
        return replace(
            pred, sub_event_type=next((t for t, _ in pred.ranked if t not in held), SubEventType.ARMED_CLASH)
        )
    if sub is SubEventType.ATTACK and _DEVICE.search(without_past(text)):
        # "a mine planted on the road destroyed a truck": the device did the harm (our ACLED
        # notes naming one: remote explosive 276, Attack 3; a booby-trapped body is no such device)
        return replace(pred, sub_event_type=SubEventType.REMOTE_EXPLOSIVE)
    if sub in (SubEventType.CHANGE_TO_GROUP, SubEventType.OTHER, SubEventType.HEADQUARTERS_ESTABLISHED) and (
        (HANDED.search(text) and any(t is SubEventType.NON_VIOLENT_TRANSFER for t, _ in pred.ranked))
        or (
            _ENTERED.search(lede)
            and _NOT_FOUGHT.search(lede)
            and not _BLOODSHED.search(_NOT_FOUGHT.sub(" ", lede))
        )
    ):
        # "troops moved into the town after the SDF pulled back; no shots were fired during the
        # handover", "gang members rode into the town without a shot being fired"
        return replace(pred, sub_event_type=SubEventType.NON_VIOLENT_TRANSFER)
    kind = cues.lede_strategic(text)
    # people displaced, nothing done to anyone (but "set up a base to protect displaced people"), or
    # a mass grave found: the finding is the news, its dead are not coded to it
    if (displacement_only(text) and kind is None) or kind is SubEventType.OTHER:
        return replace(pred, sub_event_type=SubEventType.OTHER)
    # a post set up or a group's change is the news whatever war its setting names ("its forces are
    # fighting the PKK")
    told = lede if kind in (SubEventType.HEADQUARTERS_ESTABLISHED, SubEventType.CHANGE_TO_GROUP) else text
    if (
        kind
        in (
            SubEventType.DISRUPTED_WEAPONS_USE,
            SubEventType.CHANGE_TO_GROUP,
            SubEventType.HEADQUARTERS_ESTABLISHED,
            SubEventType.ARRESTS,
        )
        and not harms_people(text)
        and not _FIGHT.search(_INTENDED.sub(" ", told))
    ):
        return replace(pred, sub_event_type=kind)
    if sub is SubEventType.DISRUPTED_WEAPONS_USE and _LAUNCHED.search(text):
        return _unless_strategic(pred)
    if (sub in _BOMBS and bomb_never_used(text)) or (sub is SubEventType.ARMED_CLASH and arrests_only(text)):
        return replace(
            pred, sub_event_type=SubEventType.ARRESTS
        )  # "arrested four militants; a vest was seized"
    if sub is SubEventType.DISRUPTED_WEAPONS_USE and arrested_with_arms(lede):
        return replace(pred, sub_event_type=SubEventType.ARRESTS)  # the arms a detail of the arrest
    if sub is SubEventType.ARRESTS and _MARCHERS.search(text) and not _NOT_YET.search(text):
        # "police arrested 45 people ... holding placards, they walked towards Parliament": the
        # arrested marched; their march broken up is the event (ACLED: protest with intervention)
        return replace(pred, sub_event_type=SubEventType.PROTEST_WITH_INTERVENTION)
    if _strategic(sub) and protest_lede(text):
        crowd = next((t for t, _ in pred.ranked if t.event_type in _CROWD), None)
        if crowd is not None:
            return replace(pred, sub_event_type=crowd)
    if _strategic(sub) and harms_people(text):
        return _unless_strategic(pred)
    return pred


_DEVICE = re.compile(
    r"\b(?:land ?mines?|IEDs?|improvised explosive|roadside bombs?|explosive devices?|"
    r"mines? (?:planted|laid|buried)|(?:hit|struck|stepped on|ran over|drove over) an? (?:land)?mine)\b",
    re.I,
)
_TERRITORY = (SubEventType.NON_STATE_OVERTAKES_TERRITORY, SubEventType.GOVERNMENT_REGAINS_TERRITORY)
_BOMBS = (SubEventType.SUICIDE_BOMB, SubEventType.REMOTE_EXPLOSIVE, SubEventType.GRENADE)
_POSSESSION = re.compile(r"\btook (?:full |formal )?(?:possession|charge) of\b", re.I)
_PLACE_NAMED = re.compile(
    r"\b(?:control|territory|bases?|posts?|positions?|checkpoints?|withdr[ae]w\w*|pulled out|took over)\b",
    re.I,
)
_ENTERED = re.compile(
    r"\b(?:entered|rode into|moved into|marched into|walked into|drove into|rolled into|took (?:over|control of))\b",
    re.I,
)
# words for a fight, shared by the readings below
_FIGHT_CORE = r"clash\w*|fighting|fought|battl\w+|repel\w*"
# ground fought over, not handed over ("without a fight" is none)
_FOUGHT_OVER = re.compile(
    rf"(?<!without )(?<!without a )(?<!no )\b(?:{_FIGHT_CORE}|counter-?offensive|assaults?|shelling|encircle\w*)\b",
    re.I,
)
_GROUND_FIGHT = (SubEventType.ARMED_CLASH, SubEventType.ATTACK)
# "a Turkish drone struck a vehicle, killing three PKK members": the harm flown, no fight on the
# ground told (over our ACLED notes so worded: Air/drone strike 64, Armed clash 2)
_FLOWN_HIT = re.compile(
    r"\b(?:drones?|air ?strikes?|airstrikes?|warplanes?|(?:fighter |military )?jets?|helicopter gunships?|air raids?)\b[^.]{0,50}"
    r"\b(?:struck|hit|targeted|bombed|killed|killing|destroyed|attacked)\b|\b(?:struck|hit|targeted|bombed) by "
    r"(?:an? )?(?:\w+ )?(?:drones?|air ?strikes?|warplanes?)\b",
    re.I,
)
_GROUND_FIGHT_WORDS = re.compile(
    rf"\b(?:{_FIGHT_CORE}|gunfight|exchange[sd]? of fire|exchanged fire|ambush\w*|firefight|engag\w+|shootout|ground)\b",
    re.I,
)
_AERIAL_RAID = re.compile(r"\b(?:bombing raids?|aerial (?:bombardments?|bombings?|raids?|attacks?))\b", re.I)
_GROUND_FIRE = re.compile(
    r"\b(?:rockets?|missiles?|mortars?|shell(?:s|ed|ing)?|artillery|grads?|katyushas?)\b", re.I
)
_BARE_STRIKE = re.compile(
    r"\b(?:(?:[A-Z][a-z]+|U\.?S\.?)(?:-led|-backed)?|coalition|army|military|government|regime|enemy) strikes?\b"
    r"(?! (?:action|over|against (?:the )?(?:government|price|tax)))|\b[Ss]trikes? (?:on|hit|hits|killed|kills|targeted|pounded)\b"
)
_FROM_THE_AIR = re.compile(
    r"\b(?:air|airstrikes?|aerial|drones?|UAVs?|jets?|warplanes?|aircraft|helicopters?|planes?|aviation|"
    r"bomb(?:ed|ing|s|ers?)?|airplanes?|fighter|sorties?|gunships?)\b",
    re.I,
)
_CONTESTED = re.compile(
    r"\b(?:fought|fight(?:s|ing)?|battl\w+|clash\w*|vie[ds]?|vying|struggl\w+|contest\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:for|over)\s+(?:the\s+)?control\b",
    re.I,
)
_TAKEN = re.compile(
    r"\b(?:seiz\w+|captur\w+|recaptur\w+|retook|retaken|overr[au]n|took (?:over|control)|"
    r"tak(?:en|es|ing) (?:over|control)|(?:gained|regained|wrested|assumed|in) control|withdr[ae]w\w*|"
    r"pulled out|fell to|entered)\b",
    re.I,
)
# any words for ground changing hands, however told
_GROUND_CHANGED = re.compile(
    _TAKEN.pattern[:-3]
    + r"|regain\w*|reclaim\w*|(?-i:liberat\w*)|drove (?:\w+ ){0,3}out|expel\w*|reoccup\w*|occup\w*|"
    r"control\w*|took(?! place| part)|retak\w*|advance\w*|push\w* (?:\w+ ){0,2}(?:out|back)|clear\w*|establish\w*|set up|"
    r"hoist\w*|raised|overt(?:ook|aken)|take over|gain\w* (?:the )?territory|recover\w* (?:the )?territory|abandon\w*)\b",
    re.I,
)


def _unless_strategic(pred: Prediction) -> Prediction:
    """The model's likeliest reading that is no strategic development, if it ranked one."""
    violent = next((t for t, _ in pred.ranked if not _strategic(t)), None)
    return pred if violent is None else replace(pred, sub_event_type=violent)
