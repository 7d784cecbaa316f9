"""The interview log's model, without widgets: what each action stores and says."""

from __future__ import annotations

import datetime as dt
import inspect

import pytest

from coachkit.domain.errors import CoachkitError, InvalidEntry
from coachkit.services import families, interviews, questions
from coachkit.services.interviews import DateNeedsConfirmation
from coachkit.services.workbook import open_workbook
from coachkit.ui.interview_log.model import InterviewLogModel, minutes


@pytest.fixture
def model(wb):
    return InterviewLogModel(wb)


def _log(model, org, day=dt.date(2026, 3, 4), **fields):
    model.current = None
    model.save_interview({"organisation": org, "interview_date": day, **fields})
    return model.current


def test_the_model_module_needs_no_widgets():
    import coachkit.ui.interview_log.model as module

    assert "ipywidgets" not in inspect.getsource(module)


def test_a_new_interview_is_saved_at_once_and_becomes_the_current_one(model, wb):
    before = model.changed
    message = model.save_interview({"organisation": "Hartwell College",
                                    "interview_date": dt.date(2026, 4, 17),
                                    "length_minutes": "45 min", "outcome": "rejected",
                                    "regret_heard": True})
    assert message == "Saved the interview with Hartwell College."
    stored = interviews.list_interviews(open_workbook(wb.url))  # another connection sees it
    assert [(iv.organisation, iv.length_minutes, iv.outcome) for iv in stored] == [
        ("Hartwell College", 45, "rejected")]
    assert model.current == stored[0].id and model.changed == before + 1
    listed, table = model.listing()
    assert [(iv.id, asked) for iv, asked in listed] == [(stored[0].id, 0)]
    assert len(table.rows) == 1


@pytest.mark.parametrize("fields, message", [
    ({"organisation": "  "}, "Please fill in the organisation"),
    ({"organisation": "Eastgate", "length_minutes": "forty"}, "whole number of minutes"),
    ({"organisation": "Eastgate", "length_minutes": "5000"}, "0 to 1440"),
])
def test_bad_input_gives_a_message_and_stores_nothing(model, wb, fields, message):
    with pytest.raises(CoachkitError, match=message):
        model.save_interview(fields)
    assert interviews.list_interviews(wb) == []
    assert model.current is None


def test_an_odd_date_is_saved_only_once_confirmed(model, wb):
    fields = {"organisation": "Cedar Falls", "interview_date": dt.date(1949, 6, 1)}
    with pytest.raises(DateNeedsConfirmation) as caught:
        model.save_interview(fields)
    assert "Yes, this date is right" in model.date_message(caught.value)
    assert interviews.list_interviews(wb) == []
    model.save_interview(fields, date_confirmed=True)
    assert [iv.interview_date for iv in interviews.list_interviews(wb)] == [dt.date(1949, 6, 1)]


def test_an_edit_changes_the_current_interview_and_can_be_undone(model, wb):
    first = _log(model, "Eastgate")
    _log(model, "Millbrook")
    model.current = first
    model.save_interview({"organisation": "Eastgate", "outcome": "offer"})
    assert {iv.organisation: iv.outcome for iv in interviews.list_interviews(wb)} == {
        "Eastgate": "offer", "Millbrook": "waiting"}
    assert model.history.last == "your edit to the interview with Eastgate"
    model.history.undo()
    assert interviews.get_interview(wb, first).outcome == "waiting"


def test_the_listing_filters_by_organisation_and_outcome(model):
    _log(model, "Eastgate", dt.date(2025, 1, 1), outcome="rejected")
    _log(model, "Millbrook", dt.date(2026, 1, 1))
    _log(model, "Eastgate", dt.date(2025, 6, 1))
    assert model.organisations() == ["Eastgate", "Millbrook"]
    assert [iv.organisation for iv, _n in model.listing()[0]] == [
        "Millbrook", "Eastgate", "Eastgate"]  # newest first
    assert len(model.listing("Eastgate")[0]) == 2
    only, table = model.listing("Eastgate", "rejected")
    assert [iv.interview_date for iv, _n in only] == [dt.date(2025, 1, 1)]
    assert len(table.rows) == 1


