"""Module sizes and the import graph of the coachkit package, for docs/code_shape.md.

    python benchmarks/code_shape.py                    # this checkout
    python benchmarks/code_shape.py --root /tmp/old    # another tree (e.g. `git archive REV`)

Lines are physical lines per module. The graph counts imports between coachkit modules at
any depth (module level or inside a function), except those under ``if TYPE_CHECKING:``,
which never run. A cycle is a set of modules that reach each other.
"""

from __future__ import annotations

import argparse
import ast
import statistics
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def modules(root: Path) -> dict[str, Path]:
    out = {}
    for path in sorted((root / "coachkit").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        rel = path.relative_to(root).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def imports(name: str, path: Path, known: set[str]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_lines(tree)
    found = set()
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        targets = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1]
                                + ([base] if base else []))
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base
                       for a in node.names]
        for target in targets:
            while target and target not in known:
                target = target.rsplit(".", 1)[0] if "." in target else ""
            if target and target != name and target != "coachkit":
                found.add(target)
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def report(root: Path) -> str:
    mods = modules(root)
    sizes = {n: len(p.read_text(encoding="utf-8").splitlines()) for n, p in mods.items()}
    graph = {n: imports(n, p, set(mods)) for n, p in mods.items()}
    ui = {n: s for n, s in sizes.items() if n.startswith("coachkit.ui.")}
    lines = [f"modules: {len(sizes)}, lines: {sum(sizes.values())}, median module: "
             f"{statistics.median(sizes.values()):.0f} lines, largest: "
             f"{max(sizes.values())} ({max(sizes, key=sizes.get)})",
             f"ui modules: {len(ui)}, median {statistics.median(ui.values()):.0f} lines, "
             f"largest {max(ui.values())}", "", "| module | lines | imports (coachkit) |",
             "|---|---|---|"]
    for name in sorted(sizes):
        deps = ", ".join(d.removeprefix("coachkit.") for d in sorted(graph[name]))
        lines.append(f"| {name.removeprefix('coachkit.')} | {sizes[name]} | {deps} |")
    found = cycles(graph)
    lines += ["", "import cycles: " + ("; ".join(" <-> ".join(c) for c in found) or "none")]
    ui_bad = sorted(f"{n} -> {d}" for n, ds in graph.items() if n.startswith("coachkit.ui")
                    for d in ds if d in ("coachkit.cli",) or d.startswith("coachkit.storage"))
    lines.append("ui importing the CLI or storage: " + (", ".join(ui_bad) or "none"))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=ROOT)
    print(report(ap.parse_args().root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
