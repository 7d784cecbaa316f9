"""Kernels left running after closing dashboard pages: plain Voila against coachkit's start-up.

    python benchmarks/bench_kernels.py             # 10 pages each
    python benchmarks/bench_kernels.py --pages 20

The same Voila command `coachkit serve` builds, started once with plain `python -m voila`
and once through `coachkit.voila_main`. Chromium opens the start page N times, each in a new
tab closed the way a user closes it (beforeunload runs); after a 5 s wait the kernel processes
still running under the server are counted (children running ipykernel) with their memory.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachkit import config  # noqa: E402
from coachkit.voila_process import VoilaServer, free_port, voila_command, workbooks_dir  # noqa: E402,E501

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run"]


def kernel_processes(server_pid: int) -> dict[int, int]:
    """pid -> resident memory in bytes, for the server's ipykernel children."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            if ppid != server_pid or b"ipykernel" not in (stat.parent / "cmdline").read_bytes():
                continue
            pages = int((stat.parent / "statm").read_text().split()[1])
        except (OSError, ValueError, IndexError):
            continue
        found[int(stat.parent.name)] = pages * os.sysconf("SC_PAGE_SIZE")
    return found


def run(launcher: str, pages: int, env: dict, tmp: Path) -> tuple[int, float]:
    from playwright.sync_api import sync_playwright

    token, port = secrets.token_urlsafe(8), free_port(19700)
    cmd = voila_command(workbooks_dir(), port, token)
    cmd[2] = launcher
    server = VoilaServer(workbooks_dir(), token, env, tmp / f"{launcher}.log", port=port,
                         command=cmd)
    try:
        server.start(timeout=120)
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            context = browser.new_context()
            for _ in range(pages):
                page = context.new_page()
                page.goto(server.render_url("00_start_here.ipynb") + "&workbook=demo")
                page.wait_for_selector(".ck-ready", timeout=120_000)
                page.close(run_before_unload=True)
            time.sleep(5)
            left = kernel_processes(server.proc.pid)
            browser.close()
        return len(left), sum(left.values()) / 1e6
    finally:
        server.stop()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=10)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="coachkit-kernels-"))
    os.environ[config.DATA_ENV] = str(tmp)
    from coachkit.services.demo import write_demo

    write_demo(config.demo_db_path())
    env = {**os.environ, config.DATA_ENV: str(tmp),
           config.DB_ENV: config.url_for_path(tmp / "main.sqlite")}
    try:
        rows = [(name, *run(name, args.pages, env, tmp))
                for name in ("voila", "coachkit.voila_main")]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"| {args.pages} pages opened and closed | kernels left after 5 s | their memory (MB) |")
    print("|---|---|---|")
    for name, left, mb in rows:
        print(f"| `python -m {name}` | {left} | {mb:.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
