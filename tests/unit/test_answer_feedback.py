"""Behaviour and quality tests for coachkit.analysis.answer_feedback."""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path
from types import ModuleType

import pytest

from coachkit.analysis.answer_feedback import (
    MAX_ANSWER_CHARS,
    AnswerFeedback,
    analyze_answer,
    is_hypothetical_answer,
    speaking_seconds,
    split_sentences,
    tag_star,
)

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"

STRONG = (
    "Last spring our branch's story time had dropped to six families. "
    "My manager asked me to rebuild attendance without extra budget. "
    "I surveyed the parents, moved the session to a later time, and added songs with actions. "
    "I also put flyers in the two nearest nurseries. "
    "By the end of the term we averaged twenty-two families a week. "
    "I learned to ask the regulars before changing anything."
)


def _eval_module() -> ModuleType:
    path = ROOT / "benchmarks" / "eval_answer_feedback.py"
    spec = importlib.util.spec_from_file_location("eval_answer_feedback", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _codes(fb: AnswerFeedback) -> set[str]:
    return {f.code for f in fb.findings}


# ------------------------------------------------------------------------ refusing input


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n", "...", "?!"])
def test_empty_answer_is_refused_with_a_message(text: str) -> None:
    with pytest.raises(ValueError, match="empty"):
        analyze_answer(text)


def test_pasted_document_beyond_the_limit_is_refused() -> None:
    with pytest.raises(ValueError, match="one answer at a time"):
        analyze_answer("word " * (MAX_ANSWER_CHARS // 5 + 10))


def test_twenty_thousand_characters_are_accepted_and_flagged_too_long() -> None:
    text = (STRONG + " ") * (20_000 // (len(STRONG) + 1) + 1)
    text = text[:20_000]
    started = time.perf_counter()
    fb = analyze_answer(text)
    elapsed = time.perf_counter() - started
    assert fb.too_long_to_say
    assert "too_long" in _codes(fb)
    assert fb.word_count > 3000
    assert elapsed < 1.0  # generous: it takes well under 0.1 s


def test_twenty_thousand_characters_without_punctuation_do_not_choke() -> None:
    text = ("and then I helped " * 2000)[:20_000]
    started = time.perf_counter()
    fb = analyze_answer(text)
    elapsed = time.perf_counter() - started
    assert fb.too_long_to_say
    # Read as a run-on and cut into clauses, each one pointing into the text.
    assert len(fb.sentences) > 100
    assert all(text[t.start : t.end] == t.text for t in fb.sentences)
    assert elapsed < 3.0  # generous: a few hundred milliseconds on a quiet machine


def _baseline_work() -> int:
    """A fixed piece of pure-Python work (about 0.8 ms on the 2-core CI machine)."""
    return sum(i * i for i in range(20000))


def test_a_normal_answer_is_fast() -> None:
    """Reading a seven-sentence answer costs no more than 25 times a fixed piece of work
    timed beside it in the same process (about 9 times when the machine is idle: 7 ms
    against 0.8 ms), so a busy machine slows both and the test measures the reader, not the
    load. The absolute bar this replaced (20 ms) failed under `make test`'s parallel
    workers at 24.5 ms while the reader took 7.3 ms alone."""
    analyze_answer(STRONG)  # warm up regex caches
    reading, baseline = [], []
    for _ in range(7):  # best of seven, each timed next to its baseline
        started = time.perf_counter()
        _baseline_work()
        baseline.append(time.perf_counter() - started)
        started = time.perf_counter()
        analyze_answer(STRONG, "Tell me about a programme you ran.")
        reading.append(time.perf_counter() - started)
    assert min(reading) < 25 * min(baseline)


# --------------------------------------------------------------------------- sentences


def test_sentence_offsets_point_into_the_original_text() -> None:
    text = "  First, I listened.\nThen I \u2019checked\u2019 the record!  Did it work? Yes. "
    fb = analyze_answer(text)
    assert [s.text for s in fb.sentences] == [
        "First, I listened.", "Then I \u2019checked\u2019 the record!", "Did it work?", "Yes."
    ]
    for s in fb.sentences:
        assert text[s.start : s.end] == s.text


def test_abbreviations_and_decimals_do_not_split_sentences() -> None:
    text = "I met Dr. Patel at 10.30 a.m. on Monday, e.g. before the rush. Scores went to 4.6."
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "I met Dr. Patel at 10.30 a.m. on Monday, e.g. before the rush.",
        "Scores went to 4.6.",
    ]


def test_etc_ends_a_sentence_only_before_a_capital() -> None:
    text = "I made posters, flyers, etc. Then I rang the school. We had tea, cake, etc. and left."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "I made posters, flyers, etc.",
        "Then I rang the school.",
        "We had tea, cake, etc. and left.",
    ]


def test_a_clear_story_is_tagged_in_star_order() -> None:
    fb = analyze_answer(STRONG)
    assert [s.star for s in fb.sentences] == ["S", "T", "A", "A", "R", "R"]
    assert "star_complete" in _codes(fb)
    assert all(0 < s.confidence <= 1 for s in fb.sentences)


def test_analysis_is_deterministic() -> None:
    assert analyze_answer(STRONG, "q about story time") == analyze_answer(
        STRONG, "q about story time"
    )


# ------------------------------------------------------------------------------ words


def test_fillers_are_counted_per_hundred_words() -> None:
    text = (
        "Um, so I was, like, on the desk, you know, and uh I basically helped him. "
        "I mean, it worked out and he thanked me for the help with his job search today."
    )
    fb = analyze_answer(text)
    assert fb.fillers == {"um": 2, "like": 1, "you know": 1, "I mean": 1, "basically": 1}
    assert fb.word_count == 33
    assert fb.fillers_per_100 == round(100 * 6 / 33, 1)
    assert "fillers_many" in _codes(fb)


def test_ordinary_uses_of_like_and_you_know_are_not_fillers() -> None:
    fb = analyze_answer("I'd like to help. Do you know the way to the archive? I like maps.")
    assert fb.fillers == {}
    assert fb.fillers_per_100 == 0.0


def test_hedges_are_counted() -> None:
    fb = analyze_answer("I think I kind of tried to fix it, maybe. I guess it sort of worked.")
    assert fb.hedges == {"I think": 1, "I guess": 1, "kind of": 1, "sort of": 1,
                         "maybe": 1, "tried to": 1}
    assert fb.hedges_per_100 > 30


def test_i_and_we_are_counted_and_too_much_we_is_flagged() -> None:
    text = ("We ran a reading challenge. We partnered with the school and we built badges. "
            "Our numbers doubled. I helped with the flyers.")
    fb = analyze_answer(text)
    assert (fb.i_count, fb.we_count) == (1, 4)
    assert "we_over_i" in _codes(fb)
    assert "we_over_i" not in _codes(analyze_answer(STRONG))


def test_number_in_the_result_counts_as_concrete() -> None:
    fb = analyze_answer(STRONG)
    assert fb.result_has_number_or_concrete_outcome
    assert "result_concrete" in _codes(fb)


def test_concrete_outcome_without_a_number_counts() -> None:
    text = ("A patron was upset about a fine at the desk. I checked the record and found the "
            "book on the returns cart. I cleared the fine and he thanked me.")
    assert analyze_answer(text).result_has_number_or_concrete_outcome


def test_vague_result_is_flagged() -> None:
    text = ("At my last job the team was very busy before the audit. I organised the files "
            "and checked every folder. In the end it went well and everyone was happy.")
    fb = analyze_answer(text)
    assert fb.sentences[-1].star == "R"
    assert not fb.result_has_number_or_concrete_outcome
    assert "result_vague" in _codes(fb)


def test_missing_result_is_flagged() -> None:
    text = ("During my time as an office coordinator we moved buildings. I booked the movers "
            "for a weekend and made a shared spreadsheet of every deadline.")
    assert "no_result" in _codes(analyze_answer(text))


def test_vague_phrases_are_listed() -> None:
    fb = analyze_answer("I'm a people person and a team player. I always go above and beyond, "
                        "and I help with various tasks and stuff like that.")
    assert fb.vague_phrases == ["people person", "team player", "I always",
                                "go above and beyond", "various tasks", "stuff like that"]
    assert "vague" in _codes(fb)


def test_negative_talk_about_an_employer_is_detected() -> None:
    bad = "My last manager was completely useless."
    text = f"{bad} I trained myself on the system. After that the desk ran smoothly."
    fb = analyze_answer(text)
    assert fb.negative_about_employer == [bad]
    assert "negative_employer" in _codes(fb)


def test_neutral_talk_about_an_employer_is_not_flagged() -> None:
    text = ("My manager asked me to rebuild story time. I moved it to 10:30. "
            "Attendance rose to twenty families, which my director praised.")
    fb = analyze_answer(text)
    assert fb.negative_about_employer == []
    assert "negative_employer" not in _codes(fb)


def test_hypothetical_answer_is_flagged() -> None:
    fb = analyze_answer("I would stay calm and listen. I would probably get a supervisor. "
                        "You have to show empathy.")
    # Coaches labelling the held-out set call both warranted: it is hypothetical, and it
    # tells no particular story, so no sentence gets a STAR role.
    assert {"hypothetical", "no_story"} <= _codes(fb)
    assert all(s.star is None for s in fb.sentences)


def test_answer_with_no_story_is_flagged() -> None:
    fb = analyze_answer("I'm very detail-oriented. I think libraries are important.")
    assert all(s.star is None for s in fb.sentences)
    assert "no_story" in _codes(fb)


# ------------------------------------------------------------------------------ length


@pytest.mark.parametrize(
    ("words", "expected"),
    [(1, (0, 0)), (160, (60, 74)), (320, (120, 148)), (480, (180, 222)), (481, (180, 222))],
)
def test_speaking_time_maths(words: int, expected: tuple[int, int]) -> None:
    assert speaking_seconds(words) == expected


def test_too_long_means_over_three_minutes_even_at_a_brisk_pace() -> None:
    assert not analyze_answer("word " * 480).too_long_to_say
    assert analyze_answer("word " * 490).too_long_to_say


def test_short_and_comfortable_lengths() -> None:
    assert "too_short" in _codes(analyze_answer("I fixed it."))
    assert "good_length" in _codes(analyze_answer("I helped a patron find a book. " * 20))


# ---------------------------------------------------------------------------- question


def test_answer_that_uses_the_question_terms() -> None:
    text = ("A customer at the desk was angry about a late fee. I listened, checked the "
            "record and waived it. He thanked me.")
    fb = analyze_answer(text, "Tell me about a time you dealt with a difficult patron.")
    assert fb.question_terms == ["difficult", "patron"]
    assert fb.missing_question_terms == []  # via "angry" and "customer"
    assert "answers_question" in _codes(fb)


def test_answer_that_misses_the_question() -> None:
    # Asked about a colleague, told a story about families at story time.
    fb = analyze_answer(STRONG, "Tell me about a time you disagreed with a colleague.")
    assert set(fb.missing_question_terms) >= {"disagreed", "colleague"}
    # fifty-eighth round: a hint to name who the story is about, not "off the question"
    # (this test was right 26 times in 56 on answers nobody had tuned on)
    assert "who_asked" in _codes(fb)
    assert not {"answers_question", "off_question"} & _codes(fb)
    hint = next(f.message for f in fb.findings if f.code == "who_asked")
    assert "\u201ccolleague\u201d" in hint and "disagreed" not in hint  # the person word only


def test_missing_words_alone_do_not_make_an_answer_off_the_question() -> None:
    # Word matching is too rough to call this off-topic (issue 16: the tip fired on 7 of
    # 10 answers that plainly answered); it is still listed in missing_question_terms.
    fb = analyze_answer(STRONG, "Describe your experience weeding a nonfiction collection.")
    assert set(fb.missing_question_terms) >= {"weeding", "nonfiction", "collection"}
    assert not {"off_question", "who_asked"} & _codes(fb)


def test_no_question_means_no_question_findings() -> None:
    codes = _codes(analyze_answer(STRONG))
    assert not codes & {"answers_question", "off_question"}


# ---------------------------------------------------------------------------- findings


def test_findings_are_complete_and_point_at_rubric_criteria() -> None:
    from coachkit.analysis.rubric import load_rubric

    criteria = {c.id for c in load_rubric().criteria}
    fb = analyze_answer("Um, we kind of did stuff like that. My boss was useless, honestly.",
                        "Tell me about teamwork")
    assert fb.findings
    for f in fb.findings:
        assert f.severity in {"tip", "warning", "good"}
        assert f.message and f.tip
        assert f.criterion in criteria
    order = {"warning": 0, "tip": 1, "good": 2}
    assert [order[f.severity] for f in fb.findings] == sorted(
        order[f.severity] for f in fb.findings
    )


def test_to_dict_is_json_ready() -> None:
    data = analyze_answer(STRONG, "story time").to_dict()
    restored = json.loads(json.dumps(data))
    assert restored["speaking_seconds"] == list(speaking_seconds(data["word_count"]))
    assert restored["sentences"][0]["star"] == "S"
    assert {"code", "severity", "message", "tip", "criterion"} <= set(restored["findings"][0])


# ------------------------------------------------------------------- labelled data, quality


def test_labelled_set_is_well_formed() -> None:
    data = json.loads((DATA / "labelled_answers.json").read_text(encoding="utf-8"))
    answers = data["answers"]
    assert len(answers) >= 40
    assert len({a["id"] for a in answers}) == len(answers)
    assert {a["split"] for a in answers} == {"tune", "test"}
    for answer in answers:
        assert answer["question"] and answer["sentences"]
        for sentence in answer["sentences"]:
            assert sentence["star"] in {"S", "T", "A", "R", None}
            assert sentence["text"] == sentence["text"].strip()


def test_labelled_sentences_are_split_as_labelled() -> None:
    ev = _eval_module()
    result = ev.evaluate("all")
    assert result["splits_matching"] == result["answers"]


def test_star_tagger_has_not_regressed_on_the_test_split() -> None:
    recorded = json.loads((DATA / "answer_feedback_recorded.json").read_text(encoding="utf-8"))
    rows = _eval_module().evaluate(recorded["split"])["rows"]
    drops = {
        key: (round(rows[key]["f1"], 3), figure)
        for key, figure in recorded["f1"].items()
        if rows[key]["f1"] < figure - recorded["tolerance"]
    }
    assert not drops, f"F1 dropped (now, recorded): {drops}"


# --- tips that fire only when warranted (issue 16) --------------------------------------


def test_a_failed_outcome_is_not_praised_as_a_concrete_result() -> None:
    fb = analyze_answer(
        "Last autumn our branch ran a Saturday coding club for teenagers. "
        "My manager asked me to get it going without any budget. "
        "I designed posters, put them up in the two secondary schools and posted on our page. "
        "On the day nobody came, so we cancelled the rest of the term.")
    codes = _codes(fb)
    assert "result_concrete" not in codes and "result_vague" not in codes
    assert "no_reflection" in codes  # a story that ends badly, told without a lesson


def test_a_concrete_result_without_numbers_is_not_called_vague() -> None:
    fb = analyze_answer(
        "At the pharmacy a customer's repeat prescription had gone missing before a weekend. "
        "I had to get her medicine to her before we closed. "
        "I rang the surgery, chased the prescription by fax and checked the stock myself. "
        "She left that afternoon with her tablets and sent a card to the whole team.")
    assert "result_concrete" in _codes(fb)
    assert "result_vague" not in _codes(fb)


def test_a_general_outcome_is_called_vague() -> None:
    fb = analyze_answer(
        "At the charity shop the back room was a mess after a huge donation. "
        "I needed to clear it before the weekend rush. "
        "I sorted the bags by type and set up a rota for steaming. "
        "It went really well and everyone was happy.")
    assert "result_vague" in _codes(fb)
    assert "result_concrete" not in _codes(fb)


def test_management_never_promoting_anything_is_negative_about_an_employer() -> None:
    fb = analyze_answer(
        "At my last library I started a podcast about local history. "
        "I recorded six episodes with residents and edited them at home. "
        "Management never promoted anything we did, so hardly anyone heard it.")
    assert "negative_employer" in _codes(fb)


def test_a_complaint_at_the_end_is_not_a_result() -> None:
    fb = analyze_answer(
        "One Monday the library's self-service machines all went down at opening time. "
        "I was the only supervisor in, so I had to keep loans going. "
        "I opened a second staffed desk and issued books by hand with paper slips. "
        "By lunchtime we had issued over a hundred items and nobody left empty-handed. "
        "Honestly, that place was a shambles and I'm glad to be out of it.")
    assert fb.sentences[-1].star is None
    assert "negative_employer" in _codes(fb)


def test_a_straightforward_success_needs_no_lesson_tip() -> None:
    assert "no_reflection" not in _codes(analyze_answer(STRONG.rsplit(" I learned", 1)[0]))


def test_long_setup_means_most_sentences_come_before_the_first_action() -> None:
    setup = ("I worked at a busy garden centre on the edge of town. "
             "It was spring, which is our peak season for bedding plants. "
             "Two of the team were off sick that week. "
             "The delivery lorry arrived three hours early. ")
    fb = analyze_answer(setup + "I unloaded it with the manager and priced the trays. "
                        "Everything was on the shelves by noon.")
    assert "long_setup" in _codes(fb)
    assert "long_setup" not in _codes(analyze_answer(STRONG))


def test_an_on_topic_answer_with_other_words_answers_the_question() -> None:
    fb = analyze_answer(STRONG, "Tell me about a time you improved attendance at an event.")
    assert "answers_question" in _codes(fb) and not {"off_question", "who_asked"} & _codes(fb)


def _assert_recorded_figures_hold(key: str, path: Path) -> None:
    """Sentence macro-F1, none recall and tip precision on `path` (its recorded split, or
    all of it) are no more than the tolerance below the figures recorded under `key`."""
    recorded = json.loads((DATA / "answer_feedback_recorded.json").read_text(encoding="utf-8"))
    figures, tolerance = recorded[key], recorded["tolerance"]
    split = figures.get("split", "all")
    module = _eval_module()
    module.REMEMBER = True  # the tags and the tips from one reading of each answer
    answers = module.load_answers(split, path)
    pairs = [(g, p) for a in answers
             for g, p in zip(module.gold(a)[2], module.predict(a)[0], strict=True)]
    now = module.score_with_none(pairs)
    assert now["macro_f1_5"] >= figures["macro_f1_5"] - tolerance
    assert now["none_recall"] >= figures["none_recall"] - tolerance
    rows = module.evaluate_findings(split, path)["rows"]
    for code, precision in figures["tip_precision"].items():
        if precision == 0.0 and rows[code]["p"] is None:
            continue  # every firing was wrong when recorded; it no longer fires at all
        assert rows[code]["p"] is not None and rows[code]["p"] >= precision - tolerance, code


def test_heldout_figures_have_not_regressed() -> None:
    _assert_recorded_figures_hold("heldout", _eval_module().HELDOUT)


# --- issue 16, ninth round: the errors the last scoring found ------------------------------


def test_speech_without_full_stops_is_cut_into_clauses() -> None:
    text = ("so a lady came in really upset because her parcel hadn't arrived and she needed "
            "it for a funeral I checked the tracking and it was stuck at the depot so I rang "
            "the depot and asked them to hold it and then I drove over on my lunch break and "
            "picked it up")
    parts = [text[a:b] for a, b in split_sentences(text)]
    assert parts == [
        "so a lady came in really upset because her parcel hadn't arrived and she needed "
        "it for a funeral",
        "I checked the tracking and it was stuck at the depot",
        "so I rang the depot and asked them to hold it",
        "and then I drove over on my lunch break and picked it up",
    ]
    tags = [t.star for t in analyze_answer(text).sentences]
    assert tags[0] == "S" and tags[1] == tags[2] == "A"


def test_punctuated_answers_are_not_cut_at_and_i() -> None:
    text = ("I rang the supplier, and I asked for a new delivery date. "
            "They agreed, so we moved the launch to Friday.")
    assert len(split_sentences(text)) == 2


def test_a_partial_success_is_not_praised_as_concrete() -> None:
    fb = analyze_answer(
        "Last year at the call centre I was given a target of forty retention saves a month. "
        "I needed to hit it by March to keep my bonus. "
        "I listened back to my calls and changed how I opened the conversation. "
        "I finished March on thirty-one saves, still short of the target.")
    assert "result_concrete" not in _codes(fb)


def test_a_question_about_failure_gets_no_praise_for_its_outcome() -> None:
    fb = analyze_answer(STRONG, "Tell me about a project that didn't go to plan.")
    assert "result_concrete" not in _codes(fb)
    assert "result_concrete" in _codes(analyze_answer(STRONG, "Tell me about a project."))


def test_a_problem_that_stopped_is_good_news_not_a_failure() -> None:
    fb = analyze_answer(
        "At the school the projector in room 4 kept cutting out during lessons. "
        "I needed it working before the exams. "
        "I traced it to a faulty wall plate and replaced it that afternoon. "
        "It hasn't failed since, and the teacher now logs her tickets with me directly.")
    assert "result_concrete" in _codes(fb)
    assert "no_reflection" not in _codes(fb)


def test_short_note_form_answer_keeps_its_action() -> None:
    fb = analyze_answer("Till froze during the Saturday rush. "
                        "Restarted it, then moved the queue to the other till. "
                        "Back up in five minutes.")
    assert fb.star_counts.get("A") == 1
    assert not {"no_story", "no_action"} & _codes(fb)


def test_we_heavy_short_answer_keeps_its_actions_and_is_told_to_say_i() -> None:
    fb = analyze_answer("Last summer our warehouse had a backlog of returns. "
                        "We split the returns by supplier. "
                        "We worked two late shifts and we cleared the lot by Friday.")
    assert "no_action" not in _codes(fb)
    assert "we_over_i" in _codes(fb)


def test_one_we_beside_an_i_is_not_we_over_i() -> None:
    fb = analyze_answer("In the pharmacy we started walk-in flu jabs one winter. "
                        "I took over the booking sheet so the pharmacist could focus. "
                        "We got through far more jabs than the year before.")
    assert "we_over_i" not in _codes(fb)


def test_a_result_sentence_is_not_called_missing() -> None:
    # The last sentence mixes the speaker's action with what the customer did next.
    fb = analyze_answer(
        "Last winter a man came to the counter furious because his account was blocked. "
        "I needed to calm things down without waiving a charge I could not waive. "
        "I checked the returns log and found the book on the reserves trolley. "
        "I cleared the charge on the spot, and he left with the three books he came for.")
    assert "no_result" not in _codes(fb)


def test_a_sentence_without_the_speaker_is_not_an_action() -> None:
    fb = analyze_answer("I worked at a busy garden centre. "
                        "The delivery lorry arrived three hours early. "
                        "I unloaded it and priced the trays. "
                        "Everything was on the shelves by noon.")
    assert fb.sentences[1].star != "A"


def test_head_office_couldnt_care_less_is_negative_about_an_employer() -> None:
    fb = analyze_answer(
        "When head office brought in the new rota system at my last store, nobody was trained. "
        "Head office couldn't care less about the shop floor, to be honest. "
        "I taught myself the system over a weekend and showed the team on Monday.")
    assert "negative_employer" in _codes(fb)
    assert fb.negative_about_employer == [
        "Head office couldn't care less about the shop floor, to be honest."]


def test_id_taken_is_had_taken_not_hypothetical() -> None:
    fb = analyze_answer(
        "On my placement I had a Year 9 set that was hard to settle after lunch. "
        "I had to get them working within five minutes or I'd lose the whole lesson. "
        "I started handing every student a printed starter task at the door. "
        "By half term they were working before I'd taken the register.")
    assert "hypothetical" not in _codes(fb)
    assert fb.star_counts.get("A")


def test_a_plain_success_to_a_conflict_question_needs_no_lesson() -> None:
    fb = analyze_answer(
        "A customer at the phone shop insisted our screen protector had let water in. "
        "I showed him the moisture indicator in the SIM tray, which had gone red. "
        "He accepted it and paid for a repair.",
        "Tell me about a time you disagreed with someone.")
    assert "no_reflection" not in _codes(fb)


def test_a_team_question_answered_about_volunteers_is_on_the_question() -> None:
    fb = analyze_answer(
        "Two of our volunteers at the charity shop fell out over sorting donations. "
        "I met each of them separately and gave each a clear area of the back room. "
        "Both are still volunteering with us a year later.",
        "Tell me about a time you dealt with conflict within a team.")
    assert "answers_question" in _codes(fb)


def test_eval_script_scores_any_answers_file(tmp_path: Path) -> None:
    ev = _eval_module()
    data = json.loads((DATA / "answers_heldout.json").read_text(encoding="utf-8"))
    data["answers"] = data["answers"][:3]
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = ev.evaluate_findings("all", path)
    assert result["answers"] == 3
    assert ev.main(["--file", str(path)]) == 0


# --- tenth round (issue 16): fewer wrong tips on the spent sealed set h17's kinds --------


def test_learning_a_procedure_is_an_action_not_a_lesson() -> None:
    fb = analyze_answer(
        "At the garden centre the new till system arrived the week before Easter. "
        "I had to keep the queue moving while we all got used to it. "
        "I learned all the refund screens on my break and showed the Saturday staff. "
        "We still got lots of complaints, and the area manager blamed the branch.")
    codes = _codes(fb)
    assert "no_reflection" in codes  # ends with blame, and no lesson was offered
    assert "result_concrete" not in codes  # complaints that went on are not a success


def test_saying_what_you_learned_still_counts_as_a_lesson() -> None:
    fb = analyze_answer(
        "At the garden centre the new till system arrived the week before Easter. "
        "I had to keep the queue moving while we all got used to it. "
        "I practised the refund screens on my break and showed the Saturday staff. "
        "We still got lots of complaints, and I learned to ask for training much earlier.")
    assert "no_reflection" not in _codes(fb)


def test_fewer_complaints_is_not_a_bad_ending() -> None:
    fb = analyze_answer(
        "At the leisure centre the swimming timetable kept confusing members. "
        "My supervisor asked me to sort it out before the summer holidays. "
        "I redrew it as one colour-coded page and put it by the turnstiles. "
        "We had two complaints about it in July instead of about thirty.")
    codes = _codes(fb)
    assert "no_reflection" not in codes
    assert "result_concrete" in codes


def test_a_felt_difference_is_a_vague_result() -> None:
    fb = analyze_answer(
        "On the council helpline in spring we were swamped with calls about bin collections. "
        "I wanted to cut down the repeat calls. "
        "I wrote a short script for the team and drafted a message for the phone line. "
        "It made a bit of a difference and things calmed down a bit on the floor.")
    codes = _codes(fb)
    assert "result_concrete" not in codes
    assert "result_vague" in codes


def test_the_speaker_never_giving_something_out_is_not_a_complaint() -> None:
    fb = analyze_answer(
        "If somebody phoned the surgery for a relative's results I would never give them out. "
        "I'd check the record for consent first and offer to pass a message on.")
    assert fb.negative_about_employer == []
    assert "negative_employer" not in _codes(fb)


def test_a_manager_who_did_nothing_about_it_is_a_complaint() -> None:
    fb = analyze_answer(
        "At the warehouse a colleague kept leaving pallets in the fire exit. "
        "I moved them each shift and reported it. "
        "Then I told the shift manager, who did absolutely nothing about it.")
    assert "negative_employer" in _codes(fb)


def test_one_habit_described_in_detail_is_not_vague() -> None:
    fb = analyze_answer(
        "My weakness is taking on too much when people ask for help. "
        "It sometimes means my own work slips. "
        "So I keep a shared calendar with my supervisor and check it before I say yes.",
        "What is your greatest weakness?")
    assert "vague" not in _codes(fb)


# --- eleventh round (issue 16): the spent sealed set h18's kinds ------------------------


def test_a_spoken_run_on_is_cut_where_someone_new_acts() -> None:
    fb = analyze_answer(
        "so the printer in the staff room jammed the morning of the open day and the head "
        "needed forty programmes by nine and I pulled the drum out and cleared the paper and "
        "ran them off on the office copier and she put them on the chairs by ten to nine")
    assert [t.star for t in fb.sentences].count("A") >= 1
    assert fb.sentences[-1].text.startswith("and she put them")
    assert "no_action" not in _codes(fb)


def test_jotted_notes_without_a_subject_are_cut_into_clauses() -> None:
    fb = analyze_answer(
        "Bank holiday Monday, leisure centre, parent furious at the desk about a lost "
        "locker key found it in the wrong tray, apologised, walked her to the car park "
        "she emailed the manager to thank me")
    stars = [t.star for t in fb.sentences]
    assert len(stars) >= 3 and "A" in stars


def test_a_customer_who_walked_away_is_not_a_concrete_success() -> None:
    fb = analyze_answer(
        "At the gym a member was sure we had overcharged him for two months. "
        "I printed his payment history and went through every line with him. "
        "He still didn't believe us, and in the end he took his membership to another gym.")
    codes = _codes(fb)
    assert "result_concrete" not in codes
    assert "no_reflection" in codes


def test_a_pitch_that_was_never_answered_is_a_failed_outcome() -> None:
    fb = analyze_answer(
        "At the food bank we wanted the bakery chain to donate its unsold bread. "
        "I wrote to their regional manager and took in a short leaflet with our figures. "
        "She said it sounded great, but they never got back to us after that.",
        "Tell me about a time you tried to persuade someone.")
    assert "result_concrete" not in _codes(fb)


def test_a_project_that_did_not_go_as_planned_gets_no_praise_for_its_outcome() -> None:
    fb = analyze_answer(
        "At the museum I ran a series of Saturday craft mornings for families. "
        "I designed the sessions and put posters up around town. "
        "Two families came to the first one, so we stopped after the second.",
        "Tell me about a project that didn't go as planned.")
    assert "result_concrete" not in _codes(fb)


def test_a_present_tense_team_story_still_has_actions() -> None:
    fb = analyze_answer(
        "So at the clinic where I work, patients keep complaining that check-in takes ages. "
        "We come up with the idea of sending a form link by text the day before. "
        "We test it for two weeks and we fix the problems with the supplier. "
        "Now check-in takes about two minutes and the complaints have stopped.")
    assert "no_story" not in _codes(fb)
    assert "A" in [t.star for t in fb.sentences]


# --- twelfth round (issue 16): the spent sealed set h19's kinds -------------------------


def test_a_story_told_in_the_present_tense_has_roles() -> None:
    fb = analyze_answer(
        "So one day at the surgery the phones go down just as the morning rush starts. "
        "I need to keep the queue at the desk moving and still book the urgent calls. "
        "I pin a sign on the door, I write names on a pad and I return the calls from my mobile. "
        "By eleven everyone who called has an appointment and the practice manager "
        "adds a paper back-up to the procedures.")
    stars = [t.star for t in fb.sentences]
    assert "A" in stars and "S" in stars
    assert "no_story" not in _codes(fb)


def test_opinions_in_the_present_tense_still_tell_no_story() -> None:
    fb = analyze_answer(
        "I think customer service is about listening. I like to treat people as I would "
        "want to be treated. I believe a calm voice helps most situations.")
    assert "no_story" in _codes(fb)


def test_a_real_event_before_i_would_keeps_its_scene() -> None:
    fb = analyze_answer(
        "During my placement two Year 8 boys started shoving each other in the corridor "
        "last spring. "
        "If it happened in my own class I would separate them straight away. "
        "Then I would talk to each of them on their own after the lesson.")
    codes = _codes(fb)
    assert "hypothetical" in codes
    assert "no_story" not in codes and "no_situation" not in codes
    assert "no_action" in codes and "no_result" in codes


def test_a_cancelled_disconnection_is_good_news() -> None:
    fb = analyze_answer(
        "A pensioner rang the call centre because her direct debit had bounced. "
        "I had to stop her being cut off on Friday. "
        "I found her bank had changed its sort code and updated the details with her. "
        "The disconnection was cancelled that afternoon and her next payment went through.")
    codes = _codes(fb)
    assert "no_reflection" not in codes
    assert "result_concrete" in codes


def test_selling_a_lot_more_is_a_vague_result() -> None:
    fb = analyze_answer(
        "At the garden centre the Christmas display by the door had not changed in weeks. "
        "My manager asked me to redo it. "
        "I built a little wreath-making table with ribbons, cones and price cards. "
        "People seemed to really like it and we sold a lot more.")
    assert "result_vague" in _codes(fb)
    assert "result_concrete" not in _codes(fb)


def test_a_customer_left_upset_is_not_a_concrete_success() -> None:
    fb = analyze_answer(
        "On my second week at the bank a man came in to close his late father's account. "
        "I took copies of the documents but did not check the probate limit. "
        "He had to come back a fortnight later and go through it all again, and he was "
        "really upset.",
        "Tell me about a time you made a mistake.")
    assert "result_concrete" not in _codes(fb)
    assert "no_reflection" in _codes(fb)


@pytest.mark.parametrize("key", ["sealed_h20", "sealed_h22", "sealed_h23", "sealed_h24",
                                 "sealed_h25", "sealed_h26", "sealed_h27",
                                 "sealed_h28", "sealed_h29", "sealed_h30", "sealed_h31",
                                 "sealed_h32", "sealed_h33", "sealed_h34",
                                 "sealed_h35", "sealed_h36", "sealed_h37", "sealed_h38",
                                 "sealed_h39", "sealed_h40", "sealed_h41", "sealed_h42",
                                 "sealed_h43", "sealed_h44", "sealed_h45", "sealed_h46",
                                 "sealed_h47", "sealed_h48", "sealed_h49", "sealed_h50",
                                 "sealed_h51", "sealed_h52", "sealed_h53", "sealed_h54",
                                 "sealed_h55", "sealed_h56", "sealed_h57", "sealed_h58",
                                 "sealed_h59", "sealed_h60", "sealed_h61", "sealed_h62",
                                 "sealed_h63", "sealed_h64", "sealed_h65",
                                 "sealed_h66", "sealed_h67", "sealed_h68",
                                 "sealed_h69", "sealed_h70",
                                 "sealed_h71", "sealed_h72",
                                 "sealed_h73", "sealed_h74", "sealed_h75",
                                 "sealed_h76", "sealed_h77", "sealed_h78",
                                 "sealed_h79", "sealed_h80",
                                 "sealed_h81", "sealed_h82",
                                 "sealed_h83", "sealed_h84", "sealed_h85",
                                 "sealed_h86", "sealed_h87",
                                 "sealed_h88", "sealed_h89",
                                 "sealed_h90", "sealed_h91", "sealed_h92",
                                 "sealed_h93", "sealed_h94", "sealed_h95",
                                 "sealed_h96", "sealed_h97", "sealed_h98",
                                 "sealed_h99", "sealed_h100", "sealed_h101",
                                 "sealed_h102", "sealed_h103", "sealed_h104",
                                 "sealed_h105", "sealed_h106", "sealed_h107",
                                 "sealed_h108", "sealed_h109", "sealed_h110",
                                 "sealed_h111", "sealed_h112", "sealed_h113",
                                 "sealed_h114", "sealed_h115", "sealed_h116",
                                 "sealed_h117", "sealed_h118", "sealed_h119",
                                 "sealed_h120", "sealed_h121", "sealed_h122",
                                 "sealed_h123", "sealed_h124", "sealed_h125",
                                 "sealed_h126", "sealed_h127", "sealed_h128",
                                 "sealed_h129", "sealed_h130", "sealed_h131",
                                 "sealed_h132", "sealed_h133", "sealed_h134",
                                 "sealed_h135", "sealed_h136", "sealed_h137",
                                 "sealed_h138", "sealed_h139", "sealed_h140",
                                 "sealed_h141", "sealed_h142", "sealed_h143",
                                 "sealed_h144", "sealed_h145", "sealed_h146",
                                 "sealed_h147", "sealed_h148", "sealed_h149",
                                 "sealed_h150", "sealed_h151", "sealed_h152",
                                 "sealed_h153", "sealed_h154", "sealed_h155",
                                 "sealed_h156", "sealed_h157", "sealed_h158",
                                 "sealed_h159", "sealed_h160", "sealed_h161",
                                 "sealed_h162", "sealed_h163", "sealed_h164",
                                 "sealed_h165", "sealed_h166", "sealed_h167",
                                 "sealed_h168", "sealed_h169", "sealed_h170",
                                 "sealed_h171", "sealed_h172", "sealed_h173",
                                 "sealed_h174", "sealed_h175"])
def test_sealed_set_figures_have_not_regressed(key: str) -> None:
    """h20 and h22-h62 were each scored once after a freeze (twelfth, fourteenth to
    fiftieth rounds); they guard later changes."""
    recorded = json.loads((DATA / "answer_feedback_recorded.json").read_text(encoding="utf-8"))
    _assert_recorded_figures_hold(key, DATA / recorded[key]["file"])


# --- thirteenth round (issue 16): the spent sealed set h20's kinds ----------------------


def test_a_wandering_answer_leaves_its_asides_without_a_role() -> None:
    fb = analyze_answer(
        "So, right, I've been in retail about fifteen years now, mostly shoes, which I loved. "
        "One Saturday at the outlet store the card machines went down at lunchtime. "
        "I had to keep the queue moving without losing any sales. "
        "I set up a cash-only till and sent a colleague to the bank for change. "
        "Spain's lovely in May, mind you, though don't get me started on the prices. "
        "We took over two thousand pounds in cash that afternoon and nobody walked out.")
    stars = [t.star for t in fb.sentences]
    assert stars[4] is None  # the holiday aside
    assert "A" in stars and "R" in stars


def test_a_proposal_that_was_refused_is_not_a_concrete_success() -> None:
    fb = analyze_answer(
        "At the library the returns trolley sat right in the fire exit every afternoon. "
        "I wanted to find it a safer place. "
        "I drew up a new layout and put it to the branch manager with photos. "
        "She said the area manager wouldn't allow it, and that was the end of it.")
    codes = _codes(fb)
    assert "result_concrete" not in codes
    assert "no_reflection" in codes


def test_a_new_starter_who_got_on_well_is_a_vague_result() -> None:
    fb = analyze_answer(
        "Last spring we took on a school leaver at the pharmacy counter. "
        "I showed him the till and the controlled-drugs register over his first fortnight. "
        "I also wrote him a list of the questions customers ask most. "
        "He got on well in the end and he's come on a lot.")
    codes = _codes(fb)
    assert "result_vague" in codes and "result_concrete" not in codes


def test_a_one_line_note_of_what_you_did_is_not_missing_an_action() -> None:
    fb = analyze_answer(
        "Covered Sam's late shifts on the leisure centre desk for two weeks while his "
        "mum was in hospital.", "Tell me about a time you helped a colleague.")
    assert "no_action" not in _codes(fb)


# --- fourteenth round (issue 16): the spent sealed set h21's kinds ----------------------


def test_closing_verdicts_and_sarcastic_asides_have_no_role() -> None:
    fb = analyze_answer(
        "At the depot the sorting belt jammed an hour before the last van left. "
        "I had to get every parcel out on time. "
        "I split the team into two lines and we sorted the rest by hand. "
        "Every parcel made the van with five minutes to spare. "
        "Not that the area manager ever noticed. "
        "It was a real team effort.")
    stars = [t.star for t in fb.sentences]
    assert stars[-1] is None and stars[-2] is None
    assert stars[3] == "R"


def test_talking_about_the_answer_itself_has_no_role() -> None:
    fb = analyze_answer(
        "Um, sorry, I was just trying to think which one to pick. "
        "At the museum shop a coach party arrived while the till system was down. "
        "I wrote every sale on a pad and added them up later. "
        "We didn't lose a single sale that afternoon.")
    assert fb.sentences[0].star is None


def test_a_caller_who_came_back_to_apologise_is_good_news() -> None:
    fb = analyze_answer(
        "A man rang the surgery shouting because his dad's prescription had gone missing. "
        "I had to get it sorted the same day. "
        "I found it in a locum's queue and took it to the duty doctor to sign. "
        "His dad had the tablets that afternoon, and he came in later to apologise and "
        "say thank you.", "Tell me about a time you dealt with an angry caller.")
    codes = _codes(fb)
    assert "no_reflection" not in codes
    assert "result_concrete" in codes


def test_one_general_remark_beside_i_would_steps_is_not_vague() -> None:
    fb = analyze_answer(
        "Privacy is very important in reception work. "
        "If a visitor asked about a patient, I would check who they are first. "
        "I would never give details out over the phone, and I would offer to pass on a "
        "message instead.", "Tell me about a time you protected someone's privacy.")
    assert "vague" not in _codes(fb)


# ------------------------------------------------------------------ fifteenth round

def test_a_small_turnout_in_any_number_is_a_failed_outcome() -> None:
    fb = analyze_answer(
        "At the community centre I volunteer at, I planned a board-game afternoon to raise "
        "money for new chairs. "
        "I had to get at least forty people through the door. "
        "I printed flyers, booked the hall and asked the local paper to mention it. "
        "In the end only seven people came, so we shut the doors an hour early.",
        "Tell me about an event you organised.")
    codes = _codes(fb)
    assert "result_concrete" not in codes
    assert "no_reflection" in codes


def test_falling_sales_and_a_warning_are_not_praised() -> None:
    for ending in ("We still couldn't keep up with the orders and sales fell that month.",
                   "The parcel went to the wrong address and I was given a written warning."):
        fb = analyze_answer(
            "I was a picker at a warehouse in Daventry when the scanners were replaced. "
            "I had to keep my pick rate up on the new handsets. "
            "I stayed late twice to practise the new screens with the shift lead. " + ending)
        assert "result_concrete" not in _codes(fb), ending


def test_a_change_told_only_by_how_big_it_felt_is_vague() -> None:
    fb = analyze_answer(
        "At the dental practice the phones rang out every Monday morning. "
        "I had to get patients answered before the lunchtime rush. "
        "I set up a call-back list and moved the recall letters to Wednesdays. "
        "After that the missed calls went down quite a lot and the desk felt way calmer.")
    codes = _codes(fb)
    assert "result_concrete" not in codes
    assert "result_vague" in codes


def test_the_same_change_with_a_number_stays_concrete() -> None:
    fb = analyze_answer(
        "At the dental practice the phones rang out every Monday morning. "
        "I had to get patients answered before the lunchtime rush. "
        "I set up a call-back list and moved the recall letters to Wednesdays. "
        "After that the missed calls went down a lot, from about thirty to six a morning.")
    assert "result_concrete" in _codes(fb)


def test_a_cancelled_charge_named_with_two_words_is_good_news() -> None:
    fb = analyze_answer(
        "A student came to the library desk with a hold on her account over a lost laptop. "
        "I needed to clear it before her exam registration closed. "
        "I found the laptop logged as returned at the other campus and emailed the proof. "
        "The library fine notice was cancelled the same day and she registered in time.")
    assert "no_reflection" not in _codes(fb)
    assert "result_concrete" in _codes(fb)


def test_a_shift_with_only_a_couple_of_complaints_is_not_a_bad_ending() -> None:
    fb = analyze_answer(
        "The café at the garden centre lost two staff to flu on the busiest Saturday. "
        "We had to keep lunches going out. "
        "I cut the menu to soups and sandwiches and took the orders at the counter myself. "
        "We served everyone by three o'clock with only one complaint.")
    assert "no_reflection" not in _codes(fb)


def test_settling_a_conflict_between_others_needs_no_lesson() -> None:
    fb = analyze_answer(
        "At the after-school club two boys started pushing each other over a football. "
        "I stepped in, moved them apart and sent the rest of the group back to the game. "
        "I sat with each of them separately and then wrote it up in the incident book.",
        "Tell me about a time you handled a conflict between children.")
    assert "no_reflection" not in _codes(fb)


def test_a_conflict_of_your_own_without_a_lesson_still_asks_for_one() -> None:
    fb = analyze_answer(
        "At the gym a colleague kept leaving the towels for me to fold at close. "
        "I told her in front of the members that I was not her cleaner. "
        "She complained about me to the manager and we were put on different shifts.",
        "Tell me about a conflict you had with a colleague.")
    assert "no_reflection" in _codes(fb)


def test_a_story_that_ends_in_thanks_asks_for_no_lesson() -> None:
    fb = analyze_answer(
        "A councillor at the town hall was sure his tablet had a virus because apps kept "
        "opening by themselves. "
        "I checked it over and found a stylus in his case pressing on the screen. "
        "I took it out, showed him, and he sent a thank-you note to my team leader.",
        "Tell me about a time you disagreed with your manager.")
    assert "no_reflection" not in _codes(fb)


def test_a_family_at_the_hotel_desk_are_the_customers_asked_about() -> None:
    fb = analyze_answer(
        "On the hotel desk one night we had overbooked and a family with two small kids "
        "arrived at midnight with nowhere to sleep. "
        "I rang round the other hotels until one had a family room and booked them a taxi.",
        "Tell me about a time you couldn't give a customer what they wanted.")
    assert not {"off_question", "who_asked"} & _codes(fb)


# ------------------------------------------------------------------ sixteenth round

def test_keeping_a_name_private_is_not_a_hypothetical_answer() -> None:
    fb = analyze_answer(
        "At the nursery there was a little girl, I'll call her M, who cried at every "
        "drop-off for her first month. "
        "I found out from her dad that she loved drawing, so I set up a crayon table by the "
        "door, and we'd draw a picture for her dad together every morning. "
        "I also made her a photo book of the room. "
        "By half term she was waving him off at the gate.")
    codes = _codes(fb)
    assert "hypothetical" not in codes
    assert "no_action" not in codes
    assert [t.star for t in fb.sentences].count("A") >= 2


def test_a_target_missed_without_a_lesson_asks_for_one() -> None:
    fb = analyze_answer(
        "At the bakery chain we each had to sign up ten loyalty members a week. "
        "I asked every customer at the till and put a card in every bag. "
        "I got four in the first week, so I missed it.",
        "Tell me about a goal you didn't reach.")
    assert "no_reflection" in _codes(fb)
    assert "result_concrete" not in _codes(fb)


def test_a_client_who_never_turned_up_is_a_bad_ending() -> None:
    fb = analyze_answer(
        "A tenant came to the housing office about rent arrears she could not pay. "
        "I had to get her proper advice before the court date. "
        "I booked her in with the money advice team for the Monday. "
        "She didn't turn up, and the case went to court without her.")
    assert "result_concrete" not in _codes(fb)
    assert "no_reflection" in _codes(fb)


def test_caring_only_about_the_figures_is_a_complaint_about_the_employer() -> None:
    fb = analyze_answer(
        "At the call centre the managers only cared about the figures, never the callers. "
        "One caller was in tears about a bill, so I stayed on the line and set up a payment "
        "plan with her. "
        "She rang back the next week to thank me.")
    assert "negative_employer" in _codes(fb)


def test_a_short_outcome_pinned_to_a_time_is_concrete() -> None:
    fb = analyze_answer(
        "A resident rang the council furious that her street light had been out for a month. "
        "I raised it as urgent with the lighting contractor while she was on the line. "
        "It was fixed the next evening.")
    assert "result_concrete" in _codes(fb)


# --------------------------------------------------------------- seventeenth round

def test_being_called_in_over_it_is_not_a_concrete_success() -> None:
    fb = analyze_answer(
        "I was on the delivery van and a customer told me the tail lift was sticking. "
        "It was my job to report faults before the van went back out. "
        "I wrote 'lift a bit stiff' on the sheet and left it there. "
        "The lift jammed halfway on the next driver's first drop and I was called in to "
        "the office about it.")
    assert "result_concrete" not in _codes(fb)


def test_a_lesson_told_as_a_new_habit_needs_no_reflection_tip() -> None:
    fb = analyze_answer(
        "At the print shop I sent a wedding order to the printer with last year's date on "
        "the invitations. "
        "I had to get a hundred and twenty reprinted before the Saturday. "
        "I rang the couple, stayed late and reprinted the lot at our cost. "
        "Now I read every date back to the customer before anything goes to print.",
        "Tell me about a time you made a mistake.")
    assert "no_reflection" not in _codes(fb)


def test_customer_satisfaction_is_a_topic_not_a_person_to_mention() -> None:
    fb = analyze_answer(
        "At the leisure centre the reviews of our swimming lessons kept mentioning the wait "
        "at reception. "
        "Our team moved lesson bookings online and put a second member of staff on the "
        "desk at half four. "
        "Our review score went from 3.4 to 4.3 over the term.",
        "Tell me about a time you helped improve customer satisfaction.")
    assert not {"off_question", "who_asked"} & _codes(fb)


# ---------------------------------------------------------------- eighteenth round

def test_a_habit_told_in_the_past_with_id_is_not_a_hypothetical_answer() -> None:
    fb = analyze_answer(
        "In the Year 2 class there was a girl who hid under the table every spelling test. "
        "So I started sitting beside her, and I'd whisper the words to her quietly. "
        "Some mornings I'd walk her over to the book corner to do the test there, and I "
        "told her teacher what worked. "
        "By the summer she was taking the tests at her own desk.")
    codes = _codes(fb)
    assert "hypothetical" not in codes
    assert "no_action" not in codes


def test_real_i_would_answers_stay_hypothetical() -> None:
    fb = analyze_answer(
        "I would stay calm and listen to the customer first. "
        "Then I'd apologise and find out what went wrong. "
        "I would offer a refund or an exchange, whichever they preferred.")
    assert "hypothetical" in _codes(fb)


def test_a_proposal_that_never_went_ahead_is_not_praised() -> None:
    for ending in ("My manager said no and the idea never went ahead.",
                   "It was used for a fortnight and then it was quietly dropped.",
                   "The takings at the counter didn't move at all that quarter."):
        fb = analyze_answer(
            "At the garden centre café the queue at lunchtime went out of the door. "
            "I wanted to cut the wait before the summer. "
            "I wrote up a plan for a second till and a pre-order board and took it to the "
            "Monday meeting. " + ending)
        assert "result_concrete" not in _codes(fb), ending


def test_did_well_and_more_settled_are_vague_results() -> None:
    for ending in ("He was joining in more with the group by the end of term.",
                   "I did really well that month and the whole team noticed it.",
                   "The quiz night went down really well with the regulars."):
        fb = analyze_answer(
            "At the community pub I was asked to bring quieter customers into the Tuesday "
            "quiz. I had to get new teams signing up. "
            "I put a poster in the window and asked the lunchtime regulars in person. "
            + ending)
        assert "result_concrete" not in _codes(fb), ending


# ---------------------------------------------------------------- nineteenth round

def test_a_pleased_supervisor_or_it_all_working_out_is_a_vague_result() -> None:
    for ending in ("It was a hectic morning but I think I handled it well and my manager was "
                   "happy.",
                   "It all worked out grand in the end and the customers went home happy.",
                   "She came round to it a bit, and the figures were pretty good after."):
        fb = analyze_answer(
            "At the bakery the oven broke down on the Saturday before Mother's Day. "
            "I had to keep the pre-orders going out on time. "
            "I rang the other branch and arranged to collect their spare trays at seven. "
            + ending)
        codes = _codes(fb)
        assert "result_concrete" not in codes, ending
        assert "result_vague" in codes, ending


def test_a_warning_written_on_your_file_is_not_praised() -> None:
    fb = analyze_answer(
        "At the hotel a guest said the towels in her room were not fresh. "
        "I went back up and replaced every towel and showed my supervisor. "
        "She still wrote it up on my file.")
    assert "result_concrete" not in _codes(fb)


def test_writing_the_new_plan_up_on_the_board_is_not_a_bad_ending() -> None:
    fb = analyze_answer(
        "At the sports club two coaches kept double-booking the indoor nets. "
        "I needed both teams to get their sessions. "
        "I met each coach and then wrote it up on the noticeboard as a fixed rota. "
        "Both teams have trained every week since, with no clashes in three months.")
    assert "result_concrete" in _codes(fb)


def test_a_change_from_one_figure_to_another_is_concrete_even_beside_nice_comments() -> None:
    fb = analyze_answer(
        "At the dental practice the phone queue on Monday mornings was too long. "
        "I had to get callers through faster. "
        "I set up a callback list and moved the routine bookings to the afternoon. "
        "The wait went from about twenty minutes to five, and we had lots of lovely "
        "comments from patients.")
    assert "result_concrete" in _codes(fb)


def test_an_aside_after_the_story_is_not_its_outcome() -> None:
    fb = analyze_answer(
        "At the museum shop a school party arrived an hour early. "
        "I had to keep the shop calm. "
        "I split the children into two groups and took one group round the gallery first. "
        "It sort of worked out. "
        "Anyway, the new shop tills arrived the next week.")
    codes = _codes(fb)
    assert "result_concrete" not in codes
    assert "result_vague" in codes


def test_a_two_sentence_story_with_the_action_in_the_first_has_an_action() -> None:
    fb = analyze_answer(
        "Had a man at the box office wanting a refund after the show had started, "
        "so I offered him a seat at the Friday performance instead. "
        "He took it and came back on Friday.")
    assert "no_action" not in _codes(fb)


def test_colleagues_who_fell_out_are_the_colleagues_asked_about() -> None:
    fb = analyze_answer(
        "At the job centre two advisers on my team had fallen out over who took the "
        "walk-in appointments. I was asked to sort the rota. "
        "I talked to each of them and put a fixed rota on the board. "
        "The rows stopped that week.",
        "Tell me about a time you dealt with a conflict between colleagues.")
    codes = _codes(fb)
    assert not {"off_question", "who_asked"} & codes
    assert "answers_question" in codes


# ---------------------------------------------------------------- twentieth round

def test_it_worked_better_after_that_is_a_vague_result() -> None:
    fb = analyze_answer(
        "At the leisure centre two of us on reception kept arguing over who opened up on "
        "Sundays. I had to sort it before the manager got involved. "
        "I sat down with her after a shift and we split the Sundays between us on the rota. "
        "It worked better after that and we did not argue about it again.",
        "Tell me about a time you had a conflict with a colleague.")
    codes = _codes(fb)
    assert "result_vague" in codes
    assert "result_concrete" not in codes
    assert "no_reflection" in codes


def test_a_customer_storming_off_or_a_request_refused_is_not_praised() -> None:
    for ending in ("He went mad, stormed out and my manager had to deal with it.",
                   "Head office said no to the change, so the problem is still there."):
        fb = analyze_answer(
            "At the post office counter a man wanted to send a parcel without the right "
            "forms. I explained we could not take it without a customs declaration. "
            "I printed the form for him and offered to help him fill it in. " + ending)
        assert "result_concrete" not in _codes(fb), ending


def test_some_customers_saying_no_inside_a_good_story_is_not_a_bad_ending() -> None:
    fb = analyze_answer(
        "Last Easter at the florist our van broke down on the busiest morning. "
        "I had to get every order delivered that day. "
        "I rang the customers with morning deliveries, and only two said no to an "
        "afternoon slot, so I took theirs by taxi. "
        "All thirty orders were delivered by five o'clock and nobody asked for a refund.")
    assert "result_concrete" in _codes(fb)


def test_indirect_complaints_about_management_are_negative_about_the_employer() -> None:
    for line in ("Management don't listen to anyone on the shop floor, they're more "
                 "interested in their league table.",
                 "Of course nobody from management said a word about it, as usual."):
        fb = analyze_answer(
            "At the warehouse I noticed the fire exit was blocked by pallets every night. "
            "I moved them and reported it to my supervisor in writing. " + line)
        assert "negative_employer" in _codes(fb), line


def test_a_messy_shelf_the_public_queued_for_is_not_a_complaint_about_the_employer() -> None:
    fb = analyze_answer(
        "At the branch library the holds shelf was a mess, people would come in and they "
        "had to wait while we searched. I re-sorted it by surname one closed day. "
        "After that holds were found in seconds.")
    assert "negative_employer" not in _codes(fb)


# ---------------------------------------------------------------- twenty-first round

def test_an_outcome_pinned_to_a_day_is_concrete_even_when_someone_was_fine() -> None:
    fb = analyze_answer(
        "At the vet surgery a man brought in a stray cat with a hurt paw at closing time. "
        "I had to get it seen before the vet left. "
        "I rang the vet back from the car park and booked the cat in for the morning. "
        "The rescue centre collected it the next day and it was fine after that.")
    codes = _codes(fb)
    assert "result_concrete" in codes
    assert "result_vague" not in codes


def test_a_lesson_after_the_outcome_does_not_make_it_vague() -> None:
    fb = analyze_answer(
        "At the driving test centre I booked a learner into the wrong test slot. "
        "I had to put it right before her test. "
        "I rang the examiner team and swapped her onto a cancellation. "
        "She still got her test the same week, and since then I always check the slot type "
        "before I book anything.",
        "Tell me about a mistake you made.")
    codes = _codes(fb)
    assert "result_vague" not in codes


def test_praise_and_feelings_are_vague_results() -> None:
    for ending in ("Honestly it was amazing, the kids absolutely loved it.",
                   "It kept things ticking over until the new manager started, and they "
                   "said I'd done a good job."):
        fb = analyze_answer(
            "At the after-school club the usual leader was off sick for a month. "
            "I had to keep the sessions running. "
            "I planned a craft table and a games corner and ran the register myself. "
            + ending)
        codes = _codes(fb)
        assert "result_concrete" not in codes, ending
        assert "result_vague" in codes, ending


def test_nothing_changing_after_a_complaint_is_a_bad_ending() -> None:
    fb = analyze_answer(
        "At the coffee shop the rota was changed every week with no notice. "
        "I raised it with the area manager on behalf of the team and showed her the "
        "swaps we had to make. "
        "Nothing really changed, she said it was out of her hands, and two of our best "
        "baristas left within the month.")
    assert "result_concrete" not in _codes(fb)


def test_a_manager_is_one_of_the_colleagues_asked_about() -> None:
    fb = analyze_answer(
        "In my last library job my line manager kept putting me on to open up alone. "
        "One Saturday I had the counter and a rhyme time to run at the same time. "
        "I asked a parent to start the songs while I set up the returns. "
        "Rhyme time started on time and nobody complained.",
        "Tell me about a time you worked with a difficult colleague.")
    codes = _codes(fb)
    assert not {"off_question", "who_asked"} & codes
    assert "answers_question" in codes


# --- twenty-second round (issue 16): the spent sealed sets h29 and h30 ------------------


def test_an_answer_that_changes_the_subject_is_off_the_question() -> None:
    fb = analyze_answer(
        "Um, I guess I'd rather tell you about something I'm proud of, actually. "
        "Last year at the hardware store we had the annual inventory count. "
        "I was put in charge of counting the plumbing aisle. "
        "I made new count sheets by bay and walked the aisle with a colleague. "
        "We finished a day early and the count matched the system.",
        "What would you say is your biggest weakness?")
    assert "off_question" in _codes(fb)
    fb = analyze_answer(
        "I don't really disagree with managers, I'm quite easy to work with. "
        "But a difficult one was when a customer wanted to pay in a cheque that had been "
        "written over. I explained calmly why we couldn't take it and wrote down what he "
        "needed. He came back two days later with a new cheque.",
        "Tell me about a time you disagreed with your manager.")
    assert "off_question" in _codes(fb)


def test_a_story_on_the_question_or_about_pride_is_not_off_the_question() -> None:
    fb = analyze_answer(
        "The thing I'm proudest of is the summer reading challenge at the branch. "
        "I had to get more children to finish it than the year before. "
        "I visited the two local primary schools and gave out stickers at every visit. "
        "Finishers went from ninety to a hundred and forty.",
        "Tell me about an achievement you are proud of.")
    assert not {"off_question", "who_asked"} & _codes(fb)
    fb = analyze_answer(
        "At the library a regular shouted at anyone who sat at the newspaper table. "
        "As the senior assistant it was down to me to sort it out. "
        "I had a quiet word with him and moved a second lamp to the window table for him. "
        "He took the window table and the complaints stopped.",
        "Tell me about a time you dealt with a difficult customer.")
    assert not {"off_question", "who_asked"} & _codes(fb)


def test_a_change_made_since_is_a_lesson() -> None:
    fb = analyze_answer(
        "Last year I organised the swimming club gala. "
        "I needed enough officials and money for new lane ropes. "
        "I recruited timekeepers at the poolside and ran the raffle myself. "
        "But I hadn't checked the pool booking, so we lost the last hour and had to cancel "
        "the relays. So now I get the booking confirmed in writing before I plan anything.",
        "Tell me about a time you organised an event.")
    assert "no_reflection" not in _codes(fb)


# --- twenty-third round (issue 16): the spent sealed set h31 ----------------------------


def test_the_new_girl_is_a_colleague_and_a_strength_is_not_a_weakness() -> None:
    fb = analyze_answer(
        "At check-in one evening the new girl, Kasia, had a queue of eighty people on her own. "
        "I had finished my own flight early, so I decided to help her. "
        "I opened the next desk and took everyone with only hand luggage. "
        "The flight closed on time with everyone checked in.",
        "Tell me about a time you helped a colleague.")
    assert not {"off_question", "who_asked"} & _codes(fb)
    fb = analyze_answer(
        "Hmm, I'd say my biggest strength is probably that I don't give up on things. "
        "At the exams office the results envelopes had been sent to the wrong campus. "
        "I rang the other campus, found the box and fetched it myself on the bus. "
        "Every student had their results at eight the next morning.",
        "What would you say is your biggest weakness?")
    assert "off_question" in _codes(fb)


def test_through_the_roof_is_a_vague_result() -> None:
    fb = analyze_answer(
        "At the garage the parts were kept in three different rooms. "
        "I was asked to sort it out over the quiet week. "
        "I put every part on one rack with labels by model. "
        "Efficiency went through the roof after that, the whole workshop was flying.",
        "Give me an example of when you made something more efficient.")
    codes = _codes(fb)
    assert "result_vague" in codes and "result_concrete" not in codes


# --- twenty-fourth round (issue 16): the spent sealed set h32 ---------------------------


def test_a_new_carer_is_a_colleague_and_a_hypothetical_answer_is_not_off_the_question() -> None:
    fb = analyze_answer(
        "When I was a senior at the care home, a new carer, Dan, was struggling on nights. "
        "I wanted him to stay because we were short. "
        "I put him on my shifts for a fortnight and showed him how I do the night checks. "
        "He stayed on and now does nights on his own.",
        "Tell me about a time you supported a colleague.")
    assert not {"off_question", "who_asked"} & _codes(fb)
    fb = analyze_answer(
        "I haven't worked in a school library yet, but I've thought about it a lot. "
        "Teenage boys often don't see reading as something for them. "
        "What I'd do is start with what they're into, football biographies and graphic "
        "novels, and put those at the front. I'd maybe run a lunchtime club with prizes.",
        "Give an example of how you've encouraged reluctant readers.")
    codes = _codes(fb)
    assert "hypothetical" in codes and not {"off_question", "who_asked"} & codes


def test_someone_who_stopped_coming_is_not_a_concrete_result() -> None:
    fb = analyze_answer(
        "At the job club I was helping a young lad get ready for interviews. "
        "I had to get him to a mock interview before the warehouse jobs closed. "
        "I booked the mock interview and went through three application forms with him. "
        "He didn't go to the mock interview, he didn't apply for any of them, and then he "
        "stopped coming.",
        "Tell me about a time you helped someone get ready for something.")
    assert "result_concrete" not in _codes(fb)


# --- twenty-fifth round (issue 16): the spent sealed set h33's wrong tips -------------------


def test_settling_a_team_falling_out_that_ended_well_asks_for_no_lesson() -> None:
    fb = analyze_answer(
        "At the community allotments the Saturday and Sunday volunteers fell out over who "
        "left the shed unlocked. "
        "I got both groups together over a cup of tea and we drew up a key rota. "
        "Things got a lot better after that.",
        "Tell me about a time you dealt with conflict within a team.")
    assert "no_reflection" not in _codes(fb)
    # ... but a conflict the speaker was part of, ending only "better", still asks for one
    fb = analyze_answer(
        "At the sorting office another clerk and I kept clashing over who took the early "
        "collections. "
        "I asked him for a chat after the shift and we split the week between us. "
        "It was better after that.",
        "Tell me about a time you had a conflict with a colleague.")
    assert "no_reflection" in _codes(fb)


def test_a_wrap_up_about_being_good_with_complaints_is_not_a_bad_ending() -> None:
    fb = analyze_answer(
        "One Saturday at the cafe a customer's birthday cake order had been lost. "
        "It was down to me to put it right before her party that afternoon. "
        "I rang our other branch, who had a cake they could decorate, and drove over for it. "
        "She picked it up at three and left us a five-star review that evening. "
        "So yes, I'm good with complaints.",
        "Tell me about a time you handled a complaint.")
    assert "no_reflection" not in _codes(fb)


def test_the_outcome_of_a_decision_that_turned_out_wrong_is_not_praised() -> None:
    fb = analyze_answer(
        "I was planning the delivery rounds at a bakery depot and had to get the vans out "
        "before six. "
        "I sent all three vans over the bridge because it was the route I knew. "
        "The bridge was shut for an hour and four shops opened with empty shelves.",
        "Give me an example of a decision you made that turned out to be wrong.")
    assert "result_concrete" not in _codes(fb)


def test_a_checkable_outcome_followed_by_it_was_fine_is_still_concrete() -> None:
    fb = analyze_answer(
        "On my first Christmas at the sorting office the franking machine broke on the "
        "busiest morning. "
        "We had to get the business post out on time. "
        "I stamped the parcels by hand and kept a tally of each one for the accounts. "
        "All four hundred parcels went out on the evening van, and it was fine in the end.",
        "Give me an example of working under pressure.")
    codes = _codes(fb)
    assert "result_concrete" in codes and "result_vague" not in codes


# --- twenty-sixth round (issue 16): the spent sealed set h34's wrong tips -------------------


@pytest.mark.parametrize("question", ["Why do you want to work in this library?",
                                      "How would you handle a queue that is getting angry?"])
def test_wishes_and_plans_asked_for_are_not_called_hypothetical(question) -> None:
    fb = analyze_answer(
        "I'd like to work somewhere I can help people find what they need. "
        "I'd enjoy being the first face people see when they come in. "
        "I would also like to learn how the catalogue works behind the scenes.", question)
    assert "hypothetical" not in _codes(fb)
    fb = analyze_answer(
        "I'd like to work somewhere I can help people find what they need. "
        "I'd enjoy being the first face people see when they come in. "
        "I would also like to learn how the catalogue works behind the scenes.",
        "Tell me about a time you helped a customer.")
    assert "hypothetical" in _codes(fb)  # a story was asked for


def test_plainly_bad_outcomes_are_not_praised_and_ask_for_a_lesson() -> None:
    fb = analyze_answer(
        "At the garden centre my supervisor brought in a rule that every delivery had to "
        "be unpacked before lunch. "
        "I wanted him to let the Saturday staff finish after lunch on busy days. "
        "I showed him the rota and the delivery times for the last month. "
        "He kept the rule and marked me down on my monthly review.",
        "Tell me about a time you disagreed with your manager.")
    codes = _codes(fb)
    assert "result_concrete" not in codes and "no_reflection" in codes


def test_a_story_of_letting_someone_down_is_not_praised_for_its_outcome() -> None:
    fb = analyze_answer(
        "I was on the surgery reception and promised to ring a patient's son about her "
        "Thursday scan. "
        "My shifts were swapped on the Wednesday and I forgot to make the call. "
        "She missed the appointment and waited another six weeks for a new one.",
        "Tell me about a time you let someone down.")
    assert "result_concrete" not in _codes(fb)


def test_refilled_cancelled_slots_are_a_success_not_a_bad_ending() -> None:
    fb = analyze_answer(
        "At the physio clinic we were losing about twelve appointments a week to people "
        "not turning up. "
        "The manager asked me to bring that down. "
        "I started ringing everyone booked more than a month ahead two days before. "
        "Within two months missed appointments were down to three a week, and the "
        "cancelled slots were being filled from the waiting list.",
        "Tell me about a time you improved a process.")
    codes = _codes(fb)
    assert "result_concrete" in codes and "no_reflection" not in codes


# --- twenty-seventh round (issue 16): the spent sealed set h35 -------------------------------


def test_a_duty_list_that_names_its_places_and_systems_is_not_vague() -> None:
    named = analyze_answer(
        "At Hillcrest Academy I handle confidential forms every day, it's part of the job. "
        "I keep the medical forms in the locked cabinet and only first aiders have a key. "
        "When a parent rings about collection I always check the contacts on Arbor first.",
        "Tell me about a time you dealt with confidential information.")
    assert "vague" not in _codes(named)
    general = analyze_answer(
        "I always treat information with respect, it's really important. "
        "I'm a very trustworthy person and people know they can rely on me. "
        "Confidentiality is something I take seriously in everything I do.",
        "Tell me about a time you dealt with confidential information.")
    assert "vague" in _codes(general)


# --- twenty-ninth round (issue 16): the spent sealed set h37's kinds -------------------


def test_a_charge_the_speaker_cancelled_is_good_news() -> None:
    fb = analyze_answer(
        "At the leisure centre a woman was sure she had frozen her membership before her "
        "operation, but she had been billed for three months anyway. "
        "She was shouting at the desk by the time I got there. "
        "I found the freeze request in our email inbox, it had never been keyed in. "
        "I cancelled the charges on the spot and she thanked me before she left.",
        "Tell me about a time you dealt with an angry customer.")
    codes = _codes(fb)
    assert "result_concrete" in codes
    assert "no_reflection" not in codes


def test_a_success_story_that_denies_ever_making_mistakes_is_off_the_question() -> None:
    question = "Tell me about a time you made a mistake."
    story = analyze_answer(
        "On the pharmacy counter we were checked by a mystery shopper last spring. "
        "I went through every question on the checklist with the new starters first. "
        "We passed with full marks. "
        "To be honest I never really make mistakes, I double-check everything.", question)
    assert "off_question" in _codes(story)
    # no story told at all: vague, not off it
    bare = analyze_answer("I don't really make mistakes, I'm very careful.", question)
    assert not {"off_question", "who_asked"} & _codes(bare)


def test_knowing_about_the_employer_answered_only_about_oneself() -> None:
    question = "What do you know about our charity?"
    me = analyze_answer(
        "I've volunteered at a food bank since I was at school. "
        "I'm patient, I'm good on the phone and I never miss a shift. "
        "I think I'd be a great fit.", question)
    assert "off_question" in _codes(me)
    them = analyze_answer(
        "I know you run the advice line for carers across the county. "
        "Your annual report said calls went up by a third last year. "
        "I'd love to help with that.", question)
    assert not {"off_question", "who_asked"} & _codes(them)


def test_a_story_about_a_guest_for_a_question_about_a_colleague_is_off_it() -> None:
    """A guest and nobody the speaker works with, for a question about a difficult
    colleague: off the question (ninety-third round; a hint before it)."""
    question = "Tell me about a time you dealt with a difficult colleague."
    guest = analyze_answer(
        "At the hotel a guest who was very difficult rang down to reception five times one "
        "night about the noise. "
        "I moved him to a quiet room at the back and sent up a pot of tea. "
        "He stayed the whole week and left a kind review.", question)
    assert "off_question" in _codes(guest) and "answers_question" not in _codes(guest)
    chap = analyze_answer(
        "In the post room there was a chap, Dev, who kept leaving early on Fridays. "
        "The rest of us were sorting his sacks as well as our own. "
        "I asked him about it over lunch and it turned out he collected his kids. "
        "I went with him to the supervisor and they moved his hours an hour earlier, so "
        "Fridays were covered from the next week.",
        "Tell me about a time a colleague wasn't pulling their weight.")
    assert not {"off_question", "who_asked"} & _codes(chap)
    lady = analyze_answer(
        "We had a patient at the surgery, an older lady, who hadn't been in for years and "
        "was frightened of injections. "
        "I sat with her in the waiting room and asked the doctor to explain each step first. "
        "She had her jab and has booked her next one.", question.replace(
            "dealt with a difficult colleague", "supported a colleague who was struggling"))
    assert "who_asked" in _codes(lady)  # the lady is a patient, not the colleague


def test_safer_and_more_careful_with_nothing_to_check_is_vague() -> None:
    fb = analyze_answer(
        "In the stockroom boxes were stacked right up against the fire door. "
        "I asked for a painted no-stacking zone and moved the heavy stock to the low shelves. "
        "After that it was a lot safer back there and everyone was more careful.",
        "Tell me about a time you improved health and safety.")
    codes = _codes(fb)
    assert "result_vague" in codes and "result_concrete" not in codes


# --- thirtieth round (issue 16): the spent sealed set h38's kinds ----------------------


def test_a_plan_after_saying_it_never_happens_is_hypothetical() -> None:
    fb = analyze_answer(
        "Honestly I don't really argue with people at work, I get along with most folk. "
        "But if I did clash with someone on a late shift, I'd find a quiet moment to talk. "
        "I'd explain how I saw it and hear how they saw it. "
        "And if we still disagreed, I'd bring in the duty manager.",
        "Tell me about a time you had a disagreement with a colleague.")
    codes = _codes(fb)
    assert "hypothetical" in codes
    assert "no_reflection" not in codes


def test_not_a_single_booking_was_cancelled_is_good_news() -> None:
    fb = analyze_answer(
        "At the leisure centre the booking system crashed at six on a Saturday morning. "
        "I had to get the swimming lessons running before the first class at eight. "
        "I printed the lists from the backup and rang the instructors with their numbers. "
        "Every lesson ran on time and not a single booking was cancelled.",
        "Tell me about a time you solved a problem under pressure.")
    codes = _codes(fb)
    assert "result_concrete" in codes
    assert "no_reflection" not in codes


# --- thirty-first round (issue 16): the spent sealed set h39's kinds -------------------


def test_what_you_know_about_the_employer_is_no_story() -> None:
    fb = analyze_answer(
        "I know the gallery reopened last spring after the new roof went on. "
        "I read that visitor numbers went up by a third and that you started quiet "
        "mornings for families with autistic children. "
        "I went along to one with my sister and her little boy.",
        "What do you know about our gallery?")
    assert [t.star for t in fb.sentences] == [None, None, None]
    codes = _codes(fb)
    assert "no_story" in codes and "result_concrete" not in codes


def test_a_question_asked_back_has_no_role() -> None:
    fb = analyze_answer(
        "Yes, thank you. "
        "What would the person in this job need to have done by the end of the first six "
        "months for you to feel you made the right choice?",
        "Do you have any questions for us?")
    assert [t.star for t in fb.sentences] == [None, None]
    assert "result_concrete" not in _codes(fb)


# --- thirty-second round (issue 16): the spent sealed set h40's kinds ------------------


def test_what_your_manager_would_say_is_a_question_about_you() -> None:
    fb = analyze_answer(
        "I think she'd say I'm calm and organised. "
        "The night a coach party arrived with twenty rooms sold twice, a guest was "
        "shouting at the desk and I rang round two nearby hotels. "
        "I booked the twenty rooms at our rate and every guest had a bed by midnight.",
        "What would your previous manager say are your strengths?")
    codes = _codes(fb)
    assert not {"off_question", "who_asked"} & codes and "answers_question" in codes


# --- thirty-third round (issue 16): the spent sealed set h42 ----------------------------


def test_an_empty_wrap_up_is_not_the_result() -> None:
    fb = analyze_answer(
        "At the leisure centre a swimmer's locker key snapped in the lock just before close. "
        "I had to get her bag out without damaging the locker bank. "
        "I found the spare master key in the duty office and opened it with her watching. "
        "And yeah, that's how I handled it.",
        "Tell me about a time you helped a customer with a problem.")
    assert fb.sentences[-1].star is None
    assert "star_complete" not in _codes(fb)


def test_a_story_about_training_a_new_agent_answers_a_colleague_question() -> None:
    fb = analyze_answer(
        "Oh, okay, so at the car hire desk at the airport, we had a new rental desk agent "
        "start the week before Easter, right in the busiest fortnight. "
        "My manager asked me to get him ready to close the desk on his own. "
        "I had him shadow me for three days and made him a cheat sheet for the damage checks. "
        "It all came together in the end, he's doing great now.",
        "Describe a time you trained a new colleague.")
    assert not {"off_question", "who_asked"} & _codes(fb)


def test_a_conflict_that_ended_with_the_colleague_taking_it_badly_needs_a_lesson() -> None:
    fb = analyze_answer(
        "At the care agency I shared a client with another carer, Sue, who did his mornings. "
        "She kept leaving his fluid chart blank, so I could not tell if he had drunk enough. "
        "I needed to sort it out because it was a safety issue. "
        "I asked her about it at handover, and when nothing changed I went to our coordinator. "
        "Sue took it really badly and stopped speaking to me at handovers.",
        "Tell me about a time you had a conflict with a colleague.")
    codes = _codes(fb)
    assert not {"off_question", "who_asked"} & codes
    assert "result_concrete" not in codes
    assert "no_reflection" in codes


def test_what_im_really_proud_of_changes_the_subject() -> None:
    fb = analyze_answer(
        "Complaints, yeah, you get the odd one on a hotel reception. "
        "But actually what I'm really proud of is the charity quiz I ran last spring. "
        "I wanted to raise five hundred pounds for the hospice. "
        "I booked the function room, wrote the questions and sold forty tickets. "
        "We raised six hundred and twenty pounds.",
        "Tell me about a time you dealt with a customer complaint.")
    assert "off_question" in _codes(fb)


def test_that_was_on_me_is_the_task() -> None:
    fb = analyze_answer(
        "I was the shift lead at a parcel depot when a van broke down with forty parcels on it. "
        "If those parcels missed the evening run, the customers would get them a day late, "
        "and as shift lead that was on me. "
        "I sent two drivers to move the parcels into a spare van and rerouted the drops. "
        "Every parcel went out on the evening run.",
        "Tell me about a time you met a tight deadline.")
    assert "no_task" not in _codes(fb)


# --- thirty-fourth round (issue 16): the spent sealed set h43 ---------------------------


def test_a_weakness_described_with_id_is_not_hypothetical() -> None:
    fb = analyze_answer(
        "I'd say my weakness is that I'm naturally quite shy, and a busy counter used to wear "
        "me out. "
        "Early on I'd sort of freeze if there were three people waiting and the phone rang. "
        "What's helped is a routine, so I greet whoever's next and tell the others I'll be "
        "right with them. "
        "So it's still there, but it doesn't get in the way any more.",
        "What would you say is your biggest weakness?")
    codes = _codes(fb)
    assert "hypothetical" not in codes
    assert "no_story" in codes


def test_only_a_few_coming_back_is_good_news_and_a_comment_after_which_is_not_the_outcome() -> None:
    fb = analyze_answer(
        "On the last day before the deadline the online system at the tax office went down. "
        "It was down to me and one other clerk to keep the queue moving. "
        "I split the queue into people who needed a form and people who needed to pay. "
        "We served a hundred and twelve customers by closing, which is more than a normal "
        "day, and only two had to come back the next morning.",
        "Tell me about a time you had to juggle several things at once.")
    codes = _codes(fb)
    assert "result_concrete" in codes
    assert "no_reflection" not in codes


def test_not_a_hundred_percent_sure_is_no_number() -> None:
    fb = analyze_answer(
        "A family checked in late to find two single beds instead of the double they booked. "
        "They had a baby with them, so I had to find something that worked that night. "
        "I rang housekeeping, found a spare cot and had it sent straight up. "
        "In the end it all worked out and they were happy enough. "
        "I think they left a decent review as well, but I'm not a hundred percent sure.",
        "Tell me about a time you handled a guest complaint.")
    codes = _codes(fb)
    assert "result_concrete" not in codes
    assert "result_vague" in codes


def test_a_lost_boy_and_his_gran_are_the_visitors_asked_about() -> None:
    fb = analyze_answer(
        "I was on the front desk at a transport museum when a wee boy got separated from his "
        "gran. "
        "I had to find him quickly without setting off a panic in a packed building. "
        "I radioed his description to the gallery assistants using our code word. "
        "They found him on the tram steps, and he was back with his gran in ten minutes.",
        "Tell me about a time you handled a difficult situation with a visitor.")
    assert not {"off_question", "who_asked"} & _codes(fb)


def test_a_depot_that_was_a_disgrace_is_negative_about_the_employer() -> None:
    fb = analyze_answer(
        "Before Christmas the depot gave me a hundred and eighty drops instead of a hundred. "
        "That depot was a disgrace, the supervisors sat in the office and kept piling more "
        "on us. "
        "I re-ordered the route so the business drops were done before five. "
        "I got all but six done by eight, which was better than anybody else on my shift.",
        "Tell me about a time you had to meet a tight deadline.")
    codes = _codes(fb)
    assert "negative_employer" in codes
    assert "result_vague" not in codes


def test_thats_the_sort_of_thing_you_deal_with_is_not_a_result() -> None:
    fb = analyze_answer(
        "I was doing parcel runs and had a big box for a block of units with no flat number. "
        "It was my last drop and I didn't want to take it back to the depot. "
        "I rang the number on the label and then knocked on a few doors to ask. "
        "Yeah, so that's the sort of thing you deal with on the runs, no two days are the same.",
        "Describe a time you solved a problem on your own.")
    assert fb.sentences[-1].star is None
    assert "star_complete" not in _codes(fb)


# --- thirty-fifth round (issue 16): the spent sealed set h44 ----------------------------


def test_being_called_in_together_is_a_bad_ending_and_team_leaders_who_never_did_anything() -> None:
    fb = analyze_answer(
        "At the contact centre a lad on my team kept taking his breaks early, so I covered his "
        "calls. "
        "One day I told him in front of everyone that he could take his breaks when we did. "
        "He said I'd been aggressive, and we both got called into a meeting and moved onto "
        "different shifts. "
        "He was always like that, and the team leaders there never did anything about anybody.",
        "Tell me about a time you had a conflict with a colleague.")
    codes = _codes(fb)
    assert "result_concrete" not in codes
    assert "no_reflection" in codes
    assert "negative_employer" in codes


def test_not_getting_the_extra_hours_is_a_bad_ending() -> None:
    fb = analyze_answer(
        "At the school office my manager said in my review that I was too slow with the trip "
        "payments. "
        "I explained that I was checking every payment against the permission slip. "
        "She still put it down as something to improve, and I didn't get the extra hours I'd "
        "asked for.",
        "Tell me about a time you were given feedback you didn't agree with.")
    codes = _codes(fb)
    assert "result_concrete" not in codes
    assert "no_reflection" in codes


def test_a_great_night_and_did_well_overall_are_vague() -> None:
    fb = analyze_answer(
        "At the museum we ran a free late opening for the city's birthday two summers ago. "
        "I had to keep the queues moving between six and midnight. "
        "I planned timed entry, put volunteers on every floor and kept the lines moving. "
        "It was a great night, everyone had a blast, and we got really good feedback.",
        "Tell me about a time you helped run a big event.")
    codes = _codes(fb)
    assert "result_concrete" not in codes
    assert "result_vague" in codes


# --- thirty-sixth round (issue 16): the spent sealed set h45 ----------------------------


def test_saying_it_has_not_happened_yet_sets_no_scene() -> None:
    fb = analyze_answer(
        "I haven't actually had that happen yet, because I've mostly been shelving at the "
        "college library. "
        "But if someone was loud in the quiet room, I would go over and remind them quietly. "
        "If they carried on, I'd let the duty supervisor know rather than argue. "
        "And I'd write it in the incident book afterwards.",
        "Tell me about a time you dealt with a disruptive library user.")
    assert fb.sentences[0].star is None
    codes = _codes(fb)
    assert {"hypothetical", "no_story", "no_situation"} <= codes


def test_a_written_warning_put_on_my_file_is_a_bad_ending() -> None:
    fb = analyze_answer(
        "At the care home one night I forgot to fill in a resident's fluid chart. "
        "I was called in to see the manager and told her we had been two staff short. "
        "She put a written warning on my file. "
        "It was a mad night, to be fair, we had two residents with chest infections.",
        "Tell me about a time you made a mistake.")
    codes = _codes(fb)
    assert "result_concrete" not in codes
    assert "no_reflection" in codes


# --- thirty-seventh round (issue 16): the spent sealed set h46 --------------------------


def test_id_say_as_an_opinion_is_not_a_plan() -> None:
    fb = analyze_answer(
        "I'd say patience, and I don't mean that in a soppy way. "
        "My son is autistic, and when he was eight he stopped being able to get into school. "
        "I had to find a way to get him back in without a battle every morning. "
        "I worked out a plan with his teacher where he came in ten minutes early through the "
        "side gate, and we added five minutes each week. "
        "By Easter he was doing full days, and he hasn't missed a week since. "
        "So that kind of patience, one small step at a time, is what I'd bring to the job.",
        "What would you say is your greatest strength?")
    codes = _codes(fb)
    assert "hypothetical" not in codes
    assert "no_story" not in codes
    assert "result_concrete" in codes


def test_a_team_player_who_would_say_so_is_vague_not_hypothetical() -> None:
    fb = analyze_answer(
        "I'm a real team player, I always have been. "
        "Wherever I've worked I've got on with everyone, and I'll always muck in. "
        "I think teamwork is so important, because you're all working towards the same goal. "
        "So yeah, I'd say teamwork is one of my biggest strengths.",
        "Give me an example of when you showed good teamwork.")
    codes = _codes(fb)
    assert "hypothetical" not in codes
    assert {"vague", "no_story"} <= codes


# --- thirty-eighth round (issue 16): the spent sealed set h48 ---------------------------


def test_a_career_so_far_told_for_tell_me_about_yourself_has_no_star_roles() -> None:
    fb = analyze_answer(
        "My name is Ana, I am from Porto, and I came to Leeds three years ago with my husband. "
        "In Portugal I ran the front desk of a small guest house, twelve rooms, so I did the "
        "bookings, the check-ins and the invoices. "
        "Here I worked first in a bakery, then two years on the night desk of a city hotel. "
        "Now I want a daytime reception job so I can be home with my son in the evenings.",
        "Tell me a bit about yourself.")
    assert all(t.star is None for t in fb.sentences)


def test_a_story_inside_tell_me_about_yourself_keeps_its_roles() -> None:
    fb = analyze_answer(
        "I'm Dee, and I've spent the last ten years at home bringing up my three children. "
        "Before that I was a receptionist at a dental practice for six years. "
        "Last spring the school's book fair lost its organiser two weeks before the fair. "
        "I set up a rota of volunteers and got the card reader working with the supplier. "
        "We raised just over four thousand pounds for the school library.",
        "Tell me about yourself.")
    stars = [t.star for t in fb.sentences]
    assert "A" in stars and "R" in stars


# --- thirty-ninth round (issue 16): the spent sealed set h50 ---------------------------

WHY_GARDEN_CENTRE = (
    "I grew up on a farm outside Krakow, so plants and soil are what I know best. "
    "I saw on your website that you run a children's growing club, and I really like that. "
    "The centre is also one bus from my flat, so I can start early and do weekends. "
    "And I'm very chatty, so I want to talk with customers every day.")


def test_why_this_job_answered_with_reasons_tells_no_story() -> None:
    fb = analyze_answer(WHY_GARDEN_CENTRE, "Why do you want to work at this garden centre?")
    assert all(t.star is None for t in fb.sentences)
    codes = _codes(fb)
    assert {"no_story", "no_situation", "no_action", "no_result"} <= codes
    # liking the job is the answer asked for, not a vague generality
    assert "vague" not in codes


def test_liking_things_is_still_vague_for_a_story_question() -> None:
    unnamed = WHY_GARDEN_CENTRE.replace(" outside Krakow", "")
    fb = analyze_answer(unnamed, "Tell me about a time you worked in a garden.")
    assert "vague" in _codes(fb)


def test_one_named_place_makes_an_answer_without_a_story_specific() -> None:
    # seventy-third round: the same reasons naming the farm's town are not generalities
    # (first scorings h40-h106: 13 of 13 such answers were marked not vague)
    fb = analyze_answer(WHY_GARDEN_CENTRE, "Tell me about a time you worked in a garden.")
    assert "no_story" in _codes(fb)
    assert "vague" not in _codes(fb)


def test_why_this_job_answered_with_one_occasion_keeps_its_roles() -> None:
    fb = analyze_answer(
        "Last October I came to your family history afternoon with my grandmother. "
        "I helped her find her father's ship on the passenger lists, and I showed two other "
        "visitors how to search the census. "
        "One of your staff asked me afterwards if I had thought of applying, and that's when I "
        "knew I wanted to work here.",
        "Why do you want to work at this library?")
    stars = [t.star for t in fb.sentences]
    assert "A" in stars and "R" in stars
    assert not {"off_question", "who_asked"} & _codes(fb)


def test_why_this_job_answered_straight_away_with_an_unrelated_story_is_off_question() -> None:
    fb = analyze_answer(
        "Last spring my neighbour's roof leaked during a storm and water came through the "
        "kitchen ceiling. "
        "She asked me to help because her husband was in hospital. "
        "I moved everything out of the kitchen, put buckets under the drips and called a roofer "
        "I knew from church. "
        "The roof was fixed in two days and she only lost one cupboard.",
        "Why are you interested in this cleaning job?")
    codes = _codes(fb)
    assert "off_question" in codes and "answers_question" not in codes


def test_tell_me_about_yourself_told_as_a_life_so_far_answers_it_with_no_story() -> None:
    fb = analyze_answer(
        "My name is Farid and I'm from Kabul. "
        "I drove a delivery van for a pharmacy there for nine years and I knew every street. "
        "I came to Glasgow in 2021 with my wife and I passed my driving test here on the "
        "first try. "
        "Now I drive for a food delivery app, but I'm looking for a steady job with a contract.",
        "Tell me about yourself.")
    codes = _codes(fb)
    assert "answers_question" in codes
    # the sentences narrate, but a life so far is not one occasion
    assert {"no_story", "no_action", "no_result"} <= codes


def test_nothing_before_the_first_action_is_its_outcome() -> None:
    fb = analyze_answer(
        "So, a bit about me first, I've been a carer for about three years now, and I really "
        "enjoy it. "
        "One of the men I visit in Hull, I'll call him D, is in his sixties and lives alone "
        "with his cat. "
        "He loves the Saturday market, and going there with a carer is the best part of his "
        "week. "
        "Last winter his care package review cut his social hours, which meant there was no "
        "time left for the market. "
        "His sister was really upset, and D had gone quiet and stopped eating properly. "
        "I wrote down every market trip we'd done and what it did for him, and I went to the "
        "review meeting with his sister. "
        "He got his hours back, and he hasn't missed a Saturday since.",
        "Tell me about a time you stood up for someone you support.")
    stars = [t.star for t in fb.sentences]
    assert stars[3] == stars[4] == "S" and stars[5] == "A"
    codes = _codes(fb)
    assert "no_situation" not in codes and "no_reflection" not in codes


def test_life_before_this_job_told_before_the_story_is_background() -> None:
    fb = analyze_answer(
        "In Peru I was a nurse in a children's hospital in Lima for eight years. "
        "When I came to Scotland my nursing registration was not accepted, so I started again "
        "as a care assistant. "
        "Now I work at a care home in Dundee, on the day shift. "
        "One Sunday a resident's son shouted at me because his mother's cardigan was missing. "
        "She was crying too, because it was a present from her late husband. "
        "I calmed him down, checked the laundry room with him and found the cardigan in "
        "another resident's basket. "
        "He said sorry to me, and the next day he brought a box of biscuits for the staff.",
        "Tell me about a time you dealt with an upset relative.")
    stars = [t.star for t in fb.sentences]
    assert stars[0] is None and stars[1] is None
    assert "long_setup" in _codes(fb)


def test_a_move_that_names_the_occasion_still_sets_the_scene() -> None:
    fb = analyze_answer(
        "When I came to Cardiff last year, I got a job in a bakery, and on my first morning "
        "the oven broke. "
        "I had to get the bread out before the shop opened at seven. "
        "I moved the trays to the small oven and baked in three batches. "
        "All the bread was on the shelves at five to seven.",
        "Tell me about a time you solved a problem at work.")
    assert fb.sentences[0].star == "S"


def test_a_verdict_on_the_employer_inside_a_story_has_no_role() -> None:
    fb = analyze_answer(
        "At the car wash where I worked last summer, one morning the pressure washer broke "
        "with ten cars waiting. "
        "I moved the cars to the hand-wash bay and asked my colleague to dry while I washed. "
        "We finished all ten cars by eleven and no customer left. "
        "The manager was useless as usual, she stayed in the office on her phone and came out "
        "at twelve when it was all done.",
        "Tell me about a time you had to deal with a problem at work.")
    assert fb.sentences[3].star is None
    assert fb.sentences[2].star == "R"
    assert "negative_employer" in _codes(fb)


def test_a_mark_on_my_record_ends_badly_and_asks_for_a_lesson() -> None:
    fb = analyze_answer(
        "At the bakery my supervisor said my rolls were too small and too slow to come out. "
        "I told her the mixer was broken and I was doing the dough by hand. "
        "She put it on my probation record anyway, and after that she timed me every morning.",
        "Tell me about a time you were criticised at work.")
    codes = _codes(fb)
    assert "result_concrete" not in codes and "no_reflection" in codes


def test_told_not_to_come_back_is_a_bad_ending() -> None:
    fb = analyze_answer(
        "Last winter I was packing boxes at a warehouse, and the agency said each packer must "
        "do ninety boxes an hour. "
        "I needed to make the rate to keep the job. "
        "I came early and learned the fast way to tape the boxes, but the scanner on my bench "
        "kept freezing. "
        "Most hours I only did sixty boxes, and on the Friday the agency told me not to come "
        "back.",
        "Tell me about a time you had to hit a target.")
    codes = _codes(fb)
    assert "result_concrete" not in codes and "no_reflection" in codes


def test_everything_done_and_the_manager_happy_is_a_vague_result() -> None:
    fb = analyze_answer(
        "At my last job we were very busy before Christmas and two people were off sick. "
        "I worked hard and helped the others with their orders. "
        "In the end everything was done and the manager was happy with me.",
        "Tell me about a time you worked in a team.")
    codes = _codes(fb)
    assert "result_vague" in codes and "result_concrete" not in codes


def test_someone_hired_is_the_new_colleague_asked_about() -> None:
    fb = analyze_answer(
        "At the warehouse last year they hired a young woman from Syria, Rana, who had never "
        "used a scanner. "
        "I had to make sure she could pick safely on her own within a week. "
        "I walked the aisles with her every morning and showed her the scanner codes. "
        "After five days she was picking on her own, and the supervisor put her on my aisle "
        "for good.",
        "Tell me about a time you helped a new colleague settle in.")
    codes = _codes(fb)
    assert not {"off_question", "who_asked"} & codes and "answers_question" in codes


def test_another_worker_named_by_their_job_is_a_colleague() -> None:
    fb = analyze_answer(
        "At the hotel where I do housekeeping, another housekeeper was putting the little "
        "shampoos meant for the guests into her own bag. "
        "I waited until we were alone and told her quietly that we could lose our jobs for it. "
        "She put them back, and she never did it again while I was there.",
        "What would you do if you saw a colleague stealing?")
    codes = _codes(fb)
    assert not {"off_question", "who_asked"} & codes and "answers_question" in codes


def test_an_outcome_told_after_a_while_is_praised() -> None:
    fb = analyze_answer(
        "At the school where I clean, the toilets smelled bad even after we cleaned them. "
        "I wanted the children to use them without holding their noses. "
        "I asked the caretaker, and he showed me the drains needed a special cleaner once a "
        "week. "
        "I also started mopping from the back to the door. "
        "After one week the smell was gone, and the head teacher left a card on my trolley to "
        "say thank you.",
        "Tell me about a time you improved something at work.")
    assert fb.sentences[-1].star == "R"
    assert "result_concrete" in _codes(fb)


def test_a_closing_line_on_how_i_always_learn_is_not_the_result() -> None:
    fb = analyze_answer(
        "When I started at the pharmacy, the manager said I had to learn the new stock system "
        "in three days. "
        "I needed to be ready before the stock take on Friday. "
        "I read the guide at home and I practised on the test screen in my lunch breaks. "
        "I also asked my colleague Priya to watch me scan the deliveries. "
        "So that's how I learn, I am not scared of new things.",
        "Tell me about a time you learned a new system quickly.")
    assert fb.sentences[-1].star is None
    assert "star_complete" not in _codes(fb)


def test_what_happens_if_nobody_acts_is_the_task() -> None:
    fb = analyze_answer(
        "Last month at the supermarket I saw oil spilled across aisle four near the baby food. "
        "Mums with prams were coming that way, and if nobody cleaned it, someone could slip and "
        "break a bone. "
        "I put a wet floor sign on each side and stood there while my colleague brought the mop. "
        "We cleaned it in ten minutes and nobody fell.",
        "Tell me about a time you spotted a hazard.")
    assert fb.sentences[1].star == "T"
    assert "no_task" not in _codes(fb)


# --- fortieth round (issue 16): the spent sealed set h51 -------------------------------


def test_a_missed_deadline_question_asks_for_a_lesson() -> None:
    fb = analyze_answer(
        "At the council depot we had to send in our vehicle check sheets by the Friday. "
        "I needed all twelve sheets in or the vans could not go out on Monday. "
        "I left them in my locker over the weekend and forgot about them. "
        "Three vans stayed in the yard on Monday morning until the sheets were signed.",
        "Tell me about a time you missed a deadline.")
    codes = _codes(fb)
    assert "no_reflection" in codes and "result_concrete" not in codes


def test_a_mistake_shrugged_off_needs_a_lesson_whatever_the_outcome() -> None:
    fb = analyze_answer(
        "At the dental surgery I booked a patient into the wrong dentist's diary last March. "
        "I typed the booking in a hurry between two phone calls. "
        "He came in and sat for forty minutes before we noticed, and he got seen at half "
        "three instead. "
        "It wasn't really my fault, the diary screens look exactly the same.",
        "Tell me about a mistake you made.")
    assert "no_reflection" in _codes(fb)
    shrugged = analyze_answer(
        "On the deli counter I sliced the wrong ham for a big order last summer. "
        "I grabbed the smoked one off the shelf without reading the label. "
        "The customer came back an hour later and we had to redo the whole platter. "
        "These things do happen on a busy Saturday.",
        "Tell me about a mistake you made at work.")
    assert "no_reflection" in _codes(shrugged)


@pytest.mark.parametrize("sentence", [
    "The managers haven't got a clue what goes on out on the vans.",
    "Head office handled the closure appallingly, we found out from a customer.",
    "The supervisor picks holes in everything, nobody on that team can stand him.",
])
def test_more_ways_of_being_harsh_about_the_employer(sentence: str) -> None:
    fb = analyze_answer(
        "I'm leaving because my contract ends in the summer. " + sentence,
        "Why are you leaving your current job?")
    assert "negative_employer" in _codes(fb)


def test_a_clue_the_speaker_lacked_is_not_negative() -> None:
    fb = analyze_answer(
        "On my first day I didn't have a clue where the stock room was. "
        "My manager walked me round and showed me the loading bay and the cage trolleys.",
        "Tell me about your first day in a new job.")
    assert "negative_employer" not in _codes(fb)


def test_offering_the_best_thing_ive_done_instead_is_off_the_question() -> None:
    fb = analyze_answer(
        "The best thing I've ever done at work was the summer fun day at the leisure centre "
        "in 2022. "
        "My manager asked me to organise the activities for about two hundred children. "
        "I booked a bouncy castle, ran the relay races and got the local fire crew to bring "
        "their engine. "
        "We raised nine hundred pounds for the hospice.",
        "Tell me about a time you used a spreadsheet.")
    codes = _codes(fb)
    assert "off_question" in codes and "answers_question" not in codes
    # asked for their proudest moment, the same answer is on the question
    proud = analyze_answer(fb.sentences[0].text + " " + " ".join(
        t.text for t in fb.sentences[1:]), "What is your proudest achievement at work?")
    assert not {"off_question", "who_asked"} & _codes(proud)


def test_being_written_up_in_the_local_paper_is_a_checkable_outcome() -> None:
    fb = analyze_answer(
        "Last December our care home had no money for a Christmas party. "
        "The manager asked me to put something on for the residents. "
        "I got the primary school choir to come in and organised a raffle with prizes from "
        "the shops on the high street. "
        "The residents loved it, and the local paper ran a story about it with a photo of "
        "the choir.",
        "Tell me about a time you used your initiative.")
    codes = _codes(fb)
    assert "result_concrete" in codes and "result_vague" not in codes


def test_why_this_job_answered_with_ill_tell_you_about_a_story_is_off_question() -> None:
    fb = analyze_answer(
        "I'll tell you about the night the lifts broke at the tower block last winter. "
        "I was on the concierge desk, so I carried shopping up for the older tenants and "
        "rang the engineer every hour. "
        "The lifts were running again by six in the morning. "
        "It was a proud night for me.",
        "Why do you want to work in housing?")
    codes = _codes(fb)
    assert "off_question" in codes and "answers_question" not in codes


def test_porters_and_healthcare_assistants_are_colleagues() -> None:
    fb = analyze_answer(
        "On the stroke unit two of the porters had stopped speaking to each other over who "
        "took the early runs. "
        "It was holding up patients waiting for scans, so I felt I had to step in. "
        "I sat them both down in the rest room and we agreed they would swap runs each week. "
        "They stopped arguing and the scans were on time again within the week.",
        "Tell me about a time you sorted out a disagreement between colleagues.")
    codes = _codes(fb)
    assert not {"off_question", "who_asked"} & codes and "answers_question" in codes


def test_settled_in_well_and_picked_it_up_fine_are_vague() -> None:
    fb = analyze_answer(
        "When a new cashier joined our shop in April, my manager asked me to train her. "
        "I showed her the till, the refunds and how to cash up at the end of the day. "
        "She settled in really well and picked it all up quickly.",
        "Tell me about a time you trained someone.")
    codes = _codes(fb)
    assert "result_vague" in codes and "result_concrete" not in codes


def test_i_just_get_on_with_it_and_all_of_that_are_vague() -> None:
    fb = analyze_answer(
        "Pressure doesn't really bother me, I just get on with it. "
        "In a kitchen you get rushes, missing orders, people off, all of that. "
        "You've got to keep going, haven't you.",
        "How do you handle pressure?")
    assert "vague" in _codes(fb)
    assert {"just get on with it", "all of that"} <= set(fb.vague_phrases)


LOST_CHILD_PLAN = (
    "Then I would ask their name and what their parent was wearing. "
    "I'd call it over the tannoy and I'd tell the security team at the doors. "
    "And I would stay with them until someone came for them.")


def test_how_things_usually_are_before_a_plan_is_no_scene() -> None:
    fb = analyze_answer(
        "We get a lot of lost children at the leisure centre in the summer holidays. "
        + LOST_CHILD_PLAN, "Tell me about a time you helped a lost child.")
    assert all(t.star is None for t in fb.sentences)
    assert {"hypothetical", "no_story", "no_situation"} <= _codes(fb)


def test_a_real_event_before_a_plan_still_sets_the_scene() -> None:
    fb = analyze_answer(
        "Last August a little boy got separated from his mum at the leisure centre. "
        + LOST_CHILD_PLAN, "Tell me about a time you helped a lost child.")
    assert fb.sentences[0].star == "S"
    codes = _codes(fb)
    assert "hypothetical" in codes and "no_situation" not in codes


def test_why_leaving_answered_with_reasons_tells_no_story() -> None:
    fb = analyze_answer(
        "To be honest the bakery is closing its night shift in the autumn. "
        "The owner has been very fair, he told us all months ago. "
        "I've always wanted to work days anyway, so I can see more of my kids.",
        "Why are you leaving your current job?")
    assert all(t.star is None for t in fb.sentences)
    assert {"no_story", "no_situation", "no_action", "no_result"} <= _codes(fb)


def test_why_leaving_answered_with_one_occasion_keeps_its_roles() -> None:
    # "because I'd already booked ..." is "I had", so the speaker did something that day
    fb = analyze_answer(
        "In June the new manager put me on nights with two days' notice. "
        "I told him I couldn't do it, because I'd already booked my son's hospital "
        "appointment. "
        "He didn't care, and that was the last straw for me.",
        "Why did you leave your last job?")
    assert [t.star for t in fb.sentences][:2] == ["S", "A"]
    assert "no_story" not in _codes(fb)


def test_a_bad_turn_the_speaker_then_fixed_is_not_how_it_ended() -> None:
    fb = analyze_answer(
        "In my first week at the GP surgery reception, a patient rang to cancel and I "
        "cancelled the wrong Mrs Patel. "
        "I needed to get the right lady seen that morning. "
        "I put the cancelled appointment through to the wrong person's phone by mistake. "
        "She turned up and was not happy, which was fair. "
        "I apologised, found her a slot with the nurse practitioner, and told the practice "
        "manager myself. "
        "Since then I read the date of birth back before I cancel anything, and I suggested a "
        "second check on the booking screen, which the surgery now does.",
        "Tell me about a mistake you made and what you learned.")
    assert "result_concrete" in _codes(fb)


def test_a_dated_outcome_then_a_hedged_change_is_still_checkable() -> None:
    fb = analyze_answer(
        "At the library a man kept asking me how to fill in his benefits form online. "
        "He was worried about losing his payments. "
        "I sat with him and went through each page, and I printed him the help sheet. "
        "The next morning he came back with the form sent and the reference number written "
        "down, and he said it was loads easier with the sheet.",
        "Tell me about a time you helped someone with a computer.")
    codes = _codes(fb)
    assert "result_concrete" in codes and "result_vague" not in codes


# --- forty-first round (issue 16): the spent sealed set h53 -----------------------------


def test_someone_you_didnt_get_on_with_is_not_a_failure_question() -> None:
    question = "Tell me about a time you had to work with someone you didn't get on with."
    fb = analyze_answer(
        "At the garden centre last spring I was put on the tills with Maureen, who had "
        "complained about me to the owner the week before. "
        "We had to get through the Easter weekend together without a scene. "
        "I asked her to show me how she did the plant tags, since she'd been there ten years. "
        "We took more than four thousand pounds on the Saturday with no till errors, and the "
        "owner put us on together for the whole summer.", question)
    assert "result_concrete" in _codes(fb)
    # ... but a story with no outcome still asks for a lesson, as "not getting on" did
    fb = analyze_answer(
        "At the garden centre last spring I was put on the tills with Maureen, who had "
        "complained about me to the owner the week before. "
        "We had to get through the Easter weekend together without a scene. "
        "I asked her to show me how she did the plant tags, since she'd been there ten years.",
        question)
    assert "no_reflection" in _codes(fb)


def test_my_job_as_a_buddy_was_and_for_me_the_job_was_are_the_task() -> None:
    fb = analyze_answer(
        "When I was a buddy at the hostel in Bolton, a new lad moved in who wasn't leaving his "
        "room and wasn't eating. "
        "His dad had been ringing the office because he wasn't answering his phone. "
        "My job as a buddy was to check in on the new arrivals and show them round, and with "
        "him I was worried he'd given up. "
        "In the end he went back to live with his dad, and he was fine.",
        "Tell me about a time you supported someone who was struggling.")
    assert fb.sentences[2].star == "T"
    assert "no_action" in _codes(fb)
    fb = analyze_answer(
        "So I volunteer at a community fridge in Salford, and one morning a woman came in "
        "crying because her electric had been cut off. "
        "Turned out she had a baby at home, so for me the job was get the baby warm first and "
        "then sort the meter, in that order. "
        "I rang the energy company's priority line with her and got her an emergency credit of "
        "thirty pounds. "
        "Her lights were back on by lunchtime.",
        "Tell me about a time you helped someone in a difficult situation.")
    assert fb.sentences[1].star == "T"
    assert "no_task" not in _codes(fb)


def test_i_reckon_and_last_i_heard_do_not_make_an_action() -> None:
    fb = analyze_answer(
        "I was driving a van for a florist in Hull, and on Mother's Day the van broke down "
        "with thirty bouquets still on it. "
        "They all had to go out that morning or the shop would have to refund them. "
        "The heater had been broken for weeks, which I reckon is illegal, but whatever. "
        "In the end the shop sent a second van and the bouquets went out by two.",
        "Tell me about a time you had to meet a tight deadline.")
    assert fb.sentences[2].star != "A"
    assert "no_action" in _codes(fb)


def test_someone_moved_to_another_wing_is_not_a_failure() -> None:
    fb = analyze_answer(
        "When I was a listener at the prison, an older man on my landing stopped coming out "
        "for meals. "
        "I sat with him every evening for a week and got him to put in an application to "
        "see the mental health team. "
        "In the end he got moved to a different wing near the health centre, and last I heard "
        "he had started working in the library there.",
        "Tell me about a time you supported someone who was struggling.")
    codes = _codes(fb)
    assert "result_concrete" in codes and "no_reflection" not in codes


def test_pay_docked_is_a_bad_ending_not_a_success() -> None:
    fb = analyze_answer(
        "I was on a landscaping job in Leicester, and the boss asked me to lay the patio "
        "slabs on the Thursday. "
        "They had to be down before the customer came home on Friday. "
        "I laid them all by four, but I never checked the falls with a level. "
        "The first time it rained the water ran towards the back door, we had to lift half "
        "of them, and the boss docked me a day's pay.",
        "Tell me about a time you made a mistake at work.")
    codes = _codes(fb)
    assert "result_concrete" not in codes and "no_reflection" in codes


def test_a_mistake_shrugged_off_at_the_end_asks_for_a_lesson() -> None:
    fb = analyze_answer(
        "I was picking orders at a garden centre warehouse in Stafford, and on my third day I "
        "sent a pallet of compost to the wrong store. "
        "The orders all had to be out by the end of the shift. "
        "I'd mixed up two store codes that look the same, so I went back through the pick "
        "list, found the right pallet and swapped the labels. "
        "The right pallet went out on the late lorry and the store had it the next morning. "
        "I'd only been there three days, so I don't reckon it was really on me.",
        "Tell me about a time you made a mistake.")
    assert fb.sentences[-1].star is None
    assert "no_reflection" in _codes(fb)


def test_a_surgeon_who_was_not_very_happy_is_no_success() -> None:
    fb = analyze_answer(
        "On my placement on a day ward I booked a patient in for the wrong list. "
        "She needed to be on the morning list because she was diabetic. "
        "I rang the ward sister as soon as I saw it, and she moved her across. "
        "The list still started late, the surgeon wasn't very happy, and it went on an "
        "incident form.",
        "Tell me about a time you made a mistake.")
    codes = _codes(fb)
    assert "result_vague" not in codes and "result_concrete" not in codes


def test_passing_a_test_is_the_result_not_an_action() -> None:
    fb = analyze_answer(
        "Last year the college put me on the food hygiene and first aid courses before my "
        "kitchen placement. "
        "I had to pass both before I could start. "
        "I did the workbooks on the bus every morning and asked my tutor to quiz me on Fridays. "
        "I passed both, and I started the placement the following Monday.",
        "Tell me about a time you had to learn something new.")
    assert fb.sentences[-1].star == "R"
    assert "result_concrete" in _codes(fb)


def test_failed_first_time_then_passed_is_a_success() -> None:
    fb = analyze_answer(
        "When I got out last spring my probation officer put me on a forklift course in Hull. "
        "I needed the licence to get on the agency's warehouse list. "
        "I practised the theory questions every night and asked the instructor for an extra "
        "hour on the truck. "
        "Failed the practical first time on one pallet, passed it the second time, and I've "
        "been on the agency list since June.",
        "Tell me about a time you had to learn something new.")
    codes = _codes(fb)
    assert "result_concrete" in codes and "no_reflection" not in codes


def test_joiners_on_a_site_are_colleagues() -> None:
    fb = analyze_answer(
        "On a housing site in Leeds last winter I was labouring for a gang of joiners, and one "
        "of them kept leaving offcuts on the stairs. "
        "Keeping the stairs clear was my job, and the site manager had already pulled me up "
        "about it. "
        "I asked him politely at tea break, and when he laughed it off I put a bin at the top "
        "of every flight. "
        "He started using the bins and the site manager signed off the stairs at the next "
        "inspection.",
        "Tell me about a time you had a disagreement with a colleague.")
    codes = _codes(fb)
    assert not {"off_question", "who_asked"} & codes and "answers_question" in codes


def test_the_laziest_bloke_i_ever_worked_with_is_negative_about_an_employer() -> None:
    fb = analyze_answer(
        "At the car wash in Derby I was on the Saturday shift with the supervisor. "
        "He was the laziest bloke I've ever worked with, he'd sit in the cabin all day. "
        "I got the queue down by setting up a second drying line myself. "
        "We cleared forty cars by noon.",
        "Tell me about a time you worked under pressure.")
    assert "negative_employer" in _codes(fb)


CONFLICT_STORY = (
    "On the Saturday shift at the bakery the supervisor told me I'd left the ovens dirty, "
    "in front of everyone. "
    "I had to get the morning bake out and not have a row on the shop floor. "
    "I finished the bake, then showed her the cleaning sheet I had signed the night before. "
    "The bread was out by seven and she took the sheet to the manager. ")


def test_a_conflict_that_ends_on_blame_asks_for_a_lesson() -> None:
    question = "Tell me about a time you disagreed with your supervisor."
    fb = analyze_answer(CONFLICT_STORY + "She never once said sorry, typical of her.", question)
    assert "no_reflection" in _codes(fb)
    # a joke made is no harsh word
    fb = analyze_answer(CONFLICT_STORY + "We get on fine now, she makes a joke of it.", question)
    assert "no_reflection" not in _codes(fb)


def test_a_harsh_word_the_manager_said_is_not_the_speakers_complaint() -> None:
    fb = analyze_answer(
        "Last month the manager at the charity shop said the stock room was a disaster and "
        "nobody could find the winter coats. "
        "So I came in on the Monday and sorted everything into labelled boxes. "
        "Now the volunteers find what they need without asking.",
        "Tell me about a time you used your initiative.")
    assert "negative_employer" not in _codes(fb)


def test_most_of_them_got_done_is_a_vague_result() -> None:
    fb = analyze_answer(
        "I was on a delivery round in Swindon in the snow last January, and the van got "
        "stuck on a hill with eighty parcels on it. "
        "I had to get them out that day because half were next-day. "
        "I carried the ones for the nearest streets by hand and rang the depot for a smaller van. "
        "In the end most of them got done and a few went back to the depot.",
        "Tell me about a time you had to meet a tight deadline.")
    codes = _codes(fb)
    assert "result_vague" in codes and "result_concrete" not in codes


def test_a_job_told_as_habits_is_no_story_and_not_hypothetical() -> None:
    fb = analyze_answer(
        "At my kitchen job at a care home in Bury I did the breakfasts and the teas, and "
        "the deep clean at the weekend. "
        "I always made sure the residents got what they liked, I'd never just serve it up. "
        "I'd sit with the ones who ate slowly, because a lot of them had no visitors. "
        "If someone fancied something different I'd make it even though it wasn't on the menu. "
        "I never missed a day, so yeah, I always went the extra mile there.",
        "Tell me about a time you went the extra mile for a customer.")
    assert all(t.star is None for t in fb.sentences)
    codes = _codes(fb)
    assert {"no_story", "no_situation", "no_action"} <= codes
    assert "hypothetical" not in codes and "vague" not in codes


def test_never_late_never_missed_a_day_is_a_habit_not_an_occasion() -> None:
    fb = analyze_answer(
        "I was on the laundry at the prison in Durham for about eighteen months, and I was up "
        "at six every morning for it. "
        "I'd collect the bags from the wings, run the machines, fold everything and get it "
        "back out by teatime. "
        "I was never late, never missed a day, and the officers let me do the stock orders on "
        "my own. "
        "After I got out I did some work with my cousin on his market stall, setting up and "
        "packing away, that sort of thing. "
        "So yeah, I'd say I'm as reliable as they come.",
        "Tell me about a time you showed you were reliable.")
    assert all(t.star is None for t in fb.sentences)
    assert {"no_story", "no_situation", "no_action"} <= _codes(fb)


def test_an_ellipsis_before_a_small_letter_does_not_end_the_sentence() -> None:
    fb = analyze_answer(
        "Um, so, leadership... yeah, okay, I'll go with the school fete. "
        "Last June I ran the cake stall for my son's school. "
        "I got twelve parents to bake and set up a rota for the afternoon. "
        "We sold out by three and raised four hundred pounds.",
        "Tell me about a time you showed leadership.")
    assert len(fb.sentences) == 4
    assert fb.sentences[0].text.endswith("the school fete.")


def test_a_story_the_speaker_says_is_another_kind_of_thing_is_off_the_question() -> None:
    fb = analyze_answer(
        "Right, so this is more of a difficult week than a difficult customer, if that's okay. "
        "At the builders' merchant in Crewe the forklift broke down on the Monday. "
        "I had to get forty orders loaded by hand before the lorries left on Wednesday. "
        "I split the orders between the three of us and loaded the heavy ones first. "
        "Every lorry left on time, and the branch manager thanked us at the Friday meeting.",
        "Tell me about a time you dealt with a difficult customer.")
    codes = _codes(fb)
    assert "off_question" in codes and "answers_question" not in codes


def test_what_had_to_be_done_by_a_deadline_is_the_task_even_late() -> None:
    fb = analyze_answer(
        "After my release I got taken on at a print shop in Norwich, cutting and boxing orders "
        "on the late shift. "
        "Usually the printers run the jobs in the day and the finishing team cuts and packs "
        "them overnight. "
        "In May a hotel ordered three hundred dinner menus and changed the wording the day "
        "before they were due. "
        "When the new sheets turned up that evening they were on the wrong card, too thin for "
        "our cutter. "
        "The supervisor was off at a trade fair as well, so it was only me and one other lad "
        "in the room. "
        "We had to get all three hundred cut, folded and boxed by the time the courier arrived "
        "at nine the next morning. "
        "I phoned the paper merchant and got the right card sent on their first van, and I "
        "cleared every other job that night so the morning was only the menus. "
        "The courier left at a quarter past nine with all the boxes, and the hotel manager rang "
        "to say they looked perfect.",
        "Tell me about a time you worked under pressure.")
    assert fb.sentences[5].star == "T"
    assert "long_setup" in _codes(fb)


def test_a_deed_only_supposed_after_if_is_no_action() -> None:
    fb = analyze_answer(
        "I was drinking most days by the time I was twenty, and I lost two jobs over it. "
        "My sister was looking after my daughter, and she'd said I wasn't seeing her if I "
        "turned up drunk again. "
        "Last year I was sleeping on a mate's sofa with no money and no plan. "
        "I knew if I stayed there I'd lose her for good, so I had to stop. "
        "I went to my GP that week and got referred to the alcohol service. "
        "I've been sober fourteen months now and I see my daughter every weekend.",
        "What have you done to change?")
    assert fb.sentences[1].star != "A" and fb.sentences[3].star != "A"
    assert "long_setup" in _codes(fb)


def test_a_story_in_generalities_throughout_is_vague() -> None:
    fb = analyze_answer(
        "There was this one time at a cafe I worked at where it got really busy and everyone "
        "was stressed. "
        "I just got stuck in and helped everyone out wherever I could. "
        "It went really well in the end and everyone was happy. "
        "I'm a real people person, I get on with anyone.",
        "Tell me about a time you worked as part of a team.")
    assert "vague" in _codes(fb)


def test_a_duty_list_of_old_habits_told_with_id_is_not_a_plan() -> None:
    """Forty-second round: "I'd be on the counter most mornings" is what the speaker used to
    do in the café; the answer tells no story, but it is not a hypothetical one."""
    fb = analyze_answer(
        "Well, in the bakery I'd be on the counter most mornings, serving and doing the teas. "
        "I'd do the till and cash up at the end of the day and take it to the bank. "
        "I'd be dealing with the suppliers as well, ordering the flour and the eggs. "
        "I'd always make sure people were greeted when they came in. "
        "So I've a lot of customer service experience.",
        "Tell me about a time you gave excellent customer service.")
    codes = _codes(fb)
    assert "hypothetical" not in codes
    assert "no_story" in codes


def test_what_the_speaker_expected_then_and_had_to_do_are_not_plans() -> None:
    fb = analyze_answer(
        "When I ran the boat trips I set up evening tours for September, thinking we'd see "
        "the dolphins coming in. I needed ten people a night to cover the fuel. "
        "I put posters in every guest house and did a deal with the hotel. "
        "But the weather turned and we'd to cancel eight trips out of twelve, and I lost "
        "money on it. Now I always take the bookings before I pay anyone.",
        "Tell me about a time something you organised didn't go to plan.")
    assert "hypothetical" not in _codes(fb)


def test_a_general_outcome_followed_by_a_checkable_one_is_concrete() -> None:
    fb = analyze_answer(
        "Last summer at the campsite a family complained their pitch was flooded. "
        "I had to find them somewhere else because they were booked for the week. "
        "I checked the board, moved them to a pitch up the hill and helped carry their "
        "things over. They were fine after that, and they've booked again for next year.",
        "Tell me about a time you dealt with a complaint.")
    codes = _codes(fb)
    assert "result_concrete" in codes
    assert "result_vague" not in codes


def test_reasons_for_applying_do_not_answer_a_tell_me_about_a_time_question() -> None:
    """Forty-third round (h55): asked for a time they showed creativity, the student says
    why they applied and where they want to go: no story, and not what was asked."""
    fb = analyze_answer(
        "The main reason I applied is that I've followed your agency's campaigns for years. "
        "I'm doing a marketing degree and I love the modules on brand storytelling. "
        "Long-term I'd love to be a strategist, and this internship would be the perfect "
        "start.",
        "Tell me about a time you showed creativity.")
    codes = _codes(fb)
    assert "off_question" in codes and "answers_question" not in codes
    story = analyze_answer(
        "In my second year I ran the society's freshers' stall with no budget. "
        "I had to get people to sign up in one afternoon. "
        "I made a treasure hunt round the stalls that ended at ours. "
        "We signed up sixty new members, twice the year before, and I applied for the "
        "marketing internship because of it.",
        "Tell me about a time you showed creativity.")
    assert not {"off_question", "who_asked"} & _codes(story)


def test_a_proposal_voted_down_or_a_falling_out_is_not_a_concrete_success() -> None:
    """Forty-fourth round (h56): "the board voted it down" and "after that we barely spoke"
    are outcomes that went badly, not results to praise; a resident "who barely spoke" and
    then sang along is still a concrete success."""
    for ending in ("The board voted it down, mainly because they worried about income.",
                   "She went to our supervisor, and after that we barely spoke all season."):
        fb = analyze_answer(
            "At the heritage centre our visitor numbers had been falling for a year. "
            "I had to persuade the trustees to try a late opening on Thursdays. "
            "I gathered figures from three other museums and presented them at the meeting. "
            + ending,
            "Tell me about a time you tried to persuade someone.")
        assert "result_concrete" not in _codes(fb), ending
    fb = analyze_answer(
        "At the care home the residents sat in front of the television every afternoon. "
        "I wanted to start a music afternoon on Wednesdays. "
        "I made playlists from the fifties and borrowed some shakers. "
        "The residents loved it, and one man who barely spoke sang along to every song.",
        "Tell me about a time you improved something for the people you looked after.")
    assert "result_concrete" in _codes(fb)


def test_colleagues_described_without_the_word_are_the_colleague_asked_about() -> None:
    """Forty-fifth round: a colleague told as "another ticket office associate", "the man
    sat next to me", "I got paired with a sound tech" or "I covered Nadia's late shifts" is
    the colleague the question asks about, and a caller who "rang up" or a driver who
    "walked in" is the customer; an answer about a stocktake is still off a customer
    question."""
    colleague = "Tell me about a time you had a disagreement with a colleague."
    for opening in ("At the station, another ticket office associate kept leaving the float "
                    "short at handover.",
                    "On the airline's phone lines, the man sat next to me kept leaving the "
                    "float short at handover.",
                    "At the theatre I got paired with a sound tech who kept leaving the float "
                    "short at handover."):
        fb = analyze_answer(
            opening + " I needed the till to balance before my shift. "
            "I asked him for ten minutes after close and we agreed to count it together. "
            "The till balanced every night for the next two months.", colleague)
        codes = _codes(fb)
        assert not {"off_question", "who_asked"} & codes and "answers_question" in codes, opening
    fb = analyze_answer(
        "Covered Nadia's late shifts at the car hire desk for a fortnight when her son was ill.",
        "Tell me about a time you helped a colleague.")
    assert not {"off_question", "who_asked"} & _codes(fb)
    customer = "Tell me about a time you dealt with a difficult customer."
    fb = analyze_answer(
        "Last winter at the car hire desk a coach driver walked in shouting because his "
        "booking had been cancelled. "
        "I had to get him a vehicle before his group landed. "
        "I found a van at our other branch and had it driven over. "
        "He drove out forty minutes later and booked with us again in March.", customer)
    assert not {"off_question", "who_asked"} & _codes(fb)
    fb = analyze_answer(
        "At the depot we had our stocktake in March and the spares had been badly out the year "
        "before. I was given the tyre bay and told to get it right. "
        "I counted every rack twice and found a pallet of returns that was never booked in. "
        "Our bay came in within one percent, and the area manager had the other depots copy "
        "our method.", customer)
    assert "who_asked" in _codes(fb)


def test_a_passenger_who_came_to_the_desk_or_a_teenager_on_the_bus_is_the_public_asked_about(
        ) -> None:
    """Forty-sixth round (h57): "a man came over to my desk" is a customer, and a teenager
    taken ill on a bus is one of the passengers asked about (not a pupil)."""
    fb = analyze_answer(
        "At the ferry terminal one morning a man came over to my desk with a ticket for the "
        "wrong day. I had to get him on a sailing before his hire car was due back. "
        "I found a cancellation and moved his booking for no fee. "
        "He sailed on the eleven o'clock boat.",
        "Tell me about a time you dealt with a difficult customer.")
    assert not {"off_question", "who_asked"} & _codes(fb)
    fb = analyze_answer(
        "On the late tram one night a teenager fainted near the doors. "
        "I stopped at the next platform, radioed control for an ambulance and sat him up. "
        "I kept the doors open and stayed with him until the paramedics took over.",
        "Tell me about a time you dealt with a passenger who was unwell.")
    assert not {"off_question", "who_asked"} & _codes(fb)


def test_duties_told_in_the_present_at_a_named_place_are_not_vague() -> None:
    """Forty-sixth round (h57): a duty list ("I do the gate checks ... I check passes ...")
    naming where it happens is not vague, though it tells no story; the same list with no
    place named still is."""
    duties = ("I do the bag checks and the walk-through arch, and sometimes the scanner. "
              "I check boarding cards against passports and I keep the trays moving. "
              "I always report anything odd to the team leader, all that kind of thing.")
    fb = analyze_answer("At Gatwick I'm a security officer. " + duties,
                        "Tell me about a time you spotted a risk.")
    assert "no_story" in _codes(fb) and "vague" not in _codes(fb)


def test_a_row_and_a_written_warning_are_a_bad_ending_that_needs_a_lesson() -> None:
    """Forty-sixth round (h57): "we ended up having a proper row", "gave us both a written
    warning" and "we don't really talk now" are not a concrete success."""
    fb = analyze_answer(
        "At the bus garage another driver kept taking my overtime off the board. "
        "I needed it stopped because I'd planned my rent around those shifts. "
        "I had it out with him in the canteen in front of everyone. "
        "We ended up having a proper row, and the garage manager gave us both a written "
        "warning, and we don't really talk now.",
        "Tell me about a time you had a disagreement with a colleague.")
    codes = _codes(fb)
    assert "result_concrete" not in codes and "no_reflection" in codes


def test_nice_things_said_and_loads_of_times_are_not_concrete() -> None:
    """Forty-sixth round (h57): "they said some nice things about me" is vague praise, and
    "there have been loads of times where ... they were happy" is a habit, not a result; a
    checkable outcome before "and he was a lot calmer" is still concrete."""
    fb = analyze_answer(
        "On the overnight ferry a family's cabin lock jammed at midnight. "
        "I had to get them into a cabin quickly because the children were asleep on the floor. "
        "I called the purser and carried their bags to a spare cabin on deck six. "
        "In the end they were really happy, and they said some nice things about me.",
        "Tell me about a time you received positive feedback.")
    assert "result_concrete" not in _codes(fb) and "result_vague" in _codes(fb)
    fb = analyze_answer(
        "I think explaining things clearly is really important on a help desk. "
        "There have been loads of times where people were lost and I explained the timetable "
        "and they were happy in the end. I'm a good listener and a people person.",
        "Tell me about a time you showed good communication skills.")
    codes = _codes(fb)
    assert "result_vague" not in codes and "result_concrete" not in codes and "vague" in codes
    fb = analyze_answer(
        "At the car hire desk a woman had booked the wrong airport. "
        "I needed her on the road before her ferry. "
        "I rang our other branch and had a car brought over. "
        "She drove off at four o'clock and she was a lot calmer by then.",
        "Tell me about a time you helped a customer who was upset.")
    assert "result_concrete" in _codes(fb)


def test_a_harsh_word_about_a_thing_is_not_about_the_employer() -> None:
    """Forty-sixth round (h57): "the tolls are a nightmare" says nothing about the workplace;
    "the owners are a joke" does."""
    base = ("At the rental counter they set us a target of thirty percent on the fuel option, "
            "because {} . I asked every customer where they were driving and offered it then. "
            "I hit thirty-four percent that month.")
    fb = analyze_answer(base.format("the tolls are a nightmare"),
                        "Tell me about a time you met a target.")
    assert "negative_employer" not in _codes(fb)
    fb = analyze_answer(base.format("the owners are a joke"),
                        "Tell me about a time you met a target.")
    assert "negative_employer" in _codes(fb)


# --- forty-seventh round (issue 16): the spent sealed set h58's kinds ----------------------


def test_a_promise_told_inside_the_story_is_not_a_plan() -> None:
    fb = analyze_answer(
        "I do the evening ghost walk round the old town, which starts at the cathedral "
        "steps. It's about ninety minutes, and you'd usually get twenty or so people, mostly "
        "tourists. And I'd tell a few of the old stories at each stop, and an actor joins us "
        "at the castle. So this one night in March a group of lads on a stag do joined the "
        "walk. One of them kept shouting over the actor. "
        "I had to keep the walk going for everyone else. "
        "So at the second stop I took him aside and said he was welcome to stay if he let us "
        "work, or I'd refund the lot of them. "
        "He took the refund and off they went, and the rest of the group tipped me forty "
        "pounds.",
        "Tell me about a time you dealt with a difficult customer.")
    codes = _codes(fb)
    assert "hypothetical" not in codes and "no_story" not in codes
    assert {"A", "R"} <= {t.star for t in fb.sentences}


def test_a_customer_who_turned_up_or_a_table_of_four_is_one_of_the_public() -> None:
    fb = analyze_answer(
        "So I was on the gate at a music festival last summer and a fella turned up with a "
        "wristband that had been cut. "
        "He was insisting he'd paid and got quite aggressive with my colleague. "
        "I stayed calm and radioed for a supervisor so it could be checked at the box office. "
        "They found his booking and gave him a new band, so he got in in the end.",
        "Tell me about a time you dealt with a difficult member of the public.")
    assert not {"off_question", "who_asked"} & _codes(fb)
    fb = analyze_answer(
        "We had a table of four in on a Saturday night and one of them sent back his lamb "
        "because it was overdone. He was annoyed because they had a show to get to and no "
        "time to wait. I wanted to sort it fast so he wouldn't miss the start. "
        "I apologised, took it back and asked the chef to do a new one first. "
        "Meanwhile I brought him a soup on the house so he wasn't sat with nothing. "
        "The new lamb was out in ten minutes and he left a decent tip.",
        "Tell me about a time you handled a customer complaint.")
    assert not {"off_question", "who_asked"} & _codes(fb)


def test_a_closing_yeah_is_not_the_result() -> None:
    fb = analyze_answer(
        "A man was shouting at the new barista because his order was slow. "
        "I was the shift lead, so I had to step in. "
        "I told him he could not speak to her like that and said I would make it myself. "
        "Then I made it and brought it over to him. "
        "Yeah.")
    assert fb.sentences[-1].star is None
    assert "no_result" in _codes(fb)


def test_a_review_left_anyway_or_a_decision_undone_is_no_success() -> None:
    for ending in ("She still left a review saying the staff were rude.",
                   "Then head office refunded their deposit anyway because the parents "
                   "complained."):
        fb = analyze_answer(
            "A guest said I had been rude to her at the bar on a busy Sunday. "
            "I had to sort it out with my manager. "
            "I explained what happened and my manager gave her a free drink. " + ending,
            "Tell me about a time a customer complained about you.")
        assert "result_concrete" not in _codes(fb), ending


def test_it_was_all_fine_in_the_end_is_a_vague_result() -> None:
    fb = analyze_answer(
        "One Saturday a man wanted to bring his dog into the gallery. "
        "He was getting cross with the volunteer on the door. "
        "I explained the rule and offered to look after the dog at the desk while he went "
        "round. And it was all fine in the end, it worked out.",
        "Tell me about a time you dealt with a difficult visitor.")
    codes = _codes(fb)
    assert "result_concrete" not in codes and "result_vague" in codes


def test_a_name_spelled_wrong_on_a_badge_is_not_a_failure() -> None:
    fb = analyze_answer(
        "The night before the trade fair the printers delivered the wrong badges. "
        "We had to reprint four hundred of them by eight. "
        "I split the list between the three of us and ran them off in batches. "
        "And we also put out an extra table for anyone whose name was spelled wrong. "
        "The doors opened on time and nobody went without a badge.",
        "Tell me about a time you worked to a tight deadline.")
    assert "result_concrete" in _codes(fb)


def test_how_busy_a_cafe_gets_is_no_scene_in_a_plan() -> None:
    fb = analyze_answer(
        "So the coffee shop gets slammed when the office crowd comes in at lunch. "
        "What I'd do is batch the milks and call the orders out clearly. "
        "And if the queue got really long I'd ask someone to jump on the till.",
        "Tell me about a time you worked under pressure.")
    codes = _codes(fb)
    assert "hypothetical" in codes and "no_story" in codes
    assert all(t.star is None for t in fb.sentences)


# --- forty-eighth round (issue 16): the spent sealed set h59's kinds ----------------------


def test_what_you_did_in_a_job_you_were_responsible_for_is_no_plan() -> None:
    fb = analyze_answer(
        "At the garden centre I was responsible for locking up, so I'd count the tills and "
        "do the banking. And I'd check the greenhouse vents and the heaters as well. "
        "I also showed the Saturday staff how to do the plant-feed log. "
        "So I'm used to following a routine.",
        "Tell me about a time you followed a process carefully.")
    assert "hypothetical" not in _codes(fb)


def test_id_say_i_always_is_an_opinion_not_a_plan() -> None:
    fb = analyze_answer(
        "I'd say I always put the customer first, it's just how I am. "
        "Whatever someone needs, I'll find a way. "
        "Loads of people have told me I'm lovely to deal with.",
        "Tell me about a time you gave good customer service.")
    assert "hypothetical" not in _codes(fb)


def test_a_nightmare_said_to_soothe_a_caller_is_not_about_the_employer() -> None:
    for text in (
            "A couple rang back for the third time about a broken boiler. "
            "I let them talk, then I said I can tell this has been a nightmare, let me sort it. "
            "I booked the engineer for the next morning and rang them after to check.",
            "Some gift cards showed balances, but they'd never actually existed. "
            "I had to fix it before the weekend without it being a disaster for the tills. "
            "I matched every card against the sales log and the finance team reset them."):
        assert "negative_employer" not in _codes(
            analyze_answer(text, "Tell me about a time you solved a problem."))


def test_a_carer_listing_what_she_handled_is_no_plan_and_names_enough() -> None:
    fb = analyze_answer(
        "So, um, when I was looking after my mum, I did everything really, her appointments, "
        "her tablets, her bills. I'd deal with the GP, the DWP, the council and the chemist. "
        "And I'd have the kids too, school runs and all that. "
        "So I'm good at juggling things, I'd say.",
        "Tell me about a time you had to juggle several tasks.")
    codes = _codes(fb)
    assert "hypothetical" not in codes and "vague" not in codes
    assert "no_story" in codes


def test_a_telling_off_or_a_falling_out_is_no_concrete_success() -> None:
    for text in (
            "At the bakery I put the wrong allergy cards on the cakes. "
            "A customer came back upset. I apologised and refunded her. "
            "My supervisor had a word with me about it afterwards.",
            "A colleague and I argued over who was on the returns desk. "
            "I told our manager in front of her that it was her mistake. "
            "She got really upset and went home early, and we didn't really talk for a week."):
        codes = _codes(analyze_answer(text, "Tell me about a time you made a mistake."))
        assert "result_concrete" not in codes and "no_reflection" in codes


def test_the_other_girl_on_the_tills_is_the_colleague_asked_about() -> None:
    fb = analyze_answer(
        "At the supermarket there was this other girl on the tills, Amy, and we fell out over "
        "who should cover the kiosk. The rota said me but she'd swapped without telling anyone. "
        "So I told the supervisor it was down to her. "
        "We didn't speak for a few days after that.",
        "Tell me about a time you disagreed with a colleague.")
    codes = _codes(fb)
    assert not {"off_question", "who_asked"} & codes and "answers_question" in codes


def test_a_three_sentence_story_keeps_its_action() -> None:
    fb = analyze_answer(
        "At Tesco a man couldn't find the lactose-free milk. "
        "I walked him to the chiller and showed him the rest of the free-from range. "
        "He asks for me by name now.",
        "Tell me about a time you helped a customer.")
    codes = _codes(fb)
    assert "A" in [t.star for t in fb.sentences]
    assert "no_story" not in codes and "no_action" not in codes


# --- forty-ninth round (issue 16): the spent sealed set h60's kinds ----------------------


@pytest.mark.parametrize("opening", [
    "Um, an upset parent, I don't think I've really had one, but can I tell you about "
    "something else?",
    "Disagreed with a manager, I haven't really had that, but I had a run-in with a parent."])
def test_saying_you_have_no_such_story_and_telling_another_is_off_the_question(
        opening: str) -> None:
    fb = analyze_answer(
        f"{opening} At the swimming club the lost-property box was overflowing. "
        "The manager asked me to clear it before the gala. "
        "I sorted it into bags and put a notice on the club's page. "
        "Most of it was collected within the week.",
        "Tell me about a time you dealt with an upset parent.")
    assert "off_question" in _codes(fb)


def test_working_with_a_guy_who_is_a_colleague_and_a_cold_shoulder_is_no_success() -> None:
    fb = analyze_answer(
        "At the leisure centre I was working reception with a guy who kept disappearing "
        "for long breaks. It meant I was covering the desk on my own, and members were "
        "coming to me with his bookings. "
        "So one evening I told him in front of the duty manager that he was taking the "
        "mick. He got moved to another shift and he didn't talk to me for a month after.",
        "Tell me about a time you had a conflict with a coworker.")
    codes = _codes(fb)
    assert not {"off_question", "who_asked"} & codes and "answers_question" in codes
    assert "result_concrete" not in codes and "no_reflection" in codes


def test_what_i_need_to_refer_in_a_plan_is_not_something_done() -> None:
    fb = analyze_answer(
        "I haven't done this job yet, but if a student came to the desk upset I would take "
        "them somewhere quieter. I would listen and then repeat back what I heard. "
        "Then I'd work out what I can sort myself and what I need to pass on. "
        "And I'd email them afterwards so they have it in writing.",
        "Tell me about a time you helped a student who was upset.")
    assert "hypothetical" in _codes(fb)


# --- fiftieth round (issue 16): the spent sealed set h61's kinds --------------------------


def test_getting_the_complaints_right_down_is_a_success_needing_no_lesson() -> None:
    fb = analyze_answer(
        "At the sports centre the toilets were getting complaints every week. "
        "We had to turn it round before the council's visit. "
        "We drew up a new cleaning rota and started checking them every hour. "
        "And we got the complaints right down, and we passed the visit.",
        "Tell me about a time you improved the way something was done.")
    assert "no_reflection" not in _codes(fb)


def test_a_difficult_regular_who_then_pitched_in_is_a_concrete_outcome() -> None:
    fb = analyze_answer(
        "At the community larder a woman came every week and was often short with the "
        "volunteers. One week she got angry because we had no rice left. "
        "I took her aside and it turned out she was cooking for her grandchildren. "
        "So I found her pasta and lentils and put rice on our next order. "
        "After that she was fine with us, she even started helping pack the bags on a Friday.",
        "Tell me about a time you dealt with a difficult visitor.")
    codes = _codes(fb)
    assert "result_concrete" in codes and "result_vague" not in codes


def test_a_last_role_told_as_habits_is_a_duty_list_not_a_plan() -> None:
    fb = analyze_answer(
        "Well, in my last role I was the receptionist at a health centre in Luton, so I'd "
        "have done all sorts. I'd answer the phones, book the appointments, take the "
        "payments. Complaints, I'd log them and pass them to the practice manager. "
        "And I'd keep the noticeboard up to date.",
        "Can you give me an example of how you've handled a complaint?")
    codes = _codes(fb)
    assert "hypothetical" not in codes and "no_story" in codes


# --- fifty-first round (issue 16): the spent sealed set h62's kinds -----------------------


def test_a_customer_who_closed_his_account_is_no_concrete_success() -> None:
    fb = analyze_answer(
        "At the credit union a member wanted to pay in a large sum in cash with no paperwork. "
        "I had to follow the money-laundering rules without losing him. "
        "I explained what proof we needed and offered him an appointment the next day. "
        "He called it nonsense, took his money away and closed his account that week.",
        "Tell me about a time you couldn't give a customer what they wanted.")
    assert "result_concrete" not in _codes(fb)


@pytest.mark.parametrize("ending", ["nobody closed their account over it",
                                    "nobody complained about us"])
def test_nobody_doing_the_bad_thing_is_a_good_ending(ending: str) -> None:
    fb = analyze_answer(
        "At the timber yard one of our drivers was off and a dozen orders had to go out. "
        "I had to tell the customers and sort out which ones couldn't wait. "
        "I rang every one of them and put the urgent ones on the other lorry. "
        f"The urgent ones all arrived by noon, and {ending}.",
        "How do you handle a busy workload? Can you give me an example?")
    codes = _codes(fb)
    assert "result_concrete" in codes and "no_reflection" not in codes


# --- fifty-second round (issue 16): the spent sealed set h63's kinds -----------------------


@pytest.mark.parametrize("answer", [
    "At the cattery my day would be, I'd be in for eight, feed everyone, clean the pens. "
    "Then I'd do the medicines and sign them off on the chart. "
    "I'd be on the front desk after lunch for the collections. "
    "And I didn't take a sick day in three years.",
    "Sundays, honestly, it'd be non-stop from ten. "
    "I'd do my own clients and in between I'd check the walk-ins on the iPad. "
    "I'd clear my station after every client and refill the towels. "
    "Usually I'd get through about fifteen."])
def test_a_working_day_told_with_id_is_a_routine_not_a_plan(answer: str) -> None:
    fb = analyze_answer(answer, "Tell me about a time you showed you were reliable.")
    assert "hypothetical" not in _codes(fb)


@pytest.mark.parametrize("lesson", [
    "After that I started to read the service code back to every client before I book it.",
    "I think I should've offered to split the cost with the owner from the start."])
def test_a_changed_habit_or_a_better_way_named_is_a_lesson(lesson: str) -> None:
    fb = analyze_answer(
        "At the grooming salon I booked a poodle in for a bath when the owner wanted a full "
        "clip. I had to put it right before the owner came back at four. "
        "I asked my manager if I could take the next slot and did the clip myself. "
        f"The dog was ready at ten past four and the owner was fine with it. {lesson}",
        "Tell me about a mistake you made at work.")
    assert "no_reflection" not in _codes(fb)


def test_moaning_about_a_course_is_not_moaning_about_an_employer() -> None:
    fb = analyze_answer(
        "This was on my placement while the course was a total nightmare because they kept "
        "moving the exams. A bride came in for a trial and the stylist was off sick. "
        "I offered to stay on and did her trial myself. "
        "She booked the wedding package with us the next day.",
        "Tell me about a time you went the extra mile for a client.")
    assert "negative_employer" not in _codes(fb)


@pytest.mark.parametrize("ending", [
    "Both cats were fine and we didn't have another scrap the rest of the summer.",
    "We didn't run short of litter once for the rest of that year."])
def test_no_repeat_for_a_stated_time_is_a_concrete_result(ending: str) -> None:
    fb = analyze_answer(
        "At the boarding cattery last June two of the cats started fighting through the mesh. "
        "I had to keep them apart without stressing them out. "
        "I moved one to the end run and put a board up between the pens. "
        f"{ending}",
        "Tell me about a time you solved a problem at work.")
    codes = _codes(fb)
    assert "result_concrete" in codes and "result_vague" not in codes


def test_a_job_that_ran_over_is_no_concrete_success() -> None:
    fb = analyze_answer(
        "I was mixing a tint for one of the stylists from the card she'd written. "
        "I misread a six as an eight and mixed it that way. "
        "The colour came out far too light. "
        "She had to redo it, it ran fifty minutes over and the client got it free.",
        "Tell me about a time you made a mistake.")
    assert "result_concrete" not in _codes(fb)


def test_a_story_about_a_pets_owners_answers_a_customer_question() -> None:
    fb = analyze_answer(
        "I did my placement at a boarding kennels over the summer. "
        "There was an old spaniel, Rosie, whose owners were abroad for a month and worried sick. "
        "My job was to make sure she kept eating. "
        "I asked the manager if I could warm her food a little like her owner did at home, "
        "and I sent them a photo each night. "
        "She was eating everything by the third day and the owners booked her in again.",
        "Tell me about a time you went above and beyond for a customer.")
    codes = _codes(fb)
    assert not {"off_question", "who_asked"} & codes and "answers_question" in codes


def test_one_loose_phrase_among_plan_steps_is_not_a_vague_answer() -> None:
    fb = analyze_answer(
        "I haven't worked on a front desk yet, but if a client was angry I would let them finish. "
        "I'd say sorry and find out exactly what had gone wrong. "
        "Then I'd look at the diary and offer the next free slot, or a discount or whatever the "
        "salon allows. I'd fetch the manager if I couldn't fix it.",
        "Tell me about a time you dealt with an angry customer.")
    codes = _codes(fb)
    assert "hypothetical" in codes and "vague" not in codes


# --- fifty-third round (issue 16): the spent sealed set h64's kinds -----------------------


@pytest.mark.parametrize("ending", ["In the end she was happy and it was resolved.",
                                    "It worked really well for both of us."])
def test_a_resolved_or_well_working_ending_is_vague(ending: str) -> None:
    fb = analyze_answer(
        "At the surgery a patient came to the desk upset about a repeat prescription. "
        "I had to calm her and find out what had gone wrong. "
        "I listened, checked the system and spoke to the duty doctor for her. "
        f"{ending}",
        "Tell me about a time you dealt with a difficult patient.")
    codes = _codes(fb)
    assert "result_concrete" not in codes and "result_vague" in codes


def test_no_change_after_the_attempt_is_no_concrete_success() -> None:
    fb = analyze_answer(
        "At the clinic lots of patients skipped the online form before their first visit. "
        "I wanted more of them to fill it in beforehand. "
        "I moved the link to the top of the reminder text and put a QR code in reception. "
        "Three months later the number filling it in was just the same as before.",
        "Tell me about a time you tried to improve something at work.")
    assert "result_concrete" not in _codes(fb)


def test_a_problem_caught_before_it_got_worse_is_a_good_ending() -> None:
    fb = analyze_answer(
        "At the dental practice an older patient had missed three check-ups in a row. "
        "I wanted to find out why before she was taken off the list. "
        "I rang her, found she had no lift any more and booked her community transport. "
        "She came in the next month and the dentist found a cracked filling and fixed it "
        "before it got worse. Her son wrote in to thank the practice.",
        "Give me an example of when you went above and beyond for a patient.")
    codes = _codes(fb)
    assert "result_concrete" in codes and "no_reflection" not in codes


def test_a_step_reached_by_a_stated_time_is_concrete() -> None:
    fb = analyze_answer(
        "When a new receptionist started at the physio clinic I was asked to train her. "
        "I sat with her for her first three mornings and went through bookings and payments. "
        "I also made her a card with the main phone extensions. "
        "She picked it up quickly and was running the desk on her own by the end of her "
        "second week.",
        "Tell me about a time you helped a new colleague.")
    codes = _codes(fb)
    assert "result_concrete" in codes and "result_vague" not in codes


# --- fifty-fourth round (issue 16): the spent sealed set h65's kinds (retail) ------------


def test_a_fellow_volunteer_or_someone_i_worked_with_is_the_colleague_asked_about() -> None:
    for opening in ("At the charity shop where I volunteer, another volunteer, Maureen, kept "
                    "pricing the donated clothes far below the guide.",
                    "When I was at a clothes shop, a girl I worked with kept pricing the "
                    "donated clothes far below the guide."):
        fb = analyze_answer(
            opening + " I wanted to sort it out without a row. "
            "I asked her over a cup of tea how she decided her prices and went through the "
            "guide with her. She started using the guide and the re-pricing stopped.",
            "Tell me about a disagreement with a colleague and how you handled it.")
        codes = _codes(fb)
        assert not {"off_question", "who_asked"} & codes, opening
        assert "answers_question" in codes, opening


def test_why_you_are_the_right_person_is_not_asked_as_a_story() -> None:
    fb = analyze_answer(
        "I just love bread, honestly, it's my passion. My nan baked every Sunday and I'd help "
        "her knead. So I'd give it everything, because it's something I really care about.",
        "What makes you the right person for this role?")
    assert "hypothetical" not in _codes(fb)


def test_hardly_anyone_came_and_a_telling_off_are_bad_endings_not_concrete_results() -> None:
    fb = analyze_answer(
        "At the charity shop hardly anyone was coming in during January. "
        "I wanted to get more people through the door. "
        "I suggested a book sale on the pavement and put posters up in the library. "
        "It rained all morning and hardly anyone came, so we packed it away by eleven.",
        "Tell me about a time you tried to improve something at work.")
    assert "result_concrete" not in _codes(fb)
    fb = analyze_answer(
        "In March a student came in who only needed a cheap SIM-only deal. "
        "I sold her the SIM-only one, because that's what she needed. "
        "My manager pulled me into the back and told me off in front of the others for not "
        "upselling her a handset.",
        "Why did you leave your last job?")
    assert "result_concrete" not in _codes(fb)


def test_he_was_alright_about_it_and_it_got_sorted_is_a_vague_result() -> None:
    fb = analyze_answer(
        "A customer came back to the returns desk with a drill that had stopped working. "
        "I had to work out what he was entitled to. "
        "I checked the receipt and the warranty and tested the drill on the desk. "
        "I offered him a straight swap or a refund. "
        "He was alright about it in the end, and it all got sorted.",
        "Tell me about a time you handled a complaint.")
    codes = _codes(fb)
    assert "result_vague" in codes
    assert "result_concrete" not in codes


# --- fifty-fifth round (issue 16): the spent sealed set h66's kinds (travel desks) --------


def test_did_really_well_got_through_the_season_and_quite_a_few_are_vague_results() -> None:
    for ending in ("We did really well that day.",
                   "We got through the summer with it in the end.",
                   "And we found quite a few seats for them in the end."):
        fb = analyze_answer(
            "On the Saturday of the air show the coach station was packed from nine. "
            "We had to get everyone onto the right shuttle. "
            "I set up a second queue for people with printed tickets and called out the "
            "departures every ten minutes. " + ending,
            "Tell me about a time you coped with a very busy day.")
        codes = _codes(fb)
        assert "result_concrete" not in codes, ending
        assert "result_vague" in codes, ending


def test_an_aside_opening_with_funny_thing_is_not_the_outcome() -> None:
    fb = analyze_answer(
        "Last spring I sold a woman a ticket to the wrong Newport. "
        "She rang from the train to say so. "
        "I booked her onward journey from the next stop and refunded the difference. "
        "Funny thing, the guard on that train later became my manager. "
        "So it got sorted.",
        "Tell me about a mistake you made at work.")
    assert "result_concrete" not in _codes(fb)


def test_a_person_word_naming_a_place_is_not_the_person_asked_about() -> None:
    # "the visitor centre" is a place; a story about tidying its racks does not answer a
    # question about an angry customer
    fb = analyze_answer(
        "When I started at the visitor centre the map stands were a mess. "
        "My manager asked me to sort them before Easter. "
        "I threw out the old leaflets, ordered new stock and labelled every shelf by town. "
        "We stopped running out of the walking maps after that.",
        "Tell me about a time you handled an angry customer.")
    assert "who_asked" in _codes(fb)
    # ... while a visitor who came to the desk is one
    fb = analyze_answer(
        "At the visitor centre a visitor came to the desk shouting that his tour had left "
        "without him. I needed to calm him down and get him on a tour. I listened, "
        "apologised and rang the operator, who held the next boat for him. "
        "He made the boat and thanked me on the way out.",
        "Tell me about a time you handled an angry customer.")
    assert not {"off_question", "who_asked"} & _codes(fb)


def test_someone_who_came_to_the_office_or_asked_for_a_ticket_is_the_customer() -> None:
    for opening in ("A student came to our lost property office looking for her rucksack.",
                    "A student asked me for the rucksack she'd left on the 8.15."):
        fb = analyze_answer(
            opening + " I wanted to find it before she flew home. "
            "I rang the depot and asked the cleaners to check the carriage. "
            "The bag was found that night and she collected it the next morning.",
            "Tell me about a time you went the extra mile for a customer.")
        codes = _codes(fb)
        assert not {"off_question", "who_asked"} & codes, opening


def test_someone_i_worked_with_and_a_driver_at_a_bus_firm_are_colleagues() -> None:
    for opening in ("I worked with someone on the booking desk who never logged her "
                    "refunds.",
                    "One of our drivers shouted at me in front of the passengers because I'd "
                    "told them his bus was late."):
        fb = analyze_answer(
            opening + " I wanted to sort it out without going to the manager. "
            "I asked for a quiet word and explained how it affected the others. "
            "After that we got on fine and the problem stopped.",
            "Tell me about a conflict you had with a colleague.")
        assert not {"off_question", "who_asked"} & _codes(fb), opening


def test_complaints_reported_from_others_are_not_the_speaker_running_down_the_employer() -> None:
    fb = analyze_answer(
        "Last winter our drivers kept complaining that the station runs were badly organised "
        "and they were left sitting in the rank for ages. "
        "I took it on myself to look at the bookings. "
        "I grouped the runs by train time and sent each driver the list the night before. "
        "The drivers stopped waiting around in the rank.",
        "Tell me about a time you used your initiative.")
    assert "negative_employer" not in _codes(fb)


def test_duties_told_in_the_present_are_no_story_and_not_vague() -> None:
    fb = analyze_answer(
        "In my job I check in guests for the ferry to Roscoff. "
        "I check passports, print boarding cards and take payment for cabins. "
        "I also handle wheelchair bookings and unaccompanied minors. "
        "Once the desk closes I go to the ramp and help with boarding. "
        "So customer service is what I do all day.",
        "Tell me about a time you gave excellent customer service.")
    codes = _codes(fb)
    assert "no_story" in codes
    assert "result_concrete" not in codes
    assert "vague" not in codes


# --- fifty-sixth round (issue 16): the spent sealed set h67's kinds (hospitality) ---------


def test_a_fault_put_right_in_the_same_breath_is_not_a_bad_ending() -> None:
    fb = analyze_answer(
        "Last March the conference centre hosted a charity ball for three hundred guests. "
        "We planned the seating and the running order with the client for weeks. "
        "When the sound desk failed mid-speech we got it fixed and carried on. "
        "The client wrote to thank us and has booked the same room for next year.",
        "What's your biggest achievement at work?")
    codes = _codes(fb)
    assert "no_reflection" not in codes
    assert "result_concrete" in codes


def test_she_did_not_come_back_down_and_a_rambling_apology_are_not_bad_endings() -> None:
    fb = analyze_answer(
        "A guest rang down at midnight to say the room next door was having a party. "
        "I went up, knocked and asked them to keep it down. "
        "It went quiet after that and she didn't come back down again. "
        "Sorry, I went off on one a bit there.",
        "Tell me about a time you handled a difficult guest.")
    assert "no_reflection" not in _codes(fb)


def test_ending_up_with_a_written_warning_is_a_bad_ending_that_wants_a_lesson() -> None:
    fb = analyze_answer(
        "A colleague on the late shift kept leaving the float short for me to count. "
        "One night I snapped at her in front of the guests. "
        "She went to the duty manager and said I had been rude, and I ended up with a "
        "written warning.",
        "Tell me about a conflict with a colleague.")
    codes = _codes(fb)
    assert "result_concrete" not in codes
    assert "no_reflection" in codes


def test_the_clients_organiser_is_the_client_asked_about() -> None:
    fb = analyze_answer(
        "A law firm that held its training days with us had a bad day when the projector "
        "broke. My manager asked me to keep their booking for next year. I rang the "
        "organiser to apologise and offered her a discount and a room with a spare "
        "projector. She thanked me but they had already moved to another venue.",
        "Tell me about a time you tried to win back an unhappy client.")
    assert not {"off_question", "who_asked"} & _codes(fb)


# --- fifty-seventh round (issue 16): the spent sealed set h68's kinds (charity, advice) ----


def test_a_setback_the_speaker_then_acted_on_or_an_aside_is_not_a_bad_ending() -> None:
    fb = analyze_answer(
        "I coordinate the volunteers at a community garden in Preston. "
        "Last spring our oldest volunteer, Jean, was told by the council she could no longer "
        "use the ride-on mower because of the new insurance rules. "
        "She was really upset, she said it was the only thing she looked forward to. "
        "I wanted to keep her involved without breaking the rules. "
        "I asked her to lead the Saturday planting group and train the new starters. "
        "She still comes every week, and the new starters say she's the best teacher there.",
        "Tell me about a time you solved a problem for one of your volunteers.")
    assert "no_reflection" not in _codes(fb)
    fb = analyze_answer(
        "At the food bank one morning the van broke down before the deliveries. "
        "I rang round and got three volunteers to use their own cars. "
        "Anyway, the van was off the road for weeks because the garage couldn't get the part. "
        "But we got every delivery out that day.",
        "Tell me about a time you worked under pressure.")
    assert "no_reflection" not in _codes(fb)


def test_a_missed_target_a_cut_grant_and_a_refused_application_are_bad_endings() -> None:
    fb = analyze_answer(
        "Last year our charity needed twenty trained mentors by March for a new scheme. "
        "Recruiting them was my job. "
        "I advertised on the volunteering site and ran three open evenings. "
        "I only got eleven people through the training by March, and the funder cut the "
        "second year of the grant.",
        "Tell me about a time you had to meet a target.")
    codes = _codes(fb)
    assert "result_concrete" not in codes
    assert "no_reflection" in codes
    fb = analyze_answer(
        "A man came to our advice drop-in the day before his eviction. "
        "I had to find out if anything could still be done. "
        "I rang the duty solicitor and helped him fill in an emergency application. "
        "The court refused the application and he was evicted the next morning.",
        "Tell me about a time you couldn't get someone the outcome they wanted.")
    assert "result_concrete" not in _codes(fb)


def test_a_sour_closing_word_asks_for_a_lesson_only_when_the_question_did() -> None:
    """Fifty-eighth round: asked to tell a success, a closing grumble ("that's warehouses for
    you") or a word like "complaints" is not a bad ending that needs a lesson; a plain
    failure ("he still took his business elsewhere") is, and so is the grumble when the
    question asked about a disagreement."""
    story = ("At the builders' merchant a contractor came in furious that his timber order "
             "had gone to the wrong site. I needed his delivery on site before his crew "
             "started. I rang our driver, had the load turned round and booked a second van "
             "for the rest. ")
    success = analyze_answer(story + "He had it all by ten, but there's always complaints, "
                             "that's warehouses for you.",
                             "Tell me about a time you sorted out a customer's problem.")
    assert "no_reflection" not in _codes(success)
    lost = analyze_answer(story + "He still took his business elsewhere the next month.",
                          "Tell me about a time you sorted out a customer's problem.")
    assert "no_reflection" in _codes(lost)
    row = analyze_answer(
        "On the night shift my team leader and I disagreed over who should unload the late "
        "lorry. I had to get the bays clear for the morning. I told him I'd do half if he "
        "did half. He went to the manager and I got the blame for the bays being late.",
        "Tell me about a time you disagreed with your team leader.")
    assert "no_reflection" in _codes(row)


def test_a_complaint_about_yourself_is_a_question_that_asks_for_a_lesson() -> None:
    fb = analyze_answer(
        "A resident at the sheltered housing scheme complained that I had been short with "
        "her on the phone. I had to answer the complaint within a week. I rang her back, "
        "apologised and explained the fire alarm had been going off.",
        "Tell me about a time someone made a complaint about yourself.")
    assert "no_reflection" in _codes(fb)


def test_criticism_of_a_department_or_the_place_itself_is_negative_about_the_employer() -> None:
    """Fifty-eighth round (h69): a department called a joke or gone downhill, a place run
    badly, managers who only care about handling time, a manager who took the credit."""
    for sentence in ("The returns department is a joke and nobody reads the notes.",
                     "The whole department's gone downhill since the new owner came in.",
                     "Honestly, the place I work is run really badly.",
                     "The managers only care about handling time.",
                     "My manager took the credit for it at the monthly meeting."):
        fb = analyze_answer("I want to move somewhere new. " + sentence,
                            "Why are you leaving your current job?")
        assert "negative_employer" in _codes(fb), sentence
    fb = analyze_answer("I want to move somewhere new. I loved the returns department, "
                        "they trained me well.", "Why are you leaving your current job?")
    assert "negative_employer" not in _codes(fb)


def test_not_customer_facing_says_the_story_is_about_something_else() -> None:
    fb = analyze_answer(
        "I was on the night shift at a bakery, so not really customer facing, but the ovens "
        "broke down one Friday. I had to get the bread out by six. I moved the loaves to the "
        "second oven and staggered the batches. Every shop had its bread by half five.",
        "Tell me about a time you dealt with a difficult customer.")
    assert "off_question" in _codes(fb) and "answers_question" not in _codes(fb)


def test_more_plain_failures_are_not_a_concrete_result() -> None:
    """Fifty-eighth round (h69): a missed funeral, nothing that worked, figures exactly the
    same, being told to stop, a customer who escalated, someone else made to apologise."""
    opening = ("A caller needed his late mother's account closed before the move. I had to "
               "get it closed that week. I chased the bereavement team twice a day. ")
    for ending in ("Nothing got it closed in time, and he missed the funeral.",
                   "Three weeks later the backlog was exactly the same, about sixty cases.",
                   "My manager asked me to stop chasing them after four days.",
                   "He escalated it to the director the next morning.",
                   "My team leader had to ring him back to apologise."):
        fb = analyze_answer(opening + ending, "Tell me about a time you went the extra mile.")
        assert "result_concrete" not in _codes(fb), ending


def test_an_agency_called_a_shambles_is_negative_about_the_employer() -> None:
    fb = analyze_answer("Honestly, the agency I'm with now is a shambles. I want a "
                        "permanent post where I can see the same clients.",
                        "Why are you leaving your current job?")
    assert "negative_employer" in _codes(fb)


def test_a_refusal_and_running_hours_behind_are_no_concrete_success() -> None:
    """h70: "He still said no to all of it", "I still ended up two hours behind"; running
    only ten minutes behind after a breakdown is still a success."""
    opening = ("At the day centre the minibus broke down on the morning run. I had to get "
               "every member in for lunch. I rang round for taxis and went out in my own car. ")
    for ending in ("One member still said no to a taxi and stayed at home.",
                   "We still ended up two hours behind and lunch was missed."):
        fb = analyze_answer(opening + ending, "Tell me about a time a plan fell apart.")
        assert "result_concrete" not in _codes(fb), ending
    fb = analyze_answer(opening + "Lunch started only ten minutes behind and everyone ate.",
                        "Tell me about a time a plan fell apart.")
    assert "result_concrete" in _codes(fb)


def test_h71_habits_few_takers_and_a_thank_you_letter() -> None:
    """Fifty-eighth round (h71): "we always got the job done" is a habit, not a concrete
    result; "only two of them ever used it" and being told to drop it are a failure; a
    customer who "wrote in to the shop to thank us" is not a vague ending."""
    fb = analyze_answer("I've worked in plenty of teams. In a warehouse you all help each "
                        "other. We always got the job done in the end.",
                        "Tell me about a time you worked in a team.")
    assert "result_concrete" not in _codes(fb)
    fb = analyze_answer(
        "At the depot drivers arrived whenever they liked. I wanted a booking system. I "
        "made a slot sheet and emailed the hauliers. Only two of them ever used it, and my "
        "manager told me to drop it.", "Tell me about a time you tried to improve something.")
    assert "result_concrete" not in _codes(fb)
    fb = analyze_answer(
        "A customer's wardrobe would not go up the stairs of her flat. I took the doors off "
        "and carried it up in sections with my co-driver. She was delighted and wrote in to "
        "the shop to thank us.", "Tell me about a time you went the extra mile for a customer.")
    assert "result_vague" not in _codes(fb) and "result_concrete" in _codes(fb)


def test_a_client_taken_elsewhere_a_report_someone_had_to_file_and_a_loss_are_no_success() -> None:
    """Fifty-eighth round (h72): "He ended up taking his aftercare to another hearing
    centre", "The pharmacist had to fill in an incident report", "He died early the next
    morning, despite everything" are bad endings; writing an incident report oneself is an
    action, and a peaceful death after good care is not read as a failure by these words."""
    opening = ("At the optician's a man's new glasses came back with the wrong lenses. I had "
               "to put it right before his holiday. I rang the lab and paid for a rush job. ")
    for ending in ("He still ended up taking his business to another optician in town.",
                   "The manager had to fill in an incident report about it.",
                   "The lenses were late despite everything, and he went away without them."):
        fb = analyze_answer(opening + ending, "Tell me about a time you put a mistake right.")
        assert "result_concrete" not in _codes(fb), ending
    fb = analyze_answer(opening + "He had his glasses two days early, and I wrote an incident "
                        "report so the lab changed its checks.",
                        "Tell me about a time you put a mistake right.")
    assert "result_concrete" in _codes(fb)


def test_he_or_she_after_a_named_boss_is_the_employer() -> None:
    """Fifty-ninth round: once the story has named the manager or the owner, "she was hopeless"
    or "he never had a clue" is about them; the same words after a customer are not."""
    question = "Tell me about a time you disagreed with your manager."
    for opening, verdict in (
            ("My manager at the leisure centre moved the swim rota every Sunday night. ",
             "Honestly, she was hopeless at planning."),
            ("The owner of the café told me off in front of a queue. ",
             "He didn't have a clue how long a flat white takes."),
            ("My supervisor gave the good shifts to the same two people. ",
             "She had her favourites and everyone knew it.")):
        fb = analyze_answer(opening + verdict, question)
        assert "negative_employer" in _codes(fb), verdict
    fb = analyze_answer("My manager asked me to deal with a customer at the desk. He was "
                        "shouting about his membership fee. He was hopeless at listening, "
                        "so I let him finish first.", question)
    assert "negative_employer" not in _codes(fb)


def test_an_owner_who_is_too_tight_or_never_says_well_done_is_criticised() -> None:
    """Fifty-ninth round: the owner as the employer; "the owner of the dog" is a customer."""
    question = "Tell me about a time you went the extra mile."
    for sentence in ("The till kept crashing because the owner is too tight to replace it.",
                     "The owner never once said well done to any of us.",
                     "Typical of that place, really."):
        fb = analyze_answer("I stayed late to finish the stock count. " + sentence, question)
        assert "negative_employer" in _codes(fb), sentence
    fb = analyze_answer("I stayed late to help a regular. The owner of the dog was too "
                        "upset to drive, so I rang her a taxi.", question)
    assert "negative_employer" not in _codes(fb)


def test_what_someone_expected_at_the_time_is_no_habit() -> None:
    """Fifty-ninth round (h74): "I thought I'd be ..." and "my manager told me I'd also be
    ..." tell what was expected then; the story after them keeps its parts."""
    fb = analyze_answer(
        "I'm a quiet person really. When I started at the leisure centre I thought I'd mostly "
        "be on the gym floor. But my manager told me I'd also be running the spin classes. "
        "I had two weeks to get my spin certificate. I did the course and practised with a "
        "playlist I wrote out word for word. My first class ran without a hitch and she gave "
        "me a second one.", "Tell me about a time you had to learn a new skill.")
    codes = _codes(fb)
    assert "no_story" not in codes and "no_action" not in codes
    assert "A" in [t.star for t in fb.sentences] and "result_concrete" in codes


def test_ever_since_i_check_is_the_lesson_of_a_mistake() -> None:
    """Fifty-ninth round (h74): "and ever since I double-check ..." is what the speaker
    learned, so a mistake told with it needs no lesson added."""
    fb = analyze_answer(
        "At the pool I logged a chlorine reading against the wrong hour, so it looked like a "
        "test had been missed. When my supervisor asked about it I owned up straight away. I "
        "redid the test and corrected the log with her. The log was correct by the time the "
        "inspector came that Friday, and ever since I double-check the hour before I write "
        "anything.", "Tell me about a mistake you made at work.")
    assert "no_reflection" not in _codes(fb)


def test_duties_told_one_by_one_are_not_vague_for_a_stock_phrase_or_two() -> None:
    """Fifty-ninth round (h75): a job's duties named in the present ("I run the coat
    check", "I also do the bar") beside "I always try to go above and beyond" or "a lot of
    things at once" are a duty list (no story), not a vague answer."""
    for closing in ("I always try to go above and beyond with every visitor.",
                    "So I'm used to juggling a lot of things at once."):
        fb = analyze_answer(
            "At the museum I welcome visitors and answer questions about the galleries. "
            "I also run the coat check and the buggy park. " + closing,
            "Tell me about a time you went above and beyond.")
        codes = _codes(fb)
        assert "no_story" in codes and "vague" not in codes, closing


def test_a_telling_off_is_no_lesson_and_no_success() -> None:
    """Fifty-ninth round (h75): "my manager ... told me to be more polite next time" is
    someone else's instruction after a complaint, so the story still needs the speaker's
    own lesson and its ending is not a concrete success."""
    fb = analyze_answer(
        "A customer complained that I'd been rude when I asked him to stop filming the show. "
        "He'd been filming for ten minutes and people behind him were annoyed. "
        "I went over and told him to stop or leave. "
        "My manager gave him a refund and told me to be more polite next time.",
        "Tell me about a time a customer complained about you.")
    codes = _codes(fb)
    assert "no_reflection" in codes and "result_concrete" not in codes


def test_not_assuming_people_dont_care_is_a_lesson_not_a_complaint() -> None:
    fb = analyze_answer(
        "A colleague kept swapping her gallery shifts without telling anyone. I needed it "
        "sorted before a room was left empty. I asked her what was making it hard and we "
        "moved the rota online. No room was left empty after that. It taught me to ask "
        "before I assume they don't care.",
        "Tell me about a time you had a conflict with a colleague.")
    assert "negative_employer" not in _codes(fb)


def test_fewer_repeat_visits_and_chasing_late_payers_are_no_bad_ending() -> None:
    """Sixtieth round (h76): "repeat visits dropped to one in twenty" is a gain, and
    ringing "the people who had missed the deadline" is an action on the problem: neither
    is a failure that asks for a lesson, and the concrete result is praised."""
    fb = analyze_answer(
        "At the tyre centre customers kept coming back because their bolts had not been "
        "re-torqued. I made a card reminding every customer to come in after fifty miles, and "
        "I rang the drivers who had missed the deadline. Within two months repeat visits "
        "dropped to one in twenty.",
        "Tell me about a time you improved a process.")
    codes = _codes(fb)
    assert "no_reflection" not in codes and "result_concrete" in codes


def test_a_proposal_turned_down_is_a_failed_outcome() -> None:
    """Sixtieth round (h76): "the manager decided not to go ahead" ends a persuasion story
    in failure, so it is not praised as a concrete result."""
    fb = analyze_answer(
        "At the garage I wanted us to text customers when their car was ready instead of "
        "calling. I needed the owner to agree to pay for the service. I showed him how many "
        "calls went unanswered in one week. He looked at it but decided not to go ahead "
        "because of the cost.",
        "Tell me about a time you tried to persuade someone.")
    assert "result_concrete" not in _codes(fb)


def test_it_was_my_job_to_is_the_task_not_an_action() -> None:
    """Sixtieth round (h76): "It was my job to log the complaint ..." says what the speaker
    had to do; a story with nothing else done by them is told that its action is missing."""
    fb = analyze_answer(
        "A driver came back furious that his new exhaust was rattling. It was my job to log "
        "the complaint and pass it to the workshop manager. The manager refitted the bracket "
        "and the driver left happy.",
        "Tell me about a time you handled a complaint.")
    assert [t.star for t in fb.sentences][1] != "A"
    assert "no_action" in _codes(fb)


def test_a_colleague_who_would_not_listen_ends_badly_and_spineless_bosses_are_a_complaint(
) -> None:
    """Sixtieth round (h77): "she told me to mind my own business, and nothing's changed"
    ends a conflict story badly (no concrete success; a lesson is asked for), and "the
    bosses are too spineless to do anything" criticises the employer."""
    fb = analyze_answer(
        "At the parts counter a colleague kept quoting prices from memory and getting them "
        "wrong. A customer came back angry after being overcharged. I refunded him and then "
        "asked my colleague to check the system first. She told me to mind my own business, "
        "and nothing's changed. The bosses are too spineless to do anything about her.",
        "Tell me about a time you had to deal with a difficult colleague.")
    codes = _codes(fb)
    assert "result_concrete" not in codes
    assert "no_reflection" in codes and "negative_employer" in codes


def test_an_outcome_that_same_week_is_concrete() -> None:
    """Sixtieth round (h77): "booked the car back in with us that week" pins the outcome
    to a time, so it is a checkable result, not a vague one."""
    fb = analyze_answer(
        "A woman came to the desk upset that her car had failed its MOT. I needed her to "
        "see the faults were real. I showed her the photos of the worn tyres. In the end "
        "she calmed down and booked the car back in with us that week for new tyres.",
        "Tell me about a time you dealt with an upset customer.")
    codes = _codes(fb)
    assert "result_concrete" in codes and "result_vague" not in codes


def test_or_something_naming_a_choice_is_not_vague() -> None:
    """Sixtieth round (h77): "a wrong part or something about the price" names the two
    things the speaker would ask about; "or something" as a trailing filler stays vague."""
    plan = ("I'd find out whether it was a wrong part or something about the price. "
            "I'd keep my voice low. I'd call the manager if it got worse.")
    assert "vague" not in _codes(analyze_answer(
        plan, "How would you handle an aggressive customer?"))
    assert "or something" in analyze_answer(
        "I'd help them with the booking or something. I'd be friendly, or whatever.",
        "How would you help a customer?").vague_phrases


def test_a_seasonal_duty_in_the_present_keeps_a_duty_list_a_duty_list() -> None:
    """Sixtieth round (h77): "During winter tyre season I also handle the storage tags" is
    every year, not one occasion, so the present-tense duty list is still no story."""
    fb = analyze_answer(
        "In my job I open up at seven and check in the drop-offs. I answer the phones and "
        "book services. During winter tyre season I also handle the storage tags. At the "
        "end of the day I balance the till.",
        "Tell me about a time you stayed organised during a busy period.")
    codes = _codes(fb)
    assert "no_story" in codes and "no_action" in codes


def test_getting_the_hang_of_it_is_a_vague_result() -> None:
    """Sixtieth round (h79): "over time most people got the hang of it and the complaints
    died down" and "we got there in the end, and now everyone's used to it" say it went
    well without saying what changed."""
    for ending in ("Over time most people got the hang of it and the complaints died down.",
                   "We got there in the end, and now everyone's used to it."):
        fb = analyze_answer(
            "When the depot brought in handheld scanners, the older drivers hated them. "
            "I needed them using the scanners before the old system was switched off. "
            "I sat with each driver for a morning and wrote a one-page guide. " + ending,
            "Tell me about a time you helped people adapt to a change.")
        codes = _codes(fb)
        assert "result_vague" in codes and "result_concrete" not in codes, ending


def test_an_always_busy_day_frames_id_as_routine_and_it_happens_is_a_shrug() -> None:
    """Sixtieth round (h80): "Saturdays at the print shop are always full-on" frames the
    "I'd be on passport photos" after it as what the speaker used to do, not a plan; "It
    happens though" shrugs a mistake off, so a lesson is asked for; "I'd only done about
    half" by the deadline is a failed outcome."""
    fb = analyze_answer(
        "Saturdays at the print shop were always full-on. I'd be on passport photos, "
        "checking each one against the rules. In between, I'd run the kiosk orders. And I'd "
        "jump on the till whenever the queue got long.",
        "Tell me about a time you worked under pressure.")
    assert "hypothetical" not in _codes(fb)
    fb = analyze_answer(
        "At the tailor's I wrote the wrong length on a customer's hem ticket. The trousers "
        "came out too short. I told the owner and she rang the customer. We paid for a new "
        "pair. It happens though, it was a crazy busy week.",
        "Tell me about a mistake you made at work.")
    assert "no_reflection" in _codes(fb)
    fb = analyze_answer(
        "A theatre needed five hundred flyers folded by four. I promised them on time. The "
        "folder broke, so I folded them by hand between customers. By four I'd only done "
        "about half, and they had to fold the rest backstage.",
        "Tell me about a time you worked under pressure.")
    assert "result_concrete" not in _codes(fb)


def test_pooled_tips_are_the_sum_of_each_sets_counts() -> None:
    """`eval_answer_feedback.py --spent NN` pools the sealed sets h17..hNN: each tip's
    firings and warranted cases are the sums over the sets, and its precision follows."""
    module = _eval_module()
    paths = module.spent_sets(18)
    assert [p.name for p in paths] == ["answers_h17.json", "answers_h18.json"]
    pooled = module.pooled_findings(paths)["rows"]
    one, two = (module.evaluate_findings("all", p)["rows"] for p in paths)
    for code in ("no_result", "result_concrete", "no_task"):
        assert pooled[code]["fired"] == one[code]["fired"] + two[code]["fired"]
        assert pooled[code]["warranted"] == one[code]["warranted"] + two[code]["warranted"]
        right = round(one[code]["p"] * one[code]["fired"]) + round(
            two[code]["p"] * two[code]["fired"])
        assert pooled[code]["p"] == right / pooled[code]["fired"]


def _assert_not_praised(story: str, endings: tuple[str, ...], question: str) -> None:
    """Each ending after the story is a bad one: no praise for a concrete result."""
    for ending in endings:
        fb = analyze_answer(story + ending, question)
        assert "result_concrete" not in _codes(fb), ending


def _assert_result_vague(answer: str, question: str) -> None:
    codes = _codes(analyze_answer(answer, question))
    assert "result_vague" in codes and "result_concrete" not in codes


def test_a_wandering_answer_that_settles_vaguely_has_a_vague_result() -> None:
    """Sixty-first round: the asides of a rambling answer are not its outcome. When it
    settles in general terms ("it all sort of worked out in the end"), the result is vague
    even if an aside the tagger read as a result names something concrete; an answer that
    tells its outcome plainly keeps its praise."""
    wandering = (
        "Oh, busy days, yeah, there are loads of those, honestly. "
        "At the union shop in Leeds the card machines went down on the first day of term. "
        "I had to keep the queue moving with cash only. "
        "I put a sign on the door and opened the second till for cash. "
        "My flatmate worked there too, she's in Bristol now, she moved last March. "
        "And the shop had just been repainted, which smelled awful, to be fair. "
        "It all sort of worked out in the end, I think. "
        "Anyway, that's probably more than you needed.")
    _assert_result_vague(wandering, "Tell me about a time you were very busy.")
    plain = (
        "At the union shop in Leeds the card machines went down on the first day of term. "
        "I had to keep the queue moving with cash only. "
        "I put a sign on the door and opened the second till for cash. "
        "By closing we had served four hundred students and nobody left without paying.")
    codes = _codes(analyze_answer(plain, "Tell me about a time you were very busy."))
    assert "result_concrete" in codes and "result_vague" not in codes


def test_a_complaint_lodged_or_a_rift_that_stayed_is_not_praised() -> None:
    """Sixty-first round: "he put in a written complaint", "we never really spoke again" are
    bad endings: no praise for a concrete result, and a conflict that ends so needs a lesson."""
    fb = analyze_answer(
        "A student at the accommodation office said I'd booked her into the wrong hall. "
        "I showed her the form she had signed. "
        "She put in a formal complaint the next day.",
        "Tell me about a time a customer complained about you.")
    assert "result_concrete" not in _codes(fb)
    _assert_asks_for_lesson(
        "At the lodge another porter kept leaving his rounds to me. "
        "I told him in front of everyone that I was done covering for him. "
        "Our supervisor split our shifts and we never really spoke again.",
        "Tell me about a conflict with a colleague.")


def test_a_refusal_a_reprimand_or_a_return_to_the_old_way_is_a_failed_outcome() -> None:
    """Sixty-first round, second part (h81): "the request was turned down", "we were both
    spoken to", "staff went back to the old paper forms" end badly, so they are not praised
    as a concrete result; someone else "spoken to" after a complaint is the complaint upheld."""
    _assert_not_praised(
        "At the admissions office a student needed her application deadline extended. "
        "I filled in the extension request with her and took it to the registrar. ",
        ("The request was turned down two days later.",
         "She told the supervisor and we were both spoken to that afternoon.",
         "Within a month everyone went back to the old paper forms."),
        "Tell me about a time you tried to help someone.")
    fb = analyze_answer(
        "A student complained that a porter had shouted at him. I took down what happened "
        "and passed it to the lodge manager. He got a written reply within two days, and the "
        "porter was spoken to.", "Tell me about a time you handled a complaint.")
    assert "result_concrete" in _codes(fb)


def test_a_harsh_word_about_animals_or_a_two_word_thing_is_no_complaint_about_the_employer():
    """Sixty-first round (h77, h78): "they're a nightmare" after "I've got two cats" means the
    cats, and "the key cabinets are a mess" judges things, not the workplace; "the managers
    there are a joke" still does."""
    def negative(text: str) -> bool:
        return "negative_employer" in _codes(analyze_answer(
            text, "Tell me about a time you helped a customer."))
    story = ("At the campus shop a student lost her card. I checked the till records with her "
             "and found the payment, and she got her refund that day. ")
    assert not negative(story + "I've got two cats at home myself, and they're a nightmare.")
    assert not negative(story + "To be fair, the key cabinets are a mess in that building.")
    assert negative(story + "To be fair, the managers there are a joke.")
    assert negative(story + "My colleague was useless, to be honest.")
    assert negative(story + "My employer is awful to its staff.")


def test_more_bad_endings_and_a_settling_sorted_out() -> None:
    """Sixty-first round, fourth part (h82): a customer who "wasn't interested", a scheme
    the owners "had taken down" and "about half the places filled" are failed outcomes; "it
    all got sorted out in the end" settles a wandering answer vaguely."""
    _assert_not_praised(
        "At the holiday park office I wanted more families to book the kids' club. "
        "I made a poster and offered a free first session at check-in. ",
        ("She wasn't interested and went to the site next door.",
         "A week later the owners had it taken down.",
         "By the evening about half the places filled, and my manager rang round for the rest."),
        "Tell me about a time you tried to persuade someone.")
    wandering = (
        "Oh, race day, honestly it's mad, you wouldn't believe it. "
        "On the Saturday the ticket scanners stopped working at the main gate. "
        "I checked names against the printed list and wrote out passes by hand. "
        "My cousin was there too, she comes every year, she loves the hats. "
        "The weather was lovely for once, which helped. "
        "It all got sorted out in the end, more or less. "
        "Anyway, that's probably more than you needed.")
    _assert_result_vague(wandering, "Tell me about a time you worked under pressure.")


def test_a_denied_harsh_word_our_things_and_a_complaint_on_file() -> None:
    """Sixty-first round, fifth part (h83): "not to be a disaster for them" denies the harsh
    word; "our van park was a mess" judges a thing; "the complaint went in my file" and a
    shift change "which was obviously payback" end badly. "Our supervisor was useless" is
    still a complaint about the employer."""
    def codes(text: str, question: str = "Tell me about a time you went the extra mile.") -> set:
        return _codes(analyze_answer(text, question))
    story = "A family were moving out of a storage unit on a Sunday. "
    assert "negative_employer" not in codes(
        story + "I wanted the day not to be a disaster for them, so I came in early.")
    assert "negative_employer" not in codes(
        story + "So, last spring our van park was a mess, and nobody could find the keys.")
    assert "negative_employer" in codes(story + "Honestly, our supervisor was useless.")
    _assert_not_praised(
        "A customer wanted to keep a hire van three extra days. I told him the van was "
        "booked for the next morning. ",
        ("My manager put the complaint in my file.",
         "He moved me to Sunday mornings for a month, which was obviously payback."),
        "Tell me about a time a customer complained about you.")


def test_a_deadline_missed_told_with_it_is_a_failed_outcome() -> None:
    """Sixty-first round, sixth part (h84): "the decision came back after the wedding, so they
    missed it" ends badly."""
    fb = analyze_answer(
        "A family needed visas for a wedding in London the following week. I took their "
        "biometrics myself and checked every document. The decision came back two days after "
        "the wedding, so they missed it.", "Tell me about a time you worked under pressure.")
    assert "result_concrete" not in _codes(fb)


def test_a_bare_they_counts_only_when_the_harsh_word_is_said_of_it() -> None:
    """Sixty-second round: "they" or "them" in another clause, or later on, is not whom the
    harsh word judges; "they" before it, in it or opening the next clause is."""
    for sentence in ("Landscapers are the worst for wanting everything yesterday, no "
                     "offence to them.",
                     "A lot of the older farmers hated that they couldn't sign a docket any more.",
                     "I saw they were old roses, and I wrote a plan: cut out the worst canes "
                     "and spray every two weeks.",
                     "Old houses are a nightmare for wiring, you never know what somebody's "
                     "done to them."):
        assert analyze_answer(sentence).negative_about_employer == [], sentence
    for sentence in ("That agency was useless, they'd send you anywhere.",
                     "Typical of them, they never asked the people on the shop floor.",
                     "They cut everybody's hours and then acted surprised the store was a mess."):
        assert analyze_answer(sentence).negative_about_employer == [sentence], sentence


def _assert_asks_for_lesson(story: str, question: str) -> None:
    """A story that ended badly: its result is not praised and a lesson is asked for."""
    codes = _codes(analyze_answer(story, question))
    assert "result_concrete" not in codes and "no_reflection" in codes


def _assert_praised_without_lesson(story: str, question: str) -> None:
    """A story that ended well: its result is praised and no lesson is asked for."""
    codes = _codes(analyze_answer(story, question))
    assert "result_concrete" in codes and "no_reflection" not in codes


def test_h86_others_errors_fraud_cancelled_renewals_and_a_lasting_silence() -> None:
    """Sixty-second round (h86): an error someone else made, to be dealt with, asks for no
    lesson; cancelling fraudulent orders is good news; a renewal is a checkable outcome;
    "nowhere near the target", "written up as a failure" and "they haven't booked with us
    since" are failures; "it worked out for her, more or less" is vague; two colleagues who
    "didn't really speak for the rest of the season" ended badly."""
    story = ("On a gala night the listing showed the wrong start time for the concert. "
             "I had to make sure nobody arrived late. "
             "I corrected the listing and texted every booker the right time. ")
    fb = analyze_answer(story, "Tell me about a time you had to deal with a ticketing error.")
    assert "no_reflection" not in _codes(fb)
    fb = analyze_answer(story, "Tell me about a time you made an error.")
    assert "no_reflection" in _codes(fb)
    _assert_praised_without_lesson(
        "At the arena I noticed forty orders paid with the same stolen card. I needed to stop "
        "them before the gates opened. I flagged the orders to our fraud team. The fraud team "
        "confirmed they were fraudulent and cancelled them, which saved us about six thousand "
        "dollars.", "Tell me about a time you spotted a problem early.")
    fb = analyze_answer(
        "A member was angry that her seats had moved. I needed to keep her. I went through the "
        "new plan with her and found seats near her old ones. She renewed for the next season.",
        "Tell me about a time you calmed an upset customer.")
    assert "result_concrete" in _codes(fb)
    opening = ("I was given a target of two hundred renewals by phone. I rang through the list "
               "every afternoon and offered the early discount. ")
    for ending in ("I only got sixty, which was nowhere near the target.",
                   "I got eighty in the end and the campaign was written up as a failure.",
                   "The school got a full refund in the end, and they haven't booked with "
                   "us since."):
        fb = analyze_answer(opening + ending, "Tell me about a time you worked to a target.")
        assert "result_concrete" not in _codes(fb), ending
    _assert_result_vague(
        "A caller's festival tickets had been cancelled by the fraud checks. I got the fraud "
        "team to look at it for her. But yeah, it worked out for her, more or less.",
        "Tell me about a time you handled a difficult call.")
    fb = analyze_answer(
        "A colleague printed tickets for a couple who had no photo ID. I told him that broke "
        "the rule and had it out with him at the interval. The manager backed me at the next "
        "briefing. He and I didn't really speak for the rest of the season.",
        "Tell me about a time you disagreed with a colleague.")
    assert "no_reflection" in _codes(fb)


def test_h87_a_feeling_that_gave_way_lost_business_and_a_named_change_amid_asides() -> None:
    """Sixty-second round, third part (h87): "he wasn't happy, but he ..." is a feeling that
    gave way, not a bad ending; a customer who brought in another company, an account never
    opened and a deal that "didn't come off" are failures; a wandering answer whose results
    name a change ("the trainer asked me to show the Saturday staff ...") is not called
    vague for ending "it worked out"."""
    _assert_praised_without_lesson(
        "At the recycling centre vans need a permit, and one morning a man arrived without "
        "one. I told him I couldn't let him in and showed him how to apply online. He wasn't "
        "happy, but he applied on his phone there and then and came back the next day with "
        "the permit.", "Tell me about a time you enforced a rule a customer didn't like.")
    opening = ("A builder needed six skips on site by seven the next morning. I pulled two "
               "from a job that could wait and got the drivers in early. ")
    fb = analyze_answer(opening + "A truck broke down at the gate, he only had four skips at "
                        "seven, and he brought in another company for the rest.",
                        "Tell me about a time you met a tight deadline.")
    assert "result_concrete" not in _codes(fb)
    fb = analyze_answer(
        "A roofing firm moved in across the road from our branch. My manager asked me to get "
        "them to open a trade account. I went over with a price list and followed up with a "
        "quote for their usual fixings. He said our prices were higher than their current "
        "supplier's, and they never opened the account.",
        "Tell me about a time you tried to win a new customer.")
    assert "result_concrete" not in _codes(fb)
    from coachkit.analysis import answer_feedback as af
    told = [("S", "Last fall our branch moved to a new system."),
            (None, "We had a guy who knew every code by heart, he's retired now."),
            ("A", "I did all the online modules and shadowed the trainer."),
            (None, "Oh, and the coffee machine broke that same week."),
            ("R", "The trainer actually asked me to show the Saturday staff how to do "
                  "special orders."),
            ("R", "So, yeah, it worked out.")]
    assert not af._vague_amid_asides(told)
    assert af._vague_amid_asides(told[:4] + told[5:])


def test_h88_numbers_that_did_not_move_getting_there_past_habits_and_about_yourself() -> None:
    """Sixty-second round, fourth part (h87, h88): "it didn't move the numbers" is a failure;
    "we got there, and now it runs smoothly" is vague ("we got there about forty minutes
    late" is not); "whenever it got busy I'd just get stuck in" is a past habit, not a plan;
    "tell me about yourself" is answered with self-descriptions, which are not vague there
    (but still are for a question about a time)."""
    opening = ("Renewals had been slipping, so I set up an email reminder a month before "
               "expiry and tracked the rate every week. ")
    fb = analyze_answer(opening + "It didn't move the numbers at all, renewals stayed at "
                        "about sixty percent.", "Tell me about a time you improved something.")
    assert "result_concrete" not in _codes(fb)
    _assert_result_vague(
        "When the zoo went cashless, the admissions team had to change how we worked. We "
        "trained on the new card terminals and put signs up in the car park. It took a few "
        "weeks but we got there, and now it runs smoothly.",
        "Tell me about a time you dealt with a big change.")
    fb = analyze_answer(
        "On an exercise our convoy was split by a road closure. I had to get the back four "
        "vehicles to the meeting point. I found another route and briefed the drivers. We got "
        "there about forty minutes late but all four vehicles made it.",
        "Tell me about a time you showed leadership.")
    assert "result_concrete" in _codes(fb)
    said = ["I'm a real team player and I'd always help anyone out.",
            "Whenever it got busy I'd just get stuck in with whatever needed doing."]
    assert not is_hypothetical_answer(said)
    assert is_hypothetical_answer(["I'd greet the visitor and check their ticket.",
                                   "Then I'd call the supervisor if it got busy."])
    about_me = ("I've spent most of my working life in quiet places, first as a library "
                "assistant and then doing admin for a college office. I'm quite introverted, "
                "but I've found I'm good on a desk when I know what I'm there to do, so "
                "helping someone with a ticket comes easily to me. I'm also keen on the "
                "newsletter side of the role, because writing and proofreading are my real "
                "strengths.")
    assert "vague" not in _codes(analyze_answer(about_me, "Tell me about yourself."))
    generalities = ("I'm quite introverted, but I've found I'm good on a desk when I know "
                    "what I'm there to do, so helping someone comes easily to me. I'm also "
                    "keen on writing, because writing and proofreading are my real strengths.")
    assert "vague" in _codes(analyze_answer(generalities,
                                            "Tell me about a time you worked in a team."))


def test_h89_a_drive_off_docked_pay_separate_shifts_and_a_busy_shift_habit() -> None:
    """Sixty-second round, fifth part (h89): a customer who drove off and the loss taken out
    of the speaker's pay, and two colleagues who "ended up on different shifts", are bad
    endings that ask for a lesson; "on a busy shift I'd be on the till" frames a past
    routine, not a plan."""
    _assert_asks_for_lesson(
        "On a busy Friday night a man asked me to switch on pump four without paying first. "
        "I just turned it on. He pumped about $70 of fuel and drove off, and the store took "
        "it out of my next check.", "Tell me about a time you made a mistake at work.")
    _assert_asks_for_lesson(
        "A girl on the early shift kept leaving the hot food cabinet empty for me to fill. I "
        "needed it sorted. One morning I told her at the till to fill it herself. She went "
        "straight to the manager, and the two of us ended up on different shifts.",
        "Tell me about a conflict you had with a colleague.")
    assert not is_hypothetical_answer([
        "In the filling station shop in Athlone, on a busy shift I'd be on the till and "
        "watching the pumps.", "I'd do the deli orders in between and keep the coffee "
        "machine topped up."])


def test_h91_lasting_outcomes_a_stake_a_standoff_and_a_deed_done_once() -> None:
    """Sixty-third round (h90, h91): what has not happened since is the result, though the
    speaker's deed is named in it; "it was important to keep her happy" is the task, not the
    outcome; colleagues put on opposite shifts because they could not work together is a
    bad ending; "I once walked a delivery guy ..." is an action; "the office pulled together
    well" and "it looked much better" are outcomes told in general terms."""
    fb = analyze_answer(
        "At the serviced office centre where I am now, the meeting-room bookings used to be "
        "kept in two places, the online calendar and a spreadsheet. I offered to move "
        "everything into the online calendar, and I checked each booking with the tenant by "
        "email as I went. We haven't had a double booking since I did that in the spring.",
        "What would you say is your biggest strength?")
    assert [t.star for t in fb.sentences][-1] == "R"
    assert "no_result" not in _codes(fb) and "result_concrete" in _codes(fb)
    _assert_result_vague(
        "A member at our coworking space complained that someone kept using her desk while "
        "she was out. She'd paid extra for that desk. It was important to keep her happy, "
        "because she'd been with us for three years and sent us a lot of referrals. In the "
        "end it was sorted and she was happy.",
        "Tell me about a time you dealt with a complaint from a member.")
    _assert_asks_for_lesson(
        "At the coworking space the other community manager wanted a dog-friendly Friday. I "
        "was against it because members had allergies. I told her in front of the team that "
        "it was a bad idea, then I emailed our area manager myself to get it stopped. It "
        "turned into a standoff, and in the end the area manager put us on opposite shifts "
        "because we couldn't work together.",
        "Tell me about a time you had a disagreement with a colleague.")
    fb = analyze_answer(
        "I once walked a delivery guy three blocks to the right building because the other "
        "towers kept sending him back to ours.", "Tell me about a time you helped a lost "
        "visitor.")
    assert "no_action" not in _codes(fb)
    _assert_result_vague(
        "Last year the plant outside town closed and two hundred people were let go in the "
        "same week. Our front desk was mobbed for days. I set up a numbered ticket queue and "
        "booked people into afternoon slots. It was a really hectic time, but the office "
        "pulled together well.", "Tell me about a time you worked under pressure.")
    _assert_result_vague(
        "At the guidance centre the waiting area was full of old leaflets. I binned the old "
        "ones and set up a simple rack by topic. People said it looked much better, and it "
        "was generally easier for clients to find things.",
        "Tell me about a time you improved something at work.")


def test_h92_nobody_took_it_up_a_hirer_lost_and_a_deed_after_calming_down() -> None:
    """Sixty-fourth round (h92): nobody taking an offer up, a customer who booked across
    town instead or moved their group to another venue are bad endings that ask for a
    lesson; "They both calmed down and climbed on different walls for the rest of the
    night" names what they did after the general outcome."""
    story = ("The parish centre's small meeting room sat empty most weekday mornings. I was "
             "asked to fill it. I put a notice up in the church porch and offered a "
             "discounted morning rate. ")
    _assert_not_praised(story, ("Nobody took it up, and by June the room was still empty "
                                "most mornings.",),
                        "Tell me about a time you tried to increase bookings.")
    _assert_asks_for_lesson(
        "A family wanted to book the big hall for a party on a Saturday in May, but it was "
        "already taken. I offered them the smaller hall with the room next door opened up. "
        "The family felt the smaller space wouldn't fit their guests, and they booked a "
        "banquet hall across town instead.",
        "Tell me about a time you couldn't give a customer what they wanted.")
    _assert_asks_for_lesson(
        "At the community centre I was doing the confirmation emails for the evening hirers. "
        "One week I copied the door code from the previous week's email without checking "
        "it. The slimming club leader and twenty of her members were stuck outside in the "
        "rain for forty minutes. I apologised when she rang the next morning. The manager "
        "gave her that session free, but she moved the group to the leisure centre the "
        "month after.", "Tell me about a mistake you made at work.")
    fb = analyze_answer(
        "Two teenagers started shoving each other at the climbing wall on a Friday night. I "
        "needed to stop it before someone got hurt. I stepped between them and gave each a "
        "different wall to climb. They both calmed down and climbed on different walls for "
        "the rest of the night.", "Tell me about a time you dealt with conflict.")
    assert "result_concrete" in _codes(fb) and "result_vague" not in _codes(fb)


def test_h93_a_fix_the_week_after_where_the_speaker_grew_up_and_a_rambling_got_sorted() -> None:
    """Sixty-fifth round (h93): "the light was fixed the week after" is pinned to a time,
    so checkable; "I grew up speaking Spanish at home" beside a story is no part of it;
    a rambling answer whose outcome "got sorted", as far as the speaker knows, has a vague
    result whatever number an aside holds."""
    fb = analyze_answer(
        "A man came into the council office annoyed because he'd reported a broken street "
        "light three times. I let him finish and then looked up his reports. They'd been "
        "logged under the wrong road, so I made a new report with the right location. He "
        "was calmer by the time he left, and the light was fixed the week after.",
        "Tell me about a time you dealt with a difficult customer.")
    assert "result_concrete" in _codes(fb) and "result_vague" not in _codes(fb)
    fb = analyze_answer(
        "At the payment center I noticed Spanish-speaking customers leaving without finishing "
        "their payment plans. I wanted them to manage without a family member to translate. "
        "I asked my supervisor if I could translate our form into Spanish. I did it over a "
        "couple of weeks on slow afternoons. I grew up speaking Spanish at home, so it felt "
        "natural to me.", "Tell me about a time you used your initiative.")
    assert fb.sentences[-1].star is None
    assert "no_result" in _codes(fb) and "result_concrete" not in _codes(fb)
    _assert_result_vague(
        "Oh, there are so many, honestly, you get all sorts in a broadband shop. There was "
        "one woman at our store whose router kept dropping out. Anyway, she came in with the "
        "router and said she wanted to cancel. I ran a line test while she was there, and it "
        "showed the fault was on the line. Line tests back then took ages, like ten minutes. "
        "So I raised it with the fault team as a repeat fault. In the end I think it got "
        "sorted, and she didn't cancel in the end, as far as I know. So yeah, that's one of "
        "them.", "Tell me about a time you dealt with a difficult customer.")


def test_h94_getting_through_is_the_result_and_what_id_do_differently_is_a_lesson() -> None:
    """Sixty-sixth round (h94): "I got through both tours and everything was logged before
    we closed" is how the busy spell came out, not another step; "What I'd do differently
    is ..." after a failure is its lesson (but not "I don't think I'd do anything
    differently")."""
    fb = analyze_answer(
        "One Saturday at the apartment complex I was alone at the desk because my coworker "
        "called in sick, and I had two tours booked. I put the phone on voicemail during "
        "each tour and left a sign on the desk. When I got back I logged the packages and "
        "returned the calls. I got through both tours and everything was logged before we "
        "closed.", "Tell me about a time you had to juggle several tasks at once.")
    assert fb.sentences[-1].star == "R"
    assert "no_result" not in _codes(fb) and "result_concrete" in _codes(fb)
    story = ("A group of four arrived at the hostel in Adelaide on a Friday night with a "
             "booking from a third-party site that had never come through to us. We were "
             "completely full, so I had to find them somewhere to sleep. I rang three other "
             "hostels nearby and a motel, and I refunded the deposit on our side straight "
             "away. Nobody had space on a festival weekend, and they left angry and gave us a "
             "one-star review. ")
    question = "Tell me about a time you couldn't give a customer what they wanted."
    fb = analyze_answer(story + "What I'd do differently is ring the booking site while "
                        "they were still at the desk.", question)
    assert "no_reflection" not in _codes(fb)
    fb = analyze_answer(story + "I don't think I'd do anything differently, to be honest.",
                        question)
    assert "no_reflection" in _codes(fb)


def test_h95_tickets_cancelled_nobody_missing_out_and_a_balanced_drawer_are_good_news() -> None:
    """Sixty-seventh round (h95): at a parking appeals desk "their tickets were cancelled",
    "The notice was cancelled" and "He got the first ticket cancelled" are good news; "none of
    the regular commuters missed their train" is no failure; "My drawer balanced at the end
    of the shift" is a checkable result."""
    question = "Tell me about a time you handled a customer complaint."
    story = ("A customer got a breach notice even though she'd paid through the app. I "
             "needed to get it cancelled before it went to a debt collector. I found her app "
             "payment and emailed the evidence to the notices team, then rang her to "
             "confirm. ")
    for ending in ("The notice was cancelled and she didn't have to pay anything.",
                   "Their tickets were cancelled before any of them had to come in.",
                   "She got the ticket cancelled as a warning and paid nothing."):
        _assert_praised_without_lesson(story + ending, question)
    _assert_praised_without_lesson(
        "On the morning of a big match our park-and-ride was full before the commuters "
        "arrived. Our supervisor asked me to sort out the overflow. I sent match traffic to "
        "the sports club field and kept my colleagues updated over the radio. The highway "
        "queue had cleared before the morning peak, and none of the regular commuters missed "
        "their train.", "Tell me about a time you worked as part of a team.")
    fb = analyze_answer(
        "On the Thanksgiving weekend I was on a cash lane at the toll plaza with a line of "
        "cars all day. I had to keep the line moving and my drawer accurate. I kept my change "
        "sorted ahead of time and called the supervisor before I ran out of ones. My drawer "
        "balanced at the end of the shift and the supervisor told me I'd done a good job.",
        "Tell me about a busy shift and how you handled it.")
    assert "result_concrete" in _codes(fb) and "result_vague" not in _codes(fb)


def test_h98_a_lost_account_and_an_i_once_story() -> None:
    """Sixty-eighth round (h98): a contractor who "stayed with the other supplier" and "we
    never got his account back" is a bad ending; "I once re-tinted a painter's tin on the
    spot while he waited" is what the speaker did, so a one-line story has its action (and
    no scene), where "I once gave a member the wrong change" is the scene of a slip."""
    story = ("An electrical contractor had stopped ordering from us after a mix-up over his "
             "breakers. My manager asked me to win him back. I rang him, apologised and "
             "offered him a standing delivery slot every Tuesday. ")
    _assert_not_praised(story, ("He was polite, but he stayed with the other supplier.",
                                "He was polite about it, but we never got his account "
                                "back."),
                        "Tell me about a time you tried to win back a customer.")
    question = "Tell me about a time you helped a customer in a hurry."
    codes = _codes(analyze_answer("I once re-tinted a painter's tin on the spot while he "
                                  "waited, so he could get straight back to his job.",
                                  question))
    assert "no_action" not in codes and "no_situation" in codes
    tags = tag_star(["I once gave a member the wrong change, ten dollars short.",
                     "I counted the drawer with my supervisor and paid him back."])
    assert [t for t, _ in tags] == ["S", "A"]


def test_h99_a_customer_who_will_not_be_back_and_wants_the_fee_back_asks_for_a_lesson() -> None:
    """Sixty-ninth round (h99): "He said he wouldn't be bringing the bike to us again and
    asked for the service fee back" is a bad ending, not a checkable success."""
    _assert_asks_for_lesson(
        "A customer came back a week after I'd serviced his hybrid, saying the front wheel "
        "was wobbling. I checked it and the quick release hadn't been done up tight enough, "
        "so I tightened it and trued the wheel. He said he wouldn't be bringing the bike to "
        "us again and asked for the service fee back, which my boss gave him.",
        "Tell me about a time a customer complained about your work.")


def test_h102_a_guessed_change_a_quarter_not_one_slip_refused_and_a_session_cut() -> None:
    """Seventieth round (h102): "he seemed to come in less after that" and "Our numbers came
    up quite a bit over the next quarter" are vague ("quarter" there is when, not how
    much); "not one slip was refused for missing the off" is good news; "we were still on
    about thirty players, and head office decided to cut Tuesday afternoons" is a failure."""
    question = "Tell me about a time you supported a vulnerable customer."
    story = ("A regular at our gaming centre started staying nine hours at a time. It was on "
             "me to approach him. I brought him a cup of tea and mentioned time limits and "
             "self-exclusion, then logged the conversation for my manager. ")
    _assert_result_vague(story + "I think it helped a bit, and he seemed to come in less "
                         "after that.", question)
    _assert_result_vague("At the casino our blackjack section kept getting flagged for slow "
                         "hands. I sat down with the team to work out where the time went. I "
                         "changed how the shuffle breaks were covered. Our numbers came up "
                         "quite a bit over the next quarter.",
                         "Tell me about a time you improved your team's performance.")
    _assert_praised_without_lesson(
        "On Gold Cup day the shop was packed and one of our two terminals went down. My job "
        "was to get every bet on before the off. I took the queue, checked slips in the line "
        "and rang the support line between races. The terminal was back up twenty minutes "
        "before the big race, and not one slip was refused for missing the off that day.",
        "Tell me about a time you worked under pressure.")
    _assert_not_praised(
        "Our Tuesday bingo session had dropped to about thirty players. My manager asked me "
        "to build it back up. I set up a bring-a-friend offer and put posters up around "
        "town. ", ("After six weeks we were still on about thirty players.",
                   "After six weeks head office decided to cut Tuesday afternoons altogether."),
        "Tell me about a time you tried to introduce a new idea.")


def test_h103_a_fault_that_has_not_come_back_and_a_faulty_part_scrapped_and_replaced() -> None:
    """Seventy-first round (h103): "It hasn't come back since" of a fault is good news (of
    a customer, "she hasn't been back since" is not); "The sling was scrapped and a new one
    was ordered" throws out a faulty part, where "the club was dropped" is a failure."""
    question = "Tell me about a time you spotted a safety problem."
    _assert_praised_without_lesson(
        "When I was checking in a returned hoist last month, I noticed the sling had a frayed "
        "strap. I tagged it as unsafe, took it out of stock and told my supervisor. The sling "
        "was scrapped and a new one was ordered before the hoist went back out.", question)
    codes = _codes(analyze_answer(
        "A customer's scooter kept cutting out on hills. I had to find the fault before "
        "winter. I checked the batteries, changed the controller and found a loose connector "
        "under the seat, which I replaced. It hasn't come back since, and she's used it all "
        "winter.", "Tell me about a time you solved a difficult problem."))
    assert "no_reflection" not in codes
    _assert_asks_for_lesson(
        "A member complained that her scooter wasn't charged when she came to collect it. I "
        "had to sort it out. I lent her a wheelchair instead. She hasn't been back since.",
        "Tell me about a time you dealt with a complaint.")


def test_h105_a_when_clause_that_tells_what_happened_a_routine_and_a_lost_regular() -> None:
    """Seventy-second round (h105): "When I started doing Sunday afternoons on my own I could
    answer the questions, and ..." tells what happened, so a story with two "I'd" habits in
    it is not a plan; "So on a normal Saturday in the butcher's I'd be on the counter from
    seven" is a routine, not a hypothetical; "he hasn't been back" is a lost customer."""
    story = ("When I moved from a bank to the cheese counter at a food hall, I knew almost "
             "nothing about cheese. My manager told me I'd be running the counter on my own "
             "within the month. I asked the buyer if I could sit in on her tastings, and I made "
             "myself a card for every cheese. In the quiet spells I'd practise the descriptions "
             "out loud to the senior cheesemonger. When I started doing Sundays on my own I "
             "could answer the questions without phoning anyone, and a regular started asking "
             "for me by name.")
    codes = _codes(analyze_answer(story, "Tell me about a time you learned something quickly."))
    assert not {"hypothetical", "no_action", "no_result"} & codes
    assert is_hypothetical_answer(["If a customer complained, I'd listen first.",
                                   "When I get a complaint, I'd write it down.",
                                   "I'd make sure they left happy."])
    routine = ["So on a normal Saturday in the butcher's in Limerick I'd be on the counter from "
               "seven.", "I'd be doing the mince, the burgers and the phone orders.",
               "So there's always a lot going on, and I just get on with it."]
    assert not is_hypothetical_answer(routine)
    _assert_not_praised(
        "A regular told me our new prosciutto tasted like cardboard. I really wanted to keep "
        "him. I asked the owner to order the old brand for the regulars and rang him when it "
        "came in. ", ("He came in once, said it still wasn't the same, and he hasn't been back.",),
        "Tell me about a time you tried to win back an unhappy customer.")


PARCEL_PUT_RIGHT = (
    "A man came in wanting a birthday parcel to reach his niece in Spain by the weekend. "
    "I told him the standard service would not make it and showed him the tracked option. "
    "He wasn't happy about the price and grumbled about it for a while. "
    "In the end he paid for the tracked one, and it got there on the Friday, because he "
    "came back the next week to thank me.")


def test_a_setback_a_later_result_puts_right_asks_for_no_lesson() -> None:
    """Seventy-third round: on a question that asked for no conflict or failure, a setback
    near the end is no failed story when a later result puts it right."""
    fb = analyze_answer(PARCEL_PUT_RIGHT,
                        "Tell me about a time you dealt with a difficult customer.")
    assert "no_reflection" not in _codes(fb)


def test_a_setback_left_standing_still_asks_for_a_lesson() -> None:
    story = PARCEL_PUT_RIGHT.replace(
        "In the end he paid for the tracked one, and it got there on the Friday, because he "
        "came back the next week to thank me.",
        "In the end he walked out without sending it, and he has not been back since.")
    fb = analyze_answer(story, "Tell me about a time you dealt with a difficult customer.")
    assert "no_reflection" in _codes(fb)


def test_a_mess_or_a_nightmare_counts_only_when_said_of_the_workplace() -> None:
    """Seventy-third round: "a mess", "a nightmare", "a disaster", "a shambles" said of a
    thing are no remark about an employer; said of the workplace or its people they are."""
    for sentence in ("I redid the holiday rota that spring, which was a nightmare, but we got "
                     "everyone covered.",
                     "I had to own up to the boss that I'd made a mess of the weekly banking.",
                     "After the refit the stockroom at our branch was a disaster for a week."):
        assert analyze_answer(sentence).negative_about_employer == [], sentence
    for sentence in ("Honestly, the management at the depot were a nightmare to work for.",
                     "The agency I'm on the books with is a shambles.",
                     "They moved us to nights with a day's notice and the whole rota was a mess."):
        assert analyze_answer(sentence).negative_about_employer == [sentence], sentence


@pytest.mark.parametrize("ending", [
    "None of them signed, because their chains had national contracts.",
    "Fewer than half the members used it, and we had to go back to paper forms the next year.",
    "About half the saplings died in the first month because of the dry spell.",
])
def test_a_plan_nobody_took_up_is_a_failed_outcome(ending: str) -> None:
    """Seventy-fourth round (h108): an offer nobody signed, a change fewer than half used, a
    planting most of which died: failed outcomes, not concrete successes."""
    fb = analyze_answer(
        "At the nursery I wanted to win the new hotels' weekly flower orders. "
        "I put together a proposal and took sample arrangements to three managers. " + ending,
        "Tell me about a time you tried to bring in new business.")
    assert "result_concrete" not in _codes(fb)


def test_a_refund_the_manager_had_to_give_is_a_bad_ending() -> None:
    fb = analyze_answer(
        "At the garden centre a customer asked if the lawn feed was safe near her vegetables. "
        "I told her yes, I thought it would be fine. "
        "She came back two weeks later because her lettuces had gone brown, and my manager "
        "had to give her a refund and a voucher.",
        "Tell me about a mistake you made at work.")
    assert "result_concrete" not in _codes(fb)
    assert "no_reflection" in _codes(fb)


@pytest.mark.parametrize("result", [
    "He was delighted and posted the before-and-after photos on Instagram, tagging the shop.",
    "Everything was done and out by six.",
])
def test_a_result_anyone_could_check_is_concrete(result: str) -> None:
    """Seventy-fifth round (h111, h112): photos posted online, work done by a stated time."""
    fb = analyze_answer(
        "One Friday at the pharmacy I had the care home order to finish and the phone kept "
        "ringing. I asked my colleague to take the phone for an hour and finished the order, "
        "then rang the customers back, starting with the ones who needed medicines over the "
        "weekend. " + result)
    assert "result_concrete" in _codes(fb)
    assert "result_vague" not in _codes(fb)


def test_copies_the_customer_did_not_take_are_a_failed_outcome() -> None:
    """Seventy-fifth round (h111): "he ... didn't take the copies" ends badly; "she didn't
    take it any further" (a complaint dropped) does not."""
    story = ("An old man brought in his wedding photo, stuck to the glass after a flood. "
             "He wanted copies for each of his grandchildren. "
             "I soaked the frame, then scanned the print through the glass and retouched it. ")
    failed = analyze_answer(story + "The scan still had patches missing, and he said it "
                            "wasn't her anymore and didn't take the copies.",
                            "Tell me about a time you couldn't give a customer what they wanted.")
    assert "result_concrete" not in _codes(failed)
    from coachkit.analysis import answer_feedback as af
    assert af._failed("The scan still had patches missing, and he didn't take the copies.")
    assert not af._failed("In the end he accepted an apology and didn't take it any further.")


def test_a_parcel_never_given_a_shelf_and_files_in_a_terrible_state_are_no_employer() -> None:
    """Seventy-sixth round (h113, h115): a parcel "never given a shelf location" and "our
    paper files ... were in a terrible state" judge things, not the employer; "they've never
    given us a pay rise" and "the management was terrible" still do."""
    for sentence in ("I asked my colleague to take the till, then saw the parcel had been "
                     "checked in but never given a shelf location.",
                     "In my last job our paper files for exchange students were in a terrible "
                     "state."):
        assert analyze_answer(sentence).negative_about_employer == [], sentence
    for sentence in ("Honestly, the management there was terrible.",
                     "My last employer has never given us a pay rise in four years."):
        assert analyze_answer(sentence).negative_about_employer == [sentence], sentence


def test_what_motivates_you_is_answered_with_reasons() -> None:
    fb = analyze_answer(
        "What motivates me is being outside and moving, I'd go mad in an office. "
        "I like that the route is different every day. "
        "I also care about the environment, so riding a cargo bike means something to me. "
        "And I like a clear target, so many drops, finish, done.",
        "What motivates you at work?")
    assert "vague" not in _codes(fb)


@pytest.mark.parametrize("ending", [
    "He read it but said no, because he was worried about space behind the counter.",
    "She wrote a complaint on the website and my supervisor had to reply to it.",
    "Nothing came up in time, and she deferred her place and flew home.",
    "The customer claimed for the damage, and I got a talking-to for walking off.",
])
def test_a_refusal_a_complaint_or_nothing_found_is_a_failed_outcome(ending: str) -> None:
    """Seventy-sixth round (h113-h115)."""
    fb = analyze_answer(
        "At the parcel shop I wanted to add a second counter for returns. "
        "I wrote a one-page proposal and showed it to the owner with the costs. " + ending)
    assert "result_concrete" not in _codes(fb)


def test_nobody_leaving_a_bad_review_is_good_news() -> None:
    from coachkit.analysis import answer_feedback as af
    assert not af._failed("Nobody left a bad review that week.")
    assert af._failed("Two guests left a bad review that week.")


@pytest.mark.parametrize("ending", [
    "Neither worked out, so the family had to move the wake to another chapel halfway through.",
    "But one of the sons refused to sign, so the authorisation couldn't be granted.",
    "He kept coming back late anyway, so in the end I asked to be moved to the other pool.",
    "The general manager gave her a free month and told me to apologise to her, which I did.",
    "The owner told me it was fine, but the son moved the funeral to another company that "
    "same week.",
])
def test_a_refusal_a_rival_or_a_telling_off_is_no_concrete_result(ending: str) -> None:
    """Seventy-seventh round (h116-h118): stories that end badly for the customer or the
    speaker were praised for a concrete result."""
    fb = analyze_answer(
        "At the pool in Austin a member wanted to change the booking for her class. "
        "I called the other branch and asked the manager to hold the slot for her. " + ending,
        "Tell me about a time you couldn't give a customer what they wanted.")
    assert "result_concrete" not in _codes(fb)


def test_a_refusal_told_as_the_situation_is_not_the_ending() -> None:
    from coachkit.analysis import answer_feedback as af
    assert not af._failed("When he refused to pay, I called my supervisor.")
    assert not af._failed("He ended up leaving his number, and the shoes were handed back "
                          "the next morning.")
    assert af._failed("She ended up leaving the team a month later.")
    assert af._failed("A couple of weeks later she took me off rhyme-time and gave it to "
                      "another assistant.")


@pytest.mark.parametrize("sentence", [
    "Ten-twenty is, you scan your zone in ten seconds and can reach anyone in twenty.",
    "I'm just tired of doing three people's jobs on minimum wage.",
    "For the families who had waited longest, I checked whether they could take an early slot.",
])
def test_an_explanation_a_grievance_or_a_check_is_no_concrete_outcome(sentence: str) -> None:
    """Seventy-seventh round (h116, h117): numbers in an explanation to a general "you" or in
    a grievance, and a check the speaker made, tell of no outcome."""
    from coachkit.analysis import answer_feedback as af
    assert not af._is_concrete(sentence)
    assert af._is_concrete("Ten of them signed up that week, and she sent a thank you card.")


def test_asked_to_host_it_again_is_a_concrete_result() -> None:
    fb = analyze_answer(
        "We hosted the county swimming championships at our centre in Norwich in May. "
        "I set up the spectator seating and ran the timing system with two volunteers. "
        "Everything ran smoothly and the county association asked us to host it again the "
        "next year.", "Tell me about a time you helped run a large event.")
    assert "result_concrete" in _codes(fb)
    assert "result_vague" not in _codes(fb)


@pytest.mark.parametrize("sentence", [
    "Honestly, the whole place is run like a market stall.",
    "Honestly, head office had no clue what they were doing.",
    "Head office sent an email moaning about lost income, which tells you everything about "
    "their priorities.",
    "Which, to be honest, is typical of the crowd they hire there.",
])
def test_more_remarks_about_the_employer(sentence: str) -> None:
    """Seventy-seventh round (h116-h118)."""
    assert analyze_answer(sentence).negative_about_employer == [sentence]


@pytest.mark.parametrize("ending", [
    "Hardly anyone used it, we sold maybe ten of those tickets a week, and the theatre "
    "dropped the scheme after the trial.",
    "He was billed for three more months, and his wife phoned in furious and took it to the "
    "ombudsman.",
    "The complaint was upheld anyway and the customer got a twenty-five pound credit.",
])
def test_a_scheme_dropped_an_ombudsman_or_a_complaint_upheld_is_no_concrete_result(
        ending: str) -> None:
    """Seventy-eighth round (h119, h120)."""
    fb = analyze_answer(
        "Two years ago our Tuesday performances at the theatre were often half empty. "
        "I proposed a new ticket offer to my manager and designed the posters for it. " + ending,
        "Tell me about a time you tried to improve something at work.")
    assert "result_concrete" not in _codes(fb)


def test_things_carrying_on_as_normal_is_a_vague_result() -> None:
    """Seventy-eighth round (h121)."""
    fb = analyze_answer(
        "One Sunday morning at the Canton store all six self-checkouts froze at once. "
        "I opened a staffed till myself and radioed the duty manager to ring the helpdesk. "
        "Eventually they came back on and things carried on as normal.",
        "Tell me about a time you dealt with a technical problem.")
    assert "result_concrete" not in _codes(fb)
    assert "result_vague" in _codes(fb)


def test_a_wait_no_longer_than_before_is_no_failed_change() -> None:
    """Seventy-eighth round (h121): after a new ordering system, "the wait at the kiosk was
    about the same as before" is good news; a completion rate "exactly the same as before"
    after a change meant to raise it is still a failure."""
    from coachkit.analysis import answer_feedback as af
    assert not af._failed("By Saturday we were taking app orders with no real problems, and "
                          "the wait at the kiosk was about the same as before.")
    assert af._failed("After the new leaflet the completion rate was exactly the same as "
                      "before.")


@pytest.mark.parametrize("last", [
    "Around four I walked him up to his room.",
    "Afterwards I wrote the steps down on a card she could keep by her keyboard.",
    "When she arrived, I gave her one consultant's list and kept the other myself.",
])
def test_a_story_that_ends_on_one_more_deed_has_no_result(last: str) -> None:
    """Seventy-ninth round (h122-h124): the last sentence, one more thing the speaker did,
    is the action, and the story has no result (22 of 27 such sentences over h16-h121)."""
    fb = analyze_answer(
        "At the hostel one Saturday night the kitchen assistant was off sick. "
        "I had to get breakfast ready for ninety guests by six. "
        "I asked the security guard to watch the desk while I did the eggs and the bread. "
        + last, "Tell me about a time you worked with a colleague to get something done.")
    assert fb.sentences[-1].star == "A"
    assert "no_result" in _codes(fb)
    assert "result_concrete" not in _codes(fb)


def test_a_deed_that_tells_its_outcome_stays_the_result() -> None:
    fb = analyze_answer(
        "At the hostel one Saturday night the kitchen assistant was off sick. "
        "I had to get breakfast ready for ninety guests by six. "
        "I asked the security guard to watch the desk while I did the eggs and the bread. "
        "I finished the last tray at ten to six and nobody had to wait.",
        "Tell me about a time you worked with a colleague to get something done.")
    assert fb.sentences[-1].star == "R"
    assert "no_result" not in _codes(fb)


@pytest.mark.parametrize("ending", [
    "There was nothing, and in the end he dozed in a lobby chair until the first train.",
    "One of them accepted, but the other handed in her notice a month later.",
    "She went ahead anyway, and the clinic had its worst month for missed appointments.",
    "Neither centre could reduce the price, so she waited another six weeks.",
])
def test_more_endings_that_are_failures(ending: str) -> None:
    """Seventy-ninth round (h122-h124)."""
    fb = analyze_answer(
        "During the festival a guest arrived at midnight with a booking we had no record of. "
        "I rang our sister hotel and six others and checked every booking app I had. "
        + ending, "Tell me about a time you couldn't give a guest what they wanted.")
    assert "result_concrete" not in _codes(fb)


def test_i_think_now_i_should_have_is_a_lesson() -> None:
    fb = analyze_answer(
        "At the practice the two other secretaries fell out over who covered the phones. "
        "I proposed alternating Wednesdays, with me covering one a month myself. "
        "One of them accepted, but the other handed in her notice a month later. "
        "I think now I should have brought the doctors in earlier.",
        "Describe a time you tried to resolve a conflict within your team.")
    assert "no_reflection" not in _codes(fb)
    from coachkit.analysis import answer_feedback as af
    assert af._LESSON.search("I think now I should have brought the doctors in earlier.")
    assert af._failed("He read it, said thanks, and changed nothing.")
    assert not af._failed("It turned out she had done nothing wrong.")


def test_never_worked_a_window_in_his_life_is_a_remark_about_the_manager() -> None:
    sentence = "Honestly, he's never worked a window in his life, and it shows."
    fb = analyze_answer("Our booking office manager decided to close two windows at lunch. "
                        + sentence)
    assert fb.negative_about_employer == [sentence]


def test_a_system_that_failed_is_no_failure_of_the_speakers() -> None:
    """Eightieth round (h126): "a time a system failed" asks how the speaker coped; its
    concrete result is praised and no lesson is asked for."""
    fb = analyze_answer(
        "On a Saturday in the school holidays the scanners at the museum entrance stopped "
        "reading the e-tickets, with a hundred people in the queue. "
        "I had to keep people moving without letting anyone in twice. "
        "I got two colleagues to write down booking references by hand and tick them off. "
        "Everyone was inside by half past ten and nobody was let in twice.",
        "Tell me about a time a system failed while you were working.")
    assert "result_concrete" in _codes(fb)
    assert "no_reflection" not in _codes(fb)
    failed = analyze_answer(
        "I double-booked a viewing, so two families turned up at the same time. "
        "I showed them round together and said it was an open viewing. "
        "The landlord rang my boss that evening to complain.",
        "Tell me about a time you failed.")
    assert "no_reflection" in _codes(failed)


@pytest.mark.parametrize("ending", [
    "After three months the ceramics had made less than the books, and the director ended "
    "the trial.",
    "He gave the extra shows to a newer colleague, and after that he didn't put me on the "
    "demo rota again.",
    "He moved the property to another agent the following week.",
])
def test_a_trial_ended_a_rota_lost_or_a_client_gone_is_no_concrete_result(ending: str) -> None:
    """Eightieth round (h126, h127)."""
    fb = analyze_answer(
        "Our museum shop in Oslo was losing money on the book section. "
        "I contacted eight makers and redesigned the front table to show their pieces. "
        + ending, "Tell me about a time you tried to make a change at work.")
    assert "result_concrete" not in _codes(fb)


def test_clearer_afterwards_is_vague_and_a_payment_plan_concrete() -> None:
    vague = analyze_answer(
        "A young man came into our branch wanting to open a dollar account. "
        "I explained the charges and wrote down the list of documents for him. "
        "He was much clearer afterwards and I think he was happy with the service.",
        "Tell me about a time you helped a customer understand a product.")
    assert "result_vague" in _codes(vague) and "result_concrete" not in _codes(vague)
    concrete = analyze_answer(
        "We had a tenant in Fitzroy who had stopped paying rent. "
        "I sent him the breach notices and applied to the tribunal for an order. "
        "We found the property was fine, and he agreed to a payment plan.",
        "Tell me about a time you dealt with a difficult tenant.")
    assert "result_concrete" in _codes(concrete) and "result_vague" not in _codes(concrete)


@pytest.mark.parametrize("ending", [
    "He said I should have put it more gently, and the patient transferred her records to "
    "another office the following week.",
    "She just walked off, and one of the patients left without being seen.",
    "After a full term only a handful of families used it, and the principal decided to drop "
    "it.",
])
def test_a_patient_lost_or_a_change_dropped_is_no_concrete_result(ending: str) -> None:
    """Eighty-first round (h129, h130)."""
    fb = analyze_answer(
        "At the dental office a patient called to reschedule for the third time that month. "
        "I told her about the broken appointment fee and showed the dentist her notes. "
        + ending, "Tell me about a time a patient complained about you.")
    assert "result_concrete" not in _codes(fb)
    from coachkit.analysis import answer_feedback as af
    assert not af._failed("Nobody in line left without being served.")


def test_an_outcome_the_speaker_is_unsure_of_is_vague() -> None:
    """Eighty-first round (h128): "In the end I was quite close, I think, or maybe just over,
    I don't remember exactly now", then "it was a good month in general"."""
    fb = analyze_answer(
        "Last spring at the club I was behind on my membership target. "
        "I started doing club tours in the evenings, when the office workers come in. "
        "In the end I was quite close, I think, or maybe just over, I don't remember exactly. "
        "But it was a good month in general for the whole club.",
        "Tell me about a time you met a sales target.")
    assert "result_concrete" not in _codes(fb)
    assert "result_vague" in _codes(fb)


def test_a_customer_who_refused_and_left_is_no_concrete_result() -> None:
    """Eighty-second round (h131): "He refused, said it had to be one table, and they left."
    (not "When he refused, I called the family myself", an action)."""
    fb = analyze_answer(
        "A man came in at ten on a Saturday night with a party of fifteen and no booking. "
        "I called our sister restaurant and offered to seat them in three groups of five. "
        "He refused, said it had to be one table, and they left.",
        "Tell me about a time you couldn't satisfy a customer.")
    assert "result_concrete" not in _codes(fb)
    from coachkit.analysis import answer_feedback as af
    assert not af._failed("When he refused, I called the family myself and explained the delay.")
    assert not af._failed("Her caseworker warned her, and they moved her appointment to a "
                          "different day.")
    assert af._failed("She moved her custom to another salon.")


@pytest.mark.parametrize("sentence", [
    "It was a very intense time for all of us.",
    "Pauline's brilliant, she's been doing it about twenty years, she knows every creditor.",
])
def test_a_feeling_or_an_aside_about_someone_is_no_outcome(sentence: str) -> None:
    """Eighty-second round (h132)."""
    from coachkit.analysis import answer_feedback as af
    assert not af._is_concrete(sentence)


@pytest.mark.parametrize("ending", [
    "The real owner came in the next day, and the carrier opened a claim against the shop.",
    "My manager said okay, but she moved me onto the tills instead of the parcel counter.",
    "She came in once to look at the forms, but she never signed.",
    "By the time she came back she'd lost about three months of waiting time.",
    "She wrote to her councillor, and my team leader made me write her a letter of apology.",
])
def test_a_claim_a_move_off_the_counter_or_an_apology_ordered_is_no_concrete_result(
        ending: str) -> None:
    """Eighty-third round (h133, h134)."""
    fb = analyze_answer(
        "At the post office a man had a pickup notice for his neighbour's parcel. "
        "I glanced at his ID and gave him the parcel because the queue was long. " + ending,
        "Tell me about a mistake you made at work.")
    assert "result_concrete" not in _codes(fb)


# --- eighty-fourth round (h135-h137) ---------------------------------------------------


_BUS_STORY = ("At the ticket office a group of regular passengers came in about the early "
              "route being cut. I had to explain the change and offer them another way in. "
              "I went through the new timetable with them and printed the connections. ")


@pytest.mark.parametrize("ending", [
    "Most of them were still angry, a petition went to the ministry, and the route was not "
    "brought back.",
    "There was nothing until the morning, so they had to stay in town, and they left angry.",
    "One of them filled in a complaint form, and my manager made me ring her the next day to "
    "apologise.",
])
def test_still_angry_a_petition_or_an_apology_ordered_is_no_concrete_result(ending: str) -> None:
    """Eighty-fourth round (h135, h137): endings that went badly for the customer or the
    speaker were praised as concrete results."""
    question = "Tell me about a time you had to deliver bad news to customers."
    assert "result_concrete" in _codes(analyze_answer(
        _BUS_STORY + "By Friday all twelve had switched to the new bus and none complained.",
        question))
    assert "result_concrete" not in _codes(analyze_answer(_BUS_STORY + ending, question))


@pytest.mark.parametrize("ending", [
    "After that it mostly worked, though he still slipped now and then.",
    "He calmed down and it was all sorted out in the end.",
])
def test_a_partly_or_generally_settled_ending_is_vague(ending: str) -> None:
    """Eighty-fourth round (h137): "mostly worked" and "it was all sorted out in the end"
    tell of no checkable outcome."""
    fb = analyze_answer(
        "At the depot one colleague always took his break at the busiest time and left me "
        "alone on the barriers. I spoke to him one quiet evening and asked if we could agree "
        "a break rota. I wrote it up on the board in the mess room. " + ending,
        "Tell me about a time you worked with a difficult colleague.")
    assert "result_concrete" not in _codes(fb)
    assert "result_vague" in _codes(fb)


def test_a_lesson_or_a_memory_is_no_concrete_outcome() -> None:
    """Eighty-fourth round (h136, h137): "I learned it's better to talk early" and "I still
    think about him whenever we do Tosca" are neither of them outcomes."""
    from coachkit.analysis import answer_feedback as af

    assert not af._is_concrete("I learned it's better to talk early than to let it build up.")
    assert not af._is_concrete("I still think about him whenever we do Tosca, because that "
                               "was her favourite.")
    assert af._is_concrete("We started talking early, and he was never late back again.")


def test_one_more_thing_done_together_is_no_result() -> None:
    """Eighty-fourth round (h135): "We rang them together from the shop phone" is one more
    thing the speaker did, so the story has no result."""
    fb = analyze_answer(
        "An older gentleman came into our shop who couldn't read his post any more. I had to "
        "help him see what would actually help. I sat with him and let him try our "
        "magnifiers on his own letters. I also wrote down the number of the low-vision "
        "service and offered to call them with him. We rang them together from the shop "
        "phone.", "Tell me about a time you helped a customer who was struggling.")
    assert "no_result" in _codes(fb)
    assert "result_concrete" not in _codes(fb)


# --- eighty-fifth round (h138-h140) ----------------------------------------------------


_HOSTEL_STORY = ("At the hostel a guest asked at the desk for a change I thought would help "
                 "everyone. I wanted to make it work for the season. I wrote up a plan and put "
                 "it to the owner with the figures. ")


@pytest.mark.parametrize("ending", [
    "The manager said she wasn't changing the rota, so we just worked in silence until he "
    "left in the spring.",
    "We only rented about thirty bike-days, which didn't cover the cost, so the owner stopped "
    "it in August.",
    "They said it wasn't good enough, checked out the next morning and asked their bank for a "
    "chargeback.",
    "The owner gave her a discount, and she still wrote in her review that the receptionist "
    "was unfriendly.",
    "She decided against it, so we kept answering every call live until the outage ended.",
])
def test_a_refusal_a_scheme_stopped_or_a_bad_review_is_no_concrete_result(ending: str) -> None:
    """Eighty-fifth round (h139, h140): endings that went badly, praised as concrete."""
    question = "Tell me about a time you tried to improve something at work."
    assert "result_concrete" in _codes(analyze_answer(
        _HOSTEL_STORY + "She agreed, and bookings rose from 40 to 65 a week by August.",
        question))
    assert "result_concrete" not in _codes(analyze_answer(_HOSTEL_STORY + ending, question))


@pytest.mark.parametrize("sentence", [
    "And he went away happy in the end.",
    "And she was really happy, I think she filled in the survey.",
    "He was a golden retriever, super sweet, his name was Biscuit or Buster or something.",
])
def test_a_guessed_or_general_outcome_is_not_concrete(sentence: str) -> None:
    """Eighty-fifth round (h138)."""
    from coachkit.analysis import answer_feedback as af

    assert not af._is_concrete(sentence)


def test_one_more_thing_done_while_they_waited_is_no_result() -> None:
    """Eighty-fifth round (h138): "While he waited, I filled in the retest paperwork so he
    wouldn't have to queue" is one more deed (its "so" is a purpose, not an outcome)."""
    fb = analyze_answer(
        "A taxi driver brought his car in for its MOT and one tyre was below the legal limit. "
        "I needed to get him legal and back on the road the same day. I rang our three "
        "suppliers until I found a matching tyre that could come within the hour. I asked the "
        "workshop to slot him in between two services. While he waited, I filled in the "
        "retest paperwork so he wouldn't have to queue at the desk again.",
        "Tell me about a time you helped a customer who was in a tight spot.")
    assert "result_concrete" not in _codes(fb)
    assert "no_result" in _codes(fb)


def test_a_story_with_nobody_in_it_is_asked_to_name_the_difficult_customer() -> None:
    """Eighty-sixth round (h135-h137): to "a difficult customer", an answer about a stock
    take or a cash drawer, with nobody at all in it, was called on the question (11 such
    answers over the spent sets, none of them marked as answering it)."""
    question = "Tell me about a time you dealt with a difficult customer."
    off = analyze_answer(
        "At the Kela office last year we had to move all the old paper files to the central "
        "archive. I was responsible for making sure every file was logged. I made a "
        "spreadsheet of box numbers and checked each box myself before it was sealed. All "
        "two hundred and twelve boxes arrived at the archive, and the audit found no missing "
        "files.", question)
    assert "answers_question" not in _codes(off)
    assert "who_asked" in _codes(off)
    on = analyze_answer(
        "At the office a man came to the counter shouting about his housing allowance. I "
        "needed to calm him down and find out what had gone wrong. I took him to a quiet "
        "desk and went through his file with him. He left with a new decision date and "
        "thanked me.", question)
    assert "answers_question" in _codes(on)


def test_a_lesson_is_asked_for_when_the_story_ends_on_its_failure_not_on_a_side_one() -> None:
    """Eighty-seventh round: on a question that asked for no failure, a bad turn read in an
    earlier result ("Two other pitches complained", "Some of them were really upset") no
    longer asks for a lesson when the story goes on to a good last result; at first scoring
    over h40-h140 that path was right 43 times in 94, and 36 in 45 once it needs the last
    result to be the failure. A story that ends on its failure still asks for one."""
    for question, answer in (
            ("Tell me about a time you went above and beyond for a guest.",
             "At the campsite a family's tent flooded on the second night of a storm. I moved "
             "them into the empty staff caravan and dried their sleeping bags in the laundry. "
             "Two other pitches complained that they hadn't been offered the caravan. The "
             "little girl drew us a picture of the caravan and her mum pinned it on our "
             "noticeboard."),
            ("Tell me about a time you handled a stressful situation.",
             "At the legal advice centre our volunteer solicitor called in sick on the morning "
             "of a housing clinic. I rang everyone on the list and rebooked them for the "
             "following week. Some of them were really upset about waiting another week. "
             "Everyone I couldn't reach, I met at the door and booked in myself.")):
        assert "no_reflection" not in _codes(analyze_answer(answer, question)), answer
    fb = analyze_answer(
        "At the community centre I planned a quiz night to pay for a new boiler. I printed "
        "posters, booked the hall and asked the parish newsletter to mention it. In the end "
        "only five people came, so we closed the bar early and called it off.",
        "Tell me about an event you organised.")
    assert "no_reflection" in _codes(fb)


def test_h143_a_hearing_cancelled_a_notice_withdrawn_a_step_never_needed_are_good_news() -> None:
    """Eighty-eighth round (h141-h143): "the possession hearing was cancelled", "the notice
    was withdrawn", "she didn't take it to a formal complaint", "the tribunal application
    was never needed" and "the first letter she hadn't been scared to open" are good endings,
    and a closing "Tenants like that are quite common round here" is a generalisation, not
    a failed ending."""
    question = "Tell me about a time you helped a tenant who was in difficulty."
    story = ("A tenant on our estate had fallen three months behind after his hours were cut, "
             "and a court date had been set. I needed to stop it reaching court. I went "
             "through his benefits with him and helped him apply for a discretionary housing "
             "payment. ")
    for ending in ("The payment cleared the arrears and the court hearing was cancelled.",
                   "The warning notice was withdrawn the next day and he didn't take it to "
                   "the ombudsman.",
                   "He kept to a repayment plan and the possession claim was never needed.",
                   "He told me it was the first letter from us he hadn't been frightened to "
                   "open, and he has paid on time since."):
        _assert_praised_without_lesson(story + ending, question)
    fb = analyze_answer(
        "A landlord in our lettings book refused to fix a broken boiler for a family with a "
        "newborn. I had to get the heating back on before the weekend. I sent him the legal "
        "repair timescales in writing and booked our own engineer with his agreement. The "
        "boiler was fixed on the Friday and the family moved back into the front room. "
        "Landlords like that are quite common round here, unfortunately.",
        "Tell me about a time you dealt with a difficult landlord.")
    assert "no_reflection" not in _codes(fb)
    assert "result_concrete" in _codes(fb)


def test_h144_h147_a_worry_told_in_a_story_failed_endings_and_a_vague_discovery() -> None:
    """Eighty-ninth round (h144-h147): "I was worried we'd lose them" and "I suggested ...,
    and that I'd ..." are told in a story, not habits, so the story keeps its roles; two
    stars, an opening weeks late, only nineteen sign-ups and a scheme axed are failures;
    nobody coming to a cancelled appointment is good news; "found out quite a lot" and "it
    meant a great deal to her" are vague."""
    fb = analyze_answer(
        "At my last branch, my manager wanted to close the counter for bill payments and "
        "send everyone to the kiosk. Many of our customers were elderly, and I was worried "
        "we'd lose them. I asked her for a private chat and brought a list of the customers "
        "who had struggled. I suggested we keep the counter open on Tuesdays, and that I'd "
        "show everyone else how to use the kiosk. She agreed, and the regional manager later "
        "copied the plan in three other branches.",
        "Tell me about a time you disagreed with your manager.")
    assert "no_story" not in _codes(fb) and "result_concrete" in _codes(fb)
    question = "Tell me about a time you tried to improve something at work."
    story = ("At the gallery I wanted more local families to join our Saturday art club. I "
             "had to get thirty families signed up by the summer. I put posters in the "
             "schools and ran a free taster morning. ")
    for ending in ("The families who came gave us two stars online.",
                   "The printing was late, so the club opened two weeks late.",
                   "We only signed up nineteen families, and the club was axed in the "
                   "autumn."):
        assert "result_concrete" not in _codes(analyze_answer(story + ending, question)), ending
    fb = analyze_answer(
        "At the salon two stylists called in sick on a Saturday. I rang every client "
        "affected before nine and moved the ones who could come later. Nobody turned up to "
        "a cancelled appointment, and most of them rebooked for the next week.",
        "What would you say is your greatest strength?")
    assert "no_reflection" not in _codes(fb)
    fb = analyze_answer(
        "A woman from Canada came into the archive looking for her grandmother, who had "
        "worked in the mills. I went through the parish registers with her and showed her "
        "the mill wage books. She found out quite a lot in the end, and it meant a great "
        "deal to her.",
        "Tell me about a time you went out of your way for a visitor.")
    assert "result_vague" in _codes(fb) and "result_concrete" not in _codes(fb)


def test_h152_h155_a_dodged_question_a_falling_out_a_complaint_upheld_a_hedged_ending() -> None:
    """Ninetieth round (h152-h155): "I haven't had many of those. But something I'm proud
    of ..." says another story is coming; two colleagues who stopped speaking, and a
    complaint to the council that ended in a formal meeting, are failures, while a letter to
    head office to thank the speaker is not; an ending hedged with ", more or less" is
    vague; and "My first week there ..." opens a story inside "Tell me about yourself"."""
    fb = analyze_answer(
        "I haven't had many of those yet. But something I'm proud of is that our kennels "
        "kept running short of special diets. I went through the orders and set a minimum "
        "stock level for each one. We didn't run out once in the next three months.",
        "Tell me about a time you comforted a grieving pet owner.")
    assert "off_question" in _codes(fb) and "answers_question" not in _codes(fb)
    question = "Tell me about a conflict you had with a colleague."
    story = ("At the pool, another receptionist kept taking the credit for my swim-school "
             "sign-ups. I raised it with her at the end of a shift. When it went on, I showed "
             "the manager the booking sheets. ")
    for ending in ("He left it to us, and in the end she and I just stopped speaking until "
                   "she moved to another site.",
                   "She wrote to the council about it, and I had to have a formal meeting "
                   "with my manager."):
        assert "result_concrete" not in _codes(analyze_answer(story + ending, question)), ending
    fb = analyze_answer(
        "On Christmas Eve a customer shouted at the desk about a missing turkey order. I "
        "found it in the wrong chiller and carried it out to her car. She wrote to head "
        "office about it to thank me, and my manager put the letter on the staff board.",
        "Tell me about a time you handled a difficult customer.")
    assert "result_concrete" in _codes(fb)
    fb = analyze_answer(
        "One August afternoon the fast train to the coast was cancelled after a fire near "
        "the line. I was on the ticket window and had to get everyone moving again. I "
        "rebooked people onto the slow trains and the replacement buses. In the end "
        "everybody got somewhere, more or less.",
        "Tell me about a time you worked under pressure.")
    assert "result_concrete" not in _codes(fb) and "result_vague" in _codes(fb)
    fb = analyze_answer(
        "I grew up in a seaside town, and I trained in office administration at college. "
        "After that I worked at a dental surgery, and then a friend told me about the "
        "funeral home. My first week there a widow came in who didn't know what to ask, and "
        "neither did I. I sat with her and made her a cup of tea until the director was "
        "free. She still sends us a card every Christmas.",
        "Tell me about yourself.")
    assert "no_story" not in _codes(fb)


def test_tell_me_about_yourself_keeps_the_life_so_far_apart_from_the_story_inside_it() -> None:
    """Ninetieth round: asked about yourself, the career told before a story opens on one
    occasion has no STAR role, and the sentence that opens the story sets its scene (over
    the spent sets, 66 sentences' roles put right against 6 lost)."""
    fb = analyze_answer(
        "I'm twenty-seven, I trained as a bike mechanic, and I spent four years at a shop in "
        "Leeds. These days I'm on the front counter, doing the quotes and the bookings. "
        "Last year the owner asked me to take over the booking diary when the manager left. "
        "I moved it onto a shared calendar and started texting people when their bike was "
        "ready. After that the calls asking whether a bike was done dropped to a handful a "
        "week.",
        "Tell me about yourself.")
    assert [t.star for t in fb.sentences[:3]] == [None, None, "S"]
    assert "no_situation" not in _codes(fb)


def test_h156_h159_setbacks_that_gave_way_lessons_told_now_and_failures_of_a_sale() -> None:
    """Ninety-first round (h156-h159): a lesson is not asked for when a setback gave way
    ("She was disappointed, but she moved into another of our flats"; "When he still wouldn't
    agree, I went round ..."; "a few had to come back on the Sunday, but mostly it was
    fine"), nor of "Tell me about yourself", nor when one is told ("Now with old silk I tell
    the customer ..."); a buyer who pulled out, numbers that didn't change, a complaint a
    manager upheld are failures (not a complaint the speaker upheld for a customer); "calmed
    things down", "more or less okay", "saved a bit of money" are vague; "I still remember
    he only had one shoe on" is a memory, not an outcome."""
    def fired(text: str, question: str) -> set[str]:
        return _codes(analyze_answer(text, question))

    assert "no_reflection" not in fired(
        "A tenant at one of our blocks asked to renew, but the owner had decided to sell. I "
        "had to tell her she wouldn't be offered a renewal. I rang her rather than emailing "
        "and explained the owner's decision. She was disappointed, but she moved into "
        "another of our flats across town.",
        "Tell me about a time you had to give a customer bad news.")
    assert "no_reflection" not in fired(
        "A tenant kept refusing access for the gas safety check. We had to get it done "
        "before the certificate ran out. I wrote to him twice and offered evening slots. "
        "When he still wouldn't agree, I went round with the engineer's diary and asked him "
        "to pick a time.",
        "Tell me about a time you dealt with a difficult tenant.")
    assert "no_reflection" not in fired(
        "One Saturday the air conditioning broke and thirty bags of laundry were due by "
        "five. I started folding straight away and put a fan by the table. We got most of "
        "it done, a few people had to come back on the Sunday, but mostly it was fine.",
        "Tell me about a time you worked under pressure.")
    assert "no_reflection" not in fired(
        "I grew up above my dad's shop and I've worked on a front desk for four years. Last "
        "winter the heating failed in one of our buildings. I took calls from every flat "
        "all morning and kept a list for the engineer. People were really upset, which was "
        "fair, it was freezing.",
        "Tell me about yourself.")
    assert "no_reflection" not in fired(
        "A customer brought in her mother's silk dress to be taken in. I tested a seam and "
        "started on the sides. The silk split beside my stitches and I couldn't save the "
        "panel. She wore another dress and we refunded her. Now with old silk I tell the "
        "customer before I start that it might not survive.",
        "Tell me about a time things didn't go to plan.")
    for text, question in (
            ("A couple were buying a cottage through me while I was on leave. I hadn't "
             "handed them over to a colleague. They couldn't reach anyone for four days, got "
             "nervous about the survey and pulled out.",
             "Tell me about a time you lost a sale."),
            ("Weekday mornings at the launderette were empty. I had to bring in more "
             "customers before lunch. I set up a morning discount and handed out flyers at "
             "the station. Morning numbers didn't really change, and after six weeks the "
             "area manager stopped the discount.",
             "Tell me about a time you tried to increase business."),
            ("A man complained that I'd been dismissive at the patient advice desk. I wrote "
             "my statement for my manager. My manager partly upheld it and said I should "
             "have offered to escalate it.",
             "Tell me about a time someone complained about you."),
            ("Two neighbours were fighting over a parking space. I had to sort it out before "
             "the committee met. I showed them the parking plan and offered a visitor space. "
             "It calmed things down a lot and everyone was more or less okay with it.",
             "Tell me about a time you handled a dispute between residents."),
            ("Last spring the owner asked me to take over ordering the detergent. I compared "
             "three suppliers and switched us to a cheaper one. It saved a bit of money each "
             "month.",
             "Tell me about a time you took on responsibility."),
            ("A very drunk man came to the main entrance asking for the maternity ward. I "
             "had to keep him away from the lifts. I spoke slowly and pressed the alarm "
             "under the desk, and kept him talking until the guards came. I still remember "
             "he only had one shoe on.",
             "Tell me about a time you handled a security concern.")):
        assert "result_concrete" not in fired(text, question), text
    assert "result_concrete" in fired(
        "A customer complained that her car had been taken while she was on a payment plan. "
        "I had to investigate it. I found the agent had never set the plan up. I upheld the "
        "complaint and arranged for the car to be returned. She had the car back within the "
        "week.",
        "Tell me about a time you dealt with a complaint.")


def test_h160_h163_a_trait_owned_a_night_refunded_forty_complaints_and_rambling_that_got_by(
        ) -> None:
    """Ninety-second round (h160-h163): "I still wouldn't call myself bubbly, but ..." is the
    speaker on herself, no failure; refunding every ticket and losing the bar takings, and
    "over forty complaints on the feedback page", are failures; a wandering story that ends
    "grand with it, mostly", "we got going in the end" or "we managed somehow" has a vague
    result, whatever an aside says."""
    fb = analyze_answer(
        "I find it hard to get back into detailed work when I'm interrupted. One week I "
        "sent out renewal letters with the wrong dates because a family came to the window "
        "halfway through. I moved the letters to the quiet hour before opening and left a "
        "note on the screen whenever I stopped. I haven't had an error since, and my manager "
        "asked me to lead the Saturday desk. I still wouldn't call myself bubbly, but I'm "
        "steady at the window.",
        "What would you say is your biggest weakness?")
    assert "no_reflection" not in _codes(fb)
    question = "Tell me about a difficult decision you had to make."
    story = ("One August the forecast said storms, and we had a full garden for the outdoor "
             "film. As duty manager I had to decide whether to start or cancel. I started on "
             "time and had the refund slips ready. ")
    ending = ("Forty minutes in the rain came, we had to stop, and we refunded every ticket "
              "and lost the bar takings on top.")
    assert "result_concrete" not in _codes(analyze_answer(story + ending, question))
    fb = analyze_answer(
        "Head office brought in self-serve kiosks and cut the box office to one person. I "
        "had to help customers use them on a huge opening weekend. I stood by the kiosks "
        "and walked people through the screens. The queues were out the door and we got "
        "over forty complaints on the feedback page.",
        "Tell me about a time you had to deal with a change at work.")
    assert "result_concrete" not in _codes(fb)
    fb = analyze_answer(
        "So, systems, I've used loads of ticketing systems, some honestly terrible. When I "
        "started at the arts centre they were moving to online booking two weeks before the "
        "festival. The festival's a big deal in the town, it's been going since the fifties. "
        "I had to run the box office on the new system by opening night. I did the training "
        "videos at home and practised with fake bookings. I kept a notebook of shortcuts, "
        "which I still have. By the festival I was grand with it, mostly. Anyway, I'm a "
        "quick learner.",
        "Tell me about a time you had to learn a new system quickly.")
    assert "result_concrete" not in _codes(fb) and "result_vague" in _codes(fb)


def test_a_customer_story_told_for_a_question_about_a_colleague_or_a_manager() -> None:
    """Ninety-third round: asked about a disagreement with a manager, the answer tells of a
    father at the ride and of nobody the speaker works with; it is off the question and
    needs no lesson. The same story told of a colleague answers it, and a question about
    helping a colleague is not one about being at odds with them."""
    question = "Tell me about a time you disagreed with your manager."
    fb = analyze_answer(
        "Last summer a father insisted his daughter was tall enough for the big coaster, "
        "though she was under the line on our post. I had to refuse her without a scene at "
        "the entrance. I measured her again with him watching and showed him the sign. He "
        "wasn't pleased, but they went on the family ride instead.", question)
    assert "off_question" in _codes(fb) and "answers_question" not in _codes(fb)
    assert "no_reflection" not in _codes(fb)
    fb = analyze_answer(
        "Last summer my manager wanted us to let a girl on the big coaster though she was "
        "under the line on our post. I had to refuse without a scene at the entrance. I "
        "measured her again with him watching and showed him the sign. He wasn't pleased, "
        "and he wrote me up for it the next day.", question)
    assert "off_question" not in _codes(fb) and "answers_question" in _codes(fb)
    fb = analyze_answer(
        "A new starter froze at her window during the cup final rush. I took half her "
        "queue and talked her through the next few customers. She was running her own "
        "window again inside twenty minutes.", "Tell me about a time you helped a colleague.")
    assert "off_question" not in _codes(fb)


def test_a_shut_off_cancelled_and_a_complaint_not_had_again_are_good_endings() -> None:
    """Ninety-third round (h128, h140): a water shut-off that was cancelled is good news,
    and "since the sign went up we haven't had that complaint again" is a complaint put
    right, not a bad ending."""
    fb = analyze_answer(
        "A customer rang about a $900 water bill after a leak she had already had fixed. I "
        "had to get her an adjustment before her shut-off date. I filled in the request "
        "with her on the phone and chased it every day. She got $640 off the bill and the "
        "shut-off was cancelled.", "Tell me about a time you dealt with a difficult customer.")
    assert "result_concrete" in _codes(fb) and "no_reflection" not in _codes(fb)
    fb = analyze_answer(
        "A member came to the desk upset because her locker had been emptied overnight by "
        "the cleaning staff. I went through the lost property room with her and found her "
        "bag. I also put up a sign on the lockers saying they are cleared at midnight. She "
        "thanked me, and since the sign went up we haven't had that complaint again.",
        "Tell me about a time you had a conflict with a colleague.")
    assert "no_reflection" not in _codes(fb)


def test_h164_a_sister_quoted_a_breakdown_a_register_in_case_and_a_double_entry_cancelled(
        ) -> None:
    """Ninety-fourth round (h164): "I'd rather talk to a spreadsheet than a person" is no
    change of subject; "signed off with stress" is a failure, not a concrete result; "in
    case the tablet failed" guards against a failure; a money order keyed in twice and
    cancelled is a mistake put right; "without feeling stupid" is no slight on anyone."""
    fb = analyze_answer(
        "I'm more of a quiet person, my sister says I'd rather talk to a spreadsheet than a "
        "person. One Thursday at the depot I was doing the month-end figures and covering "
        "the counter. I kept going back and forth and stuck notes on the screen where I'd "
        "got up to. It got done in the end, more or less.",
        "Tell me about a time you had to multitask under pressure.")
    assert "off_question" not in _codes(fb) and "answers_question" in _codes(fb)
    fb = analyze_answer(
        "Last peak season there were three of us on the counter for a job that needs six. I "
        "did the counter, the phones and the claims on my own most evenings. I got through "
        "it, but I was signed off with stress for a week in January.",
        "Tell me about a time you worked under pressure.")
    assert "result_concrete" not in _codes(fb)
    fb = analyze_answer(
        "At our depot customers signed a paper register that kept getting lost. My "
        "supervisor asked me to find a better way of recording collections. I set up a "
        "spreadsheet on the counter tablet with the waybill number and a photo of the ID. I "
        "also kept the paper register going for a month in case the tablet failed.",
        "Describe a time you improved a process at work.")
    assert "no_reflection" not in _codes(fb)
    fb = analyze_answer(
        "One evening my balance was out by twelve thousand dollars. I had to find the error "
        "before the cash went off in the morning. I went through every money order receipt "
        "against the system log. I found one money order had been keyed in twice, so it was "
        "cancelled and the balance came right.", "Tell me about a time you spotted an error.")
    assert "no_reflection" not in _codes(fb)
    fb = analyze_answer(
        "If a new starter was struggling on the counter I'd take them under my wing. I'd "
        "make sure they knew they could ask me anything without feeling stupid.",
        "Tell me about a time you helped a colleague.")
    assert "negative_employer" not in _codes(fb)


def test_h166_h167_still_chose_the_one_and_most_stayed() -> None:
    """Ninety-fifth round (h166, h167): a customer who "still chose just the one" after
    being persuaded, and an aid that "wasn't helping much", is a failure, not a concrete
    result; "We lost a few members but most stayed" is vague; "When he still wanted to go
    ahead, I asked ..." is an action, not how it ended."""
    fb = analyze_answer(
        "A gentleman at our hearing shop had been recommended aids for both ears but only "
        "wanted one. It was down to me to explain why both mattered. I showed him his "
        "audiogram side by side and the payment plan. He still chose just the one, and he "
        "came back two months later saying it wasn't helping much in groups.",
        "Tell me about a time you tried to persuade someone.")
    assert "result_concrete" not in _codes(fb)
    fb = analyze_answer(
        "When I joined the coworking space the prices were changing almost every month. The "
        "owners moved foreign members to quarterly pricing. I had to explain it to two "
        "hundred members. I held small sessions at lunchtime on each floor and wrote a short "
        "FAQ. We lost a few members but most stayed.",
        "Tell me about a time you managed a change.")
    assert "result_concrete" not in _codes(fb) and "result_vague" in _codes(fb)
    fb = analyze_answer(
        "A customer wanted to cash in his whole pension at the counter. I explained the tax "
        "he would pay. When he still wanted to go ahead, I asked my supervisor to talk it "
        "through with him as well. He took the leaflet home and came back a week later to "
        "take a smaller amount.", "Tell me about a time you gave a customer difficult advice.")
    assert [t.star for t in fb.sentences][2] == "A"


def test_h168_h171_endings_that_went_wrong_are_not_concrete_successes() -> None:
    """Ninety-sixth round (h168-h171): a cost deducted from the speaker's salary, a
    customer who "had to wait two extra weeks", "we ended up calling the police", bookings
    dropped as regulars "started complaining", a client who moved "anyway", colleagues who
    "never really got on after that" and a chef who "asked not to be rostered with me" are
    failures, not concrete results."""
    question = "Tell me about a time you dealt with a difficult customer."
    story = ("A customer came back with a phone whose battery was swelling. I had to sort it "
             "out for him that day. I told him the truth and replaced the battery from our "
             "own stock. ")
    for ending in ("The manager deducted the cost from my salary and said I was spoiling "
                   "business.",
                   "The customer had to wait two extra weeks for his phone and the shop paid "
                   "for the part.",
                   "He kicked the door on the way out and we ended up calling the police.",
                   "Within a month regulars started complaining, and we dropped the bookings "
                   "completely.",
                   "In the end they moved anyway, because the other shop was about fifteen "
                   "percent cheaper.",
                   "She went to our manager, and after that we were told to communicate by "
                   "email only. We never really got on after that.",
                   "The phone went back on time, but the case came back cracked, and Marco "
                   "asked not to be rostered with me for the rest of December."):
        assert "result_concrete" not in _codes(analyze_answer(story + ending, question)), ending


def test_h169_a_reservation_gone_wrong_and_no_thanks_to_the_area_manager() -> None:
    """Ninety-seventh round (h169): "fix a reservation that had gone wrong" asks how the
    speaker put a thing right, not for a failure of theirs; and a success told "no thanks
    to the area manager, who cancelled his visit" ended well, whatever the blame beside
    it."""
    fb = analyze_answer(
        "I think the best example of me being organised is the charity fun run at my "
        "college. We needed to raise money for the children's ward. I found the sponsors, "
        "booked the grounds and organised the volunteers. We raised ninety thousand "
        "shillings, which was double our target.",
        "Tell me about a time you had to fix a reservation that had gone wrong.")
    assert "no_reflection" not in _codes(fb) and "result_concrete" in _codes(fb)
    fb = analyze_answer(
        "When head office brought in a new ordering app last spring, nobody asked the cafés. "
        "I had to get my team of nine trained on it within a week. I ran two short sessions "
        "before opening and made laminated guides for each till. Everyone was using it by "
        "the deadline, no thanks to the area manager, who cancelled his visit to help us "
        "twice.", "Tell me about a time you had to deal with a change at work.")
    assert "no_reflection" not in _codes(fb) and "result_concrete" in _codes(fb)


def test_why_i_want_the_job_told_of_what_was_asked_is_on_the_question() -> None:
    """Ninety-eighth round (h170, h172): asked for a time they went the extra mile for a
    client, an answer that says why they want the job in the question's own terms ("I
    really believe in going the extra mile ... the client is trusting you") is on the
    question, its story missing; one that never touches the question's words is off it."""
    question = "Tell me about a time you went the extra mile for a client."
    fb = analyze_answer(
        "I'm someone who really believes in going the extra mile, because in recruitment the "
        "client is trusting you with their business. That's what drew me to your agency, "
        "because you place people with the banks and shipping firms, and those clients "
        "expect a lot. I want to be the consultant they ring first. For me it's about pride "
        "in the work, and I want to build a long-term career here.", question)
    assert "off_question" not in _codes(fb) and "answers_question" in _codes(fb)
    fb = analyze_answer(
        "Honestly, I've always liked working with my hands, and that's really why I applied. "
        "My grandad repaired boots and I want to learn the trade properly. I'd love to build "
        "a long-term career here.", question)
    assert "off_question" in _codes(fb)


def test_h172_h174_a_fee_lost_a_customer_lost_and_a_client_who_complained() -> None:
    """Ninety-ninth round (h172-h174): "and we lost the fee", "so we lost her" and a night
    that ended with "the client complained" are failures, not concrete results."""
    fb = analyze_answer(
        "Last year I sent a candidate to a client without checking whether another agency "
        "had already put him forward. I had to sort out who owned him. I sent the client the "
        "email trail. The client said the other agency had got there first, so they'd deal "
        "with them, and we lost the fee.", "Tell me about a time you made a mistake.")
    assert "result_concrete" not in _codes(fb)
    fb = analyze_answer(
        "A regular was upset because we'd stopped stocking her spaniel's food. I wanted to "
        "keep her. I found her two similar brands and gave her sample bags of both. Her dog "
        "wouldn't touch either of them and she moved to an online shop, so we lost her.",
        "Tell me about a time you tried to keep an unhappy customer.")
    assert "result_concrete" not in _codes(fb)
    fb = analyze_answer(
        "My manager cut the cloakroom staff for a gala dinner of 1,200 guests. In the planning "
        "meeting I told him two attendants wouldn't be enough, and I put it in an email. He "
        "didn't change it, and at the end of the night the queue for coats was forty minutes "
        "long and the client complained.", "Tell me about a time you disagreed with your manager.")
    assert "result_concrete" not in _codes(fb)
