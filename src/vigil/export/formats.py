"""Exports in the column names analysts already load: ACLED, UCDP GED, GeoJSON, Parquet.

Column names are verbatim from the ACLED (2023) and UCDP GED codebooks (see
CODEBOOK.md), so pandas, GeoPandas and QGIS read the files without edits. Every
export is built from :meth:`Store.incidents`, so corrections are included.

>>> sorted(FORMATS)
['acled-csv', 'geojson', 'parquet', 'ucdp-csv']
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from vigil.columns import EVENT_COLUMNS
from vigil.errors import UsageError

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

UCDP_COLUMNS: tuple[str, ...] = (
    "id",
    "year",
    "type_of_violence",
    "side_a",
    "side_b",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "country",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
)

FORMATS = {
    "acled-csv": "text/csv; charset=utf-8",
    "ucdp-csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "parquet": "application/vnd.apache.parquet",
}

# ACLED geo_precision -> UCDP where_prec; ACLED time_precision -> UCDP date_prec.
_WHERE_PREC = {1: 1, 2: 2, 3: 4}
_DATE_PREC = {1: 1, 2: 3, 3: 4}
CodeBook = dict[str, tuple[int | None, str, str]]


def acled_rows(incidents: Iterable[dict[str, Any]], codes: CodeBook | None = None) -> list[dict[str, Any]]:
    """Incident rows (from ``Store.incidents``) as ACLED rows. ``codes``: see :func:`vigil.export.geo.codes`."""
    codes = codes or {}
    out = []
    for r in incidents:
        iso_n3, iso_a3, region = codes.get((r.get("country") or "").casefold(), (None, "", ""))
        outlets = _distinct(x.get("outlet") for x in r.get("reports") or [])
        day = r.get("event_date")
        out.append(
            {
                "event_id_cnty": f"{iso_a3 or 'XXX'}{r['id']}",
                "event_date": day,
                "year": int(day[:4]) if day else None,
                **{k: r.get(k) for k in ACLED_COLUMNS if k in _SAME},
                "iso": iso_n3,
                "region": region,
                "admin3": None,
                "source": "; ".join(outlets) or None,
                "source_scale": None,
                "notes": _notes(r),
                "tags": "; ".join(f"corrected {f}" for f in r.get("corrected", [])) or None,
                "timestamp": _timestamp(r.get("updated_at")),
            }
        )
    return [{k: row[k] for k in ACLED_COLUMNS} for row in out]


_SAME = frozenset(EVENT_COLUMNS) - {"event_date"}  # copied as stored; the date is reformatted


def _distinct(values: Iterable[Any]) -> list[str]:
    return sorted({str(v) for v in values if v})


def _notes(row: dict[str, Any]) -> str:
    from vigil.serve.brief import brief

    return brief(row)


def _timestamp(value: str | None) -> int | None:
    if not value:
        return None
    return int(datetime.fromisoformat(value).timestamp())


def type_of_violence(row: dict[str, Any]) -> int | None:
    """UCDP's 1 state-based, 2 non-state, 3 one-sided; None for what GED does not record."""
    if row.get("event_type") == "Violence against civilians" or row.get("civilian_targeting"):
        return 3
    if row.get("event_type") in ("Battles", "Explosions/Remote violence"):
        return 1 if 1 in (row.get("inter1"), row.get("inter2")) else 2
    return None


def ucdp_rows(incidents: Iterable[dict[str, Any]], codes: CodeBook | None = None) -> list[dict[str, Any]]:
    """Organised lethal violence as UCDP GED rows; demonstrations and strategic developments are left out."""
    codes = codes or {}
    out = []
    for r in incidents:
        tov = type_of_violence(r)
        if tov is None:
            continue
        claims = r.get("claims") or []
        day = r.get("event_date")
        _, _, region = codes.get((r.get("country") or "").casefold(), (None, "", ""))
        one_sided = tov == 3
        best = int(r.get("best") or r.get("fatalities") or 0)
        place = ", ".join(p for p in (r.get("location"), r.get("admin1"), r.get("country")) if p)
        out.append(
            {
                "id": r["id"],
                "year": int(day[:4]) if day else None,
                "type_of_violence": tov,
                "side_a": r.get("actor1"),
                "side_b": r.get("actor2"),
                "source_article": "; ".join(r.get("articles") or []) or None,
                "source_office": "; ".join(_distinct(x.get("outlet") for x in r.get("reports") or []))
                or None,
                "source_date": day,
                "source_headline": "; ".join(_distinct(x.get("title") for x in r.get("reports") or []))
                or None,
                "source_original": "; ".join(sorted({c["source"] for c in claims if c.get("source")}))
                or None,
                "where_prec": _WHERE_PREC.get(r.get("geo_precision") or 0, 6 if r.get("country") else 7),
                "where_description": place or None,
                "adm_1": r.get("admin1"),
                "adm_2": r.get("admin2"),
                "latitude": r.get("latitude"),
                "longitude": r.get("longitude"),
                "country": r.get("country"),
                "region": region,
                "event_clarity": 1,
                "date_prec": _DATE_PREC.get(r.get("time_precision") or 0, 5),
                "date_start": day,
                "date_end": day,
                "deaths_a": 0,
                "deaths_b": 0,
                "deaths_civilians": best if one_sided else 0,
                "deaths_unknown": 0 if one_sided else best,
                "best": best,
                "high": int(r.get("high") or best),
                "low": int(r.get("low") or 0),
            }
        )
    return out


def to_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def to_geojson(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """ACLED rows as a FeatureCollection of Points (rows without coordinates get a null geometry)."""
    features = []
    for r in rows:
        has_point = r.get("latitude") is not None and r.get("longitude") is not None
        geometry = {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]} if has_point else None
        features.append({"type": "Feature", "geometry": geometry, "properties": dict(r)})
    return {"type": "FeatureCollection", "features": features}


def to_parquet(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([dict(r) for r in rows], schema=_schema(columns)) if rows else None
    if table is None:
        table = _schema(columns).empty_table()
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


_INTS = {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities"}
_INTS |= {"timestamp", "id", "type_of_violence", "where_prec", "event_clarity", "date_prec"}
_INTS |= {"deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low"}


def _schema(columns: Sequence[str]) -> Any:
    import pyarrow as pa

    def kind(c: str) -> Any:
        if c in _INTS:
            return pa.int64()
        if c in ("latitude", "longitude"):
            return pa.float64()
        return pa.string()

    return pa.schema([(c, kind(c)) for c in columns])


def export(incidents: Sequence[dict[str, Any]], fmt: str, codes: CodeBook | None = None) -> bytes:
    """Incidents in one of :data:`FORMATS`, as bytes ready to write or send."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt == "ucdp-csv":
        return to_csv(ucdp_rows(incidents, codes), UCDP_COLUMNS).encode("utf-8")
    rows = acled_rows(incidents, codes)
    if fmt == "acled-csv":
        return to_csv(rows, ACLED_COLUMNS).encode("utf-8")
    if fmt == "geojson":
        return json.dumps(to_geojson(rows), ensure_ascii=False).encode("utf-8")
    return to_parquet(rows, ACLED_COLUMNS)
