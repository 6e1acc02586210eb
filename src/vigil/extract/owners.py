"""Who owns the act: a group's claim of responsibility, a blame laid on a group, and the
accused's counter-charge, read from the words and the parse.

Split from :mod:`vigil.extract.agency`, which weighs these with each mention's grammatical role.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from vigil.domain import Actor
from vigil.extract.actors import ActorMention
from vigil.taxonomy import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Token

NON_STATE = (ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA)


# A group that owns the act: "IS claimed responsibility", "claimed by JNIM", "al Shabaab said it
# carried out the bombing", "ISWAP claimed to have killed 12 soldiers". ACLED codes the claimant as
# actor1 (the gunmen a report names are its men; "<group> claimed to have killed/attacked": the
# group is actor1 in 13 of the 15 ACLED notes whose claimant a name match could identify).
_CLAIM_AFTER_RE = re.compile(
    r"^\)?\s*(?:\([^)]*\)\s*)?(?:(?:[\w-]+\s+)?(?:group|movement|militants|fighters|insurgents|jihadists|rebels)\b\s*)?"
    # "Islamic State's Khorasan branch claimed": the group's branch speaks for it
    r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:province|branch|affiliate|wing|faction|arm|unit|cell|front|command|bloc|column)\s+)?"
    r"(?:,[^,.;]{1,90},\s*|,\s*)?(?:(?:has|had|have)\s+)?"
    r"(?:(?:later|also|then|quickly|swiftly|promptly|subsequently|reportedly|allegedly)\s+)?(?:"
    r"(?:claimed|claims|took|takes|taken|accepted|admitted)\s+(?:the\s+)?(?:full\s+)?(?:responsibility|credit)\b"
    r"|(?:claimed|claims)\s+(?:the|this|that|an?|its|their)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|"
    r"killings?|assaults?|ambush(?:es)?|raids?|strikes?|explosions?|massacres?|shootings?|assassinations?|"
    r"operations?|abductions?|kidnappings?|arson)\b"
    r"|(?:claimed|claims)\s+(?:on\s+[^.;]{0,30}?\s+)?(?:to\s+have|(?:that\s+)?(?:it|they)(?:\s+(?:had|has|have))?)\s+"
    r"(?:killed|attacked|ambushed|shot down|downed|destroyed|targeted|carried out|executed|beheaded|captured|abducted|"
    r"kidnapped|planted|detonated)\b"
    # "said in a statement carried by its radio that the blast had killed eight soldiers": a
    # group that tells its bomb's toll owns the bomb
    r"|said\s+(?:in\s+an?\s+(?:statement|video|communiqu\w+|post)\s+(?:[^.;]{0,60}?\s+)?)?(?:that\s+)?"
    r"the\s+(?:blast|bombing|explosion|ambush|suicide\s+(?:attack|bombing)|martyrdom\s+operation)\s+"
    r"(?:had\s+|has\s+)?(?:killed|left)\b"
    r"|said\s+(?:in\s+an?\s+(?:statement|video|communiqu\w+|post)\s+(?:[^.;]{0,60}?\s+)?|on\s+[^.;]{0,30}?\s+)?(?:that\s+)?"
    r"(?:it|they|its (?:fighters|men|militants))\s+(?:(?:had|has|have)\s+(?:been\s+)?)?"
    r"(?:carried out|was behind|were behind|behind|staged|launched|conducted|perpetrated|mounted|killed|attacked|"
    r"targeted|ambushed|bombed|destroyed|shot down|clashed|(?:was|were|is|are) holding|held|abducted|kidnapped|"
    r"planted|detonated|set off|overran|captured|seized|fired (?:on|at|upon)|shelled)\b)",
    re.IGNORECASE,
)
_CLAIM_BEFORE_RE = re.compile(
    r"\b(?:claimed|responsibility was claimed)\s+by\s+(?:the\s+)?$|"
    # "one source said, attributing it to JNIM fighters": a source's attribution of the act
    r"\battribut(?:ing|ed)\s+(?:it|them|the\s+(?:attacks?|raids?|killings?|ambush|abduction|kidnapping|aggression|"
    r"violence|bombing|blast|assault|shooting|massacre))\s+to\s+(?:the\s+)?"
    # "attributed the aggression to cells of the CJNG": the group whose men did it
    r"(?:(?:cells?|members?|fighters?|militants?|gunmen|elements?|men)\s+(?:of|from)\s+(?:the\s+)?)?$|"
    # "the kidnappers said they were separatist fighters": the doers naming themselves
    r"\b(?:kidnappers|abductors|attackers|assailants|gunmen|captors)\s+(?:\w+\s+){0,4}?said\s+(?:that\s+)?"
    r"(?:they|it)\s+(?:were|was)\s+(?:an?\s+|the\s+)?$|"
    # "the kidnappers identified themselves as members of the Oromo Liberation Army"
    r"\b(?:kidnappers|abductors|attackers|assailants|gunmen|captors|they)\s*(?:,[^,.;]{1,60},\s*)?(?:had\s+)?"
    r"(?:identified|introduced|presented)\s+"
    r"themselves\s+as\s+(?:(?:members|fighters|militants|men)\s+of\s+)?(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
# a claim of other acts ("... for similar attacks", "a separate attack") or of another year's
# ("In 2019, Boko Haram claimed ...") is background: it names no side of this event
_OTHER_ACTS_RE = re.compile(
    r"^[^.;]{0,80}?\b(?:similar|separate|previous|earlier|past|other|many|several|numerous|such|most)\s+"
    r"(?:\w+\s+)?(?:attacks?|bombings?|killings?|incidents?|raids?|kidnappings?)\b",
    re.IGNORECASE,
)
_ANOTHER_TIME_RE = re.compile(
    r"\b(?:(?:19|20)\d\d|previously|in the past|last year)\b[^.;]{0,30}$", re.IGNORECASE
)


def claims_act(text: str, m: ActorMention) -> bool:
    """Whether the named non-state group ``m`` claims the act as its own."""
    if m.actor.type not in NON_STATE or m.actor.name.startswith("Unidentified"):
        return False
    if _ANOTHER_TIME_RE.search(text[max(0, m.start - 40) : m.start]):
        return False
    after = _CLAIM_AFTER_RE.match(text[m.end : m.end + 160])
    if after is not None:
        return not _OTHER_ACTS_RE.match(text[m.end + after.end() : m.end + after.end() + 100])
    return bool(_CLAIM_BEFORE_RE.search(text[max(0, m.start - 130) : m.start]))


def claimant(text: str, mentions: Sequence[ActorMention]) -> Actor | None:
    """The named armed group that claims the act, if one does."""
    return next((m.actor for m in mentions if claims_act(text, m)), None)


def denier_blames(verb: Token) -> bool:
    """ "X denied responsibility and blamed Y": the accused's counter-charge names no attacker."""
    while verb.dep_ == "dobj":
        verb = verb.head
    if verb.dep_ != "conj":
        return False
    first = verb.head  # "denied [that the army had attacked] and blamed ...": the denied clause
    return first.lower_ in _DENY or (first.dep_ == "ccomp" and first.head.lower_ in _DENY)


