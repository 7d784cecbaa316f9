"""Binder reads the repository as meant: repo2docker (run with --no-build, so no Docker is
needed) picks the pinned conda environment and runs postBuild, and the README's badge opens
the example workbook."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dockerfile() -> str:
    repo2docker = Path(sys.executable).with_name("jupyter-repo2docker")
    done = subprocess.run([str(repo2docker), "--no-build", "--no-run", "--debug",
                           "--user-id", "1000", "--user-name", "jovyan", str(ROOT)],
                          capture_output=True, text=True, timeout=240, cwd=ROOT.parent)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout + done.stderr


def test_repo2docker_builds_from_the_conda_environment_and_runs_postbuild(dockerfile):
    assert "Building conda environment for python=3.11" in dockerfile
    assert re.search(r'env update -p \$\{NB_PYTHON_PREFIX\} --file "environment.yml"',
                     dockerfile)
    assert "RUN ./postBuild" in dockerfile
    # nothing else competes with environment.yml (a requirements.txt would be ignored)
    assert "requirements.txt" not in dockerfile


def test_postbuild_writes_the_example_workbook_the_badge_opens():
    lines = [line.strip() for line in (ROOT / "postBuild").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines.index("pip install --no-deps .") < lines.index("coachkit demo")


def test_the_badge_opens_the_example_workbook_in_voila():
    readme = (ROOT / "README.md").read_text()
    badge = re.search(r"\(https://mybinder\.org/v2/gh/[^)]*\)", readme)
    assert badge, "no Binder badge link in the README"
    urlpath = unquote(parse_qs(urlsplit(badge.group(0)[1:-1]).query)["urlpath"][0])
    page, _, query = urlpath.partition("?")
    assert page.startswith("voila/render/")
    assert (ROOT / page.removeprefix("voila/render/")).is_file()
    assert parse_qs(query) == {"workbook": ["demo"]}


def test_no_message_advises_installing_coachkit_from_pypi():
    """coachkit is not published: update advice points at the checkout."""
    texts = [p.read_text() for p in [*ROOT.glob("coachkit/**/*.py"), ROOT / "README.md",
                                     *ROOT.glob("docs/*.md")]]
    assert not [t for t in texts if re.search(r"pip install (-U|--upgrade) coachkit", t)]
