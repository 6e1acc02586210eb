"""Evidence integrity: `vigil verify` re-hashes stored texts and names every altered article."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.factories import article, report
from vigil.cli import main
from vigil.domain import content_hash
from vigil.store import Store
from vigil.store.integrity import unresolved_countries, verify

VIGIL = Path(sys.executable).with_name("vigil")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "v.db"
    with Store.open(path) as store:
        store.add_article(article("Gunmen killed 3 people in Kidal.", ident="k1"), [report(fatalities=3)])
        store.add_article(article("Soldiers clashed with rebels in Gao.", ident="g1"), [report(), report()])
        store.add_article(article("Markets opened as usual.", ident="m1"), [])
    return path


def tamper(db: Path, sql: str) -> None:
    """What someone with the file and the sqlite3 shell can do."""
    conn = sqlite3.connect(db)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_an_untouched_store_verifies(db: Path) -> None:
    with Store.open(db, readonly=True) as store:
        result = verify(store)
    assert result.ok and result.articles == 3 and result.integrity == "ok"
    assert len(result.digest) == 64


def test_sha256_is_stored_for_each_source(db: Path) -> None:
    with Store.open(db, readonly=True) as store:
        rows = store.conn.execute("SELECT text, sha256 FROM articles").fetchall()
    assert all(sha == content_hash(text) for text, sha in rows)


def test_an_edited_text_is_a_mismatch_and_exit_1(db: Path) -> None:
    tamper(db, "UPDATE articles SET text = replace(text, '3 people', '30 people') WHERE external_id = 'k1'")
    run = CliRunner().invoke(main, ["verify", "--db", str(db)])
    assert run.exit_code == 1
    assert "MISMATCH article 1 (k1): text does not match its stored SHA-256" in run.output
    assert run.output.strip().splitlines()[-1].startswith("FAILED: 3 articles re-hashed · 1 mismatches")


def test_a_hash_rewritten_to_match_the_edit_is_still_caught(db: Path) -> None:
    forged = "Soldiers clashed with rebels in Timbuktu."
    tamper(
        db,
        f"UPDATE articles SET text = '{forged}', sha256 = '{content_hash(forged)}' WHERE external_id = 'g1'",
    )
    with Store.open(db, readonly=True) as store:
        result = verify(store)
    (problem,) = result.mismatches
    assert problem.external_id == "g1" and "reports were stored under" in problem.problem
    assert problem.actual == content_hash("Soldiers clashed with rebels in Gao.")


def test_the_digest_changes_when_any_article_is_removed(db: Path) -> None:
    with Store.open(db, readonly=True) as store:
        before = verify(store).digest
    tamper(db, "DELETE FROM articles WHERE external_id = 'm1'")
    with Store.open(db, readonly=True) as store:
        after = verify(store)
    assert after.ok and after.articles == 2 and after.digest != before


def test_json_output_and_a_missing_store(db: Path, tmp_path: Path) -> None:
    tamper(db, "UPDATE articles SET text = text || '!' WHERE external_id = 'm1'")
    run = CliRunner().invoke(main, ["verify", "--db", str(db), "--format", "json"])
    assert run.exit_code == 1 and '"ok": false' in run.output and '"external_id": "m1"' in run.output
    missing = CliRunner().invoke(main, ["verify", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no database" in missing.output


def test_verify_through_the_real_entry_point(db: Path) -> None:
    run = subprocess.run([str(VIGIL), "verify", "--db", str(db)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout.startswith("ok: 3 articles re-hashed · 0 mismatches")


def test_vigil_show_prints_each_source_sha256(db: Path) -> None:
    from vigil.ingest.runner import resolve_countries

    with Store.open(db) as store:
        resolve_countries(store, ["Mali"])
        incident = store.incidents()[0]["id"]
    run = CliRunner().invoke(main, ["show", str(incident), "--db", str(db)])
    assert run.exit_code == 0
    assert (
        content_hash("Gunmen killed 3 people in Kidal.") in run.output
        or content_hash("Soldiers clashed with rebels in Gao.") in run.output
    )


def test_reports_left_unresolved_by_a_killed_run_are_found(db: Path) -> None:
    with Store.open(db) as store:
        assert unresolved_countries(store) == ["Mali"]
        from vigil.ingest.runner import resolve_countries

        resolve_countries(store, ["Mali"])
        assert unresolved_countries(store) == []
