"""The coach's dashboard: patterns across interviews, ratings side by side, sharing.

The same view serves the candidate and the coach; what the coach may do is decided by the
workbook's role (set by the server, never by the page) and enforced in the services.

- ``model.py``: state and rules (CoachReviewModel), no widgets;
- one module per tab (overview, presentation, answers, watchlist, share);
- ``render.py``: the HTML and small widgets the tabs share.

Tabs other than the first are built when first opened, so the page is ready fast.

Messages appear right under the controls that caused them: ``app.here(name)`` gives a tab a
status line of its own (kept across rebuilds) and the decorator that reports there.
``app.status`` holds the latest message whichever line shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

import ipywidgets as widgets

from coachkit.services.workbook import Workbook
from coachkit.ui.coach_review.answers import answers_tab
from coachkit.ui.coach_review.model import CoachReviewModel
from coachkit.ui.coach_review.overview import overview_tab
from coachkit.ui.coach_review.presentation import presentation_tab
from coachkit.ui.coach_review.render import banner_html
from coachkit.ui.coach_review.share import share_tab
from coachkit.ui.coach_review.watchlist import watchlist_tab
from coachkit.ui.common import StatusLine, reports_to
from coachkit.ui.page import dashboard

TABS = ("Overview", "Presentation", "Answers", "Watchlist", "Share and report")
BUILDERS = (overview_tab, presentation_tab, answers_tab, watchlist_tab, share_tab)


class CoachReview(widgets.VBox):
    def __init__(self, workbook: Workbook) -> None:
        self.model = CoachReviewModel(workbook)
        self.status = StatusLine()  # the latest message; shown by the line in use (here())
        self._spots: dict[str, StatusLine] = {}
        self._here = "page"
        self.page_status = self.spot("page")  # under the tabs: what no tab line took
        self.status.observe(self._echo, names="value")
        self.banner = widgets.HTML()
        self.tabs = widgets.Tab(children=[widgets.VBox() for _ in TABS], titles=TABS)
        self.tabs.add_class("ck-coach-tabs")
        self.tabs.observe(self._on_tab, names="selected_index")
        self._built: set[int] = set()
        self.run = self.reporting("page")
        super().__init__([self.banner, self.tabs, self.page_status])
        self.refresh()

    @property
    def wb(self) -> Workbook:
        return self.model.wb

    @property
    def is_coach(self) -> bool:
        return self.model.is_coach

    def spot(self, name: str) -> StatusLine:
        """The status line called ``name`` (the same widget each time a tab is rebuilt)."""
        if name not in self._spots:
            line = StatusLine()
            line.add_class(f"ck-line-{name}")
            self._spots[name] = line
        return self._spots[name]

    def reporting(self, name: str) -> Callable:
        """Wrap a handler so what it says (or what goes wrong) shows on line ``name``."""
        report = reports_to(self.status)

        def decorate(handler: Callable) -> Callable:
            checked = report(handler)

            @wraps(handler)
            def run(*args, **kwargs):
                self._here = name
                self.status.value = ""
                return checked(*args, **kwargs)
            return run

        return decorate

    def here(self, name: str) -> tuple[Callable, StatusLine]:
        """The decorator for a tab's controls and the line to place right under them."""
        return self.reporting(name), self.spot(name)

    def _echo(self, change) -> None:
        for name, line in self._spots.items():
            line.value = change["new"] if name == self._here else ""

    def refresh(self) -> None:
        """Rebuild the open tab (others rebuild when next opened)."""
        self.banner.value = banner_html(self.wb.role, self.model.role_text)
        self._built.clear()
        self._build(self.tabs.selected_index or 0)

    def _on_tab(self, change) -> None:
        self.run(self._build)(change["new"])

    def _build(self, index: int | None) -> None:
        if index is None or index in self._built:
            return
        box = self.tabs.children[index]
        box.children = BUILDERS[index](self.model, self)
        box.add_class(f"ck-coach-tab-{index}")
        self._built.add(index)


def coach_review(url: str | None = None) -> widgets.VBox:
    """Build the coach dashboard for the configured workbook (or ``url``)."""
    return dashboard("coach-review", "Review with a coach", CoachReview, url)
