"""The ``vigil ingest`` and ``vigil watch`` commands (registered on the CLI by ``vigil.cli``)."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from vigil.cliutil import coder, db_option, errors_to_exit


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--max-file-mb", type=float, default=25.0, show_default=True, help="Larger files are quarantined."
)
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal)."
)
@click.option(
    "--workers",
    type=click.IntRange(0),
    default=1,
    show_default=True,
    help="Coding processes; 0 = one per core. The parent alone writes the store.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "spark"]),
    default="local",
    show_default=True,
    help="spark: code over Spark partitions, write Parquet, resolve per block, load the store.",
)
@click.option(
    "--spark-master",
    default=None,
    help="Spark master URL (default: local[WORKERS]; under spark-submit, what it was given).",
)
@click.option(
    "--parquet-dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Spark engine: keep the Parquet of articles and codings here (default: a temporary folder).",
)
def ingest(
    paths: tuple[str, ...],
    db: str,
    max_file_mb: float,
    progress: bool | None,
    workers: int,
    engine: str,
    spark_master: str | None,
    parquet_dir: str | None,
) -> None:
    """Read files, folders (recursive) or '-' (stdin); code and store new articles.

    Plain text, HTML, JSON Lines, CSV and RSS/Atom. Bad inputs are reported,
    quarantined with their reason, and the rest of the batch goes on.
    """
    from tqdm import tqdm

    from vigil.ingest.readers import Limits
    from vigil.ingest.runner import code_serial
    from vigil.ingest.runner import ingest as run_ingest
    from vigil.store import Store

    workers = workers or os.cpu_count() or 1
    limits = Limits(max_file_bytes=int(max_file_mb * 1024 * 1024))
    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(desc="ingest", unit="doc", disable=not show, file=sys.stderr)

    def tick(summary: Any) -> None:
        bar.update(1)
        bar.set_postfix(new=summary.new, dup=summary.duplicate, bad=summary.quarantined)

    with errors_to_exit(), Store.open(db) as store:
        if engine == "spark":
            from vigil.ingest.spark import SparkSettings, ingest_spark

            settings = SparkSettings(master=spark_master or f"local[{workers}]")
            summary = ingest_spark(
                list(paths), store=store, settings=settings, limits=limits, stdin=sys.stdin.buffer,
                parquet_dir=parquet_dir, on_item=tick,
            )  # fmt: skip
        else:
            if workers > 1:
                from vigil.ingest.parallel import code_parallel

                code = code_parallel(workers=workers)
            else:
                code = code_serial(coder())
            summary = run_ingest(
                list(paths), store=store, code=code, limits=limits, stdin=sys.stdin.buffer, on_item=tick
            )
    bar.close()
    for problem in summary.problems:
        click.echo(f"quarantined: {problem}", err=True)
    click.echo(summary.line(), err=True)
    if summary.quarantined:
        raise SystemExit(1)


@click.command()
@click.argument("target", type=click.Path(exists=True))
@db_option
@click.option("--interval", type=float, default=5.0, show_default=True, help="Seconds between polls.")
@click.option("--once", is_flag=True, help="Ingest what is there now and exit.")
@click.option(
    "--settle",
    type=float,
    default=1.0,
    show_default=True,
    help="A file is taken once unchanged this many seconds (ignored with --once).",
)
@click.option(
    "--checkpoint",
    type=click.Path(dir_okay=False),
    default=None,
    help="Checkpoint log (default: DB.watch.jsonl beside the database).",
)
def watch(target: str, db: str, interval: float, once: bool, settle: float, checkpoint: str | None) -> None:
    """Watch a FOLDER or FEED file and ingest new or changed files as they arrive.

    A checkpoint beside the database records what was ingested, so a restart
    neither skips nor repeats work. Stop with Ctrl-C.
    """
    from pathlib import Path

    from vigil.ingest.runner import code_serial
    from vigil.ingest.watch import Checkpoint, WatchProgress, checkpoint_path
    from vigil.ingest.watch import watch as run_watch
    from vigil.store import Store

    live = sys.stderr.isatty()
    shown = [""]

    def show(progress: WatchProgress) -> None:
        line = progress.line()
        if live:
            click.echo("\r" + line.ljust(len(shown[0])), nl=False, err=True)
        elif line.split(" · ", 1)[1] != shown[0].split(" · ", 1)[-1]:  # print when something changed
            click.echo(line, err=True)
        shown[0] = line

    with errors_to_exit(), Store.open(db) as store:
        try:
            final = run_watch(
                target,
                store=store,
                code=code_serial(coder()),
                checkpoint=Checkpoint(Path(checkpoint) if checkpoint else checkpoint_path(db)),
                interval=interval,
                settle=settle,
                once=once,
                on_progress=show,
            )
        except KeyboardInterrupt:
            final = None
    if live:
        click.echo("", err=True)
    if final is not None and final.quarantined:
        raise SystemExit(1)


COMMANDS = [ingest, watch]
