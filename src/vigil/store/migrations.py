"""Named, ordered schema migrations, one ``NNNN_name.sql`` file each in ``migrations_sql/``.

Each runs once, inside its own transaction, and its name is recorded in the
``migrations`` table, so a store opened by a newer vigil upgrades itself in
place. Never edit a released migration: add a new file with the next number.
"""

from __future__ import annotations

from importlib.resources import files


def migrations() -> tuple[tuple[str, str], ...]:
    """(name, sql) pairs in order of their number."""
    folder = files("vigil.store") / "migrations_sql"
    found = sorted(p.name for p in folder.iterdir() if p.name.endswith(".sql"))
    return tuple((name.removesuffix(".sql"), (folder / name).read_text(encoding="utf-8")) for name in found)
