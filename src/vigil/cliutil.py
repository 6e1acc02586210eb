"""Pieces shared by every command module: the --db option, error mapping, the coder."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from vigil.errors import VigilError

F = TypeVar("F", bound=Callable[..., Any])


def default_db() -> str:
    return os.environ.get("VIGIL_DB") or "vigil.db"


def db_option(fn: F) -> F:
    return click.option(
        "--db",
        "db",
        default=default_db,
        show_default="$VIGIL_DB, else vigil.db",
        type=click.Path(dir_okay=False),
        help="SQLite database file.",
    )(fn)


@contextmanager
def errors_to_exit() -> Iterator[None]:
    try:
        yield
    except VigilError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(2 if exc.code in ("E001",) else 3) from exc


def coder() -> Any:
    """A coder with every packaged model loaded (seconds, so only commands that code call it)."""
    from vigil.extract.coder import Coder, Resources

    return Coder(Resources.load())
