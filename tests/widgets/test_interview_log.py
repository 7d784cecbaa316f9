"""The interview log (workbook 1), driven as widgets: what it shows and what it stores."""

from __future__ import annotations

import base64
import datetime as dt
import re

import pytest

from coachkit import config
from coachkit.services import answers, families, interviews, questions
from coachkit.services.workbook import open_workbook
from coachkit.ui.interview_log import InterviewLog, interview_log
from coachkit.ui.table import shown_frame
from tests.widgets.helpers import find as _find

XSS = "<img src=x onerror=alert(1)>"


def _fill(view, org="Millbrook Library", day=dt.date(2026, 3, 4), **extra):
    form = view.form
    form.organisation.value = org
    form.date.value = day
    for name, value in extra.items():
        getattr(form, name).value = value


def _log(view, org="Millbrook Library", day=dt.date(2026, 3, 4), **extra):
    _fill(view, org, day, **extra)
    view.form.save.click()
    return view.current


def _paste(view, block):
    view.questions.paste.value = block
    view.questions.preview_button.click()
    view.questions.save_button.click()


def _row(view, n):
    return view.questions.rows.children[n]


def _family_rows(view):
    html = view.recurring.table.value
    return re.findall(r"<td class='ck-fam-text'>(.*?)(?:<br>.*?)?</td>"
                      r"<td class='ck-fam-interviews'>(\d+)</td><td class='ck-fam-orgs'>(\d+)",
                      html)


# ----------------------------------------------------------------------------- interviews


def test_an_empty_workbook_starts_with_a_blank_form_and_no_questions(wb):
    view = InterviewLog(wb)
    assert view.listing.ids == [] and len(view.listing.frame) == 0
    assert view.form.organisation.value == ""
    assert view.questions is None  # nothing to add questions to yet
    assert view.delete.disabled


def test_the_form_saves_every_field_and_the_list_shows_it(wb):
    view = InterviewLog(wb)
    _fill(view, "Hartwell College", dt.date(2026, 4, 17), role="Outreach librarian",
          stage="final", format="panel", interviewers="Director; two faculty", length="240",
          connection=2, connection_note="there wasn't any spark", outcome="rejected",
          regret=True, feedback="The chair said they regret not hiring me.")
    view.form.save.click()
    assert "Saved the interview with Hartwell College" in view.form.status.value
    stored = interviews.list_interviews(open_workbook(wb.url))
    assert len(stored) == 1
    iv = stored[0]
    assert (iv.organisation, iv.role_title, iv.interview_date, iv.stage, iv.format,
            iv.interviewers, iv.length_minutes, iv.connection, iv.connection_note, iv.outcome,
            iv.regret_heard, iv.feedback) == (
        "Hartwell College", "Outreach librarian", dt.date(2026, 4, 17), "final", "panel",
        "Director; two faculty", 240, 2, "there wasn't any spark", "rejected", True,
        "The chair said they regret not hiring me.")
    assert view.listing.ids == [iv.id] and view.listing.value == iv.id  # shown selected
    assert list(view.listing.frame.columns) == ["Date", "Organisation", "Role", "Stage",
                                                "Outcome", "Questions", "Regret"]
    assert view.listing.frame.iloc[0].tolist() == [
        dt.date(2026, 4, 17), "Hartwell College", "Outreach librarian", "Final interview",
        "Rejected", 0, "yes"]
    assert view.questions.layout.display is None  # now questions can be added


@pytest.mark.parametrize("org, length, message", [
    ("   ", "", "Please fill in the organisation"),
    ("Eastgate", "forty", "whole number of minutes"),
    ("x" * 400, "", "limit is 300"),
    ("Eastgate", "5000", "0 to 1440"),
])
def test_bad_input_shows_a_message_and_stores_nothing(wb, org, length, message):
    view = InterviewLog(wb)
    _fill(view, org, length=length)
    view.form.save.click()
    assert message in view.form.status.value
    assert "ck-status-error" in view.form.status.value
    assert "Traceback" not in view.form.status.value
    assert interviews.list_interviews(wb) == []


@pytest.mark.parametrize("day", [dt.date.today() + dt.timedelta(days=30), dt.date(1949, 6, 1)])
def test_an_odd_date_asks_for_confirmation_before_saving(wb, day):
    view = InterviewLog(wb)
    _fill(view, "Cedar Falls", day)
    view.form.save.click()
    assert "Save it anyway?" in view.form.status.value
    assert view.form.confirm_date.layout.display is None
    assert interviews.list_interviews(wb) == []
    view.form.confirm_date.value = True
    view.form.save.click()
    assert [iv.interview_date for iv in interviews.list_interviews(wb)] == [day]
    assert view.form.confirm_date.layout.display == "none"


