"""The centre's database as a store: moving workbooks in and out, the CLI, bad input,
migrations in one transaction, dropped connections and many writers at once."""

from __future__ import annotations

import multiprocessing as mp
import stat

import psycopg
import pytest
from sqlalchemy import inspect, text

from coachkit import config
from coachkit.cli import main
from coachkit.domain.errors import CoachkitError, NewerWorkbook, StoreUnavailable
from coachkit.services import families, interviews
from coachkit.services.transfer import TransferRefused, copy_workbook
from coachkit.services.workbook import open_workbook
from coachkit.storage import tables as t
from coachkit.storage.engine import open_store

pytestmark = pytest.mark.postgres


def content(wb) -> dict[str, list]:
    """What a person would call the workbook's content: every row without ids or owners,
    references replaced by what they point at."""
    out = {}
    with wb.store.read() as s:
        ivs = {iv.id: iv.organisation for iv in s.execute(t.Interview.__table__.select())}
        qs = {q.id: q.text for q in s.execute(t.Question.__table__.select())}
        out["interviews"] = sorted(
            (r.organisation, r.role_title, str(r.interview_date), r.outcome, r.feedback,
             r.shared) for r in s.execute(t.Interview.__table__.select()))
        out["questions"] = sorted(
            (ivs.get(r.interview_id), r.text, r.category, r.answer_notes,
             qs.get(int(r.family_key.split(":")[1])) if r.family_key and ":" in r.family_key
             and r.family_key.split(":")[1].isdigit() else r.family_key)
            for r in s.execute(t.Question.__table__.select()))
        versions = {v.id: v.text for v in s.execute(t.AnswerVersion.__table__.select())}
        out["versions"] = sorted(versions.values())
        out["ratings"] = sorted((versions[r.answer_version_id], r.rater_role, r.criterion,
                                 r.score, r.comment)
                                for r in s.execute(t.Rating.__table__.select()))
        out["jobs"] = sorted((r.title, r.organisation, r.ad_text)
                             for r in s.execute(t.Job.__table__.select()))
        out["duties"] = sorted((r.text, r.share_pct, r.kind, r.essential)
                               for r in s.execute(t.Duty.__table__.select()))
        for name in ("practice_cards", "practice_reviews", "comments", "watchlist",
                     "family_choices", "presentation_ratings", "questions_to_ask"):
            out[name] = len(s.execute(t.Base.metadata.tables[name].select()).all())
    return out


def test_a_workbook_moves_into_the_centre_and_back_out_with_nothing_lost(
        centre, demo_wb, tmp_path):
    alice = open_workbook(centre.login_url("alice"), role="candidate")
    try:
        report = copy_workbook(demo_wb, alice)
        assert report.counts["interviews"] > 0 and report.counts["answer_versions"] > 0
        assert content(alice) == content(demo_wb)
        assert [f.representative for f in families.recurring_questions(alice)] == [
            f.representative for f in families.recurring_questions(demo_wb)]
        out = open_workbook(config.url_for_path(tmp_path / "back.sqlite"))
        try:
            copy_workbook(alice, out)
            assert content(out) == content(demo_wb)
        finally:
            out.close()
        # a second import would mix two copies: refused, and nothing changes
        before = content(alice)
        with pytest.raises(TransferRefused):
            copy_workbook(demo_wb, alice)
        assert content(alice) == before
    finally:
        alice.close()
    bob = open_workbook(centre.login_url("bob"), role="candidate")
    try:
        assert interviews.list_interviews(bob) == []  # alice's copy is hers alone
    finally:
        bob.close()


