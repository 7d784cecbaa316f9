"""Every dashboard shows one clear page for a damaged workbook, never a database error."""

from __future__ import annotations

import hashlib
import shlex
import sqlite3

import pytest

from coachkit import config
from coachkit.services.demo import write_demo
from coachkit.storage.engine import backup_file
from coachkit.ui.coach_review import coach_review
from coachkit.ui.home import start_here
from coachkit.ui.interview_log import interview_log
from coachkit.ui.job_fit import job_fit
from coachkit.ui.rate_answers import rate_answers
from tests.widgets.helpers import find

DASHBOARDS = {"home": start_here, "interview log": interview_log,
              "rate answers": lambda url: rate_answers(url, background=False),
              "job fit": job_fit, "coach review": coach_review}
RAW = ("OperationalError", "sqlite3", "SELECT", "Traceback", "no such table")


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def no_ratings_table(tmp_path):
    """The example workbook, backed up, then its ratings table dropped (in a DB browser)."""
    path = write_demo(tmp_path / "workbook.sqlite")
    backup = backup_file(path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE ratings")
    conn.commit()
    conn.close()
    return path, backup


def _all(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _all(child)


def _page_text(page) -> str:
    return " ".join(getattr(w, "value", "") for w in find(page, "ck-broken-workbook"))


@pytest.mark.parametrize("name", list(DASHBOARDS))
def test_every_dashboard_shows_the_broken_workbook_page(no_ratings_table, name):
    path, backup = no_ratings_table
    before = _sha(path)
    page = DASHBOARDS[name](config.url_for_path(path))
    assert "ck-ready" in page._dom_classes
    assert len(find(page, "ck-broken-workbook")) == 1
    text = _page_text(page)
    assert "The table &#x27;ratings&#x27; (the ratings of your answers) is missing." in text
    assert str(backup) in text and "It passes the same checks" in text
    assert f"cp {shlex.quote(str(backup))} {shlex.quote(str(path))}" in text
    assert f"mv {shlex.quote(str(path))} " in text
    assert not any(word in text for word in RAW)
    assert _sha(path) == before  # only read


def test_the_page_says_when_there_is_no_backup(tmp_path):
    path = write_demo(tmp_path / "workbook.sqlite")
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE interviews DROP COLUMN feedback")
    conn.commit()
    conn.close()
    text = _page_text(start_here(config.url_for_path(path)))
    assert "lacks the column feedback" in text
    assert "found no backup beside it" in text
    assert "YOUR-COPY.sqlite" in text


def test_a_sound_workbook_opens_as_usual(tmp_path):
    path = write_demo(tmp_path / "workbook.sqlite")
    page = start_here(config.url_for_path(path))
    assert not find(page, "ck-broken-workbook")
    html = " ".join(str(getattr(w, "value", "")) for w in _all(page))
    assert "ck-count-interviews" in html


def test_names_in_the_damaged_file_are_shown_as_text(tmp_path):
    path = write_demo(tmp_path / "workbook.sqlite")
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE ratings")
    conn.execute('CREATE TABLE ratings (id INTEGER PRIMARY KEY, "<img src=x onerror=alert(1)>" '
                 "TEXT NOT NULL)")
    conn.commit()
    conn.close()
    text = _page_text(job_fit(config.url_for_path(path)))
    assert "<img" not in text and "&lt;img src=x onerror=alert(1)&gt;" in text
