"""The centre's hub keeps people apart: each logs in through the hub's page, lands on their own
dashboard, and nobody's browser or code can reach someone else's server or credentials."""

from __future__ import annotations

import os
import pwd
import stat
import subprocess

import pytest

from tests.hub.conftest import PASSWORDS, ensure_running, server_pid

pytestmark = pytest.mark.hub


def test_logging_in_opens_the_dashboard_in_a_server_of_their_own(log_in, centre_hub):
    page = log_in("ana")
    assert page.url.startswith(f"{centre_hub.base}/user/ana/voila/render/00_start_here.ipynb")
    assert page.locator(".ck-home").count() == 1
    owner = pwd.getpwnam(centre_hub.prefix + "ana")
    assert pwd.getpwuid(os.stat(f"/proc/{server_pid(centre_hub, 'ana')}").st_uid) == owner
    assert stat.S_IMODE(os.stat(owner.pw_dir).st_mode) == 0o700


def test_a_wrong_password_is_refused_on_the_login_page(browser, centre_hub):
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{centre_hub.base}/hub/login")
        page.fill("#username_input", "ben")
        page.fill("#password_input", PASSWORDS["ana"])
        page.click("#login_submit")
        page.wait_for_load_state()
        assert "/hub/login" in page.url
        assert page.locator("#login_submit").count() == 1
        response = context.request.get(f"{centre_hub.base}/user/ben/api/status",
                                       max_redirects=0)
        assert response.status in (302, 401, 403)
    finally:
        context.close()


def test_one_persons_cookie_does_not_open_another_persons_server(log_in, centre_hub):
    ensure_running(centre_hub, "ben")
    page = log_in("ana")
    own = page.request.get(f"{centre_hub.base}/user/ana/api/status")
    assert own.status == 200
    for path in ("voila/render/00_start_here.ipynb", "api/contents", "lab"):
        theirs = page.request.get(f"{centre_hub.base}/user/ben/{path}")
        assert theirs.status == 403, (path, theirs.status)
    page.goto(f"{centre_hub.base}/user/ben/voila/render/00_start_here.ipynb")
    assert page.locator(".ck-ready").count() == 0


def test_code_in_one_server_cannot_read_another_servers_environment(centre_hub):
    ensure_running(centre_hub, "ana")
    ensure_running(centre_hub, "ben")
    ben_pid = server_pid(centre_hub, "ben")
    as_ana = ["runuser", "-u", centre_hub.prefix + "ana", "--"]
    theirs = subprocess.run([*as_ana, "cat", f"/proc/{ben_pid}/environ"], capture_output=True)
    assert theirs.returncode != 0 and theirs.stdout == b""
    mine = subprocess.run([*as_ana, "cat", f"/proc/{server_pid(centre_hub, 'ana')}/environ"],
                          capture_output=True)
    assert mine.returncode == 0 and b"JUPYTERHUB_API_TOKEN=" in mine.stdout
    home = pwd.getpwnam(centre_hub.prefix + "ben").pw_dir
    assert subprocess.run([*as_ana, "ls", home], capture_output=True).returncode != 0


def test_jupyterlab_is_still_there_for_those_who_want_it(log_in, centre_hub):
    page = log_in("ana")
    lab = page.request.get(f"{centre_hub.base}/user/ana/lab")
    assert lab.status == 200
    assert "JupyterLab" in lab.text()
    tree = page.request.get(f"{centre_hub.base}/user/ana/api/contents")
    names = {item["name"] for item in tree.json()["content"]}
    assert "00_start_here.ipynb" in names


def test_the_idle_culler_runs_beside_the_hub(centre_hub):
    import psutil

    services = centre_hub.api("GET", "/services")
    culler = services["idle-culler"]
    assert culler["pid"] > 0
    assert "jupyterhub_idle_culler" in " ".join(psutil.Process(culler["pid"]).cmdline())
