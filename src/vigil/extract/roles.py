"""Who did what to whom: ACLED's actor1/actor2 (and their associates) from found mentions.

ACLED's conventions (CODEBOOK.md): actor1 acts, actor2 is acted upon; violence against
civilians always has ``Civilians (country)`` as actor2; protests have ``Protesters (country)``
as actor1 and the police as actor2 only when they intervene; riots have ``Rioters (country)``;
an unnamed perpetrator is ``Unidentified Armed Group (country)``; allies acting together share
a side, the state force first and the others as ``assoc_actor_1``.

The grammatical role of each mention comes from spaCy's dependency parse when a ``Doc`` is
given (subject or passive agent of a verb acts; object, passive subject or "with" clashes is
acted upon), and from word order and "by" otherwise.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from vigil.domain import Actor
from vigil.extract.actors import ActorMention, ActorRegistry
from vigil.taxonomy import ActorType, EventType, SubEventType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LOGGER = logging.getLogger(__name__)

ARMED = frozenset(
    {
        ActorType.STATE_FORCES,
        ActorType.REBEL_GROUP,
        ActorType.POLITICAL_MILITIA,
        ActorType.IDENTITY_MILITIA,
        ActorType.EXTERNAL_FORCES,
    }
)
_SAY_VERBS = frozenset(
    (
        "said",
        "says",
        "say",
        "claimed",
        "claim",
        "reported",
        "report",
        "told",
        "stated",
        "announced",
        "accused",
        "blamed",
        "denied",
        "alleged",
        "confirmed",
        "according",
    )
)
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
    )
)
_VIOLENT_RE = re.compile(
    r"^(?:attack|kill|shot|shoot|ambush|clash|fought|fight|abduct|kidnap|burn|burnt|loot|raid|storm|beat|assault|"
    r"lynch|hack|stab|torch|set|open|fire|seiz|target|deton|plant|launch|strike|struck|shell|bomb|execut|murder|"
    r"rap|injur|wound|destroy|vandali|block|hit|pillag|overr|captur|took|take|engag|repel|repuls|carr|conduct|"
    r"clash|harass|tortur|whip|flog|lash|threat|behead|slaughter|massacr|invad|besieg|bombard|launch|neutrali)",
    re.IGNORECASE,
)
_ALLY_RE = re.compile(
    r"\b(?:and|alongside|together with|with the support of|supported by|backed by|assisted by|accompanied by|"
    r"jointly with|in coordination with)\s*$",
    re.IGNORECASE,
)
_BY_RE = re.compile(
    r"\bby\s+(?:suspected\s+|presumed\s+|alleged\s+|the\s+|a\s+|an\s+|some\s+)*$", re.IGNORECASE
)
_PASSIVE_RE = re.compile(
    r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+\s+){0,2}\w+(?:ed|en|t)\b", re.IGNORECASE
)
_DEFEND_RE = re.compile(r"^(?:repel|repuls|thwart|foil|push|pushed|drove|driven|counter|respond|retaliat)")
_ATTACK_NOUN_RE = re.compile(
    r"^(?:(?:air)?raids?|(?:air|drone)?strikes?|attacks?|shelling|bombardments?|bombings?|offensives?|"
    r"assaults?|gunfire|artillery|rockets?|missiles?|ambush(?:es)?|operations?|incursions?)$"
)
_CLASH_RE = re.compile(r"\b(?:clash\w*|fight\w*|fought|confront\w*|skirmish\w*|exchang\w*)\b", re.I)

# "villagers from Garou": the place a group of ordinary people comes from (a capitalised name)
_FROM_PLACE_RE = re.compile(
    r"\s+from\s+(?:the\s+(?:village|town|locality)\s+of\s+)?([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})\b"
)

# Victims' identities ACLED records in assoc_actor_2 (label, pattern).
_IDENTITIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Women", re.compile(r"\b(?:women|woman|girls?|wife|mother|female)\b", re.I)),
    ("Journalists", re.compile(r"\bjournalists?\b|\breporters?\b", re.I)),
    ("Health Workers", re.compile(r"\b(?:nurses?|doctors?|health workers?|medics?)\b", re.I)),
    ("Teachers", re.compile(r"\bteachers?\b", re.I)),
    ("Students", re.compile(r"\b(?:students?|pupils?)\b", re.I)),
    ("Farmers", re.compile(r"\bfarmers?\b", re.I)),
    ("Pastoralists", re.compile(r"\b(?:herders?|herdsmen|pastoralists?|shepherds?)\b", re.I)),
    ("Aid Workers", re.compile(r"\baid workers?\b|\bhumanitarian workers?\b", re.I)),
    ("Refugees/IDPs", re.compile(r"\b(?:refugees?|IDPs?|displaced (?:people|persons))\b", re.I)),
    ("Prisoners", re.compile(r"\b(?:prisoners?|inmates?|detainees?)\b", re.I)),
)
_PROTEST_IDENTITIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Students", re.compile(r"\bstudents?\b|\bpupils\b", re.I)),
    ("Labour Group", re.compile(r"\b(?:workers|employees|union|unions|staff|labou?rers)\b", re.I)),
    ("Teachers", re.compile(r"\bteachers\b", re.I)),
    ("Women", re.compile(r"\bwomen\b", re.I)),
    ("Journalists", re.compile(r"\bjournalists\b", re.I)),
    ("Farmers", re.compile(r"\bfarmers\b", re.I)),
    ("Health Workers", re.compile(r"\b(?:nurses|doctors|health workers)\b", re.I)),
    ("Lawyers", re.compile(r"\blawyers\b", re.I)),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Roles:
    """The two sides of one event as ACLED codes them."""

    actor1: Actor | None
    actor2: Actor | None = None
    assoc_actor1: tuple[Actor, ...] = ()
    assoc_actor2: tuple[Actor, ...] = ()


@dataclass(frozen=True, slots=True)
class Scored:
    mention: ActorMention
    agency: int  # > 0 acts, < 0 is acted upon, 0 unknown
    ally_of: int  # index of the mention it is conjoined with, or -1
    sentence: int


def assign_roles(
    text: str,
    mentions: Sequence[ActorMention],
    sub_event_type: SubEventType,
    *,
    country: str | None,
    when: date | None,
    registry: ActorRegistry,
    doc: Doc | None = None,
) -> Roles:
    """Decide actor1/actor2 and their associates for an event of ``sub_event_type``.

    >>> roles = assign_roles(text, reg.find(text, country="Mali"), SubEventType.ATTACK,
    ...                      country="Mali", when=None, registry=reg)  # doctest: +SKIP
    """
    if country is None:
        # no place read: a state force named by its demonym ("Burkinabe soldiers") or a group
        # with a home country still says where the event is, and generic nouns need it
        country = _home_country(mentions)
        if country is not None:
            mentions = registry.find(text, country=country, when=when)
    scored = _score(text, _corefer(mentions), doc)
    event = sub_event_type.event_type
    if event is EventType.PROTESTS:
        return _protest(text, scored, sub_event_type, country, when, registry)
    if event is EventType.RIOTS:
        return _riot(text, scored, sub_event_type, country, when, registry)
    if event is EventType.VIOLENCE_AGAINST_CIVILIANS:
        return _against_civilians(text, scored, country, registry)
    if event in (EventType.BATTLES, EventType.REMOTE_VIOLENCE):
        return _fight(text, scored, sub_event_type, country, when, registry)
    return _strategic(text, scored, sub_event_type, country, when, registry)


# ----------------------------------------------------------------------- scoring


_NON_STATE = (ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA)


def _home_country(mentions: Sequence[ActorMention]) -> str | None:
    """The country of the first side that has one: armies and most armed groups fight at home."""
    for m in mentions:
        actor = m.actor
        if actor.country and actor.type in (ActorType.STATE_FORCES, *_NON_STATE):
            return actor.country
    return None


def _corefer(mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """ "JNIM militants attacked ... the militants killed": a later generic armed noun is the named group."""
    out: list[ActorMention] = []
    named: Actor | None = None
    for m in mentions:
        actor = m.actor
        if actor.name.startswith("Unidentified Armed Group") and named is not None:
            actor = Actor(name=named.name, type=named.type, country=named.country, mention=actor.mention)
            m = ActorMention(actor=actor, start=m.start, end=m.end)
        elif actor.type in _NON_STATE and not actor.name.startswith("Unidentified"):
            named = actor
        out.append(m)
    return out


def _score(text: str, mentions: list[ActorMention], doc: Doc | None) -> list[Scored]:
    bounds = _sentence_bounds(text, doc)
    out: list[Scored] = []
    for i, m in enumerate(mentions):
        sentence = sum(1 for b in bounds if b <= m.start) - 1
        agency, ally = _agency_from_doc(m, mentions, doc) if doc is not None else _agency_from_text(text, m)
        if ally < 0:
            ally = _ally_from_text(text, mentions, i)
        elif _clashes_next(text, m.end):
            # "forces of India and Pakistan exchanged fire": the two listed are opponents, each
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


def _sentence_bounds(text: str, doc: Doc | None) -> list[int]:
    if doc is not None:
        return [s.start_char for s in doc.sents] or [0]
    return [0] + [m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z])", text)]


def _agency_from_doc(m: ActorMention, mentions: list[ActorMention], doc: Doc) -> tuple[int, int]:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return 0, -1
    tok: Token = span.root
    ally = -1
    for _ in range(6):  # climb modifiers and conjuncts to the phrase's role in its clause
        if tok.dep_ == "conj":
            if _CLASH_RE.match(tok.head.lower_) or _ATTACK_NOUN_RE.match(tok.head.lower_):
                # "their clashes with the army and Wagner": a misparse joins the second side
                # to the fighting noun, not to the side it is listed with; the text decides
                return 0, -1
            ally = _mention_at(mentions, tok.head.idx)
            tok = tok.head
        elif tok.dep_ in ("compound", "amod", "nmod", "poss", "appos", "nummod") and tok.head is not tok:
            tok = tok.head
            if tok.dep_ != "conj" and _ATTACK_NOUN_RE.match(tok.lower_):
                return 2, ally  # "coalition air raids hit ...", "a JNIM attack": it names the attacker
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _GROUP_NOUNS:
            tok = tok.head.head  # "a group of farmers attacked": the group's role is the farmers'
        else:
            break
    if ally >= 0 and (_CLASH_RE.match(tok.head.lower_) or tok.head.lower_ == "between"):
        # "militants and soldiers clashed", "fighting between the army and rebels": conjoined
        # subjects of a clash, or the two ends of "between", are opponents
        ally = -1
    dep, head = tok.dep_, tok.head
    if dep == "pobj" and head.dep_ == "agent":
        # "the attack was repelled by the police": the defender answers, it did not start it
        return (1 if _DEFEND_RE.match(head.head.lower_) else 3), ally
    if dep in ("nsubj", "csubj"):
        if head.lower_ in _SAY_VERBS:
            return 0, ally
        return (2 if _VIOLENT_RE.match(head.lower_) else 1), ally
    if dep in ("nsubjpass", "dobj", "attr", "oprd"):
        return -2, ally
    if dep == "pobj" and head.lower_ in _PATIENT_PREPS:
        return -1, ally
    return 0, ally


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
    if _PASSIVE_RE.match(after.lstrip()) or re.match(r"\s*(?:was|were)\s", after):
        return -2, -1
    sentence_start = max(text.rfind(". ", 0, m.start), 0)
    head = text[sentence_start : m.start]
    if not re.search(
        r"\b\w+(?:ed|ing)\b", re.sub(r"\b(?:suspected|alleged|armed|unidentified|presumed)\b", "", head)
    ):
        return 1, -1  # before the sentence's first verb: likely its subject
    return -1, -1


def _clashes_next(text: str, end: int) -> bool:
    after = text[end : end + 25]
    return bool(_CLASH_RE.match(after.strip()) or re.match(r"\s*(?:have|had|has)\s+clash", after))


def _ally_from_text(text: str, mentions: list[ActorMention], i: int) -> int:
    if i == 0:
        return -1
    gap = text[mentions[i - 1].end : mentions[i].start].strip()
    before = text[max(0, mentions[i - 1].start - 25) : mentions[i - 1].start].lower()
    # "clashes between A and B": opponents; "clashes with A and B": one side, allied
    if (
        not gap
        or len(gap) > 30
        or "between" in before
        or ("clash" in before and not before.endswith("with "))
    ):
        return -1
    if _clashes_next(text, mentions[i].end):
        return -1
    return i - 1 if _ALLY_RE.search(" " + gap) else -1


# ----------------------------------------------------------------------- choosing


def _best_agent(candidates: list[Scored]) -> Scored | None:
    if not candidates:
        return None
    return max(candidates, key=lambda s: (s.agency > 0, -s.sentence, s.agency, -s.mention.start))


def _allies(scored: list[Scored], lead: Scored) -> list[Scored]:
    """Mentions conjoined with ``lead`` (directly or through a chain)."""
    index = scored.index(lead)
    group = {index}
    changed = True
    while changed:
        changed = False
        for j, s in enumerate(scored):
            if j in group:
                continue
            if s.ally_of in group or any(scored[g].ally_of == j for g in group):
                group.add(j)
                changed = True
    return [scored[j] for j in sorted(group) if j != index]


def _lead_and_allies(scored: list[Scored], lead: Scored, home: str | None) -> tuple[Actor, tuple[Actor, ...]]:
    """ACLED puts the home state force first among allies, the others associated."""
    side = [lead, *_allies(scored, lead)]
    side.sort(key=lambda s: (not _is_home_state(s.mention.actor, home), s.mention.start))
    first = side[0].mention.actor
    assoc = _unique(s.mention.actor for s in side[1:] if s.mention.actor.name != first.name)
    return first, assoc


def _is_home_state(actor: Actor, home: str | None) -> bool:
    if actor.type is not ActorType.STATE_FORCES or not actor.name.startswith(
        ("Military Forces", "Police Forces")
    ):
        return False
    return home is None or actor.country == home


def _unique(actors: object) -> tuple[Actor, ...]:
    seen: dict[str, Actor] = {}
    for a in actors:  # type: ignore[attr-defined]
        seen.setdefault(a.name, a)
    return tuple(seen.values())


def _identities(text: str, table: tuple[tuple[str, re.Pattern[str]], ...], country: str | None,
                registry: ActorRegistry) -> tuple[Actor, ...]:  # fmt: skip
    if country is None:
        return ()
    return tuple(registry.identity(label, country) for label, pattern in table if pattern.search(text))


def _armed(scored: list[Scored]) -> list[Scored]:
    return [s for s in scored if s.mention.actor.type in ARMED]


def _civil_agent(
    scored: list[Scored], country: str | None, registry: ActorRegistry, text: str = ""
) -> Actor | None:
    """Armed villagers or farmers who attack are a communal militia in ACLED's terms, named after
    their locality when the text gives it ("people from Garou" -> ``Garou Communal Militia``)."""
    agents = [s for s in scored if s.mention.actor.type is ActorType.CIVILIANS and s.agency >= 2]
    if not agents or country is None:
        return None
    first = agents[0].mention
    home = _FROM_PLACE_RE.match(text, first.end) if text else None
    label = home.group(1) if home else "Unidentified"
    return Actor(name=f"{label} Communal Militia ({country})", type=ActorType.IDENTITY_MILITIA,
                 country=country, mention=first.actor.mention)  # fmt: skip


def _mob_agent(scored: list[Scored]) -> bool:
    """A crowd ("an angry mob") or ordinary people ("farmers killed") who do the harm."""
    return any(
        (s.mention.actor.type is ActorType.RIOTERS and s.agency > 0)
        or (s.mention.actor.type is ActorType.CIVILIANS and s.agency >= 2)
        for s in scored
    )


_GENERIC_SIDES = {
    "unidentified": ("Unidentified Armed Group", ActorType.POLITICAL_MILITIA),
    "civilians": ("Civilians", ActorType.CIVILIANS),
    "protesters": ("Protesters", ActorType.PROTESTERS),
    "rioters": ("Rioters", ActorType.RIOTERS),
}


def _fallback(country: str | None, registry: ActorRegistry, kind: str) -> Actor | None:
    """The generic side of ``kind`` in ``country``; with no country read, the side unnamed by
    place ("Protesters"): who acted is still known, and its inter code with it."""
    if country is None:
        name, type_ = _GENERIC_SIDES[kind]
        return Actor(name=name, type=type_, country=None)
    return {
        "unidentified": registry.unidentified,
        "civilians": registry.civilians,
        "protesters": registry.protesters,
        "rioters": registry.rioters,
    }[kind](country)


def _against_civilians(
    text: str, scored: list[Scored], country: str | None, registry: ActorRegistry
) -> Roles:
    lead = _best_agent(_armed(scored))
    assoc1: tuple[Actor, ...] = ()
    if lead is None or lead.agency < 0 or (lead.agency == 0 and _mob_agent(scored)):
        # violence against civilians is the work of an organised actor: ordinary people named
        # as the attackers ("farmers attacked a camp") act as a communal militia; a crowd
        # ("an angry mob") stays rioters
        crowd = any(s.mention.actor.type is ActorType.RIOTERS and s.agency > 0 for s in scored)
        mob = (_fallback(country, registry, "rioters") if crowd else None) or _civil_agent(
            scored, country, registry, text
        )
        actor1 = mob or _fallback(country, registry, "unidentified")
    else:
        actor1, assoc1 = _lead_and_allies(scored, lead, country)
    victims = [s.mention.actor for s in scored if s.mention.actor.type is ActorType.CIVILIANS]
    actor2 = victims[0] if victims else _fallback(country, registry, "civilians")
    if actor2 is not None and actor2.type is not ActorType.CIVILIANS and country:
        actor2 = registry.civilians(country)
    return Roles(actor1=actor1, actor2=actor2, assoc_actor1=assoc1,
                 assoc_actor2=_identities(text, _IDENTITIES, country, registry))  # fmt: skip


def _fight(
    text: str,
    scored: list[Scored],
    sub: SubEventType,
    country: str | None,
    when: date | None,
    registry: ActorRegistry,
) -> Roles:
    armed = _armed(scored)
    lead = _best_agent(armed)
    if lead is None and sub.event_type is EventType.BATTLES and country is not None:
        communal = _civil_agent(scored, country, registry, text)
        if communal is not None:
            return Roles(actor1=communal, actor2=communal)
    if lead is None:
        if (
            sub.event_type is EventType.REMOTE_VIOLENCE
            and sub is not SubEventType.REMOTE_EXPLOSIVE
            and country
        ):
            actor1: Actor | None = registry.state_forces(country, when)  # shelling/air strikes: mostly state
        else:
            actor1 = _fallback(country, registry, "unidentified")
        return Roles(actor1=actor1, actor2=_remote_target(scored, sub, country, registry))
    sides = {s.mention.actor.name for s in armed}
    if lead.agency < 0 and country is not None and len(sides) == 1:
        # only the target is named ("an attack on a military post"): the attacker is unidentified
        target, allies = _lead_and_allies(scored, lead, country)
        attacker = _civil_agent(scored, country, registry, text) or registry.unidentified(country)
        return Roles(actor1=attacker, actor2=target, assoc_actor2=allies)
    actor1, assoc1 = _lead_and_allies(scored, lead, country)
    side1 = {actor1.name, *(a.name for a in assoc1)}
    others = [s for s in armed if s.mention.actor.name not in side1]
    actor2: Actor | None = None
    assoc2: tuple[Actor, ...] = ()
    if others:
        hit = min(others, key=lambda s: (s.agency, s.sentence, s.mention.start))
        actor2, assoc2 = _lead_and_allies(scored, hit, country)
        assoc2 = tuple(a for a in assoc2 if a.name not in side1)
    elif sub.event_type is EventType.REMOTE_VIOLENCE:
        actor2 = _remote_target(scored, sub, country, registry)
    elif country is not None:
        state = actor1.type is ActorType.STATE_FORCES
        actor2 = registry.unidentified(country) if state else registry.state_forces(country, when)
    return Roles(actor1=actor1, actor2=actor2, assoc_actor1=assoc1, assoc_actor2=assoc2)


def _remote_target(
    scored: list[Scored], sub: SubEventType, country: str | None, registry: ActorRegistry
) -> Actor | None:
    if any(s.mention.actor.type is ActorType.CIVILIANS and s.agency <= 0 for s in scored) and country:
        return registry.civilians(country)
    return None


def _named_groups(scored: list[Scored]) -> tuple[Actor, ...]:
    parties = (ActorType.POLITICAL_MILITIA, ActorType.REBEL_GROUP)
    return _unique(s.mention.actor for s in scored if s.mention.actor.type in parties)


def _state_mention(scored: list[Scored]) -> Actor | None:
    for s in scored:
        actor = s.mention.actor
        if actor.type in (ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES) and actor.name.startswith(
            ("Military Forces", "Police Forces")
        ):
            return actor
    return None


def _protest(
    text: str,
    scored: list[Scored],
    sub: SubEventType,
    country: str | None,
    when: date | None,
    registry: ActorRegistry,
) -> Roles:
    actor1 = _fallback(country, registry, "protesters")
    named = _named_groups(scored)
    assoc1 = (*named, *_identities(text, _PROTEST_IDENTITIES, country, registry))
    actor2 = None
    if sub is not SubEventType.PEACEFUL_PROTEST:
        actor2 = _state_mention(scored)
        if actor2 is None and country:
            actor2 = registry.state_forces(country, when, branch="Police")
    return Roles(actor1=actor1, actor2=actor2, assoc_actor1=_unique(assoc1))


def _riot(
    text: str,
    scored: list[Scored],
    sub: SubEventType,
    country: str | None,
    when: date | None,
    registry: ActorRegistry,
) -> Roles:
    actor1 = _fallback(country, registry, "rioters")
    named = _named_groups(scored)
    state = _state_mention(scored)
    if sub is SubEventType.VIOLENT_DEMONSTRATION:
        return Roles(actor1=actor1, actor2=state, assoc_actor1=named)
    if state is not None and any(s.mention.actor == state and s.agency < 0 for s in scored):
        return Roles(actor1=actor1, actor2=state, assoc_actor1=named)
    if _CLASH_RE.search(text):
        return Roles(actor1=actor1, actor2=_fallback(country, registry, "rioters"), assoc_actor1=named)
    return Roles(actor1=actor1, actor2=_fallback(country, registry, "civilians"), assoc_actor1=named,
                 assoc_actor2=_identities(text, _IDENTITIES, country, registry))  # fmt: skip


def _strategic(
    text: str,
    scored: list[Scored],
    sub: SubEventType,
    country: str | None,
    when: date | None,
    registry: ActorRegistry,
) -> Roles:
    armed = _armed(scored)
    if sub is SubEventType.ARRESTS:
        state = _state_mention(scored)
        actor1 = state or (registry.state_forces(country, when, branch="Police") if country else None)
        others = [s.mention.actor for s in scored if actor1 is None or s.mention.actor.name != actor1.name]
        targets = [a for a in others if a.type is not ActorType.STATE_FORCES]
        actor2 = targets[0] if targets else _fallback(country, registry, "civilians")
        return Roles(actor1=actor1, actor2=actor2)
    return _other_strategic(scored, armed, sub, country, registry)


def _other_strategic(
    scored: list[Scored],
    armed: list[Scored],
    sub: SubEventType,
    country: str | None,
    registry: ActorRegistry,
) -> Roles:
    lead = _best_agent(armed) or _best_agent(scored)
    if lead is None:
        return Roles(actor1=_fallback(country, registry, "unidentified"))
    actor1, assoc1 = _lead_and_allies(scored, lead, country)
    side1 = {actor1.name, *(a.name for a in assoc1)}
    rest = [s for s in scored if s.mention.actor.name not in side1]
    actor2 = None
    if sub is SubEventType.LOOTING:
        actor2 = _fallback(country, registry, "civilians")
    elif rest and sub not in (SubEventType.CHANGE_TO_GROUP, SubEventType.HEADQUARTERS_ESTABLISHED):
        actor2 = min(rest, key=lambda s: (s.agency, s.sentence, s.mention.start)).mention.actor
    return Roles(actor1=actor1, actor2=actor2, assoc_actor1=assoc1)


def score_mentions(text: str, mentions: Sequence[ActorMention], doc: Doc | None = None) -> list[Scored]:
    """Each mention with its agency (acts > 0, acted upon < 0) and the mention it is allied to."""
    return _score(text, _corefer(mentions), doc)
