"""Who did what to whom: ACLED's actor1/actor2 (and their associates) from found mentions.

ACLED's conventions (CODEBOOK.md): actor1 acts, actor2 is acted upon; violence against
civilians always has ``Civilians (country)`` as actor2; protests have ``Protesters (country)``
as actor1 and the police as actor2 only when they intervene; riots have ``Rioters (country)``;
an unnamed perpetrator is ``Unidentified Armed Group (country)``; allies acting together share
a side, the state force first and the others as ``assoc_actor_1``.

Each mention's role in its sentence (who acts, who is acted upon, who is allied with whom) is
scored in :mod:`vigil.extract.agency`; this module chooses the sides from those scores
(ordinary people who fight, ACLED's communal militias, are read in :mod:`vigil.extract.communal`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from vigil.domain import Actor
from vigil.extract import targets
from vigil.extract.actor_nouns import WEAPON_NOUNS
from vigil.extract.actors import ActorMention, ActorRegistry
from vigil.extract.agency import Scored, home_country, of_victims, score_mentions
from vigil.extract.communal import (
    civil_agent,
    clash_parties,
    crowd_militia,
    fighting_civilians,
    glossed_identity,
    home_rivals,
    paired_identities,
    people_acted_before,
    unnamed_militia,
)
from vigil.extract.crowd_roles import protest_roles, riot_roles, with_faiths
from vigil.extract.owners import claims_act
from vigil.extract.rolewords import (
    ADMINISTRATION_RE,
    IDENTITIES,
)
from vigil.extract.sidebase import (
    Roles,
    fallback,
    identities,
    known_as,
    named_sides,
    signatories,
    state_mention,
    unique,
    unnamed_opponent,
)
from vigil.extract.speakers import WITNESS
from vigil.extract.strategic import displacement_only
from vigil.extract.strategic_cues import mass_grave
from vigil.extract.struck import BOMBS, MET_DEVICE_RE, bomb_owners, premises, sender, tally, weapon_owners
from vigil.extract.taker import took_no_ground
from vigil.taxonomy import ActorType, EventType, SubEventType

if TYPE_CHECKING:
    from spacy.tokens import Doc

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
        country = home_country(mentions)
        if country is not None:
            mentions = registry.find(text, country=country, when=when)
    event = sub_event_type.event_type
    mentions = known_as(text, mentions)  # "the Boko Haram faction known as JAS"
    # two peoples named together are two sides where there is violence, or a fight told near them
    mentions = paired_identities(text, mentions, registry, country, violent=event in _VIOLENT)
    scored = score_mentions(text, mentions, doc)
    if event in _WITNESSES_ARE_NO_SIDE and any(s.agency == WITNESS for s in scored):
        # "the body was found by Military Police officers": who found a victim is no side of
        # the violence (in a seizure or an arrest, though, finding is the act itself)
        mentions = [s.mention for s in scored if s.agency != WITNESS]
        scored = score_mentions(text, mentions, doc)
    if event is EventType.PROTESTS:
        return protest_roles(text, scored, sub_event_type, country, when, registry)
    if sub_event_type is SubEventType.OTHER and _STRIKE_RE.search(text):
        # a strike ACLED codes as Other ("Strikes: toll workers went on a 72-hour strike") is
        # still its workers' protest: its actor is Protesters, the union their associate
        return protest_roles(text, scored, SubEventType.PEACEFUL_PROTEST, country, when, registry)
    if event is EventType.RIOTS:
        return with_faiths(
            text, riot_roles(text, scored, sub_event_type, country, when, registry), country, registry
        )
    if event is EventType.VIOLENCE_AGAINST_CIVILIANS:
        roles = _against_civilians(text, scored, country, registry)
    elif event in (EventType.BATTLES, EventType.REMOTE_VIOLENCE):
        roles = _fight(text, scored, sub_event_type, country, when, registry)
    else:
        roles = _strategic(text, scored, sub_event_type, country, when, registry)
    roles = named_sides(text, roles, scored)
    acting = roles.actor1
    if acting is None or acting.type is not ActorType.CIVILIANS or sub_event_type is SubEventType.OTHER:
        return roles
    # ACLED never codes civilians as the ones acting, but in Other: ordinary people who burn or
    # wreck ("farmers destroyed a pastoral camp") are an unidentified communal militia (our notes
    # so coded: Benin's property destruction by farmers or residents, 10 of 16)
    where = acting.country or country
    return replace(roles, actor1=registry.generic("communal", where, when, home=country)) if where else roles


_STRIKE_RE = re.compile(
    r"\b(?:(?:went|go|goes|going|are|were|was|is) on|beg[au]n|launched|called|held|staged) (?:an? )?"
    r"(?:(?!air|drone|missile|rocket|military|retaliatory|pre-?emptive)[\w-]+ ){0,3}strike\b|\b(?:general|hunger|labou?r|sit-down) strikes?\b|\bstrikers\b|\bstrike action\b",
    re.IGNORECASE,
)
_THEN_DIED_RE = re.compile(r"[\w\s,()-]{0,40}?\b(?:died|perished|were killed|was killed)\b", re.IGNORECASE)
_WITNESSES_ARE_NO_SIDE = frozenset(
    {EventType.BATTLES, EventType.REMOTE_VIOLENCE, EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.RIOTS}
)
# The events of violence between people (the others, protests and strategic developments, are not)
_VIOLENT = _WITNESSES_ARE_NO_SIDE

# ----------------------------------------------------------------------- choosing

_STATE_TYPES = (ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES)


def _best_agent(candidates: list[Scored]) -> Scored | None:
    """The one who acts most plainly; a weapon read as the state's ("a drone attack") yields to
    any side named as acting ("..., blaming Iran-backed militias")."""
    if not candidates:
        return None
    return max(
        candidates, key=lambda s: (s.agency > 0, not _weapon(s), -s.sentence, s.agency, -s.mention.start)
    )


def _weapon(s: Scored) -> bool:
    actor = s.mention.actor
    # a foreign force's too ("drones at Odesa" read as Russia's air force in Ukraine)
    return actor.type in _STATE_TYPES and (actor.mention or "").lower() in WEAPON_NOUNS


def _home_first(candidates: list[Scored], lead: Scored | None) -> Scored | None:
    """ "Forces of Armenia and Azerbaijan traded fire": when a foreign force and the home state's
    own forces act alike, ACLED lists the home side first."""
    if lead is None or lead.mention.actor.type is not ActorType.EXTERNAL_FORCES:
        return lead
    for s in candidates:
        if (
            s.mention.actor.type is ActorType.STATE_FORCES
            and not _weapon(s)  # "its aircraft struck": the foreign force's arms, no home side
            and s.agency == lead.agency
            and s.sentence == lead.sentence
            and s.ally_of < 0
            and lead.ally_of < 0
        ):
            return s
    return lead


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


def _lead_and_allies(
    scored: list[Scored], lead: Scored, home: str | None, *, against: frozenset[str] = frozenset()
) -> tuple[Actor, tuple[Actor, ...]]:
    """ACLED puts the home state force first among allies, the others associated; no one of the
    side ``against`` is an ally ("three soldiers and seven militants died" is a tally, not a pact)."""
    side = [
        lead,
        *(s for s in _allies(scored, lead) if s.mention.actor.name not in against and not tally(lead, s)),
    ]
    side.sort(key=lambda s: (not _is_home_state(s.mention.actor, home), s.mention.start))
    first = side[0].mention.actor
    assoc = unique(s.mention.actor for s in side[1:] if s.mention.actor.name != first.name)
    return first, assoc


def _is_home_state(actor: Actor, home: str | None) -> bool:
    if actor.type is not ActorType.STATE_FORCES or not actor.name.startswith(
        ("Military Forces", "Police Forces")
    ):
        return False
    return home is None or actor.country == home


def _armed(scored: list[Scored]) -> list[Scored]:
    return [s for s in scored if s.mention.actor.type in ARMED]


def _mob_agent(scored: list[Scored]) -> bool:
    """A crowd ("an angry mob") or ordinary people ("farmers killed") who do the harm."""
    return any(
        (s.mention.actor.type is ActorType.RIOTERS and s.agency > 0)
        or (s.mention.actor.type is ActorType.CIVILIANS and s.agency >= 2)
        for s in scored
    )


def _unnamed(country: str | None, registry: ActorRegistry, text: str) -> Actor | None:
    """The unnamed perpetrator: a gang where the text bears gang marks in a country where ACLED
    codes gang violence (:meth:`ActorRegistry.perpetrator`), else an unidentified armed group."""
    return registry.perpetrator(country, text) if country else fallback(country, registry, "unidentified")


def _against_civilians(
    text: str, scored: list[Scored], country: str | None, registry: ActorRegistry
) -> Roles:
    lead = _best_agent(_armed(scored))
    assoc1: tuple[Actor, ...] = ()
    if lead is not None and lead.agency <= 0 and of_victims(text, scored, lead):
        lead = None  # "the bodies of three men from the Kuki community": a people, not its militia
    if lead is not None and lead.agency == 1 and people_acted_before(scored, lead):
        # "a farmer wounded a herder. ... were prevented by the police": the forces only came
        # after; the people who acted first did it
        lead = None
    if lead is None or lead.agency < 0 or (lead.agency == 0 and _mob_agent(scored)):
        # violence against civilians is the work of an organised actor: ordinary people named
        # as the attackers ("farmers attacked a camp") act as a communal militia, mere individuals
        # ("two men") as an unidentified armed group, and a crowd ("youths from X") as a communal
        # militia too: rioters riot, they never attack
        mob = crowd_militia(scored, country, text) or fighting_civilians(
            scored, country, registry, text, members=True
        )
        actor1 = mob or _unnamed(country, registry, text)
    else:
        actor1, assoc1 = _lead_and_allies(scored, lead, country)
    if actor1 is not None and actor1.name.startswith("Unidentified Armed Group"):
        # "gunmen suspected to be Fulani herdsmen": the suspected community, not an unnamed group
        actor1 = glossed_identity(text, scored, country) or actor1
    victims = [s.mention.actor for s in scored if s.mention.actor.type is ActorType.CIVILIANS]
    actor2 = victims[0] if victims else fallback(country, registry, "civilians")
    if actor2 is not None and actor2.type is not ActorType.CIVILIANS and country:
        actor2 = registry.civilians(country)
    # the victims' identities, not the attackers' ("gunmen believed to be Fulani herders")
    spans = _armed_spans(scored)
    told = "".join(" " if any(a <= k < b for a, b in spans) else ch for k, ch in enumerate(text))
    # a people among the victims ("a Fulani pastoralist"): ACLED's "Fulani Ethnic Group (Benin)"
    peoples = unique(
        Actor(name=s.mention.actor.name.replace(" Ethnic Militia (", " Ethnic Group ("), type=ActorType.CIVILIANS,
              country=s.mention.actor.country)
        for s in scored
        if s.agency < 0 and s.agency != WITNESS and " Ethnic Militia (" in s.mention.actor.name
    )  # fmt: skip
    return Roles(actor1=actor1, actor2=actor2, assoc_actor1=assoc1,
                 assoc_actor2=unique((*peoples, *identities(told, IDENTITIES, country, registry))))  # fmt: skip


def _armed_spans(scored: list[Scored]) -> list[tuple[int, int]]:
    return [
        (s.mention.start, s.mention.end) for s in scored if s.mention.actor.type in ARMED and s.agency >= 0
    ]


def _fight(
    text: str,
    scored: list[Scored],
    sub: SubEventType,
    country: str | None,
    when: date | None,
    registry: ActorRegistry,
) -> Roles:
    armed = takers = _armed(scored)
    if sub in (SubEventType.GOVERNMENT_REGAINS_TERRITORY, SubEventType.NON_STATE_OVERTAKES_TERRITORY):
        takers = [
            s for s in armed if not took_no_ground(text, s.mention)
        ] or armed  # who held it before: the other side
    lead = _home_first(takers, _best_agent(takers))
    if lead is not None and lead.mention.actor.type in _STATE_TYPES:
        # "the army beat back an ambush ...; JNIM later claimed it": the claimant began it
        lead = next((s for s in armed if claims_act(text, s.mention)), lead)
    if (
        sub in (SubEventType.REMOTE_EXPLOSIVE, SubEventType.SUICIDE_BOMB)
        and lead is not None
        and lead.mention.actor.type in _STATE_TYPES
    ):
        lead = _best_agent(bomb_owners(text, armed, lead)) or lead
    if lead is None and sub.event_type is EventType.BATTLES and country is not None:
        parties = home_rivals(scored, country, text) or clash_parties(scored, country, text)
        if parties is not None:
            return Roles(actor1=parties[0], actor2=parties[1])
        communal = civil_agent(scored, country, text)
        if communal is not None:
            return Roles(actor1=communal, actor2=communal)
        if sub is SubEventType.ARMED_CLASH and targets.communities_fight(text):
            # "inter-clan clashes left five dead": two unnamed communities fought
            militia = unnamed_militia(text, country)
            return Roles(actor1=militia, actor2=militia)
    if lead is None:
        if (
            sub in (SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING, SubEventType.CHEMICAL_WEAPON)
            and country
        ):
            # shelling and air strikes are mostly the state's; bombs, grenades and suicide
            # bombers with no one named are an unidentified group's
            actor1: Actor | None = registry.striker(country, when, air=sub is SubEventType.AIR_DRONE_STRIKE)
        else:
            actor1 = _unnamed(country, registry, text)
        target = _remote_target(text, scored, sub, country, registry)
        if sub is SubEventType.ARMED_CLASH and targets.armed_trade_victim(text):
            target = actor1  # "a man was shot dead; the victim was a drug trafficker": another gang's man
        if target is None and sub is SubEventType.ARMED_CLASH:
            # "shoot-outs took place", "tribesmen clashed": two unnamed armed sides of one kind
            target = actor1
        return Roles(actor1=actor1, actor2=target)
    sides = {s.mention.actor.name for s in armed}
    state_only = all(
        s.mention.actor.type in (ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES) for s in armed
    )
    hit_only = lead.agency <= 0 and any(s.agency < 0 for s in armed)
    if (
        (hit_only and (len(sides) == 1 or (state_only and all(s.agency < 0 for s in armed))))
        or (
            # a roadside bomb that only names the soldiers it hit ("an army truck struck a mine"):
            # they did not plant it
            sub is SubEventType.REMOTE_EXPLOSIVE
            and state_only
            and (lead.agency <= 0 or MET_DEVICE_RE.search(text) is not None)
        )
        # ground a non-state side took, with only the state named: the state lost it (a foreign
        # army named is the taker: "Russia said its troops took the village")
        or (
            sub is SubEventType.NON_STATE_OVERTAKES_TERRITORY
            and all(s.mention.actor.type is ActorType.STATE_FORCES for s in armed)
        )
    ):
        # only the target is named ("an attack on a military post", "a patrol came under fire,
        # the army said"; a peacekeeper and his patrol both hit): the attacker is unidentified
        if hit_only:
            lead = min((s for s in armed if s.agency < 0), key=lambda s: (s.sentence, s.mention.start))
        target, allies = _lead_and_allies(scored, lead, country)
        attacker = fighting_civilians(scored, country, registry, text) or _unnamed(country, registry, text)
        return Roles(actor1=attacker, actor2=target, assoc_actor2=allies)
    attacked = _attacked_side(text, armed)
    if attacked is not None:
        # everyone armed was harmed and the attack was on one side: the other side attacked
        lead = min((s for s in armed if s.mention.actor.name != attacked), key=lambda s: s.mention.start)
    actor1, assoc1 = _lead_and_allies(
        scored, lead, country, against=frozenset({attacked} if attacked else ())
    )
    side1 = {actor1.name, *(a.name for a in assoc1)}
    # a weapon is no one's target ("fired missiles at a ship": the missiles are not a side)
    others = [s for s in armed if s.mention.actor.name not in side1 and not _weapon(s)]
    actor2: Actor | None = None
    assoc2: tuple[Actor, ...] = ()
    if sub.event_type is EventType.REMOTE_VIOLENCE and all(
        s.agency > 0 and s.sentence > lead.sentence for s in others
    ):
        # "a drone hit a market, killing nine civilians. The army has repelled the RSF": a side
        # acting only after the strike is told is its setting; who was hit is the target
        others = [] if _remote_target(text, scored, sub, country, registry) is not None else others
    if others:
        hit = min(others, key=lambda s: (s.agency, s.sentence, s.mention.start))
        # "a mixed army and VDP patrol ...; 12 soldiers died": the army's allies named once are its
        hit = next(
            (s for s in others if s.mention.actor.name == hit.mention.actor.name and _allies(scored, s)), hit
        )
        actor2, assoc2 = _lead_and_allies(scored, hit, country, against=frozenset(side1))
    elif sub.event_type is EventType.REMOTE_VIOLENCE:
        actor2 = _remote_target(text, scored, sub, country, registry)
    elif country is not None:
        communal = fighting_civilians(scored, country, registry, text, min_agency=0)
        if communal is not None:
            # "farmers and Fulani herders clashed": the armed villagers are the other side,
            # first when the text names them first
            first_civil = min(
                (s for s in scored if s.mention.actor.mention == communal.mention),
                key=lambda s: s.mention.start,
            )
            if first_civil.mention.start < lead.mention.start and first_civil.agency >= lead.agency:
                return Roles(actor1=communal, actor2=actor1, assoc_actor2=assoc1)
            return Roles(actor1=actor1, actor2=communal, assoc_actor1=assoc1)
        actor2 = unnamed_opponent(text, scored, actor1, country, when, registry)
    return Roles(actor1=actor1, actor2=actor2, assoc_actor1=assoc1, assoc_actor2=assoc2)


def _attacked_side(text: str, armed: list[Scored]) -> str | None:
    """The side an attack was on, where every armed side named was harmed and no other side acts
    ("three gendarmes and 12 assailants were killed in an attack on the gendarmerie brigade")."""
    if any(s.agency > 0 for s in armed) or len({s.mention.actor.name for s in armed}) < 2:
        return None
    for s in armed:
        if _ATTACK_ON_RE.search(text, max(0, s.mention.start - 40), s.mention.start):
            return s.mention.actor.name
    return None


_ATTACK_ON_RE = re.compile(
    r"\b(?:attacks?|raids?|ambush(?:es)?|assaults?|offensive) (?:on|against) (?:the |a |an |their |its )?(?:[\w-]+ )?$",
    re.IGNORECASE,
)


def _remote_target(
    text: str, scored: list[Scored], sub: SubEventType, country: str | None, registry: ActorRegistry
) -> Actor | None:
    """The side remote violence fell on when no armed side is named as hit: civilians harmed, or
    who died in it ("three children died when a shell hit their home")."""
    if sub in BOMBS or any(
        s.mention.actor.type is ActorType.CIVILIANS
        and (s.agency <= 0 or _THEN_DIED_RE.match(text, s.mention.end) is not None)
        for s in scored
    ):
        return fallback(country, registry, "civilians")
    return None


def _looted(text: str, rest: list[Scored], country: str | None, registry: ActorRegistry) -> Actor | None:
    """Whose property was looted or destroyed: a state force whose premises are named (ACLED's
    property-destruction notes naming a police, gendarmerie, customs or army building or vehicle:
    the force in 10, civilians in 5), else civilians (363 of ACLED's 471 such events)."""
    owner = next((s.mention.actor for s in rest if premises(text, s.mention, vehicles=True)), None)
    return owner or fallback(country, registry, "civilians")


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
        state = state_mention(scored)
        captor = _best_agent(armed)
        if state is None and captor is not None and captor.agency > 0:
            state = captor.mention.actor  # "SDF fighters arrested 20 suspected IS members"
        actor1 = state or (registry.state_forces(country, when, branch="Police") if country else None)
        # who is only said to be around ("fighters linked to IS operate in the area") was not taken
        others = [
            s.mention.actor
            for s in sorted(scored, key=lambda s: s.agency == WITNESS)
            if actor1 is None or s.mention.actor.name != actor1.name
        ]
        targets = [a for a in others if a.type is not ActorType.STATE_FORCES]
        # "detained 20 people suspected of recruiting for the PKK": the rebel group they are held for
        held_for = next(
            (
                s.mention.actor
                for s in scored
                if s.agency != WITNESS and s.mention.actor.type is ActorType.REBEL_GROUP
                and not s.mention.actor.name.startswith("Unidentified")
                and (actor1 is None or s.mention.actor.name != actor1.name)
            ),
            None,
        )  # fmt: skip
        actor2 = held_for or (targets[0] if targets else fallback(country, registry, "civilians"))
        return Roles(actor1=actor1, actor2=actor2)
    if (
        sub is SubEventType.AGREEMENT
        and country is not None
        and (signed := signatories(text, armed, country, when, registry))
    ):
        return signed
    if sub is SubEventType.OTHER and mass_grave(text):
        # a mass grave found: who killed them where the text names it ("killed by IS"), not who found
        # it, else an unidentified group; the dead are civilians (our ACLED notes: an armed side first)
        killer = _best_agent([s for s in armed if s.agency >= 2])
        actor1 = killer.mention.actor if killer is not None else fallback(country, registry, "unidentified")
        return Roles(actor1=actor1, actor2=fallback(country, registry, "civilians"))
    if sub is SubEventType.OTHER and displacement_only(text):  # the displaced are the event's people
        return Roles(actor1=fallback(country, registry, "civilians"), actor2=None)
    return _other_strategic(text, scored, armed, sub, country, when, registry)


# The weapon's sender, named just before: "drones launched by Russia", "a rocket fired by Hezbollah".
def _other_strategic(
    text: str,
    scored: list[Scored],
    armed: list[Scored],
    sub: SubEventType,
    country: str | None,
    when: date | None,
    registry: ActorRegistry,
) -> Roles:
    gone: set[str] = set()
    if sub is SubEventType.NON_VIOLENT_TRANSFER:  # who pulled out handed the ground over
        left = {id(s) for s in armed if took_no_ground(text, s.mention)}
        # "after clashes with Fano" last week does not undo "Fano militiamen entered the town"
        stayed = {
            s.mention.actor.name for s in armed if id(s) not in left and s.agency > 0 and s.sentence == 0
        }
        gone = {s.mention.actor.name for s in armed if id(s) in left} - stayed
        armed = [s for s in armed if s.mention.actor.name not in gone] or armed
    lead = _best_agent(armed) or _best_agent(scored)
    state = [s for s in armed if s.mention.actor.type in _STATE_TYPES and s.agency >= 0]
    if sub is SubEventType.DISRUPTED_WEAPONS_USE and state:
        # "soldiers defused an IED planted by JNIM": who disrupts the weapon is actor1, the
        # group that planted it (the agent of "planted by") actor2; so "drones launched by
        # Russia" that Ukraine's forces shot down (ACLED's interceptions: the interceptor first)
        senders = [s for s in armed if sender(text, s)]
        lead = _best_agent([s for s in state if s not in senders]) or _best_agent(state)
        if lead is not None and senders and country is not None:
            first, allies = _lead_and_allies(scored, lead, country)
            if senders[0].mention.actor.name != first.name:
                return Roles(actor1=first, actor2=senders[0].mention.actor, assoc_actor1=allies)
    if (
        sub in (SubEventType.CHANGE_TO_GROUP, SubEventType.OTHER)
        and country is not None
        and (lead is None or lead.agency <= 0)
        and ADMINISTRATION_RE.search(text)
    ):
        # a curfew, a state of emergency, a decree: the state as administration, not its forces
        return Roles(actor1=registry.government(country, when))
    if sub in (SubEventType.CHANGE_TO_GROUP, SubEventType.HEADQUARTERS_ESTABLISHED):
        # the side the lede opens with changed itself or set up the base ("the army set up a post
        # in Ilaga after attacks by rebels"), not the one its setting names as acting
        opening = [
            s
            for s in armed
            if s.sentence == 0 and 0 <= s.agency <= 2 and not s.mention.actor.name.startswith("Unidentified")
        ]
        lead = min(opening, key=lambda s: s.mention.start) if opening else lead
    if lead is None:
        actor1 = fallback(country, registry, "unidentified")
        if sub is SubEventType.LOOTING:
            # "an unidentified group destroyed election materials": property is someone's
            return Roles(actor1=actor1, actor2=_looted(text, scored, country, registry))
        return Roles(actor1=actor1)
    actor1, assoc1 = _lead_and_allies(scored, lead, country)
    side1 = {actor1.name, *(a.name for a in assoc1)}
    rest = [s for s in scored if s.mention.actor.name not in side1]
    actor2 = None
    if sub is SubEventType.LOOTING:
        actor2 = _looted(text, [s for s in rest if s.mention.actor.name != actor1.name], country, registry)
    elif sub is SubEventType.DISRUPTED_WEAPONS_USE and actor1.type in _STATE_TYPES:
        # the weapons are an armed group's: the one named, else an unidentified one
        owners = weapon_owners(rest, actor1)
        if owners:
            actor2 = min(owners, key=lambda s: (s.sentence, s.mention.start)).mention.actor
        elif country is not None:
            actor2 = registry.unidentified(country)
    elif rest and sub not in (SubEventType.CHANGE_TO_GROUP, SubEventType.HEADQUARTERS_ESTABLISHED):
        # who reported it ("residents said") is no side
        sides = [s for s in rest if s.agency != WITNESS] or rest
        if (
            sub is SubEventType.NON_VIOLENT_TRANSFER
        ):  # ground is handed over by an armed side, the one that left
            sides = [s for s in sides if s.mention.actor.type in ARMED] or sides
            sides = [s for s in sides if s.mention.actor.name in gone] or sides
        actor2 = min(sides, key=lambda s: (s.agency, s.sentence, s.mention.start)).mention.actor
    if sub is SubEventType.AGREEMENT and actor2 is None and assoc1:
        # "Ukraine and Russia swapped prisoners": the parties to a deal are its two sides, not allies
        actor2, assoc1 = assoc1[0], assoc1[1:]
    return Roles(actor1=actor1, actor2=actor2, assoc_actor1=assoc1)


__all__ = ["ARMED", "Roles", "Scored", "assign_roles", "score_mentions"]
