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
