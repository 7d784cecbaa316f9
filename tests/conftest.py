"""Shared fixtures: every test runs against its own temporary data folder and workbook.

Nothing here ever touches the user's real workbook: COACHKIT_DATA_DIR points at a fresh
temporary folder for each test (COACHKIT_CACHE_DIR too) and COACHKIT_DB_URL is removed.
"""

from __future__ import annotations

import pytest

from coachkit import config


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    data = tmp_path / "coachkit-data"
    data.mkdir()
    monkeypatch.setenv(config.DATA_ENV, str(data))
    monkeypatch.setenv(config.CACHE_ENV, str(tmp_path / "coachkit-cache"))
    monkeypatch.delenv(config.DB_ENV, raising=False)
    monkeypatch.delenv("QUERY_STRING", raising=False)
    return data


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "workbook.sqlite"


@pytest.fixture
def wb(db_path):
    """An empty, migrated workbook in a temporary file."""
    from coachkit.services.workbook import open_workbook

    workbook = open_workbook(config.url_for_path(db_path))
    yield workbook
    workbook.close()


@pytest.fixture
def demo_wb(tmp_path):
    """The example workbook, written to a temporary file."""
    from coachkit.services.demo import write_demo
    from coachkit.services.workbook import open_workbook

    path = write_demo(tmp_path / "demo.sqlite")
    workbook = open_workbook(config.url_for_path(path))
    yield workbook
    workbook.close()
