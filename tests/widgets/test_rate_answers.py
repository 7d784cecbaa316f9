"""Workbook 2 driven as widgets: pick, write (STAR), versions, feedback, rating, practice."""

from __future__ import annotations

import datetime as dt

import pytest

from coachkit.services import answers, interviews, practice, questions
from coachkit.ui.rate_answers import RateAnswers, rate_answers

XSS = "<img src=x onerror=alert(1)>"
STAR = {
    "situation": "At the branch library the self-checkout machines kept failing on Saturdays.",
    "task": "I had to cut the queue at the desk before the summer reading launch.",
    "action": "I logged every failure for two weeks and I rewrote the quick guide for staff.",
    "result": "Desk queues fell from 15 people to 4, and I learned to measure first.",
}


@pytest.fixture
def asked(wb):
    iv = interviews.log_interview(wb, organisation="Northgate Library",
                                  interview_date=dt.date(2026, 5, 1))
    iv2 = interviews.log_interview(wb, organisation="Southside Library",
                                   interview_date=dt.date(2026, 6, 1))
    first = questions.add_questions(wb, iv.id, [{"text": "Tell me about yourself"},
                                                {"text": "Describe a time you fixed a process"}])
    questions.add_questions(wb, iv2.id, [{"text": "So tell me a bit about yourself"}])
    return first


def _view(wb) -> RateAnswers:
    return RateAnswers(wb, background=False)


def _pick_from_interview(view: RateAnswers, interview_org: str, text: str) -> None:
    view.pick.source.value = "interview"
    view.pick.filter.value = next(v for label, v in view.pick.filter.options
                                  if label.startswith(interview_org))
    view.pick.choices.value = next(v for label, v in view.pick.choices.options if label == text)
    view.pick.button.click()


def test_recurring_families_come_first_with_what_they_are_really_asking(wb, asked):
    view = _view(wb)
    first_label, first_value = view.pick.choices.options[0]
    assert first_label.startswith("asked 2×") and "yourself" in first_label
    view.pick.choices.value = first_value
    assert "What they are really asking" in view.pick.detail.value
    assert "So tell me a bit about yourself" in view.pick.detail.value  # both wordings
    view.pick.button.click()
    assert view.target.question_id is not None
    assert "yourself" in view.current.value and view.tabs.selected_index == 1


def test_picking_from_the_bank_by_category_shows_the_intent(wb):
    view = _view(wb)
    view.pick.source.value = "bank"
    view.pick.filter.value = "customer_service"
    assert view.pick.choices.options, "the bank has customer-service questions"
    view.pick.choices.value = view.pick.choices.options[0][1]
    assert "What they are really asking" in view.pick.detail.value
    view.pick.button.click()
    assert view.target.bank_id == view.pick.choices.value
    assert view.target.question_id is None


def test_star_builder_assembles_saves_versions_and_shows_a_word_diff(wb, asked):
    view = _view(wb)
    _pick_from_interview(view, "Northgate", "Describe a time you fixed a process")
    for key, text in STAR.items():
        view.write.star[key].value = text
    view.write.assemble.click()
    assert view.write.text.value == answers.assemble_star(STAR)
    assert "Not saved yet" in view.write.unsaved.value
    view.write.save.click()
    assert "Saved as version 1" in view.status.value
    assert view.write.unsaved.value == ""
    stored = answers.list_versions(wb, view.answer_id)
    assert [v.text for v in stored] == [answers.assemble_star(STAR)]
    assert stored[0].star == STAR

    view.write.text.value = view.write.text.value.replace("two weeks", "three busy weeks")
    view.write.save.click()
    assert "Saved as version 2" in view.status.value
    assert len(answers.list_versions(wb, view.answer_id)) == 2
    assert view.write.versions.options[0][0].startswith("Version 1")
    view.write.versions.value = view.write.versions.options[0][1]
    assert "<del>two </del>" in view.write.diff.value
    assert "<ins>three busy </ins>" in view.write.diff.value

    view.write.restore.click()
    assert view.write.text.value == answers.assemble_star(STAR)
    assert len(answers.list_versions(wb, view.answer_id)) == 2  # restoring is not saving


