"""Reconstructed questions: what the candidate remembers being asked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from coachkit.domain import rules, vocab
from coachkit.domain.errors import InvalidEntry, MissingEntry
from coachkit.domain.records import QuestionRecord
from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t

FIELDS = ("interview_id", "position", "text", "category", "recall_confidence",
          "answer_notes", "family_key")


def _record(row: t.Question) -> QuestionRecord:
    return QuestionRecord(**{name: getattr(row, name) for name in ("id", *FIELDS)})


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    if "text" in out:
        out["text"] = rules.required_text(out["text"], "the question", rules.MAX_QUESTION)
    if out.get("category"):
        out["category"] = rules.one_of(out["category"], vocab.QUESTION_CATEGORIES, "category")
    if "recall_confidence" in out:
        out["recall_confidence"] = rules.one_of(out["recall_confidence"], vocab.RECALL,
                                                "how sure you are")
    if "answer_notes" in out:
        out["answer_notes"] = rules.optional_text(out["answer_notes"], "the answer notes")
    return out


def add_questions(wb: Workbook, interview_id: int, items: Sequence[dict[str, Any]]
                  ) -> list[QuestionRecord]:
    """Save several questions at once, all or nothing."""
    cleaned = [_clean({"recall_confidence": "roughly", **item}) for item in items]
    if any("text" not in item for item in cleaned):
        raise InvalidEntry("Every question needs its text.")
    with wb.store.write() as s:
        if s.get(t.Interview, interview_id) is None:
            raise MissingEntry("That interview no longer exists (deleted in another window?).")
        start = s.scalar(select(func.coalesce(func.max(t.Question.position), -1))
                         .where(t.Question.interview_id == interview_id)) + 1
        rows = [t.Question(interview_id=interview_id, position=start + i, **item)
                for i, item in enumerate(cleaned)]
        s.add_all(rows)
        s.flush()
        return [_record(r) for r in rows]


def update_question(wb: Workbook, question_id: int, **fields: Any) -> QuestionRecord:
    values = _clean(fields)
    with wb.store.write() as s:
        row = s.get(t.Question, question_id)
        if row is None:
            raise MissingEntry("That question no longer exists (deleted in another window?).")
        for key, value in values.items():
            setattr(row, key, value)
        s.flush()
        return _record(row)


def list_questions(wb: Workbook, interview_id: int | None = None) -> list[QuestionRecord]:
    query = select(t.Question).order_by(t.Question.interview_id, t.Question.position)
    if interview_id is not None:
        query = query.where(t.Question.interview_id == interview_id)
    with wb.store.read() as s:
        return [_record(r) for r in s.scalars(query)]
