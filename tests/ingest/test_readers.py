from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vigil.domain import Article
from vigil.errors import (
    BinaryInput,
    EmptyInput,
    EncodingError,
    MalformedRecord,
    MissingInput,
    NoTextFound,
    TooLarge,
    UnsupportedFormat,
)
from vigil.ingest.readers import Columns, Limits, Rejection, read_inputs, read_rows
from vigil.ingest.sources import SUFFIX_FORMATS

Write = Callable[[str, bytes | str], Path]


def one(items: list[Article | Rejection]) -> Article | Rejection:
    assert len(items) == 1, items
    return items[0]


def read(*paths: str | Path, **kwargs: object) -> list[Article | Rejection]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def article(item: Article | Rejection) -> Article:
    assert isinstance(item, Article), item
    return item


def rejection(item: Article | Rejection, code: str) -> Rejection:
    assert isinstance(item, Rejection), item
    assert item.code == code, item
    assert "\n" not in item.reason and item.reason
    return item


# --- formats, happy paths ---------------------------------------------------------------------


def test_plain_text_takes_published_header_and_original_source_outlet(ingest_fixtures: Path) -> None:
    got = article(one(read(ingest_fixtures / "wire.txt")))
    assert got.external_id == "wire.txt"
    assert got.outlet == "example-news.co.uk"
    assert got.published == date(2024, 3, 4)
    assert got.text.startswith("Gunmen on motorbikes")
    assert got.text.endswith("under way.")
    assert "Original Source" not in got.text and "Published" not in got.text


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("Source: Reuters", "Reuters"),
        ("Original Source: https://www.telegraph.co.uk/world-news/x", "telegraph.co.uk"),
        ("source:  WWW.Example.COM ", "example.com"),
    ],
)
def test_source_footer_variants(write: Write, footer: str, outlet: str) -> None:
    got = article(one(read(write("a.txt", f"Troops clashed with rebels.\n\n{footer}\n\n"))))
    assert got.outlet == outlet
    assert got.text == "Troops clashed with rebels."


def test_a_source_line_that_reads_like_prose_stays_in_the_text(write: Write) -> None:
    body = "Troops clashed with rebels.\nSource: officials said at least five people were killed in the raid."
    got = article(one(read(write("a.txt", body))))
    assert got.outlet is None
    assert got.text == body


def test_text_is_normalised_nfc_and_newlines(write: Write) -> None:
    got = article(one(read(write("a.txt", b"Cafe\xcc\x81 attack\r\nsecond line\rthird\x07"))))
    assert got.text == "Café attack\nsecond line\nthird"


def test_html_main_text_and_metadata(ingest_fixtures: Path) -> None:
    got = article(one(read(ingest_fixtures / "page.html")))
    assert "killing at least seven" in got.text
    assert "var tracking" not in got.text and "Copyright" not in got.text
    assert got.title == "Seven killed in market attack in Djibo"
    assert got.url == "https://news.example.org/africa/djibo-market-attack"
    assert got.published == date(2024, 3, 4)
    assert got.outlet == "Example News"
    assert got.external_id == "page.html"


def test_html_fragment_too_small_for_trafilatura_still_gives_text(write: Write) -> None:
    got = article(one(read(write("s.html", "<p>Gunmen killed 3 people in Kidal.</p>"))))
    assert got.text == "Gunmen killed 3 people in Kidal."


def test_html_with_no_text_is_no_text_found(write: Write) -> None:
    path = write(
        "empty.html", "<html><head><title>x</title></head><body><script>var a;</script></body></html>"
    )
    rejection(one(read(path)), NoTextFound.code)


def test_jsonl_rows_with_dates(ingest_fixtures: Path) -> None:
    first, second = read(ingest_fixtures / "rows.jsonl")
    first, second = article(first), article(second)
    assert first.external_id == "r1" and first.title == "Kharkiv shelled"
    assert first.outlet == "Example Post" and first.url == "https://post.example/1"
    assert first.published == date(2022, 3, 2)
    assert second.published == date(2022, 3, 3)
    assert first.origin.endswith("rows.jsonl:line 1") and second.origin.endswith("rows.jsonl:line 2")


