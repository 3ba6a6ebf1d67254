"""The headless composition root: configuration, logging, database and services.

The CLI uses it as it is; the GUI's composition root (`app.py`) builds on it.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from workstation.config import Config, ConfigError, ensure_data_dir
from workstation.logsetup import setup_logging
from workstation.providers.base import Provider, ProviderKind
from workstation.services.activities import ActivityService
from workstation.services.audit import Actor
from workstation.services.background import BackgroundSync
from workstation.services.keyring_store import make_secret_store
from workstation.services.orders import OrderService
from workstation.services.purchase.binding import BindHandler, UnbindHandler
from workstation.services.purchase.booking import BookingHandler
from workstation.services.purchase.common import PurchaseDeps
from workstation.services.purchase.reconcile import Reconciler
from workstation.services.purchase.service import PurchaseService
from workstation.services.purchase.sync import SyncHandler
from workstation.services.secrets import SecretStore
from workstation.services.sessions import SessionService
from workstation.services.settings import SettingsService
from workstation.services.warehouse import ParcelService, ReceivingService
from workstation.services.warehouse.matching import MatchAfter, MatchingService
from workstation.services.warehouse.scanning import ScanService
from workstation.services.worklist import WorklistService
from workstation.store.database import Database, create_db_engine, sqlite_version_warning
from workstation.store.migrate import upgrade

log = logging.getLogger(__name__)
SANDBOX_PACE = 0.01
ACTIVITY_RETENTION_DAYS = int(os.environ.get("WORKSTATION_ACTIVITY_RETENTION_DAYS", "30"))  # seconds between calls of one account on the sandbox


def utcnow() -> datetime:
    return datetime.now(UTC)


class Connectors:
    """One connector per provider, made on first use. For the sandbox (the default) the
    sandbox server is started first when none answers."""

    def __init__(self, config: Config, sandbox_url: str | None = None, timeout: float | None = None):
        self._config = config
        self._sandbox_url = sandbox_url
        self._timeout = timeout  # seconds per request; None keeps the connectors' own
        self._made: dict[str, Provider] = {}
        self._lock = threading.Lock()
        self._url_lock = threading.Lock()
        self.started_sandbox: Any = None  # the sandbox process this process started (a Popen), if any

    def base_url(self) -> str:
        with self._url_lock:
            if self._sandbox_url is None:
                from workstation.providers.sandbox.launcher import start_or_reuse

                self._sandbox_url, self.started_sandbox = start_or_reuse(self._config.sandbox_dir)
            return self._sandbox_url

    def stop_started_sandbox(self) -> bool:
        """Stop the sandbox server this process started (never one it found running); True if stopped."""
        process, self.started_sandbox = self.started_sandbox, None
        if process is None:
            return False
        from workstation.providers.sandbox.launcher import stop_started

        stopped = stop_started(process, self._config.sandbox_dir)
        log.info("the sandbox marketplace this program started (pid %s) %s", process.pid,
                 "is stopped" if stopped else "had stopped already")
        return stopped

    def __call__(self, provider: str) -> Provider:
        from workstation.providers.registry import provider_from_settings, sandbox_settings
        from workstation.providers.sandbox.launcher import SandboxClock

        with self._lock:
            if provider not in self._made:
                if not self._config.uses_sandbox:
                    raise ConfigError(
                        f"Marketplace {self._config.marketplace!r}: only the sandbox is configured so far.")
                # The sandbox is on this machine: no need to pace calls as for a real gateway.
                base = self.base_url()
                extra = {"timeout": httpx.Timeout(self._timeout)} if self._timeout else {}
                self._made[provider] = provider_from_settings(
                    sandbox_settings(base, ProviderKind(provider)), min_interval=SANDBOX_PACE,
                    clock=SandboxClock(base), **extra)
            return self._made[provider]

    def close(self) -> None:
        for connector in self._made.values():
            close = getattr(connector, "close", None)
            if close:
                close()


def pid_alive(owner: str) -> bool:
    """Is the process named by an activity owner `host:pid` still there? Other hosts: assume so."""
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass
class Core:
    config: Config
    db: Database
    orders: OrderService
    settings: SettingsService
    sessions: SessionService
    activities: ActivityService
    purchase: PurchaseService
    connectors: Connectors
    secrets: SecretStore
    background: BackgroundSync
    receiving: ReceivingService
    parcels: ParcelService
    actor: Actor = field(default_factory=Actor.local)
    reconciler: Reconciler | None = None
    scans: ScanService | None = None  # the scan journal; its `.matching` pairs unmatched parcels
    worklist: WorklistService | None = None  # the purchaser's lines across all orders

    def close(self) -> None:
        self.connectors.close()
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


def assemble(config: Config, db: Database, *, secrets: SecretStore | None = None,
             sandbox_url: str | None = None, clock=utcnow,  # type: ignore[no-untyped-def]
             connector_timeout: float | None = None, retention_days: int = ACTIVITY_RETENTION_DAYS) -> Core:
    """Wire the services on an open database (tests call this with their own parts)."""
    actor = Actor.local()
    secrets = secrets or make_secret_store(config.data_dir)
    settings = SettingsService(db, secrets, actor)
    sessions = SessionService(db, secrets, clock)
    connectors = Connectors(config, sandbox_url, connector_timeout)
    deps = PurchaseDeps(db=db, settings=settings, sessions=sessions, connector=connectors, actor=actor, clock=clock)
    # Syncs and bindings bring waybills and marketplace order numbers: waiting parcels are
    # matched right after each, whoever started it (this window, the CLI, a background tick).
    matching = MatchingService(db, clock)
    handlers = {"booking": BookingHandler(deps), "sync": MatchAfter(SyncHandler(deps), matching),
                "binding": MatchAfter(BindHandler(deps), matching), "unbinding": UnbindHandler(deps)}
    activities = ActivityService(db, handlers, owner=f"{socket.gethostname()}:{os.getpid()}", clock=clock)
    deps.reconciler = Reconciler(deps, activities)
    activities.requeue_dead(pid_alive)
    purged = activities.purge(timedelta(days=retention_days))
    if purged:
        log.info("cleared %d finished activities older than %d days", purged, retention_days)
    purchase = PurchaseService(db, activities, sessions, settings, actor)
    background = BackgroundSync(sessions, settings, activities, purchase, clock,
                                refresher=lambda provider: connectors(provider).refresh,
                                reconciler=deps.reconciler, matcher=matching.match_pending)
    orders = OrderService(db)
    return Core(config=config, db=db, orders=orders, settings=settings, sessions=sessions,
                activities=activities, purchase=purchase, connectors=connectors, secrets=secrets,
                background=background, receiving=ReceivingService(db), parcels=ParcelService(db), actor=actor,
                reconciler=deps.reconciler, scans=ScanService(db, orders, clock, matching=matching),
                worklist=WorklistService(db, clock))


def build_core(config: Config, *, console_log: bool = False) -> Core:
    """Everything below the UI. Raises ConfigError or DatabaseProblem with plain messages."""
    ensure_data_dir(config)
    setup_logging(config.log_dir, console=console_log)
    warning = sqlite_version_warning() if config.is_sqlite else None
    if warning:
        log.warning(warning)
    db = open_database(config)
    log.info("database ready: %s", db.engine.url.render_as_string(hide_password=True))
    return assemble(config, db)
