"""Tab 4: the user's own limits, the same for every job."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.ui.common import button, cls
from coachkit.ui.job_fit.render import Panel


def labelled_text(description: str, css: str, placeholder: str = "", **kw) -> widgets.Text:
    """A Text with a long label: the label wraps above the box on a narrow screen."""
    box = cls(widgets.Text(description=description, placeholder=placeholder,
                           layout=widgets.Layout(width="100%"), **kw),
              css, "ck-labelled", "ck-long-label")
    box.style.description_width = "260px"
    return box


class LimitsPanel(Panel):
    def __init__(self, app) -> None:
        self.public = labelled_text("Most public-facing time (%)", "ck-limit-public",
                                    "e.g. 40")
        self.interruptions = labelled_text("Interruptions an hour I can work with",
                                           "ck-limit-interruptions", "e.g. 6")
        self.breakers = cls(widgets.Textarea(placeholder="One per line, e.g. reception all day",
                                             layout=widgets.Layout(width="100%",
                                                                   height="90px")),
                            "ck-deal-breakers")
        # A phrase, not a number: wider than the limits above it.
        self.next_step = cls(widgets.Text(description="Where I want this job to lead",
                                          placeholder="optional, e.g. team leader",
                                          layout=widgets.Layout(width="100%",
                                                                max_width="640px")),
                             "ck-next-step", "ck-labelled")
        self.next_step.style.description_width = "260px"
        self.save = button("Save my limits", "ck-save-limits", "save", "primary")
        super().__init__(app, [
            widgets.HTML("<span class='ck-muted'>These limits are yours, not the job's: they "
                         "are kept for you and used for every job you weigh. Know your "
                         "tolerance before the interview, not after.</span>"),
            self.public, self.interruptions, widgets.HTML("<b>Deal-breakers</b>"),
            self.breakers, self.next_step,
            widgets.HTML("<span class='ck-muted'>If you say where you want to go next, the "
                         "questions to ask include whether this job can take you there."
                         "</span>"),
            self.save])
        self.save.on_click(self.guarded(self._save, under=self.save))

    def refresh(self) -> None:
        limits = self.model.limits()
        fmt = lambda v: "" if v is None else f"{v:g}"  # noqa: E731
        self.public.value = fmt(limits.max_public_facing_pct)
        self.interruptions.value = fmt(limits.max_interruptions_per_hour)
        self.breakers.value = "\n".join(limits.deal_breakers)
        self.next_step.value = limits.next_step

    def _save(self, _=None) -> None:
        self.status.ok(self.model.save_limits(self.public.value, self.interruptions.value,
                                              self.breakers.value, self.next_step.value))
        self.app.stale()
