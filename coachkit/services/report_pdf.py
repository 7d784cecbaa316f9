"""Print the session report to PDF with Playwright's ``page.pdf`` on the system Chromium
(Debian's /usr/bin/chromium, the browser the tests drive), with the report's name on top of
every page and "Page N of M" at the foot. No browser is ever downloaded: without Chromium the
report stays HTML and the user is told why, and how to print it themselves."""

from __future__ import annotations

import html
import logging
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

log = logging.getLogger("coachkit.report")

# The launch flags the browser tests use (tests/browser/conftest.py); no network chatter.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
NO_CHROMIUM = ("No PDF: Chromium is not installed on this computer (on Debian or Ubuntu: "
               "sudo apt-get install chromium). The HTML report is complete: open it in your "
               "browser and print it, or save it as PDF from there.")

_FOOT = ('<div style="font-size:8px;width:100%;text-align:center;color:#627d98;'
         'font-family:sans-serif">Page <span class="pageNumber"></span> of '
         '<span class="totalPages"></span></div>')


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _head(text: str) -> str:
    return ('<div style="font-size:8px;width:100%;text-align:center;color:#627d98;'
            f'font-family:sans-serif">{html.escape(text)}</div>')


def _print(chromium: str, page_html: str, pdf_path: Path, header: str, timeout_ms: int) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS,
                                     headless=True, timeout=timeout_ms)
        try:
            page = browser.new_page()
            # Nothing to fetch: the report is self-contained, so any request is refused.
            page.route("**/*", lambda route: route.abort())
            page.set_content(page_html, wait_until="load", timeout=timeout_ms)
            page.pdf(path=str(pdf_path), format="A4", print_background=True,
                     display_header_footer=True, header_template=_head(header),
                     footer_template=_FOOT,
                     margin={"top": "18mm", "bottom": "16mm", "left": "14mm", "right": "14mm"})
        finally:
            browser.close()


def print_pdf(page_html: str, pdf_path: Path, header: str = "",
              timeout: float = 90) -> tuple[Path | None, str]:
    """(the PDF, "") or (None, why there is no PDF, in words for the user)."""
    chromium = find_chromium()
    if chromium is None:
        return None, NO_CHROMIUM
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return None, ("No PDF: the playwright package is missing (pip install playwright; "
                      "no browser download is needed). The HTML report is complete.")
    pdf_path = Path(pdf_path)
    # Playwright's sync API refuses to run inside a running event loop (a Jupyter kernel's
    # callbacks run in one), so the printing gets a thread of its own.
    with ThreadPoolExecutor(max_workers=1) as pool:
        job = pool.submit(_print, chromium, page_html, pdf_path, header, int(timeout * 1000))
        try:
            job.result(timeout=timeout + 10)
        except Exception:  # noqa: BLE001 - the HTML is written; say so, keep the details in the log
            log.exception("printing the report to PDF failed")
            return None, ("No PDF: Chromium could not print the report (details in the "
                          "server log). The HTML report is complete: open it and print it "
                          "from your browser.")
    if not pdf_path.is_file() or pdf_path.stat().st_size == 0:
        return None, "No PDF: Chromium wrote an empty file. The HTML report is complete."
    return pdf_path, ""
