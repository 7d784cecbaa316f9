"""The coach dashboard driven through its widgets, checked against what the services stored."""

from __future__ import annotations

import datetime as dt
import gzip

import ipywidgets as widgets
import pytest
from sqlalchemy import select

from coachkit import config
from coachkit.services import coach, interviews, sharing
from coachkit.services.workbook import open_workbook
from coachkit.storage import tables as t
from coachkit.ui.coach_review import CoachReview, coach_review
from tests.widgets.helpers import find as _find

XSS = "<img src=x onerror=alert(1)>"


def one(widget, css):
    found = list(_find(widget, css))
    assert found, f"no widget with class {css}"
    return found[0]


def open_tab(view: CoachReview, title: str):
    view.tabs.selected_index = view.tabs.titles.index(title)
    return view.tabs.children[view.tabs.selected_index]


@pytest.fixture
def candidate_view(demo_wb):
    return CoachReview(demo_wb)


@pytest.fixture
def coach_view(demo_wb):
    session = open_workbook(demo_wb.url, role="coach")
    yield CoachReview(session)
    session.close()


def test_the_dashboard_builds_with_the_ready_mark_and_an_error_panel_for_a_bad_file(tmp_path):
    bad = tmp_path / "cv.sqlite"
    bad.write_text("not a workbook")
    page = coach_review(config.url_for_path(bad))
    assert "ck-ready" in page._dom_classes
    assert "not a coachkit workbook" in one(page, "ck-error-panel").value


def test_overview_shows_stages_and_regret_cases(candidate_view):
    tab = open_tab(candidate_view, "Overview")
    text = " ".join(w.value for w in tab.children if isinstance(w, widgets.HTML))
    assert "Hartwell College Library" in text and "wish they had hired me" in text
    one(tab, "ck-show-charts").click()
    images = [c for box in tab.children if isinstance(box, widgets.VBox)
              for c in box.children if isinstance(c, widgets.Image)]
    assert len(images) == 2 and all(i.value[:4] == b"\x89PNG" for i in images)


def test_coach_rates_an_answer_and_it_is_stored_as_the_coachs(coach_view, demo_wb):
    tab = open_tab(coach_view, "Answers")
    one(tab, "ck-rate-criterion").value = "evidence"
    one(tab, "ck-rate-score").value = 2
    one(tab, "ck-rate-save").click()
    assert "Saved" in coach_view.status.value
    with demo_wb.store.read() as s:
        last = s.scalars(select(t.Rating).order_by(t.Rating.id.desc())).first()
        assert (last.rater_role, last.criterion, last.score) == ("coach", "evidence", 2)
    assert "Coach" in one(tab, "ck-answer-shown").value


def test_coach_cannot_change_the_candidates_answer(coach_view, demo_wb):
    tab = open_tab(coach_view, "Answers")
    with demo_wb.store.read() as s:
        before = s.scalars(select(t.AnswerVersion.text)).all()
    one(tab, "ck-answer-edit").value = "The coach's rewrite"
    one(tab, "ck-answer-save").click()
    assert "cannot change" in coach_view.status.value
    assert "ck-status-error" in coach_view.status.value
    with demo_wb.store.read() as s:
        assert s.scalars(select(t.AnswerVersion.text)).all() == before


def test_candidate_saves_a_new_version_from_the_review(candidate_view, demo_wb):
    tab = open_tab(candidate_view, "Answers")
    one(tab, "ck-answer-edit").value = "A shorter answer that ends with what I learned."
    one(tab, "ck-answer-save").click()
    assert "new version" in candidate_view.status.value
    with demo_wb.store.read() as s:
        latest = s.scalars(select(t.AnswerVersion).order_by(t.AnswerVersion.id.desc())).first()
        assert latest.text.endswith("what I learned.")


def test_user_text_is_shown_as_text(demo_wb):
    iv = interviews.list_interviews(demo_wb, organisation="Hartwell College Library")[0]
    interviews.update_interview(demo_wb, iv.id, feedback=XSS)
    view = CoachReview(demo_wb)
    tab = open_tab(view, "Answers")
    one(tab, "ck-comment-text").value = XSS
    one(tab, "ck-comment-save").click()
    shown = one(tab, "ck-answer-shown").value
    assert XSS not in shown and "&lt;img src=x onerror=alert(1)&gt;" in shown
    overview = open_tab(view, "Overview")
    html = " ".join(w.value for w in overview.children if isinstance(w, widgets.HTML))
    assert XSS not in html and "&lt;img" in html


