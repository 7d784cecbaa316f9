"""Tampered coach reviews and bundles: every field is checked before anything is written, the
refusal names the first bad field in words, and nothing is half-imported."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from coachkit import config
from coachkit.domain import schemas
from coachkit.services import answers, sharing
from coachkit.storage import tables as t
from tests.storage.helpers_sharing import (
    RAW,
    coach_rows,
    expected_rows,
    file_state,
    make_exchange,
    packed,
    practised,
)

pytestmark = pytest.mark.sqlite_only  # the workbook file must stay byte for byte


@pytest.fixture
def exchange(demo_wb, tmp_path):
    return make_exchange(demo_wb, tmp_path)


def refused(exchange, review: dict) -> str:
    wb = exchange.candidate
    before = file_state(wb.store.path)
    with pytest.raises(sharing.BadFile) as err:
        sharing.import_review(wb, packed(review))
    message = err.value.message
    assert message.endswith("Nothing was changed.")
    assert not any(raw in message for raw in RAW), message
    assert file_state(wb.store.path) == before
    assert coach_rows(wb) == expected_rows(dict(review, ratings=[], comments=[],
                                                presentation=[], practice=[]), set())
    return message


def test_the_untouched_review_is_imported_exactly(exchange):
    already = practised(exchange.candidate)
    message = sharing.import_review(exchange.candidate, packed(exchange.review))
    assert message.startswith("Imported the review from Dana W: 2 ratings, 2 comments, "
                              "1 presentation ratings")
    assert coach_rows(exchange.candidate) == expected_rows(exchange.review, already)


def test_an_unknown_criterion_is_refused_by_name(exchange):
    review = exchange.fresh_review()
    review["ratings"][1]["criterion"] = "xyz"
    message = refused(exchange, review)
    assert "ratings[1].criterion: 'xyz' is not a criterion of the rubric (it has " \
           "answers_question, structure, evidence" in message


def test_a_megabyte_criterion_name_is_refused(exchange):
    review = exchange.fresh_review()
    review["ratings"][0]["criterion"] = "x" * 2**20
    assert "ratings[0].criterion is 1,048,576 characters long; the limit is 80" in \
        refused(exchange, review)


@pytest.mark.parametrize("value, shown", [
    ("12", "the text '12'"), ([12], "a list of 1 item"), (12.0, "the number 12.0"),
    (True, "true/false"), (None, "empty (null)"), ({"id": 12}, "a group of fields")])
def test_a_version_id_that_is_not_a_whole_number_never_reaches_the_database(
        exchange, value, shown):
    review = exchange.fresh_review()
    review["ratings"][0]["answer_version_id"] = value
    assert f"ratings[0].answer_version_id must be a whole number, not {shown}" in \
        refused(exchange, review)


def test_a_version_that_was_not_in_the_bundle_is_refused(exchange):
    with exchange.candidate.store.read() as s:
        outside = max(s.scalars(select(t.AnswerVersion.id))) + 1000
    review = exchange.fresh_review()
    review["ratings"][1]["answer_version_id"] = outside
    assert f"ratings[1].answer_version_id: {outside} is not an answer version that was in " \
           "the bundle this review answers" in refused(exchange, review)


def test_ids_the_candidate_kept_back_are_refused_even_though_they_exist(exchange, tmp_path):
    # an interview the candidate did not share: it is in the workbook, not in the bundle
    with exchange.candidate.store.read() as s:
        hidden = s.scalar(select(t.Interview.id).where(
            t.Interview.id.not_in([iv["id"] for iv in exchange.bundle["interviews"]])))
    if hidden is None:
        from coachkit.services import interviews

        hidden = interviews.log_interview(exchange.candidate, organisation="Kept back").id
    review = exchange.fresh_review()
    review["presentation"][0]["interview_id"] = hidden
    assert f"presentation[0].interview_id: {hidden} is not an interview that was in the " \
           "bundle" in refused(exchange, review)


def test_nothing_is_half_imported_when_a_late_field_is_bad(exchange):
    review = exchange.fresh_review()
    review["practice"][1]["note"] = "n" * (schemas.rules.MAX_SHORT + 1)
    assert "practice[1].note is 301 characters long; the limit is 300" in \
        refused(exchange, review)


@pytest.mark.parametrize("change, words", [
    (lambda r: r["ratings"][0].pop("score"), "ratings[0].score is missing"),
    (lambda r: r["ratings"][0].update(score=9),
     "ratings[0].score must be a whole number from 1 to 5, not 9"),
    (lambda r: r["ratings"][0].update(shared=False),
     "ratings[0].shared is not something a coach review holds"),
    (lambda r: r["ratings"].append(dict(r["ratings"][0])),
     "ratings[2].ref: '"),
    (lambda r: r["comments"][0].update(target_kind="job"),
     "comments[0].target_kind must be one of 'interview', 'question' or 'answer_version'"),
    (lambda r: r["comments"][0].update(text="   "), "comments[0].text is empty"),
    (lambda r: r["presentation"][0].update(factor="handshake"),
     "presentation[0].factor must be one of 'cv_tailored'"),
    (lambda r: r["practice"][0].update(ref="bundle:1:practice:1"),
     "practice[0].ref: 'bundle:1:practice:1' is not a reference coachkit writes"),
    (lambda r: r.update(coach_name="D" * 201), "coach_name is 201 characters long"),
    (lambda r: r.update(review_id=["x"]), "review_id must be text, not a list of 1 item"),
    (lambda r: r.update(ratings={"0": {}}), "ratings must be a list, not a group of fields"),
    (lambda r: r.update(version=0), "version must be at least 1, not the number 0"),
])
def test_each_kind_of_bad_field_is_named(exchange, change, words):
    review = exchange.fresh_review()
    change(review)
    assert words in refused(exchange, review)


def test_a_field_given_twice_is_refused(exchange):
    text = json.dumps(exchange.review).replace('"score": 2,', '"score": 2, "score": 5,', 1)
    wb = exchange.candidate
    before = file_state(wb.store.path)
    import gzip

    with pytest.raises(sharing.BadFile, match="gives the field 'score' twice"):
        sharing.import_review(wb, gzip.compress(text.encode()))
    assert file_state(wb.store.path) == before


def test_the_criteria_are_those_of_the_rubric_in_use(exchange, private_data_dir):
    own = answers.active_rubric()
    text = (config.data_dir() / "rubric.toml")
    from coachkit.analysis.rubric import default_rubric_text

    text.write_text(default_rubric_text().replace('id = "structure"', 'id = "story_shape"'))
    assert "story_shape" in answers.active_rubric().ids and "structure" in own.ids
    message = refused(exchange, exchange.fresh_review())
    assert "ratings[0].criterion: 'structure' is not a criterion of the rubric" in message
    assert "story_shape" in message
    text.unlink()
    assert sharing.import_review(exchange.candidate, packed(exchange.review)).startswith(
        "Imported")


def test_an_answer_deleted_since_the_bundle_is_left_out_not_refused(exchange):
    gone = exchange.review["ratings"][1]["answer_version_id"]
    with exchange.candidate.store.write() as s:
        s.delete(s.get(t.AnswerVersion, gone))
    message = sharing.import_review(exchange.candidate, packed(exchange.review))
    assert "left out" in message
    rows = coach_rows(exchange.candidate)["ratings"]
    assert [r[0] for r in rows.values()] == [exchange.review["ratings"][0]["answer_version_id"]]


def test_a_bundle_exported_before_contents_were_recorded_checks_against_the_workbook(
        exchange):
    with exchange.candidate.store.write() as s:
        s.delete(s.get(t.WorkbookInfo, f"bundle:{exchange.bundle['bundle_id']}"))
    review = exchange.fresh_review()
    review["ratings"][0]["answer_version_id"] = 10**9
    assert "ratings[0].answer_version_id: 1000000000 is not an answer version in this " \
           "workbook" in refused(exchange, review)
    assert sharing.import_review(exchange.candidate, packed(exchange.review)).startswith(
        "Imported")


# ----------------------------------------------------------------------------- bundles


def refused_bundle(payload: dict, tmp_path) -> str:
    target = tmp_path / "copy.sqlite"
    with pytest.raises(sharing.BadFile) as err:
        sharing.open_bundle(packed(payload), target)
    assert not target.exists() and not (tmp_path / "copy.sqlite-wal").exists()
    assert not any(raw in err.value.message for raw in RAW), err.value.message
    return err.value.message


@pytest.mark.parametrize("change, words", [
    (lambda b: b["interviews"][0].update(shared=False),
     "interviews[0].shared is not something a coach bundle holds"),
    (lambda b: b["interviews"][0].update(interview_date="last Tuesday"),
     "interviews[0].interview_date: 'last Tuesday' is not a date written as YYYY-MM-DD"),
    (lambda b: b["interviews"].append(dict(b["interviews"][0])),
     "is used by an earlier interview too"),
    (lambda b: b["questions"][0].update(interview_id=99999),
     "questions[0].interview_id: 99999 is not an interview in this bundle"),
    (lambda b: b["questions"][0].update(text="q" * 2001), "questions[0].text is 2,001"),
    (lambda b: b["ratings"][0].update(answer_version_id=99999),
     "ratings[0].answer_version_id: 99999 is not an answer version in this bundle"),
    (lambda b: b["answers"][0]["versions"].append(dict(b["answers"][0]["versions"][0],
                                                       id=99999)),
     "answers[0].versions: version number 1 appears twice"),
    (lambda b: b["answers"][0].update(versions=[b["answers"][0]["versions"][0]] * 1001),
     "answers[0].versions has 1,001 items; the limit is 1,000"),
    (lambda b: b["comments"][0].update(target_id=99999), "comments[0].target_id: 99999"),
    (lambda b: b.update(redacted="yes"), "redacted must be true or false"),
])
def test_a_tampered_bundle_makes_no_coach_copy(exchange, tmp_path, change, words):
    bundle = exchange.fresh_bundle()
    change(bundle)
    assert words in refused_bundle(bundle, tmp_path)
