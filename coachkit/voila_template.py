"""coachkit's Voila template: Voila's lab template with Font Awesome (the icons on buttons)
served by the same server from the installed ``fontawesomefree`` package, never from a CDN,
so a dashboard makes no request beyond 127.0.0.1.

Voila finds templates under ``<jupyter data folder>/voila/templates/<name>``. `install` lays
the template out in such a folder: the packaged files from ``coachkit/voila_template/`` and
``static/fontawesome/{css,webfonts}`` copied from the installed package. `coachkit serve`
uses a folder in the cache (`ensure_installed`); Binder's postBuild installs it into the
environment's share/jupyter.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
from importlib import resources

try:
    import fcntl
except ImportError:  # Windows: no advisory lock; the staged copy in `_copy` still holds
    fcntl = None
from pathlib import Path

from coachkit import config

NAME = "coachkit"
FILES = ("conf.json", "index.html.j2", "page.html")


def fontawesome_dir() -> Path:
    import fontawesomefree

    return Path(fontawesomefree.__file__).parent / "static" / "fontawesomefree"


def _copy(source: Path, target: Path) -> None:
    # A copy, not a link: Voila's static handler refuses files whose real path lies outside
    # its template folders. About 1 MB (the CSS and the web fonts only). Copied beside the
    # target and renamed into place, so a copy cut short never passes for a whole one.
    staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(source, staging)
    if target.is_symlink() or target.is_file():
        target.unlink()
    elif target.is_dir():
        shutil.rmtree(target)
    os.rename(staging, target)


def install(data_dir: Path) -> Path:
    """Lay the template out under ``data_dir/voila/templates/coachkit``; returns data_dir."""
    folder = Path(data_dir) / "voila" / "templates" / NAME
    folder.mkdir(parents=True, exist_ok=True)
    packaged = resources.files("coachkit").joinpath("voila_template")
    for name in FILES:
        (folder / name).write_text(packaged.joinpath(name).read_text(encoding="utf-8"),
                                   encoding="utf-8")
    static = folder / "static" / "fontawesome"
    static.mkdir(parents=True, exist_ok=True)
    for part in ("css", "webfonts"):
        _copy(fontawesome_dir() / part, static / part)
    return Path(data_dir)


def _is_fresh(folder: Path) -> bool:
    packaged = resources.files("coachkit").joinpath("voila_template")
    return all((folder / n).is_file() and (folder / n).read_text(encoding="utf-8")
               == packaged.joinpath(n).read_text(encoding="utf-8") for n in FILES) and all(
        (folder / "static" / "fontawesome" / p).is_dir() and not
        (folder / "static" / "fontawesome" / p).is_symlink() for p in ("css", "webfonts"))


def ensure_installed() -> Path:
    """The cache folder holding the template, laid out anew when coachkit's copy changed.

    Two dashboards started at once on a new machine (a coach's two tabs, the test suite's
    two workers) would both lay it out: the first takes a lock, the second waits for it and
    then finds the template in place."""
    root = config.cache_dir() / "jupyter"
    folder = root / "voila" / "templates" / NAME
    if _is_fresh(folder):
        return root
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".coachkit-template.lock", "a+b") as lock:
        if fcntl is not None:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX)  # released when the file closes
        return root if _is_fresh(folder) else install(root)


def use_in_this_process() -> None:
    """Put the template's folder first on JUPYTER_PATH (before Voila reads it)."""
    root = str(ensure_installed())
    rest = os.environ.get("JUPYTER_PATH", "")
    if root not in rest.split(os.pathsep):
        os.environ["JUPYTER_PATH"] = root + (os.pathsep + rest if rest else "")


def main(argv: list[str] | None = None) -> int:
    """``python -m coachkit.voila_template --prefix DIR``: install the template into
    DIR/share/jupyter and make it Voila's default for the Jupyter server of that prefix
    (Binder, where Voila runs as a server extension)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--prefix", required=True)
    args = parser.parse_args(argv)
    prefix = Path(args.prefix)
    install(prefix / "share" / "jupyter")
    conf = prefix / "etc" / "jupyter" / "jupyter_server_config.d" / "coachkit-voila.json"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text(json.dumps({"VoilaConfiguration": {"template": NAME}}, indent=2) + "\n",
                    encoding="utf-8")
    print(f"coachkit's Voila template installed under {prefix}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
