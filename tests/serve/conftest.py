"""A small store built without the coder (fast) and a real uvicorn serving it on loopback."""

from __future__ import annotations

import socket
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from tests.factories import FLA, GAO, KIDAL, MALI_ARMY, WAGNER, killed, report
from vigil.domain import Article
from vigil.ingest.runner import resolve_countries
from vigil.store import Store
from vigil.taxonomy import Counted, SourceKind, Stance, SubEventType

HOSTILE = "<script>window.__xss=1</script>"


def build_store(path: Path) -> Path:
    """Three incidents in Mali; one article's title, outlet, URL and text are hostile."""
    with Store.open(path) as store:
        store.add_article(
            Article(
                text=f"Soldiers killed 17 civilians near Kidal. {HOSTILE} <img src=x onerror=alert(1)>",
                external_id="kidal-1",
                title=f"Massacre near Kidal {HOSTILE}",
                outlet="<img src=x onerror=window.__xss=2>Sahel Wire",
                url="javascript:window.__xss=3",
                published=date(2024, 3, 4),
            ),
            [
                report(
                    fatalities=17,
                    actor2=None,
                    claims=(
                        killed(17, source="residents", counted=Counted.CIVILIANS, kind=SourceKind.OUTLET),
                        killed(
                            None,
                            source=f"a military source {HOSTILE}",
                            stance=Stance.DENIED,
                            kind=SourceKind.MILITARY_SOURCE,
                        ),
                    ),
                )
            ],
        )
        store.add_article(
            Article(
                text="Fighting between the army and FLA near Gao killed 9.",
                external_id="gao-1",
                title="Clashes near Gao",
                outlet="Bamako Daily",
                url="https://example.org/gao",
                published=date(2024, 4, 2),
            ),
            [
                report(
                    SubEventType.ARMED_CLASH,
                    day=date(2024, 4, 1),
                    where=GAO,
                    actor1=MALI_ARMY,
                    actor2=FLA,
                    fatalities=9,
                    claims=(killed(9, source="FLA", counted=Counted.FIGHTERS, kind=SourceKind.OUTLET),),
                )
            ],
        )
        store.add_article(
            Article(
                text="A drone strike by Wagner near Kidal killed 4 fighters.",
                external_id="kidal-2",
                title="Drone strike",
                outlet="Sahel Wire",
                published=date(2024, 5, 10),
            ),
            [
                report(
                    SubEventType.AIR_DRONE_STRIKE,
                    day=date(2024, 5, 9),
                    where=KIDAL,
                    actor1=WAGNER,
                    actor2=FLA,
                    fatalities=4,
                    claims=(killed(4),),
                )
            ],
        )
        resolve_countries(store, ["Mali"])
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """uvicorn in a thread on 127.0.0.1; ``url`` is its base address."""

    def __init__(self, db: Path) -> None:
        import uvicorn

        from vigil.serve.app import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(db), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("serve") / "w.db")


@pytest.fixture(scope="module")
def live(db: Path):
    with LiveServer(db) as server:
        yield server
