"""Ingest: read inputs, code new articles, store them in batched transactions, re-resolve.

Reading and coding stream; nothing holds the whole batch in memory. Articles are
committed ``COMMIT_EVERY`` at a time, each with its reports, so a killed run
leaves whole articles or none, and re-running the same inputs adds nothing.
Incidents are re-resolved for the countries the batch touched, from every
stored report there, so the result does not depend on the order of arrival.

Long texts with no event cue word at all are coded as "no event" before they
reach the coder: its ``relevance`` stage would drop them whatever the classifier
said, after scoring the whole text (see ``bench/throughput.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import BinaryIO

from vigil.domain import Article
from vigil.errors import VigilError
from vigil.extract.coder import Coder, Coding
from vigil.extract.relevance import is_relevant
from vigil.ingest.readers import Columns, Limits, Rejection, read_inputs
from vigil.resolve.incidents import resolve
from vigil.store import Store
from vigil.store.integrity import unresolved_countries

LOGGER = logging.getLogger(__name__)

CHUNK = 32  # articles parsed together (nlp.pipe); also the unit of work sent to a worker
COMMIT_EVERY = 64  # articles per write transaction

CodeStream = Callable[[Iterable[Article]], Iterator["Coding | VigilError"]]


@dataclass(kw_only=True)
class IngestSummary:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    quarantined: int = 0
    reports: int = 0
    incidents: int = 0
    problems: list[str] = field(default_factory=list)  # one line per quarantined input

    def absorb(self, other: IngestSummary) -> None:
        """Add another run's counts; the incident count is a total, so the newer one stands."""
        self.read += other.read
        self.new += other.new
        self.duplicate += other.duplicate
        self.quarantined += other.quarantined
        self.reports += other.reports
        self.incidents = other.incidents or self.incidents
        self.problems.extend(other.problems)

    def line(self) -> str:
        return (
            f"read {self.read} · new {self.new} · duplicate {self.duplicate} · "
            f"quarantined {self.quarantined} · reports {self.reports} · incidents {self.incidents}"
        )


def no_event(article: Article) -> Coding:
    """What the coder returns for a text that reports nothing."""
    return Coding(article=article, reports=(), principal=None, follows={})


def tells_nothing(article: Article) -> bool:
    """True when even a certain classifier score would not get the text past the relevance stage.

    That is a long text with no event cue word anywhere (``relevance.is_relevant``): it is
    dropped without running the classifier over its whole text.
    """
    return not is_relevant(article.text, 1.0)


def code_chunk(coder: Coder, chunk: Sequence[Article]) -> list[Coding | VigilError]:
    """Code one chunk in input order, skipping the parse for texts with no event cue."""
    relevant = [a for a in chunk if not tells_nothing(a)]
    coded = iter(coder.code_many(relevant, batch_size=len(relevant) or 1))
    return [no_event(a) if tells_nothing(a) else next(coded) for a in chunk]


def chunks(items: Iterable[Article], size: int = CHUNK) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def code_serial(coder: Coder) -> CodeStream:
    """The single-process code stream: chunk by chunk, in input order."""

    def run(articles: Iterable[Article]) -> Iterator[Coding | VigilError]:
        for chunk in chunks(articles):
            yield from code_chunk(coder, chunk)

    return run


def ingest(
    paths: Sequence[str],
    *,
    store: Store,
    coder: Coder | None = None,
    limits: Limits | None = None,
    columns: Columns | None = None,
    stdin: BinaryIO | None = None,
    on_item: Callable[[IngestSummary], None] | None = None,
    code: CodeStream | None = None,
) -> IngestSummary:
    """Ingest files, folders or '-' into the store; returns counts and the problems met.

    ``code`` turns a stream of articles into codings in the same order (default:
    this process with ``coder``; :func:`vigil.ingest.parallel.code_parallel` for workers).
    """
    if code is None:
        if coder is None:
            raise ValueError("ingest needs a coder or a code stream")
        code = code_serial(coder)
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

    results = code(fresh_articles())
    while batch := list(islice(results, COMMIT_EVERY)):  # coded outside the transaction, written inside
        with store.atomic():
            for result in batch:
                if isinstance(result, VigilError):
                    _quarantine(store, summary, result.source or "?", result.code, result.message, None, None)
                else:
                    _store_coding(store, result, summary, touched)
    touched.update(unresolved_countries(store))  # left by an earlier run killed before it resolved
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
    with store.atomic():  # read and replace under one lock: a concurrent ingest's reports are never dropped
        reports = store.reports(countries=countries)
        rows = resolve(reports)
        store.replace_incidents(countries, rows)
    return len(rows)


def resolve_all(store: Store) -> int:
    """Re-resolve the whole store: the recovery step after a run killed between commit and resolve."""
    with store.atomic():
        reports = store.reports()
        countries = sorted(
            {r.report.location.country if r.report.location else None for r in reports}, key=str
        )
        rows = resolve(reports)
        store.replace_incidents(countries, rows)
    return len(rows)
