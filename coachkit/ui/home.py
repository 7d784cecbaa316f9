"""The home dashboard: which workbook is open, what is in it, where to go next."""

from __future__ import annotations

from pathlib import Path

import ipywidgets as widgets

from coachkit import config
from coachkit.domain.records import WorkbookSummary
from coachkit.services import choice
from coachkit.services.workbook import Workbook, open_workbook
from coachkit.ui.calendar_button import CalendarDownload
from coachkit.ui.common import StatusLine, esc, reports_to
from coachkit.ui.page import dashboard
from coachkit.ui.search_view import SearchBox

FLOWS = [
    ("01_interview_log.ipynb", "1. Log an interview",
     "Right after an interview: note what happened and reconstruct the questions; "
     "see which questions keep coming back."),
    ("02_rate_answers.ipynb", "2. Rate and practise answers",
     "Write better answers, rate them on a clear scale, practise the weak ones."),
    ("03_job_fit.ipynb", "3. Weigh a job before the interview",
     "How much of the job is front-desk work? What drains you? Plan the questions to ask."),
    ("04_coach_review.ipynb", "4. Review with a coach",
     "Share privately with a coach and look for patterns across interviews."),
]


def _here() -> Path:
    # Voila and JupyterLab start the kernel in the notebook's folder.
    from coachkit.voila_process import workbooks_dir

    return Path.cwd() if (Path.cwd() / "00_start_here.ipynb").exists() else workbooks_dir()


def flow_links(demo: bool, folder: Path | None = None) -> str:
    folder = folder or _here()
    query = "?workbook=demo" if demo else ""
    cards = []
    for notebook, title, blurb in FLOWS:
        if (folder / notebook).exists():
            head = f'<a href="{esc(notebook + query)}" target="_self">{esc(title)}</a>'
        else:
            head = f'<b>{esc(title)}</b> <span class="ck-soon">(coming next)</span>'
        cards.append(f'<div class="ck-card ck-flow">{head}<br>'
                     f'<span class="ck-muted">{esc(blurb)}</span></div>')
    return f'<div class="ck-flows">{"".join(cards)}</div>'


def counts_html(summary: WorkbookSummary, due: int | None = None) -> str:
    items = [("Interviews", summary.interviews), ("Questions", summary.questions),
             ("Answers", summary.answers), ("Jobs", summary.jobs)]
    boxes = "".join(
        f'<div class="ck-count ck-count-{esc(label.lower())}"><b>{n}</b>{esc(label)}</div>'
        for label, n in items)
    if due is not None:  # questions the spaced-practice queue (workbook 2) has due today
        boxes += f'<div class="ck-count ck-count-due"><b>{due}</b>Due for practice today</div>'
    return f'<div class="ck-counts">{boxes}</div>'


def where_html(summary: WorkbookSummary) -> str:
    from coachkit.ui.centre_coach import centre_where_html, in_centre_server

    if in_centre_server() and not summary.is_demo:
        return centre_where_html()
    kind = "the example workbook" if summary.is_demo else "your workbook"
    return (f'<div class="ck-card ck-where">Open: <b>{esc(kind)}</b><br>'
            f'<span class="ck-path">{esc(summary.location)}</span><br>'
            f'<span class="ck-muted">{esc(kept_where(summary.location))}</span></div>')


def kept_where(location: str) -> str:
    from coachkit.ui.workbook_banner import store_words

    where = store_words(location)
    if where.startswith("in a file"):
        return "It stays in this file on this computer; coachkit sends nothing anywhere."
    return (f"It is kept {where}, run by whoever set coachkit up for you (your career "
            "centre, for example); coachkit sends it nowhere else.")


class StartHere(widgets.VBox):
    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook
        self.where = widgets.HTML()
        self.counts = widgets.HTML()
        self.flows = widgets.HTML()
        self.status = StatusLine()
        self.demo_button = widgets.Button(description="Open the example workbook",
                                          icon="book", layout=widgets.Layout(width="auto"))
        self.demo_button.add_class("ck-open-demo")
        self.demo_button.on_click(reports_to(self.status)(self._open_demo))
        self.counts.add_class("ck-home-counts")
        # each part reports right under its own controls
        self.search_status = StatusLine()
        self.calendar_status = StatusLine()
        self.calendar = CalendarDownload(workbook, self.calendar_status)
        self.search = SearchBox(workbook, self.search_status)
        super().__init__([
            widgets.HTML("<h2>Your workbook</h2>"), self.where, self.counts,
            self.search,
            widgets.HTML("<h2>What to do next</h2>"), self.flows,
            self.calendar, self.calendar_status,
            widgets.HTML("<h2>Just looking?</h2>"
                         '<span class="ck-muted">The example workbook belongs to an invented '
                         "librarian with four interviews and one job to weigh. It is a "
                         "separate file: your own workbook is not touched.</span>"),
            self.demo_button, self.status,
        ])
        self.refresh()

    def refresh(self) -> None:
        summary = self.workbook.summary()
        self.where.value = where_html(summary)
        from coachkit.services.practice import due_today

        self.counts.value = counts_html(summary, due_today(self.workbook))
        self.flows.value = flow_links(summary.is_demo)

    def _open_demo(self, _button=None) -> None:
        from coachkit.services.demo import ensure_demo

        self.status.ok("Opening the example workbook…")
        self.demo_button.disabled = True
        try:
            path = ensure_demo()
        finally:
            self.demo_button.disabled = False
        self.workbook.close()
        self.workbook = open_workbook(config.url_for_path(path))
        choice.remember("demo")  # JupyterLab: the next notebook opened uses it too
        self.calendar.wb = self.search.wb = self.workbook
        self.refresh()
        self.status.ok("The example workbook is open. The links above now open it too"
                       + ("." if choice.in_voila() else ", and so does every notebook you "
                          "open next in JupyterLab, until \u201cBack to my workbook\u201d."))


def start_here(url: str | None = None) -> widgets.VBox:
    """Build the home dashboard for the configured workbook (or ``url``)."""
    return dashboard("home", "coachkit: your interview workbook", StartHere, url)
