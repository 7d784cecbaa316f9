"""Sharing without a server: bundle out, coach copy, review back; and every bad file."""

from __future__ import annotations

import gzip
import hashlib
import json

import pytest
from sqlalchemy import func, select

from coachkit import config
from coachkit.domain.errors import NotAllowed
from coachkit.services import answers, coach, interviews, questions, sharing
from coachkit.services.workbook import open_workbook
from coachkit.storage import tables as t

NAMES = ["Millbrook Public Library", "Hartwell College Library", "Eastgate Regional Libraries",
         "Cedar Falls Library", "Millbrook", "Hartwell", "Eastgate", "Cedar Falls",
         "Branch manager", "head of youth services", "Library director", "two faculty",
         "search committee chair", "Reference coordinator", "Priya Okafor", "Okafor"]


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


@pytest.fixture
def candidate(demo_wb):
    """The example workbook with a named interviewer and names in free text."""
    iv = interviews.list_interviews(demo_wb, organisation="Millbrook Public Library")[0]
    interviews.update_interview(
        demo_wb, iv.id, interviewers="Priya Okafor; Branch manager",
        feedback="Priya Okafor said Millbrook Public Library regrets it; Okafor was kind.")
    q = questions.list_questions(demo_wb, iv.id)[0]
    answers.save_answer(demo_wb, "At Hartwell College Library I told Ms Okafor about "
                        "the Eastgate project and the millbrook teens.", question_id=q.id)
    return demo_wb


def _open_copy(tmp_path, bundle_path, name="coach.sqlite"):
    target = sharing.open_bundle(bundle_path, tmp_path / name)
    return open_workbook(config.url_for_path(target))


def test_redacted_bundle_keeps_no_name_anywhere(candidate, tmp_path):
    path, bundle = sharing.export_bundle(candidate, tmp_path / "b.json.gz", redact=True)
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    for name in NAMES:
        assert name.casefold() not in text.casefold(), name
    orgs = [iv["organisation"] for iv in bundle["interviews"]]
    assert sorted(orgs) == ["Library A", "Library B", "Library C", "Library D"]
    millbrook = next(iv for iv in bundle["interviews"] if "regrets" in iv["feedback"])
    alias = millbrook["organisation"]
    # the same name gets the same alias everywhere, free text included
    person = millbrook["interviewers"].split(";")[0]
    assert person.startswith("Interviewer ")
    assert millbrook["feedback"] == f"{person} said {alias} regrets it; {person} was kind."
    answer_texts = [v["text"] for a in bundle["answers"] for v in a["versions"]]
    assert any(f"the {alias.split()[0]}" in x or alias in x for x in answer_texts)
    assert any(f"Ms {person} " in x for x in answer_texts)


def test_unredacted_bundle_keeps_names_and_only_shared_interviews(candidate, tmp_path):
    hidden = interviews.list_interviews(candidate, organisation="Cedar Falls Library")[0]
    with candidate.store.write() as s:
        s.get(t.Interview, hidden.id).shared = False
    _, bundle = sharing.export_bundle(candidate, tmp_path / "b.json.gz")
    orgs = {iv["organisation"] for iv in bundle["interviews"]}
    assert "Millbrook Public Library" in orgs and "Cedar Falls Library" not in orgs
    hidden_q = {q.id for q in questions.list_questions(candidate, hidden.id)}
    assert not hidden_q & {q["id"] for q in bundle["questions"]}
    assert "Cedar Falls" not in json.dumps(bundle)


def test_parts_the_candidate_leaves_out_are_not_in_the_bundle(candidate, tmp_path):
    _, bundle = sharing.export_bundle(candidate, tmp_path / "b.json.gz",
                                      parts=["questions"])
    assert bundle["interviews"] == [] and bundle["answers"] == [] and bundle["ratings"] == []
    assert len(bundle["questions"]) == 19
    assert all(q["interview_id"] is None for q in bundle["questions"])


