"""Who stands behind a sentence's claim, and how firmly.

A casualty figure means little without its source: a rebel front counting the army's dead, a
military source denying civilian deaths and an outlet relaying accusations are different
claims about the same event. With a parsed span the source is the subject of a speech verb
("X said", "X told") or the object of "according to"; without one, patterns read the same
shapes. Nobody named means the outlet itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vigil.extract.denials import denies
from vigil.taxonomy import SourceKind, Stance


def _words(text: str) -> frozenset[str]:
    """A lexicon written as one space-separated string."""
    return frozenset(text.split())


if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SPEECH_FORMS = (
    r"said|says|say|reported|reports|claimed|claims|told|tells|stated|states|announced|announces|"
    r"confirmed|confirms|denied|denies|alleged|alleges|accused|accuses|added|adds|asserted|asserts|"
    r"indicated|noted|explained|revealed|declared|insisted|rejected|rejects|admitted|acknowledged|"
    r"described|recounted|blamed|blames"
)
_SAID_RE = re.compile(rf"\b({_SPEECH_FORMS})\b", re.I)
_ACCORDING_RE = re.compile(r"\baccording to (?P<who>[^,.;:]{2,80})", re.I)
_TRAILING_RE = re.compile(
    r",\s*(?:(?:said|says|told|reported|added)\s+(?P<who1>[^,.;]{2,60})"
    rf"|(?P<who2>[^,.;]{{2,60}}?)\s+(?:{_SPEECH_FORMS}))\s*\.?\s*$",
    re.I,
)
_RESPONSIBILITY_RE = re.compile(
    r"\b(?P<verb>claimed|claims|claiming|has claimed|have claimed|took|takes|taken|accepted|admitted|"
    r"denied|denies|rejected)\s+(?:the\s+)?(?:full\s+)?responsibility\b",
    re.I,
)
_PRONOUNS = _words("it they he she we i its their this which who")
_LEADING_NOISE = re.compile(
    r"^(?:and|but|while|however|meanwhile|also|in a statement|in addition)\b[\s,]*", re.I
)

# (kind, keywords): the first kind whose keyword occurs in the source wins, so order matters.
_KIND_KEYWORDS: tuple[tuple[SourceKind, tuple[str, ...]], ...] = (
    (
        SourceKind.MILITARY_SOURCE,
        (
            "military source",
            "security source",
            "army source",
            "military sources",
            "security sources",
            "army sources",
            "defence source",
            "defense source",
        ),
    ),
    (
        SourceKind.RIGHTS_GROUP,
        (
            "human rights",
            "rights group",
            "amnesty",
            "rights watch",
            "united nations",
            "un ",
            "ocha",
            "unhcr",
            "unicef",
            "red cross",
            "icrc",
            "msf",
            "doctors without",
            "observatory",
            "monitor",
            "ngo",
            "rights activist",
            "minusma",
            "monusco",
            "acled",
            "hrw",
        ),
    ),
    (
        SourceKind.RELATIVE,
        (
            "relative",
            "family",
            "brother",
            "sister",
            "mother",
            "father",
            "son of",
            "daughter",
            "wife",
            "husband",
            "cousin",
            "uncle",
            "nephew",
            "widow",
        ),
    ),
    (SourceKind.EYEWITNESS, ("witness", "survivor", "eyewitness", "saw ")),
    (
        SourceKind.GOVERNMENT,
        (
            "government",
            "ministry",
            "minister",
            "president",
            "junta",
            "presidency",
            "cabinet",
            "prime minister",
            "authorities",
            "the state",
            "kremlin",
        ),
    ),
    (
        SourceKind.ARMY,
        (
            "army",
            "military",
            "armed forces",
            "general staff",
            "defence forces",
            "defense forces",
            "troops",
            "fama",
            "soldiers",
            "gendarmerie",
            "air force",
            "navy",
            "idf",
        ),
    ),
    (
        SourceKind.ARMED_GROUP,
        (
            "front",
            "group",
            "jnim",
            "islamic state",
            "rebel",
            "militant",
            "movement",
            "shabaab",
            "taliban",
            "jihadist",
            "insurgent",
            "isis",
            "boko haram",
            "liberation",
            "militia",
            "coalition",
            "brigade",
            "hamas",
            "hezbollah",
            "fighters",
            "separatist",
            "wagner",
            "mercenar",
        ),
    ),
    (
        SourceKind.OFFICIAL,
        (
            "official",
            "mayor",
            "governor",
            "prefect",
            "police",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "commissioner",
            "chief",
            "administrator",
            "councillor",
            "councilor",
            "lawmaker",
            "senator",
            "mp ",
            "deputy",
            "coroner",
            "medical",
        ),
    ),
    (
        SourceKind.LOCAL_SOURCE,
        (
            "resident",
            "local",
            "villager",
            "source",
            "elder",
            "community",
            "inhabitant",
            "hospital",
            "doctor",
            "nurse",
            "teacher",
            "farmer",
            "journalist",
            "activist",
        ),
    ),
)
_OUTLET_WORDS = (
    "reuters",
    "afp",
    "agence",
    "associated press",
    "ap ",
    "bbc",
    "news",
    "radio",
    "tv",
    "television",
    "newspaper",
    "media",
    "press",
    "daily",
    "times",
    "post",
    "telegraph",
    "guardian",
    "al jazeera",
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Attribution:
    """The source of one sentence's claims: words as written, their kind, and the stance taken."""

    source: str = ""
    source_kind: SourceKind = SourceKind.OUTLET
    stance: Stance = Stance.ASSERTED


