"""Free-text search across interviews, questions and answers."""

from __future__ import annotations

import datetime as dt

import pytest

from coachkit.domain.errors import InvalidEntry
from coachkit.services import answers, coach, interviews, questions, search
from coachkit.services.workbook import open_workbook
from coachkit.ui.common import StatusLine
from coachkit.ui.search_view import SearchBox, results_html


def test_every_word_must_appear_ignoring_case_and_accents(demo_wb):
    hits = search.search(demo_wb, "ANGRY patron")
    kinds = {h.kind for h in hits}
    assert "question" in kinds and "answer" in kinds
    assert all("angry" in (h.title + h.snippet).lower() for h in hits)
    assert search.search(demo_wb, "angry zebra") == []
    iv = interviews.log_interview(demo_wb, organisation="Bibliothèque Saint-Éloi",
                                  interview_date=dt.date(2026, 11, 30))
    (hit,) = search.search(demo_wb, "bibliotheque eloi")
    assert (hit.kind, hit.title, hit.page) == ("interview", "Bibliothèque Saint-Éloi",
                                                "01_interview_log.ipynb")
    assert hit.when == dt.date(2026, 11, 30) and iv.id


def test_answers_are_searched_in_their_newest_version_only(wb):
    iv = interviews.log_interview(wb, organisation="Cedar Falls Library")
    (q,) = questions.add_questions(wb, iv.id, [{"text": "Why this branch?"}])
    first = answers.save_version(wb, "Because of the zine collection.", question_id=q.id)
    answers.save_version(wb, "Because of the teen programme.", answer_id=first.answer_id)
    assert [h.kind for h in search.search(wb, "teen programme")] == ["answer"]
    assert search.search(wb, "zine") == []


def test_feedback_and_notes_are_found_with_the_matching_part_shown(demo_wb):
    hits = search.search(demo_wb, "regret")
    feedback = [h for h in hits if h.kind == "interview"]
    assert feedback and all(h.field == "feedback" for h in feedback)
    assert all("regret" in h.snippet.lower() for h in feedback)


def test_a_coach_finds_only_what_was_shared(demo_wb):
    hidden = interviews.log_interview(demo_wb, organisation="Secret Library Trust")
    coach.set_shared(demo_wb, hidden.id, False)
    assert search.search(demo_wb, "secret library")
    as_coach = open_workbook(demo_wb.url, role="coach")
    try:
        assert search.search(as_coach, "secret library") == []
    finally:
        as_coach.close()


def test_empty_and_huge_queries(wb):
    assert search.search(wb, "   ") == []
    with pytest.raises(InvalidEntry, match="at most 200"):
        search.search(wb, "x" * 201)


def test_the_search_box_escapes_user_text_and_marks_the_match(wb):
    interviews.log_interview(wb, organisation="<img src=x onerror=alert(1)> Library")
    status = StatusLine()
    box = SearchBox(wb, status)
    box.box.value = "library"
    html = box.results.value
    assert "<img" not in html and "&lt;img src=x" in html
    assert "<mark>Library</mark>" in html
    box.box.value = "y" * 300
    assert "at most 200" in status.value
    assert "Nothing contains" in results_html([], "nothing here")
