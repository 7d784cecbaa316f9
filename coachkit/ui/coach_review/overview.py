"""Tab 1: outcomes by stage, how it felt against how it went, "we regret not hiring you"."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.ui.coach_review.render import button, image, table_box


def overview_tab(model, app) -> list[widgets.Widget]:
    ivs = model.interviews()
    charts = widgets.VBox()
    run, said = app.here("charts")

    def draw(_b=None) -> None:
        stages_png, outcomes_png = model.charts(ivs)
        charts.children = [image(stages_png, "Outcomes by stage"),
                           image(outcomes_png, "Interviews over time")]

    return [
        *table_box("<h2>Outcomes by stage</h2>", model.stage_table(ivs), "ck-stages"),
        button("Show the charts", "ck-show-charts", draw, run, "chart-column"), said, charts,
        *table_box("<h2>How it felt against how it went</h2>", model.connection_table(ivs)),
        *table_box("<h2>\u201cWe regret not hiring you\u201d</h2>"
                   '<p class="ck-muted">Kind words after a rejection are worth a note and a '
                   "check on their openings later, but not much more.</p>",
                   model.regret_table(ivs), "ck-regret"),
    ]
