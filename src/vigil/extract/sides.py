"""Whom a violent event sets against whom: the checks that move an event between ACLED types.

The classifier reads wording; these read the sides the registry found and their roles in
the parse (:func:`vigil.extract.roles.score_mentions`), where the codebook draws the line:
violence against civilians needs unarmed victims, and mob violence an unorganised crowd.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from vigil.extract.actors import ActorMention
from vigil.extract.roles import ARMED, score_mentions
from vigil.taxonomy import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Doc

# People a text names as unarmed victims (CODEBOOK: violence against civilians needs them).
_UNARMED_RE = re.compile(
    r"\b(?:civilians?|villagers?|residents?|farmers?|herders?|herdsm[ae]n|pastoralists?|women|woman|"
    r"girls?|boys?|children|child|teachers?|students?|chiefs?|traders?|passengers|worshippers|man|men|"
    r"people|persons?|individuals?|family|families|inhabitants|displaced|miners?|journalists?|priests?|"
    r"imams?|officials?|mayor|councill?ors?|civil servants?)\b",
    re.IGNORECASE,
)


def targets_armed_only(text: str, mentions: Sequence[ActorMention], doc: Doc | None = None) -> bool:
    """Whether the only ones acted upon are armed (soldiers, police, a named armed group).

    CODEBOOK: an armed group attacking state forces or another armed group is a battle (an
    Armed clash) even when one side is taken by surprise; violence against civilians needs
    unarmed victims. A community ("members of the Fulani community") is people, not a militia.
    """
    if _UNARMED_RE.search(text):
        return False
    scored = score_mentions(text, mentions, doc)
    if any(s.mention.actor.type is ActorType.CIVILIANS for s in scored):
        return False
    return any(
        s.agency < 0
        and s.mention.actor.type in ARMED
        and not (
            s.mention.actor.type is ActorType.IDENTITY_MILITIA
            and "communit" in text[s.mention.start : s.mention.end + 15].lower()
        )
        for s in scored
    )


_NON_STATE_ARMED = (ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA)


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
        and "communit" not in text[s.mention.start : s.mention.end + 15].lower()
    }
    named = {g for g in groups if not g.startswith("Unidentified")}
    state = any(s.mention.actor.type is ActorType.STATE_FORCES for s in scored)
    return len(groups) >= 2 or (state and bool(named))
