"""Cancel in Settings never drops a half-typed address silently (issue 15, point 10): the first
press says what would be lost, a second press closes, an edit re-arms the warning."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.helpers.ui_settings import OpenDialog, type_text


def test_cancel_over_unsaved_edits_warns_first_then_closes(qtbot: QtBot, open_dialog: OpenDialog) -> None:
    dialog = open_dialog("1688")
    dialog.show()
    warehouses = dialog.editor.warehouses
    name = next(iter(warehouses.fields.values()))
    type_text(name, "王鑫")  # a half-typed address, never saved
    assert dialog.has_unsaved_changes()
    dialog.cancel_button.click()
    assert dialog.isVisible() and "Press Cancel again" in dialog.status.text()
    type_text(name, "磊")  # typing on: the next Cancel warns again
    dialog.cancel_button.click()
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        dialog.cancel_button.click()
    assert not dialog.isVisible()


def test_cancel_without_edits_closes_at_once(qtbot: QtBot, open_dialog: OpenDialog) -> None:
    dialog = open_dialog("1688")
    dialog.show()
    assert not dialog.has_unsaved_changes()
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        dialog.cancel_button.click()
