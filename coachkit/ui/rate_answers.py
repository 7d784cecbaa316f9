"""Workbook 2: pick a question, write and rewrite the answer, get feedback, rate it against
the rubric (alone or with a coach), and practise the weak ones.

One view (`RateAnswers`) holds the chosen question; each tab is a small panel that talks to
the services (answers, practice) and renders user text escaped. Heavy work waits until it is
needed: the question grouping runs in the background after the page is ready, charts are
drawn when their tab is opened. What the panels show (diffs, highlights, feedback, the
rubric, charts) is built in `coachkit.ui.answer_render`, which has no widgets.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

import ipywidgets as widgets

from coachkit.domain.errors import CoachkitError
from coachkit.domain.records import QuestionRecord
from coachkit.services import answers, interviews, practice, questions
from coachkit.services.weak_spots import weakest_recurring
from coachkit.services.workbook import Workbook
from coachkit.ui.answer_render import (
    NOT_IN_BANK,
    Family,
    asks_for,
    calibration_points,
    day_text,
    diff_html,
    draw_calibration,
    draw_progress,
    feedback_for,
    findings_html,
    highlights_html,
    load_families,
    metrics_html,
    mmss,
    png,
    rubric_html,
    rubric_source_html,
    weakest_html,
    weakest_table,
    when_text,
)
from coachkit.ui.common import StatusLine, dashboard, esc, reports_to
from coachkit.ui.export import ExportBar

STAR_PROMPTS = {
    "situation": "Where were you, when, and what was going on? (one or two sentences)",
    "task": "What did you have to achieve, or what was at stake?",
    "action": "What did YOU do, step by step? Say \"I\", and name tools or programmes.",
    "result": "How did it turn out? A number if you have one, and what you learned.",
}
SELF_LEVELS = [("1 · not yet", 1), ("2 · shaky", 2), ("3 · OK", 3), ("4 · good", 4),
               ("5 · nailed it", 5)]
FULL = widgets.Layout(width="100%")
START_PAUSE = 1.5  # seconds before the background grouping starts (see PickPanel)
RESEND_AFTER = (1, 2, 4, 8, 15)  # seconds between re-sends of the grouped list (see PickPanel)


# ----------------------------------------------------------------------------- helpers


def _box(children: Sequence[widgets.Widget], cls: str = "", vertical: bool = True
         ) -> widgets.Box:
    box = (widgets.VBox if vertical else widgets.HBox)(list(children))
    if cls:
        box.add_class(cls)
    return box


def _row(*children: widgets.Widget) -> widgets.HBox:
    """Side by side at their natural width (a VBox would stretch a lone button)."""
    return widgets.HBox(list(children))


def _cls(widget: widgets.Widget, *names: str) -> widgets.Widget:
    for name in names:
        widget.add_class(name)
    return widget


@dataclass(frozen=True)
class Target:
    """The question being answered: a workbook question or one from the bank."""

    text: str
    asks: str
    question_id: int | None = None
    bank_id: str | None = None
    where: str = ""


# ------------------------------------------------------------------------------ panels


class PickPanel(widgets.VBox):
    SOURCES = [("Recurring families", "families"), ("From an interview", "interview"),
               ("From the question bank", "bank")]

    def __init__(self, view: RateAnswers) -> None:
        self.view = view
        self.families: list[Family] | None = None
        self._lock = threading.Lock()
        self.source = _cls(widgets.ToggleButtons(options=self.SOURCES, value="families",
                                                 style={"button_width": "auto"}),
                           "ck-pick-source")
        self.filter = _cls(widgets.Dropdown(description="", layout=widgets.Layout(
            width="60%", display="none")), "ck-pick-filter")
        self.choices = _cls(widgets.Select(options=[], rows=9, layout=FULL), "ck-pick-choices")
        self.detail = _cls(widgets.HTML(), "ck-pick-detail")
        self.button = _cls(widgets.Button(description="Answer this question", icon="pencil",
                                          button_style="primary",
                                          layout=widgets.Layout(width="auto")),
                           "ck-pick-question")
        on = reports_to(view.status)
        self.source.observe(on(self._on_source), "value")
        self.filter.observe(on(self._on_filter), "value")
        self.choices.observe(on(self._on_choice), "value")
        self.button.on_click(on(self._pick))
        super().__init__([
            widgets.HTML('<p class="ck-muted">Start with the questions you keep being asked. '
                         "Each shows what the panel is really asking.</p>"),
            self.source, self.filter, self.choices, self.detail, _row(self.button)])

    # families are grouped once, in the background on a live page
    def load_families(self) -> None:
        with self._lock:
            if self.families is None:
                self.families = load_families(self.view.wb)
        if self.source.value == "families":
            self._fill()

    def start_background(self) -> None:
        self.detail.value = '<span class="ck-muted">Grouping your questions…</span>'

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
        self.families = None
        self._fill()

    def _on_source(self, _change=None) -> None:
        self._fill()

    def _fill(self) -> None:
        source = self.source.value
        self.detail.value = ""
        if source == "families":
            self.filter.layout.display = "none"
            if self.families is None:
                self.choices.options = []
                self.detail.value = '<span class="ck-muted">Grouping your questions…</span>'
                self.load_families()
                return
            if not self.families:
                self.detail.value = ('<span class="ck-muted">No questions yet. Log an '
                                     "interview first (workbook 1), or pick one from the "
                                     "question bank.</span>")
            self.choices.options = [(f"asked {f.asked}× · {f.wording}", i)
                                    for i, f in enumerate(self.families)]
            return
        self.filter.layout.display = None
        if source == "interview":
            rows = interviews.list_interviews(self.view.wb)
            self.filter.options = [(f"{r.organisation}, {r.interview_date:%d %b %Y}"
                                    if r.interview_date else r.organisation, r.id)
                                   for r in rows]
        else:
            from coachkit.analysis.question_bank import CATEGORIES

            self.filter.options = [(label, cid) for cid, label in CATEGORIES]
        self._on_filter()

    def _on_filter(self, _change=None) -> None:
        if self.source.value == "interview":
            if self.filter.value is None:
                self.choices.options = []
                self.detail.value = '<span class="ck-muted">No interviews logged yet.</span>'
                return
            rows = questions.list_questions(self.view.wb, self.filter.value)
            self.choices.options = [(q.text, q.id) for q in rows]
        elif self.source.value == "bank" and self.filter.value:
            from coachkit.analysis.question_bank import entries_by_category

            self.choices.options = [(e.phrasings[0], e.id)
                                    for e in entries_by_category(self.filter.value)]

    def _on_choice(self, _change=None) -> None:
        target = self.selected()
        if target is None:
            self.detail.value = ""
            return
        extra = ""
        if self.source.value == "families":
            fam = self.families[self.choices.value]
            worded = "".join(f"<li>{esc(q.text)}</li>" for q in fam.questions)
            extra = f'<div class="ck-muted">Asked as:</div><ul class="ck-members">{worded}</ul>'
        self.detail.value = (f'<div class="ck-card ck-asks"><b>What they are really asking:'
                             f"</b> {esc(target.asks)}{extra}</div>")

    def selected(self) -> Target | None:
        value = self.choices.value
        if value is None:
            return None
        if self.source.value == "families":
            fam = self.families[value]
            chosen = self._answered_member(fam) or next(
                (q for q in fam.questions if q.text == fam.wording), fam.questions[0])
            return Target(chosen.text, asks_for(fam.wording, fam.bank_id), chosen.id,
                          where=f"asked {fam.asked}×")
        if self.source.value == "interview":
            q = next(q for q in questions.list_questions(self.view.wb, self.filter.value)
                     if q.id == value)
            return Target(q.text, asks_for(q.text), q.id, where=self.filter.label or "")
        from coachkit.analysis.question_bank import category_label, get_entry

        entry = get_entry(value)
        return Target(entry.phrasings[0], entry.asks or NOT_IN_BANK, bank_id=entry.id,
                      where=f"question bank · {category_label(entry.category)}")

    def _answered_member(self, fam: Family) -> QuestionRecord | None:
        found = [(answers.find_answer(self.view.wb, question_id=q.id), q)
                 for q in fam.questions]
        found = [(a, q) for a, q in found if a is not None]
        return max(found, key=lambda pair: pair[0])[1] if found else None

    def _pick(self, _button=None) -> None:
        target = self.selected()
        if target is None:
            self.view.status.error("Choose a question in the list first.")
            return
        self.view.select(target)


class WritePanel(widgets.VBox):
    def __init__(self, view: RateAnswers) -> None:
        self.view = view
        on = reports_to(view.status)
        self.star = {}
        for key, prompt in STAR_PROMPTS.items():
            area = widgets.Textarea(placeholder=prompt, rows=3, layout=FULL,
                                    description=key.capitalize())
            area.style.description_width = "70px"
            self.star[key] = _cls(area, f"ck-star-{key}")
        self.assemble = _cls(widgets.Button(description="Put the four parts together ↓",
                                            layout=widgets.Layout(width="auto")),
                             "ck-star-assemble")
        self.text = _cls(widgets.Textarea(placeholder="Type or paste your answer here, or "
                                          "build it with the four STAR boxes above.",
                                          rows=9, layout=FULL), "ck-answer-text")
        self.save = _cls(widgets.Button(description="Save as a new version", icon="save",
                                        button_style="primary",
                                        layout=widgets.Layout(width="auto")), "ck-save-answer")
        self.unsaved = _cls(widgets.HTML(), "ck-unsaved")
        self.versions = _cls(widgets.Dropdown(options=[], layout=widgets.Layout(width="60%")),
                             "ck-versions")
        self.diff = _cls(widgets.HTML(), "ck-diff-box")
        self.restore = _cls(widgets.Button(description="Start again from this version",
                                           layout=widgets.Layout(width="auto")),
                            "ck-restore-version")
        self.assemble.on_click(on(self._assemble))
        self.save.on_click(on(self._save))
        self.restore.on_click(on(self._restore))
        self.versions.observe(on(self._show_diff), "value")
        self.text.observe(on(self._dirty), "value")
        history = widgets.VBox([self.versions, self.diff, self.restore])
        self.history = widgets.Accordion(children=[history], titles=("Earlier versions",))
        super().__init__([
            widgets.HTML("<h3>STAR builder</h3>"),
            _box(list(self.star.values()), "ck-star-grid"), _row(self.assemble),
            widgets.HTML("<h3>Your answer</h3><span class=\"ck-muted\">Nothing is stored "
                         "until you press Save; every save keeps a new version, so you can "
                         "always go back.</span>"),
            self.text, _box([self.save, self.unsaved], vertical=False), self.history])
        self._saved_text = ""

    def sync(self) -> None:
        self.load(self.view.answer_id)

    def _dirty(self, _change=None) -> None:
        changed = self.text.value.strip() != self._saved_text.strip()
        self.unsaved.value = ('<span class="ck-status-warn">Not saved yet</span>'
                              if changed else "")

    def load(self, answer_id: int | None) -> None:
        rows = answers.list_versions(self.view.wb, answer_id) if answer_id else []
        latest = rows[-1] if rows else None
        self._saved_text = latest.text if latest else ""
        self.text.value = self._saved_text
        for key, area in self.star.items():
            area.value = (latest.star or {}).get(key, "") if latest else ""
        self._fill_versions(rows)
        self._dirty()

    def _fill_versions(self, rows) -> None:
        self._rows = {v.id: v for v in rows}
        older = [(f"Version {v.version_no} · {when_text(v.created_at)}", v.id) for v in rows[:-1]]
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

    def _assemble(self, _button=None) -> None:
        text = answers.assemble_star({k: a.value for k, a in self.star.items()})
        if not text:
            self.view.status.error("Fill in at least one of the four STAR boxes first.")
            return
        self.text.value = text
        self.view.status.ok("The four parts are in the answer box. Polish it, then save.")

    def _save(self, _button=None) -> None:
        target = self.view.require_target()
        saved = answers.save_version(
            self.view.wb, self.text.value, question_id=target.question_id,
            answer_id=self.view.answer_id, bank_id=target.bank_id,
            question_text=target.text if target.question_id is None else "",
            star={k: a.value for k, a in self.star.items()})
        self.view.answer_id = saved.answer_id
        self.load(saved.answer_id)
        self.view.after_save(saved.version_id)
        message = f"Saved as version {saved.version_no}. The feedback tab shows what we noticed."
        if saved.warning:
            self.view.status.warn(saved.warning)
        else:
            self.view.status.ok(message)

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


class FeedbackPanel(widgets.VBox):
    def __init__(self, view: RateAnswers) -> None:
        self.view = view
        self.header = widgets.HTML()
        self.highlights = _cls(widgets.HTML(), "ck-highlights")
        self.metrics = _cls(widgets.HTML(), "ck-metrics-box")
        self.findings = _cls(widgets.HTML(), "ck-findings-box")
        self.check = _cls(widgets.Button(description="Check the text in the answer box",
                                         icon="search", layout=widgets.Layout(width="auto")),
                          "ck-check-draft")
        self.check.on_click(reports_to(view.status)(self._check))
        super().__init__([self.header, self.highlights, self.metrics,
                          widgets.HTML("<h3>What to work on</h3>"), self.findings,
                          _row(self.check)])
        self.clear()

    def clear(self) -> None:
        self.header.value = ('<span class="ck-muted">Save an answer (or press the button '
                             "below) to see feedback. It is worked out on this computer; "
                             "nothing is sent anywhere.</span>")
        self.highlights.value = self.metrics.value = self.findings.value = ""

    def sync(self) -> None:
        vid = self.view.version_id
        if vid is None:
            self.clear()
            return
        v = answers.get_version(self.view.wb, vid)
        self.show(v.text, f"version {v.version_no}")

    def show(self, text: str, what: str) -> None:
        target = self.view.target
        fb, problem = feedback_for(text, target.text if target else None)
        if fb is None:
            self.clear()
            self.view.status.error(problem)
            return
        self.header.value = f"<h3>Your answer, sentence by sentence ({esc(what)})</h3>"
        self.highlights.value = highlights_html(text, fb)
        self.metrics.value = metrics_html(fb)
        self.findings.value = findings_html(fb)

    def _check(self, _button=None) -> None:
        self.show(self.view.write.text.value, "draft, not saved")
        if self.highlights.value:
            self.view.status.ok("Feedback updated for the text in the answer box.")


class RatePanel(widgets.VBox):
    def __init__(self, view: RateAnswers) -> None:
        self.view = view
        on = reports_to(view.status)
        self.version_id: int | None = None
        self.header = _cls(widgets.HTML(), "ck-rate-target")
        self.role = _cls(widgets.ToggleButtons(options=[("I am the candidate", "candidate"),
                                                        ("I am the coach", "coach")]),
                         "ck-rater-role")
        self.name = _cls(widgets.Text(description="Your name", placeholder="optional"),
                         "ck-rater-name")
        self.levels: dict[str, widgets.ToggleButtons] = {}
        self.anchors: dict[str, widgets.HTML] = {}
        rows = []
        for c in view.rubric.criteria:
            control = _cls(widgets.ToggleButtons(
                options=[(str(n), n) for n in range(1, 6)], value=None,
                tooltips=[c.anchors[n] for n in range(1, 6)],
                style={"button_width": "44px"}), f"ck-rate-{c.id}", "ck-rate-level")
            anchor = _cls(widgets.HTML(), "ck-anchor", f"ck-anchor-{c.id}")
            control.observe(on(lambda _ch, cid=c.id: self._show_anchor(cid)), "value")
            self.levels[c.id], self.anchors[c.id] = control, anchor
            rows.append(_box([widgets.HTML(f"<b>{esc(c.label)}</b> "
                                           f'<span class="ck-muted">{esc(c.description)}'
                                           "</span>"), control, anchor], "ck-criterion"))
            self._show_anchor(c.id)
        self.comment = _cls(widgets.Textarea(placeholder="A comment (optional): what would "
                                             "make it a level higher?", rows=2, layout=FULL),
                            "ck-rate-comment")
        self.save = _cls(widgets.Button(description="Save rating", icon="check",
                                        button_style="primary"), "ck-save-rating")
        self.save.on_click(on(self._save))
        rubric = widgets.Accordion(children=[widgets.HTML(rubric_source_html()
                                                          + rubric_html(view.rubric))],
                                   titles=("The whole rubric: every level in words",))
        rubric.add_class("ck-rubric")
        super().__init__([self.header, _box([self.role, self.name], vertical=False),
                          *rows, self.comment, self.save, rubric])

    def _show_anchor(self, cid: str) -> None:
        level = self.levels[cid].value
        criterion = self.view.rubric.criterion(cid)
        self.anchors[cid].value = (
            f"<i>Level {level}:</i> {esc(criterion.anchors[level])}" if level
            else '<span class="ck-muted">Not rated. Choose a level; hover the buttons to '
                 "read each one.</span>")

    def sync(self) -> None:
        self.set_version(self.view.version_id)

    def set_version(self, version_id: int | None) -> None:
        self.version_id = version_id
        for control in self.levels.values():
            control.value = None
        if version_id is None:
            self.header.value = ('<span class="ck-muted">Save an answer first: ratings '
                                 "belong to one version of it.</span>")
            return
        v = answers.get_version(self.view.wb, version_id)
        self.header.value = (f"<h3>Rating version {v.version_no} of your answer</h3>"
                             '<span class="ck-muted">Leave out what you cannot judge yet '
                             "(delivery needs a spoken practice).</span>")

    def _save(self, _button=None) -> None:
        if self.version_id is None:
            self.view.status.error("An empty answer cannot be rated: write the answer and "
                                   "save it first.")
            return
        scores = {cid: c.value for cid, c in self.levels.items()}
        if self.role.value == "candidate":
            # the rating and the practice date it implies are one transaction
            _ids, weighted, due = practice.rate_and_schedule(
                self.view.wb, self.version_id, scores, rater_name=self.name.value,
                comment=self.comment.value, rubric=self.view.rubric)
            message = (f"Rating saved (weighted score {weighted:.1f} out of 5). This "
                       f"question comes back for practice on {day_text(due)}.")
        else:
            answers.rate_version(self.view.wb, self.version_id, scores,
                                 rater_role=self.role.value, rater_name=self.name.value,
                                 comment=self.comment.value, rubric=self.view.rubric)
            given = {k: v for k, v in scores.items() if v is not None}
            weighted = self.view.rubric.weighted_score(given)
            message = f"Rating saved (weighted score {weighted:.1f} out of 5)."
        self.comment.value = ""
        self.view.status.ok(message)


class CalibrationPanel(widgets.VBox):
    def __init__(self, view: RateAnswers) -> None:
        self.view = view
        self.table = _cls(widgets.HTML(), "ck-self-vs-coach")
        self.chart = _cls(widgets.Image(format="png", layout=widgets.Layout(
            max_width="100%", display="none")), "ck-calibration-chart")
        self.note = widgets.HTML()
        super().__init__([widgets.HTML("<h3>This version: you and your coach</h3>"),
                          self.table, widgets.HTML("<h3>Are you learning to judge your "
                                                   "own answers?</h3>"), self.note,
                          self.chart])

    def refresh(self) -> None:
        self.table.value = self._table()
        points = calibration_points(answers.all_ratings(self.view.wb))
        if not points:
            self.note.value = ('<span class="ck-muted">The chart appears once a coach has '
                               "rated an answer you rated too.</span>")
            self.chart.layout.display = "none"
            return
        self.note.value = ('<span class="ck-muted">Above the line you rated yourself '
                           "higher than your coach did; below it, lower. Closer to the line "
                           "means you judge your answers as a coach would.</span>")
        self.chart.value = png(lambda fig: draw_calibration(fig, points))
        self.chart.layout.display = None

    def _table(self) -> str:
        vid = self.view.rate.version_id
        if vid is None:
            return '<span class="ck-muted">Pick a question and save an answer first.</span>'
        ratings = answers.ratings_for_version(self.view.wb, vid)
        own = answers.latest_scores(ratings, "candidate")
        coach = answers.latest_scores(ratings, "coach")
        if not coach:
            return ('<span class="ck-muted">No coach has rated this version yet. A coach '
                    "rates it in the Rate tab with “I am the coach”.</span>")
        names = sorted({r.rater_name for r in ratings if r.rater_role == "coach" and
                        r.rater_name})
        rows = []
        for c in self.view.rubric.criteria:
            a, b = own.get(c.id), coach.get(c.id)
            gap = "" if a is None or b is None else (f"{a - b:+d}" if a != b else "0")
            rows.append(f"<tr><td>{esc(c.label)}</td><td>{a or '–'}</td><td>{b or '–'}</td>"
                        f'<td class="ck-gap">{gap}</td></tr>')
        who = f" ({esc(', '.join(names))})" if names else ""
        return (f'<table class="ck-table"><tr><th>Criterion</th><th>You</th><th>Coach{who}'
                f'</th><th>Gap</th></tr>{"".join(rows)}</table>')


class PracticePanel(widgets.VBox):
    def __init__(self, view: RateAnswers) -> None:
        self.view = view
        on = reports_to(view.status)
        self.item = None
        self.version_id: int | None = None
        self.queue = _cls(widgets.HTML(), "ck-practice-queue")
        self.add = _cls(widgets.Button(description="Add the chosen question to practice",
                                       icon="plus", layout=widgets.Layout(width="auto")),
                        "ck-add-to-queue")
        self.minutes = _cls(widgets.BoundedIntText(value=2, min=1, max=10,
                                                   description="Minutes"), "ck-practice-minutes")
        self.start = _cls(widgets.Button(description="Start practising", icon="play",
                                         button_style="success"), "ck-practice-start")
        self.question = _cls(widgets.HTML(), "ck-practice-question")
        self.timer = _cls(widgets.Play(value=0, min=0, max=120, step=1, interval=1000,
                                       show_repeat=False), "ck-practice-timer")
        self.bar = _cls(widgets.IntProgress(value=0, min=0, max=120, bar_style="info",
                                            layout=widgets.Layout(width="60%")),
                        "ck-practice-bar")
        self.clock = _cls(widgets.HTML(), "ck-practice-clock")
        widgets.jslink((self.timer, "value"), (self.bar, "value"))
        self.timer.observe(on(self._tick), "value")
        self.answer = _cls(widgets.Textarea(placeholder="Type your answer as you would say "
                                            "it (or say it aloud and just rate yourself).",
                                            rows=7, layout=FULL), "ck-practice-answer")
        self.save = _cls(widgets.Button(description="Save and show feedback", icon="save",
                                        button_style="primary",
                                        layout=widgets.Layout(width="auto")),
                         "ck-practice-save")
        self.feedback = _cls(widgets.HTML(), "ck-practice-feedback")
        self.self_rating = _cls(widgets.ToggleButtons(options=SELF_LEVELS, value=None),
                                "ck-practice-self")
        self.rate = _cls(widgets.Button(description="Rate and go to the next question",
                                        icon="forward", layout=widgets.Layout(width="auto")),
                         "ck-practice-rate")
        self.add.on_click(on(self._add))
        self.start.on_click(on(self._start))
        self.save.on_click(on(self._save))
        self.rate.on_click(on(self._rate))
        self.session = _box([self.question, _box([self.timer, self.bar, self.clock],
                                                 "ck-timer-row", vertical=False),
                             self.answer, _row(self.save), self.feedback,
                             widgets.HTML("<b>How did it go?</b> Your rating decides when "
                                          "this question comes back: weak answers sooner."),
                             self.self_rating, _row(self.rate)], "ck-practice-session")
        self.session.layout.display = "none"
        from coachkit.ui.centre_offer import centre_offer  # a centre's shared questions

        super().__init__([*centre_offer(view), widgets.HTML("<h3>Your practice queue</h3>"),
                          self.queue,
                          _row(self.add),
                          widgets.HTML("<h3>Practise now</h3>"),
                          _box([self.minutes, self.start], vertical=False), self.session])

    def refresh(self) -> None:
        items = practice.queue(self.view.wb)
        cutoff = practice.end_of_today()
        due = [i for i in items if i.due < cutoff]
        later = [i for i in items if i.due >= cutoff]

        def row(i, when: str) -> str:
            last = f" · last self-rating {i.last_self_score}" if i.last_self_score else ""
            return (f'<li class="ck-queue-item"><b>{esc(i.question)}</b> <span class='
                    f'"ck-muted">{esc(when)}{last}</span></li>')

        html = [f'<div class="ck-due-count"><b>{len(due)}</b> due today</div>']
        if due:
            html.append("<ul>" + "".join(row(i, "due now") for i in due) + "</ul>")
        if later:
            html.append('<div class="ck-muted">Coming up:</div><ul>' + "".join(
                row(i, f"next on {day_text(i.due)}") for i in later[:12]) + "</ul>")
        if not items:
            html.append('<span class="ck-muted">Nothing queued yet. Rate an answer (it is '
                        "queued for you) or add the chosen question.</span>")
        self.queue.value = "".join(html)

    def _add(self, _button=None) -> None:
        target = self.view.require_target()
        if target.question_id is not None:
            practice.add_to_queue(self.view.wb, question_id=target.question_id)
        elif self.view.answer_id is not None:
            practice.add_to_queue(self.view.wb, answer_id=self.view.answer_id)
        else:
            self.view.status.error("Save an answer to this bank question first; then it "
                                   "can join the practice queue.")
            return
        self.refresh()
        self.view.status.ok("Added to the practice queue: it is due now.")

    def _start(self, _button=None) -> None:
        self.item = practice.next_due(self.view.wb)
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
        self.question.value = ('<div class="ck-card ck-practice-card">'
                               f"<h3>{esc(self.item.question)}</h3>"
                               "<b>What they are really asking:</b> "
                               f"{esc(asks_for(self.item.question))}</div>")
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
        if self.item is None:
            self.view.status.error("Press “Start practising” first.")
            return
        item = self.item
        answer_id = item.answer_id or answers.find_answer(self.view.wb,
                                                          question_id=item.question_id)
        saved = answers.save_version(self.view.wb, self.answer.value,
                                     question_id=item.question_id, answer_id=answer_id)
        self.version_id = saved.version_id
        self.timer.playing = False
        fb, problem = feedback_for(self.answer.value, item.question)
        self.feedback.value = (highlights_html(self.answer.value, fb) + metrics_html(fb)
                               + findings_html(fb)) if fb else esc(problem)
        note = f"Saved as version {saved.version_no}. Now rate yourself below."
        (self.view.status.warn(saved.warning) if saved.warning else self.view.status.ok(note))

    def _rate(self, _button=None) -> None:
        if self.item is None:
            self.view.status.error("Press “Start practising” first.")
            return
        if self.self_rating.value is None:
            self.view.status.error("Choose how it went (1 to 5) first.")
            return
        due = practice.review(self.view.wb, self.item.card_id, self.self_rating.value,
                              answer_version_id=self.version_id,
                              seconds_taken=int(self.timer.value))
        done = self.item.question
        self._start()
        self.refresh()
        self.view.status.ok(f"“{done}” comes back on {day_text(due)}. "
                            + ("Next question above." if self.item else
                               "That was the last one due today."))


class ProgressPanel(widgets.VBox):
    def __init__(self, view: RateAnswers) -> None:
        self.view = view
        self.chart = _cls(widgets.Image(format="png", layout=widgets.Layout(
            max_width="100%", display="none")), "ck-progress-chart")
        self.note = widgets.HTML()
        self.weakest = _cls(widgets.HTML(), "ck-weakest")
        self.weakest_export = ExportBar()
        super().__init__([widgets.HTML("<h3>Each criterion over time</h3>"), self.note,
                          self.chart, widgets.HTML("<h3>Five weakest recurring questions"
                                                   "</h3>"), self.weakest,
                          self.weakest_export])

    def refresh(self) -> None:
        ratings = answers.all_ratings(self.view.wb)
        if not ratings:
            self.note.value = ('<span class="ck-muted">Rate a few answers and your '
                               "progress shows here.</span>")
            self.chart.layout.display = "none"
        else:
            self.note.value = ('<span class="ck-muted">Solid: your own ratings; dashed: '
                               "your coach's.</span>")
            self.chart.value = png(lambda fig: draw_progress(fig, ratings, self.view.rubric))
            self.chart.layout.display = None
        self.view.pick.load_families()
        weak = weakest_recurring(self.view.wb)
        self.weakest.value = weakest_html(weak)
        self.weakest_export.refresh(weakest_table(weak))


# -------------------------------------------------------------------------------- view


class RateAnswers(widgets.VBox):
    TABS = ("1 · Pick a question", "2 · Write", "3 · Feedback", "4 · Rate",
            "5 · Self vs coach", "6 · Practise", "7 · Progress")
    PANELS = (PickPanel, WritePanel, FeedbackPanel, RatePanel, CalibrationPanel,
              PracticePanel, ProgressPanel)
    NAMES = ("pick", "write", "feedback", "rate", "calibration", "practise", "progress")

    def __init__(self, wb: Workbook, *, background: bool = True) -> None:
        self.wb = wb
        self.rubric = answers.active_rubric()
        self.status = StatusLine()
        self.target: Target | None = None
        self.answer_id: int | None = None
        self.version_id: int | None = None  # the answer's newest version
        self.current = _cls(widgets.HTML(), "ck-current-question")
        # Tabs are filled when first opened: the page is ready sooner with fewer widgets.
        self._built: dict[int, widgets.Widget] = {}
        self.tabs = _cls(widgets.Tab(children=[widgets.VBox() for _ in self.TABS],
                                     titles=self.TABS), "ck-tabs")
        self.tabs.observe(reports_to(self.status)(self._on_tab), "selected_index")
        self._show_current()
        super().__init__([self.current, self.tabs, self.status])
        if background:
            self.pick.start_background()
        else:
            self.pick.load_families()

    def _panel(self, index: int):
        panel = self._built.get(index)
        if panel is None:
            panel = self._built[index] = self.PANELS[index](self)
            panel.add_class(f"ck-panel-{self.NAMES[index]}")
            self.tabs.children[index].children = [panel]
            if hasattr(panel, "sync"):
                panel.sync()
        return panel

    pick = property(lambda self: self._panel(0))
    write = property(lambda self: self._panel(1))
    feedback = property(lambda self: self._panel(2))
    rate = property(lambda self: self._panel(3))
    calibration = property(lambda self: self._panel(4))
    practice = property(lambda self: self._panel(5))
    progress = property(lambda self: self._panel(6))

    def _sync_built(self, *indexes: int) -> None:
        for index in indexes:
            if index in self._built:
                self._built[index].sync()

    def require_target(self) -> Target:
        if self.target is None:
            raise CoachkitError("Pick a question first (tab 1).")
        return self.target

    def select(self, target: Target) -> None:
        self.target = target
        self.answer_id = answers.find_answer(self.wb, question_id=target.question_id,
                                             bank_id=target.bank_id)
        versions = answers.list_versions(self.wb, self.answer_id) if self.answer_id else []
        self.version_id = versions[-1].id if versions else None
        self._show_current()
        self._sync_built(1, 2, 3)
        self.tabs.selected_index = 1
        self.status.ok("Write your answer below, or improve the last version."
                       if not versions else
                       f"Your latest version ({len(versions)} so far) is in the answer box.")

    def after_save(self, version_id: int) -> None:
        self.version_id = version_id
        self._sync_built(2, 3)

    def _show_current(self) -> None:
        t = self.target
        if t is None:
            self.current.value = ('<div class="ck-card ck-current"><span class="ck-muted">'
                                  "No question chosen yet: start in tab 1.</span></div>")
            return
        where = f' <span class="ck-muted">({esc(t.where)})</span>' if t.where else ""
        self.current.value = (f'<div class="ck-card ck-current"><b>Question:</b> '
                              f'<span class="ck-question-text">{esc(t.text)}</span>{where}'
                              f'<br><b>What they are really asking:</b> {esc(t.asks)}</div>')

    def _on_tab(self, change) -> None:
        if change["new"] is None:
            return
        panel = self._panel(change["new"])
        if hasattr(panel, "refresh") and change["new"] >= 4:
            panel.refresh()


def rate_answers(url: str | None = None, *, background: bool = True) -> widgets.VBox:
    """Build workbook 2 for the configured workbook (or `url`)."""
    return dashboard("rate-answers", "Rate and practise your answers",
                     lambda wb: RateAnswers(wb, background=background), url,
                     "Pick a question, write your answer, see what works, rate it on a clear "
                     "scale, and practise the weak ones until they are strong.")
