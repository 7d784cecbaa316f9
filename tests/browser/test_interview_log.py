"""The interview log in a real browser: log, paste, and watch the recurring families move.

The server's main workbook is shared by every browser test, so this test uses organisation
names of its own and reads the counts it expects from the workbook instead of assuming it
starts empty.
"""

from __future__ import annotations

import os
import re
import secrets

import pytest
from playwright.sync_api import expect

from coachkit import config
from coachkit.services import families, interviews, questions
from coachkit.services.workbook import open_workbook

pytestmark = pytest.mark.browser

XSS = "<img src=x onerror=alert(1)>"
WAIT = 60_000


def _log_interview(page, org: str, day: str) -> None:
    page.locator("button.ck-iv-new").click()
    page.locator(".ck-iv-org input").fill(org)
    page.locator(".ck-iv-date input").fill(day)
    page.locator("button.ck-iv-save").click()
    expect(page.locator(".ck-interview-form .ck-status")).to_contain_text(
        f"Saved the interview with {org}", timeout=WAIT)


def _paste(page, lines: list[str]) -> None:
    box = page.locator(".ck-paste-box")
    box.locator("textarea").fill("\n".join(lines))
    box.locator("button.ck-paste-preview").click()
    expect(box.locator(".ck-preview-table")).to_be_visible(timeout=WAIT)
    box.locator("button.ck-paste-save").click()
    expect(box.locator(".ck-status")).to_contain_text(
        f"Saved {len(lines)} question(s)", timeout=WAIT)


def _tab(page, n: int) -> None:
    page.locator(".ck-wide-tabs .lm-TabBar-tab").nth(n).click()


def _family_of(db_path, org: str, text: str):
    wb = open_workbook(config.url_for_path(db_path))
    try:
        iv = next(i for i in interviews.list_interviews(wb, organisation=org))
        qid = next(q.id for q in questions.list_questions(wb, iv.id) if q.text == text)
        return next(f for f in families.recurring_questions(wb) if qid in f.question_ids)
    finally:
        wb.close()


def _shown_count(page, representative: str) -> str:
    row = page.locator(".ck-family-row").filter(has=page.locator(
        ".ck-fam-text", has_text=representative)).first
    return row.locator(".ck-fam-interviews").inner_text(timeout=WAIT)


def test_log_paste_and_see_the_families_update_with_counts(open_dashboard, voila_server):
    page = open_dashboard("01_interview_log.ipynb")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    tag = secrets.token_hex(3)
    first, second = f"Brook Library {tag}", f"Gate Libraries {tag}"

    _log_interview(page, first, "2026-03-04")
    _paste(page, ["Tell me about yourself", "How do you handle an angry patron?",
                  "What is your greatest weakness?"])
    expect(page.locator(".ck-question-row")).to_have_count(3, timeout=WAIT)

    _tab(page, 1)
    page.locator(".ck-show-all input[type=checkbox]").check()
    yourself = _family_of(voila_server.db_path, first, "Tell me about yourself")
    patron = _family_of(voila_server.db_path, first, "How do you handle an angry patron?")
    expect(page.locator(".ck-families-table")).to_be_visible(timeout=WAIT)
    assert _shown_count(page, yourself.representative) == str(yourself.interviews)

    _tab(page, 0)
    _log_interview(page, second, "2026-03-11")
    box = page.locator(".ck-paste-box")
    five = ["- Walk me through your background",
            "2. Describe a time a customer was upset with you",
            f"• {XSS}", "Why do you want to work in a library?",
            "something about working on a small team"]
    box.locator("textarea").fill("\n".join(five))
    box.locator("button.ck-paste-preview").click()
    preview = box.locator(".ck-preview-table")
    expect(preview).to_contain_text(XSS, timeout=WAIT)  # shown as text
    box.locator("button.ck-paste-save").click()
    expect(box.locator(".ck-status")).to_contain_text("Saved 5 question(s)", timeout=WAIT)
    texts = page.locator(".ck-q-text textarea")  # a question is shown whole
    expect(texts).to_have_count(5, timeout=WAIT)
    assert XSS in [texts.nth(i).input_value() for i in range(5)]

    _tab(page, 1)
    grown = _family_of(voila_server.db_path, first, "Tell me about yourself")
    assert grown.interviews == yourself.interviews + 1
    assert _family_of(voila_server.db_path, second, "Walk me through your background"
                      ).key == grown.key
    expect(page.locator(".ck-family-row").filter(has=page.locator(
        ".ck-fam-text", has_text=grown.representative)).first.locator(
        ".ck-fam-interviews")).to_have_text(str(grown.interviews), timeout=WAIT)
    upset = _family_of(voila_server.db_path, second,
                       "Describe a time a customer was upset with you")
    assert upset.key == patron.key and upset.interviews == patron.interviews + 1
    assert _shown_count(page, upset.representative) == str(upset.interviews)
    expect(page.locator(".ck-families-list")).to_contain_text(XSS, timeout=WAIT)

    # the markup never became an element and nothing ran
    assert page.locator("img[src='x']").count() == 0
    page.wait_for_timeout(500)
    assert dialogs == []


