"""The desk's country: a batch that mostly names one country codes its placeless rows there."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from vigil.domain import Article
from vigil.extract.batch import code_rows
from vigil.extract.desk import DESK_MIN_TEXTS, DESK_WINDOW, Desk

BURKINA_TOWNS = ("Djibo", "Kaya", "Dori", "Ouahigouya", "Koudougou", "Tenkodogo", "Gorom-Gorom", "Kongoussi")
KENYA_TOWNS = ("Garissa", "Mandera", "Lamu", "Wajir", "Marsabit", "Isiolo", "Eldoret", "Kisumu")
PLACELESS = "Unknown gunmen shot dead two herders and took their cattle near a well on Sunday."


def _desk(counts: dict[str, int]) -> Desk:
    desk = Desk()
    for country, n in counts.items():
        for _ in range(n):
            desk.add(country)
    return desk


def test_a_clear_majority_makes_a_desk() -> None:
    assert _desk({"Burkina Faso": 16, "Mali": 3}).decide() == "Burkina Faso"


def test_too_few_texts_or_a_split_feed_make_none() -> None:
    assert _desk({"Burkina Faso": DESK_MIN_TEXTS - 1}).decide() is None
    assert _desk({"Burkina Faso": 12, "Niger": 6}).decide() is None


def test_a_desk_lapses_when_the_feed_turns_and_returns_with_a_new_majority() -> None:
    desk = _desk({"Benin": 20})
    assert desk.decide() == "Benin"
    for _ in range(10):
        desk.add("Togo")
    assert desk.decide() is None  # 20 of 30
    for _ in range(DESK_WINDOW):
        desk.add("Togo")
    assert desk.decide() == "Togo"


def _articles(towns: tuple[str, ...], n: int, *, tail: list[str]) -> list[Article]:
    texts = [
        f"Gunmen attacked a police post in {towns[i % len(towns)]} on Tuesday, killing {i % 4 + 2} officers."
        for i in range(n)
    ]
    return [
        Article(text=t, external_id=str(i), published=date(2023, 5, 4)) for i, t in enumerate(texts + tail)
    ]


def _country(row: dict[str, Any]) -> str | None:
    return row["event"]["country"] if row["event"] else None


@pytest.mark.parametrize("desk", [True, False])
def test_a_placeless_row_is_coded_at_the_desk(coder: Any, desk: bool) -> None:
    rows = list(code_rows(_articles(BURKINA_TOWNS, 18, tail=[PLACELESS]), coder, desk=desk))
    last = rows[-1]["event"]
    assert last is not None
    if desk:
        assert last["country"] == "Burkina Faso"
        assert last["actor2"] == "Civilians (Burkina Faso)"
        assert last["geo_precision"] == 3
    else:
        assert last["country"] is None


def test_a_mixed_feed_has_no_desk(coder: Any) -> None:
    articles = _articles(BURKINA_TOWNS, 10, tail=[]) + _articles(KENYA_TOWNS, 10, tail=[PLACELESS])
    assert _country(list(code_rows(articles, coder))[-1]) is None


def test_rows_written_before_the_desk_is_decided_stay_as_they_were(coder: Any) -> None:
    articles = _articles(BURKINA_TOWNS, 4, tail=[PLACELESS]) + _articles(BURKINA_TOWNS, 20, tail=[PLACELESS])
    rows = list(code_rows(articles, coder, batch_size=5))
    assert _country(rows[4]) is None  # the first batch: too few rows to read a desk
    assert _country(rows[-1]) == "Burkina Faso"


def test_a_feed_that_turns_to_another_country_loses_its_desk(coder: Any) -> None:
    articles = _articles(BURKINA_TOWNS, 20, tail=[]) + _articles(KENYA_TOWNS, 12, tail=[PLACELESS])
    rows = list(code_rows(articles, coder, batch_size=8))
    assert _country(rows[-1]) is None  # 12 of the last 32 rows name Kenya: no desk
