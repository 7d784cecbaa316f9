"""The session report for a coaching meeting: one self-contained HTML file (charts are PNGs
embedded as base64, no links out) and, where Chromium is installed, a PDF printed from it.

The charts are drawn here with matplotlib (imported only when a chart is drawn); the coach
dashboard shows the same pictures.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import shutil
import subprocess
from pathlib import Path

from coachkit import config
from coachkit.domain import vocab
from coachkit.services import coach
from coachkit.services.workbook import Workbook

OUTCOME_COLOURS = {"offer": "#2f7a3d", "rejected": "#b42318", "waiting": "#829ab1",
                   "declined": "#b7791f", "withdrew": "#7c5e10"}
CANDIDATE_COLOUR, COACH_COLOUR = "#0b6bcb", "#d97706"


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


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
    fig.autofmt_xdate()
    return _png(fig)


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


# ------------------------------------------------------------------------------ html


def _img(png: bytes | None, alt: str) -> str:
    if png is None:
        return f'<p class="muted">{esc(alt)}: nothing to draw yet.</p>'
    data = base64.b64encode(png).decode("ascii")
    return f'<img alt="{esc(alt)}" src="data:image/png;base64,{data}">'


def _table(head: list[str], rows: list[list[object]]) -> str:
    if not rows:
        return '<p class="muted">Nothing here yet.</p>'
    th = "".join(f"<th>{esc(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def _score(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933;
  max-width: 900px; margin: 24px auto; padding: 0 16px; }
h1 { color: #102a43; margin-bottom: 0; } h2 { color: #243b53; margin-top: 1.6em;
  border-bottom: 1px solid #d9e2ec; padding-bottom: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; margin: 8px 0; }
th, td { border: 1px solid #d9e2ec; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f0f4f8; } img { max-width: 100%; } .muted { color: #627d98; }
.note { background: #fffbea; border-left: 4px solid #d97706; padding: 6px 12px; }
@media print { h2 { break-after: avoid; } img, table { break-inside: avoid; } }
"""


def build_report_html(wb: Workbook, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    ivs = coach.shared_interviews(wb)
    by_stage = coach.outcomes_by_stage(ivs)
    table = coach.presentation_table(wb)
    patterns = coach.factor_patterns(ivs, table)
    quality = coach.answer_quality(wb)
    families = coach.weakest_families(wb)
    watch = coach.watchlist(wb)
    labels, cand, coach_means = presentation_means(table)
    conn = coach.connection_vs_outcome(ivs)
    parts = [
        f"<h1>Coaching session report</h1><p class='muted'>{today:%d %B %Y} · "
        f"{len(ivs)} interview{'s' if len(ivs) != 1 else ''}"
        f"{' (shared with the coach)' if wb.role == 'coach' else ''}</p>",
        "<h2>Outcomes</h2>", _img(stages_chart(by_stage), "Outcomes by stage"),
        _img(outcomes_chart(ivs), "Interviews over time"),
        _table(["Date", "Organisation", "Role", "Stage", "Connection (1-5)", "Outcome",
                "Said they regret"],
               [[iv.interview_date or "", iv.organisation, iv.role_title,
                 vocab.STAGES.get(iv.stage, iv.stage), iv.connection or "",
                 vocab.OUTCOMES.get(iv.outcome, iv.outcome), "yes" if iv.regret_heard else ""]
                for iv in ivs]),
        "<h2>How it felt against how it went</h2>",
        _table(["Outcome", "Interviews rated", "Mean connection"],
               [[vocab.OUTCOMES.get(o, o), len(v), f"{sum(v) / len(v):.1f}"]
                for o, v in conn.items()]),
        "<h2>\u201cWe regret not hiring you\u201d</h2>",
        _table(["Organisation", "Date", "Stage", "What was said"],
               [[iv.organisation, iv.interview_date or "", vocab.STAGES.get(iv.stage, ""),
                 iv.feedback] for iv in coach.regret_cases(ivs)]),
        "<h2>Presentation: candidate and coach</h2>",
        _img(paired_chart(labels, cand, coach_means, "Presentation factors"),
             "Presentation factors"),
        "<div class='note'>Patterns, not causes: each line gives how many interviews it "
        "rests on. A handful of interviews can suggest what to talk about, never prove why "
        "an offer did not come.</div>",
        "<ul>" + "".join(f"<li>{esc(p.sentence)}</li>" for p in patterns) + "</ul>",
        "<h2>Answer quality by criterion</h2>",
        _img(paired_chart([q.label for q in quality], [q.candidate for q in quality],
                          [q.coach for q in quality], "Answers: latest versions"),
             "Answer quality"),
        _table(["Criterion", "Candidate (n)", "Coach (n)"],
               [[q.label, f"{_score(q.candidate)} ({q.candidate_n})",
                 f"{_score(q.coach)} ({q.coach_n})"] for q in quality]),
        "<h2>Recurring questions with the weakest answers</h2>",
        _table(["Question family", "Asked in", "Mean answer score", "Wordings"],
               [[f.label, f"{f.interviews} interviews", _score(f.score) if f.score else
                 "no rated answer yet", " / ".join(f.examples)] for f in families]),
        "<h2>Follow-up watchlist</h2>",
        _table(["Organisation", "Check again on", "Note", "Done"],
               [[w.organisation, w.check_on or "", w.note, "yes" if w.done else ""]
                for w in watch]),
    ]
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            "<title>Coaching session report</title>"
            f"<style>{CSS}</style></head><body>{''.join(parts)}</body></html>")


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def print_pdf(html_path: Path, pdf_path: Path, timeout: float = 90) -> Path | None:
    """Print the HTML with headless Chromium; None when Chromium is not installed."""
    chromium = find_chromium()
    if chromium is None:
        return None
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
           f"--print-to-pdf={pdf_path}", html_path.resolve().as_uri()]
    try:
        subprocess.run(cmd, check=False, timeout=timeout, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return pdf_path if pdf_path.exists() and pdf_path.stat().st_size > 0 else None


def default_report_path() -> Path:
    return config.data_dir() / f"coaching-report-{dt.date.today():%Y-%m-%d}.html"


def write_report(wb: Workbook, out: Path | str | None = None, pdf: bool = True
                 ) -> tuple[Path, Path | None]:
    html_path = Path(out).expanduser() if out else default_report_path()
    if html_path.is_dir():
        html_path = html_path / default_report_path().name
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(build_report_html(wb), encoding="utf-8")
    pdf_path = print_pdf(html_path, html_path.with_suffix(".pdf")) if pdf else None
    return html_path, pdf_path
