"""Workbook 3: weigh a job's duties against your strengths and limits, plan what to ask.

`JobFit` holds the chosen job; each tab is a panel that talks to ``services.jobs`` and
renders user text escaped. Every field saves on its own (one service call each) and says so
in a status line. Panels are filled when their tab is opened, so the page is ready fast and
matplotlib is imported only when the fit chart is drawn.
"""

from __future__ import annotations

import base64
import io
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace

import ipywidgets as widgets

from coachkit.analysis.job_fit import flags_beyond_summary
from coachkit.domain import vocab
from coachkit.domain.errors import CoachkitError, InvalidEntry
from coachkit.domain.records import DutyRecord
from coachkit.frames import Table
from coachkit.services import jobs, undo
from coachkit.services.workbook import Workbook
from coachkit.ui.common import StatusLine, dashboard, esc, reports_to
from coachkit.ui.export import ExportBar
from coachkit.ui.undo_button import UndoButton

FULL = widgets.Layout(width="100%")
ENERGY_COLOURS = {"drains": "#d1495b", "neutral": "#9fb3c8", "energises": "#3f9b5a"}
SKILLS = [("–", None), ("1 · not yet", 1), ("2", 2), ("3", 3), ("4", 4), ("5 · very good", 5)]
ASKS_SHOWN = 12
COMPARE_DELAY_S = 1.5
log = logging.getLogger("coachkit.ui.job_fit")


def _cls(widget: widgets.Widget, *names: str) -> widgets.Widget:
    for name in names:
        widget.add_class(name)
    return widget


def _button(label: str, cls: str, icon: str = "", style: str = "") -> widgets.Button:
    return _cls(widgets.Button(description=label, icon=icon, button_style=style,
                               layout=widgets.Layout(width="auto")), cls)


def parse_share(text: str) -> float | None:
    """'35', '35 %' -> 35.0; '' -> None (unknown). Range is checked by the service."""
    cleaned = (text or "").strip().rstrip("%").strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        raise InvalidEntry("A share is a number from 0 to 100 (percent of the week), or "
                           "tick “unknown”.") from None


def _number(text: str, what: str) -> float | None:
    cleaned = (text or "").strip().rstrip("%").strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        raise InvalidEntry(f"{what} must be a number (or left empty for no limit).") from None


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# ----------------------------------------------------------------------------- chart


