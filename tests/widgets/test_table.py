"""The sortable record table: what a user sees in it, what a row click does, what it saves."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re

import pandas as pd

from coachkit.ui.table import record_table

XSS = "<img src=x onerror=alert(1)>"


def frame() -> pd.DataFrame:
    return pd.DataFrame({
        "Organisation": ["Hartwell College Library", XSS, "Cedar Falls Library"],
        "Date": [dt.date(2026, 3, 3), None, dt.date(2025, 11, 20)],
        "Notes": ["a long note " * 30, "=1+1", ""],
    })


def _csv(table) -> str:
    href = re.search(r"base64,([A-Za-z0-9+/=]+)", table.export.csv.value).group(1)
    return base64.b64decode(href).decode("utf-8-sig")


def test_user_text_is_escaped_and_long_text_kept_whole():
    table = record_table(frame())
    rows = json.loads(table.table._dt_args["data_json"])
    assert XSS not in str(rows) and "&lt;img src=x onerror=alert(1)&gt;" in rows[1][0]
    assert rows[0][2] == "a long note " * 30  # never cut to fit a line


def test_dates_show_in_words_and_sort_by_the_date_itself():
    table = record_table(frame())
    rows = json.loads(table.table._dt_args["data_json"])
    assert rows[0][1] == "3 Mar 2026" and rows[1][1] == "" and rows[2][1] == "20 Nov 2025"
    key = {d["targets"]: d for d in table.table._dt_args["columnDefs"]}
    hidden = key[1]["orderData"][0]  # the Date column sorts by a hidden ISO column
    assert key[hidden]["visible"] is False
    assert sorted(r[hidden] for r in rows if r[hidden]) == ["2025-11-20", "2026-03-03"]
    assert "Date" in table.table._dt_args["table_html"]


def test_a_row_click_reports_its_position_in_the_given_order():
    picked = []
    table = record_table(frame(), on_select=picked.append, selected=0)
    assert table.selected == 0
    table.table.selected_rows = [2]  # what the browser sends when row 3 is clicked
    table.table.selected_rows = []
    assert picked == [2, None]
    table.select(1)
    assert picked[-1] == 1 and table.selected == 1


def test_the_csv_holds_every_row_with_real_dates_and_no_formulas():
    table = record_table(frame(), name="my list")
    assert "download='my-list.csv'" in table.export.csv.value
    text = _csv(table)
    assert text.splitlines()[0] == "Organisation,Date,Notes"
    assert "2026-03-03" in text and XSS in text  # a file keeps the text as typed
    assert "'=1+1" in text  # a spreadsheet does not run it
    assert record_table(frame().iloc[:0]).export is None  # nothing to save
