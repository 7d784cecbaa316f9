"""Would a learned judge of the outcome beat the hand-written rules? (not a test)

    python benchmarks/eval_outcome_judge.py

Leave-one-writer-out over the ten writers' labelled answers (h16-h25): a logistic
regression over the words and word pairs of the sentences the tagger calls the result,
the rules' own verdict and cue flags, predicting the coach's `result_concrete`. Printed
beside the shipped rules (whose figures are in-sample for h16-h24: they were tuned on
them). Measured in the seventeenth round (issue 16) and not adopted; see
docs/answer_feedback.md. Needs scikit-learn.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachkit.analysis import answer_feedback as af  # noqa: E402

FILES = ["answers_heldout"] + [f"answers_h{n}" for n in range(17, 26)]
WORD = re.compile(r"[a-z']+")


def load() -> list[dict[str, Any]]:
    rows = []
    for name in FILES:
        data = json.loads((ROOT / "tests" / "data" / f"{name}.json").read_text("utf-8"))
        for a in data["answers"]:
            fb = af.analyze_answer(" ".join(s["text"] for s in a["sentences"]), a["question"])
            rows.append({
                "writer": a["id"][:3], "gold": a["expected_findings"]["result_concrete"],
                "rule": "result_concrete" in {f.code for f in fb.findings},
                "results": [(t.text, t.confidence) for t in fb.sentences if t.star == "R"],
                "question": a["question"]})
    return rows


def features(row: dict[str, Any]) -> Counter[str]:
    f: Counter[str] = Counter({"rule": float(row["rule"])})
    if not row["results"]:
        f["no_result"] = 1.0
        return f
    texts = [t for t, _ in row["results"]]
    words = WORD.findall(" ".join(texts).lower())
    f.update({"w:" + w: 1.0 for w in set(words)})
    f.update({f"b:{a} {b}": 1.0 for a, b in set(zip(words, words[1:], strict=False))})
    f["max_confidence"] = max(c for _, c in row["results"])
    f["failed"] = float(any(af._failed(t) for t in texts))
    f["vague"] = float(any(af._VAGUE_OUTCOME.search(t) for t in texts))
    f["hedged"] = float(any(af._HEDGED_CHANGE.search(t) for t in texts))
    f["number"] = float(any(af._NUMBER.search(t) for t in texts))
    f["named_change"] = float(any(af._CONCRETE_OUTCOME.search(t) for t in texts))
    f["failure_question"] = float(bool(af._FAILURE_QUESTION.search(row["question"])))
    return f


def leave_one_writer_out(rows: list[dict[str, Any]], feats: list[Counter[str]], c: float,
                         threshold: float, veto: bool) -> dict[str, list[int]]:
    """Per writer: [fired, right, warranted]; `veto`: the judge may only withdraw praise."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for writer in sorted({r["writer"] for r in rows}):
        train = [i for i, r in enumerate(rows) if r["writer"] != writer]
        test = [i for i, r in enumerate(rows) if r["writer"] == writer]
        df = Counter(k for i in train for k in feats[i])
        vocab = {k: j for j, k in enumerate(k for k, n in df.items() if n >= 3)}

        def matrix(ix: list[int], vocab: dict[str, int] = vocab) -> Any:
            m = np.zeros((len(ix), len(vocab)))
            for a, i in enumerate(ix):
                for k, v in feats[i].items():
                    if k in vocab:
                        m[a, vocab[k]] = v
            return m

        model = LogisticRegression(C=c, max_iter=2000)
        model.fit(matrix(train), [rows[i]["gold"] for i in train])
        for p, i in zip(model.predict_proba(matrix(test))[:, 1], test, strict=True):
            fired = bool(p >= threshold) and (rows[i]["rule"] or not veto)
            tally = out[writer]
            tally[0] += fired
            tally[1] += fired and rows[i]["gold"]
            tally[2] += rows[i]["gold"]
    return out


def show(name: str, tally: dict[str, list[int]]) -> None:
    fired = sum(v[0] for v in tally.values())
    right = sum(v[1] for v in tally.values())
    warranted = sum(v[2] for v in tally.values())
    worst = min(v[1] / max(v[0], 1) for v in tally.values())
    per = " ".join(f"{w}:{v[1]}/{v[0]}" for w, v in sorted(tally.items()))
    print(f"| {name} | {right / fired:.3f} | {right / warranted:.3f} | {worst:.2f} | {per} |")


def main() -> int:
    rows = load()
    feats = [features(r) for r in rows]
    print("| judge | precision | recall | worst writer's precision | right/fired per writer |")
    print("|---|---:|---:|---:|---|")
    rules: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        tally = rules[r["writer"]]
        tally[0] += r["rule"]
        tally[1] += r["rule"] and r["gold"]
        tally[2] += r["gold"]
    show("rules (shipped; in-sample for h16-h24)", rules)
    for c in (0.1, 0.3, 1.0):
        for threshold in (0.5, 0.6, 0.7):
            for veto in (False, True):
                show(f"learned C={c} p>={threshold}{' veto only' if veto else ''}",
                     leave_one_writer_out(rows, feats, c, threshold, veto))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
