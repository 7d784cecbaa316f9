"""Working with a coach: what a coach may do, and what the coach looks at.

A coach reads what the candidate chose to share and can only *add*: ratings of answers,
comments, presentation ratings and questions suggested for practice. That rule is enforced
under every service, on the database connection of a workbook opened with role 'coach':
any UPDATE or DELETE, and any INSERT other than those four kinds of row (each attributed to
the coach), is refused before it reaches the file. So even a dashboard written without the
coach in mind cannot change what the candidate wrote.

The diagnostics below are plain Python over the shared rows: counts and means stated with
their sample size, never a claim that one thing caused another.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from statistics import mean

from sqlalchemy import select

from coachkit.domain import rules, vocab
from coachkit.domain.errors import InvalidEntry, MissingEntry, NotAllowed
from coachkit.services.answers import add_ratings
from coachkit.services.coach_guard import (  # noqa: F401 - the coach's write rule lives there
    COACH_MAY_ADD,
    REFUSED,
    check_coach_statement,
    guard_coach_store,
)
from coachkit.services.weak_spots import WeakFamily, weakest_recurring
from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t

# ----------------------------------------------------------------------------- access


def _visible(wb: Workbook):
    """Interviews this reader may see: a coach sees only those the candidate shared."""
    query = select(t.Interview)
    if wb.role == "coach":
        query = query.where(t.Interview.shared.is_(True))
    return query


def _check_question_visible(s, wb: Workbook, question_id: int) -> t.Question:
    question = s.get(t.Question, question_id)
    if question is None:
        raise MissingEntry("That question no longer exists.")
    if wb.role == "coach" and question.interview_id is not None:
        interview = s.get(t.Interview, question.interview_id)
        if interview is None or not interview.shared:
            raise NotAllowed("That question belongs to an interview the candidate has not "
                             "shared.")
    return question


def _check_version_visible(s, wb: Workbook, version_id: int) -> t.AnswerVersion:
    version = s.get(t.AnswerVersion, version_id)
    if version is None:
        raise MissingEntry("That answer version no longer exists.")
    answer = s.get(t.Answer, version.answer_id)
    if answer is not None and answer.question_id is not None:
        _check_question_visible(s, wb, answer.question_id)
    return version


def _check_interview_visible(s, wb: Workbook, interview_id: int) -> t.Interview:
    interview = s.get(t.Interview, interview_id)
    if interview is None:
        raise MissingEntry("That interview no longer exists.")
    if wb.role == "coach" and not interview.shared:
        raise NotAllowed("That interview has not been shared with the coach.")
    return interview


def rate_answer(wb: Workbook, version_id: int, criterion: str, score: int, *,
                rater_name: str = "", comment: str = "") -> int:
    """A rating by whoever holds the workbook (the coach in a coach session)."""
    rules.score(score, "the score", optional=False)
    criterion = rules.required_text(criterion, "the criterion", 80)
    comment = rules.optional_text(comment, "the comment")
    rater_name = rules.optional_text(rater_name, "the name", 200)
    with wb.store.write() as s:
        _check_version_visible(s, wb, version_id)
        ids, _question, _answer = add_ratings(s, version_id, {criterion: score},
                                              rater_role=wb.role, rater_name=rater_name,
                                              comment=comment)
        return ids[0]


def add_comment(wb: Workbook, target_kind: str, target_id: int, text: str, *,
                author_name: str = "") -> int:
    text = rules.required_text(text, "the comment", rules.MAX_LONG)
    author_name = rules.optional_text(author_name, "the name", 200)
    if target_kind not in ("interview", "question", "answer_version"):
        raise InvalidEntry("A comment belongs to an interview, a question or an answer.")
    with wb.store.write() as s:
        {"interview": _check_interview_visible, "question": _check_question_visible,
         "answer_version": _check_version_visible}[target_kind](s, wb, target_id)
        row = t.Comment(target_kind=target_kind, target_id=target_id, author_role=wb.role,
                        author_name=author_name, text=text)
        s.add(row)
        s.flush()
        return row.id


def rate_presentation(wb: Workbook, interview_id: int, factor: str, score: int, *,
                      rater_name: str = "", note: str = "") -> int:
    rules.one_of(factor, vocab.PRESENTATION_FACTORS, "the factor")
    rules.score(score, "the score", optional=False)
    note = rules.optional_text(note, "the note")
    with wb.store.write() as s:
        _check_interview_visible(s, wb, interview_id)
        row = t.PresentationRating(interview_id=interview_id, factor=factor,
                                   rater_role=wb.role, rater_name=rater_name.strip(),
                                   score=score, note=note)
        s.add(row)
        s.flush()
        return row.id


def suggest_practice(wb: Workbook, question_ids: list[int], note: str = "") -> tuple[int, int]:
    """Put questions in the candidate's practice queue; (added, already there)."""
    from fsrs import Card

    note = rules.optional_text(note, "the note", rules.MAX_SHORT)
    if not question_ids:
        raise InvalidEntry("Choose at least one question to practise.")
    now = dt.datetime.now(dt.UTC)
    added = kept = 0
    with wb.store.write() as s:
        for qid in dict.fromkeys(question_ids):
            _check_question_visible(s, wb, qid)
            if s.scalar(select(t.PracticeCard.id).where(t.PracticeCard.question_id == qid)):
                kept += 1
                continue
            s.add(t.PracticeCard(question_id=qid, card=Card(due=now).to_dict(),
                                 due=now.replace(tzinfo=None), added_by=wb.role, note=note))
            added += 1
    return added, kept


