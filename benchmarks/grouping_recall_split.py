"""Where the grouping engine's recall goes on the spent held-out batches.

Every pair of questions a writer put in one family is counted by what the engine made of it:
kept together, or split with one question given a bank intent and the other left alone, two
different intents, or both left alone. Also the mean BCubed F1 an oracle would reach by
merging the engine's groups that share a writer's family (it never merges two families).

    PYTHONPATH=. .venv/bin/python benchmarks/grouping_recall_split.py   # about 2 minutes
"""
from __future__ import annotations

import collections
import itertools
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_grouping as ev  # noqa: E402

from coachkit.analysis import grouping  # noqa: E402


def main() -> None:
    counts: collections.Counter[str] = collections.Counter()
    engine_f1, oracle_f1 = [], []
    for path in ev.SPENT.values():
        items = json.loads(Path(path).read_text("utf-8"))["items"]
        texts = [item["text"] for item in items]
        gold = [item["family"] for item in items]
        pred = grouping.group_questions(texts)
        intents = [grouping.intent_of(text) for text in texts]
        for i, j in itertools.combinations(range(len(texts)), 2):
            if gold[i] != gold[j]:
                continue
            if pred[i] == pred[j]:
                counts["kept together"] += 1
            elif intents[i] and intents[j]:
                counts["split: two different intents"] += 1
            elif intents[i] or intents[j]:
                counts["split: one given an intent, one left alone"] += 1
            else:
                counts["split: both left alone"] += 1
        members = collections.defaultdict(list)
        for index, label in enumerate(pred):
            members[label].append(index)
        majority = {label: collections.Counter(gold[i] for i in idx).most_common(1)[0][0]
                    for label, idx in members.items()}
        engine_f1.append(ev.bcubed(pred, gold)[2])
        oracle_f1.append(ev.bcubed([majority[label] for label in pred], gold)[2])
    print(f"{len(engine_f1)} spent batches; pairs in one writer's family:")
    for name, count in counts.most_common():
        print(f"  {name}: {count:,}")
    print(f"mean BCubed F1 {sum(engine_f1) / len(engine_f1):.3f}; merging the engine's groups "
          f"by writer's family (oracle) {sum(oracle_f1) / len(oracle_f1):.3f}")


if __name__ == "__main__":
    main()
