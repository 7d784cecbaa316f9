"""Workbook 2 in a real browser: STAR builder -> highlights -> rating -> practice queue."""

from __future__ import annotations

import datetime as dt
import secrets

import pytest

from coachkit import config
from coachkit.analysis.rubric import load_rubric
from coachkit.services import answers, interviews, questions
from coachkit.services.workbook import open_workbook

pytestmark = pytest.mark.browser

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture
def own_question(voila_server):
    """A fresh interview and question in the shared browser workbook (never assumed empty)."""
    tag = secrets.token_hex(3)
    wb = open_workbook(config.url_for_path(voila_server.db_path))
    try:
        iv = interviews.log_interview(wb, organisation=f"Lakeside Library {tag}",
                                      interview_date=dt.date(2026, 9, 14))
        q = questions.add_questions(wb, iv.id, [
            {"text": f"Tell us about a time you improved a desk routine ({tag})"}])[0]
    finally:
        wb.close()
    return iv, q


def _button(page, cls: str, text: str | None = None):
    loc = page.locator(f".{cls} button, button.{cls}")
    return loc.filter(has_text=text).first if text else loc.first


def _tab(page, title: str) -> None:
    page.locator(".ck-tabs .lm-TabBar-tab", has_text=title).first.click()


def _status(page, text: str) -> None:
    page.locator(".ck-rate-answers .ck-status", has_text=text).first.wait_for(timeout=30_000)


def test_star_answer_highlights_rating_and_practice_queue(open_dashboard, own_question,
                                                          voila_server):
    iv, q = own_question
    dialogs: list[str] = []
    page = open_dashboard("02_rate_answers.ipynb")
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    # 1. pick the question from its interview
    _button(page, "ck-pick-source", "From an interview").click()
    page.locator(".ck-pick-filter select").select_option(
        label=f"{iv.organisation}, 14 Sep 2026")
    page.locator(".ck-pick-choices select").select_option(label=q.text)
    page.locator(".ck-pick-detail", has_text="What they are really asking").wait_for()
    _button(page, "ck-pick-question").click()
    page.locator(".ck-current-question", has_text=q.text).wait_for()

    # 2. write it with the STAR builder (user text includes markup that must stay text)
    parts = {
        "situation": f"At the branch library the returns trolley {XSS} overflowed every "
                     "Monday morning.",
        "task": "I had to clear it before opening at ten.",
        "action": "I set up a sorting shelf and I trained two volunteers to use it.",
        "result": "The trolley was empty by 9:40 every week, and I learned to ask for help "
                  "early.",
    }
    for key, text in parts.items():
        page.locator(f".ck-star-{key} textarea").fill(text)
    _button(page, "ck-star-assemble").click()
    page.wait_for_function("() => document.querySelector('.ck-answer-text textarea')"
                           ".value.includes('sorting shelf')")
    _button(page, "ck-save-answer").click()
    _status(page, "Saved as version 1")

    # 3. the highlights colour the STAR parts and show the markup literally
    _tab(page, "3 · Feedback")
    highlights = page.locator(".ck-highlights")
    highlights.locator(".ck-star-A").first.wait_for()
    assert highlights.locator(".ck-star-R").count() >= 1
    assert XSS in highlights.inner_text()
    assert page.locator(".ck-highlights img").count() == 0

    # 4. rate it: the chosen level's anchor text appears, and the rating is stored
    _tab(page, "4 · Rate")
    anchor = load_rubric().criterion("structure").anchors[4]
    _button(page, "ck-rate-structure", "4").click()
    page.locator(".ck-anchor-structure", has_text=anchor).wait_for()
    _button(page, "ck-rate-evidence", "3").click()
    _button(page, "ck-save-rating").click()
    _status(page, "Rating saved")

    # 5. the rated question is in the practice queue
    _tab(page, "6 · Practise")
    page.locator(".ck-practice-queue", has_text=q.text).wait_for(timeout=30_000)

    wb = open_workbook(config.url_for_path(voila_server.db_path))
    try:
        answer_id = answers.find_answer(wb, question_id=q.id)
        version = answers.list_versions(wb, answer_id)[-1]
        assert XSS in version.text and version.star["action"] == parts["action"]
        stored = {(r.criterion, r.score, r.rater_role)
                  for r in answers.ratings_for_version(wb, version.id)}
        assert stored == {("structure", 4, "candidate"), ("evidence", 3, "candidate")}
    finally:
        wb.close()
    assert dialogs == []


