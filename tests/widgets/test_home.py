"""The home dashboard, driven as widgets (no browser)."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit import config
from coachkit.services import interviews, search
from coachkit.ui.home import StartHere, flow_links, start_here
from coachkit.ui.search_view import marked
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


def test_search_results_are_a_table_and_a_row_click_shows_that_result(demo_wb):
    view = StartHere(demo_wb)
    view.search.box.value = "library"
    table = view.search.table.children[0]
    hits = view.search.hits
    assert len(hits) > 2 and len(table.frame) == len(hits)
    assert set(table.frame["What"]) <= {"Interview", "Question asked", "Your answer"}
    assert f"{len(hits)} found" in view.search.results.value
    words = search.terms("library")
    assert marked(hits[0].title, words) in view.search.results.value  # the first is open
    third = next(i for i, h in enumerate(hits) if h.kind != hits[0].kind)
    table.table.selected_rows = [third]  # a click on a row of another kind
    shown = view.search.results.value
    assert marked(hits[third].title, words) in shown and "<mark>" in shown
    assert f"ck-hit-{hits[third].kind}" in shown and f"ck-hit-{hits[0].kind}" not in shown
    assert "?workbook=demo" in shown  # the link keeps the example workbook open
    assert table.export is not None and "search-results.csv" in table.export.csv.value


def test_a_search_problem_shows_under_the_search_box_not_at_the_foot(demo_wb):
    view = StartHere(demo_wb)
    view.search.box.value = "x" * 300
    assert "at most 200" in view.search_status.value
    assert view.status.value == ""
    kids = list(view.search.children)
    assert kids.index(view.search_status) == kids.index(view.search.box) + 1
