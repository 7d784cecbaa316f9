"""Which workbook a page opens is unmistakable and carried across pages: in JupyterLab (no
query string) by the home page's choice, in Voila by ?workbook=demo in each link."""

from __future__ import annotations

import ipywidgets as widgets

from coachkit import config
from coachkit.services import choice, interviews
from coachkit.services.workbook import open_workbook
from coachkit.ui.home import StartHere, kept_where
from coachkit.ui.page import dashboard
from coachkit.ui.workbook_banner import store_words
from tests.widgets.helpers import find


def page():
    """Another notebook opened next: the frame every page uses, showing what it opened."""
    return dashboard("other", "Another page", lambda wb: widgets.HTML(wb.location))


def banner(root) -> str:
    return find(root, "ck-workbook-banner")[0].children[0].value


def opened(root) -> str:
    return root.children[-1].value


def test_in_jupyterlab_the_example_carries_to_the_next_notebook_and_back(monkeypatch):
    mine = open_workbook(config.url_for_path(config.default_db_path()))
    interviews.log_interview(mine, organisation="My own interview")
    assert opened(page()) == str(config.default_db_path())
    assert "Your workbook" in banner(page())
    home = StartHere(mine)
    home.demo_button.click()
    assert "every notebook you open next in JupyterLab" in home.status.value
    nxt = page()
    assert opened(nxt) == str(config.demo_db_path())
    assert "Example workbook" in banner(nxt)
    find(nxt, "ck-back-to-mine")[0].click()
    assert "Your workbook" in banner(nxt)
    assert opened(page()) == str(config.default_db_path())
    assert "Example workbook" not in banner(page())


def test_in_voila_the_link_decides_and_nothing_is_remembered(monkeypatch):
    monkeypatch.setenv("QUERY_STRING", "")
    home = StartHere(open_workbook(config.url_for_path(config.default_db_path())))
    home.demo_button.click()
    assert not (config.data_dir() / choice.CHOICE_FILE).exists()
    assert opened(page()) == str(config.default_db_path())  # a link without ?workbook=demo
    assert not find(page(), "ck-back-to-mine")  # Voila: the links carry the choice
    monkeypatch.setenv("QUERY_STRING", "workbook=demo")
    assert opened(page()) == str(config.demo_db_path())
    monkeypatch.setenv("QUERY_STRING", "workbook=/etc/passwd")
    assert opened(page()) == str(config.default_db_path())  # only the name "demo"


def test_asking_for_the_example_on_a_fresh_machine_gets_the_example_not_an_empty_file(
        monkeypatch):
    monkeypatch.setenv("QUERY_STRING", "workbook=demo")
    assert not config.demo_db_path().exists()
    root = page()
    wb = open_workbook(config.url_for_path(config.demo_db_path()))
    assert wb.is_demo and wb.summary().interviews == 4
    assert "Example workbook" in banner(root)


def test_a_server_store_is_not_called_a_file_on_this_computer():
    url = "postgresql+psycopg://coach:secret@db.centre.example:5432/coachkit"
    assert store_words(url) == "on the database server db.centre.example:5432"
    assert "this computer" not in kept_where(url) and "secret" not in kept_where(url)
    assert kept_where("/home/me/workbook.sqlite").startswith("It stays in this file")
