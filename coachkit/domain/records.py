"""What services hand to views: plain, immutable records with ``to_dict`` at boundaries."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field


class Record:
    def to_dict(self) -> dict:
        return asdict(self)  # type: ignore[call-overload]


@dataclass(frozen=True)
class InterviewRecord(Record):
    id: int
    organisation: str
    role_title: str
    interview_date: dt.date | None
    stage: str
    format: str
    interviewers: str
    length_minutes: int | None
    connection: int | None
    connection_note: str
    outcome: str
    regret_heard: bool
    feedback: str


@dataclass(frozen=True)
class QuestionRecord(Record):
    id: int
    interview_id: int | None
    position: int
    text: str
    category: str
    recall_confidence: str
    answer_notes: str
    family_key: str | None = None


@dataclass(frozen=True)
class JobRecord(Record):
    id: int
    title: str
    organisation: str
    link: str
    ad_text: str
    decision: str | None
    decision_note: str


@dataclass(frozen=True)
class DutyRecord(Record):
    id: int
    job_id: int
    kind: str
    text: str
    share_pct: float | None
    skill: int | None
    energy: str
    develop: str
    tags: tuple[str, ...] = field(default_factory=tuple)
    requirement_status: str | None = None
    essential: bool = True
    position: int = 0


@dataclass(frozen=True)
class AdDraft(Record):
    """A pasted job ad split into lines for the user to confirm (nothing saved yet)."""

    duties: tuple[str, ...]
    requirements: tuple[tuple[str, bool], ...]  # (text, essential)
    other: tuple[str, ...]
    cleaned_text: str


@dataclass(frozen=True)
class TolerancesRecord(Record):
    """The candidate's limits, the same for every job."""

    max_public_facing_pct: float | None = None
    max_interruptions_per_hour: float | None = None
    deal_breakers: tuple[str, ...] = ()
    next_step: str = ""  # where the candidate wants this kind of job to lead, or ""


@dataclass(frozen=True)
class AskRecord(Record):
    """A question to ask at interview: generated from the worksheet or added by the user."""

    id: int
    job_id: int
    text: str
    why: str
    priority: float
    status: str
    heard: str
    source: str
    bank_id: str | None
    position: int
    edited: bool


@dataclass(frozen=True)
class JobComparison(Record):
    """One line of the table comparing the jobs kept in the workbook."""

    job_id: int
    title: str
    organisation: str
    duties: int
    weighted_skill: float | None
    drains_pct: float
    drains_is_lower_bound: bool
    public_facing_pct: float
    unknown_shares: int
    flags: tuple[str, ...]
    decision: str | None
    public_facing_is_lower_bound: bool = False  # a public-facing duty's share is unknown


@dataclass(frozen=True)
class WorkbookSummary(Record):
    location: str
    interviews: int
    questions: int
    answers: int
    jobs: int
    is_demo: bool = False


@dataclass(frozen=True)
class AnswerVersionRecord(Record):
    id: int
    answer_id: int
    version_no: int
    text: str
    star: dict | None
    created_at: dt.datetime


@dataclass(frozen=True)
class SavedVersion(Record):
    """What saving an answer did; `warning` is set when it is saved but needs attention."""

    answer_id: int
    version_id: int
    version_no: int
    warning: str = ""


@dataclass(frozen=True)
class RatingRecord(Record):
    id: int
    answer_version_id: int
    version_no: int
    rater_role: str
    rater_name: str
    criterion: str
    score: int
    comment: str
    created_at: dt.datetime


@dataclass(frozen=True)
class PracticeItem(Record):
    """One question in the practice queue, with when it is next due (naive UTC)."""

    card_id: int
    question_id: int | None
    answer_id: int | None
    question: str
    due: dt.datetime
    reviews: int = 0
    last_self_score: int | None = None


@dataclass(frozen=True)
class PastedQuestion(Record):
    """One question read from a pasted block, with the category suggested for it."""

    text: str
    category: str


@dataclass(frozen=True)
class PastePreview(Record):
    """What a pasted block would save, and what was left out and why."""

    questions: tuple[PastedQuestion, ...]
    blank_lines: int = 0
    duplicates: tuple[str, ...] = ()
    already_saved: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeletedQuestion(Record):
    """A deleted question with what it was linked to, so an undo brings it back whole."""

    question: dict
    answer_ids: tuple[int, ...] = ()
    practice_cards: tuple[dict, ...] = ()
    family_choices: tuple[dict, ...] = ()


@dataclass(frozen=True)
class FamilyRecord(Record):
    """Questions that ask the same thing, across interviews (the recurring view's rows)."""

    key: str  # "q:<id of its first question>", what merge choices refer to
    representative: str
    question_ids: tuple[int, ...]
    interviews: int
    organisations: int
    last_asked: dt.date | None
    latest_rating: float | None  # weighted 1-5 score of the newest rated answer, if any
    category: str = ""


@dataclass(frozen=True)
class FamilyChoiceRecord(Record):
    """A grouping decision of the user's, described in words."""

    id: int
    action: str  # 'merge', 'move_out' or 'apart'
    description: str


@dataclass(frozen=True)
class MergeSuggestion(Record):
    """Two families the engine kept apart that may ask the same thing (the user decides)."""

    key_a: str  # the family asked in more interviews (the one to merge into)
    key_b: str
    wording_a: str
    wording_b: str
    score: float  # 0-1, higher = likelier the same question
