"""Ordinary people who fight: ACLED's communal militias and the armed individuals it leaves unidentified.

Villagers, farmers or herders who attack or clash act as a community, which ACLED codes as a
communal (or, for herders, ethnic) militia named after the locality the text gives; one armed
person with no community behind them is an unidentified armed group. :mod:`vigil.extract.roles`
asks here when the side that acts is people rather than an armed actor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vigil.domain import Actor
from vigil.extract.actors import ActorMention, ActorRegistry
from vigil.extract.agency import CLASH_RE, Scored
from vigil.taxonomy import ActorType

# "villagers from Garou": the place a group of ordinary people comes from (a capitalised name)
_FROM_PLACE_RE = re.compile(
    r"\s+(?:from|of)\s+(?:the\s+(?:villages?|towns?|localit(?:y|ies))\s+of\s+)?([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})\b"
)

# Ordinary people who fight as a community (a communal militia in ACLED's terms), not as individuals.
_COMMUNITY_RE = re.compile(
    r"\b(?:villagers|residents|inhabitants|locals|farmers|herders|herdsmen|pastoralists|hunters|youths|"
    r"community|communities|fishermen|miners|traders|families|people from|nomads)\b",
    re.IGNORECASE,
)
# One member of such a community ("a farmer"), or a gloss naming one ("(believed to be farmers)").
_MEMBER_RE = re.compile(
    r"\b(?:villager|resident|inhabitant|farmer|herder|herdsman|pastoralist|hunter|fisherman|miner|nomad|"
    r"shepherd)\b",
    re.IGNORECASE,
)
_GLOSS_RE = re.compile(r"[^()]{0,30}\(([^)]*)\)")  # "individuals (believed to be farmers)"
_PASTORAL_RE = re.compile(r"\b(?:herders?|herdsm[ae]n|herdmen|pastoralists?|nomads?|cattle keepers?)\b", re.I)


def civil_agent(
    scored: list[Scored], country: str | None, registry: ActorRegistry, text: str = "", *, min_agency: int = 2
) -> Actor | None:
    """Armed villagers or farmers who attack are a communal militia in ACLED's terms, named after
    their locality when the text gives it ("people from Garou" -> ``Garou Communal Militia``)."""
    agents = [
        s
        for s in scored
        if s.mention.actor.type is ActorType.CIVILIANS
        and (
            s.agency >= min_agency
            if min_agency != 0
            else s.agency >= 2 or (s.agency >= 0 and _clash_party(text, s))
        )
    ]
    if not agents:
        return None
    first = agents[0].mention
    home = _FROM_PLACE_RE.match(text, first.end) if text else None
    label = home.group(1) if home else "Unidentified"
    # herders who attack are coded by their (unnamed) ethnic identity, villagers by their locality
    kind = "Ethnic" if _PASTORAL_RE.search(first.actor.mention) and not home else "Communal"
    suffix = f" ({country})" if country else ""
    return Actor(name=f"{label} {kind} Militia{suffix}", type=ActorType.IDENTITY_MILITIA,
                 country=country, mention=first.actor.mention)  # fmt: skip


def clash_parties(
    scored: list[Scored], country: str | None, registry: ActorRegistry, text: str
) -> tuple[Actor, Actor] | None:
    """The two communities a clash sets against each other ("clashes between herders and farmers").

    Each is a militia of its own: herders by their (unnamed) ethnic identity, farmers and villagers
    by their locality ("farmers from Gangban" -> ``Gangban Communal Militia``); ACLED codes 4-4
    (Armed clash between two identity militias 80 times where a note names two such sides).
    """
    parties: list[Actor] = []
    for s in scored:
        if s.mention.actor.type is not ActorType.CIVILIANS or s.agency < 0 or not _clash_party(text, s):
            continue
        side = civil_agent([s], country, registry, text, min_agency=0)
        if side is not None and all(p.mention != side.mention for p in parties):
            parties.append(side)
    if len(parties) < 2 or (parties[0].name == parties[1].name and not _differ(parties[0], parties[1])):
        return None
    return parties[0], parties[1]


# "residents of Tabarak and (villagers from) Umm Dukhun": the second locality of a fight between two
_AND_PLACE_RE = re.compile(
    r"\s+and\s+(?:(?:the\s+)?(?:people|residents|villagers|inhabitants|youths?|farmers|those)\s+(?:from|of)\s+)?"
    r"([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})\b"
)


def home_rivals(scored: list[Scored], country: str | None, text: str) -> tuple[Actor, Actor] | None:
    """Two localities whose people fight ("residents of A and B fought"): a communal militia each,
    ``A Communal Militia`` against ``B Communal Militia``, as ACLED names them in a battle."""
    for s in scored:
        if s.mention.actor.type is not ActorType.CIVILIANS or s.agency < 0:
            continue
        home = _FROM_PLACE_RE.match(text, s.mention.end)
        rival = _AND_PLACE_RE.match(text, home.end()) if home else None
        if home is None or rival is None or rival.group(1) == home.group(1):
            continue
        return _locality_militia(home.group(1), country, s), _locality_militia(rival.group(1), country, s)
    return None


def _locality_militia(place: str, country: str | None, s: Scored) -> Actor:
    suffix = f" ({country})" if country else ""
    return Actor(name=f"{place} Communal Militia{suffix}", type=ActorType.IDENTITY_MILITIA, country=country,
                 mention=s.mention.actor.mention)  # fmt: skip


def _differ(a: Actor, b: Actor) -> bool:
    """Two different peoples in one clash, though both unnamed ("herders and farmers")."""
    return bool(_PASTORAL_RE.search(a.mention)) != bool(_PASTORAL_RE.search(b.mention))


# "gunmen suspected to be Fulani herdsmen", "unknown gunmen [possibly farmers]": the identity a
# report gives armed men it cannot name, read as the text just before that identity.
_GLOSSED_AS_RE = re.compile(
    r"\b(?:gunm[ae]n|(?:armed\s+)?(?:men|individuals|persons)|attackers|assailants|group)\s*[\[(,]?\s*"
    r"(?:(?:who\s+(?:are|were)\s+)?(?:suspected|believed|said|thought|presumed|reported)\s+to\s+be|"
    r"possibl[ey]|likely|probably|suspected)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def glossed_identity(
    text: str, scored: list[Scored], country: str | None, registry: ActorRegistry
) -> Actor | None:
    """The identity a gloss gives unnamed armed men: ACLED codes the suspected community.

    "gunmen said to be Fulani pastoralists" -> ``Fulani Ethnic Militia``, "unknown gunmen [possible
    farmers]" -> ``Unidentified Communal Militia`` (the Benin notes that gloss gunmen so are coded to
    the community every time they are not coded to a named armed group). Read from the words alone:
    a parse takes "gunmen suspected to be ..." for someone suspecting.
    """
    for s in scored:
        if not _GLOSSED_AS_RE.search(text[max(0, s.mention.start - 70) : s.mention.start]):
            continue
        if s.mention.actor.type is ActorType.IDENTITY_MILITIA:
            return s.mention.actor
        said = s.mention.actor.mention
        if s.mention.actor.type is ActorType.CIVILIANS and (
            _MEMBER_RE.search(said) or _COMMUNITY_RE.search(said)
        ):
            return civil_agent([s], country, registry, text, min_agency=-9)
    return None


def crowd_militia(scored: list[Scored], country: str | None, text: str) -> Actor | None:
    """A crowd ("youths", "angry residents") that carries out an attack is a communal militia.

    ACLED gives rioters (inter 5) only to riots and protests: across its notes no Attack has
    Rioters as actor1 (0 of 29,324 notes; inter 5 is in Riots 4,658 times, Protests 59), so
    people who raid a settlement are named after their locality ("youths from Bidi" ->
    ``Bidi Communal Militia``), or left unidentified.
    """
    crowd = next((s for s in scored if s.mention.actor.type is ActorType.RIOTERS and s.agency > 0), None)
    if crowd is None:
        return None
    home = _FROM_PLACE_RE.match(text, crowd.mention.end)
    label = home.group(1) if home else "Unidentified"
    suffix = f" ({country})" if country else ""
    return Actor(name=f"{label} Communal Militia{suffix}", type=ActorType.IDENTITY_MILITIA, country=country,
                 mention=crowd.mention.actor.mention)  # fmt: skip


def fighting_civilians(
    scored: list[Scored],
    country: str | None,
    registry: ActorRegistry,
    text: str,
    *,
    min_agency: int = 2,
    members: bool = False,
) -> Actor | None:
    """Ordinary people who fight in a battle: a community ("villagers", "farmers") is a communal
    militia; one armed person ("a man shot at the police") an unidentified armed group."""
    communal = civil_agent(scored, country, registry, text, min_agency=min_agency)
    if communal is None or _COMMUNITY_RE.search(communal.mention):
        return communal
    if members and (
        not communal.name.startswith("Unidentified Communal") or _member_of_community(text, communal)
    ):
        # "a farmer", "people from Garou", "individuals (believed to be farmers)" act for a community
        return communal
    name = registry.unidentified(country).name if country else "Unidentified Armed Group"
    return Actor(name=name, type=ActorType.POLITICAL_MILITIA, country=country, mention=communal.mention)


def _member_of_community(text: str, communal: Actor) -> bool:
    """Whether the people named are a community's members ("a farmer", or glossed so:
    "individuals (believed to be farmers)"), not anonymous individuals."""
    words = communal.mention or ""
    at = text.find(words) if words else -1
    gloss = _GLOSS_RE.match(text[at + len(words) :]) if at >= 0 else None
    said = words + (f" {gloss.group(1)}" if gloss else "")
    return bool(_MEMBER_RE.search(said) or (gloss and _COMMUNITY_RE.search(gloss.group(1))))


def _clash_party(text: str, s: Scored) -> bool:
    """A civilian noun listed as one end of a clash ("clashes between farmers and herders")."""
    window = text[max(0, s.mention.start - 40) : s.mention.end + 40]
    return bool(CLASH_RE.search(window)) and bool(re.search(r"\bbetween\b|\band\b|\bwith\b", window))


# Ordinary people who strike back at another community, and the words that make it a crowd's
# punishment of one wrongdoer (or a clash with the state's men) instead.
_REPRISAL_RE = re.compile(r"\b(?:reprisals?|retaliat\w*|revenge|aveng\w*)\b", re.IGNORECASE)
_PUNISHMENT_RE = re.compile(
    r"\b(?:thie\w+|robber\w*|steal\w*|stole|stolen|burglar\w*|witch\w*|sorcer\w*|rap(?:e|ed|ist)\w*|"
    r"kidnapper\w*|accus\w+|suspect\w*|alleged\w*|presumed|blasphem\w*|caught|lynch\w*|mobs?|police\w*|"
    r"officers?|gendarm\w*|soldiers?|customs|agents?|officials?|activists?|supporters?|part(?:y|ies)|league|cadres?|"
    r"students?|workers?)\b",
    re.IGNORECASE,
)


def communal_reprisal(text: str) -> bool:
    """Whether people strike back at another community rather than punish a wrongdoer.

    ACLED's line between a communal militia's Attack and a mob's violence: where ordinary people
    (villagers, residents, youths, farmers) harm others, a reprisal is an Attack by a communal
    militia 22 times to 8 Mob violence across its notes (12 to 3 with no crime, accusation or
    state agent named, over 4 countries); a crowd punishing a thief, a witch or an officer is a
    mob (Mob violence 314, Attack 62 where such words stand), and party men, students or workers
    striking back are a riot's rioters.
    """
    return bool(_REPRISAL_RE.search(text) and _COMMUNITY_RE.search(text)) and not _PUNISHMENT_RE.search(text)


# "Tiv and Fulani communities", "between Arab and Masalit groups": a name that shares the next one's head
_PAIRED_RE = re.compile(r"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)(?: and| or)\s+$")
_KIND_RE = re.compile(r" (Ethnic|Communal) Militia\b")


def paired_identities(
    text: str, mentions: Sequence[ActorMention], registry: ActorRegistry, country: str | None
) -> list[ActorMention]:
    """``mentions`` with the names that share a named identity militia's head noun as sides of their own.

    "Turkana and Pokot militias clashed" names two militias, though only "Pokot militias" reads as
    one: ACLED codes such pairs as two identity militias (notes naming "<A> and <B> militias /
    communities / herders / youths / groups": Armed clash between two inter-4 sides 80 times, an
    Attack by one on civilians 19, across 12 countries). The first name is read with the second's
    head through the registry ("Karamojong" -> its canonical name); a name it does not know is an
    ethnic group of that name only when the head made the second an ethnic militia.
    """
    out = list(mentions)
    for m in mentions:
        kind = _KIND_RE.search(m.actor.name)
        if (
            m.actor.type is not ActorType.IDENTITY_MILITIA
            or kind is None
            or m.actor.name.startswith("Unidentified")
        ):
            continue
        hit = _PAIRED_RE.search(text, max(0, m.start - 40), m.start)
        if (
            hit is None
            or hit.end() != m.start
            or any(o.start < hit.end(1) and hit.start(1) < o.end for o in mentions)
        ):
            continue
        words = hit.group(1)
        if words.split()[0].lower() in _NOT_A_NAME or _MEMBERSHIP_RE.search(text, 0, hit.start(1)):
            continue  # "villagers of the Foulse and Mossi communities" belong to them, they are no sides
        head = text[m.start : m.end].split(" ", 1)[-1]
        partner = _registered(f"{words} {head}", registry, country) or _registered(
            f"{words.split()[0]} {head}", registry, country
        )
        if partner is None:
            if kind.group(1) != "Ethnic" or registry.find(words, country=country):
                continue  # a place, a demonym or an armed group named before the head is no ethnic group
            suffix = f" ({country})" if country else ""
            partner = Actor(
                name=f"{words} Ethnic Militia{suffix}", type=ActorType.IDENTITY_MILITIA, country=country
            )
        partner = Actor(name=partner.name, type=partner.type, country=partner.country, mention=words)
        out.append(ActorMention(actor=partner, start=hit.start(1), end=hit.end(1)))
    for hit in _BARE_PAIR_RE.finditer(text):
        for g in (g for g in (1, 2, 3, 4) if hit.group(g)):
            if any(o.start < hit.end(g) and hit.start(g) < o.end for o in out):
                continue
            found = _registered(f"{hit.group(g)} militia", registry, country)
            if found is not None and "Ethnic" in found.name:
                partner = Actor(name=found.name, type=found.type, country=found.country, mention=hit.group(g))
                out.append(ActorMention(actor=partner, start=hit.start(g), end=hit.end(g)))
    for m in list(out):
        after = _AND_UNKNOWN_RE.match(text, m.end)
        if (
            after is None
            or not m.actor.name.endswith(_ethnic_suffix(country))
            or registry.find(after.group(1))
        ):
            continue
        if any(o.start < after.end(1) and after.start(1) < o.end for o in out):
            continue
        # the head is the new side's ("Issa militias"), no generic side of its own
        out = [o for o in out if not (after.start(1) <= o.start and o.end <= after.end())]
        partner = Actor(name=f"{after.group(1)}{_ethnic_suffix(country)}", type=ActorType.IDENTITY_MILITIA,
                        country=country, mention=text[after.start(1) : after.end()])  # fmt: skip
        out.append(ActorMention(actor=partner, start=after.start(1), end=after.end()))
    return sorted(out, key=lambda o: o.start)


def _ethnic_suffix(country: str | None) -> str:
    return " Ethnic Militia" + (f" ({country})" if country else "")


# "clashes between the Maasai and Kipsigis", "Tiv and Jukun fought": two peoples named bare in a fight
# (ACLED: each an ethnic militia, e.g. Kipsigi and Maasai Ethnic Militias in every such Kenyan note)
_BARE_PAIR_RE = re.compile(
    r"(?:\b(?i:clash\w*|fighting|violence|conflict|hostilities|dispute)\s+(?:\w+\s+){0,3}?between\s+(?:the\s+)?"
    r"([A-Z][\w'-]+)\s+and\s+(?:the\s+)?([A-Z][\w'-]+)\b)|"
    r"(?:\b([A-Z][\w'-]+)\s+and\s+([A-Z][\w'-]+)\s+(?:\w+\s+)?(?:clashed|fought|battled)\b)"
)
# "Afar and Issa militias": a people the registry does not know, paired with one it does
_AND_UNKNOWN_RE = re.compile(
    r"\s+and\s+([A-Z][\w'-]+)\s+(?:militias|militiamen|communities|groups|herders|herdsmen|pastoralists|"
    r"youths|tribesmen|fighters|warriors|raiders)\b"
)
_MEMBERSHIP_RE = re.compile(r"\b(?:of|from|among)\s+(?:the\s+)?$", re.IGNORECASE)
# Capitalised words that open a sentence or a clause, not a people's name.
_NOT_A_NAME = frozenset(
    {"the", "a", "an", "on", "in", "at", "both", "armed", "rival", "local", "some", "two", "several"}
)


def _registered(phrase: str, registry: ActorRegistry, country: str | None) -> Actor | None:
    """The identity militia ``phrase`` names as a whole, as the registry reads it."""
    found = registry.find(phrase, country=country)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(phrase):
        actor = found[0].actor
        return actor if actor.type is ActorType.IDENTITY_MILITIA and _KIND_RE.search(actor.name) else None
    return None


__all__ = [
    "civil_agent",
    "clash_parties",
    "communal_reprisal",
    "crowd_militia",
    "fighting_civilians",
    "glossed_identity",
    "home_rivals",
    "paired_identities",
]
