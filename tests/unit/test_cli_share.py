"""The coach commands: share live (addresses, tokens, role) and by file (bundle, review)."""

from __future__ import annotations

import gzip
import json

import pytest

from coachkit import cli, config
from coachkit.domain.errors import CoachkitError
from coachkit.services import coach, sharing
from coachkit.services.demo import write_demo
from coachkit.services.workbook import open_workbook


def test_share_needs_an_address_named_by_the_user(capsys):
    args = cli.build_parser().parse_args(["serve", "--share"])
    assert cli.main(["serve", "--share"]) == 2
    err = capsys.readouterr().err
    assert "--ip" in err and "0.0.0.0" in err and "Traceback" not in err
    with pytest.raises(CoachkitError, match="--ip"):
        cli.share_address(args)
    named = cli.build_parser().parse_args(["serve", "--share", "--ip", "192.168.1.20"])
    assert cli.share_address(named) == "192.168.1.20"
    local = cli.build_parser().parse_args(["serve", "--share", "--ip", "127.0.0.1"])
    assert cli.share_address(local) == "127.0.0.1"  # explicitly given: fine


def test_the_coach_server_serves_only_the_coach_view_with_the_coach_role(monkeypatch):
    monkeypatch.setenv("QUERY_STRING", "workbook=demo")
    cmd, env = cli.coach_server_command("sqlite:////tmp/x.sqlite", "192.168.1.20", 9000,
                                        "coach-token")
    assert str(cli.workbooks_dir() / cli.COACH_NOTEBOOK) in cmd
    assert str(cli.workbooks_dir()) not in [c for c in cmd if c != str(
        cli.workbooks_dir() / cli.COACH_NOTEBOOK)]
    assert "--Voila.ip=192.168.1.20" in cmd and "--token=coach-token" in cmd
    assert "--VoilaConfiguration.show_tracebacks=False" in cmd
    assert any(a.startswith("--MappingKernelManager.cull_idle_timeout=") for a in cmd)
    assert env["COACHKIT_ROLE"] == "coach"
    assert env[config.DB_ENV] == "sqlite:////tmp/x.sqlite"
    assert "QUERY_STRING" not in env


def test_the_whole_file_round_trip_from_the_command_line(tmp_path, capsys):
    demo = write_demo(tmp_path / "mine.sqlite")
    bundle = tmp_path / "for-coach.json.gz"
    assert cli.main(["export", "--for-coach", str(bundle), "--redact", "--db", str(demo)]) == 0
    assert "names replaced" in capsys.readouterr().out
    assert "Millbrook" not in gzip.decompress(bundle.read_bytes()).decode()

    copy = tmp_path / "coach-copy.sqlite"
    assert cli.main(["open-bundle", str(bundle), "--db", str(copy)]) == 0
    wb = open_workbook(config.url_for_path(copy))
    assert wb.role == "coach"
    version = coach.visible_answers(wb)[0]["version_id"]
    coach.rate_answer(wb, version, "evidence", 2, comment="Which numbers?")
    wb.close()
    review = tmp_path / "review.json.gz"
    assert cli.main(["export-review", str(review), "--db", str(copy), "--name", "Dana"]) == 0
    assert "1 ratings" in capsys.readouterr().out

    assert cli.main(["import-review", str(review), "--db", str(demo)]) == 0
    assert "Imported the review from Dana: 1 ratings" in capsys.readouterr().out
    assert cli.main(["import-review", str(review), "--db", str(demo)]) == 0
    assert "already imported" in capsys.readouterr().out


def test_a_bad_review_on_the_command_line_is_a_message(tmp_path, capsys):
    demo = write_demo(tmp_path / "mine.sqlite")
    bad = tmp_path / "review.json.gz"
    bad.write_bytes(gzip.compress(json.dumps({"format": "coachkit-review", "version": 99,
                                              "bundle_id": "x", "workbook_id": "y"}).encode()))
    assert cli.main(["import-review", str(bad), "--db", str(demo)]) == 2
    err = capsys.readouterr().err
    assert "newer coachkit" in err and "Traceback" not in err


def test_report_writes_a_self_contained_html(tmp_path, capsys):
    demo = write_demo(tmp_path / "mine.sqlite")
    out = tmp_path / "report.html"
    assert cli.main(["report", "--db", str(demo), "--out", str(out), "--no-pdf"]) == 0
    page = out.read_text()
    assert page.count("data:image/png;base64,") >= 3
    assert "http://" not in page and "https://" not in page and "<script" not in page
    assert "Hartwell College Library" in page
    # the example has no interview that led on yet: the report says so, with the counts
    assert "0 interviews that led on, 3 that ended in rejection" in page
    assert "not causes" in page


def test_review_cannot_be_exported_from_the_candidates_own_workbook(tmp_path, capsys):
    demo = write_demo(tmp_path / "mine.sqlite")
    assert cli.main(["export-review", str(tmp_path / "r.json.gz"), "--db", str(demo)]) == 2
    assert "not a coach's copy" in capsys.readouterr().err
    assert sharing.workbook_id(open_workbook(config.url_for_path(demo))) is None
