"""Import interviews and questions from a CSV or Excel file: choose, preview, then save.

Nothing is saved until the user presses Save, and then every good row is saved in one
transaction (services.table_import); each bad row is listed with what is wrong with it.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from coachkit.domain import vocab
from coachkit.services import table_import
from coachkit.services.workbook import Workbook
from coachkit.ui.common import StatusLine, esc, reports_to

PREVIEW_ROWS = 15
PROBLEMS_SHOWN = 30


def preview_html(preview: table_import.ImportPreview) -> str:
    parts = [f"<div class='ck-import-summary'><b>{esc(preview.file_name)}</b>: "
             f"{len(preview.rows)} good row(s), {preview.interviews} interview(s), "
             f"{preview.questions} question(s); {len(preview.problems)} row(s) with a "
             "problem.</div>"]
    if preview.ignored_columns:
        parts.append("<div class='ck-muted'>Columns not used: "
                     f"{esc(', '.join(preview.ignored_columns))}.</div>")
    if preview.rows:
        body = "".join(
            f"<tr><td>{r.line}</td><td>{esc(r.interview['organisation'])}</td>"
            f"<td>{esc(r.interview.get('role_title', ''))}</td>"
            f"<td>{esc(r.interview.get('interview_date') or '')}</td>"
            f"<td>{esc(vocab.OUTCOMES.get(r.interview.get('outcome', ''), ''))}</td>"
            f"<td>{esc(r.question['text'] if r.question else '')}</td></tr>"
            for r in preview.rows[:PREVIEW_ROWS])
        more = (f"<div class='ck-muted'>and {len(preview.rows) - PREVIEW_ROWS} more good "
                "row(s).</div>" if len(preview.rows) > PREVIEW_ROWS else "")
        parts.append("<table class='ck-table ck-import-table'><tr><th>Row</th>"
                     "<th>Organisation</th><th>Role</th><th>Date</th><th>Outcome</th>"
                     f"<th>Question</th></tr>{body}</table>{more}")
    return "".join(parts)


def problems_html(preview: table_import.ImportPreview) -> str:
    if not preview.problems:
        return ""
    items = "".join(f"<li>Row {line}: {esc(message)}</li>"
                    for line, message in preview.problems[:PROBLEMS_SHOWN])
    more = (f"<li>and {len(preview.problems) - PROBLEMS_SHOWN} more.</li>"
            if len(preview.problems) > PROBLEMS_SHOWN else "")
    return ("<div class='ck-error'>These rows will not be imported (fix them in your file "
            f"and load it again to add them):<ul class='ck-import-problems'>{items}{more}"
            "</ul></div>")


class ImportPanel(widgets.VBox):
    def __init__(self, wb: Workbook, saved: Callable[[], None]) -> None:
        self.wb, self.saved = wb, saved
        self.preview: table_import.ImportPreview | None = None
        self.status = StatusLine()
        self.status.add_class("ck-import-status")
        self.upload = widgets.FileUpload(accept=".csv,.xlsx,.txt", multiple=False,
                                         description="Choose a file")
        self.upload.add_class("ck-import-upload")
        self.shown = widgets.HTML()
        self.shown.add_class("ck-import-preview")
        self.problems = widgets.HTML()
        self.problems.add_class("ck-import-errors")
        self.save = widgets.Button(description="Save", icon="check", button_style="primary",
                                   disabled=True, layout=widgets.Layout(width="auto"))
        self.save.add_class("ck-import-save")
        self.cancel = widgets.Button(description="Forget this file", disabled=True,
                                     layout=widgets.Layout(width="auto"))
        report = reports_to(self.status)
        self.upload.observe(report(self._chosen), "value")
        self.save.on_click(report(self._save))
        self.cancel.on_click(report(lambda _b: self._clear()))
        super().__init__([
            widgets.HTML("<span class='ck-muted'>One row per question, with the interview's "
                         "columns on each row: <i>organisation</i> (required), <i>role</i>, "
                         "<i>date</i> (YYYY-MM-DD), <i>stage</i>, <i>format</i>, "
                         "<i>outcome</i>, <i>question</i>, <i>category</i>. You see what "
                         "would be saved first.</span>"),
            self.upload, self.status, self.shown, self.problems,
            widgets.HBox([self.save, self.cancel])])
        self.add_class("ck-import")

    def _chosen(self, change) -> None:
        files = change["new"]
        if not files:
            return
        chosen = files[0]
        self._clear(keep_upload=True)
        self.load(chosen["name"], bytes(chosen["content"]))

    def load(self, file_name: str, content: bytes) -> None:
        """Read and check a file; show what would be saved and what is wrong."""
        try:
            self.preview = table_import.preview_import(file_name, content)
        except table_import.BadImportFile as exc:
            self._clear(keep_upload=True)
            self.status.error(exc.message)
            return
        self.shown.value = preview_html(self.preview)
        self.problems.value = problems_html(self.preview)
        good = len(self.preview.rows)
        self.save.disabled = good == 0
        self.cancel.disabled = False
        self.save.description = (f"Save {good} row(s)" if not self.preview.problems else
                                 f"Save the {good} good row(s), skip "
                                 f"{len(self.preview.problems)}")
        if good:
            self.status.ok("Nothing is saved yet: check the preview, then press Save.")
        else:
            self.status.error("No row can be imported: see what is wrong below.")

    def _save(self, _button=None) -> None:
        if self.preview is None:
            return
        interviews, questions = table_import.save_import(self.wb, self.preview)
        name = self.preview.file_name
        self._clear()
        self.status.ok(f"Saved from {name}: {interviews} new interview(s), {questions} "
                       "question(s).")
        self.saved()

    def _clear(self, keep_upload: bool = False) -> None:
        self.preview = None
        self.shown.value = self.problems.value = ""
        self.save.disabled = self.cancel.disabled = True
        self.save.description = "Save"
        self.status.value = ""
        if not keep_upload and self.upload.value:
            self.upload.value = ()
