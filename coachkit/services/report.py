"""The session report a candidate brings to a coaching meeting: a one-page summary (names, the
three things to work on next), then coach comments, the practice queue, job fit, outcomes and
answer quality. Rendered from a Jinja2 template into one self-contained HTML file (charts are
PNGs embedded as base64, no links out) and printed to PDF by `report_pdf` where Chromium is
installed.

The charts are drawn here with matplotlib (imported only when a chart is drawn); the coach
dashboard shows the same pictures.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import sys
from dataclasses import dataclass
from pathlib import Path

from coachkit import config
from coachkit.domain import vocab
from coachkit.services import coach
from coachkit.services.workbook import Workbook

OUTCOME_COLOURS = {"offer": "#2f7a3d", "rejected": "#b42318", "waiting": "#829ab1",
                   "declined": "#b7791f", "withdrew": "#7c5e10"}
CANDIDATE_COLOUR, COACH_COLOUR = "#0b6bcb", "#d97706"


def _figure(width: float = 6.4, height: float = 3.0):
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=110)
    return fig, fig.add_subplot()


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def outcomes_chart(interviews: list[coach.InterviewView]) -> bytes | None:
    """Each dated interview on a time line: height = how connected it felt, colour = outcome,
    a ring = they later said they regret."""
    fig = outcomes_figure(interviews)
    return None if fig is None else _png(fig)


def outcomes_figure(interviews: list[coach.InterviewView]):
    """The figure behind `outcomes_chart` (None when no interview has a date). Dates on
    the axis read like the rest of coachkit: "Mar", "2026", "3 Mar", never "2026-03"."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    dated = [iv for iv in interviews if iv.interview_date]
    if not dated:
        return None
    fig, ax = _figure()
    for outcome, colour in OUTCOME_COLOURS.items():
        points = [iv for iv in dated if iv.outcome == outcome]
        if points:
            ax.scatter([iv.interview_date for iv in points],
                       [iv.connection or 0 for iv in points], s=90, color=colour,
                       label=vocab.OUTCOMES[outcome], zorder=3)
    regret = [iv for iv in dated if iv.regret_heard]
    if regret:
        ax.scatter([iv.interview_date for iv in regret], [iv.connection or 0 for iv in regret],
                   s=260, facecolors="none", edgecolors="#102a43", linewidths=1.5,
                   label='said they "regret"', zorder=2)
    ax.set_ylim(-0.3, 5.5)
    ax.set_yticks([0, 1, 2, 3, 4, 5], ["not rated", "1", "2", "3", "4", "5"])
    ax.set_ylabel("How connected it felt")
    ax.set_title("Interviews over time")
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=8, loc="upper left", frameon=False, ncol=2)
    day = "%#d" if sys.platform == "win32" else "%-d"  # day without a leading zero
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(
        locator, formats=["%Y", "%b", f"{day} %b", "%H:%M", "%H:%M", "%S"],
        zero_formats=["", "%Y", "%b", f"{day} %b", "%H:%M", "%H:%M"],
        offset_formats=["", "%Y", "%b %Y", f"{day} %b %Y", f"{day} %b %Y", f"{day} %b %Y"]))
    return fig


def stages_chart(by_stage: dict) -> bytes | None:
    if not by_stage:
        return None
    fig, ax = _figure(6.4, 2.6)
    stages = list(by_stage)
    left = [0] * len(stages)
    for outcome, colour in OUTCOME_COLOURS.items():
        counts = [by_stage[s].get(outcome, 0) for s in stages]
        if any(counts):
            ax.barh([vocab.STAGES.get(s, s) for s in stages], counts, left=left, color=colour,
                    label=vocab.OUTCOMES[outcome])
            left = [a + b for a, b in zip(left, counts, strict=True)]
    ax.invert_yaxis()
    ax.set_xlabel("Interviews")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title("Outcomes by stage")
    ax.legend(fontsize=8, frameon=False, loc="lower right")
    return _png(fig)


