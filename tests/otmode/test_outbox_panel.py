"""The outbox bar of OT mode (pytest-qt): hidden while everything is sent, the count and the
platform's reason when not, the list with Retry (the entry waits to be sent again, audited) and
Discard (asks first). Real outbox on SQLite, real TaskRunner threads."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from tests.helpers.background import FakeClock
from workstation.runner.tasks import TaskRunner
from workstation.services.audit import Actor
from workstation.services.otmode.outbox import OtOutbox
from workstation.services.platform import LineReceipt
from workstation.store.database import Database
from workstation.store.models import AuditEntry, OtOutboxEntry
from workstation.ui.outbox import OutboxPanel

CLERK = Actor("anna", "ST-1")
REASON = "NotAvailable: Parameter xmlUpdateData: StatusId: Line 7 cannot go from booked to received"


class NoLink:
    def client(self) -> None:
        raise AssertionError("the panel never sends by itself")


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown(5_000)


def test_the_bar_shows_the_count_and_the_reason_and_retry_works(qtbot: QtBot, sqlite_db: Database,
                                                              runner: TaskRunner) -> None:
    outbox = OtOutbox(sqlite_db, NoLink(), FakeClock(datetime(2026, 12, 2, 9, 0, tzinfo=UTC)))
    panel = OutboxPanel(outbox, runner, actor=CLERK, refresh_ms=60_000)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.count.text() != "")  # the first load is done
    assert panel.rows == [] and panel.isHidden()

    with sqlite_db.write() as s:  # two receipts, one of them refused by the platform
        outbox.received(s, CLERK, [LineReceipt(7, "ORD-1", 2, 2, "booked", "received", "YT1", 1),
                                   LineReceipt(8, "ORD-1", 1, 0, "purchased", "purchased", "YT1", 2)])
    with sqlite_db.write() as s:
        s.execute(update(OtOutboxEntry).where(OtOutboxEntry.line_id == 7).values(state="refused", last_error=REASON))
    with qtbot.waitSignal(panel.changed, timeout=5_000) as loaded:
        panel.refresh()
    assert loaded.args == [2]
    assert not panel.isHidden()
    assert panel.count.text().startswith("2 change") and "not sent to OT Box" in panel.count.text()
    assert "cannot go from booked to received" in panel.reason.text()

    dialog = panel.open_dialog()
    assert dialog.model.rowCount() == 2
    texts = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert "ORD-1" in texts and "7" in texts and REASON in texts
    assert any("Receipt: received 2 of 2 expected" in t for t in texts)
    assert any("Refused by OT Box" in t for t in texts)
    dialog.select(panel.rows[0].id)
    assert dialog.retry_button.isEnabled()
    with qtbot.waitSignal(panel.changed, timeout=5_000):
        dialog.retry_button.click()
    qtbot.waitUntil(lambda: all(r.state == "pending" for r in panel.rows), timeout=5_000)
    with sqlite_db.read() as s:
        audited = s.scalars(select(AuditEntry).where(AuditEntry.action == "outbox.retry")).one()
        assert (audited.actor, audited.workstation) == ("anna", "ST-1")

    # Discard asks first; "Keep it" keeps it, "Discard" drops it
    dialog.select(panel.rows[1].id)
    dialog.discard_button.click()
    assert dialog.question is not None
    dialog.question.reject()
    assert len(outbox.entries()) == 2
    dialog.discard_button.click()
    assert dialog.question is not None
    with qtbot.waitSignal(panel.changed, timeout=5_000) as loaded:
        dialog.discard_choice.click()
    qtbot.waitUntil(lambda: len(panel.rows) == 1, timeout=5_000)
    assert [e.line_id for e in outbox.entries()] == [7]

    # everything sent (here: discarded): the bar hides itself
    outbox.discard(panel.rows[0].id, CLERK)
    panel.refresh()
    qtbot.waitUntil(panel.isHidden, timeout=5_000)


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the menu's popup, offscreen
def test_correct_waybill_from_the_line_menu_goes_to_the_outbox(qtbot: QtBot, sqlite_db: Database,
                                                              runner: TaskRunner) -> None:
    from tests.helpers.db import FIXED_NOW
    from tests.helpers.warehouse import lines_in
    from workstation.domain import statuses as st
    from workstation.services import demo
    from workstation.services.orders import OrderService
    from workstation.services.warehouse import ReceivingService
    from workstation.ui.panes.warehouse.receiving import ReceivingPanel

    demo.generate(sqlite_db, orders=20, now=FIXED_NOW)
    line = lines_in(sqlite_db, st.SENT_BY_SELLER, 1)[0]
    clock = FakeClock(FIXED_NOW)
    outbox = OtOutbox(sqlite_db, NoLink(), clock)
    panel = ReceivingPanel(ReceivingService(sqlite_db, clock, outbox), runner, CLERK, use_camera=False)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_lookup(OrderService(sqlite_db).lookup(line.vend_purch_waybill or ""))
    row = next(n for n, r in enumerate(panel.model.rows()) if r.line.id == line.id)
    panel._on_context_menu(panel.table.visualRect(panel.model.index(row, 0)).center())
    assert panel.menu is not None
    (action,) = panel.menu.actions()
    assert action.text() == "Correct waybill\u2026"
    action.trigger()
    assert panel.waybill_dialog is not None
    assert panel.waybill_dialog.textValue() == line.vend_purch_waybill
    panel.waybill_dialog.setTextValue(" yt7700000001 ")
    panel.waybill_dialog.accept()
    qtbot.waitUntil(lambda: "YT7700000001" in panel.summary.text(), timeout=5_000)
    assert panel.model.rows()[row].line.vend_purch_waybill == "YT7700000001"
    (entry,) = outbox.entries()
    assert (entry.kind, entry.line_id, entry.summary) == ("purchase_info", line.id, "waybill YT7700000001")
