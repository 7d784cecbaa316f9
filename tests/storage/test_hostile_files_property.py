"""Property: any tampering with a valid review or bundle (a field dropped, retyped, made huge
or duplicated, an id or criterion that does not exist) is either refused with a message,
leaving the workbook byte-identical, or imported exactly as the file says."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from coachkit import config
from coachkit.services import answers, sharing
from coachkit.services.workbook import open_workbook
from coachkit.storage import tables as t
from tests.storage.helpers_sharing import (
    RAW,
    coach_rows,
    expected_rows,
    file_state,
    forget_imports,
    make_exchange,
    packed,
    practised,
)

pytestmark = pytest.mark.sqlite_only  # the workbook file must stay byte for byte

PROPERTY = settings(max_examples=120, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])
WRONG_TYPES = [None, True, False, 0, -1, 1.5, 2**63, "12", "", "x", [], [3], {}, {"id": 3}]
SIZES = [81, 121, 201, 301, 1_001, 20_001, 2**20]
CRITERIA = ["xyz", "Structure", "structure ", "", "évidence", "<script>", "x" * 81]
OPS = ["drop", "retype", "oversize", "duplicate", "wrong_id", "unknown_criterion",
       "valid_change", "valid_change", "extra_field"]


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _paths(inner, (*prefix, index))


def _valid_change(data, value):
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return data.draw(st.integers(1, 5))
    if isinstance(value, str):
        return data.draw(st.text(max_size=30))
    if isinstance(value, list):
        return value[:-1]
    return value


ID_KEYS = ("id", "answer_version_id", "interview_id", "question_id", "target_id")
# Where each kind of tampering is aimed (any field, if the file has none left of that kind).
AIM = {
    "unknown_criterion": lambda path, value: path[-1] == "criterion",
    "wrong_id": lambda path, value: path[-1] in ID_KEYS,
    "oversize": lambda path, value: isinstance(value, str),
    "duplicate": lambda path, value: isinstance(path[-1], int),
    "extra_field": lambda path, value: isinstance(value, dict),
}


def mutate(payload: dict, data, ids: list[int]) -> dict:
    payload = copy.deepcopy(payload)
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        op = data.draw(st.sampled_from(OPS), label="op")
        every = [p for p in _paths(payload) if p]
        aimed = [p for p in every if AIM.get(op, lambda *_: True)(p, _get(payload, p))]
        path = data.draw(st.sampled_from(aimed or every), label="path")
        parent = _get(payload, path[:-1])
        key, value = path[-1], parent[path[-1]]
        if op == "drop":
            del parent[key]
        elif op == "retype":
            parent[key] = copy.deepcopy(data.draw(st.sampled_from(WRONG_TYPES), label="value"))
        elif op == "oversize":
            parent[key] = "x" * data.draw(st.sampled_from(SIZES), label="size")
        elif op == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(value))
        elif op == "wrong_id":
            parent[key] = data.draw(st.sampled_from(ids) | st.integers(-3, 10**7)
                                    | st.just(2**60), label="id")
        elif op == "unknown_criterion":
            parent[key] = data.draw(st.sampled_from(CRITERIA) | st.text(max_size=12),
                                    label="criterion")
        elif op == "extra_field" and isinstance(value, dict):
            value["surprise"] = copy.deepcopy(data.draw(st.sampled_from(WRONG_TYPES)))
        else:
            parent[key] = _valid_change(data, value)
    return payload


def _all_ids(payload: dict) -> list[int]:
    return sorted({v for p in _paths(payload) if p and p[-1] in ID_KEYS
                   for v in [_get(payload, p)] if isinstance(v, int)})


def within_the_rules(review: dict, bundle: dict, criteria: list[str]) -> None:
    """What an imported review must satisfy, restated independently of the schema."""
    held = {"interview": {iv["id"] for iv in bundle["interviews"]},
            "question": {q["id"] for q in bundle["questions"]},
            "answer_version": {v["id"] for a in bundle["answers"] for v in a["versions"]}}
    refs = [i["ref"] for part in ("ratings", "comments", "presentation", "practice")
            for i in review[part]]
    assert len(refs) == len(set(refs))
    assert len(review["coach_name"]) <= 200
    for r in review["ratings"]:
        assert r["criterion"] in criteria and r["answer_version_id"] in held["answer_version"]
        assert r["score"] in range(1, 6) and len(r["comment"]) <= 20_000
    for c in review["comments"]:
        assert c["target_id"] in held[c["target_kind"]] and 0 < len(c["text"]) <= 20_000
    for p in review["presentation"]:
        assert p["interview_id"] in held["interview"] and p["score"] in range(1, 6)
    for p in review["practice"]:
        assert p["question_id"] in held["question"] and len(p["note"]) <= 300


def consistent(bundle: dict) -> None:
    """What an opened bundle must satisfy: every reference names a row of the bundle."""
    ids = {part: [i["id"] for i in bundle[part]] for part in
           ("interviews", "questions", "answers", "ratings", "presentation", "comments")}
    versions = [v["id"] for a in bundle["answers"] for v in a["versions"]]
    for part in (*ids.values(), versions):
        assert len(part) == len(set(part))
    assert all(q["interview_id"] in (None, *ids["interviews"]) for q in bundle["questions"])
    assert all(a["question_id"] in (None, *ids["questions"]) for a in bundle["answers"])
    assert all(r["answer_version_id"] in versions for r in bundle["ratings"])
    assert all(p["interview_id"] in ids["interviews"] for p in bundle["presentation"])
    kinds = {"interview": ids["interviews"], "question": ids["questions"],
             "answer_version": versions}
    assert all(c["target_id"] in kinds[c["target_kind"]] for c in bundle["comments"])


def _get(payload, path):
    for step in path:
        payload = payload[step]
    return payload


def test_tampered_reviews_are_refused_or_imported_exactly(demo_wb, tmp_path):
    exchange = make_exchange(demo_wb, tmp_path)
    wb = exchange.candidate
    already = practised(wb)
    criteria = answers.active_rubric().ids
    ids = _all_ids(exchange.bundle)
    outcomes = {"refused": 0, "imported": 0}

    def attempt(review: dict) -> None:
        before = file_state(wb.store.path)
        try:
            message = sharing.import_review(wb, packed(review))
        except sharing.BadFile as exc:
            outcomes["refused"] += 1
            assert exc.message.endswith("Nothing was changed."), exc.message
            assert not any(raw in exc.message for raw in RAW), exc.message
            assert file_state(wb.store.path) == before
            return
        outcomes["imported"] += 1
        try:
            assert message.startswith("Imported the review from "), message
            within_the_rules(review, exchange.bundle, criteria)
            assert coach_rows(wb) == expected_rows(review, already)
        finally:
            forget_imports(wb)

    @PROPERTY
    @given(data=st.data())
    def check(data):
        attempt(mutate(exchange.review, data, ids))

    attempt(exchange.review)  # the untouched file, so both outcomes are always seen
    check()
    assert outcomes["refused"] > 0 and outcomes["imported"] > 0, outcomes


INTERVIEW = ("id", "organisation", "role_title", "interview_date", "stage", "format",
             "interviewers", "length_minutes", "connection", "connection_note", "outcome",
             "regret_heard", "feedback")
QUESTION = ("id", "interview_id", "position", "text", "category", "recall_confidence",
            "answer_notes", "family_key", "bank_id")
RATING = ("id", "answer_version_id", "rater_role", "rater_name", "criterion", "score",
          "comment")
PRESENTATION = ("id", "interview_id", "factor", "rater_role", "rater_name", "score", "note")
COMMENT = ("id", "target_kind", "target_id", "author_role", "author_name", "text")


def _rows(s, model, fields) -> list[dict]:
    out = []
    for row in s.scalars(select(model).order_by(model.id)):
        item = {}
        for name in fields:
            value = getattr(row, name)
            item[name] = value.isoformat() if isinstance(value, dt.date) else value
        out.append(item)
    return out


def copy_contents(path: Path) -> dict:
    wb = open_workbook(config.url_for_path(path))
    try:
        with wb.store.read() as s:
            answers = [{"id": a.id, "question_id": a.question_id,
                        "question_text": a.question_text, "bank_id": a.bank_id,
                        "versions": [{"id": v.id, "version_no": v.version_no, "text": v.text,
                                      "star": v.star}
                                     for v in s.scalars(select(t.AnswerVersion).where(
                                         t.AnswerVersion.answer_id == a.id)
                                         .order_by(t.AnswerVersion.version_no))]}
                       for a in s.scalars(select(t.Answer).order_by(t.Answer.id))]
            return {"interviews": _rows(s, t.Interview, INTERVIEW),
                    "questions": _rows(s, t.Question, QUESTION), "answers": answers,
                    "ratings": _rows(s, t.Rating, RATING),
                    "presentation": _rows(s, t.PresentationRating, PRESENTATION),
                    "comments": _rows(s, t.Comment, COMMENT)}
    finally:
        wb.close()


def _by_id(items: list[dict]) -> list[dict]:
    return sorted(items, key=lambda item: item["id"])


def test_tampered_bundles_make_no_copy_or_an_exact_copy(demo_wb, tmp_path):
    exchange = make_exchange(demo_wb, tmp_path)
    ids = _all_ids(exchange.bundle)
    candidate_before = file_state(demo_wb.store.path)
    outcomes = {"refused": 0, "imported": 0}
    counter = iter(range(10**6))

    def attempt(bundle: dict) -> None:
        target = tmp_path / f"copy-{next(counter)}.sqlite"
        try:
            sharing.open_bundle(packed(bundle), target)
        except sharing.BadFile as exc:
            outcomes["refused"] += 1
            assert exc.message.endswith("Nothing was changed.") or "no coach copy" in \
                exc.message, exc.message
            assert not any(raw in exc.message for raw in RAW), exc.message
            assert not any(Path(f"{target}{end}").exists() for end in ("", "-wal", "-shm"))
            return
        outcomes["imported"] += 1
        consistent(bundle)
        got = copy_contents(target)
        for part, rows in got.items():
            assert _by_id(rows) == _by_id(bundle[part]), part
        for end in ("", "-wal", "-shm"):
            Path(f"{target}{end}").unlink(missing_ok=True)

    @settings(PROPERTY, max_examples=40)  # each exact copy costs a new workbook (~1 s)
    @given(data=st.data())
    def check(data):
        attempt(mutate(exchange.bundle, data, ids))

    attempt(exchange.bundle)
    check()
    assert outcomes["refused"] > 0 and outcomes["imported"] > 0, outcomes
    assert file_state(demo_wb.store.path) == candidate_before  # opening bundles never
