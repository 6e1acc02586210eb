"""Actors: the registry of ACLED actor names, and how it names the sides it finds in text.

ACLED names sides by convention rather than by the words a report uses: "Malian troops"
is ``Military Forces of Mali (2021-)``, "gunmen" is ``Unidentified Armed Group (Mali)``.
The registry (``data/actors.json``, built by ``bench/build_actor_registry.py``) holds the
named groups with their aliases and the regimes that date state forces; generic nouns
(soldiers, police, villagers, protesters, a mob; listed in :mod:`vigil.extract.actor_nouns`)
are templated by country here. Matching a text against these names is :mod:`actor_match`'s.

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
from typing import Any

from vigil.domain import Actor
from vigil.errors import MalformedRecord, ModelMissing, UsageError
from vigil.extract.actor_glosses import ActorMention
from vigil.extract.actor_match import ActorIndex, tokenize
from vigil.extract.actor_nouns import ARTICLE_COUNTRIES, GANG_COUNTRIES
from vigil.taxonomy import ActorType

LOGGER = logging.getLogger(__name__)

__all__ = ["ActorMention", "ActorRegistry", "Entry", "Regime", "tokenize"]

# Identity militias by what binds them; ACLED names the unnamed ones "Unidentified <Kind> Militia (X)".
MILITIA_KINDS = ("ethnic", "communal", "clan", "tribal")


# The countries where ACLED codes an unnamed killer of a gang-style killing as a gang: with one of
# :data:`GANG_SIGNS_RE`, Mexico 95/100, Brazil 67/67, El Salvador 4/6, Belize 1/1, Haiti 1/2,
# Trinidad and Tobago 1/2. Honduras and Jamaica are a judgement, not a count: no such notes here,
# but gangs are their main armed actors. Elsewhere in the region the armed group stays: Puerto Rico 0/6 (the rest of
# :data:`GANG_COUNTRIES` 0/2), so the wider list names gangs only where the text does.
GANG_SIGN_COUNTRIES = frozenset(
    {"Mexico", "Brazil", "El Salvador", "Honduras", "Belize", "Haiti", "Jamaica", "Trinidad and Tobago"}
)

# What marks a killing as gang work in :data:`GANG_SIGN_COUNTRIES`: a drive-by, a body bound, blindfolded or mutilated, a threatening
# message, organised crime, drugs. Over ACLED's rows there, an unnamed perpetrator (actor1) of a
# note with one of these is an ``Unidentified Gang`` 169 times in 186 (Mexico 95/100, Brazil
# 67/67, El Salvador 4/6; not Puerto Rico, 0/6) and without one an ``Unidentified Armed Group``
# 196 times in 229. Elsewhere the same words leave the armed group (Kenya 77/77, Sri Lanka 9/9).
GANG_SIGNS_RE = re.compile(
    r"drive-?by|\b(?:hands?|feet|legs|arms|wrists)\b[^.]{0,30}\b(?:tied|bound)\b|"
    r"\b(?:tied|bound)\b[^.]{0,20}\b(?:hands?|feet|legs|wrists)\b|handcuffed|blindfold|"
    r"dismember|decapitat|behead|mutilat|threatening (?:message|note|sign)|narco|"
    r"organi[sz]ed crime|drugs?[- ](?:traffick|dealing|gang|cartel|dispute|turf|trade)|cartels?\b|"
    r"criminal (?:group|gang|organi[sz]ation|cell|band)s?|\bgangs?\b|gangsters?|pandiller|mareros?|"
    r"execution-style|executed",
    re.I,
)
# Words that name the gangs themselves: where ACLED's usual label is a compound ("Unidentified
# Gang and/or Police Militia" in Brazil, 65 of its 76 unnamed gangs), a note that says gangs did
# it keeps the plain "Unidentified Gang (X)" (7 of 12 such notes, against 4 of 64 without).
GANG_NAMED_RE = re.compile(
    r"\bgangs?\b|gang members?|gangsters?|\brival|territor\w*|factions?\b|drug\w* (?:\w+ )?dispute",
    re.I,
)


def militia_label(kind: str) -> str:
    """ "communal" -> "Communal Militia": the word ACLED puts in an identity militia's name."""
    return f"{kind.title()} Militia"


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
    area: tuple[str, ...] = ()  # where a group that crosses borders fights (JNIM: Mali, Burkina Faso...)
    # the franchise family ("al-Qaeda") and the countries where this group is its branch
    affiliate: tuple[str, tuple[str, ...]] = ("", ())
    in_power: tuple[str, date] | None = None  # (country, since): from then on, its state forces
    struck_from: tuple[str, date] | None = None  # (state, since): whose are the unattributed strikes here
    held_by: tuple[str, date] | None = None  # (state, since): whose are the bare "soldiers" here
    at_war: tuple[str, date] | None = None  # (state, since): the state its forces are at war with
    gang: str = ""  # a state's usual label for an unnamed gang, where ACLED's is a compound
    abroad: bool = False  # a unit its proper name names wherever it acts (the IRGC in Iraq)

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


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _since(raw: Any) -> tuple[str, date] | None:
    """A ``[state or country, ISO date]`` pair of the registry's history (in power, at war, ...)."""
    return (str(raw[0]), date.fromisoformat(raw[1])) if raw else None


