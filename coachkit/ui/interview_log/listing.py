"""The list of interviews: filters, the list itself, New, Delete (asked first)."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.domain import vocab
from coachkit.ui.common import StatusLine, esc, reports_to
from coachkit.ui.export import ExportBar
from coachkit.ui.interview_log.render import FULL, cls, interview_label, options, show


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
        self.listing = cls(widgets.Select(rows=7, layout=FULL), "ck-interview-list")
        self.listing_export = ExportBar()
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
        report = reports_to(self.status)
        for w in (self.org_filter, self.outcome_filter):
            w.observe(report(self._filtered), "value")
        self.listing.observe(report(self._picked), "value")
        self.new.on_click(report(lambda _b: view.select(None)))
        self.delete.on_click(report(self._ask_delete))
        self.confirm_yes.on_click(report(self._delete))
        self.confirm_no.on_click(report(lambda _b: show(self.confirm, False)))
        super().__init__([
            widgets.HTML("<h2>Your interviews</h2><span class='ck-muted'>Newest first. "
                         "Pick one to edit it and add its questions.</span>"),
            cls(widgets.HBox([self.org_filter, self.outcome_filter]), "ck-iv-filters"),
            self.listing, self.listing_export,
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
        choices = [(interview_label(iv, asked), iv.id) for iv, asked in listed]
        self.listing_export.refresh(table)
        self._filling = True
        try:
            self.listing.options = choices
            current = self.model.current
            self.listing.value = current if current in {v for _, v in choices} else None
        finally:
            self._filling = False

    def show_selected(self) -> None:
        """Mark the model's current interview in the list (no event), enable Delete."""
        current = self.model.current
        self._filling = True
        try:
            self.listing.value = (current if current in {v for _, v in self.listing.options}
                                  else None)
        finally:
            self._filling = False
        self.delete.disabled = current is None
        show(self.confirm, False)

    def _picked(self, change) -> None:
        if not self._filling and change["new"] is not None:
            self.view.select(change["new"])

    def _ask_delete(self, _button=None) -> None:
        organisation, asked = self.model.to_delete()
        self.confirm_text.value = (f"Delete the interview with <b>{esc(organisation)}</b> "
                                   f"and its {asked} question(s)? This cannot be undone.")
        show(self.confirm, True)

    def _delete(self, _button=None) -> None:
        message = self.model.delete_interview()
        self.view.changed(select=None)
        self.status.ok(message)
