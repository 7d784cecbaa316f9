"""Tab 2: write the answer (or build it from the four STAR parts), save versions, compare."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.ui.answer_render import diff_html
from coachkit.ui.common import button, cls, reports_to
from coachkit.ui.rate_answers.render import FULL, box, row, slot, version_label

STAR_PROMPTS = {
    "situation": "Where were you, when, and what was going on? (one or two sentences)",
    "task": "What did you have to achieve, or what was at stake?",
    "action": "What did YOU do, step by step? Say \"I\", and name tools or programmes.",
    "result": "How did it turn out? A number if you have one, and what you learned.",
}


class WritePanel(widgets.VBox):
    def __init__(self, view) -> None:
        self.view = view
        self.model = view.model
        on = reports_to(view.status)
        self.star = {}
        for key, prompt in STAR_PROMPTS.items():
            area = widgets.Textarea(placeholder=prompt, rows=3, layout=FULL,
                                    description=key.capitalize())
            area.style.description_width = "70px"
            self.star[key] = cls(area, f"ck-star-{key}")
        self.assemble = button("Put the four parts together ↓", "ck-star-assemble")
        self.text = cls(widgets.Textarea(placeholder="Type or paste your answer here, or "
                                         "build it with the four STAR boxes above.",
                                         rows=9, layout=FULL), "ck-answer-text")
        self.save = button("Save as a new version", "ck-save-answer", "save", "primary")
        self.unsaved = cls(widgets.HTML(), "ck-unsaved")
        self.versions = cls(widgets.Dropdown(options=[], layout=FULL), "ck-versions")
        self.diff = cls(widgets.HTML(), "ck-diff-box")
        self.restore = button("Start again from this version", "ck-restore-version")
        self.slot = slot()
        self.assemble.on_click(on(self._assemble))
        self.save.on_click(on(self._save))
        self.restore.on_click(on(self._restore))
        self.versions.observe(on(self._show_diff), "value")
        self.text.observe(on(self._dirty), "value")
        history = widgets.VBox([self.versions, self.diff, row(self.restore)])
        self.history = widgets.Accordion(children=[history], titles=("Earlier versions",))
        self._rows: dict = {}
        self._saved_text = ""
        super().__init__([
            widgets.HTML("<h3>STAR builder</h3>"),
            box(list(self.star.values()), "ck-star-grid"), row(self.assemble),
            widgets.HTML("<h3>Your answer</h3><span class=\"ck-muted\">Nothing is stored "
                         "until you press Save; every save keeps a new version, so you can "
                         "always go back.</span>"),
            self.text, row(self.save, self.unsaved), self.slot, self.history])

    def sync(self) -> None:
        self.load()

    def _dirty(self, _change=None) -> None:
        changed = self.text.value.strip() != self._saved_text.strip()
        self.unsaved.value = ('<span class="ck-status-warn">Not saved yet</span>'
                              if changed else "")

    def load(self) -> None:
        """Show the current answer's newest version (empty boxes when there is none)."""
        rows = self.model.versions()
        latest = rows[-1] if rows else None
        self._saved_text = latest.text if latest else ""
        self.text.value = self._saved_text
        for key, area in self.star.items():
            area.value = (latest.star or {}).get(key, "") if latest else ""
        self._fill_versions(rows)
        self._dirty()

    def _fill_versions(self, rows) -> None:
        self._rows = {v.id: v for v in rows}
        older = [(version_label(v), v.id) for v in rows[:-1]]
        self.versions.options = list(reversed(older))
        self.history.set_title(0, f"Earlier versions ({len(older)}) and what changed")
        if not older:
            self.diff.value = ('<span class="ck-muted">Each time you save, the earlier '
                               "version is kept here with the changes marked.</span>")

    def _show_diff(self, _change=None) -> None:
        if self.versions.value is None:
            return
        old = self._rows[self.versions.value]
        current = max(self._rows.values(), key=lambda v: v.version_no)
        self.diff.value = (f'<div class="ck-muted">Changes from version {old.version_no} to '
                           f"version {current.version_no} (current): "
                           '<ins>added</ins> <del>removed</del></div>'
                           + diff_html(old.text, current.text))

    def _star_parts(self) -> dict[str, str]:
        return {k: a.value for k, a in self.star.items()}

    def _assemble(self, _button=None) -> None:
        self.text.value = self.model.assemble(self._star_parts())
        self.view.status.ok("The four parts are in the answer box. Polish it, then save.")

    def _save(self, _button=None) -> None:
        said = self.model.save_answer(self.text.value, self._star_parts())
        self.load()
        self.view.after_save()
        self.view.say(said)

    def _restore(self, _button=None) -> None:
        if self.versions.value is None:
            self.view.status.error("There is no earlier version to go back to yet.")
            return
        old = self._rows[self.versions.value]
        self.text.value = old.text
        for key, area in self.star.items():
            area.value = (old.star or {}).get(key, "")
        self.view.status.ok(f"Version {old.version_no} is in the answer box; save it to make "
                            "it the current version.")
