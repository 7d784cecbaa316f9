"""Undo the last edits to interviews and jobs, in this session.

Each edit made through these functions first notes the values it replaces; `undo` puts the
newest one back (in its own transaction, like any edit). Nothing is added to the workbook's
schema: the history lives as long as the page does, which is what "oops, undo that" needs.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from coachkit.domain.errors import CoachkitError, InvalidEntry
from coachkit.domain.records import DutyRecord, InterviewRecord, JobRecord
from coachkit.services import interviews, jobs
from coachkit.services.workbook import Workbook

KEEP = 20  # edits remembered per page


@dataclass(frozen=True)
class Edit:
    label: str  # what undo would put back, in words ("your edit to Millbrook's interview")
    restore: Callable[[], object]


class EditHistory:
    def __init__(self, keep: int = KEEP) -> None:
        self._edits: deque[Edit] = deque(maxlen=keep)
        self._listeners: list[Callable[[], None]] = []

    def on_change(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in self._listeners:
            listener()

    def record(self, label: str, restore: Callable[[], object]) -> None:
        self._edits.append(Edit(label, restore))
        self._changed()

    @property
    def last(self) -> str | None:
        return self._edits[-1].label if self._edits else None

    def __len__(self) -> int:
        return len(self._edits)

    def undo(self) -> str:
        """Put back the newest edit; its label. One that can no longer be undone (the item
        was deleted since) is dropped with a message, changing nothing."""
        if not self._edits:
            raise InvalidEntry("There is nothing to undo.")
        edit = self._edits.pop()
        try:
            edit.restore()
        except CoachkitError as exc:
            self._changed()
            raise InvalidEntry(f"Could not undo {edit.label}: {exc.message}") from exc
        self._changed()
        return edit.label


def _changed_fields(before: Any, after: Any, names) -> dict[str, Any]:
    return {k: getattr(before, k) for k in names
            if hasattr(before, k) and getattr(before, k) != getattr(after, k)}


def update_interview(wb: Workbook, history: EditHistory, interview_id: int, *,
                     date_confirmed: bool = True, **fields: Any) -> InterviewRecord:
    before = interviews.get_interview(wb, interview_id)
    saved = interviews.update_interview(wb, interview_id, date_confirmed=date_confirmed,
                                        **fields)
    old = _changed_fields(before, saved, fields)
    if old:
        history.record(f"your edit to the interview with {before.organisation}",
                       lambda: interviews.update_interview(wb, interview_id,
                                                           date_confirmed=True, **old))
    return saved


def update_job(wb: Workbook, history: EditHistory, job_id: int, **fields: Any) -> JobRecord:
    before = jobs.get_job(wb, job_id)
    saved = jobs.update_job(wb, job_id, **fields)
    old = _changed_fields(before, saved, fields)
    if old:
        history.record(f"your edit to the job \u201c{before.title}\u201d",
                       lambda: jobs.update_job(wb, job_id, **old))
    return saved


def update_duty(wb: Workbook, history: EditHistory, duty_id: int, **fields: Any
                ) -> DutyRecord:
    before = jobs.get_duty(wb, duty_id)
    saved = jobs.update_duty(wb, duty_id, **fields)
    old = _changed_fields(before, saved, fields)
    if "tags" in old:
        old["tags"] = list(old["tags"])
    if old:
        what = "duty" if before.kind == "duty" else "requirement"
        history.record(f"your edit to the {what} \u201c{before.text[:60]}\u201d",
                       lambda: jobs.update_duty(wb, duty_id, **old))
    return saved


def decide(wb: Workbook, history: EditHistory, job_id: int, decision: str | None,
           note: str = "") -> JobRecord:
    before = jobs.get_job(wb, job_id)
    saved = jobs.decide(wb, job_id, decision, note)
    if (before.decision, before.decision_note) != (saved.decision, saved.decision_note):
        history.record(f"your decision on \u201c{before.title}\u201d",
                       lambda: jobs.decide(wb, job_id, before.decision, before.decision_note))
    return saved
