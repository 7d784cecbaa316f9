"""Measured and not kept (round 87): a fitted judge of how a told story ended.

    python benchmarks/result_judge_experiment.py   # about 2 minutes; needs the git history,
                                                   # the sentence model and scikit-learn

The answer-feedback rules read an outcome through phrase lists, and `result_concrete` and
`no_reflection` were the two tips under 0.9 precision at first scoring. This tried a
logistic regression over the sentence model's vectors of an answer's result sentences (their
mean and the last one), labelled by the writers' reading of the outcome (`result_concrete`,
`result_vague`, or neither: a failure), as a veto on the rules:

- `result_concrete` only when the judge gives a concrete outcome a chance above 0.3
  ("full veto"), or only overruled when it finds the outcome likelier vague than failed
  ("vague veto");
- `no_reflection`, on a question that asked for no failure, only when the judge gives a
  failure a chance above 0.3.

It is fitted on the first scorings of h40-h118 (the rules of each set's freeze commit, as
benchmarks/first_scoring.py takes them, so the rules had not seen the sets either) and tested
on h119-h140. It separates a specific outcome from a general one fairly well but a good
outcome from a bad one poorly ("the notice was cancelled" reads to it as a failure, "only
seven people came" does not), and running it on every answer made the answer-feedback tests
seven times slower; see docs/answer_feedback.md, "Round 87".
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import eval_answer_feedback as ev  # noqa: E402
import first_scoring as fs  # noqa: E402

from coachkit.analysis import answer_feedback as af  # noqa: E402
from coachkit.analysis import embedding  # noqa: E402

SPLIT = 119
DOUBT = 0.3


def label(answer: dict) -> str | None:
    found = answer["expected_findings"]
    if found.get("result_concrete"):
        return "concrete"
    if found.get("result_vague"):
        return "vague"
    return "failed" if any(s["star"] == "R" for s in answer["sentences"]) else None


def features(results: list[str]):
    import numpy as np

    vectors = embedding.embed(results).astype(np.float64)
    return np.concatenate([vectors.mean(axis=0), vectors[-1]])


def asked(answer: dict) -> bool:
    return af.asks_for_a_lesson(answer.get("question"))


def main() -> int:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    if not embedding.available():
        print(embedding.why_unavailable())
        return 1
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, commit in sorted(fs.FREEZES.items()):
            if n > 140:
                continue
            module = fs.module_at(commit, Path(tmp))
            for answer in ev.load_answers("all", ROOT / "tests" / "data" / f"answers_h{n}.json"):
                fb = module.analyze_answer(ev.gold(answer)[0], answer.get("question"))
                rows.append((n, answer, {f.code for f in fb.findings},
                             [t.text for t in fb.sentences if t.star == "R"]))
    train = [(features(r), label(a)) for n, a, _, r in rows if n < SPLIT and r and label(a)]
    model = LogisticRegression(C=1.0, max_iter=5000).fit(
        [x for x, _ in train], [y for _, y in train])
    classes = list(model.classes_)
    test = [(a, fired, r) for n, a, fired, r in rows if n >= SPLIT]

    def chance(results: list[str]) -> dict[str, float]:
        if not results:
            return dict.fromkeys(classes, 0.0)
        return dict(zip(classes, model.predict_proba([features(results)])[0], strict=True))

    chances = [{**chance(r), "last failed": bool(r) and af._failed(r[-1].translate(af._QUOTES))}
               for _, _, r in test]
    print(f"fitted on {len(train)} first-scored answers of h40-h{SPLIT - 1}; tested on "
          f"{len(test)} answers of h{SPLIT}-h140")
    vetoes = {
        "result_concrete": {
            "full veto": lambda a, c: c["concrete"] > DOUBT,
            "vague veto": lambda a, c: c["concrete"] > DOUBT or c["vague"] <= c["failed"]},
        "no_reflection": {
            "failure veto": lambda a, c: asked(a) or c["failed"] > DOUBT,
            # what round 87 kept instead: the last result must be the failure
            "last result": lambda a, c: asked(a) or c["last failed"]},
    }
    for code, kinds in vetoes.items():
        want = np.array([bool(a["expected_findings"].get(code)) for a, _, _ in test])
        for name, keep in [("rules", None), *kinds.items()]:
            got = np.array([code in f and (keep is None or keep(a, c))
                            for (a, f, _), c in zip(test, chances, strict=True)])
            tp, fp = int((got & want).sum()), int((got & ~want).sum())
            print(f"  {code:16} {name:13} fired {tp + fp:4}  right {tp:4}  precision "
                  f"{tp / max(1, tp + fp):.3f}  recall {tp / max(1, int(want.sum())):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
