"""Time from navigation to "dashboard ready" for every workbook notebook, in Chromium.

    python benchmarks/bench_dashboards.py            # 5 rounds (median of 5)
    python benchmarks/bench_dashboards.py --rounds 9 --workbook demo|empty|/path/file.sqlite

One Voila server (the same command `coachkit serve` runs) serves copies of the notebooks in
`workbooks/` plus an empty notebook (one cell that shows an empty widget marked `ck-ready`)
from a temporary folder, with the example workbook as the open workbook. Each round visits
every notebook once, in a shuffled order, each in a fresh browser context, and times
`page.goto` until `.ck-ready` is in the page. The figure that matters is the ratio of each
dashboard's median to the empty notebook's median measured in the same run (target <= 1.3).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachkit import config  # noqa: E402
from coachkit.voila_process import VoilaServer  # noqa: E402

EMPTY = "zz_empty_baseline.ipynb"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


def empty_notebook(path: Path) -> None:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                  "language": "python"}}
    nb.cells = [nbformat.v4.new_code_cell(
        "import ipywidgets as w\nbox = w.VBox([w.HTML('')])\nbox.add_class('ck-ready')\nbox")]
    nbformat.write(nb, path)


def prepare(folder: Path, workbook: str) -> tuple[dict[str, str], list[str]]:
    for nb in sorted((ROOT / "workbooks").glob("*.ipynb")):
        shutil.copy(nb, folder / nb.name)
    empty_notebook(folder / EMPTY)
    data = folder / "data"
    data.mkdir()
    env = {**os.environ, config.DATA_ENV: str(data)}
    if workbook == "demo":
        os.environ[config.DATA_ENV] = str(data)
        from coachkit.services.demo import write_demo

        db = write_demo(data / "bench-demo.sqlite")
    elif workbook == "empty":
        db = data / "empty.sqlite"
    else:
        db = Path(workbook).resolve()
    env[config.DB_ENV] = config.url_for_path(db)
    names = sorted(p.name for p in folder.glob("*.ipynb"))
    return env, names


def measure(rounds: int, workbook: str) -> dict:
    from playwright.sync_api import sync_playwright

    folder = Path(tempfile.mkdtemp(prefix="coachkit-bench-"))
    env, names = prepare(folder, workbook)
    server = VoilaServer(folder, secrets.token_urlsafe(12), env, folder / "voila.log",
                         preferred_port=18966)
    times: dict[str, list[float]] = {n: [] for n in names}
    try:
        server.start(timeout=120)
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            rng = random.Random(1)
            for r in range(rounds + 1):  # round 0 warms caches and is not counted
                order = names[:]
                rng.shuffle(order)
                for name in order:
                    ctx = browser.new_context(viewport={"width": 1200, "height": 900})
                    page = ctx.new_page()
                    url = server.render_url(name)
                    t0 = time.perf_counter()
                    page.goto(url)
                    page.wait_for_selector(".ck-ready", timeout=120_000)
                    elapsed = time.perf_counter() - t0
                    ctx.close()
                    if r:
                        times[name].append(elapsed)
            browser.close()
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    base = statistics.median(times[EMPTY])
    rows = {n: {"median_s": round(statistics.median(v), 3),
                "ratio": round(statistics.median(v) / base, 2), "runs": len(v)}
            for n, v in times.items()}
    return {"workbook": workbook, "rounds": rounds, "results": rows}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--workbook", default="demo")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    out = measure(args.rounds, args.workbook)
    print(f"Dashboard ready time, {args.workbook} workbook, median of {args.rounds}:\n")
    print("| notebook | median (s) | ratio to empty |")
    print("|---|---|---|")
    for name, row in out["results"].items():
        print(f"| {name} | {row['median_s']:.2f} | {row['ratio']:.2f}x |")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2))
    worst = max(r["ratio"] for n, r in out["results"].items() if n != EMPTY)
    print(f"\nworst ratio {worst:.2f}x (target <= 1.3x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
