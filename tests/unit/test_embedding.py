"""The sentence model behind the merge suggestions (coachkit/analysis/embedding.py): it is
installed by `make` and postBuild, it computes what sentence-transformers computes, and the
suggestions it feeds find rewordings that share no word."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import subprocess
import sys
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


def test_the_fast_gelu_is_the_exact_one_to_float_precision() -> None:
    from scipy.special import erf

    h = np.concatenate([np.linspace(-12, 12, 40_001),
                        np.random.default_rng(7).normal(0, 3, 50_000)]).astype(np.float32)
    exact = 0.5 * h.astype(np.float64) * (1.0 + erf(h.astype(np.float64) / np.sqrt(2.0)))
    fast = h.copy()
    embedding._gelu(fast)
    assert np.abs(fast - exact).max() < 2e-6
    assert np.abs(fast[h <= -6]).max() < 1e-6  # and nothing left of the far negative side


def test_a_batch_of_texts_gets_the_vectors_each_text_gets_alone() -> None:
    """The forward pass multiplies every token of a padded batch in one product; a text's
    vector must not depend on the texts padded beside it."""
    texts = ["Why do you want this job?",
             "Tell me about a time you had to deal with a very angry customer at the desk.",
             "Salary?", "What would your last manager say is the one thing you should "
             "work on, and what have you done about it since then?"]
    model = embedding._load()
    assert model is not None
    together = model.embed(texts)
    for i, text in enumerate(texts):
        assert np.abs(model.embed([text])[0] - together[i]).max() < 1e-5


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


SECOND_KERNEL = """
import sys, numpy as np
from coachkit.analysis import embedding
texts = sys.argv[1:]
left = embedding.missing(texts)
def refuse(_texts):
    raise AssertionError("worked out again")
