"""The coach dashboard's model, without widgets: what each action stores and says."""

from __future__ import annotations

import datetime as dt

import pytest

from coachkit.domain.errors import CoachkitError, NotAllowed
from coachkit.services import coach
from coachkit.services.workbook import open_workbook
from coachkit.ui.coach_review.model import CoachReviewModel


@pytest.fixture
def model(demo_wb):
    return CoachReviewModel(demo_wb)


def test_the_overview_tables_come_from_the_shared_interviews(model):
    ivs = model.interviews()
    stages = model.stage_table(ivs)
    assert stages.head[0] == "Stage" and sum(sum(r[1:]) for r in stages.rows) == len(ivs)
    regret = model.regret_table(ivs)
    assert {r[0] for r in regret.rows} >= {"Hartwell College Library"}
    assert model.me == "candidate" and "Your workbook" in model.role_text


def test_presentation_needs_a_score_and_then_stores_it_as_mine(model):
    iv = model.interviews()[0].id
    with pytest.raises(CoachkitError, match="at least one factor"):
        model.rate_presentation(iv, {"attire": None})
    before = model.changed
    assert model.rate_presentation(iv, {"attire": 1, "rapport": None}) == (
        "Saved 1 presentation rating(s) as the candidate.")
    assert model.changed == before + 1  # other tabs rebuild
    table = model.presentation()
    assert model.my_presentation_scores(table, iv)["attire"] == 1
    attire = next(r for r in model.presentation_rows(table, iv) if r[0] == "Attire")
    assert attire[1] == 1  # the candidate's column; the coach's is untouched


def test_a_coach_model_rates_as_the_coach_and_cannot_touch_the_watchlist(demo_wb):
    session = open_workbook(demo_wb.url, role="coach")
    try:
        model = CoachReviewModel(session)
        assert model.is_coach and "as the coach" in model.role_text
        answer = model.answers()[0]
        assert model.rate(answer["version_id"], "evidence", "Evidence", 2, "thin") == (
            "Saved: Evidence 2/5.")
        rows = model.ratings_rows(answer["version_id"], {"evidence": "Evidence"})
        assert ["Coach", "Evidence", 2, "thin"] in rows
        with pytest.raises(NotAllowed):
            model.add_watch("Acme", None, "")
    finally:
        session.close()


def test_watchlist_items_fall_due_and_toggle(model):
    assert model.add_watch("  Oak Trust ", dt.date(2026, 1, 1), "ask about openings") == (
        "Added Oak Trust to the watchlist.")
    item = next(i for i in model.watchlist() if i.organisation == "Oak Trust")
    assert model.is_due(item, today=dt.date(2026, 1, 2))
    assert not model.is_due(item, today=dt.date(2025, 12, 31))
    model.toggle_watch(item)
    item = next(i for i in model.watchlist() if i.organisation == "Oak Trust")
    assert item.done and not model.is_due(item, today=dt.date(2026, 1, 2))


def test_uploads_are_checked_before_anything_is_read(model):
    with pytest.raises(CoachkitError, match="Choose a file first"):
        model.import_review(())
    with pytest.raises(CoachkitError, match="larger than 50 MB"):
        model.check_upload(({"size": 60_000_000, "content": b""},))


def test_the_weakest_families_are_the_services_and_go_to_practice(model):
    weak = model.weakest()
    assert [f.label for f in weak] == [f.label for f in coach.weakest_families(model.wb)]
    assert model.practise_family(weak[0]).startswith("Added ")
