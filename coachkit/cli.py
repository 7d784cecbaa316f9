"""`coachkit serve | demo | lab | export | open-bundle | export-review | import-review | report`:
the command line a candidate or coach types."""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import socket
import subprocess
import sys
import time

from coachkit import config
from coachkit.domain.errors import CoachkitError
from coachkit.voila_process import (  # noqa: F401 - the names tests and scripts import
    CULL_IDLE_SECONDS,
    DEFAULT_PORT,
    VoilaServer,
    free_port,
    port_is_free,
    voila_command,
    wait_until_answers,
    workbooks_dir,
)
from coachkit.voila_process import stop as _stop  # noqa: F401

HOME_NOTEBOOK = "00_start_here.ipynb"
COACH_NOTEBOOK = "04_coach_review.ipynb"


def _check_workbook(url: str) -> str:
    from coachkit.services.workbook import open_workbook

    wb = open_workbook(url)
    try:
        return wb.location
    finally:
        wb.close()


def _workbook_url(args: argparse.Namespace) -> str:
    return config.url_for_path(args.db) if args.db else config.resolve_db_url("")


def lan_address() -> str | None:
    """This computer's address on its network (no packet is sent), to suggest for --ip."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # TEST-NET-1: routing lookup only
            return sock.getsockname()[0]
        except OSError:
            return None


def coach_server_command(url: str, ip: str, port: int, token: str) -> tuple[list[str], dict]:
    """The coach's Voila: only the coach dashboard, role 'coach' set by the server."""
    env = {**os.environ, config.DB_ENV: url, "COACHKIT_ROLE": "coach"}
    env.pop("QUERY_STRING", None)
    return voila_command(workbooks_dir() / COACH_NOTEBOOK, port, token, ip), env


def share_address(args: argparse.Namespace) -> str:
    if args.ip in ("127.0.0.1", "localhost", "::1") and not args.ip_given:
        hint = lan_address()
        raise CoachkitError(
            "Say which address the coach will reach this computer on, for example "
            f"`coachkit serve --share --ip {hint or '192.168.1.20'}`"
            + (f" ({hint} is this computer's address on its network)" if hint else "")
            + ". Use --ip 127.0.0.1 if the coach sits at this computer or comes in through "
            "an SSH tunnel or VPN. coachkit never listens on every address unless you "
            "give --ip 0.0.0.0 yourself.")
    return args.ip


def serve(args: argparse.Namespace) -> int:
    if getattr(args, "share", False):
        return serve_shared(args)
    if args.demo:
        url = config.url_for_path(args.db or config.demo_db_path())
    else:
        url = config.url_for_path(args.db) if args.db else config.resolve_db_url("")
    token = args.token or os.environ.get("COACHKIT_TOKEN") or secrets.token_urlsafe(24)
    log_path = config.data_dir() / "voila.log"
    server = VoilaServer(workbooks_dir(), token, {**os.environ, config.DB_ENV: url}, log_path,
                         ip=args.ip, preferred_port=args.port)
    # Voila starts first: it needs the workbook only when a page opens, so checking (or
    # writing the example) runs while the server boots instead of before it.
    server.launch()
    host = "localhost" if args.ip in ("127.0.0.1", "localhost") else args.ip
    try:
        if args.demo:
            from coachkit.services.demo import write_demo

            write_demo(args.db or None)
        location = _check_workbook(url)
        server.wait()
        print(f"coachkit is serving the workbook {location}", flush=True)
        print(f"Open this link in your browser:\n\n    {server.render_url(HOME_NOTEBOOK, host)}\n",
              flush=True)
        print(f"(Server log: {log_path}. Press Ctrl-C to stop.)", flush=True)
        return server.proc.wait()
    except KeyboardInterrupt:
        print("\nStopping coachkit…", flush=True)
        return 0
    finally:
        server.stop()