embedding._load().embed = refuse
np.save(sys.stdout.buffer, embedding.embed(texts))
print(left, file=sys.stderr)
"""


def test_a_second_kernel_reads_the_vectors_instead_of_working_them_out_again() -> None:
    # every Voila page is a new kernel: the vectors a first page worked out are on disk
    texts = [f"What would your last manager say about you? ({i}, {time.time_ns()})"
             for i in range(3)]
    first = embedding.embed(texts)
    done = subprocess.run([sys.executable, "-c", SECOND_KERNEL, *texts], capture_output=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert done.stderr.decode().split()[-1] == "0"  # none missing before any work
    assert np.array_equal(np.load(io.BytesIO(done.stdout)), first)


def test_the_file_of_vectors_holds_no_question_text() -> None:
    text = f"Tell me about the night shift at the warehouse {time.time_ns()}"
    embedding.embed([text])
    path = embedding.store_path()
    assert path is not None and path.is_file()
    stored = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert len(stored) > embedding.DIMENSIONS * 4
    assert b"night shift" not in stored and b"warehouse" not in stored
    assert path.stat().st_mode & 0o077 == 0  # readable by its owner only


def test_a_broken_file_of_vectors_is_rebuilt(monkeypatch, caplog) -> None:
    path = embedding.store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database " * 200)
    stale = path.parent / "sentence-vectors-0123456789abcdef.sqlite"
    stale.write_bytes(b"an earlier model's vectors")
    monkeypatch.setattr(embedding, "_cache", {})
    monkeypatch.setattr(embedding, "_current", None)
    text = "How do you handle a queue at the front desk?"
    with caplog.at_level(logging.WARNING, logger=embedding.__name__):
        vectors = embedding.embed([text])
    assert "rebuilding" in caplog.text
    assert abs(float(np.linalg.norm(vectors[0])) - 1.0) < 1e-5
    assert not path.read_bytes().startswith(b"this is not")
    assert not stale.exists()
    monkeypatch.setattr(embedding, "_cache", {})
    assert embedding.missing([text]) == 0  # read back from the rebuilt file


def test_a_folder_that_cannot_be_written_only_costs_time(monkeypatch, tmp_path, caplog) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("COACHKIT_CACHE_DIR", str(blocked / "cache"))
    monkeypatch.setattr(embedding, "_cache", {})
    text = "What did you like least about your last job?"
    with caplog.at_level(logging.WARNING, logger=embedding.__name__):
        assert embedding.missing([text]) == 1
        vectors = embedding.embed([text])
    assert "not kept on disk" in caplog.text
    assert vectors.shape == (1, embedding.DIMENSIONS)
    assert embedding.missing([text]) == 0  # still remembered for the process


@pytest.mark.parametrize("pair", [
    ("How do you cope with stress?", "What do you do when the pressure is on?"),
    ("Where do you see yourself in five years?", "What are your long-term career plans?"),
])
def test_suggestions_rank_first_rewordings_that_share_no_word(pair) -> None:
    """The sentence model puts two rewordings that share no word first among the pairs;
    words alone do not. (Whether the pair is shown depends on its calibrated chance: since
    2026-12-06 single questions paired by wording alone are put at about 1 in 4, as right as
    such pairs were for writers the model never saw, under the floor of 0.45.)"""
    families = [[pair[0]], [pair[1]], *OTHERS]
    with_model = grouping.suggest_merges(families, limit=3, sentences=True, min_score=0.0)
    words_only = grouping.suggest_merges(families, limit=3, sentences=False, min_score=0.0)
    assert [(a, b) for a, b, _ in with_model][:1] == [(0, 1)]
    assert with_model[0][2] > 2 * with_model[1][2]
    assert (0, 1) not in [(a, b) for a, b, _ in words_only][:1]


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


def test_a_question_as_likely_to_belong_to_two_merged_families_is_not_joined() -> None:
    """Thirty-fourth round: a taught join needs its family to lead every other merged
    family. "Why here and why this role?" asks both merged questions (the old threshold
    joined it to the first); "Why are you applying?" is plainly the first."""
    merged = [["Why do you want this job?", "What draws you to this role?"],
              ["Why do you want to work for us?", "What makes you want to join our company?"]]
    new = ["Why are you applying?", "Why here and why this role?"]
    assert grouping.taught_families(new, merged, sentences=True) == [0, -1]
    # each family alone takes the question it leads nothing else for
    assert grouping.taught_families(new[1:], merged[:1], sentences=True) == [0]


def test_the_chance_a_card_shows_is_recalibrated_for_writers_the_fit_never_saw() -> None:
    # left out in turn, the fitted chance was over-confident (pairs at 0.75 right half the
    # time): the chance shown is recalibrated, and nothing under SENTENCE_FLOOR is offered
    families = [["How would your friends describe you?"],
                ["What would your mates say you are like?"], *OTHERS]
    fitted = float(grouping._sentence_chance(grouping.merge_features(
        families, sentences=True)[0, 1]))
    (a, b, shown), *_ = grouping.suggest_merges(families, limit=1, sentences=True,
                                                min_score=0.0)
    assert (a, b) == (0, 1)
    assert shown == pytest.approx(float(grouping._shown_chance(fitted)), abs=1e-4)
    assert shown < fitted
    # two families of two rewordings each are offered (a pair of single questions is put at
    # about 1 in 4 since the recalibration of 2026-12-06, under the floor)
    offered = grouping.suggest_merges(families + [["What are your weaknesses?"],
                                                  ["Where do you see yourself in 5 years?",
                                                   "5 year plan question"],
                                                  ["What are your long-term career plans?",
                                                   "where do you want to be in 5 yrs"]],
                                      limit=20, sentences=True)
    assert offered and all(score >= grouping.SENTENCE_FLOOR for *_, score in offered)
    every = grouping.suggest_merges(families, limit=20, sentences=True, min_score=0.0)
    assert any(score < grouping.SENTENCE_FLOOR for *_, score in every)  # the floor did cut


def test_a_busy_file_of_vectors_is_left_alone(monkeypatch, caplog) -> None:
    # another kernel holding the file (a lock, not a broken file) must not lose it
    text = f"What would you do if the tills went down? {time.time_ns()}"
    embedding.embed([text])
    path = embedding.store_path()
    before = path.read_bytes()
    monkeypatch.setattr(embedding, "_current", None)
    monkeypatch.setattr(embedding, "_cache", {})

    def busy(self):
        raise embedding.sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(embedding._Store, "_connect", busy)
    with caplog.at_level(logging.WARNING, logger=embedding.__name__):
        assert embedding.missing([text]) == 1  # worked out again, not read
    assert "not kept on disk" in caplog.text and "rebuilding" not in caplog.text
    assert path.read_bytes() == before