def test_feedback_highlights_star_sentences_and_gives_tips(wb, asked):
    view = _view(wb)
    _pick_from_interview(view, "Northgate", "Describe a time you fixed a process")
    view.write.text.value = answers.assemble_star(STAR)
    view.write.save.click()
    html = view.feedback.highlights.value
    for label in ("S", "A", "R"):
        assert f'class="ck-star ck-star-{label}"' in html
    assert "Words" in view.feedback.metrics.value and "Spoken" in view.feedback.metrics.value
    assert "Tip:" in view.feedback.findings.value
    # a draft can be checked without saving
    view.write.text.value = "Um, basically we kind of did stuff and it went well."
    view.feedback.check.click()
    assert "draft, not saved" in view.feedback.header.value
    assert "Hedging" in view.feedback.findings.value or "filler" in \
        view.feedback.findings.value.lower()
    assert len(answers.list_versions(wb, view.answer_id)) == 1


def test_user_text_is_shown_literally_everywhere(wb, asked):
    view = _view(wb)
    _pick_from_interview(view, "Northgate", "Tell me about yourself")
    view.write.text.value = f"I fixed the printer {XSS} for a patron. It worked again."
    view.write.save.click()
    view.write.text.value = f"I calmly fixed the printer {XSS} for a patron."
    view.write.save.click()
    view.write.versions.value = view.write.versions.options[0][1]
    for html in (view.feedback.highlights.value, view.write.diff.value):
        assert XSS not in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_rating_shows_anchor_text_and_stores_per_version_with_role(wb, asked):
    view = _view(wb)
    _pick_from_interview(view, "Northgate", "Describe a time you fixed a process")
    view.write.text.value = answers.assemble_star(STAR)
    view.write.save.click()
    rubric = view.rubric
    view.rate.levels["structure"].value = 4
    assert rubric.criterion("structure").anchors[4] in view.rate.anchors["structure"].value
    view.rate.levels["evidence"].value = 2
    view.rate.name.value = "Robin"
    view.rate.save.click()
    assert "Rating saved" in view.status.value and "practice" in view.status.value
    version = answers.list_versions(wb, view.answer_id)[-1]
    stored = answers.ratings_for_version(wb, version.id)
    assert {(r.criterion, r.score, r.rater_role, r.rater_name) for r in stored} == {
        ("structure", 4, "candidate", "Robin"), ("evidence", 2, "candidate", "Robin")}
    # the candidate's rating put the question in the practice queue
    assert [i.question_id for i in practice.queue(wb)] == [view.target.question_id]

    view.rate.role.value = "coach"
    view.rate.name.value = "Dana"
    view.rate.levels["structure"].value = 3
    view.rate.save.click()
    view.tabs.selected_index = 4
    table = view.calibration.table.value
    assert "Dana" in table and "<td>4</td><td>3</td>" in table and "+1" in table
    assert view.calibration.chart.value[:4] == b"\x89PNG"


def test_an_empty_answer_cannot_be_saved_or_rated(wb, asked):
    view = _view(wb)
    _pick_from_interview(view, "Northgate", "Tell me about yourself")
    view.rate.levels["structure"].value = 3
    view.rate.save.click()
    assert "empty answer cannot be rated" in view.status.value
    view.write.text.value = "   "
    view.write.save.click()
    assert "cannot be empty" in view.status.value
    assert answers.all_ratings(wb) == [] and wb.summary().answers == 0


def test_nothing_rated_or_no_question_gives_a_message_not_a_traceback(wb, asked):
    view = _view(wb)
    view.write.text.value = "An answer with no question chosen."
    view.write.save.click()
    assert "Pick a question first" in view.status.value
    _pick_from_interview(view, "Northgate", "Tell me about yourself")
    view.write.text.value = "I am a reference librarian with eight years at the desk."
    view.write.save.click()
    view.rate.save.click()
    assert "at least one criterion" in view.status.value
    assert answers.all_ratings(wb) == []


