"""One heading per page, and it comes first: the notebook's first markdown cell holds the
page's only level-1 heading, and the dashboard it builds adds none of its own (before, the
notebook and the dashboard each printed one, or the intro sat above the title)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import ipywidgets as widgets
import pytest

from coachkit.ui.page import dashboard

WORKBOOKS = sorted((Path(__file__).parents[2] / "workbooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: p.stem)
def test_the_first_cell_opens_with_the_pages_only_heading(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    assert cells[0]["cell_type"] == "markdown"
    first = "".join(cells[0]["source"])
    assert first.startswith("# "), first[:60]
    headings = [line for c in cells if c["cell_type"] == "markdown"
                for line in "".join(c["source"]).splitlines() if re.match(r"#\s", line)]
    assert len(headings) == 1, headings
    assert "<summary>How to use this page</summary>" in first  # the how-to is folded


def _html(widget) -> str:
    out = widget.value if isinstance(widget, widgets.HTML) else ""
    for child in getattr(widget, "children", ()):
        out += _html(child)
    return out


def test_a_dashboard_adds_no_heading_of_its_own(db_path):
    from coachkit import config

    page = dashboard("any", "A page", lambda wb: widgets.HTML("<p>the view</p>"),
                     config.url_for_path(db_path), "what it is for")
    assert "<h1" not in _html(page)
    assert "the view" in _html(page)
