"""The settings dialog's fields as a purchaser uses them: edits persist, bad values are refused
next to their field and nothing is saved, Cancel drops edits, the API secret never shows."""

from __future__ import annotations

import threading
from decimal import Decimal

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from tests.helpers.ui_settings import OpenDialog, save, save_refused, type_text
from workstation.runner.tasks import TaskRunner
from workstation.services.settings import SettingsService
from workstation.ui.dialogs.settings import SettingsDialog
from workstation.ui.dialogs.settings.general import select


def test_every_setting_edited_persists_and_reads_back_after_reopening(
        qtbot: QtBot, open_dialog: OpenDialog, service: SettingsService) -> None:
    dialog = open_dialog("1688")
    page = dialog.editor.integration
    select(page.background_sync, False)
    assert not page.interval.isEnabled()  # no interval without background synchronisation
    select(page.background_sync, True)
    page.interval.setValue(45)
    select(page.check_order, False)
    # Tmall promotions are Taobao's (domain/marketplaces.py): 1688 does not offer the setting
    assert "tmall_promotions_allowed" not in page.rows and not page.tmall.isVisibleTo(dialog)
    qtbot.keyClicks(page.accounts.entry, "buyer_wang")
    qtbot.keyClick(page.accounts.entry, Qt.Key.Key_Return)
    assert page.accounts.accounts() == ["buyer_wang"]
    assert dialog.status.text() == ""  # Enter added the account; it did not press Save
    type_text(page.accounts.entry, "仓库采购01")
    qtbot.mouseClick(page.accounts.add_button, Qt.MouseButton.LeftButton)
    prices = dialog.editor.prices
    prices.threshold.clear()
    qtbot.keyClicks(prices.threshold, "15")
    select(prices.mode, "no")
    assert dialog.has_unsaved_changes()

    save(qtbot, dialog)

    assert "Saved" in dialog.status.text()
    assert not dialog.has_unsaved_changes()
    stored = service.get("1688")
    assert (stored.background_sync, stored.sync_interval_minutes) == (True, 45)
    assert stored.check_order_after_export is False
    assert stored.accounts == ["buyer_wang", "仓库采购01"]
    assert stored.overpayment_threshold_percent == Decimal("15")
    assert stored.price_confirmation_mode == "no"
    assert service.get("taobao").accounts == []  # the other provider is untouched
    dialog.close()

    again = open_dialog("1688")
    page = again.editor.integration
    assert page.interval.value() == 45
    assert page.check_order.currentData() is False
    assert page.accounts.accounts() == ["buyer_wang", "仓库采购01"]
    assert again.editor.prices.threshold.text() == "15"
    assert again.editor.prices.mode.currentText() == "No"


def test_the_provider_chooser_edits_each_provider_on_its_own(
        qtbot: QtBot, open_dialog: OpenDialog, service: SettingsService) -> None:
    dialog = open_dialog("1688")
    dialog.chooser.setCurrentIndex(dialog.chooser.findData("taobao"))
    assert dialog.provider == "taobao"
    page = dialog.editor.integration
    assert dialog.tabs.currentWidget().currentWidget() is page
    assert page.integration.currentText() == "TaobaoGlobal"
    assert not {"api_key", "api_secret"} & set(page.rows)  # keys live on the Connection page only
    select(page.tmall, False)
    save(qtbot, dialog)
    assert service.get("taobao").tmall_promotions_allowed is False
    assert service.get("1688").tmall_promotions_allowed is True


def test_cancel_discards_unsaved_edits(qtbot: QtBot, open_dialog: OpenDialog,
                                       service: SettingsService) -> None:
    dialog = open_dialog("taobao")
    dialog.editor.prices.threshold.setText("25")
    dialog.editor.mapping.restore_defaults()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Rejected
    assert service.get("taobao").overpayment_threshold_percent == Decimal("10")
    assert open_dialog("taobao").editor.prices.threshold.text() == "10"


