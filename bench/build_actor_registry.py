"""Build src/vigil/extract/data/actors.json: hand-written actor knowledge plus names mined from ACLED.

The hand-written knowledge is data under ``bench/data/actors`` (each file's ``about`` says what
it holds and where it comes from): ``states.json`` (demonyms, force names), ``regimes.tsv``
(ACLED's period labels), ``units.json``, ``groups/NN_<theatre>.json`` (named groups, read in file
order), ``phrases.json`` (phrase lists a group's ``press`` splices in as ``"@name"``),
``identities.json``, ``areas.json``, ``affiliates.json`` and ``history.json`` (renames, groups in
power). This script checks and loads them, mines ACLED and writes the registry.

Everything written here is public fact (ACLED's actor naming, regime dates, group names and
their common press names). Mining reads ../shared/data/acled/*.csv (or $VIGIL_SHARED/data/acled)
and keeps only names, inter codes and period labels, never notes. ``--exclude COUNTRY`` builds a
registry blind to a country, for honest held-out benchmarks:

    .venv/bin/python bench/build_actor_registry.py --exclude "Burkina Faso" --out /tmp/actors_nobf.json
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "actors"
GROUP_KEYS = ("name", "inter", "country", "aliases", "scope", "press", "active", "note")
UNIT_KEYS = {"country", "branch", "name", "aliases", "abroad", "note"}


class TableError(ValueError):
    """A file under ``bench/data/actors`` does not have the shape the build reads."""


@dataclass(frozen=True, slots=True)
class Group:
    """A named group: ACLED's name, inter code, home country (None = several), and its names.

    ``scope``: countries where ``press`` names (vague descriptions) point at this group;
    ``active``: (start, end) ISO dates bounding when the press names apply (None = open).
    """

    name: str
    inter: int
    country: str | None
    aliases: tuple[str, ...]
    scope: tuple[str, ...]
    press: tuple[str, ...]
    active: tuple[str | None, str | None]


@dataclass(frozen=True, slots=True)
class Unit:
    """A named state unit ACLED appends to a state force's name (``... (2019-2022) Military Police``)."""

    country: str
    branch: str
    name: str
    aliases: tuple[str, ...]
    abroad: bool = False  # its proper name names it wherever it strikes (the IRGC in Iraq)


@dataclass(frozen=True, slots=True)
class Tables:
    """The hand-written actor knowledge in ``bench/data/actors`` (each file's ``about`` says what and why).

    ``regimes``: country -> (start, end or None, ACLED's period label), replacing mined periods;
    ``renamed``: name -> (from ISO date, new name); ``areas``: name -> countries it fights in, the
    main theatre first; ``affiliates``: family -> ACLED name -> countries where it is the family's
    branch; ``in_power``: name -> (country, ISO date from which ACLED codes it as the state);
    ``struck_from``: country -> (the foreign state an unattributed strike there is, ISO date since);
    ``held_by``: country -> (the state whose forces the press's bare "soldiers" there are, since);
    ``at_war``: country -> (the state at war with it, since).
    """

    demonyms: dict[str, tuple[str, ...]]
    state_aliases: dict[str, tuple[str, ...]]
    regimes: dict[str, tuple[tuple[str, str | None, str], ...]]
    groups: tuple[Group, ...]
    units: tuple[Unit, ...]
    ethnic: dict[str, tuple[str, ...]]
    communal: dict[str, tuple[str, ...]]
    renamed: dict[str, tuple[tuple[str, str], ...]]
    areas: dict[str, tuple[str, ...]]
    affiliates: dict[str, dict[str, tuple[str, ...]]]
    in_power: dict[str, tuple[str, str]]
    struck_from: dict[str, tuple[str, str]]
    held_by: dict[str, tuple[str, str]]
    at_war: dict[str, tuple[str, str]]


def _read(path: Path, keys: tuple[str, ...]) -> dict[str, Any]:
    """``path``'s JSON object, checked to hold ``keys`` and nothing but a free-text ``about``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or set(data) - {"about"} != set(keys):
        raise TableError(f"{path}: expected an object with keys {list(keys)}")
    return data


def _strings(value: object, where: str, phrases: dict[str, tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """A list of strings; with ``phrases``, an ``"@name"`` item splices in that phrase list."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TableError(f"{where}: expected a list of strings")
    out: list[str] = []
    for item in value:
        if phrases is not None and item.startswith("@"):
            if item[1:] not in phrases:
                raise TableError(f"{where}: no phrase list {item!r}")
            out += phrases[item[1:]]
        else:
            out.append(item)
    return tuple(out)


