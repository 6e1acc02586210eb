"""Where input bytes come from, and how they become trustworthy text.

`vigil.ingest.readers` holds the public API and the row formats (CSV, JSON);
this module does everything before that: finding files, refusing oversize or
binary inputs before they reach a parser, decoding, guessing the format, the
small normalisers (dates, outlet names, HTML to text) that several formats
share, and the whole-document formats (plain text, HTML, RSS/Atom), which
return candidate Articles for the reader to check against its limits. Every failure is a
typed `InputError` carrying its origin, so the reader can quarantine it and
go on with the batch.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from enum import Enum
from html.parser import HTMLParser
from pathlib import Path
from types import MappingProxyType
from typing import BinaryIO
from urllib.parse import urlsplit

from vigil.domain import Article
from vigil.errors import (
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputError,
    MalformedRecord,
    MissingInput,
    NoTextFound,
    TooLarge,
    UnsupportedFormat,
)

LOGGER = logging.getLogger(__name__)

STDIN_ORIGIN = "<stdin>"

# Control characters that never occur in real text (tab, newlines, form feed
# and vertical tab excluded); a high share of them means a binary file.
_CONTROL = "".join(chr(c) for c in (*range(0x01, 0x09), *range(0x0E, 0x20), 0x7F))
_CONTROL_DELETE = MappingProxyType(str.maketrans("\f\v", "\n\n", _CONTROL))
_CONTROL_ONLY = MappingProxyType(str.maketrans("", "", _CONTROL))
_BINARY_CONTROL_RATIO = 0.05
_SURROGATE = re.compile("[\udc80-\udcff]")  # an invalid UTF-8 byte kept by surrogateescape
# Any lone surrogate: JSON escapes ("\ud800") and odd file names make them; UTF-8 cannot hold
# them, so SQLite and the content hash would fail on them far from the input that caused it.
_ANY_SURROGATE = re.compile("[\ud800-\udfff]")

# Signatures of binary formats people hand to a text tool by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "zip archive (or docx/xlsx/epub)"),
    (b"PK\x05\x06", "zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)

# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)


class Format(Enum):
    TEXT = "text"
    HTML = "html"
    JSON = "json"  # JSON Lines, or one JSON object or array
    CSV = "csv"
    TSV = "tsv"
    FEED = "feed"  # RSS, Atom or RDF


SUFFIX_FORMATS: Mapping[str, Format] = MappingProxyType(
    {
        ".txt": Format.TEXT,
        ".text": Format.TEXT,
        ".md": Format.TEXT,
        ".html": Format.HTML,
        ".htm": Format.HTML,
        ".xhtml": Format.HTML,
        ".jsonl": Format.JSON,
        ".ndjson": Format.JSON,
        ".json": Format.JSON,
        ".csv": Format.CSV,
        ".tsv": Format.TSV,
        ".tab": Format.TSV,
        ".xml": Format.FEED,
        ".rss": Format.FEED,
        ".atom": Format.FEED,
    }
)


@dataclass(frozen=True, slots=True)
class Blob:
    """The raw bytes of one input, read within the size limit."""

    origin: str  # the path as the caller gave it, or "<stdin>"
    name: str | None  # id for whole-file articles: path relative to the folder given, or file name
    suffix: str  # lower-case extension, "" when there is none (stdin)
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text; invalid UTF-8 bytes survive as lone surrogates so each format can decide."""

    text: str
    encoding: str


def walk(root: Path) -> tuple[list[Path], list[InputError]]:
    """Every non-hidden file under `root`, sorted by path parts, and the folders that could not be read.

    Sorting the full relative paths (as `find | sort` would) makes a batch's order
    independent of the file system. Symlinked folders are not followed, to avoid loops.
    """
    errors: list[InputError] = []

    def failed(exc: OSError) -> None:
        errors.append(InputError(f"cannot read folder: {exc.strerror or exc}", source=str(exc.filename)))

    files: list[Path] = []
    for folder, dirs, names in os.walk(root, onerror=failed):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files.extend(Path(folder, n) for n in names if not n.startswith("."))
    files.sort(key=lambda p: p.relative_to(root).parts)
    return files, errors


def read_file(path: Path, *, origin: str, name: str, max_bytes: int) -> Blob:
    """Read one regular file, refusing it from its size alone when it is over the limit."""
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise MissingInput("no such file or folder", source=origin) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=origin) from exc
    if not stat.S_ISREG(info.st_mode):
        raise UnsupportedFormat("not a regular file (device, pipe or socket)", source=origin)
    if info.st_size > max_bytes:
        raise TooLarge(f"file is {info.st_size:,} bytes, over the {max_bytes:,} byte limit", source=origin)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=origin) from exc
    if len(data) > max_bytes:
        raise TooLarge(f"file is over the {max_bytes:,} byte limit", source=origin)
    return Blob(origin=origin, name=name, suffix=path.suffix.lower(), data=data)


