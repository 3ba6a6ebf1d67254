"""Shared fixtures: a real SQLite file per test, and PostgreSQL when a server is given; both
copied from a template migrated once per session (tests/helpers/db.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
# the shared helpers' asserts explain themselves as the tests' own do (before they are imported)
pytest.register_assert_rewrite("tests.helpers")

from tests.helpers import db as dbs  # noqa: E402 - after the environment and the rewrite above
from tests.helpers.db import PG_URL, from_template, migrated, pg_database  # noqa: E402
from workstation.config import Config, load_config  # noqa: E402
from workstation.core import open_database  # noqa: E402
from workstation.store.database import Database  # noqa: E402


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if PG_URL:
        return
    if os.environ.get("CI"):
        # CI must run the PostgreSQL tests; .ci/run starts a server and sets the URL.
        raise pytest.UsageError("CI is set but WORKSTATION_TEST_PG_URL is not: PostgreSQL tests would skip")
    skip = pytest.mark.skip(reason="no PostgreSQL server (set WORKSTATION_TEST_PG_URL)")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def config(data_dir: Path) -> Config:
    return load_config(data_dir, env={})


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated to head for the session; the tests' databases are copies."""
    return dbs.sqlite_template(tmp_path_factory.mktemp("template") / "template.sqlite3")


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    """One PostgreSQL database migrated to head for the session (its name), when a test needs it."""
    yield from dbs.pg_template()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The store tests run on a real SQLite file and, when a server is given, PostgreSQL; the
    database is empty (migration tests start from here), `db` and the worlds fill it."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite3'}"
    else:
        yield from pg_database()


@pytest.fixture
def db(request: pytest.FixtureRequest, db_url: str) -> Iterator[Database]:
    database = open_database(Config(Path("."), migrated(request, db_url)))
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    url = f"sqlite:///{tmp_path / 'ws.sqlite3'}"
    from_template(url, sqlite=sqlite_template)
    database = open_database(Config(tmp_path, url))
    yield database
    database.dispose()