def source_kind(source: str) -> SourceKind:
    """Map a source as written to a :class:`SourceKind` ("a military source" -> MILITARY_SOURCE)."""
    low = f" {source.lower().strip()} "
    if not low.strip():
        return SourceKind.OUTLET
    for kind, keywords in _KIND_KEYWORDS:
        if any(k in low for k in keywords):
            return kind
    if any(w in low for w in _OUTLET_WORDS):
        return SourceKind.OUTLET
    return SourceKind.LOCAL_SOURCE if low.strip() in ("sources", "a source") else SourceKind.OUTLET


_CONFIRMED_RE = re.compile(r"\b(confirmed|confirms|confirming|confirmation)\b", re.I)
_ALLEGED_RE = re.compile(
    r"\b(accused|accuses|accusing|accusations?|allegedly|alleged|alleges|alleging|reportedly|claimed|claims|"
    r"claiming|blamed|blames|purportedly|said to have|are said to|is said to|was said to|were said to|"
    r"suspected of|believed to have)\b",
    re.I,
)


def stance_of(sentence: str) -> Stance:
    """How firmly the sentence puts its claim: a denial beats a confirmation beats an allegation."""
    text = _RESPONSIBILITY_RE.sub(
        " ", sentence
    )  # "claimed responsibility" is an assertion, not an allegation
    if denies(text):
        return Stance.DENIED
    if _CONFIRMED_RE.search(text):
        return Stance.CONFIRMED
    if _ALLEGED_RE.search(text):
        return Stance.ALLEGED
    return Stance.ASSERTED


def attribute(sentence: str, *, span: Span | None = None, previous: Attribution | None = None) -> Attribution:
    """Who asserts the sentence's claims and with what stance.

    ``previous`` is the last named source in the text, used when the subject is a pronoun
    ("they alleged ...").

    >>> a = attribute("A military source said no civilians were killed by the army.")
    >>> (a.source, a.source_kind.value, a.stance.value)
    ('A military source', 'military source', 'denied')
    """
    source = _source_from_span(span) if span is not None else ""
    if not source:
        source = _source_from_text(sentence)
    source = _clean(source)
    if source.lower() in _PRONOUNS or source.lower() in ("its", "their"):
        source = previous.source if previous is not None else ""
    kind = source_kind(source)
    if not source:
        kind = SourceKind.OUTLET
    return Attribution(source=source, source_kind=kind, stance=stance_of(sentence))


def attribute_responsibility(
    sentence: str, *, span: Span | None = None, previous: Attribution | None = None
) -> Attribution | None:
    """The group that claims (or denies) responsibility in the sentence, if any."""
    match = _RESPONSIBILITY_RE.search(sentence)
    if match is None:
        return None
    source = ""
    if span is not None:
        for token in span:
            if token.lower_ == "responsibility" and token.dep_ == "dobj":
                source = _subject_text(token.head)
                break
    if not source:
        before = sentence[: match.start()].strip().rstrip(",")
        source = _last_noun_phrase(before)
    source = _clean(source)
    if source.lower() in _PRONOUNS:
        source = previous.source if previous is not None else ""
    verb = match.group("verb").lower()
    stance = Stance.DENIED if verb in ("denied", "denies", "rejected") else Stance.ASSERTED
    kind = source_kind(source) if source else SourceKind.OUTLET
    return Attribution(source=source, source_kind=kind, stance=stance)


def _subject_text(verb: Token) -> str:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return " ".join(t.text for t in child.subtree)
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        return _subject_text(verb.head)
    return ""


def _source_from_span(span: Span) -> str:
    """Subject of a speech verb, or the object of "according to", from the dependency parse."""
    for token in span:
        if token.lower_ == "to" and token.i > 0 and token.doc[token.i - 1].lower_ == "according":
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if objects:
                return " ".join(t.text for t in objects[0].subtree)
    for token in span:
        # word forms, not lemmas: the coder runs without spaCy's lemmatizer
        if token.tag_.startswith(("VB", "MD")) and token.lower_ in _SPEECH_WORDS:
            subject = _subject_text(token)
            if subject and not _is_casualty_subject(subject):
                return subject
    return ""


_SPEECH_WORDS = frozenset(w.lower() for w in _SPEECH_FORMS.split("|"))


def _is_casualty_subject(subject: str) -> bool:
    """ "Five people were reported killed": the subject of a passive report is not its source."""
    return bool(
        re.match(
            r"^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|many)\b", subject, re.I
        )
    )


def _source_from_text(sentence: str) -> str:
    """Pattern reading of "according to X", "..., X said." and "X said that ..."."""
    match = _ACCORDING_RE.search(sentence)
    if match:
        return match.group("who")
    trailing = _TRAILING_RE.search(sentence.strip())
    if trailing:
        return trailing.group("who1") or trailing.group("who2") or ""
    said = _SAID_RE.search(sentence)
    if said and said.start() > 0:
        before = sentence[: said.start()].strip()
        if re.search(r"\b(?:was|were|is|are|been|be|being)$", before, re.I):
            return ""  # "were reported killed": passive, no source named
        return _last_noun_phrase(before)
    return ""


def _last_noun_phrase(text: str) -> str:
    """The words just before a verb, back to a clause boundary: a cheap subject."""
    text = re.split(r"[,;:]\s*|\bthat\b|\bwhile\b|\bafter\b|\band\b(?=\s+(?:a|an|the)\b)", text)[-1]
    words = text.split()
    return " ".join(words[-8:])


def _clean(source: str) -> str:
    source = _LEADING_NOISE.sub("", source.strip()).strip(" ,.'\"")
    source = re.sub(
        r"\s+(?:also|later|previously|on \w+day|in a statement|on Monday)$", "", source, flags=re.I
    )
    return source
