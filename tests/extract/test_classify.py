"""Behaviour of the packaged event classifier on sentences written for these tests."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from vigil.errors import ModelMissing
from vigil.extract.classify import (
    CUE_NAMES,
    NONE_LABEL,
    EventClassifier,
    Lexicon,
    LinearHead,
    Prediction,
    TrainConfig,
    TunedHead,
    build_rules,
    fit_classifier,
    normalise,
)
from vigil.extract.event_features import _CUES
from vigil.extract.event_rules import rule_named
from vigil.taxonomy import EventType, SubEventType

DATA = Path(__file__).resolve().parents[2] / "src" / "vigil" / "extract" / "data"


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
    (
        "A man was charged with murder after his neighbour was stabbed in a quarrel over a debt, "
        "police said.",
        None,
    ),
    ("The home side won the derby 3-1 with two late goals from their captain.", None),
    (
        "Rebels seized control of the border town after government soldiers fled, residents said.",
        EventType.BATTLES,
    ),
    (
        "A mob beat a suspected thief to death in the market on Saturday.",
        EventType.RIOTS,
    ),
    (
        "Journalists marched through the city to demand the release of a colleague arrested last week.",
        EventType.PROTESTS,
    ),
]


def test_abduction_with_killing_is_an_attack(clf: EventClassifier) -> None:
    """The codebook's precedence: people abducted and killed make an Attack, not an abduction."""
    plain, killed = clf.predict(
        [
            "Gunmen abducted a village chief and two of his sons on the road to the market.",
            "Gunmen abducted a village chief on the road to the market and later executed him.",
        ]
    )
    assert plain.sub_event_type is SubEventType.ABDUCTION
    assert killed.sub_event_type is SubEventType.ATTACK


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


def test_lexicon_patterns_are_lower_case() -> None:  # they match lower-cased text
    assert all(rx == rx.lower() for _, rx in _CUES)


def test_lexicon_tells_armed_from_civilian_targets() -> None:
    lexicon = Lexicon.build()
    armed = lexicon.hits("Militants attacked a military post near the town.")
    civil = lexicon.hits("Gunmen killed five villagers near the town.")
    a, c = CUE_NAMES.index("armed_target"), CUE_NAMES.index("civilian_target")
    assert armed[a] and not armed[c]
    assert civil[c] and not civil[a]


def _fires(name: str, text: str) -> bool:
    return rule_named(name).fires(text)


def test_precedence_rules_read_who_was_hurt() -> None:
    assert _fires("killed_precedes", "Raiders looted the shops and shot dead the owner.")
    assert not _fires("killed_precedes", "Raiders looted the shops and killed the owner's goats.")
    assert _fires("protest_not_arrest", "Lawyers protested against the arrest of their president.")
    assert not _fires("protest_not_arrest", "Police arrested twelve protesters outside the court.")


def test_hurt_or_beaten_people_make_a_looting_an_attack() -> None:
    assert _fires("hurt_precedes", "Gunmen kidnapped two traders and badly hurt a third who resisted.")
    assert not _fires(
        "hurt_precedes", "Rebels kidnapped a driver for ransom. No fatalities or injuries reported."
    )
    assert _fires("beaten_precedes_looting", "Militants ransacked the shops and beat the owners.")
    assert not _fires("beaten_precedes_looting", "Militants ransacked the shops and stole the goods.")
    (rule,) = [r for r in build_rules() if r.name == "beaten_precedes_looting"]
    assert rule.only_from == (SubEventType.LOOTING,)  # never recodes an abduction on a beating alone


def test_seized_goods_take_no_ground() -> None:
    assert _fires("goods_not_ground", "Militants stopped a truck on the road and seized the vehicle.")
    assert not _fires("goods_not_ground", "Militants overran the army post and seized vehicles and weapons.")
    assert not _fires("goods_not_ground", "Rebels captured the town after a night of fighting.")


def test_protesters_who_burn_or_stone_are_violent() -> None:
    assert _fires("rioting_not_peaceful", "Students protested and burned the police station in the town.")
    assert _fires("rioting_not_peaceful", "Demonstrators threw stones at the governor's convoy.")
    assert not _fires(
        "rioting_not_peaceful", "Traders marched to protest against the torching of the market."
    )
    assert not _fires("rioting_not_peaceful", "Protesters demanded the return of looted public funds.")


