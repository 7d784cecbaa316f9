"""The job-fit dashboard driven as widgets: what it shows and what the services stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachkit import config
from coachkit.services import jobs
from coachkit.ui.interview_sheet import sheet_html, write_sheet
from coachkit.ui.job_fit import JobFit, job_fit, week_chart_png
from tests.widgets.helpers import find as _find

XSS = "<img src=x onerror=alert(1)>"
ESCAPED = "&lt;img src=x onerror=alert(1)&gt;"
AD = """Library Assistant

Responsibilities
- Staff the front desk, greeting visitors and answering phone enquiries
- Proofread the monthly newsletter
- Design flyers for children's events

Requirements
- Experience in a library
- Familiarity with Canva is desirable
"""


def _open(app: JobFit, name: str):
    app.show_tab(name)
    return app.panels[name]


def _new_job_from_ad(app: JobFit, title: str = "Library Assistant"):
    app.new.click()
    panel = _open(app, "job")
    panel.title.value = title
    panel.ad.value = AD
    panel.split.click()
    return panel


def test_pasting_an_ad_previews_lines_and_saves_only_when_confirmed(wb):
    app = JobFit(wb)
    panel = _new_job_from_ad(app)
    assert "Found 3 duties and 2 requirements" in panel.status.value
    assert jobs.list_jobs(wb) == []  # a preview saves nothing
    rows = _find(panel.preview, "ck-draft-duty")
    # untick the flyers line and reword the proofreading one before confirming
    flyers = next(r for r in rows if "flyers" in r.children[1].value)
    flyers.children[0].value = False
    proof = next(r for r in rows if "Proofread" in r.children[1].value)
    proof.children[1].value = "Proofread the newsletter and the events calendar"
    panel.confirm.click()
    [job] = jobs.list_jobs(wb)
    assert job.title == "Library Assistant" and "Responsibilities" in job.ad_text
    texts = [d.text for d in jobs.list_duties(wb, job.id)]
    assert texts == ["Staff the front desk, greeting visitors and answering phone enquiries",
                     "Proofread the newsletter and the events calendar"]
    reqs = jobs.list_duties(wb, job.id, "requirement")
    assert [(r.text, r.essential) for r in reqs] == [
        ("Experience in a library", True), ("Familiarity with Canva is desirable", False)]
    assert app.tabs.selected_index == 1  # on to the duties
    assert len(_find(app.panels["duties"], "ck-duty-row")) == 2


@pytest.mark.parametrize("ad, words", [("", "empty"), ("x " * 600_000, "limit")])
def test_an_empty_or_huge_ad_is_explained_in_the_status_line(wb, ad, words):
    app = JobFit(wb)
    app.new.click()
    panel = _open(app, "job")
    panel.ad.value = ad
    panel.split.click()
    assert words in panel.status.value and "Traceback" not in panel.status.value
    assert panel.preview.children == ()


def test_a_new_job_needs_a_title(wb):
    app = JobFit(wb)
    app.new.click()
    panel = _open(app, "job")
    panel.save.click()
    assert "job title" in panel.status.value
    assert jobs.list_jobs(wb) == []


def _seed_job(wb):
    job = jobs.add_job(wb, "Library Assistant", "Cedar Falls")
    desk = jobs.add_duty(wb, job.id, "Front desk and phones", share_pct=40, energy="drains",
                         skill=2, tags=["public_facing", "interruptions"])
    proof = jobs.add_duty(wb, job.id, "Proofreading", share_pct=45, energy="energises",
                          skill=5, tags=["detail"])
    return job, desk, proof


def _row(panel, line_id):
    return next(r for r in _find(panel, "ck-duty-row") + _find(panel, "ck-req-row")
                if r.line_id == line_id)


def test_each_duty_field_saves_on_its_own_and_the_total_is_shown_unscaled(wb):
    job, desk, proof = _seed_job(wb)
    app = JobFit(wb)
    panel = _open(app, "duties")
    assert "85% — 15% unaccounted" in panel.total.value
    row = _row(panel, desk.id)
    row.unknown.value = True
    assert jobs.get_duty(wb, desk.id).share_pct is None
    assert "Saved (share)" in row.note.value
    assert "45%" in panel.total.value and "1 duty has an unknown share" in panel.total.value
    row.energy.value = "neutral"
    row.develop.value = "no"
    row.tags["detail"].value = True
    row.skill.value = 4
    stored = jobs.get_duty(wb, desk.id)
    assert (stored.energy, stored.develop, stored.skill) == ("neutral", "no", 4)
    assert set(stored.tags) == {"public_facing", "interruptions", "detail"}
    row.share.value = "30 %"
    assert jobs.get_duty(wb, desk.id).share_pct == 30 and row.unknown.value is False


@pytest.mark.parametrize("typed", ["150", "-3", "most of it"])
def test_a_share_outside_0_to_100_is_refused_and_the_box_shows_the_stored_value(wb, typed):
    job, desk, _ = _seed_job(wb)
    app = JobFit(wb)
    row = _row(_open(app, "duties"), desk.id)
    row.share.value = typed
    assert "ck-status-error" in row.note.value
    assert "100" in row.note.value
    assert jobs.get_duty(wb, desk.id).share_pct == 40
    assert row.share.value == "40"


def test_merge_add_move_and_delete_duties(wb):
    job, desk, proof = _seed_job(wb)
    app = JobFit(wb)
    panel = _open(app, "duties")
    _row(panel, desk.id).merge.click()
    [merged] = jobs.list_duties(wb, job.id)
    assert merged.text == "Front desk and phones; Proofreading" and merged.share_pct == 85
    panel.new.value = "Shelving returned books"
    panel.add.click()
    added = jobs.list_duties(wb, job.id)[-1]
    assert added.text == "Shelving returned books" and added.share_pct is None
    _row(panel, added.id).move.click()
    assert [r.text for r in jobs.list_duties(wb, job.id, "requirement")] == [added.text]
    _row(panel, merged.id).remove.click()
    assert jobs.list_duties(wb, job.id) == []
    assert "No duties yet" in panel.total.value


def test_requirements_are_marked_and_the_note_is_sober(wb):
    job, _, _ = _seed_job(wb)
    req = jobs.add_requirement(wb, job.id, "Two years' library experience")
    app = JobFit(wb)
    panel = _open(app, "requirements")
    row = _row(panel, req.id)
    row.status_pick.value = "partly"
    assert jobs.get_duty(wb, req.id).requirement_status == "partly"
    assert "Share met: 50%" in panel.total.value
    assert "not a chance of being hired" in panel.total.value


def test_limits_save_for_every_job_and_bad_ones_are_refused(wb):
    _seed_job(wb)
    app = JobFit(wb)
    panel = _open(app, "limits")
    panel.public.value = "30"
    panel.interruptions.value = "5"
    panel.breakers.value = "reception all day\n\nweekend shifts"
    panel.save.click()
    limits = jobs.get_tolerances(wb)
    assert (limits.max_public_facing_pct, limits.max_interruptions_per_hour) == (30, 5)
    assert limits.deal_breakers == ("reception all day", "weekend shifts")
    assert "every job" in panel.status.value
    panel.public.value = "250"
    panel.save.click()
    assert "between 0 and 100" in panel.status.value
    assert jobs.get_tolerances(wb).max_public_facing_pct == 30


def test_where_i_want_to_go_next_is_saved_and_puts_the_route_on_the_printed_ten(wb):
    job, _, _ = _seed_job(wb)
    app = JobFit(wb)
    panel = _open(app, "limits")
    panel.next_step.value = "collections <b>work</b>"
    panel.save.click()
    assert jobs.get_tolerances(wb).next_step == "collections <b>work</b>"
    assert "<b>work</b>" not in panel.status.value  # the user's words shown as text
    assert "collections &lt;b&gt;work&lt;/b&gt;" in panel.status.value
    printed = jobs.regenerate_questions(wb, job.id)[:10]
    assert any("go next" in q.text and "collections <b>work</b>" in q.text for q in printed)
    reopened = _open(JobFit(wb), "limits")
    assert reopened.next_step.value == "collections <b>work</b>"


def test_fit_tab_shows_chart_summary_and_flags(wb):
    job, desk, _ = _seed_job(wb)
    jobs.set_tolerances(wb, max_public_facing_pct=30)
    app = JobFit(wb)
    panel = _open(app, "fit")
    assert panel.chart.value[:8] == b"\x89PNG\r\n\x1a\n"
    assert "40% of this job drains you" in panel.summary.value
    assert "Over your limit" in panel.flags.value
    assert "3.6 / 5" in panel.metrics.value  # (40 x 2 + 45 x 5) / 85, time-weighted


def test_a_job_without_duties_shows_guidance_not_an_empty_chart(wb):
    jobs.add_job(wb, "Cataloguer")
    app = JobFit(wb)
    panel = _open(app, "fit")
    assert "ck-fit-empty" in panel.summary.value
    assert "Add the duties from the ad first" in panel.summary.value
    assert panel.chart.layout.display == "none"


def test_week_chart_draws_unknown_and_overfull_weeks():
    from coachkit.domain.records import DutyRecord

    def duty(i, share, energy="neutral"):
        return DutyRecord(i, 1, "duty", f"duty {i}", share, 3, energy, "maybe")

    for duties in ([duty(1, 30), duty(2, None)], [duty(1, 80), duty(2, 40, "drains")],
                   [duty(1, 100), duty(2, None, "drains")]):
        assert week_chart_png(duties)[:4] == b"\x89PNG"


def test_questions_put_the_unknown_front_desk_first_and_keep_user_changes(wb):
    job, desk, _ = _seed_job(wb)
    jobs.update_duty(wb, desk.id, share_pct=None)
    app = JobFit(wb)
    panel = _open(app, "asks")
    ordered = [r for r in panel.list.children if "ck-ask-row" in r._dom_classes]
    assert "Front desk and phones" in ordered[0].text.value
    assert "hours" in ordered[0].text.value
    stored = jobs.list_questions(wb, job.id)
    assert stored[0].id == ordered[0].ask_id
    # edit the wording, drop the second, add one of my own
    ordered[0].text.value = "How many hours a week is the desk mine?"
    ordered[1].state.value = "dropped"
    panel.new.value = "Is there parking for staff?"
    panel.add.click()
    again = {q.id: q for q in jobs.regenerate_questions(wb, job.id)}
    assert again[ordered[0].ask_id].text == "How many hours a week is the desk mine?"
    assert again[ordered[1].ask_id].status == "dropped"
    assert any(q.text == "Is there parking for staff?" for q in again.values())
    shown = [r.text.value for r in panel.list.children if "ck-ask-row" in r._dom_classes]
    assert shown[0] == "Is there parking for staff?"  # an addition goes to the top


def test_interview_sheet_is_written_escaped_and_printable(wb, private_data_dir):
    job = jobs.add_job(wb, XSS, XSS)
    jobs.add_duty(wb, job.id, XSS, energy="drains")
    jobs.regenerate_questions(wb, job.id)
    jobs.plan_question_to_ask(wb, job.id, f"Ask {XSS}")
    app = JobFit(wb)
    panel = _open(app, "asks")
    panel.sheet.click()
    [path] = list((private_data_dir / "sheets").glob("*.html"))
    page = path.read_text()
    assert "<img" not in page and ESCAPED in page
    assert "@media print" in page and "<!DOCTYPE html>" in page
    assert "ck-sheet-notes" in page  # space to write the answers
    assert "Duties to listen for" in page
    assert str(path) in panel.sheet_link.value and "download=" in panel.sheet_link.value
    assert "<img" not in panel.sheet_preview.value and ESCAPED in panel.sheet_preview.value


def test_sheet_shows_heard_answers_and_skips_dropped_questions(wb, tmp_path):
    job, desk, _ = _seed_job(wb)
    qs = jobs.regenerate_questions(wb, job.id)
    jobs.set_question_status(wb, qs[0].id, "dropped")
    jobs.record_heard(wb, qs[1].id, "Two people on the desk at busy times")
    path = write_sheet(wb, job.id, tmp_path)
    page = path.read_text()
    assert qs[0].text not in page.split("Duties to listen for")[0]
    assert "Two people on the desk at busy times" in page
    assert Path(path).parent == tmp_path
    html = sheet_html(jobs.get_job(wb, job.id), [], [], "summary")
    assert "No questions planned yet" in html


def test_after_the_interview_heard_shares_and_decision_are_saved(wb):
    job, desk, _ = _seed_job(wb)
    jobs.update_duty(wb, desk.id, share_pct=None)
    jobs.set_tolerances(wb, max_public_facing_pct=30, max_interruptions_per_hour=4)
    app = JobFit(wb)
    _open(app, "asks")
    panel = _open(app, "after")
    assert "cannot be judged" in panel.summary.value
    first_heard = _find(panel.heard, "ck-heard-row")[-1]
    box = first_heard.children[1]
    box.value = "Mornings are quiet; after school it is busy."
    asked = [q for q in jobs.list_questions(wb, job.id) if q.heard]
    assert asked and asked[0].status == "asked"
    fill = _find(panel.shares, "ck-fill-share")[0]
    fill.value = "120"
    assert "between 0 and 100" in panel.status.value
    assert jobs.get_duty(wb, desk.id).share_pct is None
    fill.value = "20"
    assert jobs.get_duty(wb, desk.id).share_pct == 20
    panel.rate.value = "10"
    assert jobs.interruptions_heard(wb, job.id) == 10
    assert "above your limit of 4" in panel.summary.value
    panel.decision.value = "stepping_stone"
    panel.note.value = f"Desk only 20%; {XSS}"
    panel.decide.click()
    stored = jobs.get_job(wb, job.id)
    assert (stored.decision, stored.decision_note) == ("stepping_stone", f"Desk only 20%; {XSS}")
    assert "Take it as a stepping stone" in app.compare.value


def test_several_jobs_are_compared_and_picked(wb):
    _seed_job(wb)
    other = jobs.add_job(wb, XSS, "Hill Library")
    app = JobFit(wb)
    assert ESCAPED in app.compare.value and "<img" not in app.compare.value
    assert app.compare.value.count("<tr>") == 3
    assert "Cedar Falls" in app.compare.value and "85%" not in app.compare.value
    app.picker.value = other.id
    assert _open(app, "job").title.value == XSS


def test_user_text_in_duties_and_questions_renders_as_text(wb):
    job = jobs.add_job(wb, "Assistant")
    jobs.add_duty(wb, job.id, XSS, share_pct=None, tags=["public_facing"])
    app = JobFit(wb)
    fit = _open(app, "fit")
    for html in (fit.summary.value, fit.flags.value, app.compare.value):
        assert "<img" not in html
    asks = _open(app, "asks")
    whys = [w.value for r in _find(asks.list, "ck-ask-row") for w in r.children
            if hasattr(w, "value") and isinstance(w.value, str)]
    assert any(ESCAPED in w for w in whys) and not any("<img" in w for w in whys)


def test_job_fit_builds_a_ready_root_and_reports_a_bad_file(tmp_path, private_data_dir):
    view = job_fit()
    assert {"ck-root", "ck-job-fit", "ck-ready"} <= set(view._dom_classes)
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database")
    view = job_fit(config.url_for_path(bad))
    assert _find(view, "ck-error-panel") and "ck-ready" in view._dom_classes


def test_the_dashboard_fills_the_comparison_after_it_is_ready(demo_wb):
    view = job_fit(demo_wb.url)
    [app] = [w for w in view.children if isinstance(w, JobFit)]
    assert app.compare_thread is not None
    app.compare_thread.join(timeout=30)
    assert "Library Assistant" in app.compare.value and "cannot judge yet" in app.compare.value
    assert list(app.panels) == ["job"]  # other tabs are built when first opened
    app.wb.close()


def test_a_share_that_depends_on_an_unknown_duty_is_never_shown_as_a_plain_figure():
    from coachkit.ui.job_fit import share_text

    assert share_text(0, True) == "unknown"  # "0%" would tell her the desk is no problem
    assert share_text(30, True) == "at least 30%"
    assert share_text(30, False) == "30%"


def test_deleting_a_job_asks_first_and_keeps_the_other_jobs(wb):
    kept = jobs.add_job(wb, "Archive Assistant", organisation="County Records")
    gone = jobs.add_job(wb, "Library Assistant", organisation="Riverside Library")
    jobs.add_duty(wb, gone.id, "Staff the front desk")
    app = JobFit(wb)
    assert app.job_id == gone.id  # newest first
    assert app.delete.layout.display != "none" and app.really.layout.display == "none"

    app.delete.click()
    assert "Library Assistant" in app.status.value and "cannot be undone" in app.status.value
    assert app.really.layout.display != "none"
    app.keep.click()  # changed their mind: nothing happens
    assert [j.id for j in jobs.list_jobs(wb)] == [gone.id, kept.id]
    assert app.really.layout.display == "none"

    app.delete.click()
    app.really.click()
    assert [j.id for j in jobs.list_jobs(wb)] == [kept.id]
    assert jobs.list_duties(wb, gone.id) == []
    assert app.job_id == kept.id and [v for _, v in app.picker.options] == [kept.id]
    assert "Deleted" in app.status.value


def test_delete_without_a_job_explains_and_a_title_never_runs_as_html(wb):
    app = JobFit(wb)
    app.delete.click()
    assert "Choose the job to delete first" in app.status.value
    jobs.add_job(wb, XSS)
    app = JobFit(wb)
    app.delete.click()
    assert ESCAPED in app.status.value and XSS not in app.status.value


def test_after_the_interview_the_summary_says_each_fact_once(wb):
    job, desk, _ = _seed_job(wb)
    jobs.update_duty(wb, desk.id, share_pct=None)
    jobs.set_tolerances(wb, max_public_facing_pct=30)
    app = JobFit(wb)
    panel = _open(app, "after")
    assert "unknown" in panel.summary.value
    _find(panel.shares, "ck-fill-share")[0].value = "55"
    text = panel.summary.value
    assert "unknown" not in text and "At least" not in text and "at least" not in text
    assert text.count("faces the public") == 1 and text.count("above your limit of 30%") == 1


def test_the_question_list_marks_where_the_printed_sheet_ends(wb):
    """The interview-day sheet prints the first ten questions that are not dropped: the list
    shows that cut after the tenth."""
    job = jobs.add_job(wb, "Library Assistant")
    jobs.add_duty(wb, job.id, "Staff the front desk", share_pct=None,
                  tags=["public_facing", "phones", "interruptions"])
    jobs.add_duty(wb, job.id, "Proofread the newsletter", share_pct=30, tags=["detail"])
    app = JobFit(wb)
    asks = _open(app, "asks")
    children = list(asks.list.children)
    rows = [c for c in children if "ck-ask-row" in c._dom_classes]
    assert len(rows) > 10
    cut = [i for i, c in enumerate(children) if "ck-ask-cut" in c._dom_classes]
    assert cut == [10] and "interview-day sheet" in children[10].value