def test_confirming_one_date_does_not_confirm_another(wb):
    view = InterviewLog(wb)
    _fill(view, "Cedar Falls", dt.date(1900, 1, 1))
    view.form.save.click()
    view.form.confirm_date.value = True
    view.form.date.value = dt.date(1800, 1, 1)  # a different odd date
    view.form.save.click()
    assert interviews.list_interviews(wb) == []
    assert "Save it anyway?" in view.form.status.value


def test_selecting_an_interview_edits_it_in_place(wb):
    view = InterviewLog(wb)
    first = _log(view, "Eastgate")
    view.new.click()
    assert view.form.organisation.value == ""
    _log(view, "Millbrook")
    view.listing.pick(first)  # as a click on its row
    assert view.form.organisation.value == "Eastgate"
    view.form.outcome.value = "offer"
    view.form.save.click()
    stored = {iv.organisation: iv.outcome for iv in interviews.list_interviews(wb)}
    assert stored == {"Eastgate": "offer", "Millbrook": "waiting"}


def test_a_click_on_a_row_opens_that_interview_and_a_second_click_keeps_it_open(wb):
    view = InterviewLog(wb)
    older = _log(view, "Eastgate", dt.date(2025, 1, 1))
    view.new.click()
    newer = _log(view, "Millbrook", dt.date(2026, 1, 1))
    assert view.listing.ids == [newer, older] and view.listing.value == newer
    table = view.listing.table.table  # the itables widget, as the browser drives it
    table.selected_rows = [1]
    assert view.current == older and view.form.organisation.value == "Eastgate"
    assert view.listing.value == older and not view.delete.disabled
    table.selected_rows = []  # a click on the open row unselects it in the browser...
    assert view.current == older and table.selected_rows == [1]  # ...it stays open
    view.new.click()
    assert view.listing.value is None and table.selected_rows == []
    assert view.form.organisation.value == "" and view.delete.disabled


def test_the_list_is_newest_first_and_filters(wb):
    view = InterviewLog(wb)
    _log(view, "Eastgate", dt.date(2025, 1, 1), outcome="rejected")
    view.new.click()
    _log(view, "Millbrook", dt.date(2026, 1, 1))
    view.new.click()
    _log(view, "Eastgate", dt.date(2025, 6, 1))
    frame = view.listing.frame
    assert list(frame["Organisation"]) == ["Millbrook", "Eastgate", "Eastgate"]
    assert list(frame["Date"]) == [dt.date(2026, 1, 1), dt.date(2025, 6, 1),
                                   dt.date(2025, 1, 1)]
    shown, _defs = shown_frame(frame)  # what the table shows: ui.common.show_date
    assert list(shown["Date"]) == ["1 Jan 2026", "1 Jun 2025", "1 Jan 2025"]
    assert list(frame["Regret"]) == ["", "", ""]
    view.org_filter.value = "Eastgate"
    assert len(view.listing.ids) == 2
    view.outcome_filter.value = "rejected"
    assert list(view.listing.frame["Date"]) == [dt.date(2025, 1, 1)]
    assert list(view.listing.frame["Outcome"]) == ["Rejected"]
    view.org_filter.value = ""
    view.outcome_filter.value = ""
    assert len(view.listing.ids) == 3


def test_deleting_an_interview_asks_first(wb):
    view = InterviewLog(wb)
    _log(view, "Gone Library")
    _paste(view, "Why here?\nTell me about yourself")
    view.delete.click()
    assert view.confirm.layout.display is None
    assert "2 question(s)" in view.confirm_text.value
    view.confirm_no.click()
    assert len(interviews.list_interviews(wb)) == 1
    view.delete.click()
    view.confirm_yes.click()
    assert interviews.list_interviews(wb) == []
    assert questions.list_questions(wb) == []
    assert view.listing.ids == [] and view.listing.value is None
    assert "Deleted the interview with Gone Library" in view.status.value


# ----------------------------------------------------------------------------- questions


