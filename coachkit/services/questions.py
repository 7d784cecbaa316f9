"""Reconstructed questions: what the candidate remembers being asked.

A block of remembered questions is pasted the way people write them (bullets, numbers,
fragments, blank lines, the same question twice); `preview_paste` shows what would be saved
and `save_pasted` saves all of it in one transaction or nothing at all.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select, update

from coachkit.domain import rules, vocab
from coachkit.domain.errors import InvalidEntry, MissingEntry
from coachkit.domain.records import DeletedQuestion, PastedQuestion, PastePreview, QuestionRecord
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


def check_question(fields: dict[str, Any]) -> dict[str, Any]:
    """The fields as they would be saved, or InvalidEntry saying what is wrong."""
    return _clean({"recall_confidence": "roughly", "text": "", **fields})


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
    query = select(t.Question).order_by(t.Question.interview_id, t.Question.position,
                                        t.Question.id)
    if interview_id is not None:
        query = query.where(t.Question.interview_id == interview_id)
    with wb.store.read() as s:
        return [_record(r) for r in s.scalars(query)]


# ---------------------------------------------------------------- pasting a block of questions

MAX_PASTE_LINES = 500
# Leading list markers people type or paste: bullets, "1." "2)" "(3)", "Q4:", "a)", "- [ ]".
_MARKER = re.compile(
    r"""^\s*(?:
        [•·‣◦▪▫●○■□➢➤►✓✔]\s*                    # bullet glyphs, space optional
      | [-*+>–—]+\s+(?:\[[ xX]?\]\s*)?             # typed bullets, markdown checkboxes
      | \(?\d{1,3}[.):\]](?:\s+|$)                 # 1.  2)  (3)  4]
      | \#\d{1,3}[.):]?\s+                          # #5
      | (?:q|question)\s*\d{0,3}\s*[.):\-]\s*        # Q6:  Q:  Question 7 -
      | \(?[a-z][)\]]\s+                            # a)  (b)
    )""", re.X | re.I)
_QUOTES = {'"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb"}


def clean_line(line: str) -> str:
    """One pasted line without its list marker or wrapping quotes ('' if nothing is left)."""
    text = line.strip()
    for _ in range(3):  # "- 1. Tell me ..." has two markers
        stripped = _MARKER.sub("", text, count=1).strip()
        if stripped == text:
            break
        text = stripped
    if len(text) >= 2 and _QUOTES.get(text[0]) == text[-1]:
        text = text[1:-1].strip()
    if all(ch.isspace() or unicodedata.category(ch).startswith("P") for ch in text):
        return ""  # "---", a lone bullet: a separator, not a question
    return text


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def parse_paste(block: str) -> tuple[list[str], int, list[str]]:
    """(questions, blank lines ignored, duplicates ignored) of a pasted block.

    Refuses (InvalidEntry, naming the line) a block of more than 500 lines with text or a
    question over 1,000 characters, so a paste is saved whole or not at all.
    """
    lines = (block or "").splitlines()
    filled = sum(1 for line in lines if line.strip())
    if filled > MAX_PASTE_LINES:
        raise InvalidEntry(
            f"That paste has {filled:,} lines; the limit is {MAX_PASTE_LINES} at a time. "
            "Paste it in smaller parts. Nothing was saved.")
    kept: list[str] = []
    seen: set[str] = set()
    blank, duplicates = 0, []
    for number, line in enumerate(lines, start=1):
        text = clean_line(line)
        if not text:
            blank += 1
            continue
        if len(text) > rules.MAX_QUESTION:
            raise InvalidEntry(
                f"Line {number} is {len(text):,} characters long; a question can have at most "
                f"{rules.MAX_QUESTION:,}. Shorten it (or split it) and try again. "
                "Nothing was saved.")
        if _key(text) in seen:
            duplicates.append(text)
            continue
        seen.add(_key(text))
        kept.append(text)
    if not kept:
        raise InvalidEntry("There is no question in the paste box yet: write or paste one "
                           "question per line.")
    return kept, blank, duplicates


def preview_paste(wb: Workbook, interview_id: int, block: str) -> PastePreview:
    """What `save_pasted` would save, each with a suggested category; nothing is stored."""
    from coachkit.analysis.categorize import suggest_category

    texts, blank, duplicates = parse_paste(block)
    saved = {_key(q.text) for q in list_questions(wb, interview_id)}
    fresh = [x for x in texts if _key(x) not in saved]
    return PastePreview(
        questions=tuple(PastedQuestion(x, suggest_category(x)) for x in fresh),
        blank_lines=blank, duplicates=tuple(duplicates),
        already_saved=tuple(x for x in texts if _key(x) in saved))


def save_pasted(wb: Workbook, interview_id: int, block: str,
                categories: Mapping[str, str] | None = None) -> list[QuestionRecord]:
    """Save the questions of a pasted block to an interview: all of them or none.

    ``categories`` (question text -> category id) keeps the categories shown in a preview;
    any other question gets a suggested category.
    """
    from coachkit.analysis.categorize import suggest_category

    texts, _, _ = parse_paste(block)
    chosen = categories or {}
    saved = {_key(q.text) for q in list_questions(wb, interview_id)}
    items = [PastedQuestion(x, chosen.get(x) or suggest_category(x))
             for x in texts if _key(x) not in saved]
    if not items:
        raise InvalidEntry("Every question in the paste is already saved for this interview.")
    return add_questions(wb, interview_id, [{"text": q.text, "category": q.category}
                                            for q in items])


# ---------------------------------------------------------------- order, delete, undo


def move_question(wb: Workbook, question_id: int, offset: int) -> list[QuestionRecord]:
    """Move a question up (offset -1) or down (+1) within its interview; returns the order."""
    with wb.store.write() as s:
        row = s.get(t.Question, question_id)
        if row is None:
            raise MissingEntry("That question no longer exists (deleted in another window?).")
        rows = list(s.scalars(select(t.Question).where(
            t.Question.interview_id == row.interview_id).order_by(t.Question.position,
                                                                  t.Question.id)))
        at = rows.index(row)
        to = max(0, min(len(rows) - 1, at + offset))
        rows.insert(to, rows.pop(at))
        for position, item in enumerate(rows):
            item.position = position
        interview_id = row.interview_id
    return list_questions(wb, interview_id)


def _columns(row: Any) -> dict[str, Any]:
    return {c.name: getattr(row, c.name) for c in row.__table__.columns}


def delete_question(wb: Workbook, question_id: int) -> DeletedQuestion:
    """Delete a question and return what `restore_question` needs to bring it back whole
    (its answers stay in the workbook, unlinked, until then)."""
    with wb.store.write() as s:
        row = s.get(t.Question, question_id)
        if row is None:
            raise MissingEntry("That question no longer exists (deleted in another window?).")
        snapshot = DeletedQuestion(
            question=_columns(row),
            answer_ids=tuple(s.scalars(select(t.Answer.id).where(
                t.Answer.question_id == question_id))),
            practice_cards=tuple(_columns(c) for c in s.scalars(select(t.PracticeCard).where(
                t.PracticeCard.question_id == question_id))),
            family_choices=tuple(_columns(c) for c in s.scalars(select(t.FamilyChoice).where(
                t.FamilyChoice.question_id == question_id))))
        s.delete(row)
    return snapshot


def restore_question(wb: Workbook, deleted: DeletedQuestion) -> QuestionRecord:
    """Undo `delete_question`: the question comes back in its place, with its answers,
    practice card and grouping choices."""
    values = dict(deleted.question)
    old_id = values["id"]
    with wb.store.write() as s:
        if s.get(t.Interview, values["interview_id"]) is None:
            raise MissingEntry("The interview of that question was deleted, so the question "
                               "cannot come back.")
        if s.get(t.Question, old_id) is not None:
            values.pop("id")  # its id was reused meanwhile: come back under a new one
        row = t.Question(**values)
        s.add(row)
        s.flush()
        if deleted.answer_ids:
            s.execute(update(t.Answer).where(t.Answer.id.in_(deleted.answer_ids),
                                             t.Answer.question_id.is_(None))
                      .values(question_id=row.id))
        for card in deleted.practice_cards:
            card = {k: v for k, v in card.items() if k != "id"}
            s.add(t.PracticeCard(**{**card, "question_id": row.id}))
        for choice in deleted.family_choices:
            choice = {k: v for k, v in choice.items() if k != "id"}
            s.add(t.FamilyChoice(**{**choice, "question_id": row.id}))
        if row.id != old_id:
            s.execute(update(t.Comment).where(t.Comment.target_kind == "question",
                                              t.Comment.target_id == old_id)
                      .values(target_id=row.id))
        s.flush()
        return _record(row)
