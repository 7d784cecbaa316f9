"""Opening a workbook and saying what is in it."""

from __future__ import annotations

import os
from pathlib import Path

from coachkit import config
from coachkit.domain.records import WorkbookSummary
from coachkit.services.coach_guard import guard_coach_store
from coachkit.storage import tables as t
from coachkit.storage.repository import Store

ROLE_ENV = "COACHKIT_ROLE"
CANDIDATE_ENV = "COACHKIT_CANDIDATE"


class Workbook:
    """An open workbook. Services take one as their first argument."""

    def __init__(self, url: str, role: str | None = None,
                 candidate: str | None = None) -> None:
        self.url = url
        # In a centre's database a coach opens one candidate (by hub name); PostgreSQL
        # decides whether this coach may see them (coachkit/centre.py).
        wants_coach = (role or os.environ.get(ROLE_ENV)) == "coach"
        self.candidate = candidate or os.environ.get(CANDIDATE_ENV) or (
            config.requested_candidate() if wants_coach else None)
        db_candidate = None
        if self.candidate:
            from coachkit.centre import role_name

            db_candidate = role_name(self.candidate)
        self.store = Store(url, db_candidate)
        # Who is using it: 'candidate', or 'coach' (set by the server in COACHKIT_ROLE, never
        # by the page, or by a coach's copy of a bundle). A coach may only add; see coach.py.
        requested = role or os.environ.get(ROLE_ENV) or self._stored_role()
        self.role = "candidate" if requested == "candidate" else "coach"  # unknown: least power
        if self.role == "coach":
            guard_coach_store(self.store)

    def _stored_role(self) -> str:
        with self.store.read() as s:
            mark = s.get(t.WorkbookInfo, "role")
            return "coach" if mark is not None and mark.value == "coach" else "candidate"

    @property
    def location(self) -> str:
        return self.store.location

    @property
    def is_demo(self) -> bool:
        """True for an example workbook (``coachkit demo`` marks the file when it writes it)."""
        with self.store.read() as s:
            mark = s.get(t.WorkbookInfo, "kind")
            return mark is not None and mark.value == "example"

    def summary(self) -> WorkbookSummary:
        count = self.store.count
        return WorkbookSummary(
            location=self.location,
            interviews=count(t.Interview),
            questions=count(t.Question),
            answers=count(t.Answer),
            jobs=count(t.Job),
            is_demo=self.is_demo,
        )

    def close(self) -> None:
        self.store.close()


def open_workbook(url: str | None = None, role: str | None = None,
                  candidate: str | None = None) -> Workbook:
    """Open (creating or upgrading if needed) the workbook at ``url`` or the configured one."""
    return Workbook(url or config.resolve_db_url(), role=role, candidate=candidate)


def damage(url: str) -> tuple[Path | None, list[str]]:
    """The workbook file behind `url` (None for a server store) and what is wrong with it,
    one sentence per problem ([] when it is whole or not a file)."""
    from coachkit.storage.engine import sqlite_path
    from coachkit.storage.integrity import check_integrity

    path = sqlite_path(url)
    return path, (check_integrity(path) if path is not None else [])
