"""Search your workbook: one box, results as a short list saying where each one lives."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit.services import search
from coachkit.services.workbook import Workbook
from coachkit.ui.common import StatusLine, esc, reports_to

KINDS = {"interview": "Interview", "question": "Question asked", "answer": "Your answer"}
PAGES = {"01_interview_log.ipynb": "Interview log", "02_rate_answers.ipynb": "Rate answers"}


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


def results_html(hits: list[search.Hit], query: str, demo: bool = False) -> str:
    if not query.strip():
        return ""
    if not hits:
        return f'<p class="ck-muted">Nothing contains \u201c{esc(query.strip())}\u201d.</p>'
    words = search.terms(query)
    suffix = "?workbook=demo" if demo else ""
    rows = []
    for h in hits:
        when = f"{h.when.day} {h.when:%b %Y}" if h.when else ""
        rows.append(
            f'<li class="ck-hit ck-hit-{h.kind}"><b>{esc(KINDS[h.kind])}</b> · '
            f"{marked(h.title, words)}"
            f'<br><span class="ck-muted">{esc(h.field)}{" · " + esc(when) if when else ""} · '
            f'<a href="{esc(h.page + suffix)}" target="_self">{esc(PAGES[h.page])}</a></span>'
            + (f"<br>{marked(h.snippet, words)}" if h.snippet and h.snippet != h.title else "")
            + "</li>")
    more = (f'<p class="ck-muted">The first {len(hits)}; add a word to narrow it.</p>'
            if len(hits) >= 50 else "")
    return f'<ul class="ck-hits">{"".join(rows)}</ul>{more}'


class SearchBox(widgets.VBox):
    def __init__(self, wb: Workbook, status: StatusLine) -> None:
        self.wb = wb
        self.box = widgets.Text(placeholder="e.g. angry patron, Hartwell, weakness",
                                description="Search", continuous_update=False,
                                layout=widgets.Layout(width="100%", max_width="560px"))
        self.box.add_class("ck-search")
        self.results = widgets.HTML()
        self.results.add_class("ck-search-results")
        self.box.observe(reports_to(status)(self.run), names="value")
        super().__init__([self.box, self.results])

    def run(self, _change=None) -> None:
        query = self.box.value
        self.results.value = results_html(search.search(self.wb, query), query,
                                          self.wb.is_demo)
