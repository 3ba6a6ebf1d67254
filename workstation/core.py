"""The headless composition root: configuration, logging, database and services.

The CLI uses it as it is; the GUI's composition root (`app.py`) builds on it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from workstation.config import Config, ensure_data_dir
from workstation.logsetup import setup_logging
from workstation.services.orders import OrderService
from workstation.store.database import Database, create_db_engine, sqlite_version_warning
from workstation.store.migrate import upgrade

log = logging.getLogger(__name__)


@dataclass
class Core:
    config: Config
    db: Database
    orders: OrderService

    def close(self) -> None:
        self.db.dispose()


def open_database(config: Config) -> Database:
    """Open and upgrade the database; DatabaseProblem with a plain message when it can't be."""
    db = Database(create_db_engine(config.db_url))
    try:
        db.ping()
        upgrade(db)
    except Exception:
        db.dispose()
        raise
    return db


def build_core(config: Config, *, console_log: bool = False) -> Core:
    """Everything below the UI. Raises ConfigError or DatabaseProblem with plain messages."""
    ensure_data_dir(config)
    setup_logging(config.log_dir, console=console_log)
    warning = sqlite_version_warning() if config.is_sqlite else None
    if warning:
        log.warning(warning)
    db = open_database(config)
    log.info("database ready: %s", db.engine.url.render_as_string(hide_password=True))
    return Core(config=config, db=db, orders=OrderService(db))
