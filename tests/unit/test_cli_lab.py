"""`coachkit lab`: options passed through to JupyterLab, and it starts as root too."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from coachkit import cli, config
from coachkit.services.demo import write_demo


def test_port_ip_no_browser_and_unknown_options_reach_jupyter_lab():
    parser = cli.build_parser()
    args, extra = parser.parse_known_args(["lab", "--port", "9123", "--no-browser", "--ip",
                                           "0.0.0.0", "--ServerApp.token=abc"])
    cmd = cli.lab_command(args, extra)
    assert cmd[1:4] == ["-m", "jupyter", "lab"]
    assert "--ServerApp.port=9123" in cmd and "--ServerApp.ip=0.0.0.0" in cmd
    assert "--no-browser" in cmd and cmd[-1] == "--ServerApp.token=abc"
    assert ("--allow-root" in cmd) == (os.geteuid() == 0)
    plain = cli.lab_command(parser.parse_known_args(["lab"])[0])
    assert "--ServerApp.ip=127.0.0.1" in plain and "--no-browser" not in plain
    assert not any(c.startswith("--ServerApp.port") for c in plain)


def test_other_commands_still_refuse_unknown_options(capsys):
    with pytest.raises(SystemExit):
        cli.main(["demo", "--bogus"])
    assert "unrecognised arguments: --bogus" in capsys.readouterr().err


@pytest.mark.timeout(180)
def test_coachkit_lab_starts_on_the_port_given_and_stops_on_sigterm(tmp_path):
    demo = write_demo(tmp_path / "demo.sqlite")
    port = cli.free_port(18900)
    env = {**os.environ, config.DATA_ENV: str(tmp_path / "data"),
           "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
           "JUPYTER_CONFIG_DIR": str(tmp_path / "jconfig")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "coachkit.cli", "lab", "--db", str(demo), "--port", str(port),
         "--no-browser", "--ServerApp.token=t0ken"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 150
        answered = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(
                        f"http://127.0.0.1:{port}/api/status?token=t0ken", timeout=2) as r:
                    answered = r.status
                    break
            except OSError:
                time.sleep(0.5)
        assert answered == 200, proc.stdout.read().decode(errors="replace")[-2000:] \
            if proc.poll() is not None else "JupyterLab did not answer"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) is not None
        with pytest.raises(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status", timeout=2)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
