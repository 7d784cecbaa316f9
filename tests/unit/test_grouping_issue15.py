"""Families that hold up: no chaining, abstaining, typos forgiven, calibrated suggestions."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from coachkit.analysis import grouping
from coachkit.analysis.grouping import GroupingIndex, group_questions, intent_of

ROOT = Path(__file__).resolve().parents[2]


def _bench() -> ModuleType:
    path = ROOT / "benchmarks" / "bench_chaining.py"
    spec = importlib.util.spec_from_file_location("bench_chaining", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _together(*texts: str) -> bool:
    return len(set(group_questions(list(texts)))) == 1


# ------------------------------------------------------------------------ no chaining


def test_a_shared_frame_or_head_word_does_not_chain_two_off_bank_topics() -> None:
    chess = ["have you ever dealt with chess club", "thoughts on chess club?",
             "any experience with a chess club"]
    lego = ["have you ever dealt with lego club", "any experience with a lego club"]
    assert [intent_of(t) for t in chess + lego] == [None] * 5  # both off the bank
    labels = group_questions(chess + lego)
    assert labels[0] == labels[1] == labels[2]
    assert labels[3] == labels[4]
    assert labels[0] != labels[3]


def test_a_family_does_not_grow_by_transitivity_alone() -> None:
    # the middle question is like each end; the ends share nothing but the frame
    texts = ["would ferrets at work bother you", "would ferrets and parrots at work bother you",
             "would parrots at work bother you"]
    assert [intent_of(t) for t in texts] == [None] * 3
    labels = group_questions(texts)
    assert labels[0] != labels[2]
    assert len(set(labels)) > 1


def test_in_a_large_workbook_off_bank_families_each_keep_to_one_topic() -> None:
    bench = _bench()
    texts, truth = bench.workbook(3000, offbank=0.3)
    index = GroupingIndex()
    labels = index.extend(texts)
    unmatched = [i for i, code in enumerate(index._codes) if code < 0]
    assert len(unmatched) > 500
    sub_labels = [labels[i] for i in unmatched]
    sub_truth = [truth[i] for i in unmatched]
    (size, topics), *_ = bench.largest(sub_labels, sub_truth, 1)
    assert topics == 1 and size > 30
    mixed_families, mixed_questions = bench.impure_families(sub_labels, sub_truth)
    assert mixed_questions <= 0.05 * len(unmatched)


def test_one_at_a_time_still_agrees_with_a_batch_on_off_bank_questions() -> None:
    texts, _ = _bench().workbook(400, offbank=0.6, seed=5)
    index = GroupingIndex()
    for text in texts:
        index.add(text)
    assert index.labels() == group_questions(texts)


# ------------------------------------------------------------------------ abstain


def test_a_driving_licence_is_not_e_resource_licensing() -> None:
    assert intent_of("How do you manage e-resource licensing?") == "e_resources"
    assert intent_of("Do you have a valid driving licence?") != "e_resources"
    assert intent_of("do you hold a clean driver's license") != "e_resources"
    assert not _together("Do you have a valid driving licence?",
                         "How do you manage e-resource licensing?")


def test_starting_in_two_weeks_is_not_the_first_90_days() -> None:
    assert intent_of("can you start in two weeks?") != "first_90_days"
    assert not _together("can you start in two weeks?",
                         "What would you do in your first 90 days?")
    assert intent_of("What would you do in your first 90 days?") == "first_90_days"


def test_what_you_learned_about_us_does_not_join_the_failure_question() -> None:
    # Before the bank had an intent of its own for it, the classifier was torn (failure
    # 0.53, why-us 0.44) and abstained; since the seventeenth round it is the homework
    # question, apart from both the failure question and "why us".
    assert intent_of("what have you learned about us") == "know_about_us"
    assert not _together("what have you learned about us", "Tell us about a time you failed")


def test_why_us_and_what_you_know_about_us_are_two_questions() -> None:
    """The issue: "why us" and "what do you know about us" merged. Every one of the sixteen
    writers who logged both kept them apart; the bank now does too."""
    for know in ("What do you know about us?", "did you research us",
                 "what do you know about our company"):
        assert intent_of(know) == "know_about_us"
        assert not _together(know, "Why do you want to work for us?")
    for why in ("why us?", "Why our library?", "why do you want to work here"):
        assert intent_of(why) == "why_this_library"


def test_a_till_that_is_short_and_handling_cash_are_two_questions() -> None:
    """Writers of 9 of the 14 batches that logged both kept them apart (a procedure and
    honesty question against experience of money); the bank now does too."""
    assert intent_of("Have you handled cash before?") == "cash_handling"
    assert intent_of("your till is down a fiver at close, what do you do") == "till_shortfall"
    assert not _together("Have you handled cash before?",
                         "your till is down a fiver at close, what do you do")


def test_knowing_what_safeguarding_is_and_acting_on_a_disclosure_are_two_questions() -> None:
    """Writers of 8 of the 12 batches that logged both kept them apart."""
    assert intent_of("what does safeguarding mean to u") == "safeguarding_knowledge"
    assert intent_of("what would you do if a pupil told you something worrying") \
        == "safeguarding_disclosure"
    assert not _together("what does safeguarding mean to u",
                         "what would you do if a pupil told you something worrying")


def test_office_software_and_computer_skills_are_one_recurring_question() -> None:
    """Writers of 11 of the 12 batches that logged both put "rate your IT skills" and "how
    are you with Excel and Word" in one family: the bank marks office_software_skills
    `same_as` tech_comfort_self, and both stay separate questions to practise."""
    from coachkit.analysis.question_bank import get_entry

    texts = ["rate your computer skills out of ten", "can you do vlookups and pivot tables",
             "How confident are you with Microsoft Office?"]
    assert len(set(group_questions(texts))) == 1
    assert {intent_of(t) for t in texts} == {"tech_comfort_self"}
    assert get_entry("office_software_skills").same_as == "tech_comfort_self"


def test_a_close_call_between_two_intents_abstains() -> None:
    from dataclasses import replace

    # Two intents a hair apart ("why are you the right fit for the desk" was the example
    # until round 18's bank put its best intent under the accept line, "Do you prefer
    # working independently or as part of a team?" until round 21's)
    text = "how do you keep learning"
    ranked = grouping.nearest_intents(text, k=2)
    assert ranked[0][1] - ranked[1][1] < grouping.DEFAULT_PARAMS.margin
    assert intent_of(text, replace(grouping.DEFAULT_PARAMS, margin=0.0)) == ranked[0][0]


def test_a_near_phrasing_found_by_a_shared_frame_yields_to_the_words() -> None:
    """Seventeenth round: "tell me about a time you dealt with" makes a difficult customer
    near a phrasing about a child's behaviour; the classifier, sure of the customer intent,
    decides. With the rule off, the near phrasing wins."""
    from dataclasses import replace

    text = "Tell me about a time you dealt with a difficult customer."
    assert intent_of(text) == "angry_patron"
    assert intent_of(text, replace(grouping.DEFAULT_PARAMS, sure_yields=0.0)) \
        == "classroom_behaviour"


@pytest.mark.parametrize("text", ["what are you not so good at", "what are you not very good at",
                                  "what are you not the best at"])
def test_not_so_good_at_is_a_weakness_not_a_strength(text: str) -> None:
    """Batch 24: "what are you not so good at" joined the strengths question."""
    assert intent_of(text) == "weaknesses"
    assert intent_of("what are you best at") == "strengths"


# ------------------------------------------------------------------------ typos


@pytest.mark.parametrize("typo", ["Tell me about yuorself", "Tell me abuot yourself",
                                  "tell me about yourslef", "Tlel me about yourself",
                                  "Tell me aboutyourself", "Tell me about yorself"])
def test_a_one_letter_typo_keeps_tell_me_about_yourself(typo: str) -> None:
    assert intent_of(typo) == "tell_me_about_yourself"
    assert _together(typo, "Tell me about yourself")


def test_typos_are_fixed_only_against_the_bank_and_never_in_short_words() -> None:
    tokens = grouping.canonical_tokens
    assert tokens("whats ur biggest weaknes", fix_typos=True)[-1] == "weakness"
    assert tokens("can you lift 50 pounds", fix_typos=True)[2] == "lift"  # not "list"
    assert "sudoku" in tokens("sudoku night?", fix_typos=True)  # unknown, left alone
    assert tokens("Tell me about yuorself") == ["tell", "me", "about", "yuorself"]


# ------------------------------------------------------------------------ corrections teach


def test_a_new_wording_like_a_merged_member_joins_the_merged_family() -> None:
    merged = [["can you drive the book van", "are you ok behind the wheel of the bookmobile"]]
    new = ["would driving the bookmobile be ok with you", "what is your greatest weakness",
           "Tell me about yourself"]
    assert grouping.taught_families(new, merged) == [0, -1, -1]
    assert grouping.taught_families(new, []) == [-1, -1, -1]
    assert grouping.taught_families(["", "  "], merged) == [-1, -1]


def test_a_taught_family_does_not_take_the_opposite_question() -> None:
    merged = [["what did you like most about your last job",
               "best part of your previous role?"]]
    assert grouping.taught_families(["what did you like least about your last job"],
                                    merged) == [-1]


# ------------------------------------------------------------------------ suggestions


def test_suggestions_carry_a_calibrated_chance_and_unlikely_ones_are_hidden() -> None:
    fams = [["Have you ever been in charge of a budget?"], ["experience managing a budget"],
            ["Tell me about yourself"], ["can you drive the book van"],
            ["Why do you want to work here?"]]
    every = grouping.suggest_merges(fams, limit=20, min_score=0.0)
    shown = grouping.suggest_merges(fams, limit=20)
    assert every and all(0.0 < p < 1.0 for *_, p in every)
    assert [p for *_, p in every] == sorted((p for *_, p in every), reverse=True)
    from coachkit.analysis import embedding

    floor = grouping.SENTENCE_FLOOR if embedding.available() else grouping.SUGGEST_FLOOR
    assert shown == [s for s in every if s[2] >= floor]
    assert len(shown) < len(every)
    assert shown[0][:2] == (0, 1)


def test_a_passenger_is_a_customer_and_does_not_chain_unrelated_passenger_questions() -> None:
    """Batch 33 (transport jobs): "passenger" is the station's or the airport's word for a
    customer. Read as a word the bank never uses, it named one off-bank topic shared by every
    passenger question, and fourteen questions of thirteen intents (a lost bag, an expired
    passport, a missed connection, a ticket machine ...) became one family."""
    assert grouping.intent_of("What would you do if a traveller started shouting at you at "
                              "the gate?") == grouping.intent_of(
        "What would you do if a customer started shouting at you at the counter?")
    labels = grouping.group_questions([
        "A passenger has left their bag on the train. What do you do?",
        "A passenger turns up with an expired passport. What do you do?",
        "A passenger cannot work the ticket machine and the train leaves in two minutes. "
        "What do you do?",
        "A passenger misses their connecting flight because of our delay. What would you do?",
    ])
    assert len(set(labels)) == 4


def test_a_question_quoted_in_a_retelling_is_read_from_the_quote() -> None:
    """Batches 32 and 33: "first thing the station manager said was just 'go on then, tell
    me about yourself'" is the opening question, however the frame around it reads; a frame
    that itself says what was asked ("she asked for a weakness and then went 'and another
    one?'") and a scenario told with "says" keep their words."""
    assert intent_of("first thing the station manager said was just 'go on then, tell me "
                     "about yourself'") == intent_of("Tell me about yourself.")
    assert grouping._quoted_question(
        "she opened with 'so who are you then?' - basically my story") == (
        "'so who are you then?' - basically my story")
    for kept in ("she asked for a weakness and then went 'and another one?' ugh",
                 "a user says 'my printer isn't working', what are your first steps",
                 "what's your favourite 'easy' task"):
        assert grouping._quoted_question(kept) == kept


@pytest.mark.parametrize("text", ["Of all the companies hiring right now, why choose ours?",
                                  "why this firm in particular"])
def test_why_this_employer_is_not_why_this_job(text: str) -> None:
    """Twenty-fourth round: the bank's "why us" intent had few words for an employer that is
    not a library ("firm", "company", "in particular", "over the others"); these questions went
    to "why do you want this job" or "why should we hire you"."""
    assert intent_of(text) == intent_of("Why would you choose to work for us?")


def test_a_cv_walk_through_and_the_day_to_day_of_the_new_job() -> None:
    """Twenty-fifth round (batch 34 spent): going over the CV is the opener; what an ordinary
    day in the new job would be asks what the candidate expects of it. Both had no intent.
    (Batch 34's own "talk me through your cv" still joins the gap in the CV: a phrasing
    close enough to fix it would have copied the spent question into the bank.)"""
    assert intent_of("go over your CV with me") == "tell_me_about_yourself"
    assert intent_of("how do you imagine an ordinary day in this job") == (
        "job_reality_understanding")


@pytest.mark.parametrize("text", ["why this agency and not some other government department",
                                  "Why HMRC in particular?",
                                  "what made you pick our department over the other public bodies"])
def test_why_this_department_is_why_this_employer_not_why_public_service(text: str) -> None:
    """Twenty-sixth round (batch 35 spent): asked why this department or agency rather than
    another, candidates give their "why us" answer; these went to "why the public sector"
    or "why this job". (Phrasings for what the candidate knows about a department, a
    mistake called an error and an opener that asks what led them to apply were written
    too and left out: each lowered the other spent batches.)"""
    assert intent_of(text) == intent_of("Why would you choose to work for us?")


def test_words_run_together_in_a_jotting_are_read_apart() -> None:
    """Twenty-seventh round (batch 36 spent): "tell me abit about yourself" had no intent;
    "abit", "alot" and "aswell" are read as the two words they stand for."""
    assert intent_of("tell me abit about yourself") == "tell_me_about_yourself"
    assert grouping.canonical_tokens("alot aswell") == grouping.canonical_tokens(
        "a lot as well")


@pytest.mark.parametrize("text", ["how do you unwind when a shift has been emotionally hard",
                                  "how do you stay well when the job is emotionally draining"])
def test_looking_after_yourself_in_emotional_work_is_handling_stress(text: str) -> None:
    """Twenty-seventh round (batch 36 spent): childcare, youth and care panels ask how the
    candidate copes with work that weighs on them; these went to "biggest challenge" or
    nowhere."""
    assert intent_of(text) == "handling_stress"


@pytest.mark.parametrize("text", ["tell me about yourself - keep it under two minutes",
                                  "tell me abuot yourself (she said keep it short and sweet)"])
def test_a_note_with_a_comment_after_a_dash_takes_its_questions_intent(text: str) -> None:
    """Twenty-eighth round (batch 39 spent): a jotted question with a comment after a dash
    or in a bracket had no intent (the comment diluted it); a part of the note that is as
    close to a bank phrasing as would decide on its own now gives its intent, when no other
    part points elsewhere."""
    assert intent_of(text) == "tell_me_about_yourself"
    labels = group_questions([text, "Tell me a bit about yourself."])
    assert labels[0] == labels[1]


def test_a_note_whose_parts_point_to_two_intents_stays_alone() -> None:
    """... but parts that match two different intents decide nothing (the whole note is
    taken as unmatched here, as the engine would leave a note it cannot place)."""
    import numpy as np

    params = grouping.DEFAULT_PARAMS
    model = grouping._model(params)
    two = grouping._prepare("tell me about yourself - what is your greatest weakness")
    one = grouping._prepare("tell me about yourself - keep it under two minutes")
    found = grouping._segment_intents(model, [two, one], np.asarray([-1, -1]), params)
    assert found[0] == -1
    assert model.ids[found[1]] == "tell_me_about_yourself"


def test_what_the_candidate_said_in_quotes_is_not_the_question() -> None:
    """Twenty-eighth round (batch 39 spent): in "I fumbled it and said 'whatever's
    standard'" the quote is the candidate's answer; the question is the rest of the note
    ("pay expectations"). A quote after the interviewer's "said" is still the question."""
    mine = "pay expectations q, I fumbled it and said 'whatever is normal'"
    assert "expectations" in grouping.normalise(mine)
    theirs = "I sat down and she said 'tell me about yourself'"
    assert grouping.normalise(theirs) == grouping.normalise("tell me about yourself")


def test_a_typo_in_a_plural_the_bank_has_only_in_the_singular_is_forgiven() -> None:
    """Twenty-ninth round (batch 40 spent): "weeknesses - what are they" had no intent: the
    bank says "weakness", never "weaknesses", so the slip was one away from no bank word;
    the stem is now corrected and the plural ending kept."""
    assert intent_of("weeknesses - what are they") == "weaknesses"
    assert grouping.canonical_tokens("weeknesses", fix_typos=True) == \
        grouping.canonical_tokens("weaknesses")
