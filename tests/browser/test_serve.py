"""`coachkit serve --demo` (what `make run` starts): one link, token on, Ctrl-C stops it."""

from __future__ import annotations

import os
import re
import signal
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


def _ignore_sigint() -> None:
    # what a script or `nohup ... &` hands its background children
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.fixture
def served(tmp_path, request):
    env = {**os.environ, config.DATA_ENV: str(tmp_path / "data")}
    env.pop(config.DB_ENV, None)
    port = free_port(worker_port(19866))
    started_ignoring_ctrl_c = getattr(request, "param", False)
    proc = subprocess.Popen(
        [sys.executable, "-m", "coachkit.cli", "serve", "--demo", "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        preexec_fn=_ignore_sigint if started_ignoring_ctrl_c else None)
    lines: list[str] = []
    link = None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and link is None:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        found = re.search(r"http://\S+", line)
        link = found.group(0) if found else None
    if link is None:
        proc.kill()
        pytest.fail("coachkit serve printed no link:\n" + "".join(lines), pytrace=False)
    yield proc, link, port
    if proc.poll() is None:
        proc.terminate()
        proc.wait(20)


def test_serve_prints_one_link_that_opens_the_home_dashboard(served, page):
    proc, link, port = served
    assert link.startswith(f"http://localhost:{port}/voila/render/00_start_here.ipynb?token=")
    assert len(link.split("token=")[1]) >= 24  # a fresh, strong token
    page.goto(link)
    page.wait_for_selector(".ck-ready", timeout=90_000)
    assert page.locator(".ck-count-interviews").inner_text().split()[0] == "4"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _status(url: str) -> tuple[int, str]:
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(url, timeout=30) as resp:
            return resp.status, resp.read().decode(errors="replace")
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Location", "")


def test_the_dashboards_need_the_token(served):
    _, link, port = served
    base = f"http://127.0.0.1:{port}"
    token = link.split("token=")[1]
    # Without the token: a redirect to the login page or a refusal, never the content.
    code, where = _status(link.split("?")[0].replace("localhost", "127.0.0.1"))
    assert code == 302 and where.startswith("/login") or code == 403
    code, _ = _status(f"{base}/voila/api/contents")
    assert code in (401, 403)
    code, where = _status(f"{base}/voila/tree")
    assert code == 302 and "/login" in where or code == 403
    # With it, the same listing answers (so the refusals above are about the token).
    code, body = _status(f"{base}/voila/api/contents?token={token}")
    assert code == 200 and "00_start_here.ipynb" in body


def test_serve_listens_on_localhost_only(served):
    _, _, port = served
    import socket

    addresses = {a[4][0] for a in socket.getaddrinfo(socket.gethostname(), None)
                 if a[0] == socket.AF_INET} - {"127.0.0.1"}
    for address in addresses:
        with socket.socket() as sock:
            sock.settimeout(2)
            assert sock.connect_ex((address, port)) != 0, f"reachable on {address}"


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP],
                         ids=["ctrl-c", "kill", "terminal-closed"])
def test_stopping_coachkit_stops_voila_too(served, how):
    proc, _, port = served
    proc.send_signal(how)
    # about 1 s; coachkit gives Voila 10 s to stop before killing it
    assert proc.wait(timeout=20) == 0
    with pytest.raises(OSError):  # nothing left listening: no orphaned Voila
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=3)


@pytest.mark.parametrize("served", [True], indirect=True, ids=["started-from-a-script"])
def test_ctrl_c_stops_coachkit_even_when_started_with_ctrl_c_ignored(served):
    proc, _, port = served
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=20) == 0
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=3)
