"""The Spark engine: the same ingest, with coding and resolution spread over a cluster.

1. The driver reads the inputs (quarantining bad ones, skipping stored texts) and
   streams the new articles into ``articles.parquet``, numbered in input order.
2. Spark codes them over range partitions of that order (``mapPartitions``: each
   partition loads the models once and codes ``runner.CHUNK`` articles at a time)
   and writes ``codings.parquet``: one row per article, its reports as ACLED
   columns in JSON, and the full coding (pickled, for the store).
3. The driver loads the codings into the store in input order, one transaction
   per ``runner.COMMIT_EVERY`` articles: the same rows a local run writes.
4. Resolution runs in Spark per block: the touched countries, joined where one
   article reports events in several (so links between them stay in one block);
   each block goes through the same pure ``resolve``; the driver stores the rows.

Same inputs, same store, same incidents as ``vigil ingest`` (a test pins it).
Under ``spark-submit`` the master comes from the submit command (see README).
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from vigil.columns import acled_event
from vigil.domain import Article
from vigil.errors import UsageError, VigilError
from vigil.ingest.readers import Columns, Limits, Rejection, read_inputs
from vigil.ingest.runner import COMMIT_EVERY, IngestSummary, _quarantine, _store_coding
from vigil.store import IncidentRow, Store, StoredReport
from vigil.store.integrity import unresolved_countries

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

LOGGER = logging.getLogger(__name__)

STAGE_ROWS = 1000  # articles per Parquet row group while staging


@dataclass(frozen=True, kw_only=True, slots=True)
class SparkSettings:
    """Start-up settings; small by default so a laptop or CI runner copes."""

    master: str | None = "local[2]"  # None: whatever spark-submit was given
    partitions: int | None = None  # coding partitions (default: the session's parallelism)
    conf: dict[str, str] = field(
        default_factory=lambda: {
            "spark.ui.enabled": "false",
            "spark.sql.shuffle.partitions": "2",
            "spark.driver.memory": "1g",
            "spark.python.worker.reuse": "true",
            "spark.ui.showConsoleProgress": "false",
            "spark.log.level": "ERROR",
        }
    )


def start(settings: SparkSettings) -> SparkSession:
    """A Spark session whose Python workers run this interpreter (so they can import vigil)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:  # pragma: no cover - pyspark is a pinned dependency
        raise UsageError("the spark engine needs pyspark installed") from exc
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("vigil-ingest")
    if settings.master is not None and "PYSPARK_GATEWAY_PORT" not in os.environ:
        builder = builder.master(settings.master)
    for key, value in settings.conf.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def ingest_spark(
    paths: Sequence[str],
    *,
    store: Store,
    settings: SparkSettings | None = None,
    limits: Limits | None = None,
    columns: Columns | None = None,
    stdin: BinaryIO | None = None,
    parquet_dir: str | Path | None = None,
    on_item: Callable[[IngestSummary], None] | None = None,
    session: SparkSession | None = None,
) -> IngestSummary:
    """Ingest with Spark; returns the same summary a local run would."""
    settings = settings or SparkSettings()
    summary = IngestSummary()
    with tempfile.TemporaryDirectory(prefix="vigil-spark-") as tmp:
        out = Path(parquet_dir) if parquet_dir else Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        articles = out / "articles.parquet"
        staged = _stage(
            read_inputs(paths, limits=limits or Limits(), columns=columns or Columns(), stdin=stdin),
            articles,
            store,
            summary,
            on_item,
        )
        LOGGER.info("staged %d new articles in %s", staged, articles)
        if not staged:
            return summary
        spark = session or start(settings)
        LOGGER.info("spark session ready (master %s)", spark.sparkContext.master)
        codings = out / "codings.parquet"
        frame = spark.read.parquet(str(articles))
        parts = settings.partitions or spark.sparkContext.defaultParallelism
        ranged = frame.repartitionByRange(parts, "seq").sortWithinPartitions("seq")
        schema = "seq long, sha256 string, origin string, error string, n_reports int, reports string, coding binary"
        spark.createDataFrame(ranged.rdd.mapPartitions(code_partition), schema).write.mode(
            "overwrite"
        ).parquet(str(codings))
        LOGGER.info("codings written to %s", codings)
        touched = _load(spark.read.parquet(str(codings)).orderBy("seq").toLocalIterator(), store, summary)
        LOGGER.info("store loaded: %d new articles", summary.new)
        touched.update(unresolved_countries(store))  # as the local runner does after a killed run
        if touched:
            summary.incidents = resolve_blocks(spark, store, sorted(touched, key=lambda c: c or ""))
    return summary


