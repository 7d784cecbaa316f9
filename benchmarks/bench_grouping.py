"""Speed and memory of the question grouping engine (not a test; prints a Markdown table).

    python benchmarks/bench_grouping.py                  # 1k, 10k, 100k questions
    python benchmarks/bench_grouping.py --sizes 1000 10000
    python benchmarks/bench_grouping.py --unmatched 0.3  # share of off-bank questions

Questions are synthetic: bank phrasings recombined with the noise of real notes (filler
openers, typos, dropped words, odd case) plus a share of made-up questions the bank does
not cover, which exercise the unmatched-linking path. Each size is timed in the same
process against a baseline (just normalising the texts) so the ratio survives a slower
or faster machine. Peak memory is tracemalloc's peak during grouping. The cost of one
incremental add is measured on a GroupingIndex already holding the largest size.

The bank model (vectoriser, classifier) is built once before timing; its cost is
reported on its own line as "first use".
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachkit.analysis import grouping  # noqa: E402
from coachkit.analysis.question_bank import load_bank  # noqa: E402

OPENERS = ["", "", "", "they asked ", "something like ", "q: ", "they wanted to know ",
           "I think they asked ", "- ", "1. ", "panel asked: "]
CLOSERS = ["", "", "?", "??", " lol", " (I think)", "...", " - not sure"]
TOPICS = ["koha migration", "the bookmobile", "genealogy databases", "tax forms",
          "3d printer jams", "zine collections", "seed library", "parking permits",
          "microfilm readers", "sign language", "podcast studio", "chess club",
          "board games", "passport services", "notary requests", "laptop lending",
          "hotspot lending", "museum passes", "library of things", "knitting circle"]
FRAMES = ["what do you think about {t}", "have you ever dealt with {t}",
          "how would you handle {t}", "experience with {t}?", "thoughts on {t}",
          "would you be ok running {t}", "tell us about {t} at your last job"]


def synthetic(n: int, unmatched_share: float = 0.1, seed: int = 7) -> list[str]:
    """n noisy questions: mostly bank paraphrases, some off-bank topics."""
    rng = random.Random(seed)
    phrasings = [p for entry in load_bank() for p in entry.phrasings]
    out = []
    for _ in range(n):
        if rng.random() < unmatched_share:
            text = rng.choice(FRAMES).format(t=rng.choice(TOPICS))
        else:
            text = rng.choice(phrasings)
        out.append(rng.choice(OPENERS) + _noise(text, rng) + rng.choice(CLOSERS))
    return out


def _noise(text: str, rng: random.Random) -> str:
    words = text.split()
    if len(words) > 4 and rng.random() < 0.3:
        del words[rng.randrange(len(words))]
    text = " ".join(words)
    if rng.random() < 0.4 and len(text) > 5:
        i = rng.randrange(1, len(text) - 1)
        text = text[:i] + text[i + 1] + text[i] + text[i + 2:]  # swapped letters
    if rng.random() < 0.2:
        text = text.lower()
    return text


def measure(fn: Callable[[], object], repeats: int = 1) -> tuple[float, float]:
    """Best wall time over repeats and tracemalloc peak (MiB) of one run."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return min(times), peak


def baseline(texts: Sequence[str]) -> list[str]:
    return [grouping.normalise(t) for t in texts]


def add_costs(texts: Sequence[str], probes: int = 50) -> dict[str, list[float]]:
    """Seconds per `add` on an index already holding texts, by kind of question.

    A wording already in the index is a dictionary hit; a new wording is vectorised and
    matched; a new off-bank wording also meets the other unmatched questions.
    """
    index = grouping.GroupingIndex()
    index.extend(texts)
    kinds: dict[str, list[str]] = {"repeated wording": list(texts[:probes])}
    fresh = [t for t in synthetic(probes * 20, unmatched_share=0.0, seed=99) if t not in index]
    kinds["new wording, bank intent"] = fresh[:probes]
    rng = random.Random(5)
    kinds["new wording, off-bank"] = [
        f"{rng.choice(FRAMES).format(t=rng.choice(TOPICS))} #{i}" for i in range(probes)]
    costs: dict[str, list[float]] = {}
    for kind, probe in kinds.items():
        costs[kind] = []
        for text in probe:
            start = time.perf_counter()
            index.add(text)
            costs[kind].append(time.perf_counter() - start)
    return costs


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    ap.add_argument("--unmatched", type=float, default=0.1)
    args = ap.parse_args(argv)

    start = time.perf_counter()
    grouping.group_questions(["warm-up: tell me about yourself"])
    print(f"First use (build the bank model): {time.perf_counter() - start:.2f} s\n")

    print("| questions | group_questions | peak memory | normalise only (baseline) | "
          "ratio | families |")
    print("|---|---|---|---|---|---|")
    for n in args.sizes:
        texts = synthetic(n, args.unmatched)
        labels: list[int] = []

        def run(texts: Sequence[str] = texts, labels: list[int] = labels) -> None:
            labels[:] = grouping.group_questions(texts)

        secs, peak = measure(run, repeats=1 if n >= 100_000 else 3)
        base, _ = measure(lambda texts=texts: baseline(texts), repeats=1)
        print(f"| {n:,} | {secs:.2f} s | {peak:.0f} MiB | {base:.2f} s | "
              f"{secs / base:.1f}x | {len(set(labels)):,} |")

    largest = synthetic(max(args.sizes), args.unmatched)
    print(f"\nOne incremental `GroupingIndex.add` on an index of {len(largest):,} "
          "questions (50 adds each):\n")
    print("| kind of question | median | worst |")
    print("|---|---|---|")
    for kind, secs in add_costs(largest).items():
        print(f"| {kind} | {statistics.median(secs) * 1000:.2f} ms | "
              f"{max(secs) * 1000:.2f} ms |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
