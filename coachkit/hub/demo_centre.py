"""`coachkit hub`: a whole demo career centre on 127.0.0.1 in one command.

PostgreSQL in a private folder on a free port, the centre's schema and people in it, then
JupyterHub with its proxy. Five people are approved in advance with fresh passwords printed
once: three candidates (each starting with a copy of the example workbook, so *Across the
board* has something to count), a coach assigned to the first, and a centre admin. Ctrl-C
stops it all and, unless --state was given, removes every trace (folder, cluster, demo
system users).
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import tempfile
import time
from pathlib import Path

from coachkit.domain.errors import CoachkitError
from coachkit.hub import accounts

DEMO_PREFIX = "ckdemo-"
CANDIDATES = ("ana", "ben", "cai")
COACH = "cora"
ADMIN = "ada"


def _password() -> str:
    return "-".join(secrets.token_urlsafe(4) for _ in range(3))


def build_centre(admin_url: str, coach_of: dict[str, list[str]], candidates: list[str],
                 admins: list[str]) -> None:
    """Create the schema, one database role per person, and the coach assignments."""
    from coachkit.centre import Centre

    centre = Centre(admin_url)
    centre.init()
    known = {p.name for p in centre.people()}
    for name in candidates:
        if name not in known:
            centre.add_candidate(name)
    for name in coach_of:
        if name not in known:
            centre.add_coach(name)
    for name in admins:
        if name not in known:
            centre.add_admin(name)
    for coach, assigned in coach_of.items():
        for candidate in assigned:
            centre.assign(coach, candidate)


def fill_with_examples(admin_url: str, candidates: list[str], folder: Path) -> None:
    """Give each candidate a copy of the example workbook, then count across the board."""
    from coachkit import config
    from coachkit.centre import Centre
    from coachkit.hub.refresh_board import refresh_once
    from coachkit.services.demo import write_demo
    from coachkit.services.transfer import TransferRefused, copy_workbook
    from coachkit.services.workbook import open_workbook

    example = write_demo(folder / "example.sqlite")
    centre = Centre(admin_url)
    try:
        for name in candidates:
            source = open_workbook(config.url_for_path(example))
            target = open_workbook(centre.login_url(name), role="candidate")
            try:
                copy_workbook(source, target)
            except TransferRefused:
                pass  # --state: they have their workbook from an earlier run
            finally:
                source.close()
                target.close()
    finally:
        centre.close()
    refresh_once(admin_url)


def run(port: int = 8000, ip: str = "127.0.0.1", state: str | None = None) -> int:
    from coachkit.hub.launch import start_hub
    from coachkit.storage.pgserver import NoPostgres, start_cluster
    from coachkit.voila_process import free_port

    if os.geteuid() != 0:
        print("coachkit hub: not running as root, so every person's server runs as you. "
              "Fine for a look around on your own computer; a centre runs the hub as root "
              "(docs/centre.md).", flush=True)
    keep = state is not None
    folder = Path(state) if keep else Path(tempfile.mkdtemp(prefix="coachkit-centre-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o711)  # the cluster's own folder inside is private to PostgreSQL
    passwords = {name: _password() for name in (*CANDIDATES, COACH, ADMIN)}
    cluster = hub = None
    try:
        try:
            cluster = start_cluster(folder / "postgres")
        except NoPostgres as exc:
            raise CoachkitError(str(exc)) from exc
        admin_url = cluster.url()
        build_centre(admin_url, {COACH: [CANDIDATES[0]]}, list(CANDIDATES), [ADMIN])
        fill_with_examples(admin_url, list(CANDIDATES), folder)
        hub = start_hub(folder / "hub", passwords=passwords, admins=[ADMIN],
                        groups={accounts.GROUP_COACH: [COACH]}, admin_url=admin_url,
                        prefix=DEMO_PREFIX, ip=ip, port=free_port(port, ip))
        print(f"\nThe demo career centre is running at {hub.base}/hub/login\n", flush=True)
        print("Log in as (passwords made for this run only):", flush=True)
        roles = {COACH: f"coach of {CANDIDATES[0]}", ADMIN: "centre admin"}
        for name, password in passwords.items():
            print(f"    {name:6} {password:20} {roles.get(name, 'candidate')}", flush=True)
        print(f"\n(Hub log: {hub.log}. Press Ctrl-C to stop everything.)", flush=True)
        while hub.proc.poll() is None:
            time.sleep(0.5)
        return 1
    except KeyboardInterrupt:
        print("\nStopping the demo centre…", flush=True)
        return 0
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not skip clean-up
        if hub is not None:
            hub.stop()
        if cluster is not None:
            cluster.stop()  # kept with --state: `coachkit hub --state DIR` starts it again
        if os.geteuid() == 0:
            accounts.remove_system_users(DEMO_PREFIX)
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


def check() -> None:
    try:
        import jupyterhub  # noqa: F401
        import nativeauthenticator  # noqa: F401
    except ImportError as exc:
        raise CoachkitError("The centre's packages are not installed: run "
                            "`pip install -e '.[centre]'` (or `make hub`).") from exc
