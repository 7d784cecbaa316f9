"""The workbook as pandas DataFrames, and any table as a CSV or Excel file.

In JupyterLab::

    import coachkit
    wb = coachkit.open_workbook()          # or open_workbook("sqlite:///path/to/file")
    f = wb.frames()
    f.interviews.groupby("outcome").size()
    f.questions[["question", "family", "family_interviews"]]
    f.answers.merge(f.ratings, on="version_id")
    f.to_excel("my-workbook.xlsx")         # one sheet per table

pandas and openpyxl are imported only when a frame or an Excel file is asked for, so the
dashboards do not pay for them at start-up.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from coachkit import config
from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t

if TYPE_CHECKING:
    import pandas as pd

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Table:
    """A table as a user sees it: a name (the file name), column headings and rows."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def frame(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame(list(self.rows), columns=list(self.columns))


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple, set)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items() if v)
    return value


def _spreadsheet_safe(value: Any) -> Any:
    """Text starting with = + - @ would run as a formula in a spreadsheet: keep it text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_bytes(table: Table) -> bytes:
    """UTF-8 with a byte-order mark, so Excel opens accents correctly."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow(["" if v is None else _spreadsheet_safe(_cell(v)) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def xlsx_bytes(tables: Table | Sequence[Table]) -> bytes:
    """An Excel workbook with one sheet per table (openpyxl, imported here only)."""
    from openpyxl import Workbook as XlsxWorkbook
    from openpyxl.utils import get_column_letter

    book = XlsxWorkbook()
    book.remove(book.active)
    for table in [tables] if isinstance(tables, Table) else tables:
        sheet = book.create_sheet(_sheet_name(table.name, book.sheetnames))
        sheet.append(list(table.columns))
        for row in table.rows:
            sheet.append([_spreadsheet_safe(_cell(v)) for v in row])
        for i, column in enumerate(table.columns, start=1):
            width = max([len(str(column))] + [len(str(_cell(r[i - 1]) or ""))
                                              for r in table.rows[:200]])
            sheet.column_dimensions[get_column_letter(i)].width = min(60, max(8, width + 2))
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet_name(name: str, taken: list[str]) -> str:
    base = "".join(c for c in name if c not in "[]:*?/\\")[:31] or "Sheet"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base[:28]}-{n}", n + 1
    return candidate


# ---------------------------------------------------------------- the workbook as tables


def _rows(wb: Workbook, query) -> list[tuple]:
    with wb.store.read() as s:
        return [tuple(r) for r in s.execute(query).all()]


def interviews_table(wb: Workbook, listed: Sequence[Any] | None = None,
                     counts: dict[int, int] | None = None) -> Table:
    """Every interview, or the ``listed`` InterviewRecords (the list as filtered on screen)."""
    from coachkit.services import interviews

    if counts is None:
        counts = interviews.question_counts(wb)
    if listed is None:
        listed = interviews.list_interviews(wb)
    columns = ("interview_id", "organisation", "role", "date", "stage", "format",
               "interviewers", "length_minutes", "connection", "connection_note", "outcome",
               "regret_heard", "feedback", "questions")
    rows = tuple((iv.id, iv.organisation, iv.role_title, iv.interview_date, iv.stage,
                  iv.format, iv.interviewers, iv.length_minutes, iv.connection,
                  iv.connection_note, iv.outcome, iv.regret_heard, iv.feedback,
                  counts.get(iv.id, 0))
                 for iv in listed)
    return Table("interviews", columns, rows)


def families_table(rows: Sequence[Any], asks: dict[str, str] | None = None) -> Table:
    """Recurring-question families (FamilyRecords) as the recurring view lists them."""
    asks = asks or {}
    columns = ("question", "really_asking", "interviews", "organisations", "last_asked",
               "latest_rating", "question_ids")
    return Table("recurring-questions", columns, tuple(
        (f.representative, asks.get(f.key, ""), f.interviews, f.organisations, f.last_asked,
         f.latest_rating, " ".join(map(str, f.question_ids))) for f in rows))


def questions_table(wb: Workbook) -> Table:
    from coachkit.services import families

    family_of: dict[int, Any] = {}
    for fam in families.recurring_questions(wb):
        for qid in fam.question_ids:
            family_of[qid] = fam
    query = (select(t.Question.id, t.Question.interview_id, t.Interview.organisation,
                    t.Interview.interview_date, t.Question.position, t.Question.text,
                    t.Question.category, t.Question.recall_confidence,
                    t.Question.answer_notes)
             .outerjoin(t.Interview, t.Interview.id == t.Question.interview_id)
             .order_by(t.Question.interview_id, t.Question.position, t.Question.id))
    columns = ("question_id", "interview_id", "organisation", "date", "position", "question",
               "category", "recall_confidence", "answer_notes", "family_key", "family",
               "family_interviews", "family_organisations")
    rows = []
    for qid, iv, org, day, pos, text, cat, recall, notes in _rows(wb, query):
        fam = family_of.get(qid)
        rows.append((qid, iv, org, day, pos, text, cat, recall, notes,
                     fam.key if fam else None, fam.representative if fam else None,
                     fam.interviews if fam else None, fam.organisations if fam else None))
    return Table("questions", columns, tuple(rows))


