"""How well the printed ten questions to ask cover seed 004's worries, beside a baseline.

    python benchmarks/eval_questions_to_ask.py
    python benchmarks/eval_questions_to_ask.py --file tests/data/ask_a1.json [--misses]
    python benchmarks/eval_questions_to_ask.py --all

Worksheets: the introvert's library front-desk job from seed 004 in six variants (the desk
alone or with phones, with and without a public-facing limit, an interruption limit or a
deal-breaker). For each, the first ten questions (what the interview-day sheet prints) are
checked for: the core topics readers told her to ask about (the desk's share when unknown,
how busy the desk gets, busy and quiet times, how tasks are divided, interruptions, a
typical day); near-duplicates (two questions on one concern); and whether every tag the
user gave brings up a question somewhere in the list. The baseline is the same scoring
ranked by weight alone, without the one-question-per-concern rule (the ranking before
issue 16).

With ``--file``: held-out worksheets written by a separate writer (see docs/job_fit.md),
each with the concerns a careful coach would insist are on that candidate's printed sheet
(``must_ask``) and the ones that would waste a slot (``not_needed``). Reported: the share of
must-ask concerns on the printed ten, the not-needed ones printed, repeated concerns, and
tags that bring up a question; beside the weight-alone ranking and the bank's fixed order.

With ``--all``: the must-ask figure and the not-needed printed per sheet on every labelled
set (tests/data/ask_a1.json, ask_a2.json, ...), one row per set, with the mean over the sets.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachkit.analysis import questions_to_ask as qa  # noqa: E402
from coachkit.analysis.job_fit import (  # noqa: E402
    Duty,
    FitReport,
    Requirement,
    Tolerances,
    assess_fit,
    effective_tags,
)

DESK = "Reception and customer service at the front desk"
PHONES = "Answer the phones and email enquiries"
TAG_CONCERN = {"public_facing": "desk_busyness", "interruptions": "interruptions",
               "phones": "phones", "detail": "checking", "own_pace": "deadlines",
               "creative": "creative", "presenting": "presenting", "cash": "cash",
               "conflict": "conflict", "physical": "physical", "shifts": "schedule"}


def worksheets() -> dict[str, tuple[list[Duty], Tolerances]]:
    desk = Duty(DESK, None, 2, "drains", "maybe", {"public_facing", "interruptions"})
    phones = Duty(PHONES, None, 2, "drains", "maybe", {"public_facing", "interruptions", "phones"})
    rest = [Duty("Proofread documents", 25, 5, "energises", "yes", {"detail", "own_pace"}),
            Duty("Post on the library's social media", 20, 4, "energises", "yes", {"creative"}),
            Duty("Put together flyers and newsletters", 20, 4, "energises", "yes", {"creative"})]
    return {
        "desk, 30% limit": ([desk, *rest], Tolerances(30)),
        "desk, no limit": ([desk, *rest], Tolerances()),
        "desk + phones, 30% limit": ([desk, phones, *rest], Tolerances(30)),
        "desk + phones, interruption limit": ([desk, phones, *rest], Tolerances(30, 4)),
        "desk + phones, deal-breaker": ([desk, phones, *rest],
                                        Tolerances(30, deal_breakers=["cold calling"])),
        "desk 40% known, phones unknown": ([Duty(DESK, 40, 2, "drains", "no",
                                                 {"public_facing", "interruptions"}),
                                            phones, *rest], Tolerances(30)),
    }


def _covers(question) -> tuple[str, ...]:
    """Every concern a question settles (a two-part question settles two)."""
    return getattr(question, "covers", (question.concern,))


def _repeats(printed) -> int:
    """Printed questions all of whose concerns an earlier printed question already settled
    (two deal-breakers are two worries, not a repeat)."""
    seen: set[tuple[str, str]] = set()
    repeats = 0
    for q in printed:
        keys = {(c, q.source if c == "deal_breaker" else "") for c in _covers(q)}
        repeats += keys <= seen
        seen |= keys
    return repeats


def _on_sheet(printed) -> set[str]:
    return {c for q in printed for c in _covers(q)}


def _core_wanted(duties: list[Duty], questions: list[qa.AskQuestion]) -> set[str]:
    wanted = set(qa.CORE_CONCERNS)
    if not any(q.concern == "desk_share" for q in questions):
        wanted.discard("desk_share")  # every public-facing share is known
    return wanted


def measure(rank) -> dict[str, float]:
    core_hit = core_all = dupes = tags_used = tags_all = 0
    for duties, tolerances in worksheets().values():
        questions = rank(duties, tolerances)
        printed = questions[: qa.PRINTED_QUESTIONS]
        wanted = _core_wanted(duties, questions)
        core_all += len(wanted)
        core_hit += len(wanted & _on_sheet(printed))
        dupes += _repeats(printed)
        tags = set().union(*(effective_tags(d) for d in duties))
        concerns = _on_sheet(questions)
        tags_all += len(tags)
        tags_used += sum(TAG_CONCERN[t] in concerns for t in tags)
    n = len(worksheets())
    return {"core": core_hit / core_all, "dupes": dupes / n, "tags": tags_used / tags_all}


def baseline(duties: list[Duty], tolerances: Tolerances,
             report: FitReport | None = None) -> list[qa.AskQuestion]:
    original = qa._diverse_order
    qa._diverse_order = lambda ranked, guaranteed: ranked  # weight alone
    try:
        return qa.questions_to_ask(duties, tolerances, report)
    finally:
        qa._diverse_order = original


def load_scenarios(path: Path) -> list[dict]:
    """The scenarios of a held-out file, each with its Duty list and Tolerances built."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for sc in data["scenarios"]:
        duties = [Duty(d["text"], d.get("share"), d.get("skill"), d.get("energy", "neutral"),
                       d.get("develop", "maybe"), frozenset(d.get("tags", [])))
                  for d in sc["duties"]]
        lim = sc.get("limits", {})
        tolerances = Tolerances(lim.get("max_public_facing_pct"),
                                lim.get("max_interruptions_per_hour"),
                                deal_breakers=list(lim.get("deal_breakers") or []),
                                next_step=lim.get("next_step") or "")
        # the ad's requirements and where the candidate stands, where the worksheet has them
        # (written since a18's format; earlier writers told a lacking requirement in "who")
        requirements = [Requirement(r["text"], r.get("status", "not_yet"),
                                    bool(r.get("essential", True)))
                        for r in sc.get("requirements") or []]
        out.append({**sc, "built": (duties, tolerances),
                    "report": assess_fit(duties, tolerances, requirements)})
    return out


