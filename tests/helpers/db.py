"""Databases for tests: the fixed clock reading, a PostgreSQL database per test, and templates
migrated once per session that a test copies instead of migrating its own database again."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine.url import make_url

from workstation.config import Config
from workstation.core import open_database, sqlite_path

PG_URL = os.environ.get("WORKSTATION_TEST_PG_URL", "")
FIXED_NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _admin() -> Engine:
    return create_engine(PG_URL, isolation_level="AUTOCOMMIT")


def pg_database() -> Iterator[str]:
    """A fresh (empty) PostgreSQL database for one test, dropped afterwards."""
    name = f"ws_test_{uuid.uuid4().hex[:12]}"
    admin = _admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def migrate(url: str) -> None:
    """Migrate the database at `url` to head, as the program does when it opens it."""
    open_database(Config(Path("."), url)).dispose()


def sqlite_template(path: Path) -> Path:
    """A SQLite file at `path` migrated to head: the template of a session's SQLite tests."""
    path.parent.mkdir(parents=True, exist_ok=True)
    migrate(f"sqlite:///{path}")
    return path


def pg_template() -> Iterator[str]:
    """A PostgreSQL database migrated to head (its name): CREATE DATABASE ... TEMPLATE copies it."""
    for url in pg_database():
        migrate(url)
        yield make_url(url).database or ""


def from_template(url: str, *, sqlite: Path | None, postgres: str | None = None) -> None:
    """Make the (new, empty) database at `url` a copy of the migrated template of its kind, so
    that opening it finds it at head. A SQLite file must not exist yet; a PostgreSQL database
    (from pg_database) is dropped and created again from the template."""
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if sqlite is None or path is None:
            return
        assert not path.exists(), path
        path.parent.mkdir(parents=True, exist_ok=True)
        source, target = sqlite3.connect(sqlite), sqlite3.connect(path)
        try:
            source.backup(target)  # a consistent copy, whatever the template's journal holds
        finally:
            target.close()
            source.close()
    elif postgres:
        name = make_url(url).database
        admin = _admin()
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{postgres}"'))
        finally:
            admin.dispose()


def migrated(request: pytest.FixtureRequest, url: str) -> str:
    """`url`'s empty database made a copy of the session's migrated template of its kind (the
    `sqlite_template` and `postgres_template` fixtures of tests/conftest.py)."""
    if url.startswith("sqlite"):
        from_template(url, sqlite=request.getfixturevalue("sqlite_template"))
    else:
        from_template(url, sqlite=None, postgres=request.getfixturevalue("postgres_template"))
    return url
