"""Finding ACLED actors in text: an index of the registry's names, and the matching rules.

:class:`ActorIndex` maps every alias, press name and generic noun phrase of an
:class:`~vigil.extract.actors.ActorRegistry` ("JNIM", "Malian troops", "gunmen") to the readings
it may have, and reads a text longest match first; the registry then names what was read
(``Military Forces of Mali (2021-)``), so naming rules live in one place and matching in another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from vigil.domain import Actor
from vigil.extract.actor_demonyms import not_what_it_names, off_duty
from vigil.extract.actor_glosses import ActorMention, foreign_troops, owned_nouns, umbrella, with_mention
from vigil.extract.actor_nouns import (
    ARMED_FROM,
    DEMONYM_GROUPS,
    DEMONYM_NOUNS,
    ETHNIC_HEADS,
    GENERIC_KINDS,
    OF_COUNTRY_NOUNS,
    STATE_ACTING,
    WEAPON_NOUNS,
    countryless,
    family_phrases,
)
from vigil.extract.actor_speakers import Speakers
from vigil.taxonomy import ActorType

if TYPE_CHECKING:
    from vigil.extract.actors import ActorRegistry, Entry

_TOKEN_RE = re.compile(r"\w+(?:[-.]\w+)*|'s\b|[^\w\s]")


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Word tokens with character offsets; curly apostrophes folded so aliases match either."""
    folded = text.replace("’", "'")
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(folded)]


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(tok.lower() for tok, _, _ in tokenize(phrase))


@dataclass(frozen=True, slots=True)
class _Hit:
    """What an alias key points at: an entry (or a generic kind) and how it was named."""

    how: str  # alias | press | affiliate | ethnic | communal | generic | demonym
    entry: Entry | None = None
    generic: str = ""
    country: str | None = None  # for demonym + generic noun
    case_sensitive: str = ""  # the exact surface form required (short acronyms)


def _case_rule(alias: str) -> str:
    """Short all-capital acronyms ("IS", "AA", "PDF") only match in capitals."""
    letters = alias.replace(".", "").replace("-", "")
    return alias if letters.isupper() and len(letters) <= 5 else ""