def test_the_centre_commands_set_up_people_and_never_print_a_password(
        pg_url, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COACHKIT_ADMIN_URL", pg_url)
    assert main(["centre", "init"]) == 0
    assert main(["centre", "add-candidate", "Erin"]) == 0
    assert main(["centre", "add-coach", "frank"]) == 0
    assert main(["centre", "assign", "frank", "erin"]) == 0
    assert main(["centre", "list"]) == 0
    target = tmp_path / "erin.login"
    assert main(["centre", "login-url", "erin", "--to", str(target)]) == 0
    printed = capsys.readouterr()
    url = target.read_text().strip()
    password = url.split(":")[2].split("@")[0]
    assert password and password not in printed.out + printed.err
    assert "frank -> erin" in printed.out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with psycopg.connect(url.replace("+psycopg", "")) as conn:
        assert conn.execute("SELECT current_user").fetchone() == ("ck_erin",)
    # bad input: a clear message and a non-zero exit, no traceback
    assert main(["centre", "assign", "erin", "frank"]) == 2
    assert main(["centre", "add-coach", "no spaces please"]) == 2
    assert "cannot be a centre user name" in capsys.readouterr().err


def test_export_and_import_from_the_command_line(centre, demo_wb, tmp_path, capsys):
    url = centre.login_url("alice")
    assert main(["centre", "import-workbook", demo_wb.store.path.as_posix(),
                 "--db-url", url]) == 0
    assert "checked row by row" in capsys.readouterr().out
    out = tmp_path / "mine.sqlite"
    assert main(["centre", "export-workbook", str(out), "--db-url", url]) == 0
    copy = open_workbook(config.url_for_path(out))
    try:
        assert content(copy) == content(demo_wb)
    finally:
        copy.close()


@pytest.mark.parametrize("case", ["no server", "wrong password", "no such database",
                                  "role without rights"])
def test_bad_database_addresses_get_a_plain_message(pg_cluster, centre, case):
    good = centre.login_url("alice")
    if case == "no server":
        from coachkit.storage.pgserver import free_port

        url = good.replace(f":{pg_cluster.port}/", f":{free_port()}/")
    elif case == "wrong password":
        url = good.replace("ck_alice:", "ck_alice:x")
    elif case == "no such database":
        url = good.rsplit("/", 1)[0] + "/nothere"
    else:
        with psycopg.connect(pg_cluster.psycopg_dsn()) as conn:
            conn.execute("DROP ROLE IF EXISTS ck_stranger")
            conn.execute("CREATE ROLE ck_stranger LOGIN PASSWORD 'pw-of-a-stranger'")
        url = pg_cluster.url("ck_stranger", "pw-of-a-stranger", good.rsplit("/", 1)[1])
    with pytest.raises(StoreUnavailable) as caught:
        open_workbook(url, role="candidate")
    message = caught.value.message
    assert "Nothing was changed" in message
    assert "SELECT" not in message and "Traceback" not in message
    password = good.split(":")[2].split("@")[0]
    assert password not in message


def test_a_database_at_a_newer_schema_is_refused_and_left_alone(pg_url):
    with psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(NewerWorkbook):
        open_store(pg_url)
    with psycopg.connect(pg_url.replace("+psycopg", "")) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_a_failed_migration_leaves_the_schema_as_it_was(pg_empty_url):
    from alembic import command

    from coachkit.storage.engine import alembic_config, make_engine

    engine = make_engine(pg_empty_url)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        # something in the way of migration 0004's last step
        conn.execute(text("CREATE TABLE centre_recurring (x integer)"))
    engine.dispose()
    with pytest.raises(Exception):  # noqa: B017 - the migration's own error
        open_store(pg_empty_url)
    engine = make_engine(pg_empty_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0003"
        columns = {c["name"] for c in inspect(conn).get_columns("interviews")}
        assert "owner" not in columns
        assert "centre_people" not in inspect(conn).get_table_names()
    engine.dispose()


def test_a_dropped_connection_is_reconnected_on_the_next_save(pg_cluster, centre):
    alice = open_workbook(centre.login_url("alice"), role="candidate")
    try:
        interviews.log_interview(alice, organisation="Before restart", interview_date=None)
        pg_cluster.restart()
        interviews.log_interview(alice, organisation="After restart", interview_date=None)
        assert {iv.organisation for iv in interviews.list_interviews(alice)} == {
            "Before restart", "After restart"}
    finally:
        alice.close()


def test_a_save_while_the_server_is_down_says_so_plainly(pg_cluster, centre):
    alice = open_workbook(centre.login_url("alice"), role="candidate")
    try:
        pg_cluster.stop()
        with pytest.raises(CoachkitError) as caught:
            interviews.log_interview(alice, organisation="Lost?", interview_date=None)
        assert "could not be reached" in caught.value.message
    finally:
        pg_cluster.restart()
        alice.close()
    alice = open_workbook(centre.login_url("alice"), role="candidate")
    try:
        assert interviews.list_interviews(alice) == []
    finally:
        alice.close()


def _edit_many(url: str, label: str, n: int, queue) -> None:
    wb = open_workbook(url, role="candidate")
    try:
        for i in range(n):
            interviews.log_interview(wb, organisation=f"{label}-{i}", interview_date=None)
        queue.put((label, "ok"))
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        queue.put((label, repr(exc)))
    finally:
        wb.close()


def test_many_dashboards_saving_at_once_lose_nothing(centre):
    urls = {name: centre.login_url(name) for name in ("alice", "bob")}
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    writers = [("alice", "a1"), ("alice", "a2"), ("bob", "b1"), ("bob", "b2")]
    procs = [ctx.Process(target=_edit_many, args=(urls[who], label, 30, queue))
             for who, label in writers]
    for p in procs:
        p.start()
    results = dict(queue.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(timeout=60)
    assert results == {label: "ok" for _, label in writers}
    for who, labels in (("alice", {"a1", "a2"}), ("bob", {"b1", "b2"})):
        wb = open_workbook(urls[who], role="candidate")
        try:
            names = {iv.organisation for iv in interviews.list_interviews(wb)}
        finally:
            wb.close()
        assert names == {f"{label}-{i}" for label in labels for i in range(30)}
