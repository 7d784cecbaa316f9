"""Do families chain as a workbook grows? Largest family's size and purity (not a test).

    python benchmarks/bench_chaining.py                   # 1k, 10k, 100k questions
    python benchmarks/bench_chaining.py --sizes 1000 10000 --offbank 0.3

Synthetic workbooks, generated here from templates (nothing is downloaded): 70 % bank
phrasings with the noise of real notes (openers, dropped words, swapped letters, case),
30 % questions about off-bank topics. The off-bank topics are built to tempt single
linkage: they share frames ("have you ever dealt with ...") and head words ("chess club",
"lego club"; "laptop lending", "hotspot lending"), so only a rule that refuses to grow a
family by transitivity keeps them apart. Every question knows its true topic (a bank
intent or an off-bank topic); the benchmark reports the largest family's size and how
many true topics it spans (purity: 1 is the target), plus time and the share of
off-bank questions sent into some bank intent.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachkit.analysis import grouping  # noqa: E402
from coachkit.analysis.question_bank import load_bank  # noqa: E402

OPENERS = ["", "", "", "they asked ", "something like ", "q: ", "they wanted to know ",
           "I think they asked ", "- ", "1. ", "panel asked: "]
CLOSERS = ["", "", "?", "??", " lol", " (I think)", "...", " - not sure"]
# Distinct subjects the bank does not cover; each topic pairs one with a head word that
# many topics share ("chess club", "lego club"), so frames and heads tempt a chain.
SUBJECTS = ["chess", "lego", "knitting", "anime", "ukulele", "telescope", "fishing rod",
            "sewing machine", "passport", "notary", "tax form", "voter registration",
            "jury duty", "parking", "locker", "vending machine", "microfilm", "yearbook",
            "drone", "podcast", "seed", "museum pass", "bike", "kayak", "snow removal",
            "forklift", "courier van", "braille", "ferret", "aquarium", "beekeeping",
            "pottery", "origami", "karaoke", "bingo", "crossword", "sudoku", "pinball",
            "jigsaw", "quilting", "birdwatching", "stargazing", "skateboard", "scooter",
            "wheelchair", "umbrella", "raincoat", "lunchbox", "thermos", "microwave",
            "fridge", "coffee machine", "water cooler", "fire drill", "smoke alarm",
            "elevator", "escalator", "boiler", "gutter", "roof leak", "carpet stain",
            "lawn mower", "hedge trimmer", "leaf blower", "snow plow", "salt spreader",
            "ice machine", "popcorn machine", "cotton candy", "face painting",
            "balloon animal", "magic trick", "puppet", "ventriloquist", "trampoline",
            "bouncy castle", "petting zoo", "pony ride", "hay ride", "pumpkin carving"]
HEADS = ["club", "lending", "repairs", "equipment", "night", "rota", "kit", "fund",
         "stand", "corner"]
FRAMES = ["what do you think about {t}", "have you ever dealt with {t}",
          "how would you handle {t}", "experience with {t}?", "thoughts on {t}",
          "would you be ok running {t}", "tell us about {t} at your last job",
          "how do you feel about {t}", "any background in {t}", "{t}?",
          "what would you change about our {t}", "ever been in charge of {t}"]


def topics(count: int) -> list[str]:
    """Off-bank topics: a distinct subject + a head word that ten topics share."""
    return [f"{subject} {HEADS[i % len(HEADS)]}" for i, subject in enumerate(SUBJECTS[:count])]


def workbook(n: int, offbank: float = 0.3, seed: int = 7) -> tuple[list[str], list[str]]:
    """n noisy questions and each one's true topic (bank id or 'off:<topic>')."""
    rng = random.Random(seed)
    bank = [(entry.id, p) for entry in load_bank() for p in entry.phrasings]
    n_topics = max(10, min(len(SUBJECTS), n // 250))  # 1k: 10, 10k: 40, 100k: 80
    off = topics(n_topics)
    texts, truth = [], []
    for _ in range(n):
        if rng.random() < offbank:
            topic = rng.choice(off)
            text, true = rng.choice(FRAMES).format(t=topic), f"off:{topic}"
        else:
            true, text = rng.choice(bank)
        texts.append(rng.choice(OPENERS) + _noise(text, rng) + rng.choice(CLOSERS))
        truth.append(true)
    return texts, truth


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


def largest(labels: Sequence[int], truth: Sequence[str], top: int = 3
            ) -> list[tuple[int, int]]:
    """(size, distinct true topics) of the `top` largest families."""
    sizes = Counter(labels)
    out = []
    for label, size in sizes.most_common(top):
        out.append((size, len({t for lab, t in zip(labels, truth, strict=True)
                               if lab == label})))
    return out


def impure_families(labels: Sequence[int], truth: Sequence[str]) -> tuple[int, int]:
    """(families spanning more than one true topic, questions in them)."""
    by: dict[int, set[str]] = {}
    size: Counter[int] = Counter(labels)
    for lab, t in zip(labels, truth, strict=True):
        by.setdefault(lab, set()).add(t)
    bad = [lab for lab, ts in by.items() if len(ts) > 1]
    return len(bad), sum(size[lab] for lab in bad)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    ap.add_argument("--offbank", type=float, default=0.3)
    args = ap.parse_args(argv)
    grouping.group_questions(["warm-up: tell me about yourself"])
    print("| questions | off-bank topics | time | families | largest family: size / true "
          "topics | 2nd | 3rd | families mixing topics (questions) | largest family with "
          "no bank intent | families with no bank intent mixing topics (questions) | "
          "off-bank questions given a bank intent |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for n in args.sizes:
        texts, truth = workbook(n, args.offbank)
        start = time.perf_counter()
        index = grouping.GroupingIndex()
        labels = index.extend(texts)
        secs = time.perf_counter() - start
        top = largest(labels, truth)
        cells = [f"{s:,} / {k}" for s, k in top] + ["-"] * (3 - len(top))
        bad, bad_q = impure_families(labels, truth)
        n_off = len({t for t in truth if t.startswith("off:")})
        # the linker's own work: questions the engine gave no bank intent
        loose = [i for i, code in enumerate(index._codes) if code < 0]
        l_labels, l_truth = [labels[i] for i in loose], [truth[i] for i in loose]
        (l_size, l_topics), *_ = largest(l_labels, l_truth, 1) or [(0, 0)]
        l_bad, l_bad_q = impure_families(l_labels, l_truth)
        off = [i for i, t in enumerate(truth) if t.startswith("off:")]
        taken = sum(1 for i in off if index._codes[i] >= 0) / max(1, len(off))
        print(f"| {n:,} | {n_off} | {secs:.2f} s | {len(set(labels)):,} | "
              + " | ".join(cells) + f" | {bad:,} ({bad_q:,}) | {l_size:,} / {l_topics} | "
              f"{l_bad:,} ({l_bad_q:,}) | {taken:.0%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
