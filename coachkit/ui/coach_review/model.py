"""The coach dashboard's state and rules, without widgets (tested directly).

``CoachReviewModel`` holds the open workbook and says who is looking; every method is one
thing the user can do or see, in words, and returns data or a message for the status line.
``changed`` ticks after any edit that other tabs show, so the view rebuilds them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import traitlets

from coachkit import config
from coachkit.domain import vocab
from coachkit.domain.errors import CoachkitError
from coachkit.services import coach, sharing
from coachkit.services.workbook import Workbook, open_workbook

ROLE_TEXT = {
    "coach": ("You are looking as the coach. You see only the interviews the candidate shared, "
              "and you can add ratings, comments and practice suggestions; nothing the "
              "candidate wrote can be changed here."),
    "candidate": ("Your workbook. A coach sees only the interviews you mark as shared, and can "
                  "add ratings and comments but never change what you wrote."),
}


@dataclass(frozen=True)
class TableData:
    """A table as the dashboard shows it: file name, headings, rows."""

    name: str
    head: list[str]
    rows: list[list[object]]


@dataclass(frozen=True)
class WrittenFile:
    path: Path
    data: bytes
    message: str


class CoachReviewModel(traitlets.HasTraits):
    changed = traitlets.Int(0)  # ticks after an edit that other tabs show

    def __init__(self, wb: Workbook) -> None:
        super().__init__()
        self.wb = wb

    # ------------------------------------------------------------------ who
    @property
    def is_coach(self) -> bool:
        return self.wb.role == "coach"

    @property
    def me(self) -> str:
        return "coach" if self.is_coach else "candidate"

    @property
    def role_text(self) -> str:
        return ROLE_TEXT[self.me]

    @property
    def is_coach_copy(self) -> bool:
        return sharing.is_coach_copy(self.wb)

    def touch(self) -> None:
        self.changed += 1

    # ------------------------------------------------------------- overview
    def interviews(self) -> list[coach.InterviewView]:
        return coach.shared_interviews(self.wb)

    def stage_table(self, ivs) -> TableData:
        stages = coach.outcomes_by_stage(ivs)
        return TableData("outcomes-by-stage", ["Stage", *vocab.OUTCOMES.values()],
                         [[vocab.STAGES.get(s, s), *(c.get(o, 0) for o in vocab.OUTCOMES)]
                          for s, c in stages.items()])

    def connection_table(self, ivs) -> TableData:
        conn = coach.connection_vs_outcome(ivs)
        return TableData("connection-and-outcome",
                         ["Outcome", "Interviews rated", "Mean connection (1-5)"],
                         [[vocab.OUTCOMES.get(o, o), len(v), f"{sum(v) / len(v):.1f}"]
                          for o, v in conn.items()])

    def regret_table(self, ivs) -> TableData:
        return TableData("regret-cases", ["Organisation", "Date", "Stage", "What was said"],
                         [[iv.organisation, iv.interview_date or "",
                           vocab.STAGES.get(iv.stage, ""), iv.feedback]
                          for iv in coach.regret_cases(ivs)])

    def charts(self, ivs) -> tuple[bytes | None, bytes | None]:
        from coachkit.services import report

        return (report.stages_chart(coach.outcomes_by_stage(ivs)),
                report.outcomes_chart(ivs))

    # ---------------------------------------------------------- presentation
    def presentation(self) -> dict[int, dict[str, dict[str, int]]]:
        return coach.presentation_table(self.wb)

    def presentation_rows(self, table, interview_id: int) -> list[list[object]]:
        mine = table.get(interview_id, {})
        return [[label, mine.get(f, {}).get("candidate", "–"), mine.get(f, {}).get("coach", "–")]
                for f, label in vocab.PRESENTATION_FACTORS.items()]

    def my_presentation_scores(self, table, interview_id: int) -> dict[str, int | None]:
        mine = table.get(interview_id, {})
        return {f: mine.get(f, {}).get(self.me) for f in vocab.PRESENTATION_FACTORS}

    def rate_presentation(self, interview_id: int, scores: dict[str, int | None]) -> str:
        given = {f: v for f, v in scores.items() if v is not None}
        if not given:
            raise CoachkitError("Choose a score from 1 to 5 for at least one factor.")
        for factor, value in given.items():
            coach.rate_presentation(self.wb, interview_id, factor, value)
        self.touch()
        return f"Saved {len(given)} presentation rating(s) as the {self.me}."

    def patterns(self, ivs, table) -> list[str]:
        return [p.sentence for p in coach.factor_patterns(ivs, table)]

    # --------------------------------------------------------------- answers
    def quality_table(self) -> TableData:
        return TableData(
            "answer-quality", ["Criterion", "Candidate (n)", "Coach (n)"],
            [[q.label, f"{q.candidate if q.candidate is not None else '–'} ({q.candidate_n})",
              f"{q.coach if q.coach is not None else '–'} ({q.coach_n})"]
             for q in coach.answer_quality(self.wb)])

    def criteria(self) -> dict[str, str]:
        """The rubric's criteria (id -> label): the same rubric the candidate rates with."""
        from coachkit.services.answers import active_rubric

        rubric = active_rubric()
        return {i: rubric.criterion(i).label for i in rubric.ids}

    def answers(self) -> list[dict]:
        return coach.visible_answers(self.wb)

    def ratings_rows(self, version_id: int, labels: dict[str, str]) -> list[list[object]]:
        return [[f"{vocab.RATER_ROLES.get(r.rater_role, '')} {r.rater_name}".strip(),
                 labels.get(r.criterion, r.criterion), r.score, r.comment]
                for r in coach.ratings_of(self.wb, [version_id])]

    def comments(self, version_id: int) -> list[coach.CommentView]:
        return coach.comments_on(self.wb, "answer_version", version_id)

    def rate(self, version_id: int, criterion: str, label: str, score: int, why: str) -> str:
        coach.rate_answer(self.wb, version_id, criterion, score, comment=why)
        return f"Saved: {label} {score}/5."

    def comment(self, version_id: int, text: str) -> str:
        coach.add_comment(self.wb, "answer_version", version_id, text)
        return "Comment saved."

    def save_version(self, answer_id: int, text: str) -> str:
        from coachkit.services import answers

        answers.save_answer(self.wb, text, answer_id=answer_id)
        self.touch()
        return "Saved as a new version of the answer."

    def weakest(self) -> list[coach.WeakFamily]:
        return coach.weakest_families(self.wb)

    def practise_family(self, fam: coach.WeakFamily) -> str:
        added, kept = coach.suggest_practice(self.wb, list(fam.question_ids),
                                             note=f"Recurring: {fam.label}")
        return (f"Added {added} question(s) to the practice queue"
                + (f" ({kept} already there)." if kept else "."))

    # ------------------------------------------------------------- watchlist
    def watchlist(self) -> list[coach.WatchRecord]:
        return coach.watchlist(self.wb)

    def watch_suggestions(self) -> list[str]:
        return coach.regret_without_watch(self.wb)

    def add_watch(self, organisation: str, day: dt.date | None, note: str) -> str:
        coach.add_watch(self.wb, organisation, day, note)
        self.touch()
        return f"Added {organisation.strip()} to the watchlist."

    def toggle_watch(self, item: coach.WatchRecord) -> str:
        coach.update_watch(self.wb, item.id, done=not item.done)
        self.touch()
        return "Watchlist updated."

    @staticmethod
    def is_due(item: coach.WatchRecord, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return bool(item.check_on and item.check_on <= today and not item.done)

    # --------------------------------------------------------- share, report
    def set_shared(self, iv: coach.InterviewView, shared: bool) -> str:
        coach.set_shared(self.wb, iv.id, shared)
        return f"{iv.organisation}: " + ("shared with the coach." if shared else "kept back.")

    def export_bundle(self, parts: list[str], redact: bool) -> WrittenFile:
        path, bundle = sharing.export_bundle(self.wb, sharing.default_bundle_path(), parts,
                                             redact)
        return WrittenFile(path, path.read_bytes(),
                           f"Bundle ready: {len(bundle['interviews'])} interviews, "
                           f"{len(bundle['answers'])} answers.")

    @staticmethod
    def check_upload(files) -> bytes:
        if not files:
            raise CoachkitError("Choose a file first.")
        item = files[0]
        if item.get("size", 0) > sharing.MAX_FILE_BYTES:
            raise sharing.BadFile("That file is larger than 50 MB; nothing was changed.")
        return bytes(item["content"])

    def import_review(self, files) -> str:
        return sharing.import_review(self.wb, self.check_upload(files))

    def open_bundle(self, files) -> str:
        """Open a candidate's bundle as a new coach's copy and switch to it."""
        data = self.check_upload(files)
        folder = config.data_dir() / "coach-copies"
        target = folder / f"coach-copy-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite"
        sharing.open_bundle(data, target)
        self.wb.close()
        self.wb = open_workbook(config.url_for_path(target))
        self.touch()
        return (f"Opened the bundle as your coach's copy ({target.name}). Rate and comment, "
                "then export your review from this tab.")

    def export_review(self, name: str) -> WrittenFile:
        path, review = sharing.export_review(self.wb, sharing.default_review_path(), name)
        return WrittenFile(path, path.read_bytes(),
                           f"Review ready: {len(review['ratings'])} ratings, "
                           f"{len(review['comments'])} comments.")

