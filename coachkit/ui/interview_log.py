"""Workbook 1: log an interview, reconstruct its questions, see which questions recur.

`InterviewLog` holds the open workbook and the selected interview. Its parts are small
panels: the list of interviews, the interview form, the questions of the selected interview
(with the paste box) and, in a second tab, the recurring families. Every edit is one service
call (its own transaction) and every callback reports to the status line; user text is shown
in input widgets or escaped. The grouping engine and matplotlib load only when the
"Recurring questions" tab is first opened, so the first screen is ready at once.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
from collections.abc import Sequence
from functools import lru_cache

import ipywidgets as widgets

from coachkit import frames
from coachkit.domain import vocab
from coachkit.domain.errors import InvalidEntry
from coachkit.domain.records import DeletedQuestion, FamilyRecord, InterviewRecord, PastePreview
from coachkit.services import families, interviews, questions, undo
from coachkit.services.interviews import DateNeedsConfirmation
from coachkit.services.workbook import Workbook
from coachkit.ui.common import StatusLine, dashboard, esc, reports_to
from coachkit.ui.export import ExportBar
from coachkit.ui.import_panel import ImportPanel
from coachkit.ui.undo_button import UndoButton

FULL = widgets.Layout(width="100%")
WIDE = {"description_width": "130px"}
CONNECTION = [("not noted", None), ("1 · no connection at all", 1), ("2 · little spark", 2),
              ("3 · polite, neutral", 3), ("4 · good rapport", 4), ("5 · real connection", 5)]
CHART_TOP = 10
TABLE_TOP = 30
PICK_TOP = 300  # families offered in the merge / move-out lists
PASTE_HINT = ("One question per line, as you remember it. Bullets and numbers are fine,\n"
              "so are fragments:\n- Tell me about yourself\n2. something about teamwork")


def _cls(widget: widgets.Widget, *names: str) -> widgets.Widget:
    for name in names:
        widget.add_class(name)
    return widget


def _show(widget: widgets.Widget, visible: bool) -> None:
    widget.layout.display = None if visible else "none"


def _options(labels: dict[str, str]) -> list[tuple[str, str]]:
    return [(label, key) for key, label in labels.items()]


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _date(day: dt.date | None) -> str:
    return f"{day:%d %b %Y}" if day else "no date"


def interview_label(iv: InterviewRecord, asked: int) -> str:
    parts = [_date(iv.interview_date), iv.organisation]
    if iv.role_title:
        parts.append(iv.role_title)
    parts.append(vocab.OUTCOMES.get(iv.outcome, iv.outcome))
    parts.append(f"{asked} question{'s' if asked != 1 else ''}")
    if iv.regret_heard:
        parts.append("they regret not hiring me")
    return " · ".join(parts)


def preview_html(preview: PastePreview) -> str:
    rows = "".join(
        f"<tr><td>{n}</td><td class='ck-preview-text'>{esc(q.text)}</td>"
        f"<td>{esc(vocab.QUESTION_CATEGORIES.get(q.category, q.category))}</td></tr>"
        for n, q in enumerate(preview.questions, start=1))
    notes = []
    if preview.duplicates:
        notes.append(f"{len(preview.duplicates)} repeated line(s) left out")
    if preview.already_saved:
        notes.append(f"{len(preview.already_saved)} already saved for this interview")
    if preview.blank_lines:
        notes.append(f"{preview.blank_lines} blank line(s) ignored")
    note = f"<div class='ck-muted'>{esc('; '.join(notes))}.</div>" if notes else ""
    if not preview.questions:
        return note + "<div class='ck-muted'>Nothing new to save.</div>"
    return (f"<b>{len(preview.questions)} question(s) will be saved</b> (you can change a "
            "category after saving):<table class='ck-table ck-preview-table'><tr><th>#</th>"
            f"<th>Question</th><th>Suggested category</th></tr>{rows}</table>{note}")


def families_html(rows: Sequence[FamilyRecord], asks: dict[str, str], total: int) -> str:
    if not rows:
        return ("<div class='ck-muted ck-no-families'>No question has come up in two "
                "interviews yet. Log more interviews, or tick the box above to see every "
                "question.</div>")
    body = []
    for f in rows:
        ask = asks.get(f.key, "")
        ask_html = f"<br><span class='ck-muted'>Really asking: {esc(ask)}</span>" if ask else ""
        rating = f"{f.latest_rating:.1f} / 5" if f.latest_rating is not None else "not rated"
        body.append(
            f"<tr class='ck-family-row'><td class='ck-fam-text'>{esc(f.representative)}"
            f"{ask_html}</td><td class='ck-fam-interviews'>{f.interviews}</td>"
            f"<td class='ck-fam-orgs'>{f.organisations}</td>"
            f"<td>{esc(_date(f.last_asked))}</td><td>{esc(rating)}</td></tr>")
    more = (f"<div class='ck-muted'>Showing the {len(rows)} most frequent of {total}.</div>"
            if total > len(rows) else "")
    return ("<table class='ck-table ck-families-table'><tr><th>Question (as you usually "
            "heard it)</th><th>Interviews</th><th>Organisations</th><th>Last asked</th>"
            f"<th>Latest rating</th></tr>{''.join(body)}</table>{more}")


def draw_families(fig, rows: Sequence[FamilyRecord]) -> None:
    ax = fig.add_subplot(1, 1, 1)
    rows = list(rows)[::-1]
    labels = [_short(f.representative, 48) for f in rows]
    ax.barh(labels, [f.interviews for f in rows], color="#9fb3c8", label="interviews")
    ax.barh(labels, [f.organisations for f in rows], height=0.4, color="#0b6bcb",
            label="different organisations")
    ax.set_xlabel("How many times it was asked")
    ax.xaxis.get_major_locator().set_params(integer=True)
    # above the bars, never on them (with equal counts the bars fill the width)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=2, fontsize=8, frameon=False,
              borderaxespad=0.2)
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(axis="y", labelsize=8)
    height = fig.get_figheight()
    # fixed margins: tight_layout would draw the figure twice
    fig.subplots_adjust(left=0.40, right=0.97, top=1 - 0.4 / height, bottom=0.6 / height)


@lru_cache(maxsize=32)
def _chart(bars: tuple[tuple[str, int, int], ...]) -> bytes:
    from matplotlib.figure import Figure

    rows = [FamilyRecord("", text, (), interviews, orgs, None, None)
            for text, interviews, orgs in bars]
    fig = Figure(figsize=(8.5, 0.42 * len(rows) + 1.05), dpi=96)
    draw_families(fig, rows)
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()


def chart_png(rows: Sequence[FamilyRecord]) -> bytes:
    """Bar chart of the families (drawn again only when what it shows changed)."""
    return _chart(tuple((f.representative, f.interviews, f.organisations) for f in rows))


def download_link(path, text: str) -> str:
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return (f"<div class='ck-card ck-export-done'>Written to <span class='ck-path'>"
            f"{esc(path)}</span><br><a class='ck-export-link' download='{esc(path.name)}' "
            f"href='data:text/plain;charset=utf-8;base64,{esc(data)}'>Download a copy</a>"
            f"<pre class='ck-export-text'>{esc(text)}</pre></div>")


# ----------------------------------------------------------------------------- the form


class InterviewForm(widgets.VBox):
    def __init__(self, view: InterviewLog) -> None:
        self.view = view
        self.organisation = widgets.Text(description="Organisation", style=WIDE, layout=FULL)
        self.role = widgets.Text(description="Role", style=WIDE, layout=FULL)
        self.date = _cls(widgets.DatePicker(description="Date", style=WIDE), "ck-iv-date")
        self.stage = widgets.Dropdown(description="Stage", options=_options(vocab.STAGES),
                                      value="first", style=WIDE)
        self.format = widgets.Dropdown(description="Format", options=_options(vocab.FORMATS),
                                       value="in_person", style=WIDE)
        self.interviewers = widgets.Text(description="Interviewers", style=WIDE, layout=FULL,
                                         placeholder="optional: names or roles")
        self.length = widgets.Text(description="Length (minutes)", style=WIDE,
                                   placeholder="e.g. 45")
        self.connection = widgets.Dropdown(description="Connection", options=CONNECTION,
                                           value=None, style=WIDE)
        self.connection_note = widgets.Text(description="How it felt", style=WIDE, layout=FULL,
                                            placeholder="e.g. there wasn't any spark")
        self.outcome = widgets.Dropdown(description="Outcome", value="waiting", style=WIDE,
                                        options=_options(vocab.OUTCOMES))
        self.regret = widgets.Checkbox(description="They said they regret not hiring me",
                                       indent=False)
        self.feedback = widgets.Textarea(description="Feedback heard", style=WIDE,
                                         layout=widgets.Layout(width="100%", height="70px"),
                                         placeholder="anything you heard later")
        self.confirm_date = _cls(widgets.Checkbox(description="Yes, this date is right",
                                                  indent=False), "ck-confirm-date")
        _show(self.confirm_date, False)
        self.save = _cls(widgets.Button(description="Save interview", icon="save",
                                        button_style="primary"), "ck-iv-save")
        self.heading = widgets.HTML("<h2>New interview</h2>")
        for w in (self.organisation, self.role):
            w.add_class(f"ck-iv-{'org' if w is self.organisation else 'role'}")
        self.date.observe(lambda _c: setattr(self.confirm_date, "value", False), "value")
        self.status = StatusLine()
        self.save.on_click(reports_to(self.status)(self._save))
        pair = widgets.Layout(grid_template_columns="1fr 1fr", width="100%")
        super().__init__([
            self.heading, self.organisation, self.role,
            widgets.GridBox([self.date, self.length, self.stage, self.format,
                             self.connection, self.outcome], layout=pair),
            self.interviewers, self.connection_note, self.regret, self.feedback,
            widgets.HBox([self.save, self.confirm_date, UndoButton(
                view.history, self.status, lambda: view.changed(select=view.current))],
                layout=widgets.Layout(flex_flow="wrap")), self.status,
        ])
        self.add_class("ck-interview-form")
        self.add_class("ck-card")

    def load(self, iv: InterviewRecord | None) -> None:
        self.heading.value = ("<h2>New interview</h2>" if iv is None else
                              f"<h2>Interview with {esc(iv.organisation)}</h2>")
        self.organisation.value = iv.organisation if iv else ""
        self.role.value = iv.role_title if iv else ""
        self.date.value = iv.interview_date if iv else None
        self.stage.value = iv.stage if iv else "first"
        self.format.value = iv.format if iv else "in_person"
        self.interviewers.value = iv.interviewers if iv else ""
        self.length.value = str(iv.length_minutes) if iv and iv.length_minutes is not None else ""
        self.connection.value = iv.connection if iv else None
        self.connection_note.value = iv.connection_note if iv else ""
        self.outcome.value = iv.outcome if iv else "waiting"
        self.regret.value = bool(iv and iv.regret_heard)
        self.feedback.value = iv.feedback if iv else ""
        self.confirm_date.value = False
        _show(self.confirm_date, False)

    def _minutes(self) -> int | None:
        raw = self.length.value.strip().removesuffix("min").strip()
        if not raw:
            return None
        if not raw.isdigit():
            raise InvalidEntry("The length must be a whole number of minutes, such as 45.")
        return int(raw)

    def fields(self) -> dict:
        return dict(organisation=self.organisation.value, role_title=self.role.value,
                    interview_date=self.date.value, stage=self.stage.value,
                    format=self.format.value, interviewers=self.interviewers.value,
                    length_minutes=self._minutes(), connection=self.connection.value,
                    connection_note=self.connection_note.value, outcome=self.outcome.value,
                    regret_heard=self.regret.value, feedback=self.feedback.value)

    def _save(self, _button=None) -> None:
        fields, current = self.fields(), self.view.current
        try:
            if current is None:
                saved = interviews.log_interview(
                    self.view.wb, date_confirmed=self.confirm_date.value, **fields)
            else:
                saved = undo.update_interview(
                    self.view.wb, self.view.history, current,
                    date_confirmed=self.confirm_date.value, **fields)
        except DateNeedsConfirmation as exc:
            _show(self.confirm_date, True)
            self.status.error(f"{exc.message} Tick \u201cYes, this date is right\u201d "
                                   "and press Save again. Nothing was saved yet.")
            return
        _show(self.confirm_date, False)
        self.view.changed(select=saved.id)
        self.status.ok(f"Saved the interview with {saved.organisation}.")


# ----------------------------------------------------------------------------- questions


class QuestionRow(widgets.VBox):
    def __init__(self, panel: QuestionsPanel, q, number: int) -> None:
        self.panel, self.qid = panel, q.id
        self.text = _cls(widgets.Text(value=q.text, layout=FULL), "ck-q-text")
        self.category = _cls(widgets.Dropdown(
            options=[("(no category)", ""), *_options(vocab.QUESTION_CATEGORIES)],
            value=q.category if q.category in vocab.QUESTION_CATEGORIES else "",
            layout=widgets.Layout(width="190px")), "ck-q-category")
        self.recall = _cls(widgets.Dropdown(options=[(f"recall: {v.lower()}", k)
                                                     for k, v in vocab.RECALL.items()],
                                            value=q.recall_confidence,
                                            layout=widgets.Layout(width="150px")), "ck-q-recall")
        self.note = _cls(widgets.Text(value=q.answer_notes, layout=widgets.Layout(flex="1"),
                                      placeholder="what I answered, in a few words"),
                         "ck-q-note")
        button = widgets.Layout(width="auto")
        self.save = _cls(widgets.Button(description="Save", icon="save", layout=button),
                         "ck-q-save")
        self.up = _cls(widgets.Button(icon="arrow-up", tooltip="Move up", layout=button),
                       "ck-q-up")
        self.down = _cls(widgets.Button(icon="arrow-down", tooltip="Move down",
                                        layout=button), "ck-q-down")
        self.delete = _cls(widgets.Button(icon="trash", tooltip="Delete this question",
                                          layout=button), "ck-q-delete")
        report = reports_to(panel.status)
        self.save.on_click(report(self._save))
        self.up.on_click(report(lambda _b: panel.move(self.qid, -1)))
        self.down.on_click(report(lambda _b: panel.move(self.qid, +1)))
        self.delete.on_click(report(lambda _b: panel.delete(self.qid)))
        super().__init__([
            widgets.HBox([widgets.HTML(f"<b>{number}.</b>"), self.text]),
            widgets.HBox([self.category, self.recall, self.note, self.save, self.up,
                          self.down, self.delete]),
        ])
        self.add_class("ck-question-row")

    def _save(self, _button=None) -> None:
        saved = questions.update_question(
            self.panel.view.wb, self.qid, text=self.text.value, category=self.category.value,
            recall_confidence=self.recall.value, answer_notes=self.note.value)
        self.text.value = saved.text
        self.panel.view.families_dirty()
        self.panel.status.ok(f"Saved \u201c{_short(saved.text, 60)}\u201d.")


class QuestionsPanel(widgets.VBox):
    def __init__(self, view: InterviewLog) -> None:
        self.view = view
        self.status = StatusLine()
        self.last_deleted: DeletedQuestion | None = None
        self.preview: PastePreview | None = None
        self.heading = widgets.HTML()
        self.rows = _cls(widgets.VBox([]), "ck-question-rows")
        self.undo = _cls(widgets.Button(description="Undo delete", icon="undo"), "ck-undo")
        _show(self.undo, False)
        self.paste = _cls(widgets.Textarea(placeholder=PASTE_HINT,
                                           layout=widgets.Layout(width="100%", height="130px")),
                          "ck-paste-text")
        self.preview_button = _cls(widgets.Button(description="Preview", icon="eye"),
                                   "ck-paste-preview")
        self.save_button = _cls(widgets.Button(description="Save these questions", icon="save",
                                               button_style="primary", disabled=True,
                                               layout=widgets.Layout(width="auto")),
                                "ck-paste-save")
        self.preview_out = _cls(widgets.HTML(), "ck-paste-preview-out")
        self.paste_status = StatusLine()
        self.undo.on_click(reports_to(self.status)(self._undo))
        self.preview_button.on_click(reports_to(self.paste_status)(self._preview))
        self.save_button.on_click(reports_to(self.paste_status)(self._save))
        self.paste.observe(self._edited, "value")
        paste_box = _cls(widgets.VBox([
            widgets.HTML("<h3>Add the questions you remember</h3>"), self.paste,
            widgets.HBox([self.preview_button, self.save_button]), self.paste_status,
            self.preview_out]),
            "ck-paste-box")
        super().__init__([self.heading, self.rows, widgets.HBox([self.undo, self.status]),
                          paste_box])
        self.add_class("ck-questions")
        self.add_class("ck-card")

    def load(self) -> None:
        iv = self.view.current
        _show(self, iv is not None)
        if iv is None:
            return
        listed = questions.list_questions(self.view.wb, iv)
        self.heading.value = ("<h2>Questions they asked</h2><span class='ck-muted'>"
                              f"{len(listed)} saved. Edit any of them and press its Save."
                              "</span>")
        self.rows.children = [QuestionRow(self, q, n) for n, q in enumerate(listed, start=1)]

    def _edited(self, _change=None) -> None:
        self.preview = None
        self.save_button.disabled = True
        self.preview_out.value = ""

    def _preview(self, _button=None) -> None:
        self.preview = questions.preview_paste(self.view.wb, self.view.current, self.paste.value)
        self.preview_out.value = preview_html(self.preview)
        self.save_button.disabled = not self.preview.questions
        self.paste_status.ok("Here is what will be saved. Nothing is saved until you press "
                            "\u201cSave these questions\u201d.")

    def _save(self, _button=None) -> None:
        chosen = {q.text: q.category for q in self.preview.questions} if self.preview else None
        saved = questions.save_pasted(self.view.wb, self.view.current, self.paste.value,
                                      categories=chosen)
        self.paste.value = ""  # clears the preview too
        self.view.changed(select=self.view.current)
        self.paste_status.ok(f"Saved {len(saved)} question(s). They are listed above.")

    def move(self, qid: int, offset: int) -> None:
        questions.move_question(self.view.wb, qid, offset)
        self.load()
        self.status.ok("Order saved.")

    def delete(self, qid: int) -> None:
        self.last_deleted = questions.delete_question(self.view.wb, qid)
        _show(self.undo, True)
        self.view.changed(select=self.view.current)
        text = _short(self.last_deleted.question["text"], 60)
        self.status.ok(f"Deleted \u201c{text}\u201d. Press \u201cUndo delete\u201d to "
                            "bring it back.")

    def _undo(self, _button=None) -> None:
        if self.last_deleted is None:
            raise InvalidEntry("There is nothing to undo.")
        back = questions.restore_question(self.view.wb, self.last_deleted)
        self.last_deleted = None
        _show(self.undo, False)
        self.view.changed(select=back.interview_id)
        self.status.ok(f"\u201c{_short(back.text, 60)}\u201d is back.")


# ----------------------------------------------------------------------------- recurring


class RecurringPanel(widgets.VBox):
    def __init__(self, view: InterviewLog) -> None:
        self.view = view
        self.status = StatusLine()
        self.dirty = True
        self.families: list[FamilyRecord] = []
        self.show_all = _cls(widgets.Checkbox(description="Include questions asked in only "
                                                          "one interview", indent=False,
                                                  layout=widgets.Layout(width="auto")),
                             "ck-show-all")
        self.chart = _cls(widgets.Image(format="png", layout=widgets.Layout(max_width="100%")),
                          "ck-families-chart")
        self.table = _cls(widgets.HTML(), "ck-families-list")
        self.table_export = ExportBar()
        pick = widgets.Layout(width="48%")
        self.merge_from = _cls(widgets.Dropdown(description="Merge", layout=pick),
                               "ck-merge-from")
        self.merge_into = _cls(widgets.Dropdown(description="into", layout=pick),
                               "ck-merge-into")
        self.merge = _cls(widgets.Button(description="Merge these two", icon="compress",
                                         layout=widgets.Layout(width="auto")), "ck-merge")
        self.move_family = _cls(widgets.Dropdown(description="From", layout=pick),
                                "ck-move-family")
        self.move_question = _cls(widgets.Dropdown(description="move", layout=pick),
                                  "ck-move-question")
        self.move = _cls(widgets.Button(description="Move it out", icon="share"), "ck-move")
        self.choices = _cls(widgets.VBox([]), "ck-choices")
        self.suggestions = _cls(widgets.VBox([]), "ck-suggestions")
        self._rows: dict[object, widgets.Widget] = {}
        self.export = _cls(widgets.Button(description="Write the public-safe list",
                                          icon="download", layout=widgets.Layout(width="auto")),
                           "ck-export")
        self.export_out = _cls(widgets.HTML(), "ck-export-out")
        report = reports_to(self.status)
        self.show_all.observe(report(lambda _c: self.refresh(regroup=False)), "value")
        self.move_family.observe(report(self._fill_members), "value")
        self.merge.on_click(report(self._merge))
        self.move.on_click(report(self._move))
        self.export.on_click(report(self._export))
        super().__init__([
            widgets.HTML("<h2>Questions that keep coming back</h2><span class='ck-muted'>"
                         "Questions are grouped by what they ask, not by their exact words."
                         "</span>"),
            self.show_all, self.chart, self.table, self.table_export,
            widgets.HTML("<h3>Could these be the same question?</h3><span class='ck-muted'>"
                         "The grouping would rather keep two questions apart than lump "
                         "different ones together, so it misses some rewordings. These pairs "
                         "look alike: you decide.</span>"),
            self.suggestions,
            widgets.HTML("<h3>Not grouped the way you see it?</h3><span class='ck-muted'>"
                         "Your choices are kept, even when the grouping is worked out again."
                         "</span>"),
            widgets.HBox([self.merge_from, self.merge_into]), self.merge,
            widgets.HBox([self.move_family, self.move_question]), self.move, self.status,
            self.choices,
            widgets.HTML("<h3>Share the list, not your story</h3><span class='ck-muted'>"
                         "Writes only the questions asked by at least three different "
                         "organisations, in general wording: no organisation, person, date "
                         "or answer.</span>"),
            self.export, self.export_out,
        ])
        self.add_class("ck-families")

    def refresh(self, regroup: bool = True) -> None:
        if regroup or not self.families:
            self.families = families.recurring_questions(self.view.wb)
        self.dirty = False
        shown = [f for f in self.families if self.show_all.value or f.interviews >= 2]
        top = shown[:TABLE_TOP]
        asks = {f.key: families.really_asking(f.representative) for f in top[:CHART_TOP]}
        self.table.value = families_html(top, asks, len(shown))
        self.table_export.refresh(frames.families_table(shown, asks))
        charted = shown[:CHART_TOP]
        _show(self.chart, bool(charted))
        if charted:
            self.chart.value = chart_png(charted)
        picks = [(f"{_short(f.representative, 60)} ({f.interviews} interview"
                  f"{'s' if f.interviews != 1 else ''})", f.key)
                 for f in self.families[:PICK_TOP]]
        self.merge_from.options = picks
        self.merge_into.options = picks
        if picks:
            self.merge_from.value = picks[0][1]
            self.merge_into.value = picks[min(1, len(picks) - 1)][1]
        movable = [p for p, f in zip(picks, self.families, strict=False)
                   if len(f.question_ids) > 1]
        self.move_family.options = movable
        if movable:
            self.move_family.value = movable[0][1]
        self._fill_members()
        self.choices.children = [self._choice_row(c)
                                 for c in families.list_choices(self.view.wb)]
        pairs = families.merge_suggestions(self.view.wb, within=self.families)
        # the same pair keeps its row (after a paste the suggestions rarely change)
        rows = {}
        for p in pairs:
            key = (p.key_a, p.key_b, p.wording_a, p.wording_b)  # not the score
            rows[key] = self._rows.get(key) or self._suggestion_row(p)
        self._rows = rows
        self.suggestions.children = (
            list(rows.values()) if rows else
            [widgets.HTML("<span class='ck-muted'>No likely pairs left to check.</span>")])

    def _fill_members(self, _change=None) -> None:
        family = next((f for f in self.families if f.key == self.move_family.value), None)
        if family is None:
            self.move_question.options = []
            return
        members = family.question_ids[:PICK_TOP]
        texts = families.question_texts(self.view.wb, members)
        self.move_question.options = [(_short(texts[i], 70), i) for i in members if i in texts]
        if self.move_question.options:
            self.move_question.value = self.move_question.options[0][1]

    def _choice_row(self, choice) -> widgets.HBox:
        undo = _cls(widgets.Button(description="Undo", icon="undo",
                                   layout=widgets.Layout(width="auto")), "ck-choice-undo")

        def run(_button=None) -> None:
            families.undo_choice(self.view.wb, choice.id)
            self.refresh()
            self.status.ok("Undone: that grouping choice is forgotten.")

        undo.on_click(reports_to(self.status)(run))
        return _cls(widgets.HBox([widgets.HTML(esc(choice.description)), undo]), "ck-choice")

    def _suggestion_row(self, pair) -> widgets.VBox:
        same = _cls(widgets.Button(description="Same question: merge", icon="compress",
                                   button_style="success",
                                   layout=widgets.Layout(width="auto")), "ck-suggest-merge")
        apart = _cls(widgets.Button(description="Different questions", icon="times",
                                    layout=widgets.Layout(width="auto")), "ck-suggest-apart")

        def merge(_button=None) -> None:
            done = families.merge_families(self.view.wb, pair.key_b, pair.key_a)
            self.refresh()
            self.status.ok(f"{done.description}. Kept for good (undo below).")

        def keep(_button=None) -> None:
            done = families.keep_apart(self.view.wb, pair.key_a, pair.key_b)
            self.refresh()
            self.status.ok(f"{done.description}: not suggested again (undo below).")

        report = reports_to(self.status)
        same.on_click(report(merge))
        apart.on_click(report(keep))
        def side(wording: str) -> str:
            asks = families.really_asking(wording)
            hint = (f"<div class='ck-muted ck-pair-asks'>Really asking: {esc(asks)}</div>"
                    if asks else "")
            return f"<div class='ck-pair-side'>\u201c{esc(wording)}\u201d{hint}</div>"

        words = widgets.HTML(f"<div class='ck-pair'>{side(pair.wording_a)}"
                             f"<div class='ck-pair-and ck-muted'>and</div>"
                             f"{side(pair.wording_b)}</div>"
                             f"<div class='ck-muted ck-pair-chance'>About "
                             f"{round(pair.score * 10)} in 10 pairs this alike are the same "
                             f"question.</div>")
        return _cls(widgets.VBox([words, widgets.HBox([same, apart])]), "ck-suggestion")

    def _merge(self, _button=None) -> None:
        if not self.merge_from.value or not self.merge_into.value:
            raise InvalidEntry("Choose the two families to merge.")
        done = families.merge_families(self.view.wb, self.merge_from.value,
                                       self.merge_into.value)
        self.refresh()
        self.status.ok(f"{done.description}. Kept for good (undo below).")

    def _move(self, _button=None) -> None:
        if self.move_question.value is None:
            raise InvalidEntry("Choose the question to move out.")
        done = families.move_out(self.view.wb, self.move_question.value)
        self.refresh()
        self.status.ok(f"{done.description}. Kept for good (undo below).")

    def _export(self, _button=None) -> None:
        path, text = families.export_public_safe(self.view.wb)
        self.export_out.value = download_link(path, text)
        self.status.ok(f"The public-safe list is in {path}.")


# ----------------------------------------------------------------------------- the view


class InterviewLog(widgets.VBox):
    def __init__(self, workbook: Workbook) -> None:
        self.wb = workbook
        self.current: int | None = None
        self.history = undo.EditHistory()  # this page's edits to interviews, newest last
        self._filling = False
        self.status = StatusLine()
        self.org_filter = _cls(widgets.Dropdown(description="Organisation",
                                                style={"description_width": "90px"}),
                               "ck-filter-org")
        self.outcome_filter = _cls(widgets.Dropdown(
            description="Outcome", options=[("any outcome", ""), *_options(vocab.OUTCOMES)]),
            "ck-filter-outcome")
        self.listing = _cls(widgets.Select(rows=7, layout=FULL), "ck-interview-list")
        self.listing_export = ExportBar()
        self.importer = ImportPanel(self.wb, saved=lambda: self.changed(select=None))
        self.import_box = _cls(widgets.Accordion([self.importer]), "ck-import-box")
        self.import_box.set_title(0, "Import interviews and questions from a CSV or Excel file")
        self.import_box.selected_index = None
        self.new = _cls(widgets.Button(description="New interview", icon="plus"), "ck-iv-new")
        self.delete = _cls(widgets.Button(description="Delete this interview…", icon="trash",
                                          disabled=True, layout=widgets.Layout(width="auto")),
                           "ck-iv-delete")
        self.confirm_text = widgets.HTML()
        self.confirm_yes = _cls(widgets.Button(description="Yes, delete it",
                                               button_style="danger"), "ck-iv-delete-yes")
        self.confirm_no = widgets.Button(description="Keep it")
        self.confirm = _cls(widgets.HBox([self.confirm_text, self.confirm_yes,
                                          self.confirm_no]), "ck-iv-confirm")
        _show(self.confirm, False)
        self.form = InterviewForm(self)
        self.questions: QuestionsPanel | None = None  # built once an interview is chosen
        self.questions_slot = widgets.VBox([])
        self.recurring: RecurringPanel | None = None  # built when its tab is first opened
        self.recurring_tab = widgets.VBox([widgets.HTML(
            "<span class='ck-muted'>Grouping your questions by what they ask…</span>")])
        report = reports_to(self.status)
        for w in (self.org_filter, self.outcome_filter):
            w.observe(report(self._filtered), "value")
        self.listing.observe(report(self._picked), "value")
        self.new.on_click(report(lambda _b: self.select(None)))
        self.delete.on_click(report(self._ask_delete))
        self.confirm_yes.on_click(report(self._delete))
        self.confirm_no.on_click(report(lambda _b: _show(self.confirm, False)))
        log_tab = widgets.VBox([
            widgets.HTML("<h2>Your interviews</h2><span class='ck-muted'>Newest first. "
                         "Pick one to edit it and add its questions.</span>"),
            widgets.HBox([self.org_filter, self.outcome_filter]), self.listing,
            self.listing_export,
            widgets.HBox([self.new, self.delete]), self.confirm, self.status, self.form,
            self.questions_slot, self.import_box])
        self.tabs = _cls(widgets.Tab([log_tab, self.recurring_tab]), "ck-log-tabs")
        self.tabs.set_title(0, "Interviews and questions")
        self.tabs.add_class("ck-wide-tabs")
        self.tabs.set_title(1, "Recurring questions")
        self.tabs.observe(report(self._tab), "selected_index")
        super().__init__([self.tabs])
        self.add_class("ck-log-view")
        self.fill_list()
        self.select(None)

    def _filtered(self, _change=None) -> None:
        if not self._filling:
            self.fill_list()

    def fill_list(self) -> None:
        orgs = interviews.organisations(self.wb)
        keep = self.org_filter.value if self.org_filter.value in orgs else ""
        self._filling = True
        try:
            self.org_filter.options = [("all organisations", ""), *[(o, o) for o in orgs]]
            self.org_filter.value = keep
        finally:
            self._filling = False
        counts = interviews.question_counts(self.wb)
        listed = interviews.list_interviews(self.wb, organisation=keep or None,
                                            outcome=self.outcome_filter.value or None)
        options = [(interview_label(iv, counts.get(iv.id, 0)), iv.id) for iv in listed]
        self.listing_export.refresh(frames.interviews_table(self.wb, listed, counts))
        self._filling = True
        try:
            self.listing.options = options
            self.listing.value = self.current if self.current in {v for _, v in options} else None
        finally:
            self._filling = False

    def select(self, interview_id: int | None) -> None:
        """Show one interview in the form and its questions (None: a blank form)."""
        self.current = interview_id
        listed = {v for _, v in self.listing.options}
        self._filling = True
        try:
            self.listing.value = interview_id if interview_id in listed else None
        finally:
            self._filling = False
        self.form.load(interviews.get_interview(self.wb, interview_id)
                       if interview_id is not None else None)
        self.delete.disabled = interview_id is None
        _show(self.confirm, False)
        if self.questions is None and interview_id is not None:
            self.questions = QuestionsPanel(self)
            self.questions_slot.children = [self.questions]
        if self.questions is not None:
            self.questions.load()

    def _picked(self, change) -> None:
        if not self._filling and change["new"] is not None:
            self.select(change["new"])

    def changed(self, select: int | None) -> None:
        """After any edit: the list, the selection and (later) the families follow."""
        self.current = select
        self.fill_list()
        self.select(select)
        self.families_dirty()

    def families_dirty(self) -> None:
        if self.recurring is None:
            return
        self.recurring.dirty = True
        if self.tabs.selected_index == 1:
            self.recurring.refresh()

    def _tab(self, change) -> None:
        if change["new"] != 1:
            return
        if self.recurring is None:
            self.recurring = RecurringPanel(self)
            self.recurring.refresh()
            self.recurring_tab.children = [self.recurring]
        elif self.recurring.dirty:
            self.recurring.status.ok("Grouping your questions by what they ask…")
            self.recurring.refresh()
            self.recurring.status.value = ""

    def _ask_delete(self, _button=None) -> None:
        iv = interviews.get_interview(self.wb, self.current)
        asked = interviews.question_counts(self.wb).get(iv.id, 0)
        self.confirm_text.value = (f"Delete the interview with <b>{esc(iv.organisation)}</b> "
                                   f"and its {asked} question(s)? This cannot be undone.")
        _show(self.confirm, True)

    def _delete(self, _button=None) -> None:
        iv = interviews.get_interview(self.wb, self.current)
        interviews.delete_interview(self.wb, iv.id)
        self.changed(select=None)
        self.status.ok(f"Deleted the interview with {iv.organisation}.")


def interview_log(url: str | None = None) -> widgets.VBox:
    """Build the interview log for the workbook the page asks for (``?workbook=demo``)."""
    return dashboard("interview-log", "Interview log", InterviewLog, url,
                     "Write down what happened and what they asked, while it is fresh.")