def test_jsonl_line_2_of_3_broken_the_others_go_on(write: Write) -> None:
    path = write(
        "b.jsonl",
        '{"id": "1", "text": "first"}\n{"id": "2", "text": "second",\n{"id": "3", "text": "third"}\n',
    )
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Rejection", "Article"]
    assert [article(items[0]).text, article(items[2]).text] == ["first", "third"]
    bad = rejection(items[1], MalformedRecord.code)
    assert bad.origin == f"{path}:line 2"
    assert bad.external_id == "2"  # read from the broken line
    assert bad.sha256 is not None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "x", "text": 5}', "must be a string"),
        ('{"id": "x", "text": ["a", "b"]}', "must be a string"),
        ('{"id": "x", "text": "  "}', "empty"),
        ('{"id": "x"}', "missing"),
        ('["id", "text"]', "expected an object"),
        ('{"id": "x", "text": "ok", "title": 3}', "'title' must be a string"),
        ('{"id": "x", "text": "ok\\u0000"}', "NUL"),
        ('{"id": "x", "text": ' + "[" * 100_000 + "}", "invalid JSON"),
    ],
)
def test_jsonl_malformed_records(write: Write, line: str, reason: str) -> None:
    items = read(write("m.jsonl", line + '\n{"text": "fine"}\n'))
    assert len(items) == 2 and isinstance(items[1], Article)
    assert isinstance(items[0], Rejection) and reason in items[0].reason


def test_a_row_may_name_its_feed_country(write: Write) -> None:
    path = write(
        "feed.jsonl",
        '{"id": "a", "text": "Traders marched in the market.", "country": "Benin"}\n'
        '{"id": "b", "text": "Traders marched in the market again."}\n',
    )
    got = [article(i) for i in read(path)]
    assert [a.country for a in got] == ["Benin", None]
    bad = write("bad.jsonl", '{"id": "c", "text": "Traders marched.", "country": 7}\n')
    rejection(one(read(bad)), "E105")


def test_json_object_and_array(write: Write) -> None:
    single = article(one(read(write("one.json", '{\n  "id": 7,\n  "text": "Shelling hit Gaza."\n}\n'))))
    assert single.external_id == "7" and single.origin.endswith("one.json")
    items = read(write("many.json", '[{"id": "a", "text": "x"}, {"id": "b", "text": 1}]'))
    assert article(items[0]).origin.endswith("many.json:item 1")
    assert rejection(items[1], MalformedRecord.code).external_id == "b"


def test_csv_with_custom_columns(ingest_fixtures: Path) -> None:
    columns = Columns(id="doc_id", text="body", published="date", outlet="source")
    first, second = (article(i) for i in read(ingest_fixtures / "rows.csv", columns=columns))
    assert first.external_id == "a1" and first.text.startswith(
        "Police fired tear gas at protesters in Dhaka,"
    )
    assert first.published == date(2024, 7, 18) and first.outlet == "dhaka-example.com"
    assert second.outlet == "Sahel Wire" and second.origin.endswith("rows.csv:line 3")


def test_csv_ragged_and_missing_text_rows_are_rejected_one_by_one(write: Write) -> None:
    path = write("r.csv", 'id,text,title\n1,"multi\nline",T\n2,short\n3,,x\n\n4,fine,\n')
    items = read(path)
    assert article(items[0]).text == "multi\nline"
    ragged = rejection(items[1], MalformedRecord.code)
    assert ragged.origin == f"{path}:line 4" and ragged.external_id == "2"
    assert rejection(items[2], MalformedRecord.code).external_id == "3"
    assert article(items[3]).external_id == "4" and article(items[3]).title is None


def test_csv_header_required(write: Write) -> None:
    rejection(one(read(write("h.csv", "a,b\n1,2\n"))), MalformedRecord.code)


def test_tsv_and_semicolon_csv(write: Write) -> None:
    assert article(one(read(write("t.tsv", "id\ttext\nx\tRiots in Nairobi.\n")))).text == "Riots in Nairobi."
    assert article(one(read(write("s.csv", "id;text\nx;Riots in Nairobi.\n")))).external_id == "x"


def test_rss_entries(ingest_fixtures: Path) -> None:
    first, second = (article(i) for i in read(ingest_fixtures / "feed.rss"))
    assert first.text == "Gunmen killed seven civilians in Djibo, officials said."
    assert first.title == "Seven killed in market attack in Djibo"
    assert first.url == "https://sahelwire.example/news/1" and first.external_id == "sahelwire-1"
    assert first.published == date(2024, 3, 4) and first.outlet == "Sahel Wire"
    assert second.text == "Protesters march in Ouagadougou"  # headline-only entry keeps its title
    assert second.origin.endswith("feed.rss:entry 2")


def test_atom_entries(ingest_fixtures: Path) -> None:
    got = article(one(read(ingest_fixtures / "feed.atom")))
    assert (
        got.text
        == "Fighters raided a village near Maiduguri overnight, residents said.\nThree people were abducted."
    )
    assert got.outlet == "Lake Chad Monitor" and got.url == "https://lcm.example/raid"
    assert got.published == date(2024, 3, 6)


