"""Is this workbook whole? Read-only checks made before a dashboard opens it.

A workbook can be damaged by a disk, a sync tool or a hand-edit in a database browser: a
table dropped, a column missing, pages corrupt. Opened anyway, every page that reads the
damaged part would show a raw database error. ``check_integrity`` finds that first, in
words, so the dashboard can show one page saying what is wrong and how to restore the last
backup (``latest_backup``; coachkit writes ``<stem>.backup-<stamp><suffix>`` beside the
file before every upgrade).

Only files that are coachkit workbooks are judged here; an empty path, a new file or some
other kind of file is left to ``coachkit.storage.engine``, which refuses it with its own
message. Nothing here writes to the file (SQLite is opened with ``mode=ro``).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect

from coachkit.storage import tables
from coachkit.storage.engine import SCHEMA_HEAD, SQLITE_MAGIC, WORKBOOK_MARK, sqlite_path

# What each table holds, in the words of the person whose workbook it is.
HOLDS = {
    "workbook_info": "the workbook's own settings",
    "people": "the people in the workbook",
    "interviews": "your interviews",
    "questions": "the questions you were asked",
    "answers": "your answers",
    "answer_versions": "the versions of your answers",
    "ratings": "the ratings of your answers",
    "jobs": "the jobs you weighed",
    "duties": "the duties of those jobs",
    "tolerances": "what you can live with in a job",
    "questions_to_ask": "your questions for interviewers",
    "family_choices": "how you grouped recurring questions",
    "practice_cards": "your practice schedule",
    "practice_reviews": "your practice history",
    "presentation_ratings": "how you came across in interviews",
    "comments": "comments from you and your coach",
    "watchlist": "the organisations to check on again",
    "imports": "the bundles and reviews exchanged with a coach",
}
MAX_DAMAGE_LINES = 3


def _schema_problems(table_columns: dict[str, dict[str, tuple[bool, bool]]]) -> list[str]:
    """Compare {table: {column: (not_null, has_default)}} with coachkit.storage.tables."""
    problems = []
    for table in tables.Base.metadata.sorted_tables:
        holds = HOLDS.get(table.name, "part of the workbook")
        found = table_columns.get(table.name)
        if found is None:
            problems.append(f"The table '{table.name}' ({holds}) is missing.")
            continue
        missing = [c.name for c in table.columns if c.name not in found]
        if missing:
            problems.append(f"The table '{table.name}' ({holds}) lacks the column"
                            f"{'s' if len(missing) > 1 else ''} {', '.join(missing)}.")
        # A column coachkit does not know is harmless, unless every new row must fill it.
        blocking = [name for name, (not_null, has_default) in found.items()
                    if name not in table.columns and not_null and not has_default]
        if blocking:
            problems.append(f"The table '{table.name}' ({holds}) has a column coachkit does "
                            f"not know that must always be filled in ({', '.join(blocking)}), "
                            "so nothing can be added to it.")
    return problems


def _sqlite_problems(path: Path) -> list[str]:
    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return []  # not a database: the engine refuses it with its own message
    except OSError as exc:
        return [f"The file cannot be read ({exc.strerror or exc})."]
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        names = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        mark = revision = None
        if "workbook_info" in names:
            row = conn.execute("SELECT value FROM workbook_info WHERE key = ?",
                               (WORKBOOK_MARK[0],)).fetchone()
            mark = row[0] if row else None
        if "alembic_version" in names:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        ours = mark == WORKBOOK_MARK[1] or (revision is not None and "interviews" in names)
        if not ours:
            return []
        problems = []
        damage = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if damage != ["ok"]:
            shown = "; ".join(str(d) for d in damage[:MAX_DAMAGE_LINES])
            more = len(damage) - MAX_DAMAGE_LINES
            problems.append("SQLite's own integrity check found damage inside the file: "
                            f"{shown}{f' (and {more} more)' if more > 0 else ''}.")
        if revision is None:
            problems.append("The record of which coachkit version wrote the workbook (the "
                            "table 'alembic_version') is missing.")
        elif revision == SCHEMA_HEAD:  # an older workbook is upgraded (and backed up) on open
            columns = {}
            for name in names:
                rows = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
                columns[name] = {r[1]: (bool(r[3]), r[4] is not None or bool(r[5]))
                                 for r in rows}
            problems += _schema_problems(columns)
        return problems
    except sqlite3.DatabaseError as exc:
        return [f"SQLite cannot read the file: {exc}."]
    finally:
        conn.close()


def _engine_problems(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        found = inspect(conn)
        names = set(found.get_table_names())
        if "alembic_version" not in names or "workbook_info" not in names:
            return []  # not (yet) a workbook: the engine decides
        columns = {name: {c["name"]: (not c.get("nullable", True),
                                      c.get("default") is not None or bool(c.get("autoincrement")))
                          for c in found.get_columns(name)} for name in names}
    return _schema_problems(columns)


def check_integrity(path_or_engine: str | Path | Engine) -> list[str]:
    """What is wrong with the workbook, one sentence per problem ([] when it is whole).

    Takes a file path, a SQLAlchemy URL or an Engine. For SQLite: PRAGMA integrity_check,
    then every table and column of coachkit.storage.tables (when the file is at the
    current schema). For other databases: the tables and columns."""
    if isinstance(path_or_engine, Engine):
        path = sqlite_path(path_or_engine.url.render_as_string(hide_password=False))
        return _sqlite_problems(path) if path is not None else _engine_problems(path_or_engine)
    target = str(path_or_engine)
    if "://" in target:
        path = sqlite_path(target)
        if path is None:
            from coachkit.storage.engine import make_engine

            engine = make_engine(target)
            try:
                return _engine_problems(engine)
            finally:
                engine.dispose()
    else:
        path = Path(target).expanduser()
    if not path.is_file() or path.stat().st_size == 0:
        return []
    return _sqlite_problems(path)


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime | None
    problems: tuple[str, ...]


_STAMP = re.compile(r"\.backup-(\d{8}-\d{6})(?:-\d+)?$")


def backups(path: Path) -> list[Backup]:
    """The backup copies beside ``path``, newest first, each with its own problems."""
    path = Path(path)
    found = []
    for candidate in path.parent.glob(f"{path.stem}.backup-*{path.suffix}"):
        stem = candidate.name[: len(candidate.name) - len(path.suffix)] if path.suffix \
            else candidate.name
        match = _STAMP.search(stem)
        made = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S") if match else None
        found.append((made or dt.datetime.fromtimestamp(candidate.stat().st_mtime), candidate))
    found.sort(reverse=True)
    return [Backup(p, made, tuple(_backup_problems(p))) for made, p in found]


def _backup_problems(path: Path) -> list[str]:
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            return ["it is not a database"]
    return _sqlite_problems(path)


def latest_backup(path: Path) -> Backup | None:
    """The newest backup that passes the same checks, else the newest one, else None."""
    every = backups(path)
    return next((b for b in every if not b.problems), every[0] if every else None)
