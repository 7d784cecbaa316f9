"""Tab 3: answer quality, rating and commenting one answer (picked in a sortable table),
the weakest recurring questions."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.ui.coach_review.render import SCORES, WIDE, button, table_box, table_html
from coachkit.ui.common import esc


def _css(widget: widgets.Widget, name: str) -> widgets.Widget:
    widget.add_class(name)
    return widget


def answers_tab(model, app) -> list[widgets.Widget]:
    head = table_box("<h2>Answer quality by criterion</h2>", model.quality_table(),
                     "ck-quality")
    found = model.answers()
    run_families, families_said = app.here("families")
    families = widgets.VBox([button("Find recurring questions", "ck-find-families",
                                    lambda _b: weakest_rows(model, app, families,
                                                            run_families), run_families,
                                    "search")])
    tail = [widgets.HTML("<h2>Recurring questions with the weakest answers</h2>"), families,
            families_said]
    if not found:
        return [*head, widgets.HTML('<p class="ck-muted">No answers written yet.</p>'), *tail]
    labels = model.criteria()
    chosen = {"at": 0}
    pick = answers_table(found, lambda i: app.run(pick_answer)(i))
    shown = _css(widgets.HTML(), "ck-answer-shown")
    run_rate, rate_said = app.here("rate")
    run_comment, comment_said = app.here("comment")
    run_version, version_said = app.here("version")
    criterion = _css(widgets.Dropdown(options=[(label, i) for i, label in labels.items()],
                                      description="Criterion"), "ck-rate-criterion")
    score = _css(widgets.Dropdown(options=SCORES[1:], value=3, description="Score"),
                 "ck-rate-score")
    note = _css(widgets.Textarea(placeholder="Why this score (optional)", rows=2, layout=WIDE),
                "ck-rate-note")
    comment = _css(widgets.Textarea(placeholder="A comment on this answer", layout=WIDE),
                   "ck-comment-text")
    edit = _css(widgets.Textarea(layout=widgets.Layout(width="100%", height="120px")),
                "ck-answer-edit")

    def current() -> dict:
        return found[chosen["at"]]

    def pick_answer(position: int | None) -> None:
        if position is not None:  # clicking the chosen row again keeps it open
            chosen["at"] = position
            show()

    def show(_c=None) -> None:
        a = current()
        shown.value = (
            f'<div class="ck-card"><b>{esc(a["question"])}</b><br>'
            f'<span class="ck-muted">Version {a["version_no"]}</span>'
            f'<p class="ck-answer-text">{esc(a["text"])}</p></div>'
            + table_html(["Who", "Criterion", "Score", "Why"],
                         model.ratings_rows(a["version_id"], labels), "ck-answer-ratings")
            + "".join(f'<div class="ck-comment"><b>{esc(c.author_role)} '
                      f'{esc(c.author_name)}</b>: {esc(c.text)}</div>'
                      for c in model.comments(a["version_id"])))
        edit.value = a["text"]

    def rate(_b=None) -> None:
        message = model.rate(current()["version_id"], criterion.value, criterion.label,
                             score.value, note.value)
        note.value = ""
        app.status.ok(message)
        show()

    def add_comment(_b=None) -> None:
        message = model.comment(current()["version_id"], comment.value)
        comment.value = ""
        app.status.ok(message)
        show()

    def save_version(_b=None) -> None:
        app.status.ok(model.save_version(current()["answer_id"], edit.value))
        app.refresh()

    show()
    who = "the candidate only" if model.is_coach else "saved as a new version"
    return [*head, widgets.HTML("<h2>Rate and comment</h2>"
                                '<p class="ck-muted">Click an answer to open it below; click a '
                                "heading to sort.</p>"), pick, shown,
            _css(widgets.HBox([criterion, score]), "ck-rate-pick"), note,
            button("Save rating", "ck-rate-save", rate, run_rate, "star"), rate_said, comment,
            button("Add comment", "ck-comment-save", add_comment, run_comment, "comment"),
            comment_said, widgets.HTML(f"<h3>Change the answer ({esc(who)})</h3>"), edit,
            button("Save new version", "ck-answer-save", save_version, run_version, "pencil"),
            version_said, *tail]


def answers_table(found: list[dict], on_select) -> widgets.Widget:
    """The answers this reader may see, as a sortable table; the first one is open."""
    import pandas as pd

    from coachkit.ui.table import record_table

    frame = pd.DataFrame({
        "Question": [a["question"] for a in found],
        "Interview": [a["organisation"] or "question bank" for a in found],
        "Version": [a["version_no"] for a in found],
    })
    return record_table(frame, on_select, name="answers", css="ck-answer-pick", selected=0)


def weakest_rows(model, app, box: widgets.VBox, run=None) -> None:
    rows: list[widgets.Widget] = []
    for fam in model.weakest():
        score = f"{fam.score:.1f}" if fam.score is not None else "no rated answer yet"

        def add(_b=None, fam=fam) -> None:
            app.status.ok(model.practise_family(fam))

        rows.append(widgets.HBox([
            widgets.HTML(f'<div class="ck-family"><b>{esc(fam.label)}</b> · asked in '
                         f"{fam.interviews} interviews · answers: {esc(score)}</div>",
                         layout=widgets.Layout(flex="1 1 260px")),
            button("Add to practice queue", "ck-family-practice", add, run or app.run,
                   "plus")], layout=widgets.Layout(flex_flow="row wrap",
                                                   align_items="center")))
    box.children = rows or [widgets.HTML('<p class="ck-muted">No question has come back in '
                                         "two interviews yet.</p>")]
