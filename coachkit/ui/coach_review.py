"""The coach's dashboard: patterns across interviews, ratings side by side, sharing.

The same view serves the candidate and the coach; what the coach may do is decided by the
workbook's role (set by the server, never by the page) and enforced in the services. Tabs
other than the first are built when first opened, so the page is ready fast.
"""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path

import ipywidgets as widgets

from coachkit import config
from coachkit.domain import vocab
from coachkit.domain.errors import CoachkitError
from coachkit.frames import Table
from coachkit.services import coach, sharing
from coachkit.services.workbook import Workbook, open_workbook
from coachkit.ui.common import StatusLine, dashboard, esc, reports_to
from coachkit.ui.export import ExportBar

TABS = ("Overview", "Presentation", "Answers", "Watchlist", "Share and report")
SCORES = [("–", None)] + [(str(n), n) for n in range(1, 6)]
WIDE = widgets.Layout(width="100%")


def table_box(title_html: str, name: str, head: list[str], rows: list[list[object]],
              css: str = "") -> list[widgets.Widget]:
    """A heading with the table, then its CSV / Excel bar (when it has rows)."""
    shown = widgets.HTML(title_html + table_html(head, rows, css))
    if not rows:
        return [shown]
    bar = ExportBar()
    bar.refresh(Table(name, tuple(head), tuple(tuple(r) for r in rows)))
    return [shown, bar]