def test_precedence_rules_leave_relevance_and_other_types_alone() -> None:
    looting = [
        "Fighters looted the market and stole goods.",
        "Militants ransacked and looted shops in the village.",
        "Armed men looted the granaries and the market.",
    ]
    texts = [
        "Fighters looted the market and beat two traders.",
        "Troops fought militants and beat them back.",
    ]
    x, y = zip(*TINY, strict=True)
    clf = fit_classifier(
        list(x) + looting,
        list(y) + ["Looting/property destruction"] * len(looting),
        config=TrainConfig(rules=(), threshold=0.0),
    )
    plain, ruled = clf.predict(texts), clf.with_rules(("beaten_precedes_looting",)).predict(texts)
    assert plain[0].sub_event_type is SubEventType.LOOTING
    assert ruled[0].sub_event_type is SubEventType.ATTACK
    assert ruled[0].relevance == plain[0].relevance
    assert ruled[1] == plain[1]


def test_lexicon_says_whose_gain_a_territory_change_is() -> None:
    lexicon = Lexicon.build()
    state = lexicon.hits("Soldiers retook the market town from the insurgents on Friday.")
    rebel = lexicon.hits("Insurgents captured the market town after a night of fighting.")
    s, r = CUE_NAMES.index("state_regains"), CUE_NAMES.index("nonstate_takes")
    assert state[s] and not state[r]
    assert rebel[r] and not rebel[s]


def test_cue_pairs_mark_co_occurring_groups() -> None:
    lexicon = Lexicon.build(pairs=True)
    both, one = lexicon.matrix(
        ["Militants abducted two traders and killed them.", "Militants abducted two traders."]
    )
    assert len(both) == lexicon.width > Lexicon.build().width
    n = len(CUE_NAMES)
    a, k = sorted((CUE_NAMES.index("abduct"), CUE_NAMES.index("kill")))
    column = n + 1 + sum(n - 1 - i for i in range(a)) + (k - a - 1)  # upper-triangle order
    assert both[column] == 1.0 and one[column] == 0.0


def test_lexicon_flags_text_without_event_cues() -> None:
    matrix = Lexicon.build().matrix(["Shares rose on Monday.", "Rebels attacked the army base."])
    assert matrix[0, -1] == 1.0 and matrix[1, -1] == 0.0


# -- training on a tiny corpus written for this test: the two heads, persistence ----------------

TINY = [
    ("Rebels and soldiers exchanged fire near the village.", "Armed clash"),
    ("Troops fought militants for hours outside the town.", "Armed clash"),
    ("Gunmen clashed with the army at a checkpoint.", "Armed clash"),
    ("Protesters marched peacefully to the ministry.", "Peaceful protest"),
    ("Students held a peaceful rally against fees.", "Peaceful protest"),
    ("Hundreds marched through the capital demanding reform.", "Peaceful protest"),
    ("Warplanes bombed a market in the rebel town.", "Air/drone strike"),
    ("A drone strike hit a car carrying fighters.", "Air/drone strike"),
    ("Jets carried out air strikes on a camp.", "Air/drone strike"),
    ("The team won the cup final on penalties.", NONE_LABEL),
    ("Shares rose as the bank reported higher profits.", NONE_LABEL),
    ("Heavy rain flooded the valley and farmers lost crops.", NONE_LABEL),
]


def _tiny(**overrides: object) -> EventClassifier:
    config = TrainConfig(word_max_features=500, **overrides)  # type: ignore[arg-type]
    texts, labels = zip(*(TINY * 2), strict=True)  # each n-gram twice, past min_df
    return fit_classifier(list(texts), list(labels), config=config)


def test_fit_save_load_round_trip(tmp_path: Path) -> None:
    clf = _tiny()
    texts = ["Soldiers and rebels exchanged fire.", "The team won the final."]
    path = tmp_path / "m.joblib"
    clf.save(path)
    again = EventClassifier.load(path)
    assert again.predict(texts) == clf.predict(texts)
    assert again.classes[-1] == NONE_LABEL and len(again.classes) == 4
    assert clf.predict(texts)[0].sub_event_type is SubEventType.ARMED_CLASH
    assert clf.predict(texts)[1].sub_event_type is None


def test_probabilities_are_relevance_times_shares() -> None:
    clf = _tiny()
    probs = clf.probabilities(["Jets bombed the rebel camp.", "Shares rose."])
    assert probs.shape == (2, 4)
    assert probs.sum(axis=1) == pytest.approx([1.0, 1.0])
    assert clf.relevance(["Jets bombed the rebel camp."])[0] == pytest.approx(1.0 - probs[0, -1])


