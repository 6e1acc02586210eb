"""The fast path and --workers: same codings, same store, same incidents as one process."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from vigil.domain import Article
from vigil.errors import ExtractionError
from vigil.ingest.parallel import Failure, code_parallel
from vigil.ingest.runner import code_chunk, ingest, no_event, tells_nothing
from vigil.store import IncidentFilter, Store

CORPUS = Path(str(files("vigil.demo") / "corpus.jsonl"))


def demo_articles() -> list[Article]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(text=r["text"], external_id=r["id"], origin="demo") for r in rows]


def snapshot(db: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The incidents as users see them (minus the time they were written), and the counts."""
    with Store.open(db, readonly=True) as store:
        rows = [{k: v for k, v in r.items() if k != "updated_at"} for r in store.incidents(IncidentFilter())]
        return rows, store.stats()


def test_the_prefilter_only_skips_texts_the_coder_would_drop(coder):
    calm = "The central bank kept rates unchanged on Tuesday. Prices were steady. " * 3
    articles = [*demo_articles(), Article(text=calm), Article(text="Rates were unchanged.")]
    assert tells_nothing(articles[-2]) and not tells_nothing(articles[-1])  # a short text: the model decides
    assert code_chunk(coder, articles) == list(coder.code_many(articles))
    assert code_chunk(coder, articles[-2:-1]) == [no_event(articles[-2])]


def test_failures_cross_the_process_boundary_with_their_source():
    err = Failure(kind=ExtractionError, message="stage 'x' failed", source="a.txt").error()
    assert isinstance(err, ExtractionError) and err.source == "a.txt" and err.code == ExtractionError.code


@pytest.fixture(scope="module")
def serial_db(coder, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("serial") / "one.db"
    with Store.open(db) as store:
        ingest([str(CORPUS)], store=store, coder=coder)
    return db


@pytest.mark.slow
def test_workers_store_the_same_incidents_as_one_process(serial_db, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    db = tmp_path / "two.db"
    with Store.open(db) as store:
        summary = ingest([str(CORPUS)], store=store, code=code_parallel(workers=2))
    assert summary.new == 32 and summary.quarantined == 0
    assert snapshot(db) == snapshot(serial_db)


@pytest.mark.slow
def test_workers_pull_a_bounded_number_of_articles_ahead(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    pulled = 0

    def stream():
        nonlocal pulled
        for i in range(2000):
            pulled += 1
            yield Article(text=f"Market report number {i}: prices were steady.", origin=str(i))

    results = code_parallel(workers=1, in_flight_per_worker=2)(stream())
    first = next(results)
    assert first.reports == ()
    assert pulled <= 3 * 32  # two chunks in flight, one being read: never the whole stream
    assert sum(1 for _ in results) == 1999
