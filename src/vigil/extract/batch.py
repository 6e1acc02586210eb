"""Stateless coding of CSV/JSONL rows: the ``vigil code`` contract.

Exactly one output object per input row, in input order: ``{"id": ..., "event":
null | {...}}``. A row that cannot be read or coded still gets its line, with
``event: null`` and an ``error`` saying why, so callers can join on ``id``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from vigil.columns import acled_event
from vigil.domain import Article
from vigil.errors import VigilError
from vigil.extract.coder import Coder, Coding
from vigil.ingest.readers import Rejection


def code_rows(
    items: Iterable[Article | Rejection], coder: Coder, *, batch_size: int = 64
) -> Iterator[dict[str, Any]]:
    """Code rows in order; rejected rows pass through as ``event: null`` with the reason."""
    pending: list[Article | Rejection] = []
    for item in items:
        pending.append(item)
        if len(pending) >= batch_size:
            yield from _flush(pending, coder)
            pending = []
    if pending:
        yield from _flush(pending, coder)


def _flush(pending: list[Article | Rejection], coder: Coder) -> Iterator[dict[str, Any]]:
    articles = [p for p in pending if isinstance(p, Article)]
    results = iter(coder.code_many(articles, batch_size=len(articles) or 1))
    for item in pending:
        if isinstance(item, Rejection):
            yield {
                "id": item.external_id if item.external_id is not None else item.origin,
                "event": None,
                "error": f"{item.reason} [{item.code}]",
            }
            continue
        result = next(results)
        yield row_output(item, result)


def row_output(article: Article, result: Coding | VigilError) -> dict[str, Any]:
    row_id: str | int | None = article.numeric_id if article.numeric_id is not None else article.external_id
    if isinstance(result, VigilError):
        return {"id": row_id, "event": None, "error": f"{result.message} [{result.code}]"}
    report = result.principal_report
    return {"id": row_id, "event": acled_event(report) if report else None}
