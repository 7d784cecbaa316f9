"""Importing interviews and their questions from a CSV file or an Excel sheet.

One row per question, with the interview's columns on each row (rows with the same
organisation, role and date are one interview; a row without a question adds just the
interview). `preview_import` reads and checks every row and says, per bad row, what is wrong;
`save_import` saves the good rows in one transaction, so either all of them are saved or
none. An interview already in the workbook (same organisation, role and date) gets the new
questions instead of a second copy.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from coachkit.domain import vocab
from coachkit.domain.errors import CoachkitError, InvalidEntry
from coachkit.services.interviews import check_interview
from coachkit.services.questions import check_question
from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t

MAX_BYTES = 5_000_000
MAX_ROWS = 5_000
# Column heading (lower case, spaces or underscores) -> field. Our own CSV export's headings
# are included, so an exported interviews or questions table reads back in.
ALIASES = {
    "organisation": "organisation", "organization": "organisation", "company": "organisation",
    "employer": "organisation",
    "role": "role_title", "role_title": "role_title", "job": "role_title",
    "position": "role_title", "job_title": "role_title",
    "date": "interview_date", "interview_date": "interview_date",
    "stage": "stage", "format": "format", "interviewers": "interviewers",
    "length_minutes": "length_minutes", "length": "length_minutes", "minutes": "length_minutes",
    "connection": "connection", "connection_note": "connection_note", "outcome": "outcome",
    "regret_heard": "regret_heard", "feedback": "feedback",
    "question": "text", "question_text": "text", "questions_asked": "text",
    "category": "category", "recall_confidence": "recall_confidence", "recall": "recall_confidence",
    "answer_notes": "answer_notes", "notes": "answer_notes",
}
INTERVIEW_FIELDS = ("organisation", "role_title", "interview_date", "stage", "format",
                    "interviewers", "length_minutes", "connection", "connection_note",
                    "outcome", "regret_heard", "feedback")
QUESTION_FIELDS = ("text", "category", "recall_confidence", "answer_notes")
VOCABS = {"stage": vocab.STAGES, "format": vocab.FORMATS, "outcome": vocab.OUTCOMES,
          "category": vocab.QUESTION_CATEGORIES, "recall_confidence": vocab.RECALL}


class BadImportFile(CoachkitError):
    """The file as a whole cannot be read (wrong kind, empty, too big, no usable columns)."""


@dataclass(frozen=True)
class ImportRow:
    line: int  # as the user sees it in their spreadsheet: the heading is line 1
    interview: dict[str, Any]
    question: dict[str, Any] | None


@dataclass
class ImportPreview:
    file_name: str
    rows: list[ImportRow] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, message)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def interviews(self) -> int:
        return len({_key(r.interview) for r in self.rows})

    @property
    def questions(self) -> int:
        return sum(1 for r in self.rows if r.question)


def _key(interview: dict[str, Any]) -> tuple:
    return (" ".join(interview["organisation"].split()).casefold(),
            " ".join(interview.get("role_title", "").split()).casefold(),
            interview.get("interview_date"))


# ---------------------------------------------------------------- reading the file


def read_rows(file_name: str, content: bytes
              ) -> tuple[list[str], list[tuple[int, dict[str, Any]]]]:
    """The headings and (line, {heading: value}) for every non-blank row, or BadImportFile."""
    if not content:
        raise BadImportFile(f"{file_name} is empty: there is nothing to import.")
    if len(content) > MAX_BYTES:
        raise BadImportFile(f"{file_name} is {len(content) / 1e6:.1f} MB; the limit is "
                            f"{MAX_BYTES / 1e6:.0f} MB. Split it into smaller files.")
    name = file_name.lower()
    if content[:4] == b"PK\x03\x04" or name.endswith((".xlsx", ".xlsm")):
        table = _xlsx_rows(file_name, content)
    elif name.endswith((".csv", ".txt", ".tsv")):
        table = _csv_rows(file_name, content)
    else:
        raise BadImportFile(f"{file_name} is not a CSV file or an Excel (.xlsx) workbook. "
                            "Save your spreadsheet as one of those and try again.")
    table = [(i, row) for i, row in table if any(_blank(v) is not None for v in row)]
    if len(table) < 2:
        raise BadImportFile(f"{file_name} has no rows under its headings: nothing to import.")
    if len(table) - 1 > MAX_ROWS:
        raise BadImportFile(f"{file_name} has {len(table) - 1:,} rows; the limit is "
                            f"{MAX_ROWS:,} per file. Split it into smaller files.")
    (_, headings), body = table[0], table[1:]
    names = [str(h or "").strip() for h in headings]
    return names, [(line, {names[i]: v for i, v in enumerate(row)
                           if i < len(names) and names[i]})
                   for line, row in body]


def _csv_rows(file_name: str, content: bytes) -> list[tuple[int, list]]:
    if b"\x00" in content[:4096]:
        raise BadImportFile(f"{file_name} does not look like a text file (CSV).")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):  # latin-1 decodes any bytes
        try:
            text = content.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [(i, row) for i, row in enumerate(csv.reader(io.StringIO(text), dialect), 1)]
    except csv.Error as exc:
        raise BadImportFile(f"{file_name} could not be read as CSV ({exc}).") from None


def _xlsx_rows(file_name: str, content: bytes) -> list[tuple[int, list]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise BadImportFile(f"{file_name} could not be opened as an Excel workbook "
                            f"({type(exc).__name__}). Is it an .xlsx file?") from None
    try:
        sheet = book.worksheets[0]
        rows = []
        for i, row in enumerate(sheet.iter_rows(values_only=True), 1):
            rows.append((i, list(row)))
            if i > MAX_ROWS + 50:  # enough to say it is too long without reading it all
                break
        return rows
    finally:
        book.close()


def _blank(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


# ---------------------------------------------------------------- checking each row


def _date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InvalidEntry(f"the date '{text[:40]}' is not a date written as YYYY-MM-DD "
                           "(for example 2026-03-14).") from None


def _whole(value: Any, what: str) -> int | None:
    if value is None:
        return None
    try:
        number = float(str(value).strip())
    except ValueError:
        raise InvalidEntry(f"{what} '{str(value)[:40]}' is not a number.") from None
    if number != int(number):
        raise InvalidEntry(f"{what} '{value}' is not a whole number.")
    return int(number)


def _choice(value: Any, allowed: dict[str, str]) -> Any:
    """Accept the stored id or the label a user sees, in any case."""
    if value is None:
        return None
    text = " ".join(str(value).split()).casefold()
    for key, label in allowed.items():
        if text in (key.casefold(), label.casefold(), key.replace("_", " ").casefold()):
            return key
    return str(value)  # the service's check says what the choices are


def _yes(value: Any) -> bool:
    return str(value).strip().casefold() in ("1", "true", "yes", "y", "x", "✓")


def check_row(raw: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """(interview fields, question fields or None), or InvalidEntry for the user."""
    values = {ALIASES[k]: _blank(v) for k, v in _normalised(raw).items() if k in ALIASES}
    for name, allowed in VOCABS.items():
        if values.get(name) is not None:
            values[name] = _choice(values[name], allowed)
    interview = {k: values[k] for k in INTERVIEW_FIELDS if values.get(k) is not None}
    if "interview_date" in interview:
        interview["interview_date"] = _date(interview["interview_date"])
    if "length_minutes" in interview:
        interview["length_minutes"] = _whole(interview["length_minutes"], "the length")
    if "connection" in interview:
        interview["connection"] = _whole(interview["connection"], "the connection")
    if "regret_heard" in interview:
        interview["regret_heard"] = _yes(interview["regret_heard"])
    for key in ("organisation", "role_title", "interviewers", "connection_note", "feedback"):
        if key in interview:
            interview[key] = str(interview[key])
    interview = check_interview(interview)
    question = None
    if values.get("text") is not None:
        question = {k: str(values[k]) for k in QUESTION_FIELDS if values.get(k) is not None}
        question = check_question(question)
    return interview, question


def _normalised(raw: dict[str, Any]) -> dict[str, Any]:
    return {re.sub(r"[^a-z0-9]+", "_", str(k).casefold()).strip("_"): v
            for k, v in raw.items()}


def preview_import(file_name: str, content: bytes) -> ImportPreview:
    """Read and check every row; nothing is saved."""
    names, rows = read_rows(file_name, content)
    preview = ImportPreview(file_name)
    headings = _normalised(dict.fromkeys(names))
    if "organisation" not in {ALIASES.get(h) for h in headings}:
        raise BadImportFile(
            f"{file_name} has no 'organisation' column. The first row must name the "
            "columns: organisation, role, date, stage, format, outcome, question, category "
            "(only organisation is required).")
    preview.ignored_columns = sorted(h for h in headings if h not in ALIASES and h)
    for line, raw in rows:
        try:
            interview, question = check_row(raw)
        except InvalidEntry as exc:
            preview.problems.append((line, exc.message))
            continue
        preview.rows.append(ImportRow(line, interview, question))
    return preview


# ---------------------------------------------------------------- saving


def save_import(wb: Workbook, preview: ImportPreview) -> tuple[int, int]:
    """Save the preview's good rows in one transaction: (new interviews, new questions)."""
    if not preview.rows:
        raise InvalidEntry("There is no good row to save.")
    new_interviews = new_questions = 0
    with wb.store.write() as s:
        existing = {_key({"organisation": o, "role_title": r, "interview_date": d}): i
                    for i, o, r, d in s.execute(select(t.Interview.id, t.Interview.organisation,
                                                       t.Interview.role_title,
                                                       t.Interview.interview_date))}
        next_position: dict[int, int] = {}
        for row in preview.rows:
            key = _key(row.interview)
            if key not in existing:
                interview = t.Interview(**row.interview)
                s.add(interview)
                s.flush()
                existing[key] = interview.id
                new_interviews += 1
            interview_id = existing[key]
            if row.question is None:
                continue
            if interview_id not in next_position:
                next_position[interview_id] = s.scalar(
                    select(func.coalesce(func.max(t.Question.position), -1))
                    .where(t.Question.interview_id == interview_id)) + 1
            s.add(t.Question(interview_id=interview_id, position=next_position[interview_id],
                             **row.question))
            next_position[interview_id] += 1
            new_questions += 1
    return new_interviews, new_questions