def test_empty_comment_and_empty_presentation_are_messages(candidate_view, demo_wb):
    n = demo_wb.store.count(t.Comment), demo_wb.store.count(t.PresentationRating)
    tab = open_tab(candidate_view, "Answers")
    one(tab, "ck-comment-text").value = "   "
    one(tab, "ck-comment-save").click()
    assert "cannot be empty" in candidate_view.status.value
    tab = open_tab(candidate_view, "Presentation")
    for box in tab.children[2].children[0].children:
        box.value = None
    one(tab, "ck-pres-save").click()
    assert "at least one factor" in candidate_view.status.value
    assert (demo_wb.store.count(t.Comment), demo_wb.store.count(t.PresentationRating)) == n


def test_presentation_ratings_are_saved_with_the_role(coach_view, demo_wb):
    tab = open_tab(coach_view, "Presentation")
    boxes = tab.children[2].children[0].children
    boxes[0].value = 1
    n = demo_wb.store.count(t.PresentationRating)
    one(tab, "ck-pres-save").click()
    assert demo_wb.store.count(t.PresentationRating) == n + 7  # every shown factor is saved
    with demo_wb.store.read() as s:
        last = s.scalars(select(t.PresentationRating).order_by(
            t.PresentationRating.id.desc())).first()
        assert last.rater_role == "coach"


def test_weak_family_goes_to_the_practice_queue_in_one_click(candidate_view, demo_wb):
    weakest = coach.weakest_families(demo_wb)[0]
    with demo_wb.store.read() as s:
        queued = set(s.scalars(select(t.PracticeCard.question_id)).all())
    fresh = set(weakest.question_ids) - queued
    kept = len(weakest.question_ids) - len(fresh)
    assert fresh, "the example must leave part of the weakest family to add"
    tab = open_tab(candidate_view, "Answers")
    one(tab, "ck-find-families").click()
    one(tab, "ck-family-practice").click()
    assert f"Added {len(fresh)} question(s)" in candidate_view.status.value
    assert (f"({kept} already there)" in candidate_view.status.value) == bool(kept)
    with demo_wb.store.read() as s:
        now_queued = set(s.scalars(select(t.PracticeCard.question_id)).all())
    assert now_queued == queued | set(weakest.question_ids)


def test_watchlist_add_and_done(candidate_view, demo_wb):
    tab = open_tab(candidate_view, "Watchlist")
    org = one(tab, "ck-watch-org")
    assert "Eastgate Regional Libraries" in org.options  # said regret, not yet watched
    org.value = "Eastgate Regional Libraries"
    one(tab, "ck-watch-add").click()
    assert "Added Eastgate" in candidate_view.status.value
    tab = candidate_view.tabs.children[3]
    one(tab, "ck-watch-done").click()
    with demo_wb.store.read() as s:
        items = {w.organisation: w.done for w in s.scalars(select(t.WatchItem))}
    assert set(items) == {"Hartwell College Library", "Eastgate Regional Libraries"}
    assert sum(items.values()) == 1


def test_coach_sees_no_share_or_watchlist_forms(coach_view):
    assert not list(_find(open_tab(coach_view, "Watchlist"), "ck-watch-add"))
    share = open_tab(coach_view, "Share and report")
    assert not list(_find(share, "ck-export-bundle"))
    assert "as the coach" in coach_view.banner.value


def _upload(view_tab, data: bytes, name="review.json.gz"):
    up = one(view_tab, "ck-upload")
    up.value = ({"name": name, "type": "application/gzip", "size": len(data),
                 "content": memoryview(data), "last_modified": dt.datetime(2026, 1, 1)},)
    return up


def test_bundle_export_and_a_bad_review_upload(candidate_view, demo_wb, tmp_path):
    tab = open_tab(candidate_view, "Share and report")
    one(tab, "ck-redact").value = True
    one(tab, "ck-export-bundle").click()
    assert "Bundle ready" in candidate_view.status.value
    link = one(tab, "ck-share-result").value
    assert 'download="coach-bundle-' in link
    bundle = sorted(config.data_dir().glob("coach-bundle-*.json.gz"))[-1]
    assert b"Millbrook" not in gzip.decompress(bundle.read_bytes())
    before = demo_wb.store.count(t.Rating)
    _upload(tab, b"\x1f\x8b not really gzip")
    one(tab, "ck-import-review").click()
    assert "damaged" in candidate_view.status.value
    assert demo_wb.store.count(t.Rating) == before


