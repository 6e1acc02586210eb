"""The web page in headless Chromium against a live server, with the network cut."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.serve import cdp

pytestmark = pytest.mark.skipif(
    not cdp.available(), reason="chromium not installed (apt-get install chromium)"
)

SHOTS = Path(os.environ.get("VIGIL_SCREENSHOTS") or "")


@pytest.fixture(scope="module")
def page(live, tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium")
    with cdp.Browser(profile) as browser:
        browser.navigate(live.url + "/")
        browser.wait_for("document.body && document.body.dataset.ready === '1'")
        yield browser


def test_map_shows_markers_over_offline_basemap(page):
    assert page.wait_for("document.querySelectorAll('#map circle.marker').length") == 3
    assert page.js("document.querySelectorAll('#map path.land').length") > 100
    sizes = page.js("[...document.querySelectorAll('#map circle.marker')].map(c => +c.getAttribute('r'))")
    assert max(sizes) > min(sizes)  # sized by fatalities


def test_timeline_has_bars_per_week(page):
    assert page.wait_for("document.querySelectorAll('#timeline rect.bar').length") == 3


def test_clicking_a_marker_opens_its_incident(page):
    gao = page.js(
        "[...document.querySelectorAll('#list tbody tr')].find(r => r.textContent.includes('Gao')).dataset.id"
    )
    page.click(f'#map circle.marker[data-id="{gao}"]')
    page.wait_for(f"document.getElementById('panel').dataset.incident === '{gao}'")
    assert "Armed clash" in page.js("document.querySelector('#panel h2').textContent")


def test_clicking_an_incident_shows_claims_side_by_side(page, tmp_path):
    attack = page.js(
        "[...document.querySelectorAll('#list tbody tr')].find(r => r.textContent.includes('Attack')).dataset.id"
    )
    page.click(f'#list tbody tr[data-id="{attack}"]')
    page.wait_for(f"document.getElementById('panel').dataset.incident === '{attack}'")
    page.js("window.scrollTo(0, 0)")
    columns = page.js("[...document.querySelectorAll('#panel .claimcol h4')].map(h => h.textContent)")
    assert "residents" in columns and any("military source" in c for c in columns)
    assert page.js("document.querySelectorAll('#panel .claim.denied').length") == 1
    assert "Sources" in page.js("document.getElementById('panel').textContent")
    assert page.js("document.querySelector('#panel .brief').textContent.length") > 20
    shot = page.screenshot((SHOTS if SHOTS.name else tmp_path) / "workbench.png")
    assert shot.stat().st_size > 10_000


def test_hostile_text_displays_as_text_and_never_runs(page):
    panel = page.js("document.getElementById('panel').textContent")
    assert "<script>window.__xss=1</script>" in panel  # shown literally
    assert "<img src=x onerror=window.__xss=2>Sahel Wire" in panel
    assert page.js("window.__xss === undefined")
    assert page.js("document.querySelectorAll('#panel script, #panel img').length") == 0
    assert page.js("[...document.querySelectorAll('#panel a')].every(a => a.href.startsWith('http'))")


def test_page_fetches_nothing_off_the_server(page, live):
    assert page.requested
    outside = [u for u in page.requested if not u.startswith(live.url) and not u.startswith("data:")]
    assert outside == []


def _fill(page, field: str, value: str, reason: str, token: str) -> None:
    page.js(
        "(() => { const f = document.getElementById('correct');"
        f" f.field.value = {field!r}; f.value.value = {value!r}; f.reason.value = {reason!r};"
        f" f.token.value = {token!r}; f.requestSubmit(); }})()"
    )


def test_an_analyst_corrects_a_toll_from_the_panel(page, db):
    from vigil.store import Store
    from vigil.store.web import create_token

    with Store.open(db) as store:
        _, secret = create_token(store, "page analyst")
    attack = page.js(
        "[...document.querySelectorAll('#list tbody tr')].find(r => r.textContent.includes('Attack')).dataset.id"
    )
    page.click(f'#list tbody tr[data-id="{attack}"]')
    page.wait_for(f"document.getElementById('panel').dataset.incident === '{attack}'")

    _fill(page, "fatalities", "20", "recount by the rights group", "vgl_wrong")
    status = page.wait_for("document.getElementById('correction-status').textContent")
    assert "E003" in status  # a bad token is refused, and says so

    _fill(page, "fatalities", "20", "recount by the rights group", secret)
    history = page.wait_for(
        "[...document.querySelectorAll('#panel p')].map(p => p.textContent).find(t => t.includes('set fatalities'))"
    )
    assert "page analyst set fatalities from 17 to 20" in history
    assert "corrected: fatalities" in page.js("document.querySelector('#panel .toll').textContent")
