"""The job-fit worksheet's state and rules, without widgets (tested directly).

``JobFitModel`` holds the open workbook, the chosen job and this page's edit history; every
method is one thing the user can do or see, in words. Actions store through
``services.jobs`` (or ``services.undo`` for edits that can be undone) and return the message
for the status line; bad input raises ``CoachkitError`` with a message and stores nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import traitlets

from coachkit.domain import vocab
from coachkit.domain.errors import InvalidEntry
from coachkit.domain.records import AskRecord, DutyRecord, JobRecord
from coachkit.services import jobs, undo
from coachkit.services.workbook import Workbook

ASKS_SHOWN = 12
FIELD_WORDS = {"share_pct": "share", "requirement_status": "status"}


def _clean_number(text: str) -> str:
    return (text or "").strip().rstrip("%").strip().replace(",", ".")


def parse_share(text: str) -> float | None:
    """'35', '35 %' -> 35.0; '' -> None (unknown). Range is checked by the service."""
    cleaned = _clean_number(text)
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        raise InvalidEntry("A share is a number from 0 to 100 (percent of the week), or "
                           "tick “unknown”.") from None


def parse_number(text: str, what: str) -> float | None:
    """A limit typed as text: '' -> None (no limit); words are refused naming ``what``."""
    cleaned = _clean_number(text)
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        raise InvalidEntry(f"{what} must be a number (or left empty for no limit).") from None


def short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


@dataclass(frozen=True)
class DraftLine:
    """A line of a split ad as the user left it: kind, wording, essential, ticked."""

    kind: str  # duty, requirement or other (an "other" line kept becomes a duty)
    text: str
    essential: bool = True
    keep: bool = True


@dataclass(frozen=True)
class AskList:
    """The questions to ask as shown: the active ones (all, or the top ones) and the dropped."""

    shown: list[AskRecord]
    dropped: list[AskRecord]
    hidden: int  # active questions not shown


class JobFitModel(traitlets.HasTraits):
    job_id = traitlets.Int(None, allow_none=True)  # the chosen job (None: a new one)
    changed = traitlets.Int(0)  # ticks after every stored edit

    def __init__(self, wb: Workbook) -> None:
        super().__init__()
        self.wb = wb
        self.history = undo.EditHistory()  # this page's edits to jobs, newest last

    def touch(self) -> None:
        self.changed += 1

    def _need_job(self) -> int:
        if self.job_id is None:
            raise InvalidEntry("Save the job first (tab “The job”).")
        return self.job_id

    # ------------------------------------------------------------------ jobs
    def job_options(self) -> list[tuple[str, int]]:
        return [(f"{j.title} — {j.organisation}" if j.organisation else j.title, j.id)
                for j in jobs.list_jobs(self.wb)]

    def job(self) -> JobRecord | None:
        return jobs.get_job(self.wb, self.job_id) if self.job_id is not None else None

    def save_job(self, title: str, organisation: str = "", link: str = "",
                 ad_text: str = "") -> str:
        """A new job is added (with the ad); a chosen one gets its details updated."""
        fields = dict(title=title, organisation=organisation, link=link)
        if self.job_id is None:
            self.job_id = jobs.add_job(self.wb, **fields, ad_text=ad_text).id
        else:
            undo.update_job(self.wb, self.history, self.job_id, **fields)
        self.touch()
        return f"Saved “{title.strip()}”."

    def delete_question_text(self) -> str:
        """What deleting the chosen job would remove, to ask before doing it."""
        if self.job_id is None:
            raise InvalidEntry("Choose the job to delete first.")
        title = jobs.get_job(self.wb, self.job_id).title
        return (f"Delete \u201c{title}\u201d with its duties, requirements, questions to ask "
                "and decision? This cannot be undone.")

    def delete_job(self) -> str:
        if self.job_id is None:
            raise InvalidEntry("Choose the job to delete first.")
        title = jobs.get_job(self.wb, self.job_id).title
        jobs.delete_job(self.wb, self.job_id)
        self.job_id = None
        self.touch()
        return f"Deleted \u201c{title}\u201d."

    def compare_rows(self):
        return jobs.compare_jobs(self.wb)

    # ------------------------------------------------------------------- the ad
    @staticmethod
    def split_ad(text: str):
        """The ad split into lines to check (nothing is stored)."""
        return jobs.draft_from_ad(text)

    @staticmethod
    def split_message(draft) -> str:
        found = len(draft.duties) + len(draft.requirements)
        return (f"Found {len(draft.duties)} duties and {len(draft.requirements)} requirements. "
                f"Check them, then add the ticked ones ({found}).")

    def confirm_lines(self, lines: Sequence[DraftLine], cleaned_ad: str, title: str,
                      organisation: str = "", link: str = "", ad_text: str = "") -> str:
        """Store the ticked lines (the job is added first when it is new)."""
        kept = [("duty" if d.kind == "other" else d.kind, d.text, d.essential)
                for d in lines if d.keep and d.text.strip()]
        if not kept:
            raise InvalidEntry("No lines are ticked, so there is nothing to add.")
        if self.job_id is None:
            self.job_id = jobs.add_job(self.wb, title, organisation, link, ad_text=ad_text).id
        duties, reqs = jobs.save_confirmed_lines(
            self.wb, self.job_id, [t for k, t, _ in kept if k == "duty"],
            [(t, e) for k, t, e in kept if k == "requirement"], ad_text=cleaned_ad)
        self.touch()
        return (f"Added {len(duties)} duties and {len(reqs)} requirements. Next: say how much "
                "of the week each duty takes.")

    # ------------------------------------------------------ duties, requirements
    def lines(self, kind: str = "duty") -> list[DutyRecord]:
        return [] if self.job_id is None else jobs.list_duties(self.wb, self.job_id, kind)

    def line(self, line_id: int) -> DutyRecord:
        return jobs.get_duty(self.wb, line_id)

    def update_line(self, line_id: int, field: str, value: object) -> tuple[DutyRecord, str]:
        """Save one field of a duty or requirement at once; returns it and the message."""
        saved = undo.update_duty(self.wb, self.history, line_id, **{field: value})
        self.touch()
        return saved, f"Saved ({FIELD_WORDS.get(field, field)})."

    def set_share_text(self, line_id: int, text: str) -> tuple[DutyRecord, str]:
        return self.update_line(line_id, "share_pct", parse_share(text))

    def share_total(self) -> str:
        return jobs.share_total_text(self.lines("duty"))

    def requirements_summary(self) -> tuple[str, str, str]:
        """'2 of 3 rated.', 'Share met: … ' and the plain note on what that share means."""
        lines = self.lines("requirement")
        report = jobs.fit_report(self.wb, self._need_job())
        rated = sum(1 for r in lines if r.requirement_status)
        essential = report.essential_met_pct
        share = ("" if report.requirements_met_pct is None else
                 f"Share met: {report.requirements_met_pct:g}% (essential: "
                 f"{'–' if essential is None else f'{essential:g}'}%). ")
        return f"{rated} of {len(lines)} rated.", share, report.requirements_note

    def add_line(self, kind: str, text: str) -> str:
        job_id = self._need_job()
        if kind == "duty":
            jobs.add_duty(self.wb, job_id, text)
        else:
            jobs.add_requirement(self.wb, job_id, text)
        self.touch()
        return f"Added “{text.strip()}”."

    def delete_line(self, line_id: int) -> str:
        jobs.delete_duty(self.wb, line_id)
        self.touch()
        return "Deleted."

    def move_line(self, line_id: int, kind: str) -> str:
        jobs.move_line(self.wb, line_id, kind)
        self.touch()
        return f"Moved to the {kind} list."

    def merge_next(self, line_id: int) -> str:
        """Join a duty with the one below it (the order the user sees)."""
        ids = [d.id for d in self.lines("duty")]
        position = ids.index(line_id)
        if position + 1 >= len(ids):
            raise InvalidEntry("There is no line below to merge with.")
        merged = jobs.merge_duties(self.wb, line_id, ids[position + 1])
        self.touch()
        return f"Merged into “{merged.text}”."

    # -------------------------------------------------------------- my limits
    def limits(self):
        return jobs.get_tolerances(self.wb)

    def save_limits(self, public: str, interruptions: str, breakers: str,
                    next_step: str = "") -> str:
        """The same limits for every job: typed text, checked before anything is stored."""
        saved = jobs.set_tolerances(
            self.wb, max_public_facing_pct=parse_number(public, "The most public-facing time"),
            max_interruptions_per_hour=parse_number(interruptions, "Interruptions an hour"),
            deal_breakers=breakers.splitlines(), next_step=next_step)
        self.touch()
        goal = f" and where you want to go next (“{saved.next_step}”)" if saved.next_step else ""
        return (f"Saved your limits ({len(saved.deal_breakers)} deal-breakers){goal}. They "
                "apply to every job.")

    # -------------------------------------------------------------------- fit
    def fit_report(self):
        return jobs.fit_report(self.wb, self._need_job())

    # -------------------------------------------------------- questions to ask
    def questions(self, show_all: bool = False) -> AskList:
        """Brought up to date with the worksheet, keeping the user's wording and drops."""
        questions = jobs.regenerate_questions(self.wb, self._need_job())
        active = [q for q in questions if q.status != "dropped"]
        dropped = [q for q in questions if q.status == "dropped"]
        shown = active if show_all else active[:ASKS_SHOWN]
        return AskList(shown, dropped, len(active) - len(shown))

    def edit_question(self, ask_id: int, text: str) -> str:
        jobs.edit_question(self.wb, ask_id, text)
        self.touch()
        return "Saved your wording; it stays when the list is refreshed."

    def set_question_status(self, ask_id: int, status: str) -> str:
        jobs.set_question_status(self.wb, ask_id, status)
        self.touch()
        return f"Marked as {vocab.ASK_STATUS[status].lower()}."

    def add_question(self, text: str) -> str:
        jobs.plan_question_to_ask(self.wb, self._need_job(), text)
        self.touch()
        return f"Added “{text.strip()}” at the top."

    # ------------------------------------------------------ after the interview
    def questions_to_hear(self) -> list[AskRecord]:
        return [q for q in jobs.list_questions(self.wb, self._need_job())
                if q.status != "dropped"][:ASKS_SHOWN]

    def record_heard(self, ask_id: int, text: str) -> str:
        jobs.record_heard(self.wb, ask_id, text)
        self.touch()
        return "Saved what you heard."

    def fill_share(self, duty_id: int, text: str) -> str:
        self.set_share_text(duty_id, text)
        return "Saved the share; the fit is worked out again."

    def interruptions_heard(self) -> float | None:
        return jobs.interruptions_heard(self.wb, self._need_job())

    def set_interruptions_heard(self, text: str) -> str:
        jobs.set_interruptions_heard(self.wb, self._need_job(),
                                     parse_number(text, "Interruptions an hour"))
        self.touch()
        return "Saved; the fit is worked out again."

    def decide(self, decision: str | None, note: str) -> str:
        job = undo.decide(self.wb, self.history, self._need_job(), decision, note)
        self.touch()
        label = vocab.DECISIONS.get(job.decision or "", "not decided yet")
        return f"Saved your decision: {label}."

