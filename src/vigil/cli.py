"""The ``vigil`` command: option parsing over library calls, nothing more.

Only this module prints or exits. Library errors (:class:`VigilError`) become a
one-line message and an exit status: 0 all good, 1 some inputs quarantined,
2 usage error (click's own convention), 3 any other vigil error.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from vigil.cliutil import coder, db_option, errors_to_exit

TABLE_COLUMNS = (
    "id",
    "event_date",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "location",
    "fatalities",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vigil")
def main() -> None:
    """vigil: news about armed conflict in, a sourced record of incidents out."""


@main.command()
@click.argument("file")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Write JSON Lines here instead of stdout."
)
@click.option("--id-column", default="id", show_default=True)
@click.option("--text-column", default="text", show_default=True)
@click.option("--published-column", default="published", show_default=True)
@click.option(
    "--no-desk",
    is_flag=True,
    help="Code each row on its own words alone, even when most rows name one country.",
)
def code(
    file: str, output: str | None, id_column: str, text_column: str, published_column: str, no_desk: bool
) -> None:
    """Code CSV or JSONL rows without a store: one JSON line per row, in input order.

    Each line is {"id": <id as given>, "event": null | {ACLED columns}}. When a
    text reports several events, the event is the one it tells first. A file whose
    rows mostly name one country is read as that country's desk: rows that name no
    place are coded in it (see vigil.extract.desk).
    """
    from vigil.extract.batch import code_rows
    from vigil.ingest.readers import Columns, read_rows

    columns = Columns(id=id_column, text=text_column, published=published_column)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        with errors_to_exit():
            rows = read_rows(file, columns=columns, stdin=sys.stdin.buffer)
            for row in code_rows(rows, coder(), desk=not no_desk):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if output:
            out.close()


@main.command()
@db_option
@click.option("--country")
@click.option("--actor", help="Substring of any actor name.")
@click.option("--type", "event_type", help="Event type or sub-event type.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]))
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]))
@click.option("--min-fatalities", type=int)
@click.option("--limit", type=int)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table")
def incidents(
    db: str,
    country: str | None,
    actor: str | None,
    event_type: str | None,
    since: Any,
    until: Any,
    min_fatalities: int | None,
    limit: int | None,
    fmt: str,
) -> None:
    """List incidents, newest first, with the articles each was drawn from."""
    from vigil.store import IncidentFilter

    flt = IncidentFilter(
        country=country,
        actor=actor,
        event_type=event_type,
        since=since.date() if since else None,
        until=until.date() if until else None,
        min_fatalities=min_fatalities,
        limit=limit,
    )
    with errors_to_exit(), _open_read(db) as store:
        rows = [_public(r) for r in store.incidents(flt)]
    click.echo(render(rows, fmt), nl=fmt == "table")


def _public(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    for k in ("key", "updated_at", "explanation"):
        row.pop(k, None)
    row["women_children"] = bool(row.get("women_children"))
    return row


def render(rows: list[dict[str, Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if fmt == "csv":
        buf = io.StringIO()
        if rows:
            fields = [k for k in rows[0] if k not in ("claims", "follows")]
            writer = csv.DictWriter(buf, fieldnames=fields, extrasaction="ignore")
            writer.writeheader()
            for r in rows:
                writer.writerow({**r, "articles": ";".join(r.get("articles", []))})
        return buf.getvalue()
    return table(rows)


def table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "(no incidents)"
    cells = [[_cell(r.get(c)) for c in TABLE_COLUMNS] for r in rows]
    widths = [min(34, max(len(c), *(len(row[i]) for row in cells))) for i, c in enumerate(TABLE_COLUMNS)]
    line = "  ".join(c.ljust(w) for c, w in zip(TABLE_COLUMNS, widths, strict=True))
    body = ["  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join([line, "  ".join("-" * w for w in widths), *body])


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


@contextmanager
def _open_read(db: str) -> Iterator[Any]:
    from vigil.errors import UsageError
    from vigil.store import Store

    if not Path(db).exists():
        raise UsageError(f"no database at {db} (run `vigil ingest` first or pass --db)")
    with Store.open(db) as store:
        yield store


@main.command()
@click.argument("incident_id", type=int)
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def show(incident_id: int, db: str, fmt: str) -> None:
    """One incident in full: coding, toll, claims, sources, sentences, and why reports were merged."""
    from vigil.serve.text import incident_text

    with errors_to_exit(), _open_read(db) as store:
        row = store.incident(incident_id)
        row["history"] = store.history(row["key"])
    if fmt == "json":
        click.echo(
            json.dumps(_public(row) | {"explanation": row["explanation"]}, indent=2, ensure_ascii=False)
        )
    else:
        click.echo(incident_text(row))


@main.command(name="brief")
@click.argument("incident_id", type=int)
@db_option
def brief_cmd(incident_id: int, db: str) -> None:
    """A short summary of an incident and what it follows, citing its sources."""
    from vigil.serve.brief import brief

    with errors_to_exit(), _open_read(db) as store:
        row = store.incident(incident_id)
        followed = [store.incident(f["id"]) for f in row["follows"]]
    click.echo(brief(row, followed))


@main.command()
@db_option
def stats(db: str) -> None:
    """Counts: articles, reports, incidents, claims, actors, quarantined; incidents by type and country."""
    with errors_to_exit(), _open_read(db) as store:
        s = store.stats()
        integrity = store.integrity_check()
    for k in ("articles", "reports", "incidents", "claims", "actors", "quarantine"):
        click.echo(f"{k:12} {s[k]}")
    click.echo(f"{'integrity':12} {integrity}")
    click.echo("by event type:")
    for k, v in s["by_event_type"].items():
        click.echo(f"  {k:30} {v['incidents']:6} incidents  {v['fatalities']:7} fatalities")
    click.echo("by country:")
    for k, v in s["by_country"].items():
        click.echo(f"  {k:30} {v:6}")


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def quarantine(db: str, fmt: str) -> None:
    """Inputs that were refused, with the reason."""
    with errors_to_exit(), _open_read(db) as store:
        rows = store.quarantined()
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
        return
    for r in rows:
        click.echo(f"{r['created_at']}  {r['code']}  {r['origin']}: {r['reason']}")


@main.command()
def stages() -> None:
    """The coder's stages with what each requires and assigns."""
    from vigil.extract.coder import Coder

    for s in Coder.contracts():
        click.echo(
            f"{s['name']:10} requires {', '.join(s['requires']) or '-':40} assigns {', '.join(s['assigns'])}"
        )


