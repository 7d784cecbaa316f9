"""The coach's dashboard: patterns across interviews, ratings side by side, sharing.

The same view serves the candidate and the coach; what the coach may do is decided by the
workbook's role (set by the server, never by the page) and enforced in the services.

- ``model.py``: state and rules (CoachReviewModel), no widgets;
- one module per tab (overview, presentation, answers, watchlist, share);
- ``render.py``: the HTML and small widgets the tabs share.

Tabs other than the first are built when first opened, so the page is ready fast.
"""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.services.workbook import Workbook
from coachkit.ui.coach_review.answers import answers_tab
from coachkit.ui.coach_review.model import CoachReviewModel
from coachkit.ui.coach_review.overview import overview_tab
from coachkit.ui.coach_review.presentation import presentation_tab
from coachkit.ui.coach_review.render import banner_html
from coachkit.ui.coach_review.share import share_tab
from coachkit.ui.coach_review.watchlist import watchlist_tab
from coachkit.ui.common import StatusLine, dashboard, reports_to

TABS = ("Overview", "Presentation", "Answers", "Watchlist", "Share and report")
BUILDERS = (overview_tab, presentation_tab, answers_tab, watchlist_tab, share_tab)


class CoachReview(widgets.VBox):
    def __init__(self, workbook: Workbook) -> None:
        self.model = CoachReviewModel(workbook)
        self.status = StatusLine()
        self.banner = widgets.HTML()
        self.tabs = widgets.Tab(children=[widgets.VBox() for _ in TABS], titles=TABS)
        self.tabs.add_class("ck-coach-tabs")
        self.tabs.observe(self._on_tab, names="selected_index")
        self._built: set[int] = set()
        self.run = reports_to(self.status)
        super().__init__([self.banner, self.tabs, self.status])
        self.refresh()

    @property
    def wb(self) -> Workbook:
        return self.model.wb

    @property
    def is_coach(self) -> bool:
        return self.model.is_coach

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
