"""What a coach bundle, a coach review and a rubric file may hold, field by field.

One pydantic schema per file kind. A file is checked against its schema completely, before
anything is written: every field's type (a version id is a whole number, never a text or a
list), every text's length, every list's length, every fixed vocabulary, and every id or
criterion against what it must name. Those last checks need to know the workbook, so they
read the validation *context* a caller passes in (see ``bundle_context`` and
``review_context``): the rubric's criteria, and the interviews, questions and answer
versions that were in the bundle a review answers.

``refusal`` turns pydantic's first error into one sentence in plain words that names the
field, e.g. ``ratings[3].criterion: 'xyz' is not a criterion of the rubric``.

Limits (documented in the README's coach-sharing section):
- texts: the same limits as typing them in a dashboard (``coachkit.domain.rules``): names
  200 characters, a rubric criterion 80, a question 1,000, answers, comments and notes
  20,000; a bundle may be twice that, because aliases can be longer than the names they
  replace;
- lists: at most 100,000 items each, at most 1,000 versions of one answer;
- ids: whole numbers from 1 to 2**53 (what JSON numbers hold exactly).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from coachkit.domain import rules, vocab
from coachkit.domain.rubric_schema import (  # noqa: F401 - one place to import schemas from
    CRITERION,
    MAX_CRITERIA,
    NAME,
    RubricFile,
    _ctx,
    plain,
    rubric_context,
    where,
)

BUNDLE_FORMAT = "coachkit-bundle"
REVIEW_FORMAT = "coachkit-review"
FORMAT_VERSION = 1
PARTS = ("interviews", "questions", "answers", "ratings")
STAR_PARTS = ("situation", "task", "action", "result")
TARGET_KINDS = ("interview", "question", "answer_version")

MAX_ID = 2**53
MAX_ITEMS = 100_000
MAX_VERSIONS = 1_000
KEY = 80
REF = 120
REDACTION_ROOM = 2  # "Interviewer 12" is longer than "Jo": a redacted text may grow


# ------------------------------------------------------------------------- field types


def _quoted(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 43 else text[:40] + "...'"


def _not_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("blank", "is empty")
    return value


def Text(limit: int, required: bool = False) -> Any:  # noqa: N802 - reads as a type
    checks: list[Any] = [Field(strict=True, max_length=limit)]
    if required:
        checks.append(AfterValidator(_not_blank))
    return Annotated[str, *checks]


def _iso_date(value: str) -> str:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("date", "{found} is not a date written as YYYY-MM-DD",
                                  {"found": _quoted(value)}) from None
    return value


def _score(value: int) -> int:
    if not 1 <= value <= 5:
        raise PydanticCustomError("score", "must be a whole number from 1 to 5, not {found}",
                                  {"found": value})
    return value


Id = Annotated[int, Field(strict=True, ge=1, le=MAX_ID)]
Score = Annotated[int, Field(strict=True), AfterValidator(_score)]
Token = Annotated[str, Field(strict=True, min_length=1, max_length=REF,
                             pattern=r"^[A-Za-z0-9_-]+$")]
Stamp = Annotated[str, Field(strict=True, max_length=40)]
IsoDate = Annotated[str, Field(strict=True, max_length=32), AfterValidator(_iso_date)]
Role = Literal[tuple(vocab.RATER_ROLES)]
Factor = Literal[tuple(vocab.PRESENTATION_FACTORS)]
TargetKind = Literal[TARGET_KINDS]
R = REDACTION_ROOM


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _own_id(kind: str, value: int, info: ValidationInfo) -> int:
    """Every row of a kind has its own id; remember it for rows that refer to it."""
    ctx = _ctx(info)
    if ctx is not None:
        seen = ctx.setdefault("seen", {}).setdefault(kind, set())
        if value in seen:
            raise PydanticCustomError("duplicate", "{id} is used by an earlier {kind} too; "
                                      "each needs its own id", {"id": value,
                                                                "kind": kind.replace("_", " ")})
        seen.add(value)
    return value


def _refers_to(kind: str, value: int | None, info: ValidationInfo) -> int | None:
    """An id that must name a row of ``kind``: one earlier in this file (a bundle) or one
    that was in the bundle this review answers (a review)."""
    ctx = _ctx(info)
    if value is None or ctx is None:
        return value
    known = ctx.get("known", ctx.get("seen", {})).get(kind, set())
    if value not in known:
        where = ctx.get("known_where", "in this file")
        words = kind.replace("_", " ")
        raise PydanticCustomError("unknown_id", "{id} is not {kind} {where}",
                                  {"id": value, "where": where,
                                   "kind": f"{'an' if words[0] in 'aeiou' else 'a'} {words}"})
    return value


# ------------------------------------------------------------------------- coach bundle


class BundleInterview(_Row):
    id: Id
    organisation: Text(300 * R, required=True)
    role_title: Text(rules.MAX_SHORT * R)
    interview_date: IsoDate | None
    stage: Literal[tuple(vocab.STAGES)]
    format: Literal[tuple(vocab.FORMATS)]
    interviewers: Text(rules.MAX_LONG * R)
    length_minutes: Annotated[int, Field(strict=True, ge=0, le=24 * 60)] | None
    connection: Score | None
    connection_note: Text(rules.MAX_LONG * R)
    outcome: Literal[tuple(vocab.OUTCOMES)]
    regret_heard: StrictBool
    feedback: Text(rules.MAX_LONG * R)

    @field_validator("id")
    @classmethod
    def _id(cls, v: int, info: ValidationInfo) -> int:
        return _own_id("interview", v, info)


class BundleQuestion(_Row):
    id: Id
    interview_id: Id | None
    position: Annotated[int, Field(strict=True, ge=0, le=MAX_ID)]
    text: Text(rules.MAX_QUESTION * R, required=True)
    category: Literal[("", *vocab.QUESTION_CATEGORIES)]
    recall_confidence: Literal[tuple(vocab.RECALL)]
    answer_notes: Text(rules.MAX_LONG * R)
    family_key: Text(KEY * R) | None
    bank_id: Text(KEY * R) | None

    @field_validator("id")
    @classmethod
    def _id(cls, v: int, info: ValidationInfo) -> int:
        return _own_id("question", v, info)

    @field_validator("interview_id")
    @classmethod
    def _interview(cls, v: int | None, info: ValidationInfo) -> int | None:
        return _refers_to("interview", v, info)


class BundleVersion(_Row):
    id: Id
    version_no: Annotated[int, Field(strict=True, ge=1, le=MAX_VERSIONS * 100)]
    text: Text(rules.MAX_LONG * R, required=True)
    star: dict[Literal[STAR_PARTS], Text(rules.MAX_LONG * R)] | None

    @field_validator("id")
    @classmethod
    def _id(cls, v: int, info: ValidationInfo) -> int:
        return _own_id("answer_version", v, info)


class BundleAnswer(_Row):
    id: Id
    question_id: Id | None
    question_text: Text(rules.MAX_QUESTION * R)
    bank_id: Text(KEY * R) | None
    versions: Annotated[list[BundleVersion], Field(max_length=MAX_VERSIONS)]

    @field_validator("id")
    @classmethod
    def _id(cls, v: int, info: ValidationInfo) -> int:
        return _own_id("answer", v, info)

    @field_validator("question_id")
    @classmethod
    def _question(cls, v: int | None, info: ValidationInfo) -> int | None:
        return _refers_to("question", v, info)

    @field_validator("versions")
    @classmethod
    def _numbers(cls, v: list[BundleVersion]) -> list[BundleVersion]:
        numbers = [x.version_no for x in v]
        twice = sorted({n for n in numbers if numbers.count(n) > 1})
        if twice:
            raise PydanticCustomError("duplicate", "version number {n} appears twice",
                                      {"n": twice[0]})
        return v


class BundleRating(_Row):
    id: Id
    answer_version_id: Id
    rater_role: Role
    rater_name: Text(NAME * R)
    criterion: Text(CRITERION, required=True)
    score: Score
    comment: Text(rules.MAX_LONG * R)

    @field_validator("id")
    @classmethod
    def _id(cls, v: int, info: ValidationInfo) -> int:
        return _own_id("rating", v, info)

    @field_validator("answer_version_id")
    @classmethod
    def _version(cls, v: int, info: ValidationInfo) -> int:
        return _refers_to("answer_version", v, info)


class BundlePresentation(_Row):
    id: Id
    interview_id: Id
    factor: Factor
    rater_role: Role
    rater_name: Text(NAME * R)
    score: Score
    note: Text(rules.MAX_LONG * R)

    @field_validator("id")
    @classmethod
    def _id(cls, v: int, info: ValidationInfo) -> int:
        return _own_id("presentation rating", v, info)

    @field_validator("interview_id")
    @classmethod
    def _interview(cls, v: int, info: ValidationInfo) -> int:
        return _refers_to("interview", v, info)


class BundleComment(_Row):
    id: Id
    target_kind: TargetKind
    target_id: Id
    author_role: Role
    author_name: Text(NAME * R)
    text: Text(rules.MAX_LONG * R, required=True)

    @field_validator("id")
    @classmethod
    def _id(cls, v: int, info: ValidationInfo) -> int:
        return _own_id("comment", v, info)

    @field_validator("target_id")
    @classmethod
    def _target(cls, v: int, info: ValidationInfo) -> int:
        kind = info.data.get("target_kind")
        return v if kind is None else _refers_to(kind, v, info)


def _many(model: type) -> Any:
    return Annotated[list[model], Field(max_length=MAX_ITEMS)]


class CoachBundle(_Row):
    """A candidate's bundle for a coach (``coachkit export --for-coach``)."""

    format: Literal[BUNDLE_FORMAT]
    version: Annotated[int, Field(strict=True, ge=1, le=FORMAT_VERSION)]
    bundle_id: Token
    workbook_id: Token
    created_at: Stamp
    redacted: StrictBool
    parts: Annotated[list[Literal[PARTS]], Field(max_length=len(PARTS))]
    interviews: _many(BundleInterview)
    questions: _many(BundleQuestion)
    answers: _many(BundleAnswer)
    ratings: _many(BundleRating)
    presentation: _many(BundlePresentation)
    comments: _many(BundleComment)


