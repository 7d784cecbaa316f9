"""The list of interviews: filters, the sortable table, New, Delete (asked first)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import ipywidgets as widgets

from coachkit.domain import vocab
from coachkit.domain.records import InterviewRecord
from coachkit.frames import Table
from coachkit.ui.common import StatusLine, cls, esc, reports_to
from coachkit.ui.export import ExportBar
from coachkit.ui.interview_log.render import options, show
from coachkit.ui.table import RecordTable, record_table

COLUMNS = ("Date", "Organisation", "Role", "Stage", "Outcome", "Questions", "Regret")


def interviews_frame(listed: Sequence[tuple[InterviewRecord, int]]):
    """The interviews as the table shows them, in the order given (newest first)."""
    import pandas as pd

    days = [iv.interview_date for iv, _n in listed]
    return pd.DataFrame({
        "Date": days if any(d is not None for d in days) else ["" for _d in days],
        "Organisation": [iv.organisation for iv, _n in listed],
        "Role": [iv.role_title or "" for iv, _n in listed],
        "Stage": [vocab.STAGES.get(iv.stage, iv.stage or "") for iv, _n in listed],
        "Outcome": [vocab.OUTCOMES.get(iv.outcome, iv.outcome or "") for iv, _n in listed],
        "Questions": [n for _iv, n in listed],
        "Regret": ["yes" if iv.regret_heard else "" for iv, _n in listed],
    }, columns=list(COLUMNS))


class InterviewTable(widgets.VBox):
    """The interviews as a sortable table (a row click picks one), then the CSV / Excel bar
    of every field of the interviews listed (the file an import reads back).

    ``ids`` are the interview ids in the order listed (newest first), ``value`` the one
    shown as selected, ``pick(id)`` does what a click on its row does."""

    def __init__(self, on_pick: Callable[[int], None]) -> None:
        self._on_pick = on_pick
        self._marking = False
        self.ids: list[int] = []
        self.table: RecordTable = record_table(interviews_frame([]), export=False)
        self.export = ExportBar()
        super().__init__([self.table, self.export])
        self.add_class("ck-interview-list")

    @property
    def frame(self):
        return self.table.frame

    @property
    def value(self) -> int | None:
        at = self.table.selected
        return self.ids[at] if at is not None and at < len(self.ids) else None

    def fill(self, listed: Sequence[tuple[InterviewRecord, int]], table: Table,
             current: int | None) -> None:
        self.ids = [iv.id for iv, _n in listed]
        at = self.ids.index(current) if current in self.ids else None
        self.table = record_table(interviews_frame(listed), self._clicked, name="interviews",
                                  export=False, selected=at)
        self.export.refresh(table)
        self.children = [self.table, self.export]

    def mark(self, current: int | None) -> None:
        """Show ``current`` as the selected row (or none), without picking it again."""
        self._marking = True
        try:
            self.table.select(self.ids.index(current) if current in self.ids else None)
        finally:
            self._marking = False

    def pick(self, interview_id: int) -> None:
        """As a click on that interview's row."""
        self.table.select(self.ids.index(interview_id))

    def _clicked(self, position: int | None) -> None:
        if self._marking:
            return
        if position is None:  # a second click on the open interview keeps it open
            self._on_pick(None)
        else:
            self._on_pick(self.ids[position])


class InterviewList(widgets.VBox):
    def __init__(self, view) -> None:
        self.view, self.model = view, view.model
        self._filling = False
        self.status = StatusLine()
        self.org_filter = cls(widgets.Dropdown(description="Organisation",
                                               style={"description_width": "90px"}),
                              "ck-filter-org")
        self.outcome_filter = cls(widgets.Dropdown(
            description="Outcome", options=[("any outcome", ""), *options(vocab.OUTCOMES)]),
            "ck-filter-outcome")
        report = reports_to(self.status)
        self.listing = InterviewTable(report(self._picked))
        self.listing_export = self.listing.export
        self.new = cls(widgets.Button(description="New interview", icon="plus"), "ck-iv-new")
        self.delete = cls(widgets.Button(description="Delete this interview…", icon="trash",
                                         disabled=True, layout=widgets.Layout(width="auto")),
                          "ck-iv-delete")
        self.confirm_text = widgets.HTML()
        self.confirm_yes = cls(widgets.Button(description="Yes, delete it",
                                              button_style="danger"), "ck-iv-delete-yes")
        self.confirm_no = widgets.Button(description="Keep it")
        self.confirm = cls(widgets.HBox([self.confirm_text, self.confirm_yes,
                                         self.confirm_no]), "ck-iv-confirm")
        show(self.confirm, False)
        for w in (self.org_filter, self.outcome_filter):
            w.observe(report(self._filtered), "value")
        self.new.on_click(report(lambda _b: view.select(None)))
        self.delete.on_click(report(self._ask_delete))
        self.confirm_yes.on_click(report(self._delete))
        self.confirm_no.on_click(report(lambda _b: show(self.confirm, False)))
        super().__init__([
            widgets.HTML("<h2>Your interviews</h2><span class='ck-muted'>Newest first. "
                         "Click an interview to edit it and add its questions; click a "
                         "heading to sort.</span>"),
            cls(widgets.HBox([self.org_filter, self.outcome_filter]), "ck-iv-filters"),
            self.listing,
            cls(widgets.HBox([self.new, self.delete]), "ck-iv-actions"), self.confirm,
            self.status])
        self.add_class("ck-interview-list-box")

    def _filtered(self, _change=None) -> None:
        if not self._filling:
            self.fill()

    def fill(self) -> None:
        orgs = self.model.organisations()
        keep = self.org_filter.value if self.org_filter.value in orgs else ""
        self._filling = True
        try:
            self.org_filter.options = [("all organisations", ""), *[(o, o) for o in orgs]]
            self.org_filter.value = keep
        finally:
            self._filling = False
        listed, table = self.model.listing(keep, self.outcome_filter.value)
        self.listing.fill(listed, table, self.model.current)

    def show_selected(self) -> None:
        """Mark the model's current interview in the list (no event), enable Delete."""
        current = self.model.current
        self.listing.mark(current)
        self.delete.disabled = current is None
        show(self.confirm, False)

    def _picked(self, interview_id: int | None) -> None:
        if interview_id is None:  # the open row clicked again: it stays open
            self.listing.mark(self.model.current)
        elif interview_id != self.model.current:
            self.view.select(interview_id)

    def _ask_delete(self, _button=None) -> None:
        organisation, asked = self.model.to_delete()
        self.confirm_text.value = (f"Delete the interview with <b>{esc(organisation)}</b> "
                                   f"and its {asked} question(s)? This cannot be undone.")
        show(self.confirm, True)

    def _delete(self, _button=None) -> None:
        message = self.model.delete_interview()
        self.view.changed(select=None)
        self.status.ok(message)
