"""The Purchase pane driven as a purchaser would: real sandbox, real runners, real key presses."""

from __future__ import annotations

import json
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.engine.test_money_adds_up import settle
from tests.engine.test_sync_bind import _bought_by_hand, booked_order
from tests.helpers.engine import ACCOUNT, World, plain_items
from tests.helpers.ui_purchase import Desk
from workstation.domain import statuses as st
from workstation.runner.activities import ActivityRunner
from workstation.runner.tasks import ImmediateRunner
from workstation.services.activities import DONE_STATES
from workstation.store.models import AuditEntry
from workstation.ui.panes.purchase.pane import PurchasePane


def _key(desk: Desk, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    desk.pane.activateWindow()
    desk.pane.tree.setFocus()
    desk.qtbot.keyClick(desk.pane.tree, key, modifier)


def _select_group(desk: Desk, key: str) -> None:
    row = desk.pane.model.group_row(key)
    assert row >= 0, f"no {key} group"
    desk.pane.tree.selectionModel().clearSelection()
    desk.pane.tree.selectionModel().select(
        desk.pane.model.index(row, 0), desk.pane.tree.selectionModel().SelectionFlag.Select
        | desk.pane.tree.selectionModel().SelectionFlag.Rows)


def test_booking_selected_lines_with_the_shortcut_moves_them_to_booked(desk: Desk) -> None:
    items = plain_items("1688")
    oid = desk.world.add_order("1688", [(items[0], 0, 1, None), (items[0], 1, 2, None), (items[1], 0, 1, None)])
    desk.open(oid)
    pane = desk.pane
    assert [g.key for g, _rows in pane.model.groups()] == ["ready"]
    assert pane.session_combo.account() == ""  # two demo accounts: the purchaser chooses
    pane.session_combo.setCurrentIndex(pane.session_combo.findData(ACCOUNT["1688"]))
    assert pane.warehouse_combo.warehouse_id() is not None  # the default address, preselected
    first_two = [li.id for li in pane.model.lines()[:2]]
    pane.select_lines(first_two)
    assert "2 of 3 line(s) selected, 2 ready" in pane.footer.text()

    with desk.qtbot.waitSignal(pane.activity_started, timeout=5000) as started:
        _key(desk, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    activity_id = started.args[0]
    desk.qtbot.waitUntil(lambda: all(desk.statuses()[i] == st.BOOKED for i in first_two), timeout=15000)
    assert [g.key for g, _rows in pane.model.groups()] == ["ready", "booked"]
    # the lines read booked a moment before the activity records its end (longer under load)
    activities = desk.world.core.activities
    desk.qtbot.waitUntil(lambda: activities.get(activity_id).state in DONE_STATES, timeout=30000)
    assert activities.get(activity_id).state == "finished"
    booked = [li for li in pane.model.lines() if li.id in first_two]
    assert all(li.vend_purch_id and li.account == ACCOUNT["1688"] for li in booked)
    assert desk.statuses()[pane.model.lines()[0].id] == st.READY  # the third line stays ready
    desk.qtbot.waitUntil(lambda: "done" in pane.banner.message(), timeout=5000)


def test_booking_from_the_with_selected_menu_and_a_group_heading(desk: Desk) -> None:
    item = plain_items("taobao")[0]
    oid = desk.world.add_order("taobao", [(item, 0, 1, None), (item, 1, 1, None)])
    desk.open(oid)
    pane = desk.pane
    pane.session_combo.setCurrentIndex(pane.session_combo.findData(ACCOUNT["taobao"]))
    _select_group(desk, "ready")
    assert len(pane.selected_lines()) == 2  # the heading took its lines
    menu = pane.purchase_actions.menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[0] == "&Book" and any("Recalculate" in t for t in texts)
    assert "Ctrl+B" in pane.purchase_actions.book.toolTip()
    with desk.qtbot.waitSignal(pane.activity_started, timeout=5000):
        pane.purchase_actions.book.trigger()
    desk.qtbot.waitUntil(lambda: set(desk.statuses().values()) == {st.BOOKED}, timeout=15000)


def test_recalculation_through_the_dialog_persists_and_is_audited(desk: Desk) -> None:
    item = plain_items("1688")[0]
    paid = item.skus[0].price - Decimal("0.50")
    oid = desk.world.add_order("1688", [(item, 0, 1, paid)])
    settle(desk.world, oid)
    desk.world.core.purchase.run(desk.world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
    desk.open(oid)
    pane = desk.pane
    assert "owes" not in pane.heading.text()
    line = pane.model.lines()[0]
    assert line.status == st.BOOKED and line.purch_price is not None
    pane.select_lines([line.id])
    _key(desk, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = pane.recalc_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.price_box.isChecked() and dialog.delivery_box.isChecked()  # both by default
    assert "agreed" in dialog.reminder.text()
    dialog.delivery_box.setChecked(False)
    preview = dialog.model.row(0)
    assert preview.new_price == line.purch_price and preview.new_delivery == line.delivery_cust
    price_after = [c.key for c in dialog.model.columns].index("price_new")
    assert "(+¥0.50)" in dialog.model.index(0, price_after).data()
    assert "pays ¥0.50 more" in dialog.total.text()
    with desk.qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()
    assert dialog.changes[0].old_price == paid and dialog.changes[0].new_price == line.purch_price
    stored = desk.world.lines(oid)[0]
    assert stored.price_cust == line.purch_price and stored.delivery_cust == line.delivery_cust
    with desk.world.core.db.read() as s:
        entry = s.query(AuditEntry).filter_by(action="line.recalculate").one()
    assert json.loads(entry.old_json)["price_cust"] == str(paid)
    desk.qtbot.waitUntil(lambda: pane.model.lines()[0].price_cust == line.purch_price, timeout=5000)
    assert "Recalculated 1 line" in pane.banner.message()
    # the order's totals followed: the heading says what the customer now owes, the line keeps
    # what they paid apart from what is due
    desk.qtbot.waitUntil(lambda: "The customer owes ¥0.50" in pane.heading.text(), timeout=5000)
    assert pane.model.lines()[0].paid_by_customer == paid
    assert desk.world.core.orders.order_detail(oid).order.balance_due == Decimal("0.50")


def test_recalculation_without_purchase_figures_is_refused_inline(desk: Desk) -> None:
    oid = desk.world.add_order("1688", [(plain_items("1688")[0], 0, 1, None)])
    desk.open(oid)
    desk.pane.select_lines([desk.pane.model.lines()[0].id])
    desk.pane.purchase_actions.recalc.trigger()
    dialog = desk.pane.recalc_dialog
    assert dialog is not None
    assert not dialog.save_button.isEnabled() and "No purchase figures" in dialog.error.text()
    dialog.price_box.setChecked(False)
    dialog.delivery_box.setChecked(False)
    assert "Tick the price" in dialog.error.text()
    dialog.reject()


def test_binding_an_order_bought_by_hand_through_the_dialog(desk: Desk) -> None:
    item = plain_items("1688")[0]
    external = _bought_by_hand(desk.world, [(item, 0, 1), (item, 1, 2)])
    oid = desk.world.add_order("1688", [(item, 0, 1, None), (item, 1, 2, None)])
    desk.open(oid)
    pane = desk.pane
    pane.session_combo.setCurrentIndex(pane.session_combo.findData(ACCOUNT["1688"]))
    _key(desk, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = pane.bind_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.account.currentData() == ACCOUNT["1688"]
    assert not dialog.bind_button.isEnabled()  # empty number
    desk.qtbot.keyClicks(dialog.number, "abc")  # refused by the validator
    assert dialog.number.text() == ""
    desk.qtbot.keyClicks(dialog.number, external)
    with desk.qtbot.waitSignal(pane.activity_started, timeout=5000):
        dialog.bind_button.click()
    desk.qtbot.waitUntil(lambda: set(desk.statuses().values()) == {st.BOOKED}, timeout=15000)
    assert {li.vend_purch_id for li in pane.model.lines()} == {external}


def test_binding_to_a_number_the_marketplace_does_not_know_reports_it(desk: Desk) -> None:
    oid = desk.world.add_order("1688", [(plain_items("1688")[0], 0, 1, None)])
    desk.open(oid)
    pane = desk.pane
    pane.session_combo.setCurrentIndex(pane.session_combo.findData(ACCOUNT["1688"]))
    pane.purchase_actions.bind.trigger()
    dialog = pane.bind_dialog
    assert dialog is not None
    desk.qtbot.keyClicks(dialog.number, "999999999")
    dialog.bind_button.click()
    desk.qtbot.waitUntil(lambda: "ended with problems" in pane.banner.message(), timeout=15000)
    assert pane.model.lines()[0].vend_purch_id is None


def test_unbinding_selected_lines_makes_them_ready_again(desk: Desk) -> None:
    oid = booked_order(desk.world)
    desk.open(oid)
    pane = desk.pane
    assert [g.key for g, _rows in pane.model.groups()] == ["booked"]
    _select_group(desk, "booked")
    _key(desk, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    # the marketplace order still exists there: the pane asks before unbinding
    desk.qtbot.waitUntil(lambda: getattr(pane, "unbind_box", None) is not None and pane.unbind_box.isVisible(),
                         timeout=10000)
    box = pane.unbind_box
    assert "still exists" in box.text()
    unbind = next(b for b in box.buttons() if b.text() == "Unbind anyway")
    with desk.qtbot.waitSignal(pane.activity_started, timeout=10000):
        unbind.click()
    desk.qtbot.waitUntil(lambda: set(desk.statuses().values()) == {st.READY}, timeout=15000)
    assert all(li.vend_purch_id is None for li in pane.model.lines())


def test_unbinding_asks_and_a_cancel_changes_nothing(desk: Desk) -> None:
    oid = booked_order(desk.world)
    desk.open(oid)
    pane = desk.pane
    _select_group(desk, "booked")
    _key(desk, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    desk.qtbot.waitUntil(lambda: getattr(pane, "unbind_box", None) is not None and pane.unbind_box.isVisible(),
                         timeout=10000)
    pane.unbind_box.reject()
    desk.qtbot.waitUntil(lambda: not pane.unbind_box.isVisible(), timeout=5000)
    assert set(desk.statuses().values()) == {st.BOOKED}
    assert all(li.vend_purch_id for li in desk.world.lines(oid))


def test_synchronisation_of_the_chosen_account_with_f6(desk: Desk) -> None:
    oid = booked_order(desk.world)
    desk.world.market.pay(desk.world.lines(oid)[0].vend_purch_id, "1688")
    desk.open(oid)
    pane = desk.pane
    pane.session_combo.setCurrentIndex(pane.session_combo.findData(ACCOUNT["1688"]))
    with desk.qtbot.waitSignal(pane.activity_started, timeout=5000):
        _key(desk, Qt.Key.Key_F6)
    desk.qtbot.waitUntil(lambda: set(desk.statuses().values()) == {st.PURCHASED}, timeout=15000)
    assert [g.key for g, _rows in pane.model.groups()] == ["purchased"]


def test_an_unpaid_order_is_refused_in_the_banner(desk: Desk) -> None:
    oid = desk.world.add_order("1688", [(plain_items("1688")[0], 0, 1, None)], paid=False)
    desk.open(oid)
    pane = desk.pane
    assert "not paid" in pane.hint.text()
    pane.session_combo.setCurrentIndex(pane.session_combo.findData(ACCOUNT["1688"]))
    pane.select_lines([pane.model.lines()[0].id])
    pane.purchase_actions.book.trigger()
    desk.qtbot.waitUntil(lambda: "not paid" in pane.banner.message(), timeout=5000)
    assert pane.banner.kind == "error"
    assert desk.world.core.activities.list() == []


def test_plain_mistakes_are_explained_not_crashed_on(desk: Desk) -> None:
    pane = desk.pane
    pane.purchase_actions.book.setEnabled(True)
    pane.book_selected()
    assert "Open an order first" in pane.banner.message()
    pane.show_order("ORD-0000999999")
    desk.qtbot.waitUntil(lambda: "No order" in pane.banner.message(), timeout=5000)
    oid = desk.world.add_order("1688", [(plain_items("1688")[0], 0, 1, None)])
    desk.open(oid.removeprefix("ORD-").lstrip("0"))  # just the number
    assert pane.detail is not None and pane.detail.order.id == oid
    pane.purchase_actions.book.trigger()
    assert "Select the lines first" in pane.banner.message()
    pane.select_lines([pane.model.lines()[0].id])
    pane.purchase_actions.book.trigger()
    assert "Choose the 1688 account" in pane.banner.message()
    pane.purchase_actions.unbind.trigger()
    assert "None of the selected lines is bound" in pane.banner.message()


def test_empty_states_say_what_to_do(desk: Desk) -> None:
    pane = desk.pane
    assert "Type an order number" in pane.view.empty.text()
    core = desk.world.core
    for row in core.sessions.list("taobao"):
        core.sessions.forget("taobao", row.account)
    oid = desk.world.add_order("taobao", [(plain_items("taobao")[0], 0, 1, None)])
    desk.open(oid)
    assert "No session for Taobao: log an account in (Settings → Sessions)" in pane.hint.text()
    pane.refresh()
    booked = booked_order(desk.world)
    desk.open(booked)
    assert "This order has no lines ready for purchase" in pane.hint.text()


def test_typing_the_number_opens_the_order_and_a_reload_keeps_what_the_purchaser_looks_at(desk: Desk) -> None:
    items = plain_items("1688")
    oid = desk.world.add_order("1688", [(items[0], 0, 1, None), (items[0], 1, 1, None), (items[1], 0, 1, None)])
    other = booked_order(desk.world)
    pane = desk.pane
    with desk.qtbot.waitSignal(pane.order_shown, timeout=5000):
        desk.qtbot.keyClicks(pane.order_field, oid.removeprefix("ORD-").lstrip("0"))
        desk.qtbot.keyClick(pane.order_field, Qt.Key.Key_Return)
    assert pane.detail is not None and pane.detail.order.id == oid
    kept = [pane.model.lines()[1].id]
    pane.select_lines(kept)
    # the other order's unbinding changes nothing here: no reset, the selection stays
    resets: list[int] = []
    pane.model.modelReset.connect(lambda: resets.append(1))
    desk.world.core.purchase.run(desk.world.core.purchase.start_unbind(other, ACCOUNT["1688"], force=True))
    with desk.qtbot.waitSignal(pane.order_shown, timeout=5000):
        pane.refresh()
    assert resets == [] and [li.id for li in pane.selected_lines()] == kept
    # a line of this order changes: the model is rebuilt, the selection and a closed group survive
    desk.world.core.purchase.run(desk.world.core.purchase.start_booking(
        oid, ACCOUNT["1688"], [pane.model.lines()[0].id]))
    pane.tree.setExpanded(pane.model.index(pane.model.group_row("ready"), 0), False)
    with desk.qtbot.waitSignal(pane.order_shown, timeout=5000):
        pane.refresh()
    assert [g.key for g, _rows in pane.model.groups()] == ["ready", "booked"]
    assert not pane.tree.isExpanded(pane.model.index(pane.model.group_row("ready"), 0))
    assert pane.tree.isExpanded(pane.model.index(pane.model.group_row("booked"), 0))
    assert [li.id for li in pane.selected_lines()] == kept and resets == [1]


def test_the_order_tab_form_has_no_order_field(qtbot: QtBot, world: World) -> None:
    core = world.core
    activities = ActivityRunner(core.activities)
    try:
        pane = PurchasePane(core.orders, core.purchase, core.sessions, core.settings, ImmediateRunner(),
                            activities, embedded=True)
        qtbot.addWidget(pane)
        pane.show()
        assert not pane.view.order_row.isVisible()
        oid = world.add_order("1688", [(plain_items("1688")[0], 0, 1, None)])
        pane.show_order(oid)  # ImmediateRunner: shown at once
        assert pane.detail is not None and [g.key for g, _r in pane.model.groups()] == ["ready"]
    finally:
        activities.shutdown()