def bank_order(duties: list[Duty], tolerances: Tolerances,
               report: FitReport | None = None) -> list[qa.AskQuestion]:
    """Baseline: every question that applies, in the bank's own order (no weighing)."""
    ranked = qa.questions_to_ask(duties, tolerances, report)
    order = {entry.id: i for i, entry in enumerate(qa.load_ask_bank())}
    return sorted(ranked, key=lambda q: order.get(q.bank_id, len(order)))


def measure_file(path: Path, rank, misses: bool = False) -> dict[str, float]:
    hit = wanted = wasted = dupes = tags_used = tags_all = shown_hit = shown_wanted = 0
    scenarios = load_scenarios(path)
    for sc in scenarios:
        duties, tolerances = sc["built"]
        questions = rank(duties, tolerances, sc["report"])
        printed = questions[: qa.PRINTED_QUESTIONS]
        on_sheet = _on_sheet(printed)
        must, waste = set(sc["must_ask"]), set(sc.get("not_needed", []))
        hit += len(must & on_sheet)
        wanted += len(must)
        # what the worksheet lets the ranking see: a lacking requirement told only in the
        # description cannot be asked about
        shown = must if "requirements" in sc else must - {"requirements"}
        shown_hit += len(shown & on_sheet)
        shown_wanted += len(shown)
        wasted += len(waste & on_sheet)
        dupes += _repeats(printed)
        tags = set().union(*(effective_tags(d) for d in duties))
        concerns = _on_sheet(questions)
        tags_all += len(tags)
        tags_used += sum(TAG_CONCERN[t] in concerns for t in tags if t in TAG_CONCERN)
        if misses and (must - on_sheet or waste & on_sheet):
            listed = {c: i + 1 for i, q in reversed(list(enumerate(questions)))
                      for c in _covers(q)}
            print(f"{sc['id']} ({sc['job']}): missing "
                  + ", ".join(f"{c} (#{listed.get(c, '-')})" for c in sorted(must - on_sheet))
                  + "; not needed but printed: " + ", ".join(sorted(waste & on_sheet)))
            print("    printed: " + ", ".join("+".join(_covers(q)) for q in printed))
    n = len(scenarios)
    return {"must": hit / wanted if wanted else 1.0, "wasted": wasted / n, "dupes": dupes / n,
            "tags": tags_used / tags_all if tags_all else 1.0, "n": n,
            "shown": shown_hit / shown_wanted if shown_wanted else 1.0}


