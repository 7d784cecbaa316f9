"""Tab 2: how the candidate came across, rated by the candidate and by the coach."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.domain import vocab
from coachkit.ui.coach_review.render import SCORES, button, table_html
from coachkit.ui.common import esc, show_date


def _css(widget: widgets.Widget, name: str) -> widgets.Widget:
    widget.add_class(name)
    return widget


def presentation_tab(model, app) -> list[widgets.Widget]:
    ivs = model.interviews()
    if not ivs:
        return [widgets.HTML('<p class="ck-muted">No interviews to rate yet.</p>')]
    table = model.presentation()
    pick = widgets.Dropdown(options=[(f"{iv.organisation} ({show_date(iv.interview_date)})",
                                      iv.id) for iv in ivs], description="Interview",
                            layout=widgets.Layout(width="100%", max_width="560px"))
    pick.add_class("ck-pres-interview")
    scores = {f: widgets.Dropdown(options=SCORES, description=label,
                                  style={"description_width": "240px"},
                                  layout=widgets.Layout(width="340px", max_width="100%"))
              for f, label in vocab.PRESENTATION_FACTORS.items()}
    seen = widgets.HTML()
    seen.add_class("ck-pres-seen")
    run, said = app.here("presentation")

    def show(_c=None) -> None:
        for factor, value in model.my_presentation_scores(table, pick.value).items():
            scores[factor].value = value
        seen.value = table_html(["Factor", "Candidate", "Coach"],
                                model.presentation_rows(table, pick.value), "ck-pres-table")

    def save(_b=None) -> None:
        message = model.rate_presentation(pick.value, {f: b.value for f, b in scores.items()})
        app.status.ok(message)
        app.refresh()

    pick.observe(lambda c: app.run(show)(), names="value")
    show()
    return [widgets.HTML("<h2>How the candidate came across</h2>"
                         f'<p class="ck-muted">Rate as the {model.me}, 1 (weak) to 5 (strong). '
                         "Each save adds a rating; earlier ones are kept.</p>"), pick,
            widgets.HBox([_css(widgets.VBox(list(scores.values())), "ck-pres-scores"), seen],
                         layout=widgets.Layout(flex_flow="row wrap")),
            button("Save these ratings", "ck-pres-save", save, run, "check"), said,
            widgets.HTML("<h2>What goes with advancing, what with rejection</h2>"
                         '<p class="ck-note">Patterns, not causes: each line says how many '
                         "interviews it rests on.</p><ul>" + "".join(
                             f"<li>{esc(s)}</li>" for s in model.patterns(ivs, table))
                         + "</ul>")]
