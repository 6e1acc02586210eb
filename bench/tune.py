"""Fine-tune the sentence encoder's last layer, with a sub-type head, on the training texts.

The classifier's embedding head read the packaged MiniLM's mean-pooled vectors as they are, and
a logistic head on them placed held-out Benin notes' sub-types at 0.73 weighted F1. Training the
encoder's last layer with the head (cross-entropy over the 25 sub-types and ``none``, the same
class and sample weights as the text heads) took that head alone to 0.82, and its macro F1
from 0.63 to 0.77: rare sub-types gain most.

Only the last of the six layers is trained. The five below it run once per text and are kept on
disk (``~/.cache/vigil``), so tuning 30k texts takes minutes on two cores, and the artifact
carries 1.8M float16 weights. Inference needs no torch: :mod:`vigil.extract.encoder` runs the
tuned layer from the artifact. This module needs torch (``make train-deps``); it mirrors the
NumPy forward pass and is checked against it (``tests/extract/test_tune.py``).

Runs are reproducible on one machine: the seed fixes the head's start and the batch order.
"""

from __future__ import annotations

import hashlib
import math
import os
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from vigil.extract.encoder import MAX_TOKENS, PACKAGE, WordPiece, model_dir, read_safetensors  # noqa: E402

LAYERS = 6
TOP = LAYERS - 1  # the one layer trained
TOP_PREFIX = f"encoder.layer.{TOP}."
SCALE = 20.0  # the head reads unit vectors: its logits are scaled so a softmax can be sure
BATCH = 32


@dataclass(frozen=True, slots=True)
class TuneConfig:
    epochs: int = 3
    lr: float = 1e-4  # the layer's; the head learns faster
    head_lr: float = 3e-3
    weight_decay: float = 0.01
    warmup: int = 200  # steps over which the learning rates rise to their values
    seed: int = 20240917


@dataclass(frozen=True, slots=True)
class Tuned:
    """What tuning gives: the top layer's weights, the head, and the tuned vectors of the texts."""

    top: dict[str, np.ndarray]  # packaged weight names (no "bert." prefix) -> float16
    classes: tuple[str, ...]
    coef: np.ndarray  # (classes, 384), logits of unit vectors, SCALE folded in
    intercept: np.ndarray
    embeddings: np.ndarray  # one unit row per training text, in the order given


def _torch() -> Any:
    try:
        import torch
    except ImportError as exc:  # a training-only dependency
        raise SystemExit("tuning the encoder needs torch: run `make train-deps`") from exc
    return torch


