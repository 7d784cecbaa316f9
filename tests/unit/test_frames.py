"""The workbook as DataFrames, and any table as CSV or Excel."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
import pandas as pd

import coachkit
from coachkit import config, frames
from coachkit.services import answers, interviews, jobs, questions


def test_an_empty_workbook_gives_empty_frames_with_their_columns(wb):
    got = frames.workbook_frames(wb)
    assert set(got.as_dict()) == {"interviews", "questions", "answers", "ratings", "jobs",
                                  "duties"}
    for name, df in got:
        assert isinstance(df, pd.DataFrame) and df.empty, name
    assert "organisation" in got.interviews.columns
    assert "family" in got.questions.columns


def test_the_example_workbook_as_frames(demo_wb):
    got = frames.workbook_frames(demo_wb)
    assert len(got.interviews) == 4
    assert got.interviews["date"].dtype.kind == "M"  # real dates, ready for resampling
    assert (got.interviews.set_index("interview_id")["questions"].sum()
            == len(got.questions) == 19)
    # "Tell me about yourself" and "Walk us through your background" are one family
    tell = got.questions[got.questions["question"] == "Tell me about yourself"].iloc[0]
    walk = got.questions[got.questions["question"] == "Walk us through your background"]
    assert walk.iloc[0]["family_key"] == tell["family_key"]
    assert tell["family_interviews"] == 4
    # every answer version is a row; ratings join on version_id
    assert got.answers["version"].tolist() == sorted(got.answers["version"].tolist())
    joined = got.ratings.merge(got.answers, on="version_id")
    assert len(joined) == len(got.ratings) > 0
    assert got.answers["candidate_mean"].notna().any()
    assert got.jobs.iloc[0]["duties"] == (got.duties["kind"] == "duty").sum()


def test_frames_follow_edits_and_the_package_level_door(db_path):
    wb = coachkit.open_workbook(config.url_for_path(db_path))
    try:
        iv = interviews.log_interview(wb, organisation="Acme",
                                      interview_date=dt.date(2026, 1, 5),
                                      outcome="rejected")
        q = questions.add_questions(wb, iv.id, [{"text": "Why us?"}])[0]
        saved = answers.save_answer(wb, "Because.", question_id=q.id)
        answers.save_answer(wb, "Because of the mission.", answer_id=saved[0])
        job = jobs.add_job(wb, "Clerk", "Acme")
        jobs.add_duty(wb, job.id, "Filing", share_pct=40)
        got = wb.frames()
    finally:
        wb.close()
    assert got.interviews.iloc[0]["outcome"] == "rejected"
    assert got.questions.iloc[0]["question"] == "Why us?"
    assert got.answers["text"].tolist() == ["Because.", "Because of the mission."]
    assert got.duties.iloc[0]["share_pct"] == 40


def test_csv_and_excel_hold_the_table_and_defuse_formulas(tmp_path, demo_wb):
    table = frames.Table("t", ("name", "note"), (("Zoë", "=HYPERLINK(\"x\")"), ("Al", None)))
    text = frames.csv_bytes(table).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["name", "note"], ["Zoë", "'=HYPERLINK(\"x\")"], ["Al", ""]]
    book = openpyxl.load_workbook(io.BytesIO(frames.xlsx_bytes(table)))
    sheet = book["t"]
    assert [c.value for c in sheet[2]] == ["Zoë", "'=HYPERLINK(\"x\")"]
    assert sheet["B2"].data_type == "s"  # text, not a formula
    out = frames.workbook_frames(demo_wb).to_excel(tmp_path / "all.xlsx")
    assert openpyxl.load_workbook(out).sheetnames == ["interviews", "questions", "answers",
                                                      "ratings", "jobs", "duties"]
