"""How long `coachkit serve` takes to answer, against Voila started bare in the same session.

    python benchmarks/bench_serve.py             # 5 alternating runs of each
    python benchmarks/bench_serve.py --runs 9

Bare: the Voila command `coachkit serve` builds, started with plain `python -m voila`,
timed from launch until the server answers; then the same through `coachkit.voila_main`.
coachkit: `python -m coachkit.cli serve --db FILE`, timed from launch until it prints the
link (it waits for the same answer, checking the workbook while Voila boots).
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachkit import config  # noqa: E402
from coachkit.cli import workbooks_dir  # noqa: E402
from coachkit.voila_process import VoilaServer, free_port, voila_command  # noqa: E402


def bare(env: dict, launcher: str = "voila") -> float:
    token, port = secrets.token_urlsafe(8), free_port(19500)
    cmd = voila_command(workbooks_dir(), port, token)
    cmd[2] = launcher  # python -m <launcher> ...
    server = VoilaServer(workbooks_dir(), token, env, Path(os.devnull), port=port, command=cmd)
    t0 = time.perf_counter()
    try:
        server.start()
        return time.perf_counter() - t0
    finally:
        server.stop()


def coachkit_serve(env: dict, db: Path) -> float:
    port = free_port(19600)
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "coachkit.cli", "serve", "--db", str(db),
                             "--port", str(port)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        for line in proc.stdout:
            if "http://" in line:
                return time.perf_counter() - t0
        raise RuntimeError("coachkit serve printed no link")
    finally:
        proc.send_signal(2)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, config.DATA_ENV: tmp}
        env.pop(config.DB_ENV, None)
        os.environ[config.DATA_ENV] = tmp
        from coachkit.services.demo import write_demo

        db = write_demo(Path(tmp, "demo.sqlite"))
        a, b, c = [], [], []
        for _ in range(args.runs):
            a.append(bare(env))
            b.append(bare(env, "coachkit.voila_main"))
            c.append(coachkit_serve(env, db))
    ma, mb, mc = (statistics.median(x) for x in (a, b, c))
    print(f"| start-up, median of {args.runs} | seconds | ratio to plain Voila |")
    print("|---|---|---|")
    print(f"| plain `python -m voila`, until it answers | {ma:.2f} | 1.00x |")
    print(f"| `python -m coachkit.voila_main` (same flags), until it answers | {mb:.2f} | "
          f"{mb / ma:.2f}x |")
    print(f"| `coachkit serve --db FILE`, until it prints the link | {mc:.2f} | {mc / ma:.2f}x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
