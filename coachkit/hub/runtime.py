"""The Python each person's server runs on.

A server runs as its own system user, so its interpreter must be reachable by that user.
When the hub's own interpreter is (a system Python, a venv under /opt or /srv), servers use
it. When it is not (pyenv under /root, mode 0700, as on this project's machines), the hub
makes a small venv from the system Python of the same version (no packages of its own) that
reads the hub's installed packages through a .pth file, and points Jupyter at the hub's data
and config folders. Nothing is downloaded.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import sysconfig
from pathlib import Path


def reachable_by_others(path: Path) -> bool:
    """True when a user with no special rights can execute ``path`` (every folder above
    it searchable, the file itself executable)."""
    given = Path(os.path.abspath(path))
    target = given.resolve()
    try:
        if not target.stat().st_mode & stat.S_IXOTH:
            return False
        # both the folders on the way to a link and those on the way to what it points at
        folders = {*given.parents, *target.parents}
        return all(p.stat().st_mode & stat.S_IXOTH for p in folders)
    except OSError:
        return False


def system_python() -> str | None:
    want = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for folder in ("/usr/bin", "/usr/local/bin"):
        candidate = Path(folder) / want
        if candidate.exists() and reachable_by_others(candidate):
            return str(candidate)
    return None


def server_python(folder: Path) -> tuple[str, dict[str, str]]:
    """The interpreter for user servers, and the environment it needs."""
    if reachable_by_others(Path(sys.executable)):
        return sys.executable, {}
    base = system_python()
    if base is None:
        raise RuntimeError(
            f"The hub's Python ({sys.executable}) is in a folder other users cannot enter, "
            f"and no system python{sys.version_info.major}.{sys.version_info.minor} was "
            "found to run the servers with. Install coachkit into a venv under /opt.")
    folder = Path(folder)
    python = folder / "bin" / "python"
    site = sysconfig.get_paths()["purelib"]
    if not python.exists():
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([base, "-m", "venv", "--without-pip", str(folder)], check=True,
                       capture_output=True)
    own_site = subprocess.run([str(python), "-c",
                               "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                              check=True, capture_output=True, text=True).stdout.strip()
    pth = Path(own_site) / "coachkit-hub-packages.pth"
    pth.write_text(f"import site; site.addsitedir({site!r})\n")
    for p in [folder, *folder.rglob("*")]:
        mode = p.lstat().st_mode
        if not stat.S_ISLNK(mode):
            os.chmod(p, mode | stat.S_IROTH | (stat.S_IXOTH if mode & stat.S_IXUSR else 0))
    share = Path(sys.prefix) / "share" / "jupyter"
    return str(python), {
        "JUPYTER_PATH": str(share),
        "JUPYTERLAB_DIR": str(share / "lab"),
        "JUPYTER_CONFIG_PATH": str(Path(sys.prefix) / "etc" / "jupyter"),
    }
