"""Start JupyterHub with deploy/hub/jupyterhub_config.py, from `coachkit hub`, tests and
benchmarks alike: free local ports, a state folder, people approved in advance."""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from coachkit.domain.errors import CoachkitError
from coachkit.hub import accounts

REPO = Path(__file__).resolve().parents[2]
HUB_DIR = REPO / "deploy" / "hub"
CONFIG = HUB_DIR / "jupyterhub_config.py"
PROXY = HUB_DIR / "node_modules" / ".bin" / "configurable-http-proxy"


def _free_port() -> int:
    from coachkit.voila_process import free_port

    return free_port(20000 + secrets.randbelow(20000))


@dataclass
class RunningHub:
    base: str
    proc: subprocess.Popen
    state: Path
    service_token: str
    prefix: str
    log: Path
    env: dict = field(default_factory=dict, repr=False)

    def api(self, method: str, path: str, body: object | None = None) -> object:
        """Call the hub's REST API as the set-up service (an admin)."""
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(f"{self.base}/hub/api{path}", data=data, method=method,
                                     headers={"Authorization": f"token {self.service_token}",
                                              "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as resp:
            text = resp.read().decode()
        return json.loads(text) if text.strip() else None

    def log_tail(self, n: int = 60) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # the hub stops every server and the proxy
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def check_proxy() -> None:
    if not PROXY.exists():
        raise CoachkitError("The hub's proxy is not installed: run `make hub-deps` (it runs "
                            f"`npm ci` in {HUB_DIR}) and try again.")


def start_hub(state: Path, *, passwords: dict[str, str], admins: list[str] = (),
              groups: dict[str, list[str]] | None = None, admin_url: str | None = None,
              prefix: str = accounts.DEFAULT_PREFIX, ip: str = "127.0.0.1",
              port: int | None = None, cull_seconds: int = 3600,
              timeout: float = 90.0) -> RunningHub:
    check_proxy()
    state = Path(state)
    state.mkdir(parents=True, exist_ok=True)
    os.chmod(state, 0o700)
    accounts.preauthorise(f"sqlite:///{state / 'jupyterhub.sqlite'}", passwords)
    groups_file = state / "groups.json"
    groups = {g: list(users) for g, users in (groups or {}).items()}
    placed = {u for users in groups.values() for u in users} | set(admins)
    groups.setdefault(accounts.GROUP_CANDIDATE, []).extend(
        n for n in passwords if n not in placed)  # the hub knows everyone from the start
    groups_file.write_text(json.dumps(groups))
    port = port or _free_port()
    token = secrets.token_hex(32)
    env = {**os.environ,
           "COACHKIT_HUB_STATE": str(state), "COACHKIT_HUB_IP": ip,
           "COACHKIT_HUB_PORT": str(port),
           "COACHKIT_HUB_INTERNAL_PORT": str(_free_port()),
           "COACHKIT_PROXY_API_PORT": str(_free_port()),
           "COACHKIT_HUB_ADMINS": ",".join(admins),
           "COACHKIT_HUB_GROUPS": str(groups_file),
           "COACHKIT_HUB_USER_PREFIX": prefix,
           "COACHKIT_HUB_CULL_SECONDS": str(cull_seconds),
           "COACHKIT_HUB_SERVICE_TOKEN": token,
           "PYTHONPATH": os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH"))
                                         if p)}
    env.pop("COACHKIT_DB_URL", None)
    env.pop("COACHKIT_ADMIN_URL", None)
    if admin_url:
        env["COACHKIT_ADMIN_URL"] = admin_url
    log = state / "jupyterhub.log"
    with log.open("ab") as out:
        proc = subprocess.Popen([sys.executable, "-m", "jupyterhub", "-f", str(CONFIG)],
                                cwd=state, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    hub = RunningHub(f"http://{ip}:{port}", proc, state, token, prefix, log, env)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise CoachkitError(f"JupyterHub stopped at start (exit {proc.returncode}):\n"
                                + hub.log_tail(30))
        try:
            hub.api("GET", "/")
            return hub
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    hub.stop()
    raise CoachkitError(f"JupyterHub did not answer within {timeout:.0f} s:\n" + hub.log_tail(30))
