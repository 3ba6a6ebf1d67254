"""The status-bar widget: last sync per account, problems highlighted, details on a click."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from tests.helpers.background import Rig
from workstation.runner.tasks import ImmediateRunner
from workstation.services.background import AccountStatus, StatusSnapshot
from workstation.ui.statusbar import SyncStatusWidget, summary_parts


def three_accounts(rig: Rig) -> None:
    """One ok, one whose sync failed, one expired (no refresh token)."""
    rig.login("1688", "demo_buyer_1688")
    rig.login("1688", "second_buyer_1688")
    rig.login("taobao", "demo_buyer_tb", hours=-3, refresh_token=None)
    rig.handler.failing.add("second_buyer_1688")
    rig.tick_and_run()
    rig.clock.advance(minutes=2)
    rig.background.tick()


def test_the_widget_shows_ok_failed_and_expired_accounts(rig: Rig, qtbot: QtBot) -> None:
    three_accounts(rig)
    widget = SyncStatusWidget(rig.background.snapshot, ImmediateRunner())
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    widget.show()
    with qtbot.wait_signal(widget.attention) as blocker:
        widget.refresh()
    assert blocker.args == [2]
    widget.resize(widget.sizeHint())
    qtbot.waitUntil(lambda: "demo_buyer_1688 <span" in widget.label.text(), timeout=3000)
    text = widget.label.text()
    assert 'demo_buyer_1688 <span style="color:#2e7d32">\u2713</span> 09:00' in text
    assert "second_buyer_1688 \u2717 sync failed" in text and "#c62828" in text
    assert "Taobao demo_buyer_tb log in again" in text
    # problems come first
    assert text.index("second_buyer_1688") < text.index("demo_buyer_1688 ")
    assert text.index("demo_buyer_tb") < text.index("demo_buyer_1688 ")
    assert "1688 demo_buyer_1688 \u2713 09:00" in widget.toolTip()


def test_a_narrow_bar_keeps_the_problems_and_counts_the_rest(rig: Rig, qtbot: QtBot) -> None:
    three_accounts(rig)
    widget = SyncStatusWidget(rig.background.snapshot, ImmediateRunner())
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    assert widget.minimumSizeHint().width() < widget.full_width()  # never widens the window
    widget.resize(int(widget.full_width() * 0.6), 20)
    qtbot.waitUntil(lambda: "more" in widget.label.text(), timeout=3000)
    text = widget.label.text()
    assert "second_buyer_1688" in text and "demo_buyer_1688 <span" not in text
    assert text.endswith("+1 more") or text.endswith("+2 more")


# A Qt.Popup grabs the keyboard; the offscreen platform cannot and says so. Harmless here.
@pytest.mark.qt_log_ignore(r"^This plugin does not support grabbing the keyboard$")
def test_a_click_opens_the_details(rig: Rig, qtbot: QtBot) -> None:
    three_accounts(rig)
    widget = SyncStatusWidget(rig.background.snapshot, ImmediateRunner())
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    details = widget.details
    assert details is not None and details.isVisible()
    rows = {r.account: r for r in details.model.rows()}
    assert set(rows) == {"demo_buyer_1688", "second_buyer_1688", "demo_buyer_tb"}
    assert "did not answer" in rows["second_buyer_1688"].detail
    assert details.model.data(details.model.index(0, 2)) in ("log in again", "sync failed", "ok")
    details.close()


def test_an_empty_list_and_waiting_activities(rig: Rig, qtbot: QtBot) -> None:
    widget = SyncStatusWidget(rig.background.snapshot, ImmediateRunner())
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.label.text() == "No buyer account logged in"
    now = rig.clock()
    snapshot = StatusSnapshot((AccountStatus("1688", "buyer_a", "valid", now, "ok", "finished", "", "", None),),
                              waiting=2, at=now)
    assert summary_parts(snapshot)[0] == (
        '<span style="color:#e65100;font-weight:600">2 waiting for an answer</span>')


def test_many_accounts_are_counted_not_listed(rig: Rig, qtbot: QtBot) -> None:
    for n in range(6):
        rig.login("1688", f"buyer_{n}")
    rig.tick_and_run()
    parts = summary_parts(rig.background.snapshot())
    assert len(parts) == 1 and parts[0].startswith("6 more")


def test_in_a_main_window_status_bar(rig: Rig, qtbot: QtBot, tmp_path: Path) -> None:
    three_accounts(rig)
    window = QMainWindow()
    qtbot.addWidget(window)
    widget = SyncStatusWidget(rig.background.snapshot, ImmediateRunner())
    window.statusBar().addPermanentWidget(widget)
    window.resize(1100, 160)
    window.show()
    widget.refresh()
    qtbot.waitExposed(window)
    # the whole line fits: nothing of it is cut off
    qtbot.waitUntil(lambda: "demo_buyer_1688 <span" in widget.label.text(), timeout=3000)
    assert "more" not in widget.label.text()
    window.grab().save(str(tmp_path / "statusbar.png"))


def test_a_failed_load_says_so_and_the_next_one_recovers(rig: Rig, qtbot: QtBot) -> None:
    rig.login("1688", "buyer_a")
    broken = [True]

    def load():  # type: ignore[no-untyped-def]
        if broken[0]:
            raise OSError("database is locked")
        return rig.background.snapshot()
    widget = SyncStatusWidget(load, ImmediateRunner())
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.label.text() == "Synchronisation: status unavailable"
    broken[0] = False
    widget.refresh()
    assert "buyer_a" in widget.toolTip() and widget.label.toolTip() == ""


@pytest.mark.qt_log_ignore(r"^This plugin does not support grabbing the keyboard$")
def test_money_alarms_come_first_then_orders_being_checked(rig: Rig, qtbot: QtBot) -> None:
    now = rig.clock()
    snapshot = StatusSnapshot((AccountStatus("1688", "buyer_a", "valid", now, "ok", "finished", "", "", None),),
                              waiting=1, at=now, unknown=2, alarms=("Possible duplicate purchase: ...",))
    parts = summary_parts(snapshot)
    assert "1 money alarm(s)" in parts[0] and "color:#c62828" in parts[0]
    assert "2 order(s) outcome unknown: checking" in parts[1]
    assert "1 waiting for an answer" in parts[2]
    widget = SyncStatusWidget(lambda: snapshot, ImmediateRunner())
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    details = widget.open_details()
    assert "Alarm: Possible duplicate purchase" in details.footer.text()
    assert "2 marketplace order(s) were sent without a clear answer" in details.footer.text()