def test_billion_laughs_feed_is_refused_before_parsing(write: Write, monkeypatch: pytest.MonkeyPatch) -> None:
    import feedparser

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("feedparser must not see entity declarations")

    monkeypatch.setattr(feedparser, "parse", never)
    laughs = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    doctype = f'<!DOCTYPE rss [<!ENTITY lol0 "lol">{laughs}]>'
    body = f'<?xml version="1.0"?>\n{doctype}\n<rss><channel><title>&lol9;</title>'
    for name in ("lol.xml", "lol.rss", "lol"):
        rejection(one(read(write(name, body + "</channel></rss>"))), UnsupportedFormat.code)


def test_feed_without_entries_and_xml_that_is_no_feed(write: Write) -> None:
    empty = "<rss version='2.0'><channel><title>Quiet</title></channel></rss>"
    rejection(one(read(write("empty.rss", empty))), NoTextFound.code)
    rejection(one(read(write("doc.xml", "<FoLiA><text>words</text></FoLiA>"))), UnsupportedFormat.code)
    rejection(one(read(write("broken.rss", "<rss><channel><title>x</ti"))), MalformedRecord.code)


# --- folders and stdin ------------------------------------------------------------------------


def test_folder_recursion_sorted_and_hidden_skipped(write: Write, tmp_path: Path) -> None:
    for name in ("b.txt", "a/z.txt", "a/b/c.txt", "c.md", ".hidden.txt", ".git/x.txt", "a/.cache/y.txt"):
        write(f"in/{name}", f"Report from {name}.")
    items = read(tmp_path / "in")
    assert [article(i).external_id for i in items] == ["a/b/c.txt", "a/z.txt", "b.txt", "c.md"]
    assert items[0].origin == str(tmp_path / "in" / "a" / "b" / "c.txt")


def test_empty_folder_is_empty_input(tmp_path: Path) -> None:
    (tmp_path / "none").mkdir()
    rejection(one(read(tmp_path / "none")), EmptyInput.code)


def test_stdin_is_sniffed() -> None:
    text = article(one(read("-", stdin=io.BytesIO(b"Gunmen attacked a convoy.\n\nSource: AFP\n"))))
    assert text.origin == "<stdin>" and text.outlet == "AFP" and text.external_id is None
    rows = read("-", stdin=io.BytesIO(b'{"id": "1", "text": "a"}\n{"id": "2", "text": "b"}\n'))
    assert [article(i).external_id for i in rows] == ["1", "2"]
    feed = b"<rss><channel><item><description>Shelling in Donetsk.</description></item></channel></rss>"
    assert article(one(read("-", stdin=io.BytesIO(feed)))).text == "Shelling in Donetsk."
    html = b"<!doctype html><html><body><p>Clashes in Tripoli.</p></body></html>"
    assert article(one(read("-", stdin=io.BytesIO(html)))).text == "Clashes in Tripoli."


class CountingStream(io.RawIOBase):
    """An endless stream that records how many bytes were asked of it."""

    def __init__(self) -> None:
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        size = min(len(buffer), 4096)
        buffer[:size] = b"a" * size
        self.served += size
        return size


def test_stdin_over_the_limit_is_read_only_to_limit_plus_one() -> None:
    stream = CountingStream()
    got = rejection(one(read("-", stdin=stream, limits=Limits(max_file_bytes=100_000))), TooLarge.code)  # type: ignore[arg-type]
    assert got.origin == "<stdin>"
    assert stream.served <= 100_001 + 4096


# --- bad inputs -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", EmptyInput.code),
        ("blank.txt", b"  \n\t\r\n ", EmptyInput.code),
        ("nul.txt", b"Gunmen attacked\x00 a convoy.", BinaryInput.code),
        (
            "ctl.txt",
            b"\x01\x02\x03\x04 mostly control \x05\x06\x07\x08\x0e\x0f\x10\x11\x12",
            BinaryInput.code,
        ),
        ("latin1.txt", "Attaque à Mopti".encode("latin-1"), EncodingError.code),
        ("doc.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", UnsupportedFormat.code),
        ("doc.txt", b"PK\x03\x04\x14\x00\x06\x00", UnsupportedFormat.code),  # a docx named .txt
        ("img", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", UnsupportedFormat.code),
        ("utf16-cut.jsonl", b"\xff\xfeA\x00B", EncodingError.code),
        ("bin.jsonl", b'{"text": "a"}\n\x00\x01\x02\x03', BinaryInput.code),
    ],
)
def test_bad_inputs_are_rejections_with_codes(write: Write, name: str, content: bytes, code: str) -> None:
    got = rejection(one(read(write(name, content))), code)
    assert got.sha256 is not None and got.origin.endswith(name)


