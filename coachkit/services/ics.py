"""Calendar reminders as an .ics file (RFC 5545) any calendar app can import: the days
questions are due for practice, and the check-again dates on the "regret" watchlist.

Written by hand (a few fixed line types), all-day events with a reminder at 09:00 that day;
each event has a stable UID, so importing a newer file updates the old events instead of
adding copies.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from coachkit import config
from coachkit.services.workbook import Workbook

PRODID = "-//coachkit//interview workbook//EN"


@dataclass(frozen=True)
class Reminder:
    uid: str
    day: dt.date
    summary: str
    description: str


def escape(text: str) -> str:
    """TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (3.1),
    never splitting a UTF-8 character."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        limit = 75 if not out else 74  # continuation lines start with one space
        if len(current) + len(encoded) > limit:
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def _local_day(moment: dt.datetime) -> dt.date:
    """A practice card's due time is naive UTC; the user's calendar day is local."""
    return moment.replace(tzinfo=dt.UTC).astimezone().date()


def practice_reminders(wb: Workbook, today: dt.date) -> list[Reminder]:
    """One event per day with questions due (overdue ones on today)."""
    from coachkit.services.report import practice_items

    by_day: dict[dt.date, list[str]] = defaultdict(list)
    for item in practice_items(wb):
        by_day[max(_local_day(item.due), today)].append(item.question or "(a question)")
    out = []
    for day, texts in sorted(by_day.items()):
        n = len(texts)
        out.append(Reminder(f"practice-{day:%Y%m%d}@coachkit", day,
                            f"Practise {n} interview question{'s' if n != 1 else ''}",
                            "Due for practice in coachkit (Rate and practise > Practise):\n"
                            + "\n".join(f"- {t}" for t in texts)))
    return out


def watch_reminders(wb: Workbook) -> list[Reminder]:
    """Each open watchlist entry with a check-again date."""
    from coachkit.services import coach

    return [Reminder(f"watch-{w.id}@coachkit", w.check_on,
                     f"Check {w.organisation}'s openings again",
                     "They said they regret not hiring you."
                     + (f"\nYour note: {w.note}" if w.note else ""))
            for w in coach.watchlist(wb) if w.check_on is not None and not w.done]


def reminders(wb: Workbook, today: dt.date | None = None) -> list[Reminder]:
    today = today or dt.date.today()
    return sorted(practice_reminders(wb, today) + watch_reminders(wb), key=lambda r: r.day)


def to_ics(items: list[Reminder], now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "X-WR-CALNAME:coachkit reminders"]
    for r in items:
        lines += ["BEGIN:VEVENT", f"UID:{r.uid}", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{r.day:%Y%m%d}",
                  f"DTEND;VALUE=DATE:{r.day + dt.timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{escape(r.summary)}", f"DESCRIPTION:{escape(r.description)}",
                  "TRANSP:TRANSPARENT",
                  "BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{escape(r.summary)}",
                  "TRIGGER;RELATED=START:PT9H", "END:VALARM", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_calendar(wb: Workbook, out: Path | str | None = None,
                   today: dt.date | None = None) -> tuple[Path, int]:
    """Write the reminders to an .ics file; (the file, how many events)."""
    items = reminders(wb, today)
    path = Path(out) if out else config.data_dir() / "coachkit-reminders.ics"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(to_ics(items).encode("utf-8"))
    return path, len(items)
