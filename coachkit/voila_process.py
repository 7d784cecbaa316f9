"""One way to start, wait for and stop a Voila server: used by `coachkit serve`, the browser
tests and the benchmarks, so all of them run the server the user gets."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from coachkit.domain.errors import CoachkitError

DEFAULT_PORT = 8866
# Closed pages free their kernel at once (coachkit.voila_main); the idle cull is the safety
# net for a browser that died without saying goodbye.
CULL_IDLE_SECONDS = 600


def workbooks_dir() -> Path:
    """The notebooks: beside the package in a checkout, else ./workbooks."""
    here = Path(__file__).resolve().parents[1] / "workbooks"
    return here if here.is_dir() else Path.cwd() / "workbooks"


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
        return True


def free_port(preferred: int = DEFAULT_PORT, host: str = "127.0.0.1") -> int:
    for port in range(preferred, preferred + 50):
        if port_is_free(port, host):
            return port
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def voila_command(root: Path, port: int, token: str, ip: str = "127.0.0.1",
                  cull_idle: int = CULL_IDLE_SECONDS) -> list[str]:
    return [
        sys.executable, "-m", "coachkit.voila_main", str(root), "--no-browser",
        "--template=coachkit",  # Voila's lab template, icons served locally (voila_template)
        f"--port={port}", f"--Voila.ip={ip}", "--Voila.port_retries=0",
        # Standalone Voila reads only --token (not ServerApp.token or JUPYTER_TOKEN).
        f"--token={token}",
        f"--MappingKernelManager.cull_idle_timeout={cull_idle}",
        "--MappingKernelManager.cull_interval=60",
        "--MappingKernelManager.cull_connected=False",
        "--VoilaConfiguration.show_tracebacks=False",
    ]


def wait_until_answers(url: str, proc: subprocess.Popen, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise CoachkitError(f"The dashboard server stopped at start (exit {proc.returncode}).")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answered, even if with an error page
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise CoachkitError(f"The dashboard server did not answer within {timeout:.0f} s.")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class VoilaServer:
    """A Voila process serving ``root`` on 127.0.0.1 (or ``ip``), its output in ``log``.

    ``start()`` returns once the server answers (or raises CoachkitError); ``stop()`` ends it.
    Also a context manager.
    """

    def __init__(self, root: Path, token: str, env: dict, log: Path, *,
                 ip: str = "127.0.0.1", port: int | None = None,
                 preferred_port: int = DEFAULT_PORT, command: list[str] | None = None):
        self.root, self.token, self.env, self.log, self.ip = root, token, env, log, ip
        self.port = port if port is not None else free_port(preferred_port, ip)
        self.command = command or voila_command(root, self.port, token, ip)
        self.proc: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        host = f"[{self.ip}]" if ":" in self.ip else self.ip
        return f"http://{host}:{self.port}"

    def launch(self) -> VoilaServer:
        """Start the process without waiting for it to answer."""
        from coachkit.serve_logs import private_log

        with private_log(self.log) as out:  # mode 600; the token is redacted by voila_main
            self.proc = subprocess.Popen(self.command, env=self.env, stdout=out,
                                         stderr=subprocess.STDOUT)
        return self

    def wait(self, timeout: float = 90.0) -> VoilaServer:
        wait_until_answers(f"{self.base}/?token={self.token}", self.proc, timeout)
        return self

    def start(self, timeout: float = 90.0) -> VoilaServer:
        return self.launch().wait(timeout)

    def stop(self) -> None:
        if self.proc is not None:
            stop(self.proc)

    def render_url(self, notebook: str, host: str | None = None) -> str:
        base = f"http://{host}:{self.port}" if host else self.base
        return f"{base}/voila/render/{notebook}?token={self.token}"

    def kernels(self) -> list[dict]:
        """The kernels running now (``GET /api/kernels``, which coachkit.voila_main adds)."""
        with urllib.request.urlopen(f"{self.base}/api/kernels?token={self.token}",
                                    timeout=10) as resp:
            return json.load(resp)

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    def __enter__(self) -> VoilaServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
