"""`coachkit serve`'s log: requests are logged without the token, and only the owner can read
the file (the real serve path: a live Voila, real requests carrying ?token=...)."""

from __future__ import annotations

import os
import re
import signal
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from coachkit import config
from coachkit.voila_process import free_port
from tests.browser.conftest import worker_port

pytestmark = pytest.mark.browser

TOKEN = "Tk-" + "s3cr3t" * 6
OLD_TOKEN = "old-leaked-token-123456"


def _get(url: str, **headers: str) -> int:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as resp:
            resp.read()
            return resp.status
    except urllib.error.HTTPError as err:
        return err.code


def test_the_server_log_has_no_token_and_is_private(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    log = data / "voila.log"
    # a log left by an older coachkit: world-readable, with a token in it
    log.write_text(f"403 GET /voila/static/x.js?token={OLD_TOKEN} (127.0.0.1) 2.1ms\n")
    os.chmod(log, 0o644)
    env = {**os.environ, config.DATA_ENV: str(data)}
    env.pop(config.DB_ENV, None)
    port = free_port(worker_port(21866))
    proc = subprocess.Popen(
        [sys.executable, "-m", "coachkit.cli", "serve", "--demo", "--port", str(port),
         "--token", TOKEN], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True)
    try:
        printed, deadline = "", time.monotonic() + 120
        while "Open this link" not in printed and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            printed += line
        assert "Open this link" in printed, printed
        base = f"http://127.0.0.1:{port}"
        assert _get(f"{base}/voila/render/00_start_here.ipynb?token={TOKEN}") == 200
        # failed requests are the ones Tornado logs with their full URL
        assert _get(f"{base}/voila/static/missing.js?token={TOKEN}&v=2",
                    Referer=f"{base}/voila/render/00_start_here.ipynb?token={TOKEN}") == 403
        assert _get(f"{base}/voila/render/nope.ipynb?token={TOKEN}") == 404
        assert stat.S_IMODE(log.stat().st_mode) == 0o600  # while the server writes to it
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    text = log.read_text(errors="replace")
    assert TOKEN not in text and OLD_TOKEN not in text
    # the requests were logged, with the token replaced (so the checks above can fail)
    assert re.search(r"GET /voila/static/missing\.js\?token=\[hidden\]&v=2", text), text[-2000:]
    assert "x.js?token=[hidden]" in text  # the old line, redacted in place
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
