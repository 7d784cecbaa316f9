"""The interview-day sheet prints: Chromium lays it out on paper with the questions on it."""

from __future__ import annotations

import pytest

from coachkit.services import jobs
from coachkit.ui.interview_sheet import write_sheet

pytestmark = pytest.mark.browser


def test_the_interview_day_sheet_prints_to_paper(demo_wb, tmp_path, page):
    job = jobs.list_jobs(demo_wb)[0]
    path = write_sheet(demo_wb, job.id, tmp_path)
    page.goto(path.as_uri())
    text = page.locator("body").inner_text()
    assert job.title in text and "Duties to listen for" in text
    assert page.locator(".ck-sheet-notes").count() >= 3  # room to write answers
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") >= 1
    assert len(pdf) > 5_000