def _lists(value: object, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise TableError(f"{where}: expected an object of string lists")
    return {k: _strings(v, f"{where}.{k}") for k, v in value.items()}


def _phrases(path: Path) -> dict[str, tuple[str, ...]]:
    """Named phrase lists; a list may splice in one defined above it (``"@peacekeepers"``)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise TableError(f"{path}: expected an object")
    phrases: dict[str, tuple[str, ...]] = {}
    for key, items in data.items():
        if key != "about":
            phrases[key] = _strings(items, f"{path.name}.{key}", phrases)
    return phrases


def _group(raw: object, where: str, phrases: dict[str, tuple[str, ...]]) -> Group:
    """One group entry; ``scope``, ``press`` and ``active`` may be left out (none, none, open)."""
    if not isinstance(raw, dict) or not {"name", "inter", "country", "aliases"} <= set(raw) <= set(
        GROUP_KEYS
    ):
        raise TableError(f"{where}: a group needs name, inter, country, aliases (and only {GROUP_KEYS})")
    name, inter, country = raw["name"], raw["inter"], raw["country"]
    active = raw.get("active", [None, None])
    if not (isinstance(name, str) and isinstance(inter, int) and isinstance(country, str | None)):
        raise TableError(f"{where}: name, inter, country must be a string, an int, a string or null")
    if not (isinstance(active, list) and len(active) == 2 and all(isinstance(d, str | None) for d in active)):
        raise TableError(f"{where}: active must be [start or null, end or null]")
    return Group(
        name=name,
        inter=inter,
        country=country,
        aliases=_strings(raw["aliases"], f"{where}.aliases"),
        scope=_strings(raw.get("scope", []), f"{where}.scope"),
        press=_strings(raw.get("press", []), f"{where}.press", phrases),
        active=(active[0], active[1]),
    )


def _unit(raw: object, where: str) -> Unit:
    """One unit entry: country, branch ("Military" or "Police"), name, aliases, and maybe a note."""
    if not isinstance(raw, dict) or not {"country", "branch", "name", "aliases"} <= set(raw) <= UNIT_KEYS:
        raise TableError(
            f"{where}: a unit needs country, branch, name, aliases (and only {sorted(UNIT_KEYS)})"
        )
    if not all(isinstance(raw[k], str) for k in ("country", "branch", "name")):
        raise TableError(f"{where}: country, branch and name must be strings")
    return Unit(
        country=raw["country"],
        branch=raw["branch"],
        name=raw["name"],
        aliases=_strings(raw["aliases"], where),
        abroad=bool(raw.get("abroad", False)),
    )


def _regimes(path: Path) -> dict[str, tuple[tuple[str, str | None, str], ...]]:
    """``regimes.tsv``: country, start, end (empty = open), label; ``#`` lines are comments."""
    regimes: dict[str, list[tuple[str, str | None, str]]] = {}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    if not lines or lines[0].split("\t") != ["country", "start", "end", "label"]:
        raise TableError(f"{path}: expected the header country, start, end, label")
    for n, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) != 4:
            raise TableError(f"{path}: row {n} has {len(cells)} cells, not 4")
        country, start, end, label = cells
        regimes.setdefault(country, []).append((start, end or None, label))
    return {country: tuple(rows) for country, rows in regimes.items()}


def load_tables(root: Path = DATA) -> Tables:
    """Read and check every table under ``root``; groups come theatre file by theatre file, in name order."""
    phrases = _phrases(root / "phrases.json")
    groups = tuple(
        _group(raw, f"{path.name}[{i}]", phrases)
        for path in sorted((root / "groups").glob("*.json"))
        for i, raw in enumerate(_read(path, ("theatre", "groups"))["groups"])
    )
    states = _read(root / "states.json", ("demonyms", "aliases"))
    units = _read(root / "units.json", ("units",))["units"]
    identities = _read(root / "identities.json", ("ethnic", "communal"))
    history = _read(root / "history.json", ("renamed", "in_power", "struck_from", "held_by", "at_war"))
    affiliates = _read(root / "affiliates.json", ("affiliates",))["affiliates"]
    return Tables(
        demonyms=_lists(states["demonyms"], "states.demonyms"),
        state_aliases=_lists(states["aliases"], "states.aliases"),
        regimes=_regimes(root / "regimes.tsv"),
        groups=groups,
        units=tuple(_unit(raw, f"units.json[{i}]") for i, raw in enumerate(units)),
        ethnic=_lists(identities["ethnic"], "identities.ethnic"),
        communal=_lists(identities["communal"], "identities.communal"),
        renamed={
            name: tuple((since, new) for since, new in renames)
            for name, renames in history["renamed"].items()
        },
        areas=_lists(_read(root / "areas.json", ("areas",))["areas"], "areas"),
        affiliates={
            family: _lists(branches, f"affiliates.{family}") for family, branches in affiliates.items()
        },
        in_power={name: (country, since) for name, (country, since) in history["in_power"].items()},
        struck_from={home: (by, since) for home, (by, since) in history["struck_from"].items()},
        held_by={home: (by, since) for home, (by, since) in history["held_by"].items()},
        at_war={home: (by, since) for home, (by, since) in history["at_war"].items()},
    )


