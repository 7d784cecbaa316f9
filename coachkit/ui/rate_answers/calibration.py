"""Tab 5: your rating beside your coach's, and whether the gap closes over time."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.ui.answer_render import calibration_points, draw_calibration
from coachkit.ui.common import cls
from coachkit.ui.rate_answers.render import chart, chart_box, muted, self_coach_html


class CalibrationPanel(widgets.VBox):
    def __init__(self, view) -> None:
        self.view = view
        self.model = view.model
        self.table = cls(widgets.HTML(), "ck-self-vs-coach")
        self.chart = cls(widgets.Image(format="png", layout=widgets.Layout(
            max_width="100%", display="none")), "ck-calibration-chart")
        self.note = widgets.HTML()
        super().__init__([widgets.HTML("<h3>This version: you and your coach</h3>"),
                          self.table, widgets.HTML("<h3>Are you learning to judge your "
                                                   "own answers?</h3>"), self.note,
                          chart_box(self.chart)])

    def refresh(self) -> None:
        self.table.value = self._table()
        points = calibration_points(self.model.all_ratings())
        if not points:
            self.note.value = muted("The chart appears once a coach has rated an answer you "
                                    "rated too.")
            self.chart.layout.display = "none"
            return
        self.note.value = muted("Above the line you rated yourself higher than your coach "
                                "did; below it, lower. Closer to the line means you judge "
                                "your answers as a coach would.")
        self.chart.value = chart(lambda fig: draw_calibration(fig, points))
        self.chart.layout.display = None

    def _table(self) -> str:
        if self.model.version_id is None:
            return muted("Pick a question and save an answer first.")
        rows, names = self.model.self_and_coach()
        if not rows:
            return muted("No coach has rated this version yet. A coach rates it in the Rate "
                         "tab with “I am the coach”.")
        return self_coach_html(rows, names)