def test_markup_in_an_answer_is_shown_literally_in_the_diff(open_dashboard, own_question):
    iv, q = own_question
    dialogs: list[str] = []
    page = open_dashboard("02_rate_answers.ipynb")
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    _button(page, "ck-pick-source", "From an interview").click()
    page.locator(".ck-pick-filter select").select_option(
        label=f"{iv.organisation}, 14 Sep 2026")
    page.locator(".ck-pick-choices select").select_option(label=q.text)
    _button(page, "ck-pick-question").click()
    box = page.locator(".ck-answer-text textarea")
    box.fill(f"I fixed the printer {XSS} quickly.")
    _button(page, "ck-save-answer").click()
    _status(page, "Saved as version 1")
    box.fill(f"I calmly fixed the printer {XSS} for a patron.")
    _button(page, "ck-save-answer").click()
    _status(page, "Saved as version 2")
    page.locator(".ck-panel-write").get_by_text("Earlier versions").first.click()
    page.locator(".ck-versions select").select_option(index=0)
    diff = page.locator(".ck-diff")
    diff.locator("ins", has_text="calmly").wait_for()
    assert XSS in diff.inner_text()
    assert page.locator(".ck-diff img").count() == 0
    assert dialogs == []


OFF_SCREEN = """() => {
  const vw = window.innerWidth, off = [];
  for (const el of document.querySelectorAll(
      '.ck-rate-answers input, .ck-rate-answers textarea, .ck-rate-answers select, '
      + '.ck-rate-answers button, .ck-rate-answers .lm-TabBar-tab')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && (r.left < -1 || r.right > vw + 1)) {
      off.push(`${el.tagName}.${el.className} ${(el.textContent || '').trim().slice(0, 30)}`);
    }
  }
  for (const label of document.querySelectorAll('.ck-tabs .lm-TabBar-tabLabel')) {
    if (label.scrollWidth > label.clientWidth + 1) off.push(`cut tab: ${label.textContent}`);
  }
  return {scroll: document.documentElement.scrollWidth, width: vw, off};
}"""


def _fits(page) -> None:
    seen = page.evaluate(OFF_SCREEN)
    assert seen["scroll"] <= seen["width"] + 1, seen
    assert seen["off"] == [], seen


def test_on_a_390px_phone_every_field_fits_and_an_answer_saves_and_rates(
        open_dashboard, own_question, page):
    iv, q = own_question
    page.set_viewport_size({"width": 390, "height": 844})
    page = open_dashboard("02_rate_answers.ipynb")
    _fits(page)
    _button(page, "ck-pick-source", "From an interview").click()
    page.locator(".ck-pick-filter select").select_option(
        label=f"{iv.organisation}, 14 Sep 2026")
    page.locator(".ck-pick-choices select").select_option(label=q.text)
    # the list may cut a long question off; the card under it shows it in full
    page.locator(".ck-pick-detail .ck-chosen-question", has_text=q.text).wait_for()
    _fits(page)
    _button(page, "ck-pick-question").click()
    page.locator(".ck-current-question", has_text=q.text).wait_for()

    page.locator(".ck-answer-text textarea").fill("I moved the returns desk beside the door "
                                                  "and queues fell from 12 people to 3.")
    save = _button(page, "ck-save-answer")
    save.click()
    _status(page, "Saved as version 1")
    _fits(page)
    # the message sits right under the button that caused it, not at the foot of the page
    below = page.locator(".ck-panel-write .ck-status").bounding_box()
    button = save.bounding_box()
    assert 0 <= below["y"] - (button["y"] + button["height"]) < 40

    _tab(page, "4 · Rate")
    levels = page.locator(".ck-levels-structure")
    for level in load_rubric().criterion("structure").anchors.values():
        assert level in levels.inner_text()  # every level in words, no hovering needed
    _button(page, "ck-rate-structure", "4").click()
    _button(page, "ck-save-rating").click()
    _status(page, "Rating saved")
    _fits(page)
