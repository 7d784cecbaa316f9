"""The example workbook: realistic, from the user research, and never written over real data."""

from __future__ import annotations

import pytest

from coachkit import config
from coachkit.domain.errors import InvalidEntry
from coachkit.services import demo, interviews, practice
from coachkit.services.workbook import open_workbook

pytestmark = pytest.mark.sqlite_only  # about the SQLite workbook file itself


def test_the_example_is_a_librarians_four_interviews_with_recurring_questions(demo_wb):
    summary = demo_wb.summary()
    assert (summary.interviews, summary.questions, summary.answers, summary.jobs) == (4, 19, 1, 1)
    rows = interviews.list_interviews(demo_wb)
    assert sum(r.regret_heard for r in rows) >= 2  # "we regret not hiring you", more than once
    assert any("College" in r.organisation for r in rows)  # the academic job she wanted
    assert all("Librar" in r.organisation for r in rows)


def test_the_example_has_questions_due_for_practice_today(demo_wb):
    due = practice.due_now(demo_wb)
    assert practice.due_today(demo_wb) == len(due) == 2
    assert {d.question for d in due} == {"What is your greatest weakness?",
                                         "Tell us about a time you failed"}


def test_the_example_never_replaces_the_users_workbook(private_data_dir):
    mine = open_workbook(config.url_for_path(config.default_db_path()))
    interviews.log_interview(mine, organisation="My real interview")
    mine.close()
    before = config.default_db_path().read_bytes()
    with pytest.raises(InvalidEntry):
        demo.write_demo(config.default_db_path())
    assert config.default_db_path().read_bytes() == before


def test_the_example_never_replaces_another_workbook_or_file(tmp_path):
    other = tmp_path / "coach-copy.sqlite"
    wb = open_workbook(config.url_for_path(other))
    interviews.log_interview(wb, organisation="Kept")
    wb.close()
    with pytest.raises(InvalidEntry, match="not an example workbook"):
        demo.write_demo(other)
    wb = open_workbook(config.url_for_path(other))
    assert [r.organisation for r in interviews.list_interviews(wb)] == ["Kept"]
    wb.close()


def test_writing_the_example_again_starts_it_fresh(tmp_path):
    path = demo.write_demo(tmp_path / "ex.sqlite")
    wb = open_workbook(config.url_for_path(path))
    interviews.log_interview(wb, organisation="Tried something")
    wb.close()
    demo.write_demo(path)
    wb = open_workbook(config.url_for_path(path))
    assert wb.summary().interviews == 4
    wb.close()


def test_ensure_demo_keeps_what_was_tried_in_the_example(private_data_dir):
    path = demo.ensure_demo()
    wb = open_workbook(config.url_for_path(path))
    interviews.log_interview(wb, organisation="Practice run")
    wb.close()
    assert demo.ensure_demo() == path
    wb = open_workbook(config.url_for_path(path))
    assert wb.summary().interviews == 5
    wb.close()
