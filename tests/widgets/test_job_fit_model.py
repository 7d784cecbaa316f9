"""The job-fit model alone, no widgets: what each action stores and what it says."""

from __future__ import annotations

import sys

import pytest

from coachkit.domain.errors import CoachkitError
from coachkit.services import jobs
from coachkit.ui.job_fit.model import DraftLine, JobFitModel, parse_number, parse_share

AD = """Library Assistant

Responsibilities
- Staff the front desk, greeting visitors and answering phone enquiries
- Proofread the monthly newsletter

Requirements
- Experience in a library
"""


@pytest.fixture
def model(wb):
    return JobFitModel(wb)


def _job(model):
    model.save_job("Library Assistant", "Cedar Falls")
    desk = jobs.add_duty(model.wb, model.job_id, "Front desk and phones", share_pct=40,
                         energy="drains", skill=2, tags=["public_facing"])
    proof = jobs.add_duty(model.wb, model.job_id, "Proofreading", share_pct=45,
                          energy="energises", skill=5)
    return desk, proof


def test_a_new_job_is_stored_and_chosen_at_once_and_a_blank_title_stores_nothing(model):
    with pytest.raises(CoachkitError, match="job title"):
        model.save_job("   ")
    assert jobs.list_jobs(model.wb) == [] and model.job_id is None
    assert model.save_job(" Library Assistant ", "Cedar Falls") == "Saved “Library Assistant”."
    [job] = jobs.list_jobs(model.wb)
    assert model.job_id == job.id and model.job_options() == [
        ("Library Assistant — Cedar Falls", job.id)]
    model.save_job("Senior Library Assistant", "Cedar Falls")  # the chosen job is updated
    assert [j.title for j in jobs.list_jobs(model.wb)] == ["Senior Library Assistant"]
    model.history.undo()
    assert jobs.get_job(model.wb, job.id).title == "Library Assistant"


def test_splitting_stores_nothing_and_only_ticked_lines_are_added(model):
    draft = model.split_ad(AD)
    assert "Found 2 duties and 1 requirements" in model.split_message(draft)
    assert jobs.list_jobs(model.wb) == []
    lines = [DraftLine("duty", draft.duties[0]), DraftLine("duty", draft.duties[1], keep=False),
             DraftLine("requirement", "Experience in a library", essential=False),
             DraftLine("other", "Run the book club")]  # an "other" line kept is a duty
    message = model.confirm_lines(lines, draft.cleaned_text, "Library Assistant")
    assert message.startswith("Added 2 duties and 1 requirements")
    assert [d.text for d in model.lines("duty")] == [draft.duties[0], "Run the book club"]
    [req] = model.lines("requirement")
    assert (req.text, req.essential) == ("Experience in a library", False)


def test_confirming_with_nothing_ticked_explains_and_adds_no_job(model):
    lines = [DraftLine("duty", "Shelve books", keep=False), DraftLine("duty", "   ")]
    with pytest.raises(CoachkitError, match="nothing to add"):
        model.confirm_lines(lines, "", "Library Assistant")
    assert jobs.list_jobs(model.wb) == []


def test_a_share_edit_is_saved_at_once_and_a_bad_one_stores_nothing(model):
    desk, _ = _job(model)
    before = model.changed
    saved, message = model.set_share_text(desk.id, " 30 % ")
    assert saved.share_pct == 30 and message == "Saved (share)."
    assert jobs.get_duty(model.wb, desk.id).share_pct == 30 and model.changed == before + 1
    for typed in ("150", "-3", "most of it"):
        with pytest.raises(CoachkitError, match="100"):
            model.set_share_text(desk.id, typed)
        assert jobs.get_duty(model.wb, desk.id).share_pct == 30
    saved, _ = model.set_share_text(desk.id, "")  # empty means unknown, never 0
    assert saved.share_pct is None
    assert "1 duty has an unknown share" in model.share_total()


