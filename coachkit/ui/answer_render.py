"""What workbook 2 shows, as plain data, HTML and charts: the recurring families to pick
from, the word diff between versions, STAR highlights, feedback, the rubric, and the
calibration and progress charts. No widgets here: every user text is escaped with `esc`,
and the panels in `coachkit.ui.rate_answers` put these pieces on the page."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from coachkit.domain.records import QuestionRecord
from coachkit.frames import Table
from coachkit.services import answers, questions
from coachkit.services.weak_spots import WeakFamily
from coachkit.services.workbook import Workbook
from coachkit.ui.common import esc

STAR_NAMES = {"S": "Situation", "T": "Task", "A": "Action", "R": "Result"}


NOT_IN_BANK = ("This question is not in the built-in bank. Ask yourself what your answer "
               "would tell them about how you would do this job.")


def date_axis(ax) -> None:
    from matplotlib.dates import AutoDateLocator, DateFormatter

    ax.xaxis.set_major_locator(AutoDateLocator(minticks=2, maxticks=5))
    ax.xaxis.set_major_formatter(DateFormatter("%d %b"))


def when_text(moment: dt.datetime | None) -> str:
    """Naive-UTC database time as the user's local date and time."""
    if moment is None:
        return ""
    local = moment.replace(tzinfo=dt.UTC).astimezone()
    return f"{local:%a %d %b %Y, %H:%M}"


def day_text(moment: dt.datetime) -> str:
    local = moment.replace(tzinfo=dt.UTC).astimezone()
    return f"{local:%a %d %b}"


def asks_for(text: str, bank_id: str | None = None) -> str:
    """What the panel is really asking with this question (from the question bank)."""
    from coachkit.analysis.question_bank import get_entry

    if not bank_id:
        from coachkit.analysis.grouping import intent_of

        bank_id = intent_of(text)
    entry = get_entry(bank_id) if bank_id else None
    return entry.asks if entry and entry.asks else NOT_IN_BANK


@dataclass
class Family:
    """Questions that ask the same thing, however they were worded."""

    questions: list[QuestionRecord]
    wording: str
    bank_id: str | None = None
    interviews: set[int] = field(default_factory=set)

    @property
    def asked(self) -> int:
        return len(self.questions)


def load_families(wb: Workbook) -> list[Family]:
    """The workbook's question families, most asked first, as the interview log groups them
    (so the user's own merges and move-outs hold here too)."""
    from coachkit.services.families import recurring_questions

    records = questions.list_questions(wb)
    by_id = {q.id: q for q in records}
    out = []
    for f in recurring_questions(wb):
        members = [by_id[i] for i in f.question_ids if i in by_id]
        if members:
            out.append(Family(members, f.representative or members[0].text,
                              interviews={q.interview_id for q in members if q.interview_id}))
    return out


def diff_html(old: str, new: str) -> str:
    """Word-level differences as escaped HTML with <ins>/<del>."""
    parts = []
    for op, text in answers.word_diff(old, new):
        if op == "same":
            parts.append(esc(text))
        else:
            parts.append(f"<{op}>{esc(text)}</{op}>")
    return f'<div class="ck-diff">{"".join(parts)}</div>'


def highlights_html(text: str, fb) -> str:
    """The answer with each sentence coloured by its STAR part (escaped text)."""
    out, pos = [], 0
    for tag in fb.sentences:
        out.append(esc(text[pos:tag.start]))
        label = STAR_NAMES.get(tag.star or "", "")
        cls = f"ck-star ck-star-{tag.star}" if tag.star else "ck-star ck-star-none"
        title = f"{label} ({tag.confidence:.0%} sure)" if label else "Not part of the story"
        out.append(f'<span class="{cls}" title="{esc(title)}">{esc(tag.text)}</span>')
        pos = tag.end
    out.append(esc(text[pos:]))
    legend = "".join(f'<span class="ck-star ck-star-{k}">{v}</span> '
                     for k, v in STAR_NAMES.items())
    return (f'<div class="ck-legend">{legend}<span class="ck-muted">(hover a sentence to '
            f'see why)</span></div><div class="ck-highlights-text">{"".join(out)}</div>')


