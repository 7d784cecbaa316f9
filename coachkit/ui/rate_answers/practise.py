"""Tab 6: timed practice rounds with the questions that are due; weak ones come back sooner."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.ui.answer_render import (
    asks_for,
    feedback_for,
    findings_html,
    highlights_html,
    metrics_html,
    mmss,
)
from coachkit.ui.common import button, cls, esc, reports_to
from coachkit.ui.rate_answers.model import local_day
from coachkit.ui.rate_answers.render import FULL, box, practice_card_html, queue_html, row, slot

SELF_LEVELS = [("1 · not yet", 1), ("2 · shaky", 2), ("3 · OK", 3), ("4 · good", 4),
               ("5 · nailed it", 5)]


class PracticePanel(widgets.VBox):
    def __init__(self, view) -> None:
        self.view = view
        self.model = view.model
        on = reports_to(view.status)
        self.item = None
        self.version_id: int | None = None
        self.queue = cls(widgets.HTML(), "ck-practice-queue")
        self.add = button("Add the chosen question to practice", "ck-add-to-queue", "plus")
        self.minutes = cls(widgets.BoundedIntText(value=2, min=1, max=10, description="Minutes",
                                                  layout=widgets.Layout(width="auto")),
                           "ck-practice-minutes")
        self.start = button("Start practising", "ck-practice-start", "play", "success")
        self.question = cls(widgets.HTML(), "ck-practice-question")
        self.timer = cls(widgets.Play(value=0, min=0, max=120, step=1, interval=1000,
                                      show_repeat=False), "ck-practice-timer")
        self.bar = cls(widgets.IntProgress(value=0, min=0, max=120, bar_style="info",
                                           layout=widgets.Layout(width="auto")),
                       "ck-practice-bar")
        self.clock = cls(widgets.HTML(), "ck-practice-clock")
        widgets.jslink((self.timer, "value"), (self.bar, "value"))
        self.timer.observe(on(self._tick), "value")
        self.answer = cls(widgets.Textarea(placeholder="Type your answer as you would say "
                                           "it (or say it aloud and just rate yourself).",
                                           rows=7, layout=FULL), "ck-practice-answer")
        self.save = button("Save and show feedback", "ck-practice-save", "save", "primary")
        self.feedback = cls(widgets.HTML(), "ck-practice-feedback")
        self.self_rating = cls(widgets.ToggleButtons(options=SELF_LEVELS, value=None,
                                                     style={"button_width": "auto"}),
                               "ck-practice-self")
        self.rate = button("Rate and go to the next question", "ck-practice-rate", "forward")
        self.add.on_click(on(self._add))
        self.start.on_click(on(self._start))
        self.save.on_click(on(self._save))
        self.rate.on_click(on(self._rate))
        # the status line goes under Start, under Save, or under Rate: where the user is
        self.add_slot, self.top_slot = slot(), slot()
        self.save_slot, self.session_slot = slot(), slot()
        self.slot = self.top_slot
        self.session = box([self.question, box([self.timer, self.bar, self.clock],
                                               "ck-timer-row", vertical=False),
                            self.answer, row(self.save), self.save_slot, self.feedback,
                            widgets.HTML("<b>How did it go?</b> Your rating decides when "
                                         "this question comes back: weak answers sooner."),
                            self.self_rating, row(self.rate), self.session_slot],
                           "ck-practice-session")
        self.session.layout.display = "none"
        from coachkit.ui.centre_offer import centre_offer  # a centre's shared questions

        super().__init__([*centre_offer(view), widgets.HTML("<h3>Your practice queue</h3>"),
                          self.queue, row(self.add), self.add_slot,
                          widgets.HTML("<h3>Practise now</h3>"), row(self.minutes, self.start),
                          self.top_slot, self.session])

    def _at(self, where: widgets.Box) -> None:
        self.slot = where
        self.view.place_status(where)

    def refresh(self) -> None:
        self.queue.value = queue_html(self.model.queue())

    def _add(self, _button=None) -> None:
        self._at(self.add_slot)
        said = self.model.add_to_queue()
        self.refresh()
        self.view.say(said)

    def _start(self, _button=None) -> None:
        self._at(self.top_slot)
        self.item = self.model.next_due()
        self.feedback.value = ""
        self.answer.value = ""
        self.self_rating.value = None
        self.version_id = None
        if self.item is None:
            self.session.layout.display = "none"
            self.timer.playing = False
            self.refresh()
            self.view.status.ok("Nothing is due for practice today. Well done!")
            return
        seconds = int(self.minutes.value) * 60
        self.timer.playing = False
        self.timer.max = self.bar.max = seconds
        self.timer.value = 0
        self._tick()
        self.question.value = practice_card_html(self.item.question,
                                                 asks_for(self.item.question))
        self.session.layout.display = None
        self.timer.playing = True
        self.view.status.ok(f"You have {self.minutes.value} minutes. Go!")

    def _tick(self, _change=None) -> None:
        left = max(0, self.timer.max - self.timer.value)
        if left == 0:
            self.clock.value = '<b class="ck-time-up">Time is up: finish your sentence.</b>'
        else:
            self.clock.value = f'<b class="ck-clock">{mmss(left)}</b> left'

    def _save(self, _button=None) -> None:
        self._at(self.save_slot)
        self.version_id, said = self.model.save_practice(self.item, self.answer.value)
        self.timer.playing = False
        fb, problem = feedback_for(self.answer.value, self.item.question)
        self.feedback.value = (highlights_html(self.answer.value, fb) + metrics_html(fb)
                               + findings_html(fb)) if fb else esc(problem)
        self.view.say(said)

    def _rate(self, _button=None) -> None:
        self._at(self.session_slot)
        due = self.model.review(self.item, self.self_rating.value, version_id=self.version_id,
                                seconds=int(self.timer.value))
        done = self.item.question
        self._start()
        self.refresh()
        self.view.status.ok(f"“{done}” comes back on {local_day(due)}. "
                            + ("The next question is below." if self.item else
                               "That was the last one due today."))
