"""What a new user sees on the job-fit page: whole texts, messages next to the controls."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.services import jobs
from coachkit.ui import common
from coachkit.ui.job_fit import JobFit
from tests.widgets.helpers import find

LONG = ("Staff the reception and circulation desk at busy times, greeting visitors, "
        "answering phone enquiries and helping patrons of all ages find <b>what</b> they need")


def _open(app, name):
    app.show_tab(name)
    return app.panels[name]


def test_the_status_line_sits_under_the_button_that_was_pressed(wb):
    app = JobFit(wb)
    panel = _open(app, "job")
    panel.save.click()  # no title yet
    kids = list(panel.children)
    assert "job title" in panel.status.value
    assert kids.index(panel.status) == kids.index(panel.save) + 1
    panel.ad.value = "Responsibilities\n- Proofread the newsletter\n"
    panel.split.click()
    kids = list(panel.children)
    assert "Found 1 duties" in panel.status.value
    assert kids.index(panel.status) == kids.index(panel.split) + 1


def test_a_long_duty_is_shown_whole_and_its_markup_stays_text(wb):
    job = jobs.add_job(wb, "Library Assistant")
    jobs.add_duty(wb, job.id, LONG, share_pct=40, energy="drains")
    jobs.add_duty(wb, job.id, "Proofreading", share_pct=None)
    app = JobFit(wb)
    [row] = [r for r in find(_open(app, "duties"), "ck-duty-row") if r.text.value == LONG]
    assert isinstance(row.text, widgets.Textarea) and row.text.rows >= 2  # wraps, not cut
    fit = _open(app, "fit")
    key = fit.key.value
    assert "circulation desk at busy times" in key and "they need" in key  # not cut off
    assert "&lt;b&gt;what&lt;/b&gt;" in key and "<b>what</b>" not in key
    assert "1.</b>" in key and "2.</b>" in key and "share unknown" in key


def test_the_skill_scale_is_written_on_the_duties_tab(wb):
    jobs.add_job(wb, "Library Assistant")
    panel = _open(JobFit(wb), "duties")
    intro = panel.children[0].value
    assert "1 = not yet" in intro and "5 = very good" in intro


def test_the_page_style_sheet_is_loaded_with_the_page():
    css = common._css()
    assert ".ck-job-fit .ck-labelled" in css and "ck-compare td:not(:first-child)" in css
