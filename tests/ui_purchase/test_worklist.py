"""The worklist across all orders: the service's filters, views, search and sorts against a plain
Python reading of the same rows; the plan that groups lines into bookings; the model under
qtmodeltester; and the pane booking lines of several orders and remembering the account."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from tests.helpers.engine import ACCOUNT, World, plain_items, world  # noqa: F401 - the fixture
from workstation.config import Config
from workstation.core import open_database
from workstation.domain import statuses as st
from workstation.runner.activities import ActivityRunner
from workstation.runner.tasks import ImmediateRunner, TaskRunner
from workstation.services import demo
from workstation.services.dto import LineRow
from workstation.services.worklist import (
    CANDIDATES,
    SORTS,
    VIEWS,
    WorklistQuery,
    WorklistService,
    plan_booking,
)
from workstation.store.database import Database
from workstation.store.models import Alarm, Order, OrderLine
from workstation.ui.panes.purchase.choosers import LAST_ACCOUNT_KEY
from workstation.ui.panes.purchase.pane import PurchasePane
from workstation.ui.panes.purchase.worklist import WorklistPane
from workstation.ui.panes.purchase.worklist_model import FIRST_PAGE, PAGE, WorklistModel

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """About 3,000 demo lines in 1,000 orders, ages spread over 40 days, one alarm above the rule."""
    tmp: Path = tmp_path_factory.mktemp("worklist")
    db = open_database(Config(tmp, f"sqlite:///{tmp / 'ws.sqlite3'}"))
    demo.generate(db, orders=1000, now=NOW - timedelta(days=1))
    with db.write() as s:
        # spread the time in status: line id n has been in its status for n % 40 days
        s.execute(text("UPDATE order_lines SET status_changed_at = :now"), {"now": NOW})
        for line in s.scalars(select(OrderLine)):
            line.status_changed_at = NOW - timedelta(days=line.id % 40, minutes=line.id % 7)
        dear = s.scalars(select(OrderLine).where(OrderLine.status == st.PURCHASED).limit(2)).all()
        s.add(Alarm(key=f"above_rule:{dear[0].id}:x", kind="above_rule", provider=dear[0].provider,
                    line_id=dear[0].id, message="bought above the rule", created_at=NOW))
        s.add(Alarm(key=f"above_rule:{dear[1].id}:y", kind="above_rule", provider=dear[1].provider,
                    line_id=dear[1].id, message="settled", created_at=NOW, resolved_at=NOW))
    yield db
    db.dispose()


def _everything(db: Database) -> list[dict]:
    with db.read() as s:
        alarms = set(s.scalars(select(Alarm.line_id).where(Alarm.kind == "above_rule", Alarm.resolved_at.is_(None))))
        return [{"line": li, "customer": name, "above": li.id in alarms}
                for li, name in s.execute(select(OrderLine, Order.customer_name).join(Order))]


def _reference(rows: list[dict], q: WorklistQuery) -> list[int]:
    """What the query should find, read in plain Python from every line."""
    view = next(v for v in VIEWS if v.key == q.view)
    days = max(view.older_than_days, q.min_age_days)

    def keep(r: dict) -> bool:
        li = r["line"]
        return ((not view.statuses or li.status in view.statuses) and (not q.status or li.status == q.status)
                and (not view.alarm or r["above"]) and (not q.provider or li.provider == q.provider)
                and (not q.account or (li.account is None if q.account == "-" else li.account == q.account))
                and li.seller_nick.startswith(q.seller)
                and (not days or li.status_changed_at < NOW - timedelta(days=days))
                and (not q.text or q.text in li.title_orig or q.text.lower() in li.title.lower()
                     or q.text.lower() in r["customer"].lower()))

    def key(r: dict) -> tuple:
        li = r["line"]
        return (*(getattr(li, c.key) for c in SORTS[q.sort]), li.id)

    found = [r for r in rows if keep(r)]
    # NULLs sort first in SQLite (ascending); None compares as the smallest here too
    nulls_first = [r for r in found if any(getattr(r["line"], c.key) is None for c in SORTS[q.sort])]
    rest = sorted((r for r in found if r not in nulls_first), key=key, reverse=q.descending)
    nulls = sorted(nulls_first, key=lambda r: r["line"].id, reverse=q.descending)
    ordered = [*nulls, *rest] if not q.descending else [*rest, *nulls]
    return [r["line"].id for r in ordered]


QUERIES = [
    WorklistQuery(),
    WorklistQuery(view="all", sort="order"),
    WorklistQuery(view="all", sort="price", descending=True),
    WorklistQuery(view="ready", sort="seller", provider="1688"),
    WorklistQuery(view="price", sort="age", descending=True),
    WorklistQuery(view="sent_10", sort="order"),
    WorklistQuery(view="above_rule", sort="order"),
    WorklistQuery(view="all", sort="status", min_age_days=30),
    WorklistQuery(view="all", sort="age", seller="天猫"),
    WorklistQuery(view="all", sort="order", account="-", provider="taobao"),
    WorklistQuery(view="all", sort="order", status=st.PURCHASED, account="demo_buyer_1688"),
    WorklistQuery(view="all", sort="order", text="台灯"),
    WorklistQuery(view="ready", sort="price", text="backpack"),
]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: f"{q.view}-{q.sort}-{q.descending}")
def test_the_database_finds_and_orders_what_a_plain_reading_does(demo_db: Database, query: WorklistQuery) -> None:
    service = WorklistService(demo_db, clock=lambda: NOW)
    expected = _reference(_everything(demo_db), query)
    assert service.count(query) == len(expected)
    got = [r.id for r in service.page(query, 0, 50)] + [r.id for r in service.page(query, 50, 100_000)]
    assert got == expected  # ties broken by line id in both, so pages never overlap


def test_the_views_are_the_issues_five_and_all_with_their_counts(demo_db: Database) -> None:
    service = WorklistService(demo_db, clock=lambda: NOW)
    counts = service.view_counts()
    rows = _everything(demo_db)
    by_status = {c: sum(1 for r in rows if r["line"].status == c) for c in (st.READY, st.PRICE_CONFIRMATION)}
    assert [v.title for v in VIEWS] == ["Ready for purchase", "Waiting for price confirmation",
                                        "Bought above the rule", "Outcome unknown",
                                        "Sent by seller over 10 days", "All lines"]
    assert counts["ready"] == by_status[st.READY] > 0
    assert counts["price"] == by_status[st.PRICE_CONFIRMATION] > 0
    assert counts["above_rule"] == 1  # the resolved alarm is not work any more
    assert counts["sent_10"] == sum(1 for r in rows if r["line"].status == st.SENT_BY_SELLER
                                    and r["line"].status_changed_at < NOW - timedelta(days=10)) > 0
    assert counts["all"] == len(rows)
    one = service.page(WorklistQuery(view="above_rule"))
    assert len(one) == 1 and one[0].above_rule


def test_search_by_order_marketplace_order_waybill_and_customer(demo_db: Database) -> None:
    service = WorklistService(demo_db, clock=lambda: NOW)
    rows = _everything(demo_db)
    shipped = next(r["line"] for r in rows if r["line"].vend_purch_waybill and r["line"].vend_purch_id)
    every = WorklistQuery(view="all", sort="order")
    order_lines = sorted(r["line"].id for r in rows if r["line"].order_id == shipped.order_id)
    number = str(int(shipped.order_id.removeprefix("ORD-")))
    assert sorted(r.id for r in service.page(every.with_(text=number))) == order_lines  # "123" names ORD-…123
    assert {r.vend_purch_id for r in service.page(every.with_(text=shipped.vend_purch_id))} == {shipped.vend_purch_id}
    by_waybill = service.page(every.with_(text=shipped.vend_purch_waybill[:-2].lower()))
    assert shipped.id in {r.id for r in by_waybill}
    assert all(r.vend_purch_waybill.startswith(shipped.vend_purch_waybill[:-2]) for r in by_waybill)
    customer = next(r["customer"] for r in rows if r["line"].id == shipped.id)
    word = customer.split()[0].lower()
    found = service.page(every.with_(text=word), 0, 100_000)
    assert shipped.id in {r.id for r in found}
    assert all(word in r.customer_name.lower() or word in r.title.lower() or word in r.title_orig for r in found)
    assert service.page(every.with_(text="nothing-like-this")) == []


def test_a_narrow_filter_reads_its_own_index_and_a_wide_one_walks_the_sort_index(demo_db: Database) -> None:
    """Which way the service takes; both give the same rows (the reference test), this says why fast."""
    service = WorklistService(demo_db, clock=lambda: NOW)
    with demo_db.read() as s:
        narrow = service._where(s, WorklistQuery(view="all", sort="price", seller="天猫"))
        wide = service._where(s, WorklistQuery(view="all", sort="price", provider="1688"))
    assert narrow is not None and wide is not None
    narrow_sql = " ".join(str(t) for t in narrow)
    assert "order_lines.id IN" in narrow_sql  # the seller's few lines, read through its index
    assert "coalesce" in " ".join(str(t) for t in wide)  # provider checked on the way, not an index
    assert CANDIDATES >= PAGE


def _line(line_id: int, order: str, provider: str, status: str = st.READY, vend: str | None = None) -> LineRow:
    return LineRow(id=line_id, order_id=order, line_num=line_id, label=f"L{line_id}", provider=provider,
                   item_id="i", config_id=None, title_orig="标题", title="title", config_text="",
                   config_text_orig="", image_url="", seller_nick="s", qty=1, price_cust=Decimal("1"),
                   delivery_cust=Decimal("0"), purch_price=None, purch_delivery=None, status=status,
                   vend_purch_id=vend, vend_purch_waybill=None, account=None)


def test_the_plan_books_each_order_once_in_its_providers_account() -> None:
    lines = [_line(1, "ORD-2", "1688"), _line(2, "ORD-1", "1688"), _line(3, "ORD-2", "1688"),
             _line(4, "ORD-3", "taobao"), _line(5, "ORD-3", "taobao", st.BOOKED, "MP-1"),
             _line(6, "ORD-4", "taobao", st.PRICE_CONFIRMATION)]
    plan = plan_booking(lines, {"1688": "buyer_a", "taobao": "tb_b"})
    assert [(b.order_id, b.account, b.line_ids) for b in plan.bookings] == [
        ("ORD-1", "buyer_a", (2,)), ("ORD-2", "buyer_a", (1, 3)),
        ("ORD-3", "tb_b", (4,)), ("ORD-4", "tb_b", (6,))]
    assert plan.left_out == (5,) and plan.without_account == ()
    missing = plan_booking(lines, {"1688": "buyer_a"})
    assert missing.without_account == ("taobao",)
    assert {b.provider for b in missing.bookings} == {"1688"}


def test_the_model_passes_qtmodeltester_and_pages(qtbot: QtBot, qtmodeltester, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    runner = ImmediateRunner()
    model = WorklistModel(WorklistService(demo_db, clock=lambda: NOW), runner, now=lambda: NOW)
    model.set_query(WorklistQuery(view="all", sort="order"))
    assert model.rowCount() == FIRST_PAGE and model.canFetchMore()
    qtmodeltester.check(model)  # it fetches more itself, too
    held = model.rowCount()
    model.fetchMore()
    assert model.rowCount() == held + PAGE
    ids = [r.id for r in model.rows()]
    assert len(set(ids)) == len(ids)
    assert model.total == WorklistService(demo_db).count(WorklistQuery(view="all"))
    model.sort(model.sort_column(), Qt.SortOrder.DescendingOrder)
    assert [r.order_id for r in model.rows()[:3]] == sorted((r.order_id for r in model.rows()), reverse=True)[:3]
    age = [c.key for c in model.columns].index("age")
    model.sort(age, Qt.SortOrder.DescendingOrder)  # the longest in its status first
    rows = model.rows()
    assert rows[0].status_changed_at <= rows[-1].status_changed_at
    assert model.data(model.index(0, age)).endswith(" d")
    qtmodeltester.check(model)


# ------------------------------------------------------------ the pane on the sandbox


@pytest.fixture
def desk(qtbot: QtBot, world: World, tmp_path: Path) -> Iterator[tuple[PurchasePane, World, QSettings]]:  # noqa: F811
    core = world.core
    tasks = TaskRunner()
    activities = ActivityRunner(core.activities)
    store = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    pane = PurchasePane(core.orders, core.purchase, core.sessions, core.settings, tasks, activities,
                        worklist=WorklistService(core.db), store=store)
    qtbot.addWidget(pane)
    pane.resize(1400, 800)
    pane.show()
    qtbot.waitExposed(pane)
    try:
        yield pane, world, store
    finally:
        activities.shutdown(10_000)
        tasks.shutdown(10_000)


def test_booking_lines_of_three_orders_from_the_worklist(qtbot: QtBot, desk) -> None:  # type: ignore[no-untyped-def]
    pane, world, store = desk  # noqa: F811 - the world of the desk fixture
    items = plain_items("1688")
    orders = [world.add_order("1688", [(items[n], 0, 1, None), (items[n + 3], 0, 1, None)]) for n in range(3)]
    wl = pane.worklist
    assert wl is not None
    with qtbot.waitSignal(wl.model.loaded, timeout=5000):
        wl.reload()
    qtbot.waitUntil(lambda: wl.model.total == 6 and wl.choosers["1688"].count() > 0, timeout=5000)
    qtbot.waitUntil(lambda: wl.views.item(0).text() == "Ready for purchase  ·  6", timeout=5000)
    wl.table.selectAll()
    wl.book_selected()
    assert "choose the 1688 account" in wl.banner.message()
    account = ACCOUNT["1688"]
    wl.choosers["1688"].setCurrentIndex(wl.choosers["1688"].findData(account))
    assert store.value(LAST_ACCOUNT_KEY.format("1688")) == account
    started: list[str] = []
    pane.activity_started.connect(started.append)
    wl.book_selected()
    qtbot.waitUntil(lambda: len(started) == 3, timeout=10_000)  # one booking per order
    assert "Booking 6 line(s) in 3 order(s) with" in wl.banner.message()
    core = world.core

    def booked() -> bool:
        return all(li.status == st.BOOKED for o in orders for li in world.lines(o))

    qtbot.waitUntil(booked, timeout=30_000)
    infos = [core.activities.get(a) for a in started]
    assert sorted(i.params["order_id"] for i in infos) == sorted(orders)
    assert {i.account for i in infos} == {account}
    qtbot.waitUntil(lambda: wl.model.total == 0, timeout=5000)
    qtbot.waitUntil(lambda: wl.stack.currentWidget() is wl.empty, timeout=5000)
    assert "ready for purchase" in wl.empty.text()


def test_the_account_is_remembered_across_a_restart(qtbot: QtBot, world: World, tmp_path: Path) -> None:  # noqa: F811
    core = world.core
    store = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    second = [r.account for r in core.sessions.list("1688")][-1]
    store.setValue(LAST_ACCOUNT_KEY.format("1688"), second)
    store.sync()
    again = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)  # the next start
    tasks, activities = TaskRunner(), ActivityRunner(core.activities)
    try:
        wl = WorklistPane(WorklistService(core.db), core.purchase, core.sessions, tasks, activities, store=again)
        qtbot.addWidget(wl)
        qtbot.waitUntil(lambda: wl.choosers["1688"].account() == second, timeout=5000)
    finally:
        activities.shutdown(10_000)
        tasks.shutdown(10_000)


def test_sorting_by_a_header_and_the_empty_filter_state(qtbot: QtBot, desk) -> None:  # type: ignore[no-untyped-def]
    pane, world, _store = desk  # noqa: F811 - the world of the desk fixture
    items = plain_items("1688")
    for n in range(4):
        world.add_order("1688", [(items[n], 0, 1, Decimal(10 + n))])
    wl = pane.worklist
    with qtbot.waitSignal(wl.model.loaded, timeout=5000):
        wl.reload()
    price = [c.key for c in wl.model.columns].index("price")
    with qtbot.waitSignal(wl.model.loaded, timeout=5000):
        wl.table.horizontalHeader().setSortIndicator(price, Qt.SortOrder.DescendingOrder)
    assert [r.price_cust for r in wl.model.rows()] == [Decimal(13), Decimal(12), Decimal(11), Decimal(10)]
    with qtbot.waitSignal(wl.model.loaded, timeout=5000):
        wl.seller.setText("no such seller")
    assert wl.stack.currentWidget() is wl.empty and "Clear filters" in wl.empty.text()
    with qtbot.waitSignal(wl.model.loaded, timeout=5000):
        wl.clear_filters.click()
    assert wl.model.rowCount() == 4
    wl.table.doubleClicked.emit(wl.model.index(0, 0))
    qtbot.waitUntil(lambda: pane.detail is not None, timeout=5000)
    assert pane.pages is not None and pane.pages.currentWidget() is pane.order_page


@pytest.mark.parametrize("view", [v.key for v in VIEWS if not v.alarm])
def test_every_view_and_sort_is_read_in_index_order(demo_db: Database, view: str) -> None:
    """No sort of a whole view in a temporary B-tree: the first page stops after its rows."""
    service = WorklistService(demo_db, clock=lambda: NOW)
    with demo_db.read() as s:
        for sort in SORTS:
            for descending in (False, True):
                query = WorklistQuery(view=view, sort=sort, descending=descending)
                stmt = service.statement(s, query)
                assert stmt is not None
                sql = str(stmt.limit(PAGE).compile(demo_db.engine, compile_kwargs={"literal_binds": True}))
                plan = " ".join(str(r[-1]) for r in s.execute(text("EXPLAIN QUERY PLAN " + sql)))
                assert "TEMP B-TREE" not in plan, (view, sort, descending, plan)