def test_the_preview_shows_the_questions_and_saves_nothing_until_asked(wb):
    view = InterviewLog(wb)
    _log(view)
    view.questions.paste.value = (f"- Tell me about yourself\n\n2. {XSS}\n"
                                  "• how do you handle an angry patron?\n- Tell me about yourself")
    assert view.questions.save_button.disabled
    view.questions.preview_button.click()
    html = view.questions.preview_out.value
    assert "3 question(s) will be saved" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and XSS not in html
    assert "Customer service" in html and "About you" in html
    assert "1 repeated line(s) left out" in html and "1 blank line(s) ignored" in html
    assert questions.list_questions(wb) == []
    view.questions.save_button.click()
    texts = [q.text for q in questions.list_questions(wb)]
    assert texts == ["Tell me about yourself", XSS, "how do you handle an angry patron?"]
    assert "Saved 3 question(s)" in view.questions.paste_status.value
    assert view.questions.paste.value == "" and view.questions.preview_out.value == ""
    assert [r.text.value for r in view.questions.rows.children] == texts
    assert view.listing.frame["Questions"].tolist() == [3]


def test_editing_the_paste_after_a_preview_needs_a_new_preview(wb):
    view = InterviewLog(wb)
    _log(view)
    view.questions.paste.value = "Why here?"
    view.questions.preview_button.click()
    assert not view.questions.save_button.disabled
    view.questions.paste.value = "Why here?\nWhat is your weakness?"
    assert view.questions.save_button.disabled
    assert questions.list_questions(wb) == []


@pytest.mark.parametrize("block, message", [
    ("ok\n" + "z" * 1001, "Line 2 is 1,001 characters"),
    ("\n".join(f"question {i}" for i in range(501)), "501 lines; the limit is 500"),
    ("  \n - \n", "no question"),
])
def test_a_bad_paste_is_refused_whole(wb, block, message):
    view = InterviewLog(wb)
    _log(view)
    view.questions.paste.value = block
    view.questions.preview_button.click()
    assert message in view.questions.paste_status.value
    assert "ck-status-error" in view.questions.paste_status.value
    assert view.questions.save_button.disabled
    assert questions.list_questions(wb) == []


def test_each_question_edits_in_place_with_its_own_save(wb):
    view = InterviewLog(wb)
    _log(view)
    _paste(view, "somthing about teamwork\nWhy here?")
    row = _row(view, 0)
    row.text.value = "  Tell me about working in a small team 👥 "
    row.category.value = "behavioural"
    row.recall.value = "vague"
    row.note.value = "The summer reading programme: مرحبا"
    row.save.click()
    assert "Saved" in view.questions.status.value
    stored = questions.list_questions(open_workbook(wb.url))[0]
    assert (stored.text, stored.category, stored.recall_confidence, stored.answer_notes) == (
        "Tell me about working in a small team 👥", "behavioural", "vague",
        "The summer reading programme: مرحبا")
    row.text.value = "   "
    row.save.click()
    assert "cannot be empty" in view.questions.status.value
    assert questions.list_questions(wb)[0].text == "Tell me about working in a small team 👥"


def test_a_long_question_is_shown_whole_with_its_message_under_its_own_row(wb):
    view = InterviewLog(wb)
    _log(view)
    long = ("Tell me about a time you had to explain a difficult library policy to a patron "
            "who was upset, what you said, and what you would do differently next time")
    _paste(view, f"Why here?\n{long}\nWhat is your greatest weakness?")
    row = _row(view, 1)
    assert row.text.value == long and "textarea" in row.text._view_name.lower()
    assert _find(view.questions, "ck-q-feedback")  # the status line is on the page
    assert list(view.questions.end_slot.children) == [view.questions.feedback]
    row.note.value = "The summer reading programme"
    row.save.click()
    assert "Saved" in view.questions.status.value
    assert list(row.slot.children) == [view.questions.feedback]  # right under its buttons
    assert not view.questions.end_slot.children and not _row(view, 0).slot.children
    _row(view, 2).up.click()  # the message follows the question to its new place
    moved = _row(view, 1)
    assert moved.text.value == "What is your greatest weakness?"
    assert list(moved.slot.children) == [view.questions.feedback]
    assert "Order saved" in view.questions.status.value


