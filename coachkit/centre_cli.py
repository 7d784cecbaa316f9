"""`coachkit centre ...`: set up a career centre's database and move workbooks in and out.

Nothing here prints a password. A login for someone without the hub is written to a file
only its owner can read (``login-url --to FILE``).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from coachkit import config
from coachkit.domain.errors import InvalidEntry

ADMIN_ENV = "COACHKIT_ADMIN_URL"


def _centre(args: argparse.Namespace):
    from coachkit.centre import Centre

    url = args.admin_url or os.environ.get(ADMIN_ENV)
    if not url:
        raise InvalidEntry(f"Give the centre database's admin address with --admin-url or "
                           f"{ADMIN_ENV} (postgresql+psycopg://...).")
    return Centre(url)


def _run(args: argparse.Namespace) -> int:
    centre = _centre(args)
    try:
        action = args.centre_action
        if action == "init":
            centre.init()
            print("The centre's database is ready: tables, roles, row-level security and the "
                  "coach's views are in place.")
        elif action in ("add-candidate", "add-coach", "add-admin"):
            person = getattr(centre, action.replace("-", "_"))(args.name)
            print(f"Added {person.name} as a {person.kind} (database role {person.role}). "
                  "The hub hands them a password when they log in.")
        elif action == "assign":
            centre.assign(args.coach, args.candidate)
            print(f"{args.coach} now coaches {args.candidate}.")
        elif action == "unassign":
            centre.unassign(args.coach, args.candidate)
            print(f"{args.coach} no longer coaches {args.candidate}.")
        elif action == "list":
            for person in centre.people():
                print(f"{person.kind:10} {person.name}")
            for coach, candidate in centre.assignments():
                print(f"coach      {coach} -> {candidate}")
        elif action == "refresh":
            kept = centre.refresh_across_the_board()
            print(f"Across the board: {kept} question counts kept (each backed by at least 3 "
                  "candidates and 3 organisations).")
        elif action == "login-url":
            target = Path(args.to)
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as out:
                out.write(centre.login_url(args.name) + "\n")
            target.chmod(0o600)
            print(f"Wrote a fresh login for {args.name} to {target} (readable by you only). "
                  "Any earlier login of theirs no longer works.")
        return 0
    finally:
        centre.close()


def _move(args: argparse.Namespace) -> int:
    from coachkit.services.transfer import copy_workbook
    from coachkit.services.workbook import open_workbook

    centre_url = args.db_url or os.environ.get(config.DB_ENV)
    if not centre_url or not centre_url.startswith("postgresql"):
        raise InvalidEntry(f"Give your centre login with --db-url or {config.DB_ENV} "
                           "(postgresql+psycopg://...).")
    file_url = config.url_for_path(args.file)
    if args.centre_action == "import-workbook":
        if not Path(args.file).is_file():
            raise InvalidEntry(f"{args.file} is not a file.")
        source, target = open_workbook(file_url), open_workbook(centre_url, role="candidate")
    else:
        if Path(args.file).exists():
            raise InvalidEntry(f"{args.file} already exists; choose a new file name.")
        source, target = open_workbook(centre_url, role="candidate"), open_workbook(file_url)
    try:
        print(copy_workbook(source, target).describe())
    finally:
        source.close()
        target.close()
    return 0


def add_centre_commands(sub) -> None:
    p = sub.add_parser("centre", help="set up a career centre's shared PostgreSQL database")
    p.add_argument("--admin-url", help=f"the database as its admin (or {ADMIN_ENV})")
    actions = p.add_subparsers(dest="centre_action", required=True)
    actions.add_parser("init", help="create or update tables, roles and security"
                       ).set_defaults(func=_run)
    for kind in ("candidate", "coach", "admin"):
        article = "an" if kind == "admin" else "a"
        a = actions.add_parser(f"add-{kind}",
                               help=f"add {article} {kind} (a database login role)")
        a.add_argument("name", help="their hub user name")
        a.set_defaults(func=_run)
    for verb, text in (("assign", "give a candidate a coach"),
                       ("unassign", "take a coach off a candidate")):
        a = actions.add_parser(verb, help=text)
        a.add_argument("coach")
        a.add_argument("candidate")
        a.set_defaults(func=_run)
    actions.add_parser("list", help="people and coach assignments").set_defaults(func=_run)
    actions.add_parser("refresh", help="recount the questions asked across the centre"
                       ).set_defaults(func=_run)
    a = actions.add_parser("login-url", help="write a fresh login for someone to a private file")
    a.add_argument("name")
    a.add_argument("--to", required=True, help="the file to write (mode 600)")
    a.set_defaults(func=_run)
    for verb, text in (("import-workbook", "copy your SQLite workbook into the centre"),
                       ("export-workbook", "copy your data out of the centre into a new file")):
        a = actions.add_parser(verb, help=text)
        a.add_argument("file", help="the SQLite workbook file")
        a.add_argument("--db-url", help=f"your centre login (or {config.DB_ENV})")
        a.set_defaults(func=_move)
