"""Suggest a category for a reconstructed interview question.

The bank decides when it can: a confident intent gives its own category, and otherwise
the classifier's belief is summed per category. When the bank has no clear view, the
wording frame decides ("tell me about a time" is behavioural, "what would you do if"
situational, ...), and anything else is taken as role knowledge, the commonest kind
of question that falls outside the bank.
"""

from __future__ import annotations

import re
from collections import defaultdict

from coachkit.analysis import grouping
from coachkit.analysis.question_bank import get_entry

# Share of the classifier's belief a category needs when no single intent is confident.
CATEGORY_MASS = 0.6
DEFAULT_CATEGORY = "role_knowledge"

# Checked in order; the first frame that matches wins.
_FRAMES: list[tuple[str, re.Pattern[str]]] = [
    ("curveball", re.compile(
        r"\bif you (were|could be) an? (animal|book|colou?r|fruit|character)\b|superpower|"
        r"desert island|sell me (this|the)\b|how many .+ (fit|are there) in\b|lottery")),
    ("behavioural", re.compile(
        r"\b(tell|talk)( me| us)? about a (time|situation|moment)|\bdescribe a (time|situation"
        r"|moment|project)|\bgive (me |us )?an example|\b(have|had) you ever\b|"
        r"\ba time (when|you|i)\b|\bwhen have you\b|\bwalk (me|us) through a time")),
    ("situational", re.compile(
        r"\bwhat (do|would|will|should) you do\b|\bhow would you (handle|respond|"
        r"deal|react)|\bimagine\b|\bsuppose\b|\bscenario\b|\bwhat if\b|\bwhat happens if\b")),
    ("motivation_fit", re.compile(
        r"\bwhy (do|did|would) you (want|apply|choose|leave)|\bwhy (this|our|us)\b|"
        r"\bwhy should we\b|\bsalary\b|\bstart date\b|\bwhen can you start\b")),
    ("customer_service", re.compile(r"\b(patron|customer|user|visitor)s?\b")),
    ("about_you", re.compile(
        r"\byour(self)?\b.*\b(strength|weakness|personality|hobbies|goals)|\byourself\b")),
]


def suggest_category(text: str) -> str:
    """One of the category ids in question_bank.CATEGORIES for this question."""
    if not text or not text.strip():
        return DEFAULT_CATEGORY
    intent = grouping.intent_of(text)
    if intent is not None:
        entry = get_entry(intent)
        if entry is not None:
            return entry.category
    by_mass = _category_by_mass(text)
    if by_mass is not None:
        return by_mass
    return _category_by_frame(text)


def _category_by_mass(text: str) -> str | None:
    mass: dict[str, float] = defaultdict(float)
    for intent_id, posterior, _similarity in grouping.nearest_intents(text, k=25):
        entry = get_entry(intent_id)
        if entry is not None:
            mass[entry.category] += posterior
    if not mass:
        return None
    best = max(sorted(mass), key=lambda c: mass[c])
    return best if mass[best] >= CATEGORY_MASS else None


def _category_by_frame(text: str) -> str:
    folded = " ".join(text.casefold().replace("’", "'").split())
    for category, pattern in _FRAMES:
        if pattern.search(folded):
            return category
    return DEFAULT_CATEGORY
