"""User inputs in, `Article` records or quarantine `Rejection`s out, never a crashed batch.

A batch of thousands of files always has a few bad ones (a PDF in the folder, a
truncated JSONL line, a feed with a DTD). Each becomes a `Rejection` with the
stable code of the `vigil.errors.InputError` that explains it, and reading goes
on. Formats are chosen by extension, else sniffed (see `vigil.ingest.sources`).

>>> from vigil.ingest.readers import read_inputs
>>> for item in read_inputs(["news/"]):  # doctest: +SKIP
...     print(item.origin, getattr(item, "code", "ok"))
news/a.txt ok
news/scan.pdf E108
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO, TypeAlias

from vigil.domain import Article
from vigil.errors import (
    EmptyInput,
    EncodingError,
    InputError,
    MalformedRecord,
    MissingInput,
    NoTextFound,
    TooLarge,
)
from vigil.errors import UnsupportedFormat as Unsupported
from vigil.ingest.sources import (
    STDIN_ORIGIN,
    SUFFIX_FORMATS,
    Blob,
    Format,
    check_utf8,
    clean_text,
    decode,
    feed_articles,
    html_article,
    normalise_outlet,
    parse_date,
    printable,
    read_file,
    read_stream,
    sniff,
    text_article,
    walk,
)

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True, slots=True)
class Limits:
    """Size ceilings that keep one hostile input from exhausting memory or time.

    ``max_text_chars`` stays at or under spaCy's ``nlp.max_length`` (1,000,000): a longer
    text would make the parser raise for the whole batch instead of quarantining one article.
    """

    max_file_bytes: int = 25 * 1024 * 1024  # larger files are rejected (TooLarge), never read whole
    max_text_chars: int = 1_000_000  # one article's text
    max_line_bytes: int = 10 * 1024 * 1024  # one JSONL/CSV record


@dataclass(frozen=True, kw_only=True, slots=True)
class Rejection:
    """An input (or one record of it) that was quarantined, and why."""

    origin: str  # "path" or "path:line 7" or "<stdin>"
    code: str  # the VigilError code, e.g. "E103"
    reason: str  # one line, human readable: "binary content (NUL bytes)"
    sha256: str | None = None  # of the raw bytes when available
    external_id: str | None = None  # the record's id when it could still be read


@dataclass(frozen=True, kw_only=True, slots=True)
class Columns:
    """Column (CSV) or key (JSON) names of the article fields."""

    id: str = "id"
    text: str = "text"
    published: str = "published"
    url: str = "url"
    outlet: str = "outlet"
    title: str = "title"
    country: str = "country"


Item: TypeAlias = Article | Rejection
_ROW_FORMATS = (Format.JSON, Format.CSV, Format.TSV)


def read_inputs(
    paths: Sequence[str],
    *,
    limits: Limits = Limits(),
    columns: Columns = Columns(),
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Rejection]:
    """Stream articles from files, folders (recursive, sorted for determinism) and '-' (stdin).

    A per-input problem is yielded as a `Rejection`; nothing is raised for it.
    """
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin, limits, columns, rows_only=False)
            continue
        if not path:  # Path("") is the working directory: never read it by accident
            yield _reject(MissingInput("empty path"), origin=path)
            continue
        root, label = Path(path), printable(path)
        if not root.is_dir():
            yield from _read_one(
                partial(
                    read_file, root, origin=label, name=printable(root.name), max_bytes=limits.max_file_bytes
                ),
                label,
                limits,
                columns,
                rows_only=False,
            )
            continue
        files, errors = walk(root)
        for error in errors:
            yield _reject(error, origin=error.source or label)
        if not files and not errors:
            yield _reject(EmptyInput("folder holds no files"), origin=label)
        for file in files:
            origin = printable(str(file))
            name = printable(file.relative_to(root).as_posix())
            yield from _read_one(
                partial(read_file, file, origin=origin, name=name, max_bytes=limits.max_file_bytes),
                origin,
                limits,
                columns,
                rows_only=False,
            )


def read_rows(
    path: str,
    *,
    columns: Columns = Columns(),
    limits: Limits = Limits(),
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Rejection]:
    """CSV or JSONL rows only, one item per input row in input order.

    `vigil code` writes exactly one output line per input row, so a bad row yields a
    `Rejection` carrying the row's id when it can be read. Blank lines are not rows.
    A file that cannot be read at all (missing, binary, not CSV/JSON) yields one
    `Rejection` for the whole file.
    """
    if path == "-":
        yield from _read_stdin(stdin, limits, columns, rows_only=True)
        return
    file, label = Path(path), printable(path)
    if file.is_dir():
        yield _reject(Unsupported("a folder: rows are read from one CSV or JSON Lines file"), origin=label)
        return
    yield from _read_one(
        partial(read_file, file, origin=label, name=printable(file.name), max_bytes=limits.max_file_bytes),
        label,
        limits,
        columns,
        rows_only=True,
    )


def _read_stdin(
    stdin: BinaryIO | None, limits: Limits, columns: Columns, *, rows_only: bool
) -> Iterator[Item]:
    """Standard input ('-'), or the stream a caller hands in its place."""
    stream = stdin if stdin is not None else sys.stdin.buffer
    yield from _read_one(
        partial(read_stream, stream, max_bytes=limits.max_file_bytes),
        STDIN_ORIGIN,
        limits,
        columns,
        rows_only=rows_only,
    )


def _read_one(
    load: Callable[[], Blob], origin: str, limits: Limits, columns: Columns, *, rows_only: bool
) -> Iterator[Item]:
    """Load and parse one input, turning its InputError into a Rejection."""
    try:
        blob = load()
    except InputError as exc:
        yield _reject(exc, origin=origin)
        return
    try:
        yield from _parse(blob, limits, columns, rows_only=rows_only)
    except InputError as exc:
        yield _reject(exc, origin=blob.origin, sha256=blob.sha256)


def _parse(blob: Blob, limits: Limits, columns: Columns, *, rows_only: bool) -> Iterator[Item]:
    decoded = decode(blob)
    fmt = SUFFIX_FORMATS.get(blob.suffix)
    if rows_only:
        if fmt is None:
            fmt = Format.JSON if decoded.text.lstrip().startswith(("{", "[")) else Format.CSV
        if fmt not in _ROW_FORMATS:
            raise Unsupported(f"{fmt.value} input: rows are read from CSV or JSON Lines", source=blob.origin)
    elif fmt is None:
        fmt = sniff(decoded.text)
    if fmt is Format.TEXT:
        yield _checked(text_article(decoded.text, blob), limits)
    elif fmt is Format.HTML:
        yield _checked(html_article(decoded, blob), limits)
    elif fmt is Format.JSON:
        yield from _json_articles(decoded.text, blob, limits, columns)
    elif fmt is Format.FEED:
        for entry in feed_articles(decoded.text, blob):
            yield _guard(
                partial(_checked, entry, limits),
                origin=entry.origin,
                sha256=None,
                external_id=entry.external_id,
            )
    else:
        yield from _csv_articles(decoded.text, blob, limits, columns, tab=fmt is Format.TSV)


def _reject(
    exc: InputError, *, origin: str, sha256: str | None = None, external_id: str | None = None
) -> Rejection:
    reason, origin = printable(" ".join(exc.message.split())), printable(origin)
    LOGGER.debug("%s: rejected [%s] %s", origin, exc.code, reason)
    if external_id is not None:
        external_id = printable(external_id)  # a rejected row's id may hold any bytes it was sent
    return Rejection(origin=origin, code=exc.code, reason=reason, sha256=sha256, external_id=external_id)


def _checked(article: Article, limits: Limits) -> Article:
    """Let an article through once its text is non-empty, within the size limit, and storable.

    Every string field is checked, not only the text: a NUL or a lone surrogate in a feed
    entry's link or a record's id would otherwise fail later, inside a store transaction.
    """
    if not article.text:
        raise NoTextFound("no text", source=article.origin)
    for name in ("text", "external_id", "title", "outlet", "url"):
        value = getattr(article, name)
        if isinstance(value, str) and ("\x00" in value or _SURROGATE.search(value)):
            raise EncodingError(f"{name} holds a NUL or a lone UTF-16 surrogate", source=article.origin)
    if len(article.text) > limits.max_text_chars:
        raise TooLarge(
            f"text is {len(article.text):,} characters, over the {limits.max_text_chars:,} limit",
            source=article.origin,
        )
    return article


# --- JSON and JSON Lines ----------------------------------------------------------------------


def _json_articles(text: str, blob: Blob, limits: Limits, columns: Columns) -> Iterator[Item]:
    """One object, an array of objects, or JSON Lines (one bad line rejects that line only)."""
    start = text.lstrip()[:1]
    one_line = "\n" not in text.strip()  # read as JSON Lines, so its origin names the line
    lines_suffix = blob.suffix in (".jsonl", ".ndjson")
    if start == "[" or (start == "{" and not one_line and not lines_suffix):
        try:
            value = _load_json(text, origin=blob.origin)
        except MalformedRecord:
            if start == "[" and not lines_suffix:  # a broken array, not JSON Lines
                raise
        else:
            check_utf8(text, origin=blob.origin)
            items = value if isinstance(value, list) else [value]
            for number, item in enumerate(items, 1):
                origin = f"{blob.origin}:item {number}" if isinstance(value, list) else blob.origin
                yield _guard(
                    partial(_record_article, item, origin, limits, columns),
                    origin=origin,
                    sha256=None if isinstance(value, list) else blob.sha256,
                    external_id=_peek_id(item, columns),
                )
            return
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield _json_line(line, f"{blob.origin}:line {number}", limits, columns)


def _json_line(line: str, origin: str, limits: Limits, columns: Columns) -> Item:
    raw = line.encode("utf-8", errors="surrogateescape")  # the file's own bytes when it was UTF-8
    sha256 = hashlib.sha256(raw).hexdigest()
    value: object = None
    try:
        if len(raw) > limits.max_line_bytes:
            raise TooLarge(f"line is {len(raw):,} bytes, over the {limits.max_line_bytes:,} limit")
        check_utf8(line, origin=origin)
        value = _load_json(line, origin=origin)
        return _record_article(value, origin, limits, columns)
    except InputError as exc:
        external_id = _peek_id(value, columns) if value is not None else _grep_id(line[:100_000], columns)
        return _reject(exc, origin=origin, sha256=sha256, external_id=external_id)


def _load_json(text: str, *, origin: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedRecord(
            f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", source=origin
        ) from exc
    except (ValueError, RecursionError) as exc:  # huge integers, absurd nesting
        raise MalformedRecord(f"invalid JSON: {exc}", source=origin) from exc


def _guard(build: Callable[[], Article], *, origin: str, sha256: str | None, external_id: str | None) -> Item:
    try:
        return build()
    except InputError as exc:
        return _reject(exc, origin=origin, sha256=sha256, external_id=external_id)


_SURROGATE = re.compile("[\ud800-\udfff]")  # invalid UTF-8 kept as escapes, or JSON "\\ud800": never stored


def _peek_id(value: object, columns: Columns) -> str | None:
    """The record's id for its Rejection, when the record is an object with a usable id."""
    if not isinstance(value, Mapping):
        return None
    found = value.get(columns.id)
    if isinstance(found, bool) or not isinstance(found, str | int):
        return None
    found = str(found).strip()
    return found if found and not _SURROGATE.search(found) else None


