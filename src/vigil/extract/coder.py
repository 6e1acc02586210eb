"""The coder: one article in, the events it reports out, coded the ACLED way.

The stages run in this order (``vigil stages`` prints their contracts):

    parse → relevance → scene → segment → place → date → actors → claims → assemble

Short texts (an ACLED note, a wire snippet: up to ``SHORT_SENTENCES`` sentences)
are one event, typed by the classifier over the whole text. Longer articles are
split: sentences that tell an event (not history, not analysis) are typed one
by one and grouped by event type, so four tellings of one attack become one
report and a clash told beside it becomes another.

The principal event, the one ``vigil code`` returns, is the one the article
tells first: news leads with its main event (the inverted pyramid).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vigil.domain import Article, Report
from vigil.errors import VigilError
from vigil.extract import cues
from vigil.extract.pipeline import Draft, Pipeline, Segment, Stage, describe, stage
from vigil.taxonomy import EventType, SubEventType

if TYPE_CHECKING:
    from spacy.language import Language

    from vigil.extract.actors import ActorRegistry
    from vigil.extract.classify import EventClassifier
    from vigil.extract.geocode import Geocoder

LOGGER = logging.getLogger(__name__)

SHORT_SENTENCES = 4
RELEVANCE_FLOOR = 0.5


@dataclass(frozen=True, kw_only=True, slots=True)
class Resources:
    """Everything the coder reads from disk, loaded once and passed in."""

    nlp: Language
    classifier: EventClassifier
    registry: ActorRegistry
    geocoder: Geocoder

    @classmethod
    def load(cls) -> Resources:
        from vigil.extract.actors import ActorRegistry
        from vigil.extract.classify import EventClassifier
        from vigil.extract.geocode import Gazetteer, Geocoder
        from vigil.extract.nlp import load_nlp

        return cls(
            nlp=load_nlp(),
            classifier=EventClassifier.load(),
            registry=ActorRegistry.load(),
            geocoder=Geocoder(Gazetteer.load()),
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class Coding:
    """What the coder read in one article."""

    article: Article
    reports: tuple[Report, ...]
    principal: int | None  # index into reports of the principal event
    follows: dict[int, tuple[int, str]]  # report index -> (index it follows, evidence)

    @property
    def principal_report(self) -> Report | None:
        return None if self.principal is None else self.reports[self.principal]


class Coder:
    """Runs the stages over articles. Build once, reuse for every article."""

    def __init__(self, resources: Resources) -> None:
        self.res = resources
        self.pipeline = Pipeline(self._stages())

    def code(self, article: Article) -> Coding:
        return self._finish(self.pipeline.run(Draft(article=article)))

    def code_many(self, articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Coding | VigilError]:
        """Code a stream of articles, parsing them in batches; a failure is yielded, not raised."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, batch: list[Article]) -> Iterator[Coding | VigilError]:
        docs = self.res.nlp.pipe([a.text for a in batch])
        for article, doc in zip(batch, docs, strict=True):
            try:
                yield self._finish(self.pipeline.run(Draft(article=article, doc=doc)))
            except VigilError as exc:
                yield exc

    @staticmethod
    def _finish(draft: Draft) -> Coding:
        return Coding(
            article=draft.article,
            reports=tuple(draft.reports),
            principal=draft.principal,
            follows=dict(draft.follows),
        )

    # -- stages ------------------------------------------------------------------

    @classmethod
    def contracts(cls) -> list[dict[str, Any]]:
        """The stages and their contracts, without loading any model."""
        return describe(Pipeline(cls.__new__(cls)._stages()))

    def _stages(self) -> list[Stage]:
        coder = self  # stages read coder.res when they run, not when they are built

        @stage("parse", requires=["article"], assigns=["doc"])
        def parse(d: Draft) -> None:
            if d.doc is None:
                d.doc = coder.res.nlp(d.article.text)

        @stage("relevance", requires=["doc"], assigns=["relevance"])
        def relevance(d: Draft) -> None:
            assert d.doc is not None
            if not any(cues.EVENT.search(s.text) for s in d.doc.sents):
                d.relevance, d.done = 0.0, True
                return
            d.relevance = coder.res.classifier.relevance([d.article.text])[0]
            short = len(list(d.doc.sents)) <= SHORT_SENTENCES
            if short and d.relevance < RELEVANCE_FLOOR:
                d.done = True

        @stage("scene", requires=["doc"], assigns=["country", "article_location", "article_date"])
        def scene(d: Draft) -> None:
            from vigil.extract.dates import event_date

            text = d.article.text
            d.article_location = coder.res.geocoder.locate(text, doc=d.doc)
            d.country = (
                d.article_location.country if d.article_location else coder.res.geocoder.country_of(text, doc=d.doc)
            )
            d.article_date, d.article_time_precision = event_date(text, published=d.article.published, doc=d.doc)

        @stage("segment", requires=["doc", "relevance"], assigns=["segments"])
        def segment(d: Draft) -> None:
            assert d.doc is not None
            sents = list(d.doc.sents)
            if len(sents) <= SHORT_SENTENCES:
                pred = coder.res.classifier.predict([d.article.text])[0]
                if pred.sub_event_type is not None:
                    d.segments = [Segment(sentences=sents, prediction=pred)]
                return
            d.segments = _group(sents, coder.res.classifier)

        @stage("place", requires=["segments", "country"], assigns=["segments.location"])
        def place(d: Draft) -> None:
            for seg in d.segments:
                loc = coder.res.geocoder.locate(seg.text, country_hint=d.country) if len(d.segments) > 1 else None
                seg.location = loc or d.article_location
                if seg.location is None and d.country:
                    seg.location = coder.res.geocoder.locate(d.country, country_hint=d.country)

        @stage("date", requires=["segments", "article_date"], assigns=["segments.date"])
        def when(d: Draft) -> None:
            from vigil.extract.dates import event_date

            for seg in d.segments:
                day, precision = (None, 3)
                if len(d.segments) > 1:
                    day, precision = event_date(seg.text, published=d.article.published)
                if day is None or (d.article_date and precision > d.article_time_precision):
                    day, precision = d.article_date, d.article_time_precision
                seg.event_date, seg.time_precision = day, precision

        @stage("actors", requires=["segments", "segments.location", "segments.date"], assigns=["segments.roles"])
        def actors(d: Draft) -> None:
            from vigil.extract.actors import assign_roles

            for seg in d.segments:
                assert seg.prediction is not None and seg.prediction.sub_event_type is not None
                country = seg.location.country if seg.location else d.country
                mentions = coder.res.registry.find(seg.text, country=country, when=seg.event_date)
                seg.roles = assign_roles(
                    seg.text,
                    mentions,
                    seg.prediction.sub_event_type,
                    country=country,
                    when=seg.event_date,
                    registry=coder.res.registry,
                )

        @stage("claims", requires=["segments"], assigns=["segments.claims"])
        def claims(d: Draft) -> None:
            from vigil.extract.figures import extract_claims, fatalities

            for seg in d.segments:
                seg.claims = extract_claims([s.text for s in seg.sentences], doc=None)
                seg.fatalities = fatalities(seg.claims)
                seg.women_children = bool(cues.WOMEN_CHILDREN.search(seg.text)) and any(
                    c.figure for c in seg.claims
                ) or bool(re.search(r"\b(women|children)\b", seg.text, re.I) and seg.fatalities)

        @stage(
            "assemble",
            requires=["segments.claims", "segments.roles", "segments.date", "segments.location"],
            assigns=["reports"],
        )
        def assemble(d: Draft) -> None:
            d.segments.sort(key=lambda s: s.start)
            for i, seg in enumerate(d.segments):
                assert seg.prediction is not None and seg.prediction.sub_event_type is not None
                roles = seg.roles
                d.reports.append(
                    Report(
                        sub_event_type=seg.prediction.sub_event_type,
                        actor1=roles.actor1 if roles else None,
                        actor2=roles.actor2 if roles else None,
                        assoc_actor1=tuple(roles.assoc_actor1) if roles else (),
                        assoc_actor2=tuple(roles.assoc_actor2) if roles else (),
                        event_date=seg.event_date,
                        time_precision=seg.time_precision,
                        location=seg.location,
                        fatalities=seg.fatalities,
                        claims=tuple(seg.claims),
                        sentences=tuple(s.text.strip() for s in seg.sentences),
                        women_children=seg.women_children,
                        confidence=seg.prediction.probability,
                        follows_hint=bool(cues.RETALIATION.search(seg.text)),
                    )
                )
                link = _follows(seg, d.segments, i)
                if link is not None:
                    d.follows[i] = link
            d.principal = 0 if d.reports else None

        return [parse, relevance, scene, segment, place, when, actors, claims, assemble]


