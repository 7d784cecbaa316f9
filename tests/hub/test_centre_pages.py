"""The centre's pages without a browser, on a real PostgreSQL centre (alice and bob are
candidates, carol coaches alice only, dana is the admin: tests/conftest.py `centre`)."""

from __future__ import annotations

import html

import pytest

from coachkit.ui.across_the_board import AcrossTheBoard, across_the_board
from coachkit.ui.centre_admin import CentreAdmin, centre_admin
from coachkit.ui.centre_coach import coach_home

pytestmark = pytest.mark.postgres


def _texts(widget) -> str:
    out = []
    stack = [widget]
    while stack:
        w = stack.pop()
        value = getattr(w, "value", None)
        if isinstance(value, str):
            out.append(value)
        stack.extend(getattr(w, "children", ()))
    return html.unescape("\n".join(out))


@pytest.fixture
def in_hub(monkeypatch):
    monkeypatch.setenv("COACHKIT_CENTRE", "1")


def test_outside_a_centre_the_pages_say_what_they_are_for(monkeypatch):
    monkeypatch.delenv("COACHKIT_CENTRE", raising=False)
    assert "coaches in a career centre" in _texts(coach_home())
    assert "centre's admins" in _texts(centre_admin())
    assert "career centre's page" in _texts(across_the_board())


def test_a_coach_home_lists_only_their_candidates(centre, in_hub):
    page = coach_home(centre.login_url("carol"), query_string="")
    text = _texts(page)
    assert "candidate=alice" in text and "bob" not in text


def test_a_coach_cannot_open_a_candidate_not_theirs(centre, in_hub):
    page = coach_home(centre.login_url("carol"), query_string="candidate=bob")
    text = _texts(page)
    assert "bob is not one of your candidates" in text
    assert "Reviewing" not in text


def test_a_coach_opens_their_candidates_review_as_the_coach(centre, in_hub):
    page = coach_home(centre.login_url("carol"), query_string="candidate=alice")
    text = _texts(page)
    assert "Reviewing alice" in text and "You are looking as the coach" in text


def test_the_admin_assigns_and_unassigns_a_coach(centre, in_hub, monkeypatch):
    from coachkit.services.centre_desk import AdminDesk

    monkeypatch.setenv("COACHKIT_CENTRE_ROLE", "admin")
    view = CentreAdmin(AdminDesk(centre.login_url("dana")))
    assert "alice" in view.table.value and "bob" not in view.table.value
    view.coach.value, view.candidate.value = "carol", "bob"
    view._assign()
    assert ("carol", "bob") in centre.assignments()
    assert "carol now coaches bob" in view.status.value
    view._unassign()
    assert ("carol", "bob") not in centre.assignments()
    page = centre_admin(centre.login_url("dana"))
    assert "Approve sign-ups" in _texts(page)


def test_a_candidate_cannot_run_the_admin_page(centre, in_hub, monkeypatch):
    monkeypatch.setenv("COACHKIT_CENTRE_ROLE", "admin")  # their own kernel can claim anything
    page = centre_admin(centre.login_url("alice"))
    assert "only a centre admin's may" in _texts(page)
    assert centre.assignments() == [("carol", "alice")]


def test_across_the_board_shows_counts_and_a_candidate_can_opt_out(centre, in_hub):
    from coachkit.services import centre_views, interviews, questions
    from coachkit.services.workbook import open_workbook

    names = ("alice", "bob", "erin", "finn")
    for extra in names[2:]:
        centre.add_candidate(extra)
    for n, name in enumerate(names):
        wb = open_workbook(centre.login_url(name), role="candidate")
        for org in (f"Town Library {n}", f"County Library {n}"):
            iv = interviews.log_interview(wb, organisation=org, role_title="Librarian")
            questions.add_questions(wb, iv.id, [{"text": "Tell me about yourself."}])
        wb.close()
    assert centre.refresh_across_the_board() > 0
    alice = open_workbook(centre.login_url("alice"), role="candidate")
    view = AcrossTheBoard(alice)
    assert "ck-board-row" in view.table.value
    assert "Town Library" not in view.table.value and "alice" not in view.table.value
    view.opt_out.value = True
    assert centre_views.opted_out(alice)
    alice.close()
