"""Screenshots of a question with its context and of the Audit view (run under Xvfb):

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_audit_screenshots.py [OUT_DIR] [--pseudo]

With --pseudo every translated text is a third longer (as Russian is), to look for cut texts.

A real sandbox on loopback and a real database: an order of three lines, #1 and #3 paid under
today's price; the booking asks about #3 after #1 was confirmed (docs/question-context.png); a
vanished configuration asks to pick another (docs/question-configuration.png); then the audit
of the order after the answers and a synchronisation that brought a new purchase price
(docs/audit-view.png).
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from shots import settle, start  # noqa: E402


def main() -> None:

    from tests.helpers.engine import ACCOUNT, make_world, plain_items
    from workstation.runner.activities import ActivityRunner
    from workstation.runner.tasks import TaskRunner
    from workstation.services.audit import AuditService
    from workstation.store.models import OrderLine
    from workstation.ui.dialogs.audit import AuditDialog
    from workstation.ui.dialogs.question import QuestionDialog

    shots = start(HERE)
    app, out, suffix = shots.app, shots.out, shots.suffix
    tmp = Path(tempfile.mkdtemp())
    worlds = make_world(tmp, f"sqlite:///{tmp / 'shot.sqlite3'}")
    world = next(worlds)
    core = world.core
    items = plain_items("1688")
    long_item = max(items, key=lambda i: len(i.title))
    other = next(i for i in items if i.item_id != long_item.item_id)
    drift = (long_item.skus[0].price / Decimal("1.1")).quantize(Decimal("0.01"), "ROUND_DOWN")
    oid = world.add_order("1688", [(long_item, 0, 2, (long_item.skus[0].price / Decimal("1.2")).quantize(
        Decimal("0.01"))), (other, 0, 1, None), (long_item, 0, 4, drift)])
    account = ACCOUNT["1688"]
    aid = core.purchase.start_booking(oid, account)
    info = core.purchase.run(aid)
    core.activities.answer(aid, "confirm", answered_by="olga.petrova")
    info = core.purchase.run(aid)
    assert info.pending_question is not None

    tasks = TaskRunner()
    runner = ActivityRunner(core.activities)
    dialog = QuestionDialog(runner, tasks, core.activities)
    dialog.resize(720, 10)
    dialog.ask(aid)
    settle(app, until=lambda: dialog.panel.isEnabled() and "#3" in dialog.panel.line.text())
    dialog.grab().save(str(out / f"question-context{suffix}.png"))
    print(out / f"question-context{suffix}.png")
    dialog.close()

    gone = next(i for i in items if len(i.skus) >= 3 and i.item_id not in (long_item.item_id, other.item_id))
    world.market.goods.set_sku("1688", gone.item_id, gone.skus[0].sku_id, vanished=True)
    world.market.goods.set_sku("1688", gone.item_id, gone.skus[2].sku_id, stock=0)
    config_order = world.add_order("1688", [(gone, 0, 1, None)])
    config_aid = core.purchase.start_booking(config_order, account)
    core.purchase.run(config_aid)
    dialog = QuestionDialog(runner, tasks, core.activities)
    dialog.resize(720, 10)
    dialog.ask(config_aid)
    settle(app, until=lambda: dialog.panel.isEnabled() and dialog.panel.configs.isVisible())
    dialog.grab().save(str(out / f"question-configuration{suffix}.png"))
    print(out / f"question-configuration{suffix}.png")
    dialog.close()
    core.activities.cancel(config_aid)

    core.activities.answer(aid, "confirm", answered_by=core.actor.user)
    assert core.purchase.run(aid).state == "finished"
    line = world.lines(oid)[0]
    with core.db.write() as s:  # a seller's price change on the marketplace, as sync finds it
        s.get(OrderLine, line.id).purch_price = (line.purch_price or Decimal(0)) - Decimal("1.20")  # type: ignore[union-attr]
    core.purchase.run(core.purchase.start_sync(account))

    audit = AuditDialog(AuditService(core.db), tasks, order_id=oid)
    audit.resize(1500, 720)
    audit.show()
    settle(app, until=lambda: audit.model.rowCount() > 0 and not audit.model.is_loading)
    confirm = next(n for n, r in enumerate(audit.model.rows()) if r.action == "line.price_confirm")
    audit.table.selectRow(confirm)
    settle(app)
    audit.grab().save(str(out / f"audit-view{suffix}.png"))
    print(out / f"audit-view{suffix}.png")
    audit.close()
    runner.shutdown(10_000)
    tasks.shutdown()
    with contextlib.suppress(StopIteration):
        next(worlds)


if __name__ == "__main__":
    main()
