"""Settings -> Order source: this workstation's own orders, or an OT Box instance's (OT mode).

"OT Box instance" takes the OT API's URL, the instance key, the operator's login and password
and, for an instance that takes signed calls only, its secret. Connect runs
`OtLinkService.connect` on the runner's network lane (the window never waits on the network);
the result line says what the instance answered: the clear message naming the setting to fix
(that field framed red), or how many orders will be mirrored. The password and the secret are
never shown back: once stored, their fields say so, and an empty field keeps the stored one.
Disconnect asks first, naming the warehouse changes the platform has not accepted yet.

The order source is chosen when the workstation starts, so after a change the page offers
"Restart now" (`restart_requested`, wired by the app). The dialog's Save does not touch this
page: Connect and Disconnect act at once. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.runner.tasks import TaskRunner
from workstation.services.errors import UserFacingError
from workstation.services.otmode.link import LinkStatus, OtLinkService
from workstation.ui.dialogs.settings.common import ERROR_STYLE, SAVED_STYLE, FieldRow, guarded

FIELDS = ("url", "instance_key", "operator", "password", "secret")


class OrderSourcePage(QWidget):
    """`status_shown(object)` when the link's state (LinkStatus or None) is on screen;
    `result_shown(bool)` when a Connect or Disconnect has its outcome on screen (True: done);
    `restart_requested()` from "Restart now"."""

    status_shown = Signal(object)
    result_shown = Signal(bool)
    restart_requested = Signal()

    def __init__(self, link: OtLinkService, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._link = link
        self._runner = runner
        self._busy = False
        self.status: LinkStatus | None = None

        self.local_radio = QRadioButton(self.tr("This workstation"))
        self.ot_radio = QRadioButton(self.tr("OT Box instance"))
        self.source = QButtonGroup(self)
        self.source.addButton(self.local_radio)
        self.source.addButton(self.ot_radio)
        self.local_radio.setChecked(True)
        self.local_hint = self._hint(self.tr("Orders are kept in this workstation's database and bought "
                                             "through its own marketplace connections."))
        self.ot_hint = self._hint(self.tr("The orders are an OT Box instance's: this workstation keeps a copy "
                                          "(scans never wait on the network), books through the instance's "
                                          "Autopurchase and sends the warehouse's changes back."))

        self.url = QLineEdit()
        self.url.setPlaceholderText("https://otapi.example.com")
        self.instance_key = QLineEdit()
        self.operator = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.rows = {name: FieldRow(getattr(self, name)) for name in FIELDS}
        self.labels = {"url": self.tr("URL"), "instance_key": self.tr("Instance key"),
                       "operator": self.tr("Operator"), "password": self.tr("Password"),
                       "secret": self.tr("Secret (optional)")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name in FIELDS:
            form.addRow(self.labels[name], self.rows[name])
        secret_hint = self._hint(self.tr("The secret is needed only when the instance accepts signed calls "
                                         "only. The password and the secret go to the secret store."))
        # as wide as the fields above it (a wrapped label in a form column keeps to its narrow hint)
        secret_hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form.addRow("", secret_hint)
        self.fields = QWidget()
        self.fields.setLayout(form)

        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setToolTip(self.tr("Sign in as the operator and read the instance's status list; "
                                               "only then is the connection stored"))
        self.disconnect_button = QPushButton(self.tr("Disconnect…"))
        self.disconnect_button.setToolTip(self.tr("Remove the copy of the instance's orders and go back to this "
                                                  "workstation's own orders"))
        self.result = QLabel()
        self.result.setObjectName("orderSourceResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_line = QLabel()
        self.state_line.setWordWrap(True)
        self.restart_note = QLabel(self.tr("Restart the workstation to switch the order source."))
        self.restart_note.setStyleSheet("font-weight: bold;")
        self.restart_button = QPushButton(self.tr("Restart now"))
        self.restart_box = QWidget()
        restart = QHBoxLayout(self.restart_box)
        restart.setContentsMargins(0, 0, 0, 0)
        restart.addWidget(self.restart_note, 1)
        restart.addWidget(self.restart_button)
        self.restart_box.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.disconnect_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Where the orders come from")))
        layout.addWidget(self.local_radio)
        layout.addWidget(self.local_hint)
        layout.addWidget(self.ot_radio)
        layout.addWidget(self.ot_hint)
        layout.addWidget(self.fields)
        layout.addLayout(buttons)
        layout.addWidget(self.state_line)
        layout.addWidget(self.result)
        layout.addWidget(self.restart_box)
        layout.addStretch(1)

        self.ot_radio.toggled.connect(self._show_choice)
        self.connect_button.clicked.connect(self.connect_now)
        self.disconnect_button.clicked.connect(self._on_disconnect_clicked)
        self.restart_button.clicked.connect(lambda _checked=False: self.restart_requested.emit())
        for name in FIELDS:
            getattr(self, name).textEdited.connect(lambda _text, n=name: self.rows[n].set_error(""))
        self._show_choice()
        self.reload()

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(mid);")
        return label

    # ------------------------------------------------------------ the stored state

    def reload(self) -> None:
        """Read the link (read lane) and show it."""
        self._runner.run(self._link.status, guarded(self, self._show_status),
                         guarded(self, self._on_status_failed), lane="read")

    def _show_status(self, status: LinkStatus | None) -> None:
        self.status = status
        if status is not None:
            self.ot_radio.setChecked(True)
            self.url.setText(status.base_url)
            self.instance_key.setText(status.instance_key)
            self.operator.setText(status.operator)
            self.state_line.setText(
                self.tr("Connected to %1 since %2; the copy holds %3 orders.")
                .replace("%1", status.base_url).replace("%2", f"{status.connected_at:%Y-%m-%d %H:%M} UTC")
                .replace("%3", str(status.mirrored_orders)))
        else:
            self.local_radio.setChecked(True)
            self.state_line.setText(self.tr("This workstation keeps its own orders."))
        self.password.clear()  # never shown back: an empty field keeps the stored one
        self.secret.clear()
        self.password.setPlaceholderText(self.tr("stored (type to replace)") if status is not None else "")
        self.secret.setPlaceholderText(self.tr("stored (type to replace)") if status is not None and status.has_secret
                                       else self.tr("none"))
        self._show_choice()
        self.status_shown.emit(status)

    def _on_status_failed(self, exc: BaseException, _tb: str) -> None:
        self.state_line.setText(str(exc) if isinstance(exc, UserFacingError) else
                                self.tr("The order source could not be read; the details are in the log."))
        self.state_line.setStyleSheet(ERROR_STYLE)

    def _show_choice(self, *_args: object) -> None:
        ot = self.ot_radio.isChecked()
        connected = self.status is not None
        self.fields.setEnabled(ot and not self._busy)
        self.connect_button.setEnabled(ot and not self._busy)
        self.connect_button.setText(self.tr("Connect again") if connected else self.tr("Connect"))
        self.disconnect_button.setEnabled(connected and not self._busy)
        self.disconnect_button.setDefault(connected and not ot)

    # ------------------------------------------------------------ Connect

    def connect_now(self) -> None:
        """Connect with what is on screen, on the network lane; `result_shown` says when done."""
        if self._busy:
            return
        for row in self.rows.values():
            row.set_error("")
        values = (self.url.text(), self.instance_key.text(), self.operator.text(), self.password.text(),
                  self.secret.text() or None)
        self._set_busy(True)
        self._show_result(self.tr("Connecting to %1…").replace("%1", self.url.text().strip()), "")
        link = self._link
        self._runner.run(lambda: link.connect(*values), guarded(self, self._on_connected),
                         guarded(self, self._on_connect_failed), lane="network")

    def _on_connected(self, status: LinkStatus) -> None:
        self._set_busy(False)
        parts = []
        if status.platform_orders is not None:
            parts.append(self.tr("Connected: %1 orders will be mirrored.").replace("%1", str(status.platform_orders)))
        else:
            parts.append(self.tr("Connected."))
        if status.removed_demo_orders:
            parts.append(self.tr("The %1 demo orders of this database were removed.")
                         .replace("%1", str(status.removed_demo_orders)))
        self._show_result(" ".join(parts), SAVED_STYLE)
        self._show_status(status)
        self.restart_box.show()
        self.result_shown.emit(True)

    def _on_connect_failed(self, exc: BaseException, _tb: str) -> None:
        self._set_busy(False)
        if isinstance(exc, UserFacingError):
            message = str(exc)
            setting = getattr(exc, "setting", "") or _setting_named(message)
            if setting in self.rows:
                self.rows[setting].set_error(self.tr("The connection failed here"))
        else:
            message = self.tr("Connecting failed unexpectedly; the details are in the log.")
        self._show_result(message, ERROR_STYLE)
        self.result_shown.emit(False)

    # ------------------------------------------------------------ Disconnect

    def _on_disconnect_clicked(self) -> None:
        if self.status is None or self._busy:
            return
        if not self.confirm_disconnect(self.status):
            return
        self.disconnect_now(discard_unsent=self.status.unsent > 0)

    def confirm_disconnect(self, status: LinkStatus) -> bool:
        """Ask before the copy goes; name the changes the platform has not accepted yet."""
        text = self.tr("Disconnect from %1?\n\nThe copy of its %2 orders is removed from this workstation; "
                       "the orders stay on the instance.").replace("%1", status.base_url) \
            .replace("%2", str(status.mirrored_orders))
        if status.unsent:
            text += "\n\n" + self.tr("%1 warehouse changes have not been accepted by the platform yet: they are "
                                     "lost if you disconnect now.").replace("%1", str(status.unsent))
        answer = QMessageBox.question(self, self.tr("Disconnect"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def disconnect_now(self, *, discard_unsent: bool = False) -> None:
        self._set_busy(True)
        link = self._link
        self._runner.run(lambda: link.disconnect(discard_unsent=discard_unsent),
                         guarded(self, self._on_disconnected), guarded(self, self._on_disconnect_failed),
                         lane="write")

    def _on_disconnected(self, _result: object) -> None:
        self._set_busy(False)
        self._show_result(self.tr("Disconnected: the copy of the instance's orders was removed."), SAVED_STYLE)
        self._show_status(None)
        self.restart_box.show()
        self.result_shown.emit(True)

    def _on_disconnect_failed(self, exc: BaseException, _tb: str) -> None:
        self._set_busy(False)
        self._show_result(str(exc) if isinstance(exc, UserFacingError) else
                          self.tr("Disconnecting failed unexpectedly; the details are in the log."), ERROR_STYLE)
        self.result_shown.emit(False)

    # ------------------------------------------------------------ helpers

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._show_choice()

    def _show_result(self, text: str, style: str) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(style)


def _setting_named(message: str) -> str:
    """The field an input error names (InvalidInput starts with the field's name)."""
    lowered = message.lower()
    for name, words in (("url", "url"), ("instance_key", "instance key"), ("operator", "operator"),
                        ("password", "password"), ("secret", "secret")):
        if lowered.startswith(words):
            return name
    return ""


def add_order_source_page(tabs: QTabWidget, link: OtLinkService, runner: TaskRunner) -> OrderSourcePage:
    """Add the Order source page to the settings dialog's tabs (the app calls this)."""
    page = OrderSourcePage(link, runner, tabs)
    tabs.addTab(page, page.tr("Order source"))
    return page
