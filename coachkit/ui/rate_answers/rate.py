"""Tab 4: rate the current version on the rubric, every level described in words."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.ui.answer_render import rubric_html, rubric_source_html
from coachkit.ui.common import button, cls, esc, reports_to
from coachkit.ui.rate_answers.render import FULL, anchor_html, box, levels_html, row, slot


class RatePanel(widgets.VBox):
    def __init__(self, view) -> None:
        self.view = view
        self.model = view.model
        on = reports_to(view.status)
        self.header = cls(widgets.HTML(), "ck-rate-target")
        self.role = cls(widgets.ToggleButtons(options=[("I am the candidate", "candidate"),
                                                       ("I am the coach", "coach")],
                                              style={"button_width": "auto"}),
                        "ck-rater-role")
        self.name = cls(widgets.Text(description="Your name", placeholder="optional"),
                        "ck-rater-name")
        self.levels: dict[str, widgets.ToggleButtons] = {}
        self.anchors: dict[str, widgets.HTML] = {}
        self.words: dict[str, widgets.HTML] = {}
        rows = []
        for c in self.model.rubric.criteria:
            control = cls(widgets.ToggleButtons(
                options=[(str(n), n) for n in range(1, 6)], value=None,
                tooltips=[c.anchors[n] for n in range(1, 6)],
                style={"button_width": "44px"}), f"ck-rate-{c.id}", "ck-rate-level")
            anchor = cls(widgets.HTML(), "ck-anchor", f"ck-anchor-{c.id}")
            words = cls(widgets.HTML(), "ck-levels-box", f"ck-levels-{c.id}")
            control.observe(on(lambda _ch, cid=c.id: self._show_anchor(cid)), "value")
            self.levels[c.id], self.anchors[c.id], self.words[c.id] = control, anchor, words
            rows.append(box([widgets.HTML(f"<b>{esc(c.label)}</b> "
                                          f'<span class="ck-muted">{esc(c.description)}'
                                          "</span>"), control, anchor, words], "ck-criterion"))
            self._show_anchor(c.id)
        self.comment = cls(widgets.Textarea(placeholder="A comment (optional): what would "
                                            "make it a level higher?", rows=2, layout=FULL),
                           "ck-rate-comment")
        self.save = button("Save rating", "ck-save-rating", "check", "primary")
        self.save.on_click(on(self._save))
        self.slot = slot()
        rubric = widgets.Accordion(children=[widgets.HTML(rubric_source_html()
                                                          + rubric_html(self.model.rubric))],
                                   titles=("The whole rubric as one table",))
        rubric.add_class("ck-rubric")
        super().__init__([self.header, box([self.role, self.name], "ck-row", vertical=False),
                          *rows, self.comment, row(self.save), self.slot, rubric])

    @property
    def version_id(self) -> int | None:
        return self.model.version_id

    def _show_anchor(self, cid: str) -> None:
        level = self.levels[cid].value
        self.anchors[cid].value = anchor_html(self.model.anchor(cid, level), level)
        self.words[cid].value = levels_html(self.model.rubric.criterion(cid), level)

    def sync(self) -> None:
        for control in self.levels.values():
            control.value = None
        if self.model.version_id is None:
            self.header.value = ('<span class="ck-muted">Save an answer first: ratings '
                                 "belong to one version of it.</span>")
            return
        v = self.model.version(self.model.version_id)
        self.header.value = (f"<h3>Rating version {v.version_no} of your answer</h3>"
                             '<span class="ck-muted">Leave out what you cannot judge yet '
                             "(delivery needs a spoken practice).</span>")

    def _save(self, _button=None) -> None:
        said = self.model.rate({cid: c.value for cid, c in self.levels.items()},
                               self.role.value, self.name.value, self.comment.value)
        self.comment.value = ""
        self.view.say(said)