def read_stream(stream: BinaryIO, *, max_bytes: int) -> Blob:
    """Read stdin, never more than `max_bytes + 1` bytes, so an endless pipe cannot exhaust memory."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = stream.read(max_bytes + 1 - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > max_bytes:
        raise TooLarge(f"standard input is over the {max_bytes:,} byte limit", source=STDIN_ORIGIN)
    return Blob(origin=STDIN_ORIGIN, name=None, suffix="", data=b"".join(chunks))


def decode(blob: Blob) -> Decoded:
    """Turn bytes into text, refusing empty, binary and known non-text formats.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are accepted. Invalid UTF-8
    is kept as surrogate escapes rather than refused here: a CSV row or an HTML page
    with a declared charset can still be saved, so `check_utf8` is called by the
    formats that need it.
    """
    data = blob.data
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise UnsupportedFormat(f"unsupported binary format: {kind}", source=blob.origin)
    encoding = "utf-8"
    for bom, name in _BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom) :], name
            break
    if encoding == "utf-8":
        text = data.decode("utf-8", errors="surrogateescape")
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise EncodingError(
                f"invalid {encoding.upper()} at byte {exc.start}", source=blob.origin
            ) from exc
    if not text.strip():
        raise EmptyInput("empty or whitespace-only input", source=blob.origin)
    if "\x00" in text:
        raise BinaryInput("binary content (NUL bytes)", source=blob.origin)
    controls = len(text) - len(text.translate(_CONTROL_ONLY))
    if controls > _BINARY_CONTROL_RATIO * len(text):
        raise BinaryInput(f"binary content ({controls / len(text):.0%} control bytes)", source=blob.origin)
    return Decoded(text=text, encoding=encoding)


def printable(value: str) -> str:
    """A file name or message made safe to store and print: undecodable bytes shown as ``\\xff``.

    Linux file names are bytes; Python keeps the invalid ones as surrogates, which
    SQLite refuses. The file is still opened by its real name; only the label changes. A NUL,
    which neither SQLite's text nor a terminal keeps, is shown as ``\x00``.
    """
    return _ANY_SURROGATE.sub(_escape_surrogate, value).replace("\x00", "\\x00")


def _escape_surrogate(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def check_utf8(text: str, *, origin: str) -> None:
    """Refuse text that held invalid UTF-8, naming the first bad byte's offset."""
    bad = _SURROGATE.search(text)
    if bad is not None:
        offset = len(text[: bad.start()].encode("utf-8", errors="surrogateescape"))
        raise EncodingError(f"invalid UTF-8 at byte {offset}", source=origin)


_LEADING_COMMENTS = re.compile(r"^(?:\s*<!--.*?-->)+", re.DOTALL)


def sniff(text: str) -> Format:
    """Guess the format from the first characters, for stdin and unknown suffixes."""
    head = _LEADING_COMMENTS.sub("", text[:4096]).lstrip().lower()
    if head.startswith(("<rss", "<feed", "<rdf:rdf")) or (
        head.startswith(("<?xml", "<!doctype")) and re.search(r"<(rss|feed|rdf:rdf)\b", head)
    ):
        return Format.FEED
    # other XML, and any DTD but HTML's: the feed reader refuses it (entity declarations, no feed)
    if head.startswith("<?xml") or (head.startswith("<!") and not head.startswith("<!doctype html")):
        return Format.HTML if re.search(r"<html\b", head) else Format.FEED
    if head.startswith(("<!doctype html", "<html")) or re.match(r"<(head|body|div|p|article)\b", head):
        return Format.HTML
    if head.startswith(("{", "[")):
        return Format.JSON
    return Format.TEXT


def clean_text(text: str, *, origin: str) -> str:
    """Normalise text the same way for every format: NFC, `\\n` newlines, no stray controls.

    A NUL is refused rather than stripped: it means the data is corrupt, and
    silently editing it would hide that.
    """
    if "\x00" in text:
        raise BinaryInput("binary content (NUL characters)", source=origin)
    bad = _ANY_SURROGATE.search(text)
    if bad is not None:
        raise EncodingError(
            f"lone UTF-16 surrogate U+{ord(bad.group()):04X} (an escape no UTF-8 text can hold)",
            source=origin,
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL_DELETE)
    return unicodedata.normalize("NFC", text).strip()


_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%Y/%m/%d")


