"""Tab 4: organisations to check on again."""

from __future__ import annotations

import datetime as dt

import ipywidgets as widgets

from coachkit.ui.coach_review.render import WIDE, button
from coachkit.ui.common import esc, show_date


def watchlist_tab(model, app) -> list[widgets.Widget]:
    org = widgets.Combobox(options=model.watch_suggestions(), placeholder="Organisation",
                           description="Watch")
    org.add_class("ck-watch-org")
    day = widgets.DatePicker(description="Check on",
                             value=dt.date.today() + dt.timedelta(days=90))
    note = widgets.Textarea(placeholder="What to check or who to write to", rows=2,
                            layout=WIDE)
    note.add_class("ck-watch-note")
    run_add, add_said = app.here("watch-add")
    run_done, done_said = app.here("watch-done")

    def add(_b=None) -> None:
        app.status.ok(model.add_watch(org.value, day.value, note.value))
        app.refresh()

    rows = []
    for item in model.watchlist():
        def done(_b=None, item=item) -> None:
            app.status.ok(model.toggle_watch(item))
            app.refresh()

        due = " ck-due" if model.is_due(item) else ""
        rows.append(widgets.HBox([
            widgets.HTML(f'<div class="ck-watch-item{due}">'
                         f"<b>{esc(item.organisation)}</b> · check on "
                         f"{esc(show_date(item.check_on, 'any time'))}"
                         f"{' · done' if item.done else ''}"
                         f'<br><span class="ck-muted">{esc(item.note)}</span></div>',
                         layout=widgets.Layout(flex="1 1 260px")),
            button("Reopen" if item.done else "Mark done", "ck-watch-done", done, run_done)],
            layout=widgets.Layout(flex_flow="row wrap", align_items="center")))
    form = [] if model.is_coach else [widgets.HTML("<h3>Add an organisation</h3>"), org, day,
                                      note, button("Add", "ck-watch-add", add, run_add),
                                      add_said]
    return [widgets.HTML("<h2>Follow-up watchlist</h2><p class='ck-muted'>Places that said "
                         "they regret: a date to look at their openings again.</p>"),
            *(rows or [widgets.HTML('<p class="ck-muted">Nothing on the list.</p>')]),
            done_said, *form]
