"""Measure (and, with --fit, refit) the STAR sentence tagger in answer_feedback.

    python benchmarks/eval_answer_feedback.py                 # test split, Markdown table
    python benchmarks/eval_answer_feedback.py --split tune    # the half it was fitted on
    python benchmarks/eval_answer_feedback.py --fit --write   # refit on tune, rewrite weights

Scoring is per sentence of tests/data/labelled_answers.json. The analyser sees each
answer as its sentences joined by spaces and splits it itself; each labelled sentence
takes the label of the predicted sentence that overlaps it most, so splitting
mistakes count against the tagger. Fitting needs scikit-learn; evaluation does not.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachkit.analysis import answer_feedback as af  # noqa: E402

DATA = ROOT / "tests" / "data" / "labelled_answers.json"
MODULE = ROOT / "coachkit" / "analysis" / "answer_feedback.py"
LABELS = af.STAR_LABELS
NONE = "-"
STATES = (*LABELS, NONE)


def load_answers(split: str = "test", path: Path = DATA) -> list[dict[str, Any]]:
    """Labelled answers of one split ('tune', 'test' or 'all')."""
    answers = json.loads(path.read_text(encoding="utf-8"))["answers"]
    return [a for a in answers if split == "all" or a["split"] == split]


def gold(answer: dict[str, Any]) -> tuple[str, list[tuple[int, int]], list[str]]:
    """The answer's text, the span of each labelled sentence, and the labels."""
    texts = [s["text"] for s in answer["sentences"]]
    spans, pos = [], 0
    for t in texts:
        spans.append((pos, pos + len(t)))
        pos += len(t) + 1
    labels = [s["star"] or NONE for s in answer["sentences"]]
    return " ".join(texts), spans, labels


def predict(answer: dict[str, Any]) -> tuple[list[str], bool]:
    """Predicted label for each labelled sentence, and whether the split matched."""
    text, spans, _ = gold(answer)
    tags = af.analyze_answer(text, answer.get("question")).sentences
    predicted = []
    for start, end in spans:
        best = max(tags, key=lambda t: min(end, t.end) - max(start, t.start))
        predicted.append(best.star or NONE)
    split_ok = [(t.start, t.end) for t in tags] == spans
    return predicted, split_ok