def test_threshold_only_moves_the_event_or_not_decision() -> None:
    clf = _tiny()
    texts = [t for t, _ in TINY]
    strict, lax = clf.with_threshold(0.99).predict(texts), clf.with_threshold(0.01).predict(texts)
    assert all(p.sub_event_type is not None for p in lax)
    assert sum(p.sub_event_type is None for p in strict) >= sum(p.sub_event_type is None for p in lax)
    assert [p.ranked for p in strict] == [p.ranked for p in lax]


def test_without_non_events_everything_is_relevant() -> None:
    texts = [t for t, label in TINY if label != NONE_LABEL] * 2
    labels = [label for _, label in TINY if label != NONE_LABEL] * 2
    clf = fit_classifier(texts, labels, config=TrainConfig(word_max_features=500))
    assert min(clf.relevance(["Anything at all."])) > 0.99


def test_one_sub_type_is_refused() -> None:
    with pytest.raises(ValueError, match="two sub-event types"):
        fit_classifier(["a b", "a c"], ["Armed clash", "Armed clash"])


# -- optional embedding heads: vectors made outside vigil, blended with the text heads ----------

_AXES = sorted({label for _, label in TINY})  # one embedding axis per label, as a toy encoder


def _toy_embed(labels: list[str]) -> np.ndarray:
    """Unit vectors that point at each text's label (with a little of every other axis)."""
    emb = np.full((len(labels), len(_AXES)), 0.1)
    for row, label in enumerate(labels):
        emb[row, _AXES.index(label)] = 1.0
    out: np.ndarray = emb / np.linalg.norm(emb, axis=1, keepdims=True)
    return out


def _tiny_with_embeddings(weight: float = 0.5) -> EventClassifier:
    texts, labels = zip(*(TINY * 2), strict=True)
    config = TrainConfig(word_max_features=500, embedding_weight=weight, embedding_relevance_weight=weight)
    return fit_classifier(
        list(texts), list(labels), config=config, embeddings=_toy_embed(list(labels)), encoder="toy"
    )


class _ToyEncoder:
    """Encodes a TINY text as its label's toy vector, and counts the texts it was asked for."""

    name = "toy"

    def __init__(self) -> None:
        self.asked: list[str] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.asked.extend(texts)
        labels = dict(TINY)
        return _toy_embed([labels.get(t, NONE_LABEL) for t in texts])


def test_a_model_with_embedding_heads_encodes_texts_itself() -> None:
    texts = [t for t, label in TINY]
    encoder = _ToyEncoder()
    clf = _tiny_with_embeddings().with_encoder(encoder)
    given = clf.probabilities(texts, _toy_embed([label for _, label in TINY]))
    assert np.array_equal(clf.probabilities(texts), given)
    assert encoder.asked == texts
    # relevance alone does not need the encoder when the embeddings take no part in it
    relevance_only = _tiny_with_embeddings().with_embedding_weight(0.5, 0.0).with_encoder(encoder)
    relevance_only.relevance(texts)
    assert encoder.asked == texts


def test_a_model_without_embedding_heads_ignores_embeddings() -> None:
    texts = [t for t, _ in TINY]
    plain = _tiny()
    assert plain.embedding is None
    assert np.allclose(
        plain.probabilities(texts, _toy_embed([label for _, label in TINY])), plain.probabilities(texts)
    )


def test_heads_refuse_another_encoder() -> None:
    clf = _tiny_with_embeddings()  # trained on "toy" vectors: the packaged encoder is not theirs
    with pytest.raises(ModelMissing, match="toy"):
        clf.predict(["Rebels and soldiers exchanged fire near the village."])


def test_embeddings_move_the_coding_by_their_weight() -> None:
    text = ["Rebels and soldiers exchanged fire near the village."]  # a clash in words
    strike = _toy_embed(["Air/drone strike"])  # an encoder that reads it as an air strike
    clf = _tiny_with_embeddings()
    text_only = clf.with_embedding_weight(0.0).predict(text, strike)[0]
    assert text_only == _tiny().predict(text)[0]  # the same text heads as a model without embeddings
    assert text_only.sub_event_type is SubEventType.ARMED_CLASH
    assert (
        clf.with_embedding_weight(1.0).predict(text, strike)[0].sub_event_type
        is SubEventType.AIR_DRONE_STRIKE
    )
    news = _toy_embed([NONE_LABEL])
    assert clf.relevance(text, news)[0] < clf.relevance(text, strike)[0]
    # each head has its own weight: sub-types from the embedding, relevance from the words
    split = clf.with_embedding_weight(1.0, 0.0)
    assert split.relevance(text, news) == pytest.approx(_tiny().relevance(text))
    assert split.predict(text, strike)[0].sub_event_type is SubEventType.AIR_DRONE_STRIKE
    probs = clf.probabilities(text, strike)
    assert probs.sum(axis=1) == pytest.approx([1.0])