class ActorIndex:
    """The registry's names as token phrases, each with the readings it may have.

    Built once by :class:`~vigil.extract.actors.ActorRegistry`, which it asks to name the sides
    it finds; immutable after construction.
    """

    def __init__(self, registry: ActorRegistry) -> None:
        self._registry = registry
        self._states = registry.states
        self._index: dict[tuple[str, ...], list[_Hit]] = {}
        for entry in registry.entries:
            self._add_entry(entry)
        for kind, nouns in GENERIC_KINDS.items():
            for noun in nouns:
                self._add(noun, _Hit("generic", generic=kind, case_sensitive="FDS" if noun == "FDS" else ""))
        for state in self._states.values():
            for demonym in (*state.demonyms, state.country or ""):
                for kind in ("military", "air", "police", "gendarmerie"):
                    for noun in GENERIC_KINDS[kind]:
                        if noun.lower() == noun or noun == "FDS":
                            self._add(
                                f"{demonym} {noun}", _Hit("demonym", generic=kind, country=state.country)
                            )
                            self._add(
                                f"{demonym}'s {noun}", _Hit("demonym", generic=kind, country=state.country)
                            )
                for noun in DEMONYM_NOUNS:
                    for form in (f"{demonym} {noun}", f"{demonym}'s {noun}"):
                        self._add(form, _Hit("demonym", generic="military", country=state.country))
                for kind, nouns in DEMONYM_GROUPS:
                    for noun in nouns:
                        self._add(f"{demonym} {noun}", _Hit("demonym", generic=kind, country=state.country))
            if state.country:
                # "military forces of Armenia", "the police of the Philippines": the country named
                # after the noun is the side's, whatever country the event is in
                for noun, kind in OF_COUNTRY_NOUNS:
                    for article in ("", "the "):
                        self._add(
                            f"{noun} of {article}{state.country}",
                            _Hit("demonym", generic=kind, country=state.country),
                        )
        self._max_len = max(len(k) for k in self._index)
        names = "|".join(re.escape(n) for n in sorted(self._states, key=len, reverse=True) if n)
        self._acting_re = re.compile(STATE_ACTING.replace("NAMES", names))
        self._speakers = Speakers(
            {w: s.country for s in self._states.values() for w in (*s.demonyms, s.country or "")}
        )

    def _add(self, phrase: str, hit: _Hit) -> None:
        key = _key(phrase)
        if not key:
            return
        self._index.setdefault(key, []).append(hit)
        spelt = tuple(_SPELLINGS.get(w, w) for w in key)  # "Kuki National Organisation"
        if spelt != key:
            self._index.setdefault(spelt, []).append(hit)

    def _add_entry(self, entry: Entry) -> None:
        if entry.kind in ("ethnic", "communal"):
            for alias in entry.aliases:
                for head in ETHNIC_HEADS:
                    self._add(f"{alias} {head}", _Hit(entry.kind, entry=entry))
                self._add(f"armed {alias}", _Hit(entry.kind, entry=entry))
                for armed in ARMED_FROM:  # "gunmen from the Fulani ethnic group", "from the Kuki-Zo hills"
                    for tail in (
                        "ethnic group",
                        "community",
                        "tribe",
                        "clan",
                        "hills",
                        "villages",
                        "side",
                        "",
                    ):
                        self._add(f"{armed} from the {alias} {tail}".strip(), _Hit(entry.kind, entry=entry))
                if entry.kind == "ethnic":
                    self._add(f"{alias} communal militia", _Hit(entry.kind, entry=entry))
            for alias in entry.press:  # curated communal names ("Dozo") are specific alone
                self._add(alias, _Hit(entry.kind, entry=entry))
            return
        for alias in entry.aliases:
            self._add(alias, _Hit("alias", entry=entry, case_sensitive=_case_rule(alias)))
            if entry.kind == "unit":
                continue
        for alias in entry.press:
            self._add(alias, _Hit("press", entry=entry, case_sensitive=_case_rule(alias)))
        family, _ = entry.affiliate
        if family:
            for phrase in family_phrases(family):
                short = _SHORT_FAMILY_RE.search(phrase)  # "IS fighters", never "is fighters"
                self._add(phrase, _Hit("affiliate", entry=entry, case_sensitive=phrase if short else ""))

    def find(self, text: str, *, country: str | None = None, when: date | None = None) -> list[ActorMention]:
        """What :meth:`ActorRegistry.find <vigil.extract.actors.ActorRegistry.find>` returns."""
        tokens = tokenize(text)
        lowered = [t.lower() for t, _, _ in tokens]
        mentions: list[ActorMention] = []
        previous_named_end = -1  # token index after the last named (non-generic) match
        generic_starts: set[int] = set()
        # a topic label before the report ("Movement of forces: On 28 April, ...") names no side
        label = _LABEL_RE.match(text)
        skip_to = label.end() if label else 0
        i = 0
        while i < len(tokens):
            found = self._match_at(tokens, lowered, i, country, when) if tokens[i][1] >= skip_to else None
            if found is None:
                i += 1
                continue
            actor, length, how = found
            if how in ("ethnic", "communal") and self._named_across(
                tokens, lowered, i, length, country, when
            ):
                # "gunmen from the Oromo Liberation Army": the group's men, not the people's
                found = self._match_at(tokens, lowered, i, country, when, below=length)
                if found is None:
                    i += 1
                    continue
                actor, length, how = found
            if how == "demonym" and not_what_it_names(text, tokens, lowered, i + length, actor):
                i += 1  # "Malian National Guard", "the French strike over pensions"
                continue
            start, end = tokens[i][1], tokens[i + length - 1][2]
            if how == "alias" and _defined_otherwise(text, start, end, mentions, actor.name):
                i += length  # "the Community Police Unit (UPC)": the text's own short form of another name
                continue
            if how == "generic" and _INSTITUTION_RE.match(text, end):
                i += length  # "the Regional Military Administration", "a military court": a body, no force
                continue
            if how in ("generic", "demonym") and off_duty(text, lowered, i, end, actor):
                # "an off-duty policeman", "a former soldier was shot": a civilian victim, not the force
                where = country or actor.country
                actor = self._registry.civilians(where) if where else countryless("civilians")
            if how == "demonym" and i >= 2 and lowered[i - 1] in ("and", ",", "&", "or"):
                # "Burkinabe and Nigerien forces", "U.S. and British forces": the first demonym
                # shares the noun (an abbreviation's full stop is a token of its own)
                k = (
                    i - 3
                    if lowered[i - 2] == "." and i >= 3 and tokens[i - 3][2] == tokens[i - 2][1]
                    else i - 2
                )
                s0, e0 = tokens[k][1], tokens[i - 2][2]
                ally = self._demonym_country(text[s0:e0])
                if ally is not None and actor.name.startswith(("Military", "Police")):
                    kind = "police" if actor.name.startswith("Police") else "military"
                    first = self._registry.generic(kind, ally, when, home=country)
                    mentions.append(ActorMention(actor=with_mention(first, text[s0:e0]), start=s0, end=e0))
            if (
                how == "generic"
                and actor.type is ActorType.POLITICAL_MILITIA
                and lowered[i + length - 1] in ("militias", "militiamen", "militia")
            ):
                actor = self._militia_from(text, end, actor, country, when)
            if how == "generic" and i == previous_named_end and mentions:
                # "Wagner forces", "JNIM militants": the noun belongs to the name before it
                last = mentions.pop()
                actor, start = last.actor, last.start
            elif (
                mentions
                and mentions[-1].actor.name == actor.name
                and not text[mentions[-1].end : start].strip()
            ):
                start = mentions.pop().start  # "the paramilitary Rapid Support Forces": one side named twice
            mentions.append(ActorMention(actor=with_mention(actor, text[start:end]), start=start, end=end))
            if how == "generic":
                generic_starts.add(start)
            i += length
            previous_named_end = i if how != "generic" else -1
            if how == "demonym" and lowered[i - 2] == "of" and i + 1 < len(tokens) and lowered[i] == "and":
                # "forces of India and Pakistan": the second country shares the noun
                shared = self._country_forces_at(tokens, lowered, i + 1, actor, country, when)
                if shared is not None:
                    mentions.append(shared)
                    i = previous_named_end = i + 1 + len(_key(shared.actor.mention))
        forces_of = lambda c: self._registry.generic("military", c, when, home=country)  # noqa: E731
        mentions = self._speakers.restate(text, mentions, generic_starts, forces_of)
        mentions = self._states_acting(text, mentions, country, when)
        if country is not None:
            mentions = self._gang_work(text, mentions, country)
        mentions = foreign_troops(text, mentions, generic_starts, country)
        return umbrella(text, owned_nouns(text, mentions, generic_starts))

    def _states_acting(
        self, text: str, mentions: list[ActorMention], home: str | None, when: date | None
    ) -> list[ActorMention]:
        """ "drones launched by Russia", "Israel struck a convoy": a state named as the doer is its
        armed forces (a country named anywhere else is a place)."""
        found: list[ActorMention] = []
        for m in self._acting_re.finditer(text):
            for group in (g for g in ("by", "subj", "ally") if m.group(g)):  # "Turkey and Russia ..."
                s0, e0 = m.span(group)
                if any(a.start < e0 and s0 < a.end for a in mentions):
                    continue
                actor = self._registry.generic("military", m.group(group), when, home=home)
                found.append(ActorMention(actor=with_mention(actor, m.group(group)), start=s0, end=e0))
        return sorted([*mentions, *found], key=lambda a: a.start) if found else mentions

    def _gang_work(self, text: str, mentions: list[ActorMention], country: str) -> list[ActorMention]:
        """ "armed men carried out a drive-by": where ACLED codes gang violence, unnamed gunmen
        of a gang-style killing are the country's unidentified gang (see ``ActorRegistry.perpetrator``)."""
        plain = self._registry.unidentified(country).name
        if not any(m.actor.name == plain for m in mentions):
            return mentions
        actor = self._registry.perpetrator(country, text)
        if actor.name == plain:
            return mentions
        return [
            ActorMention(actor=with_mention(actor, m.actor.mention or ""), start=m.start, end=m.end)
            if m.actor.name == plain
            else m
            for m in mentions
        ]

    def _militia_from(
        self, text: str, end: int, actor: Actor, country: str | None, when: date | None
    ) -> Actor:
        """ "militias from Umumubu", "militiamen from the Ayr sub-clan": militia named by the
        community or clan it comes from is an identity militia (inter 4), not an armed group."""
        found = _MILITIA_FROM_RE.match(text, end)
        if found is None:
            return actor
        words = tokenize(found.group("who"))
        named = self._match_at(words, [t.lower() for t, _, _ in words], 0, country, when)
        if named is not None and named[2] not in ("generic", "demonym"):
            return actor  # "militiamen from Al-Shabaab": the group itself, named after
        group = (found.group("group") or "").lower()
        kind = "tribal" if group.startswith("tribe") else "clan" if group else "communal"
        if country is None:
            return countryless(kind)
        return self._registry.generic(kind, country, when, home=country)

    def _country_forces_at(
        self,
        tokens: list[tuple[str, int, int]],
        lowered: list[str],
        j: int,
        first: Actor,
        home: str | None,
        when: date | None,
    ) -> ActorMention | None:
        """The forces of the country named at token ``j``, of the same kind as ``first``'s."""
        for name in self._states:
            key = _key(name)
            if tuple(lowered[j : j + len(key)]) == key:
                kind = "police" if first.name.startswith("Police") else "military"
                s0, e0 = tokens[j][1], tokens[j + len(key) - 1][2]
                actor = with_mention(self._registry.generic(kind, name, when, home=home), name)
                return ActorMention(actor=actor, start=s0, end=e0)
        return None

    def _demonym_country(self, word: str) -> str | None:
        for hit in self._index.get((*_key(word), "troops"), ()):
            if hit.how == "demonym":
                return hit.country
        return None

    def _match_at(
        self,
        tokens: list[tuple[str, int, int]],
        lowered: list[str],
        i: int,
        country: str | None,
        when: date | None,
        below: int | None = None,
    ) -> tuple[Actor, int, str] | None:
        for length in range(
            min(self._max_len, len(tokens) - i, below - 1 if below else self._max_len), 0, -1
        ):
            hits = self._index.get(tuple(lowered[i : i + length]))
            if not hits:
                continue
            surface = " ".join(t for t, _, _ in tokens[i : i + length])
            found = self._resolve(hits, surface, country, when)
            if found is not None:
                return found[0], length, found[1]
        return self._partisan_at(tokens, lowered, i, country, when)

    def _named_across(
        self, tokens: list[tuple[str, int, int]], lowered: list[str], i: int, length: int, *args: Any
    ) -> bool:
        """Whether a named group's name starts inside the match at ``i`` and runs past its end."""
        for j in range(i + 1, i + length):
            found = self._match_at(tokens, lowered, j, *args)
            if found is not None and found[2] == "alias" and j + found[1] > i + length:
                return True
        return False

    def _partisan_at(
        self,
        tokens: list[tuple[str, int, int]],
        lowered: list[str],
        i: int,
        country: str | None,
        when: date | None,
    ) -> tuple[Actor, int, str] | None:
        """ "pro-Houthi reinforcements": ACLED codes a group's partisans as the group itself; only
        armed groups, not states ("pro-Turkey factions" are not Turkey's army)."""
        if not lowered[i].startswith("pro-") or len(lowered[i]) < len("pro-") + 2:  # a name, not "pro-a"
            return None
        surface = tokens[i][0][4:]
        hits = [
            h
            for h in self._index.get((lowered[i][4:],), ())
            if h.how == "alias" and h.entry is not None and h.entry.kind == "group"
        ]
        found = self._resolve(hits, surface, country, when)
        return (found[0], 1, found[1]) if found is not None else None

    def _resolve(
        self, hits: list[_Hit], surface: str, country: str | None, when: date | None
    ) -> tuple[Actor, str] | None:
        """Pick the best reading of one matched phrase: named > scoped press name > generic."""
        usable = [h for h in hits if not h.case_sensitive or _same_caps(h.case_sensitive, surface)]
        if country is None:
            # with no country read, a state unit's name says where only if it is a proper name no
            # other country's unit or generic noun shares ("Rapid Action Battalion", not "gendarmes")
            units = [h for h in usable if h.entry is not None and h.entry.kind == "unit"]
            # ("Federal police" opening a sentence is a noun, not Brazil's Federal Police)
            lower = surface.islower() or any(w[:1].islower() for w in surface.split()[1:])
            if len(units) > 1 or lower or any(h.how == "generic" for h in usable):
                usable = [h for h in usable if h not in units]
        for hit in sorted(usable, key=lambda h: _rank(h, country)):
            actor = self._actor_for(hit, country, when)
            if actor is not None and hit.how == "generic" and country and surface.lower() in WEAPON_NOUNS:
                # "an air strike on a house in Rafah": a weapon no one is named behind is the
                # strikes' usual author there (ActorRegistry.striker), most often the home army
                actor = self._registry.striker(country, when, air=hit.generic == "air")
            if actor is not None:
                return actor, hit.how
        return None

    def _actor_for(self, hit: _Hit, country: str | None, when: date | None) -> Actor | None:
        entry = hit.entry
        if entry is not None and entry.in_power is not None and hit.how in ("alias", "press"):
            home, since = entry.in_power
            if when is not None and when >= since:
                # a group that took power is the state's forces from that day on, at home and
                # across its borders ("Afghan Taliban forces and Pakistani troops exchanged fire");
                # the press's word for it as a rebel ("insurgents") names it no more
                return self._registry.state_forces(home, when, home=country) if hit.how == "alias" else None
        if hit.how == "affiliate" and entry is not None:
            # "al-Qaeda-linked militants": the family's branch where the event is, or no reading
            return _group_actor(entry, country, when) if country in entry.affiliate[1] else None
        if hit.how == "alias" and entry is not None:
            if entry.kind == "unit":
                if entry.country is None or (
                    country is not None and entry.country != country and not entry.abroad
                ):
                    return None
                return self._registry.state_forces(
                    entry.country, when, branch=f"{entry.branch} {entry.name}", home=country
                )
            if entry.kind == "state" and entry.country:
                return self._registry.state_forces(entry.country, when, home=country)
            return _group_actor(entry, country, when)
        if hit.how == "press" and entry is not None:
            if country is None or country not in entry.scope or not entry.is_active(when):
                return None
            return _group_actor(entry, country, when)
        if hit.how in ("ethnic", "communal") and entry is not None:
            label = "Ethnic Militia" if hit.how == "ethnic" else "Communal Militia"
            suffix = f" ({country})" if country else ""
            return Actor(
                name=f"{entry.name} {label}{suffix}", type=ActorType.IDENTITY_MILITIA, country=country
            )
        # a demonym's country, or the event's ("soldiers" in the West Bank: Israel's, who hold it)
        where = hit.country if hit.how == "demonym" else self._registry.holder(country, when, hit.generic)
        if where is None:
            # no country read: who acted (soldiers, gunmen, villagers) still gives the side and
            # its inter code; only the country suffix is unknown
            return countryless(hit.generic)
        return self._registry.generic(hit.generic, where, when, home=country)


