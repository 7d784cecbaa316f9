"""Many candidates saving at once into one centre database, beside one person on SQLite.

    .venv/bin/python benchmarks/bench_centre.py [--candidates 50] [--edits 200] [--pause 0.05]

Starts a private PostgreSQL (durable: fsync on), sets up a centre with N candidates, and
runs N processes (one per candidate, as their own database role, through coachkit's
services exactly as a dashboard does): each logs an interview and then edits it, one saved
change at a time, sleeping ``--pause`` seconds between edits (a person types; 0 = flat out).
Reports every save's latency (p50/p95/max) and counts what was stored against what was
sent (lost must be 0). In the same run, one process does the same edits on an SQLite file:
the single-user baseline.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _edits(url: str, who: str, edits: int, pause: float, start, out) -> None:
    from coachkit.services import interviews
    from coachkit.services.workbook import open_workbook

    wb = open_workbook(url, role="candidate")
    latencies = []
    start.wait()
    iv = interviews.log_interview(wb, organisation=f"{who} library", interview_date=None)
    for i in range(edits):
        t0 = time.perf_counter()
        interviews.update_interview(wb, iv.id, connection_note=f"{who} note {i}",
                                    length_minutes=i)
        latencies.append(time.perf_counter() - t0)
        if pause:
            time.sleep(pause)
    final = interviews.get_interview(wb, iv.id)
    lost = int(final.connection_note != f"{who} note {edits - 1}"
               or final.length_minutes != edits - 1)
    wb.close()
    out.put((who, latencies, lost))


def _run(urls: dict[str, str], edits: int, pause: float) -> tuple[list[float], int, float]:
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_edits, args=(url, who, edits, pause, start, out))
             for who, url in urls.items()]
    for p in procs:
        p.start()
    time.sleep(2 + 0.15 * len(procs))  # let every process import and connect first
    t0 = time.perf_counter()
    start.set()
    results = [out.get(timeout=1800) for _ in procs]
    wall = time.perf_counter() - t0
    for p in procs:
        p.join()
    latencies = [x for _, lat, _ in results for x in lat]
    return latencies, sum(lost for _, _, lost in results), wall


def _summary(name: str, latencies: list[float], lost: int, wall: float, saves: int) -> str:
    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    return (f"| {name} | {saves} | {lost} | {statistics.median(ms):.1f} | {p95:.1f} | "
            f"{ms[-1]:.1f} | {saves / wall:.0f} |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--candidates", type=int, default=50)
    ap.add_argument("--edits", type=int, default=200)
    ap.add_argument("--pause", type=float, default=0.05)
    args = ap.parse_args()

    from coachkit import config
    from coachkit.centre import Centre
    from coachkit.storage.pgserver import start_cluster

    cluster = start_cluster()
    try:
        centre = Centre(cluster.create_database("bench"))
        centre.init()
        names = [f"cand{i:03d}" for i in range(args.candidates)]
        for name in names:
            centre.add_candidate(name)
        urls = {name: centre.login_url(name) for name in names}
        centre.close()
        pg = _run(urls, args.edits, args.pause)
        with tempfile.TemporaryDirectory() as tmp:
            sqlite = _run({"solo": config.url_for_path(Path(tmp) / "solo.sqlite")},
                          args.edits, args.pause)
    finally:
        cluster.remove()
    print(f"{args.candidates} candidates x {args.edits} edits, pause {args.pause} s")
    print("| store | saves | lost | p50 ms | p95 ms | max ms | saves/s |")
    print("|---|---|---|---|---|---|---|")
    print(_summary(f"PostgreSQL, {args.candidates} at once", pg[0], pg[1], pg[2],
                   args.candidates * args.edits))
    print(_summary("SQLite, one person", sqlite[0], sqlite[1], sqlite[2], args.edits))


if __name__ == "__main__":
    main()