def _row(page, org: str):
    return page.locator(".ck-interview-list table.dataTable tbody tr").filter(has_text=org)


def test_a_click_on_a_row_of_the_table_opens_that_interview(open_dashboard, voila_server):
    page = open_dashboard("01_interview_log.ipynb")
    tag = secrets.token_hex(3)
    older, newer = f"Elm Library {tag}", f"Oak Library {tag}"
    _log_interview(page, older, "2026-11-20")  # the latest dates: on the table's first page
    _paste(page, ["Why this library?"])
    _log_interview(page, newer, "2026-11-21")
    # the interview just saved is the selected row; the newest is above the older one
    expect(_row(page, newer)).to_have_class(re.compile(r"\bselected\b"), timeout=WAIT)
    rows = page.locator(".ck-interview-list table.dataTable tbody tr")
    texts = [rows.nth(i).inner_text() for i in range(rows.count())]
    assert [i for i, t in enumerate(texts) if tag in t] == sorted(
        i for i, t in enumerate(texts) if tag in t)
    assert texts.index(next(t for t in texts if newer in t)) < texts.index(
        next(t for t in texts if older in t))
    assert "21 Nov 2026" in _row(page, newer).inner_text()
    _row(page, older).click()
    expect(page.locator(".ck-iv-org input")).to_have_value(older, timeout=WAIT)
    expect(page.locator(".ck-question-row")).to_have_count(1, timeout=WAIT)
    expect(_row(page, older)).to_have_class(re.compile(r"\bselected\b"), timeout=WAIT)
    expect(_row(page, newer)).not_to_have_class(re.compile(r"\bselected\b"))
    _row(page, older).click()  # a second click keeps it open
    page.wait_for_timeout(1000)
    expect(_row(page, older)).to_have_class(re.compile(r"\bselected\b"), timeout=WAIT)
    expect(page.locator(".ck-iv-org input")).to_have_value(older)
    page.locator("button.ck-iv-new").click()
    expect(page.locator(".ck-iv-org input")).to_have_value("", timeout=WAIT)
    expect(_row(page, older)).not_to_have_class(re.compile(r"\bselected\b"), timeout=WAIT)


def _choices(db_path):
    wb = open_workbook(config.url_for_path(db_path))
    try:
        return families.list_choices(wb)
    finally:
        wb.close()


def test_a_merge_suggestion_is_turned_down_then_accepted(open_dashboard, voila_server):
    page = open_dashboard("01_interview_log.ipynb")
    tag = secrets.token_hex(3)
    _log_interview(page, f"Budget Library {tag}", "2026-04-01")
    _paste(page, ["experience managing a budget"])
    _log_interview(page, f"Ledger Library {tag}", "2026-04-08")
    _paste(page, ["Have you ever been in charge of a budget?"])
    _tab(page, 1)
    rows = page.locator(".ck-suggestion")
    expect(rows.first).to_be_visible(timeout=WAIT)
    budget = rows.filter(has_text="in charge of a budget").filter(
        has_text="experience managing a budget")
    expect(budget).to_have_count(1, timeout=WAIT)
    before = len(_choices(voila_server.db_path))

    budget.locator("button.ck-suggest-apart").click()
    status = page.locator(".ck-families > .ck-status")
    expect(status).to_contain_text("not suggested again", timeout=WAIT)
    expect(budget).to_have_count(0, timeout=WAIT)
    assert _choices(voila_server.db_path)[-1].action == "apart"

    # changed their mind: undo the "different", then merge from the suggestion
    page.locator(".ck-choice").filter(has_text="apart from").last.locator(
        "button.ck-choice-undo").click()
    expect(budget).to_have_count(1, timeout=WAIT)
    budget.locator("button.ck-suggest-merge").click()
    expect(status).to_contain_text("Merged", timeout=WAIT)
    expect(budget).to_have_count(0, timeout=WAIT)
    merged = _family_of(voila_server.db_path, f"Ledger Library {tag}",
                        "Have you ever been in charge of a budget?")
    assert merged.interviews >= 2
    assert [c.action for c in _choices(voila_server.db_path)][before:] == ["merge"]