def main_file(path: Path, misses: bool) -> int:
    rows = {"coachkit": measure_file(path, qa.questions_to_ask, misses),
            "ranked by weight alone": measure_file(path, baseline),
            "every question that applies, in the bank's order": measure_file(path, bank_order)}
    n = rows["coachkit"]["n"]
    print(f"\n{path}: {n} worksheets; the printed ten of each.\n")
    print("| Ranking | Must-ask concerns on the ten | ... of those the worksheet shows "
          "| Not-needed printed per ten | Repeated concerns per ten | Tags used |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, r in rows.items():
        print(f"| {name} | {r['must']:.2f} | {r['shown']:.2f} | {r['wasted']:.2f} "
              f"| {r['dupes']:.1f} | {r['tags']:.2f} |")
    return 0


ALL_SETS = tuple(sorted((ROOT / "tests" / "data").glob("ask_a*.json"),
                        key=lambda p: int(p.stem.removeprefix("ask_a"))))


def main_all() -> int:
    """One row per labelled set: coachkit, weight alone and the bank's order side by side."""
    ranks = {"coachkit": qa.questions_to_ask, "weight alone": baseline, "bank order": bank_order}
    print("| set | must-ask on the ten | ... of those the worksheet shows "
          "| not-needed printed per ten | weight alone | bank order |")
    print("|---|---:|---:|---:|---:|---:|")
    totals = {name: 0.0 for name in ranks}
    waste = shown = 0.0
    for path in ALL_SETS:
        rows = {name: measure_file(path, rank) for name, rank in ranks.items()}
        for name in ranks:
            totals[name] += rows[name]["must"]
        waste += rows["coachkit"]["wasted"]
        shown += rows["coachkit"]["shown"]
        print(f"| {path.stem.removeprefix('ask_')} | {rows['coachkit']['must']:.3f} "
              f"| {rows['coachkit']['shown']:.3f} "
              f"| {rows['coachkit']['wasted']:.2f} | {rows['weight alone']['must']:.2f} "
              f"| {rows['bank order']['must']:.2f} |")
    n = len(ALL_SETS)
    print(f"| mean | {totals['coachkit'] / n:.3f} | {shown / n:.3f} | {waste / n:.3f} "
          f"| {totals['weight alone'] / n:.3f} | {totals['bank order'] / n:.3f} |")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, help="held-out worksheets (ask_a1.json format)")
    parser.add_argument("--misses", action="store_true", help="list each worksheet's misses")
    parser.add_argument("--all", action="store_true", help="every labelled set, one row each")
    args = parser.parse_args()
    if args.all:
        return main_all()
    if args.file:
        return main_file(args.file, args.misses)
    rows = {"ranked by weight alone (before issue 16)": measure(baseline),
            "one per concern + core topics kept (after)": measure(qa.questions_to_ask)}
    print(f"{len(worksheets())} seed-004 worksheets; the printed ten of each.\n")
    print("| Ranking | Core topics on the ten | Repeated concerns per ten | Tags used |")
    print("|---|---:|---:|---:|")
    for name, r in rows.items():
        print(f"| {name} | {r['core']:.2f} | {r['dupes']:.1f} | {r['tags']:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
