"""Who acts and who is acted upon: each actor mention's role in its sentence.

The grammatical role of a mention comes from spaCy's dependency parse when a ``Doc`` is
given (subject or passive agent of a verb acts; object, passive subject or "with" clashes is
acted upon), and from word order and "by" otherwise. Mentions conjoined by "and" or "backed
by" are allies; the two ends of "between" or of a clash are opponents. Choosing actor1 and
actor2 from these scores is :mod:`vigil.extract.roles`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vigil.domain import Actor
from vigil.extract.actor_nouns import VAGUE_PRESS_RE
from vigil.extract.actors import ActorMention
from vigil.extract.listed_sides import CLASH_RE, clashes_next
from vigil.extract.nlp import sentence_spans
from vigil.extract.owners import NON_STATE, blamed_on, claimant, claims_act, denier_blames, named_only
from vigil.extract.speakers import DEFEND_RE, SAY_VERBS, VIOLENT_RE, WITNESS, misparsed_source, speaker
from vigil.extract.verbshapes import (
    AIMED_AT_RE,
    DIE,
    EARLIER_ACT_RE,
    OBSERVE_RE,
    PEACEMAKER_RE,
    REMAINS_OF_RE,
    VOW_RE,
    came_under,
    headline_passive,
    inquiry,
    only_saw,
    own_clause,
    own_subject,
    returns_fire,
)
from vigil.taxonomy import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DISTANCED = frozenset(("distanced", "distances", "dissociated", "disassociated", "dissociates"))
_SELVES = frozenset(("itself", "themselves", "himself"))
_HEDGES = frozenset(("presumed", "suspected", "alleged", "supposed", "purported"))
_PATIENT_PREPS = frozenset({"against", "on", "at", "targeting"})
_GROUP_NOUNS = frozenset(
    (
        "group",
        "groups",
        "members",
        "member",
        "number",
        "dozens",
        "hundreds",
        "scores",
        "band",
        "gang",
        "team",
        "unit",
        "contingent",
        "elements",
        "detachment",
        "squad",
        "patrol",
        "convoy",
        "crowd",
        "mob",
        # "fighters of the STC took over", "killing two soldiers of the 5th brigade": the men's role
        "fighters",
        "militants",
        "militiamen",
        "gunmen",
        "rebels",
        "troops",
        "soldiers",
        "men",
        "units",
        "supporters",
    )
)
_ALLY_RE = re.compile(
    r"\b(?:and|alongside|together with|with the support of|supported by|backed by|assisted by|accompanied by|"
    r"jointly with|in coordination with)(?:\s+(?:the|its|their))?\s*$",
    re.IGNORECASE,
)
_SUPPORT_RE = re.compile(
    r"\b(?:alongside|together with|with the support of|supported by|backed by|assisted by|jointly with|"
    r"in coordination with)(?:\s+(?:the|its|their))?\s*$",
    re.IGNORECASE,
)
_BY_RE = re.compile(
    r"\bby\s+(?:suspected\s+|presumed\s+|alleged\s+|the\s+|a\s+|an\s+|some\s+)*$", re.IGNORECASE
)
_PASSIVE_RE = re.compile(
    r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+\s+){0,2}\w+(?:ed|en|t)\b", re.IGNORECASE
)
_ESCORT_RE = re.compile(r"^(?:escort|guard|protect|accompan)")
_ATTACK_NOUN_RE = re.compile(
    r"^(?:(?:air)?raids?|(?:air|drone)?strikes?|attacks?|shelling|bombardments?|bombings?|offensives?|"
    r"assaults?|gunfire|artillery|rockets?|missiles?|ambush(?:es)?|operations?|incursions?)$"
)


@dataclass(frozen=True, slots=True)
class Scored:
    """One mention with its role: how strongly it acts, whom it is allied with, where it is."""

    mention: ActorMention
    agency: int  # > 0 acts, < 0 is acted upon, 0 unknown
    ally_of: int  # index of the mention it is conjoined with, or -1
    sentence: int


def score_mentions(text: str, mentions: Sequence[ActorMention], doc: Doc | None = None) -> list[Scored]:
    """Each mention with its agency (acts > 0, acted upon < 0) and the mention it is allied to."""
    return _score(text, _corefer(mentions, text), doc)


_PEOPLE = (ActorType.CIVILIANS, ActorType.PROTESTERS, ActorType.RIOTERS)


def home_country(mentions: Sequence[ActorMention]) -> str | None:
    """The country of the first side that has one: armies and most armed groups fight at home."""
    for m in mentions:
        actor = m.actor
        if actor.country and actor.type in (ActorType.STATE_FORCES, *NON_STATE):
            return actor.country
    return None


def _corefer(mentions: Sequence[ActorMention], text: str = "") -> list[ActorMention]:
    """ "JNIM militants attacked ... the militants killed": a later generic armed noun is the named
    group; so is every one when a group claims the act ("gunmen ... IS claimed responsibility")."""
    out: list[ActorMention] = []
    owner = claimant(text, mentions) if text else None
    named: Actor | None = owner
    # "after rebels opened fire on an army post ... The TPNPB said": unnamed rebels are the one
    # rebel group the text names, even after them
    rebels = {m.actor.name: m.actor for m in mentions if m.actor.type is ActorType.REBEL_GROUP}
    sole_rebel = next(iter(rebels.values())) if len(rebels) == 1 else None
    for m in mentions:
        actor = m.actor
        rebel_noun = _REBEL_NOUN_RE.fullmatch(actor.mention or "") is not None
        if rebel_noun and actor.name.startswith("Unidentified Armed Group") and (named or sole_rebel) is None:
            continue  # "talks on evacuating the rebels": rebels no group names are no side of their own
        if (
            actor.name.startswith(("Unidentified Armed Group", "Unidentified Gang ("))
            and (named or (sole_rebel if rebel_noun else None)) is not None
            and not _RIVAL_RE.search(text, max(0, m.start - 12), m.start)  # "rival gunmen": another group
        ):
            group = named or sole_rebel
            assert group is not None
            actor = Actor(name=group.name, type=group.type, country=group.country, mention=actor.mention)
            m = ActorMention(actor=actor, start=m.start, end=m.end)
        elif (
            actor.type in NON_STATE
            and named is not None
            and actor.name != named.name
            and actor.type is named.type
            and VAGUE_PRESS_RE.fullmatch(actor.mention or "") is not None
            and not (named.mention or "").islower()
        ):
            # "ISWAP fighters attacked ..., killing 20 insurgents": a vague press name the
            # registry reads as the country's usual group is the group just named
            actor = Actor(name=named.name, type=named.type, country=named.country, mention=actor.mention)
            m = ActorMention(actor=actor, start=m.start, end=m.end)
        elif (
            actor.type is ActorType.STATE_FORCES
            and out
            and out[-1].actor.type is ActorType.STATE_FORCES
            and _THEIR_RE.search(text, max(0, m.start - 8), m.start) is not None
        ):
            # "three police officers were wounded when a bomb hit their patrol": the patrol is theirs
            last = out[-1].actor
            actor = Actor(name=last.name, type=last.type, country=last.country, mention=actor.mention)
            m = ActorMention(actor=actor, start=m.start, end=m.end)
        elif actor.type in NON_STATE and not actor.name.startswith("Unidentified") and owner is None:
            named = actor
        out.append(m)
    return out


_REBEL_NOUN_RE = re.compile(
    r"(?:the )?(?:rebels?|rebel fighters|guerrillas?|guerrilla fighters)", re.IGNORECASE
)
_RIVAL_RE = re.compile(r"\b(?:rival|opposing|another|other)\s+$", re.IGNORECASE)
_THEIR_RE = re.compile(r"\btheir\s+$", re.IGNORECASE)  # a force's own men or unit, named after it


_ATTACKER_WORD_RE = re.compile(r"\b(?:assailants?|attackers?)$", re.IGNORECASE)
# "jihadists linked to al Qaeda and Islamic State are active in the area", "the region is a
# stronghold of al Shabaab": who is around, told apart from any act; its groups are no side
_PRESENCE_RE = re.compile(
    r"\b(?:(?:are|is|was|were|been|remain|remains)\s+(?:\w+\s+)?(?:active|present|operating)\b"
    r"|operates?\s+(?:in|across|throughout)\b|stronghold|bastion|hotbed)",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[A-Za-z]+")
_ACCORDING_RE = re.compile(r"\baccording to\b[^.;:,]*$", re.IGNORECASE)
_AGENT_NOUN_RE = re.compile(r"(?:ers?|ors?|ists?)$", re.IGNORECASE)  # "fighters", "raiders": who, not what


def _presence_only(sentence: str) -> bool:
    """A sentence that tells only who is present in the area, and of no act."""
    return bool(_PRESENCE_RE.search(sentence)) and not any(
        VIOLENT_RE.match(w) and not _AGENT_NOUN_RE.search(w) for w in _WORD_RE.findall(sentence)
    )


def _score(text: str, mentions: list[ActorMention], doc: Doc | None) -> list[Scored]:
    bounds = _sentence_bounds(text, doc)
    out: list[Scored] = []
    for i, m in enumerate(mentions):
        sentence = sum(1 for b in bounds if b <= m.start) - 1
        agency, ally = _agency_from_doc(m, mentions, doc) if doc is not None else _agency_from_text(text, m)
        if agency >= 0 and REMAINS_OF_RE.search(text[max(0, m.start - 40) : m.start]):
            agency = -1  # "the body of a soldier was found": the dead man was harmed, he did nothing
        if _ATTACKER_WORD_RE.search(m.actor.mention) and not m.actor.name.startswith("Unidentified"):
            # "the police drove off the assailants", read as the group named before: the word
            # names who attacked, whatever befell them (an unnamed one may be someone else's)
            agency = max(agency, 2)
        if agency <= 0 and _presence_only(
            text[bounds[max(sentence, 0)] : _next_bound(bounds, sentence, text)]
        ):
            agency = WITNESS  # "IS fighters are active in the area": there, not shown to act
        if agency > 0 and EARLIER_ACT_RE.search(text, max(0, m.start - 60), m.start):
            agency = 0  # "..., hours after India fired missiles at Pakistan": the act this one answered
        if _SINCE_BEFORE.search(text, max(0, m.start - 12), m.start):
            agency = WITNESS  # "the deadliest since US forces completed their withdrawal": a time, no side
        if agency < -1 and AIMED_AT_RE.search(text, max(0, m.start - 30), m.start):
            agency = -1  # "a strike targeting bandits hit a market": the market's dead were hit
        if PEACEMAKER_RE.match(text, m.end):
            agency = WITNESS  # "... before security forces intervened": they came to part the sides
        if _ACCORDING_RE.search(text, max(0, m.start - 80), m.start) or named_only(text, m.start, m.end):
            agency = WITNESS  # "..., according to the KIA", "the army put the toll at 12": who tells it
        if claims_act(text, m):
            agency, ally = max(agency, 2), -1  # "..., and IS claimed responsibility": no ally of the dead
        elif ally < 0:
            ally = _ally_from_text(text, mentions, i)
        elif clashes_next(text, m.end):
            # "forces of Armenia and Azerbaijan traded fire": the two listed are opponents, each
            # as much the subject of the clash as the other
            if agency == 0 and ally < len(out):
                agency = out[ally].agency
            ally = -1
        out.append(Scored(m, agency, ally, max(sentence, 0)))
    # an ally shares the agency of the mention it is conjoined with
    return [
        Scored(s.mention, out[s.ally_of].agency if s.ally_of >= 0 and s.agency == 0 else s.agency, s.ally_of,
                s.sentence)
        for s in out
    ]  # fmt: skip


def _next_bound(bounds: list[int], sentence: int, text: str) -> int:
    return bounds[sentence + 1] if 0 <= sentence < len(bounds) - 1 else len(text)


def _sentence_bounds(text: str, doc: Doc | None) -> list[int]:
    if doc is not None:
        return [s.start_char for s in doc.sents] or [0]
    starts = [start for start, _ in sentence_spans(text)]
    return [0, *starts[1:]]


_FIRE_FROM = frozenset(
    ("fire", "gunfire", "attack", "attacks", "shelling", "assault", "came", "come", "comes")
)


def _agency_from_doc(m: ActorMention, mentions: list[ActorMention], doc: Doc) -> tuple[int, int]:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return 0, -1
    tok: Token = span.root
    if misparsed_source(span):
        return WITNESS, -1
    if span.start > 0 and doc[span.start - 1].lower_ == "no":
        return WITNESS, -1  # "no Fano fighters were in the area at the time": said absent
    if len(span) > 1 and _ATTACK_NOUN_RE.match(tok.lower_) and span[0].text[:1].isupper():
        return 2, -1  # "beat back several Russian assaults": the state named on the attack launched it
    appended = False  # reached through an apposition: "Region, two gendarmes killed" is not a subject
    ally = -1
    for _ in range(6):  # climb modifiers and conjuncts to the phrase's role in its clause
        if tok.dep_ == "conj":
            if CLASH_RE.match(tok.head.lower_) or _ATTACK_NOUN_RE.match(tok.head.lower_):
                # "their clashes with the army and Wagner": a misparse joins the second side
                # to the fighting noun, not to the side it is listed with; the text decides
                return 0, -1
            ally = _mention_at(mentions, tok.head.idx)
            tok = tok.head
        elif tok.dep_ in ("compound", "amod", "nmod", "poss", "appos", "nummod") and tok.head is not tok:
            appended = appended or tok.dep_ == "appos"
            tok = tok.head
            if tok.dep_ != "conj" and _ATTACK_NOUN_RE.match(tok.lower_):
                return 2, ally  # "coalition air raids hit ...", "a JNIM attack": it names the attacker
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _GROUP_NOUNS:
            tok = tok.head.head  # "a group of farmers attacked": the group's role is the farmers'
        else:
            break
    if ally >= 0 and (CLASH_RE.match(tok.head.lower_) or tok.head.lower_ == "between"):
        # "militants and soldiers clashed", "fighting between the army and rebels": conjoined
        # subjects of a clash, or the two ends of "between", are opponents
        ally = -1
    dep, head = tok.dep_, tok.head
    if dep == "ROOT" and tok.tag_.startswith("NN") and not appended:
        # a noun parsed as the sentence's root ("a farmer with a weapon shot and wounded ..."
        # read as a noun phrase): the misparse hides the verb; read the words that follow
        return _verb_after(doc, span.end), ally
    if dep in ("dobj", "npadvmod", "nsubj") and head.lower_ in _HEDGES and head.i + 1 == tok.left_edge.i:
        # "presumed ISGS militants killed": the hedge misparsed as a verb taking the group as object
        return _verb_after(doc, span.end), ally
    if dep == "pobj" and head.dep_ == "agent":
        # "the attack was repelled by the police": the defender answers, it did not start it;
        # "found by the police", "escorted by gendarmes": there, not the attacker
        verb = head.head.lower_
        if OBSERVE_RE.match(verb):
            return WITNESS, ally  # a witness, not the perpetrator: never the one who acted
        if _ESCORT_RE.match(verb):
            return -1, ally  # "a convoy escorted by the gendarmerie" came under the attack
        return (3 if VIOLENT_RE.match(verb) and not DEFEND_RE.match(verb) else 1), ally
    if dep == "pobj" and head.lower_ == "from" and head.head.lower_ in _FIRE_FROM:
        return 3, ally  # "a patrol came under fire from an IS cell": the one firing
    if dep == "nsubj" and headline_passive(head):
        return -2, ally  # "Two soldiers killed, three wounded in IED blast": a headline's passive
    if dep in ("nsubj", "csubj"):
        if came_under(head) or (
            # (only a force: communal fighters who die in a clash are still one of its sides, and a
            # civilian who died may have died in the crossfire of a battle)
            head.lower_ in DIE and m.actor.type in _FORCES and own_clause(tok, head)
        ):
            return -2, ally  # "a patrol came under fire", "a soldier died": it was hit, whoever fired
        if head.lower_.startswith("claim") and any(
            c.dep_ == "dobj"
            and any(w.lower_ == "responsibility" or _ATTACK_NOUN_RE.match(w.lower_) for w in (c, *c.children))
            for c in head.children
        ):
            return 2, ally  # "JNIM claimed the attack", "IS claimed responsibility": the attacker
        if _ESCORT_RE.match(head.lower_):
            return -1, ally  # "soldiers escorting a convoy": the ones an attack falls on
        if head.lower_ in ("denied", "denies", "deny", "rejected") and any(
            c.dep_ == "dobj" and c.lower_ in _DISOWNED for c in head.children
        ):
            return WITNESS, ally  # "the Pakistani Taliban denied involvement": no side of it
        if head.lower_ in _DISTANCED and any(c.dep_ == "dobj" and c.lower_ in _SELVES for c in head.children):
            return WITNESS, ally  # "the banned TTP distanced itself from the attack"
        if head.lower_ in SAY_VERBS and _object_of_act(tok):
            return -2, ally  # "killing 11 people, police said" parsed with the victims as speakers
        if head.lower_ in SAY_VERBS:
            subjects = [c for c in head.children if c.dep_ == "nsubj"]
            if tok.i != subjects[-1].i:
                # "Israeli air strikes killed 12, officials said" misparsed with two subjects of
                # "said": the first is the subject of its own verb, hung on it as a clause
                acts = [c for c in tok.children if c.dep_ in ("acl", "relcl") and VIOLENT_RE.match(c.lower_)]
                return (2 if acts else 0), ally
            return speaker(head), ally
        if only_saw(head, VIOLENT_RE):
            return WITNESS, ally  # "police believe gangs did it", "gendarmes reached the scene too late"
        if inquiry(head):
            return WITNESS, ally  # "police are conducting an investigation": after the fact
        if DEFEND_RE.match(head.lower_) or returns_fire(head):
            return 1, ally  # "gendarmes repelled the attack", "police returned fire": they answer
        if VOW_RE.match(head.lower_):
            return 0, ally  # "the RSF commander vowed to keep fighting": nothing done yet
        if VIOLENT_RE.match(head.lower_) or any(
            c.dep_ in ("xcomp", "conj") and VIOLENT_RE.match(c.lower_) and not own_subject(c)
            for c in head.children
        ):
            # "militants attempted to attack", "soldiers arrived and opened fire": the subject
            # of the attempt or of the first of two verbs is the attacker
            return 2, ally
        return 1, ally
    if (dep == "dobj" and head.lower_.startswith("blam")) or (dep == "pobj" and blamed_on(head)):
        if (
            denier_blames(head if dep == "dobj" else head.head)
            or _DENIED_AFTER.match(doc.text, span.end_char)
            or _OTHER_ACTS_BLAMED.search(doc.text, max(0, span.start_char - 80), span.start_char)
        ):
            # "the rebels denied responsibility and blamed the army": a counter-charge; "blamed the
            # attack on separatists, who denied involvement": a charge denied names no one
            return WITNESS, ally
        return 2, ally  # "..., blaming al Shabaab", "blamed on the ADF": the attacker named
    if (
        dep == "dobj"
        and head.lower_.startswith("accus")
        and m.actor.type not in _PEOPLE
        and _charged_with_violence(head, tok)
    ):
        # "rights groups accused officers of killings" (a person accused is a suspect the
        # codebook leaves unidentified; "X have been accused of" is left to the sentences that
        # tell who acted with whom)
        return 2, ally
    if (
        dep == "nsubjpass"
        and OBSERVE_RE.match(head.lower_)
        and any(c.dep_ == "xcomp" and VIOLENT_RE.match(c.lower_) for c in head.children)
    ):
        return 2, ally  # "an armed group is suspected to have killed": the suspect, not the victim
    if _by_members_of(tok) or (
        tok.i != span.root.i and tok.lower_ in _MEMBERS and dep == "pobj" and head.lower_ == "by"
    ):
        return 3, ally  # "raped by armed members of the G9 coalition": the group's men did it
    if dep in ("nsubjpass", "dobj", "attr", "oprd"):
        return -2, ally
    if (
        dep == "pobj"
        and head.lower_ == "by"
        and _ATTACK_NOUN_RE.match(head.head.lower_)
        and not (m.actor.type is ActorType.STATE_FORCES and m.actor.mention.islower())
    ):
        # "repelled an attack by GNA forces": the one who launched it (a weapon read as the
        # state's, "attacks by helicopter gunships", does not say whose it was)
        return 3, ally
    if dep == "pobj" and head.lower_ in _PATIENT_PREPS:
        return -1, ally
    if (
        dep in ("compound", "poss")
        and _ATTACK_NOUN_RE.match(head.lower_)
        and head.dep_ in ("dobj", "nsubjpass", "pobj")
        and not (m.actor.type is ActorType.STATE_FORCES and m.actor.mention.islower())
    ):
        # "the army repelled an RSF attack", "after the rebels' offensive": the name on the
        # attack launched it, whoever tells of it or answers it
        return 3, ally
    return 0, ally


_DISOWNED = frozenset(
    ("involvement", "responsibility", "role", "part", "links", "link", "claims", "allegations")
)


_FORCES = (ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES)


def _charged_with_violence(verb: Token, charged: Token) -> bool:
    """ "accused ... of extrajudicial killings": the charge is an act of violence (the parse hangs
    it on the verb or on the one charged)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("of", "for")
        and any(VIOLENT_RE.match(w.lower_) or _ATTACK_NOUN_RE.match(w.lower_) for w in c.subtree)
        for c in (*verb.children, *charged.children)
    )


