"""The settings dialog (Plugins -> AutoPurchase -> Settings in the seeds): per provider every
setting of docs/domain.md, warehouse addresses and the status mapping, plus the sessions page.

GUI thread only. Reads go to the TaskRunner's read lane, every write to its write lane;
edits stay on screen until Save; Cancel drops them when pressed a second time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.runner.tasks import TaskRunner
from workstation.services.connection import (
    ConnectionInputError,
    ConnectionService,
    ConnectionSettings,
)
from workstation.services.errors import InvalidInput, UserFacingError
from workstation.services.settings import ProviderSettings, SettingsService, WarehouseRow
from workstation.ui.dialogs.settings.common import (
    ERROR_STYLE,
    PROVIDER_ORDER,
    SAVED_STYLE,
    guarded,
    provider_name,
    tr,
)
from workstation.ui.dialogs.settings.connection import ConnectionSection
from workstation.ui.dialogs.settings.general import IntegrationSection, PricesSection, Section
from workstation.ui.dialogs.settings.mapping import MappingSection
from workstation.ui.dialogs.settings.scanners import ScannersPage
from workstation.ui.dialogs.settings.station import StationPage
from workstation.ui.dialogs.settings.warehouses import WarehousesSection


@dataclass
class SaveOutcome:
    """What a save did: per provider the refused keys (nothing written then), or the new state."""

    errors: dict[str, dict[str, str]] = field(default_factory=dict)
    settings: dict[str, ProviderSettings] = field(default_factory=dict)
    addresses: dict[str, WarehouseRow] = field(default_factory=dict)
    connections: dict[str, ConnectionSettings] = field(default_factory=dict)


class ProviderEditor:
    """The pages of one provider (four, five with the Connection page) and what they have loaded."""

    def __init__(self, provider: str, service: SettingsService, runner: TaskRunner,
                 connection_service: ConnectionService | None = None):
        self.provider = provider
        self.integration = IntegrationSection(provider)
        self.mapping = MappingSection(provider)
        self.prices = PricesSection(provider)
        self.warehouses = WarehousesSection(provider, service, runner)
        self.connection = (ConnectionSection(provider, connection_service, runner)
                           if connection_service is not None else None)
        self.loaded: ProviderSettings | None = None

    @property
    def sections(self) -> tuple[Section, ...]:
        return (self.integration, self.mapping, self.prices)

    def load(self, settings: ProviderSettings) -> None:
        self.loaded = settings
        for section in self.sections:
            section.load(settings)

    def changes(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for section in self.sections:
            out.update(section.changes())
        return out

    def local_errors(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for section in self.sections:
            out.update(section.local_errors())
        return out

    def show_errors(self, errors: dict[str, str]) -> None:
        for section in self.sections:
            section.set_errors({k: v for k, v in errors.items() if k in section.keys})


class SettingsDialog(QDialog):
    """Emits `loaded(provider)` when a provider's values are on screen and `saved()` after a
    save wrote everything; `save_refused()` when a field was at fault (nothing written)."""

    loaded = Signal(str)
    saved = Signal()
    save_refused = Signal()

    def __init__(self, settings_service: SettingsService, task_runner: TaskRunner,
                 provider: str | None = None, parent: QWidget | None = None,
                 sessions_widget_factory: Callable[[], QWidget] | None = None,
                 scanners_page_factory: Callable[[], ScannersPage] | None = None,
                 connection_service: ConnectionService | None = None,
                 station_page_factory: Callable[[], StationPage] | None = None,
                 engine_pages: bool = True):
        super().__init__(parent)
        self._service = settings_service
        self._connection = connection_service  # None: no Connection page (every provider on the sandbox)
        self._runner = task_runner
        self._saving = False
        self.setWindowTitle(self.tr("AutoPurchase settings"))
        self.resize(940, 640)

        self.chooser = QComboBox()
        for name in PROVIDER_ORDER:
            self.chooser.addItem(provider_name(name), name)
        self.editors = {p: ProviderEditor(p, settings_service, task_runner, connection_service)
                        for p in PROVIDER_ORDER}

        self.tabs = QTabWidget()
        self.stacks: list[QStackedWidget] = []
        self.page_stacks: dict[str, QStackedWidget] = {}
        pages = [("integration", self.tr("Integration")), ("mapping", self.tr("Status mapping")),
                 ("warehouses", self.tr("Warehouse addresses")), ("prices", self.tr("Price confirmation"))]
        if connection_service is not None:
            pages.append(("connection", self.tr("Connection")))
        if not engine_pages:  # OT mode: the instance's own settings rule its bookings
            pages = []
        for attribute, title in pages:
            stack = QStackedWidget()
            for p in PROVIDER_ORDER:
                page = getattr(self.editors[p], attribute)
                page.setEnabled(False)  # until its values are loaded
                stack.addWidget(page)
            self.stacks.append(stack)
            self.page_stacks[attribute] = stack
            self.tabs.addTab(stack, title)
        self.sessions_widget = (sessions_widget_factory() if sessions_widget_factory is not None
                                else self._sessions_elsewhere())
        self.tabs.addTab(self.sessions_widget, self.tr("Sessions"))
        # this computer's serial scanners (INI, not the database); written by the same Save
        self.scanners_page = scanners_page_factory() if scanners_page_factory is not None else None
        if self.scanners_page is not None:
            self.tabs.addTab(self.scanners_page, self.tr("Scanners"))
            self.scanners_page.edited.connect(self._on_edited)
        # this station's retention and daily backup (INI too; ui/dialogs/settings/station.py)
        self.station_page = station_page_factory() if station_page_factory is not None else None
        if self.station_page is not None:
            self.tabs.addTab(self.station_page, self.tr("This station"))
            self.station_page.edited.connect(self._on_edited)
        # Wide enough to show every tab (a longer language, the Connection page) without arrows.
        self.resize(max(self.width(), self.tabs.tabBar().sizeHint().width() + 40), self.height())

        self.status = QLabel()
        self.buttons = QDialogButtonBox()
        # Save keeps the dialog open (the "saved" line says it worked), so it is no accept.
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._discard_armed = False  # Cancel was pressed once over unsaved edits
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Provider")))
        top.addWidget(self.chooser)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.chooser.currentIndexChanged.connect(self._on_chooser_changed)
        for editor in self.editors.values():
            for section in (*editor.sections, editor.warehouses, *self._connection_page(editor)):
                section.edited.connect(self._on_edited)
        self.chooser.setCurrentIndex(max(self.chooser.findData(provider or PROVIDER_ORDER[0]), 0))
        self._on_chooser_changed(self.chooser.currentIndex())
        for p in PROVIDER_ORDER:
            self.reload(p)

    # -------------------------------------------------------------- showing

    @property
    def provider(self) -> str:
        return str(self.chooser.currentData())

    @property
    def editor(self) -> ProviderEditor:
        return self.editors[self.provider]

    def show_page(self, name: str) -> None:
        """Open one page: integration, mapping, warehouses, prices, connection, sessions or scanners."""
        if name in self.page_stacks:
            self.tabs.setCurrentWidget(self.page_stacks[name])
        elif name == "sessions":
            self.tabs.setCurrentWidget(self.sessions_widget)
        elif name == "scanners" and self.scanners_page is not None:
            self.tabs.setCurrentWidget(self.scanners_page)
        elif name == "station" and self.station_page is not None:
            self.tabs.setCurrentWidget(self.station_page)
        else:
            raise ValueError(f"no settings page {name!r}")

    @staticmethod
    def _connection_page(editor: ProviderEditor) -> tuple[ConnectionSection, ...]:
        return (editor.connection,) if editor.connection is not None else ()

    def _on_chooser_changed(self, _index: int) -> None:
        position = PROVIDER_ORDER.index(self.provider)
        for stack in self.stacks:
            stack.setCurrentIndex(position)
        show_provider = getattr(self.sessions_widget, "show_provider", None)
        if show_provider is not None:  # the Sessions tab follows the provider chosen at the top
            show_provider(self.provider)

    def _sessions_elsewhere(self) -> QWidget:
        label = QLabel(self.tr("Sessions (the logged-in buyer accounts) are managed in the "
                               "Sessions pane of the main window."))
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    def reload(self, provider: str) -> None:
        service, connection = self._service, self._connection

        def op() -> tuple[ProviderSettings, list[WarehouseRow], ConnectionSettings | None]:
            return (service.get(provider), service.warehouses(provider),
                    connection.get(provider) if connection is not None else None)

        self._runner.run(op, guarded(self, lambda result: self._on_loaded(provider, *result)),
                         guarded(self, self._on_failed))

    def _on_loaded(self, provider: str, settings: ProviderSettings, rows: list[WarehouseRow],
                   connection: ConnectionSettings | None = None) -> None:
        editor = self.editors[provider]
        editor.load(settings)
        editor.warehouses.load_rows(rows)
        if editor.connection is not None and connection is not None:
            editor.connection.load(connection)
        for page in (*editor.sections, editor.warehouses, *self._connection_page(editor)):
            page.setEnabled(True)
        self.loaded.emit(provider)

    def reject(self) -> None:
        """Cancel, Esc, or closing the window (QDialog's closeEvent calls this): edits not saved
        would be lost, so the first press only says so; a second press (or Save) decides."""
        if not self._saving and not self._discard_armed and self.has_unsaved_changes():  # a save on its way keeps them
            self._discard_armed = True
            self.status.setText(self.tr("Not saved yet (a half-typed address counts too). Press Cancel "
                                        "again to close without saving, or Save."))
            self.status.setStyleSheet("color:#b26a00")
            return
        super().reject()

    def has_unsaved_changes(self) -> bool:
        return any(e.changes() or e.warehouses.is_dirty()
                   or any(c.changes() for c in self._connection_page(e)) for e in self.editors.values()) or (
            self.scanners_page is not None and self.scanners_page.is_dirty()) or (
            self.station_page is not None and self.station_page.is_dirty())

    def _on_edited(self) -> None:
        self.status.clear()
        self._discard_armed = False

    # ---------------------------------------------------------------- saving

    def save(self) -> None:
        """Check every edit; when all hold, write them on the write lane; else write nothing."""
        if self._saving:
            return
        changes: dict[str, dict[str, Any]] = {}
        addresses: dict[str, tuple[int | None, dict[str, str]]] = {}
        connections: dict[str, tuple[dict[str, Any], str | None]] = {}
        refused = False
        for provider, editor in self.editors.items():
            if editor.loaded is None:
                continue
            errors = editor.local_errors()
            editor.show_errors(errors)
            refused = refused or bool(errors)
            if editor.changes():
                changes[provider] = editor.changes()
            if editor.connection is not None:
                edits, secret = editor.connection.edits()
                if edits or secret is not None:
                    connections[provider] = (edits, secret)
            pending = editor.warehouses.pending()
            if pending is not None:
                if editor.warehouses.check():
                    addresses[provider] = pending
                else:
                    refused = True
        scanners = self.scanners_page
        if scanners is not None and not scanners.check():
            refused = True
        if self.station_page is not None and not self.station_page.check():
            refused = True
        if refused:
            self._refused()
            return
        if not changes and not addresses and not connections:
            if (scanners is not None and scanners.is_dirty()) or (
                    self.station_page is not None and self.station_page.is_dirty()):
                self._on_saved(SaveOutcome())  # only this computer's INI settings changed
                return
            self._show_status(self.tr("Nothing to save"), "")
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self._show_status(self.tr("Saving…"), "")
        service, connection = self._service, self._connection
        writers = {p: self.editors[p].warehouses.write for p in addresses}

        def op() -> SaveOutcome:
            outcome = SaveOutcome()
            for provider, edits in changes.items():
                for key, raw in edits.items():
                    try:
                        service.validate(provider, key, raw)
                    except InvalidInput as exc:
                        outcome.errors.setdefault(provider, {})[key] = str(exc)
            for provider, (edits, secret) in connections.items():
                assert connection is not None
                try:
                    connection.check(provider, edits, secret)
                except ConnectionInputError as exc:
                    outcome.errors.setdefault(provider, {}).update(
                        {f"connection.{k}": v for k, v in exc.errors.items()})
            if outcome.errors:
                return outcome
            for provider, edits in changes.items():
                for key, raw in edits.items():
                    try:
                        service.set(provider, key, raw)
                    except InvalidInput as exc:  # changed by someone else meanwhile
                        outcome.errors.setdefault(provider, {})[key] = str(exc)
            for provider, (edits, secret) in connections.items():
                assert connection is not None
                try:
                    outcome.connections[provider] = connection.update(provider, edits, secret)
                except ConnectionInputError as exc:
                    outcome.errors.setdefault(provider, {}).update(
                        {f"connection.{k}": v for k, v in exc.errors.items()})
            for provider, (editing_id, values) in addresses.items():
                outcome.addresses[provider] = writers[provider](editing_id, values)
            for provider in {*changes, *connections}:  # the app key is on the Integration page too
                outcome.settings[provider] = service.get(provider)
            return outcome

        self._runner.run(op, guarded(self, self._on_saved), guarded(self, self._on_save_failed),
                         lane="write")

    def _on_saved(self, outcome: SaveOutcome) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if outcome.errors:
            for provider, errors in outcome.errors.items():
                editor = self.editors[provider]
                editor.show_errors({k: tr(v) for k, v in errors.items()})
                if editor.connection is not None:
                    editor.connection.set_errors({k.removeprefix("connection."): tr(v) for k, v in errors.items()
                                                  if k.startswith("connection.")})
            self._refused()
            return
        for provider, settings in outcome.settings.items():
            self.editors[provider].load(settings)
        for provider, saved in outcome.connections.items():
            page = self.editors[provider].connection
            if page is not None:
                page.load(saved)
        for provider, row in outcome.addresses.items():
            self.editors[provider].warehouses.saved(row)
        if self.scanners_page is not None and self.scanners_page.is_dirty():
            self.scanners_page.save()  # writes the INI and restarts the readers
        if self.station_page is not None and self.station_page.is_dirty():
            self.station_page.save()  # the INI: retention from the next start, backups from the next check
        self._show_status(self.tr("Saved at %1").replace("%1", datetime.now().strftime("%H:%M:%S")),
                          SAVED_STYLE)
        self.saved.emit()

    def _refused(self) -> None:
        """Bring the first field at fault into view, and say nothing was saved."""
        for provider, editor in self.editors.items():
            pages = {"integration": editor.integration, "mapping": editor.mapping,
                     "warehouses": editor.warehouses, "prices": editor.prices}
            if editor.connection is not None:
                pages["connection"] = editor.connection
            at_fault = [name for name, page in pages.items() if any(r.message for r in page.rows.values())]
            if at_fault:
                self.chooser.setCurrentIndex(self.chooser.findData(provider))
                self.show_page(at_fault[0])
                break
        else:
            if self.scanners_page is not None and not self.scanners_page.check():
                self.tabs.setCurrentWidget(self.scanners_page)
            elif self.station_page is not None and not self.station_page.check():
                self.tabs.setCurrentWidget(self.station_page)
        self._show_status(self.tr("Not saved: correct the fields marked in red."), ERROR_STYLE)
        self.save_refused.emit()

    def _on_save_failed(self, exc: BaseException, tb: str) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self._on_failed(exc, tb)

    def _on_failed(self, exc: BaseException, _tb: str) -> None:
        if not isinstance(exc, UserFacingError):
            raise exc
        self._show_status(str(exc), ERROR_STYLE)

    def _show_status(self, text: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)
