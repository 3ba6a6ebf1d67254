"""Notifications (issue 15, points 6 and "Alerts"): a line cancelled by synchronisation and a
session that can no longer be renewed are kept until a person acknowledges them, shown in the
Activities pane and counted in the status bar; money alarms keep their own exit code, notices
never make one."""

from __future__ import annotations

import json

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.engine.test_sync_bind import booked_order, sync
from tests.helpers.background import Rig, renewing, rig  # noqa: F401 - the fixture
from tests.helpers.engine import ACCOUNT, World
from workstation.domain import statuses as st
from workstation.runner.activities import ActivityRunner
from workstation.runner.tasks import TaskRunner
from workstation.services.alerts import LINE_CANCELLED, SESSION_EXPIRING, AlertService
from workstation.services.audit import Actor
from workstation.services.background import BackgroundSync
from workstation.store.models import AuditEntry
from workstation.ui.panes.activities.pane import ActivitiesPane
from workstation.ui.statusbar import summary_html


def test_a_line_cancelled_by_sync_is_a_notification_until_acknowledged(world: World) -> None:
    alerts = world.core.alerts
    assert alerts is not None
    oid = booked_order(world, "taobao")
    world.market.advance(73)  # left unpaid: the marketplace closes the order after three days
    info = sync(world, "taobao")
    assert {li.status for li in world.lines(oid)} == {st.CANCELLED}
    assert any("cancelled (see the notifications)" in s.message for s in info.steps)
    found = alerts.open()
    assert [a.kind for a in found] == [LINE_CANCELLED, LINE_CANCELLED]
    assert {(a.order_id, a.line_num) for a in found} == {(oid, 1), (oid, 2)}
    assert all(a.account == ACCOUNT["taobao"] and "tell the customer" in a.message for a in found)
    assert alerts.counts() == (0, 2)
    # a notice is no money alarm: the status bar's red entry and the CLI's exit code ignore it
    assert world.core.reconciler is not None and world.core.reconciler.attention()[1] == ()
    # synchronising again raises nothing new
    sync(world, "taobao")
    assert len(alerts.open()) == 2

    assert alerts.acknowledge([found[0].id]) == 1
    assert alerts.acknowledge([found[0].id]) == 0  # acknowledged already: nothing twice
    assert [a.id for a in alerts.open()] == [found[1].id]
    with world.core.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "alarm.resolve")).one()
    assert entry.entity_id == str(found[0].id) and entry.actor and entry.workstation
    assert json.loads(entry.old_json)["kind"] == LINE_CANCELLED


def test_a_session_that_cannot_be_renewed_is_one_notification_per_token(rig: Rig) -> None:  # noqa: F811
    alerts = AlertService(rig.sessions._db, Actor("tester", "bench"), rig.clock)  # type: ignore[attr-defined]
    background = BackgroundSync(rig.sessions, rig.settings, rig.activities, rig.purchase, rig.clock,
                                refresher=lambda _provider: rig._refresh, alerts=alerts)
    rig.login("1688", "buyer_a", hours=2, refresh_token=None)
    rig.refresh = renewing(rig.clock)
    background.tick()
    assert alerts.open() == []
    rig.clock.advance(hours=1, minutes=30)  # 30 minutes left, nothing to renew with
    background.tick()
    [notice] = alerts.open()
    assert notice.kind == SESSION_EXPIRING and notice.account == "buyer_a" and "log in again" in notice.message
    rig.clock.advance(minutes=31)  # now expired: the same token, no second notification
    background.tick()
    assert len(alerts.open()) == 1
    assert background.snapshot().notices == 1


def test_the_activities_pane_lists_notifications_and_acknowledges_them(world: World, qtbot: QtBot) -> None:
    alerts = world.core.alerts
    assert alerts is not None
    booked_order(world, "taobao")
    world.market.advance(73)
    sync(world, "taobao")
    tasks = TaskRunner()
    runner = ActivityRunner(world.core.activities)
    pane = ActivitiesPane(world.core.activities, runner, tasks, alerts=alerts)
    qtbot.addWidget(pane)
    pane.show()
    panel = pane.notifications
    assert panel is not None
    try:
        qtbot.waitUntil(lambda: len(panel.rows()) == 2, timeout=10_000)
        assert panel.isVisible() and "2 to acknowledge" in panel.title.text()
        assert not panel.acknowledge_button.isEnabled()
        panel.table.selectRow(0)
        assert panel.acknowledge_button.isEnabled()
        with qtbot.waitSignal(panel.count_changed, timeout=10_000,
                              check_params_cb=lambda money, notices: notices == 1):
            panel.acknowledge_button.click()
        assert len(alerts.open()) == 1
        panel.table.selectAll()
        panel.acknowledge_button.click()
        qtbot.waitUntil(lambda: not panel.isVisible(), timeout=10_000)
        assert alerts.open() == []
    finally:
        runner.shutdown(10_000)
        tasks.shutdown(10_000)


def test_the_status_bar_counts_notifications_apart_from_money_alarms(world: World) -> None:
    booked_order(world, "taobao")
    world.market.advance(73)
    sync(world, "taobao")
    snapshot = world.core.background.snapshot()
    assert snapshot.notices == 2 and snapshot.alarms == ()
    text = summary_html(snapshot)
    assert "2 notification(s) to acknowledge" in text and "money alarm" not in text
