"""The headless composition root: configuration, logging, database and services.

The CLI uses it as it is; the GUI's composition root (`app.py`) builds on it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from workstation.config import ENV_MARKETPLACE, Config, ConfigError, ensure_data_dir, owner_only
from workstation.logsetup import setup_logging
from workstation.providers.base import Provider, ProviderKind
from workstation.providers.registry import live_provider
from workstation.services.activities import ActivityService
from workstation.services.alerts import AlertService
from workstation.services.audit import Actor
from workstation.services.background import BackgroundSync
from workstation.services.changes import ChangeFeed
from workstation.services.connection import ConnectionCheck, ConnectionService, ConnectionSettings
from workstation.services.login import RETURN_URL
from workstation.services.orders import OrderService
from workstation.services.otmode.platform import OtBackground, OtPlatform, open_platform
from workstation.services.people import PeopleService
from workstation.services.platform import LocalPlatform, Platform
from workstation.services.purchase.binding import BindHandler, UnbindHandler
from workstation.services.purchase.booking import BookingHandler
from workstation.services.purchase.common import PurchaseDeps
from workstation.services.purchase.reconcile import Reconciler
from workstation.services.purchase.service import PurchaseService
from workstation.services.purchase.sync import SyncHandler
from workstation.services.secrets import DeferredSecretStore, SecretStore
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
DEFAULT_RETENTION_DAYS = 30


def retention_days_from_env(raw: str | None = None) -> int:
    """Days finished activities are kept (WORKSTATION_ACTIVITY_RETENTION_DAYS): a whole number from
    1 to 3650; anything else is logged and the default kept (never "delete everything")."""
    raw = os.environ.get("WORKSTATION_ACTIVITY_RETENTION_DAYS") if raw is None else raw
    if raw is None or not raw.strip():
        return DEFAULT_RETENTION_DAYS
    try:
        days = int(raw.strip())
    except ValueError:
        days = 0
    if not 1 <= days <= 3650:
        log.warning("WORKSTATION_ACTIVITY_RETENTION_DAYS=%r is not a number of days from 1 to 3650; "
                    "finished activities are kept %d days", raw, DEFAULT_RETENTION_DAYS)
        return DEFAULT_RETENTION_DAYS
    return days



def utcnow() -> datetime:
    return datetime.now(UTC)


class Connectors:
    """One connector per provider, made on first use and made again when its connection
    settings change. A provider in Sandbox mode (the default) talks to the embedded sandbox,
    started first when none answers; one in Live mode to the gateway its settings name, with
    the system clock, its own pacing and timeout, and nothing of the sandbox's shortcuts."""

    def __init__(self, config: Config, sandbox_url: str | None = None, timeout: float | None = None,
                 connection: ConnectionService | None = None):
        self._config = config
        self._sandbox_url = sandbox_url
        self._timeout = timeout  # seconds per request on the sandbox; None keeps the connectors' own
        self._made: dict[str, Provider] = {}
        self._made_from: dict[str, tuple[Any, ...]] = {}  # provider -> what its connector was built from
        self._retired: list[Provider] = []  # replaced connectors, closed with the others at the end
        self._lock = threading.Lock()
        self._url_lock = threading.Lock()
        self.started_sandbox: Any = None  # the sandbox process this process started (a Popen), if any
        self.connection = connection  # None: every provider on the sandbox (tests' own assemblies)
        if connection is not None and connection.sandbox_url is None:
            connection.sandbox_url = self.base_url

    def base_url(self) -> str:
        with self._url_lock:
            if self._sandbox_url is None:
                from workstation.sandbox.launcher import start_or_reuse

                self._sandbox_url, self.started_sandbox = start_or_reuse(self._config.sandbox_dir)
            return self._sandbox_url

    def stop_started_sandbox(self) -> bool:
        """Stop the sandbox server this process started (never one it found running); True if stopped."""
        process, self.started_sandbox = self.started_sandbox, None
        if process is None:
            return False
        from workstation.sandbox.launcher import stop_started

        stopped = stop_started(process, self._config.sandbox_dir)
        log.info("the sandbox marketplace this program started (pid %s) %s", process.pid,
                 "is stopped" if stopped else "had stopped already")
        return stopped

    def settings(self, provider: str) -> ConnectionSettings | None:
        """The provider's stored connection (None when this assembly has no connection service).
        Read on every call, so a change made on another station or by the CLI takes effect; the
        secret store is not asked here."""
        if self.connection is None:
            return None
        return self.connection.get(provider, look_up_secret=False)

    def is_live(self, provider: str) -> bool:
        current = self.settings(provider)
        return current is not None and current.is_live

    def redirect_uri(self, provider: str) -> str:
        """Where the marketplace's login page sends the browser back (the Live setting)."""
        current = self.settings(provider)
        return current.redirect_uri if current is not None and current.is_live else RETURN_URL

    def test(self, provider: str, changes: dict[str, Any] | None = None,
             app_secret: str | None = None) -> ConnectionCheck:
        """Test connection: one harmless signed call with the stored (or given) settings."""
        if self.connection is None:
            raise ConfigError("This assembly keeps no connection settings (every provider is on the sandbox).")
        return self.connection.test(provider, changes, app_secret)

    def __call__(self, provider: str) -> Provider:
        ProviderKind(provider)  # an unknown provider fails loudly
        current = self.settings(provider)
        live = current is not None and current.is_live
        if not live and not self._config.uses_sandbox:
            raise ConfigError(
                f"Marketplace {self._config.marketplace!r} ({ENV_MARKETPLACE}) is no longer how a "
                f"gateway is chosen: set {provider} to Live with `workstation-cli marketplace set "
                f"{provider} --mode live --base-url URL` (or Settings -> Connection) instead.")
        secret = ""
        recipe: tuple[Any, ...] = ("sandbox",)
        if live and current is not None:
            assert self.connection is not None
            # Read each time (it may have been replaced through another page or station); only
            # its digest is kept beside the connector.
            secret = self.connection.app_secret(provider)
            recipe = (*current.fingerprint(), hashlib.sha256(secret.encode("utf-8")).hexdigest())
        with self._lock:
            if provider in self._made and self._made_from.get(provider) == recipe:
                return self._made[provider]
            if live and current is not None:
                assert self.connection is not None
                connector = live_provider(self.connection.live_settings(current, secret or None),
                                          min_interval=current.min_interval,
                                          timeout_seconds=current.timeout)
                log.info("%s: live connector for %s (pacing %.2f s, timeout %g s)", provider,
                         current.base_url, current.min_interval, current.timeout)
            else:
                connector = self._sandbox_connector(provider)
            if provider in self._made:
                self._retired.append(self._made[provider])  # an activity may still be using it
            self._made[provider], self._made_from[provider] = connector, recipe
            return connector

    def _sandbox_connector(self, provider: str) -> Provider:
        from workstation.providers.registry import provider_from_settings, sandbox_settings
        from workstation.sandbox.launcher import SandboxClock

        # The sandbox is on this machine: no need to pace calls as for a real gateway.
        base = self.base_url()
        extra = {"timeout": httpx.Timeout(self._timeout)} if self._timeout else {}
        return provider_from_settings(sandbox_settings(base, ProviderKind(provider)),
                                      min_interval=SANDBOX_PACE, clock=SandboxClock(base), **extra)

    def close(self) -> None:
        for connector in [*self._made.values(), *self._retired]:
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
    alerts: AlertService | None = None  # notifications until someone acknowledges them
    changes: ChangeFeed | None = None  # every write's change record (services/changes.py)
    people: PeopleService | None = None  # who may sign in here, with which role (services/people.py)
    platform: Platform = field(default_factory=LocalPlatform)  # this station, or an OT Box instance

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
    if config.is_sqlite:
        path = sqlite_path(config.db_url)
        if path is not None:  # SQLite made the file with the umask's mode; its -wal and -shm follow it
            for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                owner_only(part)
    return db


