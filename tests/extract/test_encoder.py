"""The NumPy sentence encoder: tokenizer, weight reader, and the vectors it gives."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from vigil.extract.encoder import SentenceEncoder, WordPiece, model_dir, read_safetensors

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "army", "shell", "##ed", "##ing", "cafe", ",", "."]


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder()


def _wordpiece() -> WordPiece:
    return WordPiece(vocab={w: i for i, w in enumerate(VOCAB)})


def test_wordpiece_splits_words_into_the_longest_known_pieces() -> None:
    wp = _wordpiece()
    assert wp.ids("The army shelled.", 32) == [2, 4, 5, 6, 7, 11, 3]
    assert wp.ids("shelling", 32) == [2, 6, 8, 3]


def test_wordpiece_lowercases_strips_accents_and_marks_unknown_words() -> None:
    wp = _wordpiece()
    assert wp.ids("CAFÉ, Kidal", 32) == [2, 9, 10, 1, 3]  # "Kidal" has no pieces: one [UNK]


def test_wordpiece_truncates_keeping_the_end_marker() -> None:
    assert _wordpiece().ids("the army the army the army", 4) == [2, 4, 5, 3]


def test_read_safetensors_reads_what_the_format_says(tmp_path: Path) -> None:
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    b = np.array([7, 8], dtype=np.int64)
    header = {
        "__metadata__": {"format": "pt"},
        "a": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]},
        "b": {"dtype": "I64", "shape": [2], "data_offsets": [24, 40]},
    }
    raw = json.dumps(header).encode()
    path = tmp_path / "t.safetensors"
    path.write_bytes(len(raw).to_bytes(8, "little") + raw + a.tobytes() + b.tobytes())
    tensors = read_safetensors(path)
    assert set(tensors) == {"a", "b"}
    assert np.array_equal(tensors["a"], a) and np.array_equal(tensors["b"], b)


def test_the_packaged_vocabulary_is_read() -> None:
    wp = WordPiece.load(model_dir() / "vocab.txt")
    ids = wp.ids("Gunmen attacked a village.", 64)
    assert ids[0] == wp.vocab["[CLS]"] and ids[-1] == wp.vocab["[SEP]"]
    assert wp.vocab["[UNK]"] not in ids


def test_vectors_are_unit_length_and_mean_something(encoder: SentenceEncoder) -> None:
    texts = [
        "Soldiers and rebels exchanged fire near the border town.",
        "Troops clashed with militants close to the frontier.",
        "The central bank raised interest rates by half a point.",
    ]
    v = encoder.encode(texts)
    assert v.shape == (3, encoder.dim)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2


def test_a_text_gets_the_same_vector_in_any_batch() -> None:
    texts = ["Police fired tear gas at protesters.", "A drone strike hit a car.", "Police fired at a crowd."]
    together = SentenceEncoder().encode(texts)
    alone = np.vstack([SentenceEncoder().encode([t]) for t in texts])
    assert np.array_equal(together, alone)  # bit for bit: ingest order must not change a coding


def _top_layer(scale: float) -> dict[str, np.ndarray]:
    raw = read_safetensors(model_dir() / "model.safetensors")
    named = {k.removeprefix("bert."): v for k, v in raw.items()}
    return {
        k: (v * scale).astype(np.float16)
        for k, v in named.items()
        if k.startswith("encoder.layer.5.output.dense.")
    }


def test_a_tuned_top_changes_the_vectors_and_the_name(encoder: SentenceEncoder) -> None:
    texts = ["Police fired tear gas at protesters.", "A drone strike hit a car."]
    same = SentenceEncoder(top=_top_layer(1.0))
    other = SentenceEncoder(top=_top_layer(0.5))
    assert same.name == other.name == f"{encoder.name}+tuned"
    assert np.allclose(same.encode(texts), encoder.encode(texts), atol=1e-3)  # float16 weights
    assert not np.allclose(other.encode(texts), encoder.encode(texts), atol=1e-2)


def test_a_tuned_weight_of_another_shape_is_refused() -> None:
    from vigil.errors import ModelMissing

    bad = {"encoder.layer.5.output.dense.bias": np.zeros(7, dtype=np.float16)}
    with pytest.raises(ModelMissing, match="does not fit"):
        SentenceEncoder(top=bad).encode(["A drone strike hit a car."])
