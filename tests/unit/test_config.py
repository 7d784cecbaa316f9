"""Which workbook a dashboard opens."""

from __future__ import annotations

from pathlib import Path

from coachkit import config


def test_the_default_workbook_lives_in_the_user_data_folder(private_data_dir):
    assert config.default_db_path() == private_data_dir / "workbook.sqlite"
    assert config.resolve_db_url("") == config.url_for_path(private_data_dir / "workbook.sqlite")


def test_the_platform_data_folder_is_used_when_nothing_overrides_it(monkeypatch):
    monkeypatch.delenv(config.DATA_ENV)
    assert config.data_dir().name == "coachkit"


def test_an_environment_url_chooses_another_workbook(monkeypatch, tmp_path):
    url = config.url_for_path(tmp_path / "other.sqlite")
    monkeypatch.setenv(config.DB_ENV, url)
    assert config.resolve_db_url("") == url
    monkeypatch.setenv(config.DB_ENV, "postgresql+psycopg://coach@db/coachkit")
    assert config.resolve_db_url("") == "postgresql+psycopg://coach@db/coachkit"


def test_only_the_word_demo_in_a_link_switches_workbook(private_data_dir):
    demo = config.url_for_path(private_data_dir / "demo-workbook.sqlite")
    assert config.resolve_db_url("workbook=demo&token=abc") == demo
    # A link can never point a dashboard at an arbitrary file.
    for query in ("workbook=/etc/passwd", "workbook=../x.sqlite", "db=/tmp/x.sqlite"):
        assert config.resolve_db_url(query) == config.url_for_path(config.default_db_path())


def test_paths_become_absolute_sqlite_urls(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert config.url_for_path("wb.sqlite") == f"sqlite:///{Path(tmp_path, 'wb.sqlite')}"
