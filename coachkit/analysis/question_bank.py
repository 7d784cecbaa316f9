"""The packaged bank of interview-question intents (coachkit/data/question_bank.json).

Each entry is one *intent* (what the panel is really asking) with several wordings.
The grouping engine and the category suggester both read it through `load_bank()`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

CATEGORIES: list[tuple[str, str]] = [
    ("about_you", "About you"),
    ("motivation_fit", "Motivation and fit"),
    ("behavioural", "Behavioural"),
    ("situational", "Situational"),
    ("role_knowledge", "Role knowledge"),
    ("customer_service", "Customer service"),
    ("curveball", "Curveball"),
]
CATEGORY_IDS: frozenset[str] = frozenset(cid for cid, _ in CATEGORIES)


class BankError(ValueError):
    """The bank file breaks one of its rules; the message names the entry."""


@dataclass(frozen=True)
class BankEntry:
    id: str
    category: str
    asks: str
    phrasings: tuple[str, ...]
    tags: tuple[str, ...]
    # Another entry's id when the two are one recurring question for grouping (candidates
    # ask and log them as one), though each stays a question to practise on its own.
    same_as: str = ""


def parse_bank(raw: dict[str, Any]) -> tuple[BankEntry, ...]:
    """Build and validate entries from the decoded JSON document."""
    entries = tuple(_entry(item, n) for n, item in enumerate(raw.get("entries", [])))
    if not entries:
        raise BankError("The question bank has no entries.")
    seen: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            raise BankError(f"Duplicate bank id {entry.id!r}.")
        seen.add(entry.id)
    by_id = {entry.id: entry for entry in entries}
    for entry in entries:
        target = by_id.get(entry.same_as) if entry.same_as else entry
        if target is None or target.same_as:
            raise BankError(f"Bank entry {entry.id!r}: 'same_as' must name an entry that "
                            "is not itself an alias.")
    return entries


def _entry(item: dict[str, Any], n: int) -> BankEntry:
    ident = str(item.get("id", "")).strip()
    if not ident:
        raise BankError(f"Bank entry #{n} has no id.")
    category = item.get("category")
    if category not in CATEGORY_IDS:
        raise BankError(f"Bank entry {ident!r} has unknown category {category!r}.")
    phrasings = tuple(p.strip() for p in item.get("phrasings", []) if str(p).strip())
    if not phrasings:
        raise BankError(f"Bank entry {ident!r} has no phrasings.")
    return BankEntry(ident, category, str(item.get("asks", "")).strip(), phrasings,
                     tuple(str(t) for t in item.get("tags", [])),
                     str(item.get("same_as", "") or "").strip())


@lru_cache(maxsize=1)
def load_bank() -> tuple[BankEntry, ...]:
    """All bank entries in file order (read once per process)."""
    text = resources.files("coachkit").joinpath("data/question_bank.json").read_text("utf-8")
    return parse_bank(json.loads(text))


@lru_cache(maxsize=1)
def _by_id() -> dict[str, BankEntry]:
    return {entry.id: entry for entry in load_bank()}


def get_entry(entry_id: str) -> BankEntry | None:
    """The entry with this id, or None."""
    return _by_id().get(entry_id)


def entries_by_category(category: str) -> list[BankEntry]:
    """Entries of one category, in file order; unknown categories raise BankError."""
    if category not in CATEGORY_IDS:
        raise BankError(f"Unknown category {category!r}.")
    return [entry for entry in load_bank() if entry.category == category]


# Words that carry no concern of their own; "whether", "you" and "how" appear in
# nearly every "really asking" line and would hide a line that restates its question.
_FILLER_WORDS = frozenset(
    "a an the to of and or for in on at by with about your you yours we us our i me my it "
    "its is are was were be been do does did what how why when where which who whom that "
    "this these those tell give describe would could can will should have has had any some "
    "as from into than then there their them they if not no so but just whether".split()
)
# Above this share, a "really asking" line mostly repeats its question's own words.
RESTATES_QUESTION_SHARE = 0.5


def _concern_words(text: str) -> set[str]:
    words = re.findall(r"[a-z']+", text.lower().replace("\u2019", "'"))
    # The first five letters stand in for a stem: "managed" and "manager" meet.
    return {word[:5] for word in words if len(word) > 2 and word not in _FILLER_WORDS}


def restated_share(asks: str, question: str) -> float:
    """Share of the "really asking" line's words already in the question (0..1).

    A line that scores 0.5 or more mostly restates the question ("Can you run a project
    from start to finish?" for "Tell me about a project you managed from start to
    finish") instead of naming what the panel is worried about.
    """
    words = _concern_words(asks)
    if not words:
        return 1.0  # an empty line tells the user nothing either
    return len(words & _concern_words(question)) / len(words)


def restates_question(entry: BankEntry) -> bool:
    """True when the entry's "really asking" line mostly repeats its main wording."""
    return restated_share(entry.asks, entry.phrasings[0]) >= RESTATES_QUESTION_SHARE


def category_label(category: str) -> str:
    """The label a user sees for a category id (the id itself if unknown)."""
    return dict(CATEGORIES).get(category, category)
