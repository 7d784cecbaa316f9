"""Notebooks are stored clean (no outputs, counts, widget state or editor metadata), and the
nbstripout filter that `make hooks` (run by `make lab`) sets up keeps a JupyterLab save from
dirtying the checkout."""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
import yaml
from nbstripout import strip_output

ROOT = Path(__file__).resolve().parents[2]
NBSTRIPOUT_DEFAULT_KEYS = [
    "metadata.signature", "metadata.widgets", "cell.metadata.collapsed",
    "cell.metadata.ExecuteTime", "cell.metadata.execution", "cell.metadata.heading_collapsed",
    "cell.metadata.hidden", "cell.metadata.scrolled",
]


def makefile_keys() -> list[str]:
    found = re.search(r"^NBSTRIPOUT_KEYS := (.+)$", (ROOT / "Makefile").read_text(), re.M)
    assert found, "NBSTRIPOUT_KEYS is missing from the Makefile"
    return found.group(1).split()


def precommit_keys() -> list[str]:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())
    hook = next(h for r in config["repos"] for h in r["hooks"] if h["id"] == "nbstripout")
    args = hook["args"]
    assert "--keep-id" in args
    return args[args.index("--extra-keys") + 1].split()


def test_the_filter_and_the_pre_commit_hook_strip_the_same_keys():
    assert makefile_keys() == precommit_keys()
    assert "metadata.language_info" in makefile_keys()
    attributes = (ROOT / ".gitattributes").read_text()
    assert re.search(r"^workbooks/\*\.ipynb filter=nbstripout$", attributes, re.M)


@pytest.mark.parametrize("path", sorted((ROOT / "workbooks").glob("*.ipynb")),
                         ids=lambda p: p.name)
def test_each_workbook_is_stored_stripped(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]
    stripped = strip_output(copy.deepcopy(nb), keep_output=False, keep_count=False,
                            keep_id=True, extra_keys=NBSTRIPOUT_DEFAULT_KEYS + makefile_keys())
    assert stripped == nb, f"{path.name} has metadata nbstripout would remove"
    assert set(nb.metadata) <= {"kernelspec"}


def _lab_save(clean: dict) -> dict:
    """What JupyterLab writes after running the notebook: outputs, counts, widget state,
    the Python version, a collapsed heading."""
    nb = copy.deepcopy(clean)
    nb["metadata"]["language_info"] = {"name": "python", "version": "3.11.7",
                                       "mimetype": "text/x-python"}
    nb["metadata"]["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            cell["execution_count"] = 3
            cell["outputs"] = [{"output_type": "display_data", "metadata": {},
                                "data": {"text/plain": ["VBox(...)"]}}]
            cell["metadata"]["execution"] = {"iopub.status.idle": "2026-12-02T01:00:00Z"}
        else:
            cell["metadata"]["jp-MarkdownHeadingCollapsed"] = True
    return nb


@pytest.mark.timeout(120)
def test_make_hooks_keeps_a_jupyterlab_save_out_of_git_status(tmp_path):
    repo = tmp_path / "checkout"
    (repo / "workbooks").mkdir(parents=True)
    for name in ("Makefile", "pyproject.toml", ".gitattributes"):
        shutil.copy(ROOT / name, repo / name)
    notebook = repo / "workbooks" / "00_start_here.ipynb"
    shutil.copy(ROOT / "workbooks" / "00_start_here.ipynb", notebook)

    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(repo), *args], check=True, text=True,
                              capture_output=True).stdout

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "clean")
    venv = Path(sys.prefix)
    # -o: the test environment is installed already; make must not reinstall it here.
    subprocess.run(["make", "-s", "hooks", f"VENV={venv}", "-o", f"{venv}/.installed-test"],
                   cwd=repo, check=True, capture_output=True, text=True)
    assert "nbstripout" in git("config", "filter.nbstripout.clean")
    clean = json.loads(notebook.read_text())
    notebook.write_text(json.dumps(_lab_save(clean), indent=1) + "\n")
    assert "VBox(...)" in notebook.read_text()  # the file itself does hold the outputs
    git("add", "-A")
    assert git("status", "--porcelain") == "", "a JupyterLab save dirtied the checkout"
