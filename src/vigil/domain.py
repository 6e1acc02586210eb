"""Frozen domain records shared by every stage.

Each field's meaning is written once, here. Records are keyword-only and use
tuples, so they can be hashed, compared and passed between processes safely.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import date

from vigil.taxonomy import (
    ActorType,
    ClaimKind,
    Counted,
    SourceKind,
    Stance,
    SubEventType,
)


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text: the key that makes ingest idempotent."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


@dataclass(frozen=True, kw_only=True, slots=True)
class Article:
    """One source document as read from the caller's input."""

    text: str
    external_id: str | None = None  # the caller's id, kept verbatim
    numeric_id: int | None = None  # the same id when the caller gave a JSON number (echoed as a number)
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    origin: str = ""  # file path (and row) it came from
    country: str | None = None  # the feed's country, when the caller knows it (a per-country feed)

    @property
    def sha256(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True, kw_only=True, slots=True)
class Actor:
    """A side of an event, named as ACLED names it."""

    name: str  # canonical name, e.g. "Military Forces of Mali (2021-)"
    type: ActorType
    country: str | None = None
    mention: str = ""  # the words in the text it was read from


@dataclass(frozen=True, kw_only=True, slots=True)
class Location:
    """A geocoded place with ACLED's precision code."""

    name: str  # the place as coded (town, admin area or country)
    country: str
    admin1: str = ""
    admin2: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3  # 1 town, 2 near a town, 3 region or wider
    mention: str = ""


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (a sphere of mean Earth radius: good to 0.5%)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True, kw_only=True, slots=True)
class Claim:
    """One attributed assertion: a figure or a statement, and who stands behind it."""

    kind: ClaimKind
    figure: int | None  # None for assertions without a number (a denial, a responsibility claim)
    counted: Counted = Counted.TOTAL
    source: str = ""  # who said it, as written ("a military source", "the Azawad Liberation Front")
    source_kind: SourceKind = SourceKind.OUTLET
    stance: Stance = Stance.ASSERTED
    sentence: str = ""
    vague: bool = False  # figure derived from a vague amount ("dozens" -> 12)


@dataclass(frozen=True, kw_only=True, slots=True)
class Report:
    """One article's account of one event: the unit the coder produces."""

    sub_event_type: SubEventType
    actor1: Actor | None
    actor2: Actor | None = None
    assoc_actor1: tuple[Actor, ...] = ()
    assoc_actor2: tuple[Actor, ...] = ()
    event_date: date | None = None
    time_precision: int = 3
    location: Location | None = None
    fatalities: int = 0
    claims: tuple[Claim, ...] = ()
    sentences: tuple[str, ...] = ()
    women_children: bool = False
    confidence: float = 0.0
    follows_hint: bool = False  # the text says this event came after/in reaction to another

    @property
    def event_type(self) -> str:
        return self.sub_event_type.event_type.value


@dataclass(frozen=True, kw_only=True, slots=True)
class Incident:
    """One real-world event, drawn from one or more reports."""

    id: int
    report: Report  # the merged coding
    articles: tuple[str, ...] = ()  # the callers' article ids
    low: int = 0
    best: int = 0
    high: int = 0
    follows: tuple[int, ...] = ()
    sources: tuple[str, ...] = field(default_factory=tuple)
