"""The home dashboard's "Due for practice today" count follows the practice queue."""

from __future__ import annotations

import datetime as dt

from coachkit.services import interviews, practice, questions
from coachkit.ui.home import StartHere


def _due_box(view: StartHere) -> str:
    html = view.counts.value
    start = html.index('class="ck-count ck-count-due"')
    return html[start:html.index("</div>", start)]


def test_due_today_count_on_home_follows_the_queue(wb):
    view = StartHere(wb)
    assert "<b>0</b>Due for practice today" in _due_box(view)
    iv = interviews.log_interview(wb, organisation="Riverside Library")
    qs = questions.add_questions(wb, iv.id, [{"text": "Tell me about yourself"},
                                             {"text": "Why this library?"}])
    cards = [practice.add_to_queue(wb, question_id=q.id) for q in qs]
    view.refresh()
    assert "<b>2</b>Due for practice today" in _due_box(view)
    practice.review(wb, cards[0], 5)  # practised and nailed: not due again for days
    view.refresh()
    assert "<b>1</b>Due for practice today" in _due_box(view)


def test_a_question_due_tomorrow_is_not_counted_today(wb):
    iv = interviews.log_interview(wb, organisation="Riverside Library")
    q = questions.add_questions(wb, iv.id, [{"text": "Tell me about yourself"}])[0]
    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1, hours=1)
    practice.add_to_queue(wb, question_id=q.id, now=tomorrow)
    assert "<b>0</b>Due for practice today" in _due_box(StartHere(wb))
