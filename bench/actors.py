"""Measure actor finding and role assignment on ACLED notes (gold sub_event_type, country, date given).

Splits: Burkina Faso and Benin (held out: build the registry without them for the headline)
and the rest of the world, by country. Prints actor1/actor2 exact match and inter1/inter2
accuracy per split, plus actor1 exact when a closed period ("(2015-2022)") is allowed to
match the open label of older exports ("(2015-)").

    .venv/bin/python bench/build_actor_registry.py --exclude "Burkina Faso" --exclude Benin \\
        --out /tmp/actors_heldout.json
    .venv/bin/python bench/actors.py --registry /tmp/actors_heldout.json --sample 1500
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from vigil.extract.actors import ActorRegistry
from vigil.extract.nlp import load_nlp
from vigil.extract.roles import assign_roles
from vigil.taxonomy import ActorType, SubEventType

HELD_OUT = ("Burkina Faso", "Benin")
_PERIOD_RE = re.compile(r"\((\d{4})-\d{4}\)")


def _shared() -> Path:
    env = os.environ.get("VIGIL_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[1] / ".." / "shared"


def _open_period(name: str) -> str:
    return _PERIOD_RE.sub(r"(\1-)", name)


def load_rows(sample: int, seed: int) -> dict[str, list[dict[str, str]]]:
    splits: dict[str, list[dict[str, str]]] = defaultdict(list)
    for path in sorted((_shared() / "data" / "acled").glob("*.csv")):
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if not row["notes"].strip():
                    continue
                split = row["country"] if row["country"] in HELD_OUT else "world"
                splits[split].append(row)
    rng = random.Random(seed)
    return {k: rng.sample(v, min(sample, len(v))) for k, v in splits.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--registry", type=Path, default=None, help="registry JSON (packaged one by default)")
    parser.add_argument("--sample", type=int, default=1000, help="rows per split")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-parse", action="store_true", help="word-order roles, no spaCy parse")
    parser.add_argument("--errors", type=int, default=0, help="print this many actor1 errors per split")
    args = parser.parse_args()
    if not (_shared() / "data" / "acled").is_dir():
        sys.exit("../shared/data/acled not found (set VIGIL_SHARED)")
    registry = ActorRegistry.load(args.registry)
    nlp = None if args.no_parse else load_nlp(exclude=("lemmatizer", "ner"))
    for split, rows in sorted(load_rows(args.sample, args.seed).items()):
        score: Counter[str] = Counter()
        errors: list[str] = []
        docs = nlp.pipe(r["notes"] for r in rows) if nlp is not None else (None for _ in rows)
        for row, doc in zip(rows, docs, strict=True):
            when = date.fromisoformat(row["event_date"])
            country = row["country"]
            mentions = registry.find(row["notes"], country=country, when=when)
            roles = assign_roles(row["notes"], mentions, SubEventType(row["sub_event_type"]), country=country,
                                 when=when, registry=registry, doc=doc)  # fmt: skip
            a1 = roles.actor1.name if roles.actor1 else ""
            a2 = roles.actor2.name if roles.actor2 else ""
            i1 = roles.actor1.type if roles.actor1 else None
            i2 = roles.actor2.type if roles.actor2 else None
            score["n"] += 1
            score["actor1"] += a1 == row["actor1"]
            score["actor1_open"] += _open_period(a1) == _open_period(row["actor1"])
            score["actor2"] += a2 == row["actor2"]
            score["actor2_open"] += _open_period(a2) == _open_period(row["actor2"])
            score["inter1"] += i1 == ActorType.parse(row["inter1"])
            score["inter2"] += i2 == ActorType.parse(row["inter2"])
            if _open_period(a1) != _open_period(row["actor1"]) and len(errors) < args.errors:
                errors.append(
                    f"  [{row['sub_event_type']}] gold={row['actor1']!r} got={a1!r}\n    {row['notes'][:200]}"
                )
        n = score["n"]
        print(
            f"{split:13s} n={n:5d}  actor1 {score['actor1'] / n:.3f} "
            f"(open-period {score['actor1_open'] / n:.3f})  "
            f"actor2 {score['actor2'] / n:.3f} (open {score['actor2_open'] / n:.3f})  "
            f"inter1 {score['inter1'] / n:.3f}  inter2 {score['inter2'] / n:.3f}"
        )
        for line in errors:
            print(line)


if __name__ == "__main__":
    main()
