"""Spaced practice: questions come back for another go, weak answers sooner.

Scheduling is the `fsrs` package (Free Spaced Repetition Scheduler, version 6). Each
question being practised has an fsrs Card, stored as `Card.to_dict()` in the
practice_cards table with its due time mirrored in the indexed `due` column. What drives
the schedule is the candidate's own judgement: a quick 1-5 self-rating after a practice
round, or the weighted rubric score when they rate an answer in full. Both map onto fsrs's
Again / Hard / Good / Easy, so an answer rated 1 is due again tomorrow and one rated 5 not
for a week or more.

Times are naive UTC in the database (like every other table) and aware UTC inside fsrs.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from sqlalchemy import func, select

from coachkit.domain import rules
from coachkit.domain.errors import InvalidEntry, MissingEntry
from coachkit.domain.records import PracticeItem
from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t


@cache
def _scheduler():
    from fsrs import Scheduler

    # Interview answers are practised over days, not minutes: no same-day learning steps,
    # and no random fuzz so the same ratings always give the same dates.
    return Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


def _utc(moment: dt.datetime | None) -> dt.datetime:
    if moment is None:
        return dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _naive(moment: dt.datetime) -> dt.datetime:
    return _utc(moment).replace(tzinfo=None)


def rating_for_score(score: float) -> int:
    """fsrs rating (1 Again, 2 Hard, 3 Good, 4 Easy) for a 1-5 score.

    1 -> Again (tomorrow), 2 -> Hard, 3 and 4 -> Good, 5 -> Easy; a weighted rubric score
    in between is rounded to the nearest level first (3.4 -> Good, 4.6 -> Easy).
    """
    if isinstance(score, bool) or not isinstance(score, int | float) or not 1 <= score <= 5:
        raise InvalidEntry("A practice rating must be a number from 1 to 5.")
    if score < 1.5:
        return 1
    if score < 2.5:
        return 2
    if score < 4.5:
        return 3
    return 4


def end_of_today(now: dt.datetime | None = None) -> dt.datetime:
    """Naive UTC of the next local midnight: anything due before it is due 'today'."""
    local = _utc(now).astimezone()
    midnight = (local + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0,
                                                      microsecond=0)
    return _naive(midnight)


def _card_in(s, *, question_id: int | None, answer_id: int | None, added_by: str,
             note: str, moment: dt.datetime) -> t.PracticeCard:
    """Inside an open write session: the question's card, created due now if missing."""
    from fsrs import Card

    found = _find_card(s, question_id, answer_id)
    if found is not None:
        return found
    if question_id is not None and s.get(t.Question, question_id) is None:
        raise MissingEntry("That question no longer exists.")
    if answer_id is not None and s.get(t.Answer, answer_id) is None:
        raise MissingEntry("That answer no longer exists.")
    card = Card(due=moment)
    row = t.PracticeCard(question_id=question_id, answer_id=answer_id,
                         card=card.to_dict(), due=_naive(moment), added_by=added_by,
                         note=note)
    s.add(row)
    s.flush()
    return row


def add_to_queue(wb: Workbook, *, question_id: int | None = None,
                 answer_id: int | None = None, added_by: str = "candidate",
                 note: str = "", now: dt.datetime | None = None) -> int:
    """Put a workbook question (or an answer to a bank question) in the practice queue,
    due at once. Adding one that is already there keeps its schedule. Returns the card id."""
    if (question_id is None) == (answer_id is None):
        raise InvalidEntry("Choose a question to practise first.")
    note = rules.optional_text(note, "the note", rules.MAX_SHORT)
    with wb.store.write() as s:
        return _card_in(s, question_id=question_id, answer_id=answer_id,
                        added_by=added_by, note=note, moment=_utc(now)).id


def _find_card(s, question_id: int | None, answer_id: int | None) -> t.PracticeCard | None:
    if question_id is not None:
        return s.scalar(select(t.PracticeCard).where(t.PracticeCard.question_id == question_id))
    return s.scalar(select(t.PracticeCard).where(t.PracticeCard.answer_id == answer_id))


def card_for(wb: Workbook, *, question_id: int | None = None,
             answer_id: int | None = None) -> int | None:
    with wb.store.read() as s:
        row = _find_card(s, question_id, answer_id)
        return None if row is None else row.id


def _review_in(s, row: t.PracticeCard, rating: int, *, answer_version_id: int | None,
               self_score: int | None, seconds_taken: int | None,
               moment: dt.datetime) -> dt.datetime:
    """Inside an open write session: reschedule one card and log the round."""
    from fsrs import Card, Rating

    card = Card.from_dict(row.card) if row.card else Card(due=moment)
    card, _log = _scheduler().review_card(card, Rating(rating), moment)
    row.card = card.to_dict()
    row.due = _naive(card.due)
    s.add(t.PracticeReview(card_id=row.id, answer_version_id=answer_version_id,
                           rating=rating, self_score=self_score,
                           seconds_taken=seconds_taken, reviewed_at=_naive(moment)))
    s.flush()
    return row.due


