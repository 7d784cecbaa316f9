"""The interview log's state and rules, without widgets (tested directly).

``InterviewLogModel`` holds the open workbook, the selected interview, this page's edit
history and the recurring families. Every method is one thing the user can do or see; an
action stores at once (one service call, its own transaction) and returns the message for
the status line, or raises a ``CoachkitError`` whose message says what to fix (and then
nothing is stored). ``changed`` ticks after any edit the recurring families depend on.
"""

from __future__ import annotations

from collections.abc import Sequence

import traitlets

from coachkit import frames
from coachkit.domain.errors import InvalidEntry
from coachkit.domain.records import DeletedQuestion, FamilyRecord, InterviewRecord, PastePreview
from coachkit.services import families, interviews, questions, undo
from coachkit.services.interviews import DateNeedsConfirmation
from coachkit.services.workbook import Workbook

CHART_TOP = 10
TABLE_TOP = 30
PICK_TOP = 300  # families offered in the merge / move-out lists
FIELDS = ("organisation", "role_title", "interview_date", "stage", "format", "interviewers",
          "length_minutes", "connection", "connection_note", "outcome", "regret_heard",
          "feedback")


def short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def minutes(raw: str) -> int | None:
    """The length field as typed ("45", "45 min", "") -> minutes, or a message."""
    raw = (raw or "").strip().removesuffix("min").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise InvalidEntry("The length must be a whole number of minutes, such as 45.")
    return int(raw)


