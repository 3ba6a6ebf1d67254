"""Fixtures for the purchaser's desk tests: the engine world plus a real activity runner."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.helpers.engine import ACCOUNT, World, plain_items, world  # noqa: F401 - fixture
from workstation.runner.activities import ActivityRunner
from workstation.runner.tasks import TaskRunner
from workstation.store.models import ProviderOrder as PO  # noqa: N817 - the ORM row, kept apart from the connector's ProviderOrder


@pytest.fixture
def runner(world: World, qtbot: QtBot) -> Iterator[ActivityRunner]:  # noqa: F811 - fixture use
    r = ActivityRunner(world.core.activities, max_parallel=3)
    yield r
    assert r.shutdown(15_000)


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    t = TaskRunner()
    yield t
    t.shutdown()


def drifted_order(world: World, count: int = 1, provider: str = "1688") -> str:  # noqa: F811
    """An order whose lines were paid 25 % under today's price (above the 10 % threshold)."""
    items = plain_items(provider)
    picks = []
    for n in range(count):
        item = items[n % len(items)]
        paid = (item.skus[0].price / Decimal("1.25")).quantize(Decimal("0.01"))
        picks.append((item, 0, 1, paid))
    return world.add_order(provider, picks)


def plain_order(world: World, count: int = 1, provider: str = "1688") -> str:  # noqa: F811
    items = plain_items(provider)
    return world.add_order(provider, [(items[n % len(items)], n % 2 if len(items[n % len(items)].skus) > 1 else 0, 1, None)
                                      for n in range(count)])


def start_booking(world: World, oid: str, provider: str = "1688", account: str = "") -> str:  # noqa: F811
    return world.core.purchase.start_booking(oid, account or ACCOUNT[provider])


def two_seller_order(world: World, first: int = 3, second: int = 2) -> str:  # noqa: F811
    """`first` lines of one seller and `second` of another: two marketplace orders."""
    items = plain_items("1688")
    a = [i for i in items if i.seller_id == items[0].seller_id]
    b = [i for i in items if i.seller_id == next(j.seller_id for j in items if j.seller_id != a[0].seller_id)]
    picks = [(a[n % len(a)], n % len(a[n % len(a)].skus), 1, None) for n in range(first)]
    picks += [(b[n % len(b)], 0, 1, None) for n in range(second)]
    return world.add_order("1688", picks)


def created_orders(world: World, activity_id: str) -> int:  # noqa: F811
    with world.core.db.read() as s:
        return s.scalar(select(func.count()).select_from(PO).where(PO.activity_id == activity_id,
                                                                   PO.state == "created")) or 0
