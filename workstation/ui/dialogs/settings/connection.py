"""The Connection page of one provider: Sandbox (demo) or Live, the live gateway's address,
app key and secret, OAuth addresses, pacing and timeout, and Test connection.

GUI thread only. Like the other pages it holds edits until the dialog saves them; the secret
is never shown back (the page says only whether one is stored). Test connection runs on the
runner's network lane with what is on screen, so the window never waits on the network.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workstation.runner.tasks import TaskRunner
from workstation.services.connection import (
    MIN_INTERVAL_RANGE,
    MODE_LIVE,
    MODE_SANDBOX,
    TIMEOUT_RANGE,
    ConnectionCheck,
    ConnectionService,
    ConnectionSettings,
    defaults,
)
from workstation.ui.dialogs.settings.common import ERROR_STYLE, guarded, provider_name, tr
from workstation.ui.dialogs.settings.general import Section, combo, select

OK_BOX = "QFrame#testResult { background: #e8f5e9; border: 1px solid #81c784; border-radius: 4px; }"
FAILED_BOX = "QFrame#testResult { background: #fdecea; border: 1px solid #e57373; border-radius: 4px; }"
BUSY_BOX = "QFrame#testResult { background: #f5f5f5; border: 1px solid #bdbdbd; border-radius: 4px; }"
LIVE_HINT_STYLE = "color: #8a4b00;"  # real money: not greyed out
LIVE_FIELDS = ("base_url", "app_key", "app_secret", "authorize_url", "redirect_uri", "min_interval", "timeout")


class ConnectionSection(Section):
    """Emits `tested(ConnectionCheck)` when a Test connection has its answer on screen."""

    tested = Signal(object)
    keys = ("mode", *LIVE_FIELDS)

    def __init__(self, provider: str, service: ConnectionService, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(provider, parent)
        self._service = service
        self._runner = runner
        self._testing = False
        self._marked = ""
        self._secret_stored = False
        fresh = defaults(provider)
        self.mode = combo([(self.tr("Sandbox (demo)"), MODE_SANDBOX), (self.tr("Live"), MODE_LIVE)])
        self.mode_hint = QLabel()
        self.mode_hint.setWordWrap(True)
        self.mode_hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.mode_hint.setMinimumWidth(520)
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText(fresh["base_url"])
        self.app_key = QLineEdit()
        self.app_secret = QLineEdit()
        self.app_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_state = QLabel()
        self.authorize_url = QLineEdit()
        self.authorize_url.setPlaceholderText(fresh["authorize_url"])
        self.redirect_uri = QLineEdit()
        self.redirect_uri.setPlaceholderText(fresh["redirect_uri"])
        self.min_interval = QDoubleSpinBox()
        self.min_interval.setRange(*MIN_INTERVAL_RANGE)
        self.min_interval.setDecimals(2)
        self.min_interval.setSingleStep(0.1)
        self.min_interval.setSuffix(self.tr(" s"))
        self.min_interval.setMaximumWidth(130)
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(*TIMEOUT_RANGE)
        self.timeout.setDecimals(0)
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.setMaximumWidth(130)
        self.defaults_button = QPushButton(self.tr("Real gateway's defaults"))
        self.defaults_button.setToolTip(self.tr("Put the real platform's addresses, pacing and timeout back"))

        form = self.make_form()
        form.addRow(self.tr("Mode"), self.row("mode", self.mode))
        form.addRow("", self.mode_hint)
        form.addRow(self.tr("Gateway base URL"), self.row("base_url", self.base_url))
        form.addRow(self.tr("App key"), self.row("app_key", self.app_key))
        secret_line = QWidget()
        line = QHBoxLayout(secret_line)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.app_secret, 1)
        line.addWidget(self.secret_state)
        form.addRow(self.tr("App secret"), self.row("app_secret", secret_line, self.app_secret))
        form.addRow(self.tr("Authorize URL"), self.row("authorize_url", self.authorize_url))
        form.addRow(self.tr("Redirect URI"), self.row("redirect_uri", self.redirect_uri))
        form.addRow(self.tr("Request pacing"), self.row("min_interval", self._with_hint(
            self.min_interval, self.tr("between two calls of one buyer account"))))
        form.addRow(self.tr("Timeout"), self.row("timeout", self._with_hint(
            self.timeout, self.tr("per request"))))

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setToolTip(self.tr("One harmless signed call to the gateway with the values "
                                            "on this page (nothing is saved or bought)"))
        self.result_box = QFrame()
        self.result_box.setObjectName("testResult")
        self.result_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.result_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.result_title = QLabel()
        self.result_title.setStyleSheet("font-weight: bold;")
        self.result_text = QLabel()
        self.result_text.setWordWrap(True)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_fix = QLabel()
        self.result_fix.setWordWrap(True)
        self.result_fix.setStyleSheet("font-weight: bold;")
        for label in (self.result_text, self.result_fix):
            label.setMinimumWidth(520)  # wraps for the width it gets, not for a narrow guess
        inner = QVBoxLayout(self.result_box)
        inner.setSpacing(4)
        inner.addWidget(self.result_title)
        inner.addWidget(self.result_text)
        inner.addWidget(self.result_fix)
        self.result_box.hide()
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.test_button)
        row.addStretch(1)
        row.addWidget(self.defaults_button)
        form.addRow("", buttons)
        form.addRow("", self.result_box)

        self.app_secret.textChanged.connect(self._show_secret_state)
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        for edit in (self.base_url, self.app_key, self.app_secret, self.authorize_url, self.redirect_uri):
            edit.textEdited.connect(self._on_field_edited)
        for spin in (self.min_interval, self.timeout):
            spin.valueChanged.connect(self._on_field_edited)
        self.defaults_button.clicked.connect(self._on_defaults_clicked)
        self.test_button.clicked.connect(self.test)

    def make_form(self) -> QFormLayout:
        """The form in a scroll area: a long answer (or a longer language) scrolls, never squeezes."""
        holder = QWidget()
        holder.setMaximumWidth(760)
        form = QFormLayout(holder)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(holder)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroll)
        return form

    @staticmethod
    def _with_hint(field: QWidget, hint: str) -> QWidget:
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(field)
        text = QLabel(hint)
        text.setEnabled(False)
        line.addWidget(text, 1)
        return holder

    # ------------------------------------------------------------ values

    def fill(self, settings: ConnectionSettings) -> None:  # type: ignore[override]
        select(self.mode, settings.mode)
        self.base_url.setText(settings.base_url)
        self.app_key.setText(settings.app_key)
        self.app_secret.clear()  # the secret never comes back to the screen: this is for a new one
        self.app_secret.setPlaceholderText(self.tr("Type a new secret to replace it") if settings.app_secret_set
                                           else self.tr("No secret yet"))
        self._secret_stored = settings.app_secret_set
        self._show_secret_state()
        self.authorize_url.setText(settings.authorize_url)
        self.redirect_uri.setText(settings.redirect_uri)
        self.min_interval.setValue(settings.min_interval)
        self.timeout.setValue(settings.timeout)
        self._show_mode()

    def _show_secret_state(self, *_args: object) -> None:
        if self.app_secret.text():
            self.secret_state.setText(self.tr("New, saved with Save"))
        else:
            self.secret_state.setText(self.tr("A secret is stored") if self._secret_stored
                                      else self.tr("Not stored"))

    def load(self, settings: ConnectionSettings) -> None:  # type: ignore[override]
        super().load(settings)  # type: ignore[arg-type]
        self._unmark()

    def values(self) -> dict[str, Any]:
        return {"mode": self.mode.currentData(), "base_url": self.base_url.text().strip(),
                "app_key": self.app_key.text().strip(), "authorize_url": self.authorize_url.text().strip(),
                "redirect_uri": self.redirect_uri.text().strip(),
                "min_interval": round(self.min_interval.value(), 3), "timeout": round(self.timeout.value(), 3),
                "app_secret": self.app_secret.text()}

    def edits(self) -> tuple[dict[str, Any], str | None]:
        """(changed fields, the newly typed secret or None): what Save writes."""
        changes = self.changes()
        secret = changes.pop("app_secret", None) or None
        return changes, secret

    # ------------------------------------------------------------ mode and defaults

    def _show_mode(self) -> None:
        live = self.mode.currentData() == MODE_LIVE
        name = provider_name(self.provider)
        self.mode_hint.setText(
            self.tr("Orders are placed on the real %1 with this application's key: real money.").replace("%1", name)
            if live else self.tr("The embedded sandbox marketplace with demo data: nothing real is bought. "
                                 "The values below are kept for Live."))
        self.mode_hint.setEnabled(live)
        self.mode_hint.setStyleSheet(LIVE_HINT_STYLE if live else "")
        for field in LIVE_FIELDS:
            self.rows[field].setEnabled(live)
        self.defaults_button.setEnabled(live)

    def _on_mode_changed(self, _index: int) -> None:
        self._show_mode()
        self._on_field_edited()

    def _on_defaults_clicked(self) -> None:
        fresh = defaults(self.provider)
        self.base_url.setText(fresh["base_url"])
        self.authorize_url.setText(fresh["authorize_url"])
        self.redirect_uri.setText(fresh["redirect_uri"])
        self.min_interval.setValue(fresh["min_interval"])
        self.timeout.setValue(fresh["timeout"])
        self._on_field_edited()

    def _on_field_edited(self, *_args: object) -> None:
        self._unmark()
        self.edited.emit()

    # ------------------------------------------------------------ Test connection

    def test(self) -> None:
        """Test what is on screen, off the GUI thread; `tested` says when the answer is shown."""
        if self._testing:
            return
        self._testing = True
        self.test_button.setEnabled(False)
        self._unmark()
        self.result_box.setStyleSheet(BUSY_BOX)
        self.result_title.setText(self.tr("Testing…"))
        self.result_text.setText(self.tr("Calling %1…").replace("%1", self.base_url.text().strip()
                                                                if self.mode.currentData() == MODE_LIVE
                                                                else self.tr("the sandbox")))
        self.result_text.setStyleSheet("")
        self.result_fix.clear()
        self.result_fix.hide()
        self.result_box.show()
        values = self.values()
        secret = values.pop("app_secret") or None
        service, provider = self._service, self.provider
        self._runner.run(lambda: service.test(provider, values, secret),
                         guarded(self, self._on_tested), guarded(self, self._on_test_failed), lane="network")

    def _on_tested(self, check: ConnectionCheck) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        self.result_box.setStyleSheet(OK_BOX if check.ok else FAILED_BOX)
        self.result_title.setText(self.tr("✔ Connection works") if check.ok else self.tr("✖ Connection failed"))
        self.result_text.setText(tr(check.message))
        if not check.ok and check.setting:
            self.result_fix.setText(self.tr("Setting to fix: %1").replace("%1", tr(check.setting_label)))
            self.result_fix.show()
            if check.setting in self.rows:
                self._marked = check.setting
                self.rows[check.setting].set_error(self.tr("Test connection found the problem here"))
        else:
            self.result_fix.clear()
            self.result_fix.hide()
        self.tested.emit(check)

    def _on_test_failed(self, exc: BaseException, _tb: str) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        self.result_box.setStyleSheet(FAILED_BOX)
        self.result_title.setText(self.tr("✖ The test could not run"))
        self.result_text.setText(tr(str(exc)))
        self.result_text.setStyleSheet(ERROR_STYLE)
        self.result_fix.clear()
        self.result_fix.hide()
        self.tested.emit(None)

    def _unmark(self) -> None:
        if self._marked and self._marked in self.rows:
            self.rows[self._marked].set_error("")
        self._marked = ""