_DENY = frozenset(("denied", "denies", "deny", "rejected", "rejects"))


_SUSPICION = frozenset(("suspicion", "suspicions", "blame", "finger", "responsibility", "fingers"))


def blamed_on(prep: Token) -> bool:
    """ "blamed on the ADF", "blamed the attack on the Taliban", "suspicion fell on JNIM",
    "pointed the finger at IS": the preposition names whom the act is laid on."""
    if prep.lower_ not in ("on", "at"):
        return False
    verb = prep.head
    if verb.dep_ == "dobj" and verb.lower_ not in _SUSPICION:
        verb = verb.head  # "blamed [the attack] on"
    if verb.lower_.startswith("blam"):
        return prep.lower_ == "on"
    return any(c.dep_ in ("nsubj", "dobj") and c.lower_ in _SUSPICION for c in verb.children) and verb.lower_ in (
        "fell", "falls", "fall", "rests", "rested", "pointed", "points", "point", "placed", "laid", "put"
    )  # fmt: skip


# "a man accused of spying for ADF rebels", "suspected of links to Boko Haram": a group named as
# what someone is accused of serving is no side of the event
_ACCUSED_LINK_RE = re.compile(
    r"\b(?:(?:accused|suspected|charged)\s+of|on\s+suspicion\s+of)\s+(?:\w+\s+){0,3}?"
    r"(?:for|with|to)\s+(?:the\s+)?$",
    re.I,
)