def _defined_otherwise(text: str, start: int, end: int, mentions: list[ActorMention], name: str) -> bool:
    """Whether the acronym at ``start:end`` is the text's own short form of another name ("the
    Community Police Unit (UPC)"), not the group it spells elsewhere ("the Union for Peace (UPC)")."""
    surface = text[start:end]
    if not (surface.isupper() and text[start - 1 : start] == "(" and text[end : end + 1] == ")"):
        return False
    before = text[: start - 1].rstrip()
    if not re.search(r"\b[A-Z][\w'’-]*$", before):
        return False
    # "Katiba Macina (JNIM)": a unit glossed with its coalition, a name glossed with its own acronym
    prior = mentions[-1] if mentions else None
    if prior is not None and prior.end >= len(before) - 1:
        return False
    # "the Group for Support of Islam and Muslims (JNIM)": the name spelled out, if not matched
    named = {w for w in re.findall(r"[a-z]{4,}", name.lower())}
    return not named & set(re.findall(r"[a-z]{4,}", before[-60:].lower()))


def _rank(hit: _Hit, country: str | None) -> tuple[int, int]:
    """Order competing readings: local names (home or in scope) first, then transnational, then
    groups of other countries; within each, names before press names; generic nouns last."""
    order = {"alias": 0, "ethnic": 1, "communal": 1, "press": 2, "affiliate": 2, "demonym": 3, "generic": 4}[
        hit.how
    ]
    entry = hit.entry
    if entry is None:
        return 9, order
    if country is not None and (entry.country == country or country in entry.scope):
        return 0, order
    return (1 if entry.country is None else 2), order


