"""A button that writes the calendar reminders (.ics) and offers them for download."""

from __future__ import annotations

import base64

import ipywidgets as widgets

from coachkit.services import ics
from coachkit.services.workbook import Workbook
from coachkit.ui.common import StatusLine, esc, reports_to


class CalendarDownload(widgets.VBox):
    def __init__(self, wb: Workbook, status: StatusLine) -> None:
        self.wb = wb
        self.status = status
        self.button = widgets.Button(description="Calendar reminders (.ics)", icon="calendar",
                                     layout=widgets.Layout(width="auto"))
        self.button.add_class("ck-calendar")
        self.result = widgets.HTML()
        self.result.add_class("ck-calendar-result")
        self.button.on_click(reports_to(status)(self.write))
        super().__init__([widgets.HTML(
            '<span class="ck-muted">Practice due dates and the watchlist\'s check-again '
            "dates, for your calendar app (import the file; a newer one updates the same "
            "events).</span>"), widgets.HBox([self.button]), self.result])

    def write(self, _button=None) -> None:
        path, n = ics.write_calendar(self.wb)
        if n == 0:
            self.result.value = ('<span class="ck-muted">Nothing to remind you of yet: no '
                                 "practice due and no check-again dates.</span>")
            self.status.ok("No reminders to write yet.")
            return
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        self.result.value = (f'<a class="ck-download" download="{esc(path.name)}" '
                             f'href="data:text/calendar;charset=utf-8;base64,{data}">'
                             f"Download {n} reminder{'s' if n != 1 else ''} (.ics)</a>")
        self.status.ok(f"Calendar file written: {n} reminder{'s' if n != 1 else ''}.")
