"""Schema upgrades through Alembic, and the refusal to touch a database from a newer version."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import DatabaseError, OperationalError

from workstation.store.database import Database, DatabaseProblem, describe_db_error

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


def _alembic_config() -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database, target: str = "head") -> str:
    """Bring the schema up to `target`. Refuses a database whose revision we do not know."""
    try:
        known = {s.revision for s in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}
        current = current_revision(db)
        if current is not None and current not in known:
            raise DatabaseProblem(
                f"This database was made by a newer version of the workstation (schema {current}). "
                "Nothing was changed. Update the program, or open another database with --db."
            )
        if current is None and db.table_names():
            foreign = [t for t in db.table_names() if t != "alembic_version"]
            if foreign:
                raise DatabaseProblem(
                    "This database has tables but no workstation schema version "
                    f"({', '.join(sorted(foreign)[:5])}...). Nothing was changed."
                )
        cfg = _alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
        new = current_revision(db)
        if new != current:
            log.info("database schema upgraded from %s to %s", current, new)
        return new or ""
    except (OperationalError, DatabaseError) as exc:
        raise DatabaseProblem(describe_db_error(exc, db.engine.url)) from exc
