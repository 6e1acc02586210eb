"""The wire-copy holdout (bench/data/wire_gold.jsonl) is well formed: no coder run here.

bench/wire.py scores the coder on it; a malformed gold row would silently skew every figure.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from vigil.taxonomy import ActorType, EventType, SubEventType

GOLD = Path(__file__).resolve().parents[1] / "bench" / "data" / "wire_gold.jsonl"
FIELDS = {
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "inter1",
    "fatalities",
    "event_date",
    "country",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_parse_with_unique_ids(rows: list[dict[str, Any]]) -> None:
    assert len(rows) == 120
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    for r in rows:
        assert set(r) == {"id", "published", "text", "gold"}
        assert r["text"].strip()
        date.fromisoformat(r["published"])


def test_gold_fields_follow_the_taxonomy(rows: list[dict[str, Any]]) -> None:
    events = [r["gold"] for r in rows if r["gold"] is not None]
    assert len(events) == 90
    for g in events:
        assert set(g) == FIELDS
        sub = SubEventType(g["sub_event_type"])
        assert sub.event_type is EventType(g["event_type"]), g
        assert ActorType.parse(g["inter1"]) is not None
        assert g["actor1"] and g["actor2"] != g["actor1"]
        assert isinstance(g["fatalities"], int) and g["fatalities"] >= 0
        assert date.fromisoformat(g["event_date"]) <= date.fromisoformat(
            next(r["published"] for r in rows if r["gold"] is g)
        )
        assert -90 <= g["latitude"] <= 90 and -180 <= g["longitude"] <= 180
        assert g["geo_precision"] in (1, 2, 3)


def test_spread_matches_the_brief(rows: list[dict[str, Any]]) -> None:
    events = [r["gold"] for r in rows if r["gold"] is not None]
    countries = Counter(g["country"] for g in events)
    assert len(countries) >= 40
    assert countries["Benin"] <= 2 and countries["Burkina Faso"] <= 2
    assert {g["event_type"] for g in events} == {e.value for e in EventType}


@pytest.mark.parametrize(
    "name",
    [
        "wire_dev.jsonl",
        "wire_dev22.jsonl",
        "wire_dev23.jsonl",
        "wire_dev24.jsonl",
        "wire_dev25.jsonl",
        "wire_dev26.jsonl",
        "wire_dev27.jsonl",
        "wire_dev28.jsonl",
        "wire_dev29.jsonl",
        "wire_holdout_q.jsonl",
    ],
)
def test_the_dev_set_and_the_second_holdout_follow_the_taxonomy(name: str) -> None:
    rows = [
        json.loads(line) for line in (GOLD.parent / name).read_text(encoding="utf-8").splitlines() if line
    ]
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        date.fromisoformat(r["published"])
        g = r["gold"]
        if g is None:
            continue
        assert SubEventType(g["sub_event_type"]).event_type is EventType(g["event_type"]), r["id"]
        assert ActorType.parse(g["inter1"]) is not None, r["id"]
        assert isinstance(g["fatalities"], int) and g["fatalities"] >= 0, r["id"]
