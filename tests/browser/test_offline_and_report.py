"""In a real browser: no request leaves 127.0.0.1 (Font Awesome comes from this server), and
the report button shows it is busy, then the result in view."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


def _watch(page) -> tuple[list[str], list[tuple[str, int]]]:
    requests: list[str] = []
    answered: list[tuple[str, int]] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("response", lambda r: answered.append((r.url, r.status)))
    return requests, answered


def test_no_request_leaves_127_0_0_1_and_the_icons_are_served_locally(page, open_dashboard):
    requests, answered = _watch(page)
    open_dashboard("00_start_here.ipynb", demo=True)
    page.wait_for_load_state("networkidle")
    outside = [u for u in requests if urlsplit(u).scheme in ("http", "https", "ws", "wss")
               and urlsplit(u).hostname != "127.0.0.1"]
    assert not outside, f"requests beyond this computer: {outside}"
    fa = [(u, s) for u, s in answered if "/static/fontawesome/" in u]
    assert any(u.endswith("all.min.css") and s == 200 for u, s in fa), fa
    family = page.evaluate(
        "() => getComputedStyle(document.querySelector('.ck-open-demo i, "
        "button.ck-open-demo i'), '::before').fontFamily")
    assert "Font Awesome" in family
    # the icon font itself was fetched from this server once the icon was drawn
    assert any(u.endswith(".woff2") and s == 200 for u, s in answered if "127.0.0.1" in u)


@pytest.mark.timeout(300)
def test_the_report_button_is_busy_then_shows_the_result_in_view(page, open_dashboard):
    requests, _ = _watch(page)
    page.set_viewport_size({"width": 1280, "height": 800})
    open_dashboard("04_coach_review.ipynb", demo=True)
    page.get_by_role("tab", name="Share and report").click()
    button = page.locator("button.ck-report, .ck-report button").first
    button.click()
    page.wait_for_selector(".ck-report-busy .ck-busy", timeout=30_000)
    assert button.is_disabled()
    done = page.locator(".ck-report-done")
    done.wait_for(timeout=240_000)
    assert "The report is ready" in done.inner_text()
    assert "Download the report (PDF)" in done.inner_text()
    assert "Tell me about yourself" in done.inner_text()
    assert not button.is_disabled()
    box = done.bounding_box()
    assert box is not None and box["y"] < 800, "the result appeared below the fold"
    assert all(urlsplit(u).hostname in (None, "127.0.0.1") for u in requests
               if urlsplit(u).scheme in ("http", "https", "ws", "wss"))
