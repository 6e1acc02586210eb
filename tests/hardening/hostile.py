"""Hostile inputs, generated: what the open web and adversaries hand to `vigil ingest`.

Shared by the hardening tests (small, seeded samples) and `bench/robustness.py` (thousands).
Every generator is deterministic for a given `random.Random`, so a failure can be replayed
from its seed. Texts are written here, never copied from the shared data.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

MB = 1024 * 1024

SUFFIXES = (".txt", ".html", ".jsonl", ".json", ".csv", ".tsv", ".xml", ".rss", ".atom", "")

TOWNS = ("Kidal", "Gao", "Menaka", "Timbuktu", "Djibo", "Nyala", "Kharkiv", "Maiduguri", "Goma", "Beni")
ACTORS = ("Gunmen", "Soldiers", "Suspected jihadists", "Rebels", "Militiamen", "Police")
DEEDS = ("killed", "abducted", "wounded", "shot dead")
SCRIPTS = (
    "مسلحون قتلوا خمسة أشخاص في كيدال",  # Arabic (right to left)
    "חמושים הרגו חמישה אנשים",  # Hebrew (right to left)
    "مسلح‌ها پنج نفر را کشتند",  # Persian, with a zero-width non-joiner
    "武装分子在基达尔杀害了五人",  # Chinese
    "Вооружённые люди убили пять человек",  # Russian
    "बंदूकधारियों ने पांच लोगों की हत्या कर दी",  # Hindi
    "Ἀθῆναι 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🕊️👨‍👩‍👧",  # polytonic Greek, math letters, emoji sequences
)
BIDI = ("\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200f", "\u200e", "\u061c")
DATES = ("0025-01-01", "9999-12-31", "0001-01-01", "9999-99-99", "2024-02-30", "-0001-01-01", "1e9")
TOLLS = ("10000000000", "1" + "0" * 30, "9" * 400, "-5", "3.5", "1,000,000,000,000", "one billion trillion")


@dataclass(frozen=True, slots=True)
class Hostile:
    """One generated input: the file name to write it under, its bytes, and what kind it is."""

    name: str
    data: bytes
    kind: str


def sentence(rng: random.Random) -> str:
    return f"{rng.choice(ACTORS)} {rng.choice(DEEDS)} {rng.randint(1, 40)} people in {rng.choice(TOWNS)} on Monday."


def valid(rng: random.Random, suffix: str) -> bytes:
    """A small valid input of the format, the seed that mutations start from."""
    text = " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))
    if suffix in (".txt", ""):
        return f"Published: 2024-03-04\n{text}\nSource: Example Wire\n".encode()
    if suffix == ".html":
        return f"<html><head><title>T</title></head><body><article><p>{text}</p></article></body></html>".encode()
    if suffix in (".jsonl", ".json"):
        rows = [{"id": f"r{i}", "text": text, "published": "2024-03-04"} for i in range(2)]
        return "\n".join(json.dumps(r) for r in rows).encode() + b"\n"
    if suffix in (".csv", ".tsv"):
        sep = "\t" if suffix == ".tsv" else ","
        return f"id{sep}text{sep}published\nr1{sep}{text}{sep}2024-03-04\n".encode()
    if suffix == ".atom":
        return (
            '<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><entry><id>e1</id><title>T</title>'
            f"<summary>{text}</summary><updated>2024-03-04T00:00:00Z</updated></entry></feed>"
        ).encode()
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>T</title>'
        f"<description>{text}</description><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item>"
        "</channel></rss>"
    ).encode()


_SPLICES = (
    "\x00",
    "\ufeff",
    "\\ud800",
    "\\udfff",
    '"',
    "\n",
    ",",
    "\t",
    "<",
    "]]>",
    "&#0;",
    "&#xD800;",
    "{",
    "[",
)


def mutate(rng: random.Random, data: bytes) -> bytes:
    """A few random byte-level edits: flips, deletions, insertions, duplications, truncation."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(6)
        at = rng.randrange(len(buf) + 1)
        if op == 0 and buf:
            buf[min(at, len(buf) - 1)] = rng.randrange(256)
        elif op == 1:
            del buf[at : at + rng.randint(1, 20)]
        elif op == 2:
            buf[at:at] = rng.randbytes(rng.randint(1, 12))
        elif op == 3 and buf:
            other = rng.randrange(len(buf))
            buf[at:at] = buf[min(at, other) : max(at, other)][:4096]
        elif op == 4:
            buf[at:at] = rng.choice(_SPLICES + SCRIPTS + BIDI + DATES + TOLLS).encode("utf-8")
        else:
            del buf[at:]
    return bytes(buf)


