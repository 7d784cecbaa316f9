"""Run every benchmark in turn and print its Markdown table (docs/performance.md keeps them).

    python benchmarks/run_all.py              # all of them (several minutes)
    python benchmarks/run_all.py serve store  # only those whose file name contains a word
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    scripts = sorted(p for p in HERE.glob("bench_*.py"))
    if argv:
        scripts = [p for p in scripts if any(word in p.stem for word in argv)]
    failed = 0
    for script in scripts:
        print(f"\n## {script.name}\n", flush=True)
        t0 = time.perf_counter()
        rc = subprocess.call([sys.executable, str(script)])
        print(f"\n({script.name} took {time.perf_counter() - t0:.0f} s, exit {rc})", flush=True)
        failed += rc != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