class _Encoder:
    """The packaged MiniLM in torch: the frozen lower layers, and the top layer as a module."""

    def __init__(self) -> None:
        torch = _torch()
        folder = model_dir()
        raw = read_safetensors(folder / "model.safetensors")
        self.w = {k.removeprefix("bert."): torch.tensor(v.astype(np.float32)) for k, v in raw.items()}
        self.tokenizer = WordPiece.load(folder / "vocab.txt")
        self.top = self._layer_module(TOP_PREFIX)

    def _layer_module(self, prefix: str) -> Any:
        torch = _torch()
        names = (
            "attention.self.query", "attention.self.key", "attention.self.value",
            "attention.output.dense", "intermediate.dense", "output.dense",
        )  # fmt: skip
        module = torch.nn.ModuleDict()
        for name in names:
            weight = self.w[f"{prefix}{name}.weight"]
            linear = torch.nn.Linear(weight.shape[1], weight.shape[0])
            with torch.no_grad():
                linear.weight.copy_(weight)
                linear.bias.copy_(self.w[f"{prefix}{name}.bias"])
            module[name.replace(".", "_")] = linear
        for norm in ("attention.output.LayerNorm", "output.LayerNorm"):
            ln = torch.nn.LayerNorm(384, eps=1e-12)
            with torch.no_grad():
                ln.weight.copy_(self.w[f"{prefix}{norm}.weight"])
                ln.bias.copy_(self.w[f"{prefix}{norm}.bias"])
            module[norm.replace(".", "_")] = ln
        return module

    def frozen_linear(self, prefix: str) -> Any:
        def linear(x: Any, name: str) -> Any:
            return x @ self.w[f"{prefix}{name}.weight"].T + self.w[f"{prefix}{name}.bias"]

        return linear

    def frozen_norm(self, prefix: str) -> Any:
        torch = _torch()

        def norm(x: Any, name: str) -> Any:
            w, b = self.w[f"{prefix}{name}.weight"], self.w[f"{prefix}{name}.bias"]
            return torch.nn.functional.layer_norm(x, (384,), w, b, 1e-12)

        return norm

    def lower(self, ids: Any, mask: Any) -> Any:
        """The input of the top layer for a padded batch of token ids."""
        w = self.w
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][: ids.shape[1]]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = self.frozen_norm("")(x, "embeddings.LayerNorm")
        for layer in range(TOP):
            prefix = f"encoder.layer.{layer}."
            x = _block(x, mask, self.frozen_linear(prefix), self.frozen_norm(prefix))
        return x

    def upper(self, x: Any, mask: Any) -> Any:
        """The top layer, mean pooling over real tokens, unit length: the tuned sentence vector."""
        m = self.top

        def linear(v: Any, name: str) -> Any:
            return m[name.replace(".", "_")](v)

        def norm(v: Any, name: str) -> Any:
            return m[name.replace(".", "_")](v)

        x = _block(x, mask, linear, norm)
        keep = mask.unsqueeze(-1).to(x.dtype)
        pooled = (x * keep).sum(1) / keep.sum(1)
        return pooled / pooled.norm(dim=1, keepdim=True)

    def top_weights(self) -> dict[str, np.ndarray]:
        out = {}
        for name, tensor in self.top.state_dict().items():
            module, kind = name.rsplit(".", 1)
            key = module.replace("_", ".").replace("Layer.Norm", "LayerNorm")
            out[f"{TOP_PREFIX}{key}.{kind}"] = tensor.detach().numpy().astype(np.float16)
        return out


def _block(x: Any, mask: Any, linear: Any, norm: Any) -> Any:
    """One BERT layer, as vigil.extract.encoder computes it, with a padding mask."""
    torch = _torch()
    batch, width, size = x.shape
    heads, dh = 12, size // 12

    def split(v: Any) -> Any:
        return v.view(batch, width, heads, dh).transpose(1, 2)

    q = split(linear(x, "attention.self.query"))
    k = split(linear(x, "attention.self.key"))
    v = split(linear(x, "attention.self.value"))
    context = torch.nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=mask[:, None, None, :])
    context = context.transpose(1, 2).reshape(batch, width, size)
    x = norm(x + linear(context, "attention.output.dense"), "attention.output.LayerNorm")
    hidden = torch.nn.functional.gelu(linear(x, "intermediate.dense"))
    return norm(x + linear(hidden, "output.dense"), "output.LayerNorm")


def _cache_path() -> Path:
    root = Path(os.environ.get("VIGIL_EMB_CACHE") or Path.home() / ".cache" / "vigil" / "embeddings")
    return root / f"{PACKAGE}-{MAX_TOKENS}-layer{TOP}-inputs.npz"


