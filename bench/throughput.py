"""Ingest throughput on a realistic corpus: one process, all cores, bare spaCy NER, Spark, peak RSS.

Build the corpus first (it lives in /tmp, never in the repo):

    .venv/bin/python bench/make_corpus.py --n 600
    .venv/bin/python bench/throughput.py --corpus /tmp/vigil-bench/corpus.jsonl [--profile] [--no-spark]

Times exclude loading the models in this process (seconds, once per run) but the
all-cores and Spark figures include starting their workers, which load their own.
Figures are printed, never asserted; on a shared machine they move with the load.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any


def rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


class TreeRss:
    """Samples the resident memory of this process's descendants (workers, Spark JVM and its
    Python workers) from /proc: getrusage's children figure counts the parent's image at fork."""

    def __init__(self) -> None:
        self.peak_child = 0.0
        self.peak_tree = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.25):
            rss: dict[int, float] = {}
            parents: dict[int, int] = {}
            for status in Path("/proc").glob("[0-9]*/status"):
                try:
                    fields = dict(x.split(":", 1) for x in status.read_text().splitlines() if ":" in x)
                except OSError:
                    continue
                pid = int(status.parent.name)
                parents[pid] = int(fields["PPid"])
                rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) / 1024
            tree, frontier = set(), {os.getpid()}
            while frontier:
                frontier = {p for p, pp in parents.items() if pp in frontier} - tree
                tree |= frontier
            if tree:
                self.peak_child = max(self.peak_child, max(rss.get(p, 0.0) for p in tree))
                self.peak_tree = max(self.peak_tree, sum(rss.get(p, 0.0) for p in tree))

    def phase(self) -> tuple[float, float]:
        """The peaks since the last phase (largest descendant, all descendants), then start anew."""
        peaks = (self.peak_child, self.peak_tree)
        self.peak_child = self.peak_tree = 0.0
        return peaks

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def snapshot(db: Path) -> list[dict[str, Any]]:
    from vigil.store import IncidentFilter, Store

    with Store.open(db, readonly=True) as store:
        return [{k: v for k, v in r.items() if k != "updated_at"} for r in store.incidents(IncidentFilter())]


def line(label: str, seconds: float, n: int, words: int) -> str:
    return f"{label:<28} {seconds:7.1f} s  {n / seconds:7.1f} articles/s  {words / seconds:9.0f} words/s"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/vigil-bench/corpus.jsonl"))
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--no-spark", action="store_true")
    ap.add_argument("--profile", action="store_true", help="pyinstrument over the single-process run")
    args = ap.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus} not found: run bench/make_corpus.py first")
    tmp = Path(tempfile.mkdtemp(prefix="vigil-bench-"))
    os.environ.setdefault("HOME", str(tmp))

    from vigil.extract.coder import Coder, Resources
    from vigil.extract.nlp import MODEL_PACKAGE
    from vigil.ingest.parallel import code_parallel
    from vigil.ingest.readers import Columns, read_inputs
    from vigil.ingest.runner import code_serial, ingest, tells_nothing
    from vigil.store import Store

    rows = [json.loads(x) for x in args.corpus.read_text(encoding="utf-8").splitlines() if x.strip()]
    texts = [r["text"] for r in rows]
    n, words = len(texts), sum(len(t.split()) for t in texts)
    articles = [a for a in read_inputs([str(args.corpus)], columns=Columns()) if not hasattr(a, "code")]
    skipped = sum(tells_nothing(a) for a in articles)  # type: ignore[arg-type]
    print(f"corpus {args.corpus}: {n} articles, {words} words ({words / n:.0f}/article), "
          f"{sum(r['relevant'] for r in rows)} relevant; {skipped} never reach the coder (long, no cue word)")  # fmt: skip
    print(f"machine: {os.cpu_count()} cores (shared with other users: figures move with their load)")

    sampler = TreeRss()
    t = time.perf_counter()
    coder = Coder(Resources.load())
    print(f"{'model load':<28} {time.perf_counter() - t:7.1f} s")

    single = tmp / "single.db"
    profiler = None
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.005)
        profiler.start()
    t, cpu = time.perf_counter(), time.process_time()
    with Store.open(single) as store:
        summary = ingest([str(args.corpus)], store=store, code=code_serial(coder))
    single_s, single_cpu = time.perf_counter() - t, time.process_time() - cpu
    if profiler is not None:
        profiler.stop()
        print(profiler.output_text(unicode=False, color=False, show_all=False, short_mode=False)[:12000])
    print(line("vigil, 1 process", single_s, n, words) + f"   [{summary.line()}]")
    print(line("  per CPU-second", single_cpu, n, words))

    import spacy

    nlp = spacy.load(MODEL_PACKAGE, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    t, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    bare_s, bare_cpu = time.perf_counter() - t, time.process_time() - cpu
    print(line(f"bare spaCy {'+'.join(nlp.pipe_names)}", bare_s, n, words))
    print(line("  per CPU-second", bare_cpu, n, words))
    print(
        f"{'ratio vigil / bare spaCy':<28} {bare_s / single_s:7.2f} wall, {bare_cpu / single_cpu:.2f} CPU   (bar: >= 0.5)"
    )
    del nlp

    multi = tmp / "multi.db"
    first: list[tuple[float, int]] = []  # when the first coding was stored, and how many were

    def seen(s: Any) -> None:
        if not first and s.new:
            first.append((time.perf_counter(), s.new))

    t = time.perf_counter()
    with Store.open(multi) as store:
        ingest([str(args.corpus)], store=store, code=code_parallel(workers=args.workers), on_item=seen)
    end = time.perf_counter()
    multi_s = end - t
    print(
        line(f"vigil, {args.workers} workers (+start-up)", multi_s, n, words) + "   (bar: >= 40 articles/s)"
    )
    if first:  # once the workers have loaded their models: the rate a long-running feed sees
        steady_s, steady_n = end - first[0][0], n - first[0][1]
        steady_words = round(words * steady_n / n)
        print(line(f"  after start-up ({steady_n} art.)", steady_s, steady_n, steady_words))
    print(f"{'identical to 1 process':<28} {snapshot(multi) == snapshot(single)}")
    worker_peak, workers_peak = sampler.phase()

    if not args.no_spark:
        from vigil.ingest.spark import SparkSettings, ingest_spark

        sparkdb = tmp / "spark.db"
        os.environ.setdefault("TMPDIR", str(tmp))
        conf = {**SparkSettings().conf, "spark.local.dir": str(tmp)}
        t = time.perf_counter()
        with Store.open(sparkdb) as store:
            ingest_spark(
                [str(args.corpus)], store=store, settings=SparkSettings(master="local[2]", conf=conf)
            )
        spark_s = time.perf_counter() - t
        print(
            line("Spark local[2] (+start-up)", spark_s, n, words) + f"   {spark_s / single_s:.2f} x 1 process"
        )
        print(f"{'identical to 1 process':<28} {snapshot(sparkdb) == snapshot(single)}")

    sampler.stop()
    print(f"peak RSS: this process {rss_mb(resource.RUSAGE_SELF):.0f} MB (it also held bare spaCy); "
          f"--workers {args.workers}: largest worker {worker_peak:.0f} MB, workers together "
          f"{workers_peak:.0f} MB   (bar: <= 1500 MB)")  # fmt: skip
    if not args.no_spark:
        print(f"           Spark: largest JVM or Python worker {sampler.peak_child:.0f} MB, "
              f"JVM and workers together {sampler.peak_tree:.0f} MB")  # fmt: skip
    sys.stdout.flush()


if __name__ == "__main__":
    main()
