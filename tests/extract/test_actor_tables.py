"""The actor tables under bench/data/actors: loaded, checked, and spliced as the build expects."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from tests.bench_scripts import load_bench_script


@pytest.fixture(scope="module")
def build() -> ModuleType:
    return load_bench_script("build_actor_registry")


def test_the_tables_load_with_their_defaults(build: ModuleType) -> None:
    tables = build.load_tables()
    names = [g.name for g in tables.groups]
    assert len(names) == len(set(names)) > 100
    jnim = next(g for g in tables.groups if g.name == "JNIM: Group for Support of Islam and Muslims")
    assert jnim.country is None and "Benin" in jnim.scope and jnim.active == (None, None)
    katiba = next(g for g in tables.groups if g.name == "Katiba Serma")
    assert (katiba.scope, katiba.press) == ((), ())
    assert tables.regimes["Mali"][-1] == ("2021-05-24", None, "2021-")
    assert tables.demonyms["Burkina Faso"][0] == "Burkinabe"
    assert tables.in_power["Taliban"] == ("Afghanistan", "2021-08-15")


def test_press_lists_splice_named_phrases(build: ModuleType) -> None:
    tables = build.load_tables()
    phrases = json.loads((build.DATA / "phrases.json").read_text("utf-8"))
    monusco = next(g for g in tables.groups if g.name.startswith("MONUSCO"))
    assert monusco.press == tuple(phrases["peacekeepers"])
    amisom = next(g for g in tables.groups if g.name.startswith("AMISOM"))
    assert amisom.press[0] == "AU peacekeepers" and amisom.press[-len(monusco.press) :] == monusco.press
    assert not any(p.startswith("@") for g in tables.groups for p in g.press)


def _copy(build: ModuleType, tmp_path: Path) -> Path:
    root = tmp_path / "actors"
    shutil.copytree(build.DATA, root)
    return root


def test_a_misshapen_group_is_refused(build: ModuleType, tmp_path: Path) -> None:
    root = _copy(build, tmp_path)
    path = root / "groups" / "12_transnational.json"
    data = json.loads(path.read_text("utf-8"))
    data["groups"][0]["alias"] = ["typo for aliases"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(build.TableError, match=r"12_transnational\.json"):
        build.load_tables(root)


def test_an_unknown_phrase_list_is_refused(build: ModuleType, tmp_path: Path) -> None:
    root = _copy(build, tmp_path)
    path = root / "groups" / "12_transnational.json"
    data = json.loads(path.read_text("utf-8"))
    data["groups"][0]["press"] = ["@nobody"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(build.TableError, match="@nobody"):
        build.load_tables(root)


def test_a_short_regime_row_is_refused(build: ModuleType, tmp_path: Path) -> None:
    root = _copy(build, tmp_path)
    with (root / "regimes.tsv").open("a", encoding="utf-8") as fh:
        fh.write("Mali\t2030-01-01\n")
    with pytest.raises(build.TableError, match="not 4"):
        build.load_tables(root)


def test_a_unit_named_abroad_keeps_its_name() -> None:
    """A unit marked "abroad" (the IRGC) is read by its proper name outside its country; others are not."""
    from vigil.extract.actors import ActorRegistry

    registry = ActorRegistry.load()
    found = {
        m.actor.name
        for m in registry.find("The Islamic Revolutionary Guard Corps fired missiles.", country="Iraq")
    }
    assert "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps" in found
    kept_home = {
        m.actor.name for m in registry.find("The Rapid Action Battalion raided a camp.", country="India")
    }
    assert not any("Rapid Action Battalion" in n for n in kept_home)
