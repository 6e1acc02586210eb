"""Measure the event classifier on held-out countries and held-out wire-style examples.

Splits (train on the rest, never on the held-out examples of examples_*.jsonl):
  bf     test on Burkina Faso (all files)
  benin  test on Benin
  world  test on every country outside the big seven (Ukraine, Kenya, Sri Lanka, Bangladesh,
         Afghanistan, Burkina Faso, Benin): ~100 countries, mostly the 2020 worldwide export
  wire   the fixed examples holdout (every 4th line), scored with each split's model
  glocon GLOCON gold documents (evaluation use only): non-protest news should be rejected
         and protest news coded as Protests/Riots (a lower bound: some "non-protest" news is violence)

    .venv/bin/python bench/classify.py                  # all splits
    .venv/bin/python bench/classify.py --splits world --cap 3000 --rules
    .venv/bin/python bench/classify.py --splits benin --thresholds 0.4,0.6   # relevance trade-off
    .venv/bin/python bench/classify.py --holdout-files examples_wire.jsonl   # one file's holdout
    .venv/bin/python bench/classify.py --embeddings /tmp/emb/acled_notes.npz --blends 0,0.3,0.5/0
        # with sentence embeddings of every text (an npz made outside vigil: texts, emb);
        # each blend (sub-type[/relevance] weight) is scored with the same model (0: text heads alone)
    .venv/bin/python bench/classify.py --splits bf --report 15 --dump /tmp/miss --models /tmp/m
        # per-class F1 and the 15 biggest confusion cells; misses as JSONL; split models kept
        # in /tmp/m (reused while only rules change: delete them after a cue or data change)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train import Sample, embed, load_acled, load_embeddings, load_examples, shared_dir, train
from vigil.extract.classify import NONE_LABEL, EventClassifier, TrainConfig
from vigil.taxonomy import SubEventType

BIG = {"Ukraine", "Kenya", "Sri Lanka", "Bangladesh", "Afghanistan", "Burkina Faso", "Benin"}
RARE = (
    "Chemical weapon",
    "Grenade",
    "Suicide bomb",
    "Sexual violence",
    "Headquarters or base established",
    "Non-violent transfer of territory",
    "Disrupted weapons use",
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Excessive force against protesters",
    "Abduction/forced disappearance",
)


def event_type(label: str | None) -> str:
    if label is None or label == NONE_LABEL:
        return NONE_LABEL
    return SubEventType(label).event_type.value


def score(
    clf: EventClassifier,
    samples: list[Sample],
    title: str,
    embeddings: dict[str, Any] | None = None,
    *,
    report: int = 0,
    dump: Path | None = None,
) -> dict[str, float]:
    from sklearn.metrics import f1_score

    texts = [s.text for s in samples]
    start = time.perf_counter()
    preds = clf.predict(texts, None if embeddings is None else embed(texts, embeddings))
    rate = len(texts) / max(time.perf_counter() - start, 1e-9)
    gold = [s.label for s in samples]
    got = [p.sub_event_type.value if p.sub_event_type else NONE_LABEL for p in preds]
    pos = [i for i, g in enumerate(gold) if g != NONE_LABEL]
    neg = [i for i, g in enumerate(gold) if g == NONE_LABEL]
    out: dict[str, float] = {"n": len(samples), "texts_per_s": round(rate)}
    if pos:
        g_pos, p_pos = [gold[i] for i in pos], [got[i] for i in pos]
        labels = sorted(set(g_pos))
        out["event_acc"] = sum(
            event_type(a) == event_type(b) for a, b in zip(g_pos, p_pos, strict=True)
        ) / len(pos)
        out["sub_acc"] = sum(a == b for a, b in zip(g_pos, p_pos, strict=True)) / len(pos)
        out["sub_wF1"] = float(f1_score(g_pos, p_pos, labels=labels, average="weighted", zero_division=0))
        out["sub_macroF1"] = float(f1_score(g_pos, p_pos, labels=labels, average="macro", zero_division=0))
        out["events_kept"] = sum(p != NONE_LABEL for p in p_pos) / len(pos)
    if neg:
        out["nonevents_rejected"] = sum(got[i] == NONE_LABEL for i in neg) / len(neg)
        said_none = [i for i, g in enumerate(got) if g == NONE_LABEL]
        out["none_precision"] = sum(gold[i] == NONE_LABEL for i in said_none) / max(len(said_none), 1)
    print(
        f"== {title}: "
        + "  ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in out.items())
    )
    counts, hits = Counter(gold), Counter(g for g, p in zip(gold, got, strict=True) if g == p)
    rare = [f"{r[:22]}={hits[r]}/{counts[r]}" for r in RARE if counts[r]]
    if rare:
        print("   rare recall: " + "  ".join(rare))
    if report:
        print_report(gold, got, report)
    if dump is not None:
        dump.parent.mkdir(parents=True, exist_ok=True)
        with dump.open("w", encoding="utf-8") as fh:
            for s, g, p, pred in zip(samples, gold, got, preds, strict=True):
                if g != p:
                    ranked = [(t.value, round(v, 3)) for t, v in pred.ranked]
                    row = {"gold": g, "got": p, "rel": round(pred.relevance, 3), "ranked": ranked}
                    fh.write(json.dumps(row | {"source": s.source, "text": s.text}) + "\n")
    return out


def print_report(gold: list[str], got: list[str], top: int) -> None:
    """Per-class precision, recall and F1 (support >= 5), then the ``top`` biggest confusion cells."""
    from sklearn.metrics import precision_recall_fscore_support

    labels = sorted(set(gold))
    p, r, f, n = precision_recall_fscore_support(gold, got, labels=labels, zero_division=0)
    for row in sorted(zip(labels, p, r, f, n, strict=True), key=lambda t: -t[4]):
        if row[4] >= 5:
            print(f"   {row[0][:34]:34s} P={row[1]:.2f} R={row[2]:.2f} F1={row[3]:.2f} n={row[4]}")
    cells = Counter((g, p) for g, p in zip(gold, got, strict=True) if g != p)
    print("   confusions: " + "; ".join(f"{g} -> {p} {k}" for (g, p), k in cells.most_common(top)))


def glocon(shared: Path) -> list[Sample]:
    """GLOCON gold documents, first ~600 characters (a wire lede): label 0 -> none, 1 -> a protest."""
    path = shared / "data" / "text" / "glocongold_sample" / "sample" / "document" / "Sabinet_R.json"
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            text = " ".join(doc["text"].split())[:600]
            out.append(Sample(text, NONE_LABEL if doc["label"] == 0 else "Peaceful protest", "", "glocon"))
    return out


def cap_by_country(samples: list[Sample], cap: int, seed: int) -> list[Sample]:
    rng = random.Random(seed)
    by: dict[str, list[Sample]] = {}
    for s in samples:
        by.setdefault(s.country, []).append(s)
    out: list[Sample] = []
    for country, rows in sorted(by.items()):
        rng.shuffle(rows)
        out.extend(rows if not country else rows[:cap])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", default="bf,benin,world")
    parser.add_argument("--cap", type=int, default=0, help="cap training rows per country (0: none)")
    parser.add_argument("--rules", action="store_true", help="score each override rule on its own")
    parser.add_argument("--config", default="{}", help="JSON overrides of TrainConfig")
    parser.add_argument("--thresholds", default="", help="extra relevance thresholds, e.g. 0.3,0.7")
    parser.add_argument(
        "--holdout-files",
        default="",
        help="score the wire holdout of these example files only (comma-separated names), "
        "to compare with figures measured before a file was added",
    )
    parser.add_argument("--embeddings", type=Path, help="npz of sentence embeddings keyed by text")
    parser.add_argument(
        "--blends", default="", help="extra embedding blends: 0,0.7 or 0.5/0 (sub-type/relevance)"
    )
    parser.add_argument("--report", type=int, default=0, help="per-class F1 and the N biggest confusions")
    parser.add_argument("--dump", type=Path, help="write each set's misses to DIR/<split>-<set>.jsonl")
    parser.add_argument(
        "--models", type=Path, help="keep each split's model in DIR and reuse it (stale after a cue change)"
    )
    args = parser.parse_args()
    embeddings = load_embeddings(args.embeddings) if args.embeddings else None
    config = replace(TrainConfig(), **json.loads(args.config))
    shared = shared_dir()
    acled, examples = load_acled(shared), load_examples()
    heldout = [s for s in examples if s.heldout]
    if args.holdout_files:
        heldout = [s for s in heldout if s.source in args.holdout_files.split(",")]
    train_examples = [s for s in examples if not s.heldout]
    gold_docs = glocon(shared)
    print(f"config={config}  acled={len(acled)} examples={len(examples)} heldout={len(heldout)}")
    tests: dict[str, Callable[[Sample], bool]] = {
        "bf": lambda s: s.country == "Burkina Faso",
        "benin": lambda s: s.country == "Benin",
        "world": lambda s: s.country not in BIG,
    }
    for split in args.splits.split(","):
        test = [s for s in acled if tests[split](s)]
        rest = [s for s in acled if not tests[split](s)]
        if args.cap:
            rest = cap_by_country(rest, args.cap, config.seed)
        start = time.perf_counter()
        kept = args.models / f"{split}.joblib" if args.models else None
        if kept is not None and kept.is_file():
            clf = EventClassifier.load(kept).with_rules(config.rules)
            print(f"-- split {split}: loaded {kept}")
        else:
            clf = train(rest + train_examples, config, embeddings)
            if kept is not None:
                clf.save(kept)
            seconds = time.perf_counter() - start
            print(f"-- split {split}: trained on {len(rest) + len(train_examples)} in {seconds:.0f}s")
        variants = [("", clf)]
        if args.rules:
            variants = [("no rules", clf.with_rules(()))]
            variants += [(f"rule {r}", clf.with_rules((r,))) for r in config.rules]
            variants += [("all rules", clf)]
        for t in filter(None, args.thresholds.split(",")):
            variants.append((f"threshold {t}", clf.with_threshold(float(t))))
        for blend in filter(None, args.blends.split(",")):
            w = [float(v) for v in blend.split("/")]
            variants.append((f"blend {blend}", clf.with_embedding_weight(w[0], w[-1])))
        for name, model in variants:
            tag = f" [{name}]" if name else ""
            for kind, rows in (("notes", test), ("wire-holdout", heldout), ("glocon", gold_docs)):
                dump = args.dump / f"{split}-{kind}{name.replace(' ', '_')}.jsonl" if args.dump else None
                report = args.report if kind != "glocon" else 0
                score(model, rows, f"{split} {kind}{tag}", embeddings, report=report, dump=dump)


if __name__ == "__main__":
    main()
