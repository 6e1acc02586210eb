"""``vigil serve`` and ``vigil token``: the workbench's server and its write tokens."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import click

from vigil.cliutil import db_option, errors_to_exit


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve_forever(db: str, *, host: str = "127.0.0.1", port: int = 8000, cors: tuple[str, ...] = ()) -> None:
    """Run the API and page until interrupted (used by ``vigil serve`` and ``vigil demo --serve``)."""
    import uvicorn

    from vigil.serve.app import create_app

    app = create_app(db, cors_origins=cors)
    click.echo(
        f"vigil workbench on http://{'[' + host + ']' if ':' in host else host}:{port}/  (Ctrl-C stops)"
    )
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


@click.command(name="serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--cors-origin", "cors", multiple=True, help="Allow this origin cross-site (CORS is off by default)."
)
def serve_cmd(db: str, host: str, port: int, cors: tuple[str, ...]) -> None:
    """The HTTP API (OpenAPI at /openapi.json) and the web page: map, timeline, incident panel."""
    if not Path(db).exists():
        raise click.UsageError(f"no database at {db} (run `vigil ingest` first or pass --db)")
    if not is_loopback(host):
        click.echo(f"warning: binding {host}: anyone who can reach it can read the store", err=True)
    with errors_to_exit():
        serve_forever(db, host=host, port=port, cors=cors)


@click.group(name="token")
def token_cmd() -> None:
    """Write tokens for the API: create (printed once), list, revoke."""


@token_cmd.command(name="create")
@click.argument("name")
@db_option
def token_create(name: str, db: str) -> None:
    """Create a token for NAME (who will write with it); the secret is printed once, only its hash is kept."""
    from vigil.store import Store
    from vigil.store.web import create_token

    with errors_to_exit(), Store.open(db) as store:
        token_id, secret = create_token(store, name)
    click.echo(secret)
    click.echo(f"token {token_id} for {name}: keep it now, it cannot be shown again", err=True)


@token_cmd.command(name="list")
@db_option
def token_list(db: str) -> None:
    """Tokens with their owner, creation and revocation times (never the secret)."""
    from vigil.store import Store
    from vigil.store.web import list_tokens

    with errors_to_exit(), Store.open(db) as store:
        rows = list_tokens(store)
    for r in rows:
        state = f"revoked {r['revoked_at']}" if r["revoked_at"] else "live"
        click.echo(f"{r['id']:4}  {r['prefix']}…  {r['name']:24}  created {r['created_at']}  {state}")


@token_cmd.command(name="revoke")
@click.argument("token_id", type=int)
@db_option
def token_revoke(token_id: int, db: str) -> None:
    """Revoke a token by id; writes with it fail from now on."""
    from vigil.store import Store
    from vigil.store.web import revoke_token

    with errors_to_exit(), Store.open(db) as store:
        revoke_token(store, token_id)
    click.echo(f"token {token_id} revoked")


COMMANDS = [serve_cmd, token_cmd]