def week_chart_png(duties: Sequence[DutyRecord]) -> bytes:
    """The week as one horizontal stacked bar: a segment per duty coloured by energy, and
    a hatched grey segment for what nobody knows yet. Shares are drawn as entered."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    known = [d for d in duties if d.share_pct is not None]
    unknown = [d for d in duties if d.share_pct is None]
    total = sum(d.share_pct for d in known)
    fig = Figure(figsize=(9.5, 2.3), dpi=100)
    ax = fig.add_subplot()
    left = 0.0
    for duty in known:
        ax.barh(0, duty.share_pct, left=left, color=ENERGY_COLOURS[duty.energy],
                edgecolor="white", height=0.6)
        if duty.share_pct >= 9:
            ax.text(left + duty.share_pct / 2, 0, f"{_short(duty.text, 16)}\n{duty.share_pct:g}%",
                    ha="center", va="center", fontsize=7.5, color="white")
        left += duty.share_pct
    gap = max(0.0, 100 - total)
    if unknown or gap > 0:
        width = gap if gap > 0 else 10.0
        ax.barh(0, width, left=left, color="#e4e7eb", hatch="///", edgecolor="#9aa5b1",
                height=0.6)
        names = [_short(d.text, 22) for d in unknown[:3]]
        label = "unknown:\n" + "\n".join(names) if width >= 25 else "?"
        if not unknown:
            label = f"{gap:g}% not\naccounted for"
        ax.text(left + width / 2, 0, label, ha="center", va="center", fontsize=7.5,
                color="#334e68")
        left += width
    ax.axvline(100, color="#243b53", linestyle="--", linewidth=1)
    ax.text(100, 0.42, " a full week", fontsize=7.5, color="#243b53", va="bottom")
    ax.set_xlim(0, max(100.0, left) * 1.02)
    ax.set_ylim(-0.5, 0.6)
    ax.set_yticks([])
    ax.set_xlabel("share of the working week (%)")
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    handles = [Patch(color=c, label=vocab.ENERGY[e]) for e, c in ENERGY_COLOURS.items()]
    handles.append(Patch(facecolor="#e4e7eb", hatch="///", edgecolor="#9aa5b1",
                         label="Unknown"))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.45), ncol=4,
              frameon=False, fontsize=8)
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png", bbox_inches="tight", pad_inches=0.1)
    return out.getvalue()


# ----------------------------------------------------------------------------- panels


class Panel(widgets.VBox):
    """A tab: knows the app (for the current job) and refreshes on demand."""

    def __init__(self, app: JobFit, children: list[widgets.Widget]) -> None:
        self.app = app
        self.status = StatusLine()
        super().__init__([*children, self.status])

    @property
    def wb(self) -> Workbook:
        return self.app.wb

    def guarded(self, handler: Callable) -> Callable:
        return reports_to(self.status)(handler)

    def refresh(self) -> None:  # pragma: no cover - overridden
        pass


class JobPanel(Panel):
    def __init__(self, app: JobFit) -> None:
        self.title = _cls(widgets.Text(description="Job title", layout=FULL), "ck-job-title")
        self.organisation = widgets.Text(description="Organisation", layout=FULL)
        self.link = widgets.Text(description="Link", placeholder="https://…", layout=FULL)
        for w in (self.title, self.organisation, self.link):
            w.style.description_width = "100px"
        self.save = _button("Save job details", "ck-save-job", "save", "primary")
        self.ad = _cls(widgets.Textarea(placeholder="Paste the job ad here: plain text, or "
                                        "copy it straight from the web page.",
                                        layout=widgets.Layout(width="100%", height="180px")),
                       "ck-ad-paste")
        self.split = _button("Split the ad", "ck-split-ad", "scissors")
        self.preview = _cls(widgets.VBox(), "ck-ad-preview")
        self.confirm = _button("Add the ticked lines to this job", "ck-confirm-split", "check",
                               "success")
        self.confirm.layout.display = "none"
        self._draft_rows: list[tuple[str, widgets.Checkbox, widgets.Text, widgets.Checkbox]] = []
        super().__init__(app, [
            self.title, self.organisation, self.link, self.save,
            widgets.HTML("<h3>The ad</h3><span class='ck-muted'>coachkit splits it into "
                         "duties and requirements. Nothing is added until you tick the lines "
                         "and press the green button.</span>"),
            self.ad, self.split, self.preview, self.confirm])
        self.save.on_click(self.guarded(self._save))
        self.split.on_click(self.guarded(self._split))
        self.confirm.on_click(self.guarded(self._confirm))

    def refresh(self) -> None:
        job = jobs.get_job(self.wb, self.app.job_id) if self.app.job_id else None
        self.title.value = job.title if job else ""
        self.organisation.value = job.organisation if job else ""
        self.link.value = job.link if job else ""
        self.ad.value = job.ad_text if job else ""
        self.save.description = "Save job details" if job else "Save this new job"
        self._show_draft(None)

    def _fields(self) -> dict:
        return dict(title=self.title.value, organisation=self.organisation.value,
                    link=self.link.value)

    def _ensure_job(self) -> int:
        if self.app.job_id is None:
            job = jobs.add_job(self.wb, **self._fields(), ad_text=self.ad.value)
            self.app.job_added(job.id)
        return self.app.job_id

    def _save(self, _=None) -> None:
        if self.app.job_id is None:
            self._ensure_job()
        else:
            undo.update_job(self.wb, self.app.history, self.app.job_id, **self._fields())
        self.save.description = "Save job details"
        self.status.ok(f"Saved “{self.title.value.strip()}”.")

    def _split(self, _=None) -> None:
        draft = jobs.draft_from_ad(self.ad.value)
        self._show_draft(draft)
        found = len(draft.duties) + len(draft.requirements)
        self.status.ok(f"Found {len(draft.duties)} duties and {len(draft.requirements)} "
                       f"requirements. Check them, then add the ticked ones ({found}).")

    def _show_draft(self, draft) -> None:
        self._draft_rows = []
        if draft is None:
            self.preview.children = ()
            self.confirm.layout.display = "none"
            return
        self._cleaned = draft.cleaned_text
        children: list[widgets.Widget] = []
        sections = [("duty", "Duties found", [(t, True) for t in draft.duties], True),
                    ("requirement", "Requirements found", list(draft.requirements), True),
                    ("other", "Other lines (pay, about us…): tick any that is really a duty",
                     [(t, True) for t in draft.other], False)]
        for kind, heading, lines, ticked in sections:
            if not lines:
                continue
            children.append(widgets.HTML(f"<h4>{esc(heading)}</h4>"))
            for text, essential in lines:
                keep = widgets.Checkbox(value=ticked, indent=False,
                                        layout=widgets.Layout(width="28px"))
                line = widgets.Text(value=text, layout=widgets.Layout(width="78%"))
                must = widgets.Checkbox(value=essential, description="essential", indent=False,
                                        layout=widgets.Layout(width="100px"))
                row = [keep, line] + ([must] if kind == "requirement" else [])
                children.append(_cls(widgets.HBox(row), "ck-draft-row", f"ck-draft-{kind}"))
                self._draft_rows.append((kind, keep, line, must))
        self.preview.children = children
        self.confirm.layout.display = ""

    def _confirm(self, _=None) -> None:
        kept = [("duty" if k == "other" else k, line.value, must.value)
                for k, keep, line, must in self._draft_rows if keep.value and line.value.strip()]
        if not kept:
            raise InvalidEntry("No lines are ticked, so there is nothing to add.")
        job_id = self._ensure_job()
        duties, reqs = jobs.save_confirmed_lines(
            self.wb, job_id, [t for k, t, _ in kept if k == "duty"],
            [(t, e) for k, t, e in kept if k == "requirement"], ad_text=self._cleaned)
        self._show_draft(None)
        self.status.ok(f"Added {len(duties)} duties and {len(reqs)} requirements. Next: say "
                       "how much of the week each duty takes.")
        self.app.show_tab("duties")


class LineRow(widgets.VBox):
    """One stored duty or requirement; every field saves on its own."""

    def __init__(self, panel: LinesPanel, line: DutyRecord) -> None:
        self.panel, self.line_id, self.kind = panel, line.id, line.kind
        self.note = _cls(StatusLine(), "ck-row-status")
        self._quiet = False
        self.text = widgets.Text(value=line.text, continuous_update=False,
                                 layout=widgets.Layout(width="62%"))
        other = "requirement" if line.kind == "duty" else "duty"
        self.move = _button(f"→ {other}", "ck-move-line")
        self.remove = _button("", "ck-delete-line", "trash")
        self.remove.tooltip = "Delete this line"
        self.merge = _button("merge with next", "ck-merge-duty", "compress")
        head = [self.text, self.merge, self.move, self.remove]
        self.text.observe(self._on("text", lambda: self.text.value), "value")
        self.move.on_click(self._guard(lambda _: self.panel.move(self.line_id, other)))
        self.remove.on_click(self._guard(lambda _: self.panel.delete(self.line_id)))
        self.merge.on_click(self._guard(lambda _: self.panel.merge_next(self.line_id)))
        body = self._duty_fields(line) if line.kind == "duty" else self._req_fields(line)
        wrap = widgets.Layout(flex_flow="row wrap")
        super().__init__([widgets.HBox(head), widgets.HBox(body, layout=wrap), self.note])
        _cls(self, "ck-duty-row" if line.kind == "duty" else "ck-req-row", "ck-card")

    def _guard(self, fn: Callable) -> Callable:
        return reports_to(self.note)(fn)

    def _duty_fields(self, line: DutyRecord) -> list[widgets.Widget]:
        share = "" if line.share_pct is None else f"{line.share_pct:g}"
        self.share = _cls(widgets.Text(value=share, continuous_update=False,
                                       placeholder="%", layout=widgets.Layout(width="60px")),
                          "ck-share")
        self.unknown = _cls(widgets.Checkbox(value=line.share_pct is None,
                                             description="unknown", indent=False,
                                             layout=widgets.Layout(width="90px")),
                            "ck-share-unknown")
        self.skill = widgets.Dropdown(options=SKILLS, value=line.skill, description="skill",
                                      layout=widgets.Layout(width="150px"))
        self.energy = widgets.Dropdown(options=[(v, k) for k, v in vocab.ENERGY.items()],
                                       value=line.energy, layout=widgets.Layout(width="130px"))
        self.develop = widgets.Dropdown(options=[(f"develop: {v.lower()}", k)
                                                 for k, v in vocab.DEVELOP.items()],
                                        value=line.develop, layout=widgets.Layout(width="135px"))
        for w in (self.skill,):
            w.style.description_width = "36px"
        self.tags = {}
        for tag, label in vocab.DUTY_TAGS.items():
            # Eleven tags (issue 16): keep each label whole and let the row wrap.
            toggle = _cls(widgets.ToggleButton(value=tag in line.tags, description=label,
                                               layout=widgets.Layout(width="auto",
                                                                     flex="0 0 auto")),
                          f"ck-tag-{tag}")
            toggle.observe(self._on("tags", self._tag_values), "value")
            self.tags[tag] = toggle
        self.share.observe(self._on("share_pct", lambda: parse_share(self.share.value)), "value")
        self.unknown.observe(self._on_unknown, "value")
        for name in ("skill", "energy", "develop"):
            widget = getattr(self, name)
            widget.observe(self._on(name, lambda w=widget: w.value), "value")
        return [self.share, widgets.HTML("%&nbsp;"), self.unknown, self.skill, self.energy,
                self.develop, *self.tags.values()]

    def _req_fields(self, line: DutyRecord) -> list[widgets.Widget]:
        self.merge.layout.display = "none"
        options = [("not rated yet", None)] + [(v, k) for k, v in
                                                vocab.REQUIREMENT_STATUS.items()]
        self.status_pick = _cls(widgets.Dropdown(options=options,
                                                 value=line.requirement_status,
                                                 description="I have it",
                                                 layout=widgets.Layout(width="230px")),
                                "ck-req-status")
        self.essential = widgets.Checkbox(value=line.essential, description="essential",
                                          indent=False)
        self.status_pick.observe(self._on("requirement_status",
                                          lambda: self.status_pick.value), "value")
        self.essential.observe(self._on("essential", lambda: self.essential.value), "value")
        return [self.status_pick, self.essential]

    def _tag_values(self) -> list[str]:
        return [tag for tag, toggle in self.tags.items() if toggle.value]

    def _on(self, field: str, read: Callable[[], object]) -> Callable:
        def changed(change) -> None:
            if self._quiet:
                return
            self._guard(lambda: self._save(field, read))()
        return changed

    def _on_unknown(self, change) -> None:
        if self._quiet:
            return
        if change["new"]:
            self._guard(lambda: self._save("share_pct", lambda: None))()
        else:
            self.note.warn("Type the share in % (it stays unknown until you do).")

    def _save(self, field: str, read: Callable[[], object]) -> None:
        try:
            saved = undo.update_duty(self.panel.wb, self.panel.app.history, self.line_id,
                                     **{field: read()})
        except CoachkitError:
            self.show(jobs.get_duty(self.panel.wb, self.line_id))  # back to what is stored
            raise
        self.show(saved)
        what = {"share_pct": "share", "requirement_status": "status"}.get(field, field)
        self.note.ok(f"Saved ({what}).")
        self.panel.changed()

    def show(self, line: DutyRecord | None) -> None:
        if line is None:
            return
        self._quiet = True
        try:
            self.text.value = line.text
            if line.kind == "duty":
                self.share.value = "" if line.share_pct is None else f"{line.share_pct:g}"
                self.unknown.value = line.share_pct is None
                self.skill.value, self.energy.value = line.skill, line.energy
                self.develop.value = line.develop
                for tag, toggle in self.tags.items():
                    toggle.value = tag in line.tags
            else:
                self.status_pick.value = line.requirement_status
                self.essential.value = line.essential
        finally:
            self._quiet = False


class LinesPanel(Panel):
    """Duties (kind='duty') or requirements (kind='requirement') of the current job."""

    def __init__(self, app: JobFit, kind: str) -> None:
        self.kind = kind
        self.total = _cls(widgets.HTML(), "ck-share-total" if kind == "duty" else "ck-req-summary")
        self.rows = _cls(widgets.VBox(), "ck-duty-list" if kind == "duty" else "ck-req-list")
        self.new = _cls(widgets.Text(placeholder=f"Add a {kind} in your own words",
                                     layout=widgets.Layout(width="70%")), f"ck-new-{kind}")
        self.add = _button(f"Add {kind}", f"ck-add-{kind}", "plus")
        intro = ("For each duty: roughly what share of the week it takes (or tick unknown), "
                 "how good you are at it now, what it does to your energy, whether you want "
                 "to get better at it, and what kind of work it is."
                 if kind == "duty" else
                 "For each requirement in the ad: do you have it? Desirable items are the "
                 "ones without “essential”.")
        super().__init__(app, [widgets.HTML(f"<span class='ck-muted'>{esc(intro)}</span>"),
                               self.total, self.rows, widgets.HBox([self.new, self.add])])
        self.add.on_click(self.guarded(self._add))

    def refresh(self) -> None:
        if self.app.job_id is None:
            self.rows.children = ()
            self.total.value = "<i>Save a job first (tab “The job”).</i>"
            return
        lines = jobs.list_duties(self.wb, self.app.job_id, self.kind)
        self.rows.children = [LineRow(self, line) for line in lines]
        if lines and self.kind == "duty":
            self.rows.children[-1].merge.layout.display = "none"
        self.changed(local_only=True)

    def changed(self, local_only: bool = False) -> None:
        lines = jobs.list_duties(self.wb, self.app.job_id, self.kind)
        if self.kind == "duty":
            self.total.value = f"<b>{esc(jobs.share_total_text(lines))}</b>"
        else:
            report = jobs.fit_report(self.wb, self.app.job_id)
            rated = sum(1 for r in lines if r.requirement_status)
            essential = report.essential_met_pct
            share = ("" if report.requirements_met_pct is None else
                     f"Share met: {report.requirements_met_pct:g}% (essential: "
                     f"{'–' if essential is None else f'{essential:g}'}%). ")
            self.total.value = (f"<b>{rated} of {len(lines)} rated.</b> {esc(share)}"
                                f"<br><span class='ck-muted'>{esc(report.requirements_note)}"
                                "</span>")
        if not local_only:
            self.app.stale(keep=self)

    def _add(self, _=None) -> None:
        if self.app.job_id is None:
            raise InvalidEntry("Save the job first (tab “The job”).")
        if self.kind == "duty":
            jobs.add_duty(self.wb, self.app.job_id, self.new.value)
        else:
            jobs.add_requirement(self.wb, self.app.job_id, self.new.value)
        self.status.ok(f"Added “{self.new.value.strip()}”.")
        self.new.value = ""
        self.refresh()
        self.app.stale()

    def delete(self, line_id: int) -> None:
        jobs.delete_duty(self.wb, line_id)
        self.status.ok("Deleted.")
        self.refresh()
        self.app.stale()

    def move(self, line_id: int, kind: str) -> None:
        jobs.move_line(self.wb, line_id, kind)
        self.status.ok(f"Moved to the {kind} list.")
        self.refresh()
        self.app.stale()

    def merge_next(self, line_id: int) -> None:
        ids = [row.line_id for row in self.rows.children]
        position = ids.index(line_id)
        if position + 1 >= len(ids):
            raise InvalidEntry("There is no line below to merge with.")
        merged = jobs.merge_duties(self.wb, line_id, ids[position + 1])
        self.status.ok(f"Merged into “{_short(merged.text)}”.")
        self.refresh()
        self.app.stale()


class LimitsPanel(Panel):
    def __init__(self, app: JobFit) -> None:
        self.public = _cls(widgets.Text(description="Most public-facing time (%)",
                                        placeholder="e.g. 40"), "ck-limit-public")
        self.interruptions = _cls(widgets.Text(description="Interruptions an hour I can "
                                               "work with", placeholder="e.g. 6"),
                                  "ck-limit-interruptions")
        for w in (self.public, self.interruptions):
            w.style.description_width = "260px"
            w.layout.width = "380px"
        self.breakers = _cls(widgets.Textarea(placeholder="One per line, e.g. reception all day",
                                              layout=widgets.Layout(width="60%",
                                                                    height="90px")),
                             "ck-deal-breakers")
        self.save = _button("Save my limits", "ck-save-limits", "save", "primary")
        super().__init__(app, [
            widgets.HTML("<span class='ck-muted'>These limits are yours, not the job's: they "
                         "are kept for you and used for every job you weigh. Know your "
                         "tolerance before the interview, not after.</span>"),
            self.public, self.interruptions, widgets.HTML("<b>Deal-breakers</b>"),
            self.breakers, self.save])
        self.save.on_click(self.guarded(self._save))

    def refresh(self) -> None:
        limits = jobs.get_tolerances(self.wb)
        fmt = lambda v: "" if v is None else f"{v:g}"  # noqa: E731
        self.public.value = fmt(limits.max_public_facing_pct)
        self.interruptions.value = fmt(limits.max_interruptions_per_hour)
        self.breakers.value = "\n".join(limits.deal_breakers)

    def _save(self, _=None) -> None:
        saved = jobs.set_tolerances(
            self.wb,
            max_public_facing_pct=_number(self.public.value, "The most public-facing time"),
            max_interruptions_per_hour=_number(self.interruptions.value, "Interruptions an hour"),
            deal_breakers=self.breakers.value.splitlines())
        self.status.ok(f"Saved your limits ({len(saved.deal_breakers)} deal-breakers). They "
                       "apply to every job.")
        self.app.stale()


def _metric(label: str, value: str, cls: str) -> str:
    return f'<div class="ck-metric {cls}"><b>{esc(value)}</b>{esc(label)}</div>'


def share_text(pct: float, lower_bound: bool) -> str:
    """A share of the week; when some duty's share is unknown the figure is only a floor."""
    if not lower_bound:
        return f"{pct:g}%"
    return "unknown" if pct == 0 else f"at least {pct:g}%"


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