def sqlite_path(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


def _os_secret_store(data_dir: Path) -> SecretStore:
    """The OS keyring's store (or the owner-only file), made when a secret is first needed."""
    from workstation.services.keyring_store import make_secret_store

    return make_secret_store(data_dir)


def assemble(config: Config, db: Database, *, secrets: SecretStore | None = None,
             sandbox_url: str | None = None, clock=utcnow,  # type: ignore[no-untyped-def]
             connector_timeout: float | None = None, retention_days: int | None = None,
             maintenance: bool = True) -> Core:
    """Wire the services on an open database (tests call this with their own parts)."""
    actor = Actor.local()
    changes = ChangeFeed.attach(db, actor.workstation)  # before any service writes
    secrets = secrets or DeferredSecretStore(lambda: _os_secret_store(config.data_dir))
    settings = SettingsService(db, secrets, actor)
    sessions = SessionService(db, secrets, clock)
    connectors = Connectors(config, sandbox_url, connector_timeout,
                            connection=ConnectionService(db, secrets, actor))
    deps = PurchaseDeps(db=db, settings=settings, sessions=sessions, connector=connectors, actor=actor, clock=clock)
    # Syncs and bindings bring waybills and marketplace order numbers: waiting parcels are
    # matched right after each, whoever started it (this window, the CLI, a background tick).
    matching = MatchingService(db, clock)
    engine = {"booking": BookingHandler(deps), "sync": MatchAfter(SyncHandler(deps), matching),
              "binding": MatchAfter(BindHandler(deps), matching), "unbinding": UnbindHandler(deps)}
    # The platform: this station (its engine books), or an OT Box instance (its activities are
    # followed, the warehouse's changes sent); services/platform.py is the seam.
    platform = open_platform(db, secrets, actor, clock, matcher=matching.match_pending)
    handlers = platform.activity_handlers(engine)
    activities = ActivityService(db, handlers, owner=f"{socket.gethostname()}:{os.getpid()}", clock=clock)
    deps.reconciler = Reconciler(deps, activities)
    if maintenance:  # writes: never for a command that only reads (a read-only database works)
        activities.requeue_dead(pid_alive)
        retention_days = retention_days_from_env() if retention_days is None else retention_days
        purged = activities.purge(timedelta(days=retention_days))
        if purged:
            log.info("cleared %d finished activities older than %d days", purged, retention_days)
    purchase = PurchaseService(db, activities, sessions, settings, actor, platform)
    alerts = AlertService(db, actor, clock)
    background: BackgroundSync
    if isinstance(platform, OtPlatform):
        background = OtBackground(platform, activities, sessions=sessions, settings=settings, purchase=purchase,
                                  clock=clock, matcher=matching.match_pending, alerts=alerts, claim=db.claim)
    else:
        background = BackgroundSync(sessions, settings, activities, purchase, clock,
                                    refresher=lambda provider: connectors(provider).refresh,
                                    reconciler=deps.reconciler, matcher=matching.match_pending, alerts=alerts,
                                    claim=db.claim)
    orders = OrderService(db)
    return Core(config=config, db=db, orders=orders, settings=settings, sessions=sessions,
                activities=activities, purchase=purchase, connectors=connectors, secrets=secrets,
                background=background, receiving=ReceivingService(db, clock, outbox=platform.outbox),
                parcels=ParcelService(db, clock, outbox=platform.outbox), actor=actor,
                reconciler=deps.reconciler,
                scans=ScanService(db, orders, clock, matching=matching, look_further=platform.find_code),
                worklist=WorklistService(db, clock), alerts=alerts, changes=changes,
                people=PeopleService(db, clock), platform=platform)


def build_core(config: Config, *, console_log: bool = False, maintenance: bool = True,
               retention_days: int | None = None) -> Core:
    """Everything below the UI. Raises ConfigError or DatabaseProblem with plain messages.
    `maintenance=False` (read-only commands): no dead activities requeued, no retention purge.
    `retention_days`: the station's setting (services/upkeep.py); None: the environment's or 30."""
    ensure_data_dir(config)
    setup_logging(config.log_dir, console=console_log)
    warning = sqlite_version_warning() if config.is_sqlite else None
    if warning:
        log.warning(warning)
    db = open_database(config)
    log.info("database ready: %s", db.engine.url.render_as_string(hide_password=True))
    if retention_days is None and maintenance:  # the station's setting, for the window and the CLI alike
        from workstation.services.upkeep import startup_retention_days

        retention_days = startup_retention_days(config.data_dir / "workstation.ini")
    return assemble(config, db, maintenance=maintenance, retention_days=retention_days)
