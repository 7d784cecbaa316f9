"""A closed dashboard frees its kernel at once (not ten minutes later at the idle cull), and
the shutdown still needs the page's XSRF value: another site cannot end a user's kernel."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.browser.conftest import READY_TIMEOUT_MS

pytestmark = pytest.mark.browser

PAGES = 20


def _kernel_processes(server_pid: int) -> set[int]:
    """Kernel processes the Voila server started (its children running ipykernel)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (stat.parent / "cmdline").read_bytes()
        except (OSError, ValueError, IndexError):
            continue
        if ppid == server_pid and b"ipykernel" in cmdline:
            found.add(int(stat.parent.name))
    return found


def _wait_for(predicate, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.25)
    return predicate()


def test_closing_twenty_pages_leaves_no_kernel_behind(context, voila_server):
    before = {k["id"] for k in voila_server.kernels()}
    procs_before = _kernel_processes(voila_server.proc.pid)
    opened = set()
    for _ in range(PAGES):
        page = context.new_page()
        page.goto(voila_server.url("00_start_here.ipynb", demo=True))
        page.wait_for_selector(".ck-ready", timeout=READY_TIMEOUT_MS)
        opened |= {k["id"] for k in voila_server.kernels()} - before
        page.close(run_before_unload=True)  # what closing the browser tab does
    assert len(opened) == PAGES  # every page had its own kernel

    def left() -> set[str]:
        return {k["id"] for k in voila_server.kernels()} & opened

    assert _wait_for(lambda: not left()), (
        f"{len(left())} of {PAGES} closed pages kept their kernel\n{voila_server.log_tail()}")
    assert _wait_for(lambda: _kernel_processes(voila_server.proc.pid) <= procs_before)
    assert "_xsrf' argument missing" not in voila_server.log.read_text(errors="replace")


def test_a_shutdown_without_the_pages_xsrf_value_is_refused(page, voila_server):
    page.goto(voila_server.url("00_start_here.ipynb", demo=True))
    page.wait_for_selector(".ck-ready", timeout=READY_TIMEOUT_MS)
    kernel = page.evaluate("JSON.parse(document.getElementById('jupyter-config-data')"
                           ".textContent).kernelId")
    assert kernel in {k["id"] for k in voila_server.kernels()}
    # Same browser, logged in by cookie, but no _xsrf value: what a forged form would send.
    refused = page.request.post(f"{voila_server.base}/voila/api/shutdown/{kernel}",
                                multipart={"_xsrf": ""})
    assert refused.status == 403
    assert kernel in {k["id"] for k in voila_server.kernels()}
    # With the page's own value (what its beforeunload beacon sends) the kernel ends.
    xsrf = next(c["value"] for c in page.context.cookies() if c["name"] == "_xsrf")
    accepted = page.request.post(f"{voila_server.base}/voila/api/shutdown/{kernel}",
                                 multipart={"_xsrf": xsrf})
    assert accepted.status == 204
    assert kernel not in {k["id"] for k in voila_server.kernels()}
