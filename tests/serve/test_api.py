"""The JSON API against a real uvicorn on loopback, through httpx, as a client would use it."""

from __future__ import annotations

import httpx
import pytest

from vigil.ingest.runner import resolve_countries
from vigil.store import Store
from vigil.store.web import create_token, revoke_token


@pytest.fixture(scope="module")
def client(live):
    with httpx.Client(base_url=live.url, timeout=30) as c:
        yield c


def _attack(client: httpx.Client) -> dict:
    items = client.get("/api/incidents", params={"type": "Attack"}).json()["items"]
    return items[0]


def test_list_filters_and_pages(client):
    body = client.get("/api/incidents", params={"country": "mali", "limit": 2}).json()
    assert body["total"] == 3 and len(body["items"]) == 2 and body["offset"] == 0
    second = client.get("/api/incidents", params={"country": "mali", "limit": 2, "offset": 2}).json()
    assert len(second["items"]) == 1
    assert {i["id"] for i in body["items"]} | {second["items"][0]["id"]} == {1, 2, 3}
    assert client.get("/api/incidents", params={"sub_event_type": "Armed clash"}).json()["total"] == 1
    assert client.get("/api/incidents", params={"min_fatalities": 5}).json()["total"] == 2
    assert (
        client.get("/api/incidents", params={"since": "2024-04-01", "until": "2024-04-30"}).json()["total"]
        == 1
    )
    assert client.get("/api/incidents", params={"actor": "wagner"}).json()["total"] == 1
    gao = client.get("/api/incidents", params={"bbox": "-1,15,1,17"}).json()
    assert [i["location"] for i in gao["items"]] == ["Gao"]


def test_full_text_search_over_articles_and_actors(client):
    assert client.get("/api/incidents", params={"q": "massacre"}).json()["total"] == 1
    assert client.get("/api/incidents", params={"q": "Azawad"}).json()["total"] == 2
    assert (
        client.get("/api/incidents", params={"q": 'NEAR AND "OR ) *'}).status_code == 200
    )  # no FTS syntax leaks
    arts = client.get("/api/articles", params={"q": "drone"}).json()
    assert [a["external_id"] for a in arts] == ["kidal-2"]


def test_one_incident_has_claims_sources_chain_history_brief(client):
    attack = _attack(client)
    full = client.get(f"/api/incidents/{attack['id']}").json()
    assert {"claims", "reports", "follows", "followed_by", "history", "brief"} <= set(full)
    assert {c["source"] for c in full["claims"]} >= {"residents"}
    assert full["reports"][0]["sha256"] and full["brief"].startswith("Attack")
    article = client.get(f"/api/articles/{full['reports'][0]['article_id']}").json()
    assert attack["id"] in article["incidents"] and "<script>" in article["text"]


def test_timeline_actors_stats(client):
    weeks = client.get("/api/timeline").json()
    assert sum(w["fatalities"] for w in weeks) == 30 and all(w["week"] for w in weeks)
    assert client.get("/api/timeline", params={"by": "actor1"}).json()
    names = [a["name"] for a in client.get("/api/actors").json()]
    assert "Azawad Liberation Front" in names
    assert client.get("/api/stats").json()["incidents"] == 3


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("GET", "/api/incidents/999999", 404, "E002"),
        ("GET", "/api/nowhere", 404, "E002"),
        ("GET", "/api/incidents?limit=0", 422, "E001"),
        ("GET", "/api/incidents?bbox=1,2,3", 422, "E001"),
        ("GET", "/api/timeline?by=weather", 422, "E001"),
        ("POST", "/api/incidents/1/corrections", 401, "E003"),
        ("DELETE", "/api/incidents/1", 405, "E001"),
    ],
)
def test_every_error_has_one_shape(client, method, path, status, code):
    body = {"field": "fatalities", "value": 1, "reason": "x"} if method == "POST" else None
    r = client.request(method, path, json=body)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/json")
    assert set(r.json()) == {"error"}
    assert set(r.json()["error"]) == {"code", "status", "message"}
    assert r.json()["error"]["code"] == code and r.json()["error"]["status"] == status


def test_security_headers_and_no_cors(client):
    r = client.get("/", headers={"Origin": "https://evil.example"})
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"
    assert "access-control-allow-origin" not in r.headers
    assert client.get("/api/stats").headers["cache-control"] == "no-store"


def test_correction_needs_a_live_token_and_survives_re_resolution(client, db):
    attack = _attack(client)
    url = f"/api/incidents/{attack['id']}/corrections"
    fix = {"field": "fatalities", "value": 21, "reason": "hospital list of the dead"}
    with Store.open(db) as store:
        token_id, secret = create_token(store, "analyst-a")
        stored = store.conn.execute("SELECT hash, prefix FROM tokens WHERE id = ?", (token_id,)).fetchone()
    assert secret not in stored["hash"] and len(stored["hash"]) == 64  # only a hash at rest
    assert client.post(url, json=fix, headers={"Authorization": "Bearer wrong"}).status_code == 401
    bad = client.post(url, json={**fix, "value": -3}, headers={"Authorization": f"Bearer {secret}"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "E001"
    ok = client.post(url, json=fix, headers={"Authorization": f"Bearer {secret}"})
    assert ok.status_code == 201, ok.text
    assert ok.json()["before"] == 17 and ok.json()["author"] == "analyst-a"

    with Store.open(db) as store:  # re-resolution rewrites every incident from the reports
        resolve_countries(store, ["Mali"])
    full = client.get(f"/api/incidents/{attack['id']}").json()
    assert full["fatalities"] == 21 and full["corrected"] == ["fatalities"]
    assert full["history"][0] | {"at": None} == {
        "field": "fatalities",
        "before": 17,
        "after": 21,
        "reason": "hospital list of the dead",
        "author": "analyst-a",
        "at": None,
    }
    assert client.get("/api/incidents", params={"min_fatalities": 20}).json()["total"] == 1
    csv = client.get("/api/export", params={"format": "acled-csv"}).text
    assert ",21," in csv

    with Store.open(db) as store:
        revoke_token(store, token_id)
        log = store.conn.execute("SELECT action, actor FROM audit_log ORDER BY id").fetchall()
        assert [tuple(r) for r in log][-3:] == [
            ("token.create", "cli"),
            ("correct", "analyst-a"),
            ("token.revoke", "cli"),
        ]
        with pytest.raises(Exception, match="append-only"):
            store.conn.execute("DELETE FROM audit_log")
        with pytest.raises(Exception, match="append-only"):
            store.conn.execute("UPDATE corrections SET value = '0'")
    again = client.post(url, json=fix, headers={"Authorization": f"Bearer {secret}"})
    assert again.status_code == 401


def test_exports_from_the_api(client):
    geo = client.get("/api/export", params={"format": "geojson"}).json()
    assert geo["type"] == "FeatureCollection" and geo["features"][0]["geometry"]["type"] == "Point"
    parquet = client.get("/api/export", params={"format": "parquet"})
    assert parquet.content[:4] == b"PAR1"
    assert client.get("/api/export", params={"format": "ucdp-csv"}).text.startswith(
        "id,year,type_of_violence"
    )