def _object_of_act(tok: Token) -> bool:
    """The phrase comes right after a violent verb ("killing [at least 11 people]")."""
    start = tok.left_edge.i
    return (
        start > 0
        and bool(VIOLENT_RE.match(tok.doc[start - 1].lower_))
        and tok.doc[start - 1].tag_.startswith("VB")
    )


# "authorities have blamed earlier attacks in the area on FARC dissidents": other acts' authors
_OTHER_ACTS_BLAMED = re.compile(
    r"\bblam\w*\s+(?:earlier|previous|past|similar|other|recent|many|several)\s+(?:[\w-]+\s+){0,6}?(?:on|at)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
_DENIED_AFTER = re.compile(
    r",?\s+(?:who|which)\s+(?:have\s+|has\s+|had\s+)?(?:denied|deny|denies|rejected)\s+(?:any\s+|all\s+)?"
    r"(?:involvement|responsibility|the (?:attack|charge|accusation|claim)s?|carrying out|being behind)\b",
    re.I,
)
_MEMBERS = frozenset({"members", "fighters", "militiamen", "gunmen", "elements", "men", "soldiers", "troops"})


def _by_members_of(tok: Token) -> bool:
    """Whether ``tok`` names whose people an agent "by" names: "by armed members of the G9 coalition"."""
    t = tok
    for _ in range(5):
        if t.dep_ in ("compound", "amod", "poss") and t.head.i != t.i:
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ in ("of", "from") and t.head.head.lower_ in _MEMBERS:
            members = t.head.head
            return members.dep_ == "pobj" and members.head.lower_ == "by"
        else:
            return False
    return False


def _verb_after(doc: Doc, after: int) -> int:
    """2 when a violent verb follows a misparsed subject (ending before token ``after``) in its
    sentence, -2 when it is passive ("were killed", "killed by"), else 0."""
    for tok in doc[after : doc[after - 1].sent.end][:12]:
        if VIOLENT_RE.match(tok.lower_) and tok.tag_ in ("VBD", "VBN", "NN", "NNS", "VBZ", "VBP"):
            nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
            prev = doc[tok.i - 1].lower_ if tok.i > 0 else ""
            passive = nxt == "by" or prev in ("was", "were", "been", "being", "is", "are")
            return -2 if passive else 2
    return 0


def _mention_at(mentions: list[ActorMention], char: int) -> int:
    for i, m in enumerate(mentions):
        if m.start <= char < m.end:
            return i
    return -1


def _agency_from_text(text: str, m: ActorMention) -> tuple[int, int]:
    before = text[max(0, m.start - 40) : m.start]
    after = text[m.end : m.end + 40]
    if _BY_RE.search(before):
        return 3, -1
    if _PASSIVE_RE.match(after.lstrip()) or re.match(
        r"\s*(?:was|were)\s|\s*(?:came|comes|come) under\b", after
    ):
        return -2, -1
    sentence_start = max((start for start, _ in sentence_spans(text) if start <= m.start), default=0)
    head = text[sentence_start : m.start]
    if not re.search(
        r"\b\w+(?:ed|ing)\b", re.sub(r"\b(?:suspected|alleged|armed|unidentified|presumed)\b", "", head)
    ):
        return 1, -1  # before the sentence's first verb: likely its subject
    return -1, -1


# "between A and B", "between armed members of A and B": the two ends are opponents
_BETWEEN_MEMBERS = re.compile(r"\bbetween (?:the )?(?:[\w-]+ ){0,2}(?:(?:of|from) )?(?:the )?$", re.I)


def _ally_from_text(text: str, mentions: list[ActorMention], i: int) -> int:
    if i == 0:
        return -1
    gap = text[mentions[i - 1].end : mentions[i].start].strip()
    before = text[max(0, mentions[i - 1].start - 25) : mentions[i - 1].start].lower()
    # "clashes between A and B": opponents; "clashes with A and B": one side, allied
    if (
        not gap
        or len(gap) > 30
        or _BETWEEN_MEMBERS.search(text, max(0, mentions[i - 1].start - 50), mentions[i - 1].start)
        or ("clash" in before and not before.endswith("with "))
    ):
        return -1
    if clashes_next(text, mentions[i].end) and not _SUPPORT_RE.search(" " + gap):
        # "A and B clashed" are opponents; "A backed by B fought C" are one side
        return -1
    return i - 1 if _ALLY_RE.search(" " + gap) else -1


def of_victims(text: str, scored: list[Scored], s: Scored) -> bool:
    """``s`` names a people ("the Kuki community") whom the victims just before it come from."""
    if not _PEOPLE_NAMED_RE.search(s.mention.actor.mention or ""):
        return False
    return any(
        v.agency < 0
        and v.mention.actor.type is ActorType.CIVILIANS
        and _FROM_GAP_RE.fullmatch(text[v.mention.end : s.mention.start])
        for v in scored
    )


# A people named as a people ("the Kuki community"), not as its armed men; the gap after its victims.
_PEOPLE_NAMED_RE = re.compile(r"\b(?:community|communities|people|ethnic group|tribe)$", re.I)
_FROM_GAP_RE = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?", re.I)
