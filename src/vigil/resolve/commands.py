"""CLI for resolution: ``vigil resolve`` re-resolves the whole store."""

from __future__ import annotations

import click

from vigil.cliutil import db_option, errors_to_exit


@click.command(name="resolve")
@db_option
def resolve_cmd(db: str) -> None:
    """Re-resolve every stored report into incidents (after an upgrade, or a killed run).

    Incidents keep their ids where they survive, and every change is added to their history.
    """
    from vigil.resolve.incidents import resolve_store
    from vigil.store import Store

    with errors_to_exit(), Store.open(db) as store:
        reports, incidents = resolve_store(store)
    click.echo(f"resolved {reports} reports into {incidents} incidents")


COMMANDS = [resolve_cmd]
