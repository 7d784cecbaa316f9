"""Workbook 2: pick a question, write and rewrite the answer, get feedback, rate it against
the rubric (alone or with a coach), and practise the weak ones.

- ``model.py``: state and rules (RateAnswersModel, Target), no widgets;
- one module per tab: pick, write, feedback, rate, calibration, practise, progress;
- ``render.py``: the page's HTML pieces and small widget helpers (the diff, highlights,
  feedback, rubric table and charts come from ``coachkit.ui.answer_render``).

Heavy work waits until it is needed: the question grouping runs in the background after
the page is ready, and tabs are built (charts drawn) when first opened. The status line
moves to the open tab, directly under the controls it reports on.
"""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.services.workbook import Workbook
from coachkit.ui.common import StatusLine, cls, reports_to
from coachkit.ui.page import dashboard
from coachkit.ui.rate_answers.calibration import CalibrationPanel
from coachkit.ui.rate_answers.feedback import FeedbackPanel
from coachkit.ui.rate_answers.model import RateAnswersModel, Said, Target
from coachkit.ui.rate_answers.pick import RESEND_AFTER, START_PAUSE, PickPanel
from coachkit.ui.rate_answers.practise import SELF_LEVELS, PracticePanel
from coachkit.ui.rate_answers.progress import ProgressPanel
from coachkit.ui.rate_answers.rate import RatePanel
from coachkit.ui.rate_answers.render import current_html, slot
from coachkit.ui.rate_answers.write import STAR_PROMPTS, WritePanel

__all__ = ["RESEND_AFTER", "SELF_LEVELS", "STAR_PROMPTS", "START_PAUSE", "CalibrationPanel",
           "FeedbackPanel", "PickPanel", "PracticePanel", "ProgressPanel", "RateAnswers",
           "RateAnswersModel", "RatePanel", "Target", "WritePanel", "rate_answers"]

class RateAnswers(widgets.VBox):
    TABS = ("1 · Pick a question", "2 · Write", "3 · Feedback", "4 · Rate",
            "5 · Self vs coach", "6 · Practise", "7 · Progress")
    PANELS = (PickPanel, WritePanel, FeedbackPanel, RatePanel, CalibrationPanel,
              PracticePanel, ProgressPanel)
    NAMES = ("pick", "write", "feedback", "rate", "calibration", "practise", "progress")

    def __init__(self, wb: Workbook, *, background: bool = True) -> None:
        self.model = RateAnswersModel(wb)
        self.status = StatusLine()
        self.current = cls(widgets.HTML(current_html(None)), "ck-current-question")
        self.top_slot = slot()  # the status line on tabs without controls of their own
        self._status_at = self.top_slot
        # Tabs are filled when first opened: the page is ready sooner with fewer widgets.
        self._built: dict[int, widgets.Widget] = {}
        self.tabs = cls(widgets.Tab(children=[widgets.VBox() for _ in self.TABS],
                                    titles=self.TABS, selected_index=0), "ck-tabs")
        self.tabs.observe(reports_to(self.status)(self._on_tab), "selected_index")
        super().__init__([self.current, self.top_slot, self.tabs])
        if background:
            self.pick.start_background()
        else:
            self.pick.load_families()
        self.place_status(self.pick.slot)

    wb = property(lambda self: self.model.wb)
    rubric = property(lambda self: self.model.rubric)
    target = property(lambda self: self.model.target)
    answer_id = property(lambda self: self.model.answer_id)
    version_id = property(lambda self: self.model.version_id)

    def _panel(self, index: int):
        panel = self._built.get(index)
        if panel is None:
            panel = self._built[index] = self.PANELS[index](self)
            panel.add_class(f"ck-panel-{self.NAMES[index]}")
            self.tabs.children[index].children = [panel]
            if hasattr(panel, "sync"):
                panel.sync()
        return panel

    pick = property(lambda self: self._panel(0))
    write = property(lambda self: self._panel(1))
    feedback = property(lambda self: self._panel(2))
    rate = property(lambda self: self._panel(3))
    calibration = property(lambda self: self._panel(4))
    practice = property(lambda self: self._panel(5))
    progress = property(lambda self: self._panel(6))

    # ------------------------------------------------------------ status line
    def place_status(self, where: widgets.Box) -> None:
        """Show the status line in ``where`` (one place at a time)."""
        if self._status_at is not where:
            self._status_at.children = ()
            where.children = (self.status,)
            self._status_at = where

    def _slot_of(self, index: int | None) -> widgets.Box:
        panel = self._built.get(index or 0)
        return getattr(panel, "slot", None) or self.top_slot

    def say(self, said: Said) -> None:
        self.place_status(self._slot_of(self.tabs.selected_index))
        (self.status.warn if said.warn else self.status.ok)(said.text)

    # ----------------------------------------------------------------- actions
    def _sync_built(self, *indexes: int) -> None:
        for index in indexes:
            if index in self._built:
                self._built[index].sync()

    def require_target(self) -> Target:
        return self.model.require_target()

    def select(self, target: Target | None) -> None:
        said = self.model.select(target)
        self.current.value = current_html(self.model.target)
        self._sync_built(1, 2, 3)
        self.tabs.selected_index = 1
        self.say(said)

    def after_save(self) -> None:
        """A new version was saved: the Feedback and Rate tabs show it."""
        self._sync_built(2, 3)

    def _on_tab(self, change) -> None:
        if change["new"] is None:
            return
        self.status.value = ""  # a message belongs to the tab (and controls) it came from
        panel = self._panel(change["new"])
        if hasattr(panel, "refresh") and change["new"] >= 4:
            panel.refresh()
        self.place_status(self._slot_of(change["new"]))

def rate_answers(url: str | None = None, *, background: bool = True) -> widgets.VBox:
    """Build workbook 2 for the configured workbook (or `url`)."""
    return dashboard("rate-answers", "Rate and practise your answers",
                     lambda wb: RateAnswers(wb, background=background), url,
                     "Pick a question, write your answer, see what works, rate it on a clear "
                     "scale, and practise the weak ones until they are strong.")
