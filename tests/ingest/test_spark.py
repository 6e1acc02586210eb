"""The Spark engine (local[2]) stores the same incidents as a single-process run."""

from __future__ import annotations

import shutil
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from vigil.domain import Location, Report
from vigil.ingest.runner import ingest
from vigil.ingest.spark import SparkSettings, blocks, ingest_spark
from vigil.store import IncidentFilter, Store, StoredReport
from vigil.taxonomy import SubEventType

CORPUS = Path(str(files("vigil.demo") / "corpus.jsonl"))


def snapshot(db: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    with Store.open(db, readonly=True) as store:
        rows = [{k: v for k, v in r.items() if k != "updated_at"} for r in store.incidents(IncidentFilter())]
        stats = store.stats()
        return rows, {k: stats[k] for k in ("articles", "reports", "incidents")}


def _stored(key: str, article_id: int, country: str | None) -> StoredReport:
    loc = Location(name=country, country=country) if country else None
    report = Report(
        sub_event_type=SubEventType.ARMED_CLASH, actor1=None, event_date=date(2024, 1, 1), location=loc
    )
    return StoredReport(
        id=0, key=key, article_id=article_id, article_ref=key, outlet=None, published=None,
        ordinal=0, principal=True, report=report,
    )  # fmt: skip


def test_blocks_join_countries_an_article_spans():
    got = blocks(
        [_stored("a", 1, "Mali"), _stored("b", 1, "Niger"), _stored("c", 2, "Chad"), _stored("d", 3, None)]
    )
    assert sorted(sorted(r.key for r in members) for members in got.values()) == [["a", "b"], ["c"], ["d"]]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java (CI installs openjdk-17)")
def test_spark_local_stores_the_same_incidents(coder, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    local = tmp_path / "local.db"
    with Store.open(local) as store:
        ingest([str(CORPUS)], store=store, coder=coder)
    spark_db = tmp_path / "spark.db"
    out = tmp_path / "parquet"
    settings = SparkSettings(
        master="local[2]", conf={**SparkSettings().conf, "spark.local.dir": str(tmp_path)}
    )
    from vigil.ingest.spark import start

    session = start(settings)
    try:
        with Store.open(spark_db) as store:
            summary = ingest_spark([str(CORPUS)], store=store, parquet_dir=out, session=session)
            again = ingest_spark([str(CORPUS)], store=store, session=session)
    finally:
        session.stop()
    assert (summary.new, summary.quarantined, again.new, again.duplicate) == (32, 0, 0, 32)
    assert snapshot(spark_db) == snapshot(local)
    assert (out / "codings.parquet").is_dir() and (out / "articles.parquet").exists()
