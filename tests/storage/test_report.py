"""The session report: what is on it, one score shared with the dashboards, the PDF itself
(read back with pypdf) and the HTML-only fallback when Chromium is missing."""

from __future__ import annotations

import datetime as dt
import io
import re
from statistics import mean

import pytest
from pypdf import PdfReader

from coachkit.services import answers, families, interviews, questions, report
from coachkit.services.weak_spots import weakest_recurring
from coachkit.storage import tables as t
from coachkit.ui.answer_render import weakest_html

TODAY = dt.date(2026, 12, 2)
PATRON = "How do you handle an angry patron?"


def _pages(pdf_path) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages]


def test_the_pdf_has_names_page_numbers_and_a_one_page_summary(demo_wb, tmp_path):
    written = report.write_report(demo_wb, tmp_path / "report.html", today=TODAY)
    assert written.pdf is not None, written.note
    pages = _pages(written.pdf)
    n = len(pages)
    assert n >= 3
    first = pages[0]
    assert "Robin Ashby" in first and "Dana Whitfield" in first  # candidate, coach
    assert "Three things to work on next" in first
    for item in written.focus:
        assert item.what.split("\u201c")[-1].rstrip("\u201d") in first
    assert f"Page 1 of {n}" in first and f"Page {n} of {n}" in pages[-1]
    assert all(f"Page {i} of {n}" in text for i, text in enumerate(pages, 1))
    # the summary fits its own page: its last part is on page 1, the next section on page 2
    assert "Latest from the coach" in first and "Coach comments" not in first
    assert "Coach comments" in pages[1] and "Latest from the coach" not in pages[1]
    rest = "\n".join(pages[1:])
    for section in ("Coach comments", "Practice queue", "Job fit", "Outcomes",
                    "Answer quality by criterion", "Follow-up watchlist"):
        assert section in rest
    assert "Library Assistant" in rest  # the demo's job, weighed
    assert "2 Dec 2026" in first


def test_three_things_come_from_the_workbook_strongest_first(demo_wb):
    focus = report.report_context(demo_wb, TODAY)["focus"]
    assert len(focus) == 3
    assert focus[0].what == "Prepare an answer to \u201cTell me about yourself\u201d"
    assert "Asked in 4 interviews" in focus[0].why
    assert any("Delivery" in f.what for f in focus)


def test_names_given_at_writing_time_win_and_user_text_is_escaped(wb, tmp_path):
    interviews.log_interview(wb, organisation="<script>alert(1)</script> Library",
                             interview_date=dt.date(2026, 3, 1))
    page = report.build_report_html(wb, TODAY, candidate="Jo <b>Bold</b>", coach_name="Sam")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Library" in page
    assert "<script" not in page and "<b>Bold</b>" not in page
    assert "Jo &lt;b&gt;Bold&lt;/b&gt;" in page and ">Sam<" in page
    assert "not named in this workbook" not in page


def test_an_empty_workbook_says_nothing_stands_out_yet(wb):
    page = report.build_report_html(wb, TODAY)
    assert "Nothing stands out yet" in page
    assert page.count("not named in this workbook") == 2


def _patron_family(wb):
    ids = {q.id for q in questions.list_questions(wb) if q.text == PATRON}
    return next(f for f in families.recurring_questions(wb, min_interviews=2)
                if ids & set(f.question_ids))


def test_one_answer_has_one_score_in_the_report_and_on_the_dashboards(demo_wb):
    """The demo's patron answer is rated by both the candidate and the coach."""
    family = _patron_family(demo_wb)
    rated = answers.rated_answers(demo_wb)
    (vid, score), = [rated[q] for q in family.question_ids if q in rated]
    with demo_wb.store.read() as s:
        given = s.query(t.Rating).filter(t.Rating.answer_version_id == vid).all()
        by_role: dict[str, dict[str, int]] = {}
        for r in sorted(given, key=lambda r: r.id):
            by_role.setdefault(r.rater_role, {})[r.criterion] = r.score
        plain_mean = mean(r.score for r in given)
    assert score == pytest.approx(answers.answer_score(by_role))
    shown = f"{round(score, 1):.1f} / 5"
    # interview log (recurring questions), rate answers (progress), report: the same number
    assert family.latest_rating == round(score, 1)
    # the Progress tab and the coach's weakest recurring questions (services.weak_spots)
    assert shown in weakest_html(weakest_recurring(demo_wb, limit=100))
    cells = re.findall(r'class="family-score">([^<]*)<', report.build_report_html(demo_wb, TODAY))
    assert shown in cells
    # the case in the issue: the plain mean of every rating (the old report) said 4.2
    assert (f"{plain_mean:.1f}", shown) == ("4.2", "4.5 / 5")
    assert "4.2 / 5" not in cells


def test_without_chromium_the_report_is_html_with_a_clear_message(demo_wb, tmp_path,
                                                                    monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    written = report.write_report(demo_wb, tmp_path / "r.html", today=TODAY)
    assert written.pdf is None and not (tmp_path / "r.pdf").exists()
    assert "Chromium is not installed" in written.note
    assert "apt-get install chromium" in written.note and "print it" in written.note
    assert "Three things to work on next" in written.html.read_text()


def test_the_pdf_is_printed_with_the_browser_tests_chromium_flags():
    from coachkit.services import report_pdf
    from tests.browser.conftest import CHROMIUM_ARGS

    assert report_pdf.CHROMIUM_ARGS == CHROMIUM_ARGS


def test_the_time_chart_writes_dates_the_coachkit_way(demo_wb):
    """The coach's "Interviews over time" axis: month names and years, never "2026-03"."""
    import re

    from coachkit.services import coach

    fig = report.outcomes_figure(coach.shared_interviews(demo_wb))
    fig.canvas.draw()
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels()] + [ax.xaxis.get_offset_text().get_text()]
    assert any(re.search(r"[A-Z][a-z]{2}", label) for label in labels), labels
    assert not any(re.search(r"\d{4}-\d{2}", label) for label in labels), labels
