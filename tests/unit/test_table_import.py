"""Importing interviews and questions from CSV or Excel: preview, a message per bad row,
nothing half-saved."""

from __future__ import annotations

import io

import openpyxl
import pytest

from coachkit import frames
from coachkit.domain.errors import CoachkitError
from coachkit.services import interviews, questions
from coachkit.services.table_import import (
    MAX_ROWS,
    BadImportFile,
    preview_import,
    save_import,
)

GOOD = (
    "Organisation,Role,Date,Stage,Outcome,Question,Category\n"
    "Cedar Library,Clerk,2026-02-01,first,Rejected,Tell me about yourself,about_you\n"
    "Cedar Library,Clerk,2026-02-01,first,Rejected,Why here?,\n"
    "Oak College,Librarian,2026-03-10,Final interview,waiting,,\n"
)


def test_a_good_csv_is_previewed_then_saved_as_interviews_with_their_questions(wb):
    preview = preview_import("log.csv", GOOD.encode())
    assert (preview.interviews, preview.questions, preview.problems) == (2, 2, [])
    assert interviews.list_interviews(wb) == []  # a preview saves nothing
    assert save_import(wb, preview) == (2, 2)
    listed = {iv.organisation: iv for iv in interviews.list_interviews(wb)}
    assert listed["Oak College"].stage == "final" and listed["Oak College"].outcome == "waiting"
    cedar = listed["Cedar Library"]
    assert cedar.outcome == "rejected"
    assert [q.text for q in questions.list_questions(wb, cedar.id)] == [
        "Tell me about yourself", "Why here?"]


def test_importing_again_adds_questions_to_the_same_interview_not_a_copy(wb):
    save_import(wb, preview_import("log.csv", GOOD.encode()))
    more = "organisation,role,date,question\nCedar Library,Clerk,2026-02-01,Any questions?\n"
    assert save_import(wb, preview_import("more.csv", more.encode())) == (0, 1)
    assert len(interviews.list_interviews(wb)) == 2
    cedar = next(iv for iv in interviews.list_interviews(wb) if iv.organisation.startswith("C"))
    assert [q.position for q in questions.list_questions(wb, cedar.id)] == [0, 1, 2]


def test_each_bad_row_says_what_is_wrong_and_only_good_rows_are_saved(wb):
    text = ("organisation,date,connection,outcome,question\n"
            "Good Org,2026-01-02,4,offer,Fine question\n"
            ",2026-01-02,,,Who asked this?\n"
            "Bad Date Org,14/03/2026,,,\n"
            "Bad Score Org,,9,,\n"
            "Bad Outcome Org,,,ghosted,\n"
            f"Long Question Org,,,,{'x' * 1200}\n")
    preview = preview_import("mixed.csv", text.encode())
    problems = dict(preview.problems)
    assert sorted(problems) == [3, 4, 5, 6, 7]  # the spreadsheet's row numbers
    assert "organisation" in problems[3]
    assert "YYYY-MM-DD" in problems[4]
    assert "1 to 5" in problems[5]
    assert "Waiting to hear" in problems[6]  # says what the choices are
    assert "1,000" in problems[7]
    assert save_import(wb, preview) == (1, 1)
    assert [iv.organisation for iv in interviews.list_interviews(wb)] == ["Good Org"]


def test_nothing_is_half_saved_when_the_write_fails(wb, monkeypatch):
    preview = preview_import("log.csv", GOOD.encode())
    from coachkit.storage import tables as t

    real = t.Question.__init__
    calls = {"n": 0}

    def fail_on_second(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        real(self, *args, **kwargs)

    monkeypatch.setattr(t.Question, "__init__", fail_on_second)
    with pytest.raises(RuntimeError):
        save_import(wb, preview)
    monkeypatch.undo()
    assert interviews.list_interviews(wb) == [] and questions.list_questions(wb) == []


@pytest.mark.parametrize("name, content, says", [
    ("empty.csv", b"", "empty"),
    ("headings.csv", b"organisation,date\n\n  \n", "no rows"),
    ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "not a CSV file or an Excel"),
    ("fake.xlsx", b"PK\x03\x04 not really a zip", "could not be opened as an Excel"),
    ("binary.csv", b"\x00\x01\x02" * 100, "does not look like a text file"),
    ("nocolumn.csv", b"company_name,when\nAcme,2026-01-01\n", "no 'organisation' column"),
])
def test_a_file_that_cannot_be_read_gets_a_clear_message(name, content, says):
    with pytest.raises(BadImportFile) as err:
        preview_import(name, content)
    assert says in err.value.message
    assert isinstance(err.value, CoachkitError)


def test_a_huge_file_is_refused_before_anything_is_read(wb):
    rows = "organisation\n" + "Acme\n" * (MAX_ROWS + 1)
    with pytest.raises(BadImportFile, match="limit"):
        preview_import("huge.csv", rows.encode())
    with pytest.raises(BadImportFile, match="MB"):
        preview_import("huge.csv", b"organisation\n" + b"A" * 6_000_000)
    assert interviews.list_interviews(wb) == []


def test_an_excel_sheet_with_real_dates_and_our_own_export_read_back(wb, demo_wb):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Organisation", "Date", "Length (minutes)", "Question"])
    import datetime as dt

    sheet.append(["Birch Trust", dt.datetime(2026, 4, 2), 45, "What is your weakness?"])
    buf = io.BytesIO()
    book.save(buf)
    preview = preview_import("log.xlsx", buf.getvalue())
    assert preview.problems == []
    assert preview.rows[0].interview["interview_date"] == dt.date(2026, 4, 2)
    assert preview.rows[0].interview["length_minutes"] == 45
    # the interviews table a user exports from the dashboard reads back in
    exported = frames.csv_bytes(frames.interviews_table(demo_wb))
    again = preview_import("interviews.csv", exported)
    assert again.problems == [] and again.interviews == 4
    assert "interview_id" in again.ignored_columns
    assert save_import(wb, preview) == (1, 1)