class FitPanel(Panel):
    def __init__(self, app: JobFit) -> None:
        self.summary = _cls(widgets.HTML(), "ck-fit-summary")
        self.chart = _cls(widgets.Image(format="png", layout=widgets.Layout(width="100%")),
                          "ck-fit-chart")
        self.metrics = widgets.HTML()
        self.flags = _cls(widgets.HTML(), "ck-flags-box")
        super().__init__(app, [self.summary, self.chart, self.metrics,
                               widgets.HTML("<h3>Flags</h3>"), self.flags])

    def refresh(self) -> None:
        if self.app.job_id is None:
            self.summary.value = "<i>Save a job first (tab “The job”).</i>"
            self.chart.layout.display = "none"
            return
        duties = jobs.list_duties(self.wb, self.app.job_id)
        report = jobs.fit_report(self.wb, self.app.job_id)
        if not duties:
            self.summary.value = (f'<div class="ck-card ck-fit-empty">{esc(report.summary)}'
                                  "</div>")
            self.chart.layout.display = "none"
            self.metrics.value = self.flags.value = ""
            return
        self.summary.value = f'<div class="ck-card ck-summary-text">{esc(report.summary)}</div>'
        self.chart.value = week_chart_png(duties)
        self.chart.layout.display = ""
        self.metrics.value = fit_metrics_html(report)
        self.flags.value = flags_html(report)


