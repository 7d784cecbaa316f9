""""Asked across the centre" on a candidate's practice page: the centre's most widely asked
questions (k-anonymous counts, coachkit/centre.py), one click away from being answered."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.ui.centre_coach import BOARD, in_centre_server
from coachkit.ui.common import esc, reports_to

SHOWN = 5


def bank_id_for(question: str) -> str | None:
    """The bank entry the centre's wording comes from (the centre stores its first phrasing)."""
    from coachkit.analysis.question_bank import load_bank

    return next((e.id for e in load_bank() if e.phrasings and e.phrasings[0] == question), None)


def centre_offer(view) -> list[widgets.Widget]:
    """Widgets for the practice tab of ``view`` (a RateAnswers); none outside a centre."""
    if not in_centre_server() or view.wb.role != "candidate":
        return []
    from coachkit.services.centre_views import across_the_board, in_centre

    if not in_centre(view.wb):
        return []
    rows = across_the_board(view.wb)[:SHOWN]
    if not rows:
        return []
    run = reports_to(view.status)
    items: list[widgets.Widget] = []
    for row in rows:
        button = widgets.Button(description="Answer this one", icon="pencil",
                                layout=widgets.Layout(width="auto"))
        button.add_class("ck-centre-answer")
        button.on_click(run(lambda _b, q=row.question: answer_bank_question(view, q)))
        items.append(widgets.HBox([
            widgets.HTML(f'<div class="ck-centre-question"><b>{esc(row.question)}</b> '
                         f'<span class="ck-muted">asked of {row.candidates} candidates at '
                         f"{row.organisations} organisations</span></div>",
                         layout=widgets.Layout(width="75%")), button]))
    box = widgets.VBox([
        widgets.HTML("<h3>Asked across the centre</h3>"
                     '<p class="ck-muted">Questions other candidates in your centre keep '
                     "being asked (no names, no answers). Worth an answer before your own "
                     f'interviews bring them up. <a target="_self" href="{BOARD}">All of '
                     "them</a></p>"), *items])
    box.add_class("ck-centre-offer")
    return [box]


def answer_bank_question(view, question: str) -> None:
    from coachkit.analysis.question_bank import get_entry

    bank_id = bank_id_for(question)
    entry = get_entry(bank_id) if bank_id else None
    if entry is None:
        view.status.error("That question is no longer in the question bank.")
        return
    pick = view.pick
    pick.source.value = "bank"
    pick.filter.value = entry.category
    pick.choices.value = entry.id
    pick._pick()
