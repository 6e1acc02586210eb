"""Whether a crowd's event is one: a reading of a protest or a riot that names only armed men, a
crowd read as a battle when it attacked the forces, and an armed group's "strike" read as workers'.

Read by :func:`vigil.extract.strategic.settle`; kept apart to keep each module small.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from vigil.extract import cues
from vigil.extract.harmwords import DEMONSTRATION_RE
from vigil.taxonomy import EventType, SubEventType

if TYPE_CHECKING:
    from vigil.extract.classify import Prediction

_CROWD = frozenset({EventType.PROTESTS, EventType.RIOTS})
_ARMED_MEN = re.compile(
    r"\b(?:gunm[ae]n|armed (?:men|individuals|assailants|bandits)|kidnappers|abductors|militants|jihadists|"
    r"insurgents|rebels|bandits)\b",
    re.I,
)
_CROWD_WORDS = re.compile(
    r"\b(?:protest\w*|demonstrat\w+|riot\w*|mobs?|crowds?|residents|youths?|villagers|students|supporters|workers|"
    r"marchers|locals|traders|angry|lynch\w*|people|inhabitants|community|members)\b",
    re.I,
)
_PROTEST_WORDS = re.compile(
    r"\b(?:protest\w*|demonstrat\w+|march\w*|rall(?:y|ies)|sit-ins?|placards|slogans|chant\w*|strik\w+)\b",
    re.I,
)
_CROWD_ON_FORCES = re.compile(
    r"\b(?:supporters|protesters|demonstrators|rioters|mobs?|crowds?)\b[^.;]{0,120}?\b(?:attacked|stormed|stoned|"
    r"assaulted|ambushed|pelted)\b[^.;]{0,30}?\b(?:police|policemen|officers|soldiers|troops|gendarmes|security forces)\b",
    re.I,
)
# forces broke up a crowd that did nothing violent: over our ACLED notes so told, Protest with
# intervention 204, Violent demonstration 34, Mob violence 4
_DISPERSED = re.compile(
    r"\b(?:police|security forces|gendarmes|soldiers|troops|officers|riot police|army)\b[^.;]{0,60}?"
    r"\b(?:fired tear ?gas|used tear ?gas|lobbed tear ?gas|dispersed|broke up|break up|disperse)\b",
    re.I,
)
_CROWD_VIOLENT = re.compile(
    r"\b(?:threw|hurled|pelted|ston(?:ed|es|ing)|burn\w*|torch\w*|set fire|loot\w*|attack\w*|clash\w*|"
    r"vandali\w*|smash\w*|rampag\w*|barricad\w*|block\w*|damag\w*|destroy\w*|assault\w*|beat\w*|lynch\w*|"
    r"kill\w*|injur\w*|wound\w*|violen\w*|fight\w*|fought|brawl\w*|scuffl\w*|belligerent\w*)\b",
    re.I,
)
_NO_HARM = re.compile(r"\bno (?:one|body|casualt\w+|injur\w+|deaths?)\b[^.;]*", re.I)
_BLOCKADE = re.compile(
    r"\bblock(?:ed|ing|ade|ades)\b[^.;]{0,30}?\b(?:roads?|highways?|streets?|routes?)\b", re.I
)


def crowd_or_not(pred: Prediction, text: str) -> Prediction | None:
    """``pred`` retyped where its crowd reading, or its battle reading of a crowd, is wrong; None
    where it stands.

    - Armed men and no crowd ("gunmen stopped a bus and marched 17 passengers into the forest"),
      or no protest ("gunmen fired on mourners at a night vigil"): over our ACLED notes so told,
      a crowd's event 4 of 2,593, a protest 4 of 2,545. The model's reading of harm to civilians,
      where it has one (else the sides decide: :func:`vigil.extract.sides.recode`).
    - A crowd that attacked the forces ("supporters of the former president attacked a police
      unit clearing the road"): over our ACLED notes so told, violent demonstration 23, mob 19,
      battle 1.
    - An armed group's strike ("the ELN declared an armed strike"): its change of activity.
    - A crowd that did nothing violent, broken up by the forces: a protest with intervention.
    """
    sub = pred.sub_event_type
    if sub is None:
        return None
    if sub.event_type in _CROWD:
        if cues.lede_strategic(text) is SubEventType.CHANGE_TO_GROUP:
            return replace(pred, sub_event_type=SubEventType.CHANGE_TO_GROUP)
        calm = _NO_HARM.sub(" ", cues.without_denials(text))  # "no injuries were reported" tells none
        if sub is SubEventType.MOB_VIOLENCE and _DISPERSED.search(text) and not _CROWD_VIOLENT.search(calm):
            return replace(pred, sub_event_type=SubEventType.PROTEST_WITH_INTERVENTION)
        crowd = _CROWD_WORDS if sub.event_type is EventType.RIOTS else _PROTEST_WORDS
        if _ARMED_MEN.search(text) and not crowd.search(text):
            harm = next(
                (t for t, _ in pred.ranked if t.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS), None
            )
            return replace(pred, sub_event_type=harm) if harm is not None else None
        return None
    if sub in (SubEventType.ARMED_CLASH, SubEventType.ATTACK) and _CROWD_ON_FORCES.search(text):
        riot = DEMONSTRATION_RE.search(text) or _BLOCKADE.search(text)
        return replace(
            pred, sub_event_type=SubEventType.VIOLENT_DEMONSTRATION if riot else SubEventType.MOB_VIOLENCE
        )
    return None


__all__ = ["crowd_or_not"]
