"""Questions with their context, one key mapping for every dialog, and the audit of a GUI answer."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.helpers.engine import World, plain_items
from tests.helpers.ui_activities import start_booking
from workstation.domain import statuses as st
from workstation.runner.activities import ActivityRunner
from workstation.runner.tasks import TaskRunner
from workstation.services.audit import AuditService
from workstation.ui.dialogs.audit import AuditDialog
from workstation.ui.dialogs.question import CHOICE_KEYS
from workstation.ui.mainwindow import MainWindow
from workstation.ui.panes.activities.pane import ActivitiesPane


@pytest.fixture
def pane(world: World, runner: ActivityRunner, tasks: TaskRunner, qtbot: QtBot) -> Iterator[ActivitiesPane]:
    p = ActivitiesPane(world.core.activities, runner, tasks)
    qtbot.addWidget(p)
    p.show()
    yield p
    p.questions.close()


class _Browser(QObject):
    """Where QDesktopServices sends https links during a test (Qt's own URL-handler hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def facts(pane: ActivitiesPane) -> dict[str, str]:
    grid = pane.questions.panel.facts
    cells = [grid.itemAt(i).widget() for i in range(grid.count())]
    texts = [c.text() for c in cells if isinstance(c, QLabel)]
    return dict(zip(texts[::2], texts[1::2], strict=True))


def wait_question(qtbot: QtBot, pane: ActivitiesPane, activity_id: str, line_part: str) -> None:
    dialog = pane.questions
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.current() == activity_id and dialog.panel.isEnabled()
                    and line_part in dialog.panel.line.text(), timeout=20_000)


def test_the_question_says_which_line_what_it_costs_and_links_the_item(
        world: World, runner: ActivityRunner, pane: ActivitiesPane, qtbot: QtBot) -> None:
    item = plain_items("1688")[0]
    price = item.skus[0].price
    paid = (price / Decimal("1.1")).quantize(Decimal("0.01"), ROUND_DOWN)  # a hair over the 10 % threshold
    drifted = (price / Decimal("1.25")).quantize(Decimal("0.01"))
    oid = world.add_order("1688", [(item, 0, 3, paid), (item, 0, 1, None), (item, 0, 2, drifted)])
    first, _second, third = world.lines(oid)
    aid = start_booking(world, oid)
    runner.submit(aid)
    wait_question(qtbot, pane, aid, "#1")
    panel = pane.questions.panel
    assert first.label in panel.line.text() and oid in panel.line.text()
    assert panel.title.text() == first.title_orig and "Quantity: 3" in panel.subtitle.text()
    assert panel.heading.text() == "The price rose above the threshold"
    shown = facts(pane)
    percent = shown["Difference per unit"].split("(+")[1].split(" %")[0]
    assert Decimal(percent) > 10 and percent != "10.0"  # the digits that decide are shown
    assert f"+¥{price - paid}" in shown["Difference per unit"]
    assert f"+¥{(price - paid) * 3}" in shown["For the whole line"] and "3 units" in shown["For the whole line"]
    assert shown["Customer price"].startswith(f"¥{paid}") and shown["New price"].startswith(f"¥{price}")
    assert shown["Threshold in force"].startswith("10 %") and "without asking" in shown["Threshold in force"]
    assert panel.thumb.pixmap() is not None and not panel.thumb.pixmap().isNull()

    browser = _Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        panel.link.linkActivated.emit(panel.item_url())
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert browser.opened == [f"https://detail.1688.com/offer/{first.item_id}.html"]

    qtbot.keyClick(pane.questions, Qt.Key.Key_1)  # 1 is "go ahead" in every dialog: confirm here
    wait_question(qtbot, pane, aid, "#3")  # #2 was bought at the price paid; #3 never looks like #1
    assert third.label in panel.line.text() and first.label not in panel.line.text()
    with qtbot.wait_signal(runner.activity_finished, timeout=20_000):
        qtbot.keyClick(pane.questions, Qt.Key.Key_2)  # skip
    assert [li.status for li in world.lines(oid)] == [st.BOOKED, st.BOOKED, st.READY]


def test_a_key_means_the_same_in_every_dialog(world: World, runner: ActivityRunner, pane: ActivitiesPane,
                                              qtbot: QtBot) -> None:
    gone = plain_items("1688")[3]
    world.market.goods.set_item("1688", gone.item_id, status="deleted")
    oid = world.add_order("1688", [(gone, 0, 1, None)])
    aid = start_booking(world, oid)
    runner.submit(aid)
    wait_question(qtbot, pane, aid, "#1")
    panel = pane.questions.panel
    assert panel.heading.text() == "The item is no longer available"
    assert "[X / 3]" in panel.buttons["cancel"].text() and "[A / 4]" in panel.buttons["abort"].text()
    assert "[S / 2]" in panel.buttons["skip"].text()
    with qtbot.wait_signal(runner.activity_finished, timeout=20_000):
        qtbot.keyClick(pane.questions, Qt.Key.Key_3)  # 3 cancels the product here too, never aborts
    assert world.lines(oid)[0].status == st.CANCELLED
    assert world.core.activities.get(aid).state == "finished"
    digits = {}
    for choice, (_letter, digit) in CHOICE_KEYS.items():
        if digit is not None:
            digits.setdefault(digit, set()).add(choice)
    assert digits == {1: {"confirm", "buy_again", "bind"}, 2: {"skip", "keep"}, 3: {"cancel"}, 4: {"abort"}}


