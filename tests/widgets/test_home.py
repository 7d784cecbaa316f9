"""The home dashboard, driven as widgets (no browser)."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit import config
from coachkit.services import interviews
from coachkit.ui.home import StartHere, flow_links, start_here
from tests.widgets.helpers import find as _find


def test_home_says_which_file_is_open_and_what_is_in_it(demo_wb):
    view = StartHere(demo_wb)
    assert demo_wb.location in view.where.value
    assert "example workbook" in view.where.value
    assert "<b>4</b>Interviews" in view.counts.value
    assert "<b>19</b>Questions" in view.counts.value


def test_home_counts_follow_the_workbook(wb):
    view = StartHere(wb)
    assert "<b>0</b>Interviews" in view.counts.value
    interviews.log_interview(wb, organisation="Cedar Falls Library")
    view.refresh()
    assert "<b>1</b>Interviews" in view.counts.value
    assert "your workbook" in view.where.value


def test_the_example_button_opens_the_example_without_touching_the_users_workbook(wb):
    interviews.log_interview(wb, organisation="My own interview")
    view = StartHere(wb)
    view.demo_button.click()
    assert "<b>4</b>Interviews" in view.counts.value
    assert str(config.demo_db_path()) in view.where.value
    assert "example workbook is open" in view.status.value
    again = StartHere(type(wb)(wb.url))
    assert "<b>1</b>Interviews" in again.counts.value


def test_flow_links_keep_the_example_and_mark_missing_notebooks(tmp_path):
    (tmp_path / "01_interview_log.ipynb").write_text("{}")
    html = flow_links(demo=True, folder=tmp_path)
    assert 'href="01_interview_log.ipynb?workbook=demo"' in html
    assert "coming next" in html  # notebooks that are not there yet say so
    assert "?workbook=demo" not in flow_links(demo=False, folder=tmp_path)


def test_a_workbook_that_cannot_open_shows_a_message_not_a_traceback(tmp_path):
    bad = tmp_path / "cover-letter.sqlite"
    bad.write_text("Dear hiring manager")
    view = start_here(config.url_for_path(bad))
    panels = _find(view, "ck-error-panel")
    assert len(panels) == 1
    assert "not a coachkit workbook" in panels[0].value
    assert "Traceback" not in panels[0].value
    assert "ck-ready" in view._dom_classes
    assert bad.read_text() == "Dear hiring manager"


def test_a_file_name_with_markup_is_shown_as_text(tmp_path):
    odd = tmp_path / "<img src=x onerror=alert(1)>"
    odd.mkdir()
    path = odd / "wb.sqlite"
    from coachkit.services.workbook import open_workbook

    wb = open_workbook(config.url_for_path(path))
    view = StartHere(wb)
    assert "<img" not in view.where.value
    assert "&lt;img src=x onerror=alert(1)&gt;" in view.where.value
    wb.close()


def test_start_here_builds_a_ready_root(private_data_dir):
    view = start_here()
    assert isinstance(view, widgets.VBox)
    assert {"ck-root", "ck-home", "ck-ready"} <= set(view._dom_classes)
