"""Behaviour and quality tests for coachkit.analysis.grouping."""

from __future__ import annotations

import importlib.util
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from rapidfuzz import fuzz

from coachkit.analysis import grouping
from coachkit.analysis.grouping import GroupingIndex, group_questions, intent_of, representative
from coachkit.analysis.question_bank import get_entry

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def _eval_module() -> ModuleType:
    path = ROOT / "benchmarks" / "eval_grouping.py"
    spec = importlib.util.spec_from_file_location("eval_grouping", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _labelled() -> dict[str, list[dict[str, str]]]:
    return json.loads((DATA / "labelled_questions.json").read_text("utf-8"))


def _together(a: str, b: str) -> bool:
    first, second = group_questions([a, b])
    return first == second


# ------------------------------------------------------------------------ intent, not wording


@pytest.mark.parametrize("a, b", [
    ("Tell me about yourself", "Walk me through your background"),
    ("How do you handle an angry patron?", "Describe a time a customer was upset"),
    ("What's your greatest weakness?", "they asked what I'm worst at"),
    ("Why do you want this job?", "what made you apply for this position"),
    ("How do you approach weeding?", "deselection criteria?"),
])
def test_same_intent_in_different_words_groups_together(a: str, b: str) -> None:
    assert _together(a, b)


@pytest.mark.parametrize("a, b", [
    ("Tell me about a time you failed", "What is your proudest achievement?"),
    ("How do you weed the collection?", "How do you select new books for the collection?"),
    ("What did you like most about your last job?",
     "What did you like least about your last job?"),
    ("What are your strengths?", "What are your weaknesses?"),
    ("Where do you see yourself in five years?", "Where do you see libraries in ten years?"),
    ("How do you handle an angry patron?", "How do you deal with a disruptive patron?"),
])
def test_near_misses_stay_apart(a: str, b: str) -> None:
    assert not _together(a, b)


def test_labelled_near_miss_pairs_of_the_tune_split_stay_apart_on_their_own() -> None:
    pairs = [(p["a"], p["b"]) for p in _labelled()["near_misses"]
             if p["split"] == "tune" and p.get("batch", 1) == 1]
    merged = [(a, b) for a, b in pairs if _together(a, b)]
    assert not merged


def test_few_near_miss_pairs_of_the_second_tune_batch_merge() -> None:
    """Tune batch 2's pairs were formed automatically (every question of one family with
    every question of its neighbour), so one borderline pair may merge, not more than 1 %."""
    pairs = [(p["a"], p["b"]) for p in _labelled()["near_misses"]
             if p["split"] == "tune" and p.get("batch", 1) == 2]
    assert len(pairs) >= 100
    merged = [(a, b) for a, b in pairs if _together(a, b)]
    assert len(merged) <= len(pairs) // 100, merged


def test_intent_of_names_the_bank_entry() -> None:
    assert intent_of("so, tell us a bit about yourself") == "tell_me_about_yourself"
    assert intent_of("storytime for toddlers?") == "childrens_programming"
    assert intent_of("") is None
    assert intent_of("🙂🙂") is None
    assert intent_of("Can you lift 30 pounds and push loaded book carts?") is None
    for text in ("What is your greatest weakness?", "A kid is alone at closing time"):
        found = intent_of(text)
        assert found is not None and get_entry(found) is not None


def test_intent_of_is_the_stable_family_key_of_bank_families() -> None:
    """The UI keys families by intent_of: it must agree with the grouping itself."""
    texts = [it["text"] for it in _labelled()["items"]]
    labels = group_questions(texts)
    index = GroupingIndex()
    index.extend(texts)
    label_of_intent: dict[str, int] = {}
    for text, label in zip(texts, labels, strict=True):
        found = intent_of(text)
        assert found == index.intent_of(text)
        if found is None:
            continue
        assert get_entry(found) is not None
        assert label_of_intent.setdefault(found, label) == label, (text, found)
    # one label never holds two intents
    assert len(set(label_of_intent.values())) == len(label_of_intent)
    # the id is a bank id, not a position: it survives regrouping in another order
    assert intent_of("What's your greatest weakness?") == "weaknesses"
    assert [intent_of(t) for t in reversed(texts)] == [intent_of(t) for t in texts][::-1]


def test_nearest_intents_are_ranked() -> None:
    ranked = grouping.nearest_intents("how do you weed a collection", k=3)
    assert len(ranked) == 3
    assert ranked[0][0] == "weeding"
    assert ranked[0][1] >= ranked[1][1] >= ranked[2][1]


def test_questions_outside_the_bank_group_among_themselves() -> None:
    texts = ["Do you have experience with the Koha ILS migration process?",
             "experience with koha ils migration process",
             "Can you lift 30 pounds?",
             "Have you worked with the Koha ILS migration process before?"]
    labels = group_questions(texts)
    assert labels[0] == labels[1] == labels[3]
    assert labels[2] != labels[0]


# ------------------------------------------------------------------------ labels and robustness


def test_empty_input() -> None:
    assert group_questions([]) == []
    assert GroupingIndex().labels() == []


def test_labels_are_numbered_by_first_appearance() -> None:
    texts = ["What are your salary expectations?", "Tell me about yourself",
             "what pay are you expecting", "Walk us through your background",
             "If you were an animal, what would you be?"]
    labels = group_questions(texts)
    assert labels == [0, 1, 0, 1, 2]


@pytest.mark.parametrize("texts", [
    ["", "   ", "🙂", "🙂", "?!", "\u200f\u200e"],
    ["مرحبا، حدثنا عن نفسك", "שלום, ספר לנו על עצמך", "自己紹介をお願いします",
     "Расскажите о себе"],
    ["Tell me about yourself 👋🏽", "tell me about yourself", "TELL ME ABOUT YOURSELF!!!"],
    ["a" * 5000, "why " * 2000, "x"],
    ["Café résumé naïve", "cafe resume naive", "\x00\x01 control chars \t\n"],
])
def test_odd_text_does_not_crash(texts: list[str]) -> None:
    labels = group_questions(texts)
    assert len(labels) == len(texts)
    assert labels[0] == 0
    assert set(labels) == set(range(max(labels) + 1))


def test_identical_odd_texts_share_a_family_and_different_ones_do_not() -> None:
    labels = group_questions(["🙂", "🙂", "🎉", ""])
    assert labels[0] == labels[1]
    assert labels[2] != labels[0]


def test_case_punctuation_and_filler_do_not_split_a_family() -> None:
    labels = group_questions(["Tell me about yourself 👋🏽", "tell me about yourself",
                              "TELL ME ABOUT YOURSELF!!!", "they asked something like: "
                              "tell me about yourself lol"])
    assert len(set(labels)) == 1


def test_grouping_is_deterministic() -> None:
    texts = [it["text"] for it in _labelled()["items"]]
    assert group_questions(texts) == group_questions(list(texts))


def test_grouping_does_not_depend_on_hash_seed() -> None:
    code = ("import json,sys; from coachkit.analysis.grouping import group_questions;"
            "d=json.load(open(sys.argv[1])); "
            "print(group_questions([i['text'] for i in d['items']]))")
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        result = subprocess.run([sys.executable, "-c", code, str(DATA / "labelled_questions.json")],
                                capture_output=True, text=True, env=env, check=True, timeout=120)
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_grouping_barely_depends_on_order() -> None:
    """Questions with a bank intent are grouped the same whatever the order. An off-bank
    question joins the first family it is close to in full (no chaining), so where it is
    close to two, the order they came in decides; that moves only a few pairs."""
    texts = [it["text"] for it in _labelled()["items"]]
    shuffled = list(range(len(texts)))
    random.Random(3).shuffle(shuffled)
    before = group_questions(texts)
    after = group_questions([texts[i] for i in shuffled])
    intents = [intent_of(t) for t in texts]
    pairs_before = {(i, j) for i in range(len(texts)) for j in range(i)
                    if before[i] == before[j]}
    pairs_after = set()
    for a in range(len(shuffled)):
        for b in range(a):
            if after[a] == after[b]:
                i, j = shuffled[a], shuffled[b]
                pairs_after.add((max(i, j), min(i, j)))
    with_intent = {p for p in pairs_before | pairs_after
                   if intents[p[0]] is not None or intents[p[1]] is not None}
    assert pairs_before & with_intent == pairs_after & with_intent
    assert len(pairs_before ^ pairs_after) <= 0.02 * len(pairs_before)


# ------------------------------------------------------------------------ incremental use


def _mixed_questions() -> list[str]:
    texts = [it["text"] for it in _labelled()["items"]]
    texts += ["Koha migration experience?", "experience with a koha migration",
              "tell me about yourself", "Tell me about yourself", "🙂", ""]
    random.Random(11).shuffle(texts)
    return texts


def test_incremental_add_agrees_with_batch() -> None:
    texts = _mixed_questions()
    index = GroupingIndex()
    for n, text in enumerate(texts, start=1):
        label = index.add(text)
        assert label == index.labels()[-1]
        if n % 60 == 0:
            assert index.labels() == group_questions(texts[:n])
    assert index.labels() == group_questions(texts)
    assert len(index) == len(texts)


def test_extend_in_pieces_agrees_with_batch() -> None:
    texts = _mixed_questions()
    index = GroupingIndex()
    index.extend(texts[:50])
    index.add(texts[50])
    index.extend(texts[51:])
    assert index.labels() == group_questions(texts)
    assert texts[0] in index
    assert "a question nobody has asked about narwhals" not in index


def test_index_reports_intent_and_representative() -> None:
    index = GroupingIndex()
    assert index.intent_of("what's your biggest weakness") == "weaknesses"
    assert index.representative(["weakness?", "What is your biggest weakness?"]) == \
        "What is your biggest weakness?"


# ------------------------------------------------------------------------ representative


def test_representative_prefers_a_central_complete_question() -> None:
    family = ["tell me about yourself lol", "Tell me about yourself.",
              "Walk us through your background.", "intro"]
    assert representative(family) in family
    assert representative(family) == "Tell me about yourself."


def test_representative_edge_cases() -> None:
    assert representative([]) == ""
    assert representative(["", "  "]) == ""
    assert representative(["only one"]) == "only one"
    assert representative(["same?", "same?"]) == "same?"
    many = [f"What is your greatest weakness, version {i}?" for i in range(500)]
    assert representative(many) in many


# ------------------------------------------------------------------------ data hygiene


def test_labelled_set_is_big_enough_and_split_by_family() -> None:
    doc = _labelled()
    items = doc["items"]
    assert len(items) >= 150
    assert len({it["family"] for it in items}) >= 40
    split_of: dict[str, set[str]] = {}
    for it in items:
        split_of.setdefault(it["family"], set()).add(it["split"])
    assert all(len(splits) == 1 for splits in split_of.values())
    assert {it["split"] for it in items} == {"tune", "test"}
    texts = {it["text"] for it in items}
    assert all(p["a"] in texts and p["b"] in texts for p in doc["near_misses"])


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def test_labelled_wording_differs_from_the_bank() -> None:
    """Otherwise the quality test would measure memorisation, not grouping."""
    too_close = []
    for it in _labelled()["items"]:
        entry = get_entry(it["family"])
        if entry is None:
            continue
        for phrasing in entry.phrasings:
            if fuzz.ratio(_words(it["text"]), _words(phrasing)) >= 80:
                too_close.append((it["text"], phrasing))
    assert not too_close


# ------------------------------------------------------------------------ quality guard


def test_quality_on_the_held_out_split_has_not_dropped() -> None:
    recorded = json.loads((DATA / "grouping_recorded.json").read_text("utf-8"))
    tolerance = recorded["tolerance"]
    ev = _eval_module()
    for key, batch in (("test", None), ("test_batch_1", 1), ("test_batch_2", 2),
                       ("test_batches_1_2", (1, 2)), ("test_batches_1_2_3", (1, 2, 3)),
                       ("test_batch_4", 4)):
        if key not in recorded:
            continue
        now = ev.score(ev.engine(), recorded["split"], batch)
        for metric in ("bcubed_f1", "pair_f1"):
            assert now[metric] >= recorded[key][metric] - tolerance, (key, metric, now[metric])


def test_merge_suggestions_still_help_a_careful_user_on_the_held_out_split() -> None:
    """After going through up to 20 suggestions (accepting the right ones) the grouping is
    at least as good as recorded, and most of what was offered was right (since the
    recalibration of 2026-12-06 only pairs shown at 0.45 or more are offered: 9 here)."""
    recorded = json.loads((DATA / "grouping_recorded.json").read_text("utf-8"))
    want = recorded["test_after_20_suggestions"]
    ev = _eval_module()
    now = ev.with_suggestions("test", 20)
    assert 5 <= now["offered"] <= 20, now
    assert now["right"] >= want["right"] - 2, now
    assert now["right"] >= 0.8 * now["offered"], now
    for metric in ("bcubed_f1", "pair_f1"):
        assert now[metric] >= want[metric] - recorded["tolerance"], (metric, now)
    alone = ev.score(ev.engine(), "test")
    assert now["bcubed_f1"] > alone["bcubed_f1"] and now["pair_f1"] > alone["pair_f1"]
    assert now["near_miss_merged"] == alone["near_miss_merged"]  # a careful user adds none


def test_engine_beats_both_baselines_on_the_held_out_split() -> None:
    ev = _eval_module()
    ours = ev.score(ev.engine(), "test")
    for baseline in (ev.singletons, ev.tfidf_agglomerative(0.7)):
        theirs = ev.score(baseline, "test")
        assert ours["bcubed_f1"] > theirs["bcubed_f1"] + 0.2
        assert ours["pair_f1"] > theirs["pair_f1"] + 0.3


def test_metrics_on_known_partitions() -> None:
    ev = _eval_module()
    gold = ["a", "a", "b", "b"]
    assert ev.bcubed([0, 0, 1, 1], gold) == (1.0, 1.0, 1.0)
    assert ev.pairwise([0, 0, 1, 1], gold) == (1.0, 1.0, 1.0)
    p, r, _ = ev.bcubed([0, 1, 2, 3], gold)
    assert (p, r) == (1.0, 0.5)
    p, r, _ = ev.pairwise([0, 0, 0, 0], gold)
    assert (p, r) == (2 / 6, 1.0)


def test_module_import_is_light() -> None:
    code = ("import sys, coachkit.analysis.grouping; "
            "print(sorted(m for m in ('numpy', 'scipy', 'sklearn') if m in sys.modules))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True, timeout=60).stdout.strip()
    assert out == "[]"


def test_polarity_flip_words_act_only_near_a_polar_word() -> None:
    tokens = grouping.canonical_tokens
    assert grouping.polarity(tokens("what did you enjoy least about it")) == -1
    assert grouping.polarity(tokens("which tasks do you not enjoy")) == -1
    assert grouping.polarity(tokens("your weakest skill - a true one and not some dodge")) == -1


def test_unmatched_questions_sharing_a_word_the_bank_never_uses_group_together() -> None:
    texts = ["the branch keeps two ferrets - is that ok with you?", "any allergy to ferrets?"]
    labels = group_questions(texts)
    assert labels[0] == labels[1]
    assert group_questions(texts, grouping.Params(rare_df=-1)) == [0, 1]


def test_a_library_name_shared_by_two_unmatched_questions_does_not_join_them() -> None:
    named = ["Have you visited Millbrook before?",
             "Would it bother you that Millbrook shuts on Sundays?"]
    assert [grouping.intent_of(t) for t in named] == [None, None]  # both off the bank
    assert group_questions(named) == [0, 1]
    # written in lower case the word reads as a topic, and a shared topic links
    assert group_questions([t.lower() for t in named]) == [0, 0]


def test_candidate_intents_shortcut_changes_no_label() -> None:
    """Phrasing similarity is computed only for each question's likeliest intents (speed);
    on the labelled questions that must give exactly what the full comparison gives."""
    from dataclasses import replace

    texts = [it["text"] for it in _labelled()["items"]]
    full = replace(grouping.DEFAULT_PARAMS, candidates=0)
    assert grouping.DEFAULT_PARAMS.candidates > 0
    assert group_questions(texts) == group_questions(texts, full)
    assert [intent_of(t) for t in texts] == [intent_of(t, full) for t in texts]


@pytest.fixture
def fresh_models(tmp_path, monkeypatch):
    """An empty in-process model table and a private cache folder; restored afterwards."""
    from coachkit import config

    cache = tmp_path / "cache"
    monkeypatch.setenv(config.CACHE_ENV, str(cache))
    saved = dict(grouping._models)
    grouping._models.clear()
    yield cache
    grouping._models.clear()
    grouping._models.update(saved)


def test_the_built_model_is_kept_on_disk_and_read_back(fresh_models, monkeypatch) -> None:
    texts = [it["text"] for it in _labelled()["items"]][:120]
    built = group_questions(texts)
    files = list(fresh_models.glob("grouping-model-*.pickle.z"))
    assert len(files) == 1
    grouping._models.clear()

    builds = []
    real_init = grouping._BankModel.__init__

    def counting_init(self: object, params: object) -> None:
        builds.append(params)
        real_init(self, params)

    monkeypatch.setattr(grouping._BankModel, "__init__", counting_init)
    assert group_questions(texts) == built
    assert intent_of("so, tell us a bit about yourself") == "tell_me_about_yourself"
    assert builds == []  # read from the file, not built again
    grouping._models.clear()
    files[0].unlink()
    assert group_questions(texts) == built
    assert len(builds) == 1  # the counter does see a real build


def test_a_broken_cache_file_is_rebuilt_not_an_error(fresh_models) -> None:
    key = tuple(getattr(grouping.DEFAULT_PARAMS, name) for name in grouping._MODEL_FIELDS)
    path = grouping._cache_path(key)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a model at all")
    assert intent_of("what is your greatest weakness") == "weaknesses"
    assert grouping._read_cached(path) is not None  # replaced by a good one


def test_an_unwritable_cache_folder_only_costs_time(fresh_models) -> None:
    fresh_models.write_text("a file where the folder should be")
    assert intent_of("what is your greatest weakness") == "weaknesses"
    assert fresh_models.is_file()


def test_tuning_variants_are_not_cached(fresh_models) -> None:
    from dataclasses import replace

    grouping.group_questions(["teamwork example"], replace(grouping.DEFAULT_PARAMS, nb_alpha=0.5))
    assert not fresh_models.exists()


# ---------------------------------------------------------------- merge suggestions

SUGGEST = ["Tell me about yourself", "experience managing a budget",
           "Have you ever been in charge of a budget?",
           "What did you like most about your last job?",
           "What did you like least about your last job?",
           "What is your greatest weakness?", "can you drive the book van"]


def test_a_rewording_the_engine_missed_is_the_first_merge_suggestion():
    assert len(set(group_questions(SUGGEST))) == len(SUGGEST)  # the engine kept them apart
    pairs = grouping.suggest_merges([[q] for q in SUGGEST], limit=5)
    assert pairs[0][:2] == (1, 2)
    assert all(a < b for a, b, _ in pairs)
    assert [s for *_, s in pairs] == sorted((s for *_, s in pairs), reverse=True)
    assert all(s >= 0.2 for *_, s in pairs)


def test_opposite_questions_are_never_suggested_for_merging():
    pairs = grouping.suggest_merges([[q] for q in SUGGEST], limit=100, min_score=-1)
    offered = {(a, b) for a, b, _ in pairs}
    # liked most (positive) against liked least and greatest weakness (negative)
    assert not offered & {(3, 4), (3, 5)}
    assert (1, 2) in offered and (2, 6) in offered


def test_two_wordings_of_two_different_bank_questions_are_never_suggested():
    # word for word bank questions of different intents: the bank says they differ,
    # however many words they share
    fams = [["Tell me about yourself"], ["Tell us about a time you failed"],
            ["experience managing a budget"], ["Have you ever been in charge of a budget?"]]
    offered = {(a, b) for a, b, _ in grouping.suggest_merges(fams, limit=10, min_score=-1)}
    assert (0, 1) not in offered
    assert (2, 3) in offered


def test_pairs_turned_down_are_not_suggested_again_and_limits_hold():
    fams = [[q] for q in SUGGEST]
    every = {(a, b) for a, b, _ in grouping.suggest_merges(fams, limit=100, min_score=-1)}
    kept = {(a, b) for a, b, _ in grouping.suggest_merges(fams, limit=100, min_score=-1,
                                                          exclude=[(2, 1)])}
    assert (1, 2) in every and every - kept == {(1, 2)}
    assert grouping.suggest_merges(fams, limit=5, exclude=[(2, 1)]) == []  # none left >= 0.2
    assert len(grouping.suggest_merges([[q] for q in SUGGEST], limit=2, min_score=-1)) == 2
    assert grouping.suggest_merges([[q] for q in SUGGEST], limit=0) == []
    assert grouping.suggest_merges([["Tell me about yourself"]]) == []
    assert grouping.suggest_merges([]) == []
    # families with only blank text are skipped, indices still refer to the input
    pairs = grouping.suggest_merges([["  "], [SUGGEST[1]], [SUGGEST[2]]], limit=3)
    assert pairs and pairs[0][:2] == (1, 2)


def test_a_family_is_compared_by_all_its_members():
    # one member of the family shares words with the lone question; it is still offered
    fams = [["Tell me about yourself", "Walk me through your background"],
            ["Have you ever been in charge of a budget?", "How did you manage a budget?"],
            ["experience managing a budget"]]
    pairs = grouping.suggest_merges(fams, limit=3)
    assert pairs and pairs[0][:2] == (1, 2)


def test_the_suggestion_caches_stay_bounded_and_change_no_answer(monkeypatch):
    sets = [[[f"{q} ({n})"] for q in SUGGEST] for n in ("a", "b", "c")]
    expected = [grouping.suggest_merges(fams, limit=10, min_score=-1) for fams in sets]
    monkeypatch.setattr(grouping, "_FEATURES_MAX", 3)
    grouping._text_features.clear()
    grouping._profiles.clear()
    for fams, want in zip(sets * 2, expected * 2, strict=True):
        assert grouping.suggest_merges(fams, limit=10, min_score=-1) == want
        # started afresh once over the cap: never more than one call's texts kept
        assert all(len(f.row) <= len(SUGGEST) for f in grouping._text_features.values())
        assert len(grouping._profiles) <= len(SUGGEST)


def test_a_silent_join_from_a_merge_is_right_at_least_twice_as_often_as_wrong() -> None:
    """Twenty-fifth round: a later question joins a family the user merged without asking,
    so over the labelled questions and every spent writer's batch a wrong join must stay
    rare: at the old even-odds threshold 82 were right and 40 wrong; at 0.65, 53 and 19."""
    figures = _eval_module().teaching_everywhere()
    right = figures["joined the right merged family"]
    wrong = figures["joined a wrong merged family"]
    assert right >= 70
    # a wrong silent join counts twice: 65 now (115 right, 25 wrong, after batch 83) with
    # the lead rule of the thirty-fourth round; 9 with the old threshold alone (after batch
    # 58)
    assert right - 2 * wrong >= 40
