"""A real career centre for the hub tests: PostgreSQL and JupyterHub with its proxy on free
local ports, people approved in advance, servers spawned as system users with a random
prefix (removed afterwards). Chromium is Debian's, with the flags the browser tests use.

The hub needs root (it creates a system user per person); `make test` runs as root in CI.
A missing proxy, PostgreSQL or root is a failure with the fix in the message, never a skip.
"""

from __future__ import annotations

import os
import secrets
import shutil
import string
import tempfile
from pathlib import Path

import pytest

from coachkit.hub import accounts
from tests.browser.conftest import CHROMIUM_ARGS, find_chromium

PASSWORDS = {name: f"{name}-{secrets.token_urlsafe(12)}" for name in ("ana", "ben", "cora")}
GROUPS = {"coach": ["cora"]}
READY_MS = 180_000


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": find_chromium(),
            "args": CHROMIUM_ARGS, "headless": True}


@pytest.fixture(scope="session")
def hub_prefix():
    if os.geteuid() != 0:
        pytest.fail("The hub tests create a system user per person and must run as root "
                    "(CI does).", pytrace=False)
    prefix = "ckt" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(4)) + "-"
    yield prefix
    accounts.remove_system_users(prefix)


BEN_ORGANISATION = "Harbour Street Surgery"


def _fill_centre(admin_url: str, tmp: Path) -> None:
    """ana: the example workbook (a librarian's four interviews); ben: one interview of his
    own; cora coaches ana only."""
    from coachkit import config
    from coachkit.centre import Centre
    from coachkit.hub.demo_centre import build_centre
    from coachkit.services import interviews, questions
    from coachkit.services.demo import write_demo
    from coachkit.services.transfer import copy_workbook
    from coachkit.services.workbook import open_workbook

    build_centre(admin_url, {"cora": ["ana"]}, ["ana", "ben"], [])
    centre = Centre(admin_url)
    try:
        source = open_workbook(config.url_for_path(write_demo(tmp / "ana.sqlite")))
        target = open_workbook(centre.login_url("ana"), role="candidate")
        copy_workbook(source, target)
        source.close()
        target.close()
        ben = open_workbook(centre.login_url("ben"), role="candidate")
        interview = interviews.log_interview(ben, organisation=BEN_ORGANISATION,
                                             role_title="Practice receptionist")
        questions.add_questions(ben, interview.id, [{"text": "Why reception, why here?"}])
        ben.close()
    finally:
        centre.close()


@pytest.fixture(scope="session")
def centre_hub(hub_prefix):
    from coachkit.hub.launch import start_hub
    from coachkit.storage.pgserver import NoPostgres, start_cluster

    state = Path(tempfile.mkdtemp(prefix="coachkit-hub-test-"))
    try:
        cluster = start_cluster(durable=False)
    except NoPostgres as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        admin_url = cluster.create_database("centre")
        _fill_centre(admin_url, state)
        hub = start_hub(state / "hub", passwords=PASSWORDS, groups=GROUPS, prefix=hub_prefix,
                        admin_url=admin_url, cull_seconds=3600)
    except Exception as exc:  # noqa: BLE001
        cluster.remove()
        pytest.fail(f"The centre did not start: {exc}", pytrace=False)
    hub.cluster = cluster
    yield hub
    hub.stop()
    cluster.remove()
    shutil.rmtree(state, ignore_errors=True)


@pytest.fixture
def log_in(browser, centre_hub):
    """Log a person in through the hub's login page in a fresh browser context; returns the
    page once their start dashboard says ``ck-ready``."""
    contexts = []

    def go(name: str, password: str | None = None):
        context = browser.new_context()
        context.set_default_navigation_timeout(READY_MS)  # a page load runs the notebook
        contexts.append(context)
        page = context.new_page()
        page.goto(f"{centre_hub.base}/hub/login")
        page.fill("#username_input", name)
        page.fill("#password_input", password or PASSWORDS[name])
        page.click("#login_submit")
        try:
            page.wait_for_selector(".ck-ready", timeout=READY_MS)
        except Exception:
            pytest.fail(f"{name}'s dashboard never became ready (at {page.url}).\n"
                        + centre_hub.log_tail(), pytrace=False)
        return page

    yield go
    for context in contexts:
        context.close()


def ensure_running(hub, name: str, timeout: float = 180.0) -> dict:
    """Start ``name``'s server through the hub's API (as an admin would) and wait for it."""
    import time
    import urllib.error

    try:
        hub.api("POST", f"/users/{name}/server")
    except urllib.error.HTTPError as exc:
        if exc.code != 400:  # 400: already running
            raise
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        server = hub.api("GET", f"/users/{name}")["servers"].get("", {})
        if server.get("ready"):
            return server
        time.sleep(0.5)
    pytest.fail(f"{name}'s server did not start.\n{hub.log_tail()}", pytrace=False)


def server_pid(hub, name: str) -> int:
    """The process id of ``name``'s single-user server, found by its system user."""
    import psutil

    owner = hub.prefix + name
    for proc in psutil.process_iter(["username", "cmdline"]):
        if proc.info["username"] == owner and "hub.singleuser" in " ".join(
                proc.info["cmdline"] or []):
            return proc.pid
    pytest.fail(f"No server process runs as {owner}.", pytrace=False)
