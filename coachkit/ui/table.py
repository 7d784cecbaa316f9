"""A list of records as a sortable table: click a heading to sort, click a row to pick it.

``record_table(frame, on_select=...)`` wraps itables' Jupyter widget (DataTables, bundled in
the itables wheel and served by this Jupyter/Voila server: nothing is fetched from the
internet). Text is escaped by itables (``allow_html`` stays off), dates are shown as
``show_date`` words yet sort by the date itself, and the "CSV · Excel" bar under the table
saves what is on screen (coachkit.ui.export).

``on_select(position)`` gets the row's position in ``frame`` (the order given, whatever the
sort on screen), or ``None`` when the row is unselected.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from coachkit.frames import Table
from coachkit.ui.common import show_date, show_moment
from coachkit.ui.export import ExportBar

if TYPE_CHECKING:
    import pandas as pd

SORT_PREFIX = "_sort_"  # hidden columns holding a date column's sort key


def _is_dates(values: list[Any]) -> bool:
    given = [v for v in values if v is not None and v == v]  # v == v: not NaN/NaT
    return bool(given) and all(isinstance(v, dt.date) for v in given)


def _show(value: Any) -> str:
    if value is None or value != value:
        return ""
    if isinstance(value, dt.datetime):
        return show_moment(value, "")
    return show_date(value, "")


def _key(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else ""


def shown_frame(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """The frame as the table shows it (dates in words, plus hidden sort keys) and the
    DataTables column settings that sort each date column by its key."""
    shown = frame.copy()
    defs: list[dict] = []
    for i, column in enumerate(frame.columns):
        values = list(frame[column])
        if _is_dates(values):
            key = f"{SORT_PREFIX}{i}"
            shown[column] = [_show(v) for v in values]
            shown[key] = [_key(v) for v in values]
            k = len(shown.columns) - 1
            defs += [{"targets": i, "orderData": [k]},
                     {"targets": k, "visible": False, "searchable": False}]
    return shown, defs


class RecordTable(widgets.VBox):
    """The table, then its CSV / Excel bar. ``select(i)`` picks row ``i`` from code."""

    def __init__(self, frame: pd.DataFrame, on_select: Callable[[int | None], None] | None
                 = None, name: str = "table", export: bool = True, css: str = "",
                 selected: int | None = None) -> None:
        from itables.widget import ITable

        self.frame = frame.reset_index(drop=True)
        self.name = name
        self._on_select = on_select
        shown, defs = shown_frame(self.frame)
        self.table = ITable(
            shown, showIndex=False, allow_html=False, maxBytes=0, classes="display compact",
            columnDefs=defs, select={"style": "single", "info": False},
            selected_rows=[] if selected is None else [selected],
            layout={"topStart": None, "topEnd": "search" if len(shown) > 10 else None,
                    "bottomStart": "info" if len(shown) > 10 else None,
                    "bottomEnd": "paging" if len(shown) > 10 else None},
            language={"emptyTable": "Nothing here yet."}, autoWidth=False,
            text_in_header_can_be_selected=False,  # a click anywhere on a heading sorts
            style="width:100%; margin:0; table-layout:auto")
        self.table.add_class("ck-record-table")
        self.table.observe(self._selected, names="selected_rows")
        children: list[widgets.Widget] = [self.table]
        self.export: ExportBar | None = None
        if export and len(self.frame):
            self.export = ExportBar()
            self.export.refresh(self.as_table())
            children.append(self.export)
        super().__init__(children)
        self.add_class("ck-record-box")
        if css:
            self.add_class(css)

    def as_table(self) -> Table:
        """What the CSV / Excel files hold: the columns shown, dates as dates."""
        rows = tuple(tuple(None if (v is None or v != v) else v for v in row)
                     for row in self.frame.itertuples(index=False, name=None))
        return Table(self.name, tuple(str(c) for c in self.frame.columns), rows)

    @property
    def selected(self) -> int | None:
        rows = self.table.selected_rows
        return rows[0] if rows else None

    def select(self, position: int | None) -> None:
        self.table.selected_rows = [] if position is None else [position]

    def _selected(self, change) -> None:
        if self._on_select is not None:
            new = change["new"]
            self._on_select(new[0] if new else None)


def record_table(frame: pd.DataFrame, on_select: Callable[[int | None], None] | None = None,
                 **kwargs) -> RecordTable:
    """A sortable table of ``frame`` whose row clicks call ``on_select(position)``."""
    return RecordTable(frame, on_select, **kwargs)
