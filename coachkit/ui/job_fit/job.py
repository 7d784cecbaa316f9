"""Tab 1: the job's details and its ad, split into lines the user checks before adding."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.ui.common import button, cls, esc
from coachkit.ui.job_fit.model import DraftLine
from coachkit.ui.job_fit.render import FULL, Panel, long_text


class JobPanel(Panel):
    def __init__(self, app) -> None:
        self.title = cls(widgets.Text(description="Job title", layout=FULL), "ck-job-title")
        self.organisation = widgets.Text(description="Organisation", layout=FULL)
        self.link = widgets.Text(description="Link", placeholder="https://…", layout=FULL)
        for w in (self.title, self.organisation, self.link):
            w.style.description_width = "100px"
            w.add_class("ck-labelled")
        self.save = button("Save job details", "ck-save-job", "save", "primary")
        self.ad = cls(widgets.Textarea(placeholder="Paste the job ad here: plain text, or "
                                       "copy it straight from the web page.",
                                       layout=widgets.Layout(width="100%", height="180px")),
                      "ck-ad-paste")
        self.split = button("Split the ad", "ck-split-ad", "scissors")
        self.preview = cls(widgets.VBox(), "ck-ad-preview")
        self.confirm = button("Add the ticked lines to this job", "ck-confirm-split", "check",
                              "success")
        self.confirm.layout.display = "none"
        self._draft_rows: list[tuple[str, widgets.Checkbox, widgets.Textarea,
                                     widgets.Checkbox]] = []
        self._cleaned = ""
        super().__init__(app, [
            self.title, self.organisation, self.link, self.save,
            widgets.HTML("<h3>The ad</h3><span class='ck-muted'>coachkit splits it into "
                         "duties and requirements. Nothing is added until you tick the lines "
                         "and press the green button.</span>"),
            self.ad, self.split, self.preview, self.confirm])
        self.save.on_click(self.guarded(self._save, under=self.save))
        self.split.on_click(self.guarded(self._split, under=self.split))
        self.confirm.on_click(self.guarded(self._confirm, under=self.confirm))

    def refresh(self) -> None:
        job = self.model.job()
        self.title.value = job.title if job else ""
        self.organisation.value = job.organisation if job else ""
        self.link.value = job.link if job else ""
        self.ad.value = job.ad_text if job else ""
        self.save.description = "Save job details" if job else "Save this new job"
        self._show_draft(None)

    def _fields(self) -> dict:
        return dict(title=self.title.value, organisation=self.organisation.value,
                    link=self.link.value)

    def _save(self, _=None) -> None:
        new = self.model.job_id is None
        message = self.model.save_job(**self._fields(), ad_text=self.ad.value)
        if new:
            self.app.job_added(self.model.job_id)
        self.save.description = "Save job details"
        self.status.ok(message)

    def _split(self, _=None) -> None:
        draft = self.model.split_ad(self.ad.value)
        self._show_draft(draft)
        self.status.ok(self.model.split_message(draft))

    def _show_draft(self, draft) -> None:
        self._draft_rows = []
        if draft is None:
            self.preview.children = ()
            self.confirm.layout.display = "none"
            return
        self._cleaned = draft.cleaned_text
        children: list[widgets.Widget] = []
        sections = [("duty", "Duties found", [(t, True) for t in draft.duties], True),
                    ("requirement", "Requirements found", list(draft.requirements), True),
                    ("other", "Other lines (pay, about us…): tick any that is really a duty",
                     [(t, True) for t in draft.other], False)]
        for kind, heading, lines, ticked in sections:
            if not lines:
                continue
            children.append(widgets.HTML(f"<h4>{esc(heading)}</h4>"))
            for text, essential in lines:
                keep = widgets.Checkbox(value=ticked, indent=False,
                                        layout=widgets.Layout(width="28px", flex="0 0 auto"))
                line = long_text(text, "ck-draft-text", width="auto", flex="1 1 240px")
                must = widgets.Checkbox(value=essential, description="essential", indent=False,
                                        layout=widgets.Layout(width="100px", flex="0 0 auto"))
                row = [keep, line] + ([must] if kind == "requirement" else [])
                children.append(cls(widgets.HBox(row), "ck-draft-row", f"ck-draft-{kind}"))
                self._draft_rows.append((kind, keep, line, must))
        self.preview.children = children
        self.confirm.layout.display = ""

    def _confirm(self, _=None) -> None:
        new = self.model.job_id is None
        lines = [DraftLine(kind, line.value, must.value, keep.value)
                 for kind, keep, line, must in self._draft_rows]
        message = self.model.confirm_lines(lines, self._cleaned, **self._fields(),
                                           ad_text=self.ad.value)
        if new:
            self.app.job_added(self.model.job_id)
        else:
            self.app.stale(keep=self)
        self._show_draft(None)
        self.status.ok(message)
        self.app.show_tab("duties")