def _same_caps(required: str, surface: str) -> bool:
    return required.replace("’", "'").replace(" ", "") == surface.replace(" ", "")


def _group_actor(entry: Entry, country: str | None, when: date | None) -> Actor:
    inter = entry.inter
    if entry.kind == "group" and inter is ActorType.STATE_FORCES and country and entry.country != country:
        inter = ActorType.EXTERNAL_FORCES
    return Actor(name=entry.name_on(when), type=inter, country=entry.country)


# a name's British and American spellings ("Organisation", "Defense"): either way round
_SPELLINGS = {
    "organization": "organisation", "organisation": "organization", "defense": "defence", "defence": "defense",
    "center": "centre", "centre": "center", "organizations": "organisations", "organisations": "organizations",
}  # fmt: skip
_INSTITUTION_RE = re.compile(
    r"\s+(?:[Aa]dministrations?|[Cc]ourts?|[Pp]rosecutors?(?:'s)?|[Aa]cadem(?:y|ies)|[Tt]ribunals?|"
    r"[Pp]rosecution|[Aa]ttach[eé]s?|[Oo]mbudsman|[Cc]ommissariat|[Rr]egistration)\b"
)
_SHORT_FAMILY_RE = re.compile(r"\bIS(?:IS|IL)?\b")
_LABEL_RE = re.compile(r"[A-Z][a-z]+(?: [a-z/-]+){0,4}:\s")
_MILITIA_FROM_RE = re.compile(
    r"\s+from\s+(?:the\s+|a\s+|rival\s+|different\s+)*(?P<who>[A-Z][\w'-]*(?:[\s-]+[A-Z][\w'-]*)*)"
    r"(?:\s+(?P<group>(?:sub-?)?clans?|tribes?)\b)?"
)