def parse_date(value: str, *, origin: str) -> date | None:
    """An ISO, RFC 2822 or spelled-out English date, or None when it cannot be read or is absurd.

    Stdlib parsing only: dates here are metadata fields, not running prose, so the
    cost of `dateparser` is not worth it. Years before 1900 or more than a year
    ahead are typos or placeholders; they are logged and dropped, never fatal.
    """
    value = " ".join(value.split())
    if not value:
        return None
    parsed = _parse_date(value)
    if parsed is None:
        LOGGER.warning("%s: unreadable date %r ignored", origin, value[:80])
        return None
    return plausible_date(parsed, origin=origin)


def _parse_date(value: str) -> date | None:
    iso = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    for candidate in (iso, iso[:10]):
        try:
            return datetime.fromisoformat(candidate).date()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    cleaned = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", value.split(" at ")[0]).strip(" .")
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    return None


def plausible_date(value: date, *, origin: str) -> date | None:
    latest = date.today() + timedelta(days=366)
    if value.year < 1900 or value > latest:
        LOGGER.warning("%s: implausible date %s ignored", origin, value.isoformat())
        return None
    return value


_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:/\S*)?$", re.IGNORECASE)


def normalise_outlet(value: str) -> str | None:
    """A source line's outlet: a bare domain for URLs and domains ("www.telegraph.co.uk" ->
    "telegraph.co.uk"), the name as written otherwise; None when it reads like prose."""
    value = " ".join(value.split()).strip(" .;,")
    if not value or len(value) > 100:
        return None
    if "://" in value:
        host = urlsplit(value).hostname
        return _strip_www(host) if host else None
    if _DOMAIN.match(value):
        return _strip_www(value.split("/")[0].split(":")[0].lower())
    if len(value.split()) > 6 or re.search(r"[.!?]\s", value) or value.endswith(("?", "!")):
        return None
    return value


def _strip_www(host: str) -> str:
    return re.sub(r"^www\d?\.", "", host.lower())


