"""The candidate's own grouping choices hold in every view that lists question families,
and a coach's list never names a question from an interview the candidate kept back."""

from __future__ import annotations

from coachkit.services import coach, families, interviews, questions
from coachkit.services.workbook import Workbook
from coachkit.ui.answer_render import load_families


def _asked(wb, org, text):
    iv = interviews.log_interview(wb, organisation=org)
    return iv.id, questions.add_questions(wb, iv.id, [{"text": text}])[0].id


def _family_with(fams, qid):
    return next(f for f in fams if qid in f.question_ids)


def test_a_merge_made_in_the_interview_log_holds_for_the_coach_and_for_practice(wb):
    _, failed = _asked(wb, "Millbrook Public Library", "Tell us about a time you failed.")
    _, proud = _asked(wb, "Hartwell College Library", "What is your proudest achievement?")
    fams = families.recurring_questions(wb)
    assert _family_with(fams, failed).key != _family_with(fams, proud).key  # kept apart
    assert coach.weakest_families(wb) == []  # each asked in one interview only

    families.merge_families(wb, _family_with(fams, failed).key, _family_with(fams, proud).key)

    weak = coach.weakest_families(wb)
    assert [set(f.question_ids) for f in weak] == [{failed, proud}]
    assert weak[0].interviews == 2
    practice = [f for f in load_families(wb) if {q.id for q in f.questions} >= {failed, proud}]
    assert len(practice) == 1


def test_the_coach_never_sees_the_wording_of_a_question_kept_back(wb):
    first, _ = _asked(wb, "Eastgate Regional Libraries", "Tell me about yourself.")
    _, _ = _asked(wb, "Cedar Falls Library", "So tell us a bit about yourself")
    hidden_iv, _ = _asked(wb, "Secret Library", "Walk me through your background at Secret")
    coach.set_shared(wb, hidden_iv, False)
    coach_view = Workbook(wb.url, role="coach")
    try:
        weak = coach.weakest_families(coach_view)
    finally:
        coach_view.close()
    assert len(weak) == 1 and weak[0].interviews == 2
    assert "Secret" not in " ".join([weak[0].label, *weak[0].examples])
