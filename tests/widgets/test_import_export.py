"""The interview log's import panel and the CSV / Excel bars under its tables."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import re

import openpyxl

from coachkit.services import interviews, questions
from coachkit.ui.interview_log import InterviewLog
from tests.widgets.helpers import find

XSS = "<img src=x onerror=alert(1)>"


def _upload(view, name: str, content: bytes) -> None:
    upload = find(view, "ck-import-upload")[0]
    upload.value = ({"name": name, "type": "", "size": len(content),
                     "content": memoryview(content),
                     "last_modified": dt.datetime(2026, 1, 1, tzinfo=dt.UTC)},)


def _link_bytes(html: str) -> bytes:
    return base64.b64decode(re.search(r"base64,([^'\"]+)", html).group(1))


def test_a_file_is_previewed_then_saved_and_the_list_follows(wb):
    view = InterviewLog(wb)
    text = ("organisation,date,outcome,question\n"
            f"{XSS},2026-02-01,rejected,Tell me about yourself\n"
            "Oak College,2026-03-40,waiting,Why us?\n")
    _upload(view, "log.csv", text.encode())
    preview = find(view, "ck-import-preview")[0].value
    assert "&lt;img src=x" in preview and "<img" not in preview  # user text is text
    problems = find(view, "ck-import-errors")[0].value
    assert "Row 3" in problems and "YYYY-MM-DD" in problems
    assert interviews.list_interviews(wb) == []  # nothing saved before Save
    save = find(view, "ck-import-save")[0]
    assert not save.disabled and "skip 1" in save.description
    save.click()
    assert "1 new interview(s), 1 question(s)" in find(view, "ck-import-status")[0].value
    listed = interviews.list_interviews(wb)
    assert [iv.organisation for iv in listed] == [XSS]
    assert [q.text for q in questions.list_questions(wb)] == ["Tell me about yourself"]
    assert view.listing.ids == [listed[0].id]  # the list shows it
    assert find(view, "ck-import-save")[0].disabled  # the same file cannot be saved twice


def test_a_wrong_file_gets_a_message_and_no_save_button(wb):
    view = InterviewLog(wb)
    _upload(view, "holiday.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    status = find(view, "ck-import-status")[0].value
    assert "not a CSV file or an Excel" in status and "Traceback" not in status
    assert find(view, "ck-import-save")[0].disabled
    _upload(view, "empty.csv", b"")
    assert "empty" in find(view, "ck-import-status")[0].value


def test_the_interview_list_is_one_click_from_csv_and_excel(demo_wb):
    view = InterviewLog(demo_wb)
    bar = view.listing_export
    rows = list(csv.DictReader(io.StringIO(_link_bytes(bar.csv.value).decode("utf-8-sig"))))
    assert len(rows) == len(view.listing.ids) == 4
    view.outcome_filter.value = "waiting"  # the file follows what the list shows
    rows = list(csv.DictReader(io.StringIO(_link_bytes(bar.csv.value).decode("utf-8-sig"))))
    assert [r["outcome"] for r in rows] == ["waiting"] * len(view.listing.ids)
    assert bar.excel_link.value == ""
    find(bar, "ck-export-xlsx")[0].click()
    assert "download='interviews.xlsx'" in bar.excel_link.value
    book = openpyxl.load_workbook(io.BytesIO(_link_bytes(bar.excel_link.value)))
    assert book.active["B1"].value == "organisation"
    assert book.active.max_row == len(view.listing.ids) + 1
