"""The rule under every service of a workbook opened by a coach: read anything shared, add
only ratings, comments, presentation ratings and practice suggestions signed as the coach's.

It sits on the database connection (``before_cursor_execute``), so even a dashboard written
without the coach in mind cannot change what the candidate wrote. It needs no Workbook, so
opening a workbook (services.workbook) can install it without importing services.coach.
"""

from __future__ import annotations

import re

from sqlalchemy import event

from coachkit.domain.errors import NotAllowed
from coachkit.storage.repository import Store

COACH_MAY_ADD = {
    "ratings": "rater_role",
    "comments": "author_role",
    "presentation_ratings": "rater_role",
    "practice_cards": "added_by",
}
READ_ONLY_STATEMENTS = {"SELECT", "PRAGMA", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT",
                        "RELEASE", "WITH", "EXPLAIN"}
REFUSED = ("A coach can add ratings, comments and practice suggestions, but cannot change "
           "or delete what the candidate wrote. Nothing was changed.")
_INSERT = re.compile(r"INSERT\s+INTO\s+\"?(\w+)\"?\s*\(([^)]*)\)", re.IGNORECASE)


def _rows(columns: list[str], parameters, executemany: bool) -> list[dict]:
    groups = parameters if executemany else [parameters]
    out = []
    for params in groups:
        if isinstance(params, dict):
            out.append(params)
            continue
        values = list(params or ())
        width = len(columns) or 1
        for start in range(0, len(values), width):  # multi-row VALUES (?, ?), (?, ?)
            out.append(dict(zip(columns, values[start:start + width], strict=False)))
    return out


def check_coach_statement(statement: str, parameters, executemany: bool = False) -> None:
    """Raise NotAllowed unless the SQL only reads, or adds a row the coach may add."""
    verb = statement.lstrip().split(None, 1)[0].upper() if statement.strip() else ""
    if verb in READ_ONLY_STATEMENTS:
        return
    match = _INSERT.match(statement.lstrip())
    if verb != "INSERT" or match is None or match.group(1) not in COACH_MAY_ADD:
        raise NotAllowed(REFUSED)
    columns = [c.strip().strip('"') for c in match.group(2).split(",")]
    role_column = COACH_MAY_ADD[match.group(1)]
    for row in _rows(columns, parameters, executemany):
        if row.get(role_column) != "coach":
            raise NotAllowed("A coach's additions are always signed as the coach's. "
                             "Nothing was changed.")


def guard_coach_store(store: Store) -> None:
    """Make every connection of this store refuse what a coach may not do."""

    @event.listens_for(store.engine, "before_cursor_execute")
    def _only_additions(conn, cursor, statement, parameters, context, executemany):
        check_coach_statement(statement, parameters, executemany)

    store.coach_only = True