def _group(sents: list, classifier: EventClassifier) -> list[Segment]:  # type: ignore[type-arg]
    """Type each event-telling sentence and group them by event type, in order of first telling."""
    telling = [s for s in sents if cues.tells_event(s.text)]
    if not telling:
        return []
    preds = classifier.predict([s.text for s in telling])
    groups: dict[EventType, Segment] = {}
    for sent, pred in zip(telling, preds, strict=True):
        if pred.sub_event_type is None:
            continue
        etype = pred.sub_event_type.event_type
        seg = groups.get(etype)
        if seg is None:
            groups[etype] = Segment(sentences=[sent], prediction=pred)
        else:
            seg.sentences.append(sent)
    segments = sorted(groups.values(), key=lambda s: s.start)
    for seg in segments:  # retype each group on all of its sentences together
        pred = classifier.predict([seg.text])[0]
        if pred.sub_event_type is not None and pred.sub_event_type.event_type == _etype(seg):
            seg.prediction = pred
    return segments


def _etype(seg: Segment) -> EventType | None:
    sub: SubEventType | None = seg.prediction.sub_event_type if seg.prediction else None
    return sub.event_type if sub else None


def _follows(seg: Segment, segments: list[Segment], index: int) -> tuple[int, str] | None:
    """Does this segment say it answered another event of the same article? Link to it."""
    for sent in seg.sentences:
        if not cues.RETALIATION.search(sent.text):
            continue
        wants_battle = bool(cues.BATTLE_WORDS.search(sent.text))
        for j, other in enumerate(segments):
            if j == index:
                continue
            if not wants_battle or _etype(other) is EventType.BATTLES:
                return j, sent.text.strip()
    return None