def review(wb: Workbook, card_id: int, score: float, *, answer_version_id: int | None = None,
           seconds_taken: int | None = None, self_score: int | None = None,
           now: dt.datetime | None = None) -> dt.datetime:
    """Record one practice round rated `score` (1-5) and reschedule; returns the next due
    time (naive UTC)."""
    rating = rating_for_score(score)
    if self_score is None and isinstance(score, int):
        self_score = score
    rules.score(self_score, "the self-rating")
    if seconds_taken is not None and (not isinstance(seconds_taken, int) or seconds_taken < 0):
        raise InvalidEntry("The time taken must be a whole number of seconds.")
    with wb.store.write() as s:
        row = s.get(t.PracticeCard, card_id)
        if row is None:
            raise MissingEntry("That question is no longer in the practice queue.")
        return _review_in(s, row, rating, answer_version_id=answer_version_id,
                          self_score=self_score, seconds_taken=seconds_taken,
                          moment=_utc(now))


def _schedule_in(s, version_id: int, question_id: int | None, answer_id: int,
                 weighted_score: float, moment: dt.datetime) -> dt.datetime:
    # a workbook question is practised by question, a bank question by its answer
    row = _card_in(s, question_id=question_id,
                   answer_id=answer_id if question_id is None else None,
                   added_by="candidate", note="", moment=moment)
    return _review_in(s, row, rating_for_score(weighted_score),
                      answer_version_id=version_id, self_score=None, seconds_taken=None,
                      moment=moment)


def schedule_from_rating(wb: Workbook, version_id: int, weighted_score: float,
                         now: dt.datetime | None = None) -> dt.datetime:
    """After the candidate rates an answer version with the rubric: put its question in the
    queue (if it is not there yet) and reschedule it from the weighted score."""
    rating_for_score(weighted_score)  # refuse a bad score before opening a transaction
    with wb.store.write() as s:
        version = s.get(t.AnswerVersion, version_id)
        if version is None:
            raise MissingEntry("That answer version no longer exists.")
        answer = s.get(t.Answer, version.answer_id)
        return _schedule_in(s, version_id, answer.question_id, answer.id, weighted_score,
                            _utc(now))


def rate_and_schedule(wb: Workbook, version_id: int, scores, *, rater_name: str = "",
                      comment: str = "", rubric=None, now: dt.datetime | None = None
                      ) -> tuple[list[int], float, dt.datetime]:
    """The candidate's rubric rating of a version and the practice reschedule it implies,
    in one transaction: both are saved or neither is.

    Returns (rating ids, weighted score, next due time in naive UTC).
    """
    from coachkit.services import answers

    rubric = rubric or answers.active_rubric()
    given, rater_name, comment = answers.check_scores(
        scores, rater_role="candidate", rater_name=rater_name, comment=comment,
        rubric=rubric)
    weighted = rubric.weighted_score(given)
    with wb.store.write() as s:
        ids, question_id, answer_id = answers.add_ratings(
            s, version_id, given, rater_role="candidate", rater_name=rater_name,
            comment=comment)
        due = _schedule_in(s, version_id, question_id, answer_id, weighted, _utc(now))
    return ids, weighted, due


def _items(s, where=None, limit: int | None = None) -> list[PracticeItem]:
    reviews = (select(t.PracticeReview.card_id, func.count().label("n"),
                      func.max(t.PracticeReview.id).label("last"))
               .group_by(t.PracticeReview.card_id).subquery())
    query = (select(t.PracticeCard, t.Question.text, t.Answer.question_text, reviews.c.n,
                    t.PracticeReview.self_score)
             .outerjoin(t.Question, t.Question.id == t.PracticeCard.question_id)
             .outerjoin(t.Answer, t.Answer.id == t.PracticeCard.answer_id)
             .outerjoin(reviews, reviews.c.card_id == t.PracticeCard.id)
             .outerjoin(t.PracticeReview, t.PracticeReview.id == reviews.c.last)
             .order_by(t.PracticeCard.due, t.PracticeCard.id))
    if where is not None:
        query = query.where(where)
    if limit is not None:
        query = query.limit(limit)
    return [PracticeItem(card.id, card.question_id, card.answer_id, qtext or atext or "",
                         card.due, n or 0, last_self)
            for card, qtext, atext, n, last_self in s.execute(query)]


def queue(wb: Workbook) -> list[PracticeItem]:
    """Every question in the practice queue, soonest due first."""
    with wb.store.read() as s:
        return _items(s)


def due_now(wb: Workbook, now: dt.datetime | None = None,
            limit: int | None = None) -> list[PracticeItem]:
    """Questions due for practice today (before local midnight), most overdue first."""
    with wb.store.read() as s:
        return _items(s, t.PracticeCard.due < end_of_today(now), limit)


def due_today(wb: Workbook, now: dt.datetime | None = None) -> int:
    """How many questions are due for practice today (shown on the home dashboard)."""
    with wb.store.read() as s:
        return s.scalar(select(func.count()).select_from(t.PracticeCard)
                        .where(t.PracticeCard.due < end_of_today(now))) or 0


def next_due(wb: Workbook, now: dt.datetime | None = None) -> PracticeItem | None:
    """The most overdue question to practise now, or None when nothing is due today."""
    items = due_now(wb, now, limit=1)
    return items[0] if items else None
