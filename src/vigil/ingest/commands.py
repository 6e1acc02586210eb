"""The ``vigil ingest`` command (registered on the CLI by ``vigil.cli``)."""

from __future__ import annotations

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
def ingest(paths: tuple[str, ...], db: str, max_file_mb: float, progress: bool | None) -> None:
    """Read files, folders (recursive) or '-' (stdin); code and store new articles.

    Plain text, HTML, JSON Lines, CSV and RSS/Atom. Bad inputs are reported,
    quarantined with their reason, and the rest of the batch goes on.
    """
    from tqdm import tqdm

    from vigil.ingest.readers import Limits
    from vigil.ingest.runner import ingest as run_ingest
    from vigil.store import Store

    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(desc="ingest", unit="doc", disable=not show, file=sys.stderr)

    def tick(summary: Any) -> None:
        bar.update(1)
        bar.set_postfix(new=summary.new, dup=summary.duplicate, bad=summary.quarantined)

    with errors_to_exit(), Store.open(db) as store:
        summary = run_ingest(
            list(paths),
            store=store,
            coder=coder(),
            limits=Limits(max_file_bytes=int(max_file_mb * 1024 * 1024)),
            stdin=sys.stdin.buffer,
            on_item=tick,
        )
    bar.close()
    for problem in summary.problems:
        click.echo(f"quarantined: {problem}", err=True)
    click.echo(summary.line(), err=True)
    if summary.quarantined:
        raise SystemExit(1)


COMMANDS = [ingest]
