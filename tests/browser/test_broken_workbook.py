"""A live dashboard on a workbook whose ratings table was dropped: one clear page in Chromium
(what is wrong, the last backup, how to restore it), no database error, the file untouched."""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest

from coachkit import config
from coachkit.cli import _stop, free_port, voila_command, wait_until_answers, workbooks_dir
from tests.browser.conftest import READY_TIMEOUT_MS, worker_port

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def broken_server():
    from coachkit.services.demo import write_demo
    from coachkit.storage.engine import backup_file

    tmp = Path(tempfile.mkdtemp(prefix="coachkit-broken-"))
    (tmp / "data").mkdir()
    db = write_demo(tmp / "workbook.sqlite")
    backup = backup_file(db)
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE ratings")
    conn.commit()
    conn.close()
    sha = hashlib.sha256(db.read_bytes()).hexdigest()
    token = secrets.token_urlsafe(16)
    port = free_port(worker_port(20866))
    env = {**os.environ, config.DATA_ENV: str(tmp / "data"),
           config.DB_ENV: config.url_for_path(db)}
    env.pop("COACHKIT_ROLE", None)
    log = tmp / "voila.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(voila_command(workbooks_dir(), port, token), env=env,
                                stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_until_answers(f"http://127.0.0.1:{port}/?token={token}", proc, timeout=120)
    except Exception as exc:  # noqa: BLE001
        _stop(proc)
        pytest.fail(f"Voila did not start: {exc}\n{log.read_text(errors='replace')}",
                    pytrace=False)
    yield f"http://127.0.0.1:{port}", token, db, backup, sha
    _stop(proc)
    shutil.rmtree(tmp, ignore_errors=True)


def test_rate_answers_shows_the_broken_workbook_page(broken_server, page):
    base, token, db, backup, sha = broken_server
    page.goto(f"{base}/voila/render/02_rate_answers.ipynb?token={token}")
    page.wait_for_selector(".ck-ready", timeout=READY_TIMEOUT_MS)
    panel = page.locator(".ck-broken-workbook")
    assert panel.count() == 1 and panel.is_visible()
    text = panel.inner_text()
    assert "This workbook is damaged, so coachkit has not opened it" in text
    assert "The table 'ratings' (the ratings of your answers) is missing." in text
    assert str(backup) in text and f"cp {backup} {db}" in text
    body = page.locator("body").inner_text()
    for raw in ("OperationalError", "no such table", "Traceback", "SELECT"):
        assert raw not in body
    if os.environ.get("COACHKIT_SCREENSHOTS"):
        panel.screenshot(path=os.environ["COACHKIT_SCREENSHOTS"])
    assert hashlib.sha256(db.read_bytes()).hexdigest() == sha
