"""Answer feedback as each sealed set first met it, pooled over the sets.

Every sealed answer set from h40 on was scored once on a "freeze:" commit before anyone read
it. One set is 50 answers, so a tip that fires four times on it has a precision of 0.75 or
1.00 and little else; pooling the first scorings gives the figure a coach would see on
answers nobody tuned on, with enough firings to mean something. For each set the
answer_feedback.py of its freeze commit is taken from git and scored on that set alone;
the counts are then summed over the sets.

    python benchmarks/first_scoring.py            # Markdown tables (needs the git history)
    python benchmarks/first_scoring.py --since 56 # only the sets from h56 on

The freeze commits are those named in docs/answer_feedback.md ("Sealed set hNN, scored
once at freeze ..."). A shallow clone has no history: the script says so and stops.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_answer_feedback as ev  # noqa: E402

# sealed set -> the commit its answer feedback was frozen at before it was scored once
FREEZES = {
    40: "7a08959", 41: "d8182f1", 42: "6309581", 43: "48ce7c9", 44: "6bb26d8",
    45: "ade4d50", 46: "44fd3f4", 47: "fcd3e77", 48: "f3353db", 49: "0414eb4",
    50: "26306c4", 51: "1233bb1", 52: "e7b7494", 53: "7bfd792", 54: "fa60edc",
    55: "3758fc6", 56: "48d24f0", 57: "c0590b2", 58: "b4390e0", 59: "b4fffbf",
    60: "16901e4", 61: "3c55dbb", 62: "effa12e", 63: "ef53cdd", 64: "ae6a4fa",
    65: "dd696fe", 66: "f6d54ca", 67: "e0100c5", 68: "cecebd8", 69: "a3aa870",
    70: "064d6c6", 71: "13fbe25", 72: "2e62cf9",
    73: "df6fdb0", 74: "e07c3bd", 75: "a11110e", 76: "58a5fc7", 77: "fa463d1", 78: "94cdf87",
    79: "a975949", 80: "401c71d", 81: "e0d504a", 82: "395ce33", 83: "531581c", 84: "7fc4e6e",
    85: "dcf4e5b", 86: "757feb7", 87: "e34dcef",
    88: "ba5243e", 89: "f7504db", 90: "8725e48",
    91: "7299e3b", 92: "1b2a0ce", 93: "8b9d8c2",
    94: "11aef49", 95: "8b3f8b7", 96: "ec3fa42",
    97: "ede1e45", 98: "328f4f7", 99: "c833229",
    100: "c4053f8", 101: "c2493f9", 102: "0222cd6", 103: "a4ead1c",
    104: "863f8c4", 105: "312718e", 106: "b95bc85",
    107: "2a11254", 108: "2a11254", 109: "2a11254",
    110: "2ad900b", 111: "2ad900b", 112: "2ad900b",
    113: "b8f456b", 114: "b8f456b", 115: "b8f456b",
    116: "21eb235", 117: "21eb235", 118: "21eb235",
    119: "7b04a4a", 120: "7b04a4a", 121: "7b04a4a",
    122: "dd8e262", 123: "dd8e262", 124: "dd8e262",
    125: "18dc9bd", 126: "18dc9bd", 127: "18dc9bd",
    128: "e484898", 129: "e484898", 130: "e484898",
    131: "85fe873", 132: "85fe873",
    133: "33db380", 134: "33db380",
    135: "ef9dbcd", 136: "ef9dbcd", 137: "ef9dbcd",
    138: "ef2b440", 139: "ef2b440", 140: "ef2b440",
    141: "1ed4ea9", 142: "1ed4ea9", 143: "1ed4ea9",
    144: "de74bba", 145: "de74bba", 146: "de74bba", 147: "de74bba",
    148: "7529851", 149: "7529851", 150: "7529851", 151: "7529851",
    152: "fd4ce4f", 153: "fd4ce4f", 154: "fd4ce4f", 155: "fd4ce4f",
    156: "3e65250", 157: "3e65250", 158: "3e65250", 159: "3e65250",
    160: "cd2acc1", 161: "cd2acc1", 162: "cd2acc1", 163: "cd2acc1",
    164: "be61796", 165: "be61796", 166: "be61796", 167: "be61796",
    168: "33f2055", 169: "33f2055", 170: "33f2055", 171: "33f2055",
    172: "b9567dc", 173: "b9567dc", 174: "b9567dc", 175: "b9567dc",
}
MODULE = "coachkit/analysis/answer_feedback.py"


def module_at(commit: str, workdir: Path):
    """answer_feedback.py as it was at `commit`, imported under its own name."""
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:{MODULE}"],
                            capture_output=True, text=True, check=True).stdout
    path = workdir / f"answer_feedback_{commit}.py"
    path.write_text(source, encoding="utf-8")
    return ev.load_module(path)


def pooled(sets: list[int]) -> tuple[dict[str, Counter], list[tuple[str, str]], list[dict]]:
    """Summed tip counts, (gold, predicted) sentence pairs and one row per set."""
    tips: dict[str, Counter] = {}
    pairs: list[tuple[str, str]] = []
    per_set = []
    ev.REMEMBER = True  # frozen modules: each answer read once for its tags and its tips
    with tempfile.TemporaryDirectory() as tmp:
        for n in sets:
            path = ROOT / "tests" / "data" / f"answers_h{n}.json"
            module = module_at(FREEZES[n], Path(tmp))
            found = ev.evaluate_findings("all", path, module)
            set_pairs = []
            for answer in ev.load_answers("all", path):
                predicted, _ = ev.predict(answer, module)
                set_pairs += list(zip(ev.gold(answer)[2], predicted, strict=True))
            pairs += set_pairs
            for code, row in found["rows"].items():
                c = tips.setdefault(code, Counter())
                tp = round(row["p"] * row["fired"]) if row["p"] is not None else 0
                c["fired"] += row["fired"]
                c["warranted"] += row["warranted"]
                c["tp"] += tp
                c["answers"] += found["answers"]
                if row["fired"] and row["p"] is not None and row["p"] < 0.9:
                    c["sets_under"] += 1
            tagger = ev.score_with_none(set_pairs)
            per_set.append({"set": n, "commit": FREEZES[n], **tagger})
    return tips, pairs, per_set


def markdown(sets: list[int]) -> str:
    tips, pairs, per_set = pooled(sets)
    tagger = ev.score_with_none(pairs)
    answers = max(c["answers"] for c in tips.values())
    lines = [
        f"First scorings of h{sets[0]}-h{sets[-1]} ({len(sets)} sets, {answers} answers, "
        f"{len(pairs)} sentences), each at its own freeze commit:",
        "",
        f"Sentence tags: macro-F1 (S/T/A/R/none) {tagger['macro_f1_5']:.3f}, none recall "
        f"{tagger['none_recall']:.3f}, accuracy {tagger['accuracy']:.3f}; per set macro-F1 "
        f"{min(r['macro_f1_5'] for r in per_set):.2f}-{max(r['macro_f1_5'] for r in per_set):.2f}, "
        f"none recall {min(r['none_recall'] for r in per_set):.2f}-"
        f"{max(r['none_recall'] for r in per_set):.2f}.",
        "",
        "| Tip | Fired | Warranted | Precision | Recall | Sets under 0.9 precision |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for code, c in sorted(tips.items()):
        p = f"{c['tp'] / c['fired']:.3f}" if c["fired"] else "–"
        r = f"{c['tp'] / c['warranted']:.3f}" if c["warranted"] else "–"
        lines.append(f"| `{code}` | {c['fired']} | {c['warranted']} | {p} | {r} | "
                     f"{c['sets_under']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--since", type=int, default=min(FREEZES))
    args = parser.parse_args(argv)
    shallow = subprocess.run(["git", "-C", str(ROOT), "cat-file", "-e", FREEZES[args.since]],
                             capture_output=True)
    if shallow.returncode:
        print("the freeze commits are not in this clone's history (a shallow clone?)")
        return 1
    print(markdown(sorted(n for n in FREEZES if n >= args.since)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