def answers_table(wb: Workbook) -> Table:
    """One row per answer version, with its mean candidate and coach scores."""
    scores: dict[tuple[int, str], list[int]] = {}
    for vid, role, score in _rows(wb, select(t.Rating.answer_version_id, t.Rating.rater_role,
                                             t.Rating.score)):
        scores.setdefault((vid, role), []).append(score)

    def mean(vid: int, role: str) -> float | None:
        got = scores.get((vid, role))
        return round(sum(got) / len(got), 2) if got else None

    query = (select(t.Answer.id, t.Answer.question_id,
                    t.Question.text, t.Answer.question_text, t.AnswerVersion.id,
                    t.AnswerVersion.version_no, t.AnswerVersion.text,
                    t.AnswerVersion.created_at)
             .join(t.AnswerVersion, t.AnswerVersion.answer_id == t.Answer.id)
             .outerjoin(t.Question, t.Question.id == t.Answer.question_id)
             .order_by(t.Answer.id, t.AnswerVersion.version_no))
    columns = ("answer_id", "question_id", "question", "version_id", "version", "text",
               "saved_at", "candidate_mean", "coach_mean")
    rows = tuple((aid, qid, qtext or bank_text, vid, no, text, saved, mean(vid, "candidate"),
                  mean(vid, "coach"))
                 for aid, qid, qtext, bank_text, vid, no, text, saved in _rows(wb, query))
    return Table("answers", columns, rows)


def ratings_table(wb: Workbook) -> Table:
    query = (select(t.Rating.id, t.AnswerVersion.answer_id, t.Rating.answer_version_id,
                    t.AnswerVersion.version_no, t.Rating.rater_role, t.Rating.rater_name,
                    t.Rating.criterion, t.Rating.score, t.Rating.comment, t.Rating.created_at)
             .join(t.AnswerVersion, t.AnswerVersion.id == t.Rating.answer_version_id)
             .order_by(t.Rating.id))
    columns = ("rating_id", "answer_id", "version_id", "version", "rater_role", "rater_name",
               "criterion", "score", "comment", "rated_at")
    return Table("ratings", columns, tuple(_rows(wb, query)))


def jobs_table(wb: Workbook) -> Table:
    from coachkit.services import jobs

    counts: dict[tuple[int, str], int] = {}
    for job_id, kind in _rows(wb, select(t.Duty.job_id, t.Duty.kind)):
        counts[job_id, kind] = counts.get((job_id, kind), 0) + 1
    columns = ("job_id", "title", "organisation", "link", "decision", "decision_note",
               "duties", "requirements")
    rows = tuple((j.id, j.title, j.organisation, j.link, j.decision, j.decision_note,
                  counts.get((j.id, "duty"), 0), counts.get((j.id, "requirement"), 0))
                 for j in jobs.list_jobs(wb))
    return Table("jobs", columns, rows)


def duties_table(wb: Workbook) -> Table:
    query = (select(t.Duty.id, t.Duty.job_id, t.Job.title, t.Duty.kind, t.Duty.position,
                    t.Duty.text, t.Duty.share_pct, t.Duty.skill, t.Duty.energy,
                    t.Duty.develop, t.Duty.tags, t.Duty.requirement_status, t.Duty.essential)
             .join(t.Job, t.Job.id == t.Duty.job_id)
             .order_by(t.Duty.job_id, t.Duty.kind, t.Duty.position, t.Duty.id))
    columns = ("duty_id", "job_id", "job", "kind", "position", "text", "share_pct", "skill",
               "energy", "develop", "tags", "requirement_status", "essential")
    return Table("duties", columns, tuple(_rows(wb, query)))


@dataclass
class WorkbookFrames:
    """A workbook's tables as DataFrames (a snapshot: reading again gives fresh ones)."""

    interviews: pd.DataFrame
    questions: pd.DataFrame
    answers: pd.DataFrame
    ratings: pd.DataFrame
    jobs: pd.DataFrame
    duties: pd.DataFrame

    def as_dict(self) -> dict[str, pd.DataFrame]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def __iter__(self):
        return iter(self.as_dict().items())

    def to_excel(self, path: str | Path) -> Path:
        """Every table in one Excel file, one sheet each."""
        tables = [Table(name, tuple(str(c) for c in df.columns),
                        tuple(tuple(None if _isna(v) else v for v in row)
                              for row in df.itertuples(index=False)))
                  for name, df in self]
        target = Path(path)
        target.write_bytes(xlsx_bytes(tables))
        return target


def _isna(value: Any) -> bool:
    try:
        return value != value or value is None  # NaN and NaT are not equal to themselves
    except (TypeError, ValueError):
        return False


TABLES = (interviews_table, questions_table, answers_table, ratings_table, jobs_table,
          duties_table)


def workbook_tables(wb: Workbook) -> list[Table]:
    return [make(wb) for make in TABLES]


def workbook_frames(wb: Workbook) -> WorkbookFrames:
    import pandas as pd

    frames = {}
    for table in workbook_tables(wb):
        df = table.frame()
        for column in df.columns:
            if column in ("date", "saved_at", "rated_at"):
                df[column] = pd.to_datetime(df[column])
        frames[table.name] = df
    return WorkbookFrames(**frames)


class FramedWorkbook(Workbook):
    """A workbook for notebook users: everything a Workbook is, plus ``frames()``."""

    def frames(self) -> WorkbookFrames:
        """interviews, questions (with families), answers (one row per version), ratings,
        jobs and duties, as DataFrames."""
        return workbook_frames(self)


def open_workbook(url: str | None = None, role: str | None = None) -> FramedWorkbook:
    """coachkit.open_workbook: like services.workbook.open_workbook, with ``frames()``."""
    return FramedWorkbook(url or config.resolve_db_url(), role=role)