@main.command()
@db_option
@click.option("--serve", is_flag=True, help="Then serve the workbench on 127.0.0.1:8000 until Ctrl-C.")
def demo(db: str, serve: bool) -> None:
    """Ingest the bundled demo corpus and print the incidents table."""
    from importlib.resources import as_file, files

    from vigil.ingest.runner import ingest as run_ingest
    from vigil.store import IncidentFilter, Store

    with errors_to_exit(), as_file(files("vigil.demo") / "corpus.jsonl") as corpus, Store.open(db) as store:
        summary = run_ingest([str(corpus)], store=store, coder=coder())
        rows = [_public(r) for r in store.incidents(IncidentFilter())]
    click.echo(summary.line())
    click.echo(table(rows))
    click.echo(f"\n{len(rows)} incidents in {db}; try: vigil show {rows[0]['id'] if rows else 1} --db {db}")
    if serve:
        from vigil.serve.commands import serve_forever

        serve_forever(db)


# Commands that live beside the code they drive: each module exposes COMMANDS,
# a list of click commands. Importing them is cheap (they import heavy code lazily).
COMMAND_MODULES = (
    "vigil.serve.commands",
    "vigil.export.commands",
    "vigil.ingest.commands",
    "vigil.resolve.commands",
    "vigil.store.commands",
)


def _register() -> None:
    import importlib

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        for command in getattr(module, "COMMANDS", []):
            main.add_command(command)


_register()

if __name__ == "__main__":  # pragma: no cover
    main()
