"""The one door to the tables: short transactions over a migrated store.

Every user edit runs in ``store.write()``: its own transaction, committed before the call
returns, so when a view says "saved" the change is on disk.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from coachkit.domain.errors import (
    CoachkitError,
    InvalidEntry,
    NotAllowed,
    StoreUnavailable,
)
from coachkit.storage.engine import explain_database_error, open_store, sqlite_path


class Store:
    def __init__(self, url: str, candidate: str | None = None) -> None:
        self.url = url
        self.path: Path | None = sqlite_path(url)
        self.engine: Engine
        self.engine, self.backup = open_store(url, candidate)
        self._reader = self.engine.execution_options(coachkit_read=True)

    @property
    def location(self) -> str:
        if self.path is not None:
            return str(self.path.resolve())
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except IntegrityError as exc:
            raise InvalidEntry(
                "That value cannot be stored (it breaks a rule of the workbook, such as a "
                "score outside 1-5). Nothing was changed."
            ) from exc
        except DBAPIError as exc:
            if self.path is None:  # a database server: say why in plain words
                code = getattr(exc.orig, "sqlstate", None) or ""
                if code in ("42501", "44000", "0A000"):
                    raise NotAllowed(
                        "The centre's database refused this change: it is not yours to make "
                        "(a coach can add ratings, comments and practice suggestions, never "
                        "change or delete the candidate's words). Nothing was changed.") from exc
                if code in ("40001", "40P01"):
                    raise CoachkitError(
                        "Another window saved a change to the same rows at the same moment. "
                        "Nothing was changed; try again.") from exc
                raise StoreUnavailable(explain_database_error(exc, self.location)) from exc
            if not isinstance(exc, OperationalError):
                raise
            raise CoachkitError(
                "The workbook is busy or could not be written (another window may be "
                f"saving a large change). Nothing was changed; try again. ({exc.orig})"
            ) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with Session(self._reader) as session, session.begin():
                yield session
        except DBAPIError as exc:
            if self.path is not None:
                raise
            raise StoreUnavailable(explain_database_error(exc, self.location)) from exc

    def count(self, table) -> int:
        with self.read() as s:
            return s.scalar(select(func.count()).select_from(table)) or 0

    def close(self) -> None:
        self.engine.dispose()
