"""HTML and small widgets the job-fit tabs share (user text always escaped)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import wraps
from typing import TYPE_CHECKING

import ipywidgets as widgets

from coachkit.domain import vocab
from coachkit.domain.records import DutyRecord
from coachkit.frames import Table
from coachkit.services.workbook import Workbook
from coachkit.ui.common import StatusLine, cls, esc, reports_to
from coachkit.ui.job_fit.chart import ENERGY_COLOURS, UNKNOWN_COLOUR, numbered

if TYPE_CHECKING:
    from coachkit.ui.job_fit import JobFit
    from coachkit.ui.job_fit.model import JobFitModel

FULL = widgets.Layout(width="100%")
SKILLS = [("–", None), ("1 · not yet", 1), ("2", 2), ("3", 3), ("4", 4), ("5 · very good", 5)]
SKILL_SCALE = ("Skill: 1 = not yet (you have not done it or need help), 3 = you can do it "
               "on your own, 5 = very good (others come to you). Energy: does a day of it "
               "drain you, leave you neutral, or energise you?")


def long_text(value: str, css: str = "", rows: int = 2, **layout) -> widgets.Textarea:
    """A line of user or generated text that may be long: shown whole, wrapped, and saved
    when the box loses focus (a one-line Text would cut it off)."""
    rows = max(rows, min(8, len(value) // 70 + 1))  # CSS sizes it to the text where it can
    box = widgets.Textarea(value=value, rows=rows, continuous_update=False,
                           layout=widgets.Layout(width=layout.pop("width", "100%"), **layout))
    return cls(box, "ck-long-text", *([css] if css else []))


class Panel(widgets.VBox):
    """A tab: knows the app (for the current job) and refreshes on demand. Its status line
    moves to just under the controls the last action came from."""

    def __init__(self, app: JobFit, children: list[widgets.Widget]) -> None:
        self.app = app
        self.status = StatusLine()
        super().__init__([*children, self.status])

    @property
    def wb(self) -> Workbook:
        return self.app.wb

    @property
    def model(self) -> JobFitModel:
        return self.app.model

    def status_under(self, widget: widgets.Widget) -> None:
        """Put the status line right after ``widget`` (one of this panel's children)."""
        rest = [c for c in self.children if c is not self.status]
        if widget not in rest:
            return
        at = rest.index(widget) + 1
        if tuple(rest[:at] + [self.status] + rest[at:]) != tuple(self.children):
            self.children = rest[:at] + [self.status] + rest[at:]

    def guarded(self, handler: Callable, under: widgets.Widget | None = None) -> Callable:
        run = reports_to(self.status)(handler)
        if under is None:
            return run

        @wraps(handler)
        def placed(*args, **kwargs):
            self.status_under(under)
            return run(*args, **kwargs)
        return placed

    def refresh(self) -> None:  # pragma: no cover - overridden
        pass


def share_text(pct: float, lower_bound: bool) -> str:
    """A share of the week; when some duty's share is unknown the figure is only a floor."""
    if not lower_bound:
        return f"{pct:g}%"
    return "unknown" if pct == 0 else f"at least {pct:g}%"


def _metric(label: str, value: str, css: str) -> str:
    return f'<div class="ck-metric {css}"><b>{esc(value)}</b>{esc(label)}</div>'


def fit_metrics_html(report) -> str:
    skill = "–" if report.weighted_skill is None else f"{report.weighted_skill:.1f} / 5"
    energy = "–" if report.weighted_energy is None else f"{report.weighted_energy:+.2f}"
    drains = share_text(report.drains_pct, report.drains_is_lower_bound)
    facing = share_text(report.public_facing_pct, bool(report.public_facing_unknown))
    return ('<div class="ck-metrics">'
            + _metric("skill, time-weighted", skill, "ck-m-skill")
            + _metric("energy, known shares (−1…+1)", energy, "ck-m-energy")
            + _metric("of the week drains you", drains, "ck-m-drains")
            + _metric("faces the public", facing, "ck-m-public")
            + "</div>")


def flags_html(report) -> str:
    if not report.flags:
        return "<span class='ck-muted'>No limit is breached or in doubt.</span>"
    labels = {"tolerance_breached": "Over your limit", "cannot_judge": "Cannot judge yet",
              "deal_breaker": "Deal-breaker"}
    items = "".join(f'<li class="ck-flag ck-flag-{esc(f.kind)}"><b>{esc(labels[f.kind])}:</b> '
                    f"{esc(f.message)}</li>" for f in report.flags)
    return f'<ul class="ck-flags">{items}</ul>'


def week_key_html(duties: Sequence[DutyRecord]) -> str:
    """The chart's key: each numbered segment's duty in full, its share and its energy."""
    items = []
    for n, d in numbered(duties):
        colour = UNKNOWN_COLOUR if d.share_pct is None else ENERGY_COLOURS[d.energy]
        share = "share unknown" if d.share_pct is None else f"{d.share_pct:g}%"
        items.append(f'<li><span class="ck-swatch" style="background:{colour}"></span>'
                     f"<b>{n}.</b> {esc(d.text)} <span class='ck-muted'>· {esc(share)} · "
                     f"{esc(vocab.ENERGY[d.energy].lower())}</span></li>")
    return f'<ul class="ck-week-key">{"".join(items)}</ul>'


COMPARE_HEAD = ("Job", "Skill (time-weighted)", "Drains you", "Faces the public",
                "Unknown shares", "Flags", "Decision")


def compare_html(rows) -> str:
    """Jobs side by side; on a narrow screen each job becomes a card (CSS reads the
    cells' ``data-label``)."""
    if not rows:
        return "<span class='ck-muted'>No jobs yet: start with “New job”.</span>"
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in COMPARE_HEAD) + "</tr>"
    body = []
    for r in rows:
        skill = "–" if r.weighted_skill is None else f"{r.weighted_skill:.1f}"
        drains = share_text(r.drains_pct, r.drains_is_lower_bound)
        facing = share_text(r.public_facing_pct, r.public_facing_is_lower_bound)
        flags = "<br>".join(esc(f) for f in r.flags) or "none"
        where = f" <span class='ck-muted'>{esc(r.organisation)}</span>" if r.organisation else ""
        cells = (f"<b>{esc(r.title)}</b>{where}", skill, drains, facing, r.unknown_shares,
                 flags, esc(vocab.DECISIONS.get(r.decision or "", "–")))
        body.append("<tr>" + "".join(f'<td data-label="{h}">{c}</td>'
                                     for h, c in zip(COMPARE_HEAD, cells, strict=True))
                    + "</tr>")
    return (f'<div class="ck-scroll-x"><table class="ck-table ck-compare">{head}'
            f'{"".join(body)}</table></div>')


def compare_table(rows) -> Table:
    columns = ("job", "organisation", "skill_time_weighted", "drains_pct", "public_facing_pct",
               "unknown_shares", "flags", "decision")
    return Table("jobs-side-by-side", columns, tuple(
        (r.title, r.organisation, r.weighted_skill, round(r.drains_pct, 1),
         round(r.public_facing_pct, 1), r.unknown_shares, "; ".join(r.flags),
         vocab.DECISIONS.get(r.decision or "", "")) for r in rows))
