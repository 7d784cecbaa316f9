"""Calendar reminders (.ics): practice due days and watchlist check-ons, valid RFC 5545."""

from __future__ import annotations

import datetime as dt
import re

from coachkit.services import coach, ics, practice
from coachkit.ui.calendar_button import CalendarDownload
from coachkit.ui.common import StatusLine

TODAY = dt.date(2026, 12, 2)


def unfold(text: str) -> list[str]:
    assert "\n" not in text.replace("\r\n", "")  # CRLF only
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def events(text: str) -> list[dict[str, str]]:
    out, current = [], None
    for line in unfold(text):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            out.append(current)
            current = None
        elif current is not None and ":" in line and "VALARM" not in line:
            key, _, value = line.partition(":")
            current.setdefault(key, value)
    return out


def test_watchlist_and_practice_become_all_day_events_with_a_reminder(wb):
    coach.add_watch(wb, "Hartwell College Library", dt.date(2027, 1, 15),
                    note="Chair said; they regret it, check the page")
    text = ics.to_ics(ics.reminders(wb, TODAY), now=dt.datetime(2026, 12, 2, 8, tzinfo=dt.UTC))
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert all(len(raw.encode()) <= 75 for raw in text.split("\r\n"))
    (event,) = events(text)
    assert event["DTSTART;VALUE=DATE"] == "20270115" and event["DTEND;VALUE=DATE"] == "20270116"
    assert event["SUMMARY"] == "Check Hartwell College Library's openings again"
    assert "Chair said\\; they regret it\\, check the page" in event["DESCRIPTION"]
    assert event["UID"].startswith("watch-") and event["DTSTAMP"] == "20261202T080000Z"
    assert "TRIGGER;RELATED=START:PT9H" in lines


def test_practice_due_is_one_event_a_day_and_overdue_lands_on_today(demo_wb):
    items = practice.queue(demo_wb)
    assert items  # the example has questions in the practice queue
    found = ics.practice_reminders(demo_wb, TODAY + dt.timedelta(days=400))
    assert len(found) == 1 and found[0].day == TODAY + dt.timedelta(days=400)
    assert found[0].summary == f"Practise {len(items)} interview questions"
    assert all(i.question in found[0].description for i in items)


def test_done_watch_items_and_long_unicode_text_are_handled(wb):
    done = coach.add_watch(wb, "Old place", dt.date(2027, 2, 1))
    coach.update_watch(wb, done.id, done=True)
    coach.add_watch(wb, "Bibliothèque " + "é" * 120, dt.date(2027, 3, 1))
    text = ics.to_ics(ics.reminders(wb, TODAY))
    assert "Old place" not in text
    assert all(len(raw.encode()) <= 75 for raw in text.split("\r\n"))
    (event,) = events(text)
    assert event["SUMMARY"] == "Check Bibliothèque " + "é" * 120 + "'s openings again"


def test_the_download_button_offers_the_file(demo_wb):
    status = StatusLine()
    button = CalendarDownload(demo_wb, status)
    button.button.click()
    assert 'download="coachkit-reminders.ics"' in button.result.value
    assert "text/calendar" in button.result.value
    assert re.search(r"Calendar file written: \d+ reminders?\.", status.value)
