"""The OT platform: an OT Box instance keeps the orders and buys them; this station mirrors them.

`OtPlatform` is the OT half of the seam in `services/platform.py`. It is made of the parts in
this package, each with its own module and tests:

- `link.py` (`OtLinkService`): the instance this database is connected to, its credentials;
- `mirror.py` (`Mirror`): the local copy of the instance's orders and lines, with OT's ids;
- `remote.py` (`RemoteActivities`): booking, sync, binding and unbinding are the instance's
  Run* activities, followed and relayed into the ordinary local activities;
- `outbox.py` (`OtOutbox`): the warehouse's receipts, parcels and waybill corrections, sent to
  the platform with retries, kept with the platform's reason when it refuses;
- `sessions.py` (`OtSessions`): the provider sessions are the instance's.

`OtBackground` is what the window's background timer ticks in OT mode: the mirror refresh, the
outbox, questions answered on the platform's own pages, and the sessions list; the platform
synchronises its accounts itself, so nothing here starts a synchronisation unasked.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from workstation.services.background import BackgroundSync
from workstation.services.sessions import SessionRow

if TYPE_CHECKING:
    from workstation.services.activities import ActivityService, Handler
    from workstation.services.otmode.link import OtLinkService
    from workstation.services.otmode.mirror import Mirror
    from workstation.services.otmode.outbox import OtOutbox
    from workstation.services.otmode.remote import RemoteActivities
    from workstation.services.otmode.sessions import OtSessions

log = logging.getLogger(__name__)

REFRESH_SECONDS = 60  # the mirror's incremental refresh
FULL_REFRESH_SECONDS = 6 * 3600  # every order's details read again
SESSIONS_SECONDS = 600  # the provider sessions list read again


class OtPlatform:
    """An OT Box instance as the platform (see the module's docstring)."""

    name = "ot"
    is_remote = True
    needs_warehouse_address = False  # the instance's own settings hold its warehouses

    def __init__(self, link: OtLinkService, mirror: Mirror, remote: RemoteActivities, outbox: OtOutbox,
                 sessions: OtSessions):
        self.link = link
        self.mirror = mirror
        self.remote = remote
        self._outbox = outbox
        self.sessions = sessions

    @property
    def outbox(self) -> OtOutbox:
        return self._outbox

    def activity_handlers(self, engine: dict[str, Handler]) -> dict[str, Handler]:
        return {**engine, **self.remote.handlers()}

    def catch_up(self) -> None:
        """What "Refresh" does: the outbox sent, the sessions and the mirror read again (raises
        the first failure, with the link's clear message)."""
        self._outbox.drain(at_once=True)
        self.sessions.refresh()
        self.mirror.refresh()

    def find_code(self, code: str) -> list[str]:
        """A code the mirror does not know, asked of the platform (SearchOrderLines); the ids of
        the orders it brought into the mirror."""
        return self.mirror.find_code(code)

    def describe(self) -> dict[str, Any]:
        status = self.link.status()
        if status is None:
            return {"platform": "ot", "connected": False}
        counts = self._outbox.counts()
        return {"platform": "ot", "connected": True, "url": status.base_url, "instance_key": status.instance_key,
                "operator": status.operator, "last_refresh_at": status.last_refresh_at,
                "last_error": status.last_error,
                "unsent": sum(n for state, n in counts.items() if state != "sent")}


class OtBackground(BackgroundSync):
    """The background round in OT mode (the window's BackgroundSyncTimer ticks it every minute).

    Each round, each part in its own try (one broken part does not stop the others): the
    outbox is drained; the mirror is refreshed when due (every `refresh_seconds`, all details
    every `full_seconds`), then waiting parcels are matched against what it brought; local
    questions the platform moved past are settled; the sessions list is read again when due.
    "Start synchronisation" (`run_now`) starts the platform's synchronisation of the account,
    followed like any remote activity. Tokens are the platform's: nothing is renewed here."""

    def __init__(self, platform: OtPlatform, activities: ActivityService, *, sessions: Any, settings: Any,
                 purchase: Any, clock: Callable[[], datetime], matcher: Callable[[], Any] | None = None,
                 alerts: Any | None = None, claim: Any | None = None,
                 refresh_seconds: float = REFRESH_SECONDS, full_seconds: float = FULL_REFRESH_SECONDS,
                 sessions_seconds: float = SESSIONS_SECONDS):
        super().__init__(sessions, settings, activities, purchase, clock, matcher=matcher, alerts=alerts,
                         claim=claim)
        self.platform = platform
        self._refresh_every = timedelta(seconds=refresh_seconds)
        self._full_every = timedelta(seconds=full_seconds)
        self._sessions_every = timedelta(seconds=sessions_seconds)
        self._last_refresh: datetime | None = None
        self._last_full: datetime | None = None
        self._last_sessions: datetime | None = None
        self._round = threading.Lock()  # one round at a time, whoever calls

    def tick(self, now: datetime | None = None) -> list[str]:
        now = now or self._clock()
        with self._round:
            self._step("sending the outbox", lambda: self.platform.outbox.drain())
            if self._last_sessions is None or now - self._last_sessions >= self._sessions_every:
                self._step("reading the provider sessions", self.platform.sessions.refresh)
                self._last_sessions = now
            if self._last_refresh is None or now - self._last_refresh >= self._refresh_every:
                full = self._last_full is None or now - self._last_full >= self._full_every
                if self._step("refreshing the mirror", lambda: self._refresh_mirror(full)):
                    self._last_refresh = now
                    if full:
                        self._last_full = now
            self._step("settling questions answered on the platform",
                       lambda: self.platform.remote.settle_waiting(self._activities))
            self.match_unmatched()
        return []

    def _refresh_mirror(self, full: bool) -> None:
        """A refresh that ended early (the platform out of reach) is not done: the next round
        tries again, and a full one stays due."""
        from workstation.services.errors import UserFacingError

        result = self.platform.mirror.refresh(full=full)
        if result.error:
            raise UserFacingError(result.error)

    def _keep_alive(self, row: SessionRow, now: datetime) -> SessionRow:
        return row  # the platform keeps its provider sessions

    @staticmethod
    def _step(what: str, op: Callable[[], Any]) -> bool:
        started = time.monotonic()
        try:
            op()
        except Exception as exc:  # each part is tried again next round; the link records why
            log.warning("OT mode: %s failed: %s", what, exc, exc_info=not _is_expected(exc))
            return False
        log.debug("OT mode: %s took %.2f s", what, time.monotonic() - started)
        return True


def _is_expected(exc: BaseException) -> bool:
    from workstation.services.errors import UserFacingError

    return isinstance(exc, UserFacingError)


def after_remote(mirror: Mirror) -> Callable[[str, Sequence[str]], None]:
    """What follows a finished remote activity: its orders are read again (a sync: every open
    order's turn as usual). The mirror matches waiting parcels against what that brings
    (`after_refresh`)."""

    def finished(kind: str, order_ids: Sequence[str]) -> None:
        try:
            if order_ids:
                mirror.refresh_orders(list(order_ids))
            else:
                mirror.refresh()
        except Exception as exc:  # noqa: BLE001 - the next background round refreshes again
            log.warning("OT mode: refreshing the mirror after a %s failed: %s", kind, exc)

    return finished


def open_platform(db: Any, secrets: Any, actor: Any, clock: Callable[[], datetime],
                  matcher: Callable[[], Any] | None = None) -> Any:
    """The platform this database works with: `LocalPlatform`, or `OtPlatform` when the
    database is connected to an OT Box instance (`workstation-cli otapi connect`, or Settings →
    Order source). One indexed read; nothing is asked of the network here."""
    from sqlalchemy import select

    from workstation.services.platform import LocalPlatform
    from workstation.store.models import OtLink

    with db.read() as s:  # the OT package is imported only by a station in OT mode
        if s.scalar(select(OtLink.id).limit(1)) is None:
            return LocalPlatform()
    from workstation.services.otmode.link import OtLinkService

    link = OtLinkService(db, secrets, actor, clock)
    from workstation.services.otmode.mirror import Mirror
    from workstation.services.otmode.outbox import OtOutbox
    from workstation.services.otmode.remote import RemoteActivities
    from workstation.services.otmode.sessions import OtSessions

    outbox = OtOutbox(db, link, clock)
    mirror = Mirror(db, link, clock, unsent_lines=outbox.unsent_lines,
                    after_refresh=(lambda _ids: matcher()) if matcher is not None else None)
    remote = RemoteActivities(db, link, clock, on_finished=after_remote(mirror))
    return OtPlatform(link, mirror, remote, outbox, OtSessions(db, link, clock))
