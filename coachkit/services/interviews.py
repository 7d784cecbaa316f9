"""Logging interviews: what happened, how it felt, how it ended."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from coachkit.domain import rules, vocab
from coachkit.domain.errors import InvalidEntry, MissingEntry
from coachkit.domain.records import InterviewRecord
from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t


class DateNeedsConfirmation(InvalidEntry):
    """The date looks like a typo (future, or before 1950); nothing was saved."""


EDITABLE = (
    "organisation", "role_title", "interview_date", "stage", "format", "interviewers",
    "length_minutes", "connection", "connection_note", "outcome", "regret_heard", "feedback",
)


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise InvalidEntry(f"Unknown interview field(s): {', '.join(sorted(unknown))}.")
    out = dict(fields)
    if "organisation" in out:
        out["organisation"] = rules.required_text(out["organisation"], "the organisation")
    if "role_title" in out:
        out["role_title"] = rules.optional_text(out["role_title"], "the role", rules.MAX_SHORT)
    for key in ("interviewers", "connection_note", "feedback"):
        if key in out:
            out[key] = rules.optional_text(out[key], key.replace("_", " "))
    if "stage" in out:
        out["stage"] = rules.one_of(out["stage"], vocab.STAGES, "the stage")
    if "format" in out:
        out["format"] = rules.one_of(out["format"], vocab.FORMATS, "the format")
    if "outcome" in out:
        out["outcome"] = rules.one_of(out["outcome"], vocab.OUTCOMES, "the outcome")
    if "connection" in out:
        out["connection"] = rules.score(out["connection"], "how connected it felt")
    if "interview_date" in out and out["interview_date"] is not None:
        if not isinstance(out["interview_date"], dt.date):
            raise InvalidEntry("The interview date must be a date.")
    if out.get("length_minutes") is not None:
        minutes = out["length_minutes"]
        if not isinstance(minutes, int) or not 0 <= minutes <= 24 * 60:
            raise InvalidEntry("The length must be a number of minutes from 0 to 1440.")
    if "regret_heard" in out:
        out["regret_heard"] = bool(out["regret_heard"])
    return out


def check_interview(fields: dict[str, Any]) -> dict[str, Any]:
    """The fields as they would be saved, or InvalidEntry saying what is wrong (for imports,
    which check every row before saving any)."""
    return _clean({"organisation": "", **fields})


def _record(row: t.Interview) -> InterviewRecord:
    return InterviewRecord(**{name: getattr(row, name) for name in ("id", *EDITABLE)})


def _check_date(values: dict[str, Any], date_confirmed: bool) -> None:
    """A date in the future or before 1950 is probably a typo: saved only once confirmed."""
    if not date_confirmed:
        question = rules.date_needs_confirmation(values.get("interview_date"))
        if question:
            raise DateNeedsConfirmation(question)


def log_interview(wb: Workbook, *, date_confirmed: bool = True, **fields: Any
                  ) -> InterviewRecord:
    """Save a new interview. Views pass ``date_confirmed=False`` until the user has
    confirmed an unusual date, so such a date is never saved by accident."""
    fields.setdefault("organisation", "")
    values = _clean(fields)
    _check_date(values, date_confirmed)
    with wb.store.write() as s:
        row = t.Interview(**values)
        s.add(row)
        s.flush()
        return _record(row)


def update_interview(wb: Workbook, interview_id: int, *, date_confirmed: bool = True,
                     **fields: Any) -> InterviewRecord:
    values = _clean(fields)
    _check_date(values, date_confirmed)
    with wb.store.write() as s:
        row = s.get(t.Interview, interview_id)
        if row is None:
            raise MissingEntry("That interview no longer exists (deleted in another window?).")
        for key, value in values.items():
            setattr(row, key, value)
        s.flush()
        return _record(row)


def delete_interview(wb: Workbook, interview_id: int) -> None:
    with wb.store.write() as s:
        row = s.get(t.Interview, interview_id)
        if row is not None:
            s.delete(row)


def get_interview(wb: Workbook, interview_id: int) -> InterviewRecord:
    with wb.store.read() as s:
        row = s.get(t.Interview, interview_id)
        if row is None:
            raise MissingEntry("That interview no longer exists (deleted in another window?).")
        return _record(row)


def organisations(wb: Workbook) -> list[str]:
    """Every organisation interviewed with, alphabetically (for the list's filter)."""
    with wb.store.read() as s:
        names = s.scalars(select(t.Interview.organisation).distinct()).all()
    return sorted(names, key=str.casefold)


def question_counts(wb: Workbook) -> dict[int, int]:
    """How many questions each interview has (interviews without questions are absent)."""
    with wb.store.read() as s:
        rows = s.execute(select(t.Question.interview_id, func.count())
                         .where(t.Question.interview_id.is_not(None))
                         .group_by(t.Question.interview_id)).all()
    return {iv: n for iv, n in rows}


def list_interviews(wb: Workbook, organisation: str | None = None,
                    outcome: str | None = None) -> list[InterviewRecord]:
    query = select(t.Interview).order_by(t.Interview.interview_date.desc().nulls_last(),
                                         t.Interview.id.desc())
    if organisation:
        query = query.where(t.Interview.organisation == organisation)
    if outcome:
        query = query.where(t.Interview.outcome == outcome)
    with wb.store.read() as s:
        return [_record(row) for row in s.scalars(query)]
