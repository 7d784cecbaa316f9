"""Workbook 2's model, without widgets: what each action stores and what it says."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from coachkit.domain.errors import CoachkitError
from coachkit.services import answers, interviews, practice, questions
from coachkit.ui.rate_answers.model import RateAnswersModel

STAR = {"situation": "At the branch library the printers jammed every Monday.",
        "task": "I had to get them working before the after-school rush.",
        "action": "I logged each jam and I moved the paper stock to a dry cupboard.",
        "result": "Jams fell from ten a week to one, and I learned to look for causes."}


@pytest.fixture
def model(wb):
    iv = interviews.log_interview(wb, organisation="Northgate Library",
                                  interview_date=dt.date(2026, 3, 3))
    iv2 = interviews.log_interview(wb, organisation="Southside Library",
                                   interview_date=dt.date(2026, 6, 1))
    questions.add_questions(wb, iv.id, [{"text": "Tell me about yourself"},
                                        {"text": "Describe a time you fixed a process"}])
    questions.add_questions(wb, iv2.id, [{"text": "So tell me a bit about yourself"}])
    return RateAnswersModel(wb)


def _choose(model, text: str):
    iv = model.interview_options()[-1][1] if text != "So tell me a bit about yourself" \
        else model.interview_options()[0][1]
    value = next(v for label, v in model.question_options("interview", iv) if label == text)
    return model.select(model.target_for("interview", value, iv, "Northgate"))


def test_the_model_imports_no_widgets():
    import coachkit.ui.rate_answers.model as m

    tree = ast.parse(Path(m.__file__).read_text(encoding="utf-8"))
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert imported and not any(name.startswith("ipywidgets") for name in imported)


def test_recurring_families_come_first_and_interviews_show_one_date_form(model):
    label, _index = model.family_options()[0]
    assert label.startswith("asked 2×") and "yourself" in label
    assert "Northgate Library, 3 Mar 2026" in [lbl for lbl, _ in model.interview_options()]


def test_nothing_chosen_gives_a_message_and_nothing_is_selected(model):
    with pytest.raises(CoachkitError, match="Choose a question in the list first"):
        model.select(model.target_for("families", None))
    assert model.target is None
    with pytest.raises(CoachkitError, match="Pick a question first"):
        model.save_answer("An answer with no question.")
    assert model.wb.summary().answers == 0


def test_a_saved_answer_is_stored_at_once_as_a_new_version(model):
    said = _choose(model, "Describe a time you fixed a process")
    assert "Write your answer" in said.text and model.version_id is None
    text = model.assemble(STAR)
    said = model.save_answer(text, STAR)
    assert said.text.startswith("Saved as version 1") and not said.warn
    stored = answers.list_versions(model.wb, model.answer_id)
    assert [v.text for v in stored] == [text] and stored[0].star == STAR
    assert model.version_id == stored[0].id
    model.save_answer(text + " I would do it again.")
    assert [v.version_no for v in model.versions()] == [1, 2]
    # choosing the question again brings back the latest version
    assert "2 so far" in _choose(model, "Describe a time you fixed a process").text


def test_bad_input_gives_a_message_and_stores_nothing(model):
    _choose(model, "Tell me about yourself")
    with pytest.raises(CoachkitError, match="at least one of the four STAR boxes"):
        model.assemble({k: "  " for k in STAR})
    with pytest.raises(CoachkitError, match="cannot be empty"):
        model.save_answer("   ")
    with pytest.raises(CoachkitError, match="empty answer cannot be rated"):
        model.rate({"structure": 3})
    model.save_answer("I am a reference librarian with eight years at the desk.")
    with pytest.raises(CoachkitError, match="at least one criterion"):
        model.rate({"structure": None})
    assert answers.all_ratings(model.wb) == [] and practice.queue(model.wb) == []
    assert len(model.versions()) == 1


def test_a_very_long_answer_is_saved_with_a_warning(model):
    _choose(model, "Tell me about yourself")
    said = model.save_answer(("I helped. " * 2000)[:20_000])
    assert said.warn and "far too long" in said.text
    assert len(model.versions()) == 1


def test_the_candidates_rating_schedules_practice_and_the_coach_is_compared(model):
    _choose(model, "Describe a time you fixed a process")
    model.save_answer(model.assemble(STAR))
    assert model.anchor("structure", 4) == model.rubric.criterion("structure").anchors[4]
    assert model.anchor("structure", None) is None
    said = model.rate({"structure": 4, "evidence": 2}, "candidate", "Robin")
    assert "Rating saved" in said.text and "comes back for practice on" in said.text
    assert [i.question_id for i in model.queue().due + model.queue().later] == [
        model.target.question_id]
    assert model.self_and_coach() == ([], [])  # no coach yet
    model.rate({"structure": 3}, "coach", "Dana")
    rows, names = model.self_and_coach()
    assert names == ["Dana"] and ("Structure (situation, task, action, result)", 4, 3) in rows


def test_practice_round_saves_a_version_and_reschedules(model):
    with pytest.raises(CoachkitError, match="Pick a question first"):
        model.add_to_queue()
    _choose(model, "Tell me about yourself")
    assert model.add_to_queue().text.startswith("Added to the practice queue")
    assert len(model.queue().due) == 1
    item = model.next_due()
    with pytest.raises(CoachkitError, match="Choose how it went"):
        model.review(item, None)
    version_id, said = model.save_practice(item, "At Northgate I ran the reference desk.")
    assert "Saved as version 1" in said.text
    due = model.review(item, 1, version_id=version_id, seconds=40)
    assert due - dt.datetime.utcnow() < dt.timedelta(days=1, hours=1)  # weak: tomorrow
    assert model.queue().due == [] and model.next_due() is None
    with pytest.raises(CoachkitError, match="Start practising"):
        model.save_practice(None, "text")
