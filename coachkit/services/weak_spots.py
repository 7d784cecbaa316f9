"""The five weakest recurring questions: one rule for the candidate's Progress tab and the
coach's review.

A family counts when it was asked in two or more interviews (the interview log's families,
so the user's own merges and move-outs hold). Its score is the one shown on every dashboard
and in the report: `answers.family_score`, the score of the family's newest rated answer.
Families with no rated answer come first: nothing is prepared for them yet. Then the
lowest score; ties, the most interviews.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select

from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t


@dataclass(frozen=True)
class WeakFamily:
    label: str
    question_ids: tuple[int, ...]
    interviews: int
    score: float | None  # 1-5, None when no answer of the family is rated
    examples: tuple[str, ...] = ()


def weakest_recurring(wb: Workbook, limit: int = 5,
                      visible_interviews: Collection[int] | None = None) -> list[WeakFamily]:
    """``visible_interviews``: only these interviews' questions count and may name a family
    (what a coach may see); None: all of them."""
    from coachkit.analysis.grouping import representative
    from coachkit.services.answers import family_score, rated_answers
    from coachkit.services.families import recurring_questions

    query = select(t.Question.id, t.Question.interview_id, t.Question.text).where(
        t.Question.interview_id.is_not(None))
    with wb.store.read() as s:
        asked = {qid: (iv, text) for qid, iv, text in s.execute(query)
                 if visible_interviews is None or iv in visible_interviews}
    if not asked:
        return []
    rated = rated_answers(wb)
    out = []
    for family in recurring_questions(wb, min_interviews=2):
        members = [q for q in family.question_ids if q in asked]
        where = {asked[q][0] for q in members}
        if len(where) < 2:
            continue
        texts = tuple(asked[q][1] for q in members)
        label = (family.representative if len(members) == len(family.question_ids)
                 else representative(texts))
        out.append(WeakFamily(label, tuple(members), len(where),
                              family_score(members, rated), texts[:3]))
    out.sort(key=lambda f: (f.score is not None, f.score or 0.0, -f.interviews))
    return out[:limit]