def test_missing_path_and_the_batch_goes_on(write: Write, tmp_path: Path) -> None:
    good = write("ok.txt", "Protesters gathered in Nairobi.")
    items = read(tmp_path / "nope.txt", good)
    assert rejection(items[0], MissingInput.code).sha256 is None
    rejection(one(read("")), MissingInput.code)
    assert article(items[1]).text == "Protesters gathered in Nairobi."


def test_utf8_bom_and_utf16_bom_are_accepted(write: Write) -> None:
    text = "Attaque à Mopti."
    assert article(one(read(write("b8.txt", b"\xef\xbb\xbf" + text.encode())))).text == text
    assert article(one(read(write("b16.txt", text.encode("utf-16"))))).text == text
    utf16_csv = b"\xfe\xff" + "id,text\n1,é\n".encode("utf-16-be")
    assert article(one(read(write("b16be.csv", utf16_csv)))).text == "é"


def test_fifty_megabyte_file_is_rejected_by_size_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written
    got = rejection(one(read(big)), TooLarge.code)
    assert "52,428,800" in got.reason and got.sha256 is None


def test_text_and_record_limits(write: Write) -> None:
    limits = Limits(max_text_chars=10, max_line_bytes=60)
    rejection(one(read(write("long.txt", "x" * 11), limits=limits)), TooLarge.code)
    items = read(write("l.jsonl", '{"text": "short"}\n{"text": "' + "y" * 80 + '"}\n'), limits=limits)
    assert isinstance(items[0], Article)
    rejection(items[1], TooLarge.code)


def test_absurd_dates_are_dropped_with_a_warning(write: Write, caplog: pytest.LogCaptureFixture) -> None:
    path = write(
        "d.jsonl",
        '{"text": "a", "published": "1850-01-01"}\n{"text": "b", "published": "3000-01-01"}\n'
        '{"text": "c", "published": "not a date"}\n{"text": "d", "published": "4 March 2024"}\n',
    )
    with caplog.at_level(logging.WARNING, logger="vigil.ingest.sources"):
        items = [article(i) for i in read(path)]
    assert [i.published for i in items] == [None, None, None, date(2024, 3, 4)]
    assert sum("date" in r.getMessage() for r in caplog.records) == 3


def test_unreadable_file_is_a_rejection(write: Write) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can read files without permission bits")
    path = write("locked.txt", "text")
    path.chmod(0)
    assert isinstance(one(read(path)), Rejection)


# --- read_rows --------------------------------------------------------------------------------


def test_read_rows_yields_one_item_per_row_in_order(write: Write) -> None:
    path = write("rows.csv", "key,body\nk1,first\nk2\nk3,third\n")
    items = list(read_rows(str(path), columns=Columns(id="key", text="body")))
    assert [getattr(i, "external_id", None) for i in items] == ["k1", "k2", "k3"]
    assert [type(i).__name__ for i in items] == ["Article", "Rejection", "Article"]


def test_read_rows_stdin_jsonl_and_csv() -> None:
    jsonl = list(read_rows("-", stdin=io.BytesIO(b'{"id": "a", "text": "t"}\n')))
    assert article(one(jsonl)).origin == "<stdin>:line 1"
    rows = list(read_rows("-", stdin=io.BytesIO(b"id,text\n1,hello\n")))
    assert article(one(rows)).text == "hello"


def test_read_rows_refuses_other_inputs(ingest_fixtures: Path, tmp_path: Path) -> None:
    rejection(one(list(read_rows(str(ingest_fixtures / "wire.txt")))), UnsupportedFormat.code)
    rejection(one(list(read_rows(str(tmp_path)))), UnsupportedFormat.code)
    rejection(one(list(read_rows(str(tmp_path / "gone.csv")))), MissingInput.code)


# --- never raises -----------------------------------------------------------------------------

SUFFIXES = sorted({*SUFFIX_FORMATS, "", ".bin"})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.one_of(
        st.binary(max_size=600),
        st.text(max_size=300).map(lambda s: s.encode("utf-8", errors="surrogatepass")),
        st.sampled_from([b"<rss>", b"{", b"[", b"<html>", b'"a,b\n', b"\xef\xbb\xbf", b"\xff\xfe"]).flatmap(
            lambda head: st.binary(max_size=200).map(lambda tail: head + tail)
        ),
    ),
    suffix=st.sampled_from(SUFFIXES),
)
def test_random_bytes_never_raise(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    for item in read_inputs([str(path)]):
        assert isinstance(item, Article | Rejection)
        if isinstance(item, Rejection):
            assert item.code.startswith("E1") and "\n" not in item.reason
        else:
            assert item.text.strip()
    for item in read_rows(str(path)):
        assert isinstance(item, Article | Rejection)
