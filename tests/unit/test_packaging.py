"""Binder and pip install the same runtime dependencies; the packaged data is really shipped."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml
from packaging.specifiers import SpecifierSet
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
# conda-forge's name -> the PyPI name pyproject uses (matplotlib-base: no Qt backends).
CONDA_NAMES = {"matplotlib-base": "matplotlib"}


def _name(spec: str) -> str:
    return re.split(r"[<>=!~ ;\[]", spec.strip(), maxsplit=1)[0].lower().replace("_", "-")


def pyproject_runtime() -> dict[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return {_name(d): d.replace(" ", "") for d in data["project"]["dependencies"]}


def environment_runtime() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    specs: list[str] = []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            specs.extend(dep.get("pip", []))
        else:
            specs.append(dep)
    out = {}
    for d in specs:
        name = _name(d)
        if name not in ("python", "pip"):
            out[CONDA_NAMES.get(name, name)] = d.replace(" ", "")
    return out


def test_environment_yml_and_pyproject_list_the_same_runtime_dependencies():
    assert sorted(pyproject_runtime()) == sorted(environment_runtime())


def test_binder_pins_one_version_of_each_within_pyprojects_range():
    """Binder builds are reproducible: environment.yml names one exact version of each
    dependency (conda `name=X.Y.Z`, pip `name==X.Y.Z`), and pip install of the package would
    accept that version too."""
    ranges = pyproject_runtime()
    for name, spec in environment_runtime().items():
        pinned = re.fullmatch(r"[A-Za-z0-9_.-]+(?:\[[a-z,]+\])?={1,2}(\d+(?:\.\d+)+)", spec)
        assert pinned, f"environment.yml does not pin {name} to one version: {spec!r}"
        allowed = SpecifierSet(re.sub(r"^[A-Za-z0-9_.-]+(\[[a-z,]+\])?", "", ranges[name]))
        assert Version(pinned.group(1)) in allowed, f"{spec} is outside pyproject's {ranges[name]}"


def test_postbuild_installs_the_package_without_touching_the_conda_environment():
    text = (ROOT / "postBuild").read_text()
    assert "set -e" in text
    assert "pip install --no-deps ." in text


def test_the_package_ships_its_migrations_data_and_stylesheet():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = data["tool"]["setuptools"]["package-data"]["coachkit"]
    shipped = {p for pat in patterns for p in (ROOT / "coachkit").glob(pat)}
    pkg = ROOT / "coachkit"
    needed = [*pkg.glob("storage/migrations/versions/*.py"), pkg / "storage/migrations/env.py",
              pkg / "ui/style.css", *pkg.glob("data/*.json"), *pkg.glob("data/*.toml")]
    missing = [str(p.relative_to(ROOT)) for p in needed if p not in shipped]
    assert not missing, f"not in package-data: {missing}"
