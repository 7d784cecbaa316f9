"""The spawner the centre's hub uses: one system user per person, credentials from the hub.

``CentreSpawner`` is JupyterHub's ``LocalProcessSpawner`` with the system user name taken
from ``accounts.system_name`` instead of the hub name. ``pre_spawn_hook`` runs in the hub
before every start: it creates the system user, links the dashboards into their home, picks
the start page for their role and, when the hub runs a centre, puts a fresh database login
for that person into the server's environment. The login is made by the hub from the centre's
admin URL (which only the hub holds) and is never shown, logged or written to a file.
"""

from __future__ import annotations

import asyncio
import os
import pwd
from pathlib import Path

from jupyterhub.spawner import LocalProcessSpawner, set_user_setuid
from traitlets import Unicode

from coachkit.hub import accounts

ADMIN_URL_ENV = "COACHKIT_ADMIN_URL"


def running_as_root() -> bool:
    return os.geteuid() == 0


class CentreSpawner(LocalProcessSpawner):
    """Each hub user's server runs as the system user ``<prefix><name>``."""

    system_user_prefix = Unicode(accounts.DEFAULT_PREFIX, config=True,
                                 help="Prefix of the system users the servers run as.")
    workbooks_dir = Unicode("", config=True,
                            help="The shared, read-only folder of coachkit notebooks.")

    @property
    def system_user(self) -> str:
        if not running_as_root():
            return pwd.getpwuid(os.geteuid()).pw_name
        return accounts.system_name(self.user.name, self.system_user_prefix)

    def make_preexec_fn(self, name):
        if not running_as_root():
            return None  # a personal demo: every server runs as the one user running the hub
        return set_user_setuid(self.system_user)

    def user_env(self, env):
        entry = pwd.getpwnam(self.system_user)
        env["USER"] = entry.pw_name
        env["HOME"] = entry.pw_dir
        env["SHELL"] = entry.pw_shell or "/bin/bash"
        return env


def _centre():
    """The centre the hub manages, or None when the hub runs without a database."""
    url = os.environ.get(ADMIN_URL_ENV)
    if not url:
        return None
    from coachkit.centre import Centre

    return Centre(url)


def _credentials(hub_name: str, role: str) -> dict[str, str]:
    centre = _centre()
    if centre is None:
        return {}
    try:
        return centre_login_env(centre, hub_name, role)
    finally:
        centre.close()


def centre_login_env(centre, hub_name: str, role: str) -> dict[str, str]:
    """Environment for one person's server: a fresh database login for their own role."""
    add = {"admin": centre.add_admin, "coach": centre.add_coach}.get(role, centre.add_candidate)
    known = {p.name: p.kind for p in centre.people()}
    if hub_name not in known:
        add(hub_name)
    db_role = "coach" if role in ("coach", "admin") else "candidate"
    return {"COACHKIT_DB_URL": centre.login_url(hub_name), "COACHKIT_ROLE": db_role,
            "COACHKIT_CENTRE": "1", "COACHKIT_CENTRE_ROLE": role}


async def pre_spawn_hook(spawner: CentreSpawner) -> None:
    role = accounts.role_of(g.name for g in spawner.user.groups)
    spawner.default_url = accounts.default_url(role)
    if not running_as_root():
        # A personal demo: no system users to make, the notebooks are served where they are.
        spawner.notebook_dir = spawner.workbooks_dir or str(Path.home())
    else:
        entry = await asyncio.to_thread(accounts.ensure_system_user, spawner.system_user)
        spawner.notebook_dir = entry.pw_dir
        if spawner.workbooks_dir:
            accounts.link_workbooks(Path(entry.pw_dir), Path(spawner.workbooks_dir),
                                    entry.pw_uid, entry.pw_gid)
    env = await asyncio.to_thread(_credentials, spawner.user.name, role)
    spawner.environment = {**spawner.environment, **env}
