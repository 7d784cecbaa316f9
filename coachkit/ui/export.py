"""The "CSV · Excel" bar under a table: the table a user sees, as a file to keep.

The CSV link is ready as soon as the table is drawn (the csv module is cheap), so it is one
click. The Excel file is built when asked for, because openpyxl takes most of a second to
import and every dashboard would pay for it at start-up otherwise.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable

import ipywidgets as widgets

from coachkit.frames import XLSX_TYPE, Table, csv_bytes, xlsx_bytes
from coachkit.ui.common import StatusLine, esc, reports_to


def data_link(data: bytes, file_name: str, mime: str, label: str, css: str) -> str:
    payload = base64.b64encode(data).decode("ascii")
    return (f"<a class='{css}' download='{esc(file_name)}' "
            f"href='data:{mime};base64,{payload}'>{esc(label)}</a>")


def _file_stem(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", name).strip("-") or "table"


class ExportBar(widgets.HBox):
    """``refresh(table)`` whenever the table on screen changes."""

    def __init__(self, table: Callable[[], Table] | None = None) -> None:
        self._make = table
        self.table: Table | None = None
        self.csv = widgets.HTML()
        self.csv.add_class("ck-export-csv")
        self.excel = widgets.Button(description="Excel", icon="table", tooltip="Build an "
                                    "Excel file of this table", layout=widgets.Layout(
                                        width="auto"))
        self.excel.add_class("ck-export-xlsx")
        self.excel_link = widgets.HTML()
        self.excel_link.add_class("ck-export-xlsx-link")
        self.status = StatusLine()
        self.excel.on_click(reports_to(self.status)(self._excel))
        label = widgets.HTML("<span class='ck-muted'>Save this table:</span>")
        super().__init__([label, self.csv, self.excel, self.excel_link, self.status])
        self.add_class("ck-export-bar")

    def refresh(self, table: Table | None = None) -> None:
        self.table = table if table is not None else self._make()
        stem = _file_stem(self.table.name)
        self.csv.value = data_link(csv_bytes(self.table), f"{stem}.csv", "text/csv", "CSV",
                                   "ck-export-csv-link")
        self.excel_link.value = ""
        self.status.value = ""

    def _excel(self, _button=None) -> None:
        if self.table is None:
            self.refresh()
        stem = _file_stem(self.table.name)
        self.excel_link.value = data_link(xlsx_bytes(self.table), f"{stem}.xlsx", XLSX_TYPE,
                                          f"Save {stem}.xlsx", "ck-export-xlsx-file")