def test_embedding_heads_survive_save_and_load(tmp_path: Path) -> None:
    clf = _tiny_with_embeddings(0.7)
    path = tmp_path / "m.joblib"
    clf.save(path)
    again = EventClassifier.load(path)
    texts = [t for t, _ in TINY]
    emb = _toy_embed([label for _, label in TINY][::-1])
    assert again.embedding is not None and again.embedding.encoder == "toy"
    assert again.embedding.weight == 0.7
    assert np.allclose(again.probabilities(texts, emb), clf.probabilities(texts, emb))


def test_a_tuned_head_is_the_embedding_head_and_carries_its_layer() -> None:
    texts, labels = zip(*(TINY * 2), strict=True)
    # the tuned head's classes come in their own order, with none: each sub-type takes its own row
    classes = (NONE_LABEL, *reversed([a for a in _AXES if a != NONE_LABEL]))
    coef = np.vstack([_toy_embed([c]) for c in classes]).astype(np.float32) * 20
    top = {"encoder.layer.5.output.dense.bias": np.ones(384, dtype=np.float16)}
    tuned = TunedHead(classes=classes, head=LinearHead(coef=coef, intercept=np.zeros(len(classes))), top=top)
    clf = fit_classifier(
        list(texts),
        list(labels),
        config=TrainConfig(word_max_features=500, embedding_weight=1.0),
        embeddings=_toy_embed(list(labels)),
        encoder="toy+tuned",
        tuned=tuned,
    )
    assert clf.embedding is not None and clf.embedding.top is not None
    assert np.array_equal(
        clf.embedding.top["encoder.layer.5.output.dense.bias"], top["encoder.layer.5.output.dense.bias"]
    )
    text = ["Rebels and soldiers exchanged fire near the village."]
    assert (
        clf.predict(text, _toy_embed(["Air/drone strike"]))[0].sub_event_type is SubEventType.AIR_DRONE_STRIKE
    )
    lacking = TunedHead(
        classes=classes[:-1], head=LinearHead(coef=coef[:-1], intercept=np.zeros(len(classes) - 1)), top=top
    )
    with pytest.raises(ValueError, match="no row for"):
        fit_classifier(list(texts), list(labels), embeddings=_toy_embed(list(labels)), tuned=lacking)


def test_embeddings_of_the_wrong_shape_are_refused() -> None:
    clf = _tiny_with_embeddings()
    with pytest.raises(ValueError, match="shape"):
        clf.predict(["Jets bombed the camp."], np.zeros((1, 3)))
    with pytest.raises(ValueError, match="one embedding row per text"):
        fit_classifier(["a b", "a c"], ["Armed clash", "Air/drone strike"], embeddings=np.zeros((3, 4)))
    with pytest.raises(ValueError, match="no embedding heads"):
        _tiny().with_embedding_weight(0.5)


def test_example_files_are_valid_and_distinct() -> None:
    valid = {s.value for s in SubEventType}
    seen: set[str] = set()
    files = sorted(DATA.glob("examples_*.jsonl"))
    assert len(files) >= 5
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            assert record["label"] is None or record["label"] in valid, record
            key = " ".join(record["text"].lower().split())
            assert key not in seen, f"duplicate example in {path.name}: {record['text']}"
            seen.add(key)


def test_a_bomber_wearing_the_charge_is_a_suicide_bomb(clf: EventClassifier) -> None:
    text = "Nine people died when a man wearing an explosives vest set it off at a crowded bus stop."
    (pred,) = clf.predict([text])
    assert pred.sub_event_type is SubEventType.SUICIDE_BOMB


def test_a_lifting_rule_only_turns_a_non_event_into_an_event() -> None:
    clf = _tiny(rules=("streets_protest",))
    plain = clf.with_rules(())
    texts = ["Workers took to the streets over unpaid wages.", "Rebels and soldiers exchanged fire."]
    assert plain.predict(texts[:1])[0].sub_event_type is None  # the model alone sees no event
    lifted, battle = clf.predict(texts)
    assert lifted.sub_event_type is SubEventType.PEACEFUL_PROTEST
    assert battle == plain.predict(texts[1:])[0]
    # the cheap relevance filter agrees with predict, so the coder does not drop the text first
    assert clf.relevance(texts[:1])[0] >= clf.threshold > plain.relevance(texts[:1])[0]
    assert clf.relevance(["The team won the cup final."]) == plain.relevance(["The team won the cup final."])