class AskRow(widgets.VBox):
    def __init__(self, panel: AsksPanel, rank: int, q) -> None:
        self.panel, self.ask_id = panel, q.id
        self.text = widgets.Text(value=q.text, continuous_update=False,
                                 layout=widgets.Layout(width="72%"))
        self.state = widgets.Dropdown(options=[(v, k) for k, v in vocab.ASK_STATUS.items()],
                                      value=q.status, layout=widgets.Layout(width="110px"))
        mine = "" if q.bank_id else " <span class='ck-soon'>(yours)</span>"
        head = widgets.HTML(f"<b>{rank}.</b>")
        why = widgets.HTML(f"<span class='ck-muted'>Why: {esc(q.why)}</span>{mine}"
                           if q.why else f"<span class='ck-muted'>{mine}</span>")
        guard = panel.guarded
        self.text.observe(guard(lambda ch: panel.edit(self.ask_id, ch["new"], self)), "value")
        self.state.observe(guard(lambda ch: panel.set_status(self.ask_id, ch["new"])), "value")
        super().__init__([widgets.HBox([head, self.text, self.state]), why])
        _cls(self, "ck-ask-row", f"ck-ask-{q.status}")


class AsksPanel(Panel):
    def __init__(self, app: JobFit) -> None:
        self.list = _cls(widgets.VBox(), "ck-ask-list")
        self.more = _button("Show all", "ck-ask-more")
        self.new = widgets.Text(placeholder="A question of your own", layout=widgets.Layout(
            width="70%"))
        self.add = _button("Add question", "ck-add-ask", "plus")
        self.sheet = _button("Make the interview-day sheet", "ck-make-sheet", "print",
                             "primary")
        self.sheet_link = _cls(widgets.HTML(), "ck-sheet-link")
        self.sheet_preview = _cls(widgets.HTML(), "ck-sheet-preview")
        self.show_all = False
        super().__init__(app, [
            widgets.HTML("<span class='ck-muted'>Made from your worksheet, the questions whose "
                         "answers could change your decision first. Edit the wording, drop "
                         "what you won't ask, add your own: the list keeps your changes when "
                         "the worksheet changes.</span>"),
            self.list, widgets.HBox([self.more]), widgets.HBox([self.new, self.add]),
            widgets.HTML("<h3>Interview day</h3><span class='ck-muted'>One printable page: "
                         "the top questions with room for the answers, and the duties to "
                         "listen for.</span>"), widgets.HBox([self.sheet]), self.sheet_link,
            self.sheet_preview])
        self.more.on_click(self.guarded(self._more))
        self.add.on_click(self.guarded(self._add))
        self.sheet.on_click(self.guarded(self._sheet))

    def refresh(self) -> None:
        if self.app.job_id is None:
            self.list.children = (widgets.HTML("<i>Save a job first.</i>"),)
            return
        questions = jobs.regenerate_questions(self.wb, self.app.job_id)
        active = [q for q in questions if q.status != "dropped"]
        dropped = [q for q in questions if q.status == "dropped"]
        shown = active if self.show_all else active[:ASKS_SHOWN]
        rows: list[widgets.Widget] = [AskRow(self, i, q) for i, q in enumerate(shown, 1)]
        if self.show_all and dropped:
            rows.append(widgets.HTML(f"<h4>Dropped ({len(dropped)})</h4>"))
            rows += [AskRow(self, i, q) for i, q in enumerate(dropped, len(shown) + 1)]
        self.list.children = rows
        hidden = len(active) - len(shown)
        self.more.description = (f"Show all ({hidden} more, {len(dropped)} dropped)"
                                 if not self.show_all else "Show the top questions only")
        self.more.layout.display = "" if (hidden or dropped or self.show_all) else "none"

    def _more(self, _=None) -> None:
        self.show_all = not self.show_all
        self.refresh()

    def edit(self, ask_id: int, text: str, row: AskRow) -> None:
        try:
            jobs.edit_question(self.wb, ask_id, text)
        except CoachkitError:
            self.refresh()
            raise
        self.status.ok("Saved your wording; it stays when the list is refreshed.")

    def set_status(self, ask_id: int, status: str) -> None:
        jobs.set_question_status(self.wb, ask_id, status)
        self.status.ok(f"Marked as {vocab.ASK_STATUS[status].lower()}.")
        self.refresh()

    def _add(self, _=None) -> None:
        if self.app.job_id is None:
            raise InvalidEntry("Save the job first (tab “The job”).")
        jobs.plan_question_to_ask(self.wb, self.app.job_id, self.new.value)
        self.status.ok(f"Added “{self.new.value.strip()}” at the top.")
        self.new.value = ""
        self.refresh()

    def _sheet(self, _=None) -> None:
        from coachkit.ui.interview_sheet import SHEET_CSS, sheet_for, write_sheet

        if self.app.job_id is None:
            raise InvalidEntry("Save the job first (tab “The job”).")
        path = write_sheet(self.wb, self.app.job_id)
        _, fragment, page = sheet_for(self.wb, self.app.job_id)
        data = base64.b64encode(page.encode("utf-8")).decode("ascii")
        self.sheet_link.value = (
            f'<div class="ck-card">Saved: <span class="ck-path">{esc(path)}</span><br>'
            f'<a download="{esc(path.name)}" href="data:text/html;base64,{data}">'
            "Download the sheet</a> <span class='ck-muted'>— open it in your browser and "
            "print it (Ctrl+P).</span></div>")
        self.sheet_preview.value = (f"<style>{SHEET_CSS}</style>"
                                    f"<div class='ck-card'>{fragment}</div>")
        self.status.ok("The interview-day sheet is ready.")