def test_questions_reorder_and_a_deleted_one_comes_back_with_undo(wb):
    view = InterviewLog(wb)
    _log(view)
    _paste(view, "first question\nsecond question\nthird question")
    _row(view, 2).up.click()
    assert [q.text for q in questions.list_questions(wb)] == [
        "first question", "third question", "second question"]
    assert [r.text.value for r in view.questions.rows.children] == [
        "first question", "third question", "second question"]
    _row(view, 0).down.click()
    assert [q.text for q in questions.list_questions(wb)][:2] == [
        "third question", "first question"]
    q = questions.list_questions(wb)[1]
    questions.update_question(wb, q.id, answer_notes="keep me")
    view.questions.load()
    _row(view, 1).delete.click()
    assert [q.text for q in questions.list_questions(wb)] == ["third question",
                                                              "second question"]
    assert "Undo delete" in view.questions.status.value
    assert view.questions.undo.layout.display is None
    view.questions.undo.click()
    back = questions.list_questions(wb)
    assert [q.text for q in back] == ["third question", "first question", "second question"]
    assert back[1].answer_notes == "keep me"
    assert view.questions.undo.layout.display == "none"
    assert "is back" in view.questions.status.value


# ----------------------------------------------------------------------------- recurring


def test_the_recurring_view_groups_by_meaning_and_follows_new_questions(wb):
    view = InterviewLog(wb)
    _log(view, "Millbrook", dt.date(2026, 1, 5))
    _paste(view, "Tell me about yourself\nHow do you handle an angry patron?")
    view.new.click()
    _log(view, "Eastgate", dt.date(2026, 2, 5))
    _paste(view, "Walk me through your background")
    view.tabs.selected_index = 1
    rows = _family_rows(view)
    assert len(rows) == 1 and rows[0][1:] == ("2", "2")
    assert "Really asking" in view.recurring.table.value
    assert bytes(view.recurring.chart.value).startswith(b"\x89PNG")
    view.tabs.selected_index = 0
    view.new.click()
    _log(view, "Hartwell", dt.date(2026, 3, 5))
    _paste(view, "Describe a time a customer was upset\nSo, tell me about yourself")
    view.tabs.selected_index = 1
    rows = _family_rows(view)
    assert [r[1:] for r in rows] == [("3", "3"), ("2", "2")]
    assert "<td class='ck-fam-last'>5 Mar 2026</td>" in view.recurring.table.value
    view.recurring.show_all.value = True
    assert len(_family_rows(view)) == 2  # every question here recurs


def test_the_recurring_view_shows_text_literally_and_the_latest_rating(wb):
    view = InterviewLog(wb)
    for org in ("A lib", "B lib"):
        view.new.click()
        _log(view, org)
        _paste(view, f"{XSS}\nHow do you handle an angry patron?")
    q = questions.list_questions(wb)[1]
    saved = answers.save_version(wb, "I listened first.", question_id=q.id)
    answers.rate_answer(wb, saved.version_id, "structure", 4, rater_role="candidate")
    view.tabs.selected_index = 1
    html = view.recurring.table.value
    assert XSS not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "4.0 / 5" in html


def test_merge_and_move_out_from_the_view_are_kept_and_can_be_undone(wb):
    view = InterviewLog(wb)
    for org, block in (("A lib", "Tell me about yourself\nWhat is your greatest weakness?"),
                       ("B lib", "Walk me through your background\nWhat's your biggest "
                                 "weakness")):
        view.new.click()
        _log(view, org)
        _paste(view, block)
    view.tabs.selected_index = 1
    panel = view.recurring
    assert [r[1] for r in _family_rows(view)] == ["2", "2"]
    panel.merge_from.value = panel.merge_from.options[1][1]
    panel.merge_into.value = panel.merge_into.options[0][1]
    panel.merge.click()
    assert "Merged" in panel.status.value
    assert [r[1:] for r in _family_rows(view)] == [("2", "2")]
    fresh = InterviewLog(open_workbook(wb.url))  # another window, another day
    fresh.tabs.selected_index = 1
    assert len(families.recurring_questions(wb)[0].question_ids) == 4
    assert len(fresh.recurring.choices.children) == 1
    # move one question out of the merged family
    panel.move_family.value = panel.move_family.options[0][1]
    label, qid = next(o for o in panel.move_question.options if "background" in o[0])
    panel.move_question.value = qid
    panel.move.click()
    assert "Moved" in panel.status.value
    merged = families.recurring_questions(wb)[0]
    assert qid not in merged.question_ids and len(merged.question_ids) == 3
    assert len(panel.choices.children) == 2
    # undo both, newest first
    for _ in range(2):
        _find(panel.choices.children[-1], "ck-choice-undo")[0].click()
    assert families.list_choices(wb) == []
    assert [r[1] for r in _family_rows(view)] == ["2", "2"]