def lower_states(encoder: _Encoder, texts: Sequence[str]) -> list[np.ndarray]:
    """Each text's top-layer input (tokens x 384, float16), computed once and kept on disk."""
    torch = _torch()
    path = _cache_path()
    known: dict[str, np.ndarray] = {}
    if path.is_file():
        with np.load(path) as z:
            states, offsets = z["states"], z["offsets"]
            for i, text in enumerate(z["texts"]):
                known[str(text)] = states[offsets[i] : offsets[i + 1]]
    todo = sorted({t for t in texts if t not in known}, key=len)
    if todo:
        start = time.perf_counter()
        with torch.no_grad():
            for i in range(0, len(todo), 64):
                chunk = todo[i : i + 64]
                ids, mask = _padded([encoder.tokenizer.ids(t, MAX_TOKENS) for t in chunk])
                x = encoder.lower(ids, mask).numpy().astype(np.float16)
                for j, text in enumerate(chunk):
                    known[text] = x[j, : int(mask[j].sum())]
                if (i // 64) % 50 == 0:
                    rate = (i + len(chunk)) / (time.perf_counter() - start)
                    print(
                        f"  lower layers: {i + len(chunk)}/{len(todo)} texts ({rate:.0f}/s)", file=sys.stderr
                    )
        names = sorted(known)
        lengths = np.array([len(known[t]) for t in names])
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(
            tmp,
            texts=np.array(names, dtype=str),
            offsets=np.concatenate([[0], np.cumsum(lengths)]),
            states=np.concatenate([known[t] for t in names]),
        )
        tmp.replace(path)
    return [known[t] for t in texts]


def _padded(rows: Sequence[Any]) -> tuple[Any, Any]:
    """Rows of ids (or of float16 states) padded to one width, with their mask."""
    torch = _torch()
    width = max(len(r) for r in rows)
    mask = torch.zeros(len(rows), width, dtype=torch.bool)
    if isinstance(rows[0], np.ndarray) and rows[0].ndim == 2:
        out = torch.zeros(len(rows), width, rows[0].shape[1])
        for i, r in enumerate(rows):
            out[i, : len(r)] = torch.from_numpy(r.astype(np.float32))
            mask[i, : len(r)] = True
        return out, mask
    ids = torch.zeros(len(rows), width, dtype=torch.long)
    for i, r in enumerate(rows):
        ids[i, : len(r)] = torch.tensor(r)
        mask[i, : len(r)] = True
    return ids, mask


def tune(
    texts: Sequence[str],
    labels: Sequence[str],
    weights: Sequence[float],
    *,
    config: TuneConfig | None = None,
) -> Tuned:
    """Train the top layer and a head over ``labels`` (sub-types and ``none``), each text
    weighing ``weights[i]`` in the loss; returns the weights and the texts' tuned vectors."""
    torch = _torch()
    cfg = config or TuneConfig()
    torch.manual_seed(cfg.seed)
    rng = random.Random(cfg.seed)
    encoder = _Encoder()
    states = lower_states(encoder, texts)
    classes = tuple(sorted(set(labels)))
    y = np.array([classes.index(label) for label in labels])
    w = torch.tensor(np.asarray(weights, dtype=np.float32))
    head = torch.nn.Linear(384, len(classes))
    params = [
        {"params": list(encoder.top.parameters()), "lr": cfg.lr, "weight_decay": cfg.weight_decay},
        {"params": list(head.parameters()), "lr": cfg.head_lr, "weight_decay": 0.0},
    ]
    optimiser = torch.optim.AdamW(params)
    steps = cfg.epochs * math.ceil(len(texts) / BATCH)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / cfg.warmup) * max(0.0, 1.0 - s / steps)
    )
    start = time.perf_counter()
    for epoch in range(cfg.epochs):
        # batches of like lengths (little padding), in a shuffled order
        order = sorted(range(len(texts)), key=lambda i: len(states[i]) + rng.random() * 8)
        batches = [order[k : k + BATCH] for k in range(0, len(order), BATCH)]
        rng.shuffle(batches)
        total = 0.0
        for idx in batches:
            x, mask = _padded([states[i] for i in idx])
            logits = head(encoder.upper(x, mask)) * SCALE
            loss_each = torch.nn.functional.cross_entropy(logits, torch.tensor(y[idx]), reduction="none")
            loss = (loss_each * w[idx]).sum() / w[idx].sum()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item()
        seconds = time.perf_counter() - start
        print(
            f"  tune epoch {epoch + 1}/{cfg.epochs}: loss {total / len(batches):.3f} ({seconds:.0f}s)",
            file=sys.stderr,
        )
    with torch.no_grad():
        vectors = np.zeros((len(texts), 384), dtype=np.float32)
        for k in range(0, len(texts), 64):
            x, mask = _padded(states[k : k + 64])
            vectors[k : k + 64] = encoder.upper(x, mask).numpy()
    return Tuned(
        top=encoder.top_weights(),
        classes=classes,
        coef=(head.weight.detach().numpy() * SCALE).astype(np.float32),
        intercept=(head.bias.detach().numpy() * SCALE).astype(np.float64),
        embeddings=vectors,
    )


def digest() -> str:
    """This module's code, for the fingerprints of models it helped train."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
