"""Across the board: the questions that come back across a career centre's interviews.

Only counts the centre stored as k-anonymous (at least 3 candidates and 3 organisations
behind every line; coachkit/centre.py), worded as the question bank words them: no names,
no organisations, no dates, no answers. A candidate can leave their questions out.
"""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.domain.errors import CoachkitError, InvalidEntry
from coachkit.services.workbook import Workbook, open_workbook
from coachkit.ui.centre_coach import in_centre_server
from coachkit.ui.common import StatusLine, error_panel, esc, reports_to, root

ALL = ("", "")


def filter_options() -> list[tuple[str, tuple[str, str]]]:
    from coachkit.centre import ORG_TYPES, ROLE_TYPES

    options = [("Every interview in the centre", ALL)]
    options += [(f"Role: {label}", (label, "")) for label, _ in ROLE_TYPES]
    options += [("Role: other", ("other", ""))]
    options += [(f"Organisation: {label}", ("", label)) for label, _ in ORG_TYPES]
    options += [("Organisation: other", ("", "other"))]
    return options


def board_html(rows) -> str:
    if not rows:
        return ('<p class="ck-muted ck-board-empty">Nothing to show here yet: a question is '
                "listed only once at least 3 candidates were asked it at 3 or more "
                "organisations.</p>")
    body = "".join(
        f'<tr class="ck-board-row"><td>{esc(r.question)}</td><td>{r.candidates}</td>'
        f"<td>{r.organisations}</td><td>{r.times_asked}</td></tr>" for r in rows)
    return ('<table class="ck-table ck-board"><tr><th>Question (in general wording)</th>'
            "<th>Candidates asked</th><th>Organisations</th><th>Times asked</th></tr>"
            f"{body}</table>")


class AcrossTheBoard(widgets.VBox):
    def __init__(self, workbook: Workbook) -> None:
        from coachkit.services import centre_views

        self.wb = workbook
        self.views = centre_views
        self.status = StatusLine()
        self.filter = widgets.Dropdown(options=filter_options(), value=ALL,
                                       description="Show", layout=widgets.Layout(width="60%"))
        self.filter.add_class("ck-board-filter")
        self.table = widgets.HTML()
        self.table.add_class("ck-board-table")
        run = reports_to(self.status)
        self.filter.observe(lambda _c: run(self.refresh)(), names="value")
        children: list[widgets.Widget] = [
            widgets.HTML('<p class="ck-muted">Questions that come back again and again across '
                         "the centre's interviews, the ones worth preparing for. Each line "
                         "rests on at least 3 candidates and 3 organisations, and shows no "
                         "names, dates or answers.</p>"),
            self.filter, self.table]
        if workbook.role == "candidate":
            self.opt_out = widgets.Checkbox(
                value=centre_views.opted_out(workbook), indent=False,
                description="Leave my questions out of these counts")
            self.opt_out.add_class("ck-board-opt-out")
            self.opt_out.observe(lambda c: run(self._opt_out)(c["new"]), names="value")
            children += [widgets.HTML("<h3>Your questions</h3>"), self.opt_out]
        super().__init__([*children, self.status])
        self.refresh()

    def refresh(self) -> None:
        role_type, org_type = self.filter.value
        self.table.value = board_html(self.views.across_the_board(self.wb, role_type, org_type))

    def _opt_out(self, out: bool) -> None:
        self.views.set_opt_out(self.wb, out)
        self.status.ok("Your questions will be left out from the centre's next count."
                       if out else "Your questions count again from the centre's next count.")


def across_the_board(url: str | None = None) -> widgets.VBox:
    try:
        if not in_centre_server():
            raise InvalidEntry("Across the board is a career centre's page: it counts the "
                               "questions of everyone in the centre. On your own, see which "
                               "questions recur in 1. Log an interview.")
        view: widgets.Widget = AcrossTheBoard(open_workbook(url))
    except CoachkitError as exc:
        view = error_panel(exc.message)
    return root([view], "across-the-board")
