"""Pure analysis: no database, no widgets. Each function takes text or records and returns data."""

from coachkit.analysis.answer_feedback import analyze_answer
from coachkit.analysis.grouping import group_questions

__all__ = ["analyze_answer", "group_questions"]