# --- the named attacks ------------------------------------------------------------------------


def random_bytes(rng: random.Random) -> Hostile:
    return Hostile(
        f"random{rng.choice(SUFFIXES)}", rng.randbytes(rng.choice((1, 7, 100, 4096))), "random bytes"
    )


def truncated_utf8(rng: random.Random) -> Hostile:
    text = f"{sentence(rng)} {rng.choice(SCRIPTS)}".encode()
    cut = next(i for i in range(len(text) - 1, 0, -1) if text[i] & 0xC0 == 0x80)  # inside a character
    return Hostile(f"truncated{rng.choice(('.txt', '.jsonl', '.csv', ''))}", text[:cut], "truncated UTF-8")


def nul_bytes(rng: random.Random) -> Hostile:
    suffix = rng.choice(SUFFIXES)
    data = bytearray(valid(rng, suffix))
    data.insert(rng.randrange(len(data)), 0)
    return Hostile(f"nul{suffix}", bytes(data), "NUL bytes")


def huge_line(rng: random.Random, size: int = 10 * MB) -> Hostile:
    suffix = rng.choice((".txt", ".jsonl", ".csv"))
    body = (sentence(rng) + " ") * (size // 60 + 1)
    if suffix == ".jsonl":
        data = json.dumps({"id": "huge", "text": body}).encode() + b"\n" + valid(rng, ".jsonl")
    elif suffix == ".csv":
        data = b'id,text\nhuge,"' + body.encode() + b'"\nsmall,' + sentence(rng).encode() + b"\n"
    else:
        data = body.encode()
    return Hostile(f"huge{suffix}", data, "10 MB single line")


def nested_html(rng: random.Random) -> Hostile:
    depth = rng.choice((1_000, 20_000, 100_000))
    tag = rng.choice(("div", "b", "span", "table"))
    closed = rng.random() < 0.5
    inner = f"<p>{sentence(rng)}</p>"
    data = f"<html><body>{f'<{tag}>' * depth}{inner}{f'</{tag}>' * depth if closed else ''}</body></html>"
    return Hostile("nested.html", data.encode(), "deeply nested HTML")


def billion_laughs(rng: random.Random) -> Hostile:
    levels = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    decl = rng.choice(
        (
            f'<!DOCTYPE rss [<!ENTITY l0 "lol">{levels}]>',
            f'<!DOCTYPE feed [\n  <!ENTITY l0 "lol">\n  {levels}\n]>',
            '<!DOCTYPE rss [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>',
            '<!DOCTYPE rss [<!ENTITY x SYSTEM "http://127.0.0.1:1/x">]>',
        )
    )
    head = '<?xml version="1.0"?>' if rng.random() < 0.7 else ""
    body = "<rss version='2.0'><channel><title>&l9;</title><item><description>&l9;&x;</description></item></channel></rss>"
    return Hostile(
        f"laughs{rng.choice(('.xml', '.rss', '.atom', ''))}", (head + decl + body).encode(), "billion laughs"
    )


_WRONG = (None, True, 1.5, 10**30, [], ["a"], {}, {"a": 1}, "", " ", -1)


def wrong_json_types(rng: random.Random) -> Hostile:
    rows = []
    for i in range(rng.randint(1, 6)):
        row: object = {"id": f"w{i}", "text": sentence(rng), "published": "2024-03-04", "outlet": "Wire"}
        assert isinstance(row, dict)
        row[rng.choice(("id", "text", "published", "outlet", "title", "url"))] = rng.choice(_WRONG)
        rows.append(row if rng.random() < 0.8 else rng.choice(_WRONG))
    lines = [json.dumps(r) for r in rows]
    if rng.random() < 0.3:
        return Hostile("wrong.json", ("[" + ",".join(lines) + "]").encode(), "JSON with wrong types")
    return Hostile("wrong.jsonl", "\n".join(lines).encode(), "JSON with wrong types")


def ragged_csv(rng: random.Random) -> Hostile:
    header = ["id", "text", "published"]
    lines = [",".join(header)]
    for i in range(rng.randint(1, 8)):
        cells = [f"c{i}", f'"{sentence(rng)}"', "2024-03-04"]
        width = rng.choice((0, 1, 2, 3, 3, 4, 7))
        cells = (cells + ["extra"] * 5)[:width]
        lines.append(",".join(cells))
    if rng.random() < 0.3:
        lines.append('c99,"unterminated quote')
    return Hostile(
        rng.choice(("ragged.csv", "ragged.tsv")), "\n".join(lines).encode(), "CSV with ragged rows"
    )


def odd_dates(rng: random.Random) -> Hostile:
    day = rng.choice(DATES)
    text = f"{sentence(rng)[:-1]} on {day}, and again on 31 December 9999 and 1 January 25."
    rows = [{"id": "d1", "text": text, "published": day}]
    if rng.random() < 0.5:
        return Hostile("dates.jsonl", json.dumps(rows[0]).encode(), "dates in 0025 or 9999")
    return Hostile("dates.txt", f"Published: {day}\n{text}\n".encode(), "dates in 0025 or 9999")


def absurd_toll(rng: random.Random) -> Hostile:
    text = f"{rng.choice(ACTORS)} killed {rng.choice(TOLLS)} people in {rng.choice(TOWNS)} on Monday, officials said."
    return _as(rng.choice(("toll.txt", "toll.jsonl", "toll.csv")), text, "absurd tolls")


def mixed_scripts(rng: random.Random) -> Hostile:
    parts = [sentence(rng), rng.choice(SCRIPTS), rng.choice(BIDI), rng.choice(SCRIPTS), rng.choice(BIDI) * 50]
    rng.shuffle(parts)
    return _as(
        rng.choice(("rtl.txt", "rtl.jsonl", "rtl.html", "rtl.csv")), " ".join(parts), "RTL and mixed scripts"
    )


def lone_surrogates(rng: random.Random) -> Hostile:
    field = rng.choice(("text", "id", "title", "outlet"))
    row = {"id": "s1", "text": sentence(rng), "title": "T", "outlet": "Wire"}
    line = json.dumps(row).replace(f'"{field}": "', f'"{field}": "\\ud83d', 1)
    return Hostile("surrogate.jsonl", line.encode(), "lone surrogates")


def mutated(rng: random.Random) -> Hostile:
    suffix = rng.choice(SUFFIXES)
    return Hostile(f"mutant{suffix}", mutate(rng, valid(rng, suffix)), "mutated valid input")


def _as(name: str, text: str, kind: str) -> Hostile:
    """The text in the format the file name says."""
    if name.endswith(".jsonl"):
        data = json.dumps({"id": "x1", "text": text}, ensure_ascii=False)
    elif name.endswith(".csv"):
        data = 'id,text\nx1,"' + text.replace('"', '""') + '"\n'
    elif name.endswith(".html"):
        data = f"<html><body><p>{text}</p></body></html>"
    else:
        data = text
    return Hostile(name, data.encode(), kind)


ATTACKS: tuple[Callable[[random.Random], Hostile], ...] = (
    random_bytes,
    truncated_utf8,
    nul_bytes,
    nested_html,
    billion_laughs,
    wrong_json_types,
    ragged_csv,
    odd_dates,
    absurd_toll,
    mixed_scripts,
    lone_surrogates,
    mutated,
)


def generate(rng: random.Random, count: int, *, huge_every: int = 0) -> Iterator[Hostile]:
    """`count` hostile inputs cycling through the attacks; every `huge_every`-th is a 10 MB line."""
    for i in range(count):
        if huge_every and i % huge_every == huge_every - 1:
            yield huge_line(rng)
        else:
            yield ATTACKS[i % len(ATTACKS)](rng)
