"""Interviews, reconstructed questions and recurring families, as stored in the workbook."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coachkit.domain.errors import InvalidEntry, MissingEntry
from coachkit.services import answers, families, interviews, practice, questions
from coachkit.services.interviews import DateNeedsConfirmation
from coachkit.services.workbook import open_workbook
from coachkit.storage import tables as t

XSS = "<img src=x onerror=alert(1)>"


def _interview(wb, org, day=dt.date(2026, 5, 1), **fields):
    return interviews.log_interview(wb, organisation=org, interview_date=day, **fields)


# ---------------------------------------------------------------- interviews


def test_an_interview_keeps_every_field_as_typed(wb):
    iv = interviews.log_interview(
        wb, organisation="Ørsted Bibliotek 📚", role_title="Reference librarian",
        interview_date=dt.date(2026, 3, 2), stage="final", format="panel",
        interviewers="Head of service; HR", length_minutes=50, connection=2,
        connection_note="there wasn't any spark", outcome="rejected", regret_heard=True,
        feedback="They said they regret not hiring me.")
    again = interviews.get_interview(open_workbook(wb.url), iv.id)
    assert again == iv
    assert again.organisation == "Ørsted Bibliotek 📚" and again.regret_heard is True


@pytest.mark.parametrize("fields, message", [
    ({"organisation": "  "}, "organisation"),
    ({"organisation": "A", "connection": 6}, "1 to 5"),
    ({"organisation": "A", "length_minutes": -5}, "minutes"),
    ({"organisation": "A", "outcome": "ghosted"}, "outcome"),
    ({"organisation": "x" * 301}, "limit is 300"),
])
def test_bad_interview_fields_are_refused_and_nothing_is_stored(wb, fields, message):
    with pytest.raises(InvalidEntry, match=message):
        interviews.log_interview(wb, **fields)
    assert interviews.list_interviews(wb) == []


@pytest.mark.parametrize("day", [dt.date.today() + dt.timedelta(days=3), dt.date(1949, 12, 31)])
def test_an_odd_date_is_saved_only_once_confirmed(wb, day):
    with pytest.raises(DateNeedsConfirmation, match="Save it anyway"):
        interviews.log_interview(wb, organisation="Odd date library", interview_date=day,
                                 date_confirmed=False)
    assert interviews.list_interviews(wb) == []
    saved = interviews.log_interview(wb, organisation="Odd date library", interview_date=day,
                                     date_confirmed=True)
    assert saved.interview_date == day
    with pytest.raises(DateNeedsConfirmation):
        interviews.update_interview(wb, saved.id, interview_date=day, role_title="changed",
                                    date_confirmed=False)
    assert interviews.get_interview(wb, saved.id).role_title == ""


def test_the_list_is_newest_first_and_filters_by_organisation_and_outcome(wb):
    old = _interview(wb, "Hartwell", dt.date(2025, 1, 5), outcome="rejected")
    new = _interview(wb, "Hartwell", dt.date(2026, 1, 5))
    other = _interview(wb, "Eastgate", dt.date(2025, 6, 1), outcome="rejected")
    assert [i.id for i in interviews.list_interviews(wb)] == [new.id, other.id, old.id]
    assert [i.id for i in interviews.list_interviews(wb, organisation="Hartwell")] == [
        new.id, old.id]
    assert [i.id for i in interviews.list_interviews(wb, outcome="rejected")] == [
        other.id, old.id]
    assert interviews.organisations(wb) == ["Eastgate", "Hartwell"]


def test_deleting_an_interview_deletes_its_questions(wb):
    iv = _interview(wb, "Gone Library")
    questions.save_pasted(wb, iv.id, "Why here?\nTell me about yourself")
    keep = _interview(wb, "Kept Library")
    questions.save_pasted(wb, keep.id, "Why here?")
    interviews.delete_interview(wb, iv.id)
    assert [q.interview_id for q in questions.list_questions(wb)] == [keep.id]
    with pytest.raises(MissingEntry):
        interviews.get_interview(wb, iv.id)


# ---------------------------------------------------------------- pasted questions


def test_preview_suggests_categories_and_stores_nothing(wb):
    iv = _interview(wb, "Preview Library")
    preview = questions.preview_paste(
        wb, iv.id, "- Tell me about yourself\n2. How do you handle an angry patron?\n\n"
                   "- Tell me about yourself")
    assert [(q.text, q.category) for q in preview.questions] == [
        ("Tell me about yourself", "about_you"),
        ("How do you handle an angry patron?", "customer_service")]
    assert preview.duplicates == ("Tell me about yourself",)
    assert preview.blank_lines == 1
    assert questions.list_questions(wb) == []


def test_saving_a_paste_keeps_order_and_chosen_categories_and_skips_saved_ones(wb):
    iv = _interview(wb, "Paste Library")
    questions.save_pasted(wb, iv.id, "Tell me about yourself")
    saved = questions.save_pasted(wb, iv.id, "1. tell me about yourself\n2. something about "
                                             "teamwork\n3. Why this job?",
                                  categories={"something about teamwork": "curveball"})
    assert [q.text for q in saved] == ["something about teamwork", "Why this job?"]
    stored = questions.list_questions(wb, iv.id)
    assert [q.text for q in stored] == ["Tell me about yourself", "something about teamwork",
                                        "Why this job?"]
    assert [q.position for q in stored] == [0, 1, 2]
    assert stored[1].category == "curveball"
    assert stored[2].category == "motivation_fit"


def test_a_paste_with_one_bad_line_saves_nothing(wb):
    iv = _interview(wb, "All or nothing")
    with pytest.raises(InvalidEntry, match="Line 3"):
        questions.save_pasted(wb, iv.id, "ok one\nok two\n" + "z" * 1001)
    with pytest.raises(InvalidEntry, match="limit is 500"):
        questions.save_pasted(wb, iv.id, "\n".join(f"q{i}" for i in range(501)))
    with pytest.raises(InvalidEntry, match="unknown|must be one of"):
        questions.save_pasted(wb, iv.id, "good\nalso good", categories={"good": "nonsense"})
    assert questions.list_questions(wb, iv.id) == []


def test_unicode_and_markup_round_trip_unchanged(wb):
    iv = _interview(wb, "Unicode Library")
    block = f"Qu'avez-vous appris ? 🙂\nمرحبا، لماذا هذه المكتبة؟\n{XSS}"
    questions.save_pasted(wb, iv.id, block)
    texts = [q.text for q in questions.list_questions(open_workbook(wb.url), iv.id)]
    assert texts == block.splitlines()


def test_each_question_edits_in_place(wb):
    iv = _interview(wb, "Edit Library")
    q = questions.save_pasted(wb, iv.id, "somthing about teamwork")[0]
    questions.update_question(wb, q.id, text="Tell me about working in a team",
                              category="behavioural", recall_confidence="vague",
                              answer_notes="Talked about the summer reading programme.")
    again = questions.list_questions(open_workbook(wb.url), iv.id)[0]
    assert (again.text, again.category, again.recall_confidence, again.answer_notes) == (
        "Tell me about working in a team", "behavioural", "vague",
        "Talked about the summer reading programme.")
    with pytest.raises(InvalidEntry):
        questions.update_question(wb, q.id, text="   ")
    with pytest.raises(InvalidEntry):
        questions.update_question(wb, q.id, recall_confidence="certain")
    assert questions.list_questions(wb, iv.id)[0] == again


def test_questions_move_up_and_down(wb):
    iv = _interview(wb, "Order Library")
    a, b, c = questions.save_pasted(wb, iv.id, "a question\nb question\nc question")
    order = questions.move_question(wb, c.id, -1)
    assert [q.text for q in order] == ["a question", "c question", "b question"]
    order = questions.move_question(wb, a.id, -1)  # already first: stays
    assert [q.text for q in order] == ["a question", "c question", "b question"]
    order = questions.move_question(wb, a.id, +1)
    assert [q.text for q in order] == ["c question", "a question", "b question"]


def test_a_deleted_question_comes_back_whole_with_undo(wb):
    iv = _interview(wb, "Undo Library")
    other = _interview(wb, "Undo Library 2")
    q1, q2 = questions.save_pasted(wb, iv.id, "Tell me about yourself\nWhy here?")
    questions.save_pasted(wb, other.id, "Walk me through your background")
    questions.update_question(wb, q1.id, answer_notes="my note")
    saved = answers.save_version(wb, "My answer.", question_id=q1.id)
    card = practice.add_to_queue(wb, question_id=q1.id)
    families.move_out(wb, q1.id)
    deleted = questions.delete_question(wb, q1.id)
    assert [q.text for q in questions.list_questions(wb, iv.id)] == ["Why here?"]
    back = questions.restore_question(wb, deleted)
    assert [q.text for q in questions.list_questions(wb, iv.id)] == [
        "Tell me about yourself", "Why here?"]
    assert back.answer_notes == "my note"
    assert answers.find_answer(wb, question_id=back.id) == saved.answer_id
    assert practice.card_for(wb, question_id=back.id) is not None
    assert card is not None
    assert [c.action for c in families.list_choices(wb)] == ["move_out"]


def test_undo_after_the_interview_was_deleted_says_so(wb):
    iv = _interview(wb, "Vanishing Library")
    q = questions.save_pasted(wb, iv.id, "Why here?")[0]
    deleted = questions.delete_question(wb, q.id)
    interviews.delete_interview(wb, iv.id)
    with pytest.raises(MissingEntry, match="interview"):
        questions.restore_question(wb, deleted)


# ---------------------------------------------------------------- recurring families


@pytest.fixture
def asked(wb):
    """Three organisations, four interviews; 'about yourself' asked everywhere."""
    a = _interview(wb, "Millbrook", dt.date(2026, 1, 10), interviewers="Pat Quill")
    b = _interview(wb, "Hartwell", dt.date(2026, 2, 10))
    c = _interview(wb, "Eastgate", dt.date(2026, 3, 10))
    d = _interview(wb, "millbrook ", dt.date(2026, 4, 10))
    questions.save_pasted(wb, a.id, "Tell me about yourself\nHow do you handle an angry "
                                    "patron?\nWhy Millbrook, Pat Quill asked")
    questions.save_pasted(wb, b.id, "Walk me through your background\nDescribe a time a "
                                    "customer was upset with you")
    questions.save_pasted(wb, c.id, "Tell me a bit about yourself\nWhat is your greatest "
                                    "weakness?")
    questions.save_pasted(wb, d.id, "So, tell me about yourself")
    return a, b, c, d


def _by_rep(fams, words):
    return next(f for f in fams if words in f.representative.lower())


def test_families_count_interviews_organisations_and_last_asked(wb, asked):
    fams = families.recurring_questions(wb)
    top = fams[0]
    assert len(top.question_ids) == 4
    assert (top.interviews, top.organisations) == (4, 3)  # "millbrook " is Millbrook
    assert top.last_asked == dt.date(2026, 4, 10)
    patron = fams[1]
    assert (patron.interviews, patron.organisations) == (2, 2)
    assert patron.last_asked == dt.date(2026, 2, 10)
    recurring = families.recurring_questions(wb, min_interviews=2)
    assert [f.key for f in recurring] == [top.key, patron.key]


def test_a_family_shows_the_latest_rating_of_an_answer(wb, asked):
    fams = families.recurring_questions(wb)
    patron = fams[1]
    assert patron.latest_rating is None
    first, second = patron.question_ids
    old = answers.save_version(wb, "First try.", question_id=first)
    answers.rate_answer(wb, old.version_id, "structure", 2, rater_role="candidate")
    new = answers.save_version(wb, "Better.", question_id=second)
    answers.rate_answer(wb, new.version_id, "structure", 5, rater_role="candidate")
    assert families.recurring_questions(wb)[1].latest_rating == 5.0


def test_merge_and_move_out_are_stored_and_survive_regrouping(wb, asked):
    fams = families.recurring_questions(wb)
    weakness = _by_rep(fams, "weakness")
    patron = fams[1]
    families.merge_families(wb, weakness.key, patron.key)
    yourself = fams[0]
    moved = yourself.question_ids[-1]
    families.move_out(wb, moved)
    # a fresh process: nothing cached, the engine groups everything again
    families._groupings.clear()
    again = families.recurring_questions(open_workbook(wb.url))
    merged = next(f for f in again if weakness.question_ids[0] in f.question_ids)
    assert set(merged.question_ids) == set(patron.question_ids) | set(weakness.question_ids)
    alone = next(f for f in again if moved in f.question_ids)
    assert alone.question_ids == (moved,)
    assert len(again[0].question_ids) == 3
    # new questions still join the merged family by themselves
    e = _interview(wb, "Northgate", dt.date(2026, 5, 1))
    questions.save_pasted(wb, e.id, "How would you deal with an angry customer?")
    grown = next(f for f in families.recurring_questions(wb)
                 if weakness.question_ids[0] in f.question_ids)
    assert len(grown.question_ids) == len(merged.question_ids) + 1
    with wb.store.read() as s:
        rows = s.execute(select(t.FamilyChoice.action)).scalars().all()
    assert sorted(rows) == ["merge", "move_out"]


def test_grouping_choices_can_be_undone(wb, asked):
    fams = families.recurring_questions(wb)
    moved = fams[0].question_ids[1]
    choice = families.move_out(wb, moved)
    assert "Walk me through your background" in choice.description
    assert len(families.recurring_questions(wb)[0].question_ids) == 3
    families.undo_choice(wb, choice.id)
    assert len(families.recurring_questions(wb)[0].question_ids) == 4
    assert families.list_choices(wb) == []
    with pytest.raises(MissingEntry):
        families.undo_choice(wb, choice.id)


def test_bad_grouping_choices_are_refused(wb, asked):
    fams = families.recurring_questions(wb)
    with pytest.raises(InvalidEntry, match="two different"):
        families.merge_families(wb, fams[0].key, fams[0].key)
    with pytest.raises(MissingEntry, match="changed"):
        families.merge_families(wb, "q:99999", fams[0].key)
    single = next(f for f in fams if len(f.question_ids) == 1)
    with pytest.raises(InvalidEntry, match="already on its own"):
        families.move_out(wb, single.question_ids[0])
    assert families.list_choices(wb) == []


def test_merge_suggestions_offer_a_missed_rewording_and_remember_a_no(wb, asked):
    e = _interview(wb, "Northgate", dt.date(2026, 5, 1))
    f = _interview(wb, "Southgate", dt.date(2026, 6, 1))
    questions.save_pasted(wb, e.id, "experience managing a budget")
    questions.save_pasted(wb, f.id, "Have you ever been in charge of a budget?\n"
                                    "experience managing a budget")
    budget = [fam for fam in families.recurring_questions(wb) if "budget" in
              fam.representative]
    assert len(budget) == 2  # the engine kept the two wordings apart
    # (a likely pair or, as here, a less likely one the user asked to see)
    first = families.merge_suggestions(wb, less_likely=True)[0]
    assert {first.key_a, first.key_b} == {fam.key for fam in budget}
    assert "budget" in first.wording_a and "budget" in first.wording_b
    assert first.key_a == budget[0].key  # the family asked more often is merged into
    assert 0.2 <= first.score <= 1

    no = families.keep_apart(wb, first.key_a, first.key_b)
    assert no.action == "apart" and "apart from" in no.description
    assert all({s.key_a, s.key_b} != {first.key_a, first.key_b}
               for s in families.merge_suggestions(wb, less_likely=True))
    families._groupings.clear()  # a new process remembers the no
    assert all({s.key_a, s.key_b} != {first.key_a, first.key_b}
               for s in families.merge_suggestions(open_workbook(wb.url), less_likely=True))
    assert [c.action for c in families.list_choices(wb)] == ["apart"]
    assert len([fam for fam in families.recurring_questions(wb)
                if "budget" in fam.representative]) == 2  # "apart" changes no family

    families.undo_choice(wb, no.id)  # changed their mind: suggested again
    again = families.merge_suggestions(wb, less_likely=True)[0]
    assert {again.key_a, again.key_b} == {first.key_a, first.key_b}
    families.merge_families(wb, again.key_b, again.key_a)
    assert len([fam for fam in families.recurring_questions(wb)
                if "budget" in fam.representative]) == 1
    assert all("budget" not in s.wording_a + s.wording_b
               for s in families.merge_suggestions(wb, less_likely=True))


def test_a_big_first_load_suggests_from_words_while_the_sentence_model_catches_up(
        wb, monkeypatch):
    from coachkit.analysis import embedding, grouping

    e = _interview(wb, "Northgate", dt.date(2026, 5, 1))
    questions.save_pasted(wb, e.id, "How would your friends describe you?\n"
                                    "What would your mates say you are like?\n"
                                    "Where do you see yourself in five years?\n"
                                    "Do you have a full driving licence?")
    fams = families.recurring_questions(wb)
    said = families.question_texts(wb, [q for fam in fams for q in fam.question_ids])
    texts = [[said[q] for q in fam.question_ids] for fam in fams]
    warmed = []
    monkeypatch.setattr(embedding, "warm", lambda t: warmed.append(list(t)))
    monkeypatch.setattr(families, "EMBED_NOW", -1)  # "too many to embed now"
    quick = families.merge_suggestions(wb, limit=10)
    assert warmed and sorted(warmed[0]) == sorted(t for fam in texts for t in fam)
    words = grouping.suggest_merges(texts, limit=10, sentences=False)
    assert sorted(s.score for s in quick) == sorted(score for *_, score in words)

    monkeypatch.setattr(families, "EMBED_NOW", 300)  # the vectors are there now
    full = families.merge_suggestions(wb, limit=10)
    model = grouping.suggest_merges(texts, limit=10, sentences=True)
    assert sorted(s.score for s in full) == sorted(score for *_, score in model)
    friends = frozenset(("How would your friends describe you?",
                         "What would your mates say you are like?"))
    # a rewording sharing no word, found by the model only: a less likely pair (3 in 10),
    # offered when asked for
    assert friends not in {frozenset((s.wording_a, s.wording_b)) for s in full}
    more = families.merge_suggestions(wb, limit=10, less_likely=True)
    assert friends in {frozenset((s.wording_a, s.wording_b)) for s in more}
    assert all(s.score >= grouping.SENTENCE_MAYBE_FLOOR for s in more)
    assert {(s.key_a, s.key_b) for s in full} <= {(s.key_a, s.key_b) for s in more}
    assert friends not in {frozenset((s.wording_a, s.wording_b)) for s in quick}
    monkeypatch.setattr(families, "EMBED_NOW", -1)  # words only: nothing less likely to add
    assert ({(s.key_a, s.key_b) for s in families.merge_suggestions(wb, limit=10,
                                                                    less_likely=True)}
            == {(s.key_a, s.key_b) for s in quick})


def test_the_next_page_of_a_big_workbook_reads_the_vectors_the_first_one_worked_out(
        wb, monkeypatch):
    from coachkit.analysis import embedding, grouping

    e = _interview(wb, "Northgate", dt.date(2026, 5, 1))
    questions.save_pasted(wb, e.id, "How would your friends describe you?\n"
                                    "What would your mates say you are like?\n"
                                    "Do you have a full driving licence?")
    fams = families.recurring_questions(wb)
    said = families.question_texts(wb, [q for fam in fams for q in fam.question_ids])
    texts = [[said[q] for q in fam.question_ids] for fam in fams]
    monkeypatch.setattr(embedding, "_cache", {})  # the first page of all
    embedding.embed([t for fam in texts for t in fam])  # its background work
    monkeypatch.setattr(embedding, "_cache", {})  # a new kernel remembers nothing
    warmed = []
    monkeypatch.setattr(embedding, "warm", lambda t: warmed.append(list(t)))
    monkeypatch.setattr(families, "EMBED_NOW", 0)  # any question without a vector: words only
    full = families.merge_suggestions(wb, limit=10)
    assert warmed == []
    model = grouping.suggest_merges(texts, limit=10, sentences=True)
    assert sorted(s.score for s in full) == sorted(score for *_, score in model)


def test_keeping_families_apart_refuses_nonsense(wb, asked):
    fams = families.recurring_questions(wb)
    with pytest.raises(InvalidEntry, match="two different"):
        families.keep_apart(wb, fams[0].key, fams[0].key)
    with pytest.raises(MissingEntry, match="changed"):
        families.keep_apart(wb, "q:99999", fams[0].key)
    assert families.list_choices(wb) == []


def test_an_empty_or_one_family_workbook_has_no_suggestions(wb):
    assert families.merge_suggestions(wb) == []
    iv = _interview(wb, "Solo Library")
    questions.save_pasted(wb, iv.id, "Tell me about yourself\nWalk me through your background")
    assert families.merge_suggestions(wb) == []


def test_new_questions_are_added_without_regrouping_everything(wb, asked):
    families.recurring_questions(wb)
    grouping = families._grouping_for(wb)
    index_before = grouping.index
    e = _interview(wb, "Westfield", dt.date(2026, 6, 1))
    questions.save_pasted(wb, e.id, "Could you tell me about yourself?")
    assert families.recurring_questions(wb)[0].interviews == 5
    assert grouping.index is index_before  # extended in place
    questions.update_question(wb, questions.list_questions(wb)[0].id, text="Why libraries?")
    assert families.recurring_questions(wb)[0].interviews == 4
    assert grouping.index is not index_before  # an edit regroups from scratch


def test_the_public_safe_list_has_only_generic_wording_of_widely_asked_questions(
        wb, asked, private_data_dir):
    for org in ("Hartwell", "Eastgate"):
        iv = _interview(wb, org, dt.date(2026, 7, 1), interviewers="Pat Quill")
        questions.save_pasted(wb, iv.id, "Why Millbrook, Pat Quill asked")
    q = questions.list_questions(wb)[0]
    answers.save_version(wb, "SECRET ANSWER TEXT", question_id=q.id)
    path, text = families.export_public_safe(wb)
    assert path == private_data_dir / "public-safe-questions.txt"
    assert path.read_text(encoding="utf-8") == text
    body = text.lower()
    assert "tell me about yourself" in body
    assert "angry patron" not in body and "upset" not in body  # only 2 organisations
    assert "weakness" not in body
    for private in ("millbrook", "hartwell", "eastgate", "pat quill", "2026", "secret"):
        assert private not in body
    assert "[organisation or person]" in text  # the non-bank family, names blanked


def test_the_public_safe_list_of_a_young_workbook_says_there_is_nothing_yet(wb):
    _, text = families.export_public_safe(wb)
    assert "No question has been asked by three different organisations yet." in text