def test_round_trip_coach_review_is_merged_once_and_never_overwrites(candidate, tmp_path):
    before_ratings = candidate.store.count(t.Rating)
    path, bundle = sharing.export_bundle(candidate, tmp_path / "b.json.gz", redact=True)
    copy = _open_copy(tmp_path, path)
    assert copy.role == "coach"
    with pytest.raises(NotAllowed):  # the coach's copy refuses edits too
        interviews.update_interview(copy, bundle["interviews"][0]["id"], feedback="x")
    answer = next(a for a in coach.visible_answers(copy) if "Okafor" not in a["text"])
    coach.rate_answer(copy, answer["version_id"], "structure", 2, comment="Result missing.")
    coach.add_comment(copy, "answer_version", answer["version_id"], "Lead with the result.")
    iv_id = bundle["interviews"][0]["id"]
    coach.rate_presentation(copy, iv_id, "eye_contact", 2, note="Looked at notes a lot.")
    coach.suggest_practice(copy, [bundle["questions"][0]["id"]], note="Practise aloud")
    review_path, review = sharing.export_review(copy, tmp_path / "r.json.gz", "Dana W")
    copy.close()
    assert len(review["ratings"]) == 1  # the bundle's own ratings do not go back

    message = sharing.import_review(candidate, review_path)
    assert "1 ratings" in message and "1 comments" in message
    with candidate.store.read() as s:
        new = s.scalars(select(t.Rating).where(t.Rating.source_ref.is_not(None))).all()
        assert [(r.rater_role, r.rater_name, r.score) for r in new] == [("coach", "Dana W", 2)]
        comment = s.scalars(select(t.Comment).where(t.Comment.source_ref.is_not(None))).one()
        assert (comment.author_role, comment.text) == ("coach", "Lead with the result.")
        pres = s.scalars(select(t.PresentationRating).where(
            t.PresentationRating.source_ref.is_not(None))).one()
        assert (pres.rater_role, pres.factor, pres.score) == ("coach", "eye_contact", 2)
        card = s.scalars(select(t.PracticeCard).where(
            t.PracticeCard.added_by == "coach")).one()  # the candidate's own cards stay
        assert (card.added_by, card.question_id) == ("coach", bundle["questions"][0]["id"])
        # the candidate's own words are as they were
        versions = s.scalars(select(t.AnswerVersion.text)).all()
    assert candidate.store.count(t.Rating) == before_ratings + 1
    assert all("Interviewer" not in v and "Library A" not in v for v in versions)

    counts = [candidate.store.count(x) for x in (t.Rating, t.Comment, t.PresentationRating,
                                                  t.PracticeCard)]
    again = sharing.import_review(candidate, review_path)
    assert "already imported" in again
    assert [candidate.store.count(x) for x in (t.Rating, t.Comment, t.PresentationRating,
                                                t.PracticeCard)] == counts


def test_a_second_export_of_the_same_copy_adds_only_what_is_new(candidate, tmp_path):
    path, _ = sharing.export_bundle(candidate, tmp_path / "b.json.gz")
    copy = _open_copy(tmp_path, path)
    version = coach.visible_answers(copy)[0]["version_id"]
    coach.rate_answer(copy, version, "evidence", 3)
    first, _ = sharing.export_review(copy, tmp_path / "r1.json.gz", "Dana")
    coach.rate_answer(copy, version, "result", 4)
    second, _ = sharing.export_review(copy, tmp_path / "r2.json.gz", "Dana")
    copy.close()
    n = candidate.store.count(t.Rating)
    sharing.import_review(candidate, first)
    sharing.import_review(candidate, second)
    assert candidate.store.count(t.Rating) == n + 2


def test_practice_suggestion_keeps_the_candidates_own_schedule(candidate, tmp_path):
    path, bundle = sharing.export_bundle(candidate, tmp_path / "b.json.gz")
    qid = bundle["questions"][0]["id"]
    coach.suggest_practice(candidate, [qid])  # the candidate already practises it
    with candidate.store.read() as s:
        before = s.scalars(select(t.PracticeCard).where(
            t.PracticeCard.question_id == qid)).one()
        before = (before.id, before.added_by, before.due)
    copy = _open_copy(tmp_path, path)
    coach.suggest_practice(copy, [qid], note="again")
    review, _ = sharing.export_review(copy, tmp_path / "r.json.gz")
    copy.close()
    sharing.import_review(candidate, review)
    with candidate.store.read() as s:
        card = s.scalars(select(t.PracticeCard).where(
            t.PracticeCard.question_id == qid)).one()
        assert (card.id, card.added_by, card.due) == before


@pytest.mark.sqlite_only  # compares the workbook file byte for byte
def test_a_review_for_an_unknown_bundle_is_refused(candidate, wb, tmp_path):
    path, _ = sharing.export_bundle(candidate, tmp_path / "b.json.gz")
    copy = _open_copy(tmp_path, path)
    coach.rate_answer(copy, coach.visible_answers(copy)[0]["version_id"], "evidence", 3)
    review, _ = sharing.export_review(copy, tmp_path / "r.json.gz")
    copy.close()
    with pytest.raises(sharing.BadFile, match="different workbook"):
        sharing.import_review(wb, review)  # another candidate's workbook
    data = json.loads(gzip.decompress(review.read_bytes()))
    data["bundle_id"] = "f" * 32
    forged = tmp_path / "forged.json.gz"
    forged.write_bytes(gzip.compress(json.dumps(data).encode()))
    with pytest.raises(sharing.BadFile, match="does not know"):
        sharing.import_review(candidate, forged)