def set_shared(wb: Workbook, interview_id: int, shared: bool) -> None:
    """The candidate's choice: show this interview to a coach, or keep it back."""
    with wb.store.write() as s:
        interview = s.get(t.Interview, interview_id)
        if interview is None:
            raise MissingEntry("That interview no longer exists.")
        interview.shared = bool(shared)


# -------------------------------------------------------------------------- watchlist


@dataclass(frozen=True)
class WatchRecord:
    id: int
    organisation: str
    interview_id: int | None
    check_on: dt.date | None
    note: str
    done: bool


def add_watch(wb: Workbook, organisation: str, check_on: dt.date | None = None,
              note: str = "", interview_id: int | None = None) -> WatchRecord:
    organisation = rules.required_text(organisation, "the organisation")
    note = rules.optional_text(note, "the note")
    if check_on is not None and not isinstance(check_on, dt.date):
        raise InvalidEntry("The check-again date must be a date.")
    with wb.store.write() as s:
        row = t.WatchItem(organisation=organisation, check_on=check_on, note=note,
                          interview_id=interview_id)
        s.add(row)
        s.flush()
        return _watch(row)


def update_watch(wb: Workbook, watch_id: int, **fields) -> WatchRecord:
    unknown = set(fields) - {"check_on", "note", "done"}
    if unknown:
        raise InvalidEntry(f"Unknown watchlist field(s): {', '.join(sorted(unknown))}.")
    if "note" in fields:
        fields["note"] = rules.optional_text(fields["note"], "the note")
    if fields.get("check_on") is not None and not isinstance(fields["check_on"], dt.date):
        raise InvalidEntry("The check-again date must be a date.")
    with wb.store.write() as s:
        row = s.get(t.WatchItem, watch_id)
        if row is None:
            raise MissingEntry("That watchlist item no longer exists.")
        for key, value in fields.items():
            setattr(row, key, bool(value) if key == "done" else value)
        s.flush()
        return _watch(row)


def _watch(row: t.WatchItem) -> WatchRecord:
    return WatchRecord(row.id, row.organisation, row.interview_id, row.check_on, row.note,
                       row.done)


def watchlist(wb: Workbook) -> list[WatchRecord]:
    with wb.store.read() as s:
        rows = s.scalars(select(t.WatchItem).order_by(t.WatchItem.done,
                                                      t.WatchItem.check_on.nulls_last(),
                                                      t.WatchItem.id))
        items = [_watch(r) for r in rows]
    if wb.role == "coach":
        shared = {iv.id for iv in shared_interviews(wb)}
        items = [w for w in items if w.interview_id in shared]
    return items


def regret_without_watch(wb: Workbook) -> list[str]:
    """Organisations that said they regret and are not on the watchlist yet."""
    watched = {w.organisation.casefold() for w in watchlist(wb)}
    seen: dict[str, None] = {}
    for iv in shared_interviews(wb):
        if iv.regret_heard and iv.organisation.casefold() not in watched:
            seen.setdefault(iv.organisation, None)
    return list(seen)