def table_html(head: list[str], rows: list[list[object]], css: str = "") -> str:
    if not rows:
        return '<p class="ck-muted">Nothing here yet.</p>'
    th = "".join(f"<th>{esc(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="ck-table {css}"><tr>{th}</tr>{body}</table>'


def download_link(data: bytes, name: str, label: str, mime: str) -> str:
    href = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    return f'<a class="ck-download" download="{esc(name)}" href="{href}">{esc(label)}</a>'


def _image(png: bytes | None, what: str) -> widgets.Widget:
    if png is None:
        return widgets.HTML(f'<p class="ck-muted">{esc(what)}: nothing to draw yet.</p>')
    return widgets.Image(value=png, format="png", layout=widgets.Layout(max_width="640px"))


class CoachReview(widgets.VBox):
    def __init__(self, workbook: Workbook) -> None:
        self.wb = workbook
        self.is_coach = workbook.role == "coach"
        self.status = StatusLine()
        self.banner = widgets.HTML()
        self.tabs = widgets.Tab(children=[widgets.VBox() for _ in TABS], titles=TABS)
        self.tabs.add_class("ck-coach-tabs")
        self.tabs.observe(self._on_tab, names="selected_index")
        self._built: set[int] = set()
        self.run = reports_to(self.status)
        super().__init__([self.banner, self.tabs, self.status])
        self.refresh()

    # ---------------------------------------------------------------- structure
    def refresh(self) -> None:
        """Rebuild the open tab (others rebuild when next opened)."""
        self.banner.value = self._banner()
        self._built.clear()
        self._build(self.tabs.selected_index or 0)

    def _banner(self) -> str:
        if self.is_coach:
            text = ("You are looking as the coach. You see only the interviews the candidate "
                    "shared, and you can add ratings, comments and practice suggestions; "
                    "nothing the candidate wrote can be changed here.")
        else:
            text = ("Your workbook. A coach sees only the interviews you mark as shared, and "
                    "can add ratings and comments but never change what you wrote.")
        return f'<div class="ck-card ck-role ck-role-{self.wb.role}">{esc(text)}</div>'

    def _on_tab(self, change) -> None:
        self.run(self._build)(change["new"])

    def _build(self, index: int | None) -> None:
        if index is None or index in self._built:
            return
        builder = [self._overview, self._presentation, self._answers, self._watch,
                   self._share][index]
        box = self.tabs.children[index]
        box.children = builder()
        box.add_class(f"ck-coach-tab-{index}")
        self._built.add(index)

    def _button(self, label: str, css: str, handler, icon: str = "") -> widgets.Button:
        button = widgets.Button(description=label, icon=icon,
                                layout=widgets.Layout(width="auto"))
        button.add_class(css)
        button.on_click(self.run(handler))
        return button

    # ---------------------------------------------------------------- overview
    def _overview(self) -> list[widgets.Widget]:
        ivs = coach.shared_interviews(self.wb)
        stages = coach.outcomes_by_stage(ivs)
        conn = coach.connection_vs_outcome(ivs)
        charts = widgets.VBox()

        def draw(_b=None) -> None:
            from coachkit.services import report

            charts.children = [_image(report.stages_chart(stages), "Outcomes by stage"),
                               _image(report.outcomes_chart(ivs), "Interviews over time")]

        return [
            *table_box("<h2>Outcomes by stage</h2>", "outcomes-by-stage",
                      ["Stage", *vocab.OUTCOMES.values()],
                      [[vocab.STAGES.get(s, s), *(c.get(o, 0) for o in vocab.OUTCOMES)]
                       for s, c in stages.items()], "ck-stages"),
            self._button("Show the charts", "ck-show-charts", draw, "bar-chart"), charts,
            *table_box("<h2>How it felt against how it went</h2>", "connection-and-outcome",
                      ["Outcome", "Interviews rated", "Mean connection (1-5)"],
                      [[vocab.OUTCOMES.get(o, o), len(v), f"{sum(v) / len(v):.1f}"]
                       for o, v in conn.items()]),
            *table_box("<h2>\u201cWe regret not hiring you\u201d</h2>"
                      '<p class="ck-muted">Kind words after a rejection are worth a note '
                      "and a check on their openings later, but not much more.</p>",
                      "regret-cases", ["Organisation", "Date", "Stage", "What was said"],
                      [[iv.organisation, iv.interview_date or "",
                        vocab.STAGES.get(iv.stage, ""), iv.feedback]
                       for iv in coach.regret_cases(ivs)], "ck-regret"),
        ]

    # ------------------------------------------------------------ presentation
    def _presentation(self) -> list[widgets.Widget]:
        ivs = coach.shared_interviews(self.wb)
        if not ivs:
            return [widgets.HTML('<p class="ck-muted">No interviews to rate yet.</p>')]
        table = coach.presentation_table(self.wb)
        pick = widgets.Dropdown(options=[(f"{iv.organisation} ({iv.interview_date or 'no date'})",
                                          iv.id) for iv in ivs], description="Interview",
                                layout=widgets.Layout(width="70%"))
        pick.add_class("ck-pres-interview")
        scores = {f: widgets.Dropdown(options=SCORES, description=label,
                                      style={"description_width": "240px"},
                                      layout=widgets.Layout(width="340px"))
                  for f, label in vocab.PRESENTATION_FACTORS.items()}
        seen = widgets.HTML()
        me = "coach" if self.is_coach else "candidate"

        def show(_c=None) -> None:
            mine = table.get(pick.value, {})
            for factor, box in scores.items():
                box.value = mine.get(factor, {}).get(me)
            seen.value = table_html(
                ["Factor", "Candidate", "Coach"],
                [[label, mine.get(f, {}).get("candidate", "–"), mine.get(f, {}).get("coach", "–")]
                 for f, label in vocab.PRESENTATION_FACTORS.items()], "ck-pres-table")

        def save(_b=None) -> None:
            given = {f: box.value for f, box in scores.items() if box.value is not None}
            if not given:
                self.status.error("Choose a score from 1 to 5 for at least one factor.")
                return
            for factor, value in given.items():
                coach.rate_presentation(self.wb, pick.value, factor, value)
            self.status.ok(f"Saved {len(given)} presentation rating(s) as the {me}.")
            self.refresh()

        pick.observe(lambda c: self.run(show)(), names="value")
        show()
        patterns = coach.factor_patterns(ivs, table)
        return [widgets.HTML("<h2>How the candidate came across</h2>"
                             f'<p class="ck-muted">Rate as the {me}, 1 (weak) to 5 (strong). '
                             "Each save adds a rating; earlier ones are kept.</p>"), pick,
                widgets.HBox([widgets.VBox(list(scores.values())), seen]),
                self._button("Save these ratings", "ck-pres-save", save, "check"),
                widgets.HTML("<h2>What goes with advancing, what with rejection</h2>"
                             '<p class="ck-note">Patterns, not causes: each line says how many '
                             "interviews it rests on.</p><ul>" + "".join(
                                 f"<li>{esc(p.sentence)}</li>" for p in patterns) + "</ul>")]

    # ----------------------------------------------------------------- answers
    def _answers(self) -> list[widgets.Widget]:
        from coachkit.analysis.rubric import load_rubric

        quality = coach.answer_quality(self.wb)
        head = table_box(
            "<h2>Answer quality by criterion</h2>", "answer-quality",
            ["Criterion", "Candidate (n)", "Coach (n)"],
            [[q.label, f"{q.candidate if q.candidate is not None else '–'} ({q.candidate_n})",
              f"{q.coach if q.coach is not None else '–'} ({q.coach_n})"] for q in quality],
            "ck-quality")
        found = coach.visible_answers(self.wb)
        families = widgets.VBox([self._button("Find recurring questions", "ck-find-families",
                                              lambda _b: self._families(families), "search")])
        tail = [widgets.HTML("<h2>Recurring questions with the weakest answers</h2>"), families]
        if not found:
            return [*head, widgets.HTML('<p class="ck-muted">No answers written yet.</p>'),
                    *tail]
        rubric = load_rubric()
        labels = {i: rubric.criterion(i).label for i in rubric.ids}
        pick = widgets.Dropdown(options=[(f"{a['question'][:70]} ({a['organisation'] or 'bank'})",
                                          i) for i, a in enumerate(found)],
                                description="Answer", layout=widgets.Layout(width="90%"))
        pick.add_class("ck-answer-pick")
        shown = widgets.HTML()
        shown.add_class("ck-answer-shown")
        criterion = widgets.Dropdown(options=[(rubric.criterion(i).label, i) for i in rubric.ids],
                                     description="Criterion")
        criterion.add_class("ck-rate-criterion")
        score = widgets.Dropdown(options=SCORES[1:], value=3, description="Score")
        score.add_class("ck-rate-score")
        note = widgets.Text(placeholder="Why this score (optional)", layout=WIDE)
        note.add_class("ck-rate-note")
        comment = widgets.Textarea(placeholder="A comment on this answer", layout=WIDE)
        comment.add_class("ck-comment-text")
        edit = widgets.Textarea(layout=widgets.Layout(width="100%", height="120px"))
        edit.add_class("ck-answer-edit")

        def current() -> dict:
            return found[pick.value]

        def show(_c=None) -> None:
            a = current()
            ratings = coach.ratings_of(self.wb, [a["version_id"]])
            notes = coach.comments_on(self.wb, "answer_version", a["version_id"])
            shown.value = (
                f'<div class="ck-card"><b>{esc(a["question"])}</b><br>'
                f'<span class="ck-muted">Version {a["version_no"]}</span>'
                f'<p class="ck-answer-text">{esc(a["text"])}</p></div>'
                + table_html(["Who", "Criterion", "Score", "Why"],
                             [[f"{vocab.RATER_ROLES.get(r.rater_role, '')} {r.rater_name}"
                               .strip(), labels.get(r.criterion, r.criterion), r.score,
                               r.comment] for r in ratings], "ck-answer-ratings")
                + "".join(f'<div class="ck-comment"><b>{esc(c.author_role)} '
                          f'{esc(c.author_name)}</b>: {esc(c.text)}</div>' for c in notes))
            edit.value = a["text"]

        def rate(_b=None) -> None:
            coach.rate_answer(self.wb, current()["version_id"], criterion.value, score.value,
                              comment=note.value)
            note.value = ""
            self.status.ok(f"Saved: {criterion.label} {score.value}/5.")
            show()

        def add_comment(_b=None) -> None:
            coach.add_comment(self.wb, "answer_version", current()["version_id"], comment.value)
            comment.value = ""
            self.status.ok("Comment saved.")
            show()

        def save_version(_b=None) -> None:
            from coachkit.services import answers

            answers.save_answer(self.wb, edit.value, answer_id=current()["answer_id"])
            self.status.ok("Saved as a new version of the answer.")
            self.refresh()

        pick.observe(lambda c: self.run(show)(), names="value")
        show()
        who = "the candidate only" if self.is_coach else "saved as a new version"
        return [*head, widgets.HTML("<h2>Rate and comment</h2>"), pick, shown,
                widgets.HBox([criterion, score]), note,
                self._button("Save rating", "ck-rate-save", rate, "star"), comment,
                self._button("Add comment", "ck-comment-save", add_comment, "comment"),
                widgets.HTML(f"<h3>Change the answer ({esc(who)})</h3>"), edit,
                self._button("Save new version", "ck-answer-save", save_version, "pencil"),
                *tail]

    def _families(self, box: widgets.VBox) -> None:
        rows: list[widgets.Widget] = []
        for fam in coach.weakest_families(self.wb):
            score = f"{fam.score:.1f}" if fam.score is not None else "no rated answer yet"

            def add(_b=None, fam=fam) -> None:
                added, kept = coach.suggest_practice(self.wb, list(fam.question_ids),
                                                     note=f"Recurring: {fam.label}")
                self.status.ok(f"Added {added} question(s) to the practice queue"
                               + (f" ({kept} already there)." if kept else "."))

            rows.append(widgets.HBox([
                widgets.HTML(f'<div class="ck-family"><b>{esc(fam.label)}</b> · asked in '
                             f"{fam.interviews} interviews · answers: {esc(score)}</div>",
                             layout=widgets.Layout(width="70%")),
                self._button("Add to practice queue", "ck-family-practice", add, "plus")]))
        box.children = rows or [widgets.HTML('<p class="ck-muted">No question has come back '
                                             "in two interviews yet.</p>")]

    # --------------------------------------------------------------- watchlist
    def _watch(self) -> list[widgets.Widget]:
        items = coach.watchlist(self.wb)
        org = widgets.Combobox(options=coach.regret_without_watch(self.wb), placeholder=
                               "Organisation", description="Watch")
        org.add_class("ck-watch-org")
        day = widgets.DatePicker(description="Check on",
                                 value=dt.date.today() + dt.timedelta(days=90))
        note = widgets.Text(placeholder="What to check or who to write to", layout=WIDE)

        def add(_b=None) -> None:
            coach.add_watch(self.wb, org.value, day.value, note.value)
            self.status.ok(f"Added {org.value.strip()} to the watchlist.")
            self.refresh()

        rows = []
        for item in items:
            def done(_b=None, item=item) -> None:
                coach.update_watch(self.wb, item.id, done=not item.done)
                self.status.ok("Watchlist updated.")
                self.refresh()

            due = item.check_on and item.check_on <= dt.date.today() and not item.done
            rows.append(widgets.HBox([
                widgets.HTML(f'<div class="ck-watch-item{" ck-due" if due else ""}">'
                             f"<b>{esc(item.organisation)}</b> · check on "
                             f"{esc(item.check_on or 'any time')}{' · done' if item.done else ''}"
                             f'<br><span class="ck-muted">{esc(item.note)}</span></div>',
                             layout=widgets.Layout(width="70%")),
                self._button("Reopen" if item.done else "Mark done", "ck-watch-done", done)]))
        form = [] if self.is_coach else [widgets.HTML("<h3>Add an organisation</h3>"), org,
                                          day, note, self._button("Add", "ck-watch-add", add)]
        return [widgets.HTML("<h2>Follow-up watchlist</h2><p class='ck-muted'>Places that said "
                             "they regret: a date to look at their openings again.</p>"),
                *(rows or [widgets.HTML('<p class="ck-muted">Nothing on the list.</p>')]),
                *form]

    # ----------------------------------------------------------- share, report
    def _share(self) -> list[widgets.Widget]:
        out = widgets.HTML()
        out.add_class("ck-share-result")
        report_button = self._button("Write the session report", "ck-report", lambda _b:
                                     self._report(out), "file")
        upload = widgets.FileUpload(accept=".gz,.json.gz", multiple=False,
                                    description="Choose file")
        upload.add_class("ck-upload")
        parts: list[widgets.Widget] = [widgets.HTML("<h2>Session report</h2>"), report_button]
        if sharing.is_coach_copy(self.wb):
            name = widgets.Text(description="Your name")
            parts += [widgets.HTML("<h2>Send your review back</h2>"), name,
                      self._button("Export my review", "ck-export-review",
                                   lambda _b: self._export_review(out, name.value), "upload")]
        elif not self.is_coach:
            checks = {p: widgets.Checkbox(value=True, description=p.capitalize(), indent=False)
                      for p in sharing.PARTS}
            redact = widgets.Checkbox(description="Replace organisation and interviewer names "
                                      "with aliases (Library A, Interviewer 1)", indent=False,
                                      layout=WIDE)
            redact.add_class("ck-redact")
            parts += [widgets.HTML("<h2>What your coach may see</h2>"
                                   '<p class="ck-muted">Saved as soon as you tick or untick.'
                                   "</p>"), *self._share_choices(),
                      widgets.HTML("<h2>Send a bundle to your coach</h2>"),
                      widgets.HBox(list(checks.values())), redact,
                      self._button("Export bundle", "ck-export-bundle", lambda _b:
                                   self._export_bundle(out, [p for p, c in checks.items()
                                                             if c.value], redact.value),
                                   "download"),
                      widgets.HTML("<h2>Import your coach's review</h2>"), upload,
                      self._button("Import review", "ck-import-review",
                                   lambda _b: self._import(upload, out), "upload")]
        if not self.is_coach or sharing.is_coach_copy(self.wb):
            bundle_upload = widgets.FileUpload(accept=".gz", multiple=False,
                                               description="Choose bundle")
            parts += [widgets.HTML("<h2>Coaches: open a candidate's bundle</h2>"),
                      bundle_upload, self._button("Open bundle", "ck-open-bundle",
                                                  lambda _b: self._open(bundle_upload), "book")]
        return [*parts, out]

    def _share_choices(self) -> list[widgets.Widget]:
        boxes = []
        for iv in coach.shared_interviews(self.wb):
            when = iv.interview_date or "no date"
            box = widgets.Checkbox(value=iv.shared, indent=False, layout=WIDE,
                                   description=f"{iv.organisation} ({when})")
            box.add_class("ck-share-interview")

            def save(change, iv=iv) -> None:
                coach.set_shared(self.wb, iv.id, change["new"])
                self.status.ok(f"{iv.organisation}: "
                               + ("shared with the coach." if change["new"] else "kept back."))

            box.observe(self.run(save), names="value")
            boxes.append(box)
        return boxes

    @staticmethod
    def _uploaded(upload: widgets.FileUpload) -> tuple[str, bytes]:
        if not upload.value:
            raise CoachkitError("Choose a file first.")
        item = upload.value[0]
        if item.get("size", 0) > sharing.MAX_FILE_BYTES:
            raise sharing.BadFile("That file is larger than 50 MB; nothing was changed.")
        return item["name"], bytes(item["content"])

    def _export_bundle(self, out: widgets.HTML, parts: list[str], redact: bool) -> None:
        path, bundle = sharing.export_bundle(self.wb, sharing.default_bundle_path(), parts,
                                             redact)
        out.value = (f"<p>Bundle written to <span class='ck-path'>{esc(path)}</span>.</p>"
                     + download_link(path.read_bytes(), path.name, "Download the bundle",
                                     "application/gzip"))
        self.status.ok(f"Bundle ready: {len(bundle['interviews'])} interviews, "
                       f"{len(bundle['answers'])} answers.")

    def _import(self, upload: widgets.FileUpload, out: widgets.HTML) -> None:
        _name, data = self._uploaded(upload)
        message = sharing.import_review(self.wb, data)
        out.value = f"<p>{esc(message)}</p>"
        self.status.ok(message)

    def _open(self, upload: widgets.FileUpload) -> None:
        _name, data = self._uploaded(upload)
        folder = config.data_dir() / "coach-copies"
        target = folder / f"coach-copy-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite"
        sharing.open_bundle(data, target)
        self.wb.close()
        self.wb = open_workbook(config.url_for_path(target))
        self.is_coach = True
        self.refresh()
        self.status.ok(f"Opened the bundle as your coach's copy ({target.name}). Rate and "
                       "comment, then export your review from this tab.")

    def _export_review(self, out: widgets.HTML, name: str) -> None:
        path, review = sharing.export_review(self.wb, sharing.default_review_path(), name)
        out.value = download_link(path.read_bytes(), path.name, "Download your review",
                                  "application/gzip")
        self.status.ok(f"Review ready: {len(review['ratings'])} ratings, "
                       f"{len(review['comments'])} comments.")

    def _report(self, out: widgets.HTML) -> None:
        from coachkit.services import report

        html_path, pdf_path = report.write_report(self.wb, pdf=True)
        links = download_link(html_path.read_bytes(), html_path.name, "Download the report "
                              "(HTML)", "text/html")
        if pdf_path:
            links += " · " + download_link(Path(pdf_path).read_bytes(), pdf_path.name,
                                           "PDF", "application/pdf")
        out.value = f"<p>Report written to <span class='ck-path'>{esc(html_path)}</span></p>{links}"
        self.status.ok("Session report written.")


def coach_review(url: str | None = None) -> widgets.VBox:
    """Build the coach dashboard for the configured workbook (or ``url``)."""
    return dashboard("coach-review", "Review with a coach", CoachReview, url)