def _grep_id(line: str, columns: Columns) -> str | None:
    """The id of a JSON line too broken to parse, so its Rejection can still name the row."""
    found = re.search(rf'"{re.escape(columns.id)}"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d{{1,30}})', line)
    if found is None:
        return None
    try:
        return _peek_id({columns.id: json.loads(found.group(1))}, columns)
    except ValueError:
        return None


def _record_article(value: object, origin: str, limits: Limits, columns: Columns) -> Article:
    """Validate one JSON object or CSV row (a boundary: types are checked, not trusted)."""
    if not isinstance(value, Mapping):
        raise MalformedRecord(f"expected an object, got {_json_type(value)}", source=origin)
    text = value.get(columns.text)
    if text is None:
        raise MalformedRecord(f"missing {columns.text!r}", source=origin)
    if not isinstance(text, str):
        raise MalformedRecord(f"{columns.text!r} must be a string, got {_json_type(text)}", source=origin)
    text = clean_text(text, origin=origin)
    if not text:
        raise MalformedRecord(f"empty {columns.text!r}", source=origin)
    raw_id = value.get(columns.id)
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int)):
        raise MalformedRecord(
            f"{columns.id!r} must be a string or integer, got {_json_type(raw_id)}", source=origin
        )
    if isinstance(raw_id, str) and _SURROGATE.search(raw_id):
        raise EncodingError(f"{columns.id!r} holds a lone UTF-16 surrogate", source=origin)
    strings = {}
    for field in ("title", "url", "outlet", "published", "country"):
        key = getattr(columns, field)
        found = value.get(key)
        if found is not None and not isinstance(found, str):
            raise MalformedRecord(f"{key!r} must be a string, got {_json_type(found)}", source=origin)
        strings[field] = clean_text(found, origin=origin) or None if found is not None else None
    outlet = strings["outlet"]
    article = Article(
        text=text,
        origin=origin,
        external_id=_peek_id(value, columns),
        numeric_id=raw_id if isinstance(raw_id, int) else None,
        title=strings["title"],
        url=strings["url"],
        outlet=(normalise_outlet(outlet) or outlet) if outlet else None,
        published=parse_date(strings["published"], origin=origin) if strings["published"] else None,
        country=strings["country"],
    )
    return _checked(article, limits)


