"""Background synchronisation: which accounts are due, tokens renewed before they run out,
back-off after failures, never two runs of one account at once. Plain Python, no Qt.

Thread-safe: `tick`, `run_now` and `snapshot` may be called from any worker; one lock keeps
the check "no open sync of this account" and the creation of the next one together.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from workstation.providers.base import ProviderError, Token
from workstation.services.activities import (
    ABORTED,
    FAILED,
    FINISHED,
    FINISHED_WITH_ERRORS,
    OPEN_STATES,
    WAITING,
    ActivityInfo,
    ActivityService,
)
from workstation.services.errors import UserFacingError
from workstation.services.sessions import EXPIRED, SessionExpired, SessionRow, SessionService
from workstation.services.settings import ProviderSettings, SettingsService

log = logging.getLogger(__name__)

REFRESH_WITHIN = timedelta(hours=1)  # "expiring within an hour", as the session list says
BACKOFF_MINUTES = (1, 2, 4, 8, 16, 32, 60)  # after the 1st, 2nd, ... failure in a row; capped

Clock = Callable[[], datetime]
Refresher = Callable[[str], Callable[[Token], Token] | None]  # provider -> its refresh, or None


class StartsSync(Protocol):
    def start_sync(self, account: str) -> str: ...


class Reconciles(Protocol):
    def run(self) -> Any: ...
    def attention(self) -> tuple[int, tuple[str, ...]]: ...


class SyncBusy(UserFacingError):
    """A synchronisation of this account is already queued, running or waiting."""


@dataclass(frozen=True)
class Notice:
    """Something a person must do or know about one account."""

    provider: str
    account: str
    kind: str  # expired (log in again) / expiring (refresh impossible) / failed (sync failed)
    message: str


@dataclass(frozen=True)
class AccountStatus:
    provider: str
    account: str
    session_state: str  # valid / expiring / expired
    last_sync_at: datetime | None
    last_sync_result: str
    run_state: str  # state of the newest sync activity of the account, "" when none
    problem: str  # "" / expired / expiring / failed / waiting
    detail: str  # the notice text, or the last result
    next_run_at: datetime | None  # when background synchronisation will next start it

    @property
    def needs_person(self) -> bool:
        return bool(self.problem)


@dataclass(frozen=True)
class StatusSnapshot:
    accounts: tuple[AccountStatus, ...]
    waiting: int  # activities of any kind waiting for an operator's answer
    at: datetime
    unknown: int = 0  # marketplace orders sent without an outcome yet (being looked up)
    alarms: tuple[str, ...] = ()  # possible duplicate purchases, lines bought above the rule
    notices: int = 0  # open notifications that are not money alarms (a cancelled line, a session)


@dataclass
class _Track:
    """What this workstation remembers about one account between ticks."""

    last_started: datetime | None = None
    activity_id: str | None = None
    failures: int = 0
    retry_at: datetime | None = None
    failure: str = ""
    refusal_for: datetime | None = None  # the token expiry for which renewing was refused
    refusal: str = ""
    refusal_kind: str = ""  # expiring / expired: an expiring one is flagged again once it expires


@contextlib.contextmanager
def _always_ours(_name: str) -> Iterator[bool]:
    yield True


def backoff(failures: int) -> timedelta:
    """Wait before the next try after `failures` failed runs in a row."""
    if failures <= 0:
        return timedelta(0)
    return timedelta(minutes=BACKOFF_MINUTES[min(failures, len(BACKOFF_MINUTES)) - 1])


class BackgroundSync:
    def __init__(self, sessions: SessionService, settings: SettingsService, activities: ActivityService,
                 purchase: StartsSync, clock: Clock, *, refresher: Refresher | None = None,
                 refresh_within: timedelta = REFRESH_WITHIN, reconciler: Reconciles | None = None,
                 matcher: Callable[[], Any] | None = None, alerts: Any | None = None,
                 claim: Callable[[str], Any] | None = None):
        self._sessions = sessions
        self._settings = settings
        self._activities = activities
        self._purchase = purchase
        self._clock = clock
        self._refresher = refresher or (lambda _provider: None)
        self._within = refresh_within
        self._reconciler = reconciler
        self._matcher = matcher  # pairs unmatched parcels with waybills any station's sync wrote
        self._alerts = alerts  # services.alerts.AlertService: notices kept until acknowledged
        # Database.claim: "no open sync of this account" checked and the next one created under a
        # claim that holds across stations (a PostgreSQL advisory lock), not only in this process
        self._claim = claim or _always_ours
        self._tracks: dict[tuple[str, str], _Track] = {}
        self._new: list[Notice] = []
        self._lock = threading.RLock()

    # ------------------------------------------------------------ public

    def due(self, now: datetime | None = None) -> list[tuple[str, str]]:
        """Accounts the next tick would start, without changing anything (no refresh either)."""
        now = now or self._clock()
        with self._lock:
            allowed = self._allowed()
            return [(r.provider, r.account) for r in self._sessions.list()
                    if allowed.get(r.provider) and self._is_due(r, allowed[r.provider], now)
                    and self._open_sync(r.provider, r.account) is None]

    def tick(self, now: datetime | None = None) -> list[str]:
        """One round: learn how the last runs ended, renew tokens that run out within the hour,
        and create a sync activity for every due account. The ids of the new activities."""
        now = now or self._clock()
        started: list[str] = []
        with self._lock:
            self._observe(now)
            allowed = self._allowed()
            for row in self._sessions.list():
                settings = allowed.get(row.provider)
                if settings is None:
                    continue  # background synchronisation disallowed: nothing at all runs
                try:
                    activity_id = self._tick_one(row, settings, now)
                except UserFacingError as exc:  # e.g. the account was forgotten meanwhile
                    log.warning("background sync of %s not started: %s", row.account, exc)
                    continue
                except Exception:  # one broken account or provider must not stop the others
                    log.exception("background sync of %s/%s failed", row.provider, row.account)
                    continue
                if activity_id is not None:
                    started.append(activity_id)
        self.reconcile()
        self.match_unmatched()
        return started

    def match_unmatched(self) -> None:
        """Each tick: waybills another station's sync wrote to the shared database meet the
        parcels waiting here (this process's own syncs match right after they run)."""
        if self._matcher is None:
            return
        try:
            self._matcher()
        except Exception:  # a broken match must not stop synchronisation; the next tick retries
            log.exception("matching unmatched parcels failed")

    def reconcile(self) -> None:
        """Look up the orders whose outcome is unknown and due for a look-up (each tick)."""
        if self._reconciler is None:
            return
        try:
            report = self._reconciler.run()
        except Exception:  # a broken look-up must not stop synchronisation
            log.exception("reconciliation round failed")
            return
        for message in report.alarms:
            self._raise(Notice("", "", "alarm", message))

    def _tick_one(self, row: SessionRow, settings: ProviderSettings, now: datetime) -> str | None:
        row = self._keep_alive(row, now)
        if row.state == EXPIRED:
            return None
        if not self._is_due(row, settings, now):
            return None
        with self._claim(f"sync:{row.provider}:{row.account}") as ours:
            if not ours or self._open_sync(row.provider, row.account):
                return None  # another station is starting it this moment, or it runs already
            return self._start(row, now)

    def run_now(self, provider: str, account: str, now: datetime | None = None) -> str:
        """"Start synchronisation": one run now, whatever the interval and back-off say, but never
        beside another open run of the account (SyncBusy) nor on a dead session (SessionExpired)."""
        now = now or self._clock()
        with self._lock:
            self._observe(now)
            track = self._track(provider, account)
            track.refusal_for = None  # a person asked: try renewing again
            row = self._keep_alive(self._sessions.get(provider, account), now)
            if row.state == EXPIRED:
                raise SessionExpired(f"The session of {account} on {provider} has expired; log in again.")
            with self._claim(f"sync:{provider}:{account}") as ours:
                if not ours:
                    raise SyncBusy(f"Another station is starting a synchronisation of {account} right now.")
                busy = self._open_sync(provider, account)
                if busy is not None:
                    raise SyncBusy(f"A synchronisation of {account} is already {busy.state}.")
                return self._start(row, now)

    def take_notices(self) -> list[Notice]:
        """Notices raised since the last call, each once (the timer turns them into signals)."""
        with self._lock:
            new, self._new = self._new, []
            return new

    def notices(self, now: datetime | None = None) -> list[Notice]:
        """Everything that needs a person now, one notice per account at most."""
        return [Notice(a.provider, a.account, a.problem, a.detail)
                for a in self.snapshot(now).accounts if a.problem in ("expired", "expiring", "failed")]

    def snapshot(self, now: datetime | None = None) -> StatusSnapshot:
        """Per account: the last sync, its result and what needs a person (for the status bar)."""
        now = now or self._clock()
        # No lock: a tick may hold it through a slow token renewal, and this only reads.
        allowed = self._allowed()
        accounts = []
        for row in self._sessions.list():
            newest = self._activities.list(kind="sync", account=row.account, limit=5)
            run = next((a for a in newest if a.provider == row.provider), None)
            accounts.append(self._status(row, run, allowed.get(row.provider), now))
        waiting = len(self._activities.list(states=(WAITING,)))
        unknown, alarms = self._reconciler.attention() if self._reconciler is not None else (0, ())
        notices = self._alerts.counts()[1] if self._alerts is not None else 0
        return StatusSnapshot(tuple(accounts), waiting, now, unknown, alarms, notices)

    # ------------------------------------------------------------ rules

    def _allowed(self) -> dict[str, ProviderSettings]:
        """Settings of the providers whose background synchronisation is allowed."""
        found: dict[str, ProviderSettings] = {}
        for provider in {r.provider for r in self._sessions.list()}:
            settings = self._settings.get(provider)
            if settings.background_sync:
                found[provider] = settings
        return found

    def _next_run(self, row: SessionRow, settings: ProviderSettings, now: datetime) -> datetime:
        track = self._tracks.get((row.provider, row.account)) or _Track()
        if track.failures and track.retry_at is not None:
            return track.retry_at  # back-off replaces the interval until a run succeeds
        last = max((t for t in (track.last_started, row.last_sync_at) if t is not None), default=None)
        return now if last is None else last + timedelta(minutes=settings.sync_interval_minutes)

    def _is_due(self, row: SessionRow, settings: ProviderSettings, now: datetime) -> bool:
        return row.state != EXPIRED and self._next_run(row, settings, now) <= now

    def _open_sync(self, provider: str, account: str) -> ActivityInfo | None:
        open_runs = self._activities.list(states=OPEN_STATES, kind="sync", account=account)
        return next((a for a in open_runs if a.provider == provider), None)

    def _start(self, row: SessionRow, now: datetime) -> str:
        activity_id = self._purchase.start_sync(row.account)
        track = self._track(row.provider, row.account)
        track.last_started, track.activity_id = now, activity_id
        log.info("background sync of %s/%s started: %s", row.provider, row.account, activity_id)
        return activity_id

    def _keep_alive(self, row: SessionRow, now: datetime) -> SessionRow:
        """Renew the token when it runs out within the hour; flag the account once when it can't."""
        if row.state != EXPIRED and row.expires_at - now > self._within:
            return row
        track = self._track(row.provider, row.account)
        if track.refusal_for == row.expires_at and (track.refusal_kind == EXPIRED or row.state != EXPIRED):
            return row  # refused for this very token already: reported once, never retried in a loop
        try:
            return self._sessions.refresh_if_expiring(row.provider, row.account,
                                                      self._refresher(row.provider), self._within)
        except SessionExpired as exc:
            after = self._sessions.get(row.provider, row.account)
            kind = "expired" if after.state == EXPIRED else "expiring"
            reason = f"log in again: {getattr(exc, 'reason', exc)}"
            track.refusal_for, track.refusal, track.refusal_kind = after.expires_at, reason, kind
            self._raise(Notice(row.provider, row.account, kind, f"{row.account}: log in again"))
            if self._alerts is not None:
                try:
                    self._alerts.session_refused(row.provider, row.account, after.expires_at,
                                                 str(getattr(exc, "reason", exc)))
                except Exception:  # the notice above still reaches the window
                    log.exception("the notification for %s could not be stored", row.account)
            return after
        except ProviderError as exc:  # transient: try again at the next tick
            log.warning("renewing the session of %s failed for now: %s", row.account, exc)
            return row

    def _observe(self, now: datetime) -> None:
        """How did the runs we started end? Success resets the back-off, failure doubles it."""
        for (provider, account), track in self._tracks.items():
            if track.activity_id is None:
                continue
            try:
                info = self._activities.get(track.activity_id)
            except UserFacingError:  # purged or deleted: nothing to learn
                track.activity_id = None
                continue
            if not info.is_finished:
                continue
            track.activity_id = None
            if info.state == ABORTED:
                continue  # the operator cancelled it: not the account's fault
            if self._succeeded(info, provider, account):
                track.failures, track.retry_at, track.failure = 0, None, ""
                continue
            if self._sessions.get(provider, account).state == EXPIRED:
                continue  # the session died during the run: the expiry flag says it, not a back-off
            track.failures += 1
            # counted from the run's end (the same clock in the app); our own "now" if it is odd
            ended = info.finished_at if info.finished_at is not None and info.finished_at <= now else now
            track.retry_at = ended + backoff(track.failures)
            reason = info.errors[-1].message if info.errors else info.state
            track.failure = reason
            minutes = int(backoff(track.failures).total_seconds() // 60)
            self._raise(Notice(provider, account, "failed",
                               f"{account}: synchronisation failed ({reason}); next try in {minutes} min"))

    def _succeeded(self, info: ActivityInfo, provider: str, account: str) -> bool:
        if info.state == FINISHED:
            return True
        if info.state == FINISHED_WITH_ERRORS:
            # Errors on single orders still end with the run's summary recorded on the session.
            result = self._sessions.get(provider, account).last_sync_result
            full = self._activities.get(info.id)
            return bool(result) and any(s.type == "information" and s.message == result for s in full.steps)
        return False

    def _status(self, row: SessionRow, run: ActivityInfo | None, settings: ProviderSettings | None,
                now: datetime) -> AccountStatus:
        track = self._tracks.get((row.provider, row.account)) or _Track()  # read only: no setdefault
        problem, detail = "", row.last_sync_result
        if row.state == EXPIRED:
            problem, detail = "expired", track.refusal or "session expired: log in again"
        elif track.refusal_for == row.expires_at and track.refusal:
            problem, detail = "expiring", track.refusal
        elif track.failures or (run is not None and run.state == FAILED):
            problem = "failed"
            detail = track.failure or (run.errors[-1].message if run and run.errors else "failed")
        elif run is not None and run.state == WAITING:
            problem, detail = "waiting", "waiting for an answer"
        next_run = self._next_run(row, settings, now) if settings and row.state != EXPIRED else None
        return AccountStatus(row.provider, row.account, row.state, row.last_sync_at, row.last_sync_result,
                             run.state if run else "", problem, detail, next_run)

    def _track(self, provider: str, account: str) -> _Track:
        return self._tracks.setdefault((provider, account), _Track())

    def _raise(self, notice: Notice) -> None:
        log.warning("needs a person: %s", notice.message)
        self._new.append(notice)
