"""``vigil export`` and ``vigil plot``: thin wrappers over :mod:`vigil.export`."""

from __future__ import annotations

import sys
from typing import Any

import click

from vigil.cliutil import db_option, errors_to_exit


def _filters(fn: Any) -> Any:
    for option in reversed(
        [
            click.option("--country"),
            click.option("--actor", help="Substring of any actor name."),
            click.option("--type", "event_type", help="Event type or sub-event type."),
            click.option("--since", type=click.DateTime(["%Y-%m-%d"])),
            click.option("--until", type=click.DateTime(["%Y-%m-%d"])),
            click.option("--min-fatalities", type=int),
            click.option("--search", "q", help="Full text over articles, actors and places."),
        ]
    ):
        fn = option(fn)
    return fn


def _flt(kw: dict[str, Any]) -> Any:
    from vigil.store import IncidentFilter

    return IncidentFilter(
        country=kw["country"],
        actor=kw["actor"],
        event_type=kw["event_type"],
        since=kw["since"].date() if kw["since"] else None,
        until=kw["until"].date() if kw["until"] else None,
        min_fatalities=kw["min_fatalities"],
        q=kw["q"],
    )


def _rows(db: str, kw: dict[str, Any]) -> list[dict[str, Any]]:
    from pathlib import Path

    from vigil.errors import UsageError
    from vigil.store import Store
    from vigil.store.web import with_sources

    if not Path(db).exists():
        raise UsageError(f"no database at {db} (run `vigil ingest` first or pass --db)")
    with Store.open(db, readonly=True) as store:
        return with_sources(store, store.incidents(_flt(kw)))


@click.command(name="export")
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["acled-csv", "ucdp-csv", "geojson", "parquet"]),
    default="acled-csv",
    show_default=True,
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default stdout).")
@_filters
def export_cmd(db: str, fmt: str, output: str | None, **kw: Any) -> None:
    """Incidents with ACLED or UCDP column names verbatim, as CSV, GeoJSON or Parquet."""
    from vigil.export.formats import export
    from vigil.export.geo import codes

    with errors_to_exit():
        data = export(_rows(db, kw), fmt, codes())
    if output:
        with open(output, "wb") as fh:
            fh.write(data)
    elif fmt == "parquet" and sys.stdout.isatty():
        raise click.UsageError("parquet is binary: pass --output FILE")
    else:
        sys.stdout.buffer.write(data)


@click.command(name="plot")
@db_option
@click.argument("output", type=click.Path(dir_okay=False))
@click.option("--kind", type=click.Choice(["timeline", "map"]), default="timeline", show_default=True)
@click.option("--by", type=click.Choice(["event_type", "actor1"]), default="event_type", show_default=True)
@_filters
def plot_cmd(db: str, output: str, kind: str, by: str, **kw: Any) -> None:
    """A PNG or SVG chart: fatalities per week by type or actor (timeline), or a map of incidents."""
    from vigil.export.geo import countries
    from vigil.export.plot import plot

    with errors_to_exit():
        rows = _rows(db, kw)
        shapes = [c.shape for c in countries(0.1)] if kind == "map" else []
        path = plot(rows, output, kind=kind, by=by, basemap=shapes)
    click.echo(f"wrote {path} ({len(rows)} incidents)")


COMMANDS = [export_cmd, plot_cmd]
