"""Corrections teach: after a merge, a new question worded like a merged member joins."""

from __future__ import annotations

from coachkit.services import families, interviews, questions


def _ask(wb, org: str, text: str) -> int:
    iv = interviews.log_interview(wb, organisation=org)
    return questions.add_questions(wb, iv.id, [{"text": text}])[0].id


def _family_of(wb, qid: int):
    return next(f for f in families.recurring_questions(wb) if qid in f.question_ids)


def test_a_question_worded_like_a_merged_member_joins_that_family(wb):
    # an off-bank topic (since the sixteenth round the bank knows driving for work)
    tank = _ask(wb, "Millbrook Public Library",
                "would you mind looking after the fish tank in the kids area")
    feed = _ask(wb, "Hartwell College Library", "happy to feed the aquarium fish each morning?")
    assert _family_of(wb, tank).key != _family_of(wb, feed).key  # the engine kept them apart
    families.merge_families(wb, _family_of(wb, tank).key, _family_of(wb, feed).key)

    later = _ask(wb, "Cedar Falls Library", "would feeding the fish tank be ok with you")
    other = _ask(wb, "Cedar Falls Library", "What is your greatest weakness?")
    # a looser question is not joined silently: with the sentence model a join needs the
    # family to lead any other by grouping.SENTENCE_TEACH
    loose = _ask(wb, "Oak Lane Library", "any experience keeping tropical fish")
    assert set(_family_of(wb, later).question_ids) == {tank, feed, later}
    assert _family_of(wb, other).question_ids == (other,)
    assert _family_of(wb, loose).question_ids == (loose,)


def test_without_the_merge_the_same_question_stays_alone_and_a_moved_one_stays_out(wb):
    tank = _ask(wb, "Millbrook Public Library",
                "would you mind looking after the fish tank in the kids area")
    feed = _ask(wb, "Hartwell College Library", "happy to feed the aquarium fish each morning?")
    later = _ask(wb, "Cedar Falls Library", "ok to look after the fishes every day?")
    assert len({_family_of(wb, q).key for q in (tank, feed, later)}) == 3

    choice = families.merge_families(wb, _family_of(wb, tank).key, _family_of(wb, feed).key)
    assert set(_family_of(wb, later).question_ids) == {tank, feed, later}
    families.move_out(wb, later)  # the user says no: it stays out
    assert _family_of(wb, later).question_ids == (later,)
    families.undo_choice(wb, choice.id)
    assert _family_of(wb, tank).question_ids == (tank,)


def test_a_merge_teaches_a_later_rewording_that_shares_no_word(wb):
    # the sentence model's chance (installed by make): words alone would leave it alone
    friends = _ask(wb, "Millbrook Public Library", "How would your friends describe you?")
    mates = _ask(wb, "Hartwell College Library", "What would your mates say you are like?")
    assert _family_of(wb, friends).key != _family_of(wb, mates).key
    families.merge_families(wb, _family_of(wb, friends).key, _family_of(wb, mates).key)
    later = _ask(wb, "Cedar Falls Library",
                 "What would people who know you well say about you?")
    assert set(_family_of(wb, later).question_ids) == {friends, mates, later}