def test_a_bad_threshold_is_refused_next_to_its_field_and_nothing_is_saved(
        qtbot: QtBot, open_dialog: OpenDialog, service: SettingsService) -> None:
    dialog = open_dialog("1688")
    select(dialog.editor.integration.check_order, False)  # a good edit in the same save
    dialog.show_page("prices")
    prices = dialog.editor.prices
    prices.threshold.clear()
    qtbot.keyClicks(prices.threshold, "-5")
    row = prices.rows["overpayment_threshold_percent"]
    assert "between 0 and 1000" in row.message  # as it is typed
    assert row.error.isVisible()

    save_refused(qtbot, dialog)

    # The service's own refusal, naming the key, sits next to the field.
    assert "overpayment_threshold_percent" in row.message
    assert "Not saved" in dialog.status.text()
    assert dialog.tabs.currentIndex() == 3  # the page at fault is in view
    assert service.get("1688").overpayment_threshold_percent == Decimal("10")
    assert service.get("1688").check_order_after_export is True

    prices.threshold.clear()
    qtbot.keyClicks(prices.threshold, "12.5")
    save(qtbot, dialog)
    assert row.message == ""
    assert service.get("1688").overpayment_threshold_percent == Decimal("12.5")


def test_a_phone_number_as_account_is_refused_in_place(
        qtbot: QtBot, open_dialog: OpenDialog, service: SettingsService) -> None:
    dialog = open_dialog("taobao")
    accounts = dialog.editor.integration.accounts
    row = dialog.editor.integration.rows["accounts"]
    qtbot.keyClicks(accounts.entry, "13800138000")
    assert "phone number" in row.message
    assert row.error.isVisible()
    assert not accounts.add_button.isEnabled()
    qtbot.keyClick(accounts.entry, Qt.Key.Key_Return)
    assert accounts.accounts() == []

    save_refused(qtbot, dialog)
    assert service.get("taobao").accounts == []

    accounts.entry.clear()
    assert row.message == ""
    qtbot.keyClicks(accounts.entry, "tb_buyer_01")
    save(qtbot, dialog)  # typed but not added: saving keeps it
    assert service.get("taobao").accounts == ["tb_buyer_01"]


def test_the_integration_page_edits_no_key_or_secret(qtbot: QtBot, open_dialog: OpenDialog) -> None:
    """One key and secret per provider, edited on the Connection page only (tests/live/
    test_connection_page.py): the Integration page says where they are and has no field of them."""
    for provider in ("1688", "taobao"):
        page = open_dialog(provider).editor.integration
        assert not {"api_key", "api_secret"} & set(page.rows)
        assert not any(isinstance(w, QLineEdit) and w.echoMode() == QLineEdit.EchoMode.Password
                       for w in page.findChildren(QLineEdit))
        assert any("Connection page" in label.text() for label in page.findChildren(QLabel))


class _ThreadSpy(SettingsService):
    """The real service, noting the thread of each write."""

    def __init__(self, inner: SettingsService):
        self.__dict__.update(inner.__dict__)
        self.write_threads: list[threading.Thread] = []

    def set(self, provider, key, raw):  # type: ignore[no-untyped-def, override]
        self.write_threads.append(threading.current_thread())
        return super().set(provider, key, raw)



def test_saving_writes_off_the_gui_thread(qtbot: QtBot, service: SettingsService,
                                          runner: TaskRunner) -> None:
    spy = _ThreadSpy(service)
    dialog = SettingsDialog(spy, runner, provider="1688")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.editors["1688"].loaded is not None, timeout=5000)
    dialog.editor.integration.interval.setValue(20)
    save(qtbot, dialog)
    assert spy.write_threads
    assert all(t is not threading.main_thread() for t in spy.write_threads)
    assert service.get("1688").sync_interval_minutes == 20


class _SlowSpy(_ThreadSpy):
    """Holds each write until the test lets it go."""

    def __init__(self, inner: SettingsService):
        super().__init__(inner)
        self.release = threading.Event()

    def set(self, provider, key, raw):  # type: ignore[no-untyped-def, override]
        self.release.wait(5)
        return super().set(provider, key, raw)


def test_closing_while_a_save_is_on_its_way_neither_crashes_nor_loses_it(
        qtbot: QtBot, service: SettingsService, runner: TaskRunner) -> None:
    spy = _SlowSpy(service)
    dialog = SettingsDialog(spy, runner, provider="1688")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.editors["1688"].loaded is not None, timeout=5000)
    dialog.editor.integration.interval.setValue(50)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)
    spy.release.set()
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5000)
    assert service.get("1688").sync_interval_minutes == 50
