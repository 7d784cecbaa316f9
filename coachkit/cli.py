"""`coachkit serve | demo | lab`: the command line a candidate or coach types."""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from coachkit import config
from coachkit.domain.errors import CoachkitError

HOME_NOTEBOOK = "00_start_here.ipynb"
DEFAULT_PORT = 8866
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
        f"--port={port}", f"--Voila.ip={ip}", "--Voila.port_retries=0",
        # Standalone Voila reads only --token (not ServerApp.token or JUPYTER_TOKEN).
        f"--token={token}",
        # Voila leaves a kernel behind every closed page (voila#1458): cull idle ones.
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


def _check_workbook(url: str) -> str:
    from coachkit.services.workbook import open_workbook

    wb = open_workbook(url)
    try:
        return wb.location
    finally:
        wb.close()


def serve(args: argparse.Namespace) -> int:
    if args.demo:
        url = config.url_for_path(args.db or config.demo_db_path())
    else:
        url = config.url_for_path(args.db) if args.db else config.resolve_db_url("")
    token = args.token or os.environ.get("COACHKIT_TOKEN") or secrets.token_urlsafe(24)
    port = free_port(args.port, args.ip)
    env = {**os.environ, config.DB_ENV: url}
    log_path = config.data_dir() / "voila.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    # Voila starts first: it needs the workbook only when a page opens, so checking (or
    # writing the example) runs while the server boots instead of before it.
    with log_path.open("ab") as log:
        proc = subprocess.Popen(voila_command(workbooks_dir(), port, token, args.ip),
                                env=env, stdout=log, stderr=subprocess.STDOUT)
    host = "localhost" if args.ip in ("127.0.0.1", "localhost") else args.ip
    link = f"http://{host}:{port}/voila/render/{HOME_NOTEBOOK}?token={token}"
    try:
        if args.demo:
            from coachkit.services.demo import write_demo

            write_demo(args.db or None)
        location = _check_workbook(url)
        wait_until_answers(f"http://{args.ip}:{port}/?token={token}", proc)
        print(f"coachkit is serving the workbook {location}", flush=True)
        print(f"Open this link in your browser:\n\n    {link}\n", flush=True)
        print(f"(Server log: {log_path}. Press Ctrl-C to stop.)", flush=True)
        return proc.wait()
    except KeyboardInterrupt:
        print("\nStopping coachkit…", flush=True)
        return 0
    finally:
        _stop(proc)


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def demo(args: argparse.Namespace) -> int:
    from coachkit.services.demo import write_demo

    path = write_demo(args.db or None)
    print(f"Example workbook written to {path}")
    return 0


def lab(args: argparse.Namespace) -> int:
    url = config.url_for_path(args.db) if args.db else config.resolve_db_url("")
    _check_workbook(url)
    env = {**os.environ, config.DB_ENV: url}
    cmd = [sys.executable, "-m", "jupyter", "lab", str(workbooks_dir()),
           "--ServerApp.ip=127.0.0.1", f"--ServerApp.root_dir={workbooks_dir()}"]
    try:
        return subprocess.call(cmd, env=env)
    except KeyboardInterrupt:
        return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="coachkit", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("serve", help="serve the dashboards with Voila on this machine")
    p.add_argument("--db", help="workbook file (default: your workbook in the user data folder)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="first port to try (8866)")
    p.add_argument("--ip", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    p.add_argument("--token", help="access token (default: a fresh random one)")
    p.add_argument("--demo", action="store_true", help="write and serve the example workbook")
    p.set_defaults(func=serve)
    p = sub.add_parser("demo", help="write the example workbook to its own file")
    p.add_argument("--db", help="where to write it (default: demo-workbook.sqlite)")
    p.set_defaults(func=demo)
    p = sub.add_parser("lab", help="open the workbooks in JupyterLab")
    p.add_argument("--db", help="workbook file")
    p.set_defaults(func=lab)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CoachkitError as exc:
        print(f"coachkit: {exc.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
