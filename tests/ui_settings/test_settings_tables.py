"""The settings dialog's tables: warehouse addresses checked in place as they are typed, the
status mapping edited and restored, the sessions page, and every model under qtmodeltester."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.helpers.ui_settings import EXAMPLE, LANDLINE, OpenDialog, save, save_refused, type_text
from workstation.domain import statuses
from workstation.domain.settings import default_mapping
from workstation.services.settings import SettingsService
from workstation.ui.dialogs.settings.mapping import SELECTABLE


def _fill(section, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    for field, text in values.items():
        edit = section.fields[field]
        edit.clear()
        type_text(edit, text)


def test_an_invalid_address_is_refused_in_place_as_it_is_typed(
        qtbot: QtBot, open_dialog: OpenDialog, service: SettingsService) -> None:
    dialog = open_dialog("1688")
    dialog.show_page("warehouses")
    page = dialog.editor.warehouses
    assert page.editing_id is None  # no address yet: the form is for a new one
    assert all(row.message == "" for row in page.rows.values())  # nothing typed, nothing red

    type_text(page.fields["name"], "王")
    assert "2 to 14 characters (has 1)" in page.rows["name"].message
    assert page.rows["name"].error.isVisible()
    assert page.rows["mobile"].message == ""  # untouched fields stay quiet
    type_text(page.fields["name"], "鑫磊奇跡")
    assert page.rows["name"].message == ""  # five characters, not fifteen bytes
    qtbot.keyClicks(page.fields["mobile"], "1114704323")
    assert "11 digits" in page.rows["mobile"].message

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "6 digits" in page.rows["postal_code"].message  # a save shows every problem
    assert "landline" in page.rows["phone"].message
    save_refused(qtbot, dialog)
    qtbot.wait(50)
    assert service.warehouses("1688") == []

    _fill(page, {**EXAMPLE, "phone": LANDLINE})
    assert all(row.message == "" for row in page.rows.values())
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    (stored,) = service.warehouses("1688")
    assert (stored.name, stored.mobile, stored.phone, stored.address) == (
        "王鑫磊奇跡", "11147043234", LANDLINE, "尚都国际小区东区9号楼23号车库")
    assert stored.is_default  # the first address is the default
    assert page.editing_id == stored.id
    assert page.model.index(0, 0).data() == "★"


def test_addresses_are_edited_made_default_and_deleted(
        qtbot: QtBot, open_dialog: OpenDialog, service: SettingsService) -> None:
    first = service.add_warehouse("taobao", is_default=True, **EXAMPLE)
    second = service.add_warehouse("taobao", **{**EXAMPLE, "name": "李娜", "district": "天河区"})
    dialog = open_dialog("taobao")
    page = dialog.editor.warehouses
    assert "phone" not in page.fields  # Taobao has no landline
    page.view.selectRow(1)
    assert page.editing_id == second.id
    assert page.fields["name"].text() == "李娜"

    page.fields["mobile"].clear()
    qtbot.keyClicks(page.fields["mobile"], "138001380")
    assert "11 digits" in page.rows["mobile"].message
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert service.warehouse(second.id).mobile == EXAMPLE["mobile"]  # refused: unchanged
    qtbot.keyClicks(page.fields["mobile"], "00")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text() == "Address saved", timeout=5000)
    assert service.warehouse(second.id).mobile == "13800138000"

    qtbot.mouseClick(page.default_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service.warehouse(second.id).is_default, timeout=5000)
    assert not service.warehouse(first.id).is_default
    qtbot.waitUntil(lambda: page.model.index(1, 0).data() == "★", timeout=5000)

    asked: list[str] = []
    page.confirm = lambda text: asked.append(text) or True
    page.view.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert "王鑫磊奇跡" in asked[0]
    assert [w.id for w in service.warehouses("taobao")] == [second.id]


def test_the_status_mapping_is_edited_and_restored_to_defaults(
        qtbot: QtBot, open_dialog: OpenDialog, service: SettingsService) -> None:
    dialog = open_dialog("1688")
    dialog.show_page("mapping")
    section = dialog.editor.mapping
    model = section.model
    assert dict(model.pairs()) == default_mapping("1688")

    row = [k for k, _v in model.pairs()].index("waitsellersend")
    assert not model.setData(model.index(row, 1), statuses.RECEIVED)  # the warehouse's own
    assert model.setData(model.index(row, 1), statuses.BOOKED)
    assert model.index(row, 1).data() == "Booked"
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    new_row = model.rowCount() - 1
    assert "needs a provider order status" in section.rows["status_mapping"].message
    save_refused(qtbot, dialog)
    assert service.get("1688").status_mapping == default_mapping("1688")

    model.setData(model.index(new_row, 0), "waitlogistics")
    model.setData(model.index(new_row, 1), statuses.SENT_BY_SELLER)
    assert section.rows["status_mapping"].message == ""
    save(qtbot, dialog)
    stored = service.get("1688").status_mapping
    assert stored["waitsellersend"] == statuses.BOOKED
    assert stored["waitlogistics"] == statuses.SENT_BY_SELLER
    dialog.close()

    again = open_dialog("1688")
    section = again.editor.mapping
    assert dict(section.model.pairs()) == stored
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    assert dict(section.model.pairs()) == default_mapping("1688")
    save(qtbot, again)
    assert service.get("1688").status_mapping == default_mapping("1688")


def test_the_line_status_editor_offers_only_statuses_synchronisation_sets(
        qtbot: QtBot, open_dialog: OpenDialog) -> None:
    dialog = open_dialog("taobao")
    dialog.show_page("mapping")
    section = dialog.editor.mapping
    index = section.model.index(0, 1)
    section.view.setCurrentIndex(index)
    section.view.edit(index)
    editor = section.view.indexWidget(index) or section.view.findChild(QComboBox)
    assert isinstance(editor, QComboBox)
    codes = [editor.itemData(i) for i in range(editor.count())]
    assert codes == list(SELECTABLE)
    assert statuses.RECEIVED not in codes and statuses.PACKED not in codes
    editor.setCurrentIndex(codes.index(statuses.CANCELLED))
    section.view.commitData(editor)
    assert section.model.pairs()[0][1] == statuses.CANCELLED


def test_the_sessions_page_embeds_the_widget_it_is_given(open_dialog: OpenDialog) -> None:
    made: list[QWidget] = []

    def factory() -> QWidget:
        made.append(QPushButton("sessions pane"))
        return made[-1]

    dialog = open_dialog("1688", sessions_widget_factory=factory)
    dialog.show_page("sessions")
    assert dialog.tabs.currentWidget() is made[0]
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Sessions"

    plain = open_dialog("1688")
    plain.show_page("sessions")
    label = plain.tabs.currentWidget()
    assert isinstance(label, QLabel) and "managed in the Sessions pane" in label.text()


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, open_dialog: OpenDialog,
                                      service: SettingsService) -> None:
    service.add_warehouse("taobao", is_default=True, **EXAMPLE)
    dialog = open_dialog("taobao")
    editor = dialog.editors["taobao"]
    editor.integration.accounts.set_accounts(["a", "b"])
    qtmodeltester.check(editor.mapping.model)
    qtmodeltester.check(editor.warehouses.model)
    qtmodeltester.check(editor.integration.accounts.model)
    editor.mapping.model.insertRows(0, 2)
    editor.mapping.model.removeRows(1, 1)
    qtmodeltester.check(editor.mapping.model)