def test_mode_no_titles_an_unchanged_price_as_unchanged(world: World, runner: ActivityRunner,
                                                        pane: ActivitiesPane, qtbot: QtBot) -> None:
    world.core.settings.set("1688", "price_confirmation_mode", "no")
    oid = world.add_order("1688", [(plain_items("1688")[0], 0, 1, None)])
    aid = start_booking(world, oid)
    runner.submit(aid)
    wait_question(qtbot, pane, aid, "#1")
    panel = pane.questions.panel
    assert panel.heading.text() == "Price to confirm: unchanged"
    assert "has changed" not in panel.heading.text()
    assert 'mode "No"' in facts(pane)["Threshold in force"]


def test_another_configuration_is_picked_from_the_question(world: World, runner: ActivityRunner,
                                                           pane: ActivitiesPane, qtbot: QtBot) -> None:
    item = next(i for i in plain_items("1688") if len(i.skus) >= 3)
    world.market.goods.set_sku("1688", item.item_id, item.skus[0].sku_id, vanished=True)
    oid = world.add_order("1688", [(item, 0, 1, None)])
    aid = start_booking(world, oid)
    runner.submit(aid)
    wait_question(qtbot, pane, aid, "#1")
    panel = pane.questions.panel
    assert panel.heading.text() == "The configuration ordered is gone"
    assert panel.configs.isVisible() and panel.configs.count() == len(item.skus) - 1
    assert all("¥" in panel.configs.item(i).text() for i in range(panel.configs.count()))
    assert "[P]" in panel.buttons["pick"].text()
    first = panel.picked()
    qtbot.keyClick(pane.questions, Qt.Key.Key_Down)
    chosen = panel.picked()
    assert chosen and chosen != first
    qtbot.keyClick(pane.questions, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: chosen in world.core.activities.answers(aid).values(), timeout=10_000)
    qtbot.waitUntil(lambda: world.core.activities.get(aid).state in ("finished", "waiting"), timeout=20_000)
    if world.core.activities.get(aid).state == "waiting":  # the other configuration costs more: asked too
        wait_question(qtbot, pane, aid, "#1")
        with qtbot.wait_signal(runner.activity_finished, timeout=20_000):
            qtbot.keyClick(pane.questions, Qt.Key.Key_C)
    line = world.lines(oid)[0]
    assert line.status == st.BOOKED and f"sku:{line.config_id}" == chosen


def test_the_audit_view_shows_a_price_confirmed_in_the_window_with_its_user(
        world: World, runner: ActivityRunner, pane: ActivitiesPane, tasks: TaskRunner, qtbot: QtBot,
        tmp_path: Path) -> None:
    item = plain_items("1688")[0]
    oid = world.add_order("1688", [(item, 0, 2, (item.skus[0].price / Decimal("1.25")).quantize(Decimal("0.01")))])
    aid = start_booking(world, oid)
    runner.submit(aid)
    wait_question(qtbot, pane, aid, "#1")
    with qtbot.wait_signal(runner.activity_finished, timeout=20_000):
        qtbot.keyClick(pane.questions, Qt.Key.Key_C)
    assert world.lines(oid)[0].status == st.BOOKED

    settings = QSettings(str(tmp_path / "ws.ini"), QSettings.Format.IniFormat)
    window = MainWindow(world.core.orders, tasks, settings, "test", audit_dialog_factory=lambda parent, **scope:
                        AuditDialog(AuditService(world.core.db), tasks, parent, **scope))
    qtbot.addWidget(window)
    window.orders_pane.order_opened.emit(oid)  # an order on screen, as a click in the list announces it
    window.audit_action.trigger()
    dialog = window.audit_dialog
    assert isinstance(dialog, AuditDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and not dialog.model.is_loading, timeout=10_000)
    assert oid in dialog.scope.text()
    rows = dialog.model.rows()
    assert {r.order_id for r in rows} == {oid}
    confirm = [r for r in rows if r.action == "line.price_confirm"]
    assert len(confirm) == 1
    assert confirm[0].user == world.core.actor.user and confirm[0].station == world.core.actor.workstation
    row = rows.index(confirm[0])
    assert dialog.model.data(dialog.model.index(row, 1)) == world.core.actor.user
    assert dialog.model.data(dialog.model.index(row, 5)) == "Price confirmed by a person"
    dialog.table.selectRow(row)
    shown = [dialog.details_grid.itemAt(i).widget().text() for i in range(dialog.details_grid.count())]
    assert "price accepted to buy" in shown and "difference for the line" in shown

    window.audit_all_action.trigger()
    qtbot.waitUntil(lambda: not dialog.model.is_loading and "every order" in dialog.scope.text(), timeout=10_000)
    assert any(r.action == "warehouse.add" for r in dialog.model.rows())  # settings are audited too

    target = tmp_path / "audit.csv"
    dialog.show_scope(oid)
    qtbot.waitUntil(lambda: not dialog.model.is_loading, timeout=10_000)
    dialog.export_to(target)
    qtbot.waitUntil(lambda: "exported" in dialog.status.text(), timeout=10_000)
    text = target.read_text(encoding="utf-8-sig")
    assert "line.price_confirm" in text and world.core.actor.user in text and oid in text
