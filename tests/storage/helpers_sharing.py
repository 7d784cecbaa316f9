"""A candidate workbook with a bundle out and a coach's review back, as plain payloads, for
the hostile-file tests (each test tampers with copies of these)."""

from __future__ import annotations

import copy
import gzip
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from coachkit import config
from coachkit.services import answers, coach, sharing
from coachkit.services.workbook import Workbook, open_workbook
from coachkit.storage import tables as t

RAW = ("sqlalchemy", "SELECT", "INSERT", "Traceback", "[SQL", "parameters", "sqlite3")


@dataclass
class Exchange:
    candidate: Workbook
    bundle: dict
    review: dict

    def fresh_review(self) -> dict:
        return copy.deepcopy(self.review)

    def fresh_bundle(self) -> dict:
        return copy.deepcopy(self.bundle)


def packed(payload: dict) -> bytes:
    return gzip.compress(json.dumps(payload).encode("utf-8"))


def file_state(path: Path) -> tuple[str, ...]:
    """The workbook file and its WAL, byte for byte (a write lands in the WAL first)."""
    return tuple(hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-"
                 for p in (path, Path(f"{path}-wal")))


def make_exchange(candidate: Workbook, tmp_path: Path) -> Exchange:
    """Export a bundle; the coach rates two answers, comments, rates presentation and
    suggests two questions; the coach's review comes back (not yet imported)."""
    with candidate.store.read() as s:
        shared = s.scalars(select(t.Question.id).join(t.Interview).where(
            t.Interview.shared.is_(True)).order_by(t.Question.id.desc())).first()
    answers.save_answer(candidate, "When the printer queue jammed before an exam, I cleared "
                        "it and set up a second queue; no one missed the deadline.",
                        question_id=shared)
    bundle_path, bundle = sharing.export_bundle(candidate, tmp_path / "bundle.json.gz")
    target = sharing.open_bundle(bundle_path, tmp_path / "coach-copy.sqlite")
    copy_wb = open_workbook(config.url_for_path(target))
    try:
        visible = coach.visible_answers(copy_wb)
        coach.rate_answer(copy_wb, visible[0]["version_id"], "structure", 2,
                          comment="The result is missing.")
        coach.rate_answer(copy_wb, visible[-1]["version_id"], "evidence", 4)
        coach.add_comment(copy_wb, "answer_version", visible[0]["version_id"],
                          "Lead with the result.")
        coach.add_comment(copy_wb, "interview", bundle["interviews"][0]["id"],
                          "You came across as calm.")
        coach.rate_presentation(copy_wb, bundle["interviews"][0]["id"], "eye_contact", 3,
                                note="Looked at notes.")
        coach.suggest_practice(copy_wb, [q["id"] for q in bundle["questions"][:2]],
                               note="Aloud, twice")
        _, review = sharing.export_review(copy_wb, tmp_path / "review.json.gz", "Dana W")
    finally:
        copy_wb.close()
    return Exchange(candidate, bundle, review)


def coach_rows(wb: Workbook) -> dict[str, dict[str, tuple]]:
    """Everything that arrived from a review, keyed by its reference."""
    with wb.store.read() as s:
        return {
            "ratings": {r.source_ref: (r.answer_version_id, r.rater_role, r.rater_name,
                                       r.criterion, r.score, r.comment)
                        for r in s.scalars(select(t.Rating).where(t.Rating.source_ref.like(
                            "review:%")))},
            "comments": {c.source_ref: (c.target_kind, c.target_id, c.author_role,
                                        c.author_name, c.text)
                         for c in s.scalars(select(t.Comment).where(
                             t.Comment.source_ref.like("review:%")))},
            "presentation": {p.source_ref: (p.interview_id, p.factor, p.rater_role,
                                            p.rater_name, p.score, p.note)
                             for p in s.scalars(select(t.PresentationRating).where(
                                 t.PresentationRating.source_ref.like("review:%")))},
            "practice": {c.source_ref: (c.question_id, c.added_by, c.note)
                         for c in s.scalars(select(t.PracticeCard).where(
                             t.PracticeCard.source_ref.like("review:%")))},
        }


def expected_rows(review: dict, practised: set[int]) -> dict[str, dict[str, tuple]]:
    """What importing ``review`` exactly must add, given the questions already practised."""
    name = review["coach_name"].strip() or "Coach"
    out: dict[str, dict[str, tuple]] = {"ratings": {}, "comments": {}, "presentation": {},
                                        "practice": {}}
    for r in review["ratings"]:
        out["ratings"][r["ref"]] = (r["answer_version_id"], "coach", name, r["criterion"],
                                    r["score"], r["comment"])
    for c in review["comments"]:
        out["comments"][c["ref"]] = (c["target_kind"], c["target_id"], "coach", name, c["text"])
    for p in review["presentation"]:
        out["presentation"][p["ref"]] = (p["interview_id"], p["factor"], "coach", name,
                                         p["score"], p["note"])
    seen = set(practised)
    for p in review["practice"]:
        if p["question_id"] not in seen:  # already practised: the candidate's card stays
            out["practice"][p["ref"]] = (p["question_id"], "coach", p["note"])
            seen.add(p["question_id"])
    return out


def practised(wb: Workbook) -> set[int]:
    with wb.store.read() as s:
        return set(s.scalars(select(t.PracticeCard.question_id).where(
            t.PracticeCard.question_id.is_not(None))))


def forget_imports(wb: Workbook) -> None:
    """Undo a review import (test set-up only), so the next example starts the same."""
    with wb.store.write() as s:
        for model in (t.Rating, t.Comment, t.PresentationRating, t.PracticeCard):
            for row in s.scalars(select(model).where(model.source_ref.like("review:%"))):
                s.delete(row)
        for row in s.scalars(select(t.ImportRecord).where(t.ImportRecord.kind == "review")):
            s.delete(row)