def test_the_share_total_is_shown_as_entered_never_scaled(model):
    _job(model)
    assert "85% — 15% unaccounted" in model.share_total()


def test_merge_needs_a_line_below_and_keeps_the_whole_wording(model):
    desk, proof = _job(model)
    with pytest.raises(CoachkitError, match="no line below"):
        model.merge_next(proof.id)
    message = model.merge_next(desk.id)
    assert message == "Merged into “Front desk and phones; Proofreading”."  # not cut off
    [merged] = model.lines("duty")
    assert merged.share_pct == 85


def test_adding_a_line_needs_a_saved_job(model):
    with pytest.raises(CoachkitError, match="Save the job first"):
        model.add_line("duty", "Shelving")
    _job(model)
    assert model.add_line("requirement", " Two years' experience ") == (
        "Added “Two years' experience”.")
    [req] = model.lines("requirement")
    assert model.requirements_summary()[0] == "0 of 1 rated."
    assert model.update_line(req.id, "requirement_status", "partly")[1] == "Saved (status)."
    rated, share, note = model.requirements_summary()
    assert rated == "1 of 1 rated." and "Share met: 50%" in share
    assert "not a chance of being hired" in note


def test_limits_are_checked_before_anything_is_stored(model):
    assert "2 deal-breakers" in model.save_limits("30", "5", "reception\n\nweekends")
    with pytest.raises(CoachkitError, match="must be a number"):
        model.save_limits("thirty", "5", "")
    with pytest.raises(CoachkitError, match="between 0 and 100"):
        model.save_limits("250", "5", "")
    limits = model.limits()
    assert limits.max_public_facing_pct == 30 and limits.deal_breakers == (
        "reception", "weekends")


def test_after_the_interview_heard_answers_and_the_decision_are_stored(model):
    desk, _ = _job(model)
    model.set_share_text(desk.id, "")
    asks = model.questions()
    assert asks.shown and "Front desk and phones" in asks.shown[0].text
    first = model.questions_to_hear()[0]
    assert model.record_heard(first.id, "Two of us at busy times") == "Saved what you heard."
    stored = next(q for q in jobs.list_questions(model.wb, model.job_id) if q.id == first.id)
    assert stored.heard == "Two of us at busy times" and stored.status == "asked"
    with pytest.raises(CoachkitError, match="must be a number"):
        model.set_interruptions_heard("lots")
    model.set_interruptions_heard("10")
    assert model.interruptions_heard() == 10
    assert model.decide("decline", "Too much desk.") == "Saved your decision: Decline."
    assert jobs.get_job(model.wb, model.job_id).decision == "decline"


def test_dropping_a_question_hides_it_from_the_top_list(model):
    _job(model)
    top = model.questions().shown
    assert model.set_question_status(top[0].id, "dropped") == "Marked as dropped."
    again = model.questions()
    assert top[0].id not in [q.id for q in again.shown]
    assert [q.id for q in again.dropped] == [top[0].id]


def test_deleting_asks_first_then_removes_only_the_chosen_job(model):
    with pytest.raises(CoachkitError, match="Choose the job"):
        model.delete_question_text()
    model.save_job("Archive Assistant")
    kept = model.job_id
    model.job_id = None
    model.save_job("Library Assistant")
    assert "cannot be undone" in model.delete_question_text()
    assert model.delete_job() == "Deleted \u201cLibrary Assistant\u201d."
    assert [j.id for j in jobs.list_jobs(model.wb)] == [kept] and model.job_id is None


def test_parsing_typed_numbers():
    assert parse_share("35 %") == 35 and parse_share("12,5") == 12.5 and parse_share("") is None
    assert parse_number("  ", "x") is None
    with pytest.raises(CoachkitError, match="Interruptions"):
        parse_number("six", "Interruptions an hour")


def test_the_model_module_needs_no_widgets():
    source = sys.modules[JobFitModel.__module__].__file__
    text = open(source, encoding="utf-8").read()
    assert "ipywidgets" not in text