class AfterPanel(Panel):
    def __init__(self, app: JobFit) -> None:
        self.heard = _cls(widgets.VBox(), "ck-heard-list")
        self.shares = _cls(widgets.VBox(), "ck-fill-shares")
        self.rate = _cls(widgets.Text(description="Interruptions an hour they described",
                                      continuous_update=False, placeholder="e.g. 10"),
                         "ck-heard-interruptions")
        self.rate.style.description_width = "260px"
        self.rate.layout.width = "380px"
        self.summary = _cls(widgets.HTML(), "ck-after-summary")
        self.decision = _cls(widgets.RadioButtons(
            options=[("Not decided yet", None)] + [(v, k) for k, v in vocab.DECISIONS.items()]),
            "ck-decision")
        self.note = widgets.Textarea(placeholder="Why: what tipped it, what you heard, what "
                                     "you would ask for in an offer",
                                     layout=widgets.Layout(width="100%", height="90px"))
        self.decide = _button("Save decision", "ck-save-decision", "save", "primary")
        super().__init__(app, [
            widgets.HTML("<span class='ck-muted'>After the interview: note what you heard, fill "
                         "in the shares you learned, and the fit is worked out again.</span>"
                         "<h3>What you heard</h3>"), self.heard,
            widgets.HTML("<h3>Shares you found out</h3>"), self.shares, self.rate,
            self.summary, widgets.HTML("<h3>Your decision</h3>"), self.decision, self.note,
            self.decide])
        self.rate.observe(self.guarded(self._rate), "value")
        self.decide.on_click(self.guarded(self._decide))

    def refresh(self) -> None:
        if self.app.job_id is None:
            self.heard.children = (widgets.HTML("<i>Save a job first.</i>"),)
            return
        job_id = self.app.job_id
        questions = [q for q in jobs.list_questions(self.wb, job_id) if q.status != "dropped"]
        rows = []
        for q in questions[:ASKS_SHOWN]:
            box = widgets.Textarea(value=q.heard, continuous_update=False,
                                   placeholder="What they said",
                                   layout=widgets.Layout(width="100%", height="52px"))
            box.observe(self.guarded(lambda ch, i=q.id: self._heard(i, ch["new"])), "value")
            rows.append(_cls(widgets.VBox([widgets.HTML(f"<b>{esc(q.text)}</b>"), box]),
                             "ck-heard-row"))
        self.heard.children = rows or (widgets.HTML("<i>No questions yet.</i>"),)
        unknown = [d for d in jobs.list_duties(self.wb, job_id) if d.share_pct is None]
        fills = []
        for duty in unknown:
            box = _cls(widgets.Text(placeholder="% of the week", continuous_update=False,
                                    layout=widgets.Layout(width="120px")), "ck-fill-share")
            box.observe(self.guarded(lambda ch, i=duty.id: self._share(i, ch["new"])), "value")
            fills.append(widgets.HBox([widgets.HTML(f"{esc(_short(duty.text, 70))}&nbsp;"),
                                       box]))
        self.shares.children = fills or (widgets.HTML("<span class='ck-muted'>Every duty has "
                                                      "a share.</span>"),)
        heard = jobs.interruptions_heard(self.wb, job_id)
        self._quiet_rate("" if heard is None else f"{heard:g}")
        job = jobs.get_job(self.wb, job_id)
        self.decision.value, self.note.value = job.decision, job.decision_note
        self._summary()

    def _quiet_rate(self, value: str) -> None:
        self._skip = True
        self.rate.value = value
        self._skip = False

    def _summary(self) -> None:
        report = jobs.fit_report(self.wb, self.app.job_id)
        # Each fact once: only the flags the summary does not already state are listed.
        rest = flags_beyond_summary(report)
        listed = flags_html(replace(report, flags=rest)) if rest else ""
        self.summary.value = (f'<div class="ck-card"><b>The fit now:</b> {esc(report.summary)}'
                              f"{listed}</div>")

    def _heard(self, ask_id: int, text: str) -> None:
        jobs.record_heard(self.wb, ask_id, text)
        self.status.ok("Saved what you heard.")

    def _share(self, duty_id: int, text: str) -> None:
        undo.update_duty(self.wb, self.app.history, duty_id, share_pct=parse_share(text))
        self.status.ok("Saved the share; the fit is worked out again.")
        self.app.stale()
        self.refresh()

    def _rate(self, change) -> None:
        if getattr(self, "_skip", False):
            return
        jobs.set_interruptions_heard(self.wb, self.app.job_id,
                                     _number(change["new"], "Interruptions an hour"))
        self.status.ok("Saved; the fit is worked out again.")
        self.app.stale()
        self._summary()

    def _decide(self, _=None) -> None:
        job = undo.decide(self.wb, self.app.history, self.app.job_id, self.decision.value,
                          self.note.value)
        label = vocab.DECISIONS.get(job.decision or "", "not decided yet")
        self.status.ok(f"Saved your decision: {label}.")
        self.app.stale()


