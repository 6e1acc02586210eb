"""Event classifier: is a text an ACLED event at all, and which of the 25 sub-event types.

Linear models over word n-grams of a *normalised* text (dates, digits, ACLED-note
boilerplate and capitalised names masked, so it learns what happened rather than where or
when), plus pooled lexicon cues grounded in the codebook and their pairwise co-occurrences,
so that a rare class seen a few dozen times still shares evidence across its synonyms and
conjunctions (abducted *and* killed) are visible to a linear model. Two heads: a binary
relevance model in which the hand-written non-event news weighs as much as all the events
together, by sample weight (so sport, weather and ordinary crime are rejected), and a
sub-type SVM trained on events only. A handful of rules then override the model where the
codebook leaves no doubt (a suicide bomber is a Suicide bomb) or sets a precedence (an
abduction in which people are killed is an Attack).

Sentence embeddings (the packaged MiniLM, run by :mod:`vigil.extract.encoder`) feed a sub-type
head whose output is blended with the text heads': meaning that generalises beyond the training
wording. That head was trained with the encoder's last layer (bench/tune.py), which the artifact
carries; a logistic relevance head reads the same vectors. The encoder is loaded on the first
text that needs it.

Features live in :mod:`vigil.extract.event_features`; this module holds the model. The
artifact is one joblib file, loaded only by :meth:`EventClassifier.load`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from vigil.errors import ModelMissing
from vigil.extract.event_features import (
    CUE_NAMES,
    FloatArray,
    Lexicon,
    Rule,
    build_rules,
    featurise,
    normalise,
)
from vigil.extract.event_rules_wire import DEFAULT_RULES
from vigil.taxonomy import SubEventType

__all__ = [
    "ARTIFACT_NAME",
    "CUE_NAMES",
    "NONE_LABEL",
    "EventClassifier",
    "Lexicon",
    "Prediction",
    "Rule",
    "TrainConfig",
    "TunedHead",
    "build_rules",
    "featurise",
    "fit_classifier",
    "normalise",
]

LOGGER = logging.getLogger(__name__)

NONE_LABEL = "none"  # the class name of non-events inside the model
ARTIFACT_NAME = "event_classifier.joblib"
FORMAT_VERSION = 3


@dataclass(frozen=True, kw_only=True, slots=True)
class Prediction:
    """One text's coding: the sub-event type (``None`` for a non-event) and the model's belief."""

    sub_event_type: SubEventType | None  # None: not an event
    probability: float  # of the chosen sub-type (or of "no event")
    relevance: float  # P(event)
    ranked: tuple[tuple[SubEventType, float], ...]  # top 3 sub-types, P(sub-type | event)


def _softmax(scores: FloatArray) -> FloatArray:
    shifted = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    out: FloatArray = exp / exp.sum(axis=1, keepdims=True)
    return out


def _sigmoid(scores: FloatArray) -> FloatArray:
    out: FloatArray = 1.0 / (1.0 + np.exp(-np.clip(scores, -30.0, 30.0)))
    return out


@dataclass(frozen=True, kw_only=True, slots=True)
class LinearHead:
    """Weights of one linear model over the shared features: ``x @ coef.T + intercept``."""

    coef: npt.NDArray[np.float32]  # (classes, features); one row for the binary relevance head
    intercept: FloatArray

    @classmethod
    def of(cls, model: Any) -> LinearHead:
        """The weights of a fitted sklearn linear model."""
        return cls(coef=model.coef_.astype(np.float32), intercept=model.intercept_.astype(np.float64))

    def scores(self, x: Any) -> FloatArray:
        # in the weights' dtype: a float64 x would make scipy upcast the whole weight matrix
        # on every call, ten times the cost of the product itself for one sentence
        return np.asarray(x.astype(self.coef.dtype) @ self.coef.T, dtype=np.float64) + self.intercept


@dataclass(frozen=True, kw_only=True, slots=True)
class EmbeddingHeads:
    """Logistic heads over precomputed sentence embeddings, blended with the text heads.

    Sub-type shares are mixed as probabilities with ``weight``, relevance as logits with
    ``relevance_weight`` (0: text heads only, 1: embeddings only). ``dim`` guards against another encoder's vectors.
    """

    types: LinearHead  # softmax over the same sub-types, in the same order
    relevance: LinearHead
    weight: float
    relevance_weight: float
    dim: int
    encoder: str = ""  # a name for the record, e.g. "all-MiniLM-L6-v2"
    top: Mapping[str, npt.NDArray[Any]] | None = None  # encoder weights fine-tuned with ``types``

    def blend(self, emb: FloatArray, shares: FloatArray, logit: FloatArray) -> tuple[FloatArray, FloatArray]:
        if emb.shape != (len(shares), self.dim):
            raise ValueError(f"embeddings must have shape {(len(shares), self.dim)}, not {emb.shape}")
        w, r = self.weight, self.relevance_weight
        mixed = (1.0 - w) * shares + w * _softmax(_rowwise(emb, self.types))
        return mixed, (1.0 - r) * logit + r * _rowwise(emb, self.relevance)[:, 0]


@dataclass(frozen=True, kw_only=True, slots=True)
class TunedHead:
    """A head trained together with the encoder's top layer (bench/tune.py).

    Its vectors are the tuned encoder's, so ``top`` travels with it; its classes may include
    ``none`` and come in their own order (:func:`fit_classifier` takes the sub-types' rows).
    """

    classes: tuple[str, ...]
    head: LinearHead
    top: Mapping[str, npt.NDArray[Any]]

    def rows(self, subtypes: Sequence[str]) -> LinearHead:
        missing = [s for s in subtypes if s not in self.classes]
        if missing:
            raise ValueError(f"the tuned head has no row for {missing}")
        rows = [self.classes.index(s) for s in subtypes]
        return LinearHead(coef=self.head.coef[rows], intercept=self.head.intercept[rows])


def _rowwise(emb: FloatArray, head: LinearHead) -> FloatArray:
    """A head's scores computed row by row (einsum, no BLAS): a text scores the same in any batch."""
    scores = np.einsum("ij,kj->ik", emb.astype(np.float64), head.coef.astype(np.float64), optimize=False)
    out: FloatArray = scores + head.intercept
    return out


class Encoder(Protocol):
    """What the embedding heads need: texts in, one vector per text out."""

    name: str

    def encode(self, texts: Sequence[str]) -> npt.NDArray[Any]: ...


class EventClassifier:
    """Relevance and sub-event type for texts: an ACLED note, a wire snippet, or an article's sentences.

    Two heads share one feature space: a binary relevance head (logistic, so P(event) is a
    probability) and a sub-type head (linear SVM, scores turned into shares by a softmax
    with a fixed scale). ``classes`` lists the sub-types then ``none``; a class's
    probability is ``P(event) * P(sub-type | event)``.

    >>> clf = EventClassifier.load()  # doctest: +SKIP
    >>> clf.predict(["Police fired tear gas to disperse protesters in the capital."])[0].sub_event_type
    <SubEventType.PROTEST_WITH_INTERVENTION: 'Protest with intervention'>
    """

    def __init__(
        self,
        *,
        word: Any,
        char: Any,
        types: LinearHead,
        relevance: LinearHead,
        subtypes: tuple[str, ...],
        cue_scale: float,
        cue_pairs: bool = False,
        score_scale: float,
        threshold: float = 0.5,
        rules: tuple[str, ...] = (),
        metadata: dict[str, Any] | None = None,
        embedding: EmbeddingHeads | None = None,
        encoder: Encoder | None = None,
    ) -> None:
        self._word = word
        self._char = char  # None: word n-grams and cues only (faster, generalised as well)
        self._types = types
        self._relevance = relevance
        self._subtypes = subtypes
        self._classes = (*subtypes, NONE_LABEL)
        self._cue_scale = cue_scale
        self._score_scale = score_scale
        self.threshold = threshold
        self._rule_names = rules
        self.metadata = metadata or {}
        self._cue_pairs = cue_pairs
        self.embedding = embedding
        self._encoder = encoder  # made on first need when the model has embedding heads
        self._lexicon = Lexicon.build(pairs=cue_pairs)
        self._rules = tuple(r for r in build_rules() if r.name in rules)
        self._none = len(subtypes)
        self._subs: tuple[SubEventType | None, ...] = (*(SubEventType(c) for c in subtypes), None)

    # -- persistence -------------------------------------------------------------------------

    @classmethod
    def default_path(cls) -> Path:
        return Path(str(resources.files("vigil.extract") / "models" / ARTIFACT_NAME))

    @classmethod
    def load(cls, path: Path | None = None) -> EventClassifier:
        """Load the packaged artifact (or ``path``); raises ModelMissing when absent or unreadable."""
        import joblib

        where = path or cls.default_path()
        if not where.is_file():
            raise ModelMissing(f"event classifier artifact not found: {where}; run bench/train.py")
        try:
            state = joblib.load(where)
        except Exception as exc:  # a truncated or foreign file: say which, keep the cause
            raise ModelMissing(f"event classifier artifact unreadable: {where}: {exc}") from exc
        if not isinstance(state, dict) or state.get("format") != FORMAT_VERSION:
            raise ModelMissing(f"event classifier artifact has an unknown format: {where}")
        return cls(
            word=state["word"],
            char=state["char"],
            types=LinearHead(coef=state["type_coef"], intercept=state["type_intercept"]),
            relevance=LinearHead(coef=state["rel_coef"], intercept=state["rel_intercept"]),
            subtypes=tuple(state["subtypes"]),
            cue_scale=float(state["cue_scale"]),
            cue_pairs=bool(state["cue_pairs"]),
            score_scale=float(state["score_scale"]),
            threshold=float(state["threshold"]),
            rules=tuple(state["rules"]),
            metadata=dict(state.get("metadata", {})),
            embedding=state.get("embedding"),
        )

    def save(self, path: Path) -> None:
        """Write the artifact; the same model gives the same bytes (training is reproducible)."""
        import joblib

        for vectoriser in (v for v in (self._word, self._char) if v is not None):
            # an id() cache that sklearn sets on use (and, in older versions, the terms cut by
            # max_features): not needed to transform, and they change from run to run
            for unstable in ("_stop_words_id", "stop_words_"):
                vars(vectoriser).pop(unstable, None)

        state = {
            "format": FORMAT_VERSION,
            "word": self._word,
            "char": self._char,
            "type_coef": self._types.coef,
            "type_intercept": self._types.intercept,
            "rel_coef": self._relevance.coef,
            "rel_intercept": self._relevance.intercept,
            "subtypes": list(self._subtypes),
            "cue_scale": self._cue_scale,
            "cue_pairs": self._cue_pairs,
            "score_scale": self._score_scale,
            "threshold": self.threshold,
            "rules": list(self._rule_names),
            "metadata": self.metadata,
            "embedding": self.embedding,
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        joblib.dump(state, path, compress=3)

    def with_rules(self, rules: tuple[str, ...]) -> EventClassifier:
        """The same model with another rule set (for measuring each rule's effect)."""
        return self._copy(rules=rules, threshold=self.threshold)

    def with_threshold(self, threshold: float) -> EventClassifier:
        """The same model with another relevance threshold (for measuring the trade-off)."""
        return self._copy(rules=self._rule_names, threshold=threshold)

    def with_embedding_weight(self, weight: float, relevance: float | None = None) -> EventClassifier:
        """The same model with other blends of its embedding heads (0: text heads alone).

        ``relevance`` defaults to ``weight``.
        """
        if self.embedding is None:
            raise ValueError("this model has no embedding heads")
        relevance = weight if relevance is None else relevance
        heads = replace(self.embedding, weight=weight, relevance_weight=relevance)
        return self._copy(rules=self._rule_names, threshold=self.threshold, embedding=heads)

    def with_encoder(self, encoder: Encoder) -> EventClassifier:
        """The same model encoding texts with ``encoder`` (a stand-in in tests, a shared one in a pool)."""
        copy = self._copy(rules=self._rule_names, threshold=self.threshold)
        copy._encoder = encoder
        return copy

    def _copy(
        self, *, rules: tuple[str, ...], threshold: float, embedding: EmbeddingHeads | None = None
    ) -> EventClassifier:
        return EventClassifier(
            word=self._word,
            char=self._char,
            types=self._types,
            relevance=self._relevance,
            subtypes=self._subtypes,
            cue_scale=self._cue_scale,
            cue_pairs=self._cue_pairs,
            score_scale=self._score_scale,
            threshold=threshold,
            rules=rules,
            metadata=self.metadata,
            embedding=embedding or self.embedding,
            encoder=self._encoder,
        )

    # -- inference ---------------------------------------------------------------------------

    def _features(self, texts: Sequence[str]) -> Any:
        return featurise(
            texts, word=self._word, char=self._char, lexicon=self._lexicon, scale=self._cue_scale
        )

    def probabilities(self, texts: Sequence[str], embeddings: FloatArray | None = None) -> FloatArray:
        """Class probabilities, columns in :attr:`classes` order (the last is ``none``).

        ``embeddings`` (one row per text, from the encoder the model was trained with) are
        used when the model has embedding heads, and ignored otherwise.
        """
        return self._probabilities(texts, embeddings, types=True)

    def _probabilities(
        self, texts: Sequence[str], embeddings: FloatArray | None, *, types: bool
    ) -> FloatArray:
        if not texts:
            return np.zeros((0, len(self._classes)))
        x = self._features(texts)
        shares = _softmax(self._types.scores(x) * self._score_scale)
        logit = self._relevance.scores(x)[:, 0]
        heads = self.embedding
        if (
            heads is not None
            and embeddings is None
            and (heads.relevance_weight > 0 or (types and heads.weight > 0))
        ):
            embeddings = self.encoder().encode(texts)
        if heads is not None and embeddings is not None:
            shares, logit = heads.blend(np.asarray(embeddings), shares, logit)
        relevant = _sigmoid(logit)
        return np.hstack([shares * relevant[:, None], (1.0 - relevant)[:, None]])

    def encoder(self) -> Encoder:
        """The sentence encoder the embedding heads were trained on (loaded on first use)."""
        if self._encoder is None:
            from vigil.extract.encoder import SentenceEncoder

            made = SentenceEncoder(top=self.embedding.top if self.embedding else None)
            expected = self.embedding.encoder if self.embedding else ""
            if expected and expected != made.name:
                raise ModelMissing(f"this model's embedding heads need the {expected} encoder")
            self._encoder = made
            return made
        return self._encoder

    @property
    def classes(self) -> tuple[str, ...]:
        return self._classes

    def relevance(self, texts: Sequence[str], embeddings: FloatArray | None = None) -> list[float]:
        """P(event) per text: a cheap filter before coding a long article sentence by sentence
        (never below what :meth:`predict` gives, so it drops nothing predict would keep).

        It encodes nothing unless the embedding heads take part in relevance.
        """
        probs = self._probabilities(texts, embeddings, types=False)
        return [self._lifted(t, float(1.0 - p)) for t, p in zip(texts, probs[:, self._none], strict=True)]

    def _lifted(self, text: str, relevance: float) -> float:
        """Relevance as :meth:`predict` may end with it: a certainty rule makes a text an event.

        An upper bound: without the sub-type scores a precedence rule cannot be tried, so where
        one would stop :meth:`predict` first, this filter keeps a text :meth:`predict` then drops.
        """
        if relevance >= self.threshold:
            return relevance
        for rule in self._rules:
            if not (rule.only_from or rule.dismiss) and rule.fires(text):
                return self.threshold + 0.01
        return relevance

    def predict(self, texts: Sequence[str], embeddings: FloatArray | None = None) -> list[Prediction]:
        """Code each text; deterministic for a given artifact (and embeddings)."""
        probs = self.probabilities(texts, embeddings)
        return [self._decide(text, row) for text, row in zip(texts, probs, strict=True)]

    def _decide(self, text: str, row: FloatArray) -> Prediction:
        p_none = float(row[self._none])
        relevance = 1.0 - p_none
        event_mass = max(relevance, 1e-12)
        order = [i for i in np.argsort(-row, kind="stable") if i != self._none]
        ranked = [(s, float(row[i]) / event_mass) for i in order[:3] if (s := self._subs[i]) is not None]
        for rule in self._rules:
            if rule.only_from and ranked[0][0] not in rule.only_from:
                continue
            if rule.when_none and relevance >= self.threshold:
                continue
            if rule.fires(text):
                if rule.dismiss:
                    relevance = min(relevance, self.threshold - 0.01)
                    break
                # a model trained without the target class (a small one) still follows the rule
                column = (
                    self._classes.index(rule.target.value) if rule.target.value in self._classes else None
                )
                share = float(row[column]) / event_mass if column is not None else 0.0
                ranked = [(rule.target, max(share, ranked[0][1]))] + [
                    r for r in ranked if r[0] != rule.target
                ]
                if not rule.only_from:
                    relevance = max(relevance, self.threshold + 0.01)
                break
        ranked = ranked[:3]
        if relevance < self.threshold:
            return Prediction(
                sub_event_type=None, probability=p_none, relevance=relevance, ranked=tuple(ranked)
            )
        return Prediction(
            sub_event_type=ranked[0][0],
            probability=ranked[0][1],
            relevance=relevance,
            ranked=tuple(ranked),
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class TrainConfig:
    """Hyper-parameters of :func:`fit_classifier`, stored with the artifact.

    Chosen on the Burkina Faso and world splits and the examples holdout (bench/classify.py),
    then checked unchanged on Benin. The relevance head is weighted by sample weight, so a
    hand-written example's weight counts on both sides of the event / non-event balance.
    """

    c: float = 0.3  # inverse regularisation of the sub-type SVM
    relevance_c: float = 1.0  # inverse regularisation of the relevance logistic regression
    cue_scale: float = 1.0
    cue_pairs: bool = True  # one feature per co-occurring pair of cue groups
    score_scale: float = 4.0  # SVM margins -> softmax shares (ranking only; relevance is calibrated)
    word_max_features: int = 60_000
    char_max_features: int = 0  # 0: no char n-grams (they cost 3x the time for no held-out gain)
    class_weight_power: float = 0.5  # 0: none, 1: fully balanced
    threshold: float = 0.55  # P(event) to keep a text: 0.5 let through too much hand-written non-event news
    none_weight: float = 1.0  # non-events' total weight relative to events' in the relevance head
    rules: tuple[str, ...] = DEFAULT_RULES  # the override rules applied, by name
    seed: int = 20240917
    # blends of the embedding heads, when trained with embeddings; relevance 0.3 rejected more
    # wire non-events but fewer GLOCON ones, so only the sub-type head is blended by default
    embedding_weight: float = 0.5
    embedding_relevance_weight: float = 0.0
    embedding_c: float = 10.0  # inverse regularisation of both embedding heads
    tune_epochs: int = 3  # epochs of fine-tuning the encoder's top layer (bench/tune.py); 0: none


def _vectorisers(cfg: TrainConfig) -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    word = TfidfVectorizer(
        ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=cfg.word_max_features, dtype=np.float32
    )
    if not cfg.char_max_features:
        return word, None
    char = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(2, 5),
        min_df=3,
        sublinear_tf=True,
        max_features=cfg.char_max_features,
        dtype=np.float32,
    )
    return word, char


def _without_names(word: Any, width: int) -> Any:
    """A diagonal matrix that zeroes the word n-grams made of masked names.

    ACLED notes are dense with place and actor names and hand-written news is not, so
    left in, "xname" would teach the relevance head the genre rather than the event.
    """
    from scipy import sparse

    keep = np.ones(width, dtype=np.float32)
    for term, column in word.vocabulary_.items():
        if "xname" in term:
            keep[column] = 0.0
    return sparse.diags(keep, format="csr")


def _per_class(coef: Any, intercept: Any) -> LinearHead:
    """One row per class: sklearn keeps a single row for two classes (softmax of ±z/2 is sigmoid z)."""
    if len(coef) == 1:
        coef, intercept = np.vstack([-coef, coef]) / 2, np.array([-intercept[0], intercept[0]]) / 2
    return LinearHead(coef=np.asarray(coef, np.float32), intercept=np.asarray(intercept, np.float64))


def _relevance_head(
    x: Any, event: npt.NDArray[np.bool_], weight: FloatArray, c: float, seed: int
) -> LinearHead:
    from sklearn.linear_model import LogisticRegression

    if event.all():  # no non-events to learn from: everything is an event
        return LinearHead(coef=np.zeros((1, x.shape[1]), np.float32), intercept=np.array([30.0]))
    logit = LogisticRegression(C=c, max_iter=1000, random_state=seed)
    return LinearHead.of(logit.fit(x, event.astype(np.int64), sample_weight=weight))


def fit_classifier(
    texts: Sequence[str],
    labels: Sequence[str],
    *,
    config: TrainConfig | None = None,
    sample_weight: Sequence[float] | None = None,
    embeddings: FloatArray | None = None,
    encoder: str = "",
    tuned: TunedHead | None = None,
) -> EventClassifier:
    """Train on ``texts`` with ACLED sub-event type strings (or ``none``) as labels.

    Needs at least two sub-types; without any ``none`` label the relevance head says "event"
    for everything. With ``embeddings`` (one row per text, from ``encoder``) the model also
    gets :class:`EmbeddingHeads`, trained with the same class and sample weights; with
    ``tuned`` (whose encoder made ``embeddings``) its sub-type head is the tuned one.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    cfg = config or TrainConfig()
    y = np.asarray(labels)
    event = y != NONE_LABEL
    subtypes, counts = np.unique(y[event], return_counts=True)
    if len(subtypes) < 2:
        raise ValueError("fit_classifier needs at least two sub-event types")
    if embeddings is not None and np.shape(embeddings)[0] != len(y):
        raise ValueError("fit_classifier needs one embedding row per text")
    norm = [normalise(t) for t in texts]
    word, char = _vectorisers(cfg)
    for vectoriser in (word, char):
        if vectoriser is not None:
            vectoriser.fit(norm)
    x = featurise(
        texts, word=word, char=char, lexicon=Lexicon.build(pairs=cfg.cue_pairs), scale=cfg.cue_scale
    )
    base = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    balance = {
        c: (event.sum() / (len(subtypes) * n)) ** cfg.class_weight_power
        for c, n in zip(subtypes, counts, strict=True)
    }
    type_weight = np.array([balance[label] for label in y[event]]) * base[event]
    svm = LinearSVC(C=cfg.c, random_state=cfg.seed).fit(x[event], y[event], sample_weight=type_weight)
    types = _per_class(svm.coef_, svm.intercept_)
    # events and non-events weigh the same in total (times none_weight), however few the latter
    ratio = cfg.none_weight * base[event].sum() / max(base[~event].sum(), 1e-12)
    rel_weight = np.where(event, 1.0, ratio) * base
    relevance = _relevance_head(
        x @ _without_names(word, x.shape[1]), event, rel_weight, cfg.relevance_c, cfg.seed
    )
    heads = None
    if embeddings is not None:
        emb = np.asarray(embeddings, dtype=np.float64)
        if tuned is None:
            sub = LogisticRegression(C=cfg.embedding_c, max_iter=2000, random_state=cfg.seed)
            sub.fit(emb[event], y[event], sample_weight=type_weight)
            emb_types = _per_class(sub.coef_, sub.intercept_)
        else:
            emb_types = tuned.rows([str(c) for c in subtypes])
        heads = EmbeddingHeads(
            types=emb_types,
            relevance=_relevance_head(emb, event, rel_weight, cfg.embedding_c, cfg.seed),
            weight=cfg.embedding_weight,
            relevance_weight=cfg.embedding_relevance_weight,
            dim=emb.shape[1],
            encoder=encoder,
            top=None if tuned is None else dict(tuned.top),
        )
    return EventClassifier(
        word=word,
        char=char,
        types=types,
        relevance=relevance,
        subtypes=tuple(str(c) for c in subtypes),
        cue_scale=cfg.cue_scale,
        cue_pairs=cfg.cue_pairs,
        score_scale=cfg.score_scale,
        threshold=cfg.threshold,
        rules=cfg.rules,
        embedding=heads,
    )
