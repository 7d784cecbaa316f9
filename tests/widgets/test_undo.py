"""Undo the last edits to interviews and jobs: in the services and from the dashboards."""

from __future__ import annotations

import datetime as dt

import pytest

from coachkit.domain.errors import InvalidEntry
from coachkit.services import interviews, jobs, undo
from coachkit.ui.interview_log import InterviewLog
from coachkit.ui.job_fit import JobFit
from tests.widgets.test_interview_log import _log
from tests.widgets.test_job_fit import _open, _row, _seed_job


def test_edits_are_undone_newest_first_and_only_what_changed(wb):
    history = undo.EditHistory()
    iv = interviews.log_interview(wb, organisation="Millbrook", outcome="waiting",
                                  feedback="")
    undo.update_interview(wb, history, iv.id, outcome="rejected", feedback="No spark.")
    undo.update_interview(wb, history, iv.id, outcome="rejected", feedback="Too quiet.")
    undo.update_interview(wb, history, iv.id, outcome="rejected")  # no change: not recorded
    assert len(history) == 2 and history.last == "your edit to the interview with Millbrook"
    history.undo()
    assert interviews.get_interview(wb, iv.id).feedback == "No spark."
    history.undo()
    back = interviews.get_interview(wb, iv.id)
    assert (back.outcome, back.feedback) == ("waiting", "")
    with pytest.raises(InvalidEntry, match="nothing to undo"):
        history.undo()


def test_undo_after_the_item_was_deleted_says_so_and_changes_nothing(wb):
    history = undo.EditHistory()
    job = jobs.add_job(wb, "Library Assistant")
    undo.update_job(wb, history, job.id, title="Senior Library Assistant")
    jobs.delete_job(wb, job.id)
    with pytest.raises(InvalidEntry, match="Could not undo your edit to the job"):
        history.undo()
    assert len(history) == 0 and jobs.list_jobs(wb) == []


def test_job_duty_and_decision_edits_are_undone(wb):
    history = undo.EditHistory()
    job, desk, _proof = _seed_job(wb)
    undo.update_duty(wb, history, desk.id, tags=["detail"], share_pct=None)
    undo.decide(wb, history, job.id, "decline", "Too much desk.")
    history.undo()
    assert jobs.get_job(wb, job.id).decision is None
    history.undo()
    back = jobs.get_duty(wb, desk.id)
    assert back.share_pct == 40 and set(back.tags) == {"public_facing", "interruptions"}


def test_the_interview_form_offers_undo_after_an_edit(wb):
    view = InterviewLog(wb)
    iv_id = _log(view, "Millbrook Library", dt.date(2026, 3, 4))
    button = view.form.children[-2].children[-1]
    assert button.layout.display == "none"  # a new interview is not an edit
    view.form.feedback.value = "They said they regret it."
    view.form.save.click()
    assert button.layout.display is None
    assert button.description == "Undo your edit to the interview with Millbrook Library"
    button.click()
    assert interviews.get_interview(wb, iv_id).feedback == ""
    assert view.form.feedback.value == ""  # the form shows what is stored again
    assert "Undone" in view.form.status.value and button.layout.display == "none"


def test_the_job_page_offers_undo_for_duty_and_job_edits(wb):
    job, desk, _proof = _seed_job(wb)
    app = JobFit(wb)
    panel = _open(app, "duties")
    _row(panel, desk.id).skill.value = 5
    assert app.undo_edit.description.startswith("Undo your edit to the duty")
    app.undo_edit.click()
    assert jobs.get_duty(wb, desk.id).skill == 2
    assert _row(app.panels["duties"], desk.id).skill.value == 2
    assert "Undone" in app.status.value