# ----------------------------------------------------------------------------- the view


TABS = [("job", "1 · The job"), ("duties", "2 · Duties"), ("requirements", "3 · Requirements"),
        ("limits", "4 · Your limits"), ("fit", "5 · Fit"), ("asks", "6 · Questions to ask"),
        ("after", "7 · After the interview")]


def compare_html(rows) -> str:
    if not rows:
        return "<span class='ck-muted'>No jobs yet: start with “New job”.</span>"
    head = ("<tr><th>Job</th><th>Skill (time-weighted)</th><th>Drains you</th>"
            "<th>Faces the public</th><th>Unknown shares</th><th>Flags</th><th>Decision</th>"
            "</tr>")
    body = []
    for r in rows:
        skill = "–" if r.weighted_skill is None else f"{r.weighted_skill:.1f}"
        drains = share_text(r.drains_pct, r.drains_is_lower_bound)
        facing = share_text(r.public_facing_pct, r.public_facing_is_lower_bound)
        flags = "<br>".join(esc(f) for f in r.flags) or "none"
        where = f" <span class='ck-muted'>{esc(r.organisation)}</span>" if r.organisation else ""
        body.append(f"<tr><td><b>{esc(r.title)}</b>{where}</td><td>{skill}</td>"
                    f"<td>{drains}</td><td>{facing}</td>"
                    f"<td>{r.unknown_shares}</td><td>{flags}</td>"
                    f"<td>{esc(vocab.DECISIONS.get(r.decision or '', '–'))}</td></tr>")
    return f'<table class="ck-table ck-compare">{head}{"".join(body)}</table>'


