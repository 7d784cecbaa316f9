"""Ninth round: a new topic in a frame the bank knows abstains; British office English."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import pytest

from coachkit.analysis import grouping
from coachkit.analysis.grouping import group_questions, intent_of, normalise

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
GUARD_OFF = replace(grouping.DEFAULT_PARAMS, def_share=0.0)


def _eval_module() -> ModuleType:
    path = ROOT / "benchmarks" / "eval_grouping.py"
    spec = importlib.util.spec_from_file_location("eval_grouping_round9", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("text", "swallowed_by"), [
    # (round 30: "Do you have a hidden talent?" no longer reaches "strengths" even without
    # the guard once the bank had more phrasings; the frame "What is your ...?" still does)
    ("What is your hidden talent?", "strengths"),
    ("invent a new Dewey number", "cataloguing_metadata"),
])
def test_a_new_topic_in_a_known_frame_is_not_given_that_intent(text: str,
                                                               swallowed_by: str) -> None:
    # without the guard the classifier hands these to an intent by their frame alone
    assert intent_of(text, GUARD_OFF) == swallowed_by
    assert intent_of(text) is None


@pytest.mark.parametrize(("text", "intent"), [
    ("What is your biggest strength?", "strengths"),
    ("Sell me this pen.", "sell_this_item"),
    ("How would you catalogue an item with no existing record?", "cataloguing_metadata"),
    ("they wanted ideas to attract teens - said gaming nights, anime club", "ya_programming"),
])
def test_rewordings_that_use_the_intents_own_words_keep_their_intent(text: str,
                                                                      intent: str) -> None:
    assert intent_of(text) == intent


def test_the_guard_keeps_off_bank_questions_apart_from_the_intent_family() -> None:
    labels = group_questions(["What is your biggest strength?", "what are you best at",
                              "Do you have a hidden talent?"])
    assert labels[0] == labels[1] != labels[2]


def test_british_office_english_reads_as_the_banks_words() -> None:
    assert normalise("an upset member of the public") == "an angry patron"
    assert normalise("members of the public") == "patron"
    assert normalise("my line manager") == "my supervisor"
    assert normalise("a member of staff") == "a staff"
    assert normalise("a tricky enquiry") == normalise("a tricky inquiry")
    assert intent_of("How do you handle an upset member of the public?") == "angry_patron"
    labels = group_questions(["How do you handle an upset member of the public?",
                              "Describe a time you dealt with an angry customer."])
    assert labels[0] == labels[1]


def test_the_spent_held_out_batches_have_not_slipped() -> None:
    """Batches 5 and 6 were each scored once, then spent on the ninth round's tuning;
    what that round reached on them is guarded like the test split."""
    recorded = json.loads((DATA / "grouping_recorded.json").read_text("utf-8"))
    ev = _eval_module()
    for key, path in ev.SPENT.items():
        now = ev.score_spent(path)
        for metric in ("bcubed_f1", "pair_f1"):
            assert now[metric] >= recorded[key][metric] - recorded["tolerance"], (key, now)
        assert now["near_miss_merged"] <= recorded[key]["near_miss_merged"] + 1, (key, now)
