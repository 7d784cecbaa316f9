"""Tenth round: the faster paths give exactly what the plain ones gave."""

from __future__ import annotations

import random
from dataclasses import replace

import numpy as np
import pytest

from coachkit.analysis import grouping


def _phrases_one_by_one(tokens: list[str]) -> list[str]:
    """The plain left-to-right scan: at every word, the longest phrase starting there."""
    out: list[str] = []
    i, n = 0, len(tokens)
    while i < n:
        for size in range(min(grouping._PHRASE_MAX, n - i), 0, -1):
            repl = grouping._PHRASES.get(tuple(tokens[i:i + size]))
            if repl is not None:
                out.extend(repl)
                i += size
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def test_phrases_are_rewritten_as_the_plain_scan_would() -> None:
    vocab = sorted({w for key in grouping._PHRASES for w in key}) + ["teach", "x"]
    rng = random.Random(10)
    for _ in range(20_000):
        tokens = [rng.choice(vocab) for _ in range(rng.randrange(0, 9))]
        assert grouping._apply_phrases(list(tokens)) == _phrases_one_by_one(tokens), tokens


def test_feature_counts_of_a_batch_equal_those_of_each_question_alone() -> None:
    vec = grouping._model(grouping.DEFAULT_PARAMS).vec
    texts = ["Tell me about yourself", "they asked abt a time u failed lol",
             "have you ever dealt with chess club", "sudoku sudoku night night", "", "why us"]
    docs = [grouping._prepare(t).tokens for t in texts]
    batch = vec.counts(docs)
    for row, doc in enumerate(docs):
        alone = vec.counts([doc])
        assert np.array_equal(batch[row].indices, alone.indices)
        assert np.array_equal(batch[row].data, alone.data)


def test_candidate_similarities_equal_the_full_comparison_on_noisy_questions() -> None:
    # the zero row that replaces filtering must not change a single similarity
    rng = random.Random(3)
    model = grouping._model(grouping.DEFAULT_PARAMS)
    phrasings = [p for entry in model.entries for p in entry.phrasings]
    texts = [rng.choice(phrasings) + rng.choice(["", " lol", " at the library?"])
             for _ in range(300)]
    docs = [grouping._prepare(t) for t in texts]
    x = model.vec.prune(model.vec.transform([d.tokens for d in docs]))
    pols = np.asarray([d.polarity for d in docs])
    full = replace(grouping.DEFAULT_PARAMS, candidates=0)
    cand_sims, post = model.evidence(x, pols, grouping.DEFAULT_PARAMS)
    full_sims, _ = model.evidence(x, pols, full)
    top = np.argpartition(-post, 11, axis=1)[:, :12]
    rows = np.arange(len(texts))[:, None]
    assert np.allclose(cand_sims[rows, top], full_sims[rows, top], atol=1e-6)


SHARE_OFF = replace(grouping.DEFAULT_PARAMS, share_min=0.0)


def test_an_intent_that_explains_too_little_of_a_new_topic_is_not_taken() -> None:
    # the frame "in charge of" is the supervisor-away intent's; "braille" and "fund" are not
    text = "ever been in charge of the braille fund"
    assert grouping.intent_of(text, SHARE_OFF) == "supervisor_absent_decision"
    assert grouping.intent_of(text) is None


@pytest.mark.parametrize(("text", "intent"), [
    ("how do you teach freshmen to evaluate sources", "information_literacy_instruction"),
    ("they wanted ideas to attract teens - said gaming nights, anime club", "ya_programming"),
])
def test_a_new_word_beside_the_intents_own_words_keeps_the_intent(text: str,
                                                                  intent: str) -> None:
    assert grouping.intent_of(text) == intent