def _stage(
    items: Iterable[Article | Rejection],
    path: Path,
    store: Store,
    summary: IngestSummary,
    on_item: Callable[[IngestSummary], None] | None,
) -> int:
    """Stream the new articles into Parquet in input order; returns how many."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = ("seq", "text", "external_id", "title", "outlet", "url", "published", "origin", "country")
    schema = pa.schema([("seq", pa.int64()), *[(n, pa.string()) for n in names[1:]]])
    rows: list[dict[str, Any]] = []
    seq = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for item in items:
            summary.read += 1
            if isinstance(item, Rejection):
                _quarantine(
                    store, summary, item.origin, item.code, item.reason, item.sha256, item.external_id
                )
            elif store.has_article(item.sha256):
                summary.duplicate += 1
            else:
                rows.append(_article_row(seq, item))
                seq += 1
            if len(rows) >= STAGE_ROWS:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
            if on_item:
                on_item(summary)
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    return seq


def _article_row(seq: int, a: Article) -> dict[str, Any]:
    return {
        "seq": seq,
        "text": a.text,
        "external_id": a.external_id,
        "title": a.title,
        "outlet": a.outlet,
        "url": a.url,
        "published": a.published.isoformat() if a.published else None,
        "origin": a.origin,
        "country": a.country,
    }


def code_partition(rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """Runs on an executor: load the coder once, code the partition's articles in order."""
    from vigil.extract.coder import Coder, Resources
    from vigil.ingest.runner import chunks, code_chunk

    coder: Coder | None = None
    seqs: dict[int, int] = {}  # id(article) -> seq

    def articles() -> Iterator[Article]:
        for r in rows:
            a = Article(
                text=r["text"],
                external_id=r["external_id"],
                title=r["title"],
                outlet=r["outlet"],
                url=r["url"],
                published=date.fromisoformat(r["published"]) if r["published"] else None,
                country=r["country"],
                origin=r["origin"],
            )
            seqs[id(a)] = int(r["seq"])
            yield a

    for chunk in chunks(articles()):
        coder = coder or Coder(Resources.load())
        for article, result in zip(chunk, code_chunk(coder, chunk), strict=True):
            seq = seqs.pop(id(article))
            if isinstance(result, VigilError):
                error = json.dumps([result.code, result.message, result.source])
                yield (seq, article.sha256, article.origin, error, 0, "[]", None)
                continue
            reports = json.dumps([acled_event(r) for r in result.reports], default=str)
            yield (
                seq,
                article.sha256,
                article.origin,
                None,
                len(result.reports),
                reports,
                pickle.dumps(result),
            )


def _load(rows: Iterable[Any], store: Store, summary: IngestSummary) -> set[str | None]:
    """Write the codings into the store in input order, batched in transactions."""
    touched: set[str | None] = set()
    batch: list[Any] = []

    def flush() -> None:
        with store.atomic():
            for row in batch:
                if row["error"] is not None:
                    code, message, source = json.loads(row["error"])
                    _quarantine(store, summary, source or row["origin"], code, message, None, None)
                else:
                    _store_coding(store, pickle.loads(row["coding"]), summary, touched)
        batch.clear()

    for row in rows:
        batch.append(row)
        if len(batch) >= COMMIT_EVERY:
            flush()
    if batch:
        flush()
    return touched


def blocks(reports: Sequence[StoredReport]) -> dict[str | None, list[StoredReport]]:
    """Reports by country, countries joined when one article reports events in both.

    Resolution never merges across countries, but a report may follow another
    report of its article told elsewhere: such countries share a block so the link
    is found exactly as a single resolve over them all would find it.
    """
    parent: dict[str | None, str | None] = {}

    def find(c: str | None) -> str | None:
        parent.setdefault(c, c)
        while parent[c] != c:
            c = parent[c]
        return c

    by_article: dict[int, set[str | None]] = defaultdict(set)
    for r in reports:
        by_article[r.article_id].add(_country(r))
    for countries in by_article.values():
        first, *rest = sorted(countries, key=lambda c: c or "")
        for c in rest:
            a, b = sorted((find(first), find(c)), key=lambda x: x or "")
            parent[b] = a
    out: dict[str | None, list[StoredReport]] = defaultdict(list)
    for r in reports:
        out[find(_country(r))].append(r)
    return dict(out)


def _country(r: StoredReport) -> str | None:
    return r.report.location.country if r.report.location else None


def _resolve_block(reports: Iterable[StoredReport]) -> list[IncidentRow]:
    from vigil.resolve.incidents import resolve

    return resolve(sorted(reports, key=lambda r: r.key))


def resolve_blocks(spark: SparkSession, store: Store, countries: Sequence[str | None]) -> int:
    """Re-resolve these countries in Spark, one block per task; store the rows in one transaction."""
    grouped = blocks(store.reports(countries=countries))
    pairs = [(block or "", r) for block, members in grouped.items() for r in members]
    if not pairs:
        store.replace_incidents(countries, [])
        return 0
    slices = max(1, min(len(grouped), spark.sparkContext.defaultParallelism))
    rdd = spark.sparkContext.parallelize(pairs, slices)
    rows: list[IncidentRow] = rdd.groupByKey(slices).flatMap(lambda kv: _resolve_block(kv[1])).collect()
    rows.sort(key=lambda row: row.key)  # the order one resolve over all blocks returns
    store.replace_incidents(countries, rows)
    return len(rows)


if __name__ == "__main__":  # spark-submit .../vigil/ingest/spark.py PATHS --db vigil.db (see README)
    from vigil.cli import main

    main(["ingest", "--engine", "spark", *sys.argv[1:]])
