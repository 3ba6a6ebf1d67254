"""Schema upgrades through Alembic, and the refusal to touch a database from a newer version.

Every start asks the database for its revision with one query and compares it with the head
read from the migration files' `revision = "..."` lines; Alembic (a sixth of the start-up
imports) is imported only when they differ, or when the files cannot be read that way.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError, OperationalError

from workstation.store.database import Database, DatabaseProblem, describe_db_error

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.M)
_DOWN = re.compile(r'^down_revision\s*=\s*(?:["\']([^"\']+)["\']|None)', re.M)


def _alembic_config() -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@lru_cache(maxsize=1)
def _files_head() -> str | None:
    """The head revision from the files alone: the one revision nobody names as its parent.
    None when that is not one clear answer (then Alembic decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        body = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(body), _DOWN.search(body)
        if rev is None or down is None:
            return None
        revisions.add(rev.group(1))
        if down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def known_revisions() -> set[str]:
    """Every revision the migration files know (read from the files, no Alembic)."""
    return {m.group(1) for path in (MIGRATIONS / "versions").glob("*.py")
            if (m := _REVISION.search(path.read_text(encoding="utf-8")))}


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _stored_revision(db: Database) -> str | None:
    """One query; None when there is no version table (or it is empty)."""
    try:
        with db.engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, DatabaseError):
        return None


def upgrade(db: Database, target: str = "head") -> str:
    """Bring the schema up to `target`. Refuses a database whose revision we do not know."""
    if target == "head":
        head = _files_head()
        if head is not None and _stored_revision(db) == head:
            return head  # current: no Alembic at all
    from alembic import command
    from alembic.script import ScriptDirectory

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