def test_a_paste_is_previewed_without_saving_then_saved_whole(model, wb):
    _log(model, "Millbrook")
    preview = model.preview_paste("- Tell me about yourself\n\n2. Why here?\n"
                                  "- Tell me about yourself")
    assert [q.text for q in preview.questions] == ["Tell me about yourself", "Why here?"]
    assert questions.list_questions(wb) == []
    assert model.save_paste("- Tell me about yourself\n\n2. Why here?") == (
        "Saved 2 question(s). They are listed above.")
    assert [q.text for q in model.questions()] == ["Tell me about yourself", "Why here?"]
    assert model.preview is None
    with pytest.raises(InvalidEntry, match="limit is 500"):
        model.preview_paste("\n".join(f"question {i}" for i in range(501)))
    assert len(questions.list_questions(wb)) == 2


def test_a_question_edit_is_stored_and_empty_wording_is_refused(model, wb):
    _log(model, "Millbrook")
    model.save_paste("somthing about teamwork")
    qid = model.questions()[0].id
    text, message = model.update_question(qid, text="  Working in a small team ",
                                          answer_notes="reading programme")
    assert text == "Working in a small team" and message.startswith("Saved")
    with pytest.raises(CoachkitError, match="cannot be empty"):
        model.update_question(qid, text="   ")
    stored = questions.list_questions(wb)[0]
    assert (stored.text, stored.answer_notes) == ("Working in a small team",
                                                  "reading programme")


def test_a_deleted_question_comes_back_once(model, wb):
    _log(model, "Millbrook")
    model.save_paste("first\nsecond")
    first = model.questions()[0].id
    assert "Undo delete" in model.delete_question(first)
    assert [q.text for q in questions.list_questions(wb)] == ["second"]
    assert model.undo_delete() == "\u201cfirst\u201d is back."
    assert [q.text for q in questions.list_questions(wb)] == ["first", "second"]
    with pytest.raises(InvalidEntry, match="nothing to undo"):
        model.undo_delete()


def test_deleting_an_interview_needs_one_chosen(model, wb):
    with pytest.raises(InvalidEntry, match="Choose the interview"):
        model.delete_interview()
    _log(model, "Gone Library")
    model.save_paste("Why here?\nTell me about yourself")
    assert model.to_delete() == ("Gone Library", 2)
    assert model.delete_interview() == "Deleted the interview with Gone Library."
    assert interviews.list_interviews(wb) == [] and model.current is None


def test_families_are_merged_and_bad_merges_store_nothing(model, wb):
    for org, block in (("A lib", "Tell me about yourself\nWhat is your greatest weakness?"),
                       ("B lib", "Walk me through your background\nWhat's your biggest "
                                 "weakness")):
        _log(model, org)
        model.save_paste(block)
    assert model.families_stale
    model.regroup()
    shown = model.shown(show_all=False)
    assert [f.interviews for f in shown] == [2, 2] and not model.families_stale
    picks = model.picks()
    with pytest.raises(InvalidEntry, match="Choose the two families"):
        model.merge(None, picks[0][1])
    with pytest.raises(CoachkitError, match="two different families"):
        model.merge(picks[0][1], picks[0][1])
    assert families.list_choices(wb) == []
    assert "Kept for good" in model.merge(picks[1][1], picks[0][1])
    assert model.families_stale
    assert [f.interviews for f in model.regroup()] == [2]
    assert len(model.families[0].question_ids) == 4
    (choice,) = model.choices()
    assert model.undo_choice(choice.id) == "Undone: that grouping choice is forgotten."
    assert len(model.regroup()) == 2


def test_the_length_is_read_as_whole_minutes():
    assert minutes("") is None and minutes(" 45 min ") == 45 and minutes("90") == 90
    with pytest.raises(InvalidEntry):
        minutes("1.5h")
