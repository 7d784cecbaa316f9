"""A career centre's hub under a crowd: N people logging in at once, against `coachkit serve`.

    python benchmarks/bench_hub.py               # 20 people (needs root, PostgreSQL, Chromium)
    python benchmarks/bench_hub.py --users 8

Measured in one run, on this machine:
- serve: `coachkit serve --db FILE` launched, its link opened in Chromium, until the home
  dashboard says ck-ready (the single-user baseline);
- hub, one person: the hub's login page submitted, until their home dashboard says ck-ready
  (spawning their server as its own system user, the database login, Voila);
- hub, N people at once: N browser contexts submit the login page together; per-person time
  to ck-ready and the time until the last one is ready;
- memory: resident (RSS) and proportional (PSS, shared pages split) memory of each person's
  processes (their server and dashboard kernel), after everyone is ready.
With the centre's PostgreSQL (each server gets its own database login from the hub), or with
--no-centre each server on its own SQLite file.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import statistics
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachkit.cli import free_port  # noqa: E402
from coachkit.hub import accounts  # noqa: E402

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
READY_MS = 600_000


async def _ready(page, url: str) -> None:
    await page.goto(url)
    await page.wait_for_selector(".ck-ready", timeout=READY_MS)


async def serve_time(browser, env: dict) -> tuple[float, float]:
    tmp = Path(tempfile.mkdtemp(prefix="bench-hub-serve-"))
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "coachkit.cli", "serve", "--db",
                             str(tmp / "wb.sqlite"), "--port", str(free_port(19700))],
                            env={**env, "COACHKIT_DATA_DIR": str(tmp)}, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        link = None
        while link is None:
            line = await asyncio.to_thread(proc.stdout.readline)
            if not line:
                raise RuntimeError("coachkit serve stopped before printing its link")
            if "http://" in line:
                link = line.strip()
        context = await browser.new_context()
        context.set_default_timeout(READY_MS)
        page = await context.new_page()
        await _ready(page, link)
        took = time.perf_counter() - t0
        t1 = time.perf_counter()
        await _ready(page, link)  # the server is up: just the dashboard again
        warm = time.perf_counter() - t1
        await context.close()
        return took, warm
    finally:
        proc.send_signal(2)
        proc.wait(30)
        subprocess.run(["rm", "-rf", str(tmp)])


async def log_in(browser, base: str, name: str, password: str, pages: list | None = None
                 ) -> float:
    context = await browser.new_context()
    context.set_default_timeout(READY_MS)  # a crowd on two cores: pages wait their turn
    page = await context.new_page()
    await page.goto(f"{base}/hub/login")
    await page.fill("#username_input", name)
    await page.fill("#password_input", password)
    t0 = time.perf_counter()
    await page.click("#login_submit")
    await page.wait_for_selector(".ck-ready", timeout=READY_MS)
    took = time.perf_counter() - t0
    if pages is not None:
        pages.append(page)
    # keep the context open: the person stays logged in while memory is measured
    return took


def memory_by_person(prefix: str) -> dict[str, tuple[float, float]]:
    import psutil

    totals: dict[str, list[float]] = {}
    for proc in psutil.process_iter(["username"]):
        user = proc.info["username"] or ""
        if not user.startswith(prefix):
            continue
        try:
            info = proc.memory_full_info()
        except psutil.Error:
            continue
        rss_pss = totals.setdefault(user, [0.0, 0.0])
        rss_pss[0] += info.rss / 2**20
        rss_pss[1] += info.pss / 2**20
    return {u: (v[0], v[1]) for u, v in totals.items()}


def start_centre(tmp: Path, names: list[str]):
    from coachkit.hub.demo_centre import build_centre
    from coachkit.storage.pgserver import start_cluster

    tmp.chmod(0o711)  # the server's own folder inside belongs to the postgres user
    cluster = start_cluster(tmp / "postgres", durable=False)
    build_centre(cluster.url(), {}, names, [])
    return cluster, cluster.url()


async def main(users: int, use_centre: bool = True) -> int:
    from playwright.async_api import async_playwright

    from coachkit.hub.launch import start_hub

    if os.geteuid() != 0:
        print("bench_hub needs root: the hub creates a system user per person.")
        return 2
    prefix = "ckb" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(4)) + "-"
    names = [f"p{i:02d}" for i in range(users + 1)]
    passwords = {n: secrets.token_urlsafe(12) for n in names}
    tmp = Path(tempfile.mkdtemp(prefix="bench-hub-"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cluster = hub = None
    try:
        cluster, admin_url = start_centre(tmp, names) if use_centre else (None, None)
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path="/usr/bin/chromium",
                                               args=CHROMIUM_ARGS, headless=True)
            serve_s, serve_warm_s = await serve_time(browser, env)
            t0 = time.perf_counter()
            hub = start_hub(tmp / "hub", passwords=passwords, prefix=prefix,
                            admin_url=admin_url, cull_seconds=3600)
            hub_start_s = time.perf_counter() - t0
            first: list = []
            one_s = await log_in(browser, hub.base, names[0], passwords[names[0]], first)
            t1 = time.perf_counter()
            await _ready(first[0], first[0].url)  # their server is up: the dashboard again
            hub_warm_s = time.perf_counter() - t1
            t0 = time.perf_counter()
            results = await asyncio.gather(
                *(log_in(browser, hub.base, n, passwords[n]) for n in names[1:]),
                return_exceptions=True)
            wall_s = time.perf_counter() - t0
            times = [r for r in results if isinstance(r, float)]
            failures = [r for r in results if not isinstance(r, float)]
            memory = memory_by_person(prefix)
            await browser.close()
        rss = [m[0] for m in memory.values()]
        pss = [m[1] for m in memory.values()]
        db = "PostgreSQL centre" if admin_url else "SQLite per person (--no-centre)"
        print(f"Database: {db}; {os.cpu_count()} cores; users: {users}\n")
        print("| Measure | Seconds |\n|---|---|")
        print(f"| `coachkit serve`: launch to home dashboard ready | {serve_s:.1f} |")
        print(f"| hub start (PostgreSQL already up) | {hub_start_s:.1f} |")
        print(f"| hub, one person: login to home dashboard ready | {one_s:.1f} |")
        print(f"| ratio hub / serve (one person) | {one_s / serve_s:.2f} |")
        print(f"| `coachkit serve`: dashboard again, server running | {serve_warm_s:.1f} |")
        print(f"| hub: dashboard again, server running | {hub_warm_s:.1f} |")
        print(f"| ratio hub / serve (server running) | {hub_warm_s / serve_warm_s:.2f} |")
        if times:
            print(f"| hub, {users} at once: median login to ready | "
                  f"{statistics.median(times):.1f} |")
            print(f"| hub, {users} at once: slowest | {max(times):.1f} |")
            print(f"| hub, {users} at once: until all ready | {wall_s:.1f} |")
        print(f"\nReady: {len(times)} of {users}; failed: {len(failures)}"
              + (f" (first: {failures[0]!r:.200})" if failures else ""))
        if rss:
            print(f"Memory per person ({len(rss)} people, server + dashboard kernel): "
                  f"RSS median {statistics.median(rss):.0f} MB, "
                  f"PSS median {statistics.median(pss):.0f} MB, "
                  f"PSS total {sum(pss):.0f} MB")
        return 0 if not failures else 1
    finally:
        if hub is not None:
            hub.stop()
        if cluster is not None:
            cluster.remove()
        accounts.remove_system_users(prefix)
        subprocess.run(["rm", "-rf", str(tmp)])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--no-centre", action="store_true",
                        help="each server on its own SQLite file, no PostgreSQL")
    args = parser.parse_args()
    raise SystemExit(asyncio.run(main(args.users, not args.no_centre)))