class InterviewLogModel(traitlets.HasTraits):
    changed = traitlets.Int(0)  # ticks after an edit that the recurring families show

    def __init__(self, wb: Workbook) -> None:
        super().__init__()
        self.wb = wb
        self.current: int | None = None
        self.history = undo.EditHistory()  # this page's edits to interviews, newest last
        self.last_deleted: DeletedQuestion | None = None
        self.restored: int | None = None  # the question the last undo brought back
        self.preview: PastePreview | None = None
        self.families: list[FamilyRecord] = []
        self.families_stale = True

    def touch(self) -> None:
        self.families_stale = True
        self.changed += 1

    # ------------------------------------------------------------- interviews
    def organisations(self) -> list[str]:
        return interviews.organisations(self.wb)

    def listing(self, organisation: str = "", outcome: str = ""
                ) -> tuple[list[tuple[InterviewRecord, int]], frames.Table]:
        """The interviews the filters keep, newest first, each with its number of
        questions; and the same rows as a table (for CSV / Excel)."""
        counts = interviews.question_counts(self.wb)
        listed = interviews.list_interviews(self.wb, organisation=organisation or None,
                                            outcome=outcome or None)
        return ([(iv, counts.get(iv.id, 0)) for iv in listed],
                frames.interviews_table(self.wb, listed, counts))

    def interview(self, interview_id: int | None = None) -> InterviewRecord | None:
        wanted = self.current if interview_id is None else interview_id
        return None if wanted is None else interviews.get_interview(self.wb, wanted)

    def save_interview(self, fields: dict, date_confirmed: bool = False) -> str:
        """Save the form: a new interview, or an edit of the selected one (undoable).
        ``length_minutes`` may be the text as typed. Raises DateNeedsConfirmation for a
        date in the future or before 1950 (nothing is stored until it is confirmed)."""
        values = {k: fields.get(k) for k in FIELDS if k in fields}
        if isinstance(values.get("length_minutes"), str):
            values["length_minutes"] = minutes(values["length_minutes"])
        if self.current is None:
            saved = interviews.log_interview(self.wb, date_confirmed=date_confirmed, **values)
        else:
            saved = undo.update_interview(self.wb, self.history, self.current,
                                          date_confirmed=date_confirmed, **values)
        self.current = saved.id
        self.touch()
        return f"Saved the interview with {saved.organisation}."

    @staticmethod
    def date_message(exc: DateNeedsConfirmation) -> str:
        return (f"{exc.message} Tick \u201cYes, this date is right\u201d and press Save "
                "again. Nothing was saved yet.")

    def to_delete(self) -> tuple[str, int]:
        """What deleting the selected interview would remove: (organisation, questions)."""
        iv = self.interview()
        if iv is None:
            raise InvalidEntry("Choose the interview to delete first.")
        return iv.organisation, interviews.question_counts(self.wb).get(iv.id, 0)

    def delete_interview(self) -> str:
        iv = self.interview()
        if iv is None:
            raise InvalidEntry("Choose the interview to delete first.")
        interviews.delete_interview(self.wb, iv.id)
        self.current = None
        self.touch()
        return f"Deleted the interview with {iv.organisation}."

    # -------------------------------------------------------------- questions
    def questions(self) -> list:
        return [] if self.current is None else questions.list_questions(self.wb, self.current)

    def preview_paste(self, block: str) -> PastePreview:
        self.preview = None
        self.preview = questions.preview_paste(self.wb, self.current, block)
        return self.preview

    def paste_message(self) -> str:
        return ("Here is what will be saved. Nothing is saved until you press "
                "\u201cSave these questions\u201d.")

    def save_paste(self, block: str) -> str:
        chosen = {q.text: q.category for q in self.preview.questions} if self.preview else None
        saved = questions.save_pasted(self.wb, self.current, block, categories=chosen)
        self.preview = None
        self.touch()
        return f"Saved {len(saved)} question(s). They are listed above."

    def update_question(self, qid: int, **fields) -> tuple[str, str]:
        """Save one question's fields; returns (its stored text, the message)."""
        saved = questions.update_question(self.wb, qid, **fields)
        self.touch()
        return saved.text, f"Saved \u201c{short(saved.text, 60)}\u201d."

    def move_question(self, qid: int, offset: int) -> str:
        questions.move_question(self.wb, qid, offset)
        return "Order saved."

    def delete_question(self, qid: int) -> str:
        self.last_deleted = questions.delete_question(self.wb, qid)
        self.touch()
        text = short(self.last_deleted.question["text"], 60)
        return f"Deleted \u201c{text}\u201d. Press \u201cUndo delete\u201d to bring it back."

    def undo_delete(self) -> str:
        if self.last_deleted is None:
            raise InvalidEntry("There is nothing to undo.")
        back = questions.restore_question(self.wb, self.last_deleted)
        self.last_deleted, self.restored = None, back.id
        self.current = back.interview_id
        self.touch()
        return f"\u201c{short(back.text, 60)}\u201d is back."

    # -------------------------------------------------------------- recurring
    def regroup(self, force: bool = True) -> list[FamilyRecord]:
        if force or not self.families:
            self.families = families.recurring_questions(self.wb)
        self.families_stale = False
        return self.families

    def shown(self, show_all: bool) -> list[FamilyRecord]:
        return [f for f in self.families if show_all or f.interviews >= 2]

    @staticmethod
    def really_asking(rows: Sequence[FamilyRecord]) -> dict[str, str]:
        return {f.key: families.really_asking(f.representative) for f in rows}

    @staticmethod
    def really_asking_one(wording: str) -> str:
        return families.really_asking(wording)

    def picks(self) -> list[tuple[str, str]]:
        return [(f"{short(f.representative, 60)} ({f.interviews} interview"
                 f"{'s' if f.interviews != 1 else ''})", f.key)
                for f in self.families[:PICK_TOP]]

    def movable(self, picks: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [p for p, f in zip(picks, self.families, strict=False)
                if len(f.question_ids) > 1]

    def members(self, key: str | None) -> list[tuple[str, int]]:
        family = next((f for f in self.families if f.key == key), None)
        if family is None:
            return []
        ids = family.question_ids[:PICK_TOP]
        texts = families.question_texts(self.wb, ids)
        return [(short(texts[i], 70), i) for i in ids if i in texts]

    def choices(self) -> list:
        return families.list_choices(self.wb)

    def suggestions(self, less_likely: bool = False) -> list:
        return families.merge_suggestions(self.wb, within=self.families,
                                          less_likely=less_likely)

    @staticmethod
    def suggestions_improving() -> bool:
        return families.suggestions_improving()

    def merge(self, source: str | None, target: str | None) -> str:
        if not source or not target:
            raise InvalidEntry("Choose the two families to merge.")
        done = families.merge_families(self.wb, source, target)
        self.families_stale = True
        return f"{done.description}. Kept for good (undo below)."

    def accept(self, pair) -> str:
        done = families.merge_families(self.wb, pair.key_b, pair.key_a)
        self.families_stale = True
        return f"{done.description}. Kept for good (undo below)."

    def keep_apart(self, pair) -> str:
        done = families.keep_apart(self.wb, pair.key_a, pair.key_b)
        self.families_stale = True
        return f"{done.description}: not suggested again (undo below)."

    def move_out(self, qid: int | None) -> str:
        if qid is None:
            raise InvalidEntry("Choose the question to move out.")
        done = families.move_out(self.wb, qid)
        self.families_stale = True
        return f"{done.description}. Kept for good (undo below)."

    def undo_choice(self, choice_id: int) -> str:
        families.undo_choice(self.wb, choice_id)
        self.families_stale = True
        return "Undone: that grouping choice is forgotten."

    def export_public_safe(self) -> tuple[object, str, str]:
        """Write the public-safe list; returns (path, text, message)."""
        path, text = families.export_public_safe(self.wb)
        return path, text, f"The public-safe list is in {path}."