def compare_table(rows) -> Table:
    columns = ("job", "organisation", "skill_time_weighted", "drains_pct", "public_facing_pct",
               "unknown_shares", "flags", "decision")
    return Table("jobs-side-by-side", columns, tuple(
        (r.title, r.organisation, r.weighted_skill, round(r.drains_pct, 1),
         round(r.public_facing_pct, 1), r.unknown_shares, "; ".join(r.flags),
         vocab.DECISIONS.get(r.decision or "", "")) for r in rows))


class JobFit(widgets.VBox):
    """The dashboard. Tabs are built when first opened; with ``background`` the comparison
    table (which loads the scoring engine) is filled after the page is ready."""

    def __init__(self, workbook: Workbook, background: bool = False) -> None:
        self.wb = workbook
        self.job_id: int | None = None
        self.status = StatusLine()
        self.picker = _cls(widgets.Dropdown(description="Job", layout=widgets.Layout(
            width="60%")), "ck-job-picker")
        self.new = _button("New job", "ck-new-job", "plus")
        self.delete = _button("Delete job", "ck-delete-job", "trash")
        self.really = _button("Yes, delete it", "ck-really-delete-job", "trash", "danger")
        self.keep = _button("Keep it", "ck-keep-job")
        self.really.layout.display = self.keep.layout.display = "none"
        self.compare = _cls(widgets.HTML("<span class='ck-muted'>Weighing your jobs…</span>"),
                            "ck-compare-box")
        self.compare_export = ExportBar()
        self._factories: dict[str, Callable[[], Panel]] = {
            "job": lambda: JobPanel(self), "duties": lambda: LinesPanel(self, "duty"),
            "requirements": lambda: LinesPanel(self, "requirement"),
            "limits": lambda: LimitsPanel(self), "fit": lambda: FitPanel(self),
            "asks": lambda: AsksPanel(self), "after": lambda: AfterPanel(self)}
        self.panels: dict[str, Panel] = {}
        self._slots = {name: widgets.VBox() for name in self._factories}
        self.tabs = _cls(widgets.Tab(children=list(self._slots.values())), "ck-job-tabs")
        for i, (_, title) in enumerate(TABS):
            self.tabs.set_title(i, title)
        self._fresh: set[str] = set()
        self._quiet = False
        self._compare_round = 0
        self.compare_thread: threading.Thread | None = None
        self.history = undo.EditHistory()  # this page's edits to jobs, newest last
        self.undo_edit = UndoButton(self.history, self.status, lambda: None)
        super().__init__([widgets.HBox([self.picker, self.new, self.delete, self.really,
                                        self.keep, self.undo_edit],
                                       layout=widgets.Layout(flex_flow="wrap")), self.status,
                          widgets.HTML("<h2>Your jobs side by side</h2>"), self.compare,
                          self.compare_export,
                          widgets.HTML("<h2>The worksheet</h2>"), self.tabs])
        self.picker.observe(reports_to(self.status)(self._picked), "value")
        self.new.on_click(reports_to(self.status)(self._new))
        self.delete.on_click(reports_to(self.status)(self._ask_delete))
        self.really.on_click(reports_to(self.status)(self._delete))
        self.keep.on_click(reports_to(self.status)(self._keep))
        self.undo_edit.after = self.stale
        self.tabs.observe(reports_to(self.status)(lambda ch: self._show_current()),
                          "selected_index")
        self._load_jobs(background=background)

    def _load_jobs(self, select: int | None = None, background: bool = False) -> None:
        listed = jobs.list_jobs(self.wb)
        options = [(f"{j.title} — {j.organisation}" if j.organisation else j.title, j.id)
                   for j in listed]
        self._quiet = True
        self.picker.options = options
        chosen = select if select is not None else (listed[0].id if listed else None)
        self.picker.value = chosen
        self._quiet = False
        self.job_id = chosen
        self._fresh.clear()
        self.refresh_compare(background)
        self._show_current()

    def refresh_compare(self, background: bool = False) -> None:
        self._compare_round += 1
        if not background:
            rows = jobs.compare_jobs(self.wb)
            self.compare.value = compare_html(rows)
            self.compare_export.refresh(compare_table(rows))
            return
        round_ = self._compare_round

        def fill() -> None:
            # Wait until Voila has sent the page: loading the scoring engine at the same
            # time would compete with it and delay the moment the dashboard is usable.
            time.sleep(COMPARE_DELAY_S)
            rows = None
            try:
                rows = jobs.compare_jobs(self.wb)
                html = compare_html(rows)
            except Exception:  # noqa: BLE001 - a dashboard must never show a traceback
                log.exception("comparing jobs failed")
                html = "<span class='ck-muted'>The comparison could not be made.</span>"
            if round_ == self._compare_round:  # a later edit has already redrawn it
                self.compare.value = html
                if rows is not None:
                    self.compare_export.refresh(compare_table(rows))

        self.compare_thread = threading.Thread(target=fill, daemon=True, name="ck-compare")
        self.compare_thread.start()

    def _confirming(self, on: bool) -> None:
        self.really.layout.display = self.keep.layout.display = None if on else "none"
        self.delete.layout.display = "none" if on else None

    def _ask_delete(self, _=None) -> None:
        if self.job_id is None:
            raise InvalidEntry("Choose the job to delete first.")
        job = jobs.get_job(self.wb, self.job_id)
        self._confirming(True)
        self.status.warn(f"Delete \u201c{job.title}\u201d with its duties, requirements, "
                         "questions to ask and decision? This cannot be undone.")

    def _keep(self, _=None) -> None:
        self._confirming(False)
        self.status.ok("Nothing was deleted.")

    def _delete(self, _=None) -> None:
        self._confirming(False)
        if self.job_id is None:
            raise InvalidEntry("Choose the job to delete first.")
        title = jobs.get_job(self.wb, self.job_id).title
        jobs.delete_job(self.wb, self.job_id)
        self._load_jobs()
        self.status.ok(f"Deleted \u201c{title}\u201d.")

    def _picked(self, change) -> None:
        self._confirming(False)
        if self._quiet:
            return
        self.job_id = change["new"]
        self.stale()

    def _new(self, _=None) -> None:
        self._quiet = True
        self.picker.value = None
        self._quiet = False
        self.job_id = None
        self.stale()
        self.show_tab("job")
        self.status.ok("Fill in the title and paste the ad, then save.")

    def job_added(self, job_id: int) -> None:
        self._load_jobs(select=job_id)

    def show_tab(self, name: str) -> None:
        index = list(self._slots).index(name)
        if self.tabs.selected_index == index:
            self._show_current()
        else:
            self.tabs.selected_index = index

    def stale(self, keep: Panel | None = None) -> None:
        """Something changed: panels refill when next shown; the open one refills now
        unless it is ``keep``, the panel that made the change and shows it already."""
        self._fresh.clear()
        self.refresh_compare()
        if keep is not None:
            self._fresh.update(name for name, panel in self.panels.items() if panel is keep)
            return
        self._show_current()

    def _show_current(self) -> None:
        name = list(self._slots)[self.tabs.selected_index or 0]
        if name not in self.panels:
            self.panels[name] = self._factories[name]()
            self._slots[name].children = (self.panels[name],)
        if name not in self._fresh:
            self._fresh.add(name)
            self.panels[name].refresh()


def job_fit(url: str | None = None) -> widgets.VBox:
    """Build the job-fit dashboard for the configured workbook (or ``url``)."""
    return dashboard("job-fit", "Weigh a job before the interview",
                     lambda wb: JobFit(wb, background=True), url,
                     "What share of the week would each duty take, what does it do to your "
                     "energy, and what must you ask before deciding?")
