"""Nothing lost: each edit is committed on its own, and two processes can edit one file."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3

import pytest
from sqlalchemy import text

from coachkit import config
from coachkit.domain.errors import InvalidEntry
from coachkit.services import interviews
from coachkit.services.workbook import open_workbook

pytestmark = pytest.mark.sqlite_only  # about the SQLite workbook file itself

EDITS_PER_PROCESS = 60


def _edit_many(url: str, who: str, start: mp.Event, n: int) -> None:
    workbook = open_workbook(url)
    start.wait(30)
    for i in range(n):
        interviews.log_interview(workbook, organisation=f"{who} library {i}", role_title="Ref")
        if i % 5 == 0:  # interleave updates too, as a real session would
            row = interviews.list_interviews(workbook, organisation=f"{who} library {i}")[0]
            interviews.update_interview(workbook, row.id, feedback=f"{who} note {i}")
    workbook.close()


def test_two_processes_editing_the_same_workbook_lose_nothing(wb, db_path):
    url = config.url_for_path(db_path)
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    procs = [ctx.Process(target=_edit_many, args=(url, who, start, EDITS_PER_PROCESS))
             for who in ("candidate", "coach")]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0, "an editing process failed (see its output above)"
    orgs = {r.organisation for r in interviews.list_interviews(wb)}
    for who in ("candidate", "coach"):
        assert {f"{who} library {i}" for i in range(EDITS_PER_PROCESS)} <= orgs
    notes = {r.feedback for r in interviews.list_interviews(wb) if r.feedback}
    assert len(notes) == 2 * len(range(0, EDITS_PER_PROCESS, 5))


def test_an_edit_is_on_disk_when_the_service_returns(wb, db_path):
    row = interviews.log_interview(wb, organisation="Hartwell College Library")
    interviews.update_interview(wb, row.id, connection=2, connection_note="no spark")
    # A separate connection (another window) sees it at once, without closing anything.
    with sqlite3.connect(db_path) as other:
        got = other.execute("SELECT organisation, connection, connection_note FROM interviews"
                            ).fetchall()
    assert got == [("Hartwell College Library", 2, "no spark")]


def test_a_refused_edit_leaves_the_stored_row_as_it_was(wb):
    row = interviews.log_interview(wb, organisation="Eastgate Libraries", connection=3)
    with pytest.raises(InvalidEntry):
        interviews.update_interview(wb, row.id, connection=9)
    with pytest.raises(InvalidEntry):
        interviews.update_interview(wb, row.id, organisation="   ")
    again = interviews.list_interviews(wb)[0]
    assert (again.organisation, again.connection) == ("Eastgate Libraries", 3)


@pytest.mark.parametrize("sql", [
    "INSERT INTO ratings (answer_version_id, rater_role, rater_name, criterion, score, "
    "comment, created_at) VALUES (:v, 'candidate', '', 'structure', 6, '', '2026-01-01')",
    "INSERT INTO ratings (answer_version_id, rater_role, rater_name, criterion, score, "
    "comment, created_at) VALUES (:v, 'stranger', '', 'structure', 3, '', '2026-01-01')",
    "UPDATE interviews SET connection = 0",
    "INSERT INTO duties (job_id, kind, position, text, share_pct, energy, develop, tags, "
    "essential) VALUES (1, 'duty', 0, 'desk', 140, 'neutral', 'maybe', '[]', 1)",
])
def test_the_database_itself_refuses_out_of_range_values(demo_wb, sql):
    """Even code that bypassed the services could not store a score of 6 or a share of 140%."""
    with demo_wb.store.read() as s:
        version = s.scalar(text("SELECT min(id) FROM answer_versions"))
    before = _snapshot(demo_wb)
    with pytest.raises(InvalidEntry):
        with demo_wb.store.write() as s:
            s.execute(text(sql), {"v": version})
    assert _snapshot(demo_wb) == before


def _snapshot(workbook):
    with workbook.store.read() as s:
        return (s.execute(text("SELECT * FROM ratings ORDER BY id")).fetchall(),
                s.execute(text("SELECT id, connection FROM interviews ORDER BY id")).fetchall(),
                s.execute(text("SELECT id, share_pct FROM duties ORDER BY id")).fetchall())
