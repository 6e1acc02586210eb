"""p95 latency of a filtered incident list over 1,000,000 synthetic incidents (goal: <= 50 ms).

Bulk-inserts synthetic incidents into a temporary store, starts the real server
on loopback and times GET /api/incidents with filters through httpx.

    .venv/bin/python bench/api.py [--incidents 1000000] [--requests 200]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.serve.conftest import LiveServer

from vigil.store import Store
from vigil.taxonomy import SubEventType

COUNTRIES = [
    "Mali",
    "Niger",
    "Burkina Faso",
    "Sudan",
    "Nigeria",
    "Somalia",
    "Ukraine",
    "Myanmar",
    "Syria",
    "Yemen",
]
ACTORS = [
    "Military Forces of Mali (2021-)",
    "Wagner Group",
    "JNIM",
    "Islamic State (Sahel)",
    "Rapid Support Forces",
]


def fill(db: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    subs = list(SubEventType)
    start = date(2015, 1, 1)
    with Store.open(db) as store:
        store.conn.execute("PRAGMA synchronous = OFF")
        store.conn.execute("PRAGMA cache_size = -1000000")  # keep index pages in memory while loading
        with store.atomic() as conn:
            conn.executemany(
                "INSERT INTO incidents (key, event_date, time_precision, disorder_type, event_type, sub_event_type,"
                " actor1, actor2, country, location, latitude, longitude, geo_precision, fatalities, low, best,"
                " high, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, '2025-01-01')",
                (
                    (
                        f"synthetic:{i}",
                        (start + timedelta(days=rng.randrange(3650))).isoformat(),
                        (sub := rng.choice(subs)).event_type.disorder_type.value,
                        sub.event_type.value,
                        sub.value,
                        rng.choice(ACTORS),
                        rng.choice(ACTORS),
                        rng.choice(COUNTRIES),
                        f"Place {rng.randrange(5000)}",
                        rng.uniform(-10, 40),
                        rng.uniform(-20, 60),
                        (f := int(rng.expovariate(0.2))),
                        f,
                        f,
                        f,
                    )
                    for i in range(n)
                ),
            )
        store.conn.execute("ANALYZE")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--incidents", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=200)
    args = ap.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        fill(db, args.incidents)
        print(f"inserted {args.incidents:,} synthetic incidents in {time.perf_counter() - t0:.1f} s")
        queries = [
            lambda: {"country": rng.choice(COUNTRIES), "since": "2023-01-01", "limit": 50},
            lambda: {"country": rng.choice(COUNTRIES), "type": "Battles", "min_fatalities": 5, "limit": 50},
            lambda: {"sub_event_type": "Air/drone strike", "since": "2024-01-01", "limit": 50},
            lambda: {
                "country": rng.choice(COUNTRIES),
                "since": "2020-01-01",
                "until": "2020-12-31",
                "limit": 50,
            },
        ]
        with LiveServer(db) as live, httpx.Client(base_url=live.url, timeout=60) as client:
            client.get("/api/incidents", params={"limit": 1})  # warm the page cache once
            times: list[float] = []
            for i in range(args.requests):
                params = queries[i % len(queries)]()
                t = time.perf_counter()
                r = client.get("/api/incidents", params=params)
                times.append((time.perf_counter() - t) * 1000)
                r.raise_for_status()
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        print(
            f"GET /api/incidents (filtered, 50 per page, with total): {len(times)} requests over "
            f"{args.incidents:,} incidents"
        )
        print(
            f"p50 {statistics.median(times):.1f} ms  p95 {p95:.1f} ms  max {times[-1]:.1f} ms  (goal p95 <= 50 ms)"
        )


if __name__ == "__main__":
    main()
