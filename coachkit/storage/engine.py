"""Open a workbook: check what the file is, back it up, migrate it, tune SQLite.

The order matters for "nothing lost": a file is inspected read-only first, and only a
coachkit workbook this version understands is ever written to.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from coachkit.domain.errors import NewerWorkbook, NotAWorkbook, StoreUnavailable

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
WORKBOOK_MARK = ("app", "coachkit")
# The newest migration in migrations/versions. Opening a workbook already at this revision
# needs no Alembic at all (its import costs ~0.2 s of every dashboard's start);
# tests/storage/test_migrations.py fails if this falls behind the migration scripts.
SCHEMA_HEAD = "0005"


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # A write that starts as a read can fail at once under WAL when another process
        # wrote meanwhile; taking the write lock up front makes it wait instead.
        mode = "" if conn.get_execution_options().get("coachkit_read") else " IMMEDIATE"
        conn.exec_driver_sql(f"BEGIN{mode}")


def _tune_postgres(engine: Engine, candidate: str | None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        # A coach opens one candidate at a time; the database checks the coach may.
        with dbapi_conn.cursor() as cur:
            cur.execute("SELECT set_config('coachkit.candidate', %s, false)", (candidate or "",))
        dbapi_conn.commit()


def make_engine(url: str, candidate: str | None = None) -> Engine:
    if sqlite_path(url) is not None or url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _tune_sqlite(engine)
        return engine
    engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    if engine.dialect.name == "postgresql":
        _tune_postgres(engine, candidate)
    return engine


def _inspect_sqlite_file(path: Path) -> tuple[set[str], str | None, str | None]:
    """Read tables, alembic revision and app mark without writing a byte."""
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise NotAWorkbook(
            f"{path} is not a coachkit workbook (it is not an SQLite database). "
            "Choose another file, or start a new workbook with a new file name."
        )
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return _read_marks(conn)
    except sqlite3.DatabaseError as exc:
        raise NotAWorkbook(
            f"{path} could not be read as a workbook ({exc}). It may be damaged or "
            "truncated; restore a backup copy (coachkit keeps one beside the file "
            "before every upgrade)."
        ) from exc
    finally:
        conn.close()


def _read_marks(conn: sqlite3.Connection) -> tuple[set[str], str | None, str | None]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    revision = mark = None
    if "alembic_version" in tables:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    if "workbook_info" in tables:
        row = conn.execute("SELECT value FROM workbook_info WHERE key = ?",
                           (WORKBOOK_MARK[0],)).fetchone()
        mark = row[0] if row else None
    return tables, revision, mark


def _inspect_other(engine: Engine) -> tuple[set[str], str | None, str | None]:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if conn.dialect.name == "postgresql":  # a centre's coach reads through views
            tables |= {name for name in ("workbook_info", "alembic_version") if conn.execute(
                text("SELECT to_regclass(:n) IS NOT NULL"), {"n": name}).scalar()}
        revision = mark = None
        if "alembic_version" in tables:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if "workbook_info" in tables:
            mark = conn.execute(text("SELECT value FROM workbook_info WHERE key = :k AND "
                                     "coalesce(owner, '') = ''"),
                                {"k": WORKBOOK_MARK[0]}).scalar()
    return tables, revision, mark


def check_marks(where: str, tables: set[str], revision: str | None, mark: str | None) -> bool:
    """Return True when the store needs migrating; raise when it must not be touched."""
    if not tables:
        return True
    if mark == WORKBOOK_MARK[1] and revision == SCHEMA_HEAD:
        return False
    if mark != WORKBOOK_MARK[1] or revision is None:
        raise NotAWorkbook(
            f"{where} already holds data that is not a coachkit workbook. coachkit will not "
            "write to it. Choose another file name for your workbook."
        )
    if revision not in known_revisions():
        raise NewerWorkbook(
            f"{where} was saved by a newer version of coachkit (schema {revision}). "
            "Upgrade coachkit to open it (update your coachkit folder: git pull, then make "
            "run); this version has not changed it."
        )
    return revision != head_revision()


def backup_file(path: Path) -> Path:
    """Copy a live SQLite file consistently (WAL included) beside itself with a timestamp."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    src = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def migrate(engine: Engine) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def open_store(url: str, candidate: str | None = None) -> tuple[Engine, Path | None]:
    """Validate, back up if needed, migrate and return a tuned engine and any backup path."""
    path = sqlite_path(url)
    backup = None
    if path is not None:
        if path.exists() and path.is_dir():
            raise NotAWorkbook(f"{path} is a folder; give a file name for the workbook.")
        if path.exists() and path.stat().st_size > 0:
            needs_migration = check_marks(str(path), *_inspect_sqlite_file(path))
            if needs_migration:
                backup = backup_file(path)
                log.info("backed up %s to %s before upgrading", path, backup)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            needs_migration = True
        engine = make_engine(url)
    else:
        engine = make_engine(url, candidate)
        where = engine.url.render_as_string(hide_password=True)
        try:
            needs_migration = check_marks(where, *_inspect_other(engine))
            if needs_migration:
                migrate(engine)
        except DBAPIError as exc:
            engine.dispose()
            raise StoreUnavailable(explain_database_error(exc, where)) from exc
        except Exception:
            engine.dispose()
            raise
        return engine, None
    if needs_migration:
        migrate(engine)
    return engine, backup


def explain_database_error(exc: DBAPIError, where: str) -> str:
    """Plain words for why a database server said no (never the SQL or a password)."""
    code = getattr(exc.orig, "sqlstate", None) or ""
    message = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else ""
    if exc.connection_invalidated or code.startswith("08") or "connection" in message.lower() \
            and code == "":
        return (f"The workbook's database at {where} could not be reached (is the server "
                "running, and is the address right?). Nothing was changed.")
    if code == "28P01" or "password authentication failed" in message:
        return (f"The database at {where} did not accept this login. Ask the centre admin "
                "for access. Nothing was changed.")
    if code in ("42501",):
        return ("This database login may not do that (it has no rights to the workbook's "
                "tables, or the workbook needs an upgrade only the centre admin can run: "
                "`coachkit centre init`). Nothing was changed.")
    if code == "3D000":
        return f"There is no database at {where}. Check the address. Nothing was changed."
    return (f"The database at {where} refused the request ({message[:200]}). "
            "Nothing was changed.")