# --------------------------------------------------------------------------- mining

STATE_RE = re.compile(r"^(Military|Police) Forces of (.+?) \((\d{4})-(\d{4})?\)(.*)$")
GOV_RE = re.compile(r"^Government of (.+?) \((\d{4})-(\d{4})?\)$")
TEMPLATE_RE = re.compile(
    r"^(Civilians|Protesters|Rioters|Unidentified Armed Group|Unidentified Ethnic Militia|"
    r"Unidentified Communal Militia|Unidentified Gang|Unidentified Military Forces|"
    r"Unidentified Political Militia)"
    r" \((.+)\)$"
)
ETHNIC_RE = re.compile(r"^(.+) Ethnic Militia \((.+)\)$")
COMMUNAL_RE = re.compile(r"^(.+) Communal Militia \((.+)\)$")
IDENTITY_RE = re.compile(r"^(.+) \((.+)\)$")  # Students (Kenya), Women (Mali) ...
# ACLED's name for Islamist fighters a report does not attribute to a named group, per country
# ("Islamist Militia (Mozambique)"): the press words it codes that way, scoped to that country.
ISLAMIST_RE = re.compile(r"^Islamist Militia \((.+)\)$")
ISLAMIST_PRESS = ("Islamist militants", "Islamic militants", "Islamist militant", "Islamic militant")
FACTION_WORDS = ("Faction", "Council", "Accord", "Government", "Movement")
BRANCH_SUFFIXES = ("Air Force", "Navy", "Gendarmerie", "Military Police", "National Guard", "Special Forces")