def serve_shared(args: argparse.Namespace) -> int:
    """The candidate's dashboards on 127.0.0.1 plus the coach's view on the named address."""
    coach_ip = share_address(args)
    if args.demo:
        from coachkit.services.demo import write_demo

        url = config.url_for_path(write_demo(args.db or None))
    else:
        url = _workbook_url(args)
    location = _check_workbook(url)
    token = args.token or os.environ.get("COACHKIT_TOKEN") or secrets.token_urlsafe(24)
    coach_token = secrets.token_urlsafe(32)  # a fresh one every time, never the candidate's
    log_path = config.data_dir() / "voila.log"
    coach_log_path = config.data_dir() / "voila-coach.log"
    candidate = VoilaServer(workbooks_dir(), token, {**os.environ, config.DB_ENV: url},
                            log_path, preferred_port=args.port)
    coach_port = free_port(candidate.port + 1, coach_ip)
    coach_cmd, coach_env = coach_server_command(url, coach_ip, coach_port, coach_token)
    coach = VoilaServer(workbooks_dir() / COACH_NOTEBOOK, coach_token, coach_env,
                        coach_log_path, ip=coach_ip, port=coach_port, command=coach_cmd)
    servers = [candidate, coach]
    try:
        for server in servers:
            server.launch()
        for server in servers:
            server.wait()
        print(f"coachkit is serving the workbook {location}", flush=True)
        print("Your link (this computer only):\n\n    "
              f"{candidate.render_url(HOME_NOTEBOOK, 'localhost')}\n", flush=True)
        print("Send this link to your coach privately (it is their key; anyone with it can "
              "read what you shared and add comments):\n\n    "
              f"{coach.base}/?token={coach_token}\n", flush=True)
        print("The coach sees only interviews you marked as shared, and can add ratings, "
              "comments and practice suggestions but change nothing you wrote.", flush=True)
        print(f"(Logs: {log_path}, {coach_log_path}. Press Ctrl-C to stop both.)", flush=True)
        while all(s.proc.poll() is None for s in servers):
            time.sleep(0.5)
        return 0
    except KeyboardInterrupt:
        print("\nStopping coachkit…", flush=True)
        return 0
    finally:
        for server in servers:
            server.stop()


def export_for_coach(args: argparse.Namespace) -> int:
    from coachkit.services import sharing
    from coachkit.services.workbook import open_workbook

    wb = open_workbook(_workbook_url(args))
    try:
        parts = args.only.split(",") if args.only else sharing.PARTS
        path, bundle = sharing.export_bundle(wb, args.for_coach, parts=parts,
                                             redact=args.redact)
    finally:
        wb.close()
    print(f"Wrote the bundle for your coach to {path}: {len(bundle['interviews'])} shared "
          f"interviews, {len(bundle['questions'])} questions, {len(bundle['answers'])} "
          f"answers{', names replaced by aliases' if args.redact else ''}.")
    print("Send it privately. When the coach sends a review back: coachkit import-review FILE")
    return 0


def open_bundle(args: argparse.Namespace) -> int:
    from coachkit.services import sharing

    target = sharing.open_bundle(args.file, args.db)
    print(f"Opened the bundle as your coach's copy: {target}")
    print(f"Review it with:  coachkit serve --db {target}")
    print("Then send the review back:  coachkit export-review REVIEW.json.gz "
          f"--db {target} --name 'Your name'")
    return 0


def export_review(args: argparse.Namespace) -> int:
    from coachkit.services import sharing
    from coachkit.services.workbook import open_workbook

    wb = open_workbook(_workbook_url(args))
    try:
        path, review = sharing.export_review(wb, args.file, args.name or "")
    finally:
        wb.close()
    print(f"Wrote your review to {path}: {len(review['ratings'])} ratings, "
          f"{len(review['comments'])} comments, {len(review['presentation'])} presentation "
          f"ratings, {len(review['practice'])} practice suggestions.")
    return 0


def import_review(args: argparse.Namespace) -> int:
    from coachkit.services import sharing
    from coachkit.services.workbook import open_workbook

    wb = open_workbook(_workbook_url(args))
    try:
        print(sharing.import_review(wb, args.file))
    finally:
        wb.close()
    return 0


def report(args: argparse.Namespace) -> int:
    from coachkit.services import report as session_report
    from coachkit.services.workbook import open_workbook

    wb = open_workbook(_workbook_url(args))
    try:
        written = session_report.write_report(wb, args.out, pdf=not args.no_pdf,
                                              candidate=args.candidate, coach_name=args.coach)
    finally:
        wb.close()
    print(f"Wrote the session report to {written.html}")
    if written.pdf:
        print(f"and a PDF copy to {written.pdf}")
    elif written.note:
        print(f"({written.note})")
    return 0


def hub(args: argparse.Namespace) -> int:
    from coachkit.hub import demo_centre

    demo_centre.check()
    return demo_centre.run(port=args.port, ip=args.ip, state=args.state)


def demo(args: argparse.Namespace) -> int:
    from coachkit.services.demo import write_demo

    path = write_demo(args.db or None)
    print(f"Example workbook written to {path}")
    return 0