def paired_chart(labels: list[str], candidate: list[float | None],
                 coach_scores: list[float | None], title: str) -> bytes | None:
    """Candidate vs coach on the same 1-5 scale, one pair of bars per row."""
    if not any(v is not None for v in [*candidate, *coach_scores]):
        return None
    fig, ax = _figure(6.4, 0.45 * len(labels) + 1.0)
    ys = range(len(labels))
    ax.barh([y - 0.2 for y in ys], [v or 0 for v in candidate], height=0.38,
            color=CANDIDATE_COLOUR, label="Candidate")
    ax.barh([y + 0.2 for y in ys], [v or 0 for v in coach_scores], height=0.38,
            color=COACH_COLOUR, label="Coach")
    ax.set_yticks(list(ys), labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 5)
    ax.set_xlabel("Mean score, 1 (weak) to 5 (strong); no bar = not rated")
    ax.set_title(title)
    ax.legend(fontsize=8, frameon=False, loc="lower right")
    return _png(fig)


def presentation_means(table: dict) -> tuple[list[str], list, list]:
    labels, cand, coach_means = [], [], []
    for factor, label in vocab.PRESENTATION_FACTORS.items():
        by_role: dict[str, list[int]] = {"candidate": [], "coach": []}
        for factors in table.values():
            for role, score in factors.get(factor, {}).items():
                by_role[role].append(score)
        labels.append(label)
        cand.append(sum(by_role["candidate"]) / len(by_role["candidate"])
                    if by_role["candidate"] else None)
        coach_means.append(sum(by_role["coach"]) / len(by_role["coach"])
                           if by_role["coach"] else None)
    return labels, cand, coach_means



# ------------------------------------------------------------------------------ content

# One date format across the report: 2 Jun 2026 (`show_date`).


def show_date(value: dt.date | dt.datetime | None) -> str:
    return "" if value is None else f"{value.day} {value:%b %Y}"


def show_score(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} / 5"


def chart_uri(png: bytes | None) -> str | None:
    return None if png is None else "data:image/png;base64," + base64.b64encode(png).decode()


@dataclass(frozen=True)
class FocusItem:
    """One of the three things to work on next: what, and the evidence that points at it."""

    what: str
    why: str


@dataclass(frozen=True)
class CoachNote:
    on: str
    author: str
    text: str
    when: dt.datetime | None


def names(wb: Workbook) -> tuple[str, list[str]]:
    """The candidate's name (the newest one given) and every coach named in the workbook."""
    from sqlalchemy import select

    from coachkit.storage import tables as t

    with wb.store.read() as s:
        people = s.execute(select(t.Person.name, t.Person.role).order_by(t.Person.id)).all()
        raters = s.execute(select(t.Rating.rater_name).where(t.Rating.rater_role == "coach")
                           .order_by(t.Rating.id)).scalars().all()
        authors = s.execute(select(t.Comment.author_name).where(t.Comment.author_role == "coach")
                            .order_by(t.Comment.id)).scalars().all()
    candidates = [n for n, role in people if role == "candidate" and n.strip()]
    coaches = [n for n, role in people if role == "coach"] + list(raters) + list(authors)
    return (candidates[-1] if candidates else "",
            list(dict.fromkeys(n.strip() for n in coaches if n and n.strip())))


def coach_notes(wb: Workbook) -> list[CoachNote]:
    """The coach's comments and rating remarks, on what the reader may see, oldest first."""
    from sqlalchemy import select

    from coachkit.storage import tables as t

    visible = {iv.id: iv.organisation for iv in coach.shared_interviews(wb)}
    notes: list[tuple[dt.datetime | None, CoachNote]] = []
    with wb.store.read() as s:
        questions = {q.id: (q.text, q.interview_id) for q in s.scalars(select(t.Question))}
        versions = dict(s.execute(select(t.AnswerVersion.id, t.Answer.question_id)
                                  .join(t.Answer)).all())
        answer_text = dict(s.execute(select(t.AnswerVersion.id, t.Answer.question_text)
                                     .join(t.Answer)).all())

        def about(kind: str, target: int) -> str | None:
            if kind == "interview":
                return f"Interview: {visible[target]}" if target in visible else None
            qid = target if kind == "question" else versions.get(target)
            if qid is None:
                text = answer_text.get(target) if kind == "answer_version" else None
                return f"Answer to: {text}" if text else None
            text, interview = questions.get(qid, ("", None))
            if interview is not None and interview not in visible:
                return None
            return f"{'Question' if kind == 'question' else 'Answer to'}: {text}"

        for c in s.scalars(select(t.Comment).where(t.Comment.author_role == "coach")
                           .order_by(t.Comment.id)):
            on = about(c.target_kind, c.target_id)
            if on is not None:
                notes.append((c.created_at, CoachNote(on, c.author_name, c.text, c.created_at)))
        for r in s.scalars(select(t.Rating).where(t.Rating.rater_role == "coach",
                                                  t.Rating.comment != "").order_by(t.Rating.id)):
            on = about("answer_version", r.answer_version_id)
            if on is not None:
                notes.append((r.created_at, CoachNote(on, r.rater_name, r.comment,
                                                      r.created_at)))
    notes.sort(key=lambda pair: pair[0] or dt.datetime.min)
    # A remark given with several criteria of one rating is one remark.
    unique = {(n.on, n.author, n.text): n for _when, n in notes}
    return list(unique.values())


