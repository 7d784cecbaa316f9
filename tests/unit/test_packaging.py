"""Binder and pip install the same runtime dependencies; the packaged data is really shipped."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


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
    return {_name(d): d.replace(" ", "") for d in specs if _name(d) not in ("python", "pip")}


def test_environment_yml_and_pyproject_list_the_same_runtime_dependencies():
    assert pyproject_runtime() == environment_runtime()


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