def _pairs(panel) -> list[str]:
    return [r.children[0].value for r in panel.suggestions.children
            if "ck-suggestion" in r._dom_classes]


def test_a_merge_suggestion_is_accepted_or_turned_down_in_one_click(wb):
    view = InterviewLog(wb)
    for org, block in (("A lib", "experience managing a budget\nTell me about yourself"),
                       ("B lib", "Have you ever been in charge of a budget?"),
                       ("C lib", "can you drive the book van\n" + XSS)):
        view.new.click()
        _log(view, org)
        _paste(view, block)
    view.tabs.selected_index = 1
    panel = view.recurring
    rows = panel.suggestions.children
    assert rows and "budget" in rows[0].children[0].value
    assert "in 10 pairs this alike are the same question" in rows[0].children[0].value
    assert "as measured on other people's wording" in rows[0].children[0].value
    assert all(XSS not in r.children[0].value for r in rows)  # shown as text, never run
    budget_families = [f for f in families.recurring_questions(wb) if "budget" in
                       f.representative]
    assert len(budget_families) == 2
    # "Different questions": remembered, the pair is not offered again, nothing regrouped
    _find(rows[0], "ck-suggest-apart")[0].click()
    assert "apart from" in panel.status.value
    assert all("budget" not in pair for pair in _pairs(panel))
    assert [c.action for c in families.list_choices(wb)] == ["apart"]
    fresh = InterviewLog(open_workbook(wb.url))  # another window still knows
    fresh.tabs.selected_index = 1
    assert all("budget" not in pair for pair in _pairs(fresh.recurring))
    # undo the no, then accept: one family, kept for good
    _find(panel.choices.children[-1], "ck-choice-undo")[0].click()
    row = panel.suggestions.children[0]
    assert "budget" in row.children[0].value
    _find(row, "ck-suggest-merge")[0].click()
    assert "Merged" in panel.status.value
    merged = [f for f in families.recurring_questions(wb) if "budget" in f.representative]
    assert len(merged) == 1 and merged[0].interviews == 2
    assert [c.action for c in families.list_choices(wb)] == ["merge"]


def test_bad_merges_show_a_message(wb):
    view = InterviewLog(wb)
    _log(view)
    _paste(view, "Tell me about yourself")
    view.tabs.selected_index = 1
    panel = view.recurring
    panel.merge_from.value = panel.merge_into.value = panel.merge_from.options[0][1]
    panel.merge.click()
    assert "two different families" in panel.status.value
    assert families.list_choices(wb) == []


def test_the_public_safe_export_writes_a_file_and_offers_a_download(wb, private_data_dir):
    view = InterviewLog(wb)
    for org in ("Millbrook <b>", "Eastgate", "Hartwell"):
        view.new.click()
        _log(view, org, interviewers="Pat Quill")
        _paste(view, "Tell me about yourself\nWhat did you think of Pat Quill's question?")
    view.tabs.selected_index = 1
    view.recurring.export.click()
    path = private_data_dir / "public-safe-questions.txt"
    text = path.read_text(encoding="utf-8")
    assert "Tell me about yourself" in text
    assert "Pat Quill" not in text and "Millbrook" not in text
    html = view.recurring.export_out.value
    assert re.search(r"href='data:text/plain;charset=utf-8;base64,([A-Za-z0-9+/=]+)'", html)
    data = re.search(r"base64,([A-Za-z0-9+/=]+)'", html).group(1)
    assert base64.b64decode(data).decode("utf-8") == text
    assert str(path) in html
    assert "<b>" not in text


def test_the_demo_workbook_shows_its_recurring_questions(demo_wb):
    view = InterviewLog(demo_wb)
    assert len(view.listing.ids) == 4
    view.tabs.selected_index = 1
    rows = _family_rows(view)
    assert rows[0][0] == "Tell me about yourself" and rows[0][1:] == ("4", "4")
    assert len(rows) == 3


