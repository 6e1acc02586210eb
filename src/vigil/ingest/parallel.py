"""Coding across cores: worker processes code chunks, the parent stays the one writer.

Each worker loads the models once and codes whole chunks (``runner.CHUNK``
articles parsed together, exactly as a single process would), so the codings
are the same as a single process's. The parent reads inputs, hands out chunks
and yields codings back in input order. At most ``2 × workers`` chunks are in
flight and the reorder buffer holds no more than that, so memory stays bounded
whatever the corpus size.

>>> from vigil.ingest.parallel import code_parallel
>>> from vigil.ingest.runner import ingest
>>> ingest(["news/"], store=store, code=code_parallel(workers=2))  # doctest: +SKIP
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import queue
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vigil.domain import Article
from vigil.errors import ExtractionError, VigilError
from vigil.extract.coder import Coding
from vigil.ingest.runner import CodeStream, chunks

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

LOGGER = logging.getLogger(__name__)

POLL_S = 1.0  # how often the parent checks that its workers are alive while waiting


@dataclass(frozen=True, kw_only=True, slots=True)
class Failure:
    """A coding error in a form that crosses the process boundary with its source intact."""

    kind: type[VigilError]
    message: str
    source: str | None

    def error(self) -> VigilError:
        return self.kind(self.message, source=self.source)


def _worker(tasks: Any, results: Any) -> None:
    """Worker loop: load the models once, then code chunks until told to stop (``None``)."""
    from threadpoolctl import threadpool_limits

    from vigil.extract.coder import Coder, Resources
    from vigil.ingest.runner import code_chunk

    threadpool_limits(1)  # one core per worker: nested BLAS threads would fight the other workers
    try:
        coder = Coder(Resources.load())
    except VigilError as exc:
        results.put((-1, Failure(kind=type(exc), message=exc.message, source=exc.source)))
        return
    while (task := tasks.get()) is not None:
        seq, chunk = task
        out = [
            Failure(kind=type(r), message=r.message, source=r.source) if isinstance(r, VigilError) else r
            for r in code_chunk(coder, chunk)
        ]
        results.put((seq, out))


def code_parallel(*, workers: int, in_flight_per_worker: int = 2) -> CodeStream:
    """A code stream over ``workers`` processes; codings come back in input order."""

    def run(articles: Iterable[Article]) -> Iterator[Coding | VigilError]:
        ctx = mp.get_context("spawn")  # a clean interpreter: no inherited threads or open database
        tasks = ctx.Queue()
        results = ctx.Queue()
        procs = [ctx.Process(target=_worker, args=(tasks, results), daemon=True) for _ in range(workers)]
        for p in procs:
            p.start()
        try:
            yield from _ordered(chunks(articles), tasks, results, procs, workers * in_flight_per_worker)
        finally:
            _stop(procs, tasks)

    return run


def _ordered(
    work: Iterator[list[Article]], tasks: Any, results: Any, procs: Sequence[BaseProcess], limit: int
) -> Iterator[Coding | VigilError]:
    sent = done = 0
    buffered: dict[int, list[Coding | Failure]] = {}
    exhausted = False
    while True:
        while not exhausted and sent - done < limit:
            chunk = next(work, None)
            if chunk is None:
                exhausted = True
                break
            tasks.put((sent, chunk))
            sent += 1
        if done == sent:
            return
        seq, out = _next_result(results, procs)
        if isinstance(out, Failure):  # a worker could not start: nothing can be coded
            raise out.error()
        buffered[seq] = out
        while done in buffered:
            for item in buffered.pop(done):
                yield item.error() if isinstance(item, Failure) else item
            done += 1


def _next_result(results: Any, procs: Sequence[BaseProcess]) -> tuple[int, Any]:
    while True:
        try:
            return results.get(timeout=POLL_S)  # type: ignore[no-any-return]
        except queue.Empty:
            dead = [p for p in procs if not p.is_alive()]
            if dead:
                raise ExtractionError(
                    f"a coding worker died (exit code {dead[0].exitcode}); the batch stops here"
                ) from None


def _stop(procs: Sequence[BaseProcess], tasks: Any) -> None:
    for _ in procs:
        tasks.put(None)
    for p in procs:
        p.join(timeout=10)
        if p.is_alive():
            p.terminate()
            p.join(timeout=5)
    tasks.close()
    tasks.cancel_join_thread()
