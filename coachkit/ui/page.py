"""The frame every dashboard page is built in (`dashboard`): which workbook is open, then
the page's view, or one clear page when the workbook cannot be opened or is damaged.

Apart from `ui.common` (the small shared widgets) so that the pages it shows
(`broken_workbook`, `workbook_banner`) can use `ui.common` without an import cycle."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from coachkit.domain.errors import CoachkitError
from coachkit.services.choice import chosen_url
from coachkit.services.workbook import damage, open_workbook
from coachkit.ui.broken_workbook import broken_workbook_page
from coachkit.ui.common import error_panel, esc, root
from coachkit.ui.workbook_banner import WorkbookBanner


def dashboard(name: str, heading: str, build: Callable, url: str | None = None,
              subtitle: str = "") -> widgets.VBox:
    """The frame every notebook shows: which workbook is open, then
    ``build(workbook)`` on the workbook the page asks for (``url``, else `choice.chosen_url`:
    ``?workbook=demo`` in Voila, the home page's choice in JupyterLab, or the configured one),
    or a plain message when that workbook cannot be opened, or one clear page when the
    workbook file is damaged. The root is marked ``ck-ready`` either way."""
    url = url or chosen_url()
    path, problems = damage(url)
    which: list[widgets.Widget] = []
    try:
        if problems:  # one clear page instead of a database error on every read
            view: widgets.Widget = broken_workbook_page(path, problems)
        else:
            wb = open_workbook(url)
            which = [WorkbookBanner(wb)]  # which workbook is open, on every page
            view = build(wb)
    except CoachkitError as exc:
        view = error_panel(exc.message)
    # The page's one heading and its intro are the notebook's first markdown cell (so they
    # come first in Voila and in JupyterLab alike); `heading` and `subtitle` name the page
    # for code that builds it outside a notebook, as a hidden label.
    label = widgets.HTML(f'<span class="ck-page-name">{esc(heading)}'
                         f'{": " + esc(subtitle) if subtitle else ""}</span>')
    label.add_class("ck-page-name")
    label.layout.display = "none"
    return root([label, *which, view], name)