# ------------------------------------------------------------------------ diagnostics


@dataclass(frozen=True)
class InterviewView:
    id: int
    organisation: str
    role_title: str
    interview_date: dt.date | None
    stage: str
    outcome: str
    connection: int | None
    regret_heard: bool
    feedback: str
    connection_note: str
    shared: bool


def shared_interviews(wb: Workbook) -> list[InterviewView]:
    """Interviews this reader may see, oldest first (undated last)."""
    with wb.store.read() as s:
        rows = s.scalars(_visible(wb).order_by(t.Interview.interview_date.nulls_last(),
                                               t.Interview.id))
        return [InterviewView(r.id, r.organisation, r.role_title, r.interview_date, r.stage,
                              r.outcome, r.connection, r.regret_heard, r.feedback,
                              r.connection_note, r.shared) for r in rows]


def outcomes_by_stage(interviews: list[InterviewView]) -> dict[str, Counter]:
    table: dict[str, Counter] = {stage: Counter() for stage in vocab.STAGES}
    for iv in interviews:
        table.setdefault(iv.stage, Counter())[iv.outcome] += 1
    return {stage: counts for stage, counts in table.items() if counts}


def connection_vs_outcome(interviews: list[InterviewView]) -> dict[str, list[int]]:
    """The connection scores (1-5) the candidate gave, grouped by outcome."""
    out: dict[str, list[int]] = defaultdict(list)
    for iv in interviews:
        if iv.connection is not None:
            out[iv.outcome].append(iv.connection)
    return dict(out)


def regret_cases(interviews: list[InterviewView]) -> list[InterviewView]:
    return [iv for iv in interviews if iv.regret_heard]


def advanced(iv: InterviewView, interviews: list[InterviewView]) -> bool | None:
    """True if this interview led on (an offer, or a later round at the same place),
    False if it ended in rejection, None if it is still open or the candidate stepped back."""
    order = list(vocab.STAGES)
    later = any(o.organisation.casefold() == iv.organisation.casefold()
                and order.index(o.stage) > order.index(iv.stage) for o in interviews
                if o.stage in order and iv.stage in order)
    if iv.outcome == "offer" or later:
        return True
    if iv.outcome == "rejected":
        return False
    return None


@dataclass(frozen=True)
class FactorPattern:
    factor: str
    label: str
    advanced_mean: float | None
    advanced_n: int
    rejected_mean: float | None
    rejected_n: int
    sentence: str


def presentation_table(wb: Workbook) -> dict[int, dict[str, dict[str, int]]]:
    """{interview_id: {factor: {'candidate': score, 'coach': score}}}: latest of each role."""
    visible = {iv.id for iv in shared_interviews(wb)}
    out: dict[int, dict[str, dict[str, int]]] = {}
    with wb.store.read() as s:
        rows = s.scalars(select(t.PresentationRating).order_by(t.PresentationRating.id))
        for r in rows:
            if r.interview_id in visible:
                out.setdefault(r.interview_id, {}).setdefault(r.factor, {})[r.rater_role] = (
                    r.score)
    return out


def factor_patterns(interviews: list[InterviewView],
                    table: dict[int, dict[str, dict[str, int]]]) -> list[FactorPattern]:
    """For each factor: the mean score (candidate and coach averaged per interview) in
    interviews that led on vs those that ended in rejection, with the counts."""
    result = []
    for factor, label in vocab.PRESENTATION_FACTORS.items():
        groups: dict[bool, list[float]] = {True: [], False: []}
        for iv in interviews:
            went = advanced(iv, interviews)
            scores = table.get(iv.id, {}).get(factor, {})
            if went is None or not scores:
                continue
            groups[went].append(mean(scores.values()))
        up, down = groups[True], groups[False]
        up_mean = round(mean(up), 1) if up else None
        down_mean = round(mean(down), 1) if down else None
        result.append(FactorPattern(factor, label, up_mean, len(up), down_mean, len(down),
                                    _pattern_sentence(label, up_mean, len(up), down_mean,
                                                      len(down))))
    return result


