"""Actors: the registry of ACLED actor names and finding actor mentions in text.

ACLED names sides by convention rather than by the words a report uses: "Malian troops"
is ``Military Forces of Mali (2021-)``, "gunmen" is ``Unidentified Armed Group (Mali)``.
The registry (``data/actors.json``, built by ``bench/build_actor_registry.py``) holds the
named groups with their aliases and the regimes that date state forces; generic nouns
(soldiers, police, villagers, protesters, a mob; listed in :mod:`vigil.extract.actor_nouns`)
are templated by country here.

>>> reg = ActorRegistry.load()  # doctest: +SKIP
>>> [m.actor.name for m in reg.find("Malian troops killed two JNIM fighters.", country="Mali",
...                                  when=date(2022, 3, 1))]  # doctest: +SKIP
['Military Forces of Mali (2021-)', 'JNIM: Group for Support of Islam and Muslims']
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigil.domain import Actor
from vigil.errors import MalformedRecord, ModelMissing, UsageError
from vigil.extract.actor_nouns import (
    ARTICLE_COUNTRIES,
    ETHNIC_HEADS,
    GENERIC_KINDS,
    OF_COUNTRY_NOUNS,
    countryless,
)
from vigil.taxonomy import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from vigil.extract.roles import Roles
    from vigil.taxonomy import SubEventType

LOGGER = logging.getLogger(__name__)

_TOKEN_RE = re.compile(r"\w+(?:[-.]\w+)*|'s\b|[^\w\s]")


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Word tokens with character offsets; curly apostrophes folded so aliases match either."""
    folded = text.replace("’", "'")
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(folded)]


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(tok.lower() for tok, _, _ in tokenize(phrase))


@dataclass(frozen=True, kw_only=True, slots=True)
class Regime:
    """A government's span: the period label state forces carry while it rules."""

    start: date
    end: date | None
    label: str

    def covers(self, when: date) -> bool:
        return self.start <= when and (self.end is None or when <= self.end)


@dataclass(frozen=True, kw_only=True, slots=True)
class Entry:
    """One registry record, as read from ``actors.json``."""

    name: str
    kind: str  # state | unit | group | ethnic | communal
    inter: ActorType
    country: str | None
    aliases: tuple[str, ...] = ()
    press: tuple[str, ...] = ()  # vague press names, only inside ``scope`` and ``active``
    scope: tuple[str, ...] = ()
    active: tuple[date | None, date | None] = (None, None)
    branch: str = "Military"
    demonyms: tuple[str, ...] = ()
    regimes: tuple[Regime, ...] = ()
    renamed: tuple[
        tuple[date, str], ...
    ] = ()  # (from, new name): ACLED renames groups, e.g. ISGS -> IS Sahel

    def name_on(self, when: date | None) -> str:
        name = self.name
        for since, new in self.renamed:
            if when is None or when >= since:
                name = new
        return name

    def is_active(self, when: date | None) -> bool:
        start, end = self.active
        if when is None:
            return True
        return (start is None or start <= when) and (end is None or when <= end)


@dataclass(frozen=True, kw_only=True, slots=True)
class ActorMention:
    """An actor found in a text, with the character span it was read from."""

    actor: Actor
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Hit:
    """What an alias key points at: an entry (or a generic kind) and how it was named."""

    how: str  # alias | press | ethnic | communal | generic | demonym
    entry: Entry | None = None
    generic: str = ""
    country: str | None = None  # for demonym + generic noun
    case_sensitive: str = ""  # the exact surface form required (short acronyms)


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _parse_entry(raw: Mapping[str, Any]) -> Entry:
    try:
        active = raw.get("active") or [None, None]
        return Entry(
            name=str(raw["name"]),
            kind=str(raw["kind"]),
            inter=ActorType(int(raw["inter"])),
            country=raw.get("country"),
            aliases=tuple(raw.get("aliases", ())),
            press=tuple(raw.get("press", ())),
            scope=tuple(raw.get("scope", ())),
            active=(_date(active[0]), _date(active[1])),
            branch=str(raw.get("branch", "Military")),
            demonyms=tuple(raw.get("demonyms", ())),
            regimes=tuple(
                Regime(start=date.fromisoformat(r["start"]), end=_date(r.get("end")), label=str(r["label"]))
                for r in raw.get("regimes", ())
            ),
            renamed=tuple((date.fromisoformat(d), str(n)) for d, n in raw.get("renamed", ())),
        )
    except (KeyError, ValueError, TypeError, IndexError) as exc:
        raise MalformedRecord(f"bad actor registry entry {raw!r}: {exc}") from exc


def _case_rule(alias: str) -> str:
    """Short all-capital acronyms ("IS", "AA", "PDF") only match in capitals."""
    letters = alias.replace(".", "").replace("-", "")
    return alias if letters.isupper() and len(letters) <= 5 else ""


