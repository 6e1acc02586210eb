from __future__ import annotations

from click.testing import CliRunner
from tests.factories import article, report

from vigil.cli import main
from vigil.store import Store


def test_vigil_resolve_re_resolves_the_whole_store(tmp_path):
    db = str(tmp_path / "v.db")
    with Store.open(db) as store:
        store.add_article(article("one", ident="one"), [report(fatalities=2)])
        store.add_article(article("two", ident="two"), [report(fatalities=2)])
    result = CliRunner().invoke(main, ["resolve", "--db", db])
    assert result.exit_code == 0, result.output
    assert "resolved 2 reports into" in result.output
    with Store.open(db) as store:
        assert store.incidents()