def _affiliate(value: Any) -> tuple[str, tuple[str, ...]]:
    return (str(value[0]), tuple(str(c) for c in value[1])) if value else ("", ())


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
            area=tuple(str(c) for c in raw.get("area", ())),
            affiliate=_affiliate(raw.get("affiliate")),
            gang=str(raw.get("gang", "")),
            in_power=_since(raw.get("in_power")),
            struck_from=_since(raw.get("struck_from")),
            held_by=_since(raw.get("held_by")),
            at_war=_since(raw.get("at_war")),
            abroad=bool(raw.get("abroad", False)),
        )
    except (KeyError, ValueError, TypeError, IndexError) as exc:
        raise MalformedRecord(f"bad actor registry entry {raw!r}: {exc}") from exc


class ActorRegistry:
    """ACLED actor names, their aliases and state-force regimes; finds actors in text (through
    an :class:`~vigil.extract.actor_match.ActorIndex` of its names).

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
        # an actor is found under its current name ("Islamic State (Sahel)") or a template
        # of its base ("Dozo Communal Militia"): each leads back to the entry's area
        self._areas: dict[str, tuple[str, ...]] = {}
        for e in entries:
            if e.area:
                label = f" {militia_label(e.kind)}" if e.kind in MILITIA_KINDS else ""
                for name in (e.name, *(new for _, new in e.renamed)):
                    self._areas[name + label] = e.area
        self._matcher = ActorIndex(self)

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

    @property
    def states(self) -> Mapping[str, Entry]:
        """Each country's state entry (its demonyms and regimes), in registry order."""
        return self._states

    def area(self, name: str) -> tuple[str, ...]:
        """The countries a named group fights in (``()`` when it has no recorded area), its main
        one first; ``name`` as :meth:`find` gives it, with or without a ``(country)`` suffix."""
        found = self._areas.get(name)
        if found is None and name.endswith(")"):
            found = self._areas.get(name.rsplit(" (", 1)[0])
        return found or ()

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

    def striker(self, country: str, when: date | None, *, air: bool = False) -> Actor:
        """Whose an air strike or shelling in ``country`` is when no one is named: the foreign state
        at war on it (``struck_from``: Russia in Ukraine since the invasion), else its own army."""
        entry = next((e for e in self._entries if e.kind == "state" and e.country == country), None)
        if entry is not None and entry.struck_from is not None:
            by, since = entry.struck_from
            if when is None or when >= since:
                return self.generic("air" if air else "military", by, when, home=country)
        return self.generic("air" if air else "military", country, when, home=country)

    def holder(self, country: str | None, when: date | None, kind: str) -> str | None:
        """Whose forces the press's bare "soldiers" or "police" (``kind``) in ``country`` are: the
        state that holds it (``held_by``: Israel in the West Bank), else its own."""
        entry = next((e for e in self._entries if e.kind == "state" and e.country == country), None)
        held = entry.held_by if entry is not None and kind in ("military", "police") else None
        return held[0] if held is not None and (when is None or when >= held[1]) else country

    def enemy(self, country: str, when: date | None) -> str | None:
        """The state whose forces ``country``'s fight where no side is named (``at_war``)."""
        entry = next((e for e in self._entries if e.kind == "state" and e.country == country), None)
        war = entry.at_war if entry is not None else None
        return war[0] if war is not None and (when is None or when >= war[1]) else None

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

    def gang(self, country: str, *, text: str = "", named: bool = False) -> Actor:
        """An unnamed gang in ``country``: ``Unidentified Gang (X)``, or the country's compound
        label (mined from ACLED into the state's ``gang``) unless gangs are ``named`` as such,
        by the caller or in ``text``."""
        state = self._states.get(country)
        compound = state.gang if state is not None else ""
        if compound and not named and not GANG_NAMED_RE.search(text):
            return Actor(name=compound, type=ActorType.POLITICAL_MILITIA, country=country)
        return Actor(name=f"Unidentified Gang ({country})", type=ActorType.POLITICAL_MILITIA, country=country)

    def perpetrator(self, country: str, text: str) -> Actor:
        """The unnamed perpetrator of what ``text`` reports in ``country``: a gang where ACLED
        codes gang violence and the text bears its marks (:data:`GANG_SIGNS_RE`), else an
        ``Unidentified Armed Group``."""
        if country in GANG_SIGN_COUNTRIES and GANG_SIGNS_RE.search(text):
            return self.gang(country, text=text)
        return self.unidentified(country)

    def identity(self, label: str, country: str) -> Actor:
        """Victims' identity for assoc_actor_2, e.g. ``Women (Mali)``."""
        return Actor(name=f"{label} ({country})", type=ActorType.CIVILIANS, country=country)

    def generic(self, kind: str, where: str, when: date | None, *, home: str | None) -> Actor:
        """The side a generic noun of ``kind`` (:data:`~vigil.extract.actor_nouns.GENERIC_KINDS`) names in ``where``;
        ``home`` is the event's country, for state forces acting abroad."""
        if kind == "military":
            return self.state_forces(where, when, home=home)
        if kind == "enemy":
            foe = self.enemy(where, when) or self.holder(where, when, "military")
            return (
                self.state_forces(foe, when, home=home) if foe and foe != where else self.unidentified(where)
            )
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
        if kind == "gang" and where in GANG_COUNTRIES:
            return self.gang(where, named=True)
        if kind == "pirates":
            return Actor(name=f"Pirates ({where})", type=ActorType.POLITICAL_MILITIA, country=where)
        if kind == "private security":
            return Actor(
                name=f"Private Security Forces ({where})", type=ActorType.EXTERNAL_FORCES, country=where
            )
        if kind in MILITIA_KINDS:
            return Actor(
                name=f"Unidentified {militia_label(kind)} ({where})",
                type=ActorType.IDENTITY_MILITIA,
                country=where,
            )
        return self.unidentified(where)

    # ------------------------------------------------------------------ finding

    def find(self, text: str, *, country: str | None = None, when: date | None = None) -> list[ActorMention]:
        """Actors mentioned in ``text``, longest match first, in text order, without overlaps.

        Generic nouns ("gunmen", "villagers") need ``country``; demonyms ("Malian troops")
        bring their own. Vague press names ("jihadists linked to al-Qaeda") only count in
        the countries and dates the registry scopes them to.
        """
        return self._matcher.find(text, country=country, when=when)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)
