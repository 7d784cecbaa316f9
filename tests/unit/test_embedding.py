"""The sentence model behind the merge suggestions (coachkit/analysis/embedding.py): it is
installed by `make` and postBuild, it computes what sentence-transformers computes, and the
suggestions it feeds find rewordings that share no word."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import numpy as np
import pytest

from coachkit.analysis import embedding, grouping

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
# sha256 of all-MiniLM-L6-v2's model.safetensors as Hugging Face publishes it
PUBLISHED_WEIGHTS = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"

OTHERS = [["What are your salary expectations?"], ["Why do you want this job?"],
          ["Tell me about yourself."], ["Tell me about a time you worked in a team."]]


def test_the_sentence_model_is_installed_and_runs() -> None:
    # make and postBuild install it; without it the suggestions fall back to words only,
    # so a missing model must fail here rather than pass unnoticed
    assert embedding.why_unavailable() is None
    assert embedding.available()


def test_the_installed_weights_are_the_published_ones() -> None:
    folder = embedding.model_dir()
    assert folder is not None
    digest = hashlib.sha256((folder / "model.safetensors").read_bytes()).hexdigest()
    assert digest == PUBLISHED_WEIGHTS


def test_the_numpy_forward_pass_reproduces_sentence_transformers() -> None:
    reference = json.loads((DATA / "minilm_reference.json").read_text(encoding="utf-8"))
    vectors = embedding.embed(reference["texts"])
    assert vectors.shape == (len(reference["texts"]), embedding.DIMENSIONS)
    assert np.abs(vectors - np.asarray(reference["vectors"])).max() < 1e-5
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_a_rewording_is_nearer_than_a_different_question() -> None:
    failed, flat, salary = embedding.embed([
        "Tell me about a time you failed.",
        "When did you last fall flat on your face at work?",
        "What are your salary expectations?"])
    assert failed @ flat > failed @ salary + 0.15


def test_each_text_is_worked_out_once(monkeypatch) -> None:
    model = embedding._load()
    calls: list[list[str]] = []
    real = model.embed

    def counting(texts):
        calls.append(list(texts))
        return real(texts)

    monkeypatch.setattr(model, "embed", counting)
    text = f"A question asked only by this test {time.time_ns()}"
    first = embedding.embed([text, text])
    again = embedding.embed([text])
    assert calls == [[text]]
    assert np.array_equal(first[0], again[0])
    assert embedding.embed([]).shape == (0, embedding.DIMENSIONS)


def test_warming_works_the_vectors_out_in_the_background() -> None:
    texts = [f"Background question number {i} at {time.time_ns()}" for i in range(70)]
    assert embedding.missing(texts) == 70
    embedding.warm(texts)
    deadline = time.monotonic() + 60
    while embedding.warming() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert embedding.missing(texts) == 0


@pytest.mark.parametrize("pair", [
    ("How do you cope with stress?", "What do you do when the pressure is on?"),
    ("Where do you see yourself in five years?", "What are your long-term career plans?"),
])
def test_suggestions_offer_rewordings_that_share_no_word(pair) -> None:
    families = [[pair[0]], [pair[1]], *OTHERS]
    with_model = grouping.suggest_merges(families, limit=3, sentences=True)
    words_only = grouping.suggest_merges(families, limit=3, sentences=False)
    assert [(a, b) for a, b, _ in with_model] == [(0, 1)]
    assert (0, 1) not in [(a, b) for a, b, _ in words_only]


def test_suggestions_no_longer_pair_start_date_with_notice_period() -> None:
    # two practicalities with different answers ("can you start in two weeks?" is about
    # the start date, not the notice you must give): words alone offered them at 0.88
    families = [["Can you start in two weeks?"], ["What is your notice period?"], *OTHERS]
    assert grouping.suggest_merges(families, limit=3, sentences=True) == []


def test_the_sentence_features_are_the_documented_six() -> None:
    families = [["How do you cope with stress?"],
                ["What do you do when the pressure is on?", "how do u handle pressure"]]
    feats = grouping.merge_features(families, sentences=True)
    assert feats.shape == (2, 2, len(grouping.SENTENCE_FEATURES))
    assert len(grouping.SENTENCE_WEIGHTS) == len(grouping.SENTENCE_FEATURES)
    word, intent, sentence, best, same, size = feats[0, 1]
    vectors = embedding.embed(["How do you cope with stress?",
                               "What do you do when the pressure is on?",
                               "how do u handle pressure"])
    assert best == pytest.approx(max(vectors[0] @ vectors[1], vectors[0] @ vectors[2]), abs=1e-5)
    assert size == pytest.approx(np.log(2))
    mean = vectors[1] + vectors[2]
    assert sentence == pytest.approx(vectors[0] @ (mean / np.linalg.norm(mean)), abs=1e-5)
    assert 0.0 <= word <= 1.0 + 1e-6 and 0.0 <= intent <= 1.0 + 1e-6
    assert same in (0.0, 1.0)


def test_corrections_teach_a_rewording_that_shares_no_word_with_the_merged_family() -> None:
    merged = [["How would your friends describe you?", "What would your mates say you are like?"],
              ["can you drive the book van", "are you ok behind the wheel of the bookmobile"]]
    new = ["What would people who know you well say about you?",
           "would driving the bookmobile be ok with you", "what is your greatest weakness",
           "Tell me about yourself"]
    assert grouping.taught_families(new, merged, sentences=True) == [0, 1, -1, -1]
    assert grouping.taught_families(new, merged, sentences=False)[0] == -1
    liked = [["what did you like most about your last job", "best part of your previous role?"]]
    assert grouping.taught_families(["what did you like least about your last job"], liked,
                                    sentences=True) == [-1]  # polarity still rules
