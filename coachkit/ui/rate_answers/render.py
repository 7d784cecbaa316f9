"""HTML and small widget helpers workbook 2's tabs share (user text always escaped).

The bigger pieces (diff, STAR highlights, feedback, the rubric table, the charts) are in
`coachkit.ui.answer_render`; these are the page's own cards, lists and chart tidying.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence

import ipywidgets as widgets

from coachkit.ui.answer_render import png
from coachkit.ui.common import cls, esc, show_moment
from coachkit.ui.rate_answers.model import Queue, Target, local, local_day

FULL = widgets.Layout(width="100%")


def box(children: Sequence[widgets.Widget], cls: str = "", vertical: bool = True
        ) -> widgets.Box:
    made = (widgets.VBox if vertical else widgets.HBox)(list(children))
    if cls:
        made.add_class(cls)
    return made


def row(*children: widgets.Widget) -> widgets.HBox:
    """Side by side at their natural width (a VBox would stretch a lone button); wraps on a
    narrow screen (ck-row in css/rate_answers.css)."""
    made = widgets.HBox(list(children))
    made.add_class("ck-row")
    return made


def slot() -> widgets.Box:
    """Where the status line goes in a tab: directly under the controls it reports on."""
    return cls(widgets.VBox(), "ck-status-slot")


def muted(text: str) -> str:
    return f'<span class="ck-muted">{esc(text)}</span>'


def when(moment) -> str:
    """A stored (naive UTC) moment as the user's local "3 Mar 2026, 14:05"."""
    return show_moment(local(moment)) if moment else ""


def current_html(target: Target | None) -> str:
    if target is None:
        return ('<div class="ck-card ck-current"><span class="ck-muted">No question chosen '
                "yet: start in tab 1.</span></div>")
    where = f' <span class="ck-muted">({esc(target.where)})</span>' if target.where else ""
    return (f'<div class="ck-card ck-current"><b>Question:</b> <span class="ck-question-text">'
            f"{esc(target.text)}</span>{where}<br><b>What they are really asking:</b> "
            f"{esc(target.asks)}</div>")


def detail_html(target: Target, members: Sequence[str] = ()) -> str:
    """The chosen question in full (the list cuts long ones off) and what it asks."""
    extra = ""
    if members:
        worded = "".join(f"<li>{esc(m)}</li>" for m in members)
        extra = f'<div class="ck-muted">Asked as:</div><ul class="ck-members">{worded}</ul>'
    return (f'<div class="ck-card ck-asks"><div class="ck-chosen-question">{esc(target.text)}'
            f"</div><b>What they are really asking:</b> {esc(target.asks)}{extra}</div>")


def version_label(v) -> str:
    return f"Version {v.version_no} · {when(v.created_at)}"


def levels_html(criterion, chosen: int | None) -> str:
    """Every level of one criterion in words, the chosen one marked (always on the page)."""
    items = "".join(
        f'<li class="ck-level{" ck-level-chosen" if n == chosen else ""}"><b>{n}</b> '
        f"{esc(criterion.anchors[n])}</li>" for n in range(1, 6))
    return f'<ol class="ck-levels">{items}</ol>'


def anchor_html(anchor: str | None, level: int | None) -> str:
    if not level:
        return muted("Not rated yet. Choose a level: each one is described below.")
    return f"<i>Level {level}:</i> {esc(anchor)}"


def self_coach_html(rows, names: Sequence[str]) -> str:
    cells = []
    for label, a, b in rows:
        gap = "" if a is None or b is None else (f"{a - b:+d}" if a != b else "0")
        cells.append(f"<tr><td>{esc(label)}</td><td>{a or '–'}</td><td>{b or '–'}</td>"
                     f'<td class="ck-gap">{gap}</td></tr>')
    who = f" ({esc(', '.join(names))})" if names else ""
    return (f'<table class="ck-table"><tr><th>Criterion</th><th>You</th><th>Coach{who}'
            f'</th><th>Gap</th></tr>{"".join(cells)}</table>')


def queue_html(queue: Queue) -> str:
    def item(i, note: str) -> str:
        last = f" · last self-rating {i.last_self_score}" if i.last_self_score else ""
        return (f'<li class="ck-queue-item"><b>{esc(i.question)}</b> <span class='
                f'"ck-muted">{esc(note)}{last}</span></li>')

    html = [f'<div class="ck-due-count"><b>{len(queue.due)}</b> due today</div>']
    if queue.due:
        html.append("<ul>" + "".join(item(i, "due now") for i in queue.due) + "</ul>")
    if queue.later:
        html.append('<div class="ck-muted">Coming up:</div><ul>' + "".join(
            item(i, f"next on {local_day(i.due)}") for i in queue.later[:12]) + "</ul>")
    if not queue.due and not queue.later:
        html.append(muted("Nothing queued yet. Rate an answer (it is queued for you) or add "
                          "the chosen question."))
    return "".join(html)


def practice_card_html(question: str, asks: str) -> str:
    return (f'<div class="ck-card ck-practice-card"><h3>{esc(question)}</h3><b>What they are '
            f"really asking:</b> {esc(asks)}</div>")


def chart_box(image: widgets.Image) -> widgets.Box:
    """A chart that keeps a readable size on a phone: it scrolls sideways inside its box
    (css/rate_answers.css) instead of shrinking its labels to a blur; a hint says so on a
    narrow screen. The hint follows the chart's ``layout.display``."""
    hint = widgets.HTML('<span class="ck-muted">Swipe the chart sideways to see all of it.'
                        "</span>", layout=widgets.Layout(display=image.layout.display))
    hint.add_class("ck-narrow-only")
    widgets.dlink((image.layout, "display"), (hint.layout, "display"))
    return box([hint, box([image], "ck-chart-scroll")], "ck-chart-box")


def _wrap(text: str, inches: float, points: float) -> str:
    """``text`` broken into lines that fit ``inches`` at a font of ``points``."""
    return textwrap.fill(text, max(12, int(inches * 72 / (points * 0.5)))) if text else text


def chart(draw: Callable) -> bytes:
    """A PNG of ``draw(fig)`` with long titles and axis labels wrapped, never cut off, and
    dates on the axis as "3 Mar" (the page's date form)."""
    from matplotlib.dates import DateFormatter

    def tidy(fig) -> None:
        draw(fig)
        for ax in fig.axes:
            if not ax.get_visible():
                continue
            wide = ax.get_position().width * fig.get_figwidth()
            tall = ax.get_position().height * fig.get_figheight()
            ax.set_title(_wrap(ax.get_title(), wide, ax.title.get_fontsize()),
                         fontsize=ax.title.get_fontsize())
            ax.set_ylabel(_wrap(ax.get_ylabel(), tall, ax.yaxis.label.get_fontsize()))
            if ax.xaxis.get_major_formatter().__class__.__name__ == "DateFormatter":
                ax.xaxis.set_major_formatter(DateFormatter("%-d %b"))
                ax.margins(x=0.08)  # the last date label stays inside the picture

    return png(tidy)
