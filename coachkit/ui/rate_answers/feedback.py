"""Tab 3: what we noticed in the answer (worked out on this computer)."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.ui.answer_render import feedback_for, findings_html, highlights_html, metrics_html
from coachkit.ui.common import button, cls, esc, reports_to
from coachkit.ui.rate_answers.render import row, slot


class FeedbackPanel(widgets.VBox):
    def __init__(self, view) -> None:
        self.view = view
        self.model = view.model
        self.header = widgets.HTML()
        self.highlights = cls(widgets.HTML(), "ck-highlights")
        self.metrics = cls(widgets.HTML(), "ck-metrics-box")
        self.findings = cls(widgets.HTML(), "ck-findings-box")
        self.check = button("Check the text in the answer box", "ck-check-draft", "search")
        self.check.on_click(reports_to(view.status)(self._check))
        self.slot = slot()
        super().__init__([self.header, row(self.check), self.slot, self.highlights,
                          self.metrics, widgets.HTML("<h3>What to work on</h3>"),
                          self.findings])
        self.clear()

    def clear(self) -> None:
        self.header.value = ('<span class="ck-muted">Save an answer (or press the button '
                             "below) to see feedback. It is worked out on this computer; "
                             "nothing is sent anywhere.</span>")
        self.highlights.value = self.metrics.value = self.findings.value = ""

    def sync(self) -> None:
        vid = self.model.version_id
        if vid is None:
            self.clear()
            return
        v = self.model.version(vid)
        self.show(v.text, f"version {v.version_no}")

    def show(self, text: str, what: str) -> None:
        target = self.model.target
        fb, problem = feedback_for(text, target.text if target else None)
        if fb is None:
            self.clear()
            self.view.status.error(problem)
            return
        self.header.value = f"<h3>Your answer, sentence by sentence ({esc(what)})</h3>"
        self.highlights.value = highlights_html(text, fb)
        self.metrics.value = metrics_html(fb)
        self.findings.value = findings_html(fb)

    def _check(self, _button=None) -> None:
        self.show(self.view.write.text.value, "draft, not saved")
        if self.highlights.value:
            self.view.status.ok("Feedback updated for the text in the answer box.")
