"""Spaced practice with fsrs: weak answers come back sooner, and the queue is stored."""

from __future__ import annotations

import datetime as dt

import pytest

from coachkit.domain.errors import InvalidEntry, MissingEntry
from coachkit.services import answers, interviews, practice, questions

NOW = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def qs(wb):
    iv = interviews.log_interview(wb, organisation="Riverside Library")
    return questions.add_questions(wb, iv.id, [{"text": "Tell me about yourself"},
                                               {"text": "Describe an upset patron"},
                                               {"text": "Why this library?"}])


def test_scores_map_onto_fsrs_ratings():
    assert [practice.rating_for_score(s) for s in (1, 2, 3, 4, 5)] == [1, 2, 3, 3, 4]
    assert practice.rating_for_score(1.4) == 1
    assert practice.rating_for_score(3.4) == 3
    assert practice.rating_for_score(4.6) == 4
    for bad in (0, 5.5, "3", None, True):
        with pytest.raises(InvalidEntry):
            practice.rating_for_score(bad)


def test_a_new_question_is_due_at_once_and_adding_it_twice_keeps_one_card(wb, qs):
    assert practice.due_today(wb, NOW) == 0
    card = practice.add_to_queue(wb, question_id=qs[0].id, now=NOW)
    assert practice.add_to_queue(wb, question_id=qs[0].id, now=NOW) == card
    assert practice.due_today(wb, NOW) == 1
    item = practice.next_due(wb, NOW)
    assert (item.card_id, item.question, item.reviews) == (card, "Tell me about yourself", 0)


def test_weak_answers_come_back_sooner_than_strong_ones(wb, qs):
    cards = [practice.add_to_queue(wb, question_id=q.id, now=NOW) for q in qs]
    dues = [practice.review(wb, c, score, now=NOW)
            for c, score in zip(cards, (1, 3, 5), strict=True)]
    assert dues[0] < dues[1] < dues[2]
    assert dues[0] - NOW.replace(tzinfo=None) <= dt.timedelta(days=1)
    assert dues[2] - NOW.replace(tzinfo=None) >= dt.timedelta(days=7)
    # Nothing is due any more today; the weak one is due tomorrow.
    assert practice.due_today(wb, NOW) == 0
    tomorrow = NOW + dt.timedelta(days=1, hours=1)
    assert [i.card_id for i in practice.due_now(wb, tomorrow)] == [cards[0]]
    assert practice.queue(wb)[0].last_self_score == 1


def test_the_schedule_is_stored_and_survives_reopening(wb, qs):
    card = practice.add_to_queue(wb, question_id=qs[1].id, now=NOW)
    due = practice.review(wb, card, 2, seconds_taken=95, now=NOW)
    again = type(wb)(wb.url)
    try:
        item = practice.queue(again)[0]
        assert (item.due, item.reviews, item.last_self_score) == (due, 1, 2)
        later = practice.review(again, card, 2, now=due)
        assert later > due  # reviewed again: the interval grows from the stored card
    finally:
        again.close()


def test_rating_an_answer_with_the_rubric_schedules_its_question(wb, qs):
    weak = answers.save_version(wb, "I am a people person.", question_id=qs[0].id)
    strong = answers.save_version(wb, "At Riverside I ran the teen club...",
                                  question_id=qs[1].id)
    due_weak = practice.schedule_from_rating(wb, weak.version_id, 1.6, now=NOW)
    due_strong = practice.schedule_from_rating(wb, strong.version_id, 4.8, now=NOW)
    assert due_weak < due_strong
    assert {i.question_id for i in practice.queue(wb)} == {qs[0].id, qs[1].id}


def test_bank_answers_are_practised_by_answer(wb):
    saved = answers.save_version(wb, "My weakness is...", bank_id="greatest_weakness",
                                 question_text="What is your greatest weakness?")
    practice.schedule_from_rating(wb, saved.version_id, 2.0, now=NOW)
    item = practice.queue(wb)[0]
    assert (item.answer_id, item.question) == (saved.answer_id,
                                              "What is your greatest weakness?")


def test_bad_practice_input_is_refused(wb, qs):
    with pytest.raises(InvalidEntry, match="Choose a question"):
        practice.add_to_queue(wb)
    with pytest.raises(MissingEntry):
        practice.add_to_queue(wb, question_id=999)
    card = practice.add_to_queue(wb, question_id=qs[0].id, now=NOW)
    with pytest.raises(InvalidEntry):
        practice.review(wb, card, 7, now=NOW)
    with pytest.raises(InvalidEntry, match="seconds"):
        practice.review(wb, card, 3, seconds_taken=-4, now=NOW)
    with pytest.raises(MissingEntry):
        practice.review(wb, 4242, 3, now=NOW)
    assert practice.queue(wb)[0].reviews == 0


def test_a_rubric_rating_and_its_practice_date_are_saved_together(wb, qs):
    saved = answers.save_version(wb, "I stayed calm and listened.", question_id=qs[1].id)
    ids, weighted, due = practice.rate_and_schedule(
        wb, saved.version_id, {"structure": 2, "evidence": 1, "delivery": None}, now=NOW)
    assert len(ids) == 2 and 1 <= weighted < 2.5
    item = practice.queue(wb)[0]
    assert (item.question_id, item.due, item.reviews) == (qs[1].id, due, 1)
    assert {r.criterion for r in answers.ratings_for_version(wb, saved.version_id)} == {
        "structure", "evidence"}


def test_if_rescheduling_fails_the_rating_is_not_half_saved(wb, qs, monkeypatch):
    saved = answers.save_version(wb, "I stayed calm and listened.", question_id=qs[1].id)

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk pulled out mid-save")

    monkeypatch.setattr(practice, "_review_in", broken)
    with pytest.raises(RuntimeError):
        practice.rate_and_schedule(wb, saved.version_id, {"structure": 3}, now=NOW)
    assert answers.ratings_for_version(wb, saved.version_id) == []
    assert practice.queue(wb) == []  # the card created on the way was rolled back too


def test_a_bad_rubric_rating_writes_nothing(wb, qs):
    saved = answers.save_version(wb, "I stayed calm.", question_id=qs[1].id)
    with pytest.raises(InvalidEntry):
        practice.rate_and_schedule(wb, saved.version_id, {"structure": 9}, now=NOW)
    with pytest.raises(MissingEntry):
        practice.rate_and_schedule(wb, 4242, {"structure": 3}, now=NOW)
    assert practice.queue(wb) == []
