"""The engine's messages in the window's language: the Activities pane and an activity's window,
composed as app.py does it, read keys and parameters the engine stored and show Russian (or
Chinese); a step stored without a key shows its text."""

from __future__ import annotations

import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from tests.helpers.engine import World
from workstation import i18n
from workstation.app import _build_window, _install_translations, parse_args
from workstation.domain import messages as msg
from workstation.runner.tasks import TaskRunner
from workstation.services.activities import ActivityService, Context
from workstation.store.models import ActivityStep
from workstation.ui.errors import ErrorReporter


class _Handler:
    def run(self, ctx: Context) -> None:
        ctx.info(msg.BOOKED(order="7788", items=2, total=Decimal("1234.50")), key="booked")
        ctx.error(msg.NOT_BOOKED(seller="shop-9", why=msg.WHY_SESSION_EXPIRED()), key="failed")
        ctx.warning(msg.LINE_TAKEN(line=3), key="old")
        ctx.info(msg.PRICE_AUTO(what="#2 女士羊毛大衣 [黑色 M]", price=Decimal("318.00"), paid=Decimal("309.00"),
                                change=msg.PRICE_CHANGE_PERCENT(sign="+", difference=Decimal("9.00"), percent=3),
                                threshold=5), key="auto")
        ctx.warning(msg.SYNC_CANCELLED(order="3318842001", status="TRADE_CLOSED", lines="#4, #5"), key="cancelled")


def engine_activity(world: World) -> str:
    """A finished activity whose steps the engine wrote with keys, and one old step without."""
    service = ActivityService(world.core.db, {"sync": _Handler()})
    activity_id = service.create("sync", "1688", "buyer-1", {}, description=msg.DESCRIBE_SYNC(account="buyer-1"))
    service.run(activity_id)
    with world.core.db.write() as s:
        s.execute(update(ActivityStep).where(ActivityStep.activity_id == activity_id, ActivityStep.step_key == "old")
                  .values(message_key=None, message_params=None, message="an old English step"))
    return activity_id


@pytest.fixture
def translated() -> Iterator[list]:
    app = QApplication.instance()
    installed: list = []
    yield installed
    for translator in installed:
        app.removeTranslator(translator)
    app.setProperty("workstation_language", None)


@pytest.mark.parametrize(("language", "description", "booked", "failed"), [
    ("ru", "Синхронизация buyer-1", "Выкуплен заказ площадки 7788 (позиций: 2, 1\u00a0234,50\u00a0¥).",
     "Заказ у продавца shop-9 не выкуплен: сессия истекла"),
    ("zh_CN", "同步 buyer-1", "已在平台下单 7788（2 件商品，¥1,234.50）。", "卖家 shop-9 的订单未能下单：会话已过期"),
])
def test_the_activities_pane_and_window_show_engine_messages_in_the_windows_language(
        qtbot: QtBot, world: World, tmp_path: Path, translated: list, language: str, description: str,
        booked: str, failed: str) -> None:
    app = QApplication.instance()
    before = set(app.findChildren(type(i18n.QTranslator())))
    assert _install_translations(app, parse_args(["--data-dir", str(tmp_path), "--lang", language])) == language
    translated.extend(set(app.findChildren(type(i18n.QTranslator()))) - before)
    activity_id = engine_activity(world)
    runner = TaskRunner()
    reporter = ErrorReporter(None)
    reporter.interactive = False
    settings = QSettings(str(tmp_path / "workstation.ini"), QSettings.Format.IniFormat)
    window, stop = _build_window(app, world.core, runner, settings, "test db", reporter)
    qtbot.addWidget(window)
    window.show()
    try:
        pane = window.activities_pane
        pane.refresh()
        qtbot.waitUntil(lambda: any(r.id == activity_id for r in pane.model.rows()), timeout=10_000)
        model = pane.model
        column = next(c for c in range(model.columnCount())
                      if model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                      == {"ru": "Описание", "zh_CN": "描述"}[language])
        row = next(r for r in range(model.rowCount()) if model.rows()[r].id == activity_id)
        assert model.index(row, column).data() == description

        activity_window = pane.open_window(activity_id)
        qtbot.waitUntil(lambda: activity_window.model.rowCount() == 5, timeout=10_000)
        texts = [activity_window.model.index(r, 2).data() for r in range(5)]
        assert texts[:3] == [booked, failed, "an old English step"]
        assert "318" in texts[3] and texts[3] != msg.CATALOGUE["booking.price.auto"].text
        assert description in activity_window.windowTitle()
        assert reporter.shown == []
        shots = os.environ.get("WORKSTATION_ENGINE_SHOTS")  # a folder: also save what is shown (docs/)
        if shots:
            window.resize(1400, 700)
            window.panes.setCurrentWidget(pane)
            activity_window.resize(1000, 420)
            qtbot.waitExposed(activity_window)
            short = language.split("_")[0]
            window.grab().save(str(Path(shots) / f"i18n-{short}-activities-engine.png"))
            activity_window.grab().save(str(Path(shots) / f"i18n-{short}-activity-steps.png"))
    finally:
        stop()
        runner.shutdown()
