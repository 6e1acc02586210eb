"""A pipeline of small named stages with declared contracts.

Like spaCy's components, each stage says what it ``requires`` and what it
``assigns`` on the working draft; :class:`Pipeline` checks the order when it is
built, so a misordered pipeline fails at start-up rather than on article 10,000.
A stage that fails on one article raises :class:`ExtractionError`; the runner
quarantines that article and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from vigil.domain import Article, Claim, Location, Report
from vigil.errors import ExtractionError, PipelineConfigError, VigilError
from vigil.extract.layout import body_text

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Doc, Span

    from vigil.extract.classify import Prediction
    from vigil.extract.roles import Roles


@dataclass(kw_only=True)
class Segment:
    """The sentences of one article that tell one event, and what was read from them."""

    sentences: list[Span]
    prediction: Prediction | None = None
    location: Location | None = None
    event_date: date | None = None
    time_precision: int = 3
    roles: Roles | None = None
    claims: list[Claim] = field(default_factory=list)
    fatalities: int = 0
    women_children: bool = False
    follows: tuple[int, str] | None = None  # (index of the segment it follows, evidence)
    principal: bool = False  # the event the article is mainly about

    @property
    def text(self) -> str:
        return " ".join(s.text.strip() for s in self.sentences)

    @property
    def start(self) -> int:
        return self.sentences[0].start_char if self.sentences else 0


@dataclass(kw_only=True)
class Draft:
    """Mutable working state for one article as it moves through the stages."""

    article: Article  # its body only (:func:`vigil.extract.layout.body_text`)
    original: Article | None = None  # as given, headline and all, when that differs
    doc: Doc | None = None
    relevance: float = 0.0
    desk: str | None = None  # the country of the batch's desk (extract.desk), when it has one
    country: str | None = None
    article_location: Location | None = None
    article_date: date | None = None
    article_time_precision: int = 3
    segments: list[Segment] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    principal: int | None = None
    follows: dict[int, tuple[int, str]] = field(default_factory=dict)
    done: bool = False  # set by a stage when nothing more is to be read (an irrelevant text)

    @classmethod
    def of(cls, article: Article, desk: str | None = None) -> Draft:
        """A draft that reads the article's body, its headline or label line set aside."""
        body = body_text(article.text)
        if body == article.text:
            return cls(article=article, desk=desk)
        return cls(article=replace(article, text=body), original=article, desk=desk)


StageFn = Callable[[Draft], None]


@dataclass(frozen=True, kw_only=True, slots=True)
class Stage:
    name: str
    requires: frozenset[str]
    assigns: frozenset[str]
    fn: StageFn

    def __call__(self, draft: Draft) -> None:
        self.fn(draft)


def stage(
    name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()
) -> Callable[[StageFn], Stage]:
    """Declare a stage: ``@stage("date", requires=["segments"], assigns=["segments.date"])``."""

    def wrap(fn: StageFn) -> Stage:
        return Stage(name=name, requires=frozenset(requires), assigns=frozenset(assigns), fn=fn)

    return wrap


class Pipeline:
    """An ordered list of stages whose contracts are checked once, here."""

    def __init__(self, stages: Sequence[Stage], *, provided: Iterable[str] = ("article",)) -> None:
        have = set(provided)
        for s in stages:
            missing = s.requires - have
            if missing:
                raise PipelineConfigError(
                    f"stage {s.name!r} requires {sorted(missing)} but no earlier stage assigns it"
                )
            have |= s.assigns
        self.stages = tuple(stages)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def run(self, draft: Draft, *, skip: Iterable[str] = ()) -> Draft:
        skipped = set(skip)
        for s in self.stages:
            if s.name in skipped:
                continue
            try:
                s(draft)
            except VigilError:
                raise
            except Exception as exc:  # a bug or odd input in one stage: report it against this article
                raise ExtractionError(
                    f"stage {s.name!r} failed: {type(exc).__name__}: {exc}", source=draft.article.origin
                ) from exc
            if draft.done:
                break
        return draft


def describe(pipeline: Pipeline) -> list[dict[str, Any]]:
    """The stages with their contracts, for ``vigil stages`` and the docs."""
    return [
        {"name": s.name, "requires": sorted(s.requires), "assigns": sorted(s.assigns)}
        for s in pipeline.stages
    ]
