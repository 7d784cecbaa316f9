"""The session report's part of the coach dashboard: names, one button that says it is busy
while the report is written, and the result right under it (links, pages, the three things)."""

from __future__ import annotations

import base64
from collections.abc import Callable

import ipywidgets as widgets

from coachkit.services import report
from coachkit.services.workbook import Workbook
from coachkit.ui.common import StatusLine, esc, reports_to

BUSY = ('<span class="ck-busy"><span class="ck-spinner"></span> Writing the report and '
        "printing the PDF: this takes a few seconds…</span>")


def download(data: bytes, name: str, label: str, mime: str) -> str:
    href = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    return f'<a class="ck-download" download="{esc(name)}" href="{href}">{esc(label)}</a>'


def result_html(written: report.WrittenReport) -> str:
    links = download(written.html.read_bytes(), written.html.name, "Download the report (HTML)",
                     "text/html")
    if written.pdf is not None:
        links = download(written.pdf.read_bytes(), written.pdf.name,
                         "Download the report (PDF)", "application/pdf") + " · " + links
    things = "".join(f"<li><b>{esc(f.what)}</b><br><span class='ck-muted'>{esc(f.why)}</span>"
                     "</li>" for f in written.focus)
    missing = (f'<p class="ck-status-warn ck-report-nopdf">{esc(written.note)}</p>'
               if written.note else "")
    return (f'<div class="ck-card ck-report-done"><b>The report is ready.</b> {links}'
            f'{missing}<br><span class="ck-muted">Saved as <span class="ck-path">'
            f"{esc(written.pdf or written.html)}</span></span>"
            + (f"<p>Its first page: the three things to work on next</p><ol>{things}</ol>"
               if things else "") + "</div>")


class ReportPanel(widgets.VBox):
    """``status`` gets the message; ``said`` (optional) is the line that shows it, placed
    right under the button, and ``run`` the decorator that reports there."""

    def __init__(self, wb: Workbook, status: StatusLine, run: Callable | None = None,
                 said: widgets.Widget | None = None) -> None:
        self.wb = wb
        self.status = status
        candidate, coaches = report.names(wb)
        self.candidate = widgets.Text(value=candidate, description="Candidate",
                                      placeholder="the candidate's name")
        self.coach = widgets.Text(value=", ".join(coaches), description="Coach",
                                  placeholder="the coach's name")
        self.candidate.add_class("ck-report-candidate")
        self.coach.add_class("ck-report-coach")
        self.button = widgets.Button(description="Write the session report", icon="file",
                                     layout=widgets.Layout(width="auto"))
        self.button.add_class("ck-report")
        self.busy = widgets.HTML()
        self.busy.add_class("ck-report-busy")
        self.result = widgets.HTML()
        self.result.add_class("ck-report-result")
        self.button.on_click((run or reports_to(status))(self.write))
        super().__init__([
            widgets.HTML("<h2>Session report</h2><p class='ck-muted'>The document to bring to "
                         "the meeting: a first page with the three things to work on next, "
                         "then the coach's comments, the practice queue, job fit, outcomes and "
                         "answer quality. PDF with page numbers, and HTML.</p>"),
            widgets.HBox([self.candidate, self.coach], layout=widgets.Layout(flex_flow="wrap")),
            widgets.HBox([self.button, self.busy], layout=widgets.Layout(align_items="center",
                                                                         flex_flow="wrap")),
            *([said] if said is not None else []), self.result])
        self.add_class("ck-report-panel")

    def write(self, _button=None) -> None:
        self.button.disabled = True
        self.button.description = "Writing…"
        self.busy.value = BUSY
        self.result.value = ""
        try:
            written = report.write_report(self.wb, candidate=self.candidate.value,
                                          coach_name=self.coach.value)
        finally:
            self.button.disabled = False
            self.button.description = "Write the session report"
            self.busy.value = ""
        self.result.value = result_html(written)
        self.status.ok("Session report written" + ("." if written.pdf else
                                                   " (HTML only: see why above)."))
