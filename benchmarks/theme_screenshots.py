"""Screenshots of the dashboards in Voila's light and dark themes, for docs/jupyter.md.

    python benchmarks/theme_screenshots.py                 # writes docs/figures/theme-*.png
    python benchmarks/theme_screenshots.py --out /tmp/shots --notebooks 00_start_here.ipynb
    python benchmarks/theme_screenshots.py --widths 1280 390 --notebooks 0*.ipynb-names
        # docs/figures/<notebook>-1280.png and -390.png: whole pages, light theme (issue 18)

One Voila server (the one `coachkit serve` runs) on the example workbook; each notebook is
opened with ``?theme=light`` and ``?theme=dark`` (Voila 0.5's query name) in Chromium.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachkit import config  # noqa: E402
from coachkit.cli import workbooks_dir  # noqa: E402
from coachkit.voila_process import VoilaServer  # noqa: E402

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run"]
DEFAULT = ["00_start_here.ipynb", "01_interview_log.ipynb", "02_rate_answers.ipynb"]


def shoot(notebooks: list[str], out: Path, themes: list[str], height: int,
          widths: list[int] | None = None) -> list[Path]:
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="coachkit-shots-"))
    os.environ[config.DATA_ENV] = str(tmp)
    from coachkit.services.demo import write_demo

    db = write_demo(tmp / "demo.sqlite")
    env = {**os.environ, config.DATA_ENV: str(tmp), config.DB_ENV: config.url_for_path(db)}
    server = VoilaServer(workbooks_dir(), secrets.token_urlsafe(12), env, tmp / "voila.log",
                         preferred_port=18766)
    written = []
    out.mkdir(parents=True, exist_ok=True)
    try:
        server.start(timeout=120)
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            for name in notebooks:
                for width in widths or []:
                    page = browser.new_page(viewport={"width": width, "height": height})
                    page.goto(f"{server.render_url(name)}&theme=light")
                    page.wait_for_selector(".ck-ready", timeout=120_000)
                    page.wait_for_timeout(1500)  # fonts and charts settle
                    stem = Path(name).stem.split("_", 1)[1].replace("start_here", "home")
                    target = out / f"{stem}-{width}.png"
                    page.screenshot(path=str(target), full_page=True)
                    written.append(target)
                    page.close()
                for theme in themes if not widths else []:
                    page = browser.new_page(viewport={"width": 1200, "height": height})
                    page.goto(f"{server.render_url(name)}&theme={theme}")
                    page.wait_for_selector(".ck-ready", timeout=120_000)
                    page.wait_for_timeout(800)  # fonts and charts settle
                    target = out / f"theme-{theme}-{Path(name).stem}.png"
                    page.screenshot(path=str(target))
                    written.append(target)
                    page.close()
            browser.close()
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return written


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "figures")
    ap.add_argument("--notebooks", nargs="*", default=DEFAULT)
    ap.add_argument("--themes", nargs="*", default=["light", "dark"])
    ap.add_argument("--height", type=int, default=900)
    ap.add_argument("--widths", nargs="*", type=int,
                    help="whole-page shots at these widths instead of the theme pairs")
    args = ap.parse_args()
    for path in shoot(args.notebooks, args.out, args.themes, args.height, args.widths):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
