"""The status mapping page: provider order status -> line status as an editable table, rows
added and removed, "Restore defaults"; only statuses synchronisation may set are offered.

GUI thread only. Edits stay in the model until the dialog saves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.domain import settings as spec
from workstation.domain import statuses
from workstation.services.settings import ProviderSettings
from workstation.ui.dialogs.settings.general import Section
from workstation.ui.look import status_brush, status_name

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
SELECTABLE = tuple(s.code for s in statuses.STATUSES if s.set_by_sync)
NEW_ROW_STATUS = statuses.BOOKED
_HEADERS = ("Provider order status", "Line status")


class MappingModel(QAbstractTableModel):
    """Rows of [provider status, line status code]; the code column edits as a code."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[list[str]] = []

    def set_mapping(self, mapping: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = [[k, v] for k, v in mapping.items()]
        self.endResetModel()

    def pairs(self) -> list[tuple[str, str]]:
        return [(k.strip(), v) for k, v in self._rows]

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 2):
            return QCoreApplication.translate("Columns", _HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() > 1:
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return status_name(value) if index.column() == 1 else value
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 1:
            return status_brush(value)
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.row() >= len(self._rows):
            return False
        text = str(value).strip()
        if index.column() == 1 and text not in SELECTABLE:
            return False  # the warehouse's own statuses are never set by synchronisation
        if index.column() > 1:
            return False
        self._rows[index.row()][index.column()] = text
        roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole]
        if index.column() == 1:
            roles.append(Qt.ItemDataRole.BackgroundRole)
        self.dataChanged.emit(index, index, roles)
        return True

    def insertRows(self, row: int, count: int, parent: Index = _NO_INDEX) -> bool:  # noqa: N802
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._rows[row:row] = [["", NEW_ROW_STATUS] for _ in range(count)]
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: Index = _NO_INDEX) -> bool:  # noqa: N802
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row:row + count]
        self.endRemoveRows()
        return True


class StatusDelegate(QStyledItemDelegate):
    """A drop-down of the statuses synchronisation may set."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        box = QComboBox(parent)
        for code in SELECTABLE:
            box.addItem(status_name(code), code)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MappingSection(Section):
    keys = ("status_mapping",)

    def __init__(self, provider: str, parent: QWidget | None = None):
        super().__init__(provider, parent)
        self.model = MappingModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(1, StatusDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add row"))
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.restore_button = QPushButton(self.tr("Restore defaults"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.restore_button.clicked.connect(self.restore_defaults)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._on_model_edited)
        hint = QLabel(self.tr("Which line status an order status on the marketplace moves a line to. "
                              "Received, packed and sent to customer are set by the warehouse, "
                              "never by synchronisation. Double-click a cell to change it."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.row("status_mapping", self.view, frame=False), 1)
        layout.addLayout(buttons)

    def fill(self, settings: ProviderSettings) -> None:
        self.model.set_mapping(settings.status_mapping)

    def values(self) -> dict[str, Any]:
        return {"status_mapping": dict(self.model.pairs())}

    def local_errors(self) -> dict[str, str]:
        seen: set[str] = set()
        for provider_status, _line_status in self.model.pairs():
            if not provider_status:
                return {"status_mapping": self.tr("Every row needs a provider order status.")}
            if provider_status in seen:
                return {"status_mapping": self.tr("%1 is listed twice.").replace("%1", provider_status)}
            seen.add(provider_status)
        return {}

    def add_row(self) -> None:
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        if self.view.isVisible():
            self.view.edit(index)

    def restore_defaults(self) -> None:
        """Back to the provider's defaults; saved with the rest, so Cancel still undoes it."""
        self.model.set_mapping(spec.default_mapping(self.provider))
        self._on_model_edited()

    def _on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.model.removeRows(row, 1)

    def _on_model_edited(self, *_args: object) -> None:
        self.rows["status_mapping"].set_error(self.local_errors().get("status_mapping", ""))
        self.edited.emit()
