"""Twelfth round: off-bank topics do not take a bank intent through a phrase's lone word
or a typo "fix" that turns one real word into another (issue 15's chaining target)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from coachkit.analysis import grouping

PHRASES_OFF = replace(grouping.DEFAULT_PARAMS, share_phrases=False)


def _column(word: str) -> int:
    return grouping._WORD_OFFSET + (grouping._h("w:" + grouping._stem(word))
                                    & grouping._WORD_MASK)


def test_the_bank_uses_corner_only_in_cut_corners() -> None:
    bound = grouping._model(grouping.DEFAULT_PARAMS)._bound()
    assert bound[_column("corners")] == {_column("cut")}
    assert bound[_column("elevator")] == {_column("pitch")}
    assert _column("background") not in bound  # used in many phrases: not bound


@pytest.mark.parametrize("text", ["ever run a sensory corner?", "aquarium corner?"])
def test_a_phrase_word_without_its_phrase_does_not_take_the_intent(text: str) -> None:
    # before: the ethical-dilemma intent through "corner" of "cut corners"
    assert grouping.intent_of(text, PHRASES_OFF) == "ethical_dilemma"
    assert grouping.intent_of(text) is None


@pytest.mark.parametrize("text", ["have you ever been asked to cut corners",
                                  "a time you were pressured to cut corners on a job",
                                  "ever had to cut corners at work"])
def test_the_phrase_itself_still_takes_the_intent(text: str) -> None:
    assert grouping.intent_of(text) == "ethical_dilemma"


def test_a_wrong_first_letter_is_not_a_typo() -> None:
    assert grouping.canonical_tokens("pottery lending", fix_typos=True) == ["pottery",
                                                                             "lending"]
    assert grouping.canonical_tokens("vending machine", fix_typos=True)[0] == "vending"
    # real slips are still read as the bank's word
    assert grouping.canonical_tokens("lotery", fix_typos=True) == ["lottery"]
    assert grouping.canonical_tokens("lottrey", fix_typos=True) == ["lottery"]
    assert grouping.canonical_tokens("lotterx", fix_typos=True) == ["lottery"]
    assert grouping.intent_of("how would you handle pottery lending") is None
    assert grouping.intent_of("what would you do if you won the lotery") == "lottery"


def test_shares_leave_the_callers_matrix_alone() -> None:
    model = grouping._model(grouping.DEFAULT_PARAMS)
    docs = [grouping._prepare(t).tokens for t in ["aquarium corner?", "tell me about you",
                                                   "thoughts on the braille fund"]]
    x = model.vec.prune(model.vec.transform(docs))
    before = (x.data.copy(), x.indices.copy(), x.indptr.copy())
    model.shares(x, grouping.DEFAULT_PARAMS)
    assert np.array_equal(x.data, before[0])
    assert np.array_equal(x.indices, before[1])
    assert np.array_equal(x.indptr, before[2])


SPECIFIC_OFF = replace(grouping.DEFAULT_PARAMS, specific_intents=0)


@pytest.mark.parametrize(("text", "before"), [
    # (was "background in jigsaw stand?": since round 18's bank knows "stand", that one no
    # longer reaches an intent even without the rule, so it shows nothing; "background in
    # kite stall?" and "any background in telescope" likewise since round 19's bank has an
    # "overseas background" phrasing)
    ("your background in kite stall", "tell_me_about_yourself"),
    ("background in telescope?", "tell_me_about_yourself"),
    ("ever been in charge of seed", "supervisor_absent_decision"),
])
def test_a_frame_word_near_a_phrasing_does_not_carry_a_new_topic(text: str,
                                                                  before: str) -> None:
    # "background" is in six intents and "in charge" in five: the frame, not the topic
    assert grouping.intent_of(text, SPECIFIC_OFF) == before
    assert grouping.intent_of(text) is None


@pytest.mark.parametrize(("text", "intent"), [
    ("any background in cataloguing", "cataloguing_metadata"),
    ("tell us about your background", "tell_me_about_yourself"),
    ("what does confidentiality mean in a dental surgery", "patron_privacy"),
    ("you notice a coworker pocketing stock, do you say anything", "colleague_mistake_seen"),
])
def test_true_paraphrases_with_a_new_word_keep_their_intent(text: str, intent: str) -> None:
    assert grouping.intent_of(text) == intent
