"""Answers, versions and ratings as stored: what the rating dashboard relies on."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from coachkit import config
from coachkit.analysis.rubric import RubricError
from coachkit.domain.errors import InvalidEntry, MissingEntry
from coachkit.services import answers, interviews, questions
from coachkit.storage import tables as t

STORY = ("At the branch library the holds shelf was always in a mess. I had to sort it out "
         "before the audit. I relabelled every shelf and trained two volunteers. "
         "Collection times fell from ten minutes to three.")


@pytest.fixture
def question(wb):
    iv = interviews.log_interview(wb, organisation="Northgate Library")
    return questions.add_questions(wb, iv.id, [{"text": "Tell me about a time you fixed "
                                                        "a process"}])[0]


def test_every_save_is_a_new_version_and_old_ones_stay(wb, question):
    first = answers.save_version(wb, "I fixed the holds shelf.", question_id=question.id)
    second = answers.save_version(wb, STORY, answer_id=first.answer_id)
    assert (first.version_no, second.version_no) == (1, 2)
    assert first.answer_id == second.answer_id
    versions = answers.list_versions(wb, first.answer_id)
    assert [v.text for v in versions] == ["I fixed the holds shelf.", STORY]
    assert answers.find_answer(wb, question_id=question.id) == first.answer_id


def test_star_fields_are_kept_with_the_version(wb, question):
    star = {"situation": "Busy desk.", "task": "Cut the queue.", "action": "I added a "
            "self-service point.", "result": "Queues halved."}
    text = answers.assemble_star(star)
    assert text == "Busy desk.\n\nCut the queue.\n\nI added a self-service point.\n\nQueues halved."
    saved = answers.save_version(wb, text, question_id=question.id, star=star)
    assert answers.get_version(wb, saved.version_id).star == star


def test_bank_answers_keep_their_wording_and_are_found_again(wb):
    saved = answers.save_version(wb, STORY, bank_id="greatest_weakness",
                                 question_text="What is your greatest weakness?")
    assert answers.find_answer(wb, bank_id="greatest_weakness") == saved.answer_id
    assert answers.find_answer(wb, bank_id="other") is None


def test_an_empty_answer_is_refused_and_cannot_be_rated(wb, question):
    with pytest.raises(InvalidEntry, match="cannot be empty"):
        answers.save_version(wb, "   \n ", question_id=question.id)
    assert wb.summary().answers == 0
    # A version that is somehow blank (written by an older tool) still cannot be rated.
    saved = answers.save_version(wb, "placeholder", question_id=question.id)
    with wb.store.write() as s:
        s.get(t.AnswerVersion, saved.version_id).text = "  "
    with pytest.raises(InvalidEntry, match="empty answer cannot be rated"):
        answers.rate_version(wb, saved.version_id, {"structure": 3})
    with pytest.raises(InvalidEntry, match="empty answer cannot be rated"):
        answers.rate_answer(wb, saved.version_id, "structure", 3)
    assert answers.ratings_for_version(wb, saved.version_id) == []


def test_a_20000_character_answer_is_saved_with_a_warning(wb, question):
    huge = ("word " * 4000)[:20_000]
    saved = answers.save_version(wb, huge, question_id=question.id)
    assert "far too long" in saved.warning and "aloud" in saved.warning
    assert len(answers.get_version(wb, saved.version_id).text) == len(huge.strip())
    normal = answers.save_version(wb, STORY, answer_id=saved.answer_id)
    assert normal.warning == ""
    with pytest.raises(InvalidEntry, match="limit is 20,000"):
        answers.save_version(wb, "x" * 20_001, answer_id=saved.answer_id)
    assert len(answers.list_versions(wb, saved.answer_id)) == 2


def test_ratings_are_per_version_with_role_and_name(wb, question):
    v1 = answers.save_version(wb, "I fixed it.", question_id=question.id)
    v2 = answers.save_version(wb, STORY, answer_id=v1.answer_id)
    answers.rate_version(wb, v1.version_id, {"structure": 1, "evidence": 1},
                         rater_role="candidate", rater_name="Robin")
    answers.rate_version(wb, v2.version_id, {"structure": 4, "evidence": 3, "delivery": None},
                         rater_role="coach", rater_name="Dana", comment="Better")
    on_v2 = answers.ratings_for_version(wb, v2.version_id)
    assert {(r.criterion, r.score, r.rater_role, r.rater_name, r.version_no)
            for r in on_v2} == {("structure", 4, "coach", "Dana", 2),
                                ("evidence", 3, "coach", "Dana", 2)}
    assert len(answers.ratings_for_version(wb, v1.version_id)) == 2
    assert answers.latest_scores(answers.all_ratings(wb), "coach") == {"structure": 4,
                                                                        "evidence": 3}


@pytest.mark.parametrize("bad", [0, 6, -1, 2.5, "4", True])
def test_scores_outside_1_to_5_are_refused_and_nothing_is_stored(wb, question, bad):
    saved = answers.save_version(wb, STORY, question_id=question.id)
    with pytest.raises(InvalidEntry, match="1 to 5"):
        answers.rate_version(wb, saved.version_id, {"structure": 4, "evidence": bad})
    assert answers.ratings_for_version(wb, saved.version_id) == []


def test_the_database_refuses_a_score_outside_1_to_5_too(wb, question):
    saved = answers.save_version(wb, STORY, question_id=question.id)
    with pytest.raises(InvalidEntry, match="Nothing was changed"):
        with wb.store.write() as s:
            s.add(t.Rating(answer_version_id=saved.version_id, rater_role="coach",
                           criterion="structure", score=7))
    with wb.store.read() as s:
        assert s.scalars(select(t.Rating)).all() == []


def test_unknown_criteria_roles_and_empty_ratings_are_refused(wb, question):
    saved = answers.save_version(wb, STORY, question_id=question.id)
    with pytest.raises(InvalidEntry, match="no criterion called"):
        answers.rate_version(wb, saved.version_id, {"charm": 5})
    with pytest.raises(InvalidEntry, match="role"):
        answers.rate_version(wb, saved.version_id, {"structure": 3}, rater_role="boss")
    with pytest.raises(InvalidEntry, match="at least one"):
        answers.rate_version(wb, saved.version_id, {"structure": None})
    with pytest.raises(MissingEntry):
        answers.rate_version(wb, 9999, {"structure": 3})
    assert answers.all_ratings(wb) == []


def test_word_diff_marks_inserted_and_deleted_words():
    diff = answers.word_diff("I helped a patron with the printer.",
                             "I calmly helped an upset patron with the printer.")
    assert ("ins", "calmly ") in diff
    assert ("del", "a ") in diff and ("ins", "an upset ") in diff
    rebuilt = "".join(text for op, text in diff if op != "del")
    assert rebuilt == "I calmly helped an upset patron with the printer."
    assert answers.word_diff("same words", "same words") == [("same", "same words")]


def test_a_coach_rubric_file_in_the_data_folder_is_used_and_checked(wb, question):
    own = config.data_dir() / "rubric.toml"
    own.write_text(
        '[[criteria]]\nid = "warmth"\nlabel = "Warmth"\nweight = 1\ndescription = "Kind"\n'
        '[criteria.anchors]\n1 = "a"\n2 = "b"\n3 = "c"\n4 = "d"\n5 = "e"\n', encoding="utf-8")
    assert answers.active_rubric().ids == ["warmth"]
    saved = answers.save_version(wb, STORY, question_id=question.id)
    answers.rate_version(wb, saved.version_id, {"warmth": 5})
    own.write_text(own.read_text().replace('5 = "e"\n', ""), encoding="utf-8")
    with pytest.raises(RubricError, match=r"line \d+.*level 5 is missing"):
        answers.active_rubric()


def test_question_scores_use_the_newest_rated_version(wb, question):
    v1 = answers.save_version(wb, "I fixed it.", question_id=question.id)
    answers.rate_version(wb, v1.version_id, {"structure": 1, "evidence": 1})
    assert answers.version_scores_by_question(wb) == {question.id: 1.0}
    v2 = answers.save_version(wb, STORY, answer_id=v1.answer_id)
    answers.rate_version(wb, v2.version_id, {"structure": 4, "evidence": 4})
    answers.rate_version(wb, v2.version_id, {"structure": 2}, rater_role="coach")
    assert answers.version_scores_by_question(wb) == {question.id: pytest.approx(3.0)}


def test_word_diff_of_a_20000_character_answer_still_rebuilds_the_new_text():
    old = ("I helped a patron. " * 1100)[:20_000]
    new = old.replace("helped", "calmly helped", 40)
    diff = answers.word_diff(old, new)
    assert "".join(text for op, text in diff if op != "del") == new
    assert "".join(text for op, text in diff if op != "ins") == old
    assert any(op == "ins" and "calmly" in text for op, text in diff)