def test_coach_opens_a_bundle_by_upload_and_exports_a_review(candidate_view, demo_wb, tmp_path):
    path, _ = sharing.export_bundle(demo_wb, tmp_path / "b.json.gz")
    helper = CoachReview(open_workbook(config.url_for_path(tmp_path / "coach-own.sqlite")))
    tab = open_tab(helper, "Share and report")
    ups = list(_find(tab, "ck-open-bundle"))
    assert ups
    bundle_upload = [w for w in tab.children if isinstance(w, widgets.FileUpload)][-1]
    data = path.read_bytes()
    bundle_upload.value = ({"name": "b.json.gz", "type": "", "size": len(data),
                            "content": memoryview(data), "last_modified": dt.datetime(2026, 1, 1)},)
    ups[0].click()
    assert "coach&#x27;s copy" in helper.status.value and helper.wb.role == "coach"
    answers_tab = open_tab(helper, "Answers")
    one(answers_tab, "ck-rate-save").click()
    share = open_tab(helper, "Share and report")
    one(share, "ck-export-review").click()
    assert "Review ready: 1 ratings" in helper.status.value
    review = sorted(config.data_dir().glob("coach-review-*.json.gz"))[-1]
    helper.wb.close()
    tab = open_tab(candidate_view, "Share and report")
    _upload(tab, review.read_bytes())
    one(tab, "ck-import-review").click()
    assert "Imported the review" in candidate_view.status.value


def test_report_button_writes_the_report(candidate_view):
    tab = open_tab(candidate_view, "Share and report")
    one(tab, "ck-report").click()
    assert "Session report written" in candidate_view.status.value
    assert list(config.data_dir().glob("coaching-report-*.html"))


def test_the_candidate_chooses_what_the_coach_sees(candidate_view, demo_wb):
    tab = open_tab(candidate_view, "Share and report")
    box = next(b for b in _find(tab, "ck-share-interview") if "Cedar Falls" in b.description)
    box.value = False
    assert "kept back" in candidate_view.status.value
    with demo_wb.store.read() as s:
        assert s.scalar(select(t.Interview.shared).where(
            t.Interview.organisation == "Cedar Falls Library")) is False
    session = open_workbook(demo_wb.url, role="coach")
    try:
        view = CoachReview(session)
        orgs = {iv.organisation for iv in coach.shared_interviews(view.wb)}
    finally:
        session.close()
    assert "Cedar Falls Library" not in orgs and len(orgs) == 3


def test_an_answer_is_picked_in_the_sortable_table_and_rated(demo_wb):
    from coachkit.services import answers

    answers.save_answer(demo_wb, "I plan the week on Monday and keep Friday free.",
                        question_text="How do you organise your week?")
    candidate_view = CoachReview(demo_wb)
    tab = open_tab(candidate_view, "Answers")
    table = one(tab, "ck-answer-pick")
    found = coach.visible_answers(candidate_view.wb)
    assert len(table.frame) == len(found) > 1
    assert list(table.frame["Question"]) == [a["question"] for a in found]
    assert table.selected == 0 and found[0]["question"] in one(tab, "ck-answer-shown").value
    table.table.selected_rows = [1]  # a click on the second row
    second = found[1]
    assert one(tab, "ck-answer-shown").value.count(
        second["question"].replace("'", "&#x27;")) >= 1
    assert one(tab, "ck-answer-edit").value == second["text"]
    one(tab, "ck-rate-save").click()
    with demo_wb.store.read() as s:
        last = s.scalars(select(t.Rating).order_by(t.Rating.id.desc())).first()
        assert last.answer_version_id == second["version_id"]


def test_a_message_shows_right_under_the_button_that_caused_it(coach_view):
    tab = open_tab(coach_view, "Answers")
    rate_line, comment_line = one(tab, "ck-line-rate"), one(tab, "ck-line-comment")
    # each line sits right after its button
    kids = list(tab.children)
    assert kids.index(rate_line) == kids.index(one(tab, "ck-rate-save")) + 1
    assert kids.index(comment_line) == kids.index(one(tab, "ck-comment-save")) + 1
    one(tab, "ck-rate-save").click()
    assert "Saved" in rate_line.value and comment_line.value == ""
    assert coach_view.page_status.value == ""
    one(tab, "ck-comment-text").value = "   "
    one(tab, "ck-comment-save").click()
    assert "cannot be empty" in comment_line.value and rate_line.value == ""
    assert "cannot be empty" in coach_view.status.value


def test_the_watchlist_message_survives_the_rebuild_and_dates_read_as_words(candidate_view):
    tab = open_tab(candidate_view, "Watchlist")
    one(tab, "ck-watch-org").value = "Eastgate Regional Libraries"
    one(tab, "ck-watch-note").value = "Ask Ms Okafor about the spring posts " * 4
    one(tab, "ck-watch-add").click()
    tab = candidate_view.tabs.children[3]  # rebuilt with the new item
    assert "Added Eastgate" in one(tab, "ck-line-watch-add").value
    html = " ".join(c.children[0].value for c in tab.children
                    if isinstance(c, widgets.HBox) and c.children
                    and isinstance(c.children[0], widgets.HTML))
    day = dt.date.today() + dt.timedelta(days=90)
    assert f"check on {day.day} {day:%b %Y}" in html
    assert ("Ask Ms Okafor about the spring posts " * 4).strip() in html  # whole, not cut
