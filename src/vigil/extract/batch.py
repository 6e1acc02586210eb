"""Stateless coding of CSV/JSONL rows: the ``vigil code`` contract.

Exactly one output object per input row, in input order: ``{"id": ..., "event":
null | {...}}``. A row that cannot be read or coded still gets its line, with
``event: null`` and an ``error`` saying why, so callers can join on ``id``.

Rows are coded one by one, with one exception: a file whose recent rows mostly name one country
is read as that country's desk (:mod:`vigil.extract.desk`), and rows that name no place take its
country. The batch in which a desk is made or lost is coded again; rows written out before
then are not.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from vigil.columns import acled_event
from vigil.domain import Article
from vigil.errors import VigilError
from vigil.extract.coder import Coder, Coding
from vigil.extract.desk import Desk
from vigil.ingest.readers import Rejection


def code_rows(
    items: Iterable[Article | Rejection], coder: Coder, *, batch_size: int = 64, desk: bool = True
) -> Iterator[dict[str, Any]]:
    """Code rows in order; rejected rows pass through as ``event: null`` with the reason.

    ``desk=False`` codes every row on its own words alone.
    """
    reading = Desk() if desk else None
    pending: list[Article | Rejection] = []
    for item in items:
        pending.append(item)
        if len(pending) >= batch_size:
            yield from _flush(pending, coder, reading)
            pending = []
    if pending:
        yield from _flush(pending, coder, reading)


def _flush(pending: list[Article | Rejection], coder: Coder, desk: Desk | None) -> Iterator[dict[str, Any]]:
    articles = [p for p in pending if isinstance(p, Article)]
    known = desk.country if desk else None
    results = list(coder.code_many(articles, batch_size=len(articles) or 1, desk=known))
    if desk is not None:
        for result in results:
            desk.add(_own_country(result, known))
        if (decided := desk.decide()) != known:  # the batch that makes or ends a desk is coded anew
            results = list(coder.code_many(articles, batch_size=len(articles) or 1, desk=decided))
    outputs = iter(results)
    for item in pending:
        if isinstance(item, Rejection):
            yield {
                "id": item.external_id if item.external_id is not None else item.origin,
                "event": None,
                "error": f"{item.reason} [{item.code}]",
            }
            continue
        yield row_output(item, next(outputs))


def _own_country(result: Coding | VigilError, desk: str | None) -> str | None:
    """The country a coded row names by its own words: not a feed's given country, and not the
    desk's where the row was placed no closer than the country (the desk may have placed it)."""
    if isinstance(result, VigilError) or result.article.country:
        return None
    report = result.principal_report
    location = report.location if report else None
    if location is None or (location.country == desk and location.geo_precision >= 3):
        return None
    return location.country


def row_output(article: Article, result: Coding | VigilError) -> dict[str, Any]:
    row_id: str | int | None = article.numeric_id if article.numeric_id is not None else article.external_id
    if isinstance(result, VigilError):
        return {"id": row_id, "event": None, "error": f"{result.message} [{result.code}]"}
    report = result.principal_report
    return {"id": row_id, "event": acled_event(report) if report else None}
