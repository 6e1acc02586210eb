"""Measure fatalities and event dates against ACLED's gold coding of its own notes.

Usage: .venv/bin/python bench/figures.py [--sample N] [--errors K] [--seed S]

Reads ../shared/data/acled/*.csv (or $VIGIL_SHARED/data/acled). Nothing here is trained, so
every row is test data; figures are reported per file and per country group.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import sys
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from vigil.extract.dates import event_date
from vigil.extract.figures import extract_claims, fatalities
from vigil.extract.nlp import split_sentences


def shared_dir() -> Path:
    env = os.environ.get("VIGIL_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[1] / ".." / "shared"


def load_rows(sample: int, seed: int) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in sorted((shared_dir() / "data" / "acled").glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                row["_file"] = path.stem.removeprefix("acled_")
                rows.append(row)
    if sample and sample < len(rows):
        rows = random.Random(seed).sample(rows, sample)
    return rows


def group_of(row: dict[str, str]) -> str:
    if row["_file"] in ("benin", "burkina_faso"):
        return row["country"]
    return f"world:{row['country']}" if row["country"] in _WORLD_NAMED else "world:other"


# ACLED's own bookkeeping inside a note ("Fatalities coded as 0", "split between events"): the gold
# figure follows the coder's note, not the report, so these rows are also scored apart.
_CODER_META = re.compile(r"\b(?:coded|split|fatalit(?:y|ies) (?:were )?(?:attributed|counted))\b", re.I)
_WORLD_NAMED = ("Ukraine", "Kenya", "Sri Lanka", "Bangladesh", "Afghanistan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=0, help="rows to sample (0 = all)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--errors", type=int, default=0, help="print this many fatality errors")
    parser.add_argument("--date-errors", type=int, default=0)
    args = parser.parse_args()
    if not (shared_dir() / "data" / "acled").is_dir():
        sys.exit(f"no ACLED data under {shared_dir()}")
    rows = load_rows(args.sample, args.seed)
    stats: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    fat_errors: list[str] = []
    date_errors: list[str] = []
    rng = random.Random(args.seed)
    for row in rows:
        gold = int(row["fatalities"] or 0)
        gold_date = date.fromisoformat(row["event_date"])
        got = fatalities(extract_claims(split_sentences(row["notes"])))
        d_none, p_none = event_date(row["notes"], published=None)
        near = gold_date + timedelta(days=rng.randint(0, 3))
        d_near, _ = event_date(row["notes"], published=near)
        stamp = row.get("timestamp") or ""
        d_stamp = None
        if stamp.isdigit():
            published = datetime.fromtimestamp(int(stamp), tz=UTC).date()
            d_stamp, _ = event_date(row["notes"], published=published)
        for key in ("all", group_of(row)):
            s = stats[key]
            s["n"] += 1
            s["fat_exact"] += got == gold
            meta = bool(_CODER_META.search(row["notes"]))
            s["plain_n"] += not meta
            s["plain_exact"] += not meta and got == gold
            s["abs_err"] += abs(got - gold)
            s["pos_n"] += gold > 0
            s["pos_exact"] += gold > 0 and got == gold
            s["zero_fp"] += gold == 0 and got > 0
            s["date_none"] += d_none == gold_date
            s["prec_none"] += d_none == gold_date and str(p_none) == row["time_precision"]
            s["date_near"] += d_near == gold_date
            if stamp.isdigit():
                s["stamp_n"] += 1
                s["date_stamp"] += d_stamp == gold_date
        if got != gold:
            fat_errors.append(f"gold={gold} got={got} | {row['notes'][:300]}")
        if d_near != gold_date:
            date_errors.append(f"gold={gold_date} pub={near} got={d_near} | {row['notes'][:160]}")
    header = (
        "group",
        "n",
        "fat_exact",
        "fat|no-meta",
        "MAE",
        "exact|f>0",
        "fp|f=0",
        "date|pub=None",
        "prec|None",
        "date|pub=ev+0..3",
        "date|pub=timestamp",
    )
    print("\t".join(header))
    for key in sorted(stats, key=lambda k: (k != "all", k)):
        s = stats[key]
        n = s["n"]
        zero_n = n - s["pos_n"]
        stamp = f"{s['date_stamp'] / s['stamp_n']:.3f}" if s["stamp_n"] else "-"
        print(
            f"{key}\t{int(n)}\t{s['fat_exact'] / n:.3f}\t{s['plain_exact'] / max(1, s['plain_n']):.3f}\t"
            f"{s['abs_err'] / n:.2f}\t"
            f"{s['pos_exact'] / max(1, s['pos_n']):.3f}\t{s['zero_fp'] / max(1, zero_n):.3f}\t"
            f"{s['date_none'] / n:.3f}\t{s['prec_none'] / n:.3f}\t{s['date_near'] / n:.3f}\t{stamp}"
        )
    for line in random.Random(args.seed).sample(fat_errors, min(args.errors, len(fat_errors))):
        print("FAT", line)
    for line in random.Random(args.seed).sample(date_errors, min(args.date_errors, len(date_errors))):
        print("DATE", line)


if __name__ == "__main__":
    main()
