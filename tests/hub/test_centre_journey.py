"""The issue's own scenario, end to end through the hub's login page in Chromium: two
candidates and a coach; each candidate sees only their own data; the coach (of ana only)
rates one of ana's answers and cannot open ben; ana sees the coach's rating."""

from __future__ import annotations

import secrets

import pytest

from tests.hub.conftest import BEN_ORGANISATION, READY_MS

pytestmark = pytest.mark.hub

ANA_ORGANISATION = "Millbrook Public Library"  # from the example workbook


def _open(page, base: str, who: str, notebook: str):
    page.goto(f"{base}/user/{who}/voila/render/{notebook}")
    page.wait_for_selector(".ck-ready", timeout=READY_MS)
    assert "Traceback" not in page.content()
    return page


def _answers_tab(page):
    page.get_by_role("tab", name="Answers").click()
    page.wait_for_selector(".ck-rate-save", timeout=60_000)


def test_candidates_coach_and_ratings_across_the_hub(log_in, centre_hub):
    base = centre_hub.base
    # two candidates log in: each sees only their own interviews
    ana = log_in("ana")
    assert ana.locator(".ck-count-interviews b").inner_text() == "4"
    ben = log_in("ben")
    assert ben.locator(".ck-count-interviews b").inner_text() == "1"
    for page, who, mine, theirs in ((ana, "ana", ANA_ORGANISATION, BEN_ORGANISATION),
                                    (ben, "ben", BEN_ORGANISATION, ANA_ORGANISATION)):
        log = _open(page, base, who, "01_interview_log.ipynb")
        log.locator(f"text={mine}").first.wait_for(state="attached", timeout=60_000)
        assert theirs not in log.content()

    # the coach lands on their candidates: ana only
    cora = log_in("cora")
    assert cora.url.startswith(f"{base}/user/cora/voila/render/centre_coach.ipynb")
    links = cora.locator("a.ck-candidate-link")
    assert links.all_inner_texts() == ["ana"]

    # the coach cannot open ben, even by typing his name into the address
    _open(cora, base, "cora", "centre_coach.ipynb?candidate=ben")
    assert cora.locator(".ck-not-yours").count() == 1
    assert BEN_ORGANISATION not in cora.content()

    # the coach opens ana and rates one of her answers
    _open(cora, base, "cora", "centre_coach.ipynb")
    cora.locator("a.ck-candidate-link", has_text="ana").click()
    cora.wait_for_selector(".ck-reviewing", timeout=READY_MS)
    note = f"Lead with the result {secrets.token_hex(3)}"
    _answers_tab(cora)
    cora.locator(".ck-rate-criterion select").select_option(label="Specific evidence")
    cora.locator(".ck-rate-score select").select_option(label="2")
    cora.locator(".ck-rate-note textarea").fill(note)
    cora.locator("button.ck-rate-save").click()
    cora.wait_for_selector(".ck-status-ok", timeout=60_000)
    assert "Saved" in cora.locator(".ck-status-ok").inner_text()

    # ana sees the coach's rating; ben sees nothing of it
    _open(ana, base, "ana", "04_coach_review.ipynb")
    _answers_tab(ana)
    row = ana.locator(".ck-answer-ratings tr", has_text=note)
    row.wait_for(timeout=60_000)
    assert "Coach" in row.inner_text() and "2" in row.inner_text()
    _open(ben, base, "ben", "04_coach_review.ipynb")
    assert note not in ben.content()
