"""Background synchronisation of one account is claimed across stations (issue 17): two
stations' background timers on one PostgreSQL, ticking at the same moment, start one sync per
account, not two. The claim is a PostgreSQL advisory lock (Database.claim); on SQLite the one
file serialises writers and the claim always succeeds."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.db import pg_database
from tests.helpers.engine import World, make_world, template_copier
from workstation.services.background import BackgroundSync, _always_ours
from workstation.store.database import Database

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    for url in pg_database():
        yield from make_world(tmp_path, url, migrated=template_copier(request))


def _station(world: World, claim) -> BackgroundSync:  # type: ignore[no-untyped-def]
    core = world.core
    return BackgroundSync(core.sessions, core.settings, core.activities, core.purchase, core.background._clock,  # type: ignore[attr-defined]
                          claim=claim)


def _race(world: World, stations: list[BackgroundSync], monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    for provider in ("1688", "taobao"):
        world.core.settings.set(provider, "background_sync", True)
    original = BackgroundSync._open_sync
    gate = threading.Barrier(len(stations))

    def slow_open_sync(self, provider, account):  # type: ignore[no-untyped-def]
        found = original(self, provider, account)
        time.sleep(0.15)  # the other station's check lands inside this one's window
        return found

    monkeypatch.setattr(BackgroundSync, "_open_sync", slow_open_sync)

    def tick(station: BackgroundSync) -> None:
        gate.wait(timeout=30)
        station.tick()

    threads = [threading.Thread(target=tick, args=(s,)) for s in stations]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    per_account: dict[str, int] = {}
    for info in world.core.activities.list(kind="sync", limit=100):
        per_account[info.account] = per_account.get(info.account, 0) + 1
    return per_account


def test_two_stations_ticking_at_once_start_one_sync_per_account(pg_world: World,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    db: Database = pg_world.core.db
    started = _race(pg_world, [_station(pg_world, db.claim), _station(pg_world, db.claim)], monkeypatch)
    accounts = {row.account for row in pg_world.core.sessions.list()}
    assert set(started) == accounts and set(started.values()) == {1}, started


def test_without_the_claim_the_same_race_starts_two(pg_world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The control: the race above is real (so the first test can fail)."""
    started = _race(pg_world, [_station(pg_world, _always_ours), _station(pg_world, _always_ours)], monkeypatch)
    assert max(started.values()) == 2, started


def test_a_claim_is_exclusive_and_released(pg_world: World) -> None:
    db = pg_world.core.db
    with db.claim("sync:1688:a") as first:
        assert first
        with db.claim("sync:1688:a") as second, db.claim("sync:1688:b") as other:
            assert not second and other
    with db.claim("sync:1688:a") as again:
        assert again
