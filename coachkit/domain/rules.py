"""Validation rules shared by every service: each failure is an InvalidEntry for the user."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from coachkit.domain.errors import InvalidEntry

MAX_SHORT = 300
MAX_QUESTION = 1_000
MAX_LONG = 20_000
EARLIEST_DATE = dt.date(1950, 1, 1)


def required_text(value: str | None, what: str, limit: int = MAX_SHORT) -> str:
    cleaned = (value or "").strip()
    if not cleaned:
        raise InvalidEntry(f"Please fill in {what}: it cannot be empty.")
    return optional_text(cleaned, what, limit)


def optional_text(value: str | None, what: str, limit: int = MAX_LONG) -> str:
    cleaned = (value or "").strip()
    if len(cleaned) > limit:
        raise InvalidEntry(
            f"{what.capitalize()} is {len(cleaned):,} characters long; the limit is {limit:,}. "
            "Shorten it and save again."
        )
    return cleaned


def one_of(value: str, allowed: Mapping[str, str], what: str) -> str:
    if value not in allowed:
        choices = ", ".join(allowed.values())
        raise InvalidEntry(f"{what.capitalize()} must be one of: {choices}.")
    return value


def score(value: int | None, what: str, optional: bool = True) -> int | None:
    if value is None and optional:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
        raise InvalidEntry(f"{what.capitalize()} must be a whole number from 1 to 5.")
    return value


def percent(value: float | None, what: str) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidEntry(f"{what.capitalize()} must be a number from 0 to 100.") from None
    if not 0 <= number <= 100:
        raise InvalidEntry(f"{what.capitalize()} must be between 0 and 100 (got {number:g}).")
    return number


def rate(value: float | None, what: str, limit: float = 1_000) -> float | None:
    """A non-negative number such as interruptions an hour (None = not set)."""
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidEntry(f"{what.capitalize()} must be a number.") from None
    if number != number or not 0 <= number <= limit:
        raise InvalidEntry(f"{what.capitalize()} must be between 0 and {limit:g}.")
    return number


def date_needs_confirmation(day: dt.date | None, today: dt.date | None = None) -> str | None:
    """Dates that are probably typos; the UI asks before saving them."""
    if day is None:
        return None
    today = today or dt.date.today()
    if day > today:
        return f"{day:%d %b %Y} is in the future. Save it anyway?"
    if day < EARLIEST_DATE:
        return f"{day:%d %b %Y} is before 1950. Save it anyway?"
    return None