def test_a_20000_character_answer_is_saved_with_a_warning(wb, asked):
    view = _view(wb)
    _pick_from_interview(view, "Northgate", "Tell me about yourself")
    view.write.text.value = ("I helped. " * 2000)[:20_000]
    view.write.save.click()
    assert "ck-status-warn" in view.status.value and "far too long" in view.status.value
    assert len(answers.list_versions(wb, view.answer_id)) == 1
    view.write.text.value = "x" * 20_001
    view.write.save.click()
    assert "limit is 20,000" in view.status.value
    assert len(answers.list_versions(wb, view.answer_id)) == 1


def test_practice_session_saves_the_answer_shows_feedback_and_reschedules(wb, asked):
    view = _view(wb)
    _pick_from_interview(view, "Northgate", "Tell me about yourself")
    view.tabs.selected_index = 5
    view.practice.add.click()
    assert "Added to the practice queue" in view.status.value
    assert "<b>1</b> due today" in view.practice.queue.value
    assert "Tell me about yourself" in view.practice.queue.value

    view.practice.minutes.value = 3
    view.practice.start.click()
    assert view.practice.timer.max == 180 and view.practice.timer.playing
    assert "3:00" in view.practice.clock.value
    view.practice.timer.value = 45  # the browser's Play widget ticks this
    assert "2:15" in view.practice.clock.value
    assert "Tell me about yourself" in view.practice.question.value
    view.practice.answer.value = "At Northgate I ran the reference desk. I set up a rota."
    view.practice.save.click()
    assert "Saved as version 1" in view.status.value
    assert "ck-star" in view.practice.feedback.value
    view.practice.self_rating.value = 1
    view.practice.rate.click()
    assert "comes back on" in view.status.value
    assert "last one due today" in view.status.value
    item = practice.queue(wb)[0]
    assert (item.reviews, item.last_self_score) == (1, 1)
    assert practice.due_today(wb) == 0
    assert item.due - dt.datetime.utcnow() < dt.timedelta(days=1, hours=1)  # weak: tomorrow
    version = answers.list_versions(wb, answers.find_answer(wb, question_id=item.question_id))
    assert version[-1].text.startswith("At Northgate")


def test_practice_with_nothing_due_says_so(wb, asked):
    view = _view(wb)
    view.tabs.selected_index = 5
    assert "Nothing queued yet" in view.practice.queue.value
    view.practice.start.click()
    assert "Nothing is due" in view.status.value
    view.practice.rate.click()
    assert "Start practising" in view.status.value


def test_progress_charts_and_weakest_families_on_the_example(demo_wb):
    view = _view(demo_wb)
    view.tabs.selected_index = 6
    assert view.progress.chart.value[:4] == b"\x89PNG"
    weakest = view.progress.weakest.value
    assert "Tell me about yourself" in weakest and "not rated yet" in weakest
    assert "angry patron" in weakest and "/ 5" in weakest
    view.tabs.selected_index = 4
    assert view.calibration.chart.layout.display is None  # the example has coach ratings


def test_the_dashboard_opens_the_workbook_from_the_page_link(monkeypatch, private_data_dir):
    from coachkit import config
    from coachkit.services.demo import write_demo

    write_demo(config.demo_db_path())
    monkeypatch.setenv("QUERY_STRING", "workbook=demo")
    box = rate_answers(background=False)
    assert "ck-ready" in box._dom_classes and "ck-rate-answers" in box._dom_classes
    view = box.children[-1]
    assert isinstance(view, RateAnswers)
    assert view.wb.is_demo


def test_a_broken_coach_rubric_shows_a_message_naming_the_line(private_data_dir):
    (private_data_dir / "rubric.toml").write_text("[[criteria]]\nid = 'x'\n", encoding="utf-8")
    box = rate_answers(background=False)
    panel = box.children[-1]
    assert "ck-error-panel" in panel._dom_classes
    assert "line" in panel.value and "rubric.toml" in panel.value
