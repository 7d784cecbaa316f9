"""Answers, their versions and the ratings given to them.

Every save is a new version (earlier ones are never overwritten); ratings belong to one
version and say who gave them (the candidate or a coach, by name) and on which rubric
criterion.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping

from sqlalchemy import func, select

from coachkit import config
from coachkit.domain import rules, vocab
from coachkit.domain.errors import InvalidEntry, MissingEntry
from coachkit.domain.records import AnswerVersionRecord, RatingRecord, SavedVersion
from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t

STAR_PARTS = ("situation", "task", "action", "result")
# Past this many seconds (at a brisk pace) an answer is far too long to say in an interview.
TOO_LONG_TO_SAY_SECONDS = 180
_WORD = re.compile(r"\S+")


def active_rubric():
    """The rubric in use: the coach's own `rubric.toml` in the data folder, if there is one,
    else the packaged rubric. A broken file raises RubricError naming the line."""
    from coachkit.analysis.rubric import load_rubric

    own = config.data_dir() / "rubric.toml"
    return load_rubric(own if own.is_file() else None)


def assemble_star(star: Mapping[str, str]) -> str:
    """The four STAR fields as one answer: one paragraph each, in order, empty ones left out."""
    parts = [str(star.get(key, "") or "").strip() for key in STAR_PARTS]
    return "\n\n".join(p for p in parts if p)


def length_warning(text: str) -> str:
    """A warning when an answer would take far too long to say aloud ('' when fine)."""
    from coachkit.analysis.answer_feedback import speaking_seconds

    fast, slow = speaking_seconds(len(_WORD.findall(text)))
    if fast <= TOO_LONG_TO_SAY_SECONDS:
        return ""
    return (f"Saved, but this answer would take about {fast // 60} to {slow // 60} minutes to "
            "say aloud: far too long for one interview answer. Aim for one to two minutes.")


def save_version(wb: Workbook, text: str, *, question_id: int | None = None,
                 answer_id: int | None = None, bank_id: str | None = None,
                 question_text: str = "", star: Mapping[str, str] | None = None
                 ) -> SavedVersion:
    """Save a new version of an answer (creating the answer first if needed).

    Earlier versions are never overwritten. An answer of up to 20,000 characters is
    accepted; a long one comes back with a warning that it is too long to say aloud.
    """
    body = rules.required_text(text, "the answer", rules.MAX_LONG)
    star_data = None
    if star is not None and any(str(v or "").strip() for v in star.values()):
        star_data = {key: rules.optional_text(star.get(key, ""), f"the {key}", rules.MAX_LONG)
                     for key in STAR_PARTS}
    question_text = rules.optional_text(question_text, "the question", rules.MAX_QUESTION)
    with wb.store.write() as s:
        if answer_id is None:
            if question_id is not None and s.get(t.Question, question_id) is None:
                raise MissingEntry("That question no longer exists.")
            answer = t.Answer(question_id=question_id, question_text=question_text,
                              bank_id=bank_id)
            s.add(answer)
            s.flush()
            answer_id = answer.id
        elif s.get(t.Answer, answer_id) is None:
            raise MissingEntry("That answer no longer exists.")
        last = s.scalar(select(func.coalesce(func.max(t.AnswerVersion.version_no), 0))
                        .where(t.AnswerVersion.answer_id == answer_id))
        version = t.AnswerVersion(answer_id=answer_id, version_no=last + 1, text=body,
                                  star=star_data)
        s.add(version)
        s.flush()
        return SavedVersion(answer_id, version.id, version.version_no, length_warning(body))


def save_answer(wb: Workbook, text: str, *, question_id: int | None = None,
                answer_id: int | None = None, question_text: str = "",
                star: dict[str, str] | None = None) -> tuple[int, int]:
    """`save_version`, returning (answer_id, version_id)."""
    saved = save_version(wb, text, question_id=question_id, answer_id=answer_id,
                         question_text=question_text, star=star)
    return saved.answer_id, saved.version_id


def find_answer(wb: Workbook, *, question_id: int | None = None,
                bank_id: str | None = None) -> int | None:
    """The newest answer written to this workbook question (or bank question), if any."""
    if question_id is None and bank_id is None:
        return None
    query = select(t.Answer.id).order_by(t.Answer.id.desc()).limit(1)
    if question_id is not None:
        query = query.where(t.Answer.question_id == question_id)
    else:
        query = query.where(t.Answer.bank_id == bank_id, t.Answer.question_id.is_(None))
    with wb.store.read() as s:
        return s.scalar(query)


def _version(row: t.AnswerVersion) -> AnswerVersionRecord:
    return AnswerVersionRecord(row.id, row.answer_id, row.version_no, row.text,
                               dict(row.star) if row.star else None, row.created_at)


def list_versions(wb: Workbook, answer_id: int) -> list[AnswerVersionRecord]:
    """Every version of an answer, oldest first."""
    with wb.store.read() as s:
        rows = s.scalars(select(t.AnswerVersion).where(t.AnswerVersion.answer_id == answer_id)
                         .order_by(t.AnswerVersion.version_no))
        return [_version(r) for r in rows]


def get_version(wb: Workbook, version_id: int) -> AnswerVersionRecord:
    with wb.store.read() as s:
        row = s.get(t.AnswerVersion, version_id)
        if row is None:
            raise MissingEntry("That answer version no longer exists.")
        return _version(row)


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Word-level differences from `old` to `new` as (op, text) pieces in reading order.

    op is 'same', 'del' (only in old) or 'ins' (only in new). Whitespace stays attached to
    the word before it, so joining the 'same' and 'ins' pieces gives back `new`.
    """
    a, b = re.findall(r"\S+\s*", old), re.findall(r"\S+\s*", new)
    key_a, key_b = [w.strip() for w in a], [w.strip() for w in b]
    out: list[tuple[str, str]] = []
    # Exact for answer-sized texts; past a few thousand words, let difflib skip very common
    # words so a pasted document still diffs in well under a second.
    matcher = difflib.SequenceMatcher(None, key_a, key_b,
                                      autojunk=len(key_a) + len(key_b) > 2000)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("same", "".join(b[j1:j2])))
            continue
        if i2 > i1:
            out.append(("del", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(("ins", "".join(b[j1:j2])))
    return out


def ensure_not_empty(text: str) -> None:
    if not (text or "").strip():
        raise InvalidEntry("An empty answer cannot be rated: write the answer first.")


def check_scores(scores: Mapping[str, int | None], *, rater_role: str, rater_name: str,
                 comment: str, rubric) -> tuple[dict[str, int], str, str]:
    """Validate a rubric rating before anything is written: (scores given, name, comment)."""
    rules.one_of(rater_role, vocab.RATER_ROLES, "the rater's role")
    rater_name = rules.optional_text(rater_name, "the rater's name", 200)
    comment = rules.optional_text(comment, "the comment")
    given = {k: v for k, v in scores.items() if v is not None}
    if not given:
        raise InvalidEntry("Choose a level from 1 to 5 for at least one criterion, "
                           "then save the rating.")
    for criterion, score in given.items():
        if criterion not in rubric.ids:
            raise InvalidEntry(f"There is no criterion called {criterion!r} in the rubric.")
        label = rubric.criterion(criterion).label
        rules.score(score, f"the score for {label}", optional=False)
    return given, rater_name, comment


def add_ratings(s, version_id: int, given: Mapping[str, int], *, rater_role: str,
                rater_name: str, comment: str) -> tuple[list[int], int | None, int]:
    """Inside an open write session: store checked ratings of one version.

    Returns (rating ids, question id, answer id) of the version's answer.
    """
    version = s.get(t.AnswerVersion, version_id)
    if version is None:
        raise MissingEntry("That answer version no longer exists.")
    ensure_not_empty(version.text)
    rows = [t.Rating(answer_version_id=version_id, rater_role=rater_role,
                     rater_name=rater_name, criterion=c, score=v, comment=comment)
            for c, v in given.items()]
    s.add_all(rows)
    s.flush()
    answer = s.get(t.Answer, version.answer_id)
    return [r.id for r in rows], answer.question_id, answer.id


def rate_version(wb: Workbook, version_id: int, scores: Mapping[str, int | None], *,
                 rater_role: str = "candidate", rater_name: str = "", comment: str = "",
                 rubric=None) -> list[int]:
    """Store one rating per scored criterion for this version, all in one transaction.

    Criteria left at None are not rated (e.g. delivery after written practice only).
    `practice.rate_and_schedule` does the same and reschedules practice in that
    transaction too.
    """
    rubric = rubric or active_rubric()
    given, rater_name, comment = check_scores(scores, rater_role=rater_role,
                                              rater_name=rater_name, comment=comment,
                                              rubric=rubric)
    with wb.store.write() as s:
        ids, _question, _answer = add_ratings(s, version_id, given, rater_role=rater_role,
                                              rater_name=rater_name, comment=comment)
        return ids


def rate_answer(wb: Workbook, version_id: int, criterion: str, score: int, *,
                rater_role: str = "candidate", rater_name: str = "", comment: str = "") -> int:
    """Store a single criterion's rating (see `rate_version` for several at once)."""
    rules.one_of(rater_role, vocab.RATER_ROLES, "the rater's role")
    rules.score(score, "the score", optional=False)
    criterion = rules.required_text(criterion, "the criterion", 80)
    comment = rules.optional_text(comment, "the comment")
    with wb.store.write() as s:
        ids, _question, _answer = add_ratings(s, version_id, {criterion: score},
                                              rater_role=rater_role,
                                              rater_name=rater_name.strip(), comment=comment)
        return ids[0]


def _ratings(query) -> list[RatingRecord]:
    return [RatingRecord(r.id, r.answer_version_id, no, r.rater_role, r.rater_name,
                         r.criterion, r.score, r.comment, r.created_at) for r, no in query]


def ratings_for_version(wb: Workbook, version_id: int) -> list[RatingRecord]:
    """All ratings given to one version, oldest first."""
    with wb.store.read() as s:
        return _ratings(s.execute(
            select(t.Rating, t.AnswerVersion.version_no).join(t.AnswerVersion)
            .where(t.Rating.answer_version_id == version_id).order_by(t.Rating.id)))


def all_ratings(wb: Workbook) -> list[RatingRecord]:
    """Every rating in the workbook, oldest first (for progress and calibration charts)."""
    with wb.store.read() as s:
        return _ratings(s.execute(select(t.Rating, t.AnswerVersion.version_no)
                                  .join(t.AnswerVersion).order_by(t.Rating.created_at,
                                                                  t.Rating.id)))


def latest_scores(ratings: list[RatingRecord], role: str) -> dict[str, int]:
    """The most recent score per criterion from raters of `role` (ratings oldest first)."""
    return {r.criterion: r.score for r in ratings if r.rater_role == role}


def answer_of_version(wb: Workbook, version_id: int) -> tuple[int, int | None, str | None]:
    """(answer_id, question_id, bank_id) of a version."""
    with wb.store.read() as s:
        row = s.execute(select(t.Answer.id, t.Answer.question_id, t.Answer.bank_id)
                        .join(t.AnswerVersion).where(t.AnswerVersion.id == version_id)).first()
        if row is None:
            raise MissingEntry("That answer version no longer exists.")
        return tuple(row)


def answer_score(by_role: Mapping[str, Mapping[str, int]], rubric=None) -> float:
    """The one score of a rated answer version, shown by the report and every dashboard:
    the rubric's weighted mean of the latest level per criterion, the coach's level counting
    where both the candidate and the coach rated a criterion."""
    rubric = rubric or active_rubric()
    merged = {**by_role.get("candidate", {}), **by_role.get("coach", {})}
    return rubric.weighted_score({k: v for k, v in merged.items() if k in rubric.ids})


def rated_answers(wb: Workbook, rubric=None) -> dict[int, tuple[int, float]]:
    """question id -> (newest rated version of its answer, that version's `answer_score`)."""
    rubric = rubric or active_rubric()
    with wb.store.read() as s:
        rows = s.execute(
            select(t.Answer.question_id, t.AnswerVersion.id, t.Rating.rater_role,
                   t.Rating.criterion, t.Rating.score)
            .join(t.AnswerVersion, t.AnswerVersion.answer_id == t.Answer.id)
            .join(t.Rating, t.Rating.answer_version_id == t.AnswerVersion.id)
            .where(t.Answer.question_id.is_not(None))
            .order_by(t.AnswerVersion.id, t.Rating.id)).all()
    newest: dict[int, int] = {}
    for qid, vid, _role, criterion, _score in rows:
        if criterion in rubric.ids:
            newest[qid] = max(newest.get(qid, 0), vid)
    per_q: dict[int, dict[str, dict[str, int]]] = {}
    for qid, vid, role, criterion, score in rows:
        if newest.get(qid) == vid and criterion in rubric.ids:
            per_q.setdefault(qid, {}).setdefault(role, {})[criterion] = score
    return {qid: (newest[qid], answer_score(by_role, rubric)) for qid, by_role in per_q.items()}


def version_scores_by_question(wb: Workbook, rubric=None) -> dict[int, float]:
    """`answer_score` of the newest rated version of each workbook question's answer."""
    return {qid: score for qid, (_vid, score) in rated_answers(wb, rubric).items()}


def family_score(question_ids, rated: Mapping[int, tuple[int, float]]) -> float | None:
    """The score shown for a question or a family of questions (report and dashboards alike):
    the `answer_score` of the newest rated answer among them, to one decimal; None if none."""
    got = [rated[q] for q in question_ids if q in rated]
    return round(max(got)[1], 1) if got else None
