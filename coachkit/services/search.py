"""Free-text search across interviews, the questions asked and your answers.

Every word typed must appear (in any field of the item), ignoring case and accents, so
"angry patron" finds "How do you handle an angry patron?" and "bibliotheque" finds
"Bibliothèque". A workbook holds hundreds of items, not millions: the search reads them once
and matches in Python, with no index to keep in step. A coach finds only what was shared.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select

from coachkit.domain.errors import InvalidEntry
from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t

MAX_QUERY = 200
SNIPPET = 70  # characters either side of the first match


@dataclass(frozen=True)
class Hit:
    kind: str  # "interview", "question" or "answer"
    title: str  # what it is: the organisation, or the question
    field: str  # which part matched, in words
    snippet: str  # the matching text around the first match
    when: dt.date | None
    page: str  # the notebook where it lives


def _folded(text: str) -> tuple[str, list[int]]:
    """Lower case without accents (ligatures spelt out), with the index in `text` of each
    folded character, so a match can be shown in the original text."""
    out, where = [], []
    for i, char in enumerate(text):
        for c in unicodedata.normalize("NFKD", char).lower():
            if not unicodedata.combining(c):
                out.append(c)
                where.append(i)
    return "".join(out), where


def fold(text: str) -> str:
    return _folded(text)[0]


def terms(query: str) -> list[str]:
    query = (query or "").strip()
    if len(query) > MAX_QUERY:
        raise InvalidEntry(f"Search for at most {MAX_QUERY} characters.")
    return [fold(word) for word in query.split()]


def snippet(text: str, words: list[str]) -> str:
    folded, where = _folded(text)
    starts = [folded.find(w) for w in words if folded.find(w) >= 0]
    at = where[min(starts)] if starts else 0
    left, right = max(0, at - SNIPPET), min(len(text), at + SNIPPET)
    return ("…" if left else "") + " ".join(text[left:right].split()) + \
        ("…" if right < len(text) else "")


def _match(fields: dict[str, str], words: list[str]) -> tuple[str, str] | None:
    """(field label, its text) of the first field with a match, when every word appears
    somewhere in the fields; None otherwise."""
    folded = {label: fold(text or "") for label, text in fields.items()}
    everything = " \n ".join(folded.values())
    if not all(w in everything for w in words):
        return None
    for label, text in fields.items():
        if any(w in folded[label] for w in words):
            return label, text or ""
    return None


def _interviews(s, wb: Workbook) -> dict[int, t.Interview]:
    query = select(t.Interview)
    if wb.role == "coach":
        query = query.where(t.Interview.shared.is_(True))
    return {iv.id: iv for iv in s.scalars(query)}


def search(wb: Workbook, query: str, limit: int = 50) -> list[Hit]:
    """Interviews, questions and answers (newest version) containing every word, newest
    first."""
    words = terms(query)
    if not words:
        return []
    hits: list[Hit] = []
    with wb.store.read() as s:
        ivs = _interviews(s, wb)
        for iv in ivs.values():
            found = _match({"organisation": iv.organisation, "role": iv.role_title,
                            "interviewers": iv.interviewers,
                            "how it felt": iv.connection_note, "feedback": iv.feedback},
                           words)
            if found:
                label, text = found
                hits.append(Hit("interview", f"{iv.organisation} ({iv.role_title})"
                                if iv.role_title else iv.organisation, label,
                                snippet(text, words), iv.interview_date,
                                "01_interview_log.ipynb"))
        questions = {q.id: q for q in s.scalars(select(t.Question))
                     if q.interview_id is None or q.interview_id in ivs}
        for q in questions.values():
            iv = ivs.get(q.interview_id)
            found = _match({"question": q.text, "what you answered": q.answer_notes,
                            "organisation": iv.organisation if iv else ""}, words)
            if found and found[0] != "organisation":
                label, text = found
                hits.append(Hit("question", q.text, label, snippet(text, words),
                                iv.interview_date if iv else None, "01_interview_log.ipynb"))
        newest = {}
        for answer, version in s.execute(
                select(t.Answer, t.AnswerVersion).join(t.AnswerVersion)
                .order_by(t.AnswerVersion.version_no)):
            newest[answer.id] = (answer, version)
        for answer, version in newest.values():
            q = questions.get(answer.question_id) if answer.question_id else None
            if answer.question_id is not None and q is None:
                continue  # an answer to a question this reader may not see
            asked = q.text if q else answer.question_text
            found = _match({"answer": version.text, "question": asked or ""}, words)
            if found:
                hits.append(Hit("answer", asked or "(answer)", found[0],
                                snippet(found[1], words), version.created_at.date(),
                                "02_rate_answers.ipynb"))
    hits.sort(key=lambda h: (h.when or dt.date.min, h.kind), reverse=True)
    return hits[:limit]