def _review_file(candidate, tmp_path):
    path, _ = sharing.export_bundle(candidate, tmp_path / "b.json.gz")
    copy = _open_copy(tmp_path, path)
    coach.rate_answer(copy, coach.visible_answers(copy)[0]["version_id"], "evidence", 3)
    review, _ = sharing.export_review(copy, tmp_path / "r.json.gz")
    copy.close()
    return review


def _bad_files(good: bytes, tmp_path):
    payload = json.loads(gzip.decompress(good))
    newer = dict(payload, version=sharing.FORMAT_VERSION + 1)
    big = tmp_path / "big.json.gz"
    with big.open("wb") as fh:
        fh.truncate(sharing.MAX_FILE_BYTES + 1)
    flipped = bytearray(good)
    flipped[len(flipped) // 2] ^= 0xFF
    return {
        "truncated": good[: len(good) // 2],
        "corrupt": bytes(flipped),
        "newer": gzip.compress(json.dumps(newer).encode()),
        "not coachkit": gzip.compress(json.dumps({"format": "other", "version": 1}).encode()),
        "plain text": b"my CV, not a review",
        "bad json": gzip.compress(b"{not json"),
        "bad score": gzip.compress(json.dumps(dict(payload, ratings=[
            dict(payload["ratings"][0], score=9)])).encode()),
        "bundle not review": None,
        "too large": big,
    }


@pytest.mark.parametrize("kind", ["truncated", "corrupt", "newer", "not coachkit",
                                  "plain text", "bad json", "bad score", "too large",
                                  "bundle not review"])
@pytest.mark.sqlite_only  # compares the workbook file byte for byte
def test_a_bad_review_file_is_refused_and_the_workbook_is_byte_for_byte_unchanged(
        candidate, tmp_path, kind):
    review = _review_file(candidate, tmp_path)
    files = _bad_files(review.read_bytes(), tmp_path)
    bad = files[kind]
    if kind == "bundle not review":
        bad = tmp_path / "b.json.gz"
    elif not hasattr(bad, "read_bytes"):
        (tmp_path / "bad.bin").write_bytes(bad)
        bad = tmp_path / "bad.bin"
    db = candidate.store.path
    candidate.close()
    before = _sha(db)
    wb = open_workbook(config.url_for_path(db))
    with pytest.raises(sharing.BadFile) as err:
        sharing.import_review(wb, bad)
    assert "Nothing was changed" in err.value.message or "not a coach review" in err.value.message
    wb.close()
    assert _sha(db) == before


@pytest.mark.parametrize("kind", ["truncated", "corrupt", "newer", "not coachkit",
                                  "too large"])
def test_a_bad_bundle_makes_no_coach_copy(candidate, tmp_path, kind):
    path, _ = sharing.export_bundle(candidate, tmp_path / "b.json.gz")
    bad = _bad_files(path.read_bytes(), tmp_path)[kind]
    if not hasattr(bad, "read_bytes"):
        (tmp_path / "bad.bin").write_bytes(bad)
        bad = tmp_path / "bad.bin"
    with pytest.raises(sharing.BadFile):
        sharing.open_bundle(bad, tmp_path / "copy.sqlite")
    assert not (tmp_path / "copy.sqlite").exists()


def test_uploaded_bytes_over_the_limit_are_refused_before_parsing():
    with pytest.raises(sharing.BadFile, match="50 MB"):
        sharing.read_file(b"\x1f\x8b" + b"0" * sharing.MAX_FILE_BYTES, sharing.REVIEW_FORMAT)


def test_a_coach_copy_never_overwrites_a_file(candidate, tmp_path):
    path, _ = sharing.export_bundle(candidate, tmp_path / "b.json.gz")
    mine = tmp_path / "mine.sqlite"
    mine.write_text("precious")
    with pytest.raises(Exception, match="already exists"):
        sharing.open_bundle(path, mine)
    assert mine.read_text() == "precious"


def test_export_remembers_the_bundle_and_gives_the_workbook_an_id(wb, tmp_path):
    assert sharing.workbook_id(wb) is None
    interviews.log_interview(wb, organisation="Town Library")
    _, bundle = sharing.export_bundle(wb, tmp_path / "b.json.gz")
    assert bundle["workbook_id"] == sharing.workbook_id(wb)
    with wb.store.read() as s:
        assert s.scalar(select(func.count()).select_from(t.ImportRecord)
                        .where(t.ImportRecord.bundle_id == bundle["bundle_id"])) == 1
