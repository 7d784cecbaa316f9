"""Hub names, roles, start pages and the interpreter servers run on (no hub needed)."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from coachkit.hub import accounts, runtime
from coachkit.ui.across_the_board import board_html
from coachkit.ui.centre_coach import candidates_html, requested_candidate


def test_a_hub_name_becomes_a_prefixed_system_user_name():
    assert accounts.system_name("ana") == "ck-ana"
    assert accounts.system_name("ana", "ckt-") == "ckt-ana"


@pytest.mark.parametrize("name", ["", "Ana", "ana smith", "../etc", "ana;rm", "a" * 21,
                                  "-ana", "root\n"])
def test_names_that_cannot_be_system_users_are_refused(name):
    assert not accounts.valid_name(name)
    with pytest.raises(ValueError):
        accounts.system_name(name)


def test_the_strongest_group_decides_the_role_and_the_start_page():
    assert accounts.role_of([]) == "candidate"
    assert accounts.role_of(["coach"]) == "coach"
    assert accounts.role_of(["coach", "centre-admin"]) == "admin"
    assert accounts.default_url("candidate") == "/voila/render/00_start_here.ipynb"
    assert accounts.default_url("coach") == "/voila/render/centre_coach.ipynb"
    assert accounts.default_url("nonsense") == "/voila/render/00_start_here.ipynb"
    for page in accounts.START_PAGE.values():
        assert (Path(__file__).parents[2] / "workbooks" / page).exists()


def test_removing_test_users_never_touches_the_real_prefix():
    with pytest.raises(ValueError):
        accounts.remove_system_users(accounts.DEFAULT_PREFIX)


def test_an_interpreter_behind_a_private_folder_is_not_reachable():
    import shutil
    import tempfile

    top = Path(tempfile.mkdtemp(dir="/tmp"))  # /tmp itself may be entered by anyone
    try:
        private = top / "private"
        (private / "bin").mkdir(parents=True)
        python = private / "bin" / "python"
        python.write_text("")
        for path, mode in ((top, 0o755), (private, 0o755), (private / "bin", 0o755),
                           (python, 0o755)):
            path.chmod(mode)
        assert runtime.reachable_by_others(python)
        private.chmod(0o700)
        assert not runtime.reachable_by_others(python)
    finally:
        shutil.rmtree(top)


def test_servers_get_an_interpreter_every_user_may_run():
    import shutil
    import tempfile

    top = Path(tempfile.mkdtemp(dir="/tmp"))
    try:
        top.chmod(0o755)
        python, env = runtime.server_python(top / "server-python")
        assert runtime.reachable_by_others(Path(python))
        if python != sys.executable:  # a venv of the system Python reading our packages
            assert env["JUPYTER_PATH"].endswith("share/jupyter")
            assert (top / "server-python" / "bin").stat().st_mode & stat.S_IXOTH
    finally:
        shutil.rmtree(top)


def test_candidate_names_in_the_coach_home_are_text_and_links_are_quoted():
    html = candidates_html(["ana", "<b>x</b>"])
    assert 'href="centre_coach.ipynb?candidate=ana"' in html
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html
    assert "No candidates are assigned" in candidates_html([])


def test_the_candidate_asked_for_comes_only_from_the_query():
    assert requested_candidate("candidate=Ana&x=1") == "ana"
    assert requested_candidate("") == ""


def test_an_empty_board_explains_the_three_and_three_rule():
    assert "at least 3 candidates" in board_html([])
