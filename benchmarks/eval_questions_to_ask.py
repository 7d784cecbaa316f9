"""How well the printed ten questions to ask cover seed 004's worries, beside a baseline.

    python benchmarks/eval_questions_to_ask.py

Worksheets: the introvert's library front-desk job from seed 004 in six variants (the desk
alone or with phones, with and without a public-facing limit, an interruption limit or a
deal-breaker). For each, the first ten questions (what the interview-day sheet prints) are
checked for: the core topics readers told her to ask about (the desk's share when unknown,
how busy the desk gets, busy and quiet times, how tasks are divided, interruptions, a
typical day); near-duplicates (two questions on one concern); and whether every tag the
user gave brings up a question somewhere in the list. The baseline is the same scoring
ranked by weight alone, without the one-question-per-concern rule (the ranking before
issue 16).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachkit.analysis import questions_to_ask as qa  # noqa: E402
from coachkit.analysis.job_fit import Duty, Tolerances, effective_tags  # noqa: E402

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
        core_hit += len(wanted & {q.concern for q in printed})
        dupes += len(printed) - len({q.concern for q in printed})
        tags = set().union(*(effective_tags(d) for d in duties))
        concerns = {q.concern for q in questions}
        tags_all += len(tags)
        tags_used += sum(TAG_CONCERN[t] in concerns for t in tags)
    n = len(worksheets())
    return {"core": core_hit / core_all, "dupes": dupes / n, "tags": tags_used / tags_all}


def baseline(duties: list[Duty], tolerances: Tolerances) -> list[qa.AskQuestion]:
    original = qa._diverse_order
    qa._diverse_order = lambda ranked, guaranteed: ranked  # weight alone
    try:
        return qa.questions_to_ask(duties, tolerances)
    finally:
        qa._diverse_order = original


def main() -> int:
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
