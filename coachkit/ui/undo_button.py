""""Undo: <the last edit>", shown only while there is an edit to undo."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from coachkit.services.undo import EditHistory
from coachkit.ui.common import StatusLine, reports_to


class UndoButton(widgets.Button):
    def __init__(self, history: EditHistory, status: StatusLine,
                 after: Callable[[], None]) -> None:
        super().__init__(icon="undo", layout=widgets.Layout(width="auto", display="none"))
        self.add_class("ck-undo-edit")
        self.history, self.status, self.after = history, status, after
        history.on_change(self.show)
        self.on_click(reports_to(status)(self.undo))
        self.show()

    def show(self) -> None:
        last = self.history.last
        self.layout.display = None if last else "none"
        self.description = f"Undo {last}"[:80] if last else "Undo"
        self.tooltip = f"Undo {last}" if last else ""

    def undo(self, _button=None) -> None:
        try:
            label = self.history.undo()
        finally:
            self.after()
        self.status.ok(f"Undone: {label} is back as it was.")
