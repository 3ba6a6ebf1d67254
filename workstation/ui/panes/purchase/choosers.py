"""The Purchase pane's header controls: the order field with its search, and the per-provider
account and warehouse choosers (which remember the choice per provider). GUI thread only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from workstation.services.sessions import SessionRow
from workstation.services.settings import WarehouseRow

USABLE = ("valid", "expiring")
# Operator preference (QSettings, INI in the data directory): the account last chosen per provider.
LAST_ACCOUNT_KEY = "purchase/last_account/{0}"
SEARCH_DELAY_MS = 250


def normalise_order_id(text: str) -> str:
    """`123`, `ord-123` and `ORD-0000000123` all name ORD-0000000123; anything else as typed."""
    raw = text.strip().upper()
    digits = raw.removeprefix("ORD-").strip()
    return f"ORD-{int(digits):010d}" if digits.isdigit() else raw


class OrderField(QLineEdit):
    """Order number or customer; suggestions come from `search_wanted(text)` answered by
    `set_suggestions`. Emits `order_chosen(text)` on Enter or a picked suggestion."""

    order_chosen = Signal(str)
    search_wanted = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Order number (ORD-…, or just 123) or customer, then Enter"))
        self.setClearButtonEnabled(True)
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        # The service already filtered by number or customer: show its answer as it is.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._on_suggestion)
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.search_wanted.emit(self.text()))
        self.textEdited.connect(lambda text: self._timer.start() if len(text.strip()) >= 2 else None)
        self.returnPressed.connect(self._on_return)

    def set_suggestions(self, entries: Sequence[str]) -> None:
        self._suggestions.setStringList(list(entries))
        if entries and self.hasFocus():
            self.completer().complete()

    def _on_suggestion(self, entry: str) -> None:
        self._timer.stop()
        order_id = entry.split(" · ", 1)[0]
        self.setText(order_id)
        self.order_chosen.emit(order_id)

    def _on_return(self) -> None:
        self._timer.stop()
        popup = self.completer().popup()
        if popup.isVisible():
            popup.hide()
        if self.text().strip():
            self.order_chosen.emit(self.text())


class AccountChooser(QComboBox):
    """A provider's sessions with their state; picks the only usable one by itself and keeps
    the operator's choice per provider. Expired sessions are listed but cannot be chosen."""

    def __init__(self, parent: QWidget | None = None, *, store: Any = None):
        """`store` (QSettings, or anything with its value/setValue) keeps the choice per
        provider across restarts, under `purchase/last_account/<provider>` (LAST_ACCOUNT_KEY)."""
        super().__init__(parent)
        self.setPlaceholderText("—")
        self.setMinimumContentsLength(22)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._chosen: dict[str, str] = {}
        self._store = store
        self._provider = ""
        self.rows: list[SessionRow] = []
        self.currentIndexChanged.connect(self._remember)

    def set_sessions(self, provider: str, rows: Sequence[SessionRow]) -> None:
        self.blockSignals(True)
        self._provider = provider
        self.rows = list(rows)
        self.clear()
        self.setPlaceholderText(self.tr("Choose the account…") if rows else self.tr("No session"))
        model = self.model()
        for row in self.rows:
            self.addItem(self._text(row), row.account)
            self.setItemData(self.count() - 1, self._tip(row), Qt.ItemDataRole.ToolTipRole)
            if row.state not in USABLE and isinstance(model, QStandardItemModel):
                item = model.item(self.count() - 1)
                if item is not None:
                    item.setEnabled(False)
        usable = [r.account for r in self.rows if r.state in USABLE]
        # The store is shared by every chooser (the order's and the worklist's): it wins.
        wanted = self._stored(provider) or self._chosen.get(provider)
        if wanted not in usable:
            wanted = usable[0] if len(usable) == 1 else None
        self.setCurrentIndex(self.findData(wanted) if wanted else -1)
        self.blockSignals(False)
        self.setToolTip(self.tr("The marketplace account that books, binds and synchronises"))

    def _text(self, row: SessionRow) -> str:
        state = {"valid": self.tr("logged in"), "expiring": self.tr("expires within the hour"),
                 "expired": self.tr("expired: log in again")}.get(row.state, row.state)
        return f"{row.account} — {state}"

    def _tip(self, row: SessionRow) -> str:
        last = row.last_sync_at.astimezone().strftime("%Y-%m-%d %H:%M") if row.last_sync_at else self.tr("never")
        return self.tr("Last synchronised: {0} {1}").format(last, row.last_sync_result)

    def prefer(self, provider: str, account: str) -> None:
        """Choose `account` when `provider`'s sessions are next set (an account just logged in)."""
        self._chosen[provider] = account
        if self._store is not None:
            self._store.setValue(LAST_ACCOUNT_KEY.format(provider), account)

    def usable(self) -> list[SessionRow]:
        return [r for r in self.rows if r.state in USABLE]

    def account(self) -> str:
        data = self.currentData()
        return str(data) if data else ""

    def set_store(self, store: Any) -> None:
        self._store = store

    def _stored(self, provider: str) -> str:
        if self._store is None:
            return ""
        value = self._store.value(LAST_ACCOUNT_KEY.format(provider), "")
        return str(value) if value else ""

    def _remember(self, _index: int) -> None:
        if self._provider and self.account():
            self._chosen[self._provider] = self.account()
            if self._store is not None:
                self._store.setValue(LAST_ACCOUNT_KEY.format(self._provider), self.account())


class WarehouseChooser(QComboBox):
    """A provider's warehouse addresses in China; the default one preselected."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText("—")
        self.setMinimumContentsLength(30)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._chosen: dict[str, int] = {}
        self._provider = ""
        self.currentIndexChanged.connect(self._remember)

    def set_warehouses(self, provider: str, rows: Sequence[WarehouseRow]) -> None:
        self.blockSignals(True)
        self._provider = provider
        self.clear()
        self.setPlaceholderText(self.tr("No warehouse address"))
        for row in rows:
            marker = self.tr(" (default)") if row.is_default else ""
            self.addItem(f"{row.name} · {row.province}{row.city}{row.district}{marker}", row.id)
            self.setItemData(self.count() - 1, row.one_line(), Qt.ItemDataRole.ToolTipRole)
        wanted = self._chosen.get(provider)
        ids = [r.id for r in rows]
        if wanted not in ids:
            wanted = next((r.id for r in rows if r.is_default), ids[0] if ids else None)
        self.setCurrentIndex(self.findData(wanted) if wanted is not None else -1)
        self.blockSignals(False)
        self.setToolTip(self.currentData(Qt.ItemDataRole.ToolTipRole) or "")

    def warehouse_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def _remember(self, _index: int) -> None:
        self.setToolTip(self.currentData(Qt.ItemDataRole.ToolTipRole) or "")
        if self._provider and self.warehouse_id() is not None:
            self._chosen[self._provider] = self.warehouse_id()  # type: ignore[assignment]
