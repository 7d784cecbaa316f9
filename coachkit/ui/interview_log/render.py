"""HTML, chart and small widget helpers of the interview log (user text always escaped)."""

from __future__ import annotations

import base64
import io
import textwrap
from collections.abc import Sequence
from functools import lru_cache

import ipywidgets as widgets

from coachkit.domain import vocab
from coachkit.domain.records import FamilyRecord, InterviewRecord, PastePreview
from coachkit.ui.common import esc, show_date

FULL = widgets.Layout(width="100%")
WIDE = {"description_width": "130px"}
CHART_LABEL = 34  # characters per line of a chart label (long ones wrap, never cut)


def show(widget: widgets.Widget, visible: bool) -> None:
    widget.layout.display = None if visible else "none"


def options(labels: dict[str, str]) -> list[tuple[str, str]]:
    return [(label, key) for key, label in labels.items()]


def interview_label(iv: InterviewRecord, asked: int) -> str:
    parts = [show_date(iv.interview_date), iv.organisation]
    if iv.role_title:
        parts.append(iv.role_title)
    parts.append(vocab.OUTCOMES.get(iv.outcome, iv.outcome))
    parts.append(f"{asked} question{'s' if asked != 1 else ''}")
    if iv.regret_heard:
        parts.append("they regret not hiring me")
    return " · ".join(parts)


def preview_html(preview: PastePreview) -> str:
    rows = "".join(
        f"<tr><td>{n}</td><td class='ck-preview-text'>{esc(q.text)}</td>"
        f"<td>{esc(vocab.QUESTION_CATEGORIES.get(q.category, q.category))}</td></tr>"
        for n, q in enumerate(preview.questions, start=1))
    notes = []
    if preview.duplicates:
        notes.append(f"{len(preview.duplicates)} repeated line(s) left out")
    if preview.already_saved:
        notes.append(f"{len(preview.already_saved)} already saved for this interview")
    if preview.blank_lines:
        notes.append(f"{preview.blank_lines} blank line(s) ignored")
    note = f"<div class='ck-muted'>{esc('; '.join(notes))}.</div>" if notes else ""
    if not preview.questions:
        return note + "<div class='ck-muted'>Nothing new to save.</div>"
    return (f"<b>{len(preview.questions)} question(s) will be saved</b> (you can change a "
            "category after saving):<table class='ck-table ck-preview-table'><tr><th>#</th>"
            f"<th>Question</th><th>Suggested category</th></tr>{rows}</table>{note}")


def families_html(rows: Sequence[FamilyRecord], asks: dict[str, str], total: int) -> str:
    if not rows:
        return ("<div class='ck-muted ck-no-families'>No question has come up in two "
                "interviews yet. Log more interviews, or tick the box above to see every "
                "question.</div>")
    body = []
    for f in rows:
        ask = asks.get(f.key, "")
        ask_html = f"<br><span class='ck-muted'>Really asking: {esc(ask)}</span>" if ask else ""
        rating = f"{f.latest_rating:.1f} / 5" if f.latest_rating is not None else "not rated"
        body.append(
            f"<tr class='ck-family-row'><td class='ck-fam-text'>{esc(f.representative)}"
            f"{ask_html}</td><td class='ck-fam-interviews'>{f.interviews}</td>"
            f"<td class='ck-fam-orgs'>{f.organisations}</td>"
            f"<td class='ck-fam-last'>{esc(show_date(f.last_asked))}</td>"
            f"<td>{esc(rating)}</td></tr>")
    more = (f"<div class='ck-muted'>Showing the {len(rows)} most frequent of {total}.</div>"
            if total > len(rows) else "")
    return ("<table class='ck-table ck-families-table'><tr><th>Question (as you usually "
            "heard it)</th><th>Interviews</th><th>Organisations</th><th>Last asked</th>"
            f"<th>Latest rating</th></tr>{''.join(body)}</table>{more}")


def chart_label(text: str) -> str:
    """A question as a chart label: whole, wrapped over as many lines as it needs."""
    return "\n".join(textwrap.wrap(" ".join(text.split()), CHART_LABEL)) or "(empty)"


def draw_families(fig, rows: Sequence[FamilyRecord]) -> None:
    ax = fig.add_subplot(1, 1, 1)
    rows = list(rows)[::-1]
    labels = [chart_label(f.representative) for f in rows]
    ax.barh(labels, [f.interviews for f in rows], color="#9fb3c8", label="interviews")
    ax.barh(labels, [f.organisations for f in rows], height=0.4, color="#0b6bcb",
            label="different organisations")
    ax.set_xlabel("How many times it was asked")
    ax.xaxis.get_major_locator().set_params(integer=True)
    # above the bars, never on them (with equal counts the bars fill the width)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=2, fontsize=8, frameon=False,
              borderaxespad=0.2)
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(axis="y", labelsize=8)
    fig.tight_layout()  # room for every label, however long it is


@lru_cache(maxsize=32)
def _chart(bars: tuple[tuple[str, int, int], ...]) -> bytes:
    from matplotlib.figure import Figure

    rows = [FamilyRecord("", text, (), interviews, orgs, None, None)
            for text, interviews, orgs in bars]
    lines = sum(chart_label(text).count("\n") + 1 for text, _i, _o in bars)
    fig = Figure(figsize=(8.5, 0.2 * lines + 0.22 * len(rows) + 1.1), dpi=96)
    draw_families(fig, rows)
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()


def chart_png(rows: Sequence[FamilyRecord]) -> bytes:
    """Bar chart of the families (drawn again only when what it shows changed)."""
    return _chart(tuple((f.representative, f.interviews, f.organisations) for f in rows))


def download_link(path, text: str) -> str:
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return (f"<div class='ck-card ck-export-done'>Written to <span class='ck-path'>"
            f"{esc(path)}</span><br><a class='ck-export-link' download='{esc(path.name)}' "
            f"href='data:text/plain;charset=utf-8;base64,{esc(data)}'>Download a copy</a>"
            f"<pre class='ck-export-text'>{esc(text)}</pre></div>")
