"""The warehouse addresses page: the list, and an editor whose fields are checked as they are
typed (domain/addresses.py), each message next to its field; add, edit, delete, default.

GUI thread only. Saving, deleting and choosing the default go to the TaskRunner's write lane.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.addresses import FIELDS, Problem, validate_warehouse
from workstation.runner.tasks import TaskRunner
from workstation.services.errors import UserFacingError
from workstation.services.settings import SettingsService, WarehouseRow
from workstation.ui.dialogs.settings.common import SAVED_STYLE, ErrorLabel, FieldRow, guarded, tr
from workstation.ui.table import Column, ListTableModel
from workstation.ui.views import make_table

# Labels carry the Chinese term: the addresses are written in Chinese, as the marketplace
# expects them, and the person copies them from the account's Chinese form.
LABELS = {
    "name": ("Recipient", "收货人"),
    "mobile": ("Mobile", "手机号码"),
    "phone": ("Landline", "固定电话"),
    "postal_code": ("Postal code", "邮政编码"),
    "province": ("Province", "省份"),
    "city": ("City", "城市"),
    "district": ("District", "区/县"),
    "address": ("Address", "详细地址"),
}
EXAMPLES = {"name": "王鑫磊奇跡", "mobile": "11147043234", "phone": "020-86123456",
            "postal_code": "520045", "province": "广东省", "city": "广州市", "district": "白云区",
            "address": "尚都国际小区东区9号楼23号车库"}


def warehouse_columns(provider: str) -> list[Column[WarehouseRow]]:
    columns: list[Column[WarehouseRow]] = [
        Column("default", "Default", lambda w: "★" if w.is_default else "", width=60),
        Column("name", "Recipient", lambda w: w.name, width=110),
        Column("mobile", "Mobile", lambda w: w.mobile, width=110),
    ]
    if provider == "1688":
        columns.append(Column("phone", "Landline", lambda w: w.phone, width=120))
    columns += [
        Column("postal_code", "Postal code", lambda w: w.postal_code, width=90),
        Column("address", "Address", lambda w: f"{w.province}{w.city}{w.district}{w.address}",
               tooltip=lambda w: w.one_line(), stretch=True),
    ]
    return columns


class WarehousesSection(QWidget):
    """Addresses of one provider. `changed()` after a write; `edited()` while typing."""

    changed = Signal()
    edited = Signal()

    def __init__(self, provider: str, service: SettingsService, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.provider = provider
        self._service = service
        self._runner = runner
        self.editing_id: int | None = None  # None: the form is for a new address
        self._baseline: dict[str, str] = {}
        self._touched: set[str] = set()
        self._show_all = False
        self.confirm: Callable[[str], bool] = self._ask  # tests replace the question box

        self.model: ListTableModel[WarehouseRow] = ListTableModel(warehouse_columns(provider), self)
        self.view = make_table(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        self.view.setMinimumHeight(110)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.new_button = QPushButton(self.tr("New address"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.default_button = QPushButton(self.tr("Make default"))
        self.new_button.clicked.connect(self.new_address)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.default_button.clicked.connect(self._on_default_clicked)

        self.fields: dict[str, QLineEdit] = {}
        self.rows: dict[str, FieldRow] = {}
        self.editor = QGroupBox(self.tr("New address"))
        grid = QGridLayout(self.editor)
        shown = [f for f in FIELDS if f != "phone" or provider == "1688"]
        half = (len(shown) + 1) // 2
        for i, field in enumerate(shown):
            edit = QLineEdit()
            edit.setObjectName(field)
            edit.setPlaceholderText(EXAMPLES[field])
            edit.textEdited.connect(lambda _t, f=field: self._on_field_edited(f))
            self.fields[field] = edit
            self.rows[field] = FieldRow(edit)
            english, chinese = LABELS[field]
            label = QLabel(f"{self.tr(english)}  {chinese}")
            label.setBuddy(edit)
            # Level with the field, not with the field plus its message under it.
            label.setMinimumHeight(edit.sizeHint().height())
            row, col = (i, 0) if i < half else (i - half, 2)
            grid.addWidget(label, row, col, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.rows[field], row, col + 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.save_button = QPushButton(self.tr("Save address"))
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.save_button.clicked.connect(self.save_address)
        self.revert_button.clicked.connect(self._on_revert_clicked)
        self.status = QLabel()
        self.failure = ErrorLabel()
        editor_buttons = QHBoxLayout()
        editor_buttons.addWidget(self.status, 1)
        editor_buttons.addWidget(self.revert_button)
        editor_buttons.addWidget(self.save_button)
        grid.addWidget(self.failure, half, 0, 1, 4)
        grid.addLayout(editor_buttons, half + 1, 0, 1, 4)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("Fill in the addresses in Chinese, as they are on the marketplace: "
                              "recipient 2 to 14 characters, mobile 11 digits, postal code 6 digits."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.editor)
        self.new_address()

    # ------------------------------------------------------------------ list

    def load_rows(self, rows: list[WarehouseRow], select_id: int | None = None) -> None:
        self.model.set_rows(rows)
        target = select_id if select_id is not None else self.editing_id
        for i, row in enumerate(rows):
            if row.id == target:
                self.view.selectRow(i)
                break
        else:
            if rows and not self.is_dirty():
                self.view.selectRow(0)
            elif not rows:
                self.new_address()
        self._update_buttons()

    def selected(self) -> WarehouseRow | None:
        indexes = self.view.selectionModel().selectedRows()
        return self.model.row(indexes[0].row()) if indexes else None

    def new_address(self) -> None:
        self.view.selectionModel().clearSelection()
        self._edit(None)

    def _edit(self, row: WarehouseRow | None) -> None:
        self.editing_id = row.id if row else None
        self.editor.setTitle(self.tr("Address of %1").replace("%1", row.name) if row
                             else self.tr("New address"))
        for field, edit in self.fields.items():
            edit.setText(getattr(row, field) if row else "")
        self._baseline = self.values()
        self._touched.clear()
        self._show_all = False
        self._show_problems()
        self.failure.show_message("")
        self._update_buttons()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected()
        if row is not None and row.id != self.editing_id:
            self._edit(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        self.delete_button.setEnabled(row is not None)
        self.default_button.setEnabled(row is not None and not row.is_default)
        self.save_button.setEnabled(self.is_dirty())
        self.revert_button.setEnabled(self.is_dirty())

    # ---------------------------------------------------------------- editor

    def values(self) -> dict[str, str]:
        return {field: edit.text().strip() for field, edit in self.fields.items()}

    def is_dirty(self) -> bool:
        return self.values() != self._baseline

    def problems(self) -> list[Problem]:
        values = self.values()
        values.setdefault("phone", "")
        return validate_warehouse(provider=self.provider, **values)

    def check(self) -> bool:
        """Show every problem of the form (a save was asked for); True when there is none."""
        self._show_all = True
        return not self._show_problems()

    def _show_problems(self) -> list[Problem]:
        problems = self.problems()
        by_field = {p.field: tr(p.message) for p in problems}
        for field, row in self.rows.items():
            visible = self._show_all or field in self._touched
            row.set_error(by_field.get(field, "") if visible else "")
        return problems

    def _on_field_edited(self, field: str) -> None:
        self._touched.add(field)
        self._show_problems()
        self.status.clear()
        self._update_buttons()
        self.edited.emit()

    def _on_revert_clicked(self) -> None:
        self._edit(self.selected())

    def pending(self) -> tuple[int | None, dict[str, str]] | None:
        """What the dialog's Save should write for this page, or None when nothing changed."""
        return (self.editing_id, self.values()) if self.is_dirty() else None

    def write(self, editing_id: int | None, values: dict[str, str]) -> WarehouseRow:
        """Worker side of a save: add or update. Runs on the write lane."""
        if editing_id is None:
            first = not self._service.warehouses(self.provider)
            return self._service.add_warehouse(self.provider, is_default=first, **values)
        return self._service.update_warehouse(editing_id, **values)

    def saved(self, row: WarehouseRow) -> None:
        """GUI side after a save: the list shows the saved address, the form is clean."""
        self.editing_id = row.id
        self._baseline = self.values()
        self.status.setStyleSheet(SAVED_STYLE)
        self.status.setText(self.tr("Address saved"))
        self.reload(select_id=row.id)

    def save_address(self) -> None:
        if not self.check():
            return
        pending = self.pending()
        if pending is None:
            return
        editing_id, values = pending
        self._runner.run(lambda: self.write(editing_id, values), guarded(self, self.saved),
                         guarded(self, self._on_write_failed), lane="write")

    def reload(self, select_id: int | None = None) -> None:
        provider, service = self.provider, self._service
        self._runner.run(lambda: service.warehouses(provider),
                         guarded(self, lambda rows: self._on_reloaded(rows, select_id)),
                         guarded(self, self._on_write_failed))

    def _on_reloaded(self, rows: list[WarehouseRow], select_id: int | None) -> None:
        self.load_rows(rows, select_id)
        self.changed.emit()

    def _on_write_failed(self, exc: BaseException, tb: str) -> None:
        if not isinstance(exc, UserFacingError):
            raise exc
        self.failure.show_message(str(exc))

    # ------------------------------------------------------ delete / default

    def _on_delete_clicked(self) -> None:
        row = self.selected()
        if row is None or not self.confirm(self.tr("Delete the address of %1?\n%2")
                                           .replace("%1", row.name).replace("%2", row.one_line())):
            return
        service = self._service
        self.editing_id = None
        self._runner.run(lambda: service.delete_warehouse(row.id),
                         guarded(self, lambda _r: self._after_delete()),
                         guarded(self, self._on_write_failed), lane="write")

    def _after_delete(self) -> None:
        self.new_address()
        self.status.setStyleSheet(SAVED_STYLE)
        self.status.setText(self.tr("Address deleted"))
        self.reload()

    def _on_default_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        service = self._service
        self._runner.run(lambda: service.set_default_warehouse(row.id),
                         guarded(self, lambda saved: self.reload(select_id=saved.id)),
                         guarded(self, self._on_write_failed), lane="write")

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete address"), text)
        return answer == QMessageBox.StandardButton.Yes
