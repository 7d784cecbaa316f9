"""Pure analysis: no database, no widgets. Each function takes text or records and returns data.

The two public entry points are loaded on first use, so importing one engine (say job_fit)
does not pay for the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coachkit.analysis.answer_feedback import analyze_answer
    from coachkit.analysis.grouping import group_questions

__all__ = ["analyze_answer", "group_questions"]

_HOMES = {"analyze_answer": "answer_feedback", "group_questions": "grouping"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(f"coachkit.analysis.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'coachkit.analysis' has no attribute {name!r}")
