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


def pytest_addoption(parser):
    parser.addoption("--store", choices=("sqlite", "postgres"), default="sqlite",
                     help="run the workbook tests against an SQLite file (default) or as a "
                          "candidate in a career centre's PostgreSQL database")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--store") != "postgres":
        return
    skip = []
    for item in items:
        if "sqlite_only" in item.keywords or "browser" in item.keywords:
            skip.append(item)
    for item in skip:
        items.remove(item)
    config.hook.pytest_deselected(items=skip)


@pytest.fixture(scope="session")
def centre_template(pg_cluster):
    """A centre database with candidate 'tester', to copy; and tester's password."""
    from sqlalchemy.engine import make_url

    from coachkit.centre import Centre

    c = Centre(pg_cluster.create_database("centre_template", template="migrated"))
    c.init()
    c.add_candidate("tester")
    password = make_url(c.login_url("tester")).password
    c.close()
    return "centre_template", password


@pytest.fixture
def centre_candidate_url(request):
    """A login for candidate 'tester' in a fresh centre database."""
    cluster = request.getfixturevalue("pg_cluster")
    template, password = request.getfixturevalue("centre_template")
    name = f"w{next(_databases)}"
    cluster.create_database(name, template=template)
    return cluster.url("ck_tester", password, name)


@pytest.fixture
def wb(db_path, request):
    """An empty, migrated workbook in a temporary file (or, with --store=postgres, a
    candidate's share of a centre's database)."""
    from coachkit.services.workbook import open_workbook

    if request.config.getoption("--store") == "postgres":
        url = request.getfixturevalue("centre_candidate_url")
        workbook = open_workbook(url, role="candidate")
    else:
        workbook = open_workbook(config.url_for_path(db_path))
    yield workbook
    workbook.close()


@pytest.fixture
def demo_wb(tmp_path, request):
    """The example workbook, written to a temporary file (with --store=postgres, then moved
    into a candidate's share of a centre's database)."""
    from coachkit.services.demo import write_demo
    from coachkit.services.workbook import open_workbook

    path = write_demo(tmp_path / "demo.sqlite")
    workbook = open_workbook(config.url_for_path(path))
    if request.config.getoption("--store") == "postgres":
        from coachkit.services.transfer import copy_workbook

        moved = open_workbook(request.getfixturevalue("centre_candidate_url"), role="candidate")
        copy_workbook(workbook, moved)
        workbook.close()
        workbook = moved
    yield workbook
    workbook.close()


# ------------------------------------------------------------------------- PostgreSQL
# Tests marked `postgres` run against a real server that the test run starts itself
# (Debian's postgresql, initdb'd in a temporary folder, 127.0.0.1, a free port, SCRAM
# passwords). A missing server is a failure, never a skip.


@pytest.fixture(scope="session")
def pg_cluster():
    from coachkit.storage.engine import open_store
    from coachkit.storage.pgserver import NoPostgres, start_cluster

    try:
        cluster = start_cluster(durable=False)
    except NoPostgres as exc:
        pytest.fail(str(exc), pytrace=False)
    # a migrated database to copy: each test gets a fresh copy in a fraction of a second
    engine, _ = open_store(cluster.create_database("migrated"))
    engine.dispose()
    yield cluster
    cluster.remove()


_databases = iter(range(1, 1_000_000))


@pytest.fixture
def pg_url(pg_cluster):
    """A fresh database on the test server at the newest schema, as its superuser."""
    return pg_cluster.create_database(f"t{next(_databases)}", template="migrated")


@pytest.fixture
def pg_empty_url(pg_cluster):
    """A fresh database with no tables at all."""
    return pg_cluster.create_database(f"e{next(_databases)}")


@pytest.fixture
def centre(pg_url):
    """A career centre in a fresh database: alice and bob (candidates), carol (coach of
    alice only) and dana (centre admin)."""
    from coachkit.centre import Centre

    c = Centre(pg_url)
    c.init()
    for name in ("alice", "bob"):
        c.add_candidate(name)
    c.add_coach("carol")
    c.add_admin("dana")
    c.assign("carol", "alice")
    yield c
    c.close()
