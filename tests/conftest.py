"""Shared fixtures: a real SQLite file per test, and PostgreSQL when a server is given."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

from workstation.config import Config, load_config  # noqa: E402
from workstation.core import open_database  # noqa: E402
from workstation.store.database import Database  # noqa: E402

PG_URL = os.environ.get("WORKSTATION_TEST_PG_URL", "")
FIXED_NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


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


def _pg_database() -> Iterator[str]:
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine.url import make_url

    name = f"ws_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The store tests run on a real SQLite file and, when a server is given, PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite3'}"
    else:
        yield from _pg_database()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(Config(Path("."), db_url))
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(Config(tmp_path, f"sqlite:///{tmp_path / 'ws.sqlite3'}"))
    yield database
    database.dispose()
