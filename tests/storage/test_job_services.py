"""The job-fit services against a real (temporary) workbook: what is stored is what counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from coachkit.domain.errors import InvalidEntry, MissingEntry
from coachkit.services import jobs, people
from coachkit.storage import tables as t

ADS = Path(__file__).resolve().parents[1] / "data" / "job_ads"
DESK = "Staff the front desk and answer phone enquiries"
XSS = "<img src=x onerror=alert(1)>"


def _job_with_desk(wb, desk_share=None):
    job = jobs.add_job(wb, "Library Assistant", "Cedar Falls Library")
    desk = jobs.add_duty(wb, job.id, DESK, share_pct=desk_share, energy="drains",
                         skill=2, tags=["public_facing", "interruptions"])
    proof = jobs.add_duty(wb, job.id, "Proofread the newsletter", share_pct=30,
                          energy="energises", skill=5, tags=["detail", "own_pace"])
    return job, desk, proof


def _rows(wb, table, **where):
    with wb.store.read() as s:
        query = select(table)
        for key, value in where.items():
            query = query.where(getattr(table, key) == value)
        rows = list(s.scalars(query))
        s.expunge_all()  # plain snapshots, readable after the session closes
        return rows


# ----------------------------------------------------------------------------- the ad


def test_a_pasted_ad_becomes_a_draft_and_only_confirmed_lines_are_stored(wb):
    ad = (ADS / "public_library_assistant.txt").read_text()
    draft = jobs.draft_from_ad(ad)
    assert draft.duties and draft.requirements
    job = jobs.add_job(wb, "Library Assistant")
    assert jobs.list_duties(wb, job.id) == []  # a draft saves nothing
    kept = [draft.duties[0], "A duty I typed myself"]
    duties, reqs = jobs.save_confirmed_lines(wb, job.id, kept, draft.requirements[:1],
                                             ad_text=ad)
    assert [d.text for d in jobs.list_duties(wb, job.id)] == kept
    assert [r.text for r in jobs.list_duties(wb, job.id, "requirement")] == \
        [draft.requirements[0][0]]
    assert all(d.share_pct is None for d in duties)  # unknown until the user says
    assert jobs.get_job(wb, job.id).ad_text == ad.strip()


def test_confirmed_duties_get_the_tags_their_wording_suggests(wb):
    job = jobs.add_job(wb, "Assistant")
    duties, _ = jobs.save_confirmed_lines(wb, job.id, [DESK, "Catalogue new books"], [])
    # every suggested tag is kept (issue 16: "phones" was dropped, so phone questions never came up)
    assert set(duties[0].tags) == {"public_facing", "interruptions", "phones"}


def test_html_paste_is_reduced_to_text(wb):
    draft = jobs.draft_from_ad((ADS / "html_paste.html").read_text())
    assert draft.duties
    assert not any("<" in line for line in draft.duties + draft.other)


@pytest.mark.parametrize("ad", ["", "   \n ", "x" * 1_100_000])
def test_empty_or_huge_ads_are_refused_with_a_message(ad):
    with pytest.raises(InvalidEntry) as err:
        jobs.draft_from_ad(ad)
    assert ("empty" in err.value.message) or ("limit" in err.value.message)


def test_the_100kb_ad_is_refused(wb):
    with pytest.raises(InvalidEntry, match="limit"):
        jobs.draft_from_ad((ADS / "oversized_100kb.txt").read_text())
    with pytest.raises(InvalidEntry, match="limit"):
        jobs.add_job(wb, "Big", ad_text="y" * 60_000)
    assert jobs.list_jobs(wb) == []


def test_nothing_ticked_stores_nothing(wb):
    job = jobs.add_job(wb, "Assistant")
    with pytest.raises(InvalidEntry, match="nothing to add"):
        jobs.save_confirmed_lines(wb, job.id, ["  "], [])
    assert _rows(wb, t.Duty) == []


# ----------------------------------------------------------------------------- duties


def test_duty_edits_are_stored_and_unknown_share_is_none(wb):
    job, desk, _ = _job_with_desk(wb, desk_share=40)
    jobs.update_duty(wb, desk.id, share_pct=None, develop="no", skill=3)
    row = _rows(wb, t.Duty, id=desk.id)[0]
    assert (row.share_pct, row.develop, row.skill) == (None, "no", 3)


@pytest.mark.parametrize("share", [-5, 101, "lots", float("nan")])
def test_shares_outside_0_to_100_are_refused_and_the_old_value_kept(wb, share):
    job, _, proof = _job_with_desk(wb)
    with pytest.raises(InvalidEntry):
        jobs.update_duty(wb, proof.id, share_pct=share)
    assert _rows(wb, t.Duty, id=proof.id)[0].share_pct == 30


def test_bad_duty_values_are_refused(wb):
    job, desk, _ = _job_with_desk(wb)
    for fields in ({"skill": 6}, {"energy": "exhausts"}, {"text": "  "}, {"develop": "never"}):
        with pytest.raises(InvalidEntry):
            jobs.update_duty(wb, desk.id, **fields)
    assert _rows(wb, t.Duty, id=desk.id)[0].text == DESK


def test_merge_joins_text_and_keeps_an_unknown_share_unknown(wb):
    job, desk, proof = _job_with_desk(wb)
    merged = jobs.merge_duties(wb, desk.id, proof.id)
    assert merged.text == f"{DESK}; Proofread the newsletter"
    assert merged.share_pct is None
    assert set(merged.tags) == {"public_facing", "interruptions", "detail", "own_pace"}
    assert [d.id for d in jobs.list_duties(wb, job.id)] == [desk.id]


def test_merge_adds_known_shares_and_refuses_over_100(wb):
    job = jobs.add_job(wb, "Assistant")
    a, b, c = jobs.add_duties(wb, job.id, [{"text": "A", "share_pct": 30},
                                           {"text": "B", "share_pct": 20},
                                           {"text": "C", "share_pct": 60}])
    assert jobs.merge_duties(wb, a.id, b.id).share_pct == 50
    with pytest.raises(InvalidEntry):
        jobs.merge_duties(wb, a.id, c.id)
    assert len(jobs.list_duties(wb, job.id)) == 2  # the failed merge deleted nothing


def test_a_misfiled_line_moves_between_lists_and_can_be_deleted(wb):
    job, desk, proof = _job_with_desk(wb)
    jobs.move_line(wb, proof.id, "requirement")
    assert [r.id for r in jobs.list_duties(wb, job.id, "requirement")] == [proof.id]
    jobs.delete_duty(wb, proof.id)
    assert jobs.list_duties(wb, job.id, "requirement") == []
    with pytest.raises(MissingEntry):
        jobs.update_duty(wb, proof.id, skill=3)


def test_share_total_is_stated_not_rescaled(wb):
    job, desk, proof = _job_with_desk(wb, desk_share=55)
    text = jobs.share_total_text(jobs.list_duties(wb, job.id))
    assert "85%" in text and "15% unaccounted" in text
    jobs.update_duty(wb, desk.id, share_pct=None)
    text = jobs.share_total_text(jobs.list_duties(wb, job.id))
    assert "30%" in text and "1 duty has an unknown share" in text
    jobs.update_duty(wb, desk.id, share_pct=90)
    assert "20% more than a whole week" in jobs.share_total_text(jobs.list_duties(wb, job.id))


# ----------------------------------------------------------------------------- requirements


def test_requirements_status_and_sober_note(wb):
    job = jobs.add_job(wb, "Assistant")
    a = jobs.add_requirement(wb, job.id, "Library experience")
    b = jobs.add_requirement(wb, job.id, "Canva", essential=False)
    jobs.add_requirement(wb, job.id, "Not rated yet")
    jobs.update_duty(wb, a.id, requirement_status="met")
    jobs.update_duty(wb, b.id, requirement_status="not_yet")
    report = jobs.fit_report(wb, job.id)
    assert report.requirements_met_pct == 50.0  # the unrated one is not counted as a gap
    assert report.essential_met_pct == 100.0
    assert "not a chance of being hired" in report.requirements_note
    with pytest.raises(InvalidEntry):
        jobs.update_duty(wb, a.id, requirement_status="maybe")


# ----------------------------------------------------------------------------- tolerances


def test_tolerances_belong_to_the_candidate_and_apply_to_every_job(wb):
    first, _, _ = _job_with_desk(wb, desk_share=60)
    second, _, _ = _job_with_desk(wb, desk_share=10)
    jobs.set_tolerances(wb, max_public_facing_pct=40, max_interruptions_per_hour=6,
                        deal_breakers=["reception all day", " ", "reception all day"])
    assert jobs.get_tolerances(wb).deal_breakers == ("reception all day",)
    assert any(f.kind == "tolerance_breached" for f in jobs.fit_report(wb, first.id).flags)
    assert not any(f.kind == "tolerance_breached"
                   for f in jobs.fit_report(wb, second.id).flags)
    # Limits saved before the candidate had a name move to the candidate, not duplicated.
    me = people.ensure_person(wb, "Robin", "candidate")
    jobs.set_tolerances(wb, max_public_facing_pct=30)
    rows = _rows(wb, t.Tolerance)
    assert [(r.person_id, r.max_public_facing_pct) for r in rows] == [(me, 30)]


@pytest.mark.parametrize("fields", [{"max_public_facing_pct": 120},
                                    {"max_interruptions_per_hour": -1},
                                    {"max_interruptions_per_hour": "often"},
                                    {"next_step": "team leader " * 20}])
def test_bad_tolerances_are_refused_and_old_ones_kept(wb, fields):
    jobs.set_tolerances(wb, max_public_facing_pct=40)
    with pytest.raises(InvalidEntry):
        jobs.set_tolerances(wb, **fields)
    assert jobs.get_tolerances(wb).max_public_facing_pct == 40


def test_where_the_candidate_wants_to_go_is_kept_and_asked_about_for_every_job(wb):
    first, _, _ = _job_with_desk(wb)
    second, _, _ = _job_with_desk(wb, desk_share=10)
    saved = jobs.set_tolerances(wb, max_public_facing_pct=40,
                                next_step="  front office\nmanager  ")
    assert saved.next_step == "front office manager"  # one line, as it will be printed
    assert jobs.get_tolerances(wb).next_step == "front office manager"
    for job in (first, second):
        printed = jobs.regenerate_questions(wb, job.id)[:10]
        route = [q for q in printed if "front office manager" in q.text]
        assert route and "go next" in route[0].text
    # Clearing it takes the question off the list the next time it is brought up to date.
    jobs.set_tolerances(wb, max_public_facing_pct=40)
    assert jobs.get_tolerances(wb).next_step == ""
    assert not any("front office manager" in q.text
                   for q in jobs.regenerate_questions(wb, first.id))


# ----------------------------------------------------------------------------- fit


def test_fit_from_stored_rows_flags_the_unknown_front_desk(wb):
    job, desk, _ = _job_with_desk(wb)
    jobs.set_tolerances(wb, max_public_facing_pct=30, max_interruptions_per_hour=5)
    report = jobs.fit_report(wb, job.id)
    assert report.unknown_share_duties == (DESK,)
    kinds = {(f.kind, f.subject) for f in report.flags}
    assert ("cannot_judge", "max_public_facing_pct") in kinds
    assert ("cannot_judge", "max_interruptions_per_hour") in kinds
    assert "ask before deciding" in report.summary
    # After the interview: the share and the interruptions heard settle both limits.
    jobs.update_duty(wb, desk.id, share_pct=50)
    jobs.set_interruptions_heard(wb, job.id, 12)
    report = jobs.fit_report(wb, job.id)
    assert {(f.kind, f.subject) for f in report.flags} == {
        ("tolerance_breached", "max_public_facing_pct"),
        ("tolerance_breached", "max_interruptions_per_hour")}
    assert jobs.interruptions_heard(wb, job.id) == 12


def test_compare_jobs_lists_each_job_with_its_figures(wb):
    first, _, _ = _job_with_desk(wb, desk_share=50)
    second = jobs.add_job(wb, "Cataloguer")
    rows = {r.job_id: r for r in jobs.compare_jobs(wb)}
    assert rows[first.id].drains_pct == 50
    assert rows[first.id].weighted_skill == pytest.approx((50 * 2 + 30 * 5) / 80, abs=0.01)
    assert rows[second.id].duties == 0 and rows[second.id].weighted_skill is None


def test_decision_is_stored_and_checked(wb):
    job, _, _ = _job_with_desk(wb)
    jobs.decide(wb, job.id, "stepping_stone", "Good pay; desk is two hours a day.")
    assert (jobs.get_job(wb, job.id).decision, jobs.get_job(wb, job.id).decision_note) == (
        "stepping_stone", "Good pay; desk is two hours a day.")
    with pytest.raises(InvalidEntry):
        jobs.decide(wb, job.id, "maybe")
    assert jobs.get_job(wb, job.id).decision == "stepping_stone"


def test_deleting_a_job_removes_its_lines_and_questions(wb):
    job, _, _ = _job_with_desk(wb)
    jobs.regenerate_questions(wb, job.id)
    jobs.set_interruptions_heard(wb, job.id, 3)
    jobs.delete_job(wb, job.id)
    assert _rows(wb, t.Duty) == [] and _rows(wb, t.QuestionToAsk) == []
    assert _rows(wb, t.WorkbookInfo, key=f"{jobs.INTERRUPTIONS_KEY}{job.id}") == []


# ----------------------------------------------------------------------------- questions


def test_generated_questions_put_the_unknown_front_desk_first_and_are_stored(wb):
    job, desk, _ = _job_with_desk(wb)
    jobs.set_tolerances(wb, max_public_facing_pct=30)
    listed = jobs.regenerate_questions(wb, job.id)
    assert listed[0].bank_id == "share_front_desk" and DESK in listed[0].text
    assert listed[0].source == f"duty#{desk.id}"
    assert listed[0].why
    stored = {r.bank_id for r in _rows(wb, t.QuestionToAsk, job_id=job.id)}
    assert {"typical_day", "desk_busy", "busy_slow", "task_division"} <= stored


def test_regenerating_keeps_edits_drops_and_additions(wb):
    job, desk, _ = _job_with_desk(wb)
    listed = jobs.regenerate_questions(wb, job.id)
    typical = next(q for q in listed if q.bank_id == "typical_day")
    why_open = next(q for q in listed if q.bank_id == "why_open")
    jobs.edit_question(wb, typical.id, "What does a normal Tuesday look like?")
    jobs.set_question_status(wb, why_open.id, "dropped")
    mine = jobs.plan_question_to_ask(wb, job.id, "Is there parking?")
    again = jobs.regenerate_questions(wb, job.id)
    by_id = {q.id: q for q in again}
    assert by_id[typical.id].text == "What does a normal Tuesday look like?"
    assert by_id[typical.id].edited
    assert by_id[why_open.id].status == "dropped" and again[-1].status == "dropped"
    assert by_id[mine].text == "Is there parking?"
    assert len(again) == len(listed) + 1  # nothing duplicated


def test_a_known_share_retires_the_untouched_question_but_keeps_answered_ones(wb):
    job, desk, _ = _job_with_desk(wb)
    listed = jobs.regenerate_questions(wb, job.id)
    first = listed[0]
    rota = next(q for q in listed if q.bank_id == "desk_rota")
    jobs.record_heard(wb, first.id, "About 20 hours a week, in two-hour shifts.")
    jobs.update_duty(wb, desk.id, share_pct=50)
    again = {q.id: q for q in jobs.regenerate_questions(wb, job.id)}
    assert again[first.id].status == "asked"
    assert again[first.id].heard.startswith("About 20 hours")
    assert rota.id not in again  # its reason is gone and nobody touched it


def test_question_edits_validate_and_leave_the_old_text(wb):
    job, _, _ = _job_with_desk(wb)
    q = jobs.regenerate_questions(wb, job.id)[0]
    with pytest.raises(InvalidEntry):
        jobs.edit_question(wb, q.id, "   ")
    with pytest.raises(InvalidEntry):
        jobs.set_question_status(wb, q.id, "forgotten")
    with pytest.raises(InvalidEntry):
        jobs.plan_question_to_ask(wb, job.id, "")
    assert _rows(wb, t.QuestionToAsk, id=q.id)[0].text == q.text


def test_deleting_a_generated_question_drops_it_so_it_stays_gone(wb):
    job, _, _ = _job_with_desk(wb)
    q = jobs.regenerate_questions(wb, job.id)[0]
    jobs.delete_question(wb, q.id)
    again = {x.id: x for x in jobs.regenerate_questions(wb, job.id)}
    assert again[q.id].status == "dropped"


def test_user_text_is_stored_verbatim(wb):
    job = jobs.add_job(wb, XSS, XSS)
    duty = jobs.add_duty(wb, job.id, XSS)
    assert (jobs.get_job(wb, job.id).title, duty.text) == (XSS, XSS)
