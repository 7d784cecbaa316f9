"""A private PostgreSQL server in a folder: what the tests and `coachkit hub` start.

It is Debian's PostgreSQL (package ``postgresql``), initdb'd into a folder of ours, listening
on 127.0.0.1 on a free port with password (SCRAM) authentication only, so every role must
prove who it is. PostgreSQL refuses to run as root; when we are root the server runs as the
``postgres`` system user the Debian package creates, and the folder is handed to it.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "ck_super"
DEFAULT_DB = "coachkit"


class NoPostgres(RuntimeError):
    pass


def find_bindir() -> Path:
    """The folder holding initdb and pg_ctl (Debian keeps them out of PATH)."""
    override = os.environ.get("COACHKIT_PG_BINDIR")
    candidates = [override] if override else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    found = shutil.which("initdb")
    if found:
        candidates.append(str(Path(found).resolve().parent))
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    raise NoPostgres("PostgreSQL's server programs were not found. Install them with "
                     "`apt-get install -y postgresql` (.ci/run and `make hub` do this).")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _runner() -> tuple[list[str], int | None, int | None]:
    """Command prefix, uid and gid to run the server with (not root)."""
    if os.geteuid() != 0:
        return [], None, None
    entry = pwd.getpwnam("postgres")
    return ["runuser", "-u", "postgres", "--"], entry.pw_uid, entry.pw_gid


@dataclass
class Cluster:
    root: Path
    port: int
    password: str
    bindir: Path
    prefix: list[str]

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    def url(self, user: str = SUPERUSER, password: str | None = None,
            db: str = DEFAULT_DB) -> str:
        secret = self.password if password is None and user == SUPERUSER else password or ""
        return (f"postgresql+psycopg://{quote(user, safe='')}:{quote(secret, safe='')}"
                f"@127.0.0.1:{self.port}/{db}")

    def psycopg_dsn(self, user: str = SUPERUSER, password: str | None = None,
                    db: str = DEFAULT_DB) -> str:
        return self.url(user, password, db).replace("postgresql+psycopg://", "postgresql://")

    def create_database(self, name: str, template: str | None = None) -> str:
        import psycopg

        with psycopg.connect(self.psycopg_dsn(db="postgres"), autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                                  (name,)).fetchone()
            if not exists:
                copy = f' TEMPLATE "{template}"' if template else ""
                conn.execute(f'CREATE DATABASE "{name}"{copy}')
        return self.url(db=name)

    def stop(self, mode: str = "fast") -> None:
        subprocess.run([*self.prefix, str(self.bindir / "pg_ctl"), "-D", str(self.datadir),
                        "-m", mode, "-w", "stop"], capture_output=True, check=False)

    def restart(self) -> None:
        """Stop and start again on the same port (tests: connections dropped mid-use)."""
        options = (self.root / "options").read_text()
        self.stop()
        subprocess.run([*self.prefix, str(self.bindir / "pg_ctl"), "-D", str(self.datadir),
                        "-o", options, "-l", str(self.root / "server.log"), "-w", "start"],
                       capture_output=True, check=True)

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster(root: Path | str | None = None, port: int | None = None,
                  durable: bool = True) -> Cluster:
    """initdb a new cluster in ``root`` (or reuse one there) and start it on 127.0.0.1.

    Without ``root``, a new folder under the system's temporary folder (one the ``postgres``
    user can reach when we run as root). ``durable=False`` (tests only) skips fsync."""
    bindir = find_bindir()
    prefix, uid, gid = _runner()
    root = Path(root) if root is not None else Path(tempfile.mkdtemp(prefix="coachkit-pg-"))
    root.mkdir(parents=True, exist_ok=True)
    secret_file = root / "superuser.secret"
    datadir = root / "data"
    if uid is not None:
        os.chown(root, uid, gid)
    if not (datadir / "PG_VERSION").exists():
        password = secrets.token_urlsafe(24)
        secret_file.write_text(password)
        secret_file.chmod(0o600)
        if uid is not None:
            os.chown(secret_file, uid, gid)
        made = subprocess.run([*prefix, str(bindir / "initdb"), "-D", str(datadir),
                               "-U", SUPERUSER, "--pwfile", str(secret_file),
                               "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"],
                              capture_output=True, text=True)
        if made.returncode != 0:
            raise NoPostgres(f"initdb failed in {root} (the server's user must be able to "
                             f"reach that folder): {made.stderr.strip()[-1500:]}")
    password = secret_file.read_text().strip()
    port = port or free_port()
    sockets = root / "sockets"
    sockets.mkdir(exist_ok=True)
    if uid is not None:
        os.chown(sockets, uid, gid)
    sockets.chmod(0o700)
    options = (f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={sockets} "
               "-c max_connections=200 -c log_min_messages=warning")
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    (root / "options").write_text(options)
    log = root / "server.log"
    result = subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(datadir), "-o", options,
                             "-l", str(log), "-w", "-t", "60", "start"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        raise NoPostgres(f"PostgreSQL did not start: {result.stderr.strip()}\n{tail}")
    cluster = Cluster(root, port, password, bindir, prefix)
    _wait_ready(cluster)
    cluster.create_database(DEFAULT_DB)
    return cluster


def _wait_ready(cluster: Cluster, timeout: float = 30.0) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            with psycopg.connect(cluster.psycopg_dsn(db="postgres"), connect_timeout=3):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
