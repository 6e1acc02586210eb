"""`vigil export` and `vigil plot` through the real entry point."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd

from tests.serve.conftest import build_store

VIGIL = Path(sys.executable).with_name("vigil")


def test_export_and_plot(tmp_path):
    db = build_store(tmp_path / "c.db")
    env = {
        "HOME": str(tmp_path),
        "TMPDIR": str(tmp_path),
        "MPLCONFIGDIR": str(tmp_path),
        "PATH": "/usr/bin:/bin",
    }
    out = tmp_path / "e.parquet"
    run = subprocess.run(
        [str(VIGIL), "export", "--db", str(db), "--format", "parquet", "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert len(pd.read_parquet(out)) == 3
    for name, kind in (("t.png", "timeline"), ("m.svg", "map")):
        run = subprocess.run(
            [str(VIGIL), "plot", "--db", str(db), "--kind", kind, str(tmp_path / name)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert run.returncode == 0, run.stderr
        assert (tmp_path / name).stat().st_size > 5_000
    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "m.svg").read_bytes()[:500]
