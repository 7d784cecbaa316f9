"""The selected interview's questions: one row each (edit, reorder, delete, undo) and the
paste box (preview first, then save them all)."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.domain import vocab
from coachkit.ui.common import StatusLine, cls, reports_to
from coachkit.ui.interview_log.render import FULL, options, preview_html, show

PASTE_HINT = ("One question per line, as you remember it. Bullets and numbers are fine,\n"
              "so are fragments:\n- Tell me about yourself\n2. something about teamwork")


class QuestionRow(widgets.VBox):
    def __init__(self, panel: QuestionsPanel, q, number: int) -> None:
        self.panel, self.qid = panel, q.id
        # a Textarea: a question may be long, and it must be read whole to be corrected
        self.text = cls(widgets.Textarea(value=q.text, rows=2, layout=FULL), "ck-q-text")
        self.category = cls(widgets.Dropdown(
            options=[("(no category)", ""), *options(vocab.QUESTION_CATEGORIES)],
            value=q.category if q.category in vocab.QUESTION_CATEGORIES else "",
            layout=widgets.Layout(width="190px")), "ck-q-category")
        self.recall = cls(widgets.Dropdown(options=[(f"recall: {v.lower()}", k)
                                                    for k, v in vocab.RECALL.items()],
                                           value=q.recall_confidence,
                                           layout=widgets.Layout(width="150px")), "ck-q-recall")
        self.note = cls(widgets.Textarea(value=q.answer_notes, rows=1,
                                         layout=widgets.Layout(flex="1 1 240px"),
                                         placeholder="what I answered, in a few words"),
                        "ck-q-note")
        button = widgets.Layout(width="auto")
        self.save = cls(widgets.Button(description="Save", icon="save", layout=button),
                        "ck-q-save")
        self.up = cls(widgets.Button(icon="arrow-up", tooltip="Move up", layout=button),
                      "ck-q-up")
        self.down = cls(widgets.Button(icon="arrow-down", tooltip="Move down",
                                       layout=button), "ck-q-down")
        self.delete = cls(widgets.Button(icon="trash", tooltip="Delete this question",
                                         layout=button), "ck-q-delete")
        report = panel.report_for(self)
        self.save.on_click(report(self._save))
        self.up.on_click(report(lambda _b: panel.move(self.qid, -1)))
        self.down.on_click(report(lambda _b: panel.move(self.qid, +1)))
        self.delete.on_click(report(lambda _b: panel.delete(self.qid)))
        self.slot = widgets.VBox([])  # the panel's status line, after this row's buttons
        super().__init__([
            cls(widgets.HBox([widgets.HTML(f"<b>{number}.</b>"), self.text]), "ck-q-line"),
            cls(widgets.HBox([self.category, self.recall, self.note, widgets.HBox(
                [self.save, self.up, self.down, self.delete])]), "ck-q-controls"),
            self.slot,
        ])
        self.add_class("ck-question-row")

    def _save(self, _button=None) -> None:
        text, message = self.panel.model.update_question(
            self.qid, text=self.text.value, category=self.category.value,
            recall_confidence=self.recall.value, answer_notes=self.note.value)
        self.text.value = text
        self.panel.view.families_dirty()
        self.panel.status.ok(message)


class QuestionsPanel(widgets.VBox):
    def __init__(self, view) -> None:
        self.view, self.model = view, view.model
        self.status = StatusLine()
        self._at: int | None = None  # question whose row shows the status (None: the end)
        self._shown_for: int | None = None  # the interview whose questions are listed
        self.heading = widgets.HTML()
        self.rows = cls(widgets.VBox([]), "ck-question-rows")
        self.undo = cls(widgets.Button(description="Undo delete", icon="undo"), "ck-undo")
        show(self.undo, False)
        self.paste = cls(widgets.Textarea(placeholder=PASTE_HINT,
                                          layout=widgets.Layout(width="100%", height="130px")),
                         "ck-paste-text")
        self.preview_button = cls(widgets.Button(description="Preview", icon="eye"),
                                  "ck-paste-preview")
        self.save_button = cls(widgets.Button(description="Save these questions", icon="save",
                                              button_style="primary", disabled=True,
                                              layout=widgets.Layout(width="auto")),
                               "ck-paste-save")
        self.preview_out = cls(widgets.HTML(), "ck-paste-preview-out")
        self.paste_status = StatusLine()
        self.undo.on_click(reports_to(self.status)(self._undo))
        self.preview_button.on_click(reports_to(self.paste_status)(self._preview))
        self.save_button.on_click(reports_to(self.paste_status)(self._save))
        self.paste.observe(self._edited, "value")
        paste_box = cls(widgets.VBox([
            widgets.HTML("<h3>Add the questions you remember</h3>"), self.paste,
            widgets.HBox([self.preview_button, self.save_button]), self.paste_status,
            self.preview_out]),
            "ck-paste-box")
        # the undo button and the status line follow the row acted on (else: after the list)
        self.feedback = cls(widgets.HBox([self.undo, self.status]), "ck-q-feedback")
        self.end_slot = widgets.VBox([self.feedback])
        super().__init__([self.heading, self.rows, self.end_slot, paste_box])
        self.add_class("ck-questions")
        self.add_class("ck-card")

    @property
    def last_deleted(self):
        return self.model.last_deleted

    @property
    def preview(self):
        return self.model.preview

    def load(self) -> None:
        iv = self.model.current
        show(self, iv is not None)
        if iv is None:
            return
        if iv != self._shown_for:
            self._shown_for, self._at = iv, None
        listed = self.model.questions()
        self.heading.value = ("<h2>Questions they asked</h2><span class='ck-muted'>"
                              f"{len(listed)} saved. Edit any of them and press its Save."
                              "</span>")
        self.rows.children = [QuestionRow(self, q, n) for n, q in enumerate(listed, start=1)]
        self._place()

    def report_for(self, row: QuestionRow):
        """reports_to(status), with the status line moved under ``row`` first."""
        report = reports_to(self.status)

        def decorate(handler):
            def run(*args):
                self._at = row.qid
                self._place()
                return report(handler)(*args)
            return run
        return decorate

    def _place(self) -> None:
        """Put the status line (and Undo delete) under the row it speaks about."""
        rows = {r.qid: r for r in self.rows.children}
        home = rows[self._at].slot if self._at in rows else self.end_slot
        for box in [*(r.slot for r in rows.values()), self.end_slot]:
            wanted = [self.feedback] if box is home else []
            if list(box.children) != wanted:
                box.children = wanted

    def _edited(self, _change=None) -> None:
        self.model.preview = None
        self.save_button.disabled = True
        self.preview_out.value = ""

    def _preview(self, _button=None) -> None:
        preview = self.model.preview_paste(self.paste.value)
        self.preview_out.value = preview_html(preview)
        self.save_button.disabled = not preview.questions
        self.paste_status.ok(self.model.paste_message())

    def _save(self, _button=None) -> None:
        message = self.model.save_paste(self.paste.value)
        self.paste.value = ""  # clears the preview too
        self.view.changed(select=self.model.current)
        self.paste_status.ok(message)

    def move(self, qid: int, offset: int) -> None:
        message = self.model.move_question(qid, offset)
        self.load()
        self.status.ok(message)

    def delete(self, qid: int) -> None:
        ids = [r.qid for r in self.rows.children]
        at = ids.index(qid) if qid in ids else 0
        message = self.model.delete_question(qid)
        # the message shows where the question was: under the row above it
        self._at = ids[at - 1] if at > 0 else (ids[1] if len(ids) > 1 else None)
        show(self.undo, True)
        self.view.changed(select=self.model.current)
        self.status.ok(message)

    def _undo(self, _button=None) -> None:
        message = self.model.undo_delete()
        self._at = self.model.restored
        show(self.undo, False)
        self.view.changed(select=self.model.current)
        self.status.ok(message)
