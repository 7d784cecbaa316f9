"""The interview log on a large workbook: 500 interviews, 5,000 reconstructed questions.

    python benchmarks/bench_recurring.py                 # in-process figures, 5 repeats
    python benchmarks/bench_recurring.py --browser 5     # + Voila ready time, 5 rounds
    python benchmarks/bench_recurring.py --keep /tmp/big.sqlite   # keep the workbook

A workbook is generated in a temporary file through the services (one interview and its
questions per call): the wordings are bank phrasings, shortened into fragments, given
filler ("they asked something like ...") and mixed with questions the bank does not know,
over 60 organisations and seven years. Then, in one process:

- first screen: building the interview log view (what Voila shows before `ck-ready`),
  against the baseline of only opening the workbook and listing its interviews;
- recurring view, cold: `families.recurring_questions` with nothing cached (grouping all
  5,000 questions, applying choices, ratings, representatives); the first call in a process
  also loads the bank model, reported separately;
- recurring view after one new question (the incremental path a paste takes);
- the sentence vectors the merge suggestions need: worked out once, then read back from the
  file in the cache folder as the next kernel (the next Voila page) does;
- opening the "Recurring questions" tab the first time (regroup all, table, chart PNG,
  merge / move lists), and refreshing it after pasting one more question.

With --browser N, `bench_dashboards.measure` serves the workbooks with this workbook open
and reports each dashboard's ready time as a ratio to an empty notebook (target <= 1.3).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from coachkit import config  # noqa: E402
from coachkit.services import families, interviews, questions  # noqa: E402
from coachkit.services.workbook import open_workbook  # noqa: E402

FILLERS = ["", "", "", "they asked ", "something like ", "roughly: ", "I think it was "]
OWN = ["How would you run a seed library?", "What is your view on fines for late returns?",
       "How do you catalogue local zines?", "What would you do with a bigger maker space?",
       "How would you promote the archive to schools?", "Which ILS have you used?"]


def generate(path: Path, n_interviews: int = 500, per: int = 10, seed: int = 7) -> Path:
    from coachkit.analysis.question_bank import load_bank

    rng = random.Random(seed)
    bank = load_bank()
    orgs = [f"{rng.choice(['North', 'East', 'West', 'South', 'Old', 'New'])}"
            f"{rng.choice(['brook', 'gate', 'field', 'well', 'haven'])} "
            f"{rng.choice(['Library', 'Public Library', 'College Library'])} {i}"
            for i in range(60)]
    wb = open_workbook(config.url_for_path(path))
    start = dt.date(2019, 1, 1)
    for _ in range(n_interviews):
        iv = interviews.log_interview(
            wb, organisation=rng.choice(orgs), role_title="Librarian",
            interview_date=start + dt.timedelta(days=rng.randrange(7 * 365)),
            outcome=rng.choice(["waiting", "rejected", "rejected", "offer"]))
        items = []
        for _ in range(per):
            if rng.random() < 0.1:
                text = rng.choice(OWN) + f" ({rng.randrange(1000)})"
            else:
                text = rng.choice(rng.choice(bank).phrasings)
                if rng.random() < 0.2:
                    text = " ".join(text.split()[: max(3, len(text.split()) // 2)])
                text = rng.choice(FILLERS) + text
            items.append({"text": text, "category": "", "recall_confidence": "roughly"})
        questions.add_questions(wb, iv.id, items)
    wb.close()
    return path


def timed(fn, repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f})"


def in_process(path: Path, repeats: int) -> dict[str, list[float]]:
    from coachkit.ui import interview_log as ui

    url = config.url_for_path(path)
    out: dict[str, list[float]] = {}
    out["baseline: open + list interviews"] = timed(
        lambda: interviews.list_interviews(open_workbook(url)), repeats)
    out["first screen: build the interview log"] = timed(
        lambda: ui.InterviewLog(open_workbook(url)), repeats)
    wb = open_workbook(url)
    out["bank model load (once per process)"] = timed(
        lambda: families.really_asking("Tell me about yourself"), 1)

    def cold() -> None:
        families._groupings.clear()
        families.recurring_questions(wb)

    out["recurring view, cold (regroup all)"] = timed(cold, repeats)
    iv = interviews.list_interviews(wb)[0]

    def one_more() -> None:
        questions.save_pasted(wb, iv.id, f"Why do you want this job, take {time.time_ns()}?")
        families.recurring_questions(wb)

    families.recurring_questions(wb)
    out["recurring view after one new question"] = timed(one_more, repeats)

    built = families.recurring_questions(wb)

    def suggestions_cold() -> None:
        families._grouping_for(wb).suggested = None
        families.merge_suggestions(wb, within=built)

    # The sentence model: more than families.EMBED_NOW questions without vectors are worked
    # out in the background while the suggestions use words only; measured here apart:
    # words only, then every family's members embedded (once per process), then the
    # suggestions with the model.
    from coachkit.analysis import embedding
    from coachkit.analysis.grouping import _SUGGEST_MEMBERS

    saved, embedding.warm = embedding.warm, lambda texts: None
    try:
        out["merge suggestions, words only (first opening of a big workbook)"] = timed(
            suggestions_cold, repeats)
    finally:
        embedding.warm = saved
    said = families.question_texts(wb, [q for f in built for q in f.question_ids])
    needed = [said[q] for f in built for q in f.question_ids[:_SUGGEST_MEMBERS] if q in said]
    out[f"sentence vectors of {len(set(needed))} questions (worked out once)"] = timed(
        lambda: embedding.embed(needed), 1)

    def next_kernel() -> None:
        embedding._cache.clear()  # what a new kernel has in memory: nothing
        embedding.embed(needed)

    out[f"the same {len(set(needed))} vectors in the next kernel (read from disk)"] = timed(
        next_kernel, repeats)
    out["merge suggestions for the families on screen (sentence model)"] = timed(
        suggestions_cold, repeats)

    def open_tab() -> None:
        families._groupings.clear()
        families.really_asking.cache_clear()
        ui._chart.cache_clear()
        view = ui.InterviewLog(wb)
        t0 = time.perf_counter()
        view.tabs.selected_index = 1
        out.setdefault("recurring tab, first opening (regroup all, chart, lists)", []).append(
            time.perf_counter() - t0)

    timed(open_tab, repeats)
    view = ui.InterviewLog(wb)
    view.tabs.selected_index = 1

    def paste_and_look() -> None:
        questions.save_pasted(wb, iv.id, f"Tell me about yourself, take {time.time_ns()}")
        view.recurring.refresh()

    out["recurring tab after pasting one question"] = timed(paste_and_look, repeats)

    # what the merge suggestions cost a paste: interleaved, every other paste with
    # merge_suggestions replaced by a stub that offers nothing
    real = families.merge_suggestions
    for i in range(4 * repeats):
        families.merge_suggestions = real if i % 2 else (lambda *a, **k: [])
        key = ("recurring tab after pasting one question (A/B: with suggestions)" if i % 2
               else "recurring tab after pasting one question (A/B: suggestions stubbed)")
        out.setdefault(key, []).extend(timed(paste_and_look, 1))
    families.merge_suggestions = real

    # what the file of vectors costs a paste (one lookup, one write): interleaved, every
    # other paste with the file turned off for the process
    for i in range(4 * repeats):
        store = embedding._store()
        store.broken = not i % 2
        key = ("recurring tab after pasting one question (A/B: vector file on)" if i % 2
               else "recurring tab after pasting one question (A/B: vector file off)")
        out.setdefault(key, []).extend(timed(paste_and_look, 1))
    embedding._store().broken = False
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--interviews", type=int, default=500)
    ap.add_argument("--per", type=int, default=10)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--browser", type=int, default=0, help="rounds of the Voila benchmark")
    ap.add_argument("--keep", type=Path)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="coachkit-recurring-"))
    path = args.keep or folder / "big.sqlite"
    # the sentence vectors are cached here, not in the user's folder, so they start from
    # nothing (the next kernel's read-back is timed apart); the grouping model the user's
    # folder already holds is copied in, as the bank model load has always been timed
    cache = folder / "cache"
    cache.mkdir()
    for built in config.cache_dir().glob("grouping-model-*.pickle.z"):
        shutil.copy2(built, cache / built.name)
    os.environ[config.CACHE_ENV] = str(cache)
    t0 = time.perf_counter()
    generate(path, args.interviews, args.per)
    wb = open_workbook(config.url_for_path(path))
    summary = wb.summary()
    wb.close()
    print(f"Generated {summary.interviews} interviews / {summary.questions} questions in "
          f"{time.perf_counter() - t0:.1f} s ({path})\n")
    results = in_process(path, args.repeats)
    base = statistics.median(results["baseline: open + list interviews"])
    print(f"| step | median of {args.repeats} |\n|---|---|")
    for name, values in results.items():
        print(f"| {name} | {ms(values)} |")
    first = statistics.median(results["first screen: build the interview log"])
    print(f"\nfirst screen / baseline: {first / base:.2f}x")
    if args.browser:
        from bench_dashboards import EMPTY, measure

        out = measure(args.browser, str(path))["results"]
        print(f"\nVoila ready time with this workbook open, median of {args.browser}:\n")
        print("| notebook | median (s) | ratio to empty |\n|---|---|---|")
        for name in (EMPTY, "00_start_here.ipynb", "01_interview_log.ipynb"):
            if name in out:
                row = out[name]
                print(f"| {name} | {row['median_s']:.2f} | {row['ratio']:.2f}x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
