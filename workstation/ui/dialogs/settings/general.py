"""The integration and price-confirmation pages of one provider: plain fields, each with its
inline error, holding edits until the dialog saves them.

GUI thread only. A page never writes: the dialog collects `changes()` and saves them.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workstation.domain import settings as spec
from workstation.domain.marketplaces import marketplace
from workstation.domain.pricing import MODE_LOWER_PRICE, MODE_NO, auto_confirm
from workstation.domain.settings import offered
from workstation.services.settings import ProviderSettings
from workstation.ui.dialogs.settings.common import FieldRow, tr


def combo(items: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    for text, data in items:
        box.addItem(text, data)
    return box


def select(box: QComboBox, data: Any) -> None:
    index = box.findData(data)
    box.setCurrentIndex(max(index, 0))


class Section(QWidget):
    """A page of fields for some setting keys: `load`, `changes`, `set_errors`."""

    edited = Signal()
    keys: tuple[str, ...] = ()

    def __init__(self, provider: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.provider = provider
        self.rows: dict[str, FieldRow] = {}
        self._baseline: dict[str, Any] = {}

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def fill(self, settings: ProviderSettings) -> None:
        raise NotImplementedError

    def load(self, settings: ProviderSettings) -> None:
        """Show stored values; what is shown now is what `changes()` compares with."""
        self.blockSignals(True)
        self.fill(settings)
        self.blockSignals(False)
        self._baseline = self.values()
        self.set_errors({})

    def changes(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if v != self._baseline.get(k)}

    def local_errors(self) -> dict[str, str]:
        """Problems found before asking the service (a half-typed account)."""
        return {}

    def set_errors(self, errors: dict[str, str]) -> None:
        for key, row in self.rows.items():
            row.set_error(errors.get(key, ""))

    def make_form(self) -> QFormLayout:
        """A form kept to a readable width at the top of the page."""
        holder = QWidget(self)
        holder.setMaximumWidth(760)
        form = QFormLayout(holder)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        page = QVBoxLayout(self)
        page.addWidget(holder)
        page.addStretch(1)
        return form

    def row(self, key: str, field: QWidget, marked: QWidget | None = None, *,
            frame: bool = True) -> FieldRow:
        self.rows[key] = FieldRow(field, self, marked=marked, frame=frame)
        return self.rows[key]

    def _on_field_edited(self, *_args: object) -> None:
        self.edited.emit()


class AccountsEditor(QWidget):
    """Buyer account nicknames: a list, a field to add one, Remove. A phone number is refused
    as it is typed (the rule of domain/settings.py), next to the field."""

    changed = Signal()
    problem = Signal(str)  # "" when the typed account is acceptable

    def __init__(self, provider: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.provider = provider
        self.model = QStringListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMaximumHeight(90)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.tr("Account nickname, not a phone number"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.setEnabled(False)
        self.entry.textChanged.connect(self._on_entry_text_changed)
        # Enter adds the account; the dialog must not take it as "Save" as well.
        self.entry.installEventFilter(self)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        line = QHBoxLayout()
        line.addWidget(self.entry, 1)
        line.addWidget(self.add_button)
        line.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(line)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.entry and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.add_typed()
            return True
        return super().eventFilter(watched, event)

    def accounts(self) -> list[str]:
        return list(self.model.stringList())

    def set_accounts(self, accounts: list[str]) -> None:
        self.model.setStringList(accounts)
        self.entry.clear()

    def check_typed(self) -> str:
        """The problem with the typed account, or ""."""
        typed = self.entry.text().strip()
        if not typed:
            return ""
        try:
            spec.setting("accounts").parse(self.provider, [*self.accounts(), typed])
        except spec.SettingError as exc:
            return tr(str(exc))
        return ""

    def add_typed(self) -> bool:
        typed = self.entry.text().strip()
        message = self.check_typed()
        self.problem.emit(message)
        if not typed or message:
            return False
        self.model.setStringList([*self.accounts(), typed])
        self.entry.clear()
        self.changed.emit()
        return True

    def _on_entry_text_changed(self, _text: str) -> None:
        message = self.check_typed()
        self.add_button.setEnabled(bool(self.entry.text().strip()) and not message)
        self.problem.emit(message)

    def _on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()}, reverse=True)
        for row in rows:
            self.model.removeRows(row, 1)
        if rows:
            self.changed.emit()


class IntegrationSection(Section):
    """Synchronisation, check after export, Tmall promotions, accounts and integration type. The
    app key and secret are edited in one place only, the Connection page, where Test connection
    checks them."""

    keys = ("background_sync", "sync_interval_minutes", "check_order_after_export",
            "tmall_promotions_allowed", "accounts", "integration_type")

    def __init__(self, provider: str, parent: QWidget | None = None):
        super().__init__(provider, parent)
        self.background_sync = combo([(self.tr("Allowed"), True), (self.tr("Disallowed"), False)])
        self.interval = QSpinBox()
        self.interval.setRange(1, 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.check_order = combo([(self.tr("On"), True), (self.tr("Off"), False)])
        self.tmall = combo([(self.tr("Allow"), True), (self.tr("Disallow"), False)])
        self.accounts = AccountsEditor(provider)
        self.integration = combo([(text, text) for text in
                                  marketplace(provider).integration_types])
        form = self.make_form()
        form.addRow(self.tr("Background synchronisation"), self.row("background_sync", self.background_sync))
        form.addRow(self.tr("Synchronise every"), self.row("sync_interval_minutes", self.interval))
        form.addRow(self.tr("Check order after export"), self.row("check_order_after_export",
                                                                   self.check_order))
        hint = QLabel(self.tr("Re-reads each booked order, checks it holds exactly the booked "
                              "items and takes the purchase price from it."))
        hint.setWordWrap(True)
        hint.setMinimumWidth(420)
        hint.setEnabled(False)
        form.addRow("", hint)
        if offered(provider, "tmall_promotions_allowed"):  # Taobao's: 1688 offers have no Tmall promotions
            form.addRow(self.tr("Goods with Tmall promotions"), self.row("tmall_promotions_allowed", self.tmall))
        else:
            self.tmall.hide()
        form.addRow(self.tr("Accounts"), self.row("accounts", self.accounts, self.accounts.entry))
        form.addRow(self.tr("Integration type"), self.row("integration_type", self.integration))
        keys = QLabel(self.tr("The app key and secret are on the Connection page, where Test connection "
                              "checks them."))
        keys.setWordWrap(True)
        keys.setEnabled(False)
        form.addRow("", keys)

        self.background_sync.currentIndexChanged.connect(self._on_background_sync_changed)
        for box in (self.check_order, self.tmall, self.integration):
            box.currentIndexChanged.connect(self._on_field_edited)
        self.interval.valueChanged.connect(self._on_field_edited)
        self.accounts.changed.connect(self._on_field_edited)
        self.accounts.problem.connect(self.rows["accounts"].set_error)

    def fill(self, settings: ProviderSettings) -> None:
        select(self.background_sync, settings.background_sync)
        self.interval.setValue(settings.sync_interval_minutes)
        self.interval.setEnabled(settings.background_sync)
        select(self.check_order, settings.check_order_after_export)
        select(self.tmall, settings.tmall_promotions_allowed)
        self.accounts.set_accounts(settings.accounts)
        select(self.integration, settings.integration_type)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "background_sync": self.background_sync.currentData(),
            "sync_interval_minutes": self.interval.value(),
            "check_order_after_export": self.check_order.currentData(),
            "accounts": self.accounts.accounts(),
            "integration_type": self.integration.currentData(),
        }
        if offered(self.provider, "tmall_promotions_allowed"):
            out["tmall_promotions_allowed"] = self.tmall.currentData()
        typed = self.accounts.entry.text().strip()
        if typed:  # typed but not added yet: saving keeps it rather than losing it
            out["accounts"] = [*out["accounts"], typed]
        return out

    def local_errors(self) -> dict[str, str]:
        message = self.accounts.check_typed()
        return {"accounts": message} if message else {}

    def _on_background_sync_changed(self, _index: int) -> None:
        self.interval.setEnabled(bool(self.background_sync.currentData()))
        self.edited.emit()


class PricesSection(Section):
    """Overpayment threshold and the automatic price confirmation mode, with the seeds'
    example worked out for the threshold being typed."""

    keys = ("overpayment_threshold_percent", "price_confirmation_mode")

    def __init__(self, provider: str, parent: QWidget | None = None):
        super().__init__(provider, parent)
        self.threshold = QLineEdit()
        self.threshold.setMaximumWidth(120)
        threshold_line = QWidget()
        line = QHBoxLayout(threshold_line)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.threshold)
        line.addWidget(QLabel("%"))
        line.addStretch(1)
        self.threshold_field = threshold_line
        self.mode = combo([(self.tr("Lower price"), MODE_LOWER_PRICE), (self.tr("No"), MODE_NO)])
        self.example = QLabel()
        self.example.setWordWrap(True)
        form = self.make_form()
        form.addRow(self.tr("Overpayment threshold"), self.row("overpayment_threshold_percent", threshold_line,
                                                                    self.threshold))
        form.addRow(self.tr("Automatic price confirmation"), self.row("price_confirmation_mode", self.mode))
        form.addRow("", self.example)
        self.threshold.textEdited.connect(self._on_threshold_edited)
        self.mode.currentIndexChanged.connect(self._on_mode_changed)

    def fill(self, settings: ProviderSettings) -> None:
        self.threshold.setText(str(settings.overpayment_threshold_percent))
        select(self.mode, settings.price_confirmation_mode)
        self._explain()

    def values(self) -> dict[str, Any]:
        return {"overpayment_threshold_percent": self.threshold.text().strip(),
                "price_confirmation_mode": self.mode.currentData()}

    def _on_threshold_edited(self, _text: str) -> None:
        try:
            spec.setting("overpayment_threshold_percent").parse(self.provider, self.threshold.text())
        except spec.SettingError as exc:
            self.rows["overpayment_threshold_percent"].set_error(tr(str(exc)))
        else:
            self.rows["overpayment_threshold_percent"].set_error("")
        self._explain()
        self.edited.emit()

    def _on_mode_changed(self, _index: int) -> None:
        self._explain()
        self.edited.emit()

    def _explain(self) -> None:
        """The seeds' example (paid 10 yuan) worked out for what is on screen now."""
        try:
            percent = Decimal(self.threshold.text().strip().rstrip("%"))
            if not percent.is_finite() or percent < 0:
                raise InvalidOperation
        except InvalidOperation:
            self.example.setText("")
            return
        mode = str(self.mode.currentData())
        outcomes = []
        for price in (Decimal(8), Decimal(10), Decimal(11), Decimal(12)):
            bought = auto_confirm(Decimal(10), price, percent, mode)
            outcomes.append((self.tr("¥%1: bought") if bought else self.tr("¥%1: waits for a person"))
                            .replace("%1", f"{price:.2f}"))
        rule = (self.tr("Every line waits for a person to confirm its price.") if mode == MODE_NO else
                self.tr("A line is bought without asking when its new price is at most %1% above "
                        "what the customer paid.").replace("%1", str(percent)))
        self.example.setText(rule + "\n" + self.tr("Example, the customer paid ¥10.00:") + "\n    "
                             + "\n    ".join(outcomes))