def test_a_workbook_that_cannot_open_shows_a_message(tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database")
    page = interview_log(config.url_for_path(bad))
    panels = _find(page, "ck-error-panel")
    assert len(panels) == 1 and "Traceback" not in panels[0].value
    assert "ck-ready" in page._dom_classes


def test_the_page_opens_the_example_when_the_link_asks_for_it(monkeypatch):
    from coachkit.services.demo import write_demo

    write_demo(config.demo_db_path())
    monkeypatch.setenv("QUERY_STRING", "workbook=demo")
    page = interview_log()
    view = _find(page, "ck-log-view")[0]
    assert len(view.listing.ids) == 4


def test_the_recurring_tab_reports_under_the_control_used(wb, private_data_dir):
    view = InterviewLog(wb)
    for org in ("A lib", "B lib"):
        view.new.click()
        _log(view, org)
        _paste(view, "Tell me about yourself\nWhat is your greatest weakness?")
    view.tabs.selected_index = 1
    panel = view.recurring

    def after(widget) -> bool:
        kids = list(panel.children)
        return kids.index(panel.status) == kids.index(widget) + 1

    assert after(panel.move)
    panel.merge_from.value = panel.merge_into.value = panel.merge_from.options[0][1]
    panel.merge.click()
    assert "two different families" in panel.status.value and after(panel.move)
    panel.export.click()
    assert "public-safe list is in" in panel.status.value and after(panel.export)
    assert panel.children.count(panel.status) == 1


def test_chart_labels_wrap_and_keep_every_word():
    from coachkit.domain.records import FamilyRecord
    from coachkit.ui.interview_log.render import chart_label, chart_png

    long = ("Describe a situation where you had to balance the needs of several different "
            "community groups competing for the same meeting room")
    label = chart_label(long)
    assert label.replace("\n", " ") == long and "…" not in label
    assert max(len(line) for line in label.splitlines()) <= 34
    png = chart_png([FamilyRecord("q:1", long, (1, 2), 2, 2, None, None)])
    assert png.startswith(b"\x89PNG")


def test_the_page_loads_its_own_style_sheet_for_phone_widths(wb):
    page = interview_log(wb.url)
    sheet = page.children[0].value  # ui.common.root puts the style sheet first
    assert sheet.startswith("<style>")
    assert "@media (max-width: 640px)" in sheet and ".ck-interview-log .ck-iv-grid" in sheet


def test_while_the_sentence_model_reads_a_big_workbook_the_panel_says_so(wb, monkeypatch):
    from coachkit.analysis import embedding

    view = InterviewLog(wb)
    for org, block in (("A lib", "How would your friends describe you?"),
                       ("B lib", "What would your mates say you are like?\n"
                                 "Have you ever been in charge of a budget?"),
                       ("C lib", "experience managing a budget")):
        view.new.click()
        _log(view, org)
        _paste(view, block)
    # a first opening with more questions than can be read at once: words only for now
    busy = [True]
    monkeypatch.setattr(embedding, "warm", lambda texts: None)
    monkeypatch.setattr(embedding, "warming", lambda: busy[0])
    monkeypatch.setattr(families, "EMBED_NOW", -1)
    view.tabs.selected_index = 1
    panel = view.recurring
    hint = _find(panel.suggestions, "ck-suggest-improving")
    assert hint and "words only" in hint[0].children[0].value
    friends = "What would your mates say you are like?"
    assert all(friends not in pair for pair in _pairs(panel))  # no shared word
    # the model has finished: one click shows what it finds
    busy[0] = False
    monkeypatch.setattr(families, "EMBED_NOW", 300)
    _find(hint[0], "ck-suggest-again")[0].click()
    assert not _find(panel.suggestions, "ck-suggest-improving")
    # two single questions reworded with no shared word are a less likely pair (3 in 10,
    # under the likely floor): one more click shows them
    assert all(friends not in pair for pair in _pairs(panel))
    panel.more_pairs.value = True
    assert any(friends in pair for pair in _pairs(panel))
    assert any("3 in 10" in pair for pair in _pairs(panel) if friends in pair)


def test_with_no_pair_to_check_the_panel_says_so_and_the_toggle_looks_further(wb):
    view = InterviewLog(wb)
    view.new.click()
    _log(view, "A lib")
    _paste(view, "Tell me about yourself")
    view.tabs.selected_index = 1
    panel = view.recurring
    said = panel.suggestions.children[-1].value
    assert "No likely pairs left to check" in said and "looks further" in said
    panel.more_pairs.value = True
    assert panel.more_pairs.description == "Show likely pairs only"
    assert "likely or less likely" in panel.suggestions.children[-1].value
    panel.more_pairs.value = False
    assert panel.more_pairs.description == "Show less likely pairs too"
