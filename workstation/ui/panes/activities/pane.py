"""The Activities pane: what runs, what waits for a person, what ended; open one to see it.

GUI thread only. The list is read off the GUI thread (TaskRunner) when the runner reports a
change (at most every 300 ms) and every few seconds for other workstations' activities.
Waiting activities are sorted first and coloured; `waiting_count_changed` feeds the tab badge.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workstation.ui.dialogs.activity_window import ActivityWindow
from workstation.ui.dialogs.question import QuestionDialog
from workstation.ui.panes.activities.model import KIND_NAMES, ActivityListModel
from workstation.ui.panes.activities.notifications import NotificationsPanel
from workstation.ui.panes.activities.results import STATE_NAMES
from workstation.ui.views import make_table

REFRESH_MS = 5000
STATE_FILTERS = {
    "": (),
    "open": ("queued", "running", "waiting"),
    "waiting": ("waiting",),
    "ended": ("finished", "finished_with_errors", "failed", "aborted"),
    "problems": ("finished_with_errors", "failed", "aborted"),
}


class ActivitiesPane(QWidget):
    waiting_count_changed = Signal(int)

    def __init__(self, activities_service: Any, activity_runner: Any, task_runner: Any,
                 parent: QWidget | None = None, *, is_alive: Any = None, alerts: Any = None):
        super().__init__(parent)
        self._activities = activities_service
        # owner "host:pid" -> is that process alive (core.pid_alive); without it, only a lease
        # that ran out shows a "running" activity as interrupted
        self._is_alive = is_alive
        self._runner = activity_runner
        self._tasks = task_runner
        self._windows: dict[str, ActivityWindow] = {}
        self._waiting = -1
        self._loading = False
        self._again = False
        self.ask_automatically = True  # a new question pops up the question dialog
        # kinds whose window opens by itself when they start (a background sync does not)
        self.open_on_start: set[str] = {"booking", "binding", "unbinding"}
        self._opened: set[str] = set()
        self.questions = QuestionDialog(activity_runner, task_runner, activities_service, self)

        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for key, name in KIND_NAMES.items():
            self.kind.addItem(self.tr(name), key)
        self.account = QComboBox()
        self.account.addItem(self.tr("All accounts"), "")
        self.state = QComboBox()
        for key, name in (("", "All states"), ("open", "Running or waiting"),
                          ("waiting", STATE_NAMES["waiting"]), ("ended", "Ended"),
                          ("problems", "Ended with problems")):
            self.state.addItem(self.tr(name), key)
        self.answer_button = QPushButton(self.tr("Answer waiting questions"))
        self.answer_button.setShortcut("F9")
        self.answer_button.setToolTip(self.tr("Work through every waiting question (F9)"))
        self.answer_button.clicked.connect(self.answer_waiting)
        self.summary = QLabel()
        filters = QHBoxLayout()
        for label, combo in ((self.tr("Kind"), self.kind), (self.tr("Account"), self.account),
                             (self.tr("State"), self.state)):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.summary)
        filters.addWidget(self.answer_button)

        self.model = ActivityListModel(self)
        self.table = make_table(self.model)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.installEventFilter(self)
        self.empty = QLabel(self.tr("No activities yet. Bookings, synchronisations, bindings and "
                                    "unbindings appear here while they run and after they end."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # what must be acknowledged (services.alerts), above the activities; hidden while empty
        self.notifications = NotificationsPanel(alerts, task_runner, self) if alerts is not None else None
        layout = QVBoxLayout(self)
        if self.notifications is not None:
            layout.addWidget(self.notifications)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

        for combo in (self.kind, self.account, self.state):
            combo.currentIndexChanged.connect(self.refresh)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(300)
        self._soon.timeout.connect(self.refresh)
        self._every = QTimer(self)
        self._every.setInterval(REFRESH_MS)
        self._every.timeout.connect(self.refresh)
        self._every.start()
        for signal in (activity_runner.activity_changed, activity_runner.activity_finished):
            signal.connect(self._on_runner_changed)
        activity_runner.question_asked.connect(self._on_question_asked)
        self.refresh()

    # ------------------------------------------------------------ public

    def open_window(self, activity_id: str) -> ActivityWindow:
        """Show the activity's window (one per activity), e.g. when the Purchase pane starts one."""
        window = self._windows.get(activity_id)
        if window is None:
            window = ActivityWindow(activity_id, self._runner, self._tasks, self._activities, self,
                                    is_alive=self._is_alive)
            self._windows[activity_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def window_of(self, activity_id: str) -> ActivityWindow | None:
        return self._windows.get(activity_id)

    def answer_waiting(self) -> None:
        """Open the question dialog on every waiting activity, oldest first."""
        waiting = [a.id for a in reversed(self.model.rows()) if a.state == "waiting"]
        for activity_id in waiting:
            self.questions.ask(activity_id)

    def refresh(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        states = STATE_FILTERS[self.state.currentData() or ""]
        kind = self.kind.currentData() or ""
        account = self.account.currentData() or ""
        service, is_alive = self._activities, self._is_alive

        def op() -> tuple[list[Any], int, list[str], dict[str, Any]]:
            rows = service.list(states=states, kind=kind, account=account)
            waiting = len(service.list(states=("waiting",), limit=1000))
            accounts = sorted({a.account for a in service.list(limit=500)})
            return rows, waiting, accounts, service.results(rows, is_alive)

        self._tasks.run(op, self._on_loaded, self._on_failed)
        if self.notifications is not None:
            self.notifications.refresh()  # a sync that ended may have cancelled lines

    # ------------------------------------------------------------ internals

    def _on_loaded(self, result: tuple[list[Any], int, list[str], dict[str, Any]]) -> None:
        rows, waiting, accounts, results = result
        self._loading = False
        self.model.replace(rows, results)
        self.empty.setVisible(not rows)
        self._set_accounts(accounts)
        self.summary.setText(self.tr("{} waiting for you").format(waiting) if waiting else "")
        self.summary.setStyleSheet("color: #e65100; font-weight: bold;" if waiting else "")
        self.answer_button.setEnabled(waiting > 0)
        if waiting != self._waiting:
            self._waiting = waiting
            self.waiting_count_changed.emit(waiting)
        if self._again:
            self._again = False
            self.refresh()

    def _on_failed(self, exc: BaseException, _tb: str) -> None:
        self._loading = False
        self.summary.setText(self.tr("Could not read the activities: {}").format(exc))

    def _set_accounts(self, accounts: list[str]) -> None:
        known = [self.account.itemData(i) for i in range(1, self.account.count())]
        for account in accounts:
            if account not in known:
                self.account.addItem(account, account)

    def _on_runner_changed(self, activity_id: str) -> None:
        info = self._runner.latest(activity_id)
        if (info is not None and info.kind in self.open_on_start and activity_id not in self._opened
                and info.state in ("queued", "running")):
            self._opened.add(activity_id)  # once: a window closed by the purchaser stays closed
            self.open_window(activity_id)
        if not self._soon.isActive():
            self._soon.start()

    def _on_question_asked(self, activity_id: str) -> None:
        self._on_runner_changed(activity_id)
        if self.ask_automatically:
            self.questions.ask(activity_id)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_window(self.model.row(index.row()).id)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt override
        if (watched is self.table and isinstance(event, QKeyEvent)
                and event.type() == QKeyEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._on_table_activated(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)
