"""Workbook 1: log an interview, reconstruct its questions, see which questions recur.

- ``model.py``: state and rules (InterviewLogModel), no widgets;
- ``listing.py``: the list of interviews (filters, new, delete);
- ``form.py``: the interview form; ``questions.py``: the selected interview's questions and
  the paste box; ``recurring.py``: the *Recurring questions* tab;
- ``render.py``: the HTML, the chart and the small helpers the parts share.

Every edit is one model call (its own transaction) and every callback reports to the
status line under the controls it belongs to; user text is shown in input widgets or
escaped. The questions panel is built once an interview is chosen, and the grouping engine
and matplotlib load only when the *Recurring questions* tab is first opened.
"""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.services.workbook import Workbook
from coachkit.ui.common import StatusLine, cls, reports_to
from coachkit.ui.import_panel import ImportPanel
from coachkit.ui.interview_log.form import CONNECTION, InterviewForm
from coachkit.ui.interview_log.listing import InterviewList
from coachkit.ui.interview_log.model import CHART_TOP, PICK_TOP, TABLE_TOP, InterviewLogModel
from coachkit.ui.interview_log.questions import PASTE_HINT, QuestionRow, QuestionsPanel
from coachkit.ui.interview_log.recurring import RecurringPanel
from coachkit.ui.interview_log.render import (
    _chart,
    chart_png,
    download_link,
    draw_families,
    families_html,
    interview_label,
    preview_html,
)
from coachkit.ui.page import dashboard

__all__ = ["CHART_TOP", "CONNECTION", "PASTE_HINT", "PICK_TOP", "TABLE_TOP", "InterviewForm",
           "InterviewLog", "InterviewLogModel", "QuestionRow", "QuestionsPanel",
           "RecurringPanel", "_chart", "chart_png", "download_link", "draw_families",
           "families_html", "interview_label", "interview_log", "preview_html"]


class InterviewLog(widgets.VBox):
    def __init__(self, workbook: Workbook) -> None:
        self.model = InterviewLogModel(workbook)
        self.interview_list = InterviewList(self)
        for name in ("status", "org_filter", "outcome_filter", "listing", "listing_export",
                     "new", "delete", "confirm_text", "confirm_yes", "confirm_no", "confirm"):
            setattr(self, name, getattr(self.interview_list, name))
        self.importer = ImportPanel(self.wb, saved=lambda: self.changed(select=None))
        self.import_box = cls(widgets.Accordion([self.importer]), "ck-import-box")
        self.import_box.set_title(0, "Import interviews and questions from a CSV or Excel file")
        self.import_box.selected_index = None
        self.form = InterviewForm(self)
        self.questions: QuestionsPanel | None = None  # built once an interview is chosen
        self.questions_slot = widgets.VBox([])
        self.recurring: RecurringPanel | None = None  # built when its tab is first opened
        self.tab_status = StatusLine()  # a failure while the tab opens shows on that tab
        self.recurring_tab = widgets.VBox([widgets.HTML(
            "<span class='ck-muted'>Grouping your questions by what they ask…</span>"),
            self.tab_status])
        log_tab = widgets.VBox([self.interview_list, self.form, self.questions_slot,
                                self.import_box])
        self.tabs = cls(widgets.Tab([log_tab, self.recurring_tab]), "ck-log-tabs",
                        "ck-wide-tabs")
        self.tabs.set_title(0, "Interviews and questions")
        self.tabs.set_title(1, "Recurring questions")
        self.tabs.observe(self._on_tab, "selected_index")
        super().__init__([self.tabs])
        self.add_class("ck-log-view")
        self.fill_list()
        self.select(None)

    @property
    def wb(self) -> Workbook:
        return self.model.wb

    @property
    def history(self):
        return self.model.history

    @property
    def current(self) -> int | None:
        return self.model.current

    @current.setter
    def current(self, value: int | None) -> None:
        self.model.current = value

    def fill_list(self) -> None:
        self.interview_list.fill()

    def select(self, interview_id: int | None) -> None:
        """Show one interview in the form and its questions (None: a blank form)."""
        self.current = interview_id
        self.interview_list.show_selected()
        self.form.load(self.model.interview())
        if self.questions is None and interview_id is not None:
            self.questions = QuestionsPanel(self)
            self.questions_slot.children = [self.questions]
        if self.questions is not None:
            self.questions.load()

    def changed(self, select: int | None) -> None:
        """After any edit: the list, the selection and (later) the families follow."""
        self.current = select
        self.fill_list()
        self.select(select)
        self.families_dirty()

    def families_dirty(self) -> None:
        self.model.families_stale = True
        if self.recurring is not None and self.tabs.selected_index == 1:
            self.recurring.refresh()

    def _on_tab(self, change) -> None:
        status = self.recurring.status if self.recurring is not None else self.tab_status
        reports_to(status)(self._tab)(change)

    def _tab(self, change) -> None:
        if change["new"] != 1:
            return
        if self.recurring is None:
            self.recurring = RecurringPanel(self)
            self.recurring.refresh()
            self.recurring_tab.children = [self.recurring]
        elif self.recurring.dirty:
            self.recurring.status.ok("Grouping your questions by what they ask…")
            self.recurring.refresh()
            self.recurring.status.value = ""


def interview_log(url: str | None = None) -> widgets.VBox:
    """Build the interview log for the workbook the page asks for (``?workbook=demo``)."""
    return dashboard("interview-log", "Interview log", InterviewLog, url,
                     "Write down what happened and what they asked, while it is fresh.")

