"""Exports round-trip: export -> pandas -> the same values, with ACLED/UCDP column names verbatim."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from tests.serve.conftest import build_store
from vigil.export.formats import ACLED_COLUMNS, UCDP_COLUMNS, export
from vigil.store import Store
from vigil.store.web import with_sources

CODES = {"mali": (466, "MLI", "Western Africa")}


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("export") / "x.db")
    with Store.open(db, readonly=True) as store:
        return with_sources(store, store.incidents())


def test_acled_csv_round_trip(rows):
    frame = pd.read_csv(io.BytesIO(export(rows, "acled-csv", CODES)))
    assert tuple(frame.columns) == ACLED_COLUMNS
    by_id = {int(r["id"]): r for r in rows}
    for rec in frame.to_dict("records"):
        src = by_id[int(rec["event_id_cnty"].removeprefix("MLI"))]
        for col in (
            "event_date",
            "sub_event_type",
            "event_type",
            "actor1",
            "country",
            "location",
            "fatalities",
        ):
            assert rec[col] == src[col]
        assert rec["latitude"] == pytest.approx(src["latitude"]) and rec["iso"] == 466
    assert frame["source"].str.contains("Sahel Wire").any()


def test_parquet_round_trip_keeps_types(rows):
    frame = pd.read_parquet(io.BytesIO(export(rows, "parquet", CODES)))
    assert tuple(frame.columns) == ACLED_COLUMNS
    assert sorted(frame["fatalities"].tolist()) == sorted(r["fatalities"] for r in rows)
    assert str(frame["fatalities"].dtype) == "int64" and str(frame["latitude"].dtype) == "float64"


def test_geojson_is_points_with_columns_as_properties(rows):
    geo = json.loads(export(rows, "geojson", CODES))
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == len(rows)
    f = geo["features"][0]
    assert f["geometry"]["type"] == "Point"
    assert f["geometry"]["coordinates"] == [f["properties"]["longitude"], f["properties"]["latitude"]]
    assert tuple(f["properties"]) == ACLED_COLUMNS


def test_ucdp_csv_round_trip(rows):
    frame = pd.read_csv(io.BytesIO(export(rows, "ucdp-csv", CODES)))
    assert tuple(frame.columns) == UCDP_COLUMNS
    attack = frame[frame["deaths_civilians"] > 0].iloc[0]
    assert attack["type_of_violence"] == 3 and attack["best"] == 17 and attack["country"] == "Mali"
    clash = frame[frame["side_b"] == "Azawad Liberation Front"]
    assert set(clash["type_of_violence"]) <= {1, 2}
