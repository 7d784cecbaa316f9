"""Candidates sealed off from each other by PostgreSQL itself, tested with raw SQL.

Each test logs in as a real database role (a candidate, a coach, an admin) with the
password the centre handed out, exactly as code in that person's kernel could.
"""

from __future__ import annotations

import psycopg
import pytest

from coachkit.centre import OWNED
from coachkit.domain.errors import NotAllowed
from coachkit.services import answers, coach, interviews, questions
from coachkit.services.workbook import open_workbook

pytestmark = pytest.mark.postgres


def dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def raw(url: str) -> psycopg.Connection:
    return psycopg.connect(dsn(url), autocommit=True)


def fill(wb, organisation: str, interviewer: str, question: str, answer: str,
         shared: bool = True) -> dict:
    iv = interviews.log_interview(wb, organisation=organisation, role_title="Library assistant",
                                  interviewers=interviewer, interview_date=None)
    if not shared:
        coach.set_shared(wb, iv.id, False)
    [q] = questions.add_questions(wb, iv.id, [{"text": question}])
    saved = answers.save_version(wb, answer, question_id=q.id)
    answers.rate_answer(wb, saved.version_id, "structure", 3)
    return {"interview": iv.id, "question": q.id, "version": saved.version_id}


@pytest.fixture
def people(centre):
    urls = {name: centre.login_url(name) for name in ("alice", "bob", "carol", "dana")}
    alice = open_workbook(urls["alice"], role="candidate")
    bob = open_workbook(urls["bob"], role="candidate")
    ids = {
        "alice": fill(alice, "Riverside Library", "Pat Quinn",
                      "Why do you want to work at Riverside Library?",
                      "I used the Riverside branch as a teenager and ran its chess club."),
        "alice_private": fill(alice, "Hilltop Council", "Sam Lee", "What is your weakness?",
                              "I take on too much.", shared=False),
        "bob": fill(bob, "Northgate Museum", "Kim Roe", "Tell us about yourself.",
                    "I have worked in museums for six years."),
    }
    yield urls, ids, alice, bob
    alice.close()
    bob.close()


def test_each_candidate_sees_only_their_own_interviews(people):
    _, _, alice, bob = people
    assert [iv.organisation for iv in interviews.list_interviews(alice)] == [
        "Riverside Library", "Hilltop Council"] or sorted(
        iv.organisation for iv in interviews.list_interviews(alice)) == [
        "Hilltop Council", "Riverside Library"]
    assert [iv.organisation for iv in interviews.list_interviews(bob)] == ["Northgate Museum"]


def test_a_candidate_with_raw_sql_cannot_read_change_or_delete_another_candidates_rows(
        people, centre):
    urls, ids, _, _ = people
    with raw(urls["bob"]) as conn:
        for table in OWNED:
            seen = conn.execute(f"SELECT count(*) FROM {table} WHERE owner = 'ck_alice'")
            assert seen.fetchone()[0] == 0, table
        # even asking as if a coach had alice open changes nothing
        conn.execute("SELECT set_config('coachkit.candidate', 'ck_alice', false)")
        assert conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 1  # bob's own
        updated = conn.execute("UPDATE interviews SET organisation = 'hacked' "
                               "WHERE owner = 'ck_alice'")
        assert updated.rowcount == 0
        deleted = conn.execute("DELETE FROM answer_versions WHERE id = %s",
                               (ids["alice"]["version"],))
        assert deleted.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO ratings (answer_version_id, rater_role, criterion, score,"
                         " owner) VALUES (%s, 'coach', 'x', 1, 'ck_alice')",
                         (ids["alice"]["version"],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SET ROLE ck_alice")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM coach_view.interviews")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO coach_assignments (coach, candidate, assigned_at) "
                         "VALUES ('ck_bob', 'ck_alice', now())")
        assert conn.execute("SELECT count(*) FROM coach_assignments").fetchone()[0] == 0
    # and alice's words are as she wrote them (checked as the superuser)
    with raw(centre.admin_url) as admin:
        admin.execute("ANALYZE")
        row = admin.execute("SELECT organisation FROM interviews WHERE id = %s",
                            (ids["alice"]["interview"],)).fetchone()
        assert row == ("Riverside Library",)
    with raw(urls["bob"]) as conn:  # statistics do not leak the values either
        stats = conn.execute("SELECT most_common_vals::text FROM pg_stats "
                             "WHERE tablename = 'interviews'").fetchall()
        assert not any("Riverside" in (v or "") for (v,) in stats)


