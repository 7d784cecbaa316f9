"""Tab 7: each criterion over time, and the five weakest recurring questions."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.ui.answer_render import draw_progress, weakest_html, weakest_table
from coachkit.ui.common import cls
from coachkit.ui.export import ExportBar
from coachkit.ui.rate_answers.render import chart, chart_box, muted


class ProgressPanel(widgets.VBox):
    def __init__(self, view) -> None:
        self.view = view
        self.model = view.model
        self.chart = cls(widgets.Image(format="png", layout=widgets.Layout(
            max_width="100%", display="none")), "ck-progress-chart")
        self.note = widgets.HTML()
        self.weakest = cls(widgets.HTML(), "ck-weakest")
        self.weakest_export = ExportBar()
        super().__init__([widgets.HTML("<h3>Each criterion over time</h3>"), self.note,
                          chart_box(self.chart), widgets.HTML("<h3>Five weakest recurring questions"
                                                   "</h3>"), self.weakest,
                          self.weakest_export])

    def refresh(self) -> None:
        ratings = self.model.all_ratings()
        if not ratings:
            self.note.value = muted("Rate a few answers and your progress shows here.")
            self.chart.layout.display = "none"
        else:
            self.note.value = muted("Solid: your own ratings; dashed: your coach's.")
            self.chart.value = chart(lambda fig: draw_progress(fig, ratings, self.model.rubric))
            self.chart.layout.display = None
        self.view.pick.load_families()
        weak = self.model.weakest()
        self.weakest.value = weakest_html(weak)
        self.weakest_export.refresh(weakest_table(weak))
