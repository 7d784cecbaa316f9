"""The workbook's tables.

Every schema change is a change here plus an Alembic revision in ``migrations/versions``;
nothing calls ``create_all`` (tests/storage/test_migrations.py checks there is no drift).
Types are dialect-neutral so the same tables run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    FetchedValue,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Owned:
    """Every row belongs to one candidate.

    In a career centre's PostgreSQL database the server fills ``owner`` (the login role of
    the candidate whose data it is) and row-level security keeps each candidate to their
    own rows (coachkit/centre.py). In a single-user SQLite workbook it stays empty.
    """

    owner: Mapped[str | None] = mapped_column(String(63), server_default=FetchedValue(),
                                              index=True)


class WorkbookInfo(Owned, Base):
    """Marks a database as a coachkit workbook; lets us refuse foreign files."""

    __tablename__ = "workbook_info"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Person(Owned, Base):
    __tablename__ = "people"
    __table_args__ = (CheckConstraint("role IN ('candidate', 'coach')", name="role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Interview(Owned, Base):
    __tablename__ = "interviews"
    __table_args__ = (
        CheckConstraint("connection IS NULL OR (connection BETWEEN 1 AND 5)", name="connection"),
        CheckConstraint("length_minutes IS NULL OR length_minutes >= 0", name="length"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation: Mapped[str] = mapped_column(String(300))
    role_title: Mapped[str] = mapped_column(String(300), default="")
    interview_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    stage: Mapped[str] = mapped_column(String(20), default="first")
    format: Mapped[str] = mapped_column(String(20), default="in_person")
    interviewers: Mapped[str] = mapped_column(Text, default="")
    length_minutes: Mapped[int | None] = mapped_column(Integer)
    connection: Mapped[int | None] = mapped_column(Integer)
    connection_note: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(20), default="waiting")
    regret_heard: Mapped[bool] = mapped_column(Boolean, default=False)
    feedback: Mapped[str] = mapped_column(Text, default="")
    # The candidate's choice: shown to a coach (live coach view, export bundle) or kept back.
    shared: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Question(Owned, Base):
    """A question the candidate remembers being asked (or picked from the bank)."""

    __tablename__ = "questions"
    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int | None] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(40), default="")
    recall_confidence: Mapped[str] = mapped_column(String(20), default="roughly")
    answer_notes: Mapped[str] = mapped_column(Text, default="")
    # The user's own family choice (merge / move out); None = let the grouping engine decide.
    family_key: Mapped[str | None] = mapped_column(String(80), index=True)
    bank_id: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Answer(Owned, Base):
    __tablename__ = "answers"
    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int | None] = mapped_column(
        ForeignKey("questions.id", ondelete="SET NULL"), index=True
    )
    # Answers to bank questions keep the wording they were written against.
    question_text: Mapped[str] = mapped_column(Text, default="")
    bank_id: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AnswerVersion(Owned, Base):
    __tablename__ = "answer_versions"
    __table_args__ = (UniqueConstraint("answer_id", "version_no", name="answer_version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int] = mapped_column(
        ForeignKey("answers.id", ondelete="CASCADE"), index=True
    )
    version_no: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    star: Mapped[dict | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Rating(Owned, Base):
    __tablename__ = "ratings"
    __table_args__ = (
        CheckConstraint("score BETWEEN 1 AND 5", name="score"),
        CheckConstraint("rater_role IN ('candidate', 'coach')", name="rater_role"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    answer_version_id: Mapped[int] = mapped_column(
        ForeignKey("answer_versions.id", ondelete="CASCADE"), index=True
    )
    rater_role: Mapped[str] = mapped_column(String(20))
    rater_name: Mapped[str] = mapped_column(String(200), default="")
    criterion: Mapped[str] = mapped_column(String(80))
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Set when the rating arrived in a coach's review file: importing it twice changes nothing.
    source_ref: Mapped[str | None] = mapped_column(String(120), unique=True)


class Job(Owned, Base):
    __tablename__ = "jobs"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    link: Mapped[str] = mapped_column(Text, default="")
    ad_text: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str | None] = mapped_column(String(20))
    decision_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Duty(Owned, Base):
    """A duty (or, with kind='requirement', a requirement) of a job."""

    __tablename__ = "duties"
    __table_args__ = (
        CheckConstraint("share_pct IS NULL OR (share_pct >= 0 AND share_pct <= 100)",
                        name="share"),
        CheckConstraint("skill IS NULL OR (skill BETWEEN 1 AND 5)", name="skill"),
        CheckConstraint("kind IN ('duty', 'requirement')", name="kind"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="duty")
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    share_pct: Mapped[float | None] = mapped_column(Float)  # None = unknown
    skill: Mapped[int | None] = mapped_column(Integer)
    energy: Mapped[str] = mapped_column(String(20), default="neutral")
    develop: Mapped[str] = mapped_column(String(20), default="maybe")
    tags: Mapped[list] = mapped_column(JSON, default=list)
    requirement_status: Mapped[str | None] = mapped_column(String(20))
    # Requirements only: False for the ad's "desirable" items.
    essential: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class Tolerance(Owned, Base):
    """A candidate's limits, reused across jobs."""

    __tablename__ = "tolerances"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), unique=True
    )
    max_public_facing_pct: Mapped[float | None] = mapped_column(Float)
    max_interruptions_per_hour: Mapped[float | None] = mapped_column(Float)
    deal_breakers: Mapped[list] = mapped_column(JSON, default=list)
    # Where the candidate wants this kind of job to lead ("team leader"), or "".
    next_step: Mapped[str] = mapped_column(Text, default="", server_default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class QuestionToAsk(Owned, Base):
    __tablename__ = "questions_to_ask"
    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    heard: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="user")
    bank_id: Mapped[str | None] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # True once the user edited the generated wording; regenerating keeps it.
    edited: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class FamilyChoice(Owned, Base):
    """A user's grouping decision that must survive regrouping.

    action 'merge': family_a is folded into family_b (both are family keys).
    action 'move_out': question_id leaves whatever family it was in (family_a = its old key).
    action 'apart': family_a and family_b ask different things (a merge suggestion the user
    turned down; it is not suggested again).
    """

    __tablename__ = "family_choices"
    __table_args__ = (CheckConstraint("action IN ('merge', 'move_out', 'apart')", name="action"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    action: Mapped[str] = mapped_column(String(20))
    question_id: Mapped[int | None] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    family_a: Mapped[str] = mapped_column(String(120), default="")
    family_b: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class PracticeCard(Owned, Base):
    """Spaced-repetition state (fsrs) for one question the candidate practises."""

    __tablename__ = "practice_cards"
    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int | None] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), unique=True
    )
    answer_id: Mapped[int | None] = mapped_column(
        ForeignKey("answers.id", ondelete="CASCADE"), unique=True
    )
    card: Mapped[dict] = mapped_column(JSON, default=dict)
    due: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    added_by: Mapped[str] = mapped_column(String(20), default="candidate")
    note: Mapped[str] = mapped_column(Text, default="")
    source_ref: Mapped[str | None] = mapped_column(String(120), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class PracticeReview(Owned, Base):
    __tablename__ = "practice_reviews"
    __table_args__ = (
        CheckConstraint("rating BETWEEN 1 AND 4", name="rating"),
        CheckConstraint("self_score IS NULL OR (self_score BETWEEN 1 AND 5)", name="self_score"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(
        ForeignKey("practice_cards.id", ondelete="CASCADE"), index=True
    )
    answer_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("answer_versions.id", ondelete="SET NULL")
    )
    rating: Mapped[int] = mapped_column(Integer)  # fsrs: 1 again, 2 hard, 3 good, 4 easy
    self_score: Mapped[int | None] = mapped_column(Integer)
    seconds_taken: Mapped[int | None] = mapped_column(Integer)
    reviewed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class PresentationRating(Owned, Base):
    """How the candidate came across in one interview (CV, attire, posture, rapport...)."""

    __tablename__ = "presentation_ratings"
    __table_args__ = (
        CheckConstraint("score BETWEEN 1 AND 5", name="score"),
        CheckConstraint("rater_role IN ('candidate', 'coach')", name="rater_role"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    factor: Mapped[str] = mapped_column(String(40))
    rater_role: Mapped[str] = mapped_column(String(20))
    rater_name: Mapped[str] = mapped_column(String(200), default="")
    score: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    source_ref: Mapped[str | None] = mapped_column(String(120), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Comment(Owned, Base):
    """A note attached to an interview, question or answer version (usually the coach's)."""

    __tablename__ = "comments"
    __table_args__ = (
        CheckConstraint("author_role IN ('candidate', 'coach')", name="author_role"),
        CheckConstraint("target_kind IN ('interview', 'question', 'answer_version')",
                        name="target_kind"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    target_kind: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[int] = mapped_column(Integer, index=True)
    author_role: Mapped[str] = mapped_column(String(20))
    author_name: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    source_ref: Mapped[str | None] = mapped_column(String(120), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class WatchItem(Owned, Base):
    """An organisation to check on again (e.g. one that said it regretted not hiring)."""

    __tablename__ = "watchlist"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation: Mapped[str] = mapped_column(String(300))
    interview_id: Mapped[int | None] = mapped_column(
        ForeignKey("interviews.id", ondelete="SET NULL")
    )
    check_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ImportRecord(Owned, Base):
    """A coach bundle or review file that was imported (so a second import changes nothing)."""

    __tablename__ = "imports"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    file_id: Mapped[str] = mapped_column(String(120), unique=True)
    bundle_id: Mapped[str] = mapped_column(String(120), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# ------------------------------------------------------------------ a career centre's tables
# Used only in a centre's shared PostgreSQL database (coachkit/centre.py); empty elsewhere.


class CentrePerson(Base):
    """A person of the centre: their hub name, database role and kind."""

    __tablename__ = "centre_people"
    __table_args__ = (CheckConstraint("kind IN ('candidate', 'coach', 'admin')", name="kind"),)
    username: Mapped[str] = mapped_column(String(63), primary_key=True)
    role_name: Mapped[str] = mapped_column(String(63), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CoachAssignment(Base):
    """Which coach reviews which candidate (database roles); only a centre admin writes it."""

    __tablename__ = "coach_assignments"
    coach: Mapped[str] = mapped_column(String(63), primary_key=True)
    candidate: Mapped[str] = mapped_column(String(63), primary_key=True)
    assigned_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CentreRecurring(Base):
    """A question that recurs across the centre, stored only as a k-anonymous count."""

    __tablename__ = "centre_recurring"
    id: Mapped[int] = mapped_column(primary_key=True)
    question: Mapped[str] = mapped_column(Text)
    role_type: Mapped[str] = mapped_column(String(80), default="")
    org_type: Mapped[str] = mapped_column(String(80), default="")
    candidates: Mapped[int] = mapped_column(Integer)
    organisations: Mapped[int] = mapped_column(Integer)
    times_asked: Mapped[int] = mapped_column(Integer)
    refreshed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