def bundle_context() -> dict:
    """A fresh context for one bundle: ids are collected as the rows are checked."""
    return {"seen": {}, "known_where": "in this bundle"}


# ------------------------------------------------------------------------- coach review


def _ref_of(section: str, value: str, info: ValidationInfo) -> str:
    if not re.fullmatch(rf"review:[A-Za-z0-9_-]{{1,64}}:{section}:[0-9]{{1,19}}", value):
        raise PydanticCustomError("ref", "{found} is not a reference coachkit writes "
                                  "(review:<id>:{section}:<number>)",
                                  {"found": _quoted(value), "section": section})
    ctx = _ctx(info)
    if ctx is not None:
        refs = ctx.setdefault("refs", set())
        if value in refs:
            raise PydanticCustomError("duplicate", "{found} appears twice in this review",
                                      {"found": _quoted(value)})
        refs.add(value)
    return value


Ref = Annotated[str, Field(strict=True, max_length=REF)]


class ReviewRating(_Row):
    answer_version_id: Id
    rater_name: Text(NAME)
    criterion: Text(CRITERION, required=True)
    score: Score
    comment: Text(rules.MAX_LONG)
    ref: Ref

    @field_validator("answer_version_id")
    @classmethod
    def _version(cls, v: int, info: ValidationInfo) -> int:
        return _refers_to("answer_version", v, info)

    @field_validator("criterion")
    @classmethod
    def _criterion(cls, v: str, info: ValidationInfo) -> str:
        ctx = _ctx(info)
        criteria = ctx.get("criteria") if ctx else None
        if criteria is not None and v not in criteria:
            raise PydanticCustomError("criterion", "{found} is not a criterion of the rubric "
                                      "(it has {known})", {"found": _quoted(v),
                                                           "known": ", ".join(criteria)})
        return v

    @field_validator("ref")
    @classmethod
    def _ref(cls, v: str, info: ValidationInfo) -> str:
        return _ref_of("rating", v, info)


