"""Ingest: read inputs, code new articles, store them one transaction each, re-resolve.

Reading and coding stream; nothing holds the whole batch in memory. Each
article is committed with its reports in one transaction, so a killed run
leaves whole articles or none, and re-running the same inputs adds nothing.
Incidents are re-resolved for the countries the batch touched, from every
stored report there, so the result does not depend on the order of arrival.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from vigil.domain import Article
from vigil.errors import VigilError
from vigil.extract.coder import Coder, Coding
from vigil.ingest.readers import Columns, Limits, Rejection, read_inputs
from vigil.resolve.incidents import resolve
from vigil.store import Store

LOGGER = logging.getLogger(__name__)


@dataclass(kw_only=True)
class IngestSummary:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    quarantined: int = 0
    reports: int = 0
    incidents: int = 0
    problems: list[str] = field(default_factory=list)  # one line per quarantined input

    def line(self) -> str:
        return (
            f"read {self.read} · new {self.new} · duplicate {self.duplicate} · "
            f"quarantined {self.quarantined} · reports {self.reports} · incidents {self.incidents}"
        )


def ingest(
    paths: Sequence[str],
    *,
    store: Store,
    coder: Coder,
    limits: Limits | None = None,
    columns: Columns | None = None,
    stdin: BinaryIO | None = None,
    on_item: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Ingest files, folders or '-' into the store; returns counts and the problems met."""
    summary = IngestSummary()
    touched: set[str | None] = set()

    def fresh_articles() -> Iterator[Article]:
        for item in read_inputs(paths, limits=limits or Limits(), columns=columns or Columns(), stdin=stdin):
            summary.read += 1
            if isinstance(item, Rejection):
                _quarantine(
                    store, summary, item.origin, item.code, item.reason, item.sha256, item.external_id
                )
            elif store.has_article(item.sha256):
                summary.duplicate += 1
            else:
                yield item
            if on_item:
                on_item(summary)

    for result in coder.code_many(fresh_articles()):
        if isinstance(result, VigilError):
            _quarantine(store, summary, result.source or "?", result.code, result.message, None, None)
            continue
        _store_coding(store, result, summary, touched)
    if touched:
        summary.incidents = resolve_countries(store, sorted(touched, key=lambda c: c or ""))
    return summary


def _store_coding(store: Store, coding: Coding, summary: IngestSummary, touched: set[str | None]) -> None:
    stored = store.add_article(
        coding.article, coding.reports, principal=coding.principal, follows=coding.follows
    )
    if stored is None:  # the same text arrived twice in this batch
        summary.duplicate += 1
        return
    summary.new += 1
    summary.reports += len(coding.reports)
    for report in coding.reports:
        touched.add(report.location.country if report.location else None)


def _quarantine(
    store: Store,
    summary: IngestSummary,
    origin: str,
    code: str,
    reason: str,
    sha256: str | None,
    external_id: str | None,
) -> None:
    summary.quarantined += 1
    summary.problems.append(f"{origin}: {reason} [{code}]")
    LOGGER.warning("quarantined %s: %s [%s]", origin, reason, code)
    store.quarantine(origin=origin, code=code, reason=reason, sha256=sha256, external_id=external_id)


def resolve_countries(store: Store, countries: Sequence[str | None]) -> int:
    """Re-resolve every report of these countries into incidents; returns how many incidents."""
    reports = store.reports(countries=countries)
    rows = resolve(reports)
    store.replace_incidents(countries, rows)
    return len(rows)