_PUT_TOLL_RE = re.compile(
    r"\s+(?:put|puts|putting|placed|places|estimated|estimates|gave|gives)\s+(?:the|its|a)\s+(?:death\s+)?"
    r"(?:toll|number of (?:dead|deaths|casualties)|casualty (?:figure|count))\b",
    re.IGNORECASE,
)


def named_only(text: str, start: int, end: int) -> bool:
    """The actor named at ``start:end`` tells the toll ("the army put the toll at 12") or is what
    someone is accused of serving ("a man accused of spying for ADF rebels"): no side of the act."""
    return bool(_PUT_TOLL_RE.match(text, end) or _ACCUSED_LINK_RE.search(text, max(0, start - 60), start))


def named_culprit(
    text: str, actor: Actor, mentions: Sequence[ActorMention], *, claimed: bool = True
) -> Actor | None:
    """The named group an unnamed side (``actor``) is: the one the text blames, that claims the act
    (``claimed``: for the perpetrator), or that the armed men are "believed to belong to" or
    "described as fighters of"; None when none or several are."""
    if not actor.name.startswith(_UNNAMED):
        return None
    named = {
        m.actor.name: m.actor
        for m in mentions
        if m.actor.type in _NAMED_KINDS
        and not m.actor.name.startswith(_UNNAMED)
        and (
            (claimed and claims_act(text, m))
            or _BELONG_RE.search(text, max(0, m.start - 70), m.start)
            or _MEN_OF_RE.match(text, m.start)  # the mention "Gunmen from the Viv Ansanm coalition"
        )
    }
    return next(iter(named.values())) if len(named) == 1 else None


_MEN_OF_RE = re.compile(r"(?:gunm[ae]n|fighters|militants|attackers|assailants)\s+(?:from|of)\b", re.I)
_UNNAMED = ("Unidentified Armed Group", "Unidentified Gang", "Islamist Militia")
_NAMED_KINDS = (ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA)
_BELONG_RE = re.compile(
    r"(?:\b(?:believed|thought|suspected|said|reported)\s+to\s+(?:belong\s+to|be\s+(?:members?\s+of|from|with))|"
    r"\bbelonging\s+to|"
    r"\bdescribed\s+as\s+(?:\w+\s+)?(?:fighters|members|militants|elements)\s+(?:of|from)|"
    # "Gunmen from the banned Baloch Liberation Army blocked the highway"
    r"\b(?:gunm[ae]n|fighters|militants|attackers|assailants)\s+(?:from|of)(?:\s+the\s+(?:banned|outlawed|proscribed))?|"
    # "residents said the kidnappers were JNIM fighters", "survivors identified them as 3R elements"
    r"\b(?:kidnappers|abductors|attackers|assailants|gunm[ae]n|raiders|killers|culprits|perpetrators)\s+(?:were|was)"
    r"(?:\s+(?:members|fighters|militants|elements)\s+(?:of|from))?|"
    r"\bidentified\s+(?:them|the\s+\w+)\s+as(?:\s+(?:members|fighters|militants|elements)\s+(?:of|from))?|"
    # "investigators suspect members of the MS-13 gang"
    r"\b(?:suspect|suspects|suspected|believe|believed|blame)\s+(?:members|fighters|militants|elements|gunmen)\s+(?:of|from)|"
    r"(?<!previously )(?<!also )\b(?:blamed|blaming|attributed\s+(?:it|the\s+\w+)\s+to))"
    r"\s+(?:the\s+)?(?:so-called\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)

__all__ = ["NON_STATE", "blamed_on", "claimant", "claims_act", "denier_blames", "named_only"]
