"""A coach's home in a career centre: their candidates, and one candidate's review.

The list comes from the database (only this coach's assignments are visible to their role).
``?candidate=<name>`` opens that candidate's coach review; PostgreSQL shows a coach only the
shared interviews of a candidate assigned to them, so a name typed into the address that is
not theirs opens nothing, and the page says so.
"""

from __future__ import annotations

import os
from urllib.parse import quote

import ipywidgets as widgets

from coachkit.domain.errors import CoachkitError, InvalidEntry
from coachkit.services.workbook import Workbook, open_workbook
from coachkit.ui.common import error_panel, esc, root

COACH_HOME = "centre_coach.ipynb"
BOARD = "centre_across_the_board.ipynb"
CENTRE_ENV = "COACHKIT_CENTRE"


def in_centre_server() -> bool:
    """Set by the centre's hub for every server it starts (never by a page)."""
    return os.environ.get(CENTRE_ENV) == "1"


def requested_candidate(query_string: str | None = None) -> str:
    """The candidate named in the page's address (a plain user name), or ""."""
    from coachkit import config

    return config.requested_candidate(query_string) or ""


def candidates_html(names: list[str]) -> str:
    if not names:
        return ('<p class="ck-muted ck-no-candidates">No candidates are assigned to you yet. '
                "A centre admin assigns them on the Centre admin page.</p>")
    cards = "".join(
        f'<div class="ck-card ck-flow ck-candidate"><a class="ck-candidate-link" target="_self" '
        f'href="{COACH_HOME}?candidate={quote(n)}">{esc(n)}</a><br><span class="ck-muted">'
        "Open their review: what they shared, your ratings and comments.</span></div>"
        for n in names)
    return f'<div class="ck-flows ck-candidates">{cards}</div>'


def board_link() -> str:
    return (f'<p class="ck-flow"><a class="ck-board-link" target="_self" href="{BOARD}">'
            "Across the board</a>: the questions that come back across the centre's "
            "interviews.</p>")


def _candidate_view(url: str | None, name: str, mine: list[str]) -> list[widgets.Widget]:
    from coachkit.ui.coach_review import CoachReview

    back = widgets.HTML(f'<p class="ck-flow"><a class="ck-back" target="_self" href="{COACH_HOME}">'
                        "&larr; All your candidates</a></p>")
    if name not in mine:
        panel = error_panel(f"{name} is not one of your candidates, so there is nothing of "
                            "theirs to open. Ask a centre admin if that is a mistake.")
        panel.add_class("ck-not-yours")
        return [back, panel]
    heading = widgets.HTML(f'<h2 class="ck-reviewing">Reviewing {esc(name)}</h2>')
    return [back, heading, CoachReview(open_workbook(url, role="coach", candidate=name))]


def coach_home(url: str | None = None, query_string: str | None = None) -> widgets.VBox:
    """The coach's start page in a centre (or one candidate's review with ``?candidate=``)."""
    from coachkit.services.centre_views import in_centre, my_candidates

    children: list[widgets.Widget]
    try:
        if not in_centre_server():
            raise InvalidEntry("This page is for coaches in a career centre's hub. On your "
                               "own computer, open 4. Review with a coach instead.")
        wb: Workbook = open_workbook(url, role="coach")
        if not in_centre(wb):
            raise InvalidEntry("This server is not connected to the centre's database.")
        mine = my_candidates(wb)
        name = requested_candidate(query_string)
        if name:
            children = _candidate_view(url, name, mine)
        else:
            children = [widgets.HTML("<h2>Your candidates</h2>" + candidates_html(mine)
                                     + board_link())]
    except CoachkitError as exc:
        children = [error_panel(exc.message)]
    return root([*children], "centre-coach")


def centre_where_html() -> str:
    """The home page's "where is my workbook" card, for a candidate in a centre's hub."""
    return ('<div class="ck-card ck-where ck-where-centre">Open: <b>your workbook</b>, in your '
            "career centre's database<br><span class=\"ck-muted\">Only you can read it. A "
            "coach assigned to you sees the interviews you mark as shared, and can add "
            "ratings and comments but never change what you wrote.</span></div>"
            + board_link())