def _json_type(value: object) -> str:
    names = {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "an object",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


# --- CSV and TSV ------------------------------------------------------------------------------


def _csv_articles(text: str, blob: Blob, limits: Limits, columns: Columns, *, tab: bool) -> Iterator[Item]:
    """Rows under a required header; a ragged or unparseable row rejects that row only."""
    # The csv module's field limit is process-wide; it is only ever raised, to the configured record
    # size, and each record's real size is checked below against `limits`.
    csv.field_size_limit(max(csv.field_size_limit(), limits.max_line_bytes))
    pending: list[str] = []

    def lines() -> Iterator[str]:
        for physical in io.StringIO(text, newline=""):
            pending.append(physical)
            yield physical

    first = text.lstrip("\r\n").split("\n", 1)[0]
    reader = csv.reader(lines(), delimiter="\t" if tab else _delimiter(first, columns), strict=True)
    header: list[str] | None = None
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
            error: InputError | None = None
        except StopIteration:
            break
        except csv.Error as exc:
            row, error = [], MalformedRecord(f"unparseable CSV: {exc}")
        raw = "".join(pending).encode("utf-8", errors="surrogateescape")
        pending.clear()
        if not error and not any(cell.strip() for cell in row):
            continue  # blank line
        if header is None:
            if error:
                raise MalformedRecord(f"unreadable CSV header: {error.message}", source=blob.origin)
            check_utf8("".join(row), origin=blob.origin)
            header = _header(row, columns, blob.origin)
            continue
        origin = f"{blob.origin}:line {start}"
        record = dict(zip(header, row, strict=False))
        yield _guard(
            partial(_csv_row, error, len(row), len(header), raw, origin, record, limits, columns),
            origin=origin,
            sha256=hashlib.sha256(raw).hexdigest(),
            external_id=_peek_id(record, columns),
        )
    if header is None:
        raise EmptyInput("no header row", source=blob.origin)


def _csv_row(
    error: InputError | None,
    width: int,
    expected: int,
    raw: bytes,
    origin: str,
    record: dict[str, str],
    limits: Limits,
    columns: Columns,
) -> Article:
    if error is not None:
        raise MalformedRecord(error.message, source=origin)
    if len(raw) > limits.max_line_bytes:
        raise TooLarge(
            f"record is {len(raw):,} bytes, over the {limits.max_line_bytes:,} limit", source=origin
        )
    if width != expected:
        raise MalformedRecord(f"row has {width} fields, the header has {expected}", source=origin)
    check_utf8("".join(record.values()), origin=origin)
    return _record_article(record, origin, limits, columns)


def _delimiter(first_line: str, columns: Columns) -> str:
    """`,` unless another common delimiter is what separates the text column's name in the header."""
    for candidate in (",", ";", "\t", "|"):
        names = {cell.strip().strip('"').lower() for cell in first_line.split(candidate)}
        if columns.text.lower() in names:
            return candidate
    return ","


def _header(row: list[str], columns: Columns, origin: str) -> list[str]:
    """Map header cells onto the configured names, forgiving case and stray spaces."""
    wanted = {
        name.strip().lower(): name
        for name in (columns.id, columns.text, columns.published, columns.url, columns.outlet, columns.title)
    }
    header = [cell if cell in wanted.values() else wanted.get(cell.strip().lower(), cell) for cell in row]
    if columns.text not in header:
        shown = ", ".join(repr(cell) for cell in row[:12])
        raise MalformedRecord(f"no {columns.text!r} column in the header ({shown})", source=origin)
    return header
