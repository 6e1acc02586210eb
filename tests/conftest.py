from __future__ import annotations

import os
from pathlib import Path

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """Pin the cache of derived indexes (the gazetteer's) before any test moves HOME, so
    subprocesses started with a test's own HOME reuse it instead of each building it anew."""
    from vigil.extract.gazetteer import cache_dir

    os.environ.setdefault("VIGIL_CACHE_DIR", str(cache_dir()))


SHARED = Path(os.environ.get("VIGIL_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")


@pytest.fixture(scope="session")
def shared() -> Path:
    """The project's shared data folder; tests that need it skip when it is absent."""
    if not (SHARED / "data").is_dir():
        pytest.skip(f"shared data not found at {SHARED} (set VIGIL_SHARED); skipping")
    return SHARED


@pytest.fixture(scope="session")
def coder():
    """One coder for the whole session: models load once."""
    from vigil.extract.coder import Coder, Resources

    return Coder(Resources.load())
