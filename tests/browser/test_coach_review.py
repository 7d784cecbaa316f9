"""The coach review in a real browser at phone width."""

from __future__ import annotations

import pytest

from tests.browser.test_home import OFF_SCREEN, OVERFLOW

pytestmark = pytest.mark.browser


def test_at_390_px_nothing_is_off_screen_and_a_rating_saves_under_its_button(page,
                                                                             open_dashboard):
    page.set_viewport_size({"width": 390, "height": 844})
    page = open_dashboard("04_coach_review.ipynb", demo=True)
    tabs = page.get_by_role("tab")
    for name in ("Overview", "Presentation", "Answers", "Watchlist", "Share and report"):
        box = tabs.filter(has_text=name).first.bounding_box()  # whole names, on screen
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 391, name
    assert page.evaluate(OVERFLOW)
    page.get_by_role("tab", name="Answers").click()
    page.wait_for_selector(".ck-answer-pick table.dataTable tbody tr.selected", timeout=60_000)
    assert page.evaluate(OVERFLOW)
    assert page.evaluate(OFF_SCREEN) == []
    page.locator(".ck-rate-criterion select").select_option(label="Concision")
    page.locator(".ck-rate-score select").select_option(label="2")
    page.locator("button.ck-rate-save").click()
    said = page.locator(".ck-line-rate .ck-status-ok")
    said.wait_for(timeout=30_000)
    assert "Concision 2/5" in said.inner_text()
    button, line = (page.locator("button.ck-rate-save").bounding_box(),
                    page.locator(".ck-line-rate").bounding_box())
    assert 0 <= line["y"] - (button["y"] + button["height"]) < 20  # right under the button
    assert "Candidate" in page.locator(".ck-answer-ratings").inner_text()
    assert page.evaluate(OVERFLOW)
    page.get_by_role("tab", name="Presentation").click()
    page.wait_for_selector("button.ck-pres-save", timeout=60_000)
    assert page.evaluate(OFF_SCREEN) == []
