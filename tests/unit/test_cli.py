"""What `coachkit serve` asks Voila for: private by default, token on, kernels culled."""

from __future__ import annotations

import socket

from coachkit import cli, config


def test_voila_listens_on_localhost_with_the_token_and_culls_idle_kernels(tmp_path):
    cmd = cli.voila_command(tmp_path, 8871, "s3cret")
    assert "--Voila.ip=127.0.0.1" in cmd
    assert "--token=s3cret" in cmd  # standalone Voila ignores ServerApp.token / JUPYTER_TOKEN
    assert "--port=8871" in cmd and "--Voila.port_retries=0" in cmd
    assert any(a.startswith("--MappingKernelManager.cull_idle_timeout=") for a in cmd)
    assert "--MappingKernelManager.cull_connected=False" in cmd
    assert "--VoilaConfiguration.show_tracebacks=False" in cmd
    assert "--no-browser" in cmd
    # started through coachkit.voila_main, which skips a 1.8 s grammar build at import
    assert cmd[1:3] == ["-m", "coachkit.voila_main"]


def test_serve_defaults_are_private():
    args = cli.build_parser().parse_args(["serve"])
    assert args.ip == "127.0.0.1"
    assert args.port == cli.DEFAULT_PORT == 8866
    assert args.token is None  # a fresh random token is made at start


def test_serve_and_demo_take_a_workbook_path():
    args = cli.build_parser().parse_args(["serve", "--db", "mine.sqlite", "--port", "9001"])
    assert (args.db, args.port) == ("mine.sqlite", 9001)
    assert cli.build_parser().parse_args(["demo", "--db", "x.sqlite"]).db == "x.sqlite"


def test_a_busy_port_is_skipped():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        busy = sock.getsockname()[1]
        assert not cli.port_is_free(busy)
        assert cli.free_port(busy) != busy


def test_demo_command_writes_the_example_to_its_own_file(tmp_path, capsys):
    target = tmp_path / "example.sqlite"
    assert cli.main(["demo", "--db", str(target)]) == 0
    assert target.exists()
    assert str(target) in capsys.readouterr().out
    assert not config.default_db_path().exists()  # the user's workbook was not created


def test_a_bad_workbook_is_a_message_not_a_traceback(tmp_path, capsys):
    bad = tmp_path / "cv.sqlite"
    bad.write_text("my CV, not a workbook")
    assert cli.main(["demo", "--db", str(bad)]) == 2  # the example never replaces it
    assert cli.main(["lab", "--db", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "not a coachkit workbook" in err and "Traceback" not in err
    assert bad.read_text() == "my CV, not a workbook"
