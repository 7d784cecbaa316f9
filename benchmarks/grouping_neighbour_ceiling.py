"""How far similarity alone can go on the writers' batches: the nearest-question test.

For every question whose writer's family has at least two members, take the one other
question of its batch that the sentence model (all-MiniLM-L6-v2, `coachkit.analysis.embedding`)
finds most similar, and count how often the two share the writer's family. A grouping built
from similarity puts a question with its nearest neighbours first; where the nearest
neighbour is usually from another family, no threshold on that similarity recovers the
writer's families. The same count is given for the questions the engine left without a bank
intent (where only similarity can place them), and for the project's own labelled splits.

    PYTHONPATH=. .venv/bin/python benchmarks/grouping_neighbour_ceiling.py   # about 2 minutes

Needs the sentence model (installed with the package); says so and stops without it.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_grouping as eg  # noqa: E402
import numpy as np  # noqa: E402

from coachkit.analysis import embedding, grouping  # noqa: E402


def nearest_same_family(texts: list[str], gold: list[str], only: list[bool] | None = None
                        ) -> tuple[int, int]:
    """(questions counted, of which the nearest other question shares the family)."""
    vectors = embedding.embed(texts)
    sims = vectors @ vectors.T
    np.fill_diagonal(sims, -2.0)
    nearest = sims.argmax(axis=1)
    size = Counter(gold)
    counted = hits = 0
    for i, family in enumerate(gold):
        if size[family] < 2 or (only is not None and not only[i]):
            continue
        counted += 1
        hits += gold[nearest[i]] == family
    return counted, hits


def main() -> int:
    if not embedding.available():
        print(f"The sentence model is not available: {embedding.why_unavailable()}")
        return 1
    rows = []
    total = Counter()
    for name, path in eg.SPENT.items():
        doc = json.loads(path.read_text("utf-8"))
        texts = [it["text"] for it in doc["items"]]
        gold = [it["family"] for it in doc["items"]]
        index = grouping.GroupingIndex()
        index.extend(texts)
        abstained = [index.intent_of(t) is None for t in texts]
        n, hit = nearest_same_family(texts, gold)
        na, hita = nearest_same_family(texts, gold, abstained)
        rows.append((name, len(texts), len(set(gold)), hit / n if n else 0.0))
        total.update({"n": n, "hit": hit, "na": na, "hita": hita})
    rates = [r[3] for r in rows]
    print(f"Spent writers' batches: {len(rows)}, "
          f"{sum(r[1] for r in rows)} questions in {sum(r[2] for r in rows)} families.")
    print(f"Nearest other question in the writer's family: {total['hit']} of {total['n']} "
          f"({total['hit'] / total['n']:.3f}); per batch {min(rates):.3f}-{max(rates):.3f}.")
    print(f"Of the questions the engine left without a bank intent: {total['hita']} of "
          f"{total['na']} ({total['hita'] / total['na']:.3f}).")
    labelled = json.loads((ROOT / "tests" / "data" / "labelled_questions.json").read_text("utf-8"))
    for split in ("tune", "test"):
        items = [it for it in labelled["items"] if it.get("split") == split]
        n, hit = nearest_same_family([it["text"] for it in items], [it["family"] for it in items])
        print(f"Project's labelled {split} split ({len(items)} questions, "
              f"{len({it['family'] for it in items})} families): {hit} of {n} ({hit / n:.3f}).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
