"""Tab 7: after the interview, what was heard, the shares found out, the decision."""

from __future__ import annotations

from dataclasses import replace

import ipywidgets as widgets

from coachkit.analysis.job_fit import flags_beyond_summary
from coachkit.domain import vocab
from coachkit.ui.common import button, cls, esc
from coachkit.ui.job_fit.limits import labelled_text
from coachkit.ui.job_fit.render import Panel, flags_html


class AfterPanel(Panel):
    def __init__(self, app) -> None:
        self.heard = cls(widgets.VBox(), "ck-heard-list")
        self.shares = cls(widgets.VBox(), "ck-fill-shares")
        self.rate = labelled_text("Interruptions an hour they described",
                                  "ck-heard-interruptions", "e.g. 10", continuous_update=False)
        self.summary = cls(widgets.HTML(), "ck-after-summary")
        self.decision = cls(widgets.RadioButtons(
            options=[("Not decided yet", None)] + [(v, k) for k, v in vocab.DECISIONS.items()],
            layout=widgets.Layout(width="auto", max_width="100%")), "ck-decision")
        self.note = widgets.Textarea(placeholder="Why: what tipped it, what you heard, what "
                                     "you would ask for in an offer",
                                     layout=widgets.Layout(width="100%", height="90px"))
        self.decide = button("Save decision", "ck-save-decision", "save", "primary")
        self._skip = False
        super().__init__(app, [
            widgets.HTML("<span class='ck-muted'>After the interview: note what you heard, fill "
                         "in the shares you learned, and the fit is worked out again.</span>"
                         "<h3>What you heard</h3>"), self.heard,
            widgets.HTML("<h3>Shares you found out</h3>"), self.shares, self.rate,
            self.summary, widgets.HTML("<h3>Your decision</h3>"), self.decision, self.note,
            self.decide])
        self.rate.observe(self.guarded(self._rate, under=self.rate), "value")
        self.decide.on_click(self.guarded(self._decide, under=self.decide))

    def refresh(self) -> None:
        if self.model.job_id is None:
            self.heard.children = (widgets.HTML("<i>Save a job first.</i>"),)
            return
        rows = []
        for q in self.model.questions_to_hear():
            box = widgets.Textarea(value=q.heard, continuous_update=False,
                                   placeholder="What they said",
                                   layout=widgets.Layout(width="100%", height="52px"))
            box.observe(self.guarded(lambda ch, i=q.id: self._heard(i, ch["new"]),
                                     under=self.heard), "value")
            rows.append(cls(widgets.VBox([widgets.HTML(f"<b>{esc(q.text)}</b>"), box]),
                            "ck-heard-row"))
        self.heard.children = rows or (widgets.HTML("<i>No questions yet.</i>"),)
        fills = []
        for duty in self.model.lines("duty"):
            if duty.share_pct is not None:
                continue
            box = cls(widgets.Text(placeholder="% of the week", continuous_update=False,
                                   layout=widgets.Layout(width="120px", flex="0 0 auto")),
                      "ck-fill-share")
            box.observe(self.guarded(lambda ch, i=duty.id: self._share(i, ch["new"]),
                                     under=self.shares), "value")
            fills.append(widgets.HBox(
                [widgets.HTML(f"{esc(duty.text)}&nbsp;",
                              layout=widgets.Layout(flex="1 1 200px")), box],
                layout=widgets.Layout(flex_flow="row wrap", align_items="center")))
        self.shares.children = fills or (widgets.HTML("<span class='ck-muted'>Every duty has "
                                                      "a share.</span>"),)
        heard = self.model.interruptions_heard()
        self._quiet_rate("" if heard is None else f"{heard:g}")
        job = self.model.job()
        self.decision.value, self.note.value = job.decision, job.decision_note
        self._summary()

    def _quiet_rate(self, value: str) -> None:
        self._skip = True
        self.rate.value = value
        self._skip = False

    def _summary(self) -> None:
        report = self.model.fit_report()
        # Each fact once: only the flags the summary does not already state are listed.
        rest = flags_beyond_summary(report)
        listed = flags_html(replace(report, flags=rest)) if rest else ""
        self.summary.value = (f'<div class="ck-card"><b>The fit now:</b> {esc(report.summary)}'
                              f"{listed}</div>")

    def _heard(self, ask_id: int, text: str) -> None:
        self.status.ok(self.model.record_heard(ask_id, text))

    def _share(self, duty_id: int, text: str) -> None:
        message = self.model.fill_share(duty_id, text)
        self.app.stale()
        self.refresh()
        self.status.ok(message)

    def _rate(self, change) -> None:
        if self._skip:
            return
        self.status.ok(self.model.set_interruptions_heard(change["new"]))
        self.app.stale()
        self._summary()

    def _decide(self, _=None) -> None:
        self.status.ok(self.model.decide(self.decision.value, self.note.value))
        self.app.stale()
