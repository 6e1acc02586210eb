"""The coder, field by field, on countries it has never seen.

For a held-out split the event classifier is retrained without that country (and without the
fixed holdout of the hand-written examples), and the actor registry is rebuilt without mining
that country's actor names; the gazetteer never saw ACLED locations. Then every held-out ACLED
note is coded through the real pipeline (the same code as ``vigil code``) and compared with
ACLED's own coding.

    .venv/bin/python bench/coder.py --split benin
    .venv/bin/python bench/coder.py --split bf --limit 1000
    .venv/bin/python bench/coder.py --split world --limit 1000 --published offset

``--published none`` codes notes with no publication date (dates must come from the text);
``--feed-country`` gives each note its country, as a per-country feed would tell the coder
(off by default: it is ACLED's own field, so the plain figures never see it).
``--no-desk`` codes every note on its own words alone; by default, as in ``vigil code``, a
split whose notes mostly name one country is read as that country's desk
(``vigil.extract.desk``): notes that name no place take its country. The desk is read from
the first notes coded: a seeded sample of the split with ``--limit``, the file's order without.
``--published offset`` gives each note a publication date 0-3 days after the event (seeded),
as a news article would have. The wire-style block scores the held-out quarter of the
hand-written examples (never trained on in this run): sub-type and relevance on news-like text.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from build_actor_registry import build as build_registry  # noqa: E402
from train import Sample, load_acled, load_examples, shared_dir, train  # noqa: E402
from vigil.domain import Article, haversine_km  # noqa: E402
from vigil.extract.actors import ActorRegistry  # noqa: E402
from vigil.extract.batch import code_rows  # noqa: E402
from vigil.extract.classify import NONE_LABEL, EventClassifier, TrainConfig  # noqa: E402
from vigil.extract.coder import Coder, Resources  # noqa: E402
from vigil.extract.gazetteer import Gazetteer  # noqa: E402
from vigil.extract.geocode import Geocoder  # noqa: E402
from vigil.extract.nlp import load_nlp  # noqa: E402
from vigil.taxonomy import ActorType, SubEventType  # noqa: E402

BIG_SEVEN = {"Ukraine", "Kenya", "Sri Lanka", "Bangladesh", "Burkina Faso", "Benin", "Afghanistan"}
SHIPPED_MODELS = REPO / "bench" / "models"  # held-out classifiers for the quality gate
SPLITS = {"benin": "acled_benin.csv", "bf": "acled_burkina_faso.csv", "world": "acled_world.csv"}


@dataclass(frozen=True, slots=True)
class Gold:
    id: str
    text: str
    row: dict[str, str]


def in_split(split: str, country: str) -> bool:
    if split == "benin":
        return country == "Benin"
    if split == "bf":
        return country == "Burkina Faso"
    return country not in BIG_SEVEN


def held_out_rows(shared: Path, split: str, limit: int | None, seed: int) -> tuple[list[Gold], str]:
    path = shared / "data" / "acled" / SPLITS[split]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [
            r for r in csv.DictReader(fh) if (r.get("notes") or "").strip() and in_split(split, r["country"])
        ]
    if limit and len(rows) > limit:
        rows = random.Random(seed).sample(rows, limit)
    return [Gold(r["event_id_cnty"], r["notes"], r) for r in rows], digest


def build_coder(
    split: str, *, holdout_examples: bool = True, shipped_only: bool = False
) -> tuple[Coder, float]:
    """A coder whose classifier and actor registry never saw the held-out split."""
    start = time.perf_counter()
    shared = shared_dir()
    classifier = classifier_for(split, training_samples(split, holdout_examples), shipped_only=shipped_only)
    excluded = {"Benin"} if split == "benin" else {"Burkina Faso"} if split == "bf" else set()
    if split == "world":
        with (shared / "data" / "acled" / "acled_world.csv").open(encoding="utf-8", newline="") as fh:
            excluded = {r["country"] for r in csv.DictReader(fh) if r["country"] not in BIG_SEVEN}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(build_registry(excluded), fh)
    registry = ActorRegistry.load(Path(fh.name))
    resources = Resources(
        nlp=load_nlp(), classifier=classifier, registry=registry, geocoder=Geocoder(Gazetteer.load())
    )
    return Coder(resources), time.perf_counter() - start


def training_samples(split: str, holdout_examples: bool = True) -> list[Sample]:
    """Every labelled text but the split's notes (and the examples' fixed holdout)."""
    samples = [s for s in load_acled(shared_dir()) if not in_split(split, s.country)]
    return samples + [s for s in load_examples() if not (holdout_examples and s.heldout)]


def classifier_for(split: str, samples: list[Sample], *, shipped_only: bool = False) -> EventClassifier:
    """The split's held-out classifier: the one in bench/models if it is current, else trained.

    The quality gate (``shipped_only``) never trains: encoding the 28k training texts for the
    embedding heads would take CI ten minutes, so a model trained by ``--save-classifier`` is
    shipped, and its fingerprint (training texts, labels, classifier code) must match.
    """
    fingerprint = _fingerprint(samples)
    shipped = SHIPPED_MODELS / f"event_classifier_without_{split}.joblib"
    if shipped.is_file():
        classifier = EventClassifier.load(shipped)
        if classifier.metadata.get("fingerprint") == fingerprint:
            return classifier
    if shipped_only:
        raise RuntimeError(
            f"{shipped.relative_to(REPO)} is missing or stale (the training data or classifier code "
            f"changed): run bench/coder.py --split {split} --save-classifier"
        )
    cache = Path(tempfile.gettempdir()) / f"vigil-bench-classifier-{split}-{fingerprint}.joblib"
    if cache.exists():
        return EventClassifier.load(cache)
    classifier = train(samples, TrainConfig())
    classifier.metadata = {"fingerprint": fingerprint, "held_out": split, "trained_on": len(samples)}
    classifier.save(cache)
    return classifier


def _fingerprint(samples: list[Sample]) -> str:
    """Identifies a training set (and the classifier code), so a cached model is reused only for it."""
    h = hashlib.sha256()
    for module in ("classify.py", "event_features.py", "event_rules.py", "event_rules_wire.py", "encoder.py"):
        h.update((REPO / "src" / "vigil" / "extract" / module).read_bytes())
    for script in ("train.py", "tune.py"):
        h.update((REPO / "bench" / script).read_bytes())
    for s in samples:
        h.update(f"{s.label}\t{s.text}\n".encode())
    return h.hexdigest()[:16]


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return haversine_km(a[0], a[1], b[0], b[1])


def published_for(gold: Gold, mode: str, rng: random.Random) -> date | None:
    if mode == "none":
        return None
    return date.fromisoformat(gold.row["event_date"]) + timedelta(days=rng.randint(0, 3))


def score_notes(golds: list[Gold], outputs: list[dict[str, Any]]) -> dict[str, float]:
    from sklearn.metrics import f1_score

    n = len(golds)
    events = [o["event"] for o in outputs]
    coded = [e for e in events if e is not None]
    pred_sub = [e["sub_event_type"] if e else NONE_LABEL for e in events]
    gold_sub = [g.row["sub_event_type"] for g in golds]
    etype = {s.value: s.event_type.value for s in SubEventType}
    out: dict[str, float] = {
        "n": n,
        "coded (relevance recall on real events)": len(coded) / n,
        "event_type accuracy": sum(etype.get(p) == etype[g] for p, g in zip(pred_sub, gold_sub, strict=True))
        / n,
        "sub_event_type accuracy": sum(p == g for p, g in zip(pred_sub, gold_sub, strict=True)) / n,
        "sub_event_type weighted F1": f1_score(gold_sub, pred_sub, average="weighted", zero_division=0),
        "sub_event_type macro F1": f1_score(
            gold_sub, pred_sub, average="macro", labels=sorted(set(gold_sub)), zero_division=0
        ),
    }
    fat_exact = fat_err = a1 = a2 = i1 = i2 = day = near = located = country = 0
    for g, e in zip(golds, events, strict=True):
        row = g.row
        gold_fat = int(row["fatalities"] or 0)
        fat = e["fatalities"] if e else 0
        fat_exact += fat == gold_fat
        fat_err += abs(fat - gold_fat)
        if e is None:
            continue
        a1 += (e["actor1"] or "") == row["actor1"]
        a2 += (e["actor2"] or "") == (row["actor2"] or "")
        gi1, gi2 = ActorType.parse(row["inter1"]), ActorType.parse(row["inter2"])
        i1 += e["inter1"] == (int(gi1) if gi1 else None)
        i2 += e["inter2"] == (int(gi2) if gi2 else None)
        day += e["event_date"] == row["event_date"]
        country += (e["country"] or "") == row["country"]
        if e["latitude"] is not None and row["latitude"]:
            located += 1
            near += (
                km((e["latitude"], e["longitude"]), (float(row["latitude"]), float(row["longitude"]))) <= 25
            )
    out |= {
        "fatalities exact": fat_exact / n,
        "fatalities MAE": fat_err / n,
        "actor1 exact": a1 / n,
        "actor2 exact": a2 / n,
        "inter1 accuracy": i1 / n,
        "inter2 accuracy": i2 / n,
        "event_date exact": day / n,
        "country exact": country / n,
        "location within 25 km": near / n,
    }
    return out


def score_wire(coder: Coder) -> dict[str, float]:
    """The held-out quarter of the hand-written wire examples: relevance and sub-type on news-like text."""
    held = [s for s in load_examples() if s.heldout]
    preds = coder.res.classifier.predict([s.text for s in held])
    tp = sum(1 for s, p in zip(held, preds, strict=True) if s.label != NONE_LABEL and p.sub_event_type)
    fp = sum(1 for s, p in zip(held, preds, strict=True) if s.label == NONE_LABEL and p.sub_event_type)
    neg = sum(1 for s in held if s.label == NONE_LABEL)
    pos = len(held) - neg
    positives = [(s, p) for s, p in zip(held, preds, strict=True) if s.label != NONE_LABEL]
    from sklearn.metrics import f1_score

    gold = [s.label for s, _ in positives]
    got = [p.sub_event_type.value if p.sub_event_type else NONE_LABEL for _, p in positives]
    return {
        "wire examples held out": len(held),
        "non-events rejected": 1 - fp / neg if neg else float("nan"),
        "relevance precision": tp / (tp + fp) if tp + fp else float("nan"),
        "relevance recall": tp / pos if pos else float("nan"),
        "sub_event_type weighted F1 (wire positives)": f1_score(
            gold, got, average="weighted", zero_division=0
        ),
    }


def evaluate(
    split: str,
    *,
    limit: int | None,
    published: str,
    seed: int = 7,
    feed_country: bool = False,
    shipped_only: bool = False,
    desk: bool = True,
) -> dict[str, Any]:
    shared = shared_dir()
    golds, digest = held_out_rows(shared, split, limit, seed)
    coder, build_s = build_coder(split, shipped_only=shipped_only)
    rng = random.Random(seed)
    articles = [
        Article(
            text=g.text,
            external_id=g.id,
            published=published_for(g, published, rng),
            origin="bench",
            country=g.row["country"] if feed_country else None,
        )
        for g in golds
    ]
    start = time.perf_counter()
    outputs = list(code_rows(articles, coder, desk=desk))
    elapsed = time.perf_counter() - start
    assert [o["id"] for o in outputs] == [g.id for g in golds]
    scores = score_notes(golds, outputs)
    scores["notes per second"] = len(golds) / elapsed
    scores["setup seconds (train + registry)"] = build_s
    wire = score_wire(coder)
    confusion = Counter(
        (g.row["sub_event_type"], o["event"]["sub_event_type"] if o["event"] else NONE_LABEL)
        for g, o in zip(golds, outputs, strict=True)
    )
    return {
        "split": split,
        "input_sha256": digest,
        "notes": scores,
        "wire": wire,
        "confusion": confusion,
        "rows": [(g.row, o) for g, o in zip(golds, outputs, strict=True)],
    }


def save_classifier(split: str) -> None:
    classifier = classifier_for(split, training_samples(split))
    SHIPPED_MODELS.mkdir(parents=True, exist_ok=True)
    path = SHIPPED_MODELS / f"event_classifier_without_{split}.joblib"
    classifier.save(path)
    print(
        f"{path.relative_to(REPO)}: {path.stat().st_size / 1e6:.1f} MB, fingerprint {classifier.metadata['fingerprint']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SPLITS), default="benin")
    parser.add_argument("--limit", type=int, default=None, help="sample this many held-out notes")
    parser.add_argument("--published", choices=["none", "offset"], default="offset")
    parser.add_argument("--dump", type=Path, help="write gold and coded rows as JSON Lines here")
    parser.add_argument(
        "--feed-country",
        action="store_true",
        help="give each note its country as a per-country feed would (ACLED's own field: off by default)",
    )
    parser.add_argument(
        "--no-desk", action="store_true", help="code each note alone: no desk country read from the split"
    )
    parser.add_argument(
        "--save-classifier",
        action="store_true",
        help="train the split's held-out classifier and ship it in bench/models (for the quality gate)",
    )
    args = parser.parse_args()
    if args.save_classifier:
        save_classifier(args.split)
        return
    result = evaluate(
        args.split,
        limit=args.limit,
        published=args.published,
        feed_country=args.feed_country,
        desk=not args.no_desk,
    )
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as fh:
            for row, out in result["rows"]:
                fh.write(json.dumps({"gold": row, "coded": out}, ensure_ascii=False) + "\n")
    print(
        f"split {result['split']} (input sha256 {result['input_sha256'][:16]}…), published={args.published}"
        f", feed country {'given' if args.feed_country else 'not given'}, desk {'off' if args.no_desk else 'on'}"
    )
    for block in ("notes", "wire"):
        print(f"\n[{block}]")
        for k, v in result[block].items():
            print(f"  {k:45} {v:.3f}" if isinstance(v, float) else f"  {k:45} {v}")
    print("\n[most frequent sub-type confusions: gold -> coded]")
    for (g, p), c in result["confusion"].most_common(12):
        if g != p:
            print(f"  {c:5}  {g} -> {p}")


if __name__ == "__main__":
    main()
