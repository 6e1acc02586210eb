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
from vigil.extract.nlp import split_sentences
from vigil.taxonomy import EventType, SubEventType

if TYPE_CHECKING:
    from vigil.extract.classify import Prediction

_CROWD = frozenset({EventType.PROTESTS, EventType.RIOTS})
_ARMED_MEN = re.compile(
    r"\b(?:gunm[ae]n|armed (?:men|individuals|assailants|bandits)|kidnappers|abductors|militants|jihadists|"
    r"insurgents|rebels|bandits|dissidents|guerrillas|militiamen)\b",
    re.I,
)
# armed men firing from afar ("FARC dissidents fired improvised gas-cylinder bombs at the police
# station"): no crowd's riot, whoever hid from it
_LOBBED = re.compile(
    r"\b(?:fired|launched|lobbed)\b[^.;]{0,40}?\b(?:(?:gas[- ])?cylinder bombs?|mortars?|mortar (?:rounds|shells|bombs)|"
    r"rockets?|shells|(?:improvised|homemade|home-made) (?:projectiles|bombs|explosives))\b",
    re.I,
)
_MOB_ACTS = re.compile(
    r"\b(?:crowd|mob)s?\b[^.;]{0,80}?\b(?:attacked|stormed|vandali[sz]ed|set fire|torched|burn(?:ed|t)|lynched|"
    r"beat|looted|ransacked)\b",
    re.I,
)
_STRUCK = re.compile(r"\bstrik(?:e|es|ing) (?:a|an|the|at)\b", re.I)  # a blow, not a walkout
_CROWD_NAMED = re.compile(r"\b(?:protest\w*|demonstrat\w+|riot\w*|mobs?|crowds?)\b", re.I)
_CROWD_WORDS = re.compile(
    r"\b(?:protest\w*|demonstrat\w+|riot\w*|mobs?|crowds?|residents|youths?|villagers|students|supporters|workers|"
    r"marchers|locals|traders|angry|lynch\w*|people|inhabitants|community|members)\b",
    re.I,
)
# a protest only asked for or planned ("shared online calls for a demonstration"), not held
_CALLED_FOR = re.compile(
    r"\b(?:calls?|called|calling|appeals?|appealed|urg\w+|plann\w+|invitations?|posts?)\s+(?:online\s+)?(?:for|to)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:demonstrations?|protests?|marches|rall(?:y|ies)|strikes?)\b",
    re.I,
)
_ARRESTED = re.compile(r"\b(?:arrested|detained|rounded up|picked up)\b", re.I)
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
        if (told := cues.lede_strategic(text)) in (SubEventType.CHANGE_TO_GROUP, SubEventType.ARRESTS):
            # a group's change, or a public figure's arrest with no crowd broken up ("on charges
            # linked to violence at a party rally" names the rally, not a crowd there now)
            return replace(pred, sub_event_type=told)
        calm = _NO_HARM.sub(" ", cues.without_denials(text))  # "no injuries were reported" tells none
        if sub.event_type is EventType.PROTESTS and _MOB_ACTS.search(text) and not _ARMED_MEN.search(text):
            # "crowds attacked shops, cars and homes belonging to Syrians": the crowd's own violence
            # makes it a riot, whatever the police did after
            riot = DEMONSTRATION_RE.search(next(iter(split_sentences(text)), text))
            return replace(
                pred, sub_event_type=SubEventType.VIOLENT_DEMONSTRATION if riot else SubEventType.MOB_VIOLENCE
            )
        if sub is SubEventType.MOB_VIOLENCE and _DISPERSED.search(text) and not _CROWD_VIOLENT.search(calm):
            return replace(pred, sub_event_type=SubEventType.PROTEST_WITH_INTERVENTION)
        if _ARMED_MEN.search(text) and _LOBBED.search(text) and not _CROWD_NAMED.search(text):
            return replace(pred, sub_event_type=SubEventType.SHELLING)
        if (
            sub.event_type is EventType.PROTESTS
            and _ARRESTED.search(next(iter(split_sentences(text)), text))
            and _CALLED_FOR.search(text)
            and not _PROTEST_WORDS.search(_CALLED_FOR.sub(" ", _STRUCK.sub(" ", text)))
        ):
            # "arrested eight people in dawn raids ... who had shared calls for a demonstration": the
            # protest was only called for; the arrests are the event
            return replace(pred, sub_event_type=SubEventType.ARRESTS)
        if sub.event_type is EventType.PROTESTS and not (
            _PROTEST_WORDS.search(_STRUCK.sub(" ", text)) or _CROWD_WORDS.search(text)
        ):
            # "police stopped a minibus packed with explosives": no crowd, no protest named
            other = next((t for t, _ in pred.ranked if t.event_type not in _CROWD), None)
            return replace(pred, sub_event_type=other) if other is not None else None
        crowd = _CROWD_WORDS if sub.event_type is EventType.RIOTS else _PROTEST_WORDS
        if _ARMED_MEN.search(text) and not crowd.search(text):
            harm = next(
                (t for t, _ in pred.ranked if t.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS), None
            )
            return replace(pred, sub_event_type=harm) if harm is not None else None
        return None
    lede = next(iter(split_sentences(text)), text)
    if (
        sub in (SubEventType.ARMED_CLASH, SubEventType.ATTACK)
        and _MOB_ACTS.search(lede)
        and not _ARMED_MEN.search(lede)
    ):
        # "a crowd of several hundred people armed with sticks attacked a shrine": a mob's violence
        # (our ACLED notes whose lede so tells: Mob violence 95, a battle or an attack 4)
        riot = DEMONSTRATION_RE.search(lede)
        return replace(
            pred, sub_event_type=SubEventType.VIOLENT_DEMONSTRATION if riot else SubEventType.MOB_VIOLENCE
        )
    if sub in (SubEventType.ARMED_CLASH, SubEventType.ATTACK) and _CROWD_ON_FORCES.search(text):
        riot = DEMONSTRATION_RE.search(text) or _BLOCKADE.search(text)
        return replace(
            pred, sub_event_type=SubEventType.VIOLENT_DEMONSTRATION if riot else SubEventType.MOB_VIOLENCE
        )
    return None


__all__ = ["crowd_or_not"]
