"""A private PostgreSQL cluster in a folder: `coachkit hub` runs its demo centre on one.

initdb in the folder, password authentication only (scram-sha-256, also over the socket),
the socket in the folder itself (mode 0700), a free port on 127.0.0.1. PostgreSQL refuses to
run as root, so when coachkit runs as root the cluster runs as the `postgres` system user.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from coachkit.domain.errors import CoachkitError

SUPERUSER = "ck_super"


def pg_bin(name: str) -> str:
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.access(os.path.join(folder, name), os.X_OK):
            return os.path.join(folder, name)
    found = shutil.which(name)
    if found:
        return found
    raise CoachkitError("PostgreSQL is not installed: run `apt-get install postgresql` "
                        "(Debian/Ubuntu) and try again.")


@dataclass
class Cluster:
    folder: Path
    port: int
    password: str
    proc: subprocess.Popen

    def url(self, dbname: str = "postgres", user: str = SUPERUSER,
            password: str | None = None) -> str:
        secret = self.password if password is None else password
        return (f"postgresql+psycopg://{quote(user, safe='')}:{quote(secret, safe='')}"
                f"@127.0.0.1:{self.port}/{quote(dbname, safe='')}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM: PostgreSQL's "smart" shutdown
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _as_owner(owner: pwd.struct_passwd | None):
    if owner is None:
        return None

    def drop() -> None:
        os.setgid(owner.pw_gid)
        os.setgroups([])
        os.setuid(owner.pw_uid)

    return drop


def start_cluster(folder: Path, port: int, timeout: float = 60.0,
                  durable: bool = True) -> Cluster:
    """Create and start a cluster; ``durable=False`` (tests, benchmarks) skips fsync."""
    folder = Path(folder)
    data = folder / "pgdata"
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    owner = pwd.getpwnam("postgres") if os.geteuid() == 0 else None
    if owner is not None:
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    password = secrets.token_urlsafe(24)
    pwfile = folder / "pw"
    pwfile.write_text(password)
    os.chmod(pwfile, 0o600)
    if owner is not None:
        os.chown(pwfile, owner.pw_uid, owner.pw_gid)
    preexec = _as_owner(owner)
    try:
        subprocess.run([pg_bin("initdb"), "-D", str(data), "-U", SUPERUSER,
                        f"--pwfile={pwfile}", "--auth=scram-sha-256", "-E", "UTF8",
                        "--locale=C.UTF-8", "--no-instructions"],
                       check=True, capture_output=True, preexec_fn=preexec, cwd=folder)
    except subprocess.CalledProcessError as exc:
        raise CoachkitError("PostgreSQL could not create its folder: "
                            + exc.stderr.decode(errors="replace")[-400:]) from exc
    finally:
        pwfile.unlink()
    log = (folder / "postgres.log").open("ab")
    proc = subprocess.Popen(
        [pg_bin("postgres"), "-D", str(data), "-p", str(port), "-h", "127.0.0.1",
         "-k", str(folder), "-c", "max_connections=200",
         *([] if durable else ["-c", "fsync=off"])],
        stdout=log, stderr=subprocess.STDOUT, preexec_fn=preexec, cwd=folder)
    log.close()
    cluster = Cluster(folder, port, password, proc)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise CoachkitError("PostgreSQL stopped at start; see " + str(folder / "postgres.log"))
        ready = subprocess.run([pg_bin("pg_isready"), "-h", "127.0.0.1", "-p", str(port)],
                               capture_output=True)
        if ready.returncode == 0:
            return cluster
        time.sleep(0.2)
    cluster.stop()
    raise CoachkitError(f"PostgreSQL did not answer within {timeout:.0f} s.")
