"""A coach reads what was shared and can only add, whatever service or SQL is used."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, text, update

from coachkit.domain.errors import NotAllowed
from coachkit.services import answers, coach, interviews, jobs, questions
from coachkit.services.workbook import open_workbook
from coachkit.storage import tables as t


@pytest.fixture
def coach_wb(demo_wb):
    hidden = interviews.list_interviews(demo_wb, organisation="Cedar Falls Library")[0]
    with demo_wb.store.write() as s:
        s.get(t.Interview, hidden.id).shared = False
    session = open_workbook(demo_wb.url, role="coach")
    yield session
    session.close()


def _snapshot(wb):
    with wb.store.read() as s:
        return {
            "interviews": [(r.id, r.organisation, r.feedback) for r in s.scalars(
                select(t.Interview).order_by(t.Interview.id))],
            "questions": [(r.id, r.text) for r in s.scalars(select(t.Question))],
            "versions": [(r.id, r.text) for r in s.scalars(select(t.AnswerVersion))],
            "candidate_ratings": [(r.id, r.score) for r in s.scalars(
                select(t.Rating).where(t.Rating.rater_role == "candidate"))],
            "jobs": [(r.id, r.title) for r in s.scalars(select(t.Job))],
        }


def _a_version(coach_wb):
    return coach.visible_answers(coach_wb)[0]


def test_the_coach_sees_only_shared_interviews(coach_wb):
    orgs = {iv.organisation for iv in coach.shared_interviews(coach_wb)}
    assert "Cedar Falls Library" not in orgs and len(orgs) == 3
    hidden = interviews.list_interviews(coach_wb, organisation="Cedar Falls Library")[0]
    hidden_q = questions.list_questions(coach_wb, hidden.id)[0]
    with pytest.raises(NotAllowed):
        coach.add_comment(coach_wb, "interview", hidden.id, "hello")
    with pytest.raises(NotAllowed):
        coach.suggest_practice(coach_wb, [hidden_q.id])
    with pytest.raises(NotAllowed):
        coach.rate_presentation(coach_wb, hidden.id, "attire", 3)


def test_the_coach_can_add_ratings_comments_presentation_and_practice(coach_wb, demo_wb):
    answer = _a_version(coach_wb)
    rid = coach.rate_answer(coach_wb, answer["version_id"], "evidence", 2, rater_name="Dana")
    cid = coach.add_comment(coach_wb, "answer_version", answer["version_id"], "Add numbers.")
    iv = coach.shared_interviews(coach_wb)[0]
    pid = coach.rate_presentation(coach_wb, iv.id, "posture", 2, note="Leaning back.")
    added, _ = coach.suggest_practice(coach_wb, [answer["question_id"]])
    with demo_wb.store.read() as s:  # the candidate sees all four, signed as the coach's
        assert s.get(t.Rating, rid).rater_role == "coach"
        assert s.get(t.Comment, cid).author_role == "coach"
        assert s.get(t.PresentationRating, pid).rater_role == "coach"
        card = s.scalar(select(t.PracticeCard).where(
            t.PracticeCard.question_id == answer["question_id"]))
        assert added == 1 and card.added_by == "coach"


@pytest.mark.parametrize("attempt", [
    "edit interview", "delete interview", "new answer version", "edit question",
    "add question", "rating as candidate", "add job", "bulk update", "raw delete",
    "raw update", "watchlist",
])
def test_nothing_the_candidate_wrote_can_be_changed_from_a_coach_session(coach_wb, attempt):
    before = _snapshot(coach_wb)
    iv = coach.shared_interviews(coach_wb)[0]
    answer = _a_version(coach_wb)
    actions = {
        "edit interview": lambda: interviews.update_interview(coach_wb, iv.id, feedback="x"),
        "delete interview": lambda: interviews.delete_interview(coach_wb, iv.id),
        "new answer version": lambda: answers.save_answer(
            coach_wb, "rewritten by the coach", answer_id=answer["answer_id"]),
        "edit question": lambda: questions.update_question(coach_wb, answer["question_id"],
                                                           text="changed"),
        "add question": lambda: questions.add_questions(coach_wb, iv.id, [{"text": "new"}]),
        "rating as candidate": lambda: answers.rate_answer(
            coach_wb, answer["version_id"], "evidence", 5, rater_role="candidate"),
        "add job": lambda: jobs.add_job(coach_wb, "Coach's job", "Somewhere"),
        "watchlist": lambda: coach.add_watch(coach_wb, "Somewhere"),
    }

    def bulk():
        with coach_wb.store.write() as s:
            s.execute(update(t.AnswerVersion).values(text="gone"))

    def raw_delete():
        with coach_wb.store.write() as s:
            s.execute(delete(t.Rating))

    def raw_update():
        with coach_wb.store.write() as s:
            s.execute(text("update interviews set organisation = 'x'"))

    actions.update({"bulk update": bulk, "raw delete": raw_delete, "raw update": raw_update})
    with pytest.raises(NotAllowed) as err:
        actions[attempt]()
    assert "Nothing was changed" in err.value.message
    assert _snapshot(coach_wb) == before


def test_the_coach_cannot_edit_even_their_own_rating(coach_wb):
    rid = coach.rate_answer(coach_wb, _a_version(coach_wb)["version_id"], "evidence", 2)
    with pytest.raises(NotAllowed):
        with coach_wb.store.write() as s:
            s.get(t.Rating, rid).score = 5


def test_the_role_comes_from_the_server_environment(demo_wb, monkeypatch):
    monkeypatch.setenv("COACHKIT_ROLE", "coach")
    session = open_workbook(demo_wb.url)
    try:
        assert session.role == "coach"
        with pytest.raises(NotAllowed):
            interviews.update_interview(session, 1, feedback="x")
    finally:
        session.close()
    monkeypatch.setenv("COACHKIT_ROLE", "superuser")  # anything unknown gets the least power
    session = open_workbook(demo_wb.url)
    assert session.role == "coach"
    session.close()


def test_the_candidate_is_not_restricted(demo_wb):
    assert demo_wb.role == "candidate"
    iv = coach.shared_interviews(demo_wb)[0]
    interviews.update_interview(demo_wb, iv.id, feedback="my own note")
    pid = coach.rate_presentation(demo_wb, iv.id, "attire", 4)
    with demo_wb.store.read() as s:
        assert s.get(t.PresentationRating, pid).rater_role == "candidate"


def test_diagnostics_state_sample_sizes_and_claim_no_cause(demo_wb):
    # The example: eye contact candidate/coach Millbrook 3/2, Hartwell 4/3, Eastgate 2/2.
    ivs = coach.shared_interviews(demo_wb)
    patterns = {p.factor: p for p in coach.factor_patterns(ivs, coach.presentation_table(
        demo_wb))}
    eye = patterns["eye_contact"]
    # Eastgate was a second round, so nothing here "led on": nothing to compare yet.
    assert (eye.advanced_n, eye.rejected_n) == (0, 3)
    assert "nothing to compare" in eye.sentence
    interviews.log_interview(demo_wb, organisation="Millbrook Public Library", stage="second")
    ivs = coach.shared_interviews(demo_wb)
    eye = {p.factor: p for p in coach.factor_patterns(ivs, coach.presentation_table(
        demo_wb))}["eye_contact"]
    assert (eye.advanced_n, eye.rejected_n, eye.advanced_mean) == (1, 2, 2.5)
    assert eye.rejected_mean == pytest.approx((3.5 + 2.0) / 2, abs=0.05)
    assert "1 interview that led on, 2 that ended in rejection" in eye.sentence
    assert "not a cause" in eye.sentence
    assert [iv.organisation for iv in coach.regret_cases(ivs)] == [
        "Eastgate Regional Libraries", "Hartwell College Library", "Millbrook Public Library"]
    stages = coach.outcomes_by_stage(ivs)
    assert stages["final"] == {"rejected": 1}
    assert stages["first"] == {"rejected": 1, "waiting": 1}
    assert stages["second"] == {"rejected": 1, "waiting": 1}
