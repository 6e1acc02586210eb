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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from vigil.domain import Article, Report
from vigil.errors import VigilError
from vigil.extract import cues
from vigil.extract.labels import size_tagged, topic_label
from vigil.extract.pipeline import Draft, Pipeline, Segment, Stage, describe, stage
from vigil.extract.relevance import (
    RELEVANCE_FLOOR,
    SHORT_SENTENCES,
    act_done,
    is_relevant,
    killed_in_attack,
    lede_act,
    short,
)
from vigil.extract.scene import (
    TOLL_KINDS,
    another_day,
    feed_country,
    follow_up,
    home_votes,
    lede_count,
    lede_place,
    looks_back,
    told_place,
    without_context,
)
from vigil.extract.segments import as_told, consolidated, etype, group_sentences, links, split_told_apart
from vigil.extract.strategic import settle
from vigil.extract.streets import street_protest
from vigil.taxonomy import NO_FATALITIES, ActorType, EventType, Stance, SubEventType

if TYPE_CHECKING:
    from datetime import date

    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from vigil.extract.actor_glosses import ActorMention
    from vigil.extract.actors import ActorRegistry
    from vigil.extract.classify import EventClassifier, Prediction
    from vigil.extract.geocode import Geocoder

LOGGER = logging.getLogger(__name__)


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
        from vigil.extract.gazetteer import Gazetteer
        from vigil.extract.geocode import Geocoder
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
        return self._finish(self.pipeline.run(Draft.of(article)))

    def code_many(
        self, articles: Iterable[Article], *, batch_size: int = 32, desk: str | None = None
    ) -> Iterator[Coding | VigilError]:
        """Code a stream of articles, parsing them in batches; a failure is yielded, not raised.

        ``desk`` is the country of the desk the articles come from (:mod:`vigil.extract.desk`).
        """
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._batch(batch, desk)
                batch = []
        if batch:
            yield from self._batch(batch, desk)

    def _batch(self, batch: list[Article], desk: str | None) -> Iterator[Coding | VigilError]:
        """Judge relevance on raw text first, so the costly parse runs only on likely events."""
        drafts = [Draft.of(a, desk) for a in batch]
        scores = self.res.classifier.relevance([d.article.text for d in drafts])
        for draft, score in zip(drafts, scores, strict=True):
            draft.relevance = score
            draft.done = not is_relevant(
                draft.article.text, score, self.res.classifier, published=draft.article.published
            )
        live = [d for d in drafts if not d.done]
        for draft, doc in zip(live, self.res.nlp.pipe([d.article.text for d in live]), strict=True):
            draft.doc = doc
        for draft in drafts:
            try:
                yield self._finish(draft if draft.done else self.pipeline.run(draft))
            except VigilError as exc:
                yield exc

    @staticmethod
    def _finish(draft: Draft) -> Coding:
        return Coding(
            article=draft.original or draft.article,
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

        @stage("relevance", requires=["article"], assigns=["relevance"])
        def relevance(d: Draft) -> None:
            if d.relevance == 0.0:  # not judged yet (code_many judges whole batches at once)
                d.relevance = coder.res.classifier.relevance([d.article.text])[0]
            d.done = not is_relevant(
                d.article.text, d.relevance, coder.res.classifier, published=d.article.published
            )

        @stage("parse", requires=["article"], assigns=["doc"])
        def parse(d: Draft) -> None:
            if d.doc is None:
                d.doc = coder.res.nlp(d.article.text)

        @stage("scene", requires=["doc"], assigns=["country", "article_location", "article_date"])
        def scene(d: Draft) -> None:
            from vigil.extract.dates import event_date

            text = d.article.text
            feed = feed_country(coder.res.geocoder, d.article.country)
            votes = None if feed else home_votes(coder.res.registry, coder.res.geocoder, text, desk=d.desk)
            whole = coder.res.geocoder.locate(text, doc=d.doc, country_hint=feed, votes=votes)
            d.article_location = lede_place(coder.res.geocoder, d.doc, whole, country_hint=feed, votes=votes)
            d.country = feed or (
                d.article_location.country
                if d.article_location
                else coder.res.geocoder.country_of(text, doc=d.doc, votes=votes)
            )
            d.article_date, d.article_time_precision = event_date(
                text, published=d.article.published, doc=d.doc
            )

        @stage("segment", requires=["doc", "relevance", "country", "article_date"], assigns=["segments"])
        def segment(d: Draft) -> None:
            from vigil.extract.dates import event_date

            assert d.doc is not None
            sents = list(d.doc.sents)
            lede = lede_count([s.text for s in sents])
            # a later sentence that looks back at other events ("more than 100 were killed in
            # fighting along the border in 2022") is background
            told = [
                *sents[:lede],
                *(s for s in sents[lede:] if not looks_back(s.text, d.article_date, d.article.published)),
            ]
            if len(sents) > SHORT_SENTENCES:
                groups = group_sentences(told, coder.res.classifier)
                # a long article: its events are typed from their own sentences, not from the
                # mixture of the whole text; the first told is the principal one
                d.segments = split_told_apart(
                    groups,
                    place=lambda text: told_place(coder.res.geocoder, text, d.country),
                    day=lambda text: event_date(text, published=d.article.published),
                    retype=coder.res.classifier.predict,
                )
                return
            # a short text (a note, a snippet) is one coded unit, typed as a whole, unless it says
            # outright that one event answered another; typed without its background and without
            # its sequel ("he was later released"), whose figures stay the event's
            typed = [s for k, s in enumerate(told) if k < lede or not follow_up(s.text)]
            text = d.article.text if len(typed) == len(sents) else " ".join(s.text for s in typed)
            whole = coder.res.classifier.predict([without_context(text)])[0]
            reported = cues.without_denials(text)
            if whole.sub_event_type is None and reported != text:
                whole = coder.res.classifier.predict([reported])[0]  # typed on what it reports
            if whole.sub_event_type is None and (plain := cues.plain_telling(reported)) != reported:
                whole = coder.res.classifier.predict([plain])[0]  # a claim, in a note's words
            if whole.sub_event_type is None and whole.ranked:
                # judged an event (here or by the relevance stage's own reading), below the classifier's
                # typing floor: its reading stands when it is sure of the kind ("The Taliban detained two
                # foreign journalists", 0.53 / 0.82)
                best, p = whole.ranked[0]
                whole = replace(whole, sub_event_type=best) if p >= SURE_KIND else whole
            if whole.sub_event_type is None and whole.ranked and (killed_in_attack(text) or lede_act(text)):
                # its dead fell to an attack, or its lede tells a side's act or a crowd's
                whole = replace(whole, sub_event_type=whole.ranked[0][0])
            lede_text = " ".join(s.text for s in sents[:lede])
            # read as an event as a whole, or let in by a lede that tells an act done
            alone = d.relevance < RELEVANCE_FLOOR and act_done(lede_text) and short(d.article.text)
            if whole.sub_event_type is None and whole.ranked and (d.relevance >= RELEVANCE_FLOOR or alone):
                # typed by its lede where later sentences blur the kind: the lede's reading, where
                # the whole text's likeliest is the same, or where the lede alone let the text in
                lede_read = coder.res.classifier.predict([lede_text])[0]
                agrees = lede_read.sub_event_type is whole.ranked[0][0]
                whole = lede_read if agrees or (alone and lede_read.sub_event_type is not None) else whole
            whole = _as_told_else_settled(whole, text, d.article.text)
            # typing each sentence costs an encoding apiece: only a retaliation cue needs it
            groups = (
                group_sentences(sents, coder.res.classifier)
                if cues.RETALIATION.search(d.article.text)
                else []
            )
            if len(groups) > 1:
                d.segments = groups
                for seg in groups:  # the whole-text reading types the group it agrees with
                    if whole.sub_event_type is not None and etype(seg) is whole.sub_event_type.event_type:
                        seg.prediction, seg.principal = whole, True
                        break
            elif whole.sub_event_type is not None:
                d.segments = [Segment(sentences=told, prediction=whole, principal=True)]

        @stage("place", requires=["segments", "country"], assigns=["segments.location"])
        def place(d: Draft) -> None:
            for seg in d.segments:
                loc = told_place(coder.res.geocoder, seg.text, d.country) if len(d.segments) > 1 else None
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

        @stage(
            "consolidate",
            requires=["segments", "segments.location", "segments.date"],
            assigns=["segments.distinct"],
        )
        def consolidate(d: Draft) -> None:
            d.segments = consolidated(d.segments)

        @stage(
            "actors",
            requires=["segments.distinct", "segments.location", "segments.date"],
            assigns=["segments.roles"],
        )
        def actors(d: Draft) -> None:
            from vigil.extract.roles import assign_roles
            from vigil.extract.sides import recode

            # the whole text is the event's only when the event has every sentence: a long
            # article's background ("militants often target hotels used by soldiers") is not
            assert d.doc is not None
            whole = len(d.segments) == 1 and len(d.segments[0].sentences) == len(list(d.doc.sents))
            for seg in d.segments:
                assert seg.prediction is not None and seg.prediction.sub_event_type is not None
                # a feed's country names the generic sides ("Protesters (Benin)") even where the
                # text names no place, or names a neighbour's
                feed = feed_country(coder.res.geocoder, d.article.country)
                country = feed or (seg.location.country if seg.location else d.country)
                # one event: read the article as parsed; several: parse each event's own sentences
                text = d.article.text if whole else seg.text
                doc = d.doc if whole else _segment_doc(seg, coder.res.nlp)
                if (told := without_context(text)) != text:
                    # "..., officials said, as fighting between the army and M23 ...": the setting
                    # names no side of this event
                    text, doc = told, coder.res.nlp(told)
                mentions = coder.res.registry.find(text, country=country, when=seg.event_date)
                if not whole and not any(m.actor.type in ARMED_SIDES for m in mentions):
                    # "For four decades the fighters of the PKK were part of the landscape ... On Friday
                    # around thirty fighters dropped their rifles into the flames": no side named in the
                    # event's own sentences (not even "gunmen"), but in a sentence before
                    context = _naming_sentence(d.doc, seg, coder.res.registry, country, seg.event_date)
                    if context is not None:
                        text = f"{context} {text}"
                        doc = coder.res.nlp(text)
                        mentions = coder.res.registry.find(text, country=country, when=seg.event_date)
                # the codebook decides some types by the sides: an attack on soldiers is a battle
                sub = recode(seg.prediction.sub_event_type, text, mentions, doc)
                if sub is not seg.prediction.sub_event_type:
                    seg.prediction = replace(seg.prediction, sub_event_type=sub)
                seg.roles = assign_roles(
                    text,
                    mentions,
                    sub,
                    country=country,
                    when=seg.event_date,
                    registry=coder.res.registry,
                    doc=doc,
                )

        @stage("claims", requires=["segments", "segments.date"], assigns=["segments.claims"])
        def claims(d: Draft) -> None:
            from vigil.extract.figures import extract_claims, fatalities, without_vague_echoes

            for seg in d.segments:
                texts = [s.text for s in seg.sentences]
                first = lede_count(texts)  # "BEIRUT, May 16 (AFP) -" parsed alone keeps the lede after it
                looking_back = {
                    t
                    for t in texts[first:]
                    if looks_back(t, seg.event_date, d.article.published)
                    or another_day(t, seg.event_date, d.article.published)
                }
                seg.claims = [  # another event's toll told as background; its denials and claims of responsibility stay
                    c
                    for c in without_vague_echoes(extract_claims(texts, doc=None))
                    if not (
                        c.sentence in looking_back and c.kind in TOLL_KINDS and c.stance is not Stance.DENIED
                    )
                ]
                seg.fatalities = fatalities(seg.claims)
                # victims named as women or children, in an event that harmed people
                harmed = seg.fatalities > 0 or any(c.figure for c in seg.claims)
                seg.women_children = harmed and bool(cues.WOMEN_CHILDREN.search(seg.text))

        @stage(
            "assemble",
            requires=["segments.claims", "segments.roles", "segments.date", "segments.location"],
            assigns=["reports"],
        )
        def assemble(d: Draft) -> None:
            from vigil.extract.protests import with_toll
            from vigil.extract.taker import taken_by

            d.segments.sort(key=lambda s: s.start)
            for _i, seg in enumerate(d.segments):
                assert seg.prediction is not None and seg.prediction.sub_event_type is not None
                roles = seg.roles
                sub = with_toll(seg.prediction.sub_event_type, seg.fatalities, seg.text)
                where = seg.location.country if seg.location is not None else None
                sub = taken_by(sub, roles.actor1 if roles else None, where)
                d.reports.append(
                    Report(
                        sub_event_type=sub,
                        actor1=roles.actor1 if roles else None,
                        actor2=roles.actor2 if roles else None,
                        assoc_actor1=tuple(roles.assoc_actor1) if roles else (),
                        assoc_actor2=tuple(roles.assoc_actor2) if roles else (),
                        event_date=seg.event_date,
                        time_precision=seg.time_precision,
                        location=seg.location,
                        # Other (a mass grave found, people displaced, a standoff) carries no dead of
                        # its own: 3 of ACLED's 347 Other notes here have any; the toll is its cause's
                        fatalities=0 if sub in NO_FATALITIES or sub is SubEventType.OTHER else seg.fatalities,
                        claims=tuple(seg.claims),
                        sentences=tuple(s.text.strip() for s in seg.sentences),
                        women_children=seg.women_children,
                        confidence=seg.prediction.probability,
                        follows_hint=bool(cues.RETALIATION.search(seg.text)),
                    )
                )
            d.follows = links(d.segments)
            flagged = [i for i, seg in enumerate(d.segments) if seg.principal]
            d.principal = flagged[0] if flagged else (0 if d.reports else None)

        return [relevance, parse, scene, segment, place, when, consolidate, actors, claims, assemble]


def _naming_sentence(
    doc: Doc, seg: Segment, registry: ActorRegistry, country: str | None, when: date | None
) -> str | None:
    """The nearest of the few sentences before ``seg``'s last, not its own, that names an armed side."""
    own = {s.start_char for s in seg.sentences}
    last = seg.sentences[-1].start_char
    before = [s for s in doc.sents if s.start_char not in own and s.start_char < last][-_CONTEXT_REACH:]
    for sent in reversed(before):
        if any(_names_side(m) for m in registry.find(sent.text, country=country, when=when)):
            return sent.text.strip()
    return None


def _names_side(mention: ActorMention) -> bool:
    """A force or an armed group named, not a nameless one ("gunmen")."""
    return mention.actor.type in ARMED_SIDES and not mention.actor.name.startswith("Unidentified")


_CONTEXT_REACH = 4  # sentences looked back for the sides a later event's sentences leave unnamed
# the sides that act in violence: forces and armed groups, not crowds or civilians
ARMED_SIDES = frozenset(
    {
        ActorType.STATE_FORCES,
        ActorType.EXTERNAL_FORCES,
        ActorType.REBEL_GROUP,
        ActorType.POLITICAL_MILITIA,
        ActorType.IDENTITY_MILITIA,
    }
)


def _segment_doc(seg: Segment, nlp: Language) -> Doc:
    """The event's own sentences as one parsed doc, cut from the article's parse.

    Joining the sentences' annotations costs a copy, not a second parse; only when the
    join does not spell ``seg.text`` exactly (offsets would drift) is the text parsed again.
    """
    from spacy.tokens import Doc

    parts = [_trimmed(s).as_doc() for s in seg.sentences]
    if parts:
        doc = Doc.from_docs(parts, ensure_whitespace=True)
        if doc.text.rstrip() == seg.text:
            return doc
    return nlp(seg.text)


def _trimmed(span: Span) -> Span:
    """The span without its leading and trailing whitespace tokens (line breaks)."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end]


def _as_told_else_settled(pred: Prediction, text: str, article: str) -> Prediction:
    """``pred`` typed as the text tells it where its own words decide: a note's topic label, a
    note's crowd-size tag (:mod:`vigil.extract.labels`), or a strategic development or a street
    protest the model left untyped; then reconsidered (:func:`~vigil.extract.strategic.settle`:
    arrests in a deadly raid are the raid). ``article`` is the whole text, tags and all."""
    if (label := topic_label(text)) is not None:
        return as_told(pred, label)  # the desk's own label: "Security measures: ..."
    if pred.sub_event_type is None and (kind := cues.tells_strategic(text)):
        pred = as_told(pred, kind)
    crowd_told = size_tagged(article) or (pred.sub_event_type is None and street_protest(text))
    if crowd_told and (pred.sub_event_type is None or pred.sub_event_type.event_type not in _CROWD):
        crowd = next((s for s, _ in pred.ranked if s.event_type in _CROWD), None)
        if crowd is not None or pred.sub_event_type is None:
            pred = as_told(pred, crowd or SubEventType.PEACEFUL_PROTEST)
    return settle(pred, text)


_CROWD = (EventType.PROTESTS, EventType.RIOTS)
SURE_KIND = 0.8  # the model's sub-type probability that types a text it judged only just an event
