"""Answers, their versions and the ratings given to them."""

from __future__ import annotations

from sqlalchemy import func, select

from coachkit.domain import rules, vocab
from coachkit.domain.errors import InvalidEntry, MissingEntry
from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t


def save_answer(wb: Workbook, text: str, *, question_id: int | None = None,
                answer_id: int | None = None, question_text: str = "",
                star: dict[str, str] | None = None) -> tuple[int, int]:
    """Save a new version of an answer (creating the answer first if needed).

    Returns (answer_id, version_id). Earlier versions are never overwritten.
    """
    body = rules.required_text(text, "the answer", rules.MAX_LONG)
    with wb.store.write() as s:
        if answer_id is None:
            if question_id is not None and s.get(t.Question, question_id) is None:
                raise MissingEntry("That question no longer exists.")
            answer = t.Answer(question_id=question_id, question_text=question_text)
            s.add(answer)
            s.flush()
            answer_id = answer.id
        elif s.get(t.Answer, answer_id) is None:
            raise MissingEntry("That answer no longer exists.")
        last = s.scalar(select(func.coalesce(func.max(t.AnswerVersion.version_no), 0))
                        .where(t.AnswerVersion.answer_id == answer_id))
        version = t.AnswerVersion(answer_id=answer_id, version_no=last + 1, text=body, star=star)
        s.add(version)
        s.flush()
        return answer_id, version.id


def rate_answer(wb: Workbook, version_id: int, criterion: str, score: int, *,
                rater_role: str = "candidate", rater_name: str = "", comment: str = "") -> int:
    rules.one_of(rater_role, vocab.RATER_ROLES, "the rater's role")
    rules.score(score, "the score", optional=False)
    criterion = rules.required_text(criterion, "the criterion", 80)
    comment = rules.optional_text(comment, "the comment")
    with wb.store.write() as s:
        if s.get(t.AnswerVersion, version_id) is None:
            raise MissingEntry("That answer version no longer exists.")
        rating = t.Rating(answer_version_id=version_id, rater_role=rater_role,
                          rater_name=rater_name.strip(), criterion=criterion, score=score,
                          comment=comment)
        s.add(rating)
        s.flush()
        return rating.id


def answer_versions(wb: Workbook, answer_id: int) -> list[tuple[int, int, str]]:
    """(version_id, version_no, text), oldest first."""
    with wb.store.read() as s:
        rows = s.execute(select(t.AnswerVersion.id, t.AnswerVersion.version_no,
                                t.AnswerVersion.text)
                         .where(t.AnswerVersion.answer_id == answer_id)
                         .order_by(t.AnswerVersion.version_no))
        return [tuple(r) for r in rows]


def ensure_not_empty(text: str) -> None:
    if not text.strip():
        raise InvalidEntry("An empty answer cannot be rated: write the answer first.")