def _pattern_sentence(label: str, up: float | None, n_up: int, down: float | None,
                      n_down: int) -> str:
    if not n_up and not n_down:
        return f"{label}: not rated yet."
    counts = (f"{n_up} interview{'s' if n_up != 1 else ''} that led on, "
              f"{n_down} that ended in rejection")
    if not n_up or not n_down:
        return f"{label}: only {counts}, so there is nothing to compare yet."
    gap = up - down
    if abs(gap) < 0.75:
        lean = "about the same either way"
    elif gap > 0:
        lean = "higher where the interview led on"
    else:
        lean = "higher where it ended in rejection"
    return (f"{label}: {up:.1f} vs {down:.1f} ({counts}), {lean}. With so few interviews "
            "this is a hint to talk about, not a cause.")


@dataclass(frozen=True)
class CriterionComparison:
    criterion: str
    label: str
    candidate: float | None
    candidate_n: int
    coach: float | None
    coach_n: int


def visible_answers(wb: Workbook) -> list[dict]:
    """Answers this reader may see, each with its latest version and the question."""
    visible = {iv.id: iv for iv in shared_interviews(wb)}
    out = []
    with wb.store.read() as s:
        rows = s.execute(select(t.Answer, t.Question).outerjoin(
            t.Question, t.Answer.question_id == t.Question.id).order_by(t.Answer.id))
        for answer, question in rows:
            if question is not None and question.interview_id is not None \
                    and question.interview_id not in visible:
                continue
            version = s.scalar(select(t.AnswerVersion)
                               .where(t.AnswerVersion.answer_id == answer.id)
                               .order_by(t.AnswerVersion.version_no.desc()).limit(1))
            if version is None:
                continue
            interview = visible.get(question.interview_id) if question else None
            out.append({
                "answer_id": answer.id, "version_id": version.id,
                "version_no": version.version_no, "text": version.text,
                "question_id": question.id if question else None,
                "question": question.text if question else answer.question_text,
                "organisation": interview.organisation if interview else "",
            })
    return out


@dataclass(frozen=True)
class RatingView:
    id: int
    answer_version_id: int
    rater_role: str
    rater_name: str
    criterion: str
    score: int
    comment: str


@dataclass(frozen=True)
class CommentView:
    id: int
    author_role: str
    author_name: str
    text: str
    created_at: dt.datetime


def ratings_of(wb: Workbook, version_ids: list[int]) -> list[RatingView]:
    if not version_ids:
        return []
    with wb.store.read() as s:
        return [RatingView(r.id, r.answer_version_id, r.rater_role, r.rater_name, r.criterion,
                           r.score, r.comment)
                for r in s.scalars(select(t.Rating).where(t.Rating.answer_version_id.in_(
                    version_ids)).order_by(t.Rating.id))]


def comments_on(wb: Workbook, target_kind: str, target_id: int) -> list[CommentView]:
    with wb.store.read() as s:
        return [CommentView(c.id, c.author_role, c.author_name, c.text, c.created_at)
                for c in s.scalars(select(t.Comment).where(
                    t.Comment.target_kind == target_kind, t.Comment.target_id == target_id)
                    .order_by(t.Comment.id))]


def answer_quality(wb: Workbook) -> list[CriterionComparison]:
    """Mean score per rubric criterion over the latest versions, candidate vs coach."""
    from coachkit.analysis.rubric import load_rubric

    rubric = load_rubric()
    answers = visible_answers(wb)
    scores: dict[tuple[str, str], list[int]] = defaultdict(list)
    latest: dict[tuple[int, str, str], int] = {}
    for r in ratings_of(wb, [a["version_id"] for a in answers]):
        latest[(r.answer_version_id, r.rater_role, r.criterion)] = r.score
    for (_version, role, criterion), score in latest.items():
        scores[(criterion, role)].append(score)
    out = []
    for criterion in rubric.ids:
        cand, coach = scores.get((criterion, "candidate"), []), scores.get((criterion, "coach"),
                                                                           [])
        out.append(CriterionComparison(criterion, rubric.criterion(criterion).label,
                                       round(mean(cand), 1) if cand else None, len(cand),
                                       round(mean(coach), 1) if coach else None, len(coach)))
    return out


def weakest_families(wb: Workbook, limit: int = 5) -> list[WeakFamily]:
    """The weakest recurring questions among the interviews this reader may see (one rule
    for every view: services.weak_spots)."""
    return weakest_recurring(wb, limit, {iv.id for iv in shared_interviews(wb)})
