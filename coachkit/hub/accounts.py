"""Hub users, their roles, and the operating-system users their servers run as.

A hub name becomes a system user ``<prefix><name>`` (``ck-ana``), created the first time the
person's server starts, with a private home folder (mode 0700). Each server and its kernels
run as that user, so the database login in one person's server environment cannot be read
by code running in anyone else's (``/proc/<pid>/environ`` is readable only by its owner).
"""

from __future__ import annotations

import os
import pwd
import re
import subprocess
from pathlib import Path

# Hub names become parts of Linux user names: short, lower case, no dots or spaces.
USERNAME_PATTERN = r"^[a-z][a-z0-9_-]{0,19}$"
DEFAULT_PREFIX = "ck-"
PREFIX_PATTERN = r"^[a-z][a-z0-9_-]{0,10}$"

GROUP_CANDIDATE = "candidate"
GROUP_COACH = "coach"
GROUP_ADMIN = "centre-admin"
GROUPS = (GROUP_CANDIDATE, GROUP_COACH, GROUP_ADMIN)

START_PAGE = {
    "candidate": "00_start_here.ipynb",
    "coach": "centre_coach.ipynb",
    "admin": "centre_admin.ipynb",
}


def valid_name(name: str) -> bool:
    return re.fullmatch(USERNAME_PATTERN, name) is not None


def system_name(hub_name: str, prefix: str = DEFAULT_PREFIX) -> str:
    if not re.fullmatch(PREFIX_PATTERN, prefix):
        raise ValueError(f"unsuitable system user prefix {prefix!r}")
    if not valid_name(hub_name):
        raise ValueError(f"unsuitable hub user name {hub_name!r}")
    return prefix + hub_name


def role_of(groups: set[str] | list[str]) -> str:
    """The strongest role among a user's hub groups; no group means candidate."""
    groups = set(groups)
    if GROUP_ADMIN in groups:
        return "admin"
    if GROUP_COACH in groups:
        return "coach"
    return "candidate"


def default_url(role: str) -> str:
    return f"/voila/render/{START_PAGE.get(role, START_PAGE['candidate'])}"


def ensure_system_user(name: str) -> pwd.struct_passwd:
    """The system user ``name`` (already prefixed), created with a private home if missing."""
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        subprocess.run(["useradd", "--create-home", "--user-group", "--shell", "/bin/bash",
                        "--comment", "coachkit hub user", name],
                       check=True, capture_output=True)
        entry = pwd.getpwnam(name)
    os.chmod(entry.pw_dir, 0o700)
    return entry


def remove_system_users(prefix: str) -> list[str]:
    """Delete every system user whose name starts with ``prefix`` (tests, benchmarks)."""
    if not re.fullmatch(PREFIX_PATTERN, prefix) or prefix == DEFAULT_PREFIX:
        raise ValueError("refusing to remove users with the production prefix")
    gone = []
    for entry in pwd.getpwall():
        if entry.pw_name.startswith(prefix) and entry.pw_gecos.startswith("coachkit hub user"):
            subprocess.run(["pkill", "-KILL", "-u", entry.pw_name], capture_output=True)
            subprocess.run(["userdel", "--remove", entry.pw_name], capture_output=True)
            gone.append(entry.pw_name)
    return gone


def link_workbooks(home: Path, workbooks: Path, uid: int, gid: int) -> None:
    """Put the dashboards in the user's home as links to the shared, read-only notebooks,
    so `/voila/render/00_start_here.ipynb` resolves and JupyterLab shows them at the top.
    The user's own files beside them are theirs to keep."""
    for notebook in sorted(workbooks.glob("*.ipynb")):
        link = home / notebook.name
        if link.is_symlink() or not link.exists():
            if link.is_symlink():
                link.unlink()
            link.symlink_to(notebook)
            os.lchown(link, uid, gid)


def preauthorise(hub_db_url: str, passwords: dict[str, str]) -> None:
    """Sign people up and approve them in the hub's database before the hub starts, as a
    centre admin would on /hub/authorize (the demo centre, tests and benchmarks use it)."""
    import bcrypt
    from jupyterhub import orm
    from nativeauthenticator.orm import UserInfo

    session = orm.new_session_factory(hub_db_url)()
    try:
        for name, password in passwords.items():
            if not valid_name(name):
                raise ValueError(f"unsuitable hub user name {name!r}")
            if UserInfo.find(session, name) is None:
                session.add(UserInfo(username=name, is_authorized=True,
                                     password=bcrypt.hashpw(password.encode(),
                                                            bcrypt.gensalt(rounds=8))))
        session.commit()
    finally:
        session.close()
