"""The declared runtime dependencies are the ones the package really imports: nothing used
but undeclared (a fresh install would fail on first use), nothing declared but unused (a
heavier install and Binder build for nothing)."""

from __future__ import annotations

import ast
import importlib.metadata
import sys
from pathlib import Path

from tests.unit.test_packaging import environment_runtime, pyproject_runtime

ROOT = Path(__file__).resolve().parents[2]
# Needed at run time without an import: `coachkit lab` starts `python -m jupyter lab`.
RUN_NOT_IMPORTED = {"jupyterlab"}
# Installed by a declared package that pins its exact version (pydantic pins pydantic-core).
COMES_WITH = {"pydantic-core": "pydantic"}
# coachkit/hub runs only in a career centre's hub: its imports are the `centre` extra's.
HUB = ROOT / "coachkit" / "hub"


def _optional(tree: ast.AST) -> set[int]:
    """Line numbers of imports in an `except ImportError:` block (fallbacks, e.g. tomli)."""
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and isinstance(node.type, ast.Name) \
                and node.type.id in ("ImportError", "ModuleNotFoundError"):
            lines |= {n.lineno for stmt in node.body for n in ast.walk(stmt)
                      if isinstance(n, ast.Import | ast.ImportFrom)}
    return lines


def imported_modules(package: Path = ROOT / "coachkit") -> dict[str, str]:
    """Top-level module -> the first file that imports it (third-party imports only)."""
    found: dict[str, str] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        optional = _optional(tree)
        for node in ast.walk(tree):
            if getattr(node, "lineno", None) in optional:
                continue
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            if HUB in path.parents and package == ROOT / "coachkit":
                continue
            for name in names:
                top = name.split(".")[0]
                if top != "coachkit" and top not in sys.stdlib_module_names:
                    found.setdefault(top, str(path.relative_to(package.parent)))
    return found


def distributions_of(modules: dict[str, str]) -> dict[str, str]:
    """Distribution name (as pyproject spells it) -> a file that needs it."""
    mapping = importlib.metadata.packages_distributions()
    out: dict[str, str] = {}
    for module, where in modules.items():
        dists = mapping.get(module)
        assert dists, f"{module} (imported in {where}) is not installed from any distribution"
        out.setdefault(dists[0].lower().replace("_", "-"), where)
    return out


def test_every_import_is_declared_and_every_declaration_imported():
    needed = {COMES_WITH.get(d, d): where
              for d, where in distributions_of(imported_modules()).items()}
    declared = set(pyproject_runtime())
    undeclared = {d: where for d, where in needed.items() if d not in declared}
    unused = declared - set(needed) - RUN_NOT_IMPORTED
    assert not undeclared, f"imported but not in pyproject dependencies: {undeclared}"
    assert not unused, f"declared in pyproject but never imported by coachkit: {unused}"
    assert set(environment_runtime()) == declared


def test_the_hubs_imports_are_declared_in_the_centre_extra():
    import tomllib

    from tests.unit.test_packaging import _name

    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    declared = set(pyproject_runtime()) | {
        _name(d) for d in data["project"]["optional-dependencies"]["centre"]}
    needed = distributions_of(imported_modules(HUB))
    undeclared = {d: where for d, where in needed.items()
                  if COMES_WITH.get(d, d) not in declared}
    assert not undeclared, f"the hub imports what the centre extra does not declare: {undeclared}"


def test_the_check_sees_imports_inside_functions_and_skips_fallbacks(tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "a.py").write_text("def f():\n    import numpy.linalg\n"
                              "try:\n    import tomllib\nexcept ImportError:\n"
                              "    import tomli as tomllib\n"
                              "from coachkit import config\nimport os\n")
    assert set(imported_modules(pkg)) == {"numpy"}
