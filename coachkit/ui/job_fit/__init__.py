"""Workbook 3: weigh a job's duties against your strengths and limits, plan what to ask.

- ``model.py``: state and rules (JobFitModel: the chosen job, every action), no widgets;
- one module per tab: ``job`` (1), ``lines`` (2 duties, 3 requirements), ``limits`` (4),
  ``fit`` (5), ``asks`` (6), ``after`` (7);
- ``render.py``: HTML helpers and the Panel every tab is; ``chart.py``: the week chart.

Every field saves on its own (one service call each) and says so in a status line under
the controls it reports on. Tabs are built and filled when first opened, so the page is
ready fast and matplotlib is imported only when the fit chart is drawn.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import ipywidgets as widgets

from coachkit.services import undo
from coachkit.services.workbook import Workbook
from coachkit.ui.common import StatusLine, button, cls, reports_to
from coachkit.ui.export import ExportBar
from coachkit.ui.job_fit.after import AfterPanel
from coachkit.ui.job_fit.asks import AskRow, AsksPanel
from coachkit.ui.job_fit.chart import ENERGY_COLOURS, week_chart_png
from coachkit.ui.job_fit.fit import FitPanel
from coachkit.ui.job_fit.job import JobPanel
from coachkit.ui.job_fit.limits import LimitsPanel
from coachkit.ui.job_fit.lines import LineRow, LinesPanel
from coachkit.ui.job_fit.model import ASKS_SHOWN, JobFitModel, parse_share
from coachkit.ui.job_fit.render import (
    Panel,
    compare_html,
    compare_table,
    fit_metrics_html,
    flags_html,
    share_text,
)
from coachkit.ui.page import dashboard
from coachkit.ui.undo_button import UndoButton

__all__ = ["ASKS_SHOWN", "ENERGY_COLOURS", "TABS", "AfterPanel", "AskRow", "AsksPanel",
           "FitPanel", "JobFit", "JobFitModel", "JobPanel", "LimitsPanel", "LineRow",
           "LinesPanel", "Panel", "compare_html", "compare_table", "fit_metrics_html",
           "flags_html", "job_fit", "parse_share", "share_text", "week_chart_png"]

COMPARE_DELAY_S = 1.5
log = logging.getLogger("coachkit.ui.job_fit")

TABS = [("job", "1 · The job"), ("duties", "2 · Duties"), ("requirements", "3 · Requirements"),
        ("limits", "4 · Your limits"), ("fit", "5 · Fit"), ("asks", "6 · Questions to ask"),
        ("after", "7 · After the interview")]


class JobFit(widgets.VBox):
    """The dashboard. Tabs are built when first opened; with ``background`` the comparison
    table (which loads the scoring engine) is filled after the page is ready."""

    def __init__(self, workbook: Workbook, background: bool = False) -> None:
        self.model = JobFitModel(workbook)
        self.status = StatusLine()
        self.picker = cls(widgets.Dropdown(description="Job", layout=widgets.Layout(
            width="auto", flex="1 1 260px", max_width="640px")), "ck-job-picker")
        self.new = button("New job", "ck-new-job", "plus")
        self.delete = button("Delete job", "ck-delete-job", "trash")
        self.really = button("Yes, delete it", "ck-really-delete-job", "trash", "danger")
        self.keep = button("Keep it", "ck-keep-job")
        self.really.layout.display = self.keep.layout.display = "none"
        self.compare = cls(widgets.HTML("<span class='ck-muted'>Weighing your jobs…</span>"),
                           "ck-compare-box")
        self.compare_export = ExportBar()
        self._factories: dict[str, Callable[[], Panel]] = {
            "job": lambda: JobPanel(self), "duties": lambda: LinesPanel(self, "duty"),
            "requirements": lambda: LinesPanel(self, "requirement"),
            "limits": lambda: LimitsPanel(self), "fit": lambda: FitPanel(self),
            "asks": lambda: AsksPanel(self), "after": lambda: AfterPanel(self)}
        self.panels: dict[str, Panel] = {}
        self._slots = {name: widgets.VBox() for name in self._factories}
        self.tabs = cls(widgets.Tab(children=list(self._slots.values())), "ck-job-tabs")
        for i, (_, title) in enumerate(TABS):
            self.tabs.set_title(i, title)
        self._fresh: set[str] = set()
        self._quiet = False
        self._compare_round = 0
        self.compare_thread: threading.Thread | None = None
        self.undo_edit = cls(UndoButton(self.model.history, self.status, lambda: None),
                             "ck-undo-job")
        controls = cls(widgets.HBox([self.picker, self.new, self.delete, self.really,
                                     self.keep, self.undo_edit],
                                    layout=widgets.Layout(flex_flow="row wrap")),
                       "ck-job-controls")
        super().__init__([controls, self.status,
                          widgets.HTML("<h2>Your jobs side by side</h2>"), self.compare,
                          self.compare_export,
                          widgets.HTML("<h2>The worksheet</h2>"), self.tabs])
        run = reports_to(self.status)
        self.picker.observe(run(self._picked), "value")
        self.new.on_click(run(self._new))
        self.delete.on_click(run(self._ask_delete))
        self.really.on_click(run(self._delete))
        self.keep.on_click(run(self._keep))
        self.undo_edit.after = self.stale
        self.tabs.observe(run(lambda ch: self._show_current()), "selected_index")
        self._load_jobs(background=background)

    # what other code and the tests reach on the view
    @property
    def wb(self) -> Workbook:
        return self.model.wb

    @property
    def job_id(self) -> int | None:
        return self.model.job_id

    @job_id.setter
    def job_id(self, value: int | None) -> None:
        self.model.job_id = value

    @property
    def history(self) -> undo.EditHistory:
        return self.model.history

    def _load_jobs(self, select: int | None = None, background: bool = False) -> None:
        options = self.model.job_options()
        self._quiet = True
        self.picker.options = options
        chosen = select if select is not None else (options[0][1] if options else None)
        self.picker.value = chosen
        self._quiet = False
        self.model.job_id = chosen
        self._fresh.clear()
        self.refresh_compare(background)
        self._show_current()

    def refresh_compare(self, background: bool = False) -> None:
        self._compare_round += 1
        if not background:
            rows = self.model.compare_rows()
            self.compare.value = compare_html(rows)
            self.compare_export.refresh(compare_table(rows))
            return
        round_ = self._compare_round

        def fill() -> None:
            # Wait until Voila has sent the page: loading the scoring engine at the same
            # time would compete with it and delay the moment the dashboard is usable.
            time.sleep(COMPARE_DELAY_S)
            rows = None
            try:
                rows = self.model.compare_rows()
                html = compare_html(rows)
            except Exception:  # noqa: BLE001 - a dashboard must never show a traceback
                log.exception("comparing jobs failed")
                html = "<span class='ck-muted'>The comparison could not be made.</span>"
            if round_ == self._compare_round:  # a later edit has already redrawn it
                self.compare.value = html
                if rows is not None:
                    self.compare_export.refresh(compare_table(rows))

        self.compare_thread = threading.Thread(target=fill, daemon=True, name="ck-compare")
        self.compare_thread.start()

    def _confirming(self, on: bool) -> None:
        self.really.layout.display = self.keep.layout.display = None if on else "none"
        self.delete.layout.display = "none" if on else None

    def _ask_delete(self, _=None) -> None:
        question = self.model.delete_question_text()
        self._confirming(True)
        self.status.warn(question)

    def _keep(self, _=None) -> None:
        self._confirming(False)
        self.status.ok("Nothing was deleted.")

    def _delete(self, _=None) -> None:
        self._confirming(False)
        message = self.model.delete_job()
        self._load_jobs()
        self.status.ok(message)

    def _picked(self, change) -> None:
        self._confirming(False)
        if self._quiet:
            return
        self.model.job_id = change["new"]
        self.stale()

    def _new(self, _=None) -> None:
        self._quiet = True
        self.picker.value = None
        self._quiet = False
        self.model.job_id = None
        self.stale()
        self.show_tab("job")
        self.status.ok("Fill in the title and paste the ad, then save.")

    def job_added(self, job_id: int) -> None:
        self._load_jobs(select=job_id)

    def show_tab(self, name: str) -> None:
        index = list(self._slots).index(name)
        if self.tabs.selected_index == index:
            self._show_current()
        else:
            self.tabs.selected_index = index

    def stale(self, keep: Panel | None = None) -> None:
        """Something changed: panels refill when next shown; the open one refills now
        unless it is ``keep``, the panel that made the change and shows it already."""
        self._fresh.clear()
        self.refresh_compare()
        if keep is not None:
            self._fresh.update(name for name, panel in self.panels.items() if panel is keep)
            return
        self._show_current()

    def _show_current(self) -> None:
        name = list(self._slots)[self.tabs.selected_index or 0]
        if name not in self.panels:
            self.panels[name] = self._factories[name]()
            self._slots[name].children = (self.panels[name],)
        if name not in self._fresh:
            self._fresh.add(name)
            self.panels[name].refresh()


def job_fit(url: str | None = None) -> widgets.VBox:
    """Build the job-fit dashboard for the configured workbook (or ``url``)."""
    return dashboard("job-fit", "Weigh a job before the interview",
                     lambda wb: JobFit(wb, background=True), url,
                     "What share of the week would each duty take, what does it do to your "
                     "energy, and what must you ask before deciding?")
