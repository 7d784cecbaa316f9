"""HTML and small widgets the coach dashboard's tabs share (user text always escaped)."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Callable

import ipywidgets as widgets

from coachkit.frames import Table
from coachkit.ui.coach_review.model import TableData
from coachkit.ui.common import esc, show_date, show_moment
from coachkit.ui.export import ExportBar

SCORES = [("–", None)] + [(str(n), n) for n in range(1, 6)]
WIDE = widgets.Layout(width="100%")


def cell(value: object) -> str:
    """A table cell's text: dates as "3 Mar 2026", the rest as it is (escaped)."""
    if isinstance(value, dt.datetime):
        return esc(show_moment(value))
    if isinstance(value, dt.date):
        return esc(show_date(value))
    return esc(value)


def table_html(head: list[str], rows: list[list[object]], css: str = "") -> str:
    """A plain table in a box that scrolls sideways on a phone, not the page."""
    if not rows:
        return '<p class="ck-muted">Nothing here yet.</p>'
    th = "".join(f"<th>{esc(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{cell(c)}</td>" for c in r) + "</tr>" for r in rows)
    return (f'<div class="ck-table-scroll"><table class="ck-table {css}"><tr>{th}</tr>{body}'
            "</table></div>")


def table_box(title_html: str, table: TableData, css: str = "") -> list[widgets.Widget]:
    """A heading with the table, then its CSV / Excel bar (when it has rows)."""
    shown = widgets.HTML(title_html + table_html(table.head, table.rows, css))
    if not table.rows:
        return [shown]
    bar = ExportBar()
    bar.refresh(Table(table.name, tuple(table.head), tuple(tuple(r) for r in table.rows)))
    return [shown, bar]


def download_link(data: bytes, name: str, label: str, mime: str) -> str:
    href = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    return f'<a class="ck-download" download="{esc(name)}" href="{href}">{esc(label)}</a>'


def image(png: bytes | None, what: str) -> widgets.Widget:
    if png is None:
        return widgets.HTML(f'<p class="ck-muted">{esc(what)}: nothing to draw yet.</p>')
    return widgets.Image(value=png, format="png",
                         layout=widgets.Layout(max_width="min(640px, 100%)", height="auto"))


def banner_html(role: str, text: str) -> str:
    return f'<div class="ck-card ck-role ck-role-{esc(role)}">{esc(text)}</div>'


def button(label: str, css: str, handler: Callable, run: Callable, icon: str = ""
           ) -> widgets.Button:
    """A button whose failures go to the status line (``run`` is reports_to(status))."""
    made = widgets.Button(description=label, icon=icon, layout=widgets.Layout(width="auto"))
    made.add_class(css)
    made.on_click(run(handler))
    return made
