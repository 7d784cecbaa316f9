"""Tab 5: the week as a picture, the time-weighted figures and the flags."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.ui.common import cls, esc
from coachkit.ui.job_fit.chart import week_chart_png
from coachkit.ui.job_fit.render import Panel, fit_metrics_html, flags_html, week_key_html


class FitPanel(Panel):
    def __init__(self, app) -> None:
        self.summary = cls(widgets.HTML(), "ck-fit-summary")
        self.chart = cls(widgets.Image(format="png", layout=widgets.Layout(width="100%")),
                         "ck-fit-chart")
        self.key = cls(widgets.HTML(), "ck-fit-key")
        self.metrics = widgets.HTML()
        self.flags = cls(widgets.HTML(), "ck-flags-box")
        super().__init__(app, [self.summary, self.chart, self.key, self.metrics,
                               widgets.HTML("<h3>Flags</h3>"), self.flags])

    def refresh(self) -> None:
        if self.model.job_id is None:
            self.summary.value = "<i>Save a job first (tab “The job”).</i>"
            self.chart.layout.display = "none"
            self.key.value = self.metrics.value = self.flags.value = ""
            return
        duties = self.model.lines("duty")
        report = self.model.fit_report()
        if not duties:
            self.summary.value = (f'<div class="ck-card ck-fit-empty">{esc(report.summary)}'
                                  "</div>")
            self.chart.layout.display = "none"
            self.key.value = self.metrics.value = self.flags.value = ""
            return
        self.summary.value = f'<div class="ck-card ck-summary-text">{esc(report.summary)}</div>'
        self.chart.value = week_chart_png(duties)
        self.chart.layout.display = ""
        self.key.value = week_key_html(duties)
        self.metrics.value = fit_metrics_html(report)
        self.flags.value = flags_html(report)