class ActorRegistry:
    """ACLED actor names, their aliases and state-force regimes; finds actors in text.

    Build with :meth:`load`; it is immutable after construction and safe to share.
    """

    def __init__(self, entries: Sequence[Entry]) -> None:
        self._entries = tuple(entries)
        self._states: dict[str, Entry] = {e.country: e for e in entries if e.kind == "state" and e.country}
        # where the gendarmerie is a named unit (a military one in some countries), generic
        # "gendarmes" take its branch
        self._gendarmeries: dict[str, Entry] = {
            e.country: e for e in entries if e.kind == "unit" and e.country and e.name == "Gendarmerie"
        }
        self._index: dict[tuple[str, ...], list[_Hit]] = {}
        for entry in entries:
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
                for kind in ("civilians", "protesters", "rioters"):
                    for noun in GENERIC_KINDS[kind][:4]:
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

    def _add(self, phrase: str, hit: _Hit) -> None:
        key = _key(phrase)
        if key:
            self._index.setdefault(key, []).append(hit)

    def _add_entry(self, entry: Entry) -> None:
        if entry.kind in ("ethnic", "communal"):
            for alias in entry.aliases:
                for head in ETHNIC_HEADS:
                    self._add(f"{alias} {head}", _Hit(entry.kind, entry=entry))
                self._add(f"armed {alias}", _Hit(entry.kind, entry=entry))
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

    @classmethod
    def load(cls, path: Path | None = None) -> ActorRegistry:
        """Read the registry JSON (the packaged ``data/actors.json`` by default)."""
        try:
            if path is None:
                raw = (
                    resources.files("vigil.extract").joinpath("data/actors.json").read_text(encoding="utf-8")
                )
            else:
                raw = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise ModelMissing(f"actor registry not found: {exc}") from exc
        try:
            records = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise MalformedRecord(f"actor registry is not valid JSON: {exc}", source=str(path)) from exc
        if not isinstance(records, list):
            raise MalformedRecord("actor registry must be a JSON list", source=str(path))
        return cls([_parse_entry(r) for r in records])

    # ------------------------------------------------------------------ naming

    @property
    def entries(self) -> tuple[Entry, ...]:
        return self._entries

    def countries(self) -> list[str]:
        """Countries whose state forces the registry can name."""
        return sorted(self._states)

    def period(self, country: str, when: date | None, *, as_of: date | None = None) -> str | None:
        """The regime label in force in ``country`` on ``when`` (the latest when undated), as
        known on ``as_of`` (the day of coding; the event's day by default).

        ACLED writes a regime's period open ("2015-") while it rules and closes it
        ("2015-2022") only in later exports: news coded as it happens sees the open label.
        """
        state = self._states.get(country)
        if state is None or not state.regimes:
            return None
        regime = state.regimes[-1]
        if when is not None:
            covering = [r for r in state.regimes if r.covers(when)]
            regime = (
                covering[0] if covering else state.regimes[0] if when < state.regimes[0].start else regime
            )
        known = as_of or when
        if regime.end is not None and (known is None or known <= regime.end):
            return regime.label.split("-")[0] + "-"
        return regime.label

    def state_forces(
        self,
        country: str,
        when: date | None,
        *,
        branch: str = "Military",
        home: str | None = None,
        as_of: date | None = None,
    ) -> Actor:
        """``Military Forces of X (period)``; inter 8 when acting outside ``home`` (the event's country).

        ``branch`` is ``Military`` or ``Police``, optionally with ACLED's unit suffix
        (``"Military Air Force"`` -> ``Military Forces of Russia (2000-) Air Force``).
        """
        if not country:
            raise UsageError("state_forces needs a country")
        kind, _, suffix = branch.partition(" ")
        if kind not in ("Military", "Police"):
            raise UsageError(f"unknown branch {branch!r}: expected Military or Police")
        label = self.period(country, when, as_of=as_of)
        if label is None:
            LOGGER.debug("no regime known for %s; naming state forces without a period", country)
        article = "the " if country in ARTICLE_COUNTRIES else ""
        name = (
            f"{kind} Forces of {article}{country}"
            + (f" ({label})" if label else "")
            + (f" {suffix}" if suffix else "")
        )
        foreign = home is not None and home != country
        return Actor(name=name, type=ActorType.EXTERNAL_FORCES if foreign else ActorType.STATE_FORCES,
                     country=country)  # fmt: skip

    def government(self, country: str, when: date | None) -> Actor:
        """``Government of X (period)``: the state acting as an administration (curfews, decrees)."""
        label = self.period(country, when)
        article = "the " if country in ARTICLE_COUNTRIES else ""
        name = f"Government of {article}{country}" + (f" ({label})" if label else "")
        return Actor(name=name, type=ActorType.STATE_FORCES, country=country)

    def civilians(self, country: str) -> Actor:
        return Actor(name=f"Civilians ({country})", type=ActorType.CIVILIANS, country=country)

    def protesters(self, country: str) -> Actor:
        return Actor(name=f"Protesters ({country})", type=ActorType.PROTESTERS, country=country)

    def rioters(self, country: str) -> Actor:
        return Actor(name=f"Rioters ({country})", type=ActorType.RIOTERS, country=country)

    def unidentified(self, country: str) -> Actor:
        return Actor(
            name=f"Unidentified Armed Group ({country})", type=ActorType.POLITICAL_MILITIA, country=country
        )

    def identity(self, label: str, country: str) -> Actor:
        """Victims' identity for assoc_actor_2, e.g. ``Women (Mali)``."""
        return Actor(name=f"{label} ({country})", type=ActorType.CIVILIANS, country=country)

    # ------------------------------------------------------------------ finding

    def find(self, text: str, *, country: str | None = None, when: date | None = None) -> list[ActorMention]:
        """Actors mentioned in ``text``, longest match first, in text order, without overlaps.

        Generic nouns ("gunmen", "villagers") need ``country``; demonyms ("Malian troops")
        bring their own. Vague press names ("jihadists linked to al-Qaeda") only count in
        the countries and dates the registry scopes them to.
        """
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
            start, end = tokens[i][1], tokens[i + length - 1][2]
            if how == "demonym" and i >= 2 and lowered[i - 1] in ("and", ",", "&", "or"):
                # "Burkinabe and Nigerien forces": the first demonym shares the noun
                ally = self._demonym_country(tokens[i - 2][0])
                if ally is not None and actor.name.startswith(("Military", "Police")):
                    kind = "police" if actor.name.startswith("Police") else "military"
                    first = self._generic(kind, ally, when, home=country)
                    s0, e0 = tokens[i - 2][1], tokens[i - 2][2]
                    mentions.append(ActorMention(actor=_with_mention(first, text[s0:e0]), start=s0, end=e0))
            if how == "generic" and i == previous_named_end and mentions:
                # "Wagner forces", "JNIM militants": the noun belongs to the name before it
                last = mentions.pop()
                actor, start = last.actor, last.start
            mentions.append(ActorMention(actor=_with_mention(actor, text[start:end]), start=start, end=end))
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
        return _umbrella(text, _owned_nouns(text, mentions, generic_starts))

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
                actor = _with_mention(self._generic(kind, name, when, home=home), name)
                return ActorMention(actor=actor, start=s0, end=e0)
        return None

    def _demonym_country(self, word: str) -> str | None:
        for hit in self._index.get((word.lower(), "troops"), ()):
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
    ) -> tuple[Actor, int, str] | None:
        for length in range(min(self._max_len, len(tokens) - i), 0, -1):
            hits = self._index.get(tuple(lowered[i : i + length]))
            if not hits:
                continue
            surface = " ".join(t for t, _, _ in tokens[i : i + length])
            found = self._resolve(hits, surface, country, when)
            if found is not None:
                return found[0], length, found[1]
        return None

    def _resolve(
        self, hits: list[_Hit], surface: str, country: str | None, when: date | None
    ) -> tuple[Actor, str] | None:
        """Pick the best reading of one matched phrase: named > scoped press name > generic."""
        usable = [h for h in hits if not h.case_sensitive or _same_caps(h.case_sensitive, surface)]
        if country is None:
            # with no country read, a state unit's name says where only if it is a proper name no
            # other country's unit or generic noun shares ("Rapid Action Battalion", not "gendarmes")
            units = [h for h in usable if h.entry is not None and h.entry.kind == "unit"]
            if len(units) > 1 or surface.islower() or any(h.how == "generic" for h in usable):
                usable = [h for h in usable if h not in units]
        for hit in sorted(usable, key=lambda h: _rank(h, country)):
            actor = self._actor_for(hit, country, when)
            if actor is not None:
                return actor, hit.how
        return None

    def _actor_for(self, hit: _Hit, country: str | None, when: date | None) -> Actor | None:
        entry = hit.entry
        if hit.how == "alias" and entry is not None:
            if entry.kind == "unit":
                if entry.country is None or (country is not None and entry.country != country):
                    return None
                return self.state_forces(
                    entry.country, when, branch=f"{entry.branch} {entry.name}", home=country
                )
            if entry.kind == "state" and entry.country:
                return self.state_forces(entry.country, when, home=country)
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
        where = hit.country if hit.how == "demonym" else country
        if where is None:
            # no country read: who acted (soldiers, gunmen, villagers) still gives the side and
            # its inter code; only the country suffix is unknown
            return countryless(hit.generic)
        return self._generic(hit.generic, where, when, home=country)

    def _generic(self, kind: str, where: str, when: date | None, *, home: str | None) -> Actor:
        if kind == "military":
            return self.state_forces(where, when, home=home)
        if kind == "air":
            # ACLED names the air force apart only in the Russia-Ukraine war; elsewhere it is the military
            air_war = where in ("Russia", "Ukraine") and (when is None or when >= date(2022, 2, 24))
            return self.state_forces(
                where, when, branch="Military Air Force" if air_war else "Military", home=home
            )
        if kind == "police":
            return self.state_forces(where, when, branch="Police", home=home)
        if kind == "gendarmerie":
            unit = self._gendarmeries.get(where)
            branch = f"{unit.branch} Gendarmerie" if unit is not None else "Police Gendarmerie"
            return self.state_forces(where, when, branch=branch, home=home)
        if kind == "civilians":
            return self.civilians(where)
        if kind == "protesters":
            return self.protesters(where)
        if kind == "rioters":
            return self.rioters(where)
        if kind == "pirates":
            return Actor(name=f"Pirates ({where})", type=ActorType.POLITICAL_MILITIA, country=where)
        if kind in ("ethnic", "communal"):
            label = "Ethnic" if kind == "ethnic" else "Communal"
            return Actor(
                name=f"Unidentified {label} Militia ({where})", type=ActorType.IDENTITY_MILITIA, country=where
            )
        return self.unidentified(where)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


