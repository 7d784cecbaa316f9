"""Pieces every view uses: escaped HTML, the stylesheet, a status line, the ready mark."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from functools import cache, wraps
from importlib import resources

import ipywidgets as widgets

from coachkit.domain.errors import CoachkitError

log = logging.getLogger("coachkit.ui")


def esc(value: object) -> str:
    """User text is data: escape it before it goes anywhere near HTML."""
    return html.escape("" if value is None else str(value), quote=True)


def show_date(day, empty: str = "no date") -> str:
    """Every date a person reads, in one form: "3 Mar 2026" (``empty`` when there is none).
    Date inputs keep the browser's own picker; this is for dates shown as text."""
    if not day:
        return empty
    return f"{day.day} {day:%b %Y}"


def show_moment(when, empty: str = "never") -> str:
    """A date with a time, as "3 Mar 2026, 14:05"."""
    if not when:
        return empty
    return f"{show_date(when)}, {when:%H:%M}"


@cache
def _css() -> str:
    """style.css, then each page's own sheet in ui/css/ (alphabetical)."""
    ui = resources.files("coachkit.ui")
    parts = [ui.joinpath("style.css").read_text(encoding="utf-8")]
    pages = ui.joinpath("css")
    if pages.is_dir():
        parts += [f.read_text(encoding="utf-8") for f in sorted(pages.iterdir(), key=str)
                  if f.name.endswith(".css")]
    return "\n".join(parts)


def stylesheet() -> widgets.HTML:
    return widgets.HTML(f"<style>{_css()}</style>")


class StatusLine(widgets.HTML):
    """Where a view says "saved" or explains what went wrong, never with a traceback."""

    def __init__(self) -> None:
        super().__init__(value="")
        self.add_class("ck-status")

    def ok(self, message: str) -> None:
        self.value = f'<span class="ck-status-ok">{esc(message)}</span>'

    def error(self, message: str) -> None:
        self.value = f'<span class="ck-status-error">{esc(message)}</span>'

    def warn(self, message: str) -> None:
        """Done, but the user should know something (e.g. saved, yet far too long)."""
        self.value = f'<span class="ck-status-warn">{esc(message)}</span>'


def reports_to(status: StatusLine) -> Callable:
    """Wrap a widget callback so every failure shows in the status line (and the log)."""

    def decorate(handler: Callable) -> Callable:
        @wraps(handler)
        def run(*args, **kwargs):
            try:
                return handler(*args, **kwargs)
            except CoachkitError as exc:
                status.error(exc.message)
            except Exception:  # noqa: BLE001 - a dashboard must never show a traceback
                log.exception("unexpected error in %s", handler.__name__)
                status.error("Something went wrong and nothing was changed. "
                             "The details are in the server log.")
        return run

    return decorate


def error_panel(message: str) -> widgets.HTML:
    panel = widgets.HTML(f'<div class="ck-error">{esc(message)}</div>')
    panel.add_class("ck-error-panel")
    return panel


def root(children: list[widgets.Widget], name: str) -> widgets.VBox:
    """The outermost box of a dashboard; ``ck-ready`` tells tests and benchmarks it is built."""
    box = widgets.VBox([stylesheet(), *children])
    box.add_class("ck-root")
    box.add_class(f"ck-{name}")
    box.add_class("ck-ready")
    return box


def cls(widget: widgets.Widget, *names: str) -> widgets.Widget:
    """`widget` with these CSS classes added (the hooks the page CSS and tests use)."""
    for name in names:
        widget.add_class(name)
    return widget


def button(label: str, css: str, icon: str = "", style: str = "") -> widgets.Button:
    """A button as wide as its label, with one CSS hook."""
    return cls(widgets.Button(description=label, icon=icon, button_style=style,
                              layout=widgets.Layout(width="auto")), css)