def practice_items(wb: Workbook) -> list:
    """The practice queue, soonest due first (for a coach: only questions they may see)."""
    from coachkit.services import practice

    items = practice.queue(wb)
    if wb.role == "candidate":
        return items
    from sqlalchemy import select

    from coachkit.storage import tables as t

    visible = {iv.id for iv in coach.shared_interviews(wb)}
    with wb.store.read() as s:
        where = dict(s.execute(select(t.Question.id, t.Question.interview_id)).all())
    return [i for i in items if i.question_id is None or where.get(i.question_id) in visible]


def _share(pct: float, lower_bound: bool) -> str:
    if lower_bound:
        return f"at least {pct:g}%" if pct > 0 else "unknown"
    return f"{pct:g}%"


def job_rows(wb: Workbook) -> list[dict]:
    """Each job kept in the workbook with its fit in one sentence (the candidate's only)."""
    from coachkit.services import jobs

    if wb.role != "candidate":
        return []
    rows = []
    for job in jobs.compare_jobs(wb):
        fit = jobs.fit_report(wb, job.job_id)
        rows.append({"title": job.title, "organisation": job.organisation,
                     "skill": show_score(job.weighted_skill),
                     "drains": _share(job.drains_pct, job.drains_is_lower_bound),
                     "public": _share(job.public_facing_pct, job.public_facing_is_lower_bound),
                     "flags": list(job.flags), "summary": fit.summary,
                     "decision": vocab.DECISIONS.get(job.decision or "", "not decided")})
    return rows


def three_things(families: list[coach.WeakFamily], quality: list[coach.CriterionComparison],
                 patterns: list[coach.FactorPattern], due: list,
                 today: dt.date) -> list[FocusItem]:
    """The three things to work on next, from the evidence in the workbook, strongest first:
    recurring questions with weak (or no) answers, the weakest rubric criterion, a
    presentation factor that was lower where interviews ended in rejection, overdue practice."""
    items: list[FocusItem] = []
    for f in families[:2]:
        if f.score is None:
            items.append(FocusItem(f"Prepare an answer to \u201c{f.label}\u201d",
                                   f"Asked in {f.interviews} interviews; no rated answer yet."))
        elif f.score < 3.5:
            items.append(FocusItem(f"Strengthen your answer to \u201c{f.label}\u201d",
                                   f"Asked in {f.interviews} interviews; latest answer scores "
                                   f"{show_score(f.score)}."))
    rated = [(q.coach if q.coach is not None else q.candidate, q) for q in quality
             if q.coach is not None or q.candidate is not None]
    if rated:
        score, weakest = min(rated, key=lambda pair: pair[0])
        if score < 4:
            who = "your coach's" if weakest.coach is not None else "your own"
            n = weakest.coach_n if weakest.coach is not None else weakest.candidate_n
            items.append(FocusItem(f"Work on \u201c{weakest.label}\u201d in every answer",
                                   f"The lowest criterion: {show_score(score)} on average "
                                   f"({who} ratings of {n} answer{'s' if n != 1 else ''})."))
    gaps = [p for p in patterns if p.advanced_mean is not None and p.rejected_mean is not None
            and p.advanced_mean - p.rejected_mean >= 0.75]
    if gaps:
        p = max(gaps, key=lambda g: g.advanced_mean - g.rejected_mean)
        items.append(FocusItem(f"Talk through \u201c{p.label}\u201d",
                               f"{p.rejected_mean:.1f} where interviews ended in rejection "
                               f"vs {p.advanced_mean:.1f} where they led on "
                               f"({p.rejected_n} and {p.advanced_n} interviews): a hint, "
                               "not a cause."))
    overdue = [i for i in due if i.due.date() <= today]
    if overdue:
        items.append(FocusItem(f"Practise the {len(overdue)} question"
                               f"{'s' if len(overdue) != 1 else ''} due",
                               f"Oldest due since {show_date(overdue[0].due)}: "
                               f"\u201c{overdue[0].question}\u201d."))
    return items[:3]


