"""Ordinary people who fight: ACLED's communal militias, and armed people it leaves unidentified.

Villagers, farmers or herders who attack or clash act as a community, which ACLED codes as a
communal (or, for herders, ethnic) militia named after the locality the text gives; one armed
person with no community behind them is an unidentified armed group. Two peoples sharing one
head noun ("Tiv and Fulani communities") are paired into two ethnic militias, the people of two
localities that fight into two communal militias, and a community that strikes back at another
community is told apart from a mob punishing a wrongdoer (:func:`communal_reprisal`).
:mod:`vigil.extract.roles` asks here when the side that acts is people rather than an armed actor.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from vigil.domain import Actor
from vigil.extract.actors import ActorMention, ActorRegistry
from vigil.extract.agency import Scored, score_mentions
from vigil.extract.geowords import ADMIN_AFTER
from vigil.extract.harmwords import CROWD
from vigil.extract.listed_sides import CLASH_RE
from vigil.extract.rolewords import RELIGIONS
from vigil.extract.speakers import WITNESS
from vigil.taxonomy import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Doc

# "villagers from Garou": the place a group of ordinary people comes from (a capitalised name)
_FROM_PLACE_RE = re.compile(
    r"\s+(?:from|of)\s+(?:the\s+(?:villages?|towns?|localit(?:y|ies))\s+of\s+)?"
    r"([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})\b"
)

# Ordinary people who fight as a community (a communal militia in ACLED's terms), not as
# individuals.
_COMMUNITY_RE = re.compile(
    r"\b(?:villagers|residents|inhabitants|locals|farmers|herders|herdsmen|pastoralists|hunters|"
    r"youths|community|communities|fishermen|miners|traders|families|people from|nomads)\b",
    re.IGNORECASE,
)
# One member of such a community ("a farmer"), or a gloss naming one ("(believed to be farmers)").
_MEMBER_RE = re.compile(
    r"\b(?:villager|resident|inhabitant|farmer|herder|herdsman|pastoralist|hunter|fisherman|miner|"
    r"nomad|shepherd)\b",
    re.IGNORECASE,
)
TwoSides = tuple[Actor, Actor]  # the two militias of one fight, in the order the text names them

_GLOSS_RE = re.compile(r"[^()]{0,30}\(([^)]*)\)")  # "individuals (believed to be farmers)"
_PASTORAL_RE = re.compile(
    r"\b(?:herders?|herdsm[ae]n|herdmen|pastoralists?|nomads?|cattle keepers?)\b", re.IGNORECASE
)


def militia(label: str, kind: str, country: str | None, mention: str = "") -> Actor:
    """An identity militia as ACLED names it: ``<label> <kind> Militia (<country>)``
    ("Garou Communal Militia (Benin)", "Fulani Ethnic Militia (Nigeria)")."""
    suffix = f" ({country})" if country else ""
    return Actor(name=f"{label} {kind} Militia{suffix}", type=ActorType.IDENTITY_MILITIA,
                 country=country, mention=mention)  # fmt: skip


# The kind ACLED gives an unnamed community's militia, by the word the text uses. Across ACLED's
# Armed clash notes on such fighting with an unnamed militia: "clan" Clan 4 (Ethnic 4), "tribal"
# Tribal 1 (Ethnic 1), "ethnic" Ethnic 9; families, villages or "communal" Communal 7 (Ethnic 3).
_KIND_WORDS = (
    ("Clan", re.compile(r"\b(?:inter-?|sub-?)?clans?\b", re.IGNORECASE)),
    ("Tribal", re.compile(r"\b(?:inter-?)?trib(?:al|es)\b", re.IGNORECASE)),
    ("Ethnic", re.compile(r"\b(?:inter-?)?ethnic\b", re.IGNORECASE)),
)


def unnamed_militia(text: str, country: str | None) -> Actor:
    """The militia of an unnamed community, of the kind its word names ("inter-clan clashes" ->
    ``Unidentified Clan Militia``); communal where the text says communities, villages or families."""
    found = [(m.start(), kind) for kind, rx in _KIND_WORDS if (m := rx.search(text))]
    return militia("Unidentified", min(found)[1] if found else "Communal", country)


def civil_agent(
    scored: list[Scored],
    country: str | None,
    text: str = "",
    *,
    min_agency: int = 2,
    any_agency: bool = False,
) -> Actor | None:
    """Armed villagers or farmers who attack are a communal militia in ACLED's terms, named after
    their locality when the text gives it ("people from Garou" -> ``Garou Communal Militia``).

    ``min_agency`` 0 also admits a party to a clash; ``any_agency`` reads the first civilians
    whatever their part (a gloss has already said they are the attackers)."""
    agents = [
        s
        for s in scored
        if s.mention.actor.type is ActorType.CIVILIANS
        and (
            any_agency
            or (
                s.agency >= min_agency
                if min_agency != 0
                else s.agency >= 2 or (s.agency >= 0 and _clash_party(text, s))
            )
        )
    ]
    if not agents:
        return None
    first = agents[0].mention
    home = _FROM_PLACE_RE.match(text, first.end) if text else None
    if home is not None and _is_region(home.group(1)):
        home = None  # "farmers of Plateau State", "residents of Kenya": no locality
    label = home.group(1) if home else "Unidentified"
    # herders who attack are coded by their (unnamed) ethnic identity, villagers by their locality
    kind = "Ethnic" if _PASTORAL_RE.search(first.actor.mention) and not home else "Communal"
    return militia(label, kind, country, first.actor.mention)


def clash_parties(scored: list[Scored], country: str | None, text: str) -> TwoSides | None:
    """The two communities a clash sets against each other ("clashes between herders and farmers").

    Each is a militia of its own: herders by their (unnamed) ethnic identity, farmers and villagers
    by their locality ("farmers from Gangban" -> ``Gangban Communal Militia``). Where a note names
    two such communities ("farmers and herders") with a clash word, ACLED codes an Armed clash
    between two identity militias (4-4) 19 times of 25 (Mob violence 4, other battles 2).
    """
    parties: list[Actor] = []
    for s in scored:
        civilians = s.mention.actor.type is ActorType.CIVILIANS
        if not civilians or s.agency < 0 or not _clash_party(text, s):
            continue
        side = civil_agent([s], country, text, min_agency=0)
        if side is not None and all(p.mention != side.mention for p in parties):
            parties.append(side)
    if len(parties) < 2:
        return None
    first, second = parties[0], parties[1]
    return None if first.name == second.name and not _differ(first, second) else (first, second)


# "residents of Tabarak and (villagers from) Umm Dukhun": the second locality of a fight between two
_AND_PLACE_RE = re.compile(
    r"\s+and\s+(?:(?:the\s+)?(?:people|residents|villagers|inhabitants|youths?|farmers|those)\s+"
    r"(?:from|of)\s+)?"
    r"([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})\b"
)


def home_rivals(scored: list[Scored], country: str | None, text: str) -> TwoSides | None:
    """Two localities whose people fight ("residents of A and B fought"): a communal militia each,
    ``A Communal Militia`` against ``B Communal Militia``, as ACLED names them in a battle."""
    for s in scored:
        if s.mention.actor.type is not ActorType.CIVILIANS or s.agency < 0:
            continue
        home = _FROM_PLACE_RE.match(text, s.mention.end)
        rival = _AND_PLACE_RE.match(text, home.end()) if home else None
        if home is None or rival is None or rival.group(1) == home.group(1):
            continue
        # a country, a demonym or a province is no locality ("villagers of Garou and Nigerian
        # herders"); a rival named before herders is a people (an ethnic militia)
        if (
            _is_region(home.group(1))
            or _is_region(rival.group(1))
            or _PASTORAL_RE.match(text, rival.end() + 1)
        ):
            continue
        said = s.mention.actor.mention
        first = militia(home.group(1), "Communal", country, said)
        return first, militia(rival.group(1), "Communal", country, said)
    return None


@cache
def _countries() -> frozenset[str]:
    """Countries, their other names and their demonyms, lower-cased."""
    names: set[str] = set()
    data = resources.files("vigil.extract").joinpath("data/countries.tsv.gz").read_bytes()
    for row in gzip.decompress(data).decode("utf-8").splitlines():
        cols = row.split("\t")
        names.update(n.lower() for n in (cols[1], cols[5], *cols[4].split("|")) if n)
    return frozenset(names)


def _is_region(name: str) -> bool:
    """Whether ``name`` is wider than the locality a communal militia is named after: a country,
    a demonym or an area named as one ("Kenya", "Nigerian", "Plateau State").

    A bare first-level area stays a locality: ACLED names 23 of its 211 named communal militias
    after one (Kenya's counties: "Marsabit Communal Militia" 9 times, "Isiolo" 5).
    """
    if name.split()[-1].lower() in ADMIN_AFTER:
        return True
    countries = _countries()
    return name.lower() in countries or (name.endswith("s") and name[:-1].lower() in countries)


def _differ(a: Actor, b: Actor) -> bool:
    """Two different peoples in one clash, though both unnamed ("herders and farmers")."""
    return bool(_PASTORAL_RE.search(a.mention)) != bool(_PASTORAL_RE.search(b.mention))


# "gunmen suspected to be Fulani herdsmen", "unknown gunmen [possibly farmers]": the identity a
# report gives armed men it cannot name, read as the text just before that identity. Between the
# gloss and the identity stand only its qualifiers (a people's name, "armed", "local"), never a
# verb: in "gunmen probably killed three villagers" the villagers are the victims.
_GLOSSED_AS_RE = re.compile(
    r"(?i:\b(?:gunm[ae]n|(?:armed\s+)?(?:men|individuals|persons)|attackers|assailants|group)"
    r"\s*[\[(,]?\s*"
    r"(?:(?:who\s+(?:are|were)\s+)?(?:suspected|believed|said|thought|presumed|reported)\s+to\s+be|"
    r"possibl[ey]|likely|probably|suspected))\s+"
    r"(?:(?:[A-Z][\w'-]*|(?i:armed|local|nomadic|pastoral|rival|young|some|the|a|an))\s+){0,2}$"
)

_TO_BE_RE = re.compile(r"\bto\s+be\b", re.IGNORECASE)  # a parse reads its subject as the victim


def glossed_identity(text: str, scored: list[Scored], country: str | None) -> Actor | None:
    """The identity a gloss gives unnamed armed men: ACLED codes the suspected community.

    "gunmen said to be Fulani cattle keepers" -> ``Fulani Ethnic Militia``, "unknown gunmen
    [possible farmers]" -> ``Unidentified Communal Militia`` (the Benin notes that gloss gunmen so
    are coded to the community every time they are not coded to a named armed group). Read from
    the words alone: a parse takes "gunmen suspected to be ..." for someone suspecting.
    """
    for s in scored:
        gloss = _GLOSSED_AS_RE.search(text[max(0, s.mention.start - 70) : s.mention.start])
        if gloss is None or (s.agency < 0 and not _TO_BE_RE.search(gloss.group(0))):
            continue  # "gunmen, possibly farmers" act; "gunmen likely ambushed farmers" hit them
        if s.mention.actor.type is ActorType.IDENTITY_MILITIA:
            return s.mention.actor
        said = s.mention.actor.mention
        if s.mention.actor.type is ActorType.CIVILIANS and (
            _MEMBER_RE.search(said) or _COMMUNITY_RE.search(said)
        ):
            return civil_agent([s], country, text, any_agency=True)
    return None


def crowd_militia(scored: list[Scored], country: str | None, text: str) -> Actor | None:
    """A crowd ("youths", "angry residents") that carries out an attack is a communal militia.

    ACLED gives rioters (inter 5) only to riots and protests: across its notes no Attack has
    Rioters as actor1 (0 of 29,324 notes; inter 5 is in Riots 4,658 times, Protests 59), so
    people who raid a settlement are named after their locality ("youths from Bidi" ->
    ``Bidi Communal Militia``), or left unidentified.
    """
    rioters = (s for s in scored if s.mention.actor.type is ActorType.RIOTERS and s.agency > 0)
    crowd = next(rioters, None)
    if crowd is None:
        return None
    home = _FROM_PLACE_RE.match(text, crowd.mention.end)
    label = home.group(1) if home and not _is_region(home.group(1)) else "Unidentified"
    return militia(label, "Communal", country, crowd.mention.actor.mention)


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
    communal = civil_agent(scored, country, text, min_agency=min_agency)
    if communal is None or _COMMUNITY_RE.search(communal.mention):
        return communal
    named = not communal.name.startswith("Unidentified Communal")
    if members and (named or _member_of_community(text, communal)):
        # "a farmer", "people from Garou", "individuals (believed to be farmers)" act for a
        # community
        return communal
    name = registry.unidentified(country).name if country else "Unidentified Armed Group"
    kind = ActorType.POLITICAL_MILITIA
    return Actor(name=name, type=kind, country=country, mention=communal.mention)


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
    return bool(CLASH_RE.search(window)) and bool(_LISTED_RE.search(window))


_LISTED_RE = re.compile(r"\bbetween\b|\band\b|\bwith\b")


# Ordinary people who strike back at another community, and the words that make it a crowd's
# punishment of one wrongdoer (or a clash with the state's men) instead.
_REPRISAL_RE = re.compile(r"\b(?:reprisals?|retaliat\w*|revenge|aveng\w*)\b", re.IGNORECASE)
_PUNISHMENT_RE = re.compile(
    r"\b(?:thie\w+|robber\w*|steal\w*|stole|stolen|burglar\w*|witch\w*|sorcer\w*|"
    r"rap(?:e|ed|ist)\w*|kidnapper\w*|accus\w+|suspect\w*|alleged\w*|presumed|blasphem\w*|caught|"
    r"lynch\w*|mobs?|police\w*|officers?|gendarm\w*|soldiers?|customs|agents?|officials?|"
    r"activists?|supporters?|part(?:y|ies)|league|cadres?|students?|workers?)\b",
    re.IGNORECASE,
)


# Whom a community strikes back at: another community, its settlement or its people ("burned a
# Fulani camp", "attacked the neighbouring village", "killed two herders"), not one person.
_COMMUNITY_TARGET_RE = re.compile(
    r"\b(?:communit(?:y|ies)|villages?|settlements?|camps?|hamlets?|encampments?|neighbou?rhoods?|"
    r"villagers|herders?|herdsm[ae]n|pastoralists?|nomads?|farmers|settlers|tribesmen|clans?|"
    r"(?:ethnic|rival)\s+\w+|neighbou?ring\s+(?-i:[A-Z])\w+)\b|"
    r"\b(?!(?:the|an?|some|local|two|three|several)\b)(?-i:[A-Z])[\w'-]+\s+"
    r"(?:people|m[ae]n|youths?|wom[ae]n|families|homes|houses|herder|farmer|villager)\b",
    re.IGNORECASE,
)
_NAMED_PEOPLE_RE = re.compile(r"\b[A-Z][\w'-]+\s+(?:people|community|communities|villagers)\b")
_SENTENCE_END_RE = re.compile(r"[.;](?:\s|$)")


def communal_reprisal(text: str) -> bool:
    """Whether people strike back at another community rather than punish a wrongdoer.

    ACLED's line between a communal militia's Attack and a mob's violence: where ordinary people
    (villagers, residents, youths, farmers) harm others, a reprisal is an Attack by a communal
    militia 22 times to 8 Mob violence across its notes (12 to 3 with no crime, accusation or
    state agent named, over 4 countries); a crowd punishing a thief, a witch or an officer is a
    mob (Mob violence 314, Attack 62 where such words stand), and party men, students or workers
    striking back are a riot's rioters. The target must be a community ("burned a Fulani camp in
    reprisal"): villagers who beat a driver to death "in revenge" for a child he ran over are a mob.
    """
    reprisal = _REPRISAL_RE.search(text)
    if reprisal is None or _COMMUNITY_RE.search(text) is None or _PUNISHMENT_RE.search(text):
        return False
    # who strike back: the first community named, or a people ("Tanda people burned two herders' huts")
    agents = min(
        (m for m in (_COMMUNITY_RE.search(text), _NAMED_PEOPLE_RE.search(text)) if m is not None),
        key=lambda m: m.start(),
    )
    # the deed: from the people who act to the reprisal word, or to the end of their sentence
    # when the reprisal is told first ("In revenge, villagers attacked ...")
    if reprisal.start() > agents.end():
        deed = text[agents.end() : reprisal.start()]
    else:
        end = _SENTENCE_END_RE.search(text, agents.end())
        deed = text[agents.end() : end.start() if end else len(text)]
    return bool(_COMMUNITY_TARGET_RE.search(deed))


# "Tiv and Fulani communities", "between Arab and Masalit groups": a name that shares the next
# one's head
_PAIRED_RE = re.compile(r"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)(?: and| or)\s+$")
_KIND_RE = re.compile(r" (Ethnic|Communal) Militia\b")
# Words that set two peoples fighting, near the pair; elsewhere two peoples named together
# ("Hausa and Fulani herdsmen live in peace") are no sides of an event.
_FIGHT_NEAR_RE = re.compile(
    r"\b(?:clash\w*|fight\w*|fought|battl\w*|attack\w*|raid\w*|kill\w*|violence|hostilities|"
    r"feud\w*|reprisals?|retaliat\w*|war)\b",
    re.IGNORECASE,
)


def paired_identities(
    text: str,
    mentions: Sequence[ActorMention],
    registry: ActorRegistry,
    country: str | None,
    *,
    violent: bool = True,
) -> list[ActorMention]:
    """``mentions`` with the names that share an identity militia's head noun as sides of their own.

    "Turkana and Pokot militias clashed" names two militias, though only "Pokot militias" reads as
    one: ACLED codes such pairs as two identity militias (notes naming "<A> and <B> militias /
    communities / herders / youths / groups": Armed clash between two inter-4 sides 55 times, an
    Attack by one 18, of 87 such notes across 5 countries). The first name is read with the
    second's head through the registry ("Karamojong" -> its canonical name); a name it does not
    know as a people of the same kind is no side (a place, a weekday, a faith, an organisation:
    "Gunmen in Zamfara and Fulani militias"). Outside a violent event (``violent`` false) a pair
    counts only with a fight told within a few words of it.
    """
    out = named_clans(text, list(mentions), country)
    for m in list(out):
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
            or not (violent or _fight_near(text, hit.start(1), m.end))
        ):
            continue
        words = hit.group(1)
        if words.split()[0].lower() in _NOT_A_NAME or _MEMBERSHIP_RE.search(text, 0, hit.start(1)):
            continue  # "residents of the Bissa and Mossi communities" belong to them: no sides
        head = text[m.start : m.end].split(" ", 1)[-1]
        partner = _registered(f"{words} {head}", registry, country) or _registered(
            f"{words.split()[0]} {head}", registry, country
        )
        if partner is None or f" {kind.group(1)} Militia" not in partner.name:
            continue  # a place, a demonym or an armed group named before the head is no people
        out.append(_side(partner, words, hit.start(1), hit.end(1)))
    for hit in _BARE_PAIR_RE.finditer(text):
        for g in (g for g in (1, 2, 3, 4) if hit.group(g)):
            if any(o.start < hit.end(g) and hit.start(g) < o.end for o in out):
                continue
            found = _ethnic(hit.group(g), registry, country)
            if found is not None:
                out.append(_side(found, hit.group(g), hit.start(g), hit.end(g)))
    for m in list(out):
        after = _AND_PEOPLE_RE.match(text, m.end)
        if after is None or "Ethnic Militia" not in m.actor.name:
            continue
        if any(o.start < after.end(1) and after.start(1) < o.end for o in out):
            continue
        if not (violent or _fight_near(text, m.start, after.end())):
            continue
        found = _ethnic(after.group(1), registry, country)
        if found is None:
            continue  # "Fulani herdsmen and Christian youths": a faith, a place, no people
        # the head is the new side's ("Tiv youths"), no generic side of its own
        out = [o for o in out if not (after.start(1) <= o.start and o.end <= after.end())]
        said = text[after.start(1) : after.end()]
        out.append(_side(found, said, after.start(1), after.end()))
    return sorted(out, key=lambda o: o.start)


# "the Ambulin and Sikin clans", "the Matan clan": clans the text names before its head noun
_CLAN_NAMES_RE = re.compile(r"\b([A-Z][\w'-]+)(?:\s*(?:,|and|&)\s*(?:the\s+)?([A-Z][\w'-]+))?\s+$")
_CLAN_HEAD_RE = re.compile(r"(?i:(sub-?)?clans?|trib(es?))$")


def named_clans(text: str, mentions: list[ActorMention], country: str | None) -> list[ActorMention]:
    """``mentions`` with an unnamed clan or tribe named where the text gives its name before the
    head noun: ACLED names clans that fight ("clashes between the Kapkeny and Kabasirian clans":
    ``Kapkeny Clan Militia (Kenya)`` and ``Kabasiran Clan Militia (Kenya)``), one militia each."""
    out: list[ActorMention] = []
    for m in mentions:
        head = _CLAN_HEAD_RE.fullmatch(text[m.start : m.end])
        hit = _CLAN_NAMES_RE.search(text, max(0, m.start - 60), m.start) if head else None
        names = [g for g in (1, 2) if hit and hit.group(g) and hit.group(g).lower() not in _NOT_A_NAME]
        if hit is None or head is None or not m.actor.name.startswith("Unidentified") or not names:
            out.append(m)
            continue
        kind = "Tribal" if head.group(2) else "Sub-Clan" if head.group(1) else "Clan"
        for g in names:
            end = m.end if g == names[-1] else hit.end(g)
            out.append(
                _side(militia(hit.group(g), kind, country), text[hit.start(g) : end], hit.start(g), end)
            )
    return out


def _side(actor: Actor, said: str, start: int, end: int) -> ActorMention:
    """``actor`` as a side named by the words ``said`` at ``start:end`` of the text."""
    named = Actor(name=actor.name, type=actor.type, country=actor.country, mention=said)
    return ActorMention(actor=named, start=start, end=end)


def _fight_near(text: str, start: int, end: int) -> bool:
    return bool(_FIGHT_NEAR_RE.search(text, max(0, start - 60), end + 60))


def _ethnic(name: str, registry: ActorRegistry, country: str | None) -> Actor | None:
    """The ethnic militia the registry knows ``name`` as a people of ("Maasai" -> ``Maasai Ethnic
    Militia``), if any."""
    found = _registered(f"{name} militia", registry, country)
    return found if found is not None and " Ethnic Militia" in found.name else None


# "clashes between the Maasai and Kipsigis", "Tiv and Jukun fought": two peoples named bare in a
# fight
# (ACLED: each an ethnic militia, e.g. Kipsigi and Maasai Ethnic Militias in every such Kenyan note)
_BARE_PAIR_RE = re.compile(
    r"(?:\b(?i:clash\w*|fighting|violence|conflict|hostilities|dispute)\s+(?:\w+\s+){0,3}?"
    r"between\s+"
    r"(?:the\s+)?([A-Z][\w'-]+)\s+and\s+(?:the\s+)?([A-Z][\w'-]+)\b)|"
    r"(?:\b([A-Z][\w'-]+)\s+and\s+([A-Z][\w'-]+)\s+(?:\w+\s+)?(?:clashed|fought|battled)\b)"
)
# "Fulani herdsmen and Tiv youths": a second people after an ethnic militia, with a head of its own
_AND_PEOPLE_RE = re.compile(
    r"\s+and\s+([A-Z][\w'-]+)\s+(?:militias|militiamen|communities|groups|herders|herdsmen|"
    r"pastoralists|youths|tribesmen|fighters|warriors|raiders)\b"
)
_MEMBERSHIP_RE = re.compile(r"\b(?:of|from|among)\s+(?:the\s+)?$", re.IGNORECASE)
# Capitalised words that open a sentence or a clause, not a people's name.
_NOT_A_NAME = frozenset(
    {"the", "a", "an", "on", "in", "at", "both", "armed", "rival", "local", "some", "two",
     "several"}
)  # fmt: skip


def _registered(phrase: str, registry: ActorRegistry, country: str | None) -> Actor | None:
    """The identity militia ``phrase`` names as a whole, as the registry reads it."""
    found = registry.find(phrase, country=country)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(phrase):
        actor = found[0].actor
        is_militia = actor.type is ActorType.IDENTITY_MILITIA and _KIND_RE.search(actor.name)
        return actor if is_militia else None
    return None


def people_acted_before(scored: list[Scored], lead: Scored) -> bool:
    """Ordinary people act (agency 2 or more) in a sentence before the one of ``lead``."""
    return any(
        s.mention.actor.type in (ActorType.CIVILIANS, ActorType.RIOTERS)
        and s.agency >= 2
        and s.sentence < lead.sentence
        for s in scored
    )


def faiths(text: str) -> list[str]:
    """The faith communities named, in the order the text names them ("Hindu Group", ...)."""
    found = [(m.start(), label) for label, pattern in RELIGIONS if (m := pattern.search(text))]
    return [label for _, label in sorted(found)]


def religious_clash(text: str, mentions: Sequence[ActorMention]) -> bool:
    """Two faith communities fighting with no named armed group among them: ACLED codes it as mob
    violence, rioters on each side with the community as associate, not as a battle of militias
    (in our notes, the rioters of India, Sri Lanka, Bangladesh and Kenya carry "Muslim Group",
    "Buddhist Group" or "Christian Group" so)."""
    if len(faiths(text)) < 2 or not CLASH_RE.search(text):
        return False
    named = (ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA)
    return not any(m.actor.type in named and not m.actor.name.startswith("Unidentified") for m in mentions)


_CROWD_RE = re.compile(r"\b" + CROWD + r"\b", re.IGNORECASE)
_SOURCE_AFTER_RE = re.compile(r"\s+(?:said|say|says|told|reported|recounted)\b", re.IGNORECASE)


def armed_men_not_a_crowd(text: str, mentions: Sequence[ActorMention], doc: Doc | None = None) -> bool:
    """Whether a non-state armed side ("gunmen", a named militia) does the harm and no crowd or
    ordinary people take part. CODEBOOK: mob violence is an unorganised crowd's."""
    scored = score_mentions(text, mentions, doc)
    # who only tells of it ("residents said") or only suffers it ("killing five residents") takes
    # no part
    victims = [
        (s.mention.start, s.mention.end)
        for s in scored
        if s.mention.actor.type is ActorType.CIVILIANS and s.agency < 0 and s.agency != WITNESS
    ]
    if any(
        not _SOURCE_AFTER_RE.match(text, m.end()) and not any(a <= m.start() < b for a, b in victims)
        for m in _CROWD_RE.finditer(text)
    ):
        return False
    if any(s.mention.actor.type in (ActorType.RIOTERS, ActorType.CIVILIANS) and s.agency > 0 for s in scored):
        return False
    # a community's men ("members of the Fulani community") may well be a mob
    return any(
        s.mention.actor.type in (ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA) and s.agency > 0
        for s in scored
    )


__all__ = [
    "armed_men_not_a_crowd",
    "civil_agent",
    "clash_parties",
    "communal_reprisal",
    "crowd_militia",
    "faiths",
    "fighting_civilians",
    "glossed_identity",
    "home_rivals",
    "militia",
    "paired_identities",
    "people_acted_before",
    "religious_clash",
]
