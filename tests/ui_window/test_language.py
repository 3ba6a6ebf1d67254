"""The window in Russian and in Chinese, composed as app.py does it with the translators it installs."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.db import FIXED_NOW
from tests.helpers.engine import World
from workstation import i18n
from workstation.app import _add_language_menu, _build_window, _install_translations, parse_args
from workstation.runner.tasks import TaskRunner
from workstation.services import demo
from workstation.ui import look
from workstation.ui.errors import ErrorReporter


@pytest.fixture
def translated() -> Iterator[list]:
    """Translators installed by a test are taken off again, so no other test sees them."""
    app = QApplication.instance()
    installed: list = []
    yield installed
    for translator in installed:
        app.removeTranslator(translator)
    app.setProperty("workstation_language", None)


def _install(language: str, translated: list, tmp_path: Path) -> None:
    app = QApplication.instance()
    before = set(app.findChildren(type(i18n.QTranslator())))
    assert _install_translations(app, parse_args(["--data-dir", str(tmp_path), "--lang", language])) == language
    translated.extend(set(app.findChildren(type(i18n.QTranslator()))) - before)


def _window(world: World, tmp_path: Path, qtbot: QtBot):  # type: ignore[no-untyped-def]
    core = world.core
    demo.generate(core.db, orders=10, now=FIXED_NOW)
    runner = TaskRunner()
    reporter = ErrorReporter(None)
    reporter.interactive = False
    settings = QSettings(str(tmp_path / "workstation.ini"), QSettings.Format.IniFormat)
    window, stop = _build_window(QApplication.instance(), core, runner, settings, "test db", reporter)
    _add_language_menu(window, settings)
    qtbot.addWidget(window)
    window.show()
    return window, stop, runner, settings, reporter


def test_the_window_speaks_russian_with_lang_ru(qtbot: QtBot, world: World, tmp_path: Path,
                                                translated: list) -> None:
    _install("ru", translated, tmp_path)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"  # Qt's own qtbase_ru too
    window, stop, runner, settings, reporter = _window(world, tmp_path, qtbot)
    try:
        tabs = [window.panes.tabText(i) for i in range(window.panes.count())]
        assert tabs == ["Заказы", "Выкуп", "Операции", "Склад"]
        assert window.orders_pane.tabs.tabText(1) == "По товарам"
        headers = [window.orders_pane.orders_model.headerData(c, Qt.Orientation.Horizontal)
                   for c in range(window.orders_pane.orders_model.columnCount())]
        assert "Клиент" in headers and "Заказ" in headers
        assert look.status_name("price_confirmation") == "Ожидает подтверждения цены"
        assert look.status_name("sent_by_seller") == "Отправлено продавцом"
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:2] == ["&Файл", "&Вид"]
        qtbot.waitUntil(lambda: window.orders_pane.orders_model.total > 0, timeout=10_000)
        row = window.orders_pane.orders_model.row(0)
        assert row is not None

        # View -> Language: written to the INI, applied at the next start
        language_menu = window.findChild(type(window.menuBar().addMenu("x")), "language_menu")
        assert language_menu is not None and language_menu.title() == "&Язык"
        chinese = next(a for a in language_menu.actions() if a.data() == "zh_CN")
        assert chinese.text() == "简体中文"
        chinese.trigger()
        assert settings.value(i18n.SETTING) == "zh_CN"
        assert "следующем запуске" in window.statusBar().currentMessage()
        assert reporter.shown == []
    finally:
        stop()
        runner.shutdown()
    # the next start reads it from the INI when --lang does not say otherwise
    args = argparse.Namespace(data_dir=str(tmp_path), db=None, lang=None)
    assert i18n.choose(args.lang, i18n.ini_language(tmp_path / "workstation.ini")) == "zh_CN"


def test_the_window_speaks_chinese_with_lang_zh_cn(qtbot: QtBot, world: World, tmp_path: Path,
                                                   translated: list) -> None:
    _install("zh_CN", translated, tmp_path)
    window, stop, runner, _settings, reporter = _window(world, tmp_path, qtbot)
    try:
        tabs = [window.panes.tabText(i) for i in range(window.panes.count())]
        assert tabs == ["订单", "采购", "任务", "仓库"]
        assert look.status_name("price_confirmation") == "待确认价格"
        headers = [window.orders_pane.goods_model.headerData(c, Qt.Orientation.Horizontal)
                   for c in range(window.orders_pane.goods_model.columnCount())]
        assert "运单号" in headers
        assert reporter.shown == []
    finally:
        stop()
        runner.shutdown()
