"""Tabs 2 and 3: the job's duties and requirements; every field saves on its own."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from coachkit.domain import vocab
from coachkit.domain.errors import CoachkitError
from coachkit.domain.records import DutyRecord
from coachkit.ui.common import StatusLine, button, cls, esc, reports_to
from coachkit.ui.job_fit.model import parse_share
from coachkit.ui.job_fit.render import SKILL_SCALE, SKILLS, Panel, long_text


class LineRow(widgets.VBox):
    """One stored duty or requirement; every field saves on its own."""

    def __init__(self, panel: LinesPanel, line: DutyRecord) -> None:
        self.panel, self.line_id, self.kind = panel, line.id, line.kind
        self.note = cls(StatusLine(), "ck-row-status")
        self._quiet = False
        self.text = long_text(line.text, "ck-line-text", width="auto", flex="1 1 260px")
        other = "requirement" if line.kind == "duty" else "duty"
        self.move = button(f"→ {other}", "ck-move-line")
        self.remove = button("Delete", "ck-delete-line", "trash")
        self.merge = button("merge with next", "ck-merge-duty", "compress")
        buttons = widgets.HBox([self.merge, self.move, self.remove],
                               layout=widgets.Layout(flex_flow="row wrap", flex="0 1 auto"))
        self.text.observe(self._on("text", lambda: self.text.value), "value")
        self.move.on_click(self._guard(lambda _: self.panel.move(self.line_id, other)))
        self.remove.on_click(self._guard(lambda _: self.panel.delete(self.line_id)))
        self.merge.on_click(self._guard(lambda _: self.panel.merge_next(self.line_id)))
        body = self._duty_fields(line) if line.kind == "duty" else self._req_fields(line)
        wrap = widgets.Layout(flex_flow="row wrap")
        super().__init__([widgets.HBox([self.text, buttons], layout=wrap),
                          widgets.HBox(body, layout=wrap), self.note])
        cls(self, "ck-duty-row" if line.kind == "duty" else "ck-req-row", "ck-card")

    def _guard(self, fn: Callable) -> Callable:
        return reports_to(self.note)(fn)

    def _duty_fields(self, line: DutyRecord) -> list[widgets.Widget]:
        share = "" if line.share_pct is None else f"{line.share_pct:g}"
        self.share = cls(widgets.Text(value=share, continuous_update=False,
                                      placeholder="%", layout=widgets.Layout(width="60px")),
                         "ck-share")
        self.unknown = cls(widgets.Checkbox(value=line.share_pct is None,
                                            description="unknown", indent=False,
                                            layout=widgets.Layout(width="90px")),
                           "ck-share-unknown")
        self.skill = widgets.Dropdown(options=SKILLS, value=line.skill, description="skill",
                                      layout=widgets.Layout(width="150px"))
        self.energy = cls(widgets.Dropdown(options=[(v, k) for k, v in vocab.ENERGY.items()],
                                           value=line.energy,
                                           layout=widgets.Layout(width="130px")),
                          "ck-energy")
        self.develop = widgets.Dropdown(options=[(f"develop: {v.lower()}", k)
                                                 for k, v in vocab.DEVELOP.items()],
                                        value=line.develop, layout=widgets.Layout(width="135px"))
        self.skill.style.description_width = "36px"
        self.tags = {}
        for tag, label in vocab.DUTY_TAGS.items():
            # Eleven tags (issue 16): keep each label whole and let the row wrap.
            toggle = cls(widgets.ToggleButton(value=tag in line.tags, description=label,
                                              layout=widgets.Layout(width="auto",
                                                                    flex="0 0 auto")),
                         f"ck-tag-{tag}")
            toggle.observe(self._on("tags", self._tag_values), "value")
            self.tags[tag] = toggle
        self.share.observe(self._on("share_pct", lambda: parse_share(self.share.value)), "value")
        self.unknown.observe(self._on_unknown, "value")
        for name in ("skill", "energy", "develop"):
            widget = getattr(self, name)
            widget.observe(self._on(name, lambda w=widget: w.value), "value")
        return [self.share, widgets.HTML("%&nbsp;"), self.unknown, self.skill, self.energy,
                self.develop, *self.tags.values()]

    def _req_fields(self, line: DutyRecord) -> list[widgets.Widget]:
        self.merge.layout.display = "none"
        options = [("not rated yet", None)] + [(v, k) for k, v in
                                                vocab.REQUIREMENT_STATUS.items()]
        self.status_pick = cls(widgets.Dropdown(options=options,
                                                value=line.requirement_status,
                                                description="I have it",
                                                layout=widgets.Layout(width="230px")),
                               "ck-req-status")
        self.essential = widgets.Checkbox(value=line.essential, description="essential",
                                          indent=False)
        self.status_pick.observe(self._on("requirement_status",
                                          lambda: self.status_pick.value), "value")
        self.essential.observe(self._on("essential", lambda: self.essential.value), "value")
        return [self.status_pick, self.essential]

    def _tag_values(self) -> list[str]:
        return [tag for tag, toggle in self.tags.items() if toggle.value]

    def _on(self, field: str, read: Callable[[], object]) -> Callable:
        def changed(change) -> None:
            if self._quiet:
                return
            self._guard(lambda: self._save(field, read))()
        return changed

    def _on_unknown(self, change) -> None:
        if self._quiet:
            return
        if change["new"]:
            self._guard(lambda: self._save("share_pct", lambda: None))()
        else:
            self.note.warn("Type the share in % (it stays unknown until you do).")

    def _save(self, field: str, read: Callable[[], object]) -> None:
        model = self.panel.model
        try:
            saved, message = model.update_line(self.line_id, field, read())
        except CoachkitError:
            self.show(model.line(self.line_id))  # back to what is stored
            raise
        self.show(saved)
        self.note.ok(message)
        self.panel.changed()

    def show(self, line: DutyRecord | None) -> None:
        if line is None:
            return
        self._quiet = True
        try:
            self.text.value = line.text
            if line.kind == "duty":
                self.share.value = "" if line.share_pct is None else f"{line.share_pct:g}"
                self.unknown.value = line.share_pct is None
                self.skill.value, self.energy.value = line.skill, line.energy
                self.develop.value = line.develop
                for tag, toggle in self.tags.items():
                    toggle.value = tag in line.tags
            else:
                self.status_pick.value = line.requirement_status
                self.essential.value = line.essential
        finally:
            self._quiet = False


class LinesPanel(Panel):
    """Duties (kind='duty') or requirements (kind='requirement') of the current job."""

    def __init__(self, app, kind: str) -> None:
        self.kind = kind
        self.total = cls(widgets.HTML(), "ck-share-total" if kind == "duty" else "ck-req-summary")
        self.rows = cls(widgets.VBox(), "ck-duty-list" if kind == "duty" else "ck-req-list")
        self.new = cls(widgets.Text(placeholder=f"Add a {kind} in your own words",
                                    layout=widgets.Layout(width="auto", flex="1 1 240px")),
                       f"ck-new-{kind}")
        self.add = button(f"Add {kind}", f"ck-add-{kind}", "plus")
        self.adder = cls(widgets.HBox([self.new, self.add],
                                      layout=widgets.Layout(flex_flow="row wrap")), "ck-adder")
        intro = ("For each duty: roughly what share of the week it takes (or tick unknown), "
                 "how good you are at it now, what it does to your energy, whether you want "
                 "to get better at it, and what kind of work it is."
                 if kind == "duty" else
                 "For each requirement in the ad: do you have it? Desirable items are the "
                 "ones without “essential”.")
        scale = f"<br><span class='ck-muted ck-skill-scale'>{esc(SKILL_SCALE)}</span>"
        super().__init__(app, [widgets.HTML(f"<span class='ck-muted'>{esc(intro)}</span>"
                                            + (scale if kind == "duty" else "")),
                               self.total, self.rows, self.adder])
        self.add.on_click(self.guarded(self._add, under=self.adder))

    def refresh(self) -> None:
        if self.model.job_id is None:
            self.rows.children = ()
            self.total.value = "<i>Save a job first (tab “The job”).</i>"
            return
        lines = self.model.lines(self.kind)
        self.rows.children = [LineRow(self, line) for line in lines]
        if lines and self.kind == "duty":
            self.rows.children[-1].merge.layout.display = "none"
        self.changed(local_only=True)

    def changed(self, local_only: bool = False) -> None:
        if self.kind == "duty":
            self.total.value = f"<b>{esc(self.model.share_total())}</b>"
        else:
            rated, share, note = self.model.requirements_summary()
            self.total.value = (f"<b>{esc(rated)}</b> {esc(share)}"
                                f"<br><span class='ck-muted'>{esc(note)}</span>")
        if not local_only:
            self.app.stale(keep=self)

    def _add(self, _=None) -> None:
        self.status.ok(self.model.add_line(self.kind, self.new.value))
        self.new.value = ""
        self.refresh()
        self.app.stale()

    def _after_row_action(self, message: str) -> None:
        self.status_under(self.total)  # the row may be gone: report above the list
        self.status.ok(message)
        self.refresh()
        self.app.stale()

    def delete(self, line_id: int) -> None:
        self._after_row_action(self.model.delete_line(line_id))

    def move(self, line_id: int, kind: str) -> None:
        self._after_row_action(self.model.move_line(line_id, kind))

    def merge_next(self, line_id: int) -> None:
        self._after_row_action(self.model.merge_next(line_id))
