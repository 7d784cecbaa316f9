"""Tab 6: the questions to ask, ranked; the printable interview-day sheet."""

from __future__ import annotations

import base64

import ipywidgets as widgets

from coachkit.domain import vocab
from coachkit.domain.errors import CoachkitError, InvalidEntry
from coachkit.ui.common import button, cls, esc
from coachkit.ui.interview_sheet import SHEET_CSS, TOP_QUESTIONS, sheet_for, write_sheet
from coachkit.ui.job_fit.render import Panel, long_text


class AskRow(widgets.VBox):
    def __init__(self, panel: AsksPanel, rank: int, q) -> None:
        self.panel, self.ask_id = panel, q.id
        self.text = long_text(q.text, "ck-ask-text", width="auto", flex="1 1 240px")
        self.state = widgets.Dropdown(options=[(v, k) for k, v in vocab.ASK_STATUS.items()],
                                      value=q.status,
                                      layout=widgets.Layout(width="110px", flex="0 0 auto"))
        mine = "" if q.bank_id else " <span class='ck-soon'>(yours)</span>"
        head = cls(widgets.HTML(f"<b>{rank}.</b>", layout=widgets.Layout(flex="0 0 2.2em")),
                   "ck-ask-rank")
        why = widgets.HTML(f"<span class='ck-muted'>Why: {esc(q.why)}</span>{mine}"
                           if q.why else f"<span class='ck-muted'>{mine}</span>")
        guard = lambda fn: panel.guarded(fn, under=panel.list)  # noqa: E731
        self.text.observe(guard(lambda ch: panel.edit(self.ask_id, ch["new"], self)), "value")
        self.state.observe(guard(lambda ch: panel.set_status(self.ask_id, ch["new"])), "value")
        super().__init__([widgets.HBox([head, self.text, self.state],
                                       layout=widgets.Layout(flex_flow="row wrap")), why])
        cls(self, "ck-ask-row", f"ck-ask-{q.status}")


class AsksPanel(Panel):
    def __init__(self, app) -> None:
        self.list = cls(widgets.VBox(), "ck-ask-list")
        self.more = button("Show all", "ck-ask-more")
        self.new = widgets.Text(placeholder="A question of your own",
                                layout=widgets.Layout(width="auto", flex="1 1 240px"))
        self.add = button("Add question", "ck-add-ask", "plus")
        self.adder = widgets.HBox([self.new, self.add],
                                  layout=widgets.Layout(flex_flow="row wrap"))
        self.sheet = button("Make the interview-day sheet", "ck-make-sheet", "print",
                            "primary")
        self.sheet_row = widgets.HBox([self.sheet])
        self.sheet_link = cls(widgets.HTML(), "ck-sheet-link")
        self.sheet_preview = cls(widgets.HTML(), "ck-sheet-preview")
        self.show_all = False
        self.more_row = widgets.HBox([self.more])
        super().__init__(app, [
            widgets.HTML("<span class='ck-muted'>Made from your worksheet, the questions whose "
                         "answers could change your decision first. Edit the wording, drop "
                         "what you won't ask, add your own: the list keeps your changes when "
                         "the worksheet changes.</span>"),
            self.list, self.more_row, self.adder,
            widgets.HTML("<h3>Interview day</h3><span class='ck-muted'>One printable page: "
                         "the top questions with room for the answers, and the duties to "
                         "listen for.</span>"), self.sheet_row, self.sheet_link,
            self.sheet_preview])
        self.more.on_click(self.guarded(self._more, under=self.more_row))
        self.add.on_click(self.guarded(self._add, under=self.adder))
        self.sheet.on_click(self.guarded(self._sheet, under=self.sheet_row))

    def refresh(self) -> None:
        if self.model.job_id is None:
            self.list.children = (widgets.HTML("<i>Save a job first.</i>"),)
            return
        asks = self.model.questions(self.show_all)
        rows: list[widgets.Widget] = [AskRow(self, i, q) for i, q in enumerate(asks.shown, 1)]
        if len(rows) > TOP_QUESTIONS:
            # the interview-day sheet prints the first ten that are not dropped
            rows.insert(TOP_QUESTIONS, cls(widgets.HTML(
                f"<span class='ck-muted'>Questions 1–{TOP_QUESTIONS} go on the interview-day "
                "sheet; the ones below are there if you have time.</span>"), "ck-ask-cut"))
        if self.show_all and asks.dropped:
            rows.append(widgets.HTML(f"<h4>Dropped ({len(asks.dropped)})</h4>"))
            rows += [AskRow(self, i, q) for i, q in enumerate(asks.dropped,
                                                               len(asks.shown) + 1)]
        self.list.children = rows
        self.more.description = (f"Show all ({asks.hidden} more, {len(asks.dropped)} dropped)"
                                 if not self.show_all else "Show the top questions only")
        self.more.layout.display = ("" if (asks.hidden or asks.dropped or self.show_all)
                                    else "none")

    def _more(self, _=None) -> None:
        self.show_all = not self.show_all
        self.refresh()

    def edit(self, ask_id: int, text: str, row: AskRow) -> None:
        try:
            message = self.model.edit_question(ask_id, text)
        except CoachkitError:
            self.refresh()
            raise
        self.status.ok(message)

    def set_status(self, ask_id: int, status: str) -> None:
        self.status.ok(self.model.set_question_status(ask_id, status))
        self.refresh()

    def _add(self, _=None) -> None:
        self.status.ok(self.model.add_question(self.new.value))
        self.new.value = ""
        self.refresh()

    def _sheet(self, _=None) -> None:
        if self.model.job_id is None:
            raise InvalidEntry("Save the job first (tab “The job”).")
        path = write_sheet(self.wb, self.model.job_id)
        _, fragment, page = sheet_for(self.wb, self.model.job_id)
        data = base64.b64encode(page.encode("utf-8")).decode("ascii")
        self.sheet_link.value = (
            f'<div class="ck-card">Saved: <span class="ck-path">{esc(path)}</span><br>'
            f'<a download="{esc(path.name)}" href="data:text/html;base64,{data}">'
            "Download the sheet</a> <span class='ck-muted'>— open it in your browser and "
            "print it (Ctrl+P).</span></div>")
        self.sheet_preview.value = (f"<style>{SHEET_CSS}</style>"
                                    f"<div class='ck-card'>{fragment}</div>")
        self.status.ok("The interview-day sheet is ready.")
