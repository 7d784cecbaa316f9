"""Workbook 2's state and rules, without widgets (tested directly).

``RateAnswersModel`` holds the open workbook, the rubric, the chosen question and its answer.
Every method is one thing the user can do or see: it returns data, or a ``Said`` for the
status line, and raises ``CoachkitError`` (with a message for the user) when the input is
wrong, in which case nothing is stored.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Mapping
from dataclasses import dataclass

import traitlets

from coachkit.domain.errors import CoachkitError
from coachkit.domain.records import AnswerVersionRecord, PracticeItem, QuestionRecord
from coachkit.services import answers, interviews, practice, questions
from coachkit.services.weak_spots import WeakFamily, weakest_recurring
from coachkit.services.workbook import Workbook
from coachkit.ui.answer_render import NOT_IN_BANK, Family, asks_for, load_families
from coachkit.ui.common import show_date

SOURCES = [("Recurring families", "families"), ("From an interview", "interview"),
           ("From the question bank", "bank")]


@dataclass(frozen=True)
class Target:
    """The question being answered: a workbook question or one from the bank."""

    text: str
    asks: str
    question_id: int | None = None
    bank_id: str | None = None
    where: str = ""


@dataclass(frozen=True)
class Said:
    """A message for the status line; ``warn`` when it was done but the user should know."""

    text: str
    warn: bool = False


@dataclass(frozen=True)
class Queue:
    due: list[PracticeItem]
    later: list[PracticeItem]


class RateAnswersModel(traitlets.HasTraits):
    # the answer's id and its newest version: the Feedback and Rate tabs follow these
    answer_id = traitlets.Int(None, allow_none=True)
    version_id = traitlets.Int(None, allow_none=True)

    def __init__(self, wb: Workbook) -> None:
        super().__init__()
        self.wb = wb
        self.rubric = answers.active_rubric()  # a broken rubric.toml raises, naming the line
        self.target: Target | None = None
        self._families: list[Family] | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ pick
    @property
    def families_ready(self) -> bool:
        return self._families is not None

    def families(self) -> list[Family]:
        """Recurring question families, most asked first (grouped once, then kept)."""
        with self._lock:
            if self._families is None:
                self._families = load_families(self.wb)
            return self._families

    def forget_families(self) -> None:
        self._families = None

    def family_options(self) -> list[tuple[str, int]]:
        return [(f"asked {f.asked}× · {f.wording}", i) for i, f in enumerate(self.families())]

    def interview_options(self) -> list[tuple[str, int]]:
        return [(f"{r.organisation}, {show_date(r.interview_date)}" if r.interview_date
                 else r.organisation, r.id) for r in interviews.list_interviews(self.wb)]

    def category_options(self) -> list[tuple[str, str]]:
        from coachkit.analysis.question_bank import CATEGORIES

        return [(label, cid) for cid, label in CATEGORIES]

    def question_options(self, source: str, within) -> list[tuple[str, object]]:
        """The questions of one interview (``within`` its id) or one bank category."""
        if within is None:
            return []
        if source == "interview":
            return [(q.text, q.id) for q in questions.list_questions(self.wb, within)]
        from coachkit.analysis.question_bank import entries_by_category

        return [(e.phrasings[0], e.id) for e in entries_by_category(within)]

    def target_for(self, source: str, value, within=None, where: str = "") -> Target | None:
        """The question a choice in the list stands for (None when nothing is chosen)."""
        if value is None:
            return None
        if source == "families":
            fam = self.families()[value]
            chosen = self._answered_member(fam) or next(
                (q for q in fam.questions if q.text == fam.wording), fam.questions[0])
            return Target(chosen.text, asks_for(fam.wording, fam.bank_id), chosen.id,
                          where=f"asked {fam.asked}×")
        if source == "interview":
            q = next(q for q in questions.list_questions(self.wb, within) if q.id == value)
            return Target(q.text, asks_for(q.text), q.id, where=where)
        from coachkit.analysis.question_bank import category_label, get_entry

        entry = get_entry(value)
        return Target(entry.phrasings[0], entry.asks or NOT_IN_BANK, bank_id=entry.id,
                      where=f"question bank · {category_label(entry.category)}")

    def _answered_member(self, fam: Family) -> QuestionRecord | None:
        found = [(answers.find_answer(self.wb, question_id=q.id), q) for q in fam.questions]
        found = [(a, q) for a, q in found if a is not None]
        return max(found, key=lambda pair: pair[0])[1] if found else None

    def require_target(self) -> Target:
        if self.target is None:
            raise CoachkitError("Pick a question first (tab 1).")
        return self.target

    def select(self, target: Target | None) -> Said:
        """Answer this question: its latest answer (if any) becomes the current one."""
        if target is None:
            raise CoachkitError("Choose a question in the list first.")
        self.target = target
        self.answer_id = answers.find_answer(self.wb, question_id=target.question_id,
                                             bank_id=target.bank_id)
        versions = self.versions()
        self.version_id = versions[-1].id if versions else None
        return Said("Write your answer below, or improve the last version." if not versions
                    else f"Your latest version ({len(versions)} so far) is in the answer box.")

    # ----------------------------------------------------------------- write
    def versions(self) -> list[AnswerVersionRecord]:
        """The current answer's versions, oldest first."""
        return answers.list_versions(self.wb, self.answer_id) if self.answer_id else []

    def version(self, version_id: int) -> AnswerVersionRecord:
        return answers.get_version(self.wb, version_id)

    def assemble(self, star: Mapping[str, str]) -> str:
        text = answers.assemble_star(star)
        if not text:
            raise CoachkitError("Fill in at least one of the four STAR boxes first.")
        return text

    def save_answer(self, text: str, star: Mapping[str, str] | None = None) -> Said:
        """Store the text as a new version at once (nothing is stored if it is refused)."""
        target = self.require_target()
        saved = answers.save_version(
            self.wb, text, question_id=target.question_id, answer_id=self.answer_id,
            bank_id=target.bank_id, question_text=target.text if target.question_id is None
            else "", star=dict(star or {}))
        self.answer_id = saved.answer_id
        self.version_id = saved.version_id
        if saved.warning:
            return Said(saved.warning, warn=True)
        return Said(f"Saved as version {saved.version_no}. The feedback tab shows what we "
                    "noticed.")

    # ------------------------------------------------------------------ rate
    def anchor(self, criterion: str, level: int | None) -> str | None:
        """What a level of one criterion means, in words (None when no level is chosen)."""
        return self.rubric.criterion(criterion).anchors[level] if level else None

    def rate(self, scores: Mapping[str, int | None], role: str = "candidate", name: str = "",
             comment: str = "") -> Said:
        """Save a rating of the current version; the candidate's also schedules practice."""
        if self.version_id is None:
            raise CoachkitError("An empty answer cannot be rated: write the answer and save "
                                "it first.")
        if role == "candidate":
            # the rating and the practice date it implies are one transaction
            _ids, weighted, due = practice.rate_and_schedule(
                self.wb, self.version_id, dict(scores), rater_name=name, comment=comment,
                rubric=self.rubric)
            return Said(f"Rating saved (weighted score {weighted:.1f} out of 5). This "
                        f"question comes back for practice on {local_day(due)}.")
        answers.rate_version(self.wb, self.version_id, dict(scores), rater_role=role,
                             rater_name=name, comment=comment, rubric=self.rubric)
        given = {k: v for k, v in scores.items() if v is not None}
        return Said(f"Rating saved (weighted score {self.rubric.weighted_score(given):.1f} "
                    "out of 5).")

    def self_and_coach(self) -> tuple[list[tuple[str, int | None, int | None]], list[str]]:
        """This version's latest scores per criterion (you, coach) and the coaches' names;
        no rows when no coach has rated it."""
        ratings = answers.ratings_for_version(self.wb, self.version_id)
        own = answers.latest_scores(ratings, "candidate")
        coach = answers.latest_scores(ratings, "coach")
        if not coach:
            return [], []
        names = sorted({r.rater_name for r in ratings if r.rater_role == "coach"
                        and r.rater_name})
        return [(c.label, own.get(c.id), coach.get(c.id)) for c in self.rubric.criteria], names

    def all_ratings(self):
        return answers.all_ratings(self.wb)

    # -------------------------------------------------------------- practice
    def queue(self) -> Queue:
        items = practice.queue(self.wb)
        cutoff = practice.end_of_today()
        return Queue([i for i in items if i.due < cutoff], [i for i in items if i.due >= cutoff])

    def add_to_queue(self) -> Said:
        target = self.require_target()
        if target.question_id is not None:
            practice.add_to_queue(self.wb, question_id=target.question_id)
        elif self.answer_id is not None:
            practice.add_to_queue(self.wb, answer_id=self.answer_id)
        else:
            raise CoachkitError("Save an answer to this bank question first; then it can "
                                "join the practice queue.")
        return Said("Added to the practice queue: it is due now.")

    def next_due(self) -> PracticeItem | None:
        return practice.next_due(self.wb)

    def save_practice(self, item: PracticeItem | None, text: str):
        """Save a practice answer as a new version of its question's answer:
        (version id, message)."""
        if item is None:
            raise CoachkitError("Press “Start practising” first.")
        answer_id = item.answer_id or answers.find_answer(self.wb, question_id=item.question_id)
        saved = answers.save_version(self.wb, text, question_id=item.question_id,
                                     answer_id=answer_id)
        if saved.warning:
            return saved.version_id, Said(saved.warning, warn=True)
        return saved.version_id, Said(f"Saved as version {saved.version_no}. Now rate "
                                      "yourself below.")

    def review(self, item: PracticeItem | None, level: int | None, *,
               version_id: int | None = None, seconds: int = 0) -> dt.datetime:
        """Record a practice round's self-rating; returns when the question comes back."""
        if item is None:
            raise CoachkitError("Press “Start practising” first.")
        if level is None:
            raise CoachkitError("Choose how it went (1 to 5) first.")
        return practice.review(self.wb, item.card_id, level, answer_version_id=version_id,
                               seconds_taken=seconds)

    # -------------------------------------------------------------- progress
    def weakest(self) -> list[WeakFamily]:
        self.families()  # grouped once for the page; the weakest list uses the same groups
        return weakest_recurring(self.wb)


def local(moment: dt.datetime) -> dt.datetime:
    """Naive-UTC database time as the user's local time."""
    return moment.replace(tzinfo=dt.UTC).astimezone()


def local_day(moment: dt.datetime | None) -> str:
    return show_date(local(moment)) if moment else "no date"
