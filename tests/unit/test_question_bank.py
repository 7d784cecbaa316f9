"""The packaged question bank: shape, validation and library coverage."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from coachkit.analysis import question_bank as qb
from coachkit.analysis.categorize import suggest_category
from coachkit.domain import vocab

ROOT = Path(__file__).resolve().parents[2]


def test_bank_has_enough_intents_in_every_category() -> None:
    bank = qb.load_bank()
    assert len(bank) >= 150
    for category, _label in qb.CATEGORIES:
        assert len(qb.entries_by_category(category)) >= 10, category


def test_categories_match_the_workbook_vocabulary() -> None:
    assert dict(qb.CATEGORIES) == vocab.QUESTION_CATEGORIES
    assert [cid for cid, _ in qb.CATEGORIES] == list(vocab.QUESTION_CATEGORIES)


def test_every_entry_is_well_formed() -> None:
    ids = [entry.id for entry in qb.load_bank()]
    assert len(ids) == len(set(ids))
    for entry in qb.load_bank():
        assert re.fullmatch(r"[a-z0-9_]+", entry.id), entry.id
        assert entry.category in qb.CATEGORY_IDS
        assert entry.asks
        assert 8 <= len(entry.phrasings) <= 16, entry.id
        assert len(set(entry.phrasings)) == len(entry.phrasings), entry.id
        assert entry.tags, entry.id
        # at least one fragment, the way candidates jot questions down afterwards
        assert any(p[:1].islower() or not p.endswith(("?", ".")) for p in entry.phrasings), \
            entry.id


def test_library_topics_are_covered() -> None:
    ids = {entry.id for entry in qb.load_bank()}
    for needed in ("reference_interview", "collection_selection", "weeding",
                   "information_literacy_instruction", "ya_programming", "angry_patron",
                   "disruptive_patron", "library_tech_trends", "outreach", "budget_management",
                   "working_with_faculty", "intellectual_freedom", "patron_privacy"):
        assert needed in ids


def test_load_is_cached_and_entries_are_frozen() -> None:
    assert qb.load_bank() is qb.load_bank()
    entry = qb.load_bank()[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.id = "changed"  # type: ignore[misc]
    assert qb.get_entry(entry.id) is entry
    assert qb.get_entry("no_such_intent") is None


def _doc(**changes: object) -> dict[str, object]:
    entry = {"id": "x", "category": "about_you", "asks": "?", "phrasings": ["a", "b"],
             "tags": []}
    entry.update(changes)
    return {"entries": [entry]}


@pytest.mark.parametrize("raw, message", [
    ({"entries": []}, "no entries"),
    (_doc(category="nonsense"), "unknown category"),
    (_doc(phrasings=[]), "no phrasings"),
    (_doc(phrasings=["  ", ""]), "no phrasings"),
    (_doc(id=""), "no id"),
])
def test_validation_names_the_problem(raw: dict[str, object], message: str) -> None:
    with pytest.raises(qb.BankError, match=message):
        qb.parse_bank(raw)


def test_duplicate_ids_are_refused() -> None:
    doc = _doc()
    doc["entries"] = doc["entries"] * 2  # type: ignore[operator]
    with pytest.raises(qb.BankError, match="Duplicate"):
        qb.parse_bank(doc)


def test_unknown_category_lookup_is_refused() -> None:
    with pytest.raises(qb.BankError):
        qb.entries_by_category("small_talk")
    assert qb.category_label("curveball") == "Curveball"


def test_packaged_file_is_what_the_loader_reads() -> None:
    raw = json.loads((ROOT / "coachkit" / "data" / "question_bank.json").read_text("utf-8"))
    assert [e["id"] for e in raw["entries"]] == [e.id for e in qb.load_bank()]


# ------------------------------------------------------------------------ categories


@pytest.mark.parametrize("text, category", [
    ("Tell me about yourself", "about_you"),
    ("what's your greatest weakness", "about_you"),
    ("Why do you want to work here?", "motivation_fit"),
    ("Tell me about a time you failed", "behavioural"),
    ("A parent wants a picture book pulled from the shelves. What do you do?", "situational"),
    ("How do you decide what to weed?", "role_knowledge"),
    ("How do you handle an angry patron?", "customer_service"),
    ("If you were an animal, what would you be?", "curveball"),
])
def test_suggest_category_from_the_bank(text: str, category: str) -> None:
    assert suggest_category(text) == category


@pytest.mark.parametrize("text, category", [
    ("Tell us about a time the roof leaked onto the zine shelves", "behavioural"),
    ("What would you do if the self-checkout froze during a rush?", "situational"),
    ("Experience with Koha migrations?", "role_knowledge"),
    ("", "role_knowledge"),
    ("🙂", "role_knowledge"),
])
def test_suggest_category_falls_back_on_the_wording(text: str, category: str) -> None:
    assert suggest_category(text) == category


def test_suggest_category_agrees_with_the_bank_on_labelled_questions() -> None:
    doc = json.loads((ROOT / "tests" / "data" / "labelled_questions.json").read_text("utf-8"))
    pairs = [(it["text"], qb.get_entry(it["family"])) for it in doc["items"]]
    known = [(text, entry.category) for text, entry in pairs if entry is not None]
    right = sum(suggest_category(text) == category for text, category in known)
    assert right / len(known) >= 0.85


# --- "What they are really asking" names the panel's concern -----------------------------


@pytest.mark.parametrize(("asks", "question"), [
    ("What does good service mean to you?", "What does good customer service mean to you?"),
    ("Can you run a project from start to finish?",
     "Tell me about a large project you managed from start to finish."),
    ("What kind of management brings out your best work?",
     "What kind of manager brings out the best in you?"),
])
def test_a_line_that_restates_its_question_is_flagged(asks: str, question: str) -> None:
    assert qb.restated_share(asks, question) >= qb.RESTATES_QUESTION_SHARE


@pytest.mark.parametrize(("asks", "question"), [
    ("Whether you admit a gap, look it up or refer the person on, rather than bluffing.",
     "What would you do if you didn't know the answer to a patron's question?"),
    ("Whether you can plan, keep several people and deadlines on track, and finish without "
     "being chased.", "Tell me about a large project you managed from start to finish."),
])
def test_a_line_that_names_the_concern_passes(asks: str, question: str) -> None:
    assert qb.restated_share(asks, question) < qb.RESTATES_QUESTION_SHARE


def test_an_empty_line_counts_as_restating() -> None:
    assert qb.restated_share("", "Tell me about yourself.") == 1.0


def test_no_bank_line_restates_its_question() -> None:
    weak = [f"{e.id}: {e.asks!r} vs {e.phrasings[0]!r}"
            for e in qb.load_bank() if qb.restates_question(e)]
    assert not weak, "\n".join(weak)


def test_same_as_must_name_an_entry_that_is_not_itself_an_alias() -> None:
    def raw(**extra):
        base = {"category": "about_you", "asks": "x", "phrasings": ["p"]}
        return {"entries": [{"id": "a", **base}, {"id": "b", **base, **extra},
                            {"id": "c", **base, "same_as": "a"}]}

    assert qb.parse_bank(raw(same_as="a"))[1].same_as == "a"
    with pytest.raises(qb.BankError, match="same_as"):
        qb.parse_bank(raw(same_as="nowhere"))
    with pytest.raises(qb.BankError, match="same_as"):
        qb.parse_bank(raw(same_as="c"))  # c is an alias itself
    for entry in qb.load_bank():  # the shipped bank's aliases point at real entries
        if entry.same_as:
            assert qb.get_entry(entry.same_as) is not None