class _TextCollector(HTMLParser):
    """Visible text of an HTML fragment, with line breaks at block boundaries."""

    _BLOCKS = frozenset(
        {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article"}
    )
    _HIDDEN = frozenset({"script", "style", "head", "nav", "footer", "noscript", "template", "svg"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self.hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Strip tags from feed summaries and small HTML fragments (stdlib only, no network, no entities)."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n".join(line for line in lines if line)


# --- whole documents: plain text ------------------------------------------------------------------

_HEADER = re.compile(r"^\s*(published|date|title|url|link)\s*:\s*(\S.*?)\s*$", re.IGNORECASE)
_FOOTER = re.compile(r"^\s*((?:original\s+)?source)\s*:\s*(\S.*?)\s*$", re.IGNORECASE)


def text_article(raw: str, blob: Blob) -> Article:
    """Whole file = one article; leading "Published:"/"Title:" and trailing "Source:" lines are metadata."""
    check_utf8(raw, origin=blob.origin)
    lines = clean_text(raw, origin=blob.origin).split("\n")
    published: date | None = None
    header_fields: dict[str, str] = {}
    while len(lines) > 1 and (header := _HEADER.match(lines[0])):
        key, value = header.group(1).lower(), header.group(2)
        if key in ("published", "date"):
            published = published or parse_date(value, origin=blob.origin)
        else:
            header_fields.setdefault("title" if key == "title" else "url", value)
        lines.pop(0)
    outlets: dict[str, str] = {}
    while lines:
        if not lines[-1].strip():
            lines.pop()
            continue
        footer = _FOOTER.match(lines[-1])
        outlet = normalise_outlet(footer.group(2)) if footer else None
        if footer is None or outlet is None:
            break
        outlets.setdefault(" ".join(footer.group(1).lower().split()), outlet)
        lines.pop()
    text = "\n".join(lines).strip()
    if not text:
        raise EmptyInput("no text besides metadata lines", source=blob.origin)
    return Article(
        text=text,
        origin=blob.origin,
        external_id=blob.name,
        title=header_fields.get("title"),
        url=header_fields.get("url"),
        outlet=outlets.get("original source") or outlets.get("source"),
        published=published,
    )


# --- HTML -----------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def html_article(decoded: Decoded, blob: Blob) -> Article:
    """Main text via trafilatura; our own tag stripper when it finds none in a short fragment."""
    markup = _html_markup(decoded, blob)
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False)
    # trafilatura and lxml raise many types on hostile markup; the reason is kept in the rejection.
    except Exception as exc:
        raise MalformedRecord(
            f"HTML could not be parsed: {type(exc).__name__}: {exc}", source=blob.origin
        ) from exc
    fields = {k: getattr(doc, k, None) for k in ("text", "title", "url", "date", "sitename", "hostname")}
    text = fields["text"] if isinstance(fields["text"], str) and fields["text"].strip() else ""
    if not text:
        text = html_to_text(markup)
    text = clean_text(text, origin=blob.origin)
    if not text:
        raise NoTextFound("no text found in the HTML", source=blob.origin)
    meta = {
        k: clean_text(v, origin=blob.origin) or None if isinstance(v, str) else None
        for k, v in fields.items()
    }
    outlet = normalise_outlet(meta["sitename"] or "") or normalise_outlet(meta["hostname"] or "")
    published = parse_date(meta["date"], origin=blob.origin) if meta["date"] else None
    return Article(
        text=text,
        origin=blob.origin,
        external_id=blob.name,
        title=meta["title"],
        url=meta["url"],
        outlet=outlet,
        published=published,
    )


def _html_markup(decoded: Decoded, blob: Blob) -> str:
    """Honour a declared `<meta charset>` when the page is not valid UTF-8 (old Latin-1 sites)."""
    try:
        check_utf8(decoded.text, origin=blob.origin)
        return decoded.text
    except EncodingError:
        declared = _META_CHARSET.search(blob.data[:4096])
        if declared is None:
            raise
        charset = declared.group(1).decode("ascii")
        try:
            return blob.data.decode(charset)
        except (LookupError, UnicodeDecodeError) as exc:
            raise EncodingError(f"not valid {charset} as declared, nor UTF-8", source=blob.origin) from exc


# --- RSS / Atom -----------------------------------------------------------------------------------

_ENTITY_DECL = re.compile(r"<!ENTITY|<!DOCTYPE[^>\[]*\[", re.IGNORECASE)


def feed_articles(text: str, blob: Blob) -> Iterator[Article]:
    """Each feed entry is an article (its text may be empty: the caller rejects those).

    DTD entity declarations are refused before any parser sees them, so a
    billion-laughs document never reaches feedparser's XML backend.
    """
    if _ENTITY_DECL.search(text):
        raise UnsupportedFormat(
            "XML with entity declarations is refused (entity-expansion risk)", source=blob.origin
        )
    try:
        import feedparser

        # A stream, never a string: feedparser treats strings as URLs or file names.
        feed = feedparser.parse(io.BytesIO(blob.data), sanitize_html=True, resolve_relative_uris=False)
    # feedparser wraps most errors in `bozo`, but hostile XML can still raise from its sax backend.
    except Exception as exc:
        raise MalformedRecord(
            f"feed could not be parsed: {type(exc).__name__}: {exc}", source=blob.origin
        ) from exc
    if not feed.entries:
        if feed.get("bozo"):
            reason = " ".join(str(feed.get("bozo_exception", "not well-formed")).split())[:200]
            raise MalformedRecord(f"not a readable RSS/Atom feed: {reason}", source=blob.origin)
        if not feed.get("version"):
            raise UnsupportedFormat("XML that is not an RSS/Atom feed", source=blob.origin)
        raise NoTextFound("feed has no entries", source=blob.origin)
    outlet = _feed_outlet(feed.feed)
    for number, entry in enumerate(feed.entries, 1):
        yield _entry_article(entry, f"{blob.origin}:entry {number}", outlet)


def _entry_article(entry: Mapping[str, object], origin: str, outlet: str | None) -> Article:
    """Text = the longest of content and summary, stripped of HTML; a headline-only entry keeps its title."""
    bodies = [str(part.get("value", "")) for part in _list(entry.get("content")) if isinstance(part, Mapping)]
    bodies.append(str(entry.get("summary") or ""))
    text = max((clean_text(html_to_text(body), origin=origin) for body in bodies), key=len)
    title = clean_text(html_to_text(str(entry.get("title") or "")), origin=origin) or None
    if not text:
        text = title or ""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    published = None
    if isinstance(stamp, tuple | list) and len(stamp) >= 3:
        try:
            published = plausible_date(date(int(stamp[0]), int(stamp[1]), int(stamp[2])), origin=origin)
        except (TypeError, ValueError):
            published = None
    link = entry.get("link")
    entry_id = entry.get("id") or link
    return Article(
        text=text,
        origin=origin,
        external_id=entry_id if isinstance(entry_id, str) and entry_id else None,
        title=title,
        url=link if isinstance(link, str) and link else None,
        outlet=outlet,
        published=published,
    )


def _feed_outlet(channel: Mapping[str, object]) -> str | None:
    title = " ".join(html_to_text(str(channel.get("title") or "")).split())
    if title:
        return title
    link = channel.get("link")
    return normalise_outlet(link) if isinstance(link, str) else None


def _list(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else []
