"""The home dashboard in a real browser."""

import datetime as dt

import pytest

pytestmark = pytest.mark.browser


def test_home_shows_the_demo_workbook_counts(open_dashboard):
    page = open_dashboard("00_start_here.ipynb", demo=True)
    counts = page.locator(".ck-home-counts")
    assert counts.locator(".ck-count-interviews").inner_text().split()[0] == "4"
    assert counts.locator(".ck-count-questions").inner_text().split()[0] == "19"
    assert "demo-workbook.sqlite" in page.locator(".ck-home").inner_text()


def test_home_on_an_empty_workbook_offers_the_example(open_dashboard, voila_server):
    page = open_dashboard("00_start_here.ipynb")
    text = page.locator(".ck-home").inner_text()
    assert str(voila_server.db_path.name) in text
    page.locator(".ck-open-demo button, button.ck-open-demo").first.click()
    page.wait_for_function(
        "() => document.querySelector('.ck-count-interviews')"
        " && document.querySelector('.ck-count-interviews').innerText.startsWith('4')",
        timeout=30_000)


OVERFLOW = "() => document.documentElement.scrollWidth <= window.innerWidth + 1"
# controls whose right edge lies beyond the window (inside a box that scrolls sideways is fine)
OFF_SCREEN = """() => [...document.querySelectorAll(
    '.ck-root input, .ck-root textarea, .ck-root select, .ck-root button')]
  .filter(e => { const r = e.getBoundingClientRect();
    if (!r.width) return false;
    for (let p = e.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (p.scrollWidth > p.clientWidth + 1 && /(auto|scroll)/.test(s.overflowX)) return false; }
    return r.left < -1 || r.right > window.innerWidth + 1; })
  .map(e => e.outerHTML.slice(0, 80))"""


def test_at_390_px_nothing_is_off_screen_and_search_sorts_and_opens_a_result(page,
                                                                              open_dashboard):
    page.set_viewport_size({"width": 390, "height": 844})
    page = open_dashboard("00_start_here.ipynb", demo=True)
    page.locator(".ck-search input").fill("library")
    page.keyboard.press("Enter")
    rows = page.locator(".ck-search-table table.dataTable tbody tr")
    rows.first.wait_for(timeout=60_000)
    assert page.evaluate(OVERFLOW)
    assert page.evaluate(OFF_SCREEN) == []
    # the dates read as words ("4 Jun 2026") but a click on the heading sorts them as dates,
    # a second click the other way round (as text, "17 Apr" would come before "4 Jun")
    def dates() -> list[dt.datetime]:
        page.wait_for_timeout(500)
        return [dt.datetime.strptime(rows.nth(i).locator("td").nth(3).inner_text()
                                     .replace("\n", " "), "%d %b %Y")
                for i in range(rows.count())]

    heading = page.locator(".ck-search-table th", has_text="Date")
    heading.click()
    first = dates()
    assert len(set(first)) > 2 and first in (sorted(first), sorted(first, reverse=True))
    heading.click()
    assert dates() == sorted(first, reverse=first == sorted(first))
    # a click on a row shows that result in full, with its link
    row = rows.filter(has_text="Cedar Falls").first
    row.click()
    shown = page.locator(".ck-search-results .ck-hit")
    page.wait_for_function(
        "() => document.querySelector('.ck-search-results .ck-hit')"
        " && document.querySelector('.ck-search-results .ck-hit').innerText"
        ".includes('Cedar Falls')", timeout=30_000)
    assert "Open it in Interview log" in shown.inner_text()
    assert page.evaluate(OVERFLOW)
