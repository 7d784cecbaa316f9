"""Import a CSV into the interview log in a real browser, then save the list as CSV and Excel.

The server's main workbook is shared by every browser test: this test uses organisation names
of its own and checks only what it added."""

from __future__ import annotations

import csv
import io
import secrets

import openpyxl
import pytest
from playwright.sync_api import expect

from coachkit import config
from coachkit.services import interviews, questions
from coachkit.services.workbook import open_workbook

pytestmark = pytest.mark.browser
WAIT = 60_000


def test_import_a_csv_then_export_the_list(open_dashboard, voila_server):
    org = f"Importia {secrets.token_hex(3)}"
    text = (f"organisation,date,outcome,question\n{org},2026-02-01,rejected,Why this role?\n"
            f"{org},2026-02-01,rejected,Tell me about a conflict\n"
            "Nowhere,31/02/2026,,\n")
    page = open_dashboard("01_interview_log.ipynb")
    page.locator(".ck-import-box .lm-AccordionPanel-title, .ck-import-box .jupyter-widget-"
                 "Collapse-header").first.click()
    with page.expect_file_chooser() as chooser:
        page.locator(".ck-import-upload").click()
    chooser.value.set_files({"name": "log.csv", "mimeType": "text/csv",
                             "buffer": text.encode()})
    expect(page.locator(".ck-import-preview")).to_contain_text(org, timeout=WAIT)
    expect(page.locator(".ck-import-errors")).to_contain_text("Row 4", timeout=WAIT)
    page.locator("button.ck-import-save").click()
    expect(page.locator(".ck-import-status")).to_contain_text(
        "1 new interview(s), 2 question(s)", timeout=WAIT)
    # the table lists it (the workbook is shared: the organisation filter finds it on any page)
    page.locator(".ck-filter-org select").select_option(label=org)
    rows = page.locator(".ck-interview-list table.dataTable tbody tr")
    expect(rows).to_have_count(1, timeout=WAIT)
    expect(rows.first).to_contain_text(org)
    expect(rows.first).to_contain_text("Rejected")
    wb = open_workbook(config.url_for_path(voila_server.db_path))
    try:
        iv = next(iter(interviews.list_interviews(wb, organisation=org)))
        assert [q.text for q in questions.list_questions(wb, iv.id)] == [
            "Why this role?", "Tell me about a conflict"]
        total = len(interviews.list_interviews(wb))
    finally:
        wb.close()
    # every interview again (the table shows ten a page), and the files follow the table
    page.locator(".ck-filter-org select").select_option(label="all organisations")
    expect(rows).to_have_count(min(total, 10), timeout=WAIT)

    bar = page.locator(".ck-log-view .ck-export-bar").first
    with page.expect_download() as got:
        bar.locator("a.ck-export-csv-link").click()
    rows = list(csv.DictReader(io.StringIO(
        open(got.value.path(), encoding="utf-8-sig").read())))
    assert len(rows) == total and org in {r["organisation"] for r in rows}
    bar.locator("button.ck-export-xlsx").click()
    link = bar.locator("a.ck-export-xlsx-file")
    expect(link).to_be_visible(timeout=WAIT)
    with page.expect_download() as got:
        link.click()
    assert got.value.suggested_filename == "interviews.xlsx"
    with open(got.value.path(), "rb") as saved:
        sheet = openpyxl.load_workbook(io.BytesIO(saved.read())).active
    assert org in {row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
