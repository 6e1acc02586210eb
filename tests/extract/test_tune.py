"""bench/tune.py: the torch mirror of the encoder, and a tuned top layer that vigil can run.

Tuning needs torch, a training-only dependency (``make train-deps``): these tests skip
without it. What ships is checked without torch in test_encoder.py and the quality gate.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from tests.bench_scripts import load_bench_script

from vigil.extract.encoder import SentenceEncoder

pytest.importorskip("torch", reason="tuning needs torch (make train-deps); inference does not")

TEXTS = [
    "Police fired tear gas at protesters in the capital.",
    "Gunmen killed three villagers and burned their homes.",
    "Troops clashed with rebels near the border town.",
    "The football match ended in a draw after extra time.",
    "Students marched peacefully to the ministry.",
    "A drone strike hit a car on the highway.",
]
LABELS = [
    "Protest with intervention",
    "Attack",
    "Armed clash",
    "none",
    "Peaceful protest",
    "Air/drone strike",
]


@pytest.fixture()
def tune(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.setenv("VIGIL_EMB_CACHE", str(tmp_path))
    return load_bench_script("tune")


def test_the_torch_mirror_gives_the_numpy_encoders_vectors(tune: ModuleType) -> None:
    import torch

    encoder = tune._Encoder()
    with torch.no_grad():
        states = tune.lower_states(encoder, TEXTS)
        x, mask = tune._padded(states)
        mirrored = encoder.upper(x, mask).numpy()
    cosines = (mirrored * SentenceEncoder().encode(TEXTS)).sum(axis=1)
    assert cosines.min() > 0.9999  # the lower layers are kept in float16


def test_a_tuned_top_runs_in_vigil_and_training_repeats(tune: ModuleType) -> None:
    config = tune.TuneConfig(epochs=2, warmup=1)
    first = tune.tune(TEXTS, LABELS, [1.0] * len(TEXTS), config=config)
    again = tune.tune(TEXTS, LABELS, [1.0] * len(TEXTS), config=config)
    assert first.classes == tuple(sorted(set(LABELS)))
    assert all(np.array_equal(first.top[k], again.top[k]) for k in first.top)
    assert np.array_equal(first.coef, again.coef)
    vectors = SentenceEncoder(top=first.top).encode(TEXTS)
    assert (vectors * first.embeddings).sum(axis=1).min() > 0.999
    moved = (vectors * SentenceEncoder().encode(TEXTS)).sum(axis=1)
    assert moved.min() < 0.9999  # the layer did learn something
