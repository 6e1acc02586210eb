"""Watch a folder or a feed file and ingest what arrives, resuming cleanly after a kill.

The checkpoint is a JSON Lines log beside the database (``<db>.watch.jsonl``):
a file is recorded with the size and modification time it had *before* it was
read, and only after its articles are committed and its incidents re-resolved.
So a restart never skips work (an unrecorded or changed file is read again) and
never repeats it: a recorded file is not re-read, and a re-read file's stored
articles are recognised by their content hash and not coded again. Each batch is
framed by ``begin``/``end`` records; a ``begin`` with no ``end`` means a run
died between commit and resolution, and the next run re-resolves the store.

Files still being written are left for the next poll: a file is taken once its
modification time is ``settle`` seconds old. Hidden and partial files
(``.name``, ``*.tmp``, ``*.part``) are ignored, so writers can rename into place.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vigil.errors import MissingInput
from vigil.ingest.readers import Limits
from vigil.ingest.runner import CodeStream, IngestSummary, ingest, resolve_all
from vigil.store import Store

LOGGER = logging.getLogger(__name__)

PARTIAL_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload", ".swp")

Stamp = tuple[int, int]  # (size, mtime_ns) of a file when it was read


def checkpoint_path(db: str | Path) -> Path:
    return Path(f"{db}.watch.jsonl")


class Checkpoint:
    """The files already ingested, with the stamp each had when read; an append-only log."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.seen: dict[str, Stamp] = {}
        self.interrupted = False  # a batch began and never ended: incidents may lag the reports
        if path.exists():
            self._load()

    def _load(self) -> None:
        open_batch = False
        lines = 0
        with self.path.open(encoding="utf-8") as fh:
            for line in fh:
                lines += 1
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:  # a line cut short by a kill: that file was not recorded
                    continue
                if "begin" in rec:
                    open_batch = True
                elif "end" in rec:
                    open_batch = False
                elif "path" in rec:
                    self.seen[rec["path"]] = (int(rec["size"]), int(rec["mtime_ns"]))
        self.interrupted = open_batch
        if lines > 2 * len(self.seen) + 16:  # keep the log short: rewrite it with one line per file
            self._rewrite()

    def _rewrite(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for path, (size, mtime) in sorted(self.seen.items()):
                fh.write(json.dumps({"path": path, "size": size, "mtime_ns": mtime}) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def is_new(self, path: str, stamp: Stamp) -> bool:
        return self.seen.get(path) != stamp

    def _append(self, records: list[dict[str, object]]) -> None:
        with self.path.open("a", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in records)
            fh.flush()
            os.fsync(fh.fileno())

    def begin(self, n: int) -> None:
        self._append([{"begin": n}])

    def commit(self, files: dict[str, Stamp]) -> None:
        records: list[dict[str, object]] = [
            {"path": p, "size": s, "mtime_ns": m} for p, (s, m) in files.items()
        ]
        self._append([*records, {"end": len(files)}])
        self.seen.update(files)
        self.interrupted = False


@dataclass(kw_only=True)
class WatchProgress(IngestSummary):
    """Running totals, for the live progress line."""

    polls: int = 0
    files: int = 0
    last: str = ""

    def add(self, summary: IngestSummary, files: int) -> None:
        self.files += files
        self.absorb(summary)

    def line(self) -> str:
        return (
            f"watch: poll {self.polls} · files {self.files} · read {self.read} · new {self.new} · "
            f"duplicate {self.duplicate} · quarantined {self.quarantined} · reports {self.reports}"
            + (f" · last {self.last}" if self.last else "")
        )


def pending(target: Path, checkpoint: Checkpoint, *, settle: float, now: float) -> dict[str, Stamp]:
    """Files under ``target`` (or ``target`` itself) not yet ingested as they are now, in path order."""
    if not target.exists():
        raise MissingInput("no such file or folder", source=str(target))
    files = [target] if target.is_file() else sorted(p for p in target.rglob("*") if p.is_file())
    out: dict[str, Stamp] = {}
    for path in files:
        rel = path.relative_to(target).parts if path != target else (path.name,)
        if any(part.startswith((".", "~")) for part in rel) or path.name.endswith(PARTIAL_SUFFIXES):
            continue
        try:
            st = path.stat()
        except OSError:  # removed between listing and stat: the next poll decides
            continue
        if now - st.st_mtime < settle:  # still being written, perhaps
            continue
        key, stamp = str(path.resolve()), (st.st_size, st.st_mtime_ns)
        if checkpoint.is_new(key, stamp):
            out[key] = stamp
    return out


def watch(
    target: str | Path,
    *,
    store: Store,
    code: CodeStream,
    checkpoint: Checkpoint,
    interval: float = 5.0,
    settle: float = 1.0,
    once: bool = False,
    limits: Limits | None = None,
    on_progress: Callable[[WatchProgress], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    sleep: Callable[[float], None] = time.sleep,
) -> WatchProgress:
    """Poll ``target`` every ``interval`` seconds and ingest new or changed files.

    With ``once`` it ingests what is there now (without waiting for files to
    settle) and returns. Otherwise it runs until ``should_stop()`` is true.
    """
    target = Path(target)
    progress = WatchProgress()
    if checkpoint.interrupted:
        LOGGER.warning("the last watch run stopped between commit and resolution: re-resolving")
        checkpoint.begin(0)
        progress.incidents = resolve_all(store)
        checkpoint.commit({})
    while True:
        progress.polls += 1
        files = pending(target, checkpoint, settle=0.0 if once else settle, now=time.time())
        if files:
            checkpoint.begin(len(files))
            summary = ingest(list(files), store=store, code=code, limits=limits)
            checkpoint.commit(files)
            progress.last = Path(next(reversed(files))).name
            progress.add(summary, len(files))
            for problem in summary.problems:
                LOGGER.warning("quarantined: %s", problem)
        if on_progress:
            on_progress(progress)
        if once or should_stop():
            return progress
        sleep(interval)
        if should_stop():
            return progress