def mmss(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def metrics_html(fb) -> str:
    fast, slow = fb.speaking_seconds
    result = ("concrete" if fb.result_has_number_or_concrete_outcome
              else ("vague" if fb.star_counts.get("R") else "missing"))
    items = [("Words", str(fb.word_count), "words"),
             ("Spoken", f"{mmss(fast)}–{mmss(slow)}", "time"),
             ("Fillers /100 words", f"{fb.fillers_per_100:.1f}", "fillers"),
             ("Hedges /100 words", f"{fb.hedges_per_100:.1f}", "hedges"),
             ("“I” vs “we”", f"{fb.i_count} : {fb.we_count}", "i-we"),
             ("Result", result, "result")]
    boxes = "".join(f'<div class="ck-metric ck-metric-{cls}"><b>{esc(v)}</b>{esc(k)}</div>'
                    for k, v, cls in items)
    extra = []
    if fb.vague_phrases:
        extra.append("Vague phrases: " + ", ".join(f"“{esc(p)}”" for p in fb.vague_phrases))
    if fb.negative_about_employer:
        extra.append("Negative about a former employer: " + " ".join(
            f"“{esc(s)}”" for s in fb.negative_about_employer))
    notes = "".join(f'<div class="ck-muted">{e}</div>' for e in extra)
    return f'<div class="ck-metrics">{boxes}</div>{notes}'


def findings_html(fb) -> str:
    icons = {"warning": "⚠", "tip": "✎", "good": "✓"}
    rows = "".join(
        f'<li class="ck-finding ck-finding-{f.severity}"><span class="ck-icon">'
        f'{icons[f.severity]}</span> <b>{esc(f.message)}</b><br>'
        f'<span class="ck-tip">Tip: {esc(f.tip)}</span></li>' for f in fb.findings)
    return f'<ul class="ck-findings">{rows}</ul>'


def feedback_for(text: str, question: str | None) -> tuple[object | None, str]:
    """(feedback, '') or (None, message to show) for an answer."""
    from coachkit.analysis.answer_feedback import analyze_answer

    try:
        return analyze_answer(text, question), ""
    except ValueError as exc:  # EmptyAnswer, AnswerTooLong: messages written for the user
        return None, str(exc)


def png(draw: Callable) -> bytes:
    """Run `draw(fig)` on a fresh matplotlib Figure (no pyplot, no GUI) and return a PNG."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8.4, 3.6), dpi=100, layout="constrained")
    draw(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def rubric_source_html() -> str:
    from coachkit import config

    own = config.data_dir() / "rubric.toml"
    if own.is_file():
        return (f'<p class="ck-muted">This is your own rubric file: <span class="ck-path">'
                f"{esc(own)}</span></p>")
    return ('<p class="ck-muted">This is the built-in rubric. A coach can adapt it (wording, '
            "weights, criteria): save an edited copy of coachkit's rubric.toml as "
            f'<span class="ck-path">{esc(own)}</span> and reopen this page.</p>')


def rubric_html(rubric) -> str:
    rows = []
    for c in rubric.criteria:
        cells = "".join(f"<td><b>{n}</b> {esc(c.anchors[n])}</td>" for n in range(1, 6))
        rows.append(f"<tr><th>{esc(c.label)}<br><span class=\"ck-muted\">weight "
                    f"{c.weight:g}</span></th>{cells}</tr>")
    return f'<table class="ck-rubric-table">{"".join(rows)}</table>'


def calibration_points(ratings) -> list[tuple[dt.datetime, float, int]]:
    """(when the coach rated, mean of self minus coach, criteria compared) per version
    rated by both, oldest first; latest score per criterion and role."""
    by_version: dict[int, dict[str, dict[str, int]]] = {}
    when: dict[int, dt.datetime] = {}
    for r in ratings:
        by_version.setdefault(r.answer_version_id, {}).setdefault(r.rater_role, {})[
            r.criterion] = r.score
        if r.rater_role == "coach":
            when[r.answer_version_id] = r.created_at
    points = []
    for vid, roles in by_version.items():
        own, coach = roles.get("candidate", {}), roles.get("coach", {})
        shared = [c for c in own if c in coach]
        if shared:
            gap = sum(own[c] - coach[c] for c in shared) / len(shared)
            points.append((when[vid], gap, len(shared)))
    return sorted(points)


def draw_calibration(fig, points) -> None:
    ax = fig.subplots()
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    ax.axhline(0, color="#627d98", linewidth=1)
    ax.axhspan(-0.5, 0.5, color="#d9f2e3", zorder=0, label="within half a level")
    ax.plot(xs, ys, marker="o", color="#0b6bcb", label="you minus coach (mean per answer)")
    reach = max(2.0, max(abs(y) for y in ys) + 0.5)
    ax.set_ylim(-reach, reach)
    ax.set_ylabel("levels (you − coach)")
    ax.set_title("Self-rating compared with the coach, over time")
    ax.legend(loc="upper right", fontsize=8)
    ax.grid(alpha=0.3)
    date_axis(ax)


def draw_progress(fig, ratings, rubric) -> None:
    criteria = rubric.criteria
    cols = 3
    rows = -(-len(criteria) // cols)
    fig.set_size_inches(8.4, 2.1 * rows + 0.4)
    axes = fig.subplots(rows, cols, sharey=True, sharex=True, squeeze=False).ravel()
    for ax, c in zip(axes, criteria, strict=False):
        for role, style in (("candidate", "-"), ("coach", "--")):
            pts = [(r.created_at, r.score) for r in ratings
                   if r.criterion == c.id and r.rater_role == role]
            if pts:
                ax.plot(*zip(*pts, strict=True), style, marker="o", markersize=4,
                        color="#0b6bcb" if role == "candidate" else "#d97706",
                        label="you" if role == "candidate" else "coach")
        ax.set_title(c.label.split(" (")[0], fontsize=9)
        ax.set_ylim(0.5, 5.5)
        ax.set_yticks([1, 2, 3, 4, 5])
        ax.tick_params(axis="x", labelsize=7)
        ax.grid(alpha=0.3)
        date_axis(ax)
    for ax in axes[len(criteria):]:
        ax.set_visible(False)
    handles, labels = axes[0].get_legend_handles_labels()
    if handles:
        fig.legend(handles, labels, loc="outside upper right", fontsize=8, ncols=2)


def weakest_html(weak: Sequence[WeakFamily]) -> str:
    """The weakest recurring questions (services.weak_spots decides which, in what order)."""
    if not weak:
        return ('<span class="ck-muted">No question has come back twice yet. Recurring '
                "questions appear here once you log more interviews.</span>")
    rows = []
    for f in weak:
        shown = f"{f.score:.1f} / 5" if f.score is not None else "not rated yet"
        rows.append(f"<tr><td>{esc(f.label)}</td><td>{f.interviews}×</td>"
                    f'<td class="ck-score">{esc(shown)}</td></tr>')
    return ('<table class="ck-table"><tr><th>Question family</th><th>Asked</th>'
            f'<th>Latest score</th></tr>{"".join(rows)}</table>')


def weakest_table(weak: Sequence[WeakFamily]) -> Table:
    return Table("weakest-recurring-questions", ("question_family", "interviews", "score"),
                 tuple((f.label, f.interviews, f.score) for f in weak))