def test_a_rewording_that_shares_no_word_is_offered_by_the_sentence_model(open_dashboard):
    page = open_dashboard("01_interview_log.ipynb")
    tag = secrets.token_hex(3)
    _log_interview(page, f"Friends Library {tag}", "2026-05-01")
    _paste(page, ["How would your friends describe you?"])
    _log_interview(page, f"Mates Library {tag}", "2026-05-08")
    _paste(page, ["What would your mates say you are like?"])
    _tab(page, 1)
    pair = page.locator(".ck-suggestion").filter(
        has_text="How would your friends describe you?").filter(
        has_text="What would your mates say you are like?")
    # two single questions reworded with no shared word: a less likely pair, one click away
    expect(page.locator(".ck-suggest-more")).to_be_visible(timeout=WAIT)
    expect(pair).to_have_count(0, timeout=WAIT)
    page.locator(".ck-suggest-more").click()
    expect(pair).to_have_count(1, timeout=WAIT)
    expect(pair).to_contain_text("in 10 pairs this alike")  # the card states its chance
    if shot := os.environ.get("COACHKIT_SHOT"):  # a picture for a person to look at
        pair.scroll_into_view_if_needed()
        page.screenshot(path=shot, full_page=False)


OFF_SCREEN = """() => {
  const width = window.innerWidth;
  const out = [];
  for (const el of document.querySelectorAll(
      '.ck-interview-log input, .ck-interview-log select, .ck-interview-log textarea, '
      + '.ck-interview-log button')) {
    const box = el.getBoundingClientRect();
    if (box.width > 0 && (box.left < -1 || box.right > width + 1)) {
      out.push(`${el.tagName} ${el.className} ${el.getAttribute('placeholder') || ''} `
               + `${(el.textContent || '').trim().slice(0, 30)} ${Math.round(box.left)}..`
               + `${Math.round(box.right)}`);
    }
  }
  return {overflow: document.documentElement.scrollWidth - width, off: out};
}"""


def test_at_phone_width_every_field_fits_and_an_interview_is_logged(page, open_dashboard,
                                                                    voila_server):
    page.set_viewport_size({"width": 390, "height": 844})
    open_dashboard("01_interview_log.ipynb")
    tag = secrets.token_hex(3)
    org = f"Phone Library {tag}"
    long = ("Tell me about a time you had to explain a difficult library policy to a patron "
            "who was upset, and what you would do differently next time")
    _log_interview(page, org, "2026-05-02")
    _paste(page, ["Why do you want to work here?", long])
    rows = page.locator(".ck-question-row")
    expect(rows).to_have_count(2, timeout=WAIT)
    assert rows.nth(1).locator(".ck-q-text textarea").input_value() == long
    rows.nth(1).locator("button.ck-q-save").click()
    expect(rows.nth(1).locator(".ck-status")).to_contain_text("Saved", timeout=WAIT)
    wb = open_workbook(config.url_for_path(voila_server.db_path))
    try:
        iv = next(iv for iv in interviews.list_interviews(wb, organisation=org))
        assert [q.text for q in questions.list_questions(wb, iv.id)][1] == long
    finally:
        wb.close()
    found = page.evaluate(OFF_SCREEN)
    assert found["overflow"] <= 1 and found["off"] == [], found
    # the interview table scrolls sideways inside its own box, not the page
    table = page.locator(".ck-interview-list .ck-record-table")
    expect(table.locator("tbody tr").first).to_be_visible(timeout=WAIT)
    box = table.bounding_box()
    assert box["x"] >= -1 and box["x"] + box["width"] <= 391, box
    _tab(page, 1)
    expect(page.locator(".ck-families")).to_be_visible(timeout=WAIT)
    expect(page.locator("button.ck-export")).to_be_visible(timeout=WAIT)
    found = page.evaluate(OFF_SCREEN)
    assert found["overflow"] <= 1 and found["off"] == [], found
