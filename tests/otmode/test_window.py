"""The window in OT mode, composed as app.py composes it, and the program as a process.

A platform data directory (demo, an instance key) is served by a real `otapi serve`; the station
is connected with `workstation-cli otapi connect`, as a user does. Then:

- `workstation --quit-after` on the station starts, shows and exits 0, with no demo added;
- in the composed window the Purchase pane has no warehouse chooser (the instance names it), the
  status bar says where the orders come from, the Warehouse pane has the outbox bar, Settings
  has the Order source page and none of the engine's pages;
- a scan of a mirrored waybill finds its lines from the mirror; a waybill the platform has but
  the mirror has not seen yet is kept as unmatched, asked of the platform off the GUI thread,
  and matched.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.otapi import (
    Instance,
    Server,
    cli,
    connect_station,
    create_instance,
    start_server,
)
from tests.helpers.sessions import webengine
from tests.helpers.warehouse_ui import Keyboard
from tests.helpers.window import composed_window
from workstation.config import load_config
from workstation.core import Core, build_core
from workstation.domain import statuses as st
from workstation.otapi.client import OtapiClient
from workstation.services.orders import LineFilter

pytestmark = pytest.mark.slow


@dataclass
class Station:
    data: Path
    platform: Path
    server: Server
    instance: Instance


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Station]:
    from workstation.sandbox.launcher import start_or_reuse, stop_started

    platform = tmp_path_factory.mktemp("platform")
    sandbox_dir = load_config(str(platform), None).sandbox_dir
    _url, sandbox = start_or_reuse(sandbox_dir)
    server: Server | None = None
    try:
        cli(platform, "demo", "--orders", "12")
        instance = create_instance(platform)
        server = start_server(platform)
        data = tmp_path_factory.mktemp("station")
        done = connect_station(data, server, instance)
        assert done.returncode == 0, done.stderr
        cli(data, "otapi", "refresh")
        yield Station(data, platform, server, instance)
    finally:
        if server is not None and server.alive():
            server.stop()
        if sandbox is not None:
            stop_started(sandbox, sandbox_dir)


def test_the_program_starts_in_ot_mode_and_quits(station: Station) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(station.data), "--quit-after", "3"],
                          capture_output=True, text=True, timeout=180, env=env)
    assert done.returncode == 0, done.stderr
    log = (station.data / "logs" / "workstation.log").read_text()
    assert "demo orders" not in log and "unexpected error" not in log
    assert not (station.data / "crash.txt").exists()


@pytest.fixture
def core(station: Station) -> Iterator[Core]:
    made = build_core(load_config(str(station.data), None))
    try:
        yield made
    finally:
        made.close()


def test_the_composed_window_in_ot_mode(qtbot: QtBot, core: Core, station: Station, tmp_path: Path) -> None:
    from workstation.ui.outbox import OutboxPanel
    from workstation.ui.platform_status import PlatformStatusLabel

    assert core.platform.is_remote
    on_way = [li for li in core.orders.list_lines(LineFilter(), 0, 5000)
              if li.vend_purch_waybill and li.status in (st.PURCHASED, st.SENT_BY_SELLER)]
    mirrored = on_way[0]
    expected = {li.id for li in core.orders.lookup(mirrored.vend_purch_waybill).lines}
    # a waybill the platform gets now (an operator on OT Box), before this station's next refresh
    fresh_line = next(li for li in on_way if li.vend_purch_waybill != mirrored.vend_purch_waybill)
    fresh_waybill = "YT7" + str(fresh_line.id).zfill(12)
    with OtapiClient(station.server.url, station.instance.key, operator=station.instance.operator) as api:
        api.call("ChangeSalesOrderLinePurchaseInfoForOperator", {
            "salesId": fresh_line.order_id, "salesLineId": str(fresh_line.id), "vendPurchWaybill": fresh_waybill})
    assert not core.orders.lookup(fresh_waybill).lines

    with composed_window(qtbot, core, tmp_path / "ui.ini") as composed:
        window, reporter = composed.window, composed.reporter
        purchase = window.purchase_pane
        assert purchase.warehouse_combo.isHidden() and not purchase.session_combo.isHidden()
        label = window.statusBar().findChild(PlatformStatusLabel)
        assert label is not None and not label.isHidden()
        qtbot.waitUntil(lambda: station.server.url.split("//")[1] in label.text(), timeout=10_000)
        assert window.warehouse_pane.findChild(OutboxPanel) is not None

        window._on_settings_triggered()
        dialog = window.settings_dialog
        titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        assert "Order source" in titles and "Warehouse addresses" not in titles and "Status mapping" not in titles
        dialog.close()

        field = window.orders_pane.order_search.field
        field.setFocus()
        qtbot.waitUntil(lambda: window.orders_pane.orders_model.total > 0, timeout=10_000)
        keyboard = Keyboard()
        warehouse = window.warehouse_pane
        keyboard.scan(field, mirrored.vend_purch_waybill)
        qtbot.waitUntil(lambda: warehouse.receiving.model.rowCount() == len(expected)
                        and window.panes.currentWidget() is warehouse, timeout=20_000)

        with qtbot.waitSignal(warehouse.router.found_elsewhere, timeout=30_000) as found:
            keyboard.scan(window.focusWidget() or field, fresh_waybill)
        assert found.args == [fresh_waybill, [fresh_line.order_id]]
        matched = [u for u in core.receiving.list_unmatched(include_matched=True) if u.code == fresh_waybill]
        assert matched and matched[0].matched_line_id == fresh_line.id

        # a click on it is "Refresh now": outbox, sessions and mirror off the GUI thread, then shown again
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
        assert label.text() == "OT Box: refreshing…"  # at once: the GUI thread does not wait for it
        qtbot.waitUntil(lambda: "refreshed" in label.text(), timeout=30_000)
        assert reporter.shown == []


@webengine
def test_an_account_logs_in_through_the_instance_in_the_embedded_browser(
        qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    """Purchase -> an order -> "+": the login dialog (real QtWebEngine) opens the instance's
    AuthenticationUrl, the marketplace's form is filled and sent, the instance's return page
    sends the browser to our return URL, the dialog catches it, and the instance's new session
    is in the account list."""
    from tests.sessions.qt_helpers import fill_login_form, run_js
    from workstation.ui.dialogs.login import LoginDialog

    order = next(o for o in core.orders.list_orders(limit=200) if o.provider == "taobao" and o.is_paid)
    # the demo account the instance already has: logging in again renews its session there
    with composed_window(qtbot, core, tmp_path / "ui.ini") as composed:
        window = composed.window
        window.resize(1400, 900)
        qtbot.waitExposed(window)
        pane = window.purchase_pane
        window.panes.setCurrentWidget(pane)
        pane.pages.setCurrentIndex(1)
        with qtbot.waitSignal(pane.order_shown, timeout=20_000):
            pane.show_order(order.id)
        pane.view.add_account.click()  # "+"
        dialog = pane.add_account.dialog
        assert isinstance(dialog, LoginDialog)
        qtbot.waitUntil(lambda: bool(run_js(qtbot, dialog.page, "!!document.querySelector('input[name=password]')")),
                        timeout=20_000)
        with qtbot.waitSignal(dialog.logged_in, timeout=30_000) as done:
            fill_login_form(dialog.page, "second_buyer_tb", "demo")
        assert (done.args[0].provider, done.args[0].account) == ("taobao", "second_buyer_tb")
        qtbot.waitUntil(lambda: pane.add_account.dialog is None, timeout=20_000)
        assert "second_buyer_tb" in {r.account for r in core.sessions.list("taobao")}
        assert composed.reporter.shown == []


def test_the_background_round_in_ot_mode(core: Core, station: Station, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the window's background timer ticks in OT mode: the outbox is sent, the mirror is
    read again (all of it on the first round), parcels waiting for a waybill are matched; a
    round with the platform out of reach leaves the full refresh due."""
    from workstation.services.audit import Actor
    from workstation.services.otmode.platform import OtBackground
    from workstation.services.warehouse.receiving import ReceiveLine

    background = core.background
    assert isinstance(background, OtBackground)
    on_way = [li for li in core.orders.list_lines(LineFilter(), 0, 5000)
              if li.vend_purch_waybill and li.status in (st.PURCHASED, st.SENT_BY_SELLER)]
    received, changed = on_way[-1], on_way[-2]
    core.receiving.receive([ReceiveLine(received.id, received.qty)], clerk="clerk", workstation="ws",
                           waybill=received.vend_purch_waybill, confirmation="background-round")
    new_waybill = "ZT5" + str(changed.id).zfill(12)
    core.scans.scan(new_waybill, source="wedge", actor=Actor("clerk", "ws"))  # arrives before its waybill
    with OtapiClient(station.server.url, station.instance.key, operator=station.instance.operator) as api:
        api.call("ChangeSalesOrderLinePurchaseInfoForOperator", {
            "salesId": changed.order_id, "salesLineId": str(changed.id), "vendPurchWaybill": new_waybill})

        assert background.tick() == []  # the platform synchronises its accounts itself
        there = {int(li["Id"]): li for li in api.result("GetSalesOrderDetailsForOperator", {
            "salesId": received.order_id, "filter": "", "queryType": "0"})["SalesLinesList"]}
    assert there[received.id]["StatusCode"] == st.RECEIVED
    assert not [e for e in core.platform.outbox.entries() if e.line_id == received.id]
    assert [li.id for li in core.orders.lookup(new_waybill).lines] == [changed.id]
    matched = [u for u in core.receiving.list_unmatched(include_matched=True) if u.code == new_waybill]
    assert matched and matched[0].matched_line_id == changed.id
    status = core.platform.link.status()
    assert status is not None and status.last_full_refresh_at is not None and not status.last_error

    # a round that could not reach the platform is not a refresh done: the next round reads all again
    from workstation.services.otmode.mirror import RefreshResult

    asked: list[bool] = []

    def unreachable(*, full: bool = False) -> RefreshResult:
        asked.append(full)
        return RefreshResult(full=full, error="OT Box at http://127.0.0.1:9 cannot be reached")

    monkeypatch.setattr(core.platform.mirror, "refresh", unreachable)
    fresh = OtBackground(core.platform, core.activities, sessions=core.sessions, settings=core.settings,
                         purchase=core.purchase, clock=lambda: datetime.now(UTC))
    fresh.tick()
    fresh.tick()
    assert asked == [True, True]