def score(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Per-label precision/recall/F1 over (gold, predicted) sentence pairs."""
    rows: dict[str, dict[str, float]] = {}
    tp_all = fp_all = fn_all = 0
    for label in LABELS:
        tp = sum(1 for g, p in pairs if g == p == label)
        fp = sum(1 for g, p in pairs if p == label and g != label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        rows[label] = _prf(tp, fp, fn) | {"support": tp + fn}
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
    rows["micro"] = _prf(tp_all, fp_all, fn_all) | {"support": tp_all + fn_all}
    rows["macro"] = {
        k: sum(rows[lab][k] for lab in LABELS) / len(LABELS) for k in ("p", "r", "f1")
    } | {"support": tp_all + fn_all}
    accuracy = sum(1 for g, p in pairs if g == p) / len(pairs) if pairs else 0.0
    return {"rows": rows, "accuracy": accuracy, "sentences": len(pairs)}


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f1}


def evaluate(split: str = "test") -> dict[str, Any]:
    pairs: list[tuple[str, str]] = []
    split_ok = 0
    answers = load_answers(split)
    for answer in answers:
        predicted, ok = predict(answer)
        pairs.extend(zip(gold(answer)[2], predicted, strict=True))
        split_ok += ok
    result = score(pairs)
    result |= {"split": split, "answers": len(answers), "splits_matching": split_ok}
    return result


def markdown(result: dict[str, Any]) -> str:
    names = {"S": "S (situation)", "T": "T (task)", "A": "A (action)", "R": "R (result)",
             "micro": "micro average", "macro": "macro average"}
    lines = [
        f"Split `{result['split']}`: {result['answers']} answers, {result['sentences']} "
        f"sentences; sentence splitting matched the labels in {result['splits_matching']} "
        "answers.",
        "",
        "| Component | Precision | Recall | F1 | Gold sentences |",
        "|---|---:|---:|---:|---:|",
    ]
    for key, row in result["rows"].items():
        lines.append(f"| {names[key]} | {row['p']:.2f} | {row['r']:.2f} | {row['f1']:.2f} | "
                     f"{row['support']} |")
    lines += ["", f"Sentence accuracy including 'no STAR role': {result['accuracy']:.2f}"]
    return "\n".join(lines)


# ------------------------------------------------------------------------------ fitting


def _sequences(answers: list[dict[str, Any]]) -> list[tuple[list[dict[str, float]], list[str]]]:
    out = []
    for answer in answers:
        texts = [s["text"] for s in answer["sentences"]]
        out.append((af.star_features(texts), gold(answer)[2]))
    return out


def fit_model(seqs: list[tuple[list[dict[str, float]], list[str]]], c: float,
              transition_weight: float, balanced: bool) -> dict[str, Any]:
    """Logistic regression for the sentence scores plus smoothed transition log-probs."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    feats = [{k: v for k, v in f.items() if k != "bias"} for fs, _ in seqs for f in fs]
    labels = [lab for _, labs in seqs for lab in labs]
    vec = DictVectorizer(sparse=False)
    x = vec.fit_transform(feats)
    clf = LogisticRegression(C=c, max_iter=10_000, class_weight="balanced" if balanced else None)
    clf.fit(x, labels)
    weights: dict[str, dict[str, float]] = {}
    for row, state in enumerate(clf.classes_):
        w = {name: round(float(v), 4) for name, v in zip(vec.feature_names_, clf.coef_[row],
                                                          strict=True) if abs(v) >= 1e-4}
        weights[str(state)] = {"bias": round(float(clf.intercept_[row]), 4)} | w
    return {"weights": weights, "transitions": _transitions(seqs),
            "transition_weight": transition_weight}


def _transitions(seqs: list[tuple[list[dict[str, float]], list[str]]]) -> dict[str, Any]:
    counts: Counter[tuple[str, str]] = Counter()
    for _, labs in seqs:
        for prev, nxt in zip(["^", *labs], labs, strict=False):
            counts[prev, nxt] += 1
    out = {}
    for prev in ("^", *STATES):
        total = sum(counts[prev, s] for s in STATES) + len(STATES)  # add-one smoothing
        out[prev] = {s: round(math.log((counts[prev, s] + 1) / total), 4) for s in STATES}
    return out


def _accuracy(seqs: list[tuple[list[dict[str, float]], list[str]]], texts: list[list[str]],
              model: dict[str, Any]) -> float:
    right = total = 0
    for (_, labs), sentences in zip(seqs, texts, strict=True):
        predicted = [p or NONE for p, _ in af.tag_star(sentences, model)]
        right += sum(1 for g, p in zip(labs, predicted, strict=True) if g == p)
        total += len(labs)
    return right / total


def choose_and_fit(answers: list[dict[str, Any]], folds: int = 5) -> tuple[dict[str, Any], str]:
    """Pick C, class weighting and transition weight by cross-validation over answers."""
    seqs = _sequences(answers)
    texts = [[s["text"] for s in a["sentences"]] for a in answers]
    best: tuple[float, float, float, bool] | None = None
    report = []
    for c in (0.1, 0.3, 1.0, 3.0):
        for balanced in (False, True):
            for tw in (0.0, 0.5, 1.0, 1.5):
                acc = _cv_accuracy(seqs, texts, folds, c, tw, balanced)
                report.append(f"C={c} balanced={balanced} tw={tw}: {acc:.3f}")
                if best is None or acc > best[0]:
                    best = (acc, c, tw, balanced)
    assert best is not None
    acc, c, tw, balanced = best
    report.append(f"chosen C={c} balanced={balanced} tw={tw} (cv accuracy {acc:.3f})")
    return fit_model(seqs, c, tw, balanced), "\n".join(report)


def _cv_accuracy(seqs: list[Any], texts: list[list[str]], folds: int, c: float, tw: float,
                 balanced: bool) -> float:
    right = 0.0
    for k in range(folds):
        train = [s for i, s in enumerate(seqs) if i % folds != k]
        held = [i for i in range(len(seqs)) if i % folds == k]
        model = fit_model(train, c, tw, balanced)
        held_seqs = [seqs[i] for i in held]
        acc = _accuracy(held_seqs, [texts[i] for i in held], model)
        right += acc * sum(len(s[1]) for s in held_seqs)
    return right / sum(len(s[1]) for s in seqs)


def write_model(model: dict[str, Any], path: Path = MODULE) -> None:
    """Replace the generated block in answer_feedback.py with `model`."""
    body = json.dumps(model, indent=4)
    block = (
        "# BEGIN GENERATED STAR MODEL\n"
        f"_STAR_MODEL: dict[str, Any] = {body}\n"
        "# END GENERATED STAR MODEL"
    )
    source = path.read_text(encoding="utf-8")
    pattern = re.compile(r"# BEGIN GENERATED STAR MODEL\n.*?# END GENERATED STAR MODEL", re.S)
    if not pattern.search(source):
        raise SystemExit(f"no generated block in {path}")
    path.write_text(pattern.sub(lambda _: block, source), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("test", "tune", "all"), default="test")
    parser.add_argument("--fit", action="store_true", help="refit on the tune split")
    parser.add_argument("--write", action="store_true", help="with --fit: save the weights")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    if args.fit:
        model, report = choose_and_fit(load_answers("tune"))
        print(report)
        if args.write:
            write_model(model)
            print(f"wrote weights to {MODULE.relative_to(ROOT)}; re-run to evaluate")
            return 0
        af._STAR_MODEL.update(model)  # evaluate the new fit without saving it
    result = evaluate(args.split)
    print(markdown(result))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