def lab_command(args: argparse.Namespace, extra: list[str] | None = None) -> list[str]:
    """`jupyter lab` on the workbooks, with the options given passed through. Root (a
    container, a CI box) needs --allow-root; coachkit adds it only when running as root."""
    folder = workbooks_dir()
    cmd = [sys.executable, "-m", "jupyter", "lab", f"--ServerApp.root_dir={folder}",
           f"--ServerApp.ip={args.ip}"]
    if args.port is not None:
        cmd += [f"--ServerApp.port={args.port}"]
    if args.no_browser:
        cmd += ["--no-browser"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd += ["--allow-root"]
    return cmd + list(extra or [])


def lab(args: argparse.Namespace, extra: list[str] | None = None) -> int:
    url = config.url_for_path(args.db) if args.db else config.resolve_db_url("")
    _check_workbook(url)
    env = {**os.environ, config.DB_ENV: url}
    proc = subprocess.Popen(lab_command(args, extra), env=env)
    try:
        return proc.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        _stop(proc)  # SIGTERM: JupyterLab shuts its kernels down before it exits


class _IpAction(argparse.Action):
    """Remembers that --ip was given, so --share can insist on an address named by the user."""

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)
        namespace.ip_given = True


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="coachkit", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("serve", help="serve the dashboards with Voila on this machine")
    p.add_argument("--db", help="workbook file (default: your workbook in the user data folder)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="first port to try (8866)")
    p.add_argument("--ip", default="127.0.0.1", action=_IpAction,
                   help="address to listen on (127.0.0.1); with --share, the address the "
                        "coach's view listens on (required)")
    p.add_argument("--token", help="access token (default: a fresh random one)")
    p.add_argument("--demo", action="store_true", help="write and serve the example workbook")
    p.add_argument("--share", action="store_true",
                   help="also serve the coach's view, with its own fresh token")
    p.set_defaults(func=serve, ip_given=False)
    p = sub.add_parser("export", help="write a bundle file for your coach")
    p.add_argument("--for-coach", required=True, metavar="FILE", help="the bundle to write")
    p.add_argument("--redact", action="store_true",
                   help="replace organisation and interviewer names with aliases")
    p.add_argument("--only", help="comma-separated parts: interviews,questions,answers,ratings")
    p.add_argument("--db", help="workbook file")
    p.set_defaults(func=export_for_coach)
    p = sub.add_parser("open-bundle", help="(coach) open a candidate's bundle as a new file")
    p.add_argument("file", help="the bundle the candidate sent")
    p.add_argument("--db", required=True, help="the new workbook file for your copy")
    p.set_defaults(func=open_bundle)
    p = sub.add_parser("export-review", help="(coach) write your review for the candidate")
    p.add_argument("file", help="the review file to write")
    p.add_argument("--db", help="your copy of the candidate's bundle")
    p.add_argument("--name", help="your name, shown beside your ratings and comments")
    p.set_defaults(func=export_review)
    p = sub.add_parser("import-review", help="merge your coach's review into your workbook")
    p.add_argument("file", help="the review file the coach sent")
    p.add_argument("--db", help="workbook file")
    p.set_defaults(func=import_review)
    p = sub.add_parser("report", help="write a session report (HTML, and PDF with Chromium)")
    p.add_argument("--out", help="the HTML file to write (default: in your data folder)")
    p.add_argument("--db", help="workbook file")
    p.add_argument("--no-pdf", action="store_true", help="skip the PDF copy")
    p.add_argument("--candidate", help="the candidate's name (default: the one in the workbook)")
    p.add_argument("--coach", help="the coach's name (default: those in the workbook)")
    p.set_defaults(func=report)
    p = sub.add_parser("demo", help="write the example workbook to its own file")
    p.add_argument("--db", help="where to write it (default: demo-workbook.sqlite)")
    p.set_defaults(func=demo)
    p = sub.add_parser("hub", help="a demo career centre: PostgreSQL + JupyterHub, one command")
    p.add_argument("--port", type=int, default=8000, help="first port to try (8000)")
    p.add_argument("--ip", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    p.add_argument("--state", help="keep the centre in this folder (default: removed at exit)")
    p.set_defaults(func=hub)
    p = sub.add_parser("lab", help="open the workbooks in JupyterLab (other options are "
                       "passed on to jupyter lab)")
    p.add_argument("--db", help="workbook file")
    p.add_argument("--port", type=int, help="port for JupyterLab (default: its own, 8888)")
    p.add_argument("--ip", default="127.0.0.1",
                   help="address to listen on (127.0.0.1: this computer only)")
    p.add_argument("--no-browser", action="store_true", help="do not open a browser")
    p.set_defaults(func=lab)
    from coachkit.centre_cli import add_centre_commands

    add_centre_commands(sub)
    return parser


def _stop_on_signal(signum, _frame) -> None:
    # SIGTERM (a service manager, `kill`) or SIGHUP (the terminal closed) stop coachkit the
    # way Ctrl-C does, so the Voila servers it started are stopped too, never left behind.
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "lab":
        parser.error(f"unrecognised arguments: {' '.join(extra)}")
    if args.command in ("serve", "lab", "hub"):
        for sig in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, _stop_on_signal)
        # Ctrl-C stops coachkit even when it was started from a script or `nohup ... &`,
        # which hand their children SIGINT already ignored (Python then leaves it ignored)
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return args.func(args, extra) if args.command == "lab" else args.func(args)
    except CoachkitError as exc:
        print(f"coachkit: {exc.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
