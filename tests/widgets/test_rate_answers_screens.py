"""Workbook 2's screens as widgets: the message sits under the controls it reports on, one
place at a time; dates read "3 Mar 2026"; every rubric level is on the page in words."""

from __future__ import annotations

import datetime as dt
import re

from coachkit.services import interviews, questions
from coachkit.ui.rate_answers import RateAnswers
from tests.widgets.helpers import find


def _holders(view: RateAnswers) -> list:
    """Every box that shows the status line."""
    return [box for box in find(view, "ck-status-slot") if view.status in box.children]


def test_the_message_follows_the_controls_that_caused_it(wb):
    iv = interviews.log_interview(wb, organisation="Northgate Library",
                                  interview_date=dt.date(2026, 3, 3))
    questions.add_questions(wb, iv.id, [{"text": "Tell me about yourself"}])
    view = RateAnswers(wb, background=False)
    assert _holders(view) == [view.pick.slot]
    view.pick.source.value = "interview"
    # the first interview is chosen at once, so its questions show (not "no interviews")
    assert view.pick.filter.label == "Northgate Library, 3 Mar 2026"
    assert view.pick.choices.options == (("Tell me about yourself", 1),)
    view.pick.choices.value = 1
    view.pick.button.click()
    assert _holders(view) == [view.write.slot] and "Write your answer" in view.status.value
    children = list(view.write.children)
    save_row = next(c for c in children if view.write.save in getattr(c, "children", ()))
    assert children.index(view.write.slot) == children.index(save_row) + 1
    view.write.text.value = "I moved the returns desk and queues fell from 12 to 3."
    view.write.save.click()
    assert "Saved as version 1" in view.status.value and _holders(view) == [view.write.slot]
    view.write.text.value += " I would do it again."
    view.write.save.click()
    label = view.write.versions.options[0][0]  # the earlier version, dated as everywhere
    assert re.fullmatch(r"Version 1 · [1-9]\d? [A-Z][a-z]{2} \d{4}, \d\d:\d\d", label), label

    view.tabs.selected_index = 5
    assert view.status.value == ""  # the Write tab's message does not follow to Practise
    view.practice.rate.click()
    assert _holders(view) == [view.practice.session_slot]
    assert "Start practising" in view.status.value
    view.practice.add.click()
    assert _holders(view) == [view.practice.add_slot]
    view.practice.start.click()
    assert _holders(view) == [view.practice.top_slot] and "minutes. Go!" in view.status.value
    view.practice.save.click()  # an empty practice answer is refused, under its button
    assert _holders(view) == [view.practice.save_slot]
    assert "cannot be empty" in view.status.value


def test_every_rubric_level_is_written_out_under_its_buttons(wb):
    view = RateAnswers(wb, background=False)
    for criterion in view.rubric.criteria:
        shown = view.rate.words[criterion.id].value
        for level in range(1, 6):
            assert criterion.anchors[level].replace('"', "&quot;") in shown
    view.rate.levels["structure"].value = 2
    assert 'ck-level-chosen"><b>2</b>' in view.rate.words["structure"].value
