"""Latency of one user edit with 100,000 rows in the workbook, against an empty workbook.

    python benchmarks/bench_store.py            # 100k rows, 300 edits of each kind
    python benchmarks/bench_store.py --rows 200000 --edits 500

Each edit is a real service call (its own transaction, committed and on disk when it
returns: WAL, synchronous=NORMAL): log an interview, edit a question's answer note, add a
rating. The same edits run first on an empty workbook (the baseline) and then on one
holding `--rows` questions spread over interviews, in the same process. Prints p50/p95 in
milliseconds and the ratio of the large workbook's p95 to the baseline's. Target: p95 < 20 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from coachkit import config  # noqa: E402
from coachkit.services import answers, interviews, questions  # noqa: E402
from coachkit.services.workbook import open_workbook  # noqa: E402
from coachkit.storage import tables as t  # noqa: E402


def fill(wb, rows: int) -> None:
    now = dt.datetime(2026, 1, 1)
    per_interview = 10
    with wb.store.write() as s:
        s.execute(insert(t.Interview), [
            dict(organisation=f"Library {i % 400}", role_title="Librarian", stage="first",
                 format="panel", interviewers="", connection_note="", outcome="rejected",
                 regret_heard=False, feedback="", created_at=now, updated_at=now,
                 interview_date=dt.date(2020, 1, 1) + dt.timedelta(days=i % 2000))
            for i in range(rows // per_interview)])
        ids = s.scalars(select(t.Interview.id)).all()
        s.execute(insert(t.Question), [
            dict(interview_id=ids[i // per_interview], position=i % per_interview,
                 text=f"Tell us about a time you helped patron number {i}", category="",
                 recall_confidence="roughly", answer_notes="", created_at=now, updated_at=now)
            for i in range(rows)])


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def time_edits(wb, n: int) -> dict[str, list[float]]:
    iv = interviews.log_interview(wb, organisation="Cedar Falls Library")
    qs = questions.add_questions(wb, iv.id, [{"text": "Why do you want to work here?"}])
    _, version = answers.save_answer(wb, "Because the library runs a teen zine club.",
                                     question_id=qs[0].id)
    edits = {
        "log interview": lambda i: interviews.log_interview(wb, organisation=f"Org {i}"),
        "edit question note": lambda i: questions.update_question(
            wb, qs[0].id, answer_notes=f"note {i}"),
        "add rating": lambda i: answers.rate_answer(wb, version, "structure", 1 + i % 5,
                                                    rater_role="candidate"),
    }
    out: dict[str, list[float]] = {}
    for name, edit in edits.items():
        for i in range(10):  # warm up
            edit(i)
        samples = []
        for i in range(n):
            t0 = time.perf_counter()
            edit(i)
            samples.append((time.perf_counter() - t0) * 1000)
        out[name] = samples
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--edits", type=int, default=300)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        empty = open_workbook(config.url_for_path(Path(tmp, "empty.sqlite")))
        base = time_edits(empty, args.edits)
        empty.close()
        big = open_workbook(config.url_for_path(Path(tmp, "big.sqlite")))
        t0 = time.perf_counter()
        fill(big, args.rows)
        fill_s = time.perf_counter() - t0
        large = time_edits(big, args.edits)
        total = big.store.count(t.Question)
        big.close()
    print(f"One edit, {args.edits} of each kind; large workbook holds {total:,} questions "
          f"(filled in {fill_s:.1f} s).\n")
    print("| edit | empty p50 | empty p95 | large p50 | large p95 | p95 ratio |")
    print("|---|---|---|---|---|---|")
    worst = 0.0
    for name in base:
        b50, b95 = statistics.median(base[name]), percentile(base[name], 95)
        l50, l95 = statistics.median(large[name]), percentile(large[name], 95)
        worst = max(worst, l95)
        print(f"| {name} | {b50:.2f} ms | {b95:.2f} ms | {l50:.2f} ms | {l95:.2f} ms | "
              f"{l95 / b95:.2f}x |")
    print(f"\nworst p95 with {total:,} rows: {worst:.2f} ms (target < 20 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
