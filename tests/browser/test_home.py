"""The home dashboard in a real browser."""

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