def _rank(hit: _Hit, country: str | None) -> tuple[int, int]:
    """Order competing readings: local names (home or in scope) first, then transnational, then
    groups of other countries; within each, names before press names; generic nouns last."""
    order = {"alias": 0, "ethnic": 1, "communal": 1, "press": 2, "demonym": 3, "generic": 4}[hit.how]
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


_HEDGED_GLOSS_RE = re.compile(
    r"\s*\(\s*(?:(?:believed|thought|said|reported|suspected|presumed)\s+to\s+be\s+|presumably\s+|presumed\s+|"
    r"suspected\s+|likely\s+|probably\s+|possibly\s+|allegedly\s+|reportedly\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


def _is_named_group(actor: Actor) -> bool:
    return actor.type in (
        ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA
    ) and not actor.name.startswith("Unidentified")  # fmt: skip


def _umbrella(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "Katiba Macina (JNIM) militants": a named unit glossed with its coalition is coded as the
    coalition, the name ACLED keeps for the side."""
    out: list[ActorMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.actor.name.startswith("Unidentified Armed Group")
            and _HEDGED_GLOSS_RE.fullmatch(text[prev.end : m.start])
            and _is_named_group(m.actor)
        ):
            # "unknown gunmen (presumably JNIM militants)": the gloss names the side
            out[-1] = ActorMention(actor=_with_mention(m.actor, text[prev.start : m.end]), start=prev.start,
                                   end=m.end)  # fmt: skip
            continue
        if (
            prev is not None
            and text[prev.end : m.start].strip() == "("
            and text[m.end :].lstrip().startswith(")")
            and _is_named_group(prev.actor)
            and _is_named_group(m.actor)
        ):
            out[-1] = ActorMention(actor=_with_mention(m.actor, text[prev.start : m.end + 1]), start=prev.start,
                                   end=m.end)  # fmt: skip
            continue
        out.append(m)
    return out


_LABEL_RE = re.compile(r"[A-Z][a-z]+(?: [a-z/-]+){0,4}:\s")
_OWNER_GAP_RE = re.compile(r"\s+(?:by|of|from)\s+(?:the\s+|a\s+|an\s+)?(?:joint\s+)?", re.IGNORECASE)


def _owned_nouns(text: str, mentions: list[ActorMention], generic_starts: set[int]) -> list[ActorMention]:
    """ "a patrol by Russian forces", "artillery fire by an unknown party": a generic unit or weapon
    noun whose owner is named right after it is that owner, not the event country's army."""
    out: list[ActorMention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            m.start in generic_starts
            and m.actor.type in (ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES)
            and nxt is not None
            and _OWNER_GAP_RE.fullmatch(text[m.end : nxt.start])
        ):
            continue
        out.append(m)
    return out


def _with_mention(actor: Actor, words: str) -> Actor:
    return Actor(name=actor.name, type=actor.type, country=actor.country, mention=words)


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
    """Re-export of :func:`vigil.extract.roles.assign_roles` (the rules live there)."""
    from vigil.extract.roles import assign_roles as _assign

    return _assign(text, mentions, sub_event_type, country=country, when=when, registry=registry, doc=doc)
