"""Tab 1: pick a question (recurring families first, or by interview, or from the bank)."""

from __future__ import annotations

import threading
import time

import ipywidgets as widgets

from coachkit.domain.errors import CoachkitError
from coachkit.ui.common import button, cls, reports_to
from coachkit.ui.rate_answers.model import SOURCES, Target
from coachkit.ui.rate_answers.render import FULL, detail_html, muted, row, slot

START_PAUSE = 1.5  # seconds before the background grouping starts
RESEND_AFTER = (1, 2, 4, 8, 15)  # seconds between re-sends of the grouped list
GROUPING = muted("Grouping your questions…")


class PickPanel(widgets.VBox):
    SOURCES = SOURCES

    def __init__(self, view) -> None:
        self.view = view
        self.model = view.model
        self.source = cls(widgets.ToggleButtons(options=self.SOURCES, value="families",
                                                style={"button_width": "auto"}),
                          "ck-pick-source")
        self.filter = cls(widgets.Dropdown(description="", layout=widgets.Layout(
            width="100%", display="none")), "ck-pick-filter")
        self.choices = cls(widgets.Select(options=[], rows=9, layout=FULL), "ck-pick-choices")
        self.detail = cls(widgets.HTML(), "ck-pick-detail")
        self.button = button("Answer this question", "ck-pick-question", "pencil", "primary")
        self.slot = slot()
        on = reports_to(view.status)
        self.source.observe(on(self._on_source), "value")
        self.filter.observe(on(self._on_filter), "value")
        self.choices.observe(on(self._on_choice), "value")
        self.button.on_click(on(self._pick))
        super().__init__([
            widgets.HTML('<p class="ck-muted">Start with the questions you keep being asked. '
                         "Each shows what the panel is really asking.</p>"),
            self.source, self.filter, self.choices, self.detail, row(self.button), self.slot])

    @property
    def families(self):
        return self.model._families

    # families are grouped once, in the background on a live page
    def load_families(self) -> None:
        self.model.families()
        if self.source.value == "families":
            self._fill()

    def start_background(self) -> None:
        self.detail.value = GROUPING

        def run() -> None:
            # Let the page render first: on a small machine the grouping model would
            # compete with it for the CPU (and the interpreter lock).
            time.sleep(START_PAUSE)
            try:
                self.load_families()
                from coachkit.analysis.grouping import intent_of

                intent_of("warm up")  # so "what they are really asking" answers at once
            except Exception:  # noqa: BLE001 - shown when the user looks, never a traceback
                reports_to(self.view.status)(self._raise_later)()
            # Voila shows the page from a snapshot of the widgets taken when the cell ends;
            # a change made before the browser connects would be lost, so send the list's
            # state again a few times while the page is (surely) connecting.
            for pause in RESEND_AFTER:
                time.sleep(pause)
                for widget in (self.choices, self.detail, self.view.status):
                    widget.send_state()

        threading.Thread(target=run, daemon=True, name="ck-grouping").start()

    def _raise_later(self) -> None:
        raise CoachkitError("Grouping your questions failed; choose them by interview.")

    def refresh(self) -> None:
        """Forget the grouping (questions may have changed) and refill."""
        self.model.forget_families()
        self._fill()

    def _on_source(self, _change=None) -> None:
        self._fill()

    def _fill(self) -> None:
        source = self.source.value
        self.detail.value = ""
        if source == "families":
            self.filter.layout.display = "none"
            if not self.model.families_ready:
                self.choices.options = []
                self.detail.value = GROUPING
                self.load_families()
                return
            options = self.model.family_options()
            if not options:
                self.detail.value = muted("No questions yet. Log an interview first "
                                          "(workbook 1), or pick one from the question bank.")
            self.choices.options = options
            return
        self.filter.layout.display = None
        options = (self.model.interview_options() if source == "interview"
                   else self.model.category_options())
        self.filter.options = options
        if options and self.filter.value is None:
            self.filter.index = 0  # the newest interview (or first category): its list shows
        else:
            self._on_filter()

    def _on_filter(self, _change=None) -> None:
        source = self.source.value
        if source == "interview" and self.filter.value is None:
            self.choices.options = []
            self.detail.value = muted("No interviews logged yet.")
            return
        if source in ("interview", "bank") and self.filter.value is not None:
            self.choices.options = self.model.question_options(source, self.filter.value)

    def _on_choice(self, _change=None) -> None:
        target = self.selected()
        if target is None:
            self.detail.value = ""
            return
        members = ()
        if self.source.value == "families":
            members = [q.text for q in self.model.families()[self.choices.value].questions]
        self.detail.value = detail_html(target, members)

    def selected(self) -> Target | None:
        return self.model.target_for(self.source.value, self.choices.value, self.filter.value,
                                     self.filter.label or "")

    def _pick(self, _button=None) -> None:
        self.view.select(self.selected())
