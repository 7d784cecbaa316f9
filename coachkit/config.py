"""Where the workbook lives: one SQLAlchemy URL, chosen by flag, environment or default."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import parse_qs

import platformdirs

DB_ENV = "COACHKIT_DB_URL"
DATA_ENV = "COACHKIT_DATA_DIR"
CACHE_ENV = "COACHKIT_CACHE_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir("coachkit", False))


def cache_dir() -> Path:
    """Rebuildable files (the question-grouping model); never the user's data."""
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else Path(platformdirs.user_cache_dir("coachkit", False))


def default_db_path() -> Path:
    return data_dir() / "workbook.sqlite"


def demo_db_path() -> Path:
    return data_dir() / "demo-workbook.sqlite"


def url_for_path(path: str | os.PathLike) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def wants_demo(query_string: str | None = None) -> bool:
    """Voila hands the page's query string to the kernel; only the name 'demo' is honoured,
    never a path, so a link cannot point a dashboard at an arbitrary file."""
    query = query_string if query_string is not None else os.environ.get("QUERY_STRING", "")
    return parse_qs(query).get("workbook", [""])[0] == "demo"


def resolve_db_url(query_string: str | None = None) -> str:
    if wants_demo(query_string):
        return url_for_path(demo_db_path())
    return os.environ.get(DB_ENV) or url_for_path(default_db_path())


def requested_candidate(query_string: str | None = None) -> str | None:
    """The candidate a coach's page asks for (``?candidate=NAME``), in a centre only.

    Only a plain user name is taken; whether this coach may see that candidate is decided
    by the centre's database, not here."""
    query = query_string if query_string is not None else os.environ.get("QUERY_STRING", "")
    name = parse_qs(query).get("candidate", [""])[0].strip().lower()
    return name if re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,50}", name) else None
