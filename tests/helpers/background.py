"""A rig for background synchronisation on a real database with a fake clock and a scripted
sync handler (no network): our side's time is ours to move."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest

from tests.helpers.db import FIXED_NOW
from tests.helpers.engine import world  # noqa: F401 - the fixture, re-exported
from workstation.providers.base import Token
from workstation.services.activities import ActivityService, Context
from workstation.services.audit import Actor
from workstation.services.background import BackgroundSync
from workstation.services.errors import UserFacingError
from workstation.services.purchase.service import PurchaseService
from workstation.services.secrets import MemorySecretStore
from workstation.services.sessions import SessionService
from workstation.services.settings import SettingsService
from workstation.store.database import Database


class FakeClock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


class ScriptedSync:
    """The sync handler: an account in `failing` fails its run; otherwise the run records a result."""

    def __init__(self, sessions: SessionService):
        self.sessions = sessions
        self.failing: set[str] = set()
        self.runs: list[str] = []

    def run(self, ctx: Context) -> None:
        account = ctx.activity.account
        self.runs.append(account)
        if account in self.failing:
            raise UserFacingError("the marketplace did not answer")
        summary = f"run {len(self.runs)}: 0 order(s) read"
        ctx.info(summary, key="summary")
        self.sessions.record_sync(ctx.activity.provider, account, summary, None)


@dataclass
class Rig:
    clock: FakeClock
    sessions: SessionService
    settings: SettingsService
    activities: ActivityService
    purchase: PurchaseService
    handler: ScriptedSync
    refreshes: list[str] = field(default_factory=list)
    refresh: Callable[[Token], Token] | None = None
    background: BackgroundSync = field(init=False)

    def __post_init__(self) -> None:
        self.background = BackgroundSync(self.sessions, self.settings, self.activities, self.purchase,
                                         self.clock, refresher=lambda _provider: self._refresh)

    def _refresh(self, token: Token) -> Token:
        self.refreshes.append(token.account)
        assert self.refresh is not None
        return self.refresh(token)

    def login(self, provider: str, account: str, *, hours: float = 10, refresh_days: float | None = 30,
              refresh_token: str | None = "r-1") -> None:
        now = self.clock()
        self.sessions.store(provider, Token(
            f"a-{account}-{now.timestamp()}", refresh_token, now + timedelta(hours=hours),
            now + timedelta(days=refresh_days) if refresh_days is not None else None, account))

    def run_all(self, ids: list[str]) -> list[str]:
        return [self.activities.run(i).state for i in ids]

    def tick_and_run(self) -> list[str]:
        return self.run_all(self.background.tick())


def renewing(clock: FakeClock, hours: float = 10) -> Callable[[Token], Token]:
    def refresh(token: Token) -> Token:
        return Token(f"renewed-{clock().timestamp()}", None, clock() + timedelta(hours=hours), None,
                     token.account)
    return refresh


@pytest.fixture
def rig(sqlite_db: Database) -> Rig:
    clock = FakeClock(FIXED_NOW)
    secrets = MemorySecretStore()
    actor = Actor("tester", "bench")
    sessions = SessionService(sqlite_db, secrets, clock)
    settings = SettingsService(sqlite_db, secrets, actor)
    handler = ScriptedSync(sessions)
    activities = ActivityService(sqlite_db, {"sync": handler}, owner="test:1", clock=clock)
    purchase = PurchaseService(sqlite_db, activities, sessions, settings, actor)
    return Rig(clock, sessions, settings, activities, purchase, handler)
