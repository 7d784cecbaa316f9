"""Two live Voila servers on one workbook: the candidate's and the coach's (COACHKIT_ROLE=coach,
its own token, only the coach dashboard). The coach rates an answer and the candidate sees it;
the coach cannot change the candidate's answer; neither server lists files without a token."""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import select

from coachkit import config
from coachkit.cli import COACH_NOTEBOOK, coach_server_command, workbooks_dir
from coachkit.services.workbook import open_workbook
from coachkit.storage import tables as t
from coachkit.voila_process import VoilaServer, free_port
from tests.browser.conftest import READY_TIMEOUT_MS, worker_port

pytestmark = pytest.mark.browser


class Pair:
    def __init__(self, tmp: Path, db: Path):
        self.tmp, self.db, self.servers = tmp, db, []
        self.token, self.coach_token = secrets.token_urlsafe(16), secrets.token_urlsafe(32)

    def start(self) -> None:
        from coachkit.services.demo import write_demo

        write_demo(self.db)
        url = config.url_for_path(self.db)
        data = self.tmp / "data"
        data.mkdir()
        self.port = free_port(worker_port(19866))
        self.coach_port = free_port(self.port + 1)
        env = {**os.environ, config.DATA_ENV: str(data), config.DB_ENV: url}
        env.pop("COACHKIT_ROLE", None)
        coach_cmd, coach_env = coach_server_command(url, "127.0.0.1", self.coach_port,
                                                    self.coach_token)
        coach_env[config.DATA_ENV] = str(data)
        self.servers = [
            VoilaServer(workbooks_dir(), self.token, env, self.tmp / "candidate.log",
                        port=self.port),
            VoilaServer(workbooks_dir() / COACH_NOTEBOOK, self.coach_token, coach_env,
                        self.tmp / "coach.log", port=self.coach_port, command=coach_cmd)]
        for server in self.servers:
            server.launch()
        for server in self.servers:
            server.wait(120)

    @property
    def candidate_base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def coach_base(self) -> str:
        return f"http://127.0.0.1:{self.coach_port}"

    def logs(self) -> str:
        return "\n".join((self.tmp / f"{n}.log").read_text(errors="replace")[-3000:]
                         for n in ("candidate", "coach") if (self.tmp / f"{n}.log").exists())


@pytest.fixture(scope="module")
def servers():
    tmp = Path(tempfile.mkdtemp(prefix="coachkit-coach-"))
    pair = Pair(tmp, tmp / "workbook.sqlite")
    try:
        pair.start()
    except Exception as exc:  # noqa: BLE001
        for server in pair.servers:
            server.stop()
        pytest.fail(f"The two Voila servers did not start: {exc}\n{pair.logs()}", pytrace=False)
    yield pair
    for server in pair.servers:
        server.stop()
    shutil.rmtree(tmp, ignore_errors=True)


def _ready(page, url: str, pair: Pair):
    page.goto(url)
    try:
        page.wait_for_selector(".ck-ready", timeout=READY_TIMEOUT_MS)
    except Exception:
        pytest.fail(f"{url} never became ready.\n{pair.logs()}", pytrace=False)
    return page


def _answers_tab(page):
    page.get_by_role("tab", name="Answers").click()
    page.wait_for_selector(".ck-rate-save", timeout=30_000)


def _versions(db: Path) -> list[str]:
    wb = open_workbook(config.url_for_path(db), role="candidate")
    try:
        with wb.store.read() as s:
            return list(s.scalars(select(t.AnswerVersion.text).order_by(t.AnswerVersion.id)))
    finally:
        wb.close()


def test_the_coach_rates_an_answer_and_the_candidate_sees_it(page, servers):
    note = f"Lead with the result {secrets.token_hex(3)}"
    coach_page = _ready(page, f"{servers.coach_base}/?token={servers.coach_token}", servers)
    assert "as the coach" in coach_page.locator(".ck-role").inner_text()
    _answers_tab(coach_page)
    coach_page.locator(".ck-rate-criterion select").select_option(label="Specific evidence")
    coach_page.locator(".ck-rate-score select").select_option(label="2")
    coach_page.locator(".ck-rate-note textarea").fill(note)
    coach_page.locator("button.ck-rate-save").click()
    coach_page.wait_for_selector(".ck-status-ok", timeout=30_000)

    candidate = _ready(page, f"{servers.candidate_base}/voila/render/04_coach_review.ipynb"
                             f"?token={servers.token}", servers)
    _answers_tab(candidate)
    row = candidate.locator(".ck-answer-ratings tr", has_text=note)
    row.wait_for(timeout=30_000)
    assert "Coach" in row.inner_text() and "2" in row.inner_text()


def test_a_coach_attempt_to_edit_the_candidates_answer_fails(page, servers):
    before = _versions(servers.db)
    coach_page = _ready(page, f"{servers.coach_base}/?token={servers.coach_token}", servers)
    _answers_tab(coach_page)
    coach_page.locator(".ck-answer-edit textarea").fill("Rewritten by the coach")
    coach_page.locator("button.ck-answer-save").click()
    error = coach_page.locator(".ck-status-error")
    error.wait_for(timeout=30_000)
    assert "cannot change" in error.inner_text()
    assert "Traceback" not in coach_page.content()
    assert _versions(servers.db) == before


def _status(url: str) -> tuple[int, str, str]:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as resp:
            return resp.status, resp.headers.get("Location", ""), resp.read().decode(
                errors="replace")
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Location", ""), err.read().decode(errors="replace")


@pytest.mark.parametrize("which", ["candidate", "coach"])
def test_no_file_listing_without_the_token(servers, which):
    base = servers.candidate_base if which == "candidate" else servers.coach_base
    for path in ("/voila/api/contents", "/voila/api/contents/", "/api/contents"):
        code, location, body = _status(base + path)
        assert code in (302, 403, 404) or (code == 401), (path, code)
        if code == 302:
            assert "login" in location
        assert "ipynb" not in body and "workbook.sqlite" not in body


def test_the_coach_server_serves_nothing_but_the_coach_view(servers):
    # The token sets a cookie and redirects; follow it like a browser would.
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    with opener.open(f"{servers.coach_base}/?token={servers.coach_token}", timeout=60) as ok:
        assert ok.status == 200  # the token opens the coach view...
    for notebook in ("01_interview_log.ipynb", "00_start_here.ipynb"):
        with pytest.raises(urllib.error.HTTPError) as err:
            opener.open(f"{servers.coach_base}/voila/render/{notebook}"
                        f"?token={servers.coach_token}", timeout=30)
        assert err.value.code in (403, 404)  # ...and nothing else
    # and the candidate's token does not open the coach's server
    code, location, _ = _status(f"{servers.coach_base}/?token={servers.token}")
    assert code in (302, 403) and (code == 403 or "login" in location)
