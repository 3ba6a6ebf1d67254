"""Background synchronisation against the sandbox marketplace, on the sandbox clock: a session
expires, is renewed where the platform allows it, synchronisation resumes; a dead one is skipped
and flagged once. Our side reads the same clock as the marketplace (as the app does)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from tests.helpers.engine import ACCOUNT, SECOND, World, plain_items
from workstation.domain import statuses as st
from workstation.services.background import BackgroundSync
from workstation.services.sessions import SessionService


def sandbox_clock(world: World) -> Callable[[], datetime]:
    return lambda: datetime.fromtimestamp(world.market.now(), UTC)


def background_on_sandbox_time(world: World) -> tuple[BackgroundSync, SessionService]:
    clock = sandbox_clock(world)
    sessions = SessionService(world.core.db, world.core.secrets, clock)
    background = BackgroundSync(sessions, world.core.settings, world.core.activities, world.core.purchase,
                                clock, refresher=lambda provider: world.core.connectors(provider).refresh)
    return background, sessions


def run(world: World, ids: list[str]) -> dict[str, str]:
    """account -> end state of each started run."""
    ended = {}
    for activity_id in ids:
        info = world.core.purchase.run(activity_id)
        ended[info.account] = info.state
    return ended


def test_expiry_renewal_resumption_and_the_dead_session_flag(world: World) -> None:
    background, sessions = background_on_sandbox_time(world)
    item = plain_items("1688")[0]
    oid = world.add_order("1688", [(item, 0, 1, None)])
    booked = world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
    assert booked.state == "finished", [s.message for s in booked.steps]

    first = run(world, background.tick())
    assert set(first) == {ACCOUNT["1688"], SECOND["1688"], ACCOUNT["taobao"], SECOND["taobao"]}
    assert set(first.values()) == {"finished"}
    old_expiry = sessions.get("1688", ACCOUNT["1688"]).expires_at

    # past the 1688 access token's 10 hours: expired on the sandbox clock, renewed by its refresh token
    world.market.pay(world.lines(oid)[0].vend_purch_id, "1688")
    world.market.advance(11)
    assert sessions.get("1688", ACCOUNT["1688"]).state == "expired"
    resumed = run(world, background.tick())
    assert resumed[ACCOUNT["1688"]] == "finished"
    renewed = sessions.get("1688", ACCOUNT["1688"])
    assert renewed.state == "valid" and renewed.expires_at > old_expiry
    assert world.lines(oid)[0].status == st.PURCHASED  # synchronisation resumed and did its work
    assert background.take_notices() == []
    # Taobao's 24-hour tokens still had 13 hours: synchronised without renewing
    assert sessions.get("taobao", ACCOUNT["taobao"]).state == "valid"

    # past every refresh token (1688: half a year, Taobao: 30 days): skipped and flagged, once
    world.market.advance(24 * 400)
    assert background.tick() == []
    notices = background.take_notices()
    assert {(n.account, n.kind) for n in notices} == {
        (ACCOUNT["1688"], "expired"), (SECOND["1688"], "expired"),
        (ACCOUNT["taobao"], "expired"), (SECOND["taobao"], "expired")}
    assert f"{ACCOUNT['1688']}: log in again" in {n.message for n in notices}
    assert sessions.get("1688", ACCOUNT["1688"]).state == "expired"
    world.market.advance(1)
    assert background.tick() == [] and background.take_notices() == []  # not retried in a loop
    snapshot = {a.account: a for a in background.snapshot().accounts}
    assert snapshot[ACCOUNT["1688"]].problem == "expired"


def test_disallowed_background_sync_runs_nothing_on_the_sandbox(world: World) -> None:
    background, _sessions = background_on_sandbox_time(world)
    world.core.settings.set("1688", "background_sync", "off")
    world.core.settings.set("taobao", "background_sync", "off")
    world.market.advance(11)
    assert background.due() == [] and background.tick() == []
    assert world.core.activities.list(kind="sync") == []
