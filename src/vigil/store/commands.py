"""The ``vigil verify`` command (registered on the CLI by ``vigil.cli``)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from vigil.cliutil import db_option, errors_to_exit


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def verify(db: str, fmt: str) -> None:
    """Re-hash every stored text against its SHA-256; exit 1 when any article was altered.

    Also cross-checks each article's hash against the keys of its reports (a hash
    rewritten to match an edited text) and runs SQLite's integrity check.
    """
    from vigil.errors import UsageError
    from vigil.store import Store
    from vigil.store.integrity import verify as run_verify

    with errors_to_exit():
        if not Path(db).exists():
            raise UsageError(f"no database at {db} (run `vigil ingest` first or pass --db)")
        with Store.open(db, readonly=True) as store:
            result = run_verify(store)
    if fmt == "json":
        body = {
            "ok": result.ok,
            "articles": result.articles,
            "integrity": result.integrity,
            "digest": result.digest,
            "mismatches": [
                {
                    "article_id": m.article_id,
                    "external_id": m.external_id,
                    "stored_sha256": m.stored,
                    "actual_sha256": m.actual,
                    "problem": m.problem,
                }
                for m in result.mismatches
            ],
        }
        click.echo(json.dumps(body, indent=2, ensure_ascii=False))
    else:
        for m in result.mismatches:
            ref = f" ({m.external_id})" if m.external_id else ""
            click.echo(
                f"MISMATCH article {m.article_id}{ref}: {m.problem}\n"
                f"  stored sha256 {m.stored}\n  found  sha256 {m.actual}"
            )
        status = "ok" if result.ok else "FAILED"
        click.echo(
            f"{status}: {result.articles} articles re-hashed · {len(result.mismatches)} mismatches · "
            f"integrity {result.integrity} · digest {result.digest}"
        )
    if not result.ok:
        raise SystemExit(1)


COMMANDS = [verify]