def _shared() -> Path:
    env = os.environ.get("VIGIL_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[1] / ".." / "shared"


def read_rows(exclude: set[str]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in sorted((_shared() / "data" / "acled").glob("*.csv")):
        with path.open(encoding="utf-8") as fh:
            rows.extend(r for r in csv.DictReader(fh) if r["country"] not in exclude)
    return rows


INTER_LABELS = {
    "state forces": 1,
    "rebel group": 2,
    "rebel groups": 2,
    "political militia": 3,
    "political militias": 3,
    "identity militia": 4,
    "identity militias": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external/other forces": 8,
}


def _inter(value: str) -> int | None:
    value = value.strip()
    if value.isdigit():
        return int(value) or None
    return INTER_LABELS.get(value.lower())


def _acronym_aliases(name: str) -> list[str]:
    """``"ABC: Full Name"`` -> both parts; a bare name -> itself."""
    aliases = [name]
    if ": " in name:
        short, full = name.split(": ", 1)
        aliases += [short, full]
    return aliases


@dataclass(frozen=True, slots=True)
class Mined:
    """What the ACLED rows tell about actors: regime labels, named groups, units, identity bases."""

    regime_dates: dict[tuple[str, str], list[str]]
    groups: dict[str, Counter[int]]
    group_countries: dict[str, Counter[str]]
    units: Counter[tuple[str, str, str]]
    ethnic: set[str]
    communal: set[str]
    gangs: dict[str, Counter[str]] = field(default_factory=dict)  # country -> its unnamed-gang labels


def gang_labels(gangs: dict[str, Counter[str]]) -> dict[str, str]:
    """Countries whose usual label for an unnamed gang is a compound ("Unidentified Gang and/or
    Police Militia": Brazil, 162 of its 231 unnamed gangs as either side), not the template
    ``Unidentified Gang (X)``; kept where it is at least half of five or more."""
    out: dict[str, str] = {}
    for country, names in gangs.items():
        name, count = names.most_common(1)[0]
        if " and/or " in name and count >= 5 and 2 * count >= sum(names.values()):
            out[country] = name
    return out


def mine(rows: list[dict[str, str]]) -> Mined:
    """Collect regimes, named groups and ethnic/communal bases from ACLED rows."""
    regime_dates: dict[tuple[str, str], list[str]] = defaultdict(list)
    groups: dict[str, Counter[int]] = defaultdict(Counter)
    group_countries: dict[str, Counter[str]] = defaultdict(Counter)
    units: Counter[tuple[str, str, str]] = Counter()
    ethnic: set[str] = set()
    communal: set[str] = set()
    gangs: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        sides = [(row["actor1"], row["inter1"]), (row["actor2"], row["inter2"])]
        sides += [(a.strip(), "") for a in (row["assoc_actor_1"] + ";" + row["assoc_actor_2"]).split(";")]
        for name, inter in sides:
            if not name:
                continue
            if name.startswith("Unidentified Gang"):
                gangs[row["country"]][name] += 1
            if m := STATE_RE.match(name):
                branch, country, start, end, suffix = m.groups()
                suffix = suffix.strip()
                if suffix and any(w in suffix for w in FACTION_WORDS):
                    groups[name][1] += 1
                    group_countries[name][country] += 1
                    continue
                regime_dates[(country, f"{start}-{end or ''}")].append(row["event_date"])
                if suffix and suffix not in BRANCH_SUFFIXES:
                    units[(country, branch, suffix)] += 1
                continue
            if m := GOV_RE.match(name):
                regime_dates[(m.group(1), f"{m.group(2)}-{m.group(3) or ''}")].append(row["event_date"])
                continue
            if TEMPLATE_RE.match(name):
                continue
            if m := ETHNIC_RE.match(name):
                ethnic.add(m.group(1))
                continue
            if m := COMMUNAL_RE.match(name):
                communal.add(m.group(1))
                continue
            if " and/or " in name or name.startswith(("Mutiny of", "Former ")):
                continue
            if IDENTITY_RE.match(name) and not inter:
                continue  # identity labels of participants/victims (Students (Kenya)); templated at run time
            code = _inter(inter)
            if code is not None:
                groups[name][code] += 1
            elif name not in groups:
                groups[name] = Counter()
            group_countries[name][row["country"]] += 1
    return Mined(
        regime_dates=regime_dates,
        groups=groups,
        group_countries=group_countries,
        units=units,
        ethnic=ethnic,
        communal=communal,
        gangs=dict(gangs),
    )


def _mined_regimes(regime_dates: dict[tuple[str, str], list[str]]) -> dict[str, list[dict[str, str | None]]]:
    """Turn period labels seen in the data into dated regimes (boundary = first date seen)."""
    by_country: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (country, label), dates in regime_dates.items():
        start_year = label.split("-")[0]
        first = min(dates)
        start = first if first.startswith(start_year) else f"{start_year}-01-01"
        by_country[country].append((start, label))
    out: dict[str, list[dict[str, str | None]]] = {}
    for country, items in by_country.items():
        items.sort()
        regimes: list[dict[str, str | None]] = []
        for i, (start, label) in enumerate(items):
            end = None
            if i + 1 < len(items):
                nxt = date.fromisoformat(items[i + 1][0])
                end = (nxt - timedelta(days=1)).isoformat()
            regimes.append({"start": start, "end": end, "label": label})
        out[country] = regimes
    return out


def _curated_fields(name: str, tables: Tables) -> dict[str, object]:
    """``name``'s franchise family and where it is the family's branch, and when it took power."""
    fields: dict[str, object] = {}
    for family, branches in tables.affiliates.items():
        if name in branches:
            fields["affiliate"] = [family, list(branches[name])]
    if name in tables.in_power:
        fields["in_power"] = list(tables.in_power[name])
    return fields


def _with_area(entry: dict[str, object], tables: Tables) -> dict[str, object]:
    """``entry`` with its operating area, if it has one; a mined home outside it is a stray row."""
    entry.update(_curated_fields(str(entry["name"]), tables))
    area = tables.areas.get(str(entry["name"]))
    if area:
        entry["area"] = list(area)
        if entry.get("country") not in (None, *area):
            entry["country"] = None
    return entry


def build(exclude: set[str], data: Path = DATA) -> list[dict[str, object]]:
    """The registry's entries: the tables in ``data`` plus what ACLED's rows (but ``exclude``'s) add."""
    tables = load_tables(data)
    mined = mine(read_rows(exclude))
    entries: list[dict[str, object]] = []
    regimes = _mined_regimes(mined.regime_dates)
    for country, curated in tables.regimes.items():
        regimes[country] = [{"start": s, "end": e, "label": lab} for s, e, lab in curated]
    countries = sorted(set(regimes) | set(tables.demonyms))
    gang = gang_labels(mined.gangs)
    for country in countries:
        entries.append(
            {
                "name": f"Military Forces of {country}",
                "kind": "state",
                "inter": 1,
                "country": country,
                "aliases": list(tables.state_aliases.get(country, ())),
                "demonyms": list(tables.demonyms.get(country, ())),
                "regimes": regimes.get(country, []),
                **({"gang": gang[country]} if country in gang else {}),
                **(
                    {"struck_from": list(tables.struck_from[country])}
                    if country in tables.struck_from
                    else {}
                ),
                **({"held_by": list(tables.held_by[country])} if country in tables.held_by else {}),
                **({"at_war": list(tables.at_war[country])} if country in tables.at_war else {}),
            }
        )
    curated_units = {(unit.country, unit.name) for unit in tables.units}
    for unit in tables.units:
        entries.append(
            {
                "name": unit.name,
                "kind": "unit",
                "branch": unit.branch,
                "inter": 1,
                "country": unit.country,
                "aliases": sorted({*unit.aliases, *_acronym_aliases(unit.name)}),
                **({"abroad": True} if unit.abroad else {}),
            }
        )
    for (m_country, m_branch, suffix), count in sorted(mined.units.items()):
        if count < 2 or (m_country, suffix) in curated_units:
            continue
        entries.append(
            {
                "name": suffix,
                "kind": "unit",
                "branch": m_branch,
                "inter": 1,
                "country": m_country,
                "aliases": _acronym_aliases(suffix),
            }
        )
    seen: set[str] = set()
    for group in tables.groups:
        seen.add(group.name)
        entries.append(
            {
                "name": group.name,
                "kind": "group",
                "inter": group.inter,
                "country": group.country,
                "aliases": sorted(set(group.aliases) | set(_acronym_aliases(group.name))),
                "scope": list(group.scope),
                "press": list(group.press),
                "active": list(group.active),
                "renamed": [list(r) for r in tables.renamed.get(group.name, ())],
            }
        )
    seen |= {new for renames in tables.renamed.values() for _, new in renames}
    groups = mined.groups
    where = mined.group_countries
    for name, codes in sorted(groups.items()):
        if name in seen or not codes:
            continue
        total = sum(where[name].values())
        home, n_home = where[name].most_common(1)[0]
        islamist = ISLAMIST_RE.match(name)
        entries.append(
            {
                "name": name,
                "kind": "group",
                "inter": codes.most_common(1)[0][0],
                "country": home if n_home >= 0.8 * total else None,
                "aliases": _acronym_aliases(name),
                "scope": [islamist.group(1)] if islamist else [],
                "press": list(ISLAMIST_PRESS) if islamist else [],
                "active": [None, None],
            }
        )
    ethnic = dict(tables.ethnic)
    for base in sorted(mined.ethnic):
        if not base.startswith("Unidentified"):
            ethnic.setdefault(base, (base,))
    for base, names in sorted(ethnic.items()):
        entries.append({"name": base, "kind": "ethnic", "inter": 4, "country": None, "aliases": list(names)})
    communal = dict(tables.communal)
    for base in sorted(mined.communal):
        if not base.startswith("Unidentified"):
            communal.setdefault(base, (base,))
    for base, names in sorted(communal.items()):
        specific = base in tables.communal  # curated names are specific enough to match alone
        entries.append(
            {
                "name": base,
                "kind": "communal",
                "inter": 4,
                "country": None,
                "aliases": list(names),
                "press": list(names) if specific else [],
            }
        )
    return [_with_area(e, tables) for e in entries]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--exclude", action="append", default=[], help="country not to mine (repeatable)")
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "src/vigil/extract/data/actors.json"
    )
    args = parser.parse_args()
    entries = build(set(args.exclude))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    kinds = Counter(str(e["kind"]) for e in entries)
    print(f"wrote {len(entries)} entries to {args.out}: {dict(kinds)}")


if __name__ == "__main__":
    main()
