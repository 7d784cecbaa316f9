"""A damaged workbook is found before a dashboard opens it, in words, without writing to it."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from coachkit import config
from coachkit.services.demo import write_demo
from coachkit.storage import tables
from coachkit.storage.engine import backup_file, make_engine
from coachkit.storage.integrity import backups, check_integrity, latest_backup


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sql(path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def demo_file(tmp_path):
    return write_demo(tmp_path / "workbook.sqlite")


def test_a_whole_workbook_has_no_problems(demo_file, wb):
    assert check_integrity(demo_file) == []
    assert check_integrity(config.url_for_path(demo_file)) == []
    assert check_integrity(wb.store.engine) == []  # an empty, migrated workbook too


def test_a_dropped_ratings_table_is_named_and_the_file_is_not_touched(demo_file):
    _sql(demo_file, "DROP TABLE ratings")
    before = _sha(demo_file)
    problems = check_integrity(demo_file)
    assert problems == ["The table 'ratings' (the ratings of your answers) is missing."]
    assert _sha(demo_file) == before


def test_missing_columns_are_listed_by_table(demo_file):
    _sql(demo_file, "ALTER TABLE jobs DROP COLUMN link",
         "ALTER TABLE interviews DROP COLUMN feedback",
         "ALTER TABLE interviews DROP COLUMN regret_heard")
    problems = check_integrity(demo_file)
    assert "The table 'interviews' (your interviews) lacks the columns regret_heard, " \
           "feedback." in problems
    assert "The table 'jobs' (the jobs you weighed) lacks the column link." in problems
    assert len(problems) == 2


def test_an_unknown_column_matters_only_when_it_blocks_new_rows(demo_file):
    _sql(demo_file, "ALTER TABLE comments ADD COLUMN mood TEXT")  # harmless
    assert check_integrity(demo_file) == []
    _sql(demo_file, "ALTER TABLE comments ADD COLUMN tenant TEXT NOT NULL DEFAULT 'x'")
    assert check_integrity(demo_file) == []  # has a default: inserts still work
    # SQLite cannot add a NOT NULL column without a default, so rebuild the table with one.
    _sql(demo_file, "ALTER TABLE watchlist RENAME TO old_watchlist",
         "CREATE TABLE watchlist (id INTEGER PRIMARY KEY, organisation VARCHAR(300) NOT NULL, "
         "interview_id INTEGER, check_on DATE, note TEXT NOT NULL, done BOOLEAN NOT NULL, "
         "created_at DATETIME NOT NULL, owner VARCHAR(63), owner_id INTEGER NOT NULL)",
         "DROP TABLE old_watchlist")
    problems = check_integrity(demo_file)
    assert len(problems) == 1 and "(owner_id)" in problems[0] and "'watchlist'" in problems[0]


def test_an_index_that_disagrees_with_its_table_fails_sqlites_integrity_check(demo_file):
    # what a crash mid-write or a bad copy leaves: the index no longer matches the rows
    _sql(demo_file, "PRAGMA writable_schema = ON",
         "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_questions_interview_id ON questions "
         "(position)' WHERE name = 'ix_questions_interview_id'")
    problems = check_integrity(demo_file)
    assert len(problems) == 1
    assert problems[0].startswith("SQLite's own integrity check found damage inside the file: "
                                  "row 1 missing from index ix_questions_interview_id;")
    assert problems[0].endswith("more).")  # at most three lines of SQLite's report


def test_an_unreadable_page_is_reported(demo_file):
    conn = sqlite3.connect(demo_file)
    conn.execute("PRAGMA journal_mode = DELETE")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = "
                        "'ix_questions_interview_id'").fetchone()[0]
    conn.close()
    data = bytearray(demo_file.read_bytes())
    start = (root - 1) * page_size
    data[start + 100: start + page_size] = b"\xff" * (page_size - 100)
    demo_file.write_bytes(bytes(data))
    assert check_integrity(demo_file) == [
        "SQLite cannot read the file: database disk image is malformed."]


def test_a_workbook_without_its_version_record_is_reported(demo_file):
    _sql(demo_file, "DROP TABLE alembic_version")
    assert any("alembic_version" in p for p in check_integrity(demo_file))


def test_files_that_are_not_workbooks_are_left_to_the_engine(tmp_path):
    cv = tmp_path / "cv.sqlite"
    cv.write_text("my CV")
    other = tmp_path / "other.sqlite"
    _sql(other, "CREATE TABLE recipes (id INTEGER)")
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    for path in (cv, other, empty, tmp_path / "new.sqlite"):
        assert check_integrity(path) == []


def test_an_older_workbook_is_not_judged_against_the_new_tables(demo_file):
    # before an upgrade the tables are those of the old revision; the engine migrates it
    _sql(demo_file, "UPDATE alembic_version SET version_num = '0002'",
         "DROP TABLE watchlist")
    assert check_integrity(demo_file) == []


def test_every_table_of_the_workbook_is_checked(demo_file):
    for table in tables.Base.metadata.sorted_tables:
        path = demo_file.with_name(f"{table.name}.sqlite")
        path.write_bytes(demo_file.read_bytes())
        _sql(path, "PRAGMA foreign_keys = OFF", f'DROP TABLE "{table.name}"')
        assert any(f"'{table.name}'" in p for p in check_integrity(path)), table.name


def test_the_newest_sound_backup_is_offered(demo_file):
    first = backup_file(demo_file)
    second = backup_file(demo_file)
    assert [b.path for b in backups(demo_file)] == [second, first]
    assert latest_backup(demo_file).path == second
    _sql(second, "DROP TABLE ratings")
    assert latest_backup(demo_file).path == first  # the damaged one is passed over
    assert backups(demo_file)[0].problems
    first.write_text("overwritten by accident")
    assert latest_backup(demo_file).path == second  # none sound: the newest, flagged
    assert latest_backup(demo_file.with_name("nothing.sqlite")) is None


def test_an_engine_for_another_file_is_checked_the_same_way(demo_file):
    _sql(demo_file, "DROP TABLE ratings")
    engine = make_engine(config.url_for_path(demo_file))
    try:
        assert check_integrity(engine) == check_integrity(demo_file) != []
    finally:
        engine.dispose()
