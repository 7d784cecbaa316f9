"""The line at the top of every page saying which workbook is open, so the example is never
mistaken for your own (and, in JupyterLab, the way back to yours)."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.services import choice
from coachkit.services.workbook import Workbook
from coachkit.ui.common import esc


def store_words(location: str) -> str:
    """Where the workbook is kept, in words: a file on this computer, or a database server."""
    if "://" in location:
        host = location.split("@")[-1].split("/")[0].split("?")[0]
        return f"on the database server {host}" if host else "on a database server"
    return "in a file on this computer"


def banner_html(is_demo: bool, location: str) -> str:
    if is_demo:
        return ('<div class="ck-which ck-which-demo"><b>Example workbook</b>: an invented '
                "librarian's interviews. Try anything; your own workbook is not touched."
                "</div>")
    return (f'<div class="ck-which ck-which-mine"><b>Your workbook</b>, kept '
            f'{esc(store_words(location))} <span class="ck-path">{esc(location)}</span></div>')


class WorkbookBanner(widgets.VBox):
    def __init__(self, wb: Workbook) -> None:
        self.line = widgets.HTML(banner_html(wb.is_demo, wb.location))
        children: list[widgets.Widget] = [self.line]
        if wb.is_demo and not choice.in_voila():
            back = widgets.Button(description="Back to my workbook", icon="undo",
                                  layout=widgets.Layout(width="auto"))
            back.add_class("ck-back-to-mine")
            back.on_click(self._back)
            children.append(back)
        super().__init__(children)
        self.add_class("ck-workbook-banner")

    def _back(self, button: widgets.Button) -> None:
        choice.remember("mine")
        button.disabled = True
        self.line.value = ('<div class="ck-which ck-which-mine"><b>Your workbook</b> opens '
                           "from now on: run this notebook again (Run ▸ Run All Cells) or open "
                           "another one.</div>")
