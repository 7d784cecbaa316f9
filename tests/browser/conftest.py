"""A live Voila server and the system Chromium, for tests that look at real dashboards.

The server is the same command `coachkit serve` runs (127.0.0.1, token, kernel culling),
started on a free port with a temporary data folder: the main workbook starts empty and the
example workbook is reachable with ``?workbook=demo``. Chromium is Debian's
``/usr/bin/chromium`` found with ``shutil.which``; `playwright install` is never used.
A missing Chromium or a server that does not start is a test failure, never a skip.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from pathlib import Path

import pytest

from coachkit import config
from coachkit.cli import workbooks_dir
from coachkit.voila_process import VoilaServer

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
READY_TIMEOUT_MS = 90_000


def find_chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("No Chromium found on PATH. Install it with `apt-get install -y chromium` "
                "(.ci/run does this); browser tests never skip.", pytrace=False)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": find_chromium(),
            "args": CHROMIUM_ARGS, "headless": True}


def worker_port(base: int) -> int:
    """A preferred port of this pytest-xdist worker's own (gw0: base, gw1: base + 200, ...),
    so that two workers looking for a free port at the same moment do not pick the same."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    return base + 200 * int(worker.lstrip("gw") or 0)


class LiveVoila(VoilaServer):
    """The test server: a VoilaServer plus the data folder and workbook it serves."""

    def __init__(self, data_dir: Path, db_path: Path, log: Path, env: dict):
        super().__init__(workbooks_dir(), secrets.token_urlsafe(16), env, log,
                         preferred_port=worker_port(18866))
        self.data_dir, self.db_path = data_dir, db_path

    def url(self, notebook: str, demo: bool = False, **params: str) -> str:
        query = {"token": self.token, **params}
        if demo:
            query["workbook"] = "demo"
        qs = "&".join(f"{k}={v}" for k, v in query.items())
        return f"{self.base}/voila/render/{notebook}?{qs}"


@pytest.fixture(scope="session")
def voila_server():
    from coachkit.services.demo import write_demo

    tmp = Path(tempfile.mkdtemp(prefix="coachkit-browser-"))
    data = tmp / "data"
    data.mkdir()
    db_path = tmp / "workbook.sqlite"
    env = {**os.environ, config.DATA_ENV: str(data), config.DB_ENV: config.url_for_path(db_path)}
    old = os.environ.get(config.DATA_ENV)
    os.environ[config.DATA_ENV] = str(data)
    try:
        write_demo(config.demo_db_path())
    finally:
        if old is None:
            os.environ.pop(config.DATA_ENV, None)
        else:
            os.environ[config.DATA_ENV] = old
    server = LiveVoila(data, db_path, tmp / "voila.log", env)
    try:
        server.start(timeout=120)
    except Exception as exc:  # noqa: BLE001
        server.stop()
        pytest.fail(f"Voila did not start: {exc}\n{server.log_tail()}", pytrace=False)
    yield server
    server.stop()
    shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture
def context(context):
    """pytest-playwright's context, with page loads given the same budget as the dashboard's
    readiness: Voila's page "load" comes after the notebook has run, which on a busy
    two-core machine (the other worker opening twenty kernels) can take longer than
    Playwright's default 30 s."""
    context.set_default_navigation_timeout(READY_TIMEOUT_MS)
    return context


@pytest.fixture
def open_dashboard(page, voila_server):
    """Navigate to a notebook and wait until its root widget says ``ck-ready``."""

    def go(notebook: str, demo: bool = False, **params: str):
        page.goto(voila_server.url(notebook, demo=demo, **params))
        try:
            page.wait_for_selector(".ck-ready", timeout=READY_TIMEOUT_MS)
        except Exception:
            pytest.fail(f"{notebook} never became ready.\n{voila_server.log_tail()}",
                        pytrace=False)
        return page

    return go
