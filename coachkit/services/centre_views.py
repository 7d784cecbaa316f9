"""What a candidate or coach does with the career centre from their own workbook.

These run as the person's own database role: PostgreSQL decides what they may see
(coachkit/centre.py), these functions only ask.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from coachkit.centre import ALIASES_KEY, OPT_OUT_KEY
from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t


def in_centre(wb: Workbook) -> bool:
    """True when the workbook is a centre's shared PostgreSQL database."""
    return wb.store.path is None and wb.store.engine.dialect.name == "postgresql"


def _set_flag(wb: Workbook, key: str, on: bool) -> None:
    with wb.store.write() as s:
        row = s.get(t.WorkbookInfo, key)
        if row is None:
            s.add(t.WorkbookInfo(key=key, value="yes" if on else "no"))
        else:
            row.value = "yes" if on else "no"


def _flag(wb: Workbook, key: str) -> bool:
    with wb.store.read() as s:
        row = s.get(t.WorkbookInfo, key)
        return row is not None and row.value == "yes"


def set_coach_sees_aliases(wb: Workbook, on: bool) -> None:
    """The candidate's choice: the coach sees 'Organisation A', 'Interviewer 1' for names."""
    _set_flag(wb, ALIASES_KEY, on)


def coach_sees_aliases(wb: Workbook) -> bool:
    return _flag(wb, ALIASES_KEY)


def set_opt_out(wb: Workbook, out: bool) -> None:
    """The candidate's choice: leave my questions out of the centre's shared counts."""
    _set_flag(wb, OPT_OUT_KEY, out)


def opted_out(wb: Workbook) -> bool:
    return _flag(wb, OPT_OUT_KEY)


def my_candidates(wb: Workbook) -> list[str]:
    """A coach's assigned candidates, by hub name (the database shows only one's own)."""
    if not in_centre(wb):
        return []
    prefix = "ck_"
    with wb.store.read() as s:
        roles = s.scalars(text("SELECT candidate FROM public.coach_assignments "
                               "WHERE coach = current_user ORDER BY candidate")).all()
    return [r[len(prefix):] if r.startswith(prefix) else r for r in roles]


@dataclass(frozen=True)
class CentreQuestion:
    question: str
    role_type: str
    org_type: str
    candidates: int
    organisations: int
    times_asked: int


def across_the_board(wb: Workbook, role_type: str = "", org_type: str = ""
                     ) -> list[CentreQuestion]:
    """Questions asked across the centre (k-anonymous counts), most widely asked first."""
    if not in_centre(wb):
        return []
    with wb.store.read() as s:
        rows = s.execute(
            text("SELECT question, role_type, org_type, candidates, organisations, times_asked "
                 "FROM public.centre_recurring WHERE role_type = :r AND org_type = :o "
                 "ORDER BY candidates DESC, organisations DESC, question"),
            {"r": role_type, "o": org_type}).all()
    return [CentreQuestion(*row) for row in rows]
