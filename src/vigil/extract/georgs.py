"""Names of armed groups, parties and organisations, which the geocoder must not read as places.

Why: GeoNames lists old and foreign names of towns, and the capitalised words of a group's name
often match one: "Hamas" is a Latin name of Hamm (Germany), the "Rapid" of "Rapid Support Forces"
an alternate name of Rapid City, "Fano" a town in Italy. The actor registry knows these names and
each group's home country; a place a group's name spells is a place only in a country where the
group is at home ("Kachin" of the Kachin Independence Army is Kachin State; "Kurdistan" of the
Kurdistan Workers Party, at home in Turkey, is no place of the event).

The registry file is read directly (names, aliases, countries): the full
:class:`~vigil.extract.actors.ActorRegistry` builds a matcher the geocoder does not need.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from vigil.extract.gazetteer import fold

# Registry kinds that name identity groups: their names are often their places' too.
_PEOPLES = frozenset({"ethnic", "communal"})
_WORD = re.compile(r"[^\W_](?:[\w'’\-]*[^\W_])?")
# A one-word name after a cue of place ("in Fano", "the town of Ana") is the place it spells
_PLACE_CUE = re.compile(
    r"\b(?:in|at|near|outside|around|(?:town|city|village|district|province|region) of)\s+$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class OrganisationSpan:
    """Where a text names an organisation, and the countries it is at home in (none: anywhere)."""

    start: int
    end: int
    countries: frozenset[str]


@dataclass(frozen=True, slots=True)
class OrganisationNames:
    """Organisation names by their first folded word: (the name's words, its home countries)."""

    by_first: Mapping[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]]
    # one-word names written only in capitals ("ANA", "BLA"): acronyms, no word of ordinary text
    acronyms: frozenset[str] = frozenset()

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]]) -> OrganisationNames:
        """From actor registry records (``name``, ``aliases``, ``renamed``, ``country``, ``area``), but
        not identity groups ("ethnic", "communal")."""
        homes: dict[tuple[str, ...], set[str]] = defaultdict(set)
        capitals: dict[str, bool] = {}
        for raw in records:
            if raw.get("kind") in _PEOPLES:
                continue  # "Amhara", "Djibo": a people, or a community named after its place
            countries = {str(c) for c in (raw.get("country"), *raw.get("area", ())) if c}
            names = {str(raw["name"]), *map(str, raw.get("aliases", ()))}
            names |= {str(new) for _, new in raw.get("renamed", ())}
            for name in names:
                words = tuple(fold(name).split())
                if words and any(len(w) > 1 for w in words):
                    homes[words] |= countries
                    if len(words) == 1:
                        capitals[words[0]] = capitals.get(words[0], True) and name.isupper()
        by_first: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = defaultdict(list)
        for words, countries in homes.items():
            by_first[words[0]].append((words, frozenset(countries)))
        return cls(
            {k: tuple(sorted(v, key=lambda n: -len(n[0]))) for k, v in by_first.items()},
            frozenset(w for w, caps in capitals.items() if caps),
        )

    @classmethod
    def load(cls, path: Path | None = None) -> OrganisationNames:
        """The packaged actor registry's names (``data/actors.json``), or those of ``path``."""
        if path is None:
            raw = resources.files("vigil.extract").joinpath("data/actors.json").read_text(encoding="utf-8")
        else:
            raw = Path(path).read_text(encoding="utf-8")
        records = json.loads(raw)
        return cls.from_records(r for r in records if isinstance(r, dict) and "name" in r)

    def find(self, text: str) -> list[OrganisationSpan]:
        """The organisation names in ``text``, longest first at each word, without overlaps."""
        tokens: list[tuple[str, int, int]] = []
        for match in _WORD.finditer(text):
            for part in fold(match.group()).split():
                tokens.append((part, match.start(), match.end()))
        found: list[OrganisationSpan] = []
        i = 0
        while i < len(tokens):
            for words, countries in self.by_first.get(tokens[i][0], ()):
                n = len(words)
                if n == 1 and not self._names_group(text, tokens[i][1], tokens[i][2]):
                    continue
                if tuple(t[0] for t in tokens[i : i + n]) == words:
                    found.append(OrganisationSpan(tokens[i][1], tokens[i + n - 1][2], countries))
                    i += n
                    break
            else:
                i += 1
        return found

    def _names_group(self, text: str, start: int, end: int) -> bool:
        """Whether a one-word name at ``text[start:end]`` is the group's: an acronym only in capitals
        ("ANA", not the Iraqi town Ana), and no name right after a cue of place ("in Fano")."""
        word = text[start:end]
        if fold(word) in self.acronyms and not word.isupper():
            return False
        return not _PLACE_CUE.search(text[max(0, start - 25) : start])
