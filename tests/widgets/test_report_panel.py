"""The report button: busy while the report is written, the result right under it."""

from __future__ import annotations

from coachkit import config
from coachkit.services import report
from coachkit.ui.coach_review import CoachReview
from coachkit.ui.report_panel import ReportPanel
from tests.widgets.test_coach_review import one, open_tab


def test_the_button_is_busy_while_writing_and_the_result_shows_under_it(demo_wb,
                                                                         monkeypatch):
    view = CoachReview(demo_wb)
    panel = one(open_tab(view, "Share and report"), "ck-report-panel")
    assert isinstance(panel, ReportPanel)
    assert panel.candidate.value == "Robin Ashby" and panel.coach.value == "Dana Whitfield"
    seen = {}
    real = report.write_report

    def watching(*args, **kwargs):
        seen.update(disabled=panel.button.disabled, busy=panel.busy.value,
                    label=panel.button.description)
        return real(*args, **kwargs)

    monkeypatch.setattr(report, "write_report", watching)
    panel.candidate.value = "Robin A."
    panel.button.click()
    assert seen["disabled"] and "Writing the report" in seen["busy"]
    assert seen["label"] == "Writing…"
    assert not panel.button.disabled and panel.busy.value == ""
    # the result sits right under the button, not at the foot of the tab
    assert panel.children.index(panel.result) == len(panel.children) - 1
    result = panel.result.value
    assert "The report is ready" in result and "application/pdf" in result
    assert "Tell me about yourself" in result  # the first of the three things
    assert "Session report written." in view.status.value
    written = sorted(config.data_dir().glob("coaching-report-*.html"))[-1]
    assert "Robin A." in written.read_text()


def test_a_failure_leaves_the_button_usable_and_says_so(demo_wb, monkeypatch):
    panel = ReportPanel(demo_wb, status := CoachReview(demo_wb).status)

    def broken(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(report, "write_report", broken)
    panel.button.click()
    assert not panel.button.disabled and panel.busy.value == ""
    assert "Something went wrong" in status.value and "Traceback" not in status.value
