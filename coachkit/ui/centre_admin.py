"""The centre admin's dashboard: who is in the centre, and which coach works with whom.

It runs on the admin's own database login, which may read the list of people and add or
remove coach assignments, and nothing else (coachkit/centre.py). Approving sign-ups and
putting people into the coach or admin group happen on the hub's own pages, linked here.
"""

from __future__ import annotations

import os

import ipywidgets as widgets

from coachkit import config
from coachkit.domain.errors import CoachkitError, InvalidEntry
from coachkit.ui.centre_coach import board_link, in_centre_server
from coachkit.ui.common import StatusLine, error_panel, esc, reports_to, root


def _hub_link(path: str, label: str) -> str:
    prefix = os.environ.get("JUPYTERHUB_BASE_URL", "/")
    return f'<a target="_blank" href="{esc(prefix.rstrip("/") + path)}">{esc(label)}</a>'


def assignments_html(pairs: list[tuple[str, str]], people) -> str:
    coaches = sorted(p.name for p in people if p.kind == "coach")
    if not coaches:
        return '<p class="ck-muted">No coaches yet.</p>'
    rows = []
    for coach in coaches:
        theirs = [k for c, k in pairs if c == coach]
        rows.append(f'<tr class="ck-assignment"><td>{esc(coach)}</td><td>'
                    f'{esc(", ".join(theirs)) or "<i>none yet</i>"}</td></tr>')
    return ('<table class="ck-table ck-assignments"><tr><th>Coach</th><th>Candidates</th>'
            f'</tr>{"".join(rows)}</table>')


class CentreAdmin(widgets.VBox):
    def __init__(self, centre) -> None:
        self.centre = centre
        self.status = StatusLine()
        self.table = widgets.HTML()
        self.table.add_class("ck-assignments-box")
        self.coach = widgets.Dropdown(description="Coach")
        self.coach.add_class("ck-assign-coach")
        self.candidate = widgets.Dropdown(description="Candidate")
        self.candidate.add_class("ck-assign-candidate")
        run = reports_to(self.status)
        buttons = []
        for label, css, handler, icon in (("Assign", "ck-assign", self._assign, "link"),
                                          ("Unassign", "ck-unassign", self._unassign,
                                           "unlink")):
            button = widgets.Button(description=label, icon=icon,
                                    layout=widgets.Layout(width="auto"))
            button.add_class(css)
            button.on_click(run(handler))
            buttons.append(button)
        self.people = widgets.HTML()
        super().__init__([
            widgets.HTML("<h2>Coaches and their candidates</h2>"), self.table,
            widgets.HTML("<h3>Assign a coach</h3>"
                         '<p class="ck-muted">A coach sees only the interviews a candidate '
                         "marked as shared, and can add ratings, comments and practice "
                         "suggestions, never change them.</p>"),
            widgets.HBox([self.coach, self.candidate, *buttons]), self.status,
            widgets.HTML("<h2>People</h2>"), self.people,
            widgets.HTML('<h2>On the hub</h2><ul class="ck-flow"><li>'
                         + _hub_link("/hub/authorize", "Approve sign-ups") + "</li><li>"
                         + _hub_link("/hub/admin", "Groups: coach, centre-admin")
                         + " (anyone in neither group is a candidate)</li></ul>"
                         + board_link()),
        ])
        self.refresh()

    def refresh(self) -> None:
        people = self.centre.people()
        self.table.value = assignments_html(self.centre.assignments(), people)
        self.coach.options = sorted(p.name for p in people if p.kind == "coach")
        self.candidate.options = sorted(p.name for p in people if p.kind == "candidate")
        counts = {k: sum(p.kind == k for p in people) for k in ("candidate", "coach", "admin")}
        said = ", ".join(f"{n} {word if n == 1 else plural}" for n, word, plural in (
            (counts["candidate"], "candidate", "candidates"), (counts["coach"], "coach",
                                                                 "coaches"),
            (counts["admin"], "admin", "admins")))
        self.people.value = (f'<p class="ck-people-counts">{said}. A person joins the '
                             "centre's database the first time they log in.</p>")

    def _chosen(self) -> tuple[str, str]:
        if not self.coach.value or not self.candidate.value:
            raise InvalidEntry("Choose a coach and a candidate first.")
        return self.coach.value, self.candidate.value

    def _assign(self, _button=None) -> None:
        coach, candidate = self._chosen()
        self.centre.assign(coach, candidate)
        self.refresh()
        self.status.ok(f"{coach} now coaches {candidate}.")

    def _unassign(self, _button=None) -> None:
        coach, candidate = self._chosen()
        self.centre.unassign(coach, candidate)
        self.refresh()
        self.status.ok(f"{coach} no longer coaches {candidate}; they see nothing of theirs now.")


def centre_admin(url: str | None = None) -> widgets.VBox:
    """The admin's start page in a centre's hub."""
    try:
        if not in_centre_server() or os.environ.get("COACHKIT_CENTRE_ROLE") != "admin":
            raise InvalidEntry("This page is for a career centre's admins, in the centre's hub.")
        from sqlalchemy.exc import SQLAlchemyError

        from coachkit.services.centre_desk import AdminDesk

        try:
            view: widgets.Widget = CentreAdmin(AdminDesk(url or config.resolve_db_url("")))
        except SQLAlchemyError as exc:
            raise InvalidEntry("This login may not manage the centre's coaches: only a "
                               "centre admin's may.") from exc
    except CoachkitError as exc:
        view = error_panel(exc.message)
    return root([view], "centre-admin")
