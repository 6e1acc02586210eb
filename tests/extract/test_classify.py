"""Behaviour of the packaged event classifier on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigil.errors import ModelMissing
from vigil.extract.classify import EventClassifier, Lexicon, Prediction, normalise
from vigil.taxonomy import EventType, SubEventType


@pytest.fixture(scope="module")
def clf() -> EventClassifier:
    try:
        return EventClassifier.load()
    except ModelMissing as exc:  # the artifact is built by bench/train.py
        pytest.skip(f"no packaged artifact: {exc}")


EXPECTED: list[tuple[str, EventType | None]] = [
    (
        "Military jets carried out an air strike on a rebel camp outside the town on Tuesday, "
        "killing at least eight fighters, the army said.",
        EventType.REMOTE_VIOLENCE,
    ),
    (
        "Police fired tear gas to disperse hundreds of students protesting against higher fees "
        "outside the education ministry.",
        EventType.PROTESTS,
    ),
    (
        "A suicide bomber blew himself up at a crowded bus station on Friday, killing 14 people.",
        EventType.REMOTE_VIOLENCE,
    ),
    (
        "Torrential rainfall caused flooding in the river valley, destroying crops and forcing "
        "families to move to higher ground, the weather service said.",
        None,
    ),
    (
        "The main stock market index closed 1.2 percent higher on Wednesday as bank shares rallied "
        "on strong quarterly earnings.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXPECTED)
def test_event_type(clf: EventClassifier, text: str, expected: EventType | None) -> None:
    (pred,) = clf.predict([text])
    got = pred.sub_event_type.event_type if pred.sub_event_type else None
    assert got is expected, pred


def test_suicide_bombing_is_suicide_bomb(clf: EventClassifier) -> None:
    (pred,) = clf.predict(["A suicide bomber blew himself up at a crowded bus station, killing 14 people."])
    assert pred.sub_event_type is SubEventType.SUICIDE_BOMB


def test_prediction_shape(clf: EventClassifier) -> None:
    preds = clf.predict(["Gunmen attacked a village and killed five farmers.", "The team won the cup."])
    assert all(isinstance(p, Prediction) for p in preds)
    for pred in preds:
        assert 0.0 <= pred.relevance <= 1.0
        assert 0.0 <= pred.probability <= 1.0
        assert 1 <= len(pred.ranked) <= 3
        assert [p for _, p in pred.ranked] == sorted((p for _, p in pred.ranked), reverse=True)
    assert preds[0].relevance > preds[1].relevance


def test_deterministic(clf: EventClassifier) -> None:
    texts = [t for t, _ in EXPECTED]
    assert clf.predict(texts) == clf.predict(texts)
    assert clf.relevance(texts) == clf.relevance(texts)
    assert clf.predict(texts[:1]) == clf.predict(texts)[:1]  # batching does not change a text's result


def test_empty_batch(clf: EventClassifier) -> None:
    assert clf.predict([]) == []
    assert clf.relevance([]) == []


def test_model_missing_on_bad_path(tmp_path: Path) -> None:
    with pytest.raises(ModelMissing):
        EventClassifier.load(tmp_path / "absent.joblib")
    junk = tmp_path / "junk.joblib"
    junk.write_bytes(b"not a model")
    with pytest.raises(ModelMissing):
        EventClassifier.load(junk)


def test_normalise_masks_dates_numbers_and_names() -> None:
    text = normalise("On 5 May 2020, 12 protesters marched in Nairobi (Nairobi) on Tuesday.")
    assert "0" in text and "2020" not in text
    assert "nairobi" not in text and "xdate" in text


def test_lexicon_flags_text_without_event_cues() -> None:
    matrix = Lexicon.build().matrix(["Shares rose on Monday.", "Rebels attacked the army base."])
    assert matrix[0, -1] == 1.0 and matrix[1, -1] == 0.0
