"""Measure the geocoder on ACLED notes: distance to the gold point, country, admin1, precision.

Reads ../shared/data/acled/*.csv (or $VIGIL_SHARED/data/acled); nothing from it is written
anywhere. Groups: the Burkina Faso and Benin files, and the world file by country group.

    .venv/bin/python bench/geocode.py --per-group 300            # with and without a country hint
    .venv/bin/python bench/geocode.py --per-group 300 --nlp      # also pass spaCy docs
    .venv/bin/python bench/geocode.py --per-group 100000         # every row
    .venv/bin/python bench/geocode.py --country-at-centroid      # country-only at the centroid
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import random
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from vigil.domain import Location
from vigil.extract.gazetteer import Gazetteer, fold
from vigil.extract.geocode import Geocoder

WORLD_GROUPS = {
    "Ukraine": "Ukraine",
    "Kenya": "Kenya",
    "Sri Lanka": "Sri Lanka",
    "Bangladesh": "Bangladesh",
    "Afghanistan": "Afghanistan",
}


def shared_dir() -> Path:
    env = os.environ.get("VIGIL_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[1] / ".." / "shared"


@dataclass
class Tally:
    n: int = 0
    found: int = 0
    within_25: int = 0
    country: int = 0
    admin1: int = 0
    precision: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)

    def add(self, row: dict[str, str], loc: Location | None) -> None:
        self.n += 1
        if loc is None:
            self.misses.append(f"NONE  {row['location']!r} | {row['notes'][:140]}")
            return
        self.found += 1
        self.country += loc.country == row["country"]
        self.admin1 += fold(loc.admin1) == fold(row["admin1"])
        self.precision += str(loc.geo_precision) == row["geo_precision"]
        if loc.latitude is not None and loc.longitude is not None:
            km = haversine(loc.latitude, loc.longitude, float(row["latitude"]), float(row["longitude"]))
            if km <= 25:
                self.within_25 += 1
            else:
                self.misses.append(
                    f"{km:5.0f}km got {loc.name!r} want {row['location']!r} | {row['notes'][:140]}"
                )

    def line(self, name: str) -> str:
        n = max(self.n, 1)
        return (
            f"{name:<24} n={self.n:<5} found={self.found / n:.3f} within25km={self.within_25 / n:.3f} "
            f"country={self.country / n:.3f} admin1={self.admin1 / n:.3f} precision={self.precision / n:.3f} "
            f"docs/s={self.n / max(self.seconds, 1e-9):.0f}"
        )


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def load_groups(per_group: int, seed: int) -> dict[str, list[dict[str, str]]]:
    acled = shared_dir() / "data" / "acled"
    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for name, label in (("acled_burkina_faso.csv", "Burkina Faso"), ("acled_benin.csv", "Benin")):
        with (acled / name).open(encoding="utf-8") as handle:
            groups[label] = [r for r in csv.DictReader(handle) if r["notes"] and r["latitude"]]
    with (acled / "acled_world.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["notes"] and row["latitude"] and row["country"] not in ("Burkina Faso", "Benin"):
                groups["world: " + WORLD_GROUPS.get(row["country"], "other")].append(row)
    rng = random.Random(seed)
    return {k: rng.sample(v, min(per_group, len(v))) for k, v in sorted(groups.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description="geocoder benchmark on ACLED notes")
    parser.add_argument("--per-group", type=int, default=300)
    parser.add_argument("--seed", type=int, default=20241124)
    parser.add_argument("--nlp", action="store_true", help="also give the geocoder spaCy docs")
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument(
        "--country-at-centroid", action="store_true", help="country-only at the centroid, not the capital"
    )
    parser.add_argument(
        "--coverage", action="store_true", help="only report how often the gold place is in the gazetteer"
    )
    args = parser.parse_args()

    started = time.perf_counter()
    gazetteer = Gazetteer.load()
    print(f"gazetteer loaded in {time.perf_counter() - started:.2f} s")
    geocoder = Geocoder(gazetteer, country_at_capital=not args.country_at_centroid)
    nlp = None
    if args.nlp:
        from vigil.extract.nlp import load_nlp

        nlp = load_nlp(exclude=("lemmatizer", "parser"))
    groups = load_groups(args.per_group, args.seed)
    if args.coverage:
        for name, rows in groups.items():
            hits = sum(
                any(
                    haversine(p.latitude, p.longitude, float(r["latitude"]), float(r["longitude"])) <= 25
                    for p in gazetteer.lookup(r["location"], country=r["country"])
                )
                for r in rows
            )
            print(f"{name:<24} gold location name in gazetteer within 25 km: {hits / len(rows):.3f}")
        return
    totals = {"no hint": Tally(), "with hint": Tally()}
    for name, rows in groups.items():
        docs = list(nlp.pipe(r["notes"] for r in rows)) if nlp is not None else [None] * len(rows)
        for mode, tally_total in totals.items():
            tally = Tally()
            t0 = time.perf_counter()
            locs = [
                geocoder.locate(r["notes"], doc=d, country_hint=r["country"] if mode == "with hint" else None)
                for r, d in zip(rows, docs, strict=True)
            ]
            tally.seconds = time.perf_counter() - t0
            for row, loc in zip(rows, locs, strict=True):
                tally.add(row, loc)
                tally_total.add(row, loc)
            tally_total.seconds += tally.seconds
            print(tally.line(f"{name} [{mode}]"))
            for miss in tally.misses[: args.show_misses]:
                print("   ", miss)
    for mode, tally in totals.items():
        print(tally.line(f"ALL [{mode}]"))


if __name__ == "__main__":
    main()
