"""The interview-day sheet: one printable page with the questions to ask and what to listen for.

A self-contained HTML file (styles inline, nothing fetched) written into the data folder, so
it opens and prints in any browser, offline. Every value from the workbook is escaped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from coachkit import config
from coachkit.domain.records import AskRecord, DutyRecord, JobRecord
from coachkit.services import jobs
from coachkit.services.workbook import Workbook
from coachkit.ui.common import esc

TOP_QUESTIONS = 10

SHEET_CSS = """
.ck-sheet { font-family: Georgia, "Times New Roman", serif; color: #111; max-width: 760px;
  margin: 0 auto; line-height: 1.35; background: #fff; }
@media screen { .ck-sheet { padding: 10px 14px; border-radius: 6px; } }  /* paper, any theme */
.ck-sheet h1 { font-size: 1.5em; margin: 0 0 2px; }
.ck-sheet h2 { font-size: 1.1em; margin: 14px 0 4px; border-bottom: 1px solid #999; }
.ck-sheet .ck-sheet-sub { color: #444; margin: 0 0 8px; }
.ck-sheet .ck-sheet-summary { border-left: 3px solid #777; padding: 4px 10px; margin: 8px 0;
  background: #f5f5f5; }
.ck-sheet ol { padding-left: 1.4em; margin: 0; }
.ck-sheet li.ck-sheet-q { margin: 0 0 6px; page-break-inside: avoid; break-inside: avoid; }
.ck-sheet .ck-sheet-why { color: #555; font-size: 0.85em; font-style: italic; }
.ck-sheet .ck-sheet-notes { border: 1px solid #aaa; height: 4.2em; margin-top: 3px;
  background: repeating-linear-gradient(#fff, #fff 1.35em, #ddd 1.4em); }
.ck-sheet .ck-sheet-heard { border: 1px solid #aaa; padding: 3px 6px; margin-top: 3px;
  white-space: pre-wrap; }
.ck-sheet ul.ck-sheet-listen { padding-left: 1.2em; margin: 0; }
.ck-sheet .ck-sheet-foot { color: #666; font-size: 0.8em; margin-top: 16px; }
@media print {
  @page { margin: 14mm; }
  .ck-sheet { max-width: none; font-size: 11pt; }
  .ck-sheet .ck-sheet-summary { background: none; }
  .ck-sheet a { color: #111; text-decoration: none; }
}
"""


def _listen_for(duty: DutyRecord) -> str:
    """What to listen for about one duty, or '' when nothing about it is in doubt."""
    reasons = []
    if duty.share_pct is None:
        reasons.append("how much of the week it takes (unknown)")
    if duty.energy == "drains":
        reasons.append("it drains you: how often, how long at a stretch, who shares it")
    tags = set(duty.tags)
    if "public_facing" in tags and duty.share_pct is None:
        reasons.append("how busy it gets and when")
    if "interruptions" in tags:
        reasons.append("how interruptions are handled")
    return "; ".join(reasons)


def sheet_body(job: JobRecord, questions: Sequence[AskRecord], duties: Sequence[DutyRecord],
               summary: str, top: int = TOP_QUESTIONS) -> str:
    """The sheet's content as an escaped HTML fragment (used inline and in the file)."""
    chosen = [q for q in questions if q.status != "dropped"][:top]
    items = []
    for q in chosen:
        space = (f'<div class="ck-sheet-heard">{esc(q.heard)}</div>' if q.heard
                 else '<div class="ck-sheet-notes"></div>')
        why = f'<div class="ck-sheet-why">Why: {esc(q.why)}</div>' if q.why else ""
        items.append(f'<li class="ck-sheet-q"><b>{esc(q.text)}</b>{why}{space}</li>')
    listen = [(d, _listen_for(d)) for d in duties]
    listen_items = "".join(f"<li><b>{esc(d.text)}</b>: {esc(why)}</li>"
                           for d, why in listen if why)
    where = " · ".join(esc(x) for x in (job.organisation, job.link) if x)
    questions_html = (f"<ol>{''.join(items)}</ol>" if items else
                      "<p>No questions planned yet. Open the worksheet's questions tab.</p>")
    listen_html = (f'<ul class="ck-sheet-listen">{listen_items}</ul>' if listen_items else
                   "<p>Nothing flagged: listen for what a normal day looks like.</p>")
    return (
        '<div class="ck-sheet">'
        f"<h1>Interview day: {esc(job.title)}</h1>"
        f'<p class="ck-sheet-sub">{where}</p>'
        f'<div class="ck-sheet-summary">{esc(summary)}</div>'
        f"<h2>Questions to ask (most important first)</h2>{questions_html}"
        f"<h2>Duties to listen for</h2>{listen_html}"
        "<h2>After the interview</h2>"
        '<div class="ck-sheet-notes"></div>'
        '<p class="ck-sheet-foot">The interview is two-way: you are finding out whether this '
        "job suits you, too. Made with coachkit; it stays on your computer.</p>"
        "</div>"
    )


def sheet_html(job: JobRecord, questions: Sequence[AskRecord], duties: Sequence[DutyRecord],
               summary: str, top: int = TOP_QUESTIONS) -> str:
    """A complete, self-contained HTML page ready to print."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>Interview day: {esc(job.title)}</title>"
        f"<style>{SHEET_CSS}</style></head><body>"
        f"{sheet_body(job, questions, duties, summary, top)}</body></html>\n"
    )


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:40] or "job"


def sheet_for(wb: Workbook, job_id: int) -> tuple[JobRecord, str, str]:
    """(job, inline fragment, full page) for the job as it is stored now."""
    job = jobs.get_job(wb, job_id)
    questions = jobs.list_questions(wb, job_id)
    duties = jobs.list_duties(wb, job_id)
    summary = jobs.fit_report(wb, job_id).summary
    return (job, sheet_body(job, questions, duties, summary),
            sheet_html(job, questions, duties, summary))


def write_sheet(wb: Workbook, job_id: int, folder: Path | None = None) -> Path:
    """Write the sheet into the data folder (``sheets/``) and return its path."""
    job, _, page = sheet_for(wb, job_id)
    target = (folder or config.data_dir() / "sheets")
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"interview-sheet-{job.id}-{_slug(job.title)}.html"
    path.write_text(page, encoding="utf-8")
    return path
