"""Which workbook a page opens: yours, or the example.

In Voila each page carries the choice in its link (``?workbook=demo``). JupyterLab opens a
notebook without a query string, so there the choice made on the home page is remembered in
the data folder and every notebook opened next uses it, until "Back to my workbook".
Only the name "demo" is ever honoured, never a path.
"""

from __future__ import annotations

import os

from coachkit import config

CHOICE_FILE = "open-workbook.txt"


def in_voila() -> bool:
    """Voila hands every page's query string to its kernel (empty when there is none)."""
    return "QUERY_STRING" in os.environ


def remembered() -> str:
    """'demo' or 'mine': the choice made in JupyterLab (default: your own workbook)."""
    try:
        value = (config.data_dir() / CHOICE_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return "mine"
    return "demo" if value == "demo" else "mine"


def remember(kind: str) -> None:
    """Make `kind` ('demo' or 'mine') the workbook the next JupyterLab notebook opens.
    Voila pages carry the choice in their links instead, so nothing is written there."""
    if in_voila():
        return
    path = config.data_dir() / CHOICE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("demo\n" if kind == "demo" else "mine\n", encoding="utf-8")


def wants_demo() -> bool:
    if in_voila():
        return config.wants_demo(os.environ.get("QUERY_STRING", ""))
    return remembered() == "demo"


def chosen_url() -> str:
    """The URL of the workbook this page should open (writing the example if it is asked for
    and not there yet, so a fresh Binder or a new data folder never shows an empty one)."""
    # Through config.resolve_db_url either way, so whatever else decides the store (the
    # environment, a career centre's server) applies here too.
    if wants_demo():
        from coachkit.services.demo import ensure_demo

        ensure_demo()
        return config.resolve_db_url("workbook=demo")
    return config.resolve_db_url("")