def test_a_coach_reads_only_the_shared_interviews_of_an_assigned_candidate(people):
    urls, ids, _, _ = people
    with raw(urls["carol"]) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM public.interviews")
        assert conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 0  # none open
        conn.execute("SELECT set_config('coachkit.candidate', 'ck_alice', false)")
        rows = conn.execute("SELECT id, organisation FROM interviews").fetchall()
        assert rows == [(ids["alice"]["interview"], "Riverside Library")]
        assert [r[0] for r in conn.execute("SELECT id FROM questions")] == [
            ids["alice"]["question"]]
        conn.execute("SELECT set_config('coachkit.candidate', 'ck_bob', false)")
        for table in ("interviews", "questions", "answers", "answer_versions", "ratings"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_a_coach_may_only_add_and_postgres_refuses_changes(people, centre):
    urls, ids, alice, _ = people
    version = ids["alice"]["version"]
    with raw(urls["carol"]) as conn:
        conn.execute("SELECT set_config('coachkit.candidate', 'ck_alice', false)")
        for statement in (
                "UPDATE interviews SET organisation = 'x'",
                "DELETE FROM interviews",
                "UPDATE answer_versions SET text = 'x'",
                "DELETE FROM ratings",
                "UPDATE ratings SET score = 1",
                "INSERT INTO interviews (organisation) VALUES ('x')"):
            # refused: no right to it (or, for a column shown with an alias, not writable)
            with pytest.raises((psycopg.errors.InsufficientPrivilege,
                                psycopg.errors.FeatureNotSupported)):
                conn.execute(statement)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # must be signed as coach
            conn.execute("INSERT INTO ratings (answer_version_id, rater_role, rater_name, "
                         "criterion, score, comment, created_at) VALUES (%s, 'candidate', '', "
                         "'structure', 5, '', now())", (version,))
        with pytest.raises(psycopg.errors.WithCheckOptionViolation):  # only what coach sees
            conn.execute("INSERT INTO ratings (answer_version_id, rater_role, rater_name, "
                         "criterion, score, comment, created_at) VALUES (%s, 'coach', '', "
                         "'structure', 5, '', now())", (ids["alice_private"]["version"],))
        conn.execute("INSERT INTO ratings (answer_version_id, rater_role, rater_name, "
                     "criterion, score, comment, created_at) VALUES (%s, 'coach', 'Carol', "
                     "'structure', 5, 'Good story', now())", (version,))
    assert interviews.get_interview(alice, ids["alice"]["interview"]).organisation == (
        "Riverside Library")
    assert answers.get_version(alice, version).text.startswith("I used the Riverside branch")
    coach_scores = [(r.rater_role, r.score) for r in answers.ratings_for_version(alice, version)]
    assert ("coach", 5) in coach_scores and ("candidate", 3) in coach_scores


def test_the_coach_services_work_and_changes_are_refused(people):
    urls, ids, alice, _ = people
    carol = open_workbook(urls["carol"], role="coach", candidate="alice")
    try:
        assert [iv.organisation for iv in interviews.list_interviews(carol)] == [
            "Riverside Library"]
        coach.rate_answer(carol, ids["alice"]["version"], "evidence", 4, rater_name="Carol")
        coach.add_comment(carol, "answer_version", ids["alice"]["version"], "Name the club.")
        assert coach.suggest_practice(carol, [ids["alice"]["question"]]) == (1, 0)
        with pytest.raises(NotAllowed):
            interviews.update_interview(carol, ids["alice"]["interview"], organisation="x")
    finally:
        carol.close()
    scores = {(r.rater_role, r.criterion, r.score)
              for r in answers.ratings_for_version(alice, ids["alice"]["version"])}
    assert ("coach", "evidence", 4) in scores


def test_a_coach_of_another_candidate_or_an_unassigned_coach_sees_nothing(people, centre):
    urls, _, _, _ = people
    centre.unassign("carol", "alice")
    with raw(urls["carol"]) as conn:
        conn.execute("SELECT set_config('coachkit.candidate', 'ck_alice', false)")
        assert conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 0


def test_aliases_replace_names_for_the_coach_when_the_candidate_asks(people):
    urls, ids, alice, _ = people
    from coachkit.services import centre_views

    centre_views.set_coach_sees_aliases(alice, True)
    with raw(urls["carol"]) as conn:
        conn.execute("SELECT set_config('coachkit.candidate', 'ck_alice', false)")
        org, people_ = conn.execute("SELECT organisation, interviewers FROM interviews").fetchone()
        assert (org, people_) == ("Organisation A", "Interviewer 1")
        [text] = conn.execute("SELECT text FROM questions").fetchone()
        assert text == "Why do you want to work at Organisation A?"
    centre_views.set_coach_sees_aliases(alice, False)
    with raw(urls["carol"]) as conn:
        conn.execute("SELECT set_config('coachkit.candidate', 'ck_alice', false)")
        assert conn.execute("SELECT organisation FROM interviews").fetchone()[0] == (
            "Riverside Library")


def test_an_admin_assigns_coaches_but_reads_no_candidate_data(people, centre):
    urls, _, _, _ = people
    with raw(urls["dana"]) as conn:
        conn.execute("INSERT INTO coach_assignments (coach, candidate, assigned_at) "
                     "VALUES ('ck_carol', 'ck_bob', now())")
        assert conn.execute("SELECT count(*) FROM coach_assignments").fetchone()[0] == 2
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM interviews")
    assert ("carol", "bob") in centre.assignments()


def test_a_coachs_page_opens_the_candidate_named_in_its_link(people, monkeypatch):
    urls, ids, _, _ = people
    monkeypatch.setenv("COACHKIT_ROLE", "coach")
    monkeypatch.setenv("QUERY_STRING", "candidate=alice")
    carol = open_workbook(urls["carol"])
    try:
        assert carol.role == "coach" and carol.candidate == "alice"
        assert [iv.id for iv in interviews.list_interviews(carol)] == [ids["alice"]["interview"]]
    finally:
        carol.close()
    monkeypatch.setenv("QUERY_STRING", "candidate=bob")  # not carol's: the database says no
    carol = open_workbook(urls["carol"])
    try:
        assert interviews.list_interviews(carol) == []
    finally:
        carol.close()


def test_an_admin_unassigns_a_coach_and_the_coach_loses_sight_at_once(people):
    urls, ids, _, _ = people
    with raw(urls["carol"]) as coach_conn, raw(urls["dana"]) as admin:
        coach_conn.execute("SELECT set_config('coachkit.candidate', 'ck_alice', false)")
        assert coach_conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 1
        admin.execute("DELETE FROM coach_assignments WHERE coach = 'ck_carol' "
                      "AND candidate = 'ck_alice'")
        assert coach_conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 0
