"""Build the list of common English words that the geocoder must not take for places.

Gazetteers are full of towns called Justice, Reserve, Leader or Sector; in news about
conflict these are ordinary words, capitalised at a sentence's start or in a title. A word
counts as common when ACLED notes write it in lower case often and almost never capitalise
it inside a sentence (where a name would be capitalised). The list is derived, not copied:
only single lower-case words and no text from the notes.

    .venv/bin/python bench/build_common_words.py     # writes src/vigil/extract/data/common_words.txt
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "vigil" / "extract" / "data" / "common_words.txt"
WORD = re.compile(r"[A-Za-z][a-z]+")
SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\(\s*|\"\s*)$")
NEXT_CAPITAL = re.compile(r"\s+(?:of\s+(?:the\s+)?)?[A-Z]")
PREVIOUS_CAPITAL = re.compile(r"[A-Z][\w'’-]*\s+(?:(?:of|de|du|des)\s+(?:the\s+)?)?\Z")

MIN_LOWER = 8  # seen in lower case at least this often
MAX_CAPITAL_SHARE = 0.2  # and capitalised alone inside a sentence at most this share of the time


def shared_dir() -> Path:
    return REPO.parent / "shared"


def count(texts: list[str]) -> tuple[Counter[str], Counter[str]]:
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for text in texts:
        for m in WORD.finditer(text):
            w = m.group()
            if w[0].islower():
                lower[w] += 1
            elif not SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()]) and not (
                NEXT_CAPITAL.match(text, m.end()) or PREVIOUS_CAPITAL.search(text, 0, m.start())
            ):  # alone: part of a longer name ("Ministry of Justice") says nothing of the word
                capital[w.lower()] += 1
    return lower, capital


def common_words(texts: list[str]) -> list[str]:
    lower, capital = count(texts)
    return sorted(
        w
        for w, n in lower.items()
        if len(w) >= 3 and n >= MIN_LOWER and capital[w] <= MAX_CAPITAL_SHARE * (n + capital[w])
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    texts: list[str] = []
    for path in sorted((shared_dir() / "data" / "acled").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            texts += [r.get("notes") or "" for r in csv.DictReader(fh)]
    words = common_words(texts)
    args.out.write_text("".join(w + "\n" for w in words), encoding="utf-8")
    print(f"{len(words)} common words from {len(texts)} notes -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