class ReviewComment(_Row):
    target_kind: TargetKind
    target_id: Id
    author_name: Text(NAME)
    text: Text(rules.MAX_LONG, required=True)
    ref: Ref

    @field_validator("target_id")
    @classmethod
    def _target(cls, v: int, info: ValidationInfo) -> int:
        kind = info.data.get("target_kind")
        return v if kind is None else _refers_to(kind, v, info)

    @field_validator("ref")
    @classmethod
    def _ref(cls, v: str, info: ValidationInfo) -> str:
        return _ref_of("comment", v, info)


class ReviewPresentation(_Row):
    interview_id: Id
    factor: Factor
    rater_name: Text(NAME)
    score: Score
    note: Text(rules.MAX_LONG)
    ref: Ref

    @field_validator("interview_id")
    @classmethod
    def _interview(cls, v: int, info: ValidationInfo) -> int:
        return _refers_to("interview", v, info)

    @field_validator("ref")
    @classmethod
    def _ref(cls, v: str, info: ValidationInfo) -> str:
        return _ref_of("presentation", v, info)


class ReviewPractice(_Row):
    question_id: Id
    note: Text(rules.MAX_SHORT)
    ref: Ref

    @field_validator("question_id")
    @classmethod
    def _question(cls, v: int, info: ValidationInfo) -> int:
        return _refers_to("question", v, info)

    @field_validator("ref")
    @classmethod
    def _ref(cls, v: str, info: ValidationInfo) -> str:
        return _ref_of("practice", v, info)


class CoachReview(_Row):
    """A coach's review of a bundle (``coachkit export-review``)."""

    format: Literal[REVIEW_FORMAT]
    version: Annotated[int, Field(strict=True, ge=1, le=FORMAT_VERSION)]
    bundle_id: Token
    workbook_id: Token
    review_id: Token
    coach_name: Text(NAME)
    created_at: Stamp
    ratings: _many(ReviewRating)
    comments: _many(ReviewComment)
    presentation: _many(ReviewPresentation)
    practice: _many(ReviewPractice)


def review_context(criteria: list[str], known: dict[str, set[int]], where: str) -> dict:
    """What a review's ids and criteria must name: ``known`` maps 'interview', 'question'
    and 'answer_version' to ids; ``where`` says where they come from, in words."""
    return {"criteria": list(criteria), "known": known, "known_where": where, "refs": set()}


def refusal(exc: ValidationError, kind: str) -> str:
    """The first bad field and what is wrong with it: 'ratings[3].score must be a whole
    number from 1 to 5, not 9', or "ratings[3].criterion: 'xyz' is not a criterion of the
    rubric (...)" when the words start with the value."""
    first = exc.errors(include_url=False)[0]
    words = plain(first, kind)
    joint = " " if words.split(" ", 1)[0] in ("is", "must", "has") else ": "
    return f"{where(first['loc'])}{joint}{words}"