def report_context(wb: Workbook, today: dt.date | None = None, candidate: str | None = None,
                   coach_name: str | None = None) -> dict:
    """Everything the template shows, as plain values (the template only lays it out)."""
    today = today or dt.date.today()
    stored_candidate, stored_coaches = names(wb)
    candidate = (candidate or "").strip() or stored_candidate
    coaches = [coach_name.strip()] if coach_name and coach_name.strip() else stored_coaches
    ivs = coach.shared_interviews(wb)
    by_stage = coach.outcomes_by_stage(ivs)
    table = coach.presentation_table(wb)
    patterns = coach.factor_patterns(ivs, table)
    quality = coach.answer_quality(wb)
    families = coach.weakest_families(wb)
    queue = practice_items(wb)
    labels, cand, coach_means = presentation_means(table)
    outcomes = {o: sum(1 for iv in ivs if iv.outcome == o) for o in vocab.OUTCOMES}
    return {
        "today": today, "candidate": candidate, "coaches": coaches,
        "for_coach": wb.role == "coach",
        "interviews": ivs, "outcomes": outcomes,
        "regret": coach.regret_cases(ivs),
        "focus": three_things(families, quality, patterns, queue, today),
        "notes": coach_notes(wb),
        "practice": queue[:15], "practice_total": len(queue),
        "practice_due": sum(1 for i in queue if i.due.date() <= today),
        "jobs": job_rows(wb),
        "connection": {vocab.OUTCOMES.get(o, o): (len(v), sum(v) / len(v))
                       for o, v in coach.connection_vs_outcome(ivs).items()},
        "patterns": patterns, "quality": quality, "families": families,
        "watch": coach.watchlist(wb),
        "charts": {
            "stages": chart_uri(stages_chart(by_stage)),
            "timeline": chart_uri(outcomes_chart(ivs)),
            "presentation": chart_uri(paired_chart(labels, cand, coach_means,
                                                   "Presentation factors")),
            "quality": chart_uri(paired_chart([q.label for q in quality],
                                              [q.candidate for q in quality],
                                              [q.coach for q in quality],
                                              "Answers: latest versions")),
        },
    }


def _environment():
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("coachkit", "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["date"] = show_date
    env.filters["score"] = show_score
    env.globals.update(STAGES=vocab.STAGES, OUTCOMES=vocab.OUTCOMES)
    return env


def build_report_html(wb: Workbook, today: dt.date | None = None, candidate: str | None = None,
                      coach_name: str | None = None) -> str:
    context = report_context(wb, today, candidate, coach_name)
    return _environment().get_template("report.html.j2").render(**context)


def page_header(context_candidate: str, today: dt.date) -> str:
    who = f" · {context_candidate}" if context_candidate else ""
    return f"Coaching session report{who} · {show_date(today)}"


# ------------------------------------------------------------------------------ files


@dataclass(frozen=True)
class WrittenReport:
    html: Path
    pdf: Path | None
    note: str  # why there is no PDF, in words for the user; "" when there is one
    focus: tuple[FocusItem, ...] = ()  # the first page's three things to work on next


def default_report_path() -> Path:
    return config.data_dir() / f"coaching-report-{dt.date.today():%Y-%m-%d}.html"


def write_report(wb: Workbook, out: Path | str | None = None, pdf: bool = True, *,
                 candidate: str | None = None, coach_name: str | None = None,
                 today: dt.date | None = None) -> WrittenReport:
    """Write the HTML report, and its PDF beside it when ``pdf`` and Chromium allow."""
    from coachkit.services import report_pdf

    today = today or dt.date.today()
    html_path = Path(out).expanduser() if out else default_report_path()
    if html_path.is_dir():
        html_path = html_path / default_report_path().name
    html_path.parent.mkdir(parents=True, exist_ok=True)
    context = report_context(wb, today, candidate, coach_name)
    text = _environment().get_template("report.html.j2").render(**context)
    html_path.write_text(text, encoding="utf-8")
    if not pdf:
        return WrittenReport(html_path, None, "", tuple(context["focus"]))
    pdf_path, note = report_pdf.print_pdf(text, html_path.with_suffix(".pdf"),
                                          page_header(context["candidate"], today))
    return WrittenReport(html_path, pdf_path, note, tuple(context["focus"]))
