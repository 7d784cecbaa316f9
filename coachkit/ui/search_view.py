"""Search your workbook: one box, results as a sortable table; the chosen one in full,
with the matched words marked and a link to the page where it lives."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.services import search
from coachkit.services.workbook import Workbook
from coachkit.ui.common import StatusLine, esc, reports_to, show_date
from coachkit.ui.table import record_table

KINDS = {"interview": "Interview", "question": "Question asked", "answer": "Your answer"}
PAGES = {"01_interview_log.ipynb": "Interview log", "02_rate_answers.ipynb": "Rate answers"}
LIMIT = 50  # services.search returns at most this many by default


def marked(text: str, words: list[str]) -> str:
    """`text` escaped, with the matched words in <mark> (escaping first, so user text never
    becomes markup)."""
    folded, where = search._folded(text)
    spans = []
    for w in words:
        start = folded.find(w)
        while w and start >= 0:
            end = start + len(w) - 1
            spans.append((where[start], where[end] + 1))
            start = folded.find(w, start + len(w))
    out, pos = [], 0
    for a, b in sorted(spans):
        if a < pos:
            continue
        out += [esc(text[pos:a]), "<mark>", esc(text[a:b]), "</mark>"]
        pos = b
    out.append(esc(text[pos:]))
    return "".join(out)


def hit_html(h: search.Hit, words: list[str], demo: bool = False) -> str:
    """One result in full: what it is, the matched words marked, and a link to its page."""
    suffix = "?workbook=demo" if demo else ""
    when = f" · {esc(show_date(h.when))}" if h.when else ""
    snippet = (f'<p class="ck-hit-snippet">{marked(h.snippet, words)}</p>'
               if h.snippet and h.snippet != h.title else "")
    return (f'<div class="ck-card ck-hit ck-hit-{esc(h.kind)}"><b>{esc(KINDS[h.kind])}</b> · '
            f"{marked(h.title, words)}"
            f'<br><span class="ck-muted">{esc(h.field)}{when} · '
            f'<a href="{esc(h.page + suffix)}" target="_self">Open it in '
            f"{esc(PAGES[h.page])}</a></span>{snippet}</div>")


def results_html(hits: list[search.Hit], query: str, demo: bool = False,
                 chosen: int | None = 0) -> str:
    """The line above the table (how many, or nothing found), then the chosen hit in full."""
    if not query.strip():
        return ""
    if not hits:
        return f'<p class="ck-muted">Nothing contains \u201c{esc(query.strip())}\u201d.</p>'
    n = len(hits)
    said = (f"The first {n}; add a word to narrow it." if n >= LIMIT else
            f"{n} found." if n > 1 else "1 found.")
    out = (f'<p class="ck-muted ck-hit-count">{esc(said)} Click a row to see it here; click a '
           "heading to sort.</p>")
    if chosen is not None and 0 <= chosen < n:
        out += hit_html(hits[chosen], search.terms(query), demo)
    return out


def hits_frame(hits: list[search.Hit]):
    import pandas as pd

    return pd.DataFrame({
        "What": [KINDS[h.kind] for h in hits],
        "Found": [h.title for h in hits],
        "Matched in": [h.field for h in hits],
        "Date": [h.when for h in hits],
        "Page": [PAGES[h.page] for h in hits],
    })


class SearchBox(widgets.VBox):
    """The box, its own status line right under it (``status``), the chosen result in full,
    then every result as a sortable table (click a row to show it above)."""

    def __init__(self, wb: Workbook, status: StatusLine) -> None:
        self.wb = wb
        self.status = status
        self.hits: list[search.Hit] = []
        self.query = ""
        self.box = widgets.Text(placeholder="e.g. angry patron, Hartwell, weakness",
                                description="Search", continuous_update=False,
                                layout=widgets.Layout(width="100%", max_width="560px"))
        self.box.add_class("ck-search")
        self.results = widgets.HTML()
        self.results.add_class("ck-search-results")
        self.table = widgets.VBox()
        self.table.add_class("ck-search-table")
        self.box.observe(reports_to(status)(self.run), names="value")
        super().__init__([self.box, status, self.results, self.table])
        self.add_class("ck-search-box")

    def run(self, _change=None) -> None:
        query = self.box.value
        self.status.value = ""
        self.results.value = ""
        self.table.children = []
        self.hits, self.query = search.search(self.wb, query), query
        self.results.value = results_html(self.hits, query, self.wb.is_demo)
        if self.hits:
            self.table.children = [record_table(hits_frame(self.hits), self.show,
                                                name="search-results", selected=0)]

    def show(self, position: int | None) -> None:
        self.results.value = results_html(self.hits, self.query, self.wb.is_demo, position)
