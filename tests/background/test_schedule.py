"""Background synchronisation rules on a fake clock: interval, overlap, back-off, the setting,
token renewal before expiry and the "log in again" flag."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.helpers.background import Rig, renewing
from workstation.providers.base import AuthExpired, Token, TransportError
from workstation.services.background import SyncBusy, backoff
from workstation.services.sessions import SessionExpired


def test_each_valid_account_runs_on_its_providers_interval(rig: Rig) -> None:
    rig.login("1688", "buyer_a")
    rig.login("taobao", "buyer_tb", hours=24)
    rig.settings.set("taobao", "sync_interval_minutes", "60")
    assert sorted(rig.background.due()) == [("1688", "buyer_a"), ("taobao", "buyer_tb")]
    assert rig.tick_and_run() == ["finished", "finished"]
    assert rig.background.due() == [] and rig.background.tick() == []

    rig.clock.advance(minutes=29)
    assert rig.background.tick() == []
    rig.clock.advance(minutes=1)  # the default 30 minutes for 1688; Taobao is set to 60
    assert rig.background.due() == [("1688", "buyer_a")]
    assert rig.tick_and_run() == ["finished"]
    rig.clock.advance(minutes=30)
    assert sorted(rig.background.due()) == [("1688", "buyer_a"), ("taobao", "buyer_tb")]
    assert rig.handler.runs == ["buyer_a", "buyer_tb", "buyer_a"]


def test_the_interval_counts_from_the_last_recorded_sync(rig: Rig) -> None:
    rig.login("1688", "buyer_a")
    rig.sessions.record_sync("1688", "buyer_a", "by hand", None)  # e.g. "Start synchronisation" earlier
    rig.clock.advance(minutes=20)
    assert rig.background.tick() == []
    rig.clock.advance(minutes=10)
    assert len(rig.background.tick()) == 1


def test_a_run_never_overlaps_another_of_the_same_account(rig: Rig) -> None:
    rig.login("1688", "buyer_a")
    rig.login("1688", "buyer_b")
    first = rig.background.tick()
    assert len(first) == 2
    rig.clock.advance(hours=3)  # long past the interval, but both runs are still queued
    assert rig.background.due() == [] and rig.background.tick() == []
    with pytest.raises(SyncBusy, match="already queued"):
        rig.background.run_now("1688", "buyer_a")
    # one started elsewhere (the Purchase pane, another workstation) blocks too
    rig.run_all(first)
    other = rig.purchase.start_sync("buyer_b")
    rig.clock.advance(hours=1)
    assert [a for _p, a in rig.background.due()] == ["buyer_a"]
    rig.activities.run(other)


def test_run_now_ignores_the_interval_but_not_a_dead_session(rig: Rig) -> None:
    rig.login("1688", "buyer_a")
    rig.tick_and_run()
    rig.clock.advance(minutes=1)
    assert rig.background.tick() == []
    now_id = rig.background.run_now("1688", "buyer_a")
    assert rig.activities.run(now_id).state == "finished"
    rig.login("1688", "gone", refresh_token=None, hours=-1)
    with pytest.raises(SessionExpired, match="log in again"):
        rig.background.run_now("1688", "gone")


def test_a_failing_account_backs_off_exponentially_and_success_resets_it(rig: Rig) -> None:
    rig.login("1688", "buyer_a", hours=1000)
    rig.handler.failing.add("buyer_a")
    assert rig.tick_and_run() == ["failed"]
    waits = []
    for _ in range(8):
        minutes = 0
        while True:
            rig.clock.advance(minutes=1)
            minutes += 1
            started = rig.background.tick()  # also learns how the last run ended
            if started:
                break
        assert rig.run_all(started) == ["failed"]
        waits.append(minutes)
    assert waits == [1, 2, 4, 8, 16, 32, 60, 60]  # capped at an hour
    notices = rig.background.take_notices()
    assert len(notices) == 8 and all(n.kind == "failed" for n in notices)  # the 9th is not seen yet
    assert "the marketplace did not answer" in notices[0].message
    assert rig.background.notices()[0].kind == "failed"

    rig.handler.failing.clear()
    rig.clock.advance(minutes=60)
    assert rig.tick_and_run() == ["finished"]
    rig.clock.advance(minutes=5)
    rig.background.tick()  # learns of the success: back to the 30-minute interval
    assert rig.background.notices() == []
    rig.clock.advance(minutes=24)
    assert rig.background.tick() == []
    rig.clock.advance(minutes=1)
    assert len(rig.background.tick()) == 1


def test_backoff_steps() -> None:
    assert [int(backoff(n) / timedelta(minutes=1)) for n in range(10)] == [0, 1, 2, 4, 8, 16, 32, 60, 60, 60]


def test_an_operator_cancel_is_not_a_failure(rig: Rig) -> None:
    rig.login("1688", "buyer_a")
    [first] = rig.background.tick()
    rig.activities.cancel(first)
    rig.clock.advance(minutes=30)
    assert len(rig.background.tick()) == 1
    assert rig.background.take_notices() == []


def test_nothing_runs_when_background_sync_is_disallowed(rig: Rig) -> None:
    rig.login("1688", "buyer_a", hours=0.5)  # would even need renewing
    rig.login("taobao", "buyer_tb", hours=24)
    rig.settings.set("1688", "background_sync", "off")
    rig.refresh = renewing(rig.clock)
    assert rig.background.due() == [("taobao", "buyer_tb")]
    assert rig.tick_and_run() == ["finished"]
    rig.clock.advance(hours=5)
    rig.tick_and_run()
    assert "buyer_a" not in rig.handler.runs and rig.refreshes == []
    # "Start synchronisation" is a person's decision: it still runs
    assert rig.activities.run(rig.background.run_now("1688", "buyer_a")).state == "finished"


def test_a_token_that_runs_out_within_the_hour_is_renewed_first(rig: Rig) -> None:
    rig.login("1688", "buyer_a", hours=10)
    rig.refresh = renewing(rig.clock, hours=10)
    rig.tick_and_run()
    rig.clock.advance(hours=8, minutes=50)  # 70 minutes left: not yet
    rig.tick_and_run()
    assert rig.refreshes == []
    rig.clock.advance(minutes=20)  # 50 minutes left; the interval is not up (20 of 30 minutes)
    assert rig.tick_and_run() == []
    assert rig.refreshes == ["buyer_a"]
    row = rig.sessions.get("1688", "buyer_a")
    assert row.state == "valid" and row.expires_at == rig.clock() + timedelta(hours=10)
    assert rig.background.take_notices() == []


def test_without_a_refresh_the_account_is_flagged_once_and_skipped_when_expired(rig: Rig) -> None:
    rig.login("1688", "buyer_a", hours=2, refresh_token=None)
    rig.refresh = renewing(rig.clock)
    rig.tick_and_run()
    rig.clock.advance(hours=1, minutes=30)  # 30 minutes left, nothing to renew with
    assert rig.tick_and_run() == ["finished"]  # still valid: it still synchronises
    [notice] = rig.background.take_notices()
    assert (notice.kind, notice.message) == ("expiring", "buyer_a: log in again")
    rig.clock.advance(minutes=31)
    assert rig.background.tick() == []
    [notice] = rig.background.take_notices()
    assert notice.kind == "expired"
    for _ in range(5):  # reported once, never retried in a loop
        rig.clock.advance(hours=1)
        assert rig.background.tick() == []
    assert rig.background.take_notices() == [] and rig.refreshes == []
    assert rig.sessions.get("1688", "buyer_a").state == "expired"
    [flag] = rig.background.notices()
    assert flag.kind == "expired" and rig.handler.runs == ["buyer_a", "buyer_a"]


def test_a_refused_refresh_is_tried_once_and_a_new_login_clears_the_flag(rig: Rig) -> None:
    rig.login("1688", "buyer_a", hours=-1)  # already expired, refresh token still good

    def refuse(_token: Token) -> Token:
        raise AuthExpired("refresh token is invalid or expired")
    rig.refresh = refuse
    for _ in range(4):
        assert rig.background.tick() == []
        rig.clock.advance(minutes=30)
    assert rig.refreshes == ["buyer_a"]
    assert [n.kind for n in rig.background.take_notices()] == ["expired"]

    rig.login("1688", "buyer_a", hours=10)  # the person logged in again
    assert len(rig.background.tick()) == 1
    assert rig.background.notices() == []


def test_a_network_hiccup_while_renewing_is_retried_and_flags_nothing(rig: Rig) -> None:
    rig.login("1688", "buyer_a", hours=0.5)
    calls = []

    def flaky(token: Token) -> Token:
        calls.append(1)
        if len(calls) == 1:
            raise TransportError("connection reset", outcome_unknown=False)
        return renewing(rig.clock)(token)
    rig.refresh = flaky
    assert rig.tick_and_run() == ["finished"]  # still valid for 30 minutes: it runs anyway
    assert rig.sessions.get("1688", "buyer_a").state == "expiring"
    rig.clock.advance(minutes=1)
    rig.background.tick()
    assert rig.sessions.get("1688", "buyer_a").state == "valid"
    assert rig.background.take_notices() == [] and len(calls) == 2


def test_the_snapshot_says_what_needs_a_person(rig: Rig) -> None:
    rig.login("1688", "ok_buyer")
    rig.login("1688", "failing_buyer")
    rig.login("taobao", "expired_tb", hours=-2, refresh_token=None)
    rig.handler.failing.add("failing_buyer")
    rig.tick_and_run()
    rig.clock.advance(minutes=1)
    rig.background.tick()
    by_account = {a.account: a for a in rig.background.snapshot().accounts}
    assert by_account["ok_buyer"].problem == "" and by_account["ok_buyer"].last_sync_at == rig.clock() - \
        timedelta(minutes=1)
    assert by_account["ok_buyer"].next_run_at == rig.clock() + timedelta(minutes=29)
    assert by_account["failing_buyer"].problem == "failed"
    assert "did not answer" in by_account["failing_buyer"].detail
    assert by_account["expired_tb"].problem == "expired" and by_account["expired_tb"].next_run_at is None
    assert {n.account for n in rig.background.notices()} == {"failing_buyer", "expired_tb"}


def test_one_broken_provider_does_not_stop_the_others(rig: Rig) -> None:
    rig.login("1688", "buyer_a", hours=0.5)  # needs renewing
    rig.login("taobao", "buyer_tb", hours=24)

    def broken(_token: Token) -> Token:
        raise RuntimeError("connector misconfigured")
    rig.refresh = broken
    assert rig.tick_and_run() == ["finished"]
    assert rig.handler.runs == ["buyer_tb"]
