"""The interview form: a new interview, or the selected one to edit (with undo)."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.domain import vocab
from coachkit.domain.records import InterviewRecord
from coachkit.ui.common import StatusLine, cls, esc, reports_to
from coachkit.ui.interview_log.model import DateNeedsConfirmation, minutes
from coachkit.ui.interview_log.render import FULL, WIDE, options, show
from coachkit.ui.undo_button import UndoButton

CONNECTION = [("not noted", None), ("1 · no connection at all", 1), ("2 · little spark", 2),
              ("3 · polite, neutral", 3), ("4 · good rapport", 4), ("5 · real connection", 5)]


class InterviewForm(widgets.VBox):
    def __init__(self, view) -> None:
        self.view = view
        self.organisation = widgets.Text(description="Organisation", style=WIDE, layout=FULL)
        self.role = widgets.Text(description="Role", style=WIDE, layout=FULL)
        self.date = cls(widgets.DatePicker(description="Date", style=WIDE), "ck-iv-date")
        self.stage = widgets.Dropdown(description="Stage", options=options(vocab.STAGES),
                                      value="first", style=WIDE)
        self.format = widgets.Dropdown(description="Format", options=options(vocab.FORMATS),
                                       value="in_person", style=WIDE)
        self.interviewers = widgets.Text(description="Interviewers", style=WIDE, layout=FULL,
                                         placeholder="optional: names or roles")
        self.length = widgets.Text(description="Length (minutes)", style=WIDE,
                                   placeholder="e.g. 45")
        self.connection = widgets.Dropdown(description="Connection", options=CONNECTION,
                                           value=None, style=WIDE)
        self.connection_note = widgets.Text(description="How it felt", style=WIDE, layout=FULL,
                                            placeholder="e.g. there wasn't any spark")
        self.outcome = widgets.Dropdown(description="Outcome", value="waiting", style=WIDE,
                                        options=options(vocab.OUTCOMES))
        self.regret = widgets.Checkbox(description="They said they regret not hiring me",
                                       indent=False)
        self.feedback = widgets.Textarea(description="Feedback heard", style=WIDE,
                                         layout=widgets.Layout(width="100%", height="70px"),
                                         placeholder="anything you heard later")
        self.confirm_date = cls(widgets.Checkbox(description="Yes, this date is right",
                                                 indent=False), "ck-confirm-date")
        show(self.confirm_date, False)
        self.save = cls(widgets.Button(description="Save interview", icon="save",
                                       button_style="primary"), "ck-iv-save")
        self.heading = widgets.HTML("<h2>New interview</h2>")
        self.organisation.add_class("ck-iv-org")
        self.role.add_class("ck-iv-role")
        self.date.observe(lambda _c: setattr(self.confirm_date, "value", False), "value")
        self.status = StatusLine()
        self.save.on_click(reports_to(self.status)(self._save))
        pair = widgets.Layout(grid_template_columns="1fr 1fr", width="100%")
        super().__init__([
            self.heading, self.organisation, self.role,
            cls(widgets.GridBox([self.date, self.length, self.stage, self.format,
                                 self.connection, self.outcome], layout=pair), "ck-iv-grid"),
            self.interviewers, self.connection_note, self.regret, self.feedback,
            widgets.HBox([self.save, self.confirm_date, UndoButton(
                view.history, self.status, lambda: view.changed(select=view.current))],
                layout=widgets.Layout(flex_flow="wrap")), self.status,
        ])
        self.add_class("ck-interview-form")
        self.add_class("ck-card")

    def load(self, iv: InterviewRecord | None) -> None:
        self.heading.value = ("<h2>New interview</h2>" if iv is None else
                              f"<h2>Interview with {esc(iv.organisation)}</h2>")
        self.organisation.value = iv.organisation if iv else ""
        self.role.value = iv.role_title if iv else ""
        self.date.value = iv.interview_date if iv else None
        self.stage.value = iv.stage if iv else "first"
        self.format.value = iv.format if iv else "in_person"
        self.interviewers.value = iv.interviewers if iv else ""
        self.length.value = str(iv.length_minutes) if iv and iv.length_minutes is not None else ""
        self.connection.value = iv.connection if iv else None
        self.connection_note.value = iv.connection_note if iv else ""
        self.outcome.value = iv.outcome if iv else "waiting"
        self.regret.value = bool(iv and iv.regret_heard)
        self.feedback.value = iv.feedback if iv else ""
        self.confirm_date.value = False
        show(self.confirm_date, False)

    def _minutes(self) -> int | None:
        return minutes(self.length.value)

    def fields(self) -> dict:
        return dict(organisation=self.organisation.value, role_title=self.role.value,
                    interview_date=self.date.value, stage=self.stage.value,
                    format=self.format.value, interviewers=self.interviewers.value,
                    length_minutes=self._minutes(), connection=self.connection.value,
                    connection_note=self.connection_note.value, outcome=self.outcome.value,
                    regret_heard=self.regret.value, feedback=self.feedback.value)

    def _save(self, _button=None) -> None:
        model = self.view.model
        try:
            message = model.save_interview(self.fields(), self.confirm_date.value)
        except DateNeedsConfirmation as exc:
            show(self.confirm_date, True)
            self.status.error(model.date_message(exc))
            return
        show(self.confirm_date, False)
        self.view.changed(select=model.current)
        self.status.ok(message)
